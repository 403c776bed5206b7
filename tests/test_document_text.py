"""The text helpers the extractors share: a lowered copy that keeps offsets, line scans, and chrome."""

from __future__ import annotations

import re

import pytest

from generator.ingest.document import build_document, is_chrome, lines_containing
from generator.ingest.extract.common import Cue, Lines, below_label, label_values, lower_aligned


def test_the_lowered_text_keeps_every_offset() -> None:
    text = "İstanbul Office — Senior Engineer"  # 'İ' lowercases to two characters
    low = lower_aligned(text)
    assert len(low) == len(text)
    assert low.index("senior") == text.index("Senior")


@pytest.mark.parametrize("text", ["Apply by 15 December 2026", "APPLY BY 15 December 2026", "İzmir. Apply by 1 March 2027"])
def test_a_cue_finds_what_a_case_blind_search_finds_and_keeps_the_text_s_case(text: str) -> None:
    pattern = re.compile(r"apply by\s*([^\n]{6,40})", re.I)
    cue = Cue(("apply by",), pattern)
    expected = pattern.search(text)
    found = cue.search(text)
    assert found is not None and expected is not None
    assert (found.start(), found.group(1)) == (expected.start(), expected.group(1))


def test_lines_containing_finds_phrases_in_any_case() -> None:
    lines = ["Senior Engineer", "We are an EQUAL OPPORTUNITY employer", "", "Cookie settings and equal opportunity"]
    assert lines_containing(lines, ("equal opportunit", "cookie")) == {1, 3}


def test_a_label_alone_above_its_value_is_told_from_one_beside_it() -> None:
    lines = ["Company", "Acme", "Company: Globex"]
    found = label_values(lines, "company")
    assert [(value, below_label(lines, value, index)) for value, index in found] == [("Acme", True), ("Globex", False)]


def test_label_values_read_a_lines_index_only_before_stop_and_the_same_from_a_memoised_list() -> None:
    lines = ["📍 Location:", "Leeds", "Job title: Analyst", "Job title:", "Engineer"]
    assert label_values(lines, "job title") == [("Analyst", 2), ("Engineer", 4)]
    assert label_values(lines, "job title", stop=4) == [("Analyst", 2)]  # the value past stop is not read either
    assert label_values(Lines(lines), "location") == label_values(lines, "location") == [("Leeds", 1)]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Home   Jobs   Companies   Salaries", True),
        ("Alles accepteren   Alleen noodzakelijke", True),
        ("Powered by Greenhouse", True),
        ("Senior Data Engineer", False),
        # A PDF paste's long spaced line: once took the navigation-bar pattern 86 s to reject.
        ("VACANCY ANNOUNCEMENT" + " " * 40 + "Posting No. 26-27-142", False),
    ],
)
def test_chrome_lines(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_every_case_blind_cue_is_searched_in_the_lowered_text() -> None:
    """A capital letter in a case-blind cue's pattern makes it fall back to a case-blind search, several times slower
    (callgrind rose 2% when one slipped in). Only a pattern with a deliberately case-kept part may."""
    import importlib
    import pkgutil

    import generator.ingest

    def cues(value: object) -> list[Cue]:
        if isinstance(value, Cue):
            return [value]
        if isinstance(value, (list, tuple)):
            return [cue for item in value for cue in cues(item)]
        return []

    modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(generator.ingest.__path__, "generator.ingest.")]
    found = [cue for module in modules for value in vars(module).values() for cue in cues(value)]
    slow = [
        cue.pattern.pattern[:60]
        for cue in found
        if cue.pattern.flags & re.I and cue._lowered is None and "(?-i:" not in cue.pattern.pattern
    ]
    assert len(found) > 40
    assert slow == []


def test_no_pattern_holds_a_control_character() -> None:
    """'\\b' written in a plain (not raw) string is a backspace: the pattern then never matches. It slipped into two
    patterns while they were being written; a source file has no reason to hold such a character."""
    from pathlib import Path

    import generator

    sources = sorted(Path(generator.__file__).parent.rglob("*.py"))
    held = [
        f"{path.name}:{number}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if any(ord(ch) < 32 and ch != "\t" for ch in line)
    ]
    assert len(sources) > 20
    assert held == []


def test_an_archived_pages_markdown_marks_go_but_icims_count_label_and_a_menus_salaries_link_stay() -> None:
    body = (
        "# Data Analyst\n\nAcme Corp\nJob ID 2026-4471\n# of Openings\n1\n\n## Responsibilities\n"
        "- Build reports in Power BI for the sales teams across the region\n- Present findings\n\n"
    )
    doc = build_document(body + "Find salaries\nContact us\n")
    assert doc.lines[0] == "Data Analyst" and "# of Openings" in doc.lines and "Find salaries" in doc.lines
    guide = build_document(body + "Data Analyst salaries in Leeds\nAverage base salary £34,870 per year\n")
    assert guide.trailer[0] == "Data Analyst salaries in Leeds"
