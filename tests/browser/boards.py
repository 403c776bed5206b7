"""Boards for the board's tests: the seeds plus the invented fixture postings (varied places, pay,
workplaces), and a few hand-written content files for what ingest cannot produce (a closed posting)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, Board, make_board

BASE_URL = "https://example.github.io/board/"

CLOSED = """\
---
title: Closed Position Data Engineer
company: Oldco
locations: ['Leeds, GB']
workplace: onsite
employment_type: full_time
pay: {min: 40000, max: 50000, currency: GBP, period: year}
posted: 2020-01-02
valid_through: 2020-02-01
skills: [SQL, Python]
id: urn:test:closed
added: 2020-01-03
---

## Responsibilities

- Keep the zanzibarian pipelines running.
"""

REMOTE = """\
---
title: Remote Search Relevance Engineer
company: Quillfeather
team: Search Quality
locations: ['US', 'CA']
workplace: remote
employment_type: full_time
degree: [bachelor]
pay: {min: 150000, max: 190000, currency: USD, period: year}
start: '2027'
posted: 2026-01-05
valid_through: 2099-12-31
job_id: QF-1024
apply_url: https://jobs.example.com/quillfeather/1024
skills: [Python, Elasticsearch]
topics: [Search]
id: urn:test:remote
added: 2026-01-06
review:
  pay: pay read from a sentence about the range
---

## Responsibilities

- Tune the ranking of a marmalade-coloured search engine used by millions.
"""


def make_rich_board(tmp: Path, base_url: str = BASE_URL) -> Board:
    board = make_board(tmp)
    raw = ROOT / "tests" / "fixtures" / "postings" / "raw"
    for path in sorted(raw.glob("*.txt")):
        shutil.copy(path, board.root / "seeds" / path.name)
    assert board.run("ingest") in (0, 1)  # some fixtures are meant to be hard; a failure leaves the rest
    (board.content / "closed-position-oldco.md").write_text(CLOSED, encoding="utf-8")
    (board.content / "remote-search-relevance-quillfeather.md").write_text(REMOTE, encoding="utf-8")
    board.base_url = base_url
    assert board.run("build", "--base-url", base_url) == 0
    return board
