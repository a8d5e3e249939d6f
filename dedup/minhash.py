"""MinHash signatures of article texts, bit-compatible with datasketch 2.0.

Why not ``datasketch.MinHash`` directly: it regenerates its ``num_perm`` permutations from a
``RandomState`` for every object, hashes with SHA-1 through a Python callable, and its
serialization is either pickle or ``LeanMinHash``'s format without the shingle count that
containment needs. ``Signer`` draws the permutations once, hashes shingles with xxh32 and
applies all permutations in one numpy expression; ``Signature`` is a frozen value with a raw
little-endian byte form. The hash values are exactly those of
``datasketch.MinHash(num_perm, seed, hashfunc=<xxh32 of UTF-8>, scheme=...)`` after
``update_batch`` of the same shingles (tested), and ``Signature.to_lean_minhash`` hands them
to any datasketch index.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np
import xxhash

from dedup import codepoints, kernels
from dedup.normalize import normalize, shingles, with_nfkc

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# Scheme -> (width in bits, storage dtype). Only datasketch's affine schemes: "legacy" folds a
# 61-bit prime field into 32 bits and biases estimates upwards on large sets (datasketch #212).
_SCHEMES: dict[str, tuple[int, type[np.unsignedinteger[Any]]]] = {
    "affine32": (32, np.uint32),
    "affine64": (64, np.uint64),
}
# Hash name -> (width in bits, function over UTF-8 bytes), seed 0 like a plain datasketch hashfunc.
_HASHES = {
    "xxh32": (32, xxhash.xxh32_intdigest),
    "xxh64": (64, xxhash.xxh64_intdigest),
}
# MurmurHash3 finalizer constants, as datasketch's ``_fmix``: (shift, mul, shift, mul, shift).
_FMIX = {
    32: (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16),
    64: (33, 0xFF51AFD7ED558CCD, 33, 0xC4CEB9FE1A85EC53, 33),
}
# Rows of the (shingles x num_perm) product computed at once: bounds memory for book-length
# texts (8192 x 128 x 4 B = 4 MiB) while a typical article is one chunk.
_CHUNK = 8192


@dataclass(frozen=True)
class SignatureConfig:
    """Everything that determines a signature; an index built with one config refuses another."""

    num_perm: int = 128
    shingle_size: int = 3  # widest separation in bench/banding.py (word 3-7 tried)
    seed: int = 1
    scheme: str = "affine32"
    hash: str = "xxh32"

    def __post_init__(self) -> None:
        if self.num_perm < 2:
            raise ValueError(f"num_perm must be >= 2, got {self.num_perm}")
        if self.shingle_size < 1:
            raise ValueError(f"shingle_size must be >= 1, got {self.shingle_size}")
        if not 0 <= self.seed < 2**32:
            raise ValueError(f"seed must be in [0, 2**32), got {self.seed}")
        if self.scheme not in _SCHEMES:
            raise ValueError(f"scheme must be one of {sorted(_SCHEMES)}, got {self.scheme!r}")
        if self.hash not in _HASHES:
            raise ValueError(f"hash must be one of {sorted(_HASHES)}, got {self.hash!r}")
        # A narrower hash would leave the upper half of the permuted range unused; a wider one
        # does not fit the scheme's integers (datasketch raises on it too).
        if _HASHES[self.hash][0] != _SCHEMES[self.scheme][0]:
            raise ValueError(f"hash {self.hash!r} does not match the width of scheme {self.scheme!r}")

    @property
    def dtype(self) -> np.dtype[Any]:
        return np.dtype(_SCHEMES[self.scheme][1])

    def to_dict(self) -> dict[str, int | str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SignatureConfig:
        # Unknown keys are an error, not ignored: they would mean a config written by a newer
        # version whose signatures this one cannot reproduce.
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown SignatureConfig keys: {sorted(unknown)}")
        return cls(**data)


@dataclass(frozen=True, eq=False)
class Signature:
    """The MinHash values of one text plus its number of distinct shingles."""

    hashvalues: np.ndarray = field(repr=False)
    n_shingles: int

    def __post_init__(self) -> None:
        values = np.asarray(self.hashvalues)
        if values.ndim != 1 or values.dtype not in (np.dtype(np.uint32), np.dtype(np.uint64)):
            raise ValueError(f"hashvalues must be a 1-d uint32/uint64 array, got {values.dtype}{values.shape}")
        if self.n_shingles < 0:
            raise ValueError(f"n_shingles must be >= 0, got {self.n_shingles}")
        if values.flags.writeable:
            # Frozen means the values too: a signature may be shared by an index and a batch.
            values = values.copy()
            values.setflags(write=False)
        object.__setattr__(self, "hashvalues", values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Signature):
            return NotImplemented
        return (
            self.n_shingles == other.n_shingles
            and self.hashvalues.dtype == other.hashvalues.dtype
            and np.array_equal(self.hashvalues, other.hashvalues)
        )

    def __hash__(self) -> int:
        return hash((self.n_shingles, self.hashvalues.tobytes()))

    def __len__(self) -> int:
        return len(self.hashvalues)

    @property
    def scheme(self) -> str:
        return "affine32" if self.hashvalues.dtype == np.uint32 else "affine64"

    def to_bytes(self) -> bytes:
        """The hash values as raw little-endian integers (``n_shingles`` is stored beside them)."""
        return self.hashvalues.astype(self.hashvalues.dtype.newbyteorder("<"), copy=False).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, n_shingles: int, scheme: str = "affine32") -> Signature:
        if scheme not in _SCHEMES:
            raise ValueError(f"scheme must be one of {sorted(_SCHEMES)}, got {scheme!r}")
        dtype = np.dtype(_SCHEMES[scheme][1])
        if not data or len(data) % dtype.itemsize:
            raise ValueError(f"{len(data)} bytes is not a whole number of {scheme} hash values")
        values = np.frombuffer(data, dtype=dtype.newbyteorder("<")).astype(dtype)
        values.setflags(write=False)
        return cls(values, n_shingles)

    def _check_comparable(self, other: Signature) -> None:
        if self.hashvalues.shape != other.hashvalues.shape or self.hashvalues.dtype != other.hashvalues.dtype:
            raise ValueError("signatures of different num_perm or scheme cannot be compared")

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity: the fraction of equal hash values.

        0.0 if either text had no shingles -- unlike datasketch, which rates two empty sketches
        1.0 and would thus cluster every empty page together.
        """
        self._check_comparable(other)
        if self.n_shingles == 0 or other.n_shingles == 0:
            return 0.0
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)

    def containment(self, other: Signature) -> float:
        """Estimated |A∩B| / min(|A|, |B|): high when the shorter text is (mostly) inside the longer.

        From J = |A∩B| / (|A| + |B| - |A∩B|) follows |A∩B| = J(|A| + |B|) / (1 + J). Clamped to
        [0, 1] because the Jaccard estimate is noisy. Needs a minimum-size guard in use: a short
        shared snippet (a footer, a teaser) is fully contained in every text that carries it.
        """
        j = self.jaccard(other)
        if j == 0.0:
            return 0.0
        intersection = j * (self.n_shingles + other.n_shingles) / (1.0 + j)
        return min(1.0, max(0.0, intersection / min(self.n_shingles, other.n_shingles)))

    def to_lean_minhash(self, seed: int = 1) -> LeanMinHash:
        """A datasketch ``LeanMinHash``; ``seed`` must be the ``SignatureConfig.seed`` it was made with."""
        from datasketch import LeanMinHash  # here, not at import: datasketch costs every process ~0.75 s

        return LeanMinHash(seed=seed, hashvalues=self.hashvalues, scheme=self.scheme)


