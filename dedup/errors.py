"""The index's errors, in a module of their own: importing them (``feedlake.errors`` does, in every
command and task) must not import numba and the kernels."""

from __future__ import annotations


class IndexConfigError(RuntimeError):
    """The index was built with another configuration."""


class IndexConflict(RuntimeError):
    """A decision kept conflicting with concurrent writers (the index is under extreme contention)."""
