"""Ingest: one content file per raw posting, bad input reported, a curator's edits never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import content_file
from generator.cli import main
from tests.conftest import ROOT, make_board


def test_ingest_writes_one_file_per_seed(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    files = sorted(board.content.glob("*.md"))
    assert len(files) == 5
    sources = {content_file.parse(f.read_text(), f).fields.source for f in files}
    assert sources == {f"{board.root / 'seeds' / p.name}" for p in (ROOT / "seeds").glob("*.txt")}


def test_reingest_keeps_curator_edits_and_updates_the_rest(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    target = next(p for p in board.content.glob("*.md") if "bytedance" in p.name)
    text = target.read_text()
    edited = text.replace("team: E-commerce-Recommendation", "team: Shop Recommendations")
    assert edited != text
    target.write_text(edited)
    # The raw posting changes: ingest must take the new facts but keep the curator's team.
    raw = next((board.root / "seeds").glob("004_*.txt"))
    raw.write_text(raw.read_text().replace("$72 - $72", "$80 - $80"))
    assert board.run("ingest") == 0
    after = content_file.parse(target.read_text(), target)
    assert after.fields.team == "Shop Recommendations"
    assert after.fields.pay is not None and after.fields.pay.min == 80
    assert after.fields.updated is not None, "a change from the source is news for feed subscribers"


def test_reingest_of_unchanged_seeds_changes_nothing(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    before = {p.name: p.read_bytes() for p in board.content.iterdir()}
    assert board.run("ingest") == 0
    assert {p.name: p.read_bytes() for p in board.content.iterdir()} == before


def test_a_deleted_content_file_is_not_brought_back(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    victim = next(board.content.glob("*.md"))
    victim.unlink()
    assert board.run("ingest") == 0
    assert not victim.exists()


def test_hand_formatting_is_never_rewritten(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    target = next(p for p in board.content.glob("*.md") if "bytedance" in p.name)
    commented = target.read_text().replace("title:", "# checked by hand\ntitle:", 1)
    target.write_text(commented)
    raw = next((board.root / "seeds").glob("004_*.txt"))
    raw.write_text(raw.read_text() + "\nExtra line.\n")
    board.run("ingest")
    assert target.read_text() == commented


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"   \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Ingénieur logiciel\nParis".encode("latin-1"), "not UTF-8 text"),
        ("huge.txt", b"a" * (5 * 1024 * 1024), "too large"),
    ],
)
def test_bad_input_is_named_and_the_rest_goes_on(tmp_path: Path, capsys, name: str, data: bytes, message: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes(data)
    (raw / "good.txt").write_text((ROOT / "seeds" / "000_665f48c708ee4495.txt").read_text())
    content = tmp_path / "content"
    assert main(["ingest", "--content", str(content), str(raw)]) == 1
    err = capsys.readouterr().err
    assert f"{name}" in err and message in err
    assert len(list(content.glob("*.md"))) == 1


def test_html_paste_with_json_ld_is_read(tmp_path: Path, capsys) -> None:
    page = tmp_path / "posting.html"
    page.write_text(
        """<!doctype html><html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "JobPosting", "title": "Site Reliability Engineer",
         "hiringOrganization": {"@type": "Organization", "name": "Contoso"},
         "datePosted": "2026-02-01", "employmentType": "FULL_TIME",
         "jobLocation": {"@type": "Place", "address": {"addressLocality": "Dublin", "addressCountry": "IE"}},
         "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                        "value": {"@type": "QuantitativeValue", "minValue": 70000, "maxValue": 90000, "unitText": "YEAR"}}}
        </script></head><body><h1>Site Reliability Engineer</h1><p>Run Kubernetes and Terraform.</p>
        <ul><li>Own on-call</li><li>Automate toil</li></ul></body></html>""",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--json", "--body"]) == 0
    [data] = json.loads(capsys.readouterr().out)
    assert data["title"] == "Site Reliability Engineer"
    assert data["company"] == "Contoso"
    assert data["locations"] == ["Dublin, IE"]
    assert data["pay"] == {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}
    assert data["posted"] == "2026-02-01"
    assert set(data["skills"]) >= {"Kubernetes", "Terraform"}
    assert "<" not in data["body"] and "- Own on-call" in data["body"]


def test_refresh_extracts_again_and_keeps_curator_edits(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    target = next(p for p in board.content.glob("*.md") if "bytedance" in p.name)
    text = target.read_text()
    edited = text.replace("employment_type: intern", "employment_type: temporary")
    # The body the curator rewrote must survive too.
    edited = edited.replace("## Responsibilities", "## What you will do")
    target.write_text(edited)
    state = board.content / ".ingest.json"
    state.write_text(state.read_text().replace('"job_id": null', '"job_id": "stale"'))
    assert board.run("ingest", "--refresh") == 0
    after = target.read_text()
    assert "employment_type: temporary" in after
    assert "## What you will do" in after


def test_a_renamed_content_file_is_still_found_by_its_source(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    target = next(p for p in board.content.glob("*.md") if "bytedance" in p.name)
    renamed = target.with_name("ml-intern-seattle.md")
    target.rename(renamed)
    raw = next((board.root / "seeds").glob("004_*.txt"))
    raw.write_text(raw.read_text().replace("$72 - $72", "$75 - $75"))
    assert board.run("ingest") == 0
    assert not target.exists() and len(list(board.content.glob("*.md"))) == 5
    assert "min: 75" in renamed.read_text()