class Signer:
    """Turns texts into ``Signature``s for one ``SignatureConfig``."""

    def __init__(self, config: SignatureConfig | None = None) -> None:
        self.config = config if config is not None else SignatureConfig()
        width, dtype = _SCHEMES[self.config.scheme]
        self._dtype = dtype
        self._hash = _HASHES[self.config.hash][1]
        # The same draws, in the same order, as datasketch's MinHash._init_permutations for the
        # affine schemes: odd multipliers a (a bijection mod 2^w), then offsets b.
        gen = np.random.RandomState(self.config.seed)
        a = gen.randint(0, 1 << (width - 1), self.config.num_perm, dtype=dtype) * dtype(2) + dtype(1)
        b = gen.randint(0, 1 << width, self.config.num_perm, dtype=dtype)
        self._fmix = tuple(dtype(c) for c in _FMIX[width])
        # The all-max "no shingle yet" state, as datasketch initializes its hash values.
        empty = np.full(self.config.num_perm, np.iinfo(dtype).max, dtype=dtype)
        for array in (a, b, empty):
            array.setflags(write=False)
        self.a: np.ndarray = a
        self.b: np.ndarray = b
        self._empty = empty

    def hash_shingles(self, items: list[str]) -> np.ndarray:
        """The ``hash`` of each shingle's UTF-8 bytes, pre-mixed with datasketch's fmix."""
        # str.encode defaults to UTF-8, the bytes a datasketch hashfunc would see.
        hv = np.fromiter(map(self._hash, map(str.encode, items)), dtype=self._dtype, count=len(items))
        s1, m1, s2, m2, s3 = self._fmix
        # Multiplications wrap modulo 2^w, which is the intended arithmetic.
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        return hv ^ (hv >> s3)

    def sign_shingles(self, items: list[str]) -> Signature:
        """Signature of an already-shingled text (duplicates allowed)."""
        unique = list(dict.fromkeys(items))
        if not unique:
            return Signature(self._empty, 0)
        hv = self.hash_shingles(unique)
        values = self._empty
        for start in range(0, len(hv), _CHUNK):
            # All permutations of all shingles at once: (n, 1) * (num_perm,) + (num_perm,), min over n.
            chunk_min = (hv[start : start + _CHUNK, None] * self.a + self.b).min(axis=0)
            values = np.minimum(values, chunk_min)
        values.setflags(write=False)  # owned here, so Signature need not copy it
        return Signature(values, len(unique))

    def sign_normalized(self, text: str) -> tuple[Signature, np.ndarray]:
        """The text's signature and its normalized UTF-8 bytes (uint8), by the compiled path.

        Equal to ``sign_shingles(shingles(normalize(text), k))`` when the distinct shingles have
        distinct hashes; ``n_shingles`` counts distinct hashes, which differs only when two shingles
        of one text collide in 32 bits (about once in 10^4 texts of 700 shingles, off by one).
        """
        k = self.config.shingle_size
        if self.config.scheme != "affine32":
            norm = normalize(text)
            return self.sign_shingles(shingles(norm, k)), np.frombuffer(norm.encode(), dtype=np.uint8)
        table = codepoints.CODE_POINTS
        values, n, utf8, _ = with_nfkc(text, lambda codes, check: kernels.sign_text(
            codes, table.table, table.nfkc, table.fold, check, k, self.a, self.b))
        values.setflags(write=False)
        return Signature(values, n), utf8

    def sign(self, text: str) -> Signature:
        return self.sign_normalized(text)[0]


