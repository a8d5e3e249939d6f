"""feedlake: news feeds to a clean, de-duplicated Parquet article lake."""

__version__ = "0.1.0"
