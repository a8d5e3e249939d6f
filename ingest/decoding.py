"""Content decoding (gzip, deflate, brotli) that never produces more bytes per call than it is allowed:
a decompression bomb stops at the body limit, not after inflating a chunk."""

from __future__ import annotations

import zlib
from typing import Any

from ingest.http_errors import FetchError

try:
    import brotli

    ACCEPT_ENCODING = "gzip, deflate, br"
except ImportError:  # pragma: no cover - brotli is a dependency
    brotli = None
    ACCEPT_ENCODING = "gzip, deflate"


_DECODE_ERRORS: tuple[type[Exception], ...] = (zlib.error,) + ((brotli.error,) if brotli is not None else ())


class ContentDecoder:
    """Undo a Content-Encoding chain, never producing more than ``cap`` bytes per call."""

    def __init__(self, url: str, encodings: str) -> None:
        self.url = url
        names = [e.strip().lower() for e in encodings.split(",") if e.strip()]
        self.steps: list[Any] = []
        for name in reversed(names):  # the last encoding applied is undone first
            if name in ("identity", ""):
                continue
            if name in ("gzip", "x-gzip"):
                self.steps.append(("zlib", zlib.decompressobj(zlib.MAX_WBITS | 16)))
            elif name == "deflate":
                self.steps.append(("deflate", None))
            elif name == "br" and brotli is not None:
                self.steps.append(("br", brotli.Decompressor()))
            else:
                raise FetchError(url, f"unsupported Content-Encoding {name!r}")

    def feed(self, data: bytes, cap: int) -> bytes:
        for i, (kind, obj) in enumerate(self.steps):
            if kind == "deflate" and obj is None:
                # "deflate" is zlib-wrapped by the RFC, raw in practice often enough: look at the first bytes.
                raw = not (len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0)
                obj = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
                self.steps[i] = ("zlib", obj)
            try:
                if kind == "br":
                    data = obj.process(data, output_buffer_limit=cap)
                else:
                    data = obj.decompress(data, cap)
            except _DECODE_ERRORS as exc:
                raise FetchError(self.url, f"cannot decode body: {type(exc).__name__}: {exc}") from None
            if len(data) >= cap:
                return data  # the caller refuses it as too large
        return data
