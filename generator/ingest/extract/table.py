"""The extraction pipeline as data: (field, extractor) in the order they run."""

from __future__ import annotations

from collections.abc import Callable

from generator.ingest.document import Document
from generator.ingest.extract import dates, headline, ids, pay, skills, terms
from generator.ingest.extract.common import Finding
from generator.ingest.extract.locations import extract_locations

Extractor = Callable[[Document, dict[str, Finding]], Finding]


def _headline(doc: Document, found: dict[str, Finding]) -> Finding:
    return Finding(headline.find_headline(doc))


# Later extractors read what earlier ones found (the headline's decorations,
# the title, the locations that tell which dollar a bare '$' is).
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("_headline", _headline),
    ("company", headline.extract_company),
    ("title", headline.extract_title),  # after the company: a board's tab title may open with the employer's name
    ("team", headline.extract_team),
    ("workplace", terms.extract_workplace),  # before locations: a remote job's city and its country
    ("locations", extract_locations),
    ("pay", pay.extract_pay),
    ("employment_type", terms.extract_employment_type),
    ("degree", terms.extract_degree),
    ("start", dates.extract_start),
    ("posted", dates.extract_posted),
    ("valid_through", dates.extract_valid_through),
    ("job_id", ids.extract_job_id),
    ("apply_url", ids.extract_apply_url),
    ("skills", skills.extract_skills),
    ("topics", skills.extract_topics),
]


def run_extractors(doc: Document) -> dict[str, Finding]:
    found: dict[str, Finding] = {}
    for name, extractor in EXTRACTORS:
        found[name] = extractor(doc, found)
    return found