def band_keys(sig: Signature, bands: int, rows: int) -> list[bytes]:
    """One LSH bucket key per band: 2-byte big-endian band index + xxh64 of the band's bytes.

    The band index prefix keeps equal values in different bands apart, so one key-value store can
    hold all bands; 64 bits make accidental bucket collisions negligible at any realistic size.
    """
    if bands < 1 or rows < 1:
        raise ValueError(f"bands and rows must be >= 1, got bands={bands}, rows={rows}")
    if bands * rows > len(sig.hashvalues):
        raise ValueError(f"bands * rows = {bands * rows} exceeds num_perm = {len(sig.hashvalues)}")
    if bands >= 1 << 16:
        raise ValueError(f"at most 65535 bands, got {bands}")
    raw = sig.to_bytes()
    step = rows * sig.hashvalues.dtype.itemsize
    return [i.to_bytes(2, "big") + xxhash.xxh64_digest(raw[i * step : (i + 1) * step]) for i in range(bands)]


# --- what the index stores: b-bit sketches ----------------------------------------------------

SKETCH_BITS = 8


def sketch(sig: Signature) -> np.ndarray:
    """The low 8 bits of each hash value: what an index stores and compares (b-bit minwise hashing).

    Two hash values that are equal stay equal; unequal ones collide with probability 2^-8, a bias
    ``sketch_jaccard`` removes. Over 128 permutations that adds about 0.003 to the standard error
    of a Jaccard estimate (0.044 at J = 0.5) while shrinking the stored signature fourfold, which is
    what keeps the embedded index under 1 KB per document (bench/index_memory.py).
    """
    out = sig.hashvalues.astype(np.uint8)  # astype keeps the low bits (modular conversion)
    out.setflags(write=False)
    return out


