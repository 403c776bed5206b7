"""Watch and serve: beside the pipeline, only calling it."""
