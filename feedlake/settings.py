"""One typed settings object for a pass.

Filled, in increasing precedence, from defaults, ``FEEDLAKE_*`` environment
variables, and explicit overrides (CLI flags or Airflow Params).  Every field is
documented in the README's configuration table; ``tests/test_docs.py``
checks that the table and this class agree.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, get_type_hints


class SettingsError(ValueError):
    """A setting has an unusable value; the message names it."""


@dataclass(frozen=True)
class Settings:
    feeds: str = ""  # path of the feeds YAML file
    output: str = "./feedlake-output"  # local directory or s3://bucket/prefix
    state: str = ""  # local directory for state; default: <output>/_state (or a cache dir for S3)
    allow_private_networks: bool = False  # let the fetcher reach loopback/private/link-local addresses
    allowed_networks: str = ""  # comma-separated CIDRs reachable even when private, e.g. 10.1.2.0/24
    user_agent: str = "feedlake/0.1 (+https://github.com/feedlake/feedlake)"
    connect_timeout: float = 5.0  # seconds
    read_timeout: float = 15.0  # seconds between bytes
    total_timeout: float = 30.0  # seconds for a whole response, redirects included
    max_body_bytes: int = 10 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    http_retries: int = 1  # extra attempts on timeouts, 5xx and 429
    concurrency: int = 16  # requests in flight per process
    per_host_concurrency: int = 2  # requests in flight per host
    per_host_delay: float = 0.2  # minimum seconds between the starts of two requests to one host
    min_poll_interval: float = 300.0  # seconds: no feed is polled more often, whatever it asks
    max_poll_interval: float = 86400.0  # seconds: every feed is polled at least this often, failing ones too
    default_poll_interval: float = 900.0  # seconds, for a feed that gives no hint (ttl, sy:*, Cache-Control…)
    flag_after_failures: int = 3  # consecutive failed polls that flag a feed as failing
    force: bool = False  # poll every feed now, due or not (disabled ones included)
    # processes parsing new feed bodies beside the polling threads; 0: one per core, up to 4; 1: none
    poll_processes: int = 0
    max_new_entries_per_feed: int = 500  # more new entries than this in one feed wait for later passes
    extract_processes: int = 0  # processes that extract and clean pages; 0: one per core
    batch_size: int = 50  # entries per fetch batch (one mapped task each)
    num_perm: int = 128
    # Defaults measured by `python -m bench.banding` (see README, Near-duplicates).
    lsh_bands: int = 42
    lsh_rows: int = 3
    shingle_size: int = 3
    jaccard_threshold: float = 0.5  # estimated Jaccard that makes a duplicate
    containment_threshold: float = 0.8  # shorter text's share found in the other: trimmed copies
    max_size_ratio: float = 4.0  # containment only between texts at most this many times longer
    min_shingles: int = 80  # below this, only exact-text matches count (short texts are unreliable)
    dedup_window_days: int = 14
    fact_check: bool = True  # near-identical texts with different facts (templated reports) stay apart
    dedup_backend: str = "sqlite"  # 'sqlite' (embedded, in the state dir) | 'redis' (shared by many workers)
    redis_url: str = "redis://127.0.0.1:6379/0"  # the dedup index's server when dedup_backend is 'redis'
    redis_prefix: str = "feedlake:dedup"  # its keys' prefix: one index per prefix
    # Learned per-source boilerplate (ingest/learned.py); defaults measured by `python -m bench.boilerplate_eval`.
    boilerplate_learning: bool = True  # remove what recurs across a source's distinct stories
    boilerplate_min_stories: int = 2  # k: distinct stories of one source in which a unit must recur
    boilerplate_window_days: int = 30  # how long a source's stories count
    boilerplate_fingerprint: str = "template"  # 'exact' | 'template' (slots anywhere: mined templates, skeletons)
    # a recurring unit with no chrome form goes only at an edge, always there, on this share of the stories
    boilerplate_variable_share: float = 0.3
    state_retention_days: int = 90  # seen entries and run records older than this are pruned (maintenance)
    snapshot_retention_minutes: float = 120.0  # files a table no longer uses stay readable this long (vacuum)
    lease_minutes: float = 10.0  # a pass's lease on its output expires this long after its last renewal
    lease_wait_seconds: float = 0.0  # how long a pass waits for another pass's lease before giving up

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float) and not math.isfinite(value):
                raise SettingsError(f"setting {f.name} must be a finite number, got {value!r}")
        positive = (
            "connect_timeout read_timeout total_timeout max_body_bytes concurrency per_host_concurrency "
            "batch_size max_new_entries_per_feed num_perm lsh_bands lsh_rows shingle_size dedup_window_days "
            "max_size_ratio state_retention_days snapshot_retention_minutes lease_minutes "
            "max_poll_interval flag_after_failures"
        ).split()
        for name in positive:
            if getattr(self, name) <= 0:
                raise SettingsError(f"setting {name} must be positive, got {getattr(self, name)!r}")
        for name in ("max_redirects", "http_retries", "min_shingles", "per_host_delay", "min_poll_interval",
                     "default_poll_interval", "poll_processes", "lease_wait_seconds", "extract_processes"):
            if getattr(self, name) < 0:
                raise SettingsError(f"setting {name} must not be negative, got {getattr(self, name)!r}")
        for name in ("jaccard_threshold", "containment_threshold"):
            if not 0.0 < getattr(self, name) <= 1.0:
                raise SettingsError(f"setting {name} must be in (0, 1], got {getattr(self, name)!r}")
        for net in filter(None, (n.strip() for n in self.allowed_networks.split(","))):
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise SettingsError(f"setting allowed_networks: {net!r} is not a CIDR network") from None
        if self.min_poll_interval > self.max_poll_interval:
            raise SettingsError(f"min_poll_interval ({self.min_poll_interval:g}) exceeds max_poll_interval "
                                f"({self.max_poll_interval:g})")
        if self.boilerplate_min_stories < 2:
            raise SettingsError("setting boilerplate_min_stories must be at least 2, got "
                                f"{self.boilerplate_min_stories!r}")
        if self.boilerplate_window_days <= 0:
            raise SettingsError(f"setting boilerplate_window_days must be positive, got "
                                f"{self.boilerplate_window_days!r}")
        if self.boilerplate_fingerprint not in ("exact", "template"):
            hint = " ('prefix' was replaced by 'template', whose slots may sit anywhere)" \
                if self.boilerplate_fingerprint == "prefix" else ""
            raise SettingsError("setting boilerplate_fingerprint must be exact or template, got "
                                f"{self.boilerplate_fingerprint!r}{hint}")
        if not 0.0 <= self.boilerplate_variable_share <= 1.0:
            raise SettingsError(f"setting boilerplate_variable_share must be in [0, 1], got "
                                f"{self.boilerplate_variable_share!r}")
        if self.dedup_backend not in ("sqlite", "redis"):
            raise SettingsError(f"setting dedup_backend must be sqlite or redis, got {self.dedup_backend!r}")
        if self.lsh_bands * self.lsh_rows > self.num_perm:
            raise SettingsError(
                f"lsh_bands * lsh_rows ({self.lsh_bands * self.lsh_rows}) exceeds num_perm ({self.num_perm})"
            )

    @staticmethod
    def env_name(field_name: str) -> str:
        return "FEEDLAKE_" + field_name.upper()

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Defaults, then ``FEEDLAKE_*`` variables, then non-None ``overrides``."""
        environ = os.environ if environ is None else environ
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(cls.env_name(f.name))
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, hints[f.name], raw)
        for name, value in (overrides or {}).items():
            if name not in hints:
                raise SettingsError(f"unknown setting {name!r}")
            if value is None or value == "":
                continue
            values[name] = _coerce(name, hints[name], value)
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def public(self) -> dict[str, Any]:
        """The settings as plain values, safe to log: credentials inside URLs are masked."""
        values = dataclasses.asdict(self)
        for name, value in values.items():
            if isinstance(value, str) and "://" in value and "@" in value.split("://", 1)[1].split("/", 1)[0]:
                scheme, rest = value.split("://", 1)
                values[name] = f"{scheme}://***@{rest.split('@', 1)[1]}"
        return values


def _coerce(name: str, kind: Any, value: Any) -> Any:
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if kind is int:
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if kind is float:
            number = float(value)
            if not math.isfinite(number):  # nan passes every comparison check; inf is no timeout at all
                raise ValueError(value)
            return number
        return str(value)
    except (TypeError, ValueError):
        kind_name = "finite number" if kind is float else getattr(kind, "__name__", str(kind))
        raise SettingsError(f"setting {name} must be a {kind_name}, got {value!r}") from None
