"""The content-file format: a round trip, and errors that name the line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator import content_file
from generator.models import Fields, Location, Pay

ROOT = Path(__file__).resolve().parent.parent


def test_round_trip_of_every_field() -> None:
    fields = Fields(
        title="Data Engineer",
        company="Acme & Co",
        team="Platform",
        locations=(Location.parse("Austin, TX, US"), Location.parse("GB")),
        workplace="hybrid",
        employment_type="full_time",
        degree=("bachelor", "master"),
        pay=Pay(min=120000, max=150000, currency="USD", period="year"),
        start="2026 Summer",
        posted=date(2026, 3, 3),
        valid_through=date(2026, 4, 1),
        job_id="R-123",
        apply_url="https://example.com/apply",
        skills=("Python", "C++"),
        topics=("Data Engineering",),
        id="urn:jobboard:x",
        added=date(2026, 3, 4),
        updated=date(2026, 3, 5),
        source="seeds/x.txt",
        review={"pay": "period inferred"},
    )
    text = content_file.dump(fields, "## Responsibilities\n\n- Build things\n")
    parsed = content_file.parse(text, "x.md")
    assert parsed.problems == ()
    assert parsed.fields == fields
    assert content_file.dump(parsed.fields, parsed.body) == text


@pytest.mark.parametrize("path", sorted((ROOT / "content").glob("*.md")), ids=lambda p: p.name)
def test_bundled_content_survives_read_write_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed = content_file.parse(text, path)
    assert [p for p in parsed.problems if p.severity == "error"] == []
    assert content_file.dump(parsed.fields, parsed.body) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: [\n---\n", "x.md:3: invalid YAML in front matter"),
        ("title: x\n", "x.md:1: no front matter"),
        ("---\ntitle: x\n", "x.md:1: front matter is not closed"),
        ("---\ntitle: x\ntitel: y\n---\n", "x.md:3: unknown field 'titel'; did you mean 'title'?"),
        ("---\nworkplace: home\n---\n", "x.md:2: workplace must be one of remote, hybrid, onsite (got 'home')"),
        ("---\npay: {min: 5, max: 9, currency: USD, period: hr}\n---\n", "x.md:2: pay period must be one of hour"),
        ("---\npay: {min: 9, max: 5, currency: USD, period: hour}\n---\n", "x.md:2: pay min (9) is greater than max (5)"),
        ("---\nlocations: [Seattle]\n---\n", "x.md:2: locations a location ends with a two-letter upper-case country code"),
        ("---\nposted: yesterday\n---\n", "x.md:2: posted must be a date written YYYY-MM-DD"),
        ("---\napply_url: javascript:alert(1)\n---\n", "x.md:2: apply_url must be an http or https URL"),
        ("---\ndegree: [doctorate]\n---\n", "x.md:2: degree must list only bachelor, master, phd"),
    ],
)
def test_problems_name_file_and_line(text: str, expected: str) -> None:
    problems = content_file.parse(text, "x.md").problems
    assert problems, "expected a problem"
    assert str(problems[0]).startswith(expected)


def test_every_problem_is_reported_at_once() -> None:
    text = "---\nworkplace: home\nemployment_type: gig\ncolour: red\n---\n"
    lines = sorted(p.line for p in content_file.parse(text, "x.md").problems)
    assert lines == [2, 3, 4]
