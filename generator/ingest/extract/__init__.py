"""Per-field extractors (Pelican's METADATA_PROCESSORS, as a table).

Each extractor reads the prepared Document (and what earlier extractors found)
and returns a Finding: a value, and a reason to review it when judgement was
needed. `extract` runs the table in order.
"""
