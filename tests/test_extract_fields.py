"""Per-field extractors, each driven by a table of small texts (the rules, one line each)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main
from generator.ingest.extract.dates import parse_date
from generator.ingest.extract.pay import find_pay
from generator.ingest.extract.places import places_in_line
from generator.ingest.extract.terms import levels_in
from generator.models import Pay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$22–$26 per hour", Pay(22, 26, "USD", "hour")),
        ("$45/hr", Pay(45, 45, "USD", "hour")),
        ("Salary: $120K–$150K a year", Pay(120000, 150000, "USD", "year")),
        ("£50,000 per annum", Pay(50000, 50000, "GBP", "year")),
        ("USD 100,000 - 130,000 per year", Pay(100000, 130000, "USD", "year")),
        ("Gehalt: €4.500 brutto/Monat", Pay(4500, 4500, "EUR", "month")),
        ("A gross monthly salary between € 5.103,90 and € 7.291,28", Pay(5103.9, 7291.28, "EUR", "month")),
        ("₹ 28-38 Lacs P.A.", Pay(2800000, 3800000, "INR", "year")),
        ("Day rate: £550 per day (Outside IR35)", Pay(550, 550, "GBP", "day")),
        ("Paying up to £65k + bonus, per annum", Pay(None, 65000, "GBP", "year")),
        ("The base salary range is $170,000 - $210,000 USD, plus equity.", Pay(170000, 210000, "USD", "year")),
        ("$135,000.00/yr - $165,000.00/yr", Pay(135000, 165000, "USD", "year")),
    ],
)
def test_pay_is_read(text: str, expected: Pay) -> None:
    assert find_pay(text).value == expected


@pytest.mark.parametrize(
    "text",
    [
        "$5,000 sign-on bonus",
        "We raised $50M from investors",
        "- $1,500 annual learning stipend",
        "- $100 monthly credit to spend on the marketplace",
        "JobRadar estimate: $68K – $88K a year (based on similar postings)",
        "Matching 401(k) up to 6%",
    ],
)
def test_amounts_that_are_not_pay_are_left_out(text: str) -> None:
    assert find_pay(text).value is None


def test_a_period_inferred_from_the_amount_is_flagged() -> None:
    finding = find_pay("$72 - $72")
    assert finding.value == Pay(72, 72, "USD", "hour")
    assert finding.review and "inferred" in finding.review


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Seattle, WA, United States of America", ["Seattle, WA, US"]),
        ("Chicago, IL · Full-time · Hybrid", ["Chicago, IL, US"]),
        ("New York, NY; San Francisco, CA", ["New York, NY, US", "San Francisco, CA, US"]),
        ("Charlotte, NC 28202", ["Charlotte, NC, US"]),
        ("PL-Kraków | ES-Barcelona | PT-Lisbon", ["Kraków, PL", "Barcelona, ES", "Lisbon, PT"]),
        ("Paris (75009) · CDI · Temps plein", ["Paris, FR"]),
        ("Tokyo (Shibuya)", ["Tokyo, JP"]),
        ("Spain / United Kingdom (Remote-first)", ["ES", "GB"]),
        ("Singapore", ["Singapore, SG"]),
        ("Montabaur, Rhineland-Palatinate, Germany", ["Montabaur, Rhineland-Palatinate, DE"]),
    ],
)
def test_places_are_normalised(line: str, expected: list[str]) -> None:
    places, _ = places_in_line(line)
    assert [str(p) for p in places] == expected


def test_an_ambiguous_city_needs_a_country_hint() -> None:
    assert places_in_line("Cambridge")[0] == []
    assert [str(p) for p in places_in_line("Cambridge", lambda: "GB")[0]] == ["Cambridge, GB"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Currently pursuing a BS/MS/PhD in Computer Science", {"bachelor", "master", "phd"}),
        ("Bachelor's or Master's degree in Statistics", {"bachelor", "master"}),
        ("B.E./B.Tech or M.Tech in Computer Science", {"bachelor", "master"}),
        ("Master understanding of the data and processes", set()),
        ("Proficiency in MS Excel and MS Office", set()),
        ("Graduating in December 2026 with a PhD", {"phd"}),
        ("Opportunities for promotion every year", set()),
    ],
)
def test_degree_levels(text: str, expected: set[str]) -> None:
    assert levels_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: 6/30/2026", date(2026, 6, 30)),
        ("Nov 15, 2025", date(2025, 11, 15)),
        ("Veröffentlicht am 02.03.2026", date(2026, 3, 2)),
        ("15 March 2026", date(2026, 3, 15)),
        ("2026-01-15", date(2026, 1, 15)),
        ("3 days ago", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_extract_reports_bad_files_and_still_prints_the_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Data Engineer\nAcme Analytics\nLocation: Berlin, Germany\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert main(["extract", str(good), str(bad), "--json"]) == 1
    out, err = capsys.readouterr()
    assert [item["source"] for item in json.loads(out)] == [str(good)]
    assert f"{bad}: binary file" in err


def test_an_agency_posting_names_its_client_as_employer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "agency.txt"
    raw.write_text(
        "Data Engineer\nHalden & Moss Recruitment\nLeeds, West Yorkshire\n\n"
        "Halden & Moss are delighted to be working exclusively with Aire Valley Building Society on the hire "
        "of a Data Engineer for their growing data function.\n"
    )
    assert main(["extract", str(raw)]) == 0
    [data] = json.loads(capsys.readouterr().out)
    assert data["company"] == "Aire Valley Building Society"
    assert "agency" in data["review"]["company"]
