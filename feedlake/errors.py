"""Errors that mean the configuration is unusable: retrying cannot help, the operator must act."""

from __future__ import annotations

from dedup.errors import IndexConfigError
from feedlake.settings import SettingsError
from ingest.feed_state import StateError
from ingest.feeds_file import FeedsFileError
from storage.lease import LeaseHeld
from storage.objectstore import StoreError

# StoreError includes an unreachable bucket, which is fatal for a CLI pass (exit 2, one line) but which an
# Airflow retry may outlive; the DAG therefore treats only the others as permanent.
CONFIGURATION_ERRORS: tuple[type[Exception], ...] = (FeedsFileError, SettingsError, IndexConfigError, StateError)
# LeaseHeld: another pass is writing the output; a CLI pass refuses with one line, an Airflow task retries later.
USAGE_ERRORS: tuple[type[Exception], ...] = (*CONFIGURATION_ERRORS, StoreError, LeaseHeld)
