"""jobboard: a static site generator for a curated job board.

Data flows one way: raw text -> extracted fields -> content file -> Posting ->
pages, feeds, search index -> files in site/. `ingest` and `builder` never
import each other; both share the core modules at this level.
"""

__version__ = "0.1.0"
