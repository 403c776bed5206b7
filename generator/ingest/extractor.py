"""One raw posting -> typed fields and a clean body (no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from generator.ingest.body import clean_body
from generator.ingest.document import build_document
from generator.ingest.extract.table import run_extractors
from generator.ingest.reading import RawPosting
from generator.models import Fields, Location


@dataclass(frozen=True)
class Extraction:
    """What ingest writes for one raw posting."""

    fields: Fields
    body: str
    sections: tuple[str, ...]


def extract(raw: RawPosting, added: date | None = None) -> Extraction:
    doc = build_document(raw.text, raw.json_ld)
    found = run_extractors(doc)
    review = {name: f.review for name, f in found.items() if f.review and not name.startswith("_") and f.value}
    if not found["title"].value:
        review["title"] = "no job title found in the text; this posting stays a draft until one is written"
    if not found["company"].value:
        review["company"] = "no employer found in the text; this posting stays a draft until one is written"
    head = found["_headline"].value
    used_header = {head.line} if head.line else set()
    body, sections = clean_body(doc, used_header)
    value = lambda name: found[name].value  # noqa: E731 - a short local reader
    fields = Fields(
        title=value("title"),
        company=value("company"),
        team=value("team"),
        locations=tuple(loc for loc in value("locations") or [] if isinstance(loc, Location)),
        workplace=value("workplace"),
        employment_type=value("employment_type"),
        degree=tuple(value("degree") or ()),
        pay=value("pay"),
        start=value("start"),
        posted=value("posted"),
        valid_through=value("valid_through"),
        job_id=value("job_id"),
        apply_url=value("apply_url"),
        skills=tuple(value("skills") or ()),
        topics=tuple(value("topics") or ()),
        added=added,
        source=raw.path,
        review=MappingProxyType(dict(sorted(review.items()))),
    )
    return Extraction(fields, body, tuple(sections))
