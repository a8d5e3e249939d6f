"""Compiled (numba) kernels of the LSH bucket table that ``dedup.sqlite_index.BandTable`` keeps in memory."""

from __future__ import annotations

from typing import Any

import numba
import numpy as np

# An open-addressing multimap of (32-bit bucket key, 32-bit document seq) pairs with linear probing:
# 8 bytes per band entry. Slot states: seq 0 empty (SQLite sequences start at 1), TOMBSTONE deleted.

TOMBSTONE = 0xFFFFFFFF


@numba.njit(cache=True, nogil=True, inline="always")
def _slot(key: Any, mask: Any) -> Any:
    return np.int64((np.uint64(key) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)) & mask


@numba.njit(cache=True, nogil=True)
def table_insert(keys: np.ndarray, seqs: np.ndarray, band_keys: np.ndarray, seq: int) -> int:
    """Adds (key, seq) for each of ``band_keys``; returns how many slots it filled that were empty
    (not tombstones)."""
    mask = len(keys) - 1
    filled = 0
    for key in band_keys:
        k = np.uint32(key)
        i = _slot(k, mask)
        while seqs[i] != 0 and seqs[i] != TOMBSTONE:
            i = (i + 1) & mask
        filled += seqs[i] == 0
        keys[i] = k
        seqs[i] = seq
    return filled


@numba.njit(cache=True, nogil=True)
def table_insert_rows(keys: np.ndarray, seqs: np.ndarray, rows: np.ndarray, row_seqs: np.ndarray) -> int:
    filled = 0
    for r in range(rows.shape[0]):
        filled += table_insert(keys, seqs, rows[r], row_seqs[r])
    return filled


@numba.njit(cache=True, nogil=True)
def table_query(keys: np.ndarray, seqs: np.ndarray, band_keys: np.ndarray) -> np.ndarray:
    """The distinct seqs stored under any of ``band_keys``, in ascending order."""
    mask = len(keys) - 1
    found = []
    for key in band_keys:
        k = np.uint32(key)
        i = _slot(k, mask)
        while seqs[i] != 0:
            if keys[i] == k and seqs[i] != TOMBSTONE:
                found.append(seqs[i])
            i = (i + 1) & mask
    return np.unique(np.array(found, dtype=np.uint32))


@numba.njit(cache=True, nogil=True)
def table_delete(keys: np.ndarray, seqs: np.ndarray, band_keys: np.ndarray, seq: int) -> None:
    mask = len(keys) - 1
    for key in band_keys:
        k = np.uint32(key)
        i = _slot(k, mask)
        while seqs[i] != 0:
            if keys[i] == k and seqs[i] == seq:
                seqs[i] = TOMBSTONE
                break
            i = (i + 1) & mask


@numba.njit(cache=True, nogil=True)
def table_forget_after(seqs: np.ndarray, seq: int) -> None:
    """Tombstones every entry of a document newer than ``seq`` (after a rolled-back transaction)."""
    for i in range(len(seqs)):
        if seqs[i] != TOMBSTONE and seqs[i] > seq:
            seqs[i] = TOMBSTONE


@numba.njit(cache=True, nogil=True)
def table_rehash(keys: np.ndarray, seqs: np.ndarray, new_keys: np.ndarray, new_seqs: np.ndarray) -> int:
    """Moves the live entries into an empty table (tombstones are dropped); returns how many."""
    mask = len(new_keys) - 1
    live = 0
    for i in range(len(keys)):
        s = seqs[i]
        if s != 0 and s != TOMBSTONE:
            j = _slot(keys[i], mask)
            while new_seqs[j] != 0:
                j = (j + 1) & mask
            new_keys[j] = keys[i]
            new_seqs[j] = s
            live += 1
    return live
