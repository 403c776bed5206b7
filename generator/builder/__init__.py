"""Content files -> site. Never imports ingest."""
