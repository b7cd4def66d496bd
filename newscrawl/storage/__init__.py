"""The datasets on disk: the Parquet writer and readers (:mod:`.dataset`), the crash-safe
spool (:mod:`.spool`), the output lock (:mod:`.lock`), recovery of killed runs
(:mod:`.recovery`) and compaction (:mod:`.compaction`, :mod:`.swap`)."""