def sketch_jaccard(query: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of one sketch against each row of ``others`` (shape (k, num_perm)), bias removed."""
    equal = np.count_nonzero(others == query, axis=-1) / query.shape[-1]
    chance = 2.0**-SKETCH_BITS
    return np.clip((equal - chance) / (1.0 - chance), 0.0, 1.0)


def containment_from_jaccard(j: np.ndarray | float, n_a: np.ndarray | int, n_b: np.ndarray | int) -> np.ndarray:
    """|A∩B| / min(|A|, |B|) from a Jaccard estimate and both set sizes (see ``Signature.containment``)."""
    j = np.asarray(j, dtype=np.float64)
    n_a, n_b = np.asarray(n_a, dtype=np.float64), np.asarray(n_b, dtype=np.float64)
    smaller = np.maximum(np.minimum(n_a, n_b), 1.0)
    return np.clip(j * (n_a + n_b) / (1.0 + j) / smaller, 0.0, 1.0)


def sketch_band_keys(values: np.ndarray, bands: int, rows: int) -> list[int]:
    """One LSH bucket key per band of a sketch, as non-negative integers below 2^63.

    When a band's bytes and the band number fit in 63 bits (42 x 3 does: 30 bits) the key *is* those
    bits, so two keys are equal exactly when the bands are: no hash, no collisions between bands,
    and small integers. Wider bands are hashed with xxh64, seeded by the band. Keys are computed
    from the stored sketch, so an index can recompute a document's keys rather than store them.
    """
    if packed_band_keys(bands, rows) and bands * rows <= len(values):  # one row: the compiled path
        return kernels.band_keys(values, bands, rows).tolist()  # type: ignore[no-any-return]
    return grid_band_keys(np.asarray(values)[None, :], bands, rows)[0].tolist()


def packed_band_keys(bands: int, rows: int) -> bool:
    """Whether a band's bytes and the band number fit a key in 63 bits (then the key is those bits)."""
    return 8 * rows + max(1, (bands - 1).bit_length()) <= 63


def grid_band_keys(grid: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``sketch_band_keys`` of each row of a (documents, num_perm) array of sketches, as int64."""
    if bands < 1 or rows < 1:
        raise ValueError(f"bands and rows must be >= 1, got bands={bands}, rows={rows}")
    if bands * rows > grid.shape[1]:
        raise ValueError(f"bands * rows = {bands * rows} exceeds num_perm = {grid.shape[1]}")
    width = 8 * rows
    if packed_band_keys(bands, rows):
        cube = grid[:, : bands * rows].reshape(len(grid), bands, rows).astype(np.int64)
        packed = (cube << (8 * np.arange(rows, dtype=np.int64))).sum(axis=2)
        return packed | (np.arange(bands, dtype=np.int64) << width)
    out = np.empty((len(grid), bands), dtype=np.int64)
    for d, row in enumerate(grid):
        raw = row[: bands * rows].tobytes()
        out[d] = [xxhash.xxh64_intdigest(raw[i * rows : (i + 1) * rows], seed=i) >> 1 for i in range(bands)]
    return out
