"""Where feedlake's bytes live.

* ``storage.objectstore``: one small object-store interface with a local-directory
  and an S3 implementation (``storage.s3``), atomic writes in both; ``storage.uri.open_store(uri)``
  picks one.
* ``storage.parquet``: Arrow schemas derived from ``records``, record <->
  table conversion, Parquet (de)serialisation and hive-style partition keys.
* ``storage.staging`` / ``storage.state``: run-scoped staging and pipeline state,
  built on the two modules above.
"""
