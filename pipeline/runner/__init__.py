"""Running a corpus: the engine (shards, workers, Dask, resume, merge), per-document deadlines,
the output lock, a Doc's rows and the races reduced from them."""
