"""Per-field extractors, each driven by a table of small texts (the rules, one line each)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main
from generator.ingest.document import unglue_fields
from generator.ingest.extract.dates import parse_date
from generator.ingest.extract.pay import find_pay
from generator.ingest.extract.places import parse_places, places_in_line
from generator.ingest.extract.terms import levels_in
from generator.ingest.extractor import extract
from generator.ingest.reading import RawPosting, read_raw
from generator.ingest.roles import names_role
from generator.models import Fields, Location, Pay
from tests.conftest import ROOT
from tests.support.extraction import fields_of, names, places_of


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
        # Notations and currencies from boards outside the US and UK.
        ("₹25L - ₹35L / yr", Pay(2500000, 3500000, "INR", "year")),
        ("Gaji IDR 12-15 juta per bulan", Pay(12_000_000, 15_000_000, "IDR", "month")),
        ("32 000 – 38 000 Kč/měsíc", Pay(32000, 38000, "CZK", "month")),
        ("RM 10 – RM 12 per hour", Pay(10, 12, "MYR", "hour")),
        ("R45 000 - R52 000 per month", Pay(45000, 52000, "ZAR", "month")),
        ("minimaal € 3.641 en maximaal € 5.822 bruto per maand", Pay(3641, 5822, "EUR", "month")),
        ("$ 3.400.000,00 (Mensual)", Pay(3_400_000, 3_400_000, "USD", "month")),
        ("ab 3.720 € brutto/Monat", Pay(3720, None, "EUR", "month")),
        # The item above is no context of its own: its 'pro Woche' is the days at home, not the pay's period.
        (
            "• Zwei Tage Homeoffice pro Woche\n• Das Jahresbruttogehalt liegt zwischen 58.000 und 68.000 Euro",
            Pay(58000, 68000, "EUR", "year"),
        ),
        (
            "Ausbildungsvergütung (monatlich brutto): 1. Jahr 1.120 €, 2. Jahr 1.185 €, 3. Jahr 1.260 €, 4. Jahr 1.330 €",
            Pay(1120, 1330, "EUR", "month"),
        ),
        # An Austrian agreed minimum that may be exceeded is a floor.
        (
            "Das Mindestgehalt beträgt € 3.850,– brutto pro Monat (14 x jährlich). Eine Überzahlung ist vorgesehen.",
            Pay(3850, None, "EUR", "month"),
        ),
        # The agreement's minimum far before the amount is still a floor.
        (
            "Für diese Position gilt ein kollektivvertragliches Mindestgehalt gemäß KV für Angestellte der Eisen- und "
            "Metallerzeugenden Industrie von EUR 2.940,– brutto pro Monat (14x jährlich). Eine Überzahlung ist möglich.",
            Pay(2940, None, "EUR", "month"),
        ),
        # An employer's own 'estimated salary range' is its pay.
        ("The estimated salary range for this position is $120,000 - $150,000 per year.", Pay(120000, 150000, "USD", "year")),
        # Swedish 'monthly salary' names the period, though a yearly allowance follows.
        (
            "Månadslön: 55 000–65 000 SEK, depending on experience. Wellness allowance of 5 000 SEK per year.",
            Pay(55000, 65000, "SEK", "month"),
        ),
        # A floor and a ceiling in one sentence are one range.
        (
            "The base pay ranges from $129,300/year in our lowest geographic market up to $223,600/year in our highest.",
            Pay(129300, 223600, "USD", "year"),
        ),
        # An Austrian posting states the agreement's minimum, then its offer: the offer is the pay.
        (
            "das kollektivvertragliche Mindestgehalt beträgt € 3.412 brutto pro Monat. Unser Angebot liegt deutlich darüber: "
            "Wir bieten ein Jahresbruttogehalt ab € 58.000, je nach Qualifikation.",
            Pay(58000, None, "EUR", "year"),
        ),
        # A board's fields glued: the range's 'to', the sign after the field before it, the period after the amount.
        ("$6,800to$9,200Monthly", Pay(6800, 9200, "USD", "month")),
        ("Full time$130,000 per year + super", Pay(130000, 130000, "USD", "year")),
        # Japanese man (ten thousand) yen, joined by a wave dash; lakhs need no currency sign.
        ("Salary  800万円 ~ 1,100万円 (Annual, including fixed overtime)", Pay(8_000_000, 11_000_000, "JPY", "year")),
        ("CTC: 18 - 28 LPA (fixed) + ESOPs, depending on experience", Pay(1_800_000, 2_800_000, "INR", "year")),
        # Ashby's equity note beside the range is no part of the amount's clause.
        ("Compensation\nA$175K – A$210K • Offers Equity", Pay(175000, 210000, "AUD", "year")),
        # A board's salary guide on the line above: the employer's range wins.
        (
            "Full time$130,000 – $145,000 + super\nPosted 4d ago\n\nWhat can I earn as a Data Analyst\n$95,000 – $115,000 per year",
            Pay(130000, 145000, "USD", "year"),
        ),
        # 'up to' the same ceiling as a range the page gives elsewhere: the range.
        ("₹ 9,00,000 - 13,00,000 P.A.\nFixed CTC up to 13 LPA + performance variable", Pay(900_000, 1_300_000, "INR", "year")),
        # A university's Workday page: the range's bounds on two labelled lines.
        ("Pay Range Minimum: $27.40 hourly\nPay Range Maximum: $33.15 hourly", Pay(27.4, 33.15, "USD", "hour")),
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
        "We closed a $6M seed round",
        "Tickets restaurant de 10 €",
        "+ propinas (aprox. $3,000 a $5,000 mensuales)",
        "Durchschnittlich 63.400 € pro Jahr",
        "• €1,500 / £1,300 yearly learning budget",  # a thousands comma does not end the amount's clause
        "Durchschnittsgehalt für Controller (m/w/d) in Leipzig: 49.500 € / Jahr",  # the board's average for the title
        "job requisition id\nR0024817",  # a number with a leading zero is no amount
        "take-home SQL exercise (max. 3 hours, we pay €150 for your time)",  # a fee for the exercise
        "Range shown to Premium members: €52K – €73K · Based on self-reported salaries from LinkedIn members",
        "Median base salary for BI Developer roles in Greater Dublin: €61,400/yr",
        "- Flexible benefits through Cobee: meal card (€11 per working day), transport, childcare",
        "- Télétravail 2 à 3 jours par semaine, avec une indemnité mensuelle de 40 €",
        "Hybrid setup, wellness allowance (friskvårdsbidrag) of 5,000 SEK per year, occupational pension",  # an aside
        "Indeed's estimated salary for this role: €41,000 - €52,000 a year",  # the board names itself the author
        "What can I earn as a Data Analyst\n$95,000 – $115,000 per year",  # SEEK's salary guide
        "The average Customer Success Manager salary in Austin, TX is $79,412 per year.",  # a board's figure for the title
    ],
)
def test_amounts_that_are_not_pay_are_left_out(text: str) -> None:
    assert find_pay(text).value is None


def test_millions_are_pay_only_as_the_top_of_a_range_in_thousands() -> None:
    finding = find_pay("Pay: NOK 850k–1.1M base, plus options.")
    assert finding.value == Pay(850_000, 1_100_000, "NOK", "year")


def test_fortnightly_pay_is_shown_per_week_and_flagged() -> None:
    finding = find_pay("$1,944 – $2,304 per fortnight")
    assert finding.value == Pay(972, 1152, "USD", "week")
    assert finding.review and "fortnight" in finding.review


def test_bands_on_one_line_share_the_period_said_after_them_and_the_first_is_flagged() -> None:
    finding = find_pay("Salary bands: Ireland €82,000 – €98,000 | Portugal €58,000 – €70,000 (base, gross per year)")
    assert finding.value == Pay(82000, 98000, "EUR", "year")
    assert finding.review and "more than one range" in finding.review


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
        ("Perth, WA", ["Perth, WA, AU"]),  # Western Australia, not Washington
        ("Belo Horizonte - MG", ["Belo Horizonte, BR"]),  # Minas Gerais, not Madagascar
        ("Norwich, Norfolk", ["Norwich, Norfolk, GB"]),
        ("Poland-Lower Silesia-Wroclaw", ["Wrocław, Lower Silesia, PL"]),
        ("Grangegorman, Dublin 7", ["Dublin, IE"]),
        ("Bogotá, D.C.", ["Bogotá, CO"]),
        ("Milano", ["Milan, IT"]),
        ("Köln", ["Cologne, DE"]),
    ],
)
def test_places_are_normalised(line: str, expected: list[str]) -> None:
    places, _ = places_in_line(line)
    assert names(places) == expected


def test_an_ambiguous_city_needs_a_country_hint() -> None:
    assert places_in_line("Cambridge")[0] == []
    assert names(places_in_line("Cambridge", lambda: "GB")[0]) == ["Cambridge, GB"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Currently pursuing a BS/MS/PhD in Computer Science", {"bachelor", "master", "phd"}),
        ("Bachelor's or Master's degree in Statistics", {"bachelor", "master"}),
        ("B.E./B.Tech or M.Tech in Computer Science", {"bachelor", "master"}),
        ("Master understanding of the data and processes", set()),
        ("Masterabschluss oder Promotion in Mathematik oder Statistik", {"master", "phd"}),  # a German doctorate
        ("Promotion of our products in retail", set()),
        ("Proficiency in MS Excel and MS Office", set()),
        ("Graduating in December 2026 with a PhD", {"phd"}),
        ("Opportunities for promotion every year", set()),
        ("Pendidikan minimal S1 Teknik Informatika", {"bachelor"}),
        ("Laurea magistrale in Ingegneria Chimica", {"master"}),
        ("Graduação completa em Serviço Social", {"bachelor"}),
        ("Experience in master data management", set()),
        ("– høyere utdanning på bachelor- eller masternivå innen informatikk", {"bachelor", "master"}),
        ("Je hebt een afgeronde hbo- of wo-opleiding (bachelor of master) in Econometrie", {"bachelor", "master"}),
        ("• Kandidat- eller masterexamen (e.g. civilingenjör) in computer science", {"bachelor", "master"}),
        ("- BS in Computer Science, Engineering or a related field, or equivalent experience", {"bachelor"}),
        ("Proficiency in MS Excel and MS Office", set()),
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
        ("Vloženo: 23. 11. 2026", date(2026, 11, 23)),
        ("Geplaatst op 20-11-2026", date(2026, 11, 20)),
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


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """'jobboard extract ... --json | head': the closed pipe ends the run quietly."""
    raws = [tmp_path / f"{n}.txt" for n in range(40)]
    for raw in raws:
        raw.write_text("Data Engineer\nAcme Analytics\nLocation: Berlin, Germany\n\nAbout the role\nYou build pipelines.\n")
    command = [sys.executable, "-m", "generator", "extract", *map(str, raws), "--json", "--body"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as run:
        assert run.stdout is not None and run.stderr is not None
        run.stdout.read(10)
        run.stdout.close()  # as 'head' does once it has its lines
        err = run.stderr.read().decode()
    assert "Traceback" not in err, err


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


def _in_a_posting(sentence: str) -> Fields:
    """The fields of a short posting whose only text is the sentence, under a title and an employer."""
    return fields_of(f"Analyst\nAcme\n\nAbout the role\n{sentence}\n")


@pytest.mark.parametrize(
    ("requirements", "degree"),
    [
        ("- High school diploma or equivalent required; bachelor's degree in business preferred", ()),
        ("- Bachelor's degree in finance; final-year students of master's programmes are also welcome", ("bachelor",)),
        ("- Bachelor's degree preferred", ("bachelor",)),  # the only level named
        ("- Associate's degree required; bachelor's degree preferred", ()),
    ],
)
def test_a_degree_only_wished_for_counts_only_when_nothing_lower_is_required(requirements: str, degree: tuple) -> None:
    assert fields_of(f"Payroll Clerk\nAcme Corp\n\nRequirements\n{requirements}\n").degree == degree


def test_a_site_menu_above_the_headline_hides_neither_title_nor_employer() -> None:
    text = (
        "jooble\nJobs\nCompanies\nProfile\nRecruiter? Post a job\nLogin\n\n"
        "Laborant/ka mikrobiologické laboratoře\nBiolab Svratka s.r.o.\nBrno, Jihomoravský kraj\n\n"
        "Náplň práce\n- Mikrobiologické rozbory vzorků\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Laborant/ka mikrobiologické laboratoře", "Biolab Svratka s.r.o.")


@pytest.mark.parametrize(
    ("headline", "title", "type_"),
    [
        ("Summer 2027 Intern – Marketing & Events", "Marketing & Events Intern", "intern"),
        ("Senior Clinical Data Manager (100%)", "Senior Clinical Data Manager", "full_time"),
        ("Senior Clinical Data Manager (80–100%)", "Senior Clinical Data Manager", None),  # either, so not said
        ("Finanzbuchhalter (m/w/d) in Teilzeit", "Finanzbuchhalter", "part_time"),
        ("Data Analyst (m/w/d) – Teilzeit 30 Std.", "Data Analyst", "part_time"),  # no sentence ends in 'Std.'
        ("Data Engineer – Vollzeit", "Data Engineer", "full_time"),
        ("Data Engineer - Part-time (20h)", "Data Engineer", "part_time"),
    ],
)
def test_headline_decorations_are_not_the_title(headline: str, title: str, type_: str | None) -> None:
    fields = fields_of(f"{headline}\nNordlicht GmbH\n\nAbout the role\nYou will help us grow.\n")
    assert (fields.title, fields.employment_type) == (title, type_)


def test_vehicles_are_not_hybrid_work() -> None:
    text = "Bus Driver\nSevernlink Buses\n\nWhat you'll do\n- Drive our fleet of electric and hybrid double-deckers\n"
    assert fields_of(text).workplace is None


def test_a_boards_own_salary_figure_is_not_pay() -> None:
    """An amount alone under 'average salary' or above 'this estimate is based on' is the board's, not the job's."""
    average = "Controller\nFranken Guss GmbH\n\nGehaltsinfos\nDurchschnittsgehalt für Controller in Nürnberg\n57.412 € pro Jahr\n"
    estimate = "Data Engineer\nAlpenfeld GmbH\n\nGehaltsprognose\n61.000 € – 76.500 €\nDiese Schätzung basiert auf Angaben von Mitgliedern.\n"
    assert (fields_of(average).pay, fields_of(estimate).pay) == (None, None)
    # The employer's own line right above such a box still counts.
    stated = "Controller\nFranken Guss GmbH\n\nGehalt\n58.000 € pro Jahr\n"
    assert fields_of(stated).pay == Pay(58000, 58000, "EUR", "year")


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Für unseren Bereich Datenplattform suchen wir zum 01.04.2027 eine:n Data Engineer.", "April 2027"),
        ("Stuttgart · Praktikum · ab 01.03.2027 · 6 Monate", "March 2027"),
        ("Wij zoeken per 1 maart 2027 een collega.", "March 2027"),
        ("Bewirb dich bis zum 31.03.2027.", None),  # a deadline
        ("Seit dem Start 2020 vertrauen uns 160'000 Kunden.", None),  # when the company began
        ("Start: by agreement. The last day to apply is 10 January 2027.", None),
        ("Start date: 4 January 2027 – or earlier by agreement", "January 2027"),
        ("This is a 12-month fixed-term contract with an expected start date of 4 January 2027.", "January 2027"),
        ("The position is a fixed-term contract for 12 months, starting 4 January 2027.", "January 2027"),
        ("Data de início: março de 2027. Applications close on 15 December 2026.", "March 2027"),  # not the deadline
        ("– Incorporación: 1 de febrero de 2027", "February 2027"),
        ("> Prise de poste : janvier 2027", "January 2027"),
        ("Eintrittstermin: 01.03.2027 or later by arrangement.", "March 2027"),
        ("Inserimento previsto: gennaio 2027. Candidature entro il 15/12/2026.", "January 2027"),
        ("Sift is expected the week commencing 30 March 2027, with interviews in April.", None),
    ],
)
def test_start_dates(line: str, start: str | None) -> None:
    assert fields_of(f"Data Analyst\nAcme GmbH\n\nAbout the role\n{line}\n").start == start


def test_cookie_buttons_and_all_jobs_links_are_not_the_employer() -> None:
    text = (
        "Vacancies | Veldkamp Energie\nWe use cookies to improve your experience.\nAccept all\nOnly necessary\n"
        "← Back to jobs\nBI Developer\nUtrecht, Netherlands\n\nYour role\nYou build reports.\n"
    )
    assert fields_of(text).company == "Veldkamp Energie"
    dutch = "Accepteren\nWeigeren\nAlle vacatures\nBI Developer\nUtrecht, Nederland\n\nOver de functie\nJe bouwt rapporten.\n"
    assert fields_of(dutch).company is None


def test_a_careers_suffix_is_not_part_of_the_employer() -> None:
    text = (
        "2027 Graduate Data Engineer | Lowther Mutual Careers\nLowther Mutual Careers\nHome\n\nThe role\nYou build pipelines.\n"
    )
    assert fields_of(text).company == "Lowther Mutual"


@pytest.mark.parametrize("label", ["Home-Office möglich", "Télétravail fréquent", "Hybride"])
def test_board_labels_for_some_days_at_home_are_hybrid(label: str) -> None:
    assert fields_of(f"Data Analyst\nAcme GmbH\n{label}\n\nAbout the role\nYou build reports.\n").workplace == "hybrid"


@pytest.mark.parametrize(
    ("line", "job_id"),
    [
        ("San JoseJob ID: A108867", "A108867"),  # a label run into the word before it still counts
        ("dataset_ref: 1234567", None),  # 'ref' inside an identifier is no label
    ],
)
def test_id_labels_and_the_character_before_them(line: str, job_id: str | None) -> None:
    assert fields_of(f"Data Analyst\nAcme GmbH\n{line}\n\nAbout the role\nYou build reports.\n").job_id == job_id


def test_header_fields_pasted_without_breaks_are_read_one_by_one() -> None:
    text = (
        "Datenanalyst (m/w/d) Vertriebssteuerung\nRheinmark Handel GmbH\n"
        "KölnFeste AnstellungVollzeitHome Office möglichVeröffentlicht: 12.11.2026\n\nIhre Aufgaben\n- Sie bauen Berichte.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.employment_type, fields.workplace) == ("Datenanalyst Vertriebssteuerung", "full_time", "hybrid")
    assert fields.posted == date(2026, 11, 12)
    workday = "Financial Analyst\nApply\ntime typeFull time\njob requisition idR-0028841\n\nThe role\nYou plan budgets.\n"
    assert (fields_of(workday).employment_type, fields_of(workday).job_id) == ("full_time", "R-0028841")


def test_a_locations_label_lists_one_place_a_line_and_a_country_under_a_city_is_its_address() -> None:
    listed = "Financial Analyst\nNorvane\n\nThe role\nYou plan budgets.\nLocations\nNL-Amsterdam\nBE-Brussels\nSimilar Jobs\n"
    assert names(fields_of(listed).locations) == ["Amsterdam, NL", "Brussels, BE"]
    address = "Driver\nBluestem\n\nThe role\nYou drive.\nAddress\nFort Worth, TX\nUSA\nIndustry\n"
    assert names(fields_of(address).locations) == ["Fort Worth, TX, US"]


def test_a_currency_code_before_a_dollar_sign_names_the_dollar() -> None:
    assert find_pay("Toronto, ON: CAD $112,000 – $148,000 annual base salary").value == Pay(112000, 148000, "CAD", "year")
    # Any dollar or peso a country writes '$' (DOLLAR_COUNTRIES), not only the ones first met.
    assert find_pay("Bogotá: COP $3.500.000 mensuales").value == Pay(3_500_000, 3_500_000, "COP", "month")


@pytest.mark.parametrize(
    "title",
    [
        "Datenanalyst Vertriebssteuerung",
        "Data Analist",
        "Praktikum Data Analytics",
        "BI-konsulent",  # Norwegian, Danish, Finnish
        "Seniorrådgiver dataforvaltning",
        "Data-asiantuntija",
    ],
)
def test_role_words_of_german_and_dutch_titles(title: str) -> None:
    assert fields_of(f"{title}\nAcme GmbH\n\nAbout the role\nYou build reports.\n").title == title


def test_the_employer_a_careers_host_and_the_text_agree_on() -> None:
    text = (
        "**URL:** https://jobs.remstal-automotive.com/de/praktikum-73921\n\nDatenschutzeinstellungen\nAlle akzeptieren\n"
        "Individuelle Einstellungen\n\nPraktikum Data Analytics\nStuttgart\n\n"
        "Wir bei Remstal Automotive Systems entwickeln Ventiltriebe.\n\nDas erwartet dich\n- Du analysierst Daten.\n"
    )
    assert fields_of(text).company == "Remstal Automotive Systems"


def test_a_working_student_post_is_part_time_and_paid_by_the_hour() -> None:
    text = (
        "Werkstudent (m/w/d) Business Intelligence\nHaberl GmbH\nDE | EN\nWerkstudent · München · ab sofort\n\n"
        "Was du mitbringst\n- Du bist in einem Bachelor- oder Masterstudiengang eingeschrieben\n\n"
        "Was wir dir bieten\n16,50 €/Std. plus 50 € Fahrtkostenzuschuss im Monat\n"
        "Homeoffice nach Absprache an bis zu 2 Tagen pro Woche\n\n"
        "Weitere offene Stellen\nServicetechniker (m/w/d) – 3.400 € bis 3.900 € brutto/Monat\n"
    )
    fields = fields_of(text)
    assert (fields.employment_type, fields.workplace, fields.degree) == ("part_time", "hybrid", ("bachelor", "master"))
    assert fields.pay == Pay(16.5, 16.5, "EUR", "hour")
    assert names(fields.locations) == ["Munich, DE"]  # 'DE | EN' is the language switch


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lagerwaal Logistics NV", []),  # a company's legal form, not a town in Nevada
        ("Västkust Fastighetsservice AB", []),  # nor one in Alberta
        ("Stuttgart-Feuerbach · Praktikum", ["Stuttgart, DE"]),  # a city and its district
        ("Austin TX", ["Austin, TX, US"]),
        ("Brussels or Ghent  |  Data & IT  |  Permanent", ["Brussels, BE", "Ghent, BE"]),  # the IT department, not Italy
        ("Zagreb, HR", ["Zagreb, HR"]),  # a code after its city is still the country
    ],
)
def test_region_codes_and_districts_after_a_name(line: str, expected: list[str]) -> None:
    assert places_of(line) == expected


@pytest.mark.parametrize(
    ("headline", "title", "company"),
    [
        ("Job Application for Senior Analytics Engineer at Quillfeather", "Senior Analytics Engineer", "Quillfeather"),
        (
            "Credit Risk Analyst job - Harbourline Finance DAC - Cork | IrishJobs.ie",
            "Credit Risk Analyst",
            "Harbourline Finance DAC",
        ),
        (
            "Kessler Guss GmbH stellt ein: Financial Controller (m/w/d) in Stuttgart, Deutschland | LinkedIn",
            "Financial Controller",
            "Kessler Guss GmbH",
        ),
        (
            "Offre d'emploi Data Engineer H/F - Nantes (44) - CDI | HelloWork\nHelloWork\nEmploi\nAlternance\nEntreprises\n"
            "Data Engineer H/F\nMutuelle Loire Océane\n\nÀ propos de Mutuelle Loire Océane\nUne mutuelle régionale.\n",
            "Data Engineer",
            "Mutuelle Loire Océane",
        ),
        (
            "StepStone\nJobs\nLogo der Firma Isarwerk Logistik GmbH\nWerkstudent Data Analytics (m/w/d)\nMünchen\n",
            "Werkstudent Data Analytics",
            "Isarwerk Logistik GmbH",
        ),
        (
            "BI Developer (m/w/d) bei Rheinblick Versicherungsservice GmbH | kununu\nkununu\n",
            "BI Developer",
            "Rheinblick Versicherungsservice GmbH",
        ),
        (
            "Kranich Logistik SE sucht Financial Analyst FP&A (m/w/d) in Hamburg | LinkedIn",
            "Financial Analyst FP&A",
            "Kranich Logistik SE",
        ),
    ],
)
def test_page_title_wording_around_the_role(headline: str, title: str, company: str) -> None:
    fields = fields_of(f"{headline}\n\nAbout the role\nYou model data.\n")
    assert (fields.title, fields.company) == (title, company)


def test_labels_glued_to_the_value_before_them() -> None:
    text = (
        "Senior BI Analyst (w/m/d) 80 – 100 %\nLimmatwerk Versicherungen AG\n"
        "Publiziert am:18 November 2026Arbeitsort:ZürichVertragsart:Unbefristete Festanstellung\n\nIhre Aufgaben\n- Berichte.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.posted, fields.employment_type) == ("Senior BI Analyst", date(2026, 11, 18), "full_time")
    assert names(fields.locations) == ["Zurich, CH"]  # the English name


@pytest.mark.parametrize(
    "text",
    [
        "Gross monthly salary between €2,300 and €2,800, paid 14 times a year",
        "Bruttomonatsgehalt ab EUR 2.300,– (14 x jährlich) auf Vollzeitbasis",
        # The working time the salary is for is no period of its own.
        "A gross monthly salary between €4,300 and €5,900 based on 40 hours per week",
        "Monatsgehalt 3.400 € brutto bei 38,5 Stunden pro Woche",
    ],
)
def test_instalments_and_working_time_are_no_period_of_their_own(text: str) -> None:
    assert find_pay(text).value.period == "month"


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "Für unser Team Vertriebscontrolling & Analytics am Standort Köln suchen wir einen Analysten.",
            "Vertriebscontrolling & Analytics",
        ),
        ("Zur Verstärkung unseres Bereichs Konzerncontrolling am Standort Stuttgart suchen wir Sie.", "Konzerncontrolling"),
        ("Die Firma wächst. Im Stabsbereich Unternehmensentwicklung ist eine Stelle frei.", "Unternehmensentwicklung"),
        ("Als specialist bij de afdeling Informatie & Analyse maak je rapporten.", "Informatie & Analyse"),
        ("You will join the client's Payment Integrity analytics team and find overpayments.", "Payment Integrity"),
        ("Data at Quillfeather is a central team of 11 engineers.", "Data"),
        ("Group FP&A is a team of eleven in our headquarters, reporting to the CFO.", "Group FP&A"),
        ("Acme is a team of 40 people who love maps.", None),  # the company
        ("Acme Labs is a small team of 12 in Berlin.", None),  # the company, by a longer name
        ("Gute Arbeit im Team Verantwortung übernehmen und Spaß haben.", None),  # 'im Team' in German prose
        ("Sie verstärken unser Team Data & Analytics in der Konzern-IT.", "Data & Analytics"),
        ("Du unterstützt unser Sales-Analytics-Team bei der Auswertung von Abverkaufsdaten.", "Sales Analytics"),
        ("Du unterstützt unser Data-Team bei der Aufbereitung von Daten.", None),  # any data team
        ("Unser Data & Analytics Team (11 Personen) liefert die Zahlen.", "Data & Analytics"),
        ("Für unsere Abteilung Vertriebs- und Bestandsanalytik suchen wir Sie.", "Vertriebs- und Bestandsanalytik"),
        (
            "You will lead our analytics engineering team of five in Data & Insights. Work with the Data Platform team.",
            "Data & Insights",
        ),
        ("You will lead the analytics engineering chapter within Group Data & Analytics (GDA).", "Group Data & Analytics (GDA)"),
        ("You will sit in the Pricing team within Data & Analytics.", "Pricing"),  # the team named, not its parent
        (
            "You'll be part of Finance & Risk Analytics, the group that owns revenue reporting. Work with the Platform team.",
            "Finance & Risk Analytics",
        ),
        ("We serve hotels from Galicia to the Algarve. Our data team is small.", None),  # no name across a full stop
        ("Au sein de notre pôle Data & BI, vous concevez des solutions décisionnelles.", "Data & BI"),
        ("You'll be part of Growth Analytics, a team of five. We sit in the Data department.", "Growth Analytics"),
        ("You will work closely with the Data Platform team that runs our lakehouse.", None),  # a team worked with
        ("The process: a call, then a meeting with the Head of Data and team.", None),  # a person's role
        ("We're looking for an engineer to join our Data Office in Manchester.", "Data Office"),
        ("We're looking for an engineer to join our team in Manchester.", None),
        ("Provide insights for the Product & Technology management department.", None),  # a unit served, not joined
    ],
)
def test_the_team_a_sentence_names(sentence: str, team: str | None) -> None:
    assert fields_of(f"Data Analyst\nAcme GmbH\n\nAbout the role\n{sentence}\n").team == team


def test_a_board_page_with_a_glued_menu_a_cookie_notice_and_its_own_salary_guess() -> None:
    text = (
        "Analytics Engineer (m/w/d) – Fokus dbt | Nordlicht Energie Digital GmbH | XING Jobs\n"
        "XINGStartseiteJobsNetzwerkNachrichtenEinloggenRegistrieren\n"
        "Wir und unsere Partner nutzen Cookies. Mit Klick auf „Akzeptieren“ stimmst du zu. Ablehnen Akzeptieren\n"
        "Nordlicht Energie Digital GmbHHamburg, Deutschland · Vollzeit\n"
        "Gehalt (von XING geschätzt): 61.500 € – 78.000 €\n\nDeine Aufgaben\n* Du entwickelst dbt-Modelle.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.pay) == ("Analytics Engineer", "Nordlicht Energie Digital GmbH", None)
    assert names(fields.locations) == ["Hamburg, DE"]


def test_a_german_workday_page_lists_places_and_its_id_under_their_labels() -> None:
    text = (
        "Senior Data Analyst Supply Chain (w/m/d)\nBewerben\nStandorte\nDüsseldorf\nNürnberg\nVollzeit/Teilzeit\nVollzeit\n"
        "Stellen-ID\nJR-2026-04471\n\nIhre Aufgaben\n1. Sie entwickeln Analysen.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Düsseldorf, DE", "Nuremberg, DE"]
    assert fields.job_id == "JR-2026-04471"


def test_offices_listed_in_the_companys_about_us_are_not_the_jobs_place() -> None:
    text = (
        "BI-Entwickler (m/w/d)\nElbwerk Commerce GmbH\nHamburg\n\nÜber uns\nWir sind ein Online-Händler.\n"
        "Standorte: Hamburg, München, Wien\n\nIhre Aufgaben\n- Sie bauen Berichte.\n"
    )
    assert names(fields_of(text).locations) == ["Hamburg, DE"]


@pytest.mark.parametrize(
    ("line", "start"),
    [("Gleitzeit · Eintritt: ab Jänner 2027", "January 2027"), ("Homeoffice · Arbeitsbeginn: 01.03.2027", "March 2027")],
)
def test_austrian_months_and_inline_start_labels(line: str, start: str) -> None:
    assert fields_of(f"Controller (m/w/d)\nAlmtaler eGen\n\nWir bieten\n{line}\n").start == start


def test_a_position_id_label() -> None:
    assert (
        fields_of("Senior Data Analyst\nQuarry Consulting\nPosition Id: QC-DA-7731\n\nAbout\nYou analyse.\n").job_id
        == "QC-DA-7731"
    )


def test_a_dutch_board_page() -> None:
    text = (
        "BI-specialist / Data-analist | Zorggroep Vechtstede | Utrecht | Nationale Vacaturebank\nNationale Vacaturebank\n"
        "BI-specialist / Data-analist\nZorggroep Vechtstede\nUtrecht€ 3.900 - € 5.400 bruto per maand32 - 36 uurHBOVast contract\n\n"
        "Over Zorggroep Vechtstede\nZorggroep Vechtstede biedt ouderenzorg.\n\nWat bieden wij?\n"
        "Je werkt gemiddeld 2 dagen per week thuis en de andere dagen op kantoor.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.employment_type, fields.workplace) == ("Zorggroep Vechtstede", "full_time", "hybrid")


def test_french_board_buttons_and_posted_date() -> None:
    text = (
        "Maison Corbière\nVoir l'entreprise\nData Analyst – Contrôle de gestion H/F\nCDI\nLyon\n\nLe poste\nVous analysez.\n\n"
        "Mise en ligne le 16 novembre 2026\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.posted) == ("Maison Corbière", date(2026, 11, 16))


def test_a_title_from_a_sentence_in_lower_case_and_a_start_day_before_its_month() -> None:
    text = (
        "Product\n · \nCopenhagen\n\nFjordlight builds a booking app for studios across the Nordics and more.\n\n"
        "We're now looking for a product analyst who wants to sit next to product managers.\n\n"
        "Start and application\nWe'd love for you to start on 1 February 2027, but we can wait.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.start) == ("Product Analyst", "February 2027")
    assert fields_of("Acme\n\nWe are looking for a motivated bi analyst to join us.\n").title == "BI Analyst"
    # A sift in the week commencing a date is no start.
    assert fields_of("Policy Adviser\nHM Treasury\n\nSift is expected the week commencing 30 March 2026.\n").start is None


def test_a_search_apis_full_time_metadata_does_not_beat_a_c2c_title(tmp_path: Path) -> None:
    record = (
        "job_id: abc123\nemployer_name: Tarrant Data Systems LLC\njob_publisher: Jooble\njob_employment_type: FULLTIME\n"
        "job_title: Tableau Developer (C2C only)\njob_city: Charlotte\njob_state: NC\njob_country: US\n"
        "job_description: Our client is looking for a Tableau Developer. Rate: $68/hr on C2C.\n"
    )
    (tmp_path / "record.txt").write_text(record, encoding="utf-8")
    fields = extract(read_raw(tmp_path / "record.txt")).fields
    assert (fields.company, fields.employment_type) == ("Tarrant Data Systems LLC", "contract")


@pytest.mark.parametrize(
    ("body", "workplace"),
    [
        ("This role is office-based at our Canary Wharf head office. It is not a remote position.", "onsite"),
        ("Wir arbeiten hybrid: drei Tage vor Ort. Vollständig remote ist diese Position leider nicht möglich.", "hybrid"),
        ("Vollständig remote ist diese Position leider nicht möglich.", None),  # not remote, and nothing else said
    ],
)
def test_a_boards_remote_tag_yields_to_a_text_that_says_otherwise(body: str, workplace: str | None) -> None:
    text = f"Senior BI Developer\nFenmoor Bank\n£65K/yr - £80K/yr  Remote  Full-time  Mid-Senior level\n\nAbout the job\n{body}\n"
    assert fields_of(text).workplace == workplace


@pytest.mark.parametrize(
    ("line", "workplace"),
    [
        ("Location: Leeds city centre - 1 day per week on site, remainder remote", "hybrid"),
        ("Hybrides Arbeiten: 3 Tage pro Woche im Büro, 2 Tage mobil", "hybrid"),
        ("Bis zu 50 % Homeoffice, 27 Ferientage plus Brückentage", "hybrid"),
        ("Location: Remote (UK)", "remote"),
        ("Both teams work hybrid. We pay for your Deutschlandticket.", "hybrid"),
        ("Up to 60% mobile working and a fully equipped desk at home.", "hybrid"),
        ("> Télétravail : 2 jours par semaine, le reste au bureau ou chez le client", "hybrid"),
        ("We are in our Södermalm office Tuesday to Thursday and work from wherever we like on Mondays.", "hybrid"),
        ("We work from our HQ in Copenhagen with 2-3 office days a week and the rest from home.", "hybrid"),
        ("The team is split between two sites, and we meet in person at least twice a week.", "hybrid"),
        (
            "This is a hybrid engagement: you'll be expected at the client's Bristol offices for two sprint events a month, "
            "the rest of the time remote from anywhere in the UK.",
            "hybrid",
        ),
        ("- Two days of homeworking per week, with a homeworking allowance", "hybrid"),
        ("- Flexible Arbeitszeiten und Home-Office nach Absprache", "hybrid"),
        ("- Télétravail jusqu'à 2 jours par semaine", "hybrid"),
        ("- blended working (3 days on site in Raheen, 2 from home); VHI health insurance", "hybrid"),
        ("- možnosť práce z domu 2 dni v týždni", "hybrid"),
        ("· Contrato indefinido y 100% teletrabajo desde cualquier punto de España.", "remote"),
    ],
)
def test_ways_of_working_that_mix_office_and_home(line: str, workplace: str) -> None:
    assert fields_of(f"Data Analyst\nAcme Ltd\n{line}\n\nThe role\nYou build reports.\n").workplace == workplace


def test_an_irish_honours_degree_is_a_bachelors() -> None:
    text = "Credit Risk Analyst\nHarbourline DAC\n\nRequirements\n- Honours degree (NFQ Level 8) in Statistics; a Master's degree is an advantage\n"
    assert fields_of(text).degree == ("bachelor",)


def test_a_recruiters_feed_post_announces_the_role_below_the_profile() -> None:
    text = (
        "Feed post | LinkedIn\nHome\nMy Network\nSanne Verhoeven\n • 2nd\n"
        "Senior Recruiter Data & Analytics @ Kestrel Talent Partners | Connecting analytics talent\n2d • Edited •\nFollow\n"
        "📊 HIRING: Senior BI Analyst – Amsterdam (hybrid) 📊\n\n"
        "I'm working exclusively with a fintech and they need a Senior BI Analyst to own the KPI layer.\n"
    )
    fields = fields_of(text)
    assert (fields.title, names(fields.locations)) == ("Senior BI Analyst", ["Amsterdam, NL"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Remoto (España)", ["ES"]),  # a country by its own name
        ("Utrecht, Nederland", ["Utrecht, NL"]),  # not a town in Texas
        ("Ofertas de empleo | Empresas | Formación | Salarios IT | Acceso Candidatos | Registro", None),  # a menu
    ],
)
def test_countries_by_their_own_names_and_menu_words_that_are_small_towns(line: str, expected: list[str] | None) -> None:
    fields = fields_of(f"Data Engineer\nNubalia Consulting\n{line}\n\nDescripción de la oferta\nTrabajarás con datos.\n")
    assert names(fields.locations) == (expected or [])


def test_spanish_labels_glued_to_the_value_before() -> None:
    text = "Ingeniero/a de Datos\nNubalia\nProvincia: Remoto (España)Tipo de contrato: Indefinido\n\nDescripción\nDatos.\n"
    assert names(fields_of(text).locations) == ["ES"]


def test_labels_run_straight_into_their_values() -> None:
    text = (
        "BI Developer (m/w/d)\nRheinblick GmbH\n"
        "StandortKöln, DeutschlandAnstellungsartVollzeit, FestanstellungVeröffentlicht12.11.2026\n\nStellenbeschreibung\nDaten.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.employment_type, fields.posted) == (
        ["Cologne, DE"],
        "full_time",
        date(2026, 11, 12),
    )


@pytest.mark.parametrize(
    ("requirement", "degree"),
    [
        ("Hbo/wo werk- en denkniveau, bijvoorbeeld een opleiding Bedrijfskunde.", ()),  # a way of thinking, not a degree
        ("Een afgeronde hbo-opleiding Bedrijfskunde.", ("bachelor",)),
        ("wykształcenie wyższe, najchętniej na kierunku ilościowym", ()),  # higher education of no stated level
        ("wykształcenie wyższe techniczne (inżynier) – mechanika", ("bachelor",)),
    ],
)
def test_dutch_and_polish_education_levels(requirement: str, degree: tuple[str, ...]) -> None:
    assert fields_of(f"Data Analist\nAcme B.V.\n\nWat vragen wij?\n- {requirement}\n").degree == degree


@pytest.mark.parametrize(
    ("lines", "job_id"),
    [
        ("Referencia de la oferta: NBC-4471", "NBC-4471"),
        ("Ref.ª: LS-DA-2611", "LS-DA-2611"),
        ("Vacature-ID: HK-2026-0388", "HK-2026-0388"),
        ("Ref. Apec : 178514620W", "178514620W"),
        ("Requisition #: PAG-26-0871Engagement details: 6 months", "PAG-26-0871"),
        ("Referenzcode: 61874", "61874"),
        ("Stellenausschreibungs-ID\nJR-048812", "JR-048812"),  # the label alone, its value on the next line
        ("Stillingsnummer: KI-2026-031", "KI-2026-031"),
        ("Codice annuncio: SR-DA-1126", "SR-DA-1126"),
        ("JobID: 4417", "4417"),  # one label, though 'ID' is in capitals
        ("Referenz-Nr. 25-117", "25-117"),
    ],
)
def test_id_labels_in_more_languages(lines: str, job_id: str) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nAbout the role\nYou analyse.\n{lines}\n").job_id == job_id


def test_a_reference_in_the_footer_counts_only_when_it_is_the_only_one() -> None:
    body = "Controller (m/w/d)\nAlmtaler eGen\n\nIhre Aufgaben\n- Berichte.\n\nÄhnliche Jobs\n"
    own = body + "Junior Controller\nLinz\n\nReferenznummer: ALM-CTR-1126 | karriere.at GmbH\n"
    assert fields_of(own).job_id == "ALM-CTR-1126"
    others = body + "Teamleiter\nStellen-ID: JR-2026-04390\nWerkstudent\nStellen-ID: JR-2026-04602\n"
    assert fields_of(others).job_id is None


def test_an_ambiguous_city_on_a_page_that_pays_in_euros_is_the_euro_countrys() -> None:
    text = "Analista FP&A\nGrupo Turia Alimentación\nValencia\nSalario: 32.000€ - 38.000€ Bruto/año\n\nFunciones\n- Cierre mensual.\n"
    assert names(fields_of(text).locations) == ["Valencia, ES"]  # not Venezuela's


def test_a_cookie_notice_is_no_place_and_a_province_code_follows_its_city() -> None:
    cookie = "Analista de Dados\nLusovia Seguros\nEste site utiliza cookies. Aceitar | Rejeitar | Preferências\nPorto\n\nDescrição\nDados.\n"
    assert names(fields_of(cookie).locations) == ["Porto, PT"]
    assert places_of("40127 Bologna BO") == ["Bologna, IT"]


@pytest.mark.parametrize("title", ["Analityk Business Intelligence", "Contrôleur de gestion data", "Analyste financier"])
def test_polish_and_french_role_words(title: str) -> None:
    assert fields_of(f"{title}\nAcme\n\nDescription\nYou analyse.\n").title == title


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "buscamos un/a Analista FP&A para incorporarse al departamento de Control de Gestión en Valencia.",
            "Control de Gestión",
        ),
        (
            "Per il nostro ufficio Pricing & Customer Analytics, presso la sede di Bologna, cerchiamo uno stagista.",
            "Pricing & Customer Analytics",
        ),
        ("Oferujemy pracę w zespole Data & Reporting liczącym 9 osób.", "Data & Reporting"),
        ("Para reforçar a Direção de Análise de Risco, no Porto, procuramos um analista.", "Direção de Análise de Risco"),
        ("Zur Verstärkung unseres Teams Operations Analytics am Standort München suchen wir Sie.", "Operations Analytics"),
        ("Wir suchen für die Abteilung Unternehmenscontrolling zum 01.02.2027 eine Referentin.", "Unternehmenscontrolling"),
        (
            "Als Senior Data Scientist im Team Pricing & Actuarial Analytics entwickeln Sie Modelle.",
            "Pricing & Actuarial Analytics",
        ),
        ("Onze afdeling Bedrijfsvoering & Data groeit en daarom zoeken we jou.", "Bedrijfsvoering & Data"),
        ("You'll join our four-person Data & Insights team and own the models.", "Data & Insights"),
        ("Sie werden dem Team Rede und Antwort stehen.", None),  # one capitalised word after 'dem Team' is no name
        ("Damit bauen wir unser Team Data & Analytics am Standort Nürnberg weiter aus.", "Data & Analytics"),
        ("Nå søker vi en konsulent som vil bli en del av faggruppen Data & Innsikt, et miljø på 14.", "Data & Innsikt"),
        ("Per rafforzare il team Supply Chain Planning cerchiamo una figura di Data Analyst.", "Supply Chain Planning"),
        ("Als verkoper werk je op de afdelingen Verf & Behang en IJzerwaren.", None),  # Dutch departments worked in
        # The team, not the department it sits in; a department that sits in an office is no team's parent.
        ("Our Data team (7 people: 3 analysts and our Head of Data) sits in the Tech & Product department.", "Data"),
        (
            "Our Data & AI department is 35 people strong and sits in our head office. You will join the Supply Chain Data team.",
            "Supply Chain Data",
        ),
        ("Je wordt onderdeel van het team Klantinzicht (8 collega's) binnen de afdeling Marketing.", "Klantinzicht"),
        ("Je komt in ons BI-team van vier collega's, onderdeel van de afdeling Finance & Control.", "BI"),
        ("You will work closely with the data architects and the BI team.", None),  # a team worked with
        ("Within our Digital Services unit, the Asset Intelligence team turns telemetry into decisions.", "Asset Intelligence"),
        ('* Du arbeitest im Scrum-Team "Billing Core" eng mit dem Support zusammen.', "Billing Core"),
        ("Sie übernehmen die Leitung des Bereichs Data & Analytics mit 22 Mitarbeitenden.", "Data & Analytics"),
        (
            "Our IT & Data organisation is based in Wuppertal.\nOur Data & Analytics team (8 people) is moving.",
            "Data & Analytics",
        ),
    ],
)
def test_the_team_in_more_languages(sentence: str, team: str | None) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nAbout the role\n{sentence}\n").team == team


def test_a_polish_board_page() -> None:
    text = (
        "Analityk Business Intelligence (Power BI)\nKasztan Payments sp. z o.o.\nO firmie\numowa o pracę\n"
        "Prosta 51, Wola, Warszawa\nWarszawa, mazowieckie\npraca hybrydowa\n\nTwój zakres obowiązków\n- raporty w Power BI\n\n"
        "Opublikowana: 20 listopada 2026\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Analityk Business Intelligence", "Kasztan Payments sp. z o.o.")
    assert (names(fields.locations), fields.workplace, fields.posted) == (["Warsaw, PL"], "hybrid", date(2026, 11, 20))


@pytest.mark.parametrize(
    ("headline", "title", "company", "place"),
    [
        (
            "Vacature BI-specialist bij Zorggroep Vechtdal in Zwolle | Nationale Vacaturebank",
            "BI-specialist",
            "Zorggroep Vechtdal",
            "Zwolle, NL",
        ),
        (
            "Oferta de trabajo Analista de Datos BI en Valencia - InfoJobs",
            "Analista de Datos BI",
            None,
            "",
        ),  # Valencia: ES or VE?
        (
            "Pricing Analyst job in Bristol | Marlow & Kent Insurance | Totaljobs",
            "Pricing Analyst",
            "Marlow & Kent Insurance",
            "Bristol, GB",
        ),
        (
            "Senior BI Analyst (m/w/d) bei Nordkai Logistik SE in Hamburg | XING Jobs",
            "Senior BI Analyst",
            "Nordkai Logistik SE",
            "Hamburg, DE",
        ),
        (
            "Brentella Servizi sta assumendo Data Engineer a Milano, Lombardia, Italia | LinkedIn",
            "Data Engineer",
            "Brentella Servizi",
            "Milan",
        ),
    ],
)
def test_board_page_titles_in_five_languages(headline: str, title: str, company: str | None, place: str) -> None:
    fields = fields_of(f"{headline}\n\nDescription\nYou analyse data every day.\n")
    assert (fields.title, fields.company) == (title, company)
    assert not place or str(fields.locations[0]).startswith(place)


def test_a_xing_page_with_similar_jobs_and_a_glued_posted_date() -> None:
    text = (
        "Senior BI Analyst (m/w/d)\nNordkai Logistik SE\nHamburgVollzeitveröffentlicht am 3. November 2026\n"
        "Gehaltsprognose von XING: 61.500 € – 78.000 €\n\nÜber uns\nNordkai Logistik verbindet Häfen.\n"
        "Diese Jobs könnten dich auch interessieren\nBI Developer (m/w/d)Hafenwerk Bremen GmbHBremen55.000 € – 68.000 €\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.posted) == (None, date(2026, 11, 3))


def test_hybrid_alone_on_a_line_is_no_location_label() -> None:
    text = "Senior Data Scientist\nPinewick Health\nDenver, CO\nHybrid\nFull-time\nMid-Senior level\nSave\n\nAbout\nModels.\n"
    assert names(fields_of(text).locations) == ["Denver, CO, US"]


def test_a_board_closing_the_headline_is_no_team_and_a_french_self_description_names_the_employer() -> None:
    text = (
        "Analytics Engineer - Kettlebrook - Welcome to the Jungle\nWelcome to the Jungle\n\nLe poste\n"
        "Kettlebrook développe des outils de données pour les PME. Kettlebrook est basée à Gand.\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.company) == (None, "Kettlebrook")


@pytest.mark.parametrize("label", ["Stellen-ID", "Referencia de la oferta", "Vacature-ID", "Job requisition id", "Ref.-Nr."])
def test_any_id_label_alone_above_its_value(label: str) -> None:
    text = f"Data Analyst\nAcme\n{label}\nAB-2026-0412\n\nAbout the role\nYou analyse.\n"
    assert fields_of(text).job_id == "AB-2026-0412"


@pytest.mark.parametrize(
    "line",
    [
        "Praha · HPP · Vloženo: 12. 11. 2026",
        "Praha · HPP · Zveřejněno 12.11.2026",
        "Warszawa · data publikacji: 12.11.2026",
        "Lyon · CDI · Mise en ligne le 12/11/2026",
        "Köln · Vollzeit · Erschienen: 12.11.2026",
    ],
)
def test_a_posted_label_inside_a_line_of_other_fields(line: str) -> None:
    # Every label _FOREIGN_POSTED knows must also be among _POSTED_WORDS, which pick the lines it is tried on.
    assert fields_of(f"Data Analyst\nAcme\n{line}\n\nPopis\nAnalýza dat.\n").posted == date(2026, 11, 12)


@pytest.mark.parametrize(
    ("sentence", "employment_type"),
    [
        ("Je krijgt een tijdelijk contract voor een jaar.", "temporary"),  # the label word reached text too
        ("Ofrecemos un contrato temporal de duración determinada de 24 meses.", "temporary"),
        ("Ofrecemos un puesto estable con jornada completa.", "full_time"),
        ("Je werkt voltijd bij ons.", "full_time"),
    ],
)
def test_employment_type_words_in_running_text(sentence: str, employment_type: str) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nOver de functie\n{sentence}\n").employment_type == employment_type


@pytest.mark.parametrize(
    "title", ["Serveuse polyvalente", "Conseillère clientèle", "Caissier", "Animatrice", "Operaria de línea"]
)
def test_role_words_written_with_alternatives_inside_them(title: str) -> None:
    # 'serveu(?:r|se)': the role lists are split into words at their top level only.
    assert names_role(title)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Stipendio medio per Data Analyst a Bologna: 1.720 € al mese", "pay", None),  # the board's average
        ("Rimborso spese di 800 € lordi mensili; inizio previsto: gennaio 2027.", "start", "January 2027"),
        ("Hybride werken: gemiddeld 2 dagen per week op kantoor, de rest thuis.", "workplace", "hybrid"),
        ("Master oder PhD in Statistik, Mathematik oder einem verwandten Fach", "degree", ("master", "phd")),
        ("Standort: Linz | Dauer: 6 Monate | Beginn: 1. März 2027 | Vollzeit", "start", "March 2027"),
        ("Erschienen: 19.11.2026", "posted", date(2026, 11, 19)),
        ("Ref.-Nr. 26-0391", "job_id", "26-0391"),
        ("Estudios mínimos: Grado en Estadística o Matemáticas", "degree", ("bachelor",)),
        ("Cerchiamo un Data Engineer da inserire nel team Data Platform della sede di Milano.", "team", "Data Platform"),
        ("Orario di lavoro: A tempo pieno, contratto a tempo indeterminato.", "employment_type", "full_time"),
        ("• hybridní režim – 2 dny v týdnu z domova", "workplace", "hybrid"),
        ("Typ pracovního poměru: Práce na plný úvazek", "employment_type", "full_time"),
        ("Referenční číslo: VP-2026-117", "job_id", "VP-2026-117"),
    ],
)
def test_a_field_stated_in_one_line_in_the_languages_postings_come_in(line: str, field: str, value: object) -> None:
    assert getattr(fields_of(f"Data Analyst\nAcme\n\nDetails\n{line}\n"), field) == value


def test_countries_a_remote_post_accepts_in_a_sentence() -> None:
    text = (
        "Analytics Engineer\nTidewell\nRemote – Europe\n\nAbout the role\n"
        "This is a fully remote position: you can work from anywhere in Portugal, Spain or the Netherlands.\n"
    )
    assert names(fields_of(text).locations) == ["PT", "ES", "NL"]
    countries = [Location(country="PT"), Location(country="ES")]
    assert parse_places("Portugal, Spain") == (countries, True)  # a list of countries, not a city in Spain


def test_a_site_after_its_city_in_a_locations_list_is_no_place_of_its_own() -> None:
    text = (
        "FP&A Data Analyst\nApply\nlocations\n3 Locations\nLisbon - Parque das Nações\nPorto - Boavista\n"
        "Madrid - Paseo de la Castellana\ntime type\nFull time\n\nAbout the role\nYou plan budgets.\n"
    )
    assert names(fields_of(text).locations) == ["Lisbon, PT", "Porto, PT", "Madrid, ES"]


def test_a_glued_header_of_labels_with_a_currency_and_a_reference() -> None:
    text = (
        "< Back to all vacancies\nSalary£44,000 - £51,000 per annum + benefitsLocationLeeds (hybrid)ContractPermanent, "
        "full timeReferenceAM-1408Date posted2026-11-19Closing date11/12/2026\nApply now\n"
        "At Aldersgate Mutual we've been helping people buy homes since 1871. We're owned by our members.\n\n"
        "We are looking for a Credit Risk Data Analyst to join our team.\n"
        "Aldersgate Mutual is a trading name of Aldersgate Mutual Building Society.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.job_id, fields.posted) == ("Aldersgate Mutual", "AM-1408", date(2026, 11, 19))
    assert fields.pay == Pay(44000, 51000, "GBP", "year")


def test_a_bare_date_label_among_a_german_ats_pages_labels_is_the_posted_date() -> None:
    text = "Senior Financial Analyst (m/w/d)\nAltmeyer Maschinenbau SE\nDatum: 20.11.2026\n\nWer wir sind\nWir bauen.\n"
    assert fields_of(text).posted == date(2026, 11, 20)


def test_the_employer_a_careers_page_names_only_in_its_copyright_line() -> None:
    text = (
        "Actuarial Data Analyst (f/m/x) | Careers\nActuarial Data Analyst (f/m/x)\n\nYour tasks\n- You price policies.\n"
        "\n© 2026 Alpenlicht Versicherung AG · Stadtparkgasse 2 · 1010 Vienna\n"
    )
    fields = fields_of(text)
    assert fields.company == "Alpenlicht Versicherung AG"
    assert "copyright" in fields.review["company"]
    board = text.replace("Alpenlicht Versicherung AG", "StepStone GmbH")
    assert fields_of(board).company is None  # a job board's footer names the board


def test_a_cookie_banner_between_the_menu_and_the_title_hides_no_facts() -> None:
    text = (
        "Controller / Business Analyst (m/w/d) | Hollenstein Logistik GmbH\nHollenstein Logistik GmbH\nAlle Stellen\n"
        "Über uns\nKontakt\nDiese Website verwendet Cookies. Notwendige Cookies sind für den Betrieb erforderlich; weitere "
        "Cookies setzen wir nur mit Ihrer Einwilligung. Alle akzeptieren | Nur notwendige | Einstellungen\n"
        "Zurück zu allen Stellen\nController / Business Analyst (m/w/d)\nFinanzen & Controlling\nVollzeit\nWien\n"
        "Jetzt bewerben\nWir sind ein Logistikunternehmen mit 14 Standorten in Österreich, Tschechien und Ungarn und suchen "
        "ab Februar 2027 Verstärkung für unser Controlling, das die Zahlen aller Standorte zusammenführt.\n"
    )
    assert names(fields_of(text).locations) == ["Vienna, AT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You will be based in our Dublin (Grand Canal Dock) or London (Old Street) office.", ["Dublin, IE", "London, GB"]),
        ("The whole company meets every quarter, in Dublin or Galway.", ["Dublin, IE"]),  # a gathering, not the job
        ("We have offices in Dublin or London, and more to come.", ["Dublin, IE"]),  # the company's offices
    ],
)
def test_a_city_the_text_offers_instead_of_the_one_in_the_header(sentence: str, expected: list[str]) -> None:
    text = f"Revenue Analyst\nHarbourline\nDublin, Ireland\n\nAbout the role\nYou forecast revenue. {sentence}\n"
    assert names(fields_of(text).locations) == expected


def test_a_search_pages_filter_buttons_say_nothing_of_the_way_of_working() -> None:
    text = (
        "FP&A Analyst - Leeds - Indeed.com\nFind jobs\nDate posted\nRemote\nPay\nJob type\nFP&A Analyst\nCopperfield Ltd\n"
        "Leeds\n\nFull job description\nYou will run the monthly forecast. Hybrid working: 3 days a week at our Leeds office.\n"
    )
    assert fields_of(text).workplace == "hybrid"


def test_other_jobs_under_a_german_jobs_like_this_heading_lend_no_pay() -> None:
    text = (
        "BI-Entwickler (m/w/d)\nRheinweg Versicherung GmbH\nKöln\n\nIhre Aufgaben\n- Sie bauen Berichte.\n"
        "Wir bieten\n- Vergütung nach Tarifvertrag.\n"
        "Jobs wie dieser\nPower BI Developer (m/w/d)\nDomblick Consulting GmbH\nKöln\n55.000 € – 68.000 €\n"
    )
    assert fields_of(text).pay is None


def test_a_greenhouse_header_run_together_and_a_fixed_term_contract() -> None:
    text = (
        "Job Application for Data Analyst at Marea\nData Analystat Marea(View all jobs)Valencia, Spain\nApply\n\n"
        "What we offer\n* 12-month fixed-term contract (maternity cover), 40 hours a week\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Valencia, ES"]
    assert fields.employment_type == "temporary"  # an employee's contract for a while, not a contractor's


@pytest.mark.parametrize(
    ("page", "company"),
    [
        # Known only by its web address: named as the text spaces it ('tweewielmobiliteit.be').
        (
            "We are looking for a BI Developer to join our data team.\nTweewiel Mobiliteit runs shared bikes in Ghent.\n"
            "Questions? Mail jobs@tweewielmobiliteit.be.\n",
            "Tweewiel Mobiliteit",
        ),
        # An Italian careers page's title.
        (
            "Bertolini Meccanica S.p.A. | Lavora con noi / Careers\nHome  Azienda  Contatti\n\nReporting Analyst\n"
            "\nResponsibilities\n- Monthly reporting.\n",
            "Bertolini Meccanica S.p.A.",
        ),
        # A Dutch footer with 'aan' in the name, under a menu with two-space gaps.
        (
            "werkenbij.groenaanhuis.nl\nVacatures  Over ons  Teams\n\nData Analyst\nUtrecht · 36–40 uur\n\nWhat you do\n"
            "- Dashboards.\n\n© 2026 Groen aan Huis B.V. · KvK 71234567\n",
            "Groen aan Huis B.V.",
        ),
        # LinkedIn's German menu ('Meine Jobs') is no employer.
        (
            "LinkedIn\nStartseite\nJobs\nJobsuche\nMeine Jobs\nBusiness Intelligence Engineer (m/w/d)\n"
            "Wienstrom Versicherung AG · Wien, Österreich · vor 3 Tagen\n\nInfo\nWir bauen Berichte.\n",
            "Wienstrom Versicherung AG",
        ),
        # Greenhouse's EU board names the employer in its path, never itself.
        (
            "https://job-boards.eu.greenhouse.io/sargantana/jobs/7712093\n\nBack to jobs\nAnalytics Engineer\n"
            "Barcelona, Catalonia, Spain\n\nWhat you'll do\n- Build models.\n\nPowered by Greenhouse\n",
            "Sargantana",
        ),
    ],
)
def test_the_employer_a_page_names(page: str, company: str) -> None:
    assert fields_of(page).company == company


def test_a_linkedin_tab_with_unread_notifications_and_its_menu() -> None:
    text = (
        "(12) Data Platform Engineer | Kuura Mobility | LinkedIn\nSkip to main content\nHome\nMy Network\nJobs\nMessaging\n"
        "Kuura Mobility\nData Platform Engineer\nHelsinki, Uusimaa, Finland · Reposted 3 days ago\n\nAbout the job\nWe move.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.team) == ("Data Platform Engineer", "Kuura Mobility", None)


@pytest.mark.parametrize(
    ("header", "field", "value"),
    [
        ("BI Developer\nDonauwerk AG\nKennzahl: BI-2026-147", "job_id", "BI-2026-147"),
        ("Data Engineer (w/m/d) 80–100 % | Helvetic Cargo AG | LinkedIn\nJob-Nr. 48213 | Data | Zürich", "job_id", "48213"),
        ("Data Engineer (w/m/d) 80–100 % | Helvetic Cargo AG | LinkedIn\nZürich", "title", "Data Engineer"),
        ("Meridia Conseil — Carrières\nIngénieur BI (H/F)\nBruxelles | CDI", "team", None),  # the site, not a team
        ("Senior Data Analyst\nDE | FR | EN\nLogin myLimmattal\nZürich", "company", None),  # a login link
        ("Analytics Engineer\nMaison Orcel\nParis /Data & BI /CDI", "locations", (Location(country="FR", city="Paris"),)),
        (
            "Senior Data Analyst\nposted on: Posted 23 Days Ago\nData di pubblicazione: 04/11/2026",
            "posted",
            date(2026, 11, 4),
        ),
        ("Analytics Engineer\nMaison Orcel\n- CDI, statut cadre, démarrage : janvier 2027", "start", "January 2027"),
        ("Analytics Engineer (Mid-level)\nCesta Roja\nMadrid, Spain", "team", None),  # a level, not a team
        (
            "Lead Analytics Engineer\nKornfeld GmbH\nStandort: Hamburg   |   Bereich: IT & Data   |   Vollzeit",
            "team",
            "IT & Data",
        ),
        (
            "Analytics Engineer\nlocationsLeeds, West Yorkshiretime left to applyEnd Date: December 11, 2026 (14 days left to apply)"
            "job requisition idJR-0045512",
            "job_id",
            "JR-0045512",
        ),
    ],
)
def test_header_rows_read_to_their_fields(header: str, field: str, value: str | None) -> None:
    assert getattr(fields_of(f"{header}\n\nAbout the role\nYou build models.\n"), field) == value


def test_a_back_link_is_no_title() -> None:
    text = (
        "jobs.ch\n← Zurück zu den Suchergebnissen   Stellen: Data Analyst in Basel (48)\n\n"
        "Senior Data Analyst (w/m/d) 80 – 100%\nAurelia Logistik AG\nArbeitsort: Basel\n\nIhre Aufgaben\n- Berichte.\n"
    )
    assert fields_of(text).title == "Senior Data Analyst"


def test_an_agencys_glued_facts_and_its_clients_industry() -> None:
    text = (
        "Data Analyst – Insurtech | Tallow Talent\nData Analyst – Insurtech\nLocation Cork\n"
        "Salary€55k-€65k DOEJob TypePermanentSectorData & AnalyticsPosted on24 Nov 2026Job RefTT-20417\n\n"
        "The role\n- Build dashboards for our client's underwriting team.\n"
    )
    fields = fields_of(text)
    assert (fields.employment_type, fields.posted, fields.job_id) == ("full_time", date(2026, 11, 24), "TT-20417")
    assert fields.team is None  # the client's industry, not a team


def test_a_careers_site_in_the_page_title_names_the_employer() -> None:
    text = "BI Developer | Fietswerk Careers\n← All vacancies\nBI Developer\n\nWhy this role exists\nWe rent bikes.\n"
    assert (fields_of(text).company, fields_of(text).team) == ("Fietswerk", None)


def test_a_boards_name_a_sites_section_and_a_logo_links_text_are_no_fields() -> None:
    join = "Werkstudent (m/w/d) Controlling bei Fennwerk Foods GmbH | JOIN\nJOIN\nJobs finden\n\nDeine Aufgaben\n- Berichte.\n"
    fields = fields_of(join)
    assert (fields.title, fields.company, fields.team) == ("Werkstudent Controlling", "Fennwerk Foods GmbH", None)
    lever = "Brightfin - Data Engineer\nBrightfin Home Page\nData Engineer\nLisbon, Portugal\n\nBrightfin builds apps.\n"
    assert fields_of(lever).company == "Brightfin"
    owner = "Werkstudent Data Analytics (m/w/d) – Hafenwerk Handelsgesellschaft – Karriere\n\nDeine Aufgaben\n- Berichte.\n"
    assert (fields_of(owner).company, fields_of(owner).team) == ("Hafenwerk Handelsgesellschaft", None)  # beside the section
    careers = "Analytics Engineer (m/w/d) | Karriere | Brandauer AG\nStandort: Nürnberg\n\nIhre Aufgaben\n- Modelle.\n"
    assert (fields_of(careers).title, fields_of(careers).team) == ("Analytics Engineer", None)  # the site's section


def test_a_posting_pasted_without_its_headline_names_role_and_places_in_its_text() -> None:
    text = (
        "arrow_back Back to jobs\nshare\nNote: By applying to this position you will have an opportunity to share your "
        "preferred working location from the following: Austin, TX, USA; Boulder, CO, USA.\nApply\nResponsibilities\n"
        "Build batch pipelines.\nMinimum qualifications:\n3 years of experience.\nAbout the job\n"
        "As a Site Reliability Engineer on the Payments team, you will keep the ledger up.\n"
    )
    fields = fields_of(text)
    assert fields.title == "Site Reliability Engineer"
    assert names(fields.locations) == ["Austin, TX, US", "Boulder, CO, US"]


def test_a_german_workday_page_with_two_locations() -> None:
    text = (
        "Analytics Engineer (m/w/d) | Brandwerk Logistik\nSearch for Jobs\nlocations: 2 Locations\nArbeitszeit\nVollzeit\n"
        "Ausgeschrieben am\nAusgeschrieben am: 19.11.2026\nStellennummer\nJR-2026-0815\nHamburg, Germany\nAarhus, Denmark\n\n"
        "Ihre Aufgaben\n- Modelle.\n"
    )
    fields = fields_of(text)
    assert (fields.posted, fields.job_id) == (date(2026, 11, 19), "JR-2026-0815")
    assert names(fields.locations) == ["Hamburg, DE", "Aarhus, DK"]  # not GeoNames' 'Århus'


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "We can only hire candidates who live and have the right to work in Finland, Spain or Ireland. Fully remote.",
            ["FI", "ES", "IE"],
        ),
        (
            "This position can be based in one of the following locations: Seattle, WA, USA; Austin, TX, USA.",
            ["Seattle, WA, US", "Austin, TX, US"],
        ),
        (
            "This role can be based in either our Dublin (Sir John Rogerson's Quay) or Cork (Mahon Point) office.",
            ["Dublin, IE", "Cork, IE"],
        ),
    ],
)
def test_where_the_text_says_the_job_may_be_done(sentence: str, places: list[str]) -> None:
    text = f"Data Engineer\nKiteform\n\nAbout the role\n{sentence}\n"
    assert names(fields_of(text).locations) == places


def test_the_employer_in_a_page_title_is_no_team() -> None:
    text = (
        "Junior Analytics Engineer (m/w/d) | Karriere | Rheinwacht Versicherungsgruppe\n\nIhre Aufgaben\n- Modelle.\n"
        "Die Rheinwacht Versicherungsgruppe versichert Firmenkunden im Rheinland.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Rheinwacht Versicherungsgruppe", None)


def test_linkedins_german_metropolitan_area() -> None:
    text = "Senior Analytics Engineer (m/w/d)\nAlpenkern Energie\nGroßraum München · Erneut gepostet vor 1 Woche\n\nInfo\nWir bauen.\n"
    assert names(fields_of(text).locations) == ["Munich, DE"]


def test_fields_in_one_row_and_labels_with_their_translation() -> None:
    text = (
        "Data Engineer (a)\nAlpenwerk Versicherungen\n\nJob-ID: 4471 · Publication date: 19.11.2026\n"
        "Arbeitsort / Place of work: Zürich-Oerlikon\nPensum / Workload: 100%\n\nYour tasks\n- Build pipelines.\n"
    )
    fields = fields_of(text)
    assert (fields.job_id, fields.posted) == ("4471", date(2026, 11, 19))
    assert names(fields.locations) == ["Zurich, CH"]  # the city of the district


def test_a_filter_bar_pasted_as_one_line_says_nothing_of_the_way_of_working() -> None:
    text = (
        "BI Engineer Job in Leeds | Glassdoor\nBI Engineer\nLeeds\nSearch\n"
        "Date posted ▾Easy Apply onlyRemote onlySalary range ▾Job type ▾\nBI Engineer\nCopperfield Ltd\nLeeds\n\n"
        "Job description\nYou will build dashboards. We work hybrid: 2 days a week in the office.\n"
    )
    assert fields_of(text).workplace == "hybrid"


def test_a_workday_facts_panel_pasted_as_one_line() -> None:
    text = (
        "Senior Reporting Analyst\nApply\nlocationsAmsterdam, Netherlandstime typeFull timeposted onPosted 30+ Days Ago"
        "job requisition idJR-2026-0412\n\nWho we are\nWe are a reinsurer.\n"
    )
    fields = fields_of(text)
    assert (fields.job_id, fields.employment_type) == ("JR-2026-0412", "full_time")
    assert names(fields.locations) == ["Amsterdam, NL"]


@pytest.mark.parametrize(
    "menu",
    ["Search for Jobs", "Privatkunden Unternehmen Schaden melden Über uns Karriere", "Buscar ofertas"],
)
def test_a_site_menu_ending_in_its_jobs_item_is_not_the_employer(menu: str) -> None:
    text = f"Data Analyst (w/m/d)\n{menu}\nData Analyst (w/m/d)\nZürich\n\nIhre Aufgaben\n- Sie bauen Berichte.\n"
    assert fields_of(text).company is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Careers at Feldwerk Energy", "Feldwerk Energy"),
        ("Arbeiten bei Nordkai Logistik", "Nordkai Logistik"),
        ("Travailler chez Lumo Santé", "Lumo Santé"),
        ("Brightfin Home Page", "Brightfin"),
        ("Polderkracht Employment Opportunities", "Polderkracht"),
        ("Ferraresi Componenti S.p.A. | Lavora con noi / Careers", "Ferraresi Componenti S.p.A."),
    ],
)
def test_a_careers_sites_words_around_the_employers_name(line: str, name: str) -> None:
    assert fields_of(f"Data Analyst\n{line}\n\nAbout the role\nYou build reports.\n").company == name


def test_a_desirable_part_of_a_skills_heading_holds_preferred_degrees() -> None:
    text = (
        "Data Engineer\nCorrib Insurance\nDublin\n\nSkills & Experience – Essential:\n• Bachelor's degree in Computer Science\n"
        "• 3+ years as a data engineer\n\nSkills & Experience – Desirable:\n• A Master's degree in Data Science\n"
    )
    assert fields_of(text).degree == ("bachelor",)


@pytest.mark.parametrize(
    ("chips", "body", "kind"),
    [
        ("On-site  Contract  Associate", "We're looking for a Data Analyst to cover a period of maternity leave.", "temporary"),
        ("Hybrid  Full-time", "We are hiring on a 12-month fixed-term contract to cover a colleague on leave.", "temporary"),
        ("Hybrid  Full-time", "Contrato sem termo – a permanent contract, no fixed-term first year.", "full_time"),
        ("Hybrid  Full-time", "We offer generous parental leave and a pension.", "full_time"),  # a benefit, not the term
        ("Hybrid  Contract", "A 6-month fixed-term contract at £550 per day outside IR35.", "contract"),  # a contractor's
    ],
)
def test_a_boards_type_chip_over_a_fixed_term_in_the_text(chips: str, body: str, kind: str) -> None:
    text = f"Data Analyst\nCorrib Insurance\nDublin, Ireland\n{chips}\n\nAbout the job\n{body}\n"
    assert fields_of(text).employment_type == kind


def test_an_austrian_posting_date_label() -> None:
    text = "Junior Analytics Engineer (m/w/d)\nHofladen AG\nWien\nAusschreibungsdatum: 11.11.2026\n\nIhre Aufgaben\n- Modelle.\n"
    assert fields_of(text).posted == date(2026, 11, 11)


def test_a_header_line_with_a_language_switch_and_a_count_of_places() -> None:
    """The line read for places is the header's line without its language switch; the places under it are still found."""
    text = (
        "Data Engineer\nNordhavn Pharma\nlocations: 2 Locations\ntime type\nFull time\n"
        "Copenhagen, Denmark | DE | EN\nAarhus, Denmark\n\nAbout the job\nYou build pipelines.\n"
    )
    assert names(fields_of(text).locations) == ["Copenhagen, DK", "Aarhus, DK"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Remote – Germany, Austria or Netherlands", ["DE", "AT", "NL"]),
        ("Remote (Germany, Austria, Netherlands)", ["DE", "AT", "NL"]),  # not a town 'Germany' in a region 'Austria'
        ("Via Tortona 31, 20144 Milano MI, Italy", ["Milan, IT"]),  # a street is no town, and MI is no Michigan here
        ("Sunnyvale, CA, USA", ["Sunnyvale, CA, US"]),  # California, not Canada
        ("EindhovenUtrecht", ["Eindhoven, NL", "Utrecht, NL"]),  # Workday's places run together
        ("St. Gallen", ["St. Gallen, CH"]),  # GeoNames' 'Sankt Gallen', as English writes it
        ("St Gallen, Switzerland", ["St Gallen, CH"]),
        ("PL - Warszawa - Grzybowska", ["Warsaw, PL"]),  # Workday: a country code, the city, the site in it
        # A city beside its county, in an address: not the bigger Kent in Washington.
        ("Civic Centre, Tonbridge Road, Maidstone, Kent, ME15 6XX", ["Maidstone, Kent, GB"]),
    ],
)
def test_lists_of_countries_addresses_and_places_run_together(line: str, expected: list[str]) -> None:
    assert places_of(line) == expected


def test_the_other_city_a_sentence_offers_and_other_openings_that_are_not_the_job() -> None:
    text = (
        "ML Engineer\nLisheen Analytics\nDublin, Ireland\n\nAbout the role\n"
        "This role can be based in our Dublin office (Sir John Rogerson's Quay) or our Cork hub at Penrose Dock.\n"
    )
    assert names(fields_of(text).locations) == ["Dublin, IE", "Cork, IE"]
    text = (
        "Frontend Developer\nOndamar\nPorto · Engineering · On-site\n\nAbout the role\nYou build web apps.\n\n"
        "Other openings\nProduct Designer · Porto or Lisbon · Hybrid\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.workplace) == (["Porto, PT"], "onsite")


def test_the_city_a_posting_pasted_without_line_breaks_says_you_will_work_in() -> None:
    text = (
        "Leiedal – Jobs – Vacature LV-DA-2611 HomeAbout usJobsContactNL | FR | EN AcceptRefuseJobs > IT & Data > "
        "LV-DA-2611Ghent · IT & Data · Full-time Apply Save job Leiedal is an insurer with offices in Ghent and "
        "Antwerp. Your job We are looking for a data analyst who can turn claims data into insight. You will work "
        "in Ghent, at our head office, together with four actuaries. What you will do - Build reports"
    )
    assert names(fields_of(text).locations) == ["Ghent, BE"]


def test_linkedin_labels_run_together_and_bullets_of_a_line_pasted_without_breaks() -> None:
    text = "Product Manager\nSolvera Pagos\nSpain (Remote)\nRemoteFull-timeMid-Senior level\n\nAbout the job\nYou own checkout.\n"
    assert fields_of(text).employment_type == "full_time"
    # One line: the 'ideally' of the next bullet is no wish for the bachelor's degree.
    text = (
        "Leiedal – Jobs – Vacature LV-DA-2611 HomeAbout usJobsContact AcceptRefuse Ghent · IT & Data · Full-time "
        "Leiedal is an insurer. Your job We are looking for a data analyst who can turn claims data into insight. "
        "Your profile - You hold a master's degree in (applied) economics, or a bachelor's degree with three years of "
        "experience - You have 2 to 5 years of experience, ideally in insurance - You write good SQL"
    )
    assert fields_of(text).degree == ("bachelor", "master")


def test_a_norwegian_page_pays_in_the_krone_of_the_country_it_is_in() -> None:
    text = (
        "BI-konsulent – Kvitfjell Innsikt AS\nBI-konsulent\nOslo · Fast stilling · Heltid\nPublisert: 20.11.2026\n\n"
        "Vi tilbyr\n– fastlønn i spennet 640 000 – 760 000 kroner per år, avhengig av erfaring\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.pay, fields.posted) == ("BI-konsulent", Pay(640000, 760000, "NOK", "year"), date(2026, 11, 20))
    # Kroner with no country to say which: no pay; a Swedish wellness allowance is none either.
    assert fields_of("Data Analyst\nAcme\n\nBenefits\n- 640 000 – 760 000 kroner per år\n").pay is None
    assert fields_of("Data Analyst\nAcme\nStockholm\n\nBenefits\nFriskvårdsbidrag på 5 000 kr per år.\n").pay is None


@pytest.mark.parametrize(
    ("label", "posted"),
    [
        ("Inseriert: 18. November 2026", date(2026, 11, 18)),  # jobs.ch
        ("Data pubblicazione: 12/11/2026", date(2026, 11, 12)),
        ("Julkaistu: 03.11.2026", date(2026, 11, 3)),
    ],
)
def test_posted_labels_of_swiss_italian_and_finnish_boards(label: str, posted: date) -> None:
    assert fields_of(f"Data Engineer\nAcme\n{label}\n\nAbout the role\nYou build pipelines.\n").posted == posted


def test_an_italian_header_run_together_is_read_label_by_label() -> None:
    text = (
        "Data Analyst Supply Chain\nSabauda Ricambi S.p.A.\nSede di lavoro: Torino (TO)Tipologia contratto: Tempo "
        "indeterminatoOrario: Full timeModalità di lavoro: IbridaRAL: 34.000 – 40.000 €Data pubblicazione: 12/11/2026"
        "Codice annuncio: SR-DA-1126\n\nChi siamo\nProduciamo ricambi.\n"
    )
    fields = fields_of(text)
    assert (fields.posted, fields.job_id, fields.workplace) == (date(2026, 11, 12), "SR-DA-1126", "hybrid")
    assert fields.pay == Pay(34000, 40000, "EUR", "year")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Oslo · Fast stilling · Heltid", "full_time"),
        ("Tillsvidareanställning på heltid med tillträde enligt överenskommelse.", "full_time"),
        ("Göteborg · Vikariat 6 månader", "temporary"),
        ("Je start met een jaarcontract, met de intentie om dit om te zetten in een vast dienstverband.", "temporary"),
    ],
)
def test_nordic_and_dutch_words_for_the_kind_of_contract(line: str, kind: str) -> None:
    assert fields_of(f"Data Analyst\nAcme\n{line}\n\nAbout the role\nYou analyse.\n").employment_type == kind


def test_a_norwegian_hybrid_working_week() -> None:
    text = "BI-konsulent\nKvitfjell Innsikt AS\nOslo\n\nVi tilbyr\n– hybrid arbeidshverdag: minst tre dager i uken på kontoret\n"
    assert fields_of(text).workplace == "hybrid"


def test_offices_the_job_can_be_based_in_and_an_italian_place_label() -> None:
    text = (
        "Data Governance Lead\nAtlântida Seguros\nLisbon, Portugal\n\nAbout the role\n"
        "This position can be based in our Lisbon (Parque das Nações) or Porto (Boavista) offices.\n"
    )
    assert names(fields_of(text).locations) == ["Lisbon, PT", "Porto, PT"]
    text = "Data Analyst\nSabauda Ricambi S.p.A.\nSede di lavoro: Torino (TO)\n\nChi siamo\nProduciamo ricambi.\n"
    assert names(fields_of(text).locations) == ["Turin, IT"]


def test_a_german_title_cut_short_before_und_and_a_public_bodys_long_name() -> None:
    text = (
        "Datenanalyst (m/w/d) Verkehrs- und Mobilitätsdaten - Landesinstitut für Mobilität und Verkehrsdaten "
        "Sachsen-Anhalt - Magdeburg | StepStone\n\nÜber uns\nWir erheben Verkehrsdaten.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == (
        "Datenanalyst Verkehrs- und Mobilitätsdaten",
        "Landesinstitut für Mobilität und Verkehrsdaten Sachsen-Anhalt",
    )


def test_a_recruiters_first_person_post_and_an_agencys_trade_beside_its_name() -> None:
    text = (
        "Aoife Brennan • 2nd\nSenior Talent Partner at Thornbury Talent Partners\n3d • Edited\n\n"
        "I'm hiring! 🚀 Senior Data Scientist – Dublin (hybrid)\n\nI'm partnering with a fintech on a senior hire.\n"
    )
    assert fields_of(text).title == "Senior Data Scientist"
    text = (
        "Data Governance Manager | Reading | Ferncastle Talent\nFerncastle Talent - Data & Technology Recruitment\n\n"
        "About the role\nOur client, a utility, is hiring.\n"
    )
    assert fields_of(text).team is None


def test_a_range_the_page_calls_the_boards_estimate_is_no_pay_wherever_it_is_repeated() -> None:
    text = (
        "Junior BI Developer\nKempenaar\nEindhoven\n€ 46K/jr - € 58K/jr (geschat door LinkedIn)Op locatieFulltime\n\n"
        "About the job\nYou build reports.\n\nSalaris\n€ 46.000/jr - € 58.000/jr\n"
    )
    assert fields_of(text).pay is None
    # The estimate written with one suffix for both ends ('46-58K') is the same range as the one repeated in full.
    assert fields_of(text.replace("€ 46K/jr - € 58K/jr", "€ 46-58K/jr")).pay is None
    text = "Lead Analytics Engineer\nWupperstahl\nSalary estimate for this job: €63,500 – €78,000 / year\n\nAbout\nYou model.\n"
    assert fields_of(text).pay is None
    assert find_pay("· 1.200 € al año para formación y certificaciones.").value is None


@pytest.mark.parametrize(
    ("header", "remote_line", "expected"),
    [
        ("Wrocław\nFully remote", "- remote work from anywhere in Poland; our Wrocław office is open", ["Wrocław, PL", "PL"]),
        ("Nürnberg, Bayern, Deutschland\nRemote", "* 100 % remote innerhalb Deutschlands", ["Nuremberg, Bayern, DE", "DE"]),
        # A hybrid job in the city is not the whole country's.
        ("Vienna, Austria\nHybrid", "- remote within Austria on two days a week", ["Vienna, AT"]),
    ],
)
def test_a_remote_jobs_city_and_the_country_it_may_be_done_from(header: str, remote_line: str, expected: list[str]) -> None:
    text = f"Data Engineer\nOdra Lane\n{header}\n\nWhat we offer\n{remote_line}\n"
    assert names(fields_of(text).locations) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Manchester city centre (Ancoats)", ["Manchester, GB"]),  # not GeoNames' district 'Manchester City Centre'
        ("Manchester M4", ["Manchester, GB"]),  # a postcode's first half
        ("Luxembourg - Kirchberg", ["Luxembourg, LU"]),  # the city, with its district
    ],
)
def test_a_city_centre_a_postcode_district_and_luxembourg(line: str, expected: list[str]) -> None:
    assert places_of(line) == expected


def test_a_contract_role_announcement_a_breadcrumb_with_slashes_and_a_cookie_button() -> None:
    text = (
        "Aoife Brennan • 2nd\nSenior Talent Partner at Kestrel & Vane\n1w • Edited\n\n"
        "🚨 CONTRACT ROLE – Senior Data Engineer 🚨\n\nMy client needs a data engineer for six months.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.team, fields.employment_type) == ("Senior Data Engineer", None, "contract")
    text = "justjoin.it\nAll offers / Data / Senior Data Engineer\nOdra Lane Logistics\nSenior Data Engineer\n\nAbout\nWe ship.\n"
    assert fields_of(text).title == "Senior Data Engineer"
    text = (
        "NET-EMPREGOS.COM\nEste site utiliza cookies. Ao continuar a navegar concorda. OK | Saber mais\n"
        "Técnico/a de Processamento Salarial (Part-time) - Guimarães\n\nFunções:\n- Processamento de salários\n"
    )
    assert fields_of(text).company != "Saber mais"


def test_a_generic_subject_is_no_self_description_of_the_employer() -> None:
    text = (
        "Data Analyst\n\nAbout us\nData is at the heart of how we price. Data is everything here.\n"
        "Leiedal Verzekeringen is a Belgian insurer. Leiedal Verzekeringen offers cover to 300,000 families.\n"
    )
    assert fields_of(text).company == "Leiedal Verzekeringen"


def test_french_labels_run_together_and_a_label_after_a_place_on_its_line() -> None:
    text = (
        "Développeur BI (H/F)\nBanque Pétrusse\n"
        "Lieu :Luxembourg - KirchbergContrat :CDIPublié le :18/11/2026Réf. :BP-2026-077Département :Data Office\n\n"
        "Votre mission\nVous concevez les solutions décisionnelles.\n"
    )
    fields = fields_of(text)
    assert (fields.posted, fields.job_id, fields.team) == (date(2026, 11, 18), "BP-2026-077", "Data Office")
    assert names(fields.locations) == ["Luxembourg, LU"]
    text = "Maison Orfève\nAnalytics Engineer\nPermanent contractParis Salary: Not specified\n\nThe job\nYou model data.\n"
    fields = fields_of(text)
    assert (fields.company, names(fields.locations)) == ("Maison Orfève", ["Paris, FR"])


@pytest.mark.parametrize("heading", ["These jobs might be interesting", "Other vacant positions", "Andre ledige stillinger"])
def test_more_headings_of_other_jobs_lists(heading: str) -> None:
    text = (
        "Data Engineer\nGudenå Medico A/S\nAarhus, Denmark\n\nAbout the job\n"
        "A full-time, permanent position with 37 hours per week and a team that shares what it knows.\n\n"
        f"{heading}\nQuality Specialist (Maternity cover) – Kutno, Poland – Salary: 55K to 65K €\n"
    )
    fields = fields_of(text)
    assert (fields.employment_type, fields.pay, names(fields.locations)) == ("full_time", None, ["Aarhus, DK"])


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Date d'entrée souhaitée : mars 2027", "March 2027"),
        ("- Início previsto: janeiro de 2027.", "January 2027"),
        ("Je start bij voorkeur op 1 februari 2027. Reageren kan tot en met 11 december 2026.", "February 2027"),
    ],
)
def test_start_labels_in_french_portuguese_and_a_dutch_sentence(line: str, start: str) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nAbout the role\nYou analyse.\n{line}\n").start == start


def test_slovak_and_portuguese_board_labels() -> None:
    text = (
        "BI analytik / BI analytička\nHornád Energy Services, s.r.o.\nPonuka zverejnená: 12.11.2026\n\n"
        "Druh pracovného pomeru\nplný úvazok\n"
    )
    fields = fields_of(text)
    assert (fields.posted, fields.employment_type) == (date(2026, 11, 12), "full_time")
    text = "Técnico/a de Processamento Salarial - Guimarães\nData: 18-11-2026\nZona: Braga\n\nFunções:\n- Salários\n"
    assert fields_of(text).posted == date(2026, 11, 18)


def test_a_pages_own_month_first_dates_settle_an_ambiguous_one() -> None:
    text = (
        "Financial Data Analyst\nKovalen Group\nKošice, Slovakia\nPosted: 11/12/2026\n\nAbout the role\nYou report.\n\n"
        "Similar jobs\nAccountant (AP) - Košice - Posted 11/20/2026\n"
    )
    assert fields_of(text).posted == date(2026, 11, 12)  # 20 is no month: the page writes the month first
    assert fields_of(text.replace("11/20/2026", "20/11/2026")).posted == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("Um unsere Datenlandschaft zu modernisieren, verstärken wir ab Jänner 2027 die Abteilung.", "start", "January 2027"),
        (
            "- A contract for 12 months, with the intention of converting it to a permanent contract",
            "employment_type",
            "temporary",
        ),
        (
            "You'll be part of our Data & BI team of five in our office in Utrecht, close to Utrecht Centraal.",
            "locations",
            ["Utrecht, NL"],
        ),
        (
            "We are looking for interns to join the Marketplace Integrity team in Dublin for a 12-month placement.",
            "locations",
            ["Dublin, IE"],
        ),
    ],
)
def test_start_term_and_place_in_a_sentence(sentence: str, field: str, value: object) -> None:
    fields = fields_of(f"Data Engineer\nTrapwerk\n\nAbout the role\n{sentence}\n")
    got = getattr(fields, field)
    assert (names(got) if field == "locations" else got) == value


def test_a_gender_tag_run_into_the_place_after_it() -> None:
    text = "Analytics Engineer (m/w/d)Nürnberg, Remote (Deutschland)Vollzeit · Festanstellung\n\nÜber uns\nWir lagern.\n"
    fields = fields_of(text)
    assert (fields.title, names(fields.locations)[:1]) == ("Analytics Engineer", ["Nuremberg, DE"])
    assert fields.company is None  # 'Nürnberg, Remote (Deutschland)': a city under its own name, not an employer


def test_titles_from_a_list_item_a_programme_sentence_and_an_emoji_announcement() -> None:
    text = (
        "URL: https://trapwerk.recruitee.com/o/data-engineer-3\n\nTrapwerk sells e-bikes and cargo bikes online across the "
        "Netherlands and delivers them from its own warehouse. We're looking for a Data Engineer who wants to make data flow.\n\n"
        "What you'll work on\n\nMaintaining our dbt project together with the analysts and keeping the modelling layer tidy\n"
    )
    assert fields_of(text).title == "Data Engineer"  # a long list item in lower case is no headline
    text = "About the team\nThe Integrity team keeps buyers safe.\n\nWe are looking for Data Analyst interns to join the team.\n"
    assert fields_of(text).title == "Data Analyst Intern"
    text = "Tom Whitcombe • 2nd\nSenior Consultant at Carrow & Pike\n3d\n\n🚨 NEW ROLE 🚨 Analytics Engineer | Nottingham (hybrid)\n\nHi all.\n"
    fields = fields_of(text)
    assert (fields.title, names(fields.locations)) == ("Analytics Engineer", ["Nottingham, GB"])


def test_a_german_workday_page_and_an_employer_introduced_with_its_article() -> None:
    text = (
        "URL: https://muehlviertler.wd3.myworkdayjobs.com/de-DE/Karriere/job/Linz/Data-Engineer_R-0004512\n\n"
        "Data Engineer (w/m/d)\nBewerben\nStandorte\nLinz\nArbeitszeittyp\nVollzeit\n\n"
        "Die Mühlviertler Versicherung AG ist einer der großen Versicherer Österreichs. Wir modernisieren unsere Daten.\n"
    )
    assert fields_of(text).company == "Mühlviertler Versicherung AG"  # its address writes it 'muehlviertler'


def test_a_team_the_company_is_building() -> None:
    text = (
        "Data Analyst\nHjortdal Foods\n\nAbout\nWe are building a Commercial Data & Analytics unit that gives Sales one view.\n"
    )
    assert fields_of(text).team == "Commercial Data & Analytics"


def test_instalments_and_office_days_give_no_period_and_a_posts_comments_are_cut() -> None:
    assert find_pay("- Annual salary CHF 110,000 – 125,000 (gross, 13 monthly payments) plus bonus").value == Pay(
        110000, 125000, "CHF", "year"
    )
    text = (
        "Callum Ashworth • 2nd\nSenior Recruitment Consultant at Redmarley Search\n2d\n\n🚨 NEW ROLE 🚨\n\nAnalytics Engineer\n"
        "📍 Leeds – hybrid, 2 days a week in the office\n💷 £55,000 – £65,000 + 10% bonus\n\n"
        "I'm partnering with one of Yorkshire's fastest-growing lenders on a brand new analytics engineering hire. Drop me a line.\n\n"
        "12 Comments\nLike\nComment\nSophie Kettlewell\nWe're hiring a Power BI Developer (contract, £450/day outside IR35).\n"
    )
    pay = fields_of(text).pay
    assert pay is not None and (pay.min, pay.max, pay.currency) == (55000, 65000, "GBP")


def test_a_collectors_address_above_the_tab_title_a_glued_legal_form_and_reference() -> None:
    text = (
        "URL: https://careers.rigiwald.ch/en/jobs/credit-risk-analyst\n\nCredit Risk Analyst | Careers | Bank Rigiwald\n"
        "We value your privacy\nPrivate clients\nAbout us\nCareers\nCredit Risk Analyst\n"
        "Zurich | Risk & Compliance | 100% | Posted on 14 Nov 2026\n\nWho we are\nBank Rigiwald finances Swiss households.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.employment_type) == (["Zurich, CH"], "full_time")
    text = (
        "Data Engineer (m/w/d)\nKranichfeld Logistik SELeipzig, Sachsen, DeutschlandVollzeit\n"
        "Veröffentlicht: 12.11.2026Referenznummer2026-DE-117\n\nÜber uns\nWir lagern.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.job_id) == (["Leipzig, Sachsen, DE"], "2026-DE-117")


def test_a_search_apis_remote_false_and_timestamp_and_remote_days_a_week() -> None:
    text = (
        "Senior Data Engineer - Contract\nHollinsgate Consulting\nLondon, GB\nPosted at: 2026-11-21T08:14:00.000Z\n"
        "Remote: false\n\nLocation: London (City), 2 days per week on site, remainder remote\n"
    )
    fields = fields_of(text)
    assert (fields.workplace, fields.posted) == ("hybrid", date(2026, 11, 21))
    text = "Data Engineer\nKallvesi\nHelsinki\n\nAbout\nRemote work is possible up to three days a week.\n"
    assert fields_of(text).workplace == "hybrid"


def test_a_title_from_looking_for_you_as_our_new_role() -> None:
    text = "URL: https://spaarnewerk.recruitee.com/o/bi-analyst-2\n\nThen Spaarnewerk is looking for you as our new BI Analyst.\n"
    assert fields_of(text).title == "BI Analyst"


@pytest.mark.parametrize(
    "line",
    [
        "Good to know: this is a 12-month contract with the intention to make it permanent.",
        "This is a temporary position for 12 months, linked to our billing system project.",
        "Contract: Fixed-term, 12 months",
    ],
)
def test_an_employees_fixed_term_in_other_words(line: str) -> None:
    text = f"Product Analyst\nSnijplank\nUtrecht\nContract\n\nAbout the job\n{line}\nA gross monthly salary of €4,100 – €5,200.\n"
    assert fields_of(text).employment_type == "temporary"


def test_a_boards_typical_pay_and_similar_listings_are_no_pay() -> None:
    text = (
        "Senior Data Analyst\nBrookhallow Insurance\nBristol\nTypical pay for Senior Data Analyst roles in Bristol: £46K/yr - £59K/yr\n"
        "Estimated from LinkedIn members' profiles.\n\nAbout the job\nYou analyse claims data for our pricing and claims teams "
        "and present what you find to the board every quarter.\n\nSimilar listings\nData Engineer – Cardiff – £500–£550 per day\n"
    )
    assert fields_of(text).pay is None


@pytest.mark.parametrize(
    "announcement",
    [
        "🚀 NEW ROLE: Analytics Engineer | Manchester (hybrid – 1 day a week in the office) | up to £60,000 + 10% bonus 🚀",
        "🚨 CONTRACT | Analytics Engineer | £550–£600 per day | Outside IR35 🚨",
    ],
)
def test_a_long_announcement_names_its_role_first(announcement: str) -> None:
    text = f"Tom Ellery • 2nd\nSenior Consultant | Harcourt Lane Recruitment\n3d\n\n{announcement}\n\nI'm partnering with a fintech.\n"
    assert fields_of(text).title == "Analytics Engineer"


def test_austrian_labels_run_together() -> None:
    text = (
        "BI Developer (m/w/d)\nTraunviertler Verpackungswerke GmbH\n"
        "StandortLinz, OberösterreichJob-ID31107Veröffentlicht12.11.2026BeschäftigungsausmaßVollzeit (38,5 h)"
        "BereichFinanzen & Controlling\n\nWer wir sind\nWir produzieren Verpackungen.\n"
    )
    fields = fields_of(text)
    assert (fields.job_id, fields.posted, fields.team) == ("31107", date(2026, 11, 12), "Finanzen & Controlling")


def test_a_german_posting_without_a_headline_names_its_role_and_office_in_a_sentence() -> None:
    text = (
        "Über uns\nIsarkiesel Mobility betreibt ein Leihrad-Netz.\n\n"
        "Wir suchen zum 01.03.2027 eine*n Werkstudent*in Data Engineering für 16–20 Stunden pro Woche in unserem Büro in "
        "München-Sendling.\n\nDeine Aufgaben\n- Du entwickelst Datenpipelines.\n"
    )
    fields = fields_of(text)
    assert (fields.title, names(fields.locations)) == ("Werkstudent Data Engineering", ["Munich, DE"])


def test_glued_dates_remote_days_a_menus_our_story_and_a_register_number_in_the_footer() -> None:
    text = "BI Developer\nBaltvilla Telecom\nBI DeveloperLocations:Vilnius, LithuaniaJob ID:41877Posted:03 Nov 2026Apply Now\n"
    assert fields_of(text).posted == date(2026, 11, 3)
    text = "BI Developer\nScheepmaker\nAntwerp\n\nWhat we offer\n- Flexible working hours and two days of remote work per week\n"
    assert fields_of(text).workplace == "hybrid"
    text = "Tulpenrijk\nJobs\nOur story\nBack to all jobs\nAnalytics Engineer\nHaarlem, Netherlands\n\nAbout\nWe grow tulips.\n"
    assert fields_of(text).company != "Our story"
    text = (
        "Senior Data Analyst\nCalderwood Building Society\nHuddersfield\n\nAbout the role\nYou analyse member data and "
        "present what you find to the board every quarter, with a team of four analysts.\n\nOther vacancies\n"
        "Mortgage Underwriter – Huddersfield – £31,000\nVacancy reference: CBS-1142\n"
        "Calderwood is authorised by the PRA (Firm Reference Number 106512). Registered office: Kirkgate Square.\n"
    )
    assert fields_of(text).job_id == "CBS-1142"


def test_batch_28s_pay_start_and_ways_of_working() -> None:
    assert find_pay("A gross monthly salary from €3,600 to €4,400, depending on experience").value == Pay(
        3600, 4400, "EUR", "month"
    )
    floor = "we offer a minimum monthly gross salary of EUR 3,950 (paid 14 times a year) based on the collective agreement."
    assert find_pay(floor).value == Pay(3950, None, "EUR", "month")
    text = (
        "Data Analyst\nClydemuir Housing\nGlasgow\n\nAbout\nYou analyse tenancy data.\n"
        "Interviews are expected to take place in the week beginning 14 December 2026.\n"
    )
    assert fields_of(text).start is None  # the interviews' week, not the start
    text = "Data Analyst\nDommelvalk\nEindhoven\n\nOffer\n- The possibility to work from home up to two days a week.\n"
    assert fields_of(text).workplace == "hybrid"
    text = (
        "Data Engineer (Freelance)\nQuellbrunn IT\nFrankfurt\n\nAbout the project\nYou build pipelines for a bank, on site, "
        "from January 2027 for six months; the rate is by agreement.\n\nMore projects on Stellenradar\n"
        "Azure Data Architect (Freelance) – Munich – 95-110 €/h – Start 12/2026\n"
    )
    assert fields_of(text).pay is None


def test_a_german_sentence_with_its_start_before_the_role() -> None:
    text = (
        "Über uns\nMoorlinde Reisen ist ein Hamburger Reiseveranstalter.\n\n"
        "Für unser Team Revenue Management suchen wir ab dem 1. März 2027 eine:n Data Scientist mit Schwerpunkt Pricing.\n"
    )
    assert fields_of(text).title == "Data Scientist"


def test_batch_29s_terms_teams_and_employers() -> None:
    text = (
        "BI Analyst (m/w/d)\nElbkontor Handel GmbH\nBremen\n\nWas wir bieten\n"
        "- Festanstellung in Vollzeit (39 Std./Woche) – auch Teilzeit ab 30 Std. ist möglich\n"
    )
    assert fields_of(text).employment_type == "full_time"  # part time on request is an option, not the job
    text = (
        "Marketing Intern\nHarbourpay\nCork\n\nWhat we offer\n- A monthly stipend of €1,900 (gross)\n"
        "- A home-office stipend of €300\n"
    )
    assert fields_of(text).pay == Pay(1900, 1900, "EUR", "month")
    text = (
        "About us\nTidewater Freight helps 900 shippers move goods across the Irish Sea.\n\n"
        "We are looking for a Data Analyst to join our central Pricing team in Belfast.\n\n"
        "Tidewater Freight Ltd is an equal opportunities employer.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Tidewater Freight", "Pricing")
    text = (
        "BI Developer | Pennine Search Partners\nPennine Search  IT Recruitment   Jobs   Contact\n\nBI Developer\n"
        "Location:Leeds / Remote\n\nMy client, a regional bank, needs a BI Developer for six months.\n"
        "Working pattern: remote apart from 1 day per fortnight on site in Leeds.\n\n"
        "Pennine Search Partners Ltd acts as an employment business for this vacancy.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.workplace) == ("Pennine Search Partners", None, "hybrid")
    text = (
        "About the job\nSonnfeld Energie plans rooftop solar for households.\n\n"
        "For our Operations team we are looking for a Working Student (Operations Analytics) to help us plan installs.\n\n"
        "What we offer\n- €17 per hour\n- Mostly at our office in Hamburg-Altona, with the option to work from home one day per week\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.employment_type, fields.workplace) == ("Working Student", "part_time", "hybrid")
    assert [loc.city for loc in fields.locations] == ["Hamburg"]  # the city, not its district


def test_a_units_word_in_its_name_a_valued_degree_and_a_sentences_camel_cased_name() -> None:
    text = (
        "BI Developer\nLusomar Seguros\nPorto\n\nAbout\nOur Claims & Pricing Competence Centre is moving its reports to "
        "Power BI.\n\nRequirements\n- Bachelor's degree in Computer Science; a Master's degree is valued\n"
        "- Keep our PostgreSQL and ClickHouse clusters: tuned and backed up\n- Git-based workflows\n"
    )
    fields = fields_of(text)
    assert fields.team == "Claims & Pricing Competence Centre"
    assert fields.degree == ("bachelor",)
    assert {"ClickHouse", "Git"} <= set(fields.skills)
    assert parse_places("Berlin-Kreuzberg")[0] == [Location(country="DE", region=None, city="Berlin")]
    assert parse_places("Baden-Baden")[0][0].city == "Baden-Baden"  # a town of its own


def test_batch_30s_places_teams_and_ways_of_working() -> None:
    text = (
        "Orvik Systems Sp. z o.o.\nData Engineer\nGdańsk, Pomeranian Voivodeship, PolandContractHybridPosted: 2026-11-02\n\n"
        "About\nWe build billing software.\n\nHow we work\nHybrid: 2 days a week in our Gdańsk office (Oliwa), the rest remote\n"
    )
    assert [loc.city for loc in fields_of(text).locations] == ["Gdańsk"]  # not the district, nor 'the rest' (Rasht)
    text = (
        "🚨 CONTRACT ROLE – BI DEVELOPER 🚨 Leeds | Hybrid | £500 per day Inside IR35\n\n"
        "My client needs a BI Developer. You'll work in a squad with a scrum master, BA and two testers.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.degree) == ("BI Developer", ())  # a team's business analyst is no degree
    text = (
        "Analytics Engineer\nBrookfen Foods\nAmersfoortFull-time32 - 40 uurIT & Data\n\n"
        "About\nWe make oat drinks. The Insights squad owns our reporting. Day to day you'll work alongside our analyst "
        "on the Pricing squad.\n\nBenefits\n- Up to 2 days of mobile working per week\n"
    )
    fields = fields_of(text)
    assert (fields.employment_type, fields.team, fields.workplace) == ("full_time", "Insights", "hybrid")
    text = (
        "Marketing Data Analyst\nCasalume\n\nAbout the role\nThis role is fully remote within Italy. We meet in person "
        "once a quarter at our Milan office.\n"
    )
    assert fields_of(text).workplace == "remote"  # a quarterly meeting is no on-site work
    text = "Careers / Open positions\nForecast Analyst\nData · Aarhus · Permanent, full-time\n\nAbout\nWe trade power.\n"
    assert fields_of(text).team == "Data"
    text = "Werkstudent Controlling\nKraut & Rüben GmbH\n\nÜber uns\nFür unser Team Finance in der Zentrale in Köln suchen wir dich.\n"
    assert [loc.city for loc in fields_of(text).locations] == ["Cologne"]


def test_a_cookie_declaration_names_no_skills_and_a_remote_share_is_hybrid() -> None:
    text = (
        "Forecast Analyst | Careers | Nordvind\nThis website uses cookies\nCookie\tProvider\tPurpose\tExpiry\tType\n"
        "_ga_#\tGoogle\tUsed by Google Analytics to count visits\t2 years\tHTTP\n"
        "hubspotutk\tHubSpot\tTracks a visitor's identity\t180 days\tHTTP\n\nForecast Analyst\nNordvind\nAarhus\n\n"
        "Your profile\n- You write SQL and Python\n\nUnser Angebot\n- Remote-Anteil bis zu 40 % möglich\n"
    )
    fields = fields_of(text)
    assert fields.skills == ("SQL", "Python")
    assert fields.workplace == "hybrid"


def test_batch_31s_places_labels_teams_and_ways_of_working() -> None:
    text = (
        "Data Analyst\nCalder Vale Building Society\nLocation: Halifax (Head Office), West Yorkshire\n\n"
        "Salary\n£34,000 - £38,000 per annum\n"
    )
    assert names(fields_of(text).locations) == ["Halifax, GB"]  # paid in pounds: not Nova Scotia
    text = "Backend Engineer\nLedgerly\nLocation: Remote — we can hire in Spain, Portugal or Ireland only\n\nAbout\nWe pay.\n"
    assert names(fields_of(text).locations) == ["ES", "PT", "IE"]
    text = "Data Scientist\nEmployerFjordkraft Energi ASLocationBergenPosted: 09.11.2026\n\nAbout\nWe forecast.\n"
    assert fields_of(text).company == "Fjordkraft Energi AS"
    text = (
        "Data Scientist\nFjordkraft Energi\nBergen\n\nAbout\nOur Trading department in Bergen is where prices are set. "
        "We are now strengthening our Forecasting team with a data scientist.\n"
    )
    assert fields_of(text).team == "Forecasting"  # the narrower unit, though a broader one was named first
    text = (
        "Your mission\nVelorent rents e-bikes. From our office near the Hamburg Hauptbahnhof, 90 people plan rides.\n\n"
        "We are looking for a Working Student Data Analytics (m/w/d) from 1 March 2027.\n\n"
        "What we offer\n→ A mix of home office and office days\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.workplace) == ("Working Student Data Analytics", "hybrid")
    assert [loc.city for loc in fields.locations] == ["Hamburg"]
    text = "Marketing Analyst\nBrinkvej\nCopenhagen\n\nAbout\nA permanent role, with the option to work from home on Fridays.\n"
    assert fields_of(text).workplace == "hybrid"


def test_list_items_that_open_with_a_name_a_verb_or_a_number() -> None:
    text = (
        "Analytics Engineer\nTidebank\nLisbon\n\nWhat you'll do\n- Review ingestion (Fivetran, a few custom Airflow DAGs)\n"
        "- Combine data from Salesforce and Zendesk\n\nRequirements\n4. SQL and Python\n5. Advanced Excel\n"
    )
    skills = fields_of(text).skills
    assert {"Fivetran", "Airflow", "Salesforce", "Excel"} <= set(skills)
    assert "Combine" not in skills  # a list item's verb, not Apple's framework


def test_batch_32s_rows_of_facts_announcements_and_teams() -> None:
    text = "Velo Freight - Data Analyst\nData Analyst\nRemote – Portugal / SpainOperations – Fleet Insights /Full-time /Remote\n"
    assert fields_of(text + "\nAbout\nWe plan routes.\n").team == "Fleet Insights"  # Lever's row: department – team
    text = (
        "Feed post | LinkedIn\nAva Price • 2nd\nRecruiter at Northgate Talent\n4d •\n🚨 CONTRACT OPPORTUNITY 🚨\n\n"
        "BI Developer | Leeds (hybrid) | £450 - £500 per day Inside IR35 | 6 months\n\nMy client needs a BI Developer.\n"
    )
    assert fields_of(text).title == "BI Developer"  # the announcement alone, then the role's own line
    text = (
        "Job Application for Data Scientist, Fraud at Brightpay\nData Scientist, Fraud\n\nAbout the team\n"
        "Payment Shield is the team that decides whether a payment looks real.\n"
    )
    assert fields_of(text).team == "Payment Shield"
    text = (
        "Analytics Engineer (f/m/x) – Claims Data – Lacustre Insurance Careers\nLocation: Basel    Contract: Permanent\n\n"
        "About\nLacustre Insurance is a Swiss insurer.\n\nYour team\nYou will join Claims Data, a team of five.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.employment_type) == ("Lacustre Insurance", "Claims Data", "full_time")
    text = (
        "Jobs & Karriere – Donaublick Versicherung\nData Engineer (w/m/d)\nWien | Vollzeit\n\nWer wir sind\n"
        "Die Donaublick Versicherung AG versichert Haushalte. Unsere Gruppe Data & Analytics baut eine Plattform.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Donaublick Versicherung", "Data & Analytics")


def test_batch_32s_places_dates_and_ways_of_working() -> None:
    text = (
        "BI Developer\nKempen Systems\n\nAbout\nYou work partly from home and partly at our office.\n\n"
        "Where\nTilburg (Piushaven) or Breda - you choose your home base.\n"
    )
    fields = fields_of(text)
    assert fields.workplace == "hybrid"
    assert [loc.city for loc in fields.locations] == ["Tilburg", "Breda"]
    text = "Insight Analyst\nMoorside Homes\nJob ID2026-118Job LocationsUK-YorkPosted Date12/11/2026Salary£30,000\n"
    assert fields_of(text).posted == date(2026, 11, 12)
    text = "Data Scientist\nMarchgau Markt\nLocation: Graz   |   Full-time   |   Online since: 05.11.2026\n\nAbout\nWe sell.\n"
    assert fields_of(text).posted == date(2026, 11, 5)
    text = (
        "Data Analyst\nFjellmedia\nOslo\n\nAbout us\nFjellmedia publishes twelve local newspapers in eastern Norway and "
        "runs their websites, apps and newsletters for 400,000 readers.\n\nWhat we offer\n"
        "- Permanent full-time position (fast stilling)\n\n"
        "Også ledig hos oss: Journalist, vikariat 6 måneder – Hamar\n"
    )
    assert fields_of(text).employment_type == "full_time"  # another job's temporary post


def test_batch_33s_headlines_employers_and_places() -> None:
    text = (
        "Careers | Basketly — groceries fast\nOpen roles / Analytics / Data Analyst II\n"
        "Data Analyst IIPune, MaharashtraFull TimePosted on 12 Nov 2026\n\nAbout the team\n"
        "The Supply Chain analytics pod works with our warehouse leads on stock and picking.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.team) == ("Data Analyst II", "Supply Chain")
    assert names(fields.locations) == ["Pune, Maharashtra, IN"]
    text = (
        "About the team\n\nSelat Finance is a lender to small firms. Selat Finance's Credit Models team sits inside the risk "
        "office and we sit in our Raffles "
        "Place office in Singapore.\n\nWhat we offer\n\nMonthly salary: SGD 7,000 – 9,000 (plus AWS and variable bonus)\n"
        "Python and SQL every day\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Selat Finance", "Credit Models")
    assert names(fields.locations) == ["Singapore, SG"]
    assert "AWS" not in fields.skills  # Singapore's annual wage supplement
    text = (
        "Vacantes | Banco Pradera\nAnalista de Datos\nPublicado: 18/11/2026   Folio: BP-DR-0117\n\n"
        "¿Qué harás?\nFormarás parte del equipo de Riesgos, que reporta a la Dirección de Riesgos, y usarás SQL para "
        "seguir la cartera cada semana.\n\nOtras vacantes que te pueden interesar\n"
        "Desarrollador Backend Java | Remoto (México) | $55,000 MXN\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.job_id) == ("Banco Pradera", "BP-DR-0117")
    assert "Java" not in fields.skills  # another vacancy's
    text = (
        "Fennel Retail recrute pour des postes de Data Analyst (H/F) à Nantes, Pays de la Loire, France | LinkedIn\n"
        "Data Analyst (H/F)\nFennel Retail\nNantes\n\nLe poste\nVous produisez des analyses pour l'équipe CRM.\n"
        "- Date de prise de poste : février 2027\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.team, fields.start) == ("Data Analyst", None, "February 2027")
    text = "Data Engineer\nAlbhaus Systeme GmbH\n\nEinsatzort: Passau oder Regensburg (hybrid)\n\nÜber uns\nWir bauen Software.\n"
    assert [loc.city for loc in fields_of(text).locations] == ["Passau", "Regensburg"]


def test_batch_33s_boards_programmes_and_ashby_labels() -> None:
    text = (
        "Data Engineer (Contract) - Dallas, TX - JobNest\nJobNest\nFind jobs   Company reviews   Post a job\n"
        "Data Engineer (Contract)\nMesquite Data Group  4.1 ★ (87 reviews)\nDallas, TX 75201\n\nAbout\n"
        "Mesquite Data Group is a consultancy. Mesquite Data Group builds pipelines.\n"
    )
    assert fields_of(text).company == "Mesquite Data Group"
    text = (
        "About the internship\nNext summer we're welcoming two data science interns to our Load Forecasting team in "
        "Malmö. You'll spend ten weeks on a real problem.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.employment_type) == ("Data Science Intern", "intern")
    text = (
        "ML Engineer @ Kanal\nKanal\nLocationUtrecht HQEmployment TypeFull timeDepartmentEngineering → Ranking\n\n"
        "About\nWe rank things.\n"
    )
    assert fields_of(text).team == "Ranking"
    text = "Data Engineer | Ribeira Energia | SmartRecruiters\nData Engineer\nRibeira Energia\nPorto\n\nAbout\nYou use SQL.\n"
    assert "SmartRecruiters" not in fields_of(text).skills  # the site in the tab's title


def test_batch_34s_teams_terms_and_glued_values() -> None:
    text = (
        "Data Analyst\nFjellheim Energi\nBergen\n\nWe are looking for a data analyst to join Market Analytics in Bergen. "
        "The team of five builds price forecasts.\n"
    )
    assert fields_of(text).team == "Market Analytics"
    text = (
        "BI Analyst\nDonaugrund Versicherung\nVienna\n\nYour new team\nYou will be part of Group Finance – Reporting & "
        "Analytics, a team of nine colleagues at our headquarters.\n"
    )
    assert fields_of(text).team == "Group Finance – Reporting & Analytics"
    text = (
        "Analytics Engineer\nZeewind Fietsen\nAmsterdam\n\nYour team\nData & Growth is where our analysts and marketers sit "
        "together.\n\nHow we work: we're hybrid. Tuesday to Thursday we're at the office.\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.workplace) == ("Data & Growth", "hybrid")
    text = "Data Scientist (H/F)\nCaprisol\nLieu :Lyon (69)Contrat :CDITélétravail :partiel (2 j/sem.)\n\nLe poste\nVous modélisez.\n"
    assert fields_of(text).workplace == "hybrid"
    text = "Werkstudent Data Analytics (m/w/d)\nAlpenkorn GmbH\nWerkstudent Data Analytics (m/w/d)\nAugsburgWerkstudentTeilzeit\n"
    assert [loc.city for loc in fields_of(text + "\nWer wir sind\nWir liefern.\n").locations] == ["Augsburg"]
    text = (
        "Senior Java Developer (W2 / C2C) - Bluepine Systems Inc - Raleigh, NC - JobNest\nJobNest  Find Jobs  Post a Job\n"
        "Senior Java Developer (W2 / C2C)\nBluepine Systems Inc\nRaleigh, NC\nJob type: Full-time\n\nAbout\nWe staff banks.\n"
    )
    assert fields_of(text).employment_type == "contract"  # the headline's terms, not the board's widget


def test_a_page_without_breaks_keeps_its_sections_before_the_boilerplate() -> None:
    text = (
        "Tidal Careers\nProduct Analyst (Growth)\n"
        "Tidal is the app that 900,000 surfers open before they head to the water, and we are mostly remote across "
        "Spain.Growth owns onboarding and the paywall.What you'll do* Define the metrics for trial conversion * Build "
        "dashboards in Looker Studio from BigQuery What we offer* Salary €46,000 – €58,000 gross per year plus stock "
        "options * 100% remote within Spain – you never need to come to Valencia, but we meet twice a year for a team "
        "week * €1,000 yearly learning budget and a €600 remote-work setup budget * 25 working days of holiday and your "
        "birthday off * Private health insurance for you and your family * A Tidal Pro account for you and three "
        "friendsTidal is an equal opportunity employer and does not "
        "discriminate.\nOpen Positions\nSenior Backend Engineer (Kotlin) · Remote — Spain · €60K – €75K\n"
    )
    fields = fields_of(text)
    assert fields.pay == Pay(46000, 58000, "EUR", "year")  # not the other opening's
    assert {"Looker Studio", "BigQuery"} <= set(fields.skills) and "Kotlin" not in fields.skills


def test_batch_35s_periods_places_and_labels() -> None:
    assert find_pay("Monthly base salary SGD 8,000 – SGD 11,500 (plus annual variable bonus)").value == Pay(
        8000, 11500, "SGD", "month"
    )
    text = (
        "Marketing Analyst\nBrandwijk\n\nWhat we offer\n- €4,100 – €5,200 gross per month\n"
        "- 3 days a week at our roastery in Amsterdam-Noord, 2 days from home\n"
    )
    fields = fields_of(text)
    assert (fields.workplace, [loc.city for loc in fields.locations]) == ("hybrid", ["Amsterdam"])
    text = "BI Analyst\nHeimstad\nOslo\n\nAbout\nThe position can be based at our head office in Oslo (Økern) or at our regional office in Bergen (Kokstad).\n"
    assert [loc.city for loc in fields_of(text).locations] == ["Oslo", "Bergen"]
    text = "Data Engineer II\nCorrib Bio\n\nAbout\nThis role is based at our Galway (Parkmore) site or our Cork (Mahon) office.\n"
    assert [loc.city for loc in fields_of(text).locations] == ["Galway", "Cork"]
    text = "Marketing Specialist\nLarkspur Clinics\n\nAbout\nThis position is on-site at our Dallas, TX headquarters, Monday through Friday.\n"
    assert names(fields_of(text).locations) == ["Dallas, TX, US"]
    text = (
        "Karriere bei Donaublick Hotels | Lohnverrechner:in (Teilzeit 30 Std.)\nLohnverrechner:in (Teilzeit 30 Std.)\n"
        "Zentrale Wien | Finanzen | Teilzeit | Kennziffer: DBH-LV-2611\n\nWer wir sind\nWir betreiben Hotels.\n"
    )
    fields = fields_of(text)
    assert (fields.title, [loc.city for loc in fields.locations]) == ("Lohnverrechner:in", ["Vienna"])
    text = (
        "Analyste BI (H/F)\nGroupe Verdalis\nLyon\n\nInformations\nPrise de poste souhaitée : 4 janvier 2027.\n"
        "Référence de l'offre : VER-2026-118\n"
    )
    fields = fields_of(text)
    assert (fields.start, fields.job_id) == ("January 2027", "VER-2026-118")


def test_an_agencys_tagline_and_a_tabs_unread_count_name_no_role_or_employer() -> None:
    text = (
        "Ashgrove Recruitment | Specialist Data & Technology Recruitment\nJobs   Employers   Contact\n"
        "We use cookies. Continue browsing to accept.\nOK  Manage\n< Back to search results\n"
        "Power BI Developer - 6 Month Contract\nLocation: Leeds | Job type: Contract\n\nThe role\nMy client needs reports.\n"
        "Ashgrove Recruitment Ltd is acting as an Employment Business in relation to this vacancy.\n"
    )
    fields = fields_of(text)
    assert fields.title == "Power BI Developer"
    assert fields.company is not None and fields.company.startswith("Ashgrove Recruitment")
    text = "(3) Brzask Software hiring Frontend Engineer (React) in Warsaw, Mazowieckie, Poland | LinkedIn\nAbout the job\nWe build.\n"
    assert fields_of(text).company == "Brzask Software"


def test_batch_36s_headlines_employers_and_places() -> None:
    text = "Senior Analytics Engineer - Lumenwald Health - Jobs\nLumenwald Health\nOpen positions / Data\n\nAbout\nWe build.\n"
    assert fields_of(text).title == "Senior Analytics Engineer"  # the site's section after the employer
    text = (
        "Calder Search\nFeed post\n🚨 NEW CONTRACT – DATA ENGINEER (AZURE) 🚨\n\n📍 Manchester – hybrid\n"
        "💷 £550 – £600 per day, INSIDE IR35\n\nMy client needs a Data Engineer.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.employment_type) == ("Data Engineer", "contract")
    text = (
        "Quillon | Careers\nProducts  Pricing  Careers\nSenior Marketing Analyst\n"
        "Data & Analytics · Dublin or Cork, Ireland (Hybrid) · Full-time\n\nAbout\nQuillon builds invoicing software. "
        "Merchants use Quillon every day.\n"
    )
    assert fields_of(text).company == "Quillon"  # a company's name before a Chilean town's
    text = (
        "Harrow & Finch Talent | Data & Technology Recruitment\nHome | Jobs | Contact\nContract Analytics Engineer\n"
        "Location: Manchester (Hybrid)   Sector: Data & Analytics   Job type: Contract\n\nThe role\nMy client needs "
        "models.\nHarrow & Finch Talent Ltd acts as an employment business in relation to this vacancy.\n"
    )
    fields = fields_of(text)
    assert (fields.company, [loc.city for loc in fields.locations]) == ("Harrow & Finch Talent", ["Manchester"])
    text = (
        "About us\nQuillmoor Games is an independent mobile games studio in Cork. We make cosy games.\n\n"
        "We are looking for a Product Analyst to join our live-ops group.\n\nWhat you'll work on\n"
        "- Plan the events, offers and seasonal content in our games\n\nWhat we offer\n- Full-time, permanent contract\n"
    )
    fields = fields_of(text)
    assert fields.employment_type == "full_time"  # seasonal content is no seasonal job
    assert [loc.city for loc in fields.locations] == ["Cork"]


def test_batch_37s_tab_titles_search_boxes_and_places() -> None:
    text = (
        "Tejo Rides is hiring: Analytics Engineer (f/m/x) in Porto, Porto, Portugal | LinkedIn\nLinkedIn\n"
        "Data Analyst in Berlin, Germany\nSearch\nAnalytics Engineer (f/m/x)\nTejo Rides\nPorto, Porto, Portugal\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, [loc.city for loc in fields.locations]) == (
        "Analytics Engineer",
        "Tejo Rides",
        ["Porto"],
    )  # not the search box's role and city
    text = "Ondaverde Charging - Analytics Engineer\nAnalytics Engineer\n\nAbout\nOndaverde runs charging points.\n"
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Ondaverde Charging", None)  # a careers tab: the employer, then the role
    text = (
        "About the team\nThe Merchant Growth squad at Kestrel Pay looks after onboarding. Kestrel Pay is a payments firm.\n\n"
        "We are looking for a Product Data Analyst to join the squad.\n\nWhat we offer\n"
        "- Hybrid work from our office near Rondo Daszyńskiego in Warsaw\n"
    )
    fields = fields_of(text)
    assert (fields.company, [loc.city for loc in fields.locations]) == ("Kestrel Pay", ["Warsaw"])
    text = "Marketing Analyst\nLumen Basket\n\nAbout\nThis is an on-site role, five days a week at our Paya Lebar headquarters.\n"
    assert names(fields_of(text).locations) == ["Singapore, SG"]  # a district of the city-state
    text = "Data Scientist\nPrairieline\nOmaha, NE\n\nVoluntary self-identification\nOMB Control Number 1250-0005\n"
    assert fields_of(text).job_id is None  # a federal form's number


def test_batch_38s_feed_posts_breadcrumbs_menus_and_portals() -> None:
    text = (
        "LinkedIn\nFeed post\nPriya Rowntree\nSenior Consultant – Data & Cloud at Ashlea Talent | Contract & Perm\n"
        "2d • Edited •\n\n🚨 CONTRACT ROLE 🚨 Lead Data Engineer – 6 months – Inside IR35\n\nMy client needs a lead.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Lead Data Engineer", "Ashlea Talent")  # not the author's own job
    text = (
        "ISARHOF | Karriere\nStartseite / Karriere / Offene Stellen / Werkstudent (m/w/d) Data Analytics\n"
        "Werkstudent (m/w/d) Data Analytics\nStandort: Augsburg\n\nÜber uns\nWir bauen Räder.\n"
    )
    assert fields_of(text).title == "Werkstudent Data Analytics"
    text = (
        "Werkstudent:in Data Analytics (m/w/d) - Almhof Energie - Karriere\nAlmhof Energie\nStandorte\nDE | EN\n"
        "Werkstudent:in Data Analytics (m/w/d)\nGraz\nTeilzeit\n\nÜber uns\nWir liefern Strom.\n"
    )
    assert [loc.city for loc in fields_of(text).locations] == ["Graz"]  # the menu's language switch is no country
    text = "BI Analyst (w/m/d) | Donaublick Versicherung AG – Karriereportal\nBI Analyst (w/m/d)\nWien\n\nÜber uns\nWir versichern.\n"
    assert fields_of(text).company == "Donaublick Versicherung AG"
    text = "Data Engineer\nMaison Drôme\nLyon\n\nCe que nous offrons- Hybrid: 3 days in the office- Prise de poste : mars 2027\n"
    assert fields_of(text).start == "March 2027"


def test_a_careers_tab_names_no_town_and_a_start_label_run_into_its_value() -> None:
    text = (
        "Careers | Marlow & Finch Insurance\nHome  >  Careers  >  Analytics Engineer\nAnalytics Engineer\n"
        "London, United Kingdom | Hybrid | Permanent, full time\n\nAbout\nWe insure.\n"
    )
    assert [loc.city for loc in fields_of(text).locations] == ["London"]  # not Marlow, Buckinghamshire
    text = (
        "Werkstudent (m/w/d) Data Analytics\nIsarhof Mobility\n"
        "StandortMünchenArbeitszeitTeilzeit (15–20 Std./Woche)Startab 01.02.2027Vergütung\n\nÜber uns\nWir bauen Räder.\n"
    )
    assert fields_of(text).start == "February 2027"


def test_a_short_question_inside_a_cookie_banner_does_not_end_the_header() -> None:
    text = (
        "Information Analyst - Job Details - NHS Jobs\nSkip to main content\nCookies on NHS Jobs\n"
        "We've put some small files called cookies on your device to make our site work.\n"
        "Let us know if this is OK.\nYes, I'm OK with analytics cookies\nDo not use analytics cookies\n"
        "NHS Jobs\nSign in\nBack\nInformation Analyst\nMercia Valley Hospitals NHS Foundation Trust\n"
        "The closing date is 14 December 2026\nApply now\nJob summary\nYou will produce reports for the Trust Board.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Information Analyst", "Mercia Valley Hospitals NHS Foundation Trust")


@pytest.mark.parametrize(
    ("hours", "kind"),
    [
        ("Hours: 22.2 hours per week. We are looking for someone to join us on a part-time basis.", "part_time"),
        ("Working pattern: Full-time, Job share, Part-time", "full_time"),  # both offered: the label stands
    ],
)
def test_a_permanent_contract_label_names_the_term_not_the_hours(hours: str, kind: str) -> None:
    text = f"Performance Officer\nMedway Weald Borough Council\nContract: Permanent\n\nThe role\n{hours}\n"
    assert fields_of(text).employment_type == kind


def test_a_university_boards_placed_on_label_is_the_posted_date() -> None:
    text = "Research Data Analyst\nUniversity of Lowmoor\nPlaced On:\n24th November 2026\nCloses:\n10th December 2026\n\nAbout\nYou analyse.\n"
    assert fields_of(text).posted == date(2026, 11, 24)


def test_a_reference_whose_letters_spell_wfo_says_nothing_of_the_office() -> None:
    text = (
        "Marketing Data Analyst\nWrenfield Outdoor\nLocation: Bristol\nReference: WFO-MDA-0112\n\n"
        "Job Description\nHow we work: hybrid. Most of the team spends 2 days a week in the office.\n"
    )
    assert fields_of(text).workplace == "hybrid"


def test_an_irish_agencys_glued_strip_gives_its_posted_date_and_reference() -> None:
    text = (
        "Quality Data Analyst\nTreaty Recruitment\n"
        "LocationLimerick, Co. LimerickJob TypeTemporarySectorMedical DevicesDate Posted20-Nov-2026RefTR-10452\n\n"
        "The role\nYou analyse batch records.\n"
    )
    fields = fields_of(text)
    assert (fields.posted, fields.job_id) == (date(2026, 11, 20), "TR-10452")


def test_a_posting_that_opens_by_introducing_its_employer_names_the_company() -> None:
    text = (
        "Marketing Data Analyst\n\nKnolwerk is the Netherlands' fastest-growing meal-kit subscription. We're looking for "
        "a Marketing Data Analyst.\n\nWhat we offer\n- A free Knolwerk box every week\n"
    )
    assert fields_of(text).company == "Knolwerk"


def test_a_teams_heading_above_the_text_yields_to_the_employer_the_text_names_itself() -> None:
    text = (
        "Responsibilities\nAbout Merchant Risk\n"
        "The Merchant Risk team at Lumora keeps the marketplace safe for millions of shoppers and sellers. We detect fraud "
        "in real time and build the tooling our investigators use across the Lumora app and Lumora Pay.\n\n"
        "We are looking for students to join us for an internship starting from June 2027. Internships at Lumora give "
        "students real ownership of production work.\n\n"
        "Candidates must be available for one of the following internship periods:\n- June 2027 to September 2027\n\n"
        "Responsibilities\n- Build risk features.\n\nLumora is committed to building an inclusive workplace.\n\n"
        "About Lumora\nFounded in 2016, Lumora operates a social shopping app.\n"
    )
    assert fields_of(text).company == "Lumora"


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "For our client, an insurer, we recruit a Pricing Analyst into their growing Pricing & Underwriting Analytics team.",
            "Pricing & Underwriting Analytics",
        ),
        ("Reporting to the Manager, Data & Analytics, the Senior BI Analyst designs our reporting.", "Data & Analytics"),
        ("Reporting to the Head of Data, you will build dashboards.", None),  # a wider unit as often as the team
    ],
)
def test_a_team_named_by_an_agency_or_by_its_managers_title(sentence: str, team: str | None) -> None:
    assert _in_a_posting(sentence).team == team


def test_skills_of_health_analytics_and_event_pipelines_and_a_tool_one_has_knowledge_of() -> None:
    fields = _in_a_posting(
        "You write SQL against Epic Clarity and Caboodle, build Cogito dashboards in Epic Cogito, route events with "
        "RudderStack and need deep Snowflake knowledge."
    )
    assert {"Epic Clarity", "Epic Caboodle", "Epic Cogito", "RudderStack", "Snowflake"} <= set(fields.skills)


def test_a_cohort_of_interns_sought_in_lower_case_names_the_title() -> None:
    text = (
        "Responsibilities\nCorvane\n\nWe are looking for data analyst interns to join Risk Analytics from March 2027. "
        "Our internship programme gives students real ownership.\n\nResponsibilities\n- Write SQL.\n"
    )
    assert fields_of(text).title == "Data Analyst Intern"


def test_south_east_european_boards_labels() -> None:
    romanian = (
        "Data Analyst\nVeltrano Retail Solutions SRL\nOraș: București\nTip job: Full time\nLimbi: Engleză, Română\n"
        "Actualizat: 24.11.2026\n\nWho we are\nWe price groceries. One month of temporary accommodation is offered.\n"
    )
    fields = fields_of(romanian)
    assert (names(fields.locations), fields.posted) == (["Bucharest, RO"], date(2026, 11, 24))
    assert fields.employment_type == "full_time"  # not 'temporary', from the accommodation
    bulgarian = "BI Developer\nKronos Data Services EOOD\nПубликувана: 21.11.2026Ref.№: KDS-BI-1126\n\nAbout\nYou model.\n"
    fields = fields_of(bulgarian)
    assert (fields.posted, fields.job_id) == (date(2026, 11, 21), "KDS-BI-1126")
    croatian = (
        "Analytics Engineer\nLumeris Osiguranje d.d.\nMjesto rada: Zagreb\nVrsta zaposlenja: Puno radno vrijeme\n\n"
        "About us\nWe insure.\n\nPlanned start of work: 01.02.2027.\n"
    )
    fields = fields_of(croatian)
    assert (names(fields.locations), fields.employment_type) == (["Zagreb, HR"], "full_time")
    assert fields.start == "February 2027"


def test_a_remote_country_ends_its_clause_at_a_comma_and_with() -> None:
    text = "Data Engineer\nHalkidon\n\nBenefits\n- Fully remote within Greece, with a quarterly team week in Athens\n"
    assert names(fields_of(text).locations) == ["GR"]


def test_a_range_split_over_three_lines_is_one_range() -> None:
    text = "Data Analyst\nMeridian Harbour Logistics Pte. Ltd.\nSingapore\n$5,500\nto\n$7,200\nMonthly\n\nAbout\nYou analyse.\n"
    assert fields_of(text).pay == Pay(5500, 7200, "SGD", "month")


def test_a_town_under_a_city_in_a_places_list_is_no_company() -> None:
    text = (
        "Data Engineer\nlocations: 2 Locations\nGroningen, The Netherlands\nWageningen, The Netherlands\n"
        "time type: Full time\n\nAs a Data Engineer at Groenveld Agri Genetics you build data foundations. "
        "Groenveld Agri Genetics breeds potatoes.\n"
    )
    fields = fields_of(text)
    assert fields.company != "Wageningen"
    # The second place is a town too small for the gazetteer, kept in the list's country as the list writes it.
    assert names(fields.locations) == ["Groningen, NL", "Wageningen, NL"]


def test_seeks_menu_and_view_all_jobs_link_are_no_company() -> None:
    text = (
        "Data Engineer Job in Sydney NSW - SEEK\nSEEKJob searchProfileCareer adviceCompany reviewsEmployer site\n"
        "Sign inEmployer site\nData Engineer\nBanksia Mutual\n\nAbout the role\nYou build pipelines.\n"
    )
    assert fields_of(text).company == "Banksia Mutual"
    text = "BI Analyst\nKestrel Pacific Insurance LimitedView all jobs\nQuarry Bay\n\nAbout\nYou report.\n"
    assert fields_of(text).company == "Kestrel Pacific Insurance Limited"


def test_a_companys_address_below_the_header_yields_to_the_headers_places() -> None:
    text = (
        "Data Analyst\nNilgiri Commerce Labs Pvt. Ltd.\n12-18 Lacs P.A.\nBengaluru(Whitefield), Hyderabad\n"
        "Apply   Save\n\nJob description\nYou analyse orders.\n\nAbout company\nWe sell software.\n"
        "Address: 4th Floor, Prestige Tech Park, Whitefield, Bengaluru, Karnataka, India\n"
    )
    assert names(fields_of(text).locations) == ["Bengaluru, IN", "Hyderabad, IN"]


def test_headings_in_square_brackets_open_their_sections() -> None:
    text = (
        "Product Analyst\nHanbit Market\n\n[Qualifications]\n- Bachelor's degree or higher in a quantitative field\n\n"
        "[Preferred]\n- Master's degree in Statistics or Economics\n"
    )
    assert fields_of(text).degree == ("bachelor",)


def test_a_home_base_office_names_the_place() -> None:
    fields = _in_a_posting("Your home base is our Rotterdam office (Katendrecht), where the team meets Tuesday to Thursday.")
    assert names(fields.locations) == ["Rotterdam, NL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("55.000 €/año - 68.000 €/año", Pay(55000, 68000, "EUR", "year")),  # a unit with a letter outside a-z
        ("💰 Remuneração: até R$ 22.000 mensais no regime CLT", Pay(None, 22000, "BRL", "month")),  # a ceiling
    ],
)
def test_iberian_and_latin_american_pay(text: str, expected: Pay) -> None:
    assert find_pay(text).value == expected


def test_a_companys_size_in_millions_is_no_pay() -> None:
    assert find_pay("Cordillera Pay es la plataforma de pagos que procesa más de USD 900 millones al año.").value is None


def test_a_brazilian_boards_headline_tags_and_registered_name() -> None:
    text = (
        "Engenheiro(a) de Dados - PJ - Remoto | Catho\nVaga de Engenheiro(a) de Dados\nAnunciada em 22/11/2026\n"
        "Nuvemar Tecnologia Ltda.  |  1 vaga: Home Office (Brasil)\n\nDescrição\nA Nuvemar é uma startup.\n"
        "Requisitos:\n- Formação superior em Computação.\nDiferenciais: experiência com Kafka; mestrado na área.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.workplace) == ("Nuvemar Tecnologia Ltda.", None, "remote")
    assert (fields.employment_type, fields.posted, fields.degree) == ("contract", date(2026, 11, 22), ())


def test_an_argentine_boards_similar_ads_are_no_pay() -> None:
    text = (
        "Data Engineer Semi Senior\nTandil Software Factory\nSalario: A convenir\n\nDescripción\n"
        "Construís y mantenés los pipelines de datos de nuestros clientes de retail y logística en AWS, con dbt y Airflow.\n"
        "Código de aviso: TSF-DE-0417\nAvisos similares\nData Engineer Sr - Córdoba - $3.800.000 a $4.500.000 brutos mensuales\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.job_id) == (None, "TSF-DE-0417")


def test_an_apec_page_names_its_employer_beside_the_titles_return() -> None:
    text = (
        "Data Analyst H/F - Offre d'emploi Apec\nApec - Association pour l'emploi des cadres\nCandidat  Recruteur\n"
        "Mon espace   Se connecter\nData Analyst H/F\nGROUPE VERDANNE ASSURANCES\nRef. Apec : 178452391W\nCDI\n\n"
        "Descriptif du poste\nVous analysez les sinistres.\n"
    )
    assert (fields_of(text).company or "").lower() == "groupe verdanne assurances"


def test_a_swiss_boards_similar_jobs_are_no_pay() -> None:
    text = (
        "Business Analyst BI\nLéman Assurances SA\nSalaire : selon profil\n\nVos tâches\n"
        "Vous concevez les rapports de pilotage de nos directions commerciales et financières, avec Power BI et SQL Server.\n"
        "Emplois similaires\nAnalyste BI (100%) – Vaudoise Services – Lausanne – CHF 105'000 – 120'000\n"
    )
    assert fields_of(text).pay is None


def test_a_french_boards_tab_title_and_work_study_contract() -> None:
    text = "Offre Alternance Chargé d'études statistiques H/F - Nantes (44) | HelloWork\n\nMissions\nTu analyses.\n"
    assert fields_of(text).title == "Chargé d'études statistiques"
    text = "Chargé d'études statistiques\nOcéane Mutualité\nType de contrat : Alternance\n\nMissions\nTu analyses.\n"
    assert fields_of(text).employment_type == "intern"


@pytest.mark.parametrize(
    "sentence",
    [
        "→ Colocar modelos em produção no Databricks com MLflow, junto ao time de MLOps",
        "Trabajarás junto al equipo de Riesgos en los modelos de scoring.",
    ],
)
def test_a_team_worked_beside_is_not_the_hires_team(sentence: str) -> None:
    assert _in_a_posting(sentence).team is None


def test_a_tab_titles_last_part_is_the_company_the_text_describes() -> None:
    text = (
        "Staff Backend Engineer, Ledger - Tidewell\nProduct\nPricing\nCustomers\nAbout\nCareers\nBlog\n"
        "Staff Backend Engineer, Ledger\nRemote\n\nWhy we exist\nSmall farms run on thin margins. Tidewell gives growers "
        "and co-ops a single account to get paid by buyers.\n"
    )
    assert fields_of(text).company == "Tidewell"


def test_a_posted_date_that_reads_either_way_is_flagged() -> None:
    review = extract(
        RawPosting("t.txt", "BI Developer\nHalvorsen\nBrno, Czech Republic\nPosted: 11/3/2026\n\nAbout\nYou build.\n")
    )
    assert review.fields.posted == date(2026, 3, 11)
    assert "either way" in (review.fields.review.get("posted") or "")
    review = extract(
        RawPosting("t.txt", "BI Developer\nHalvorsen\nBrno, Czech Republic\nPosted: 13/11/2026\n\nAbout\nYou build.\n")
    )
    assert "posted" not in review.fields.review


def test_a_workday_panel_run_into_the_title_and_the_office_of_the_office_days() -> None:
    text = (
        "Vandermeer Photonics Careers\nSearch for Jobs\nData Analyst Traineelocations: Eindhoven, The Netherlandstime type: "
        "Full timeposted on: Posted 30+ Days Agojob requisition id: R-20931\n\nAbout\nYou analyse the factory floor.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.job_id) == (["Eindhoven, NL"], "R-20931")
    fields = fields_of("Lead Data Engineer\nHybrid - 2 days a week in the Leeds office\nPermanent\n\nThe role\nYou lead.\n")
    assert names(fields.locations) == ["Leeds, GB"]


def test_a_careers_sites_department_line_above_the_title_is_not_the_title() -> None:
    text = (
        "Vacancies | Harbourline Medical - Harbourline Medical\nSkip to content\nCareers\nBristol\n"
        "Science & Engineering - Data Science\nLead Data Scientist\nApply now\n\nWho we are\nWe build monitors.\n"
    )
    assert fields_of(text).title == "Lead Data Scientist"


def test_a_grade_a_way_of_working_and_a_department_line_are_no_team_and_no_company() -> None:
    text = "Analytics Engineer (Band C) - Supply Chain Forecasting\nMercado Norte\nMadrid\n\nThe role\nYou model.\n"
    assert fields_of(text).team is None
    assert _in_a_posting("• Work in an Agile/Scrum team with BAs, QA and the client's architects").team is None
    text = (
        "Open Roles | Careers | Lyncroft Diagnostics\nSkip to content\nMenu\nProducts\nCareers\nBristol\n"
        "Science & Technology - Data Science\nData Scientist II\nApply now\nBack to all roles\nWho we are\n"
        "Lyncroft Diagnostics\nbuilds point-of-care blood analysers used in GP surgeries.\nThe role\n"
        "We are hiring a Data Scientist\nto join the Device Insights squad.\n"
    )
    fields = fields_of(text)
    assert fields.company in (None, "Lyncroft Diagnostics")  # the department line is neither company nor title
    assert fields.title == "Data Scientist II"


def test_a_careers_tab_that_names_its_site_twice_names_the_company_once() -> None:
    text = (
        "Careers | Harbourline Diagnostics - Harbourline Diagnostics\nSkip to content\nCareers\nBristol\nData Engineer\n"
        "Apply now\n\nWho we are\nWe build blood analysers for hospitals.\n"
    )
    assert fields_of(text).company == "Harbourline Diagnostics"


def test_batch_39s_remote_days_seasons_and_a_department_link() -> None:
    text = "Marketing Analyst\nLumen & Loom\nParis\n\nPractical\nOffice: our Paris office near Oberkampf, with 2 remote days per week\n"
    assert fields_of(text).workplace == "hybrid"
    text = (
        "Data Analyst\nDonaublick Versicherung AG\nWien\n\nUnser Angebot\n"
        "Die Möglichkeit, bis zu zwei Tage pro Woche im Home-Office zu arbeiten.\n"
    )
    assert fields_of(text).workplace == "hybrid"
    text = (
        "Senior Data Analyst\nKorvo Games\nKraków\n\nAbout\nKorvo Games is a studio. We're preparing a third launch for "
        "spring 2027.\n"
    )
    assert fields_of(text).start is None  # a game's launch, not the job's start
    text = "Quillstack — Careers\n← All open positions\nEngineering\nSenior Backend Engineer\nBerlin\n\nAbout\nWe build.\n"
    assert fields_of(text).title == "Senior Backend Engineer"


def test_another_things_period_beside_the_salary_is_not_its_period() -> None:
    line = (
        "Based in Edinburgh, with two days a week in the office and the rest from home. Salary £48,000 - £56,000 plus "
        "a discretionary annual bonus. Full-time, 35 hours a week."
    )
    assert find_pay(line).value == Pay(48000, 56000, "GBP", "year")  # inferred: no cue here is the salary's


def test_a_label_glued_to_a_value_parts_unless_a_sentence_runs_up_to_it() -> None:
    row = unglue_fields("Tipologia contratto: Tempo indeterminatoOrario: Full timeModalità di lavoro: Ibrida")
    assert row.split("\n") == ["Tipologia contratto: Tempo indeterminato", "Orario: Full time", "Modalità di lavoro: Ibrida"]
    line = "- Keep our PostgreSQL and ClickHouse clusters: tuned and backed up"
    assert unglue_fields(line) == line  # a camel-cased name in a sentence, not 'Click' then a label


def test_batch_40s_pages_pasted_without_breaks_and_glued_headers() -> None:
    page = (
        "Claims Analyst job in York | Brook & Vale RecruitmentBrook & ValeJobsSectorsContactThis site uses cookies. "
        "Accept allHome › Jobs › Claims Analyst‹ Back to search resultsClaims AnalystLocationYork, North Yorkshire"
        "Salary£40,000 - £44,000 per annumJob typePermanentHoursFull TimeJob refBV-2611-0042ConsultantAmy Reed Apply now"
        "Save jobBrook & Vale are partnering with an insurer to find a Claims Analyst for their team in York. You will "
        "build reporting in SQL and explain it to claims leaders, and work with the pricing team on trends.Similar jobs"
        "Claims Handler – MotorLeeds£28,000 per annumTemporary"
    )
    posting = extract(RawPosting("page.txt", page))
    fields = posting.fields
    assert "Claims Handler" not in posting.body  # 'Similar jobsClaims Handler …': the trailer cuts, glued as it is
    assert fields.title == "Claims Analyst"
    assert fields.job_id == "BV-2611-0042"
    assert fields.employment_type == "full_time"  # not the other job's 'Temporary'
    text = (
        "Careers | Harbourline\n← All open roles\nProduct Analyst Intern, Fall 2027Denver, CO; Austin, TXApply\n"
        "Harbourline builds software for ports.\n"
    )
    assert fields_of(text).title == "Product Analyst Intern"
    text = (
        "Risk Analyst\nApply\nlocations2 Locationstime typeFull time\nAbout the role\nThis position can be based in either "
        "of our regional hubs: Omaha, Nebraska or Des Moines, Iowa. You will build risk reports.\n"
    )
    assert [loc.city for loc in fields_of(text).locations] == ["Omaha", "Des Moines"]
    text = (
        "Analyste de données\nPostuler\nemplacementsSherbrooketype de postePlein temps"
        "publié leAffiché il y a 2 jours)ID de réquisitionR-889120\n"
        "Votre rôle : vous analysez le crédit.Entrée en fonction : 8 février 2027\n"
    )
    fields = fields_of(text)
    assert fields.job_id == "R-889120"
    assert fields.start == "February 2027"


def test_work_from_office_and_a_b2b_contract() -> None:
    text = "Data Engineer\nSaffron Grid\n📍 Location: Pune (Hinjewadi) – WFO, 5 days a week\n\nAbout\nWe build grids.\n"
    assert fields_of(text).workplace == "onsite"
    text = (
        "Analytics Engineer\nWisła Data\nWrocław\n\nWhat we offer\n- B2B contract: 120–150 PLN/h net + VAT\n"
        "- We are a B2B SaaS company\n"
    )
    assert fields_of(text).employment_type == "contract"
    text = "Analytics Engineer\nWisła Data\nWrocław\n\nAbout\nWe are a B2B SaaS company selling to retailers.\n"
    assert fields_of(text).employment_type is None


def test_a_value_run_into_the_next_field_parts() -> None:
    row = unglue_fields("Praktikant:in · TeilzeitStuttgart, Hauptsitz FeuerbachMarketing")
    assert row.split("\n")[:2] == ["Praktikant:in · Teilzeit", "Stuttgart, Hauptsitz FeuerbachMarketing"]


def test_the_same_pay_with_its_period_said_is_taken_over_the_headers() -> None:
    text = "Compensation\nCHF 125K – CHF 145K\n\nWhat we offer\nCHF 125'000 – 145'000 per year, plus options\n"
    finding = find_pay(text)
    assert finding.value == Pay(125000, 145000, "CHF", "year")
    assert finding.review is None


def test_dates_written_year_first() -> None:
    assert parse_date("2026/11/18") == date(2026, 11, 18)
    assert parse_date("2026.11.18") == date(2026, 11, 18)
    assert parse_date("2026年11月18日") == date(2026, 11, 18)
    text = "Analytics Engineer\nHoshimi Retail K.K.\n掲載日 / Posted: 2026/11/18\nLocation  Tokyo\n"
    assert fields_of(text).posted == date(2026, 11, 18)
    text = "Data Engineer\nHarbourline Energy\nWellington\nListed Monday, 16 November 2026\n"
    assert fields_of(text).posted == date(2026, 11, 16)


def test_a_recruiters_email() -> None:
    text = (
        "From: Rania Haddad <rania.haddad@meridiantalent.ae>\nTo: karim@gmail.com\nDate: Tue, 24 Nov 2026 10:42:17 +0400\n"
        "Subject: Senior Data Engineer | Dubai (DIFC) | AED 38-44k/month tax-free\n\nHi Karim,\n\n"
        "I'm retained by a digital bank and can share the client's name once we have spoken.\n\nKind regards,\n\n"
        "Rania Haddad\nSenior Consultant\nMeridian Talent Partners FZ-LLC\nwww.meridiantalent.ae\n"
    )
    fields = fields_of(text)
    assert fields.title == "Senior Data Engineer"  # not 'Subject: …'
    assert fields.company == "Meridian Talent Partners FZ-LLC"  # the signature that spells the sender's domain
    assert fields.team is None  # 'Dubai (DIFC)': a part of the city
    # A personal mailbox names no employer.
    assert fields_of(text.replace("meridiantalent.ae>", "gmail.com>")).company is None


def test_places_pasted_from_boards_around_the_pacific() -> None:
    text = "Senior Data Analyst\nCoastline Mutual\nMelbourne VIC (Hybrid)Analysis & Reporting (Information Technology)\n"
    assert names(fields_of(text).locations) == ["Melbourne, VIC, AU"]
    # A '$' says the US only when nothing better does: here the careers site's domain says New Zealand.
    text = (
        "Data Engineer\nHarbourline Energy\nWellington\n$105,000 - $118,000 per year\n\n"
        "Apply at https://careers.harbourline.co.nz/jobs/0412\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Wellington, NZ"]
    assert fields.pay == Pay(105000, 118000, "NZD", "year")
    # APAC is a part of the world, not the town of Apac; 'New Zealand' counts though its first word is short.
    assert places_in_line("Remote - APAC")[0] == []
    text = (
        "Staff Data Engineer\nFernhill\nRemote - APAC\n\nThis role is fully remote. We can hire in Australia, New Zealand, "
        "Singapore and the Philippines.\n"
    )
    assert names(fields_of(text).locations) == ["AU", "NZ", "SG", "PH"]


def test_a_boards_menu_and_its_count_of_places() -> None:
    text = (
        "Analytics Engineer - Ledgerline | Built In\nBuilt In\nJobs\nCompanies\nArticles\nSalaries\nRemote\nTech Hubs\n"
        "For Employers\nLedgerline\nAnalytics Engineer\nPosted 3 Days Ago\nHybrid\n3 Locations\n120K-150K Annually\n"
        "Mid level\nApply\n\nAustin, TX, USA\nDenver, CO, USA\nChicago, IL, USA\n\nAbout\nWe build ledgers.\n"
    )
    fields = fields_of(text)
    assert fields.workplace == "hybrid"  # the menu's 'Remote' is a link
    assert [p.city for p in fields.locations] == ["Austin", "Denver", "Chicago"]


def test_teams_named_by_boards_and_agencies() -> None:
    text = "Data Engineer\nShomrim Security\nTel Aviv-Yafo, Tel Aviv District, Israel · R&D · Experienced · Full-time\n"
    assert fields_of(text).team == "R&D"  # Comeet's row: the department after the place
    text = (
        "SQL Data Analyst (Contract-to-Hire)\nBrightpath Technical Staffing\nCharlotte, NC\n\nAbout\n"
        "The analyst will sit with the client's Member Insights group and own recurring reporting.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.team, fields.employment_type) == ("SQL Data Analyst", "Member Insights", "contract")
    text = (
        "Mathematical Statistician\nDepartment of Commerce\nService\nCompetitive\n\nDuties\n"
        "As a Mathematical Statistician in the Regional Accounts Division, you will develop methods.\n"
    )
    assert fields_of(text).team == "Regional Accounts"  # USAJobs' 'Service: Competitive' is no team


def test_a_university_and_its_faculty() -> None:
    text = (
        "Research Data Analyst II | Lakeshore State University Careers\nLakeshore State University\n"
        "Human Resources > Careers\n\nResearch Data Analyst II\nSchool/College: Zilber-Kane School of Public Health\n"
        "\nPosition Summary\nLakeshore State University is seeking an analyst.\n"
    )
    assert fields_of(text).company == "Lakeshore State University"
    text = (
        "Liffey Technological University\nHuman Resources – Current Vacancies\n\nJob Title: Lecturer in Physics\n"
        "School: School of Physics\n\nAbout\nLiffey Technological University is a university in Dublin.\n"
    )
    assert fields_of(text).company == "Liffey Technological University"  # not its HR office, nor its School


def test_terms_of_employment_and_a_temporary_resident() -> None:
    text = (
        "business data analyst\nCredit Valley Cold Storage Ltd.\nMississauga (ON)\n\nOverview\nWe store food.\n\n"
        "Terms of employment\nPermanent employment\n\nWho can apply\nA Canadian citizen, a permanent or temporary resident.\n"
    )
    assert fields_of(text).employment_type == "full_time"
    text = "Data Analyst\nAcme\n\nAbout\nA permanent role.\n\nWho can apply\nA citizen, a permanent or temporary resident.\n"
    assert fields_of(text).employment_type == "full_time"


def test_a_share_of_the_days_a_late_month_and_degrees_with_stops() -> None:
    text = (
        "Marketing Data Analyst\nWattle & Finch\n\nThe details: You'll be in the studio at least two of your three days and "
        "can work from home on the other. We'd love you to start in late January 2027.\n"
    )
    fields = fields_of(text)
    assert (fields.workplace, fields.start) == ("hybrid", "January 2027")
    assert levels_in("B.Sc. or M.Sc. in Computer Science") == {"bachelor", "master"}
    text = "Data Scientist\nKiranakart\n\nWhat you get\n- ESOPs\n\nEducation\nUG: B.Tech/B.E. in Any Specialization\n"
    assert fields_of(text).degree == ("bachelor",)  # 'Education' opens a section of its own, not more benefits


@pytest.mark.parametrize("code", ["VND", "SAR", "QAR", "TWD", "THB", "EGP", "KES", "PEN", "UAH"])
def test_every_currency_code_is_looked_for(code: str) -> None:
    assert find_pay(f"Salary: 45,000 - 55,000 {code} per month").value == Pay(45000, 55000, code, "month")


def test_nordic_and_spanish_teams_and_a_choice_of_offices() -> None:
    text = (
        "Dataanalytiker\nVästkust Frakt AB\nGöteborg\n\nOm tjänsten\nNu förstärker vi vårt team Transportanalys med en "
        "dataanalytiker.\nTjänsten kan utgå från vårt kontor i Göteborg eller i Oslo.\nReferens: VF-2611\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.job_id) == ("Transportanalys", "VF-2611")
    assert names(fields.locations) == ["Gothenburg, SE", "Oslo, NO"]
    # Two krone countries: the krone of the posting's own language ('Månadslön' is Swedish).
    assert fields_of(text + "\nLön\nMånadslön 45 000 – 52 000 kr.\n").pay == Pay(45000, 52000, "SEK", "month")
    text = (
        "Analista BI\nGrupo Turia\nValencia\n\nSobre el puesto\nBuscamos un/a Analista para incorporarse al departamento "
        "de Sistemas y Datos en nuestras oficinas de Valencia.\n"
    )
    assert fields_of(text).team == "Sistemas y Datos"
    # Naukri's 'Department' sits among the board's own categories: not the hiring team.
    text = "Data Scientist\nKiranakart\nBengaluru\n\nRole: Data Scientist\nIndustry Type: E-Commerce\nDepartment: Data Science\n"
    assert fields_of(text).team is None


def test_a_boards_banner_and_cookie_heading_are_no_header() -> None:
    text = (
        "Staff Nurse - Acute Medical Unit - Job Advert - NHS Jobs\nCookies on NHS Jobs\nWe've put some small files called "
        "cookies on your device.\nNHS Jobs\nSign in   Create an account\nBeta   Your feedback will help us improve this service.\n"
        "< Back to search results\n\nStaff Nurse - Acute Medical Unit\nCalder and Aire Hospitals NHS Foundation Trust\n\n"
        "Job summary\nWe offer:\n- Free onsite staff health and wellbeing hub\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Staff Nurse", "Calder and Aire Hospitals NHS Foundation Trust")
    assert fields.workplace is None  # an onsite staff hub is a benefit, not the way of working


def test_an_apprentices_day_at_college_is_not_a_day_at_home() -> None:
    text = (
        "Apprentice Electrician\nSevern Spark Electrical\nBristol\n\nThe role\nYou will spend 4 days a week on site with one "
        "of our electricians and 1 day a week at college (City of Bristol College), leading to the Level 3 qualification.\n"
    )
    assert fields_of(text).workplace is None


@pytest.mark.parametrize(
    ("headline", "title", "team", "kind"),
    [
        ("Pharmacist (Maternity Cover) - Galway - Corrib Community Pharmacies", "Pharmacist", None, "temporary"),
        ("Docent wiskunde (0,6 fte) | Werken bij Van Houten Lyceum", "Docent wiskunde", None, "part_time"),
        (
            "Lohnverrechner:in (m/w/d) Teilzeit 20 Std./Woche - Job bei Donaublick GmbH in Linz",
            "Lohnverrechner:in",
            None,
            "part_time",
        ),
        ("Supervisor de Bodega - Turno Rotativo", "Supervisor de Bodega", None, None),
        ("Agente de Servicio al Cliente Bilingüe (Inglés) - Guadalajara", "Agente de Servicio al Cliente Bilingüe", None, None),
        (
            "Vaga de Estágio em Desenvolvimento de Software em Campinas - SP | Catho",
            "Estágio em Desenvolvimento de Software",
            None,
            "intern",
        ),
        ("Higher Executive Officer - Data Analyst, National Transport Data Office", "Data Analyst", None, None),
    ],
)
def test_headline_decorations(headline: str, title: str, team: str | None, kind: str | None) -> None:
    fields = fields_of(f"{headline}\n\nAbout\nWe are hiring.\n")
    assert (fields.title, fields.team, fields.employment_type) == (title, team, kind)


def test_pracujs_tab_title_names_the_employer_and_the_place() -> None:
    fields = fields_of(
        "Oferta pracy DevOps Engineer, Wisłosoft Sp. z o.o., Kraków, Podgórze - Pracuj.pl\n\nO projekcie\nWe build.\n"
    )
    assert (fields.title, fields.company) == ("DevOps Engineer", "Wisłosoft Sp. z o.o.")
    assert names(fields.locations) == ["Kraków, PL"]


def test_latin_american_terms_and_pesos() -> None:
    text = "Ingeniero Civil\nConstructora Andes S.A.S.\nRionegro, Antioquia\nTiempo Completo\n\nOferta\n- Contrato a término fijo por 12 meses.\n"
    assert fields_of(text).employment_type == "temporary"
    text = (
        "Supervisor de Bodega\nDistribuidora SpA\n\nBeneficios\n- Contrato inicial a plazo fijo por 3 meses y luego indefinido\n"
    )
    assert fields_of(text).employment_type is None  # a trial period before a permanent contract: no fixed term
    text = (
        "Analista de Datos\nDatalia S.L.\nMadrid, España\nJornada completa\n\n"
        "Ofrecemos\n- Contrato indefinido después de 3 meses a plazo fijo.\n"
    )
    assert fields_of(text).employment_type == "full_time"  # the same trial, named after the permanent contract
    text = (
        "Supervisor de Bodega | Laborum.cl\nDistribuidora Cordillera SpA\n\nBeneficios\n- Renta líquida: $1.150.000 mensuales\n"
    )
    assert fields_of(text).pay == Pay(1_150_000, 1_150_000, "CLP", "month")  # the peso of the board's country
    text = "Estágio em Desenvolvimento\nTecnoforma Ltda.\n\nSobre\nEstamos com vaga de estágio para o time de Produto Agro.\n"
    assert fields_of(text).team == "Produto Agro"
    assert levels_in("Cursando Bacharelado em Ciência da Computação") == {"bachelor"}
    assert names_role("Agente de Servicio al Cliente") and names_role("Estágio em Desenvolvimento de Software")


def test_an_irish_public_service_posting() -> None:
    text = (
        "Data Analyst\nNational Transport Data Office\n\nJob Overview\nWe are establishing a new Data Analytics Unit.\n\n"
        "Locations:\nDublin\nAthlone\nSligo\n\nSalary\nPPC scale:\n€55,840 - €57,466 - €59,091 - €60,720 - LSI-1 €70,486 - LSI-2 €72,117\n\n"
        "You may also be interested in\nStatistician - Central Statistics Office - Cork - €78,449 - €102,362\n"
    )
    fields = fields_of(text)
    assert fields.team == "Data Analytics"
    assert names(fields.locations) == ["Dublin, IE", "Athlone, IE", "Sligo, IE"]  # not South Africa's Athlone
    assert fields.pay == Pay(55840, 72117, "EUR", "year")  # the scale's first point to its last


def test_casual_work_and_a_reference_after_the_registered_number() -> None:
    text = "Barista\nKopi Sarang\nKuala Lumpur\nCasual/Vacation\n\nAbout\n- Chance to move into a full-time role later\n"
    assert fields_of(text).employment_type == "part_time"
    text = (
        "Marketing Analyst\nBrackenfold Home\n\nAbout\nWe sell homeware.\n\nYou may also be interested in\nCRM Executive | Leeds\n"
        "Brackenfold Home Ltd, Registered in England No. 04418872. Vacancy reference: BH-MKT-1127\n"
    )
    assert fields_of(text).job_id == "BH-MKT-1127"


def test_no_option_to_work_remotely_is_on_site() -> None:
    text = "business data analyst\nCredit Valley Ltd.\nMississauga (ON)\n\nOverview\nWork must be completed at the physical location.\n"
    assert fields_of(text).workplace == "onsite"
    text = "Analyst\nCredit Valley Ltd.\n\nOverview\nThere is no option to work remotely.\n\nBenefits\n- On-site amenities\n"
    assert fields_of(text).workplace == "onsite"


def test_spanish_and_portuguese_boards() -> None:
    text = (
        "Contador(a) General en Monterrey, Nuevo León | OCC\nOCC\n\nContador(a) General\n$32,000 Mensual\n"
        "Distribuidora Norteña de Aceros, S.A. de C.V.\nMonterrey, Nuevo León\nPublicada: 18 de noviembre de 2026\n\n"
        "Detalles\nTrabajo contable.\n\nId de la vacante: 20461837\n"
    )
    fields = fields_of(text)
    assert fields.company == "Distribuidora Norteña de Aceros, S.A. de C.V."  # a legal form's initials end no sentence
    assert (fields.posted, fields.job_id) == (date(2026, 11, 18), "20461837")
    text = (
        "ANALISTA DE MARKETING DIGITAL (M/F) - PORTO - Net-Empregos\n\nEmpresa: Casa Norte Home, Lda.\n\n"
        "Descrição\nPara reforçar a equipa de Growth & E-commerce na sede do Porto, procuramos um(a) Analista.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.team) == (
        "Analista de Marketing Digital",
        "Casa Norte Home, Lda.",
        "Growth & E-commerce",
    )
    text = (
        "Pessoa Analista de Dados Pleno - Risco & Fraude (PJ) - Pulsar Pagamentos\npulsar pagamentos | carreiras\n\n"
        "Descrição da vaga\nTrabalho 100% remoto, de qualquer lugar do Brasil (fuso de Brasília para reuniões).\n"
    )
    fields = fields_of(text)
    assert fields.company == "Pulsar Pagamentos"  # the careers site's name, as the tab title writes it
    assert names(fields.locations) == ["BR"]
    text = "Data Analyst\nRuta Verde Logística\n\nSobre\n¡Seguimos creciendo en el equipo de Pricing de Ruta Verde Logística!\n"
    assert fields_of(text).team == "Pricing"


def test_nordic_german_and_polish_postings() -> None:
    text = (
        "Dataanalytiker til Commercial Insights - Nordlys Energi A/S - Job i København V | Jobindex\n\nOm jobbet\n"
        "Nu søger vi en dataanalytiker til vores Commercial Insights-team.\n• Du har en relevant kandidatuddannelse, fx "
        "cand.polit.\nDu kan arbejde hjemmefra op til to dage om ugen.\nSøg stillingen og angiv ref.nr. NE-26-114.\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.workplace, fields.degree, fields.job_id) == (
        "Commercial Insights",
        "hybrid",
        ("master",),
        "NE-26-114",
    )
    text = "Lohnverrechner:in\nDonaublick GmbH\nLinz\n\nÜber uns\nZur Verstärkung unserer Personalabteilung suchen wir Sie.\n"
    assert fields_of(text).team == "Personalabteilung"
    text = "DevOps Engineer\nWisłosoft Sp. z o.o.\nKraków\n\nO nas\nProsimy o dopisanie w CV numeru referencyjnego: WS/DEVOPS/11/2026.\n"
    assert fields_of(text).job_id == "WS/DEVOPS/11/2026"


def test_linkedins_save_button_names_no_employer() -> None:
    text = (
        "Analytics Lead\nGrachtwerk Retail · Amsterdam · 2 weeks ago\nHybrid\nFull-time\n"
        "Save Analytics Lead at Grachtwerk Retail B.V.\n\nAbout the job\nWe sell bikes.\n"
    )
    assert fields_of(text).company == "Grachtwerk Retail"


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("vous rejoindrez le pôle Pilotage de la Performance, une équipe de six personnes.", "Pilotage de la Performance"),
        ("Du blir en del av avdelingen Analyse og markedsinnsikt, som teller ni personer.", "Analyse og markedsinnsikt"),
        (
            "Vous ferez partie de l'équipe Intelligence d'affaires – Crédit aux particuliers, qui fournit les indicateurs.",
            "Intelligence d'affaires – Crédit aux particuliers",
        ),
        ("Vous rejoignez l'équipe Data de notre siège et vous travaillerez avec la finance.", "Data"),  # no clause's end
        ("As an intern you'll be embedded with our Marketplace Pricing team.", "Marketplace Pricing"),
        ("The Data & Insights department, eight people, owns reporting.", "Data & Insights"),
    ],
)
def test_a_units_name_in_sentence_case_runs_to_its_clauses_end(sentence: str, team: str) -> None:
    assert fields_of(f"Analyste\nAcme\n\nLe poste\n{sentence}\n").team == team


def test_a_world_region_in_brackets_is_no_team() -> None:
    text = "Senior Analytics Engineer (LATAM) @ Tollan Labs\n\nAbout\nOur Data Platform group is four people.\n"
    assert fields_of(text).team == "Data Platform"


def test_welcome_to_the_jungle_puts_the_employer_above_the_title() -> None:
    text = (
        "Data Analyst (H/F) - Vellora - CDI à Lyon - Welcome to the Jungle\nTrouver un job  Trouver une entreprise\nVellora\n"
        "Data Analyst (H/F)\nCDI\nLyon\n\nLe poste\nVellora équipe 9 000 restaurants.\n"
    )
    assert fields_of(text).company == "Vellora"  # not another language's name for Vellore, India


def test_an_adzuna_response(tmp_path: Path) -> None:
    record = {
        "count": 87,
        "results": [
            {
                "id": "4987123301",
                "title": "BI Developer",
                "description": "Pennine Mutual is an insurer. Salary: up to £52,000 depending on experience. Ref: PM-BI-2611.",
                "created": "2026-11-21T08:15:33Z",
                "company": {"display_name": "Pennine Mutual"},
                "location": {"display_name": "Leeds, West Yorkshire", "area": ["UK", "Leeds"]},
                "salary_min": 41873.22,
                "salary_max": 41873.22,
                "salary_is_predicted": "1",
                "contract_time": "full_time",
            },
            {"id": "2", "title": "Other job", "company": {"display_name": "Other Co"}},
        ],
    }
    path = tmp_path / "adzuna.txt"
    path.write_text("GET https://api.adzuna.com/v1/api/jobs/gb/search/1\n200 OK\n\n" + json.dumps(record, indent=2))
    fields = extract(read_raw(path)).fields
    assert (fields.title, fields.company, fields.posted) == ("BI Developer", "Pennine Mutual", date(2026, 11, 21))
    assert [p.city for p in fields.locations] == ["Leeds"]
    assert fields.employment_type == "full_time"
    assert fields.pay == Pay(None, 52000, "GBP", "year")  # the employer's 'up to', not Adzuna's predicted figure


def test_an_agency_named_by_posted_by_and_by_its_registered_form() -> None:
    text = (
        "Analytics Engineer - Outside IR35 - Bristol | JobServe\nJobs Search Contract Jobs Home > IT > Analytics Engineer "
        "Location:Bristol, South West EnglandRate:£525 - £575 per dayType:ContractPosted:25/11/2026 14:02:37Job Ref:HBR/77310"
        "Posted by:Harcourt Blake RecruitmentApplySave Job Analytics Engineer | 6 month contract | Bristol. Harcourt Blake "
        "are partnering with a retailer that is rebuilding its data stack on Snowflake and dbt, and need a contractor who "
        "can migrate several hundred stored procedures into tested models, set up ingestion for new sources, build explores "
        "for the trading teams and hand over cleanly to the permanent engineers before the peak-season freeze.\n"
    )
    assert fields_of(text).company == "Harcourt Blake Recruitment"
    text = (
        "Job description\n\nKormoran Pay is a Polish payment institution. We are looking for a data analyst to join our Risk "
        "team.\n\nBy applying you consent to the processing of your data by Kormoran Pay sp. z o.o. with its office in Warsaw.\n"
    )
    assert fields_of(text).company == "Kormoran Pay"
    assert find_pay("Pay€45K - €57K a year (Estimated by Indeed)").value is None


def test_a_contract_boards_page() -> None:
    text = (
        "Power BI Developer - 6 Month Contract - Outside IR35 - London/Hybrid | TechContracts UK\n"
        "TechContracts UK uses cookies. By continuing to browse you agree to our use of cookies. OK | More info\n"
        "Power BI Developer - 6 Month Contract - Outside IR35 - London/Hybrid\nHalcyon Talent\nStart: ASAP / early January\n\n"
        "The role\nThe client is looking to start the successful contractor on Monday 5th January 2027.\n"
    )
    fields = fields_of(text)
    assert fields.team is None  # the site whose cookies these are
    assert fields.start == "January 2027"


def test_a_graduate_programme_and_a_chapter() -> None:
    text = "Data & Analytics Graduate Programme 2027 | Early Careers | Northway Building Society\n\nWhy Northway?\nWe lend.\n"
    fields = fields_of(text)
    assert (fields.title, fields.team) == ("Data & Analytics Graduate Programme", None)
    text = "Analytics Engineering Lead\nQuintal Health\n\nAbout\nYou will take over the Analytics Engineering chapter (four engineers).\n"
    assert fields_of(text).team == "Analytics Engineering"


def test_glassdoors_tab_title_opens_with_the_employer() -> None:
    text = (
        "Meridian Straits Shipping FP&A Manager Job in Singapore | Glassdoor\nGlassdoor\nSign in\n\nMeridian Straits Shipping\n"
        "3.9 ★\nFP&A Manager\nSingapore\n\nJob description\nWe ship.\n"
    )
    assert (fields_of(text).title, fields_of(text).company) == ("FP&A Manager", "Meridian Straits Shipping")


def test_workdays_top_bar_run_into_its_panel() -> None:
    text = (
        "Skip to main contentPiedmont Crest BankSearch for JobsSign InSenior Financial Analyst, FP&AApplylocationsRemote - "
        "USAtime typeFull timeposted onPosted YesterdayjobrequisitionidJR-118204\nSenior Financial Analyst, FP&A\nApply\n"
        "Who We Are:\nPiedmont Crest Bank is a regional bank headquartered in Charlotte, NC.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.job_id, fields.employment_type) == ("Senior Financial Analyst, FP&A", "JR-118204", "full_time")
    assert names(fields.locations) == ["US"]


def test_an_employers_average_pay_and_a_glued_remote_level() -> None:
    # A board's average names the job title between its words; an employer's 'average weekly pay' is its own.
    text = (
        "CDL-A Driver\nRoadrunner Freight\n$1,450 - $1,800 a week - Full-time\n\nBenefits\n"
        "- Average weekly pay of $1,450 - $1,800 depending on miles\n"
    )
    assert fields_of(text).pay == Pay(1450, 1800, "USD", "week")
    text = "Data Engineer\nPanier Local\nCDILyonSalaire : 48K à 56K €Télétravail fréquentExpérience : > 3 ans\n\nLe poste\nTu codes.\n"
    assert fields_of(text).workplace == "hybrid"  # Welcome to the Jungle's 'frequent', run into the next label


def test_a_count_of_places_in_another_language() -> None:
    text = (
        "Analista de Operaciones - Zaragoza\nLogística Ebro\n3 ubicaciones\nJornada completa\n\nZaragoza, Aragón, España\n"
        "Madrid, España\nValencia, España\n\nSobre el puesto\nPlanificarás rutas.\n"
    )
    assert [p.city for p in fields_of(text).locations] == ["Zaragoza", "Madrid", "Valencia"]


def test_icims_labels_set_apart_by_a_space_alone() -> None:
    text = (
        "Careers | Halvorsen Supply Co.\nBack to Search Results\nOperations Manager\n"
        "Job Locations US-OH-Columbus | US-IN-Indianapolis\nID 2026-14872\nPosition Type Regular Full-Time\n"
        "Posted Date 11/12/2026\nOverview\n\nYou run the building's shifts.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Columbus, OH, US", "Indianapolis, IN, US"]
    assert (fields.job_id, fields.posted) == ("2026-14872", date(2026, 11, 12))
    # A bare 'ID' in the body is no label: a sentence about an identity card names no job.
    assert fields_of("Data Analyst\nAcme\n\nAbout the role\nBring your ID 2026 card.\n").job_id is None


def test_personio_sets_the_department_between_the_title_and_the_terms() -> None:
    text = (
        "Reporting Analyst (m/w/d) | Karriere bei Brennwerk Energie GmbH\nBrennwerk Energie GmbH\nAlle Stellenangebote\n"
        "Reporting Analyst (m/w/d)\nFinanzen & Controlling\nFestanstellung, Vollzeit · Hamburg\nJetzt bewerben\n\n"
        "Deine Aufgaben\n- Du baust Berichte.\n"
    )
    assert fields_of(text).team == "Finanzen & Controlling"
    # Without the employer known, the line under the title is as likely the employer's name.
    assert fields_of(text.replace("Brennwerk Energie GmbH", "Brennwerk")).team != "Brennwerk"


@pytest.mark.parametrize(
    ("sentence", "workplace"),
    [
        ("Wir bieten Flexible Arbeitszeiten und Home-Office an bis zu 50 % der Arbeitszeit.", "hybrid"),
        # Five days on site, remote work denied: no days at home.
        ("Place: on-site at the client's office in Prague, 5 days a week (no remote work possible).", "onsite"),
    ],
)
def test_a_share_of_the_week_at_home_and_a_denial_of_it(sentence: str, workplace: str) -> None:
    assert fields_of(f"Data Engineer\nAcme\n\nAbout the role\nYou build pipelines.\n{sentence}\n").workplace == workplace


def test_information_is_no_training_budget_and_a_man_day_is_a_day() -> None:
    assert find_pay("Additional Information We offer a gross salary of CHF 9,200 – 10,800 per month.").value == Pay(
        9200, 10800, "CHF", "month"
    )
    assert find_pay("• Rate: 520–600 EUR per MD (man-day), depending on experience").value == Pay(520, 600, "EUR", "day")


def test_a_unit_in_front_of_the_facts_row_is_no_employer() -> None:
    text = (
        "Growth · Manchester · Hybrid · Permanent\n\nAbout the team\nOrchard Lane Energy supplies gas to homes. Our Growth "
        "team decides what we offer.\n\nWhat you'll do\n- Build churn models.\n\nEmail talent@orchardlane.energy.\n\n"
        "Orchard Lane Energy Ltd is registered in England and Wales.\n"
    )
    fields = fields_of(text)
    assert fields.company in ("Orchard Lane Energy", "Orchard Lane Energy Ltd")  # with or without its legal form
    assert fields.team == "Growth"


def test_regular_says_permanent_not_full_time() -> None:
    assert fields_of("Data Analyst\nAcme\nJob Type: Regular\n\nAbout the role\nYou analyse.\n").employment_type is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            # A UK agency's page: the day comes first.
            "Power BI Developer\nRedbrick\nRate£425 - £475 per day\nStart date11/01/2027Duration6 months\n\nThe role\nYou build.\n",
            "January 2027",
        ),
        ("Analytics Engineer\nAcme\n\nThe role\nWe're aiming for a start date in January 2027.\n", "January 2027"),
    ],
)
def test_start_dates_glued_to_their_label_or_said_in_a_sentence(text: str, start: str) -> None:
    assert fields_of(text).start == start


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # The bracket names a specialty; the text names the team the hire joins.
        (
            "Marketing Analyst (CRM & Lifecycle)\nOndaviva\n\nAbout\nYou will join our Growth Marketing team and own CRM.\n",
            "Growth Marketing",
        ),
        (
            "BI-Entwickler (m/w/d)\nStadtwerke\n\nFür unsere Abteilung Unternehmenssteuerung, Team Datenmanagement & Reporting,"
            " suchen wir dich.\n",
            "Datenmanagement & Reporting",
        ),
        # A division named first, then the team in it.
        (
            "BI Developer\nLimmatwerk\n\nÜber uns\nIm Bereich Finanzen & Controlling bauen wir unsere Datenplattform aus"
            " und suchen dafür Verstärkung im Team Data & Reporting.\n",
            "Data & Reporting",
        ),
        (
            "Graduate Analyst\nMutual\n\nThe programme\nYou'll be part of our Chief Data Office from day one.\n",
            "Chief Data Office",
        ),
        # A sentence's stop ends the name; 'Unsere Abteilung', 'its Data Platform team', 'Our ML team' (not Mali).
        (
            "BI-Analyst\nRheinwerk\n\nÜber uns\nIm Bereich Konzerncontrolling verstärken Sie unser Team Reporting & Analytics. Sie sind die Schnittstelle.\n",
            "Reporting & Analytics",
        ),
        (
            "Disponent\nHanse Logistik\n\nÜber uns\nUnsere Abteilung Supply Chain Planning in Hamburg plant Bestände.\n",
            "Supply Chain Planning",
        ),
        ("Data Engineer\nFjordlys\n\nAbout\nFjordlys Digital is growing its Data Platform team.\n", "Data Platform"),
        ("ML Engineer\nHavenlijn\n\nAbout\nWe're 85 people. Our ML team is 6 people strong.\n", "ML"),
        # A department the text calls its own over a title's bracket, which names the lending the analyst covers.
        (
            "Credit Risk Analyst (Corporate Lending)\nBanque Alzette\n\nAbout\nOur Credit Risk Management department reviews"
            " every lending decision.\n",
            "Credit Risk Management",
        ),
    ],
)
def test_the_team_the_hire_joins(text: str, team: str) -> None:
    assert fields_of(text).team == team


def test_the_ats_in_a_tab_title_after_the_pasted_address_is_no_skill() -> None:
    text = (
        "URL: https://jobs.smartrecruiters.com/AlpfirnRe/7440-data-scientist\n"
        "Data Scientist | Alpfirn Re | SmartRecruiters\nAlpfirn Re\n\nThe role\nYou model claims in Python.\n"
    )
    assert fields_of(text).skills == ("Python",)


def test_a_german_remote_posting_lists_the_countries_one_may_work_from() -> None:
    text = (
        "Product Analyst (m/w/d) – 100% Remote (EU)\nTafelrunde Software GmbH\n\nÜber uns\nWir arbeiten remote-first.\n"
        "Die Stelle ist zu 100 % remote. Du kannst aus Deutschland, Österreich, den Niederlanden, Spanien oder Portugal"
        " arbeiten.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["DE", "AT", "NL", "ES", "PT"]
    assert fields.team is None  # '(EU)' is where one may live, not a team


@pytest.mark.parametrize("line", ["A few days at home", "Occasional remote", "Remote: 2 days per week from home"])
def test_welcome_to_the_jungles_labels_for_some_days_at_home(line: str) -> None:
    text = f"Marketing Data Analyst (F/H)\nMaison Brindille\nPermanent contract\nLyon\n\nThe role\nYou analyse.\n{line}\n"
    assert fields_of(text).workplace == "hybrid"


def test_a_role_in_a_sentence_that_asks_students_to_join_as_it() -> None:
    text = (
        "About Monetisation Analytics\nWe turn data into decisions.\n\n"
        "We are looking for curious students to join us as a Data Analyst Intern from February 2027.\n"
    )
    assert fields_of(text).title == "Data Analyst Intern"


def test_a_vienna_district_number_and_name_after_the_city() -> None:
    assert places_in_line("Wien 3., Landstraße")[0] == [Location(country="AT", city="Vienna")]


def test_the_ats_in_the_footer_is_no_skill() -> None:
    text = "Credit Analyst\nBanque Alzette\n\nThe role\nYou model in SAS.\n\nSoftware Powered by iCIMS\nwww.icims.com\n"
    assert fields_of(text).skills == ("SAS",)


def test_a_district_in_brackets_after_a_listed_city_is_dropped() -> None:
    line = "Zaragoza (Plataforma Logística PLAZA) / Madrid (Coslada)"
    assert places_of(line) == ["Zaragoza, ES", "Madrid, ES"]


def test_office_days_then_remote_the_rest_of_the_week_is_hybrid() -> None:
    text = (
        "Customer Success Manager\nTrellis\n\nThe role\nOur team works from our East Austin office on Tuesdays and "
        "Wednesdays and remotely the rest of the week.\n"
    )
    assert fields_of(text).workplace == "hybrid"


def test_workdays_tab_title_run_into_its_top_bar() -> None:
    text = (
        "Machine Learning Engineer, ForecastingSkip to main contentVindelkraft CareersSearch for JobsSign InEnglish\n"
        "Machine Learning Engineer, Forecasting\nApply\n"
        "locationsStockholm, Swedentime typeFull timeposted onPosted Yesterdayjob requisition idJR-20417\n"
        "About Vindelkraft\nWe run wind parks.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.job_id) == ("Machine Learning Engineer, Forecasting", "JR-20417")


def test_a_role_number_and_a_workload_range_in_the_title() -> None:
    text = "Data Analyst (w/m/d) 80 – 100 % - Limmatwerk AG - Zürich | jobs.ch\n\nÜber uns\nWir versichern.\nRole Number: 200-571934\n"
    fields = fields_of(text)
    assert (fields.title, fields.job_id) == ("Data Analyst", "200-571934")


@pytest.mark.parametrize(
    ("header", "sentence", "places"),
    [
        (
            "Seattle, WA",
            "This role can sit in either our Seattle, WA headquarters or our Denver, CO hub.",
            ["Seattle, WA, US", "Denver, CO, US"],
        ),
        (
            "Ghent, Flanders, Belgium",
            "You split your time between our office (Ghent or Brussels, your choice), client sites across Belgium and home.",
            ["Ghent, Flanders, BE", "Brussels, BE"],
        ),
    ],
)
def test_the_other_office_a_role_may_sit_in(header: str, sentence: str, places: list[str]) -> None:
    text = f"Data Scientist\nAcme\n{header}\n\nAbout the role\n{sentence}\n"
    assert names(fields_of(text).locations) == places


def test_a_web_address_spells_the_employer_without_its_accents() -> None:
    text = (
        "URL: https://www.havstrom.dk/en/careers/jobs/data-scientist-4471\n\nData Scientist\n\n"
        "About the role\nEvery year Havstrøm handles 310,000 claims.\n\nHavstrøm Forsikring A/S · Kalvebod Brygge 9\n"
    )
    assert fields_of(text).company == "Havstrøm Forsikring"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We're a hybrid team: Tuesdays to Thursdays together in our Grand Canal Dock office.", ("workplace", "hybrid")),
        (
            "La Direction Financière renforce son équipe Contrôle de gestion & FP&A (5 personnes).",
            ("team", "Contrôle de gestion & FP&A"),
        ),
        ("Für unser Konzerncontrolling in der Hamburger Zentrale suchen wir Verstärkung.", ("team", "Konzerncontrolling")),
    ],
)
def test_office_weekdays_and_unit_names_in_running_text(sentence: str, expected: tuple[str, str]) -> None:
    fields = fields_of(f"Analyst\nAcme\n\nAbout us\n{sentence}\n")
    assert getattr(fields, expected[0]) == expected[1]


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Posted 20 November 2026 by Calderbrook Building Society", "Calderbrook Building Society"),
        ("Posted 21 November 2026 by Caldwell Byrne RecruitmentFeatured", "Caldwell Byrne Recruitment"),
        ("Posted 2 March by Priya Raman", None),  # the recruiter's own name
    ],
)
def test_reeds_advertiser_under_the_title(line: str, company: str | None) -> None:
    text = (
        f"Data Analyst - Manchester - reed.co.uk\nreed.co.uk\nJobs\nData Analyst\n{line}\nManchester\n\nThe role\nYou report.\n"
    )
    assert fields_of(text).company == company


def test_cv_librarys_title_run_into_the_employer() -> None:
    text = (
        "Power BI Developer Job in Birmingham | CV-Library\nCV-Library\n"
        "Power BI DeveloperWrekin Valley Water LtdBirmingham, West Midlands£450 - £500 per dayContractPosted 2 days ago\n"
        "Apply NowSave Job\nJob Description\nYou build reports.\n"
    )
    assert fields_of(text).company == "Wrekin Valley Water Ltd"


def test_nhs_jobs_trust_department_and_person_specification() -> None:
    text = (
        "Data Analyst - NHS Jobs\nNHS\nJobs\nSign in\nSearch results\nData Analyst\n"
        "Don Valley Teaching Hospitals NHS Foundation Trust\nPerformance and Information Department\nDoncaster\n"
        "Closing date: 8 December 2026\n\nJob summary\nYou report on waiting lists.\n\nPerson Specification\nQualifications\n"
        "Essential\n- Educated to degree level in a relevant subject, or equivalent experience\nDesirable\n"
        "- Master's degree in data science or health informatics\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.degree) == (
        "Don Valley Teaching Hospitals NHS Foundation Trust",
        "Performance and Information",
        (),
    )


def test_civil_service_jobs_grade_places_and_interview_dates() -> None:
    text = (
        "Civil Service Jobs - Data Analyst (HEO) - Property Statistics\nCivil Service Jobs\nGOV.UK\nSign in\nSearch jobs\n"
        "Saved jobs\nJob alerts\nBack to search results\nData Analyst (HEO) - Property Statistics\nValuation and Land Data Agency\n"
        "Apply before 11:55 pm on Monday 14th December 2026\nBusiness area\nVLDA - Data, Analysis and Insight - Property Statistics\nLocation\n"
        "Darlington, North East England, DL1 4XZ : Cardiff, Wales, CF10 5FQ\nAbout the job\nYou analyse data for Property Statistics.\n"
        "Sift is expected to take place w/c 4 January 2027 and interviews from 18 January 2027.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.start) == ("Valuation and Land Data Agency", "Property Statistics", None)
    assert names(fields.locations) == ["Darlington, GB", "Cardiff, GB"]


def test_german_workday_panel_and_an_extra_months_pay() -> None:
    text = (
        "Data Scientist Pricing (w/m/d)\nAlpenrand Versicherungen Karriere\nBewerben\n"
        "StandorteZürich, BaselArbeitszeitmodellVollzeitAusgeschrieben seitVor 5 Tagen ausgeschriebenStellenausschreibungs-IDR-0048213\n"
        "Bei der Alpenrand Versicherungen AG versichern wir Menschen.\n\nIhre Aufgaben\n- Sie bauen Tarifmodelle.\n"
        "Das Jahresgehalt liegt zwischen CHF 115'000 und CHF 138'000 (inkl. 13. Monatslohn).\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Zurich, CH", "Basel, CH"]
    assert (fields.job_id, fields.pay) == ("R-0048213", Pay(115000, 138000, "CHF", "year"))


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Løn: 45.000 - 52.000 DKK/md. inkl. pension", Pay(45000, 52000, "DKK", "month")),  # Danish 'md.' is a month
        ("Gennemsnitsløn for BI Developer i Region Midtjylland: 49.800 DKK/md.", None),  # the board's average
    ],
)
def test_danish_months_and_board_averages(text: str, pay: Pay | None) -> None:
    assert find_pay(text).value == pay


def test_dates_and_ids_without_the_usual_labels() -> None:
    karriere = "Data Analyst (m/w/d)\nDonaublick Handels GmbH\nLinz\nVollzeit\nab 3.600 € brutto/Monat\n19.11.2026\nJetzt bewerben\n\nDeine Aufgaben\n- Berichte.\n"
    assert fields_of(karriere).posted == date(2026, 11, 19)
    deadline = karriere.replace("19.11.2026", "Bewerbungsfrist\n19.12.2026")
    assert fields_of(deadline).posted is None
    finn = "Analytics Engineer\nNordkraft\n\nOm jobben\nDu bygger modeller.\nFINN-kode\n412873905\nReferanse\nNKF-2026-017\n"
    assert fields_of(finn).job_id == "NKF-2026-017"
    eintritt = "BI Engineer\nIsarwerk\n\nÜber uns\nWir suchen in München zum Eintrittstermin 01.03.2027 eine:n BI Engineer.\n"
    assert fields_of(eintritt).start == "March 2027"


def test_an_employer_voted_for_once_but_named_with_its_legal_form() -> None:
    text = (
        "Responsibilities\nAbout the team\nPlayer Insights is the analytics team behind Kobberhav's live games.\n\n"
        "We are looking for a Product Analyst to join Player Insights and partner with a game team.\n\nAbout Kobberhav\n"
        "Kobberhav Games ApS is an independent studio founded in 2014.\nApply to up to three roles at Kobberhav.\n"
    )
    assert fields_of(text).company in ("Kobberhav", "Kobberhav Games ApS")


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("You'll lead product for Rider Experience, the cross-functional team that owns the rider app.", "Rider Experience"),
        ("Verstärken Sie unser Cyber Defense Center (CDC) am Standort München.", "Cyber Defense Center"),
        ("Au sein de la squad Agenda & Téléconsultation, tu rejoins trois développeurs.", "Agenda & Téléconsultation"),
        (
            "Die Gruppe Clinical Data Science & Real-World Evidence analysiert Registerdaten.",
            "Clinical Data Science & Real-World Evidence",
        ),
    ],
)
def test_teams_named_by_what_the_hire_leads_or_strengthens(sentence: str, team: str) -> None:
    assert fields_of(f"Engineer\nAcme\n\nAbout the role\n{sentence}\n").team == team


def test_a_facts_row_with_a_district_the_gazetteer_lacks() -> None:
    text = "Data Centre Technician\nKallvik Compute\nOperations · Kista, Stockholm · Permanent, full-time\n\nThe role\nYou rack servers.\n"
    assert fields_of(text).team == "Operations"


def test_labelled_fields_under_the_title_are_no_department_row() -> None:
    text = (
        "BI Consultant (w/m/x) | Karriere | Steinauer Datenwerk\nSteinauer Datenwerk\nBI Consultant (w/m/x)\n"
        "Standort: LinzAnstellungsart: Vollzeit (38,5 Std.)Online seit: 20.11.2026\n\nDeine Aufgaben\n- Dashboards.\n"
        "Flexible Arbeitszeiten und 2 Tagen Homeoffice pro Woche\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.workplace) == (None, "hybrid")


def test_remote_hires_employed_directly_in_listed_countries() -> None:
    text = (
        "UX Researcher\nLumo\n\nAbout the role\nThis is a fully remote role. We can employ you directly in Germany, the"
        " Netherlands and Spain.\n"
    )
    assert names(fields_of(text).locations) == ["DE", "NL", "ES"]


def test_the_employers_own_offer_above_the_agreed_minimum() -> None:
    line = (
        "We must state the minimum annual gross salary according to the Austrian collective agreement: EUR 44,100. Our"
        " actual offer is a minimum annual gross salary of EUR 58,800 based on full-time employment."
    )
    assert find_pay(line).value == Pay(58800, None, "EUR", "year")


@pytest.mark.parametrize(
    ("line", "job_id"),
    [("Send me a DM and quote KL-4471", "KL-4471"), ("Please quote reference RDR-8831 when applying", "RDR-8831")],
)
def test_an_id_to_quote(line: str, job_id: str) -> None:
    assert fields_of(f"Mobile Engineer\nKestrel\n\nThe role\nYou build apps.\n{line}\n").job_id == job_id


def test_a_local_city_name_offered_beside_linkedins_english_one() -> None:
    text = (
        "Data Engineer (m/w/d)\nIsarstrom Netze GmbH\nMunich, Bavaria, Germany\n\nAbout the job\n"
        "Data Engineer (m/w/d) Smart Metering   Standort: München oder Augsburg   Vollzeit, unbefristet\n"
    )
    assert names(fields_of(text).locations) == ["Munich, Bavaria, DE", "Augsburg, DE"]


def test_remote_from_anywhere_in_germany_beside_the_office_city() -> None:
    text = (
        "Data Engineer (m/w/d)\nNetzwelle GmbH\nVollzeit · Festanstellung · Leipzig, Remote\n\nDas bieten wir\n"
        "Arbeite 100 % remote von überall in Deutschland – oder komm in unser Büro in Leipzig.\n"
    )
    assert names(fields_of(text).locations) == ["Leipzig, DE", "DE"]


def test_an_agencys_unnamed_client_names_nobody() -> None:
    api = "Sr. Power BI Developer\nLakemont IT Solutions\nCharlotte, NC\n\nJob description\nClient: Leading Banking Client\nRate: $62/hr\n"
    assert fields_of(api).company == "Lakemont IT Solutions"


def test_a_glued_vacancy_reference_beats_other_jobs_refs_and_a_german_start_sentence() -> None:
    text = (
        "Senior Data Analyst\nLeith Homes\nSalary£46,500 per annumContractPermanentVacancy referenceLHG/0426Posted on19 Nov 2026\n\n"
        "The role\nYou analyse.\nWir freuen uns, wenn du am 1. März 2027 bei uns startest.\n\nOther vacancies\nHousing Officer - Ref LHG/0419\n"
    )
    fields = fields_of(text)
    assert (fields.job_id, fields.start) == ("LHG/0426", "March 2027")


def test_a_dutch_seniority_in_brackets_is_no_team() -> None:
    assert fields_of("Analytics Engineer (Medior)\nKeelwater Freight\n\nAbout\nYou model data.\n").team is None


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Durchschnittliches Grundgehalt für ähnliche Positionen in Freising: 54.300 €/Jahr", None),  # LinkedIn's insight
        ("Weiterbildung\nCHF 2'000 pro Jahr und Zeit für Kurse", None),  # a benefits tile's heading over its budget
        ("18 000 - 24 000 PLNNet per month - B2B", Pay(18000, 24000, "PLN", "month")),  # the code run into the label
    ],
)
def test_board_insights_benefit_tiles_and_a_glued_currency_code(text: str, pay: Pay | None) -> None:
    assert find_pay(text).value == pay


def test_french_degrees_and_a_sentence_that_runs_the_company() -> None:
    text = (
        "Job description\nAbout the team\nKuusela Group runs 380 grocery stores across Finland.\n\n"
        "We are now looking for a Data Analyst to join us.\n\nRequirements\n"
        "- Bachelier ou Master en sciences économiques\n\nOther open positions at Kuusela Group\nKuusela Group uses cookies.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.degree) == ("Kuusela Group", ("bachelor", "master"))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("🚨 NEW ROLE – Data Scientist | Dublin 2 | Hybrid 🚨\n\nMy client is an insurtech.\n", ["Dublin, IE"]),
        (
            "Marketing Data Analyst\nHavenlicht\n\nAbout\nOur Customer Intelligence team sits at the support office in "
            "Rotterdam (Kop van Zuid) and works for Marketing.\n",
            ["Rotterdam, NL"],
        ),
    ],
)
def test_a_postal_district_in_a_headline_and_the_office_a_team_sits_in(text: str, places: list[str]) -> None:
    assert names(fields_of(text).locations) == places


def test_a_boards_logo_and_a_city_with_its_county_are_no_employer() -> None:
    text = (
        "BI Developer - 6 Month Contract - Leeds | Contract\nStack\nContract\nStack - UK IT contracts\n"
        "BI Developer - 6 Month Contract\nAireborough Building Society\nLeeds, West Yorkshire\n\nThe role\nYou build reports.\n"
    )
    assert fields_of(text).company == "Aireborough Building Society"


def test_a_city_centre_is_its_city() -> None:
    assert places_in_line("Manchester city centre, 1 day per week in the office")[0] == [
        Location(country="GB", city="Manchester")
    ]


def test_a_cohort_named_in_the_plural_and_a_working_students_fixed_term() -> None:
    interns = "About us\nWe build apps.\n\nWe are looking for Data Scientist Interns to join Trust Measurement in Helsinki.\n"
    assert fields_of(interns).title == "Data Scientist Intern"
    student = "Werkstudent:in Data Analytics\nRheinblick AG\nVertragsart: Befristet (12 Monate)\n\nDeine Aufgaben\n- Berichte.\n"
    assert fields_of(student).employment_type == "part_time"


def test_a_products_name_in_capitals_is_no_glued_town() -> None:
    line = "Bring new sources (our leasing platform, HubSpot, Exact Online, the repair partner portal) into the warehouse"
    assert places_in_line(line)[0] == []
    assert places_of("Cork, IrelandEngineering") == ["Cork, IE"]


def test_a_breadcrumbs_last_crumb_and_a_swedish_publication_date() -> None:
    text = (
        "Lediga jobb – Hemkraft Sverige AB\nHem  /  Karriär  /  Lediga tjänster  /  Data Analyst, Customer Insights\n"
        "Data Analyst, Customer InsightsStockholm · HeltidPubliceringsdatum: 2026-11-16Sista ansökningsdag: 2026-12-14\n"
        "About Hemkraft\nWe install heat pumps.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.posted) == ("Data Analyst, Customer Insights", date(2026, 11, 16))


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("- Laurea triennale o magistrale in Ingegneria Gestionale", "degree", ("bachelor", "master")),
        ("- Smart working 2 giorni a settimana;", "workplace", "hybrid"),
        ("We are looking for a Data Scientist to join the Integrity Measurement group in Warsaw.", "locations", ("Warsaw, PL",)),
    ],
)
def test_italian_degrees_and_days_at_home_and_the_group_a_hire_joins(sentence: str, field: str, value: object) -> None:
    fields = _in_a_posting(sentence)
    found = getattr(fields, field)
    assert (tuple(names(found)) if field == "locations" else found) == value


def test_a_place_under_the_title_is_no_department() -> None:
    text = (
        "Data Engineer (m/w/d)\nNetzfunk GmbH\nData Engineer (m/w/d)\nBerlin oder Remote (Deutschland)\n"
        "Festanstellung, Vollzeit · Berlin\n\nDeine Aufgaben\n- Pipelines.\n"
    )
    assert fields_of(text).team is None


def test_a_day_a_week_on_site_and_a_customers_contract_end() -> None:
    text = (
        "Analytics Engineer\nVantlo\nLocation: Leeds city centre, 1 day per week on site\n\nWhat you'll do\n"
        "- Model the core metrics: active contracts, utilisation, churn at contract end\n\nThis is a full-time position.\n"
    )
    fields = fields_of(text)
    assert (fields.workplace, fields.employment_type) == ("hybrid", "full_time")


def test_a_registered_association_and_the_acronym_its_web_address_uses() -> None:
    text = (
        "Stellenangebot: Referent*in Datenanalyse - INVD Dresden - academics\n"
        "Institut für Netz- und Verkehrsdaten Dresden e. V. (INVD)\n\n"
        "Das Institut für Netz- und Verkehrsdaten Dresden e. V. ist eine Forschungseinrichtung.\n\n"
        "Die Stelle ist für 24 Monate befristet. Die Beschäftigung erfolgt in Vollzeit; Teilzeit ist grundsätzlich möglich.\n\n"
        "Bewerbung über https://karriere.invd-dresden.de/bewerbung/VD-31\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.employment_type) == (
        "Referent*in Datenanalyse",
        "Institut für Netz- und Verkehrsdaten Dresden",
        "temporary",
    )


def test_two_big_cities_are_no_city_in_a_region() -> None:
    assert places_of("Lyon, Paris") == ["Lyon, FR", "Paris, FR"]
    assert places_of("Getafe, Madrid") == ["Getafe, Madrid, ES"]


def test_two_cities_of_different_regions_are_no_city_in_a_region() -> None:
    # Neither is big, but Lausanne is in Vaud, not in the canton of Geneva; Amersfoort is in the province of Utrecht.
    assert places_of("Lausanne, Genève") == ["Lausanne, CH", "Geneva, CH"]
    assert places_of("Amersfoort, Utrecht") == ["Amersfoort, Utrecht, NL"]


def test_an_accented_employer_a_french_direction_and_a_middle_dot_in_a_tab_title() -> None:
    french = (
        "Data Analyst Senior (F/H) - Solvéo Énergies - CDI à Lyon | Talentéo\nTalentéo\n\n"
        "Solvéo Énergies développe des centrales solaires.\n\n"
        "Rattaché(e) à la Direction Data & Performance, vous rejoignez une équipe de huit personnes.\n"
    )
    fields = fields_of(french)
    assert (fields.company, fields.team) == ("Solvéo Énergies", "Data & Performance")
    dotted = (
        "Senior Product Analyst – Payments · Kiezkasse Careers\nkiezkasse\n\nWho we are\nKiezkasse is a banking app.\n\n"
        "Payments is our largest product area. You join the Payments squad.\n"
        "Salary: €72,000 – €88,000 / year\n"
        "Salary insights (estimate) — Product Analysts in Berlin earn on average €63,400 per year.\n"
    )
    fields = fields_of(dotted)
    assert (fields.company, fields.team) == ("Kiezkasse", "Payments")
    assert fields.pay == Pay(min=72000, max=88000, currency="EUR", period="year")


def test_a_danish_registered_name_and_a_role_of_four_words_in_a_sentence() -> None:
    text = (
        "Karriere › Ledige stillinger › Copenhagen\nOm Nordhavn Freight Systems\n\n"
        "Nordhavn Freight Systems A/S moves chilled goods across Denmark.\n\n"
        "We are now looking for a supply chain data analyst to join our Network Planning department.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Supply Chain Data Analyst", "Nordhavn Freight Systems A/S")


def test_a_recruiters_post_seen_signed_out_names_its_client() -> None:
    text = (
        "Ingrid Solheim on LinkedIn: We're recruiting a Senior Data Engineer for Havbris Energi in Oslo 🌊…\n"
        "LinkedIn\nJoin now  Sign in\n\nIngrid Solheim\nPartner, Data & Analytics at Nordkyst Rekruttering AS\n1w\n\n"
        "We're recruiting a Senior Data Engineer for Havbris Energi in Oslo 🌊⚡\n\n"
        "I'm really pleased to be partnering with Havbris Energi again. They build wind parks.\n"
        "→ work side by side with the data scientists in the Asset Performance team\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.team) == ("Senior Data Engineer", "Havbris Energi", None)


def test_a_boards_name_that_opens_with_a_value_word_stays_whole() -> None:
    text = (
        "Power BI Developer - 6 Month Contract - Manchester | ContractPulse\n"
        "ContractPulseSearch contractsSign in\nPower BI Developer - 6 Month Contract\nBramcote Recruitment\n"
        "Manchester£550 - £600 per dayOutside IR35\n"
        "ContractPulse insight: the average day rate was £485.\n\nThe contract\nYou build reports.\n\n"
        "Bramcote Recruitment is acting as an employment business.\n© 2026 ContractPulse Ltd. All rights reserved.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Bramcote Recruitment", None)


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("Die Tätigkeit wird in Köln ausgeübt; mobiles Arbeiten ist für diese Position nicht vorgesehen.", "workplace", "onsite"),
        ("💷 £450 – £500 per day, Outside IR35", "employment_type", "contract"),
        ("Unterstützung des Teams Energiedatenmanagement bei der Auswertung.", "team", "Energiedatenmanagement"),
        ("Team Pricing | Zürich oder Basel | Stellenantritt: 1. März 2027 oder nach Vereinbarung", "start", "March 2027"),
        (
            "SEK 47,000 – 55,000 per month in Stockholm, and DKK 39,000 – 46,000 per month in Copenhagen.",
            "pay",
            Pay(47000, 55000, "SEK", "month"),
        ),
    ],
)
def test_no_home_working_ir35_a_teams_genitive_a_swiss_start_and_stockholm_is_no_stock(
    sentence: str, field: str, value: object
) -> None:
    assert getattr(_in_a_posting(sentence), field) == value


def test_a_permanent_job_above_another_jobs_day_rate_stays_full_time() -> None:
    text = (
        "Senior Data Analyst\nAcme\n\nThis is a permanent, full-time role.\n\n"
        "More jobs\n🔥 Contract BI Developer – Swansea – £400/day outside IR35 – 3 months\n"
    )
    assert fields_of(text).employment_type == "full_time"


def test_a_second_name_for_the_role_is_no_team_and_a_skill_with_a_slash_is_no_legal_form() -> None:
    text = (
        "Contrôleur de Gestion – Business Analyst (H/F) | Groupe Valmeyre | SmartRecruiters\n"
        "Groupe Valmeyre\nLyon, FranceTemps plein\n\nDescription du poste\nVous pilotez la performance.\n"
    )
    assert fields_of(text).team is None
    indeed = (
        "Controller (m/w/d) - Hamburg - Indeed.com\nJobs finden\nController (m/w/d) - job post\n"
        "Helmsberg Logistik GmbH4,1 von 5 Sternen20457 Hamburgab 58.000 € pro Jahr - Vollzeit\n"
        "Fähigkeiten\nSAP FI/CO\nMicrosoft Excel\n\nDeine Aufgaben\n- Abschlüsse.\n"
    )
    assert fields_of(indeed).company == "Helmsberg Logistik GmbH"


def test_an_ats_tab_title_with_job_details_and_a_place_and_a_twelve_hour_clock() -> None:
    success = (
        "Data Analyst (m/w/d) Job Details | Kessler Wendt\nKessler Wendt – Karriere\nData Analyst (m/w/d)\n\n"
        "The programme is based either in Copenhagen (Ørestad) or at our European Analytics Hub in Amsterdam (Zuidas).\n"
    )
    fields = fields_of(success)
    assert (fields.title, sorted(names(fields.locations))) == (
        "Data Analyst",
        ["Amsterdam, NL", "Copenhagen, DK"],
    )
    icims = (
        "Careers - Product Analyst, Checkout in Amsterdam, Netherlands | Veldhuis Group\nVeldhuis Group careers\n"
        "Product Analyst, Checkout\nPosted Date: 3 weeks ago(11/6/2026 4:17 PM)\n\nOverview\nWe run shops.\n"
    )
    fields = fields_of(icims)
    assert (fields.title, fields.posted) == ("Product Analyst, Checkout", date(2026, 11, 6))


def test_oracle_and_ashby_labels_for_the_id_the_schedule_and_further_places() -> None:
    oracle = (
        "BI Analyst - Banque Vermillon Careers\nBI Analyst\nJob Identification\n25117\nJob Schedule\nFull time\n"
        "Regular or Temporary\nRegular\n\nJob Description\nYou build reports.\n"
    )
    fields = fields_of(oracle)
    assert (fields.job_id, fields.employment_type) == ("25117", "full_time")
    ashby = "Senior Product Analyst @ Quellwerk\nQuellwerk\nLocation\nBerlin\nSecondary Locations\nAmsterdam, Copenhagen\nEmployment Type\nFull time\n"
    assert names(fields_of(ashby).locations) == ["Berlin, DE", "Amsterdam, NL", "Copenhagen, DK"]


def test_who_applied_is_no_degree_asked_for_and_a_dashed_hybrid_label() -> None:
    text = (
        "Product Analyst\nCardamom Pay\n\nAbout the job\n"
        "– Hybrid: three days a week together at our Cais do Sodré office, two days from wherever you like\n\n"
        "Applicant insights\n34% of applicants have a Master's Degree\n"
    )
    fields = fields_of(text)
    assert (fields.degree, fields.workplace) == ((), "hybrid")


def test_a_federal_agencys_page_its_skip_links_menu_and_referat() -> None:
    text = (
        "Stellenangebot: Referent (w/m/d) Datenanalyse – Bundesamt für Verkehrsstatistik und Mobilitätsdaten\n"
        "Direkt zum Inhalt\nDirekt zur Hauptnavigation\nDirekt zur Suche\nGebärdensprache\nLeichte Sprache\n"
        "Das Amt\nPresse\nService\nKarriere\nSuche\n\nReferent (w/m/d) Datenanalyse\nStandort: Bonn\n"
        "unbefristet | Vollzeit (teilzeitgeeignet)\n\n"
        "Im Referat Z 3 „Datenmanagement und Analytik“ ist zum 1. März 2027 folgende Stelle zu besetzen.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.employment_type) == (
        "Bundesamt für Verkehrsstatistik und Mobilitätsdaten",
        "Datenmanagement und Analytik",
        "full_time",
    )


def test_a_flemish_boards_glued_chips_and_a_dutch_unit_degree_and_days_at_home() -> None:
    text = (
        "Jobat\nVacatures\nData Engineer\nLeiedal Verzekeringen NV\n"
        "GentVoltijdsContract van onbepaalde duurGeplaatst op 23/11/2026\n\n"
        "Leiedal Verzekeringen is een verzekeraar. Voor ons Data Office in Gent zoeken we een Data Engineer.\n\n"
        "Profiel\n- Je hebt een masterdiploma in de informatica.\n\nAanbod\n- 2 dagen thuiswerk per week.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Ghent, BE"]
    assert (fields.team, fields.degree, fields.workplace) == ("Data Office", ("master",), "hybrid")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Data Analyst\nAcme\n\nContract: 12 months, with the intention of a permanent contract afterwards\n",
            "employment_type",
            "temporary",
        ),
        ("Se connecter\nFR\nParavent\nData Analyst - CDI (H/F)\nCDI\nLyon\nTélétravail fréquent\n", "locations", ("Lyon, FR",)),
        ("Analista\nAcme\n\nCondiciones\n- Incorporación prevista: enero de 2027.\n", "start", "January 2027"),
        (
            "Analityk BI\nAcme S.A.\n\n• wykształcenie wyższe (licencjat lub magister) z ekonomii\n",
            "degree",
            ("bachelor", "master"),
        ),
        (
            "Senior Data Engineer 80–100% - Lindenhof Rückversicherung AG - jobs.ch\nWorkload:80 – 100%\n",
            "company",
            "Lindenhof Rückversicherung AG",
        ),
        ("Data Engineer\nDonautel\nStandortWienArbeitszeitVollzeitReferenzDT-IT-2026-219\n", "job_id", "DT-IT-2026-219"),
    ],
)
def test_national_boards_chips_languages_and_labels(text: str, field: str, value: object) -> None:
    found = getattr(fields_of(text), field)
    assert (tuple(names(found)) if field == "locations" else found) == value


def test_a_company_pages_post_its_card_and_the_team_in_its_title() -> None:
    text = (
        "Nordlys Analytics: Posts | LinkedIn\nSkip to main content\nNordlys Analytics\nData & BI consultancy\n"
        "IT Services and IT Consulting · Copenhagen, Capital Region of Denmark · 4,812 followers · 51-200 employees\n"
        "Follow\nNordlys Analytics\n4,812 followers\n5d •  Edited • \n"
        "We're hiring: BI Developer for our Finance Insights team 📊\n\nYou build our finance reports in Power BI.\n"
        "Apply: https://careers.nordlys-analytics.dk/jobs/bi-developer\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.team) == ("BI Developer", "Nordlys Analytics", "Finance Insights")


def test_a_name_goes_on_only_in_capitals() -> None:
    text = (
        "BI Engineer | Vindel Mobility | LinkedIn\nVindel Mobility\nShare\nBI Engineer\nMilan, Lombardy, Italy\n"
        "People you can reach out to\nVindel Mobility alum\nAbout the job\nYou build dashboards.\n"
    )
    assert fields_of(text).company == "Vindel Mobility"


def test_a_remote_jobs_countries_beyond_linkedins_one() -> None:
    text = (
        "Senior Data Analyst | Mareverde | LinkedIn\nMareverde\nSenior Data Analyst\nPortugal\nRemote\n\nAbout the job\n"
        "This is a fully remote position. We can only hire people who are resident in Portugal, Spain or Poland.\n"
    )
    assert names(fields_of(text).locations) == ["PT", "ES", "PL"]
    denied = (
        "Customer Success Manager\nQuillory\nRemote - Canada\n\nAbout the role\nThis role is remote and open to candidates "
        "living anywhere in Canada. Unfortunately, we are not able to hire in the US or outside Canada for this role.\n"
    )
    assert names(fields_of(denied).locations) == ["CA"]


def test_a_german_research_institute_its_department_start_and_reference() -> None:
    text = (
        "Stellenangebote – Forschungsinstitut für Energienetze Oberrhein (FEO)\n"
        "Machine Learning Engineer (w/m/d) für Zeitreihenprognosen\nStandort: Karlsruhe | Vollzeit\n\n"
        "Das Forschungsinstitut für Energienetze Oberrhein ist eine gemeinnützige Forschungseinrichtung.\n\n"
        "Die Abteilung Netzbetrieb & Prognose sucht zum Beginn am 01.03.2027 eine Verstärkung.\n\n"
        "Kennziffer dieser Ausschreibung: FEO-2026-117\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.start, fields.job_id) == (
        "Forschungsinstitut für Energienetze Oberrhein",
        "Netzbetrieb & Prognose",
        "March 2027",
        "FEO-2026-117",
    )


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        (
            "Ostrander Foods is looking for a Financial Planning & Analysis Analyst to strengthen our team.",
            "title",
            "Financial Planning & Analysis Analyst",
        ),
        (
            "Le poste Rattaché(e) à la responsable du pôle Data & Pricing, vous êtes le référent analytique.",
            "team",
            "Data & Pricing",
        ),
    ],
)
def test_a_role_with_an_ampersand_and_a_unit_under_its_head(sentence: str, field: str, value: str) -> None:
    assert getattr(fields_of(f"About us\nWe make food.\n\n{sentence}\n"), field) == value


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("• You think and work at HBO/WO level", "degree", ()),
        ("• hbo- of wo-werk- en denkniveau;", "degree", ()),
        ("- Afgeronde opleiding op HBO/WO-niveau", "degree", ("bachelor",)),
        ("💶 Bruto maandloon tussen € 3.900 en € 4.700\n- Ecocheques van € 250 per jaar", "pay", Pay(3900, 4700, "EUR", "month")),
        ("Poste à pourvoir en janvier 2027", "start", "January 2027"),
        ("- Flexible Arbeitszeiten und Homeoffice-Möglichkeit nach der Einarbeitung (bis zu 40 %)", "workplace", "hybrid"),
        ("* Télétravail possible jusqu'à 34 jours par an", "workplace", "hybrid"),
    ],
)
def test_dutch_levels_belgian_pay_french_starts_and_home_office_words(sentence: str, field: str, value: object) -> None:
    assert getattr(_in_a_posting(sentence), field) == value


def test_a_dutch_or_between_places_a_city_and_its_district_and_a_glued_start_label() -> None:
    assert places_of("Gent of Antwerpen") == ["Ghent, BE", "Antwerp, BE"]
    assert places_of("Isle of Man") == ["IM"]
    assert places_of("Luxembourg-Gasperich") == ["Luxembourg, LU"]
    assert places_of("Köln-Deutz") == ["Cologne, DE"]
    text = (
        "BI-Entwickler*in (m/w/d)\nRheinstrom GmbH\n"
        "StandortKöln-DeutzVeröffentlicht am14.11.2026Referenznummer2026-0871EintrittsterminZum 01.03.2027\n"
        "\nIhre Aufgaben\n- Berichte.\n"
    )
    assert fields_of(text).start == "March 2027"


def test_a_foreign_posted_label_alone_at_the_headers_end() -> None:
    text = (
        "Werkstudent Data Science (m/w/d)\nNorderelbe Terminals\nStellen-ID\n2026-0342\nVeröffentlichungsdatum\n"
        "20. November 2026\nBewerbungsfrist\n14.12.2026\n\nWer wir sind\nWir betreiben Terminals.\n"
    )
    assert fields_of(text).posted == date(2026, 11, 20)


def test_platsbankens_municipality_days_away_from_the_office_and_its_ad_id_below_the_employers_reference() -> None:
    text = (
        "Platsbanken\nData engineer\nVästkustens Hamnlogistik AB\nKommun: Göteborg\nOmfattning: Heltid\n\nVi erbjuder\n"
        "Flexibel arbetstid och möjlighet till distansarbete två dagar i veckan.\n\nAnnons-Id: 29481736\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.workplace, fields.job_id) == (
        ["Gothenburg, SE"],
        "hybrid",
        "29481736",
    )
    assert fields_of(text + "Referens: VF-2611\n").job_id == "VF-2611"


def test_a_pdfs_hyphenated_line_ends_are_joined_and_mobile_work_is_hybrid() -> None:
    text = (
        "Werkstudent (m/w/d) Data Analytics\nStadtwerke Weserland GmbH\n\nIhre Aufgaben\n"
        "Sie entwickeln Dashboards zu Netzver-\nlusten und Daten- und Analyseprodukten.\n\nWir bieten\n"
        "die Möglichkeit, nach Absprache teilweise mobil zu arbeiten\n"
    )
    extraction = extract(RawPosting("test.txt", text))
    assert "Netzverlusten" in extraction.body and "Daten- und" in extraction.body
    assert extraction.fields.workplace == "hybrid"


def test_a_team_that_is_part_of_our_department_and_a_danish_posted_date() -> None:
    text = (
        "Jobs at Skovlund Foods\nOpslået 21. november 2026\n\nWho we are\nSkovlund Foods A/S is a family-owned producer.\n\n"
        "The team\nRevenue Management is part of our Commercial department and works with Sales.\n\n"
        "That is why we are looking for a Pricing Analyst who can turn sales data into prices.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team, fields.posted) == ("Skovlund Foods", "Revenue Management", date(2026, 11, 21))


def test_other_vacancies_are_cut_and_the_footer_below_them_still_dates_the_posting() -> None:
    text = (
        "Pricing Data Scientist\nThistlebank Insurance\n\nAbout the role\nYou price motor policies.\n\nSimilar vacancies\n"
        "Senior Pricing Analyst – Home\nEdinburgh (hybrid)\n£48,000 – £56,000\nView all vacancies\n"
        "Date posted: 20 November 2026 | Vacancy reference: TIN-04197\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.posted, fields.job_id) == (None, date(2026, 11, 20), "TIN-04197")


def test_an_agency_partnering_with_a_client_named_with_its_acronym() -> None:
    text = (
        "Liffey Bridge Recruitment\nCredit Risk Data Analyst\n\nLiffey Bridge Recruitment are delighted to be partnering "
        "exclusively with Carrowmore Credit Union Services (CCUS), the lending platform of 40 credit unions.\n"
    )
    assert fields_of(text).company == "Carrowmore Credit Union Services"


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("As Senior BI Developer you will sit in Data & Insight at our Store Support Centre.", "team", "Data & Insight"),
        (
            "For our Munich office we are looking for a Data Science Intern to join the Advanced Analytics practice.",
            "team",
            "Advanced Analytics",
        ),
        ("Als BI Analyst kom je terecht in het Data & Insights team (vijf collega's).", "team", "Data & Insights"),
        (
            "Am Hauptsitz in Hamburg verstärken wir unser Team Konzerncontrolling und suchen eine/n Controller.",
            "team",
            "Konzerncontrolling",
        ),
        ("Project ID: LRE-P-0877", "job_id", "LRE-P-0877"),
        ("Start: January 2027, or by agreement", "start", "January 2027"),
        ("Data di inizio prevista: gennaio 2027.", "start", "January 2027"),
    ],
)
def test_teams_sat_in_practices_and_dutch_teams_project_ids_and_starts(sentence: str, field: str, value: str) -> None:
    assert getattr(_in_a_posting(sentence), field) == value


def test_the_office_a_posting_hires_for() -> None:
    text = "About us\nWe advise banks.\n\nFor our Munich office we are looking for a Data Science Intern to join us.\n"
    assert names(fields_of(text).locations) == ["Munich, DE"]


def test_linkedins_spanish_tab_title() -> None:
    text = (
        "Cestamarket contrata a Product Manager de Analítica en Madrid, Comunidad de Madrid, España | LinkedIn\n"
        "Cestamarket\n\nAcerca del empleo\nBuscamos una persona para liderar la analítica.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Product Manager de Analítica", "Cestamarket")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Freelance BI Consultant\nBrenner Vogt\nStart: 01/2027\n\nProject\nQuote project number BV-3391.\n",
            "start",
            "January 2027",
        ),
        ("Freelance BI Consultant\nBrenner Vogt\n\nProject\nPlease apply quoting project number BV-3391.\n", "job_id", "BV-3391"),
        (
            "Finance Systems Specialist\nOfficine Ferrandi S.p.A.\n"
            "Sede: Torino (TO)Contratto: Tempo determinato 12 mesiData pubblicazione: 03/11/2026Rif.: OFF-FIN-112\n",
            "posted",
            date(2026, 11, 3),
        ),
        ("Finanza\nOfficine Ferrandi\n\nOfferta\n- Inserimento previsto da gennaio 2027\n", "start", "January 2027"),
        (
            "Aktuar Pricing Kraftfahrt (m/w/d)\nRheinische Assekuranz\n\nÜber uns\nWir versichern Autos.\n",
            "title",
            "Aktuar Pricing Kraftfahrt",
        ),
        ("BI Consultant\nDatalijn\nEindhoven | 32–40 uur | Vast dienstverband | Medior\n", "employment_type", "full_time"),
    ],
)
def test_freelance_starts_project_numbers_italian_rows_and_more_role_words(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_a_sentence_before_an_acronym_is_no_glued_label() -> None:
    text = "Backend Engineer\nAcme\n\nRequirements\n- Deep experience with PostgreSQL: schema design and query plans\n"
    assert "PostgreSQL" in fields_of(text).skills


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Analytics Engineer (m/w/d) – Versicherung - Köln - Indeed.com\nDatenwerk\n\nAufgaben\n- dbt.\n", "team", None),
        (
            "Analytics Engineer\nDatenwerk\n\nWir bieten\nJahresgehalt ab 65.000 €; 3 Tage Remote pro Woche; 30 Tage Urlaub\n",
            "workplace",
            "hybrid",
        ),
        ("Analytics Engineer\nDatenwerk\n\nWir bieten\nStarttermin: 01.04.2027\n", "start", "April 2027"),
        (
            "Tableau Developer\nDatavance\n\nMission\nLocation: Brussels (Etterbeek), 2 days on site, 3 days remote\n",
            "workplace",
            "hybrid",
        ),
    ],
)
def test_a_german_industry_in_a_tab_title_remote_days_a_start_label_and_counted_days(
    text: str, field: str, value: object
) -> None:
    assert getattr(fields_of(text), field) == value


def test_the_part_after_a_careers_section_is_the_employer() -> None:
    text = "Data Analyst – Pricing | Lavora con noi | Bianchetti Assicurazioni\nBianchetti Assicurazioni\n\nChi siamo\nAssicuriamo.\n"
    assert fields_of(text).company == "Bianchetti Assicurazioni"  # not 'Pricing', the part before the section


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Data Intern\nAcme\n\nWhat we offer\n- Internship allowance of €1,250 gross per month\n",
            "pay",
            Pay(1250, 1250, "EUR", "month"),
        ),
        ("Werkstudent (m/w/d)\nRheinfracht\nStandortKölnEinstiegsdatum01.03.2027ArbeitszeitTeilzeit\n", "start", "March 2027"),
        (
            "Analityk BI (Power BI) - Wisła Commerce sp. z o.o. | KodPraca.pl\nKodPraca.pl\n",
            "company",
            "Wisła Commerce sp. z o.o.",
        ),
        (
            "Erfaren dataanalytiker til Kunde & Marked - Nordlys Forsyning A/S - JobPortalen.dk\nNordlys Forsyning A/S\n",
            "title",
            "Erfaren dataanalytiker",
        ),
        (
            "BI-utvecklare\nKvarnberg Sparbank\n\nOm tjänsten\nVi tillämpar hybridarbete - vi ses på kontoret två dagar.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Analytiker\nAcme\n\nOm tjänsten\nVi söker en BI-utvecklare till gruppen Analys & Rapportering inom ekonomi.\n",
            "team",
            "Analys & Rapportering",
        ),
        ("Dataanalytiker\nNordlys\n\nAnsøg og mærk ansøgningen med sagsnr. 2026-0187.\n", "job_id", "2026-0187"),
    ],
)
def test_intern_allowances_glued_german_starts_polish_legal_forms_and_nordic_units(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_linkedins_dutch_tab_title_drops_its_article() -> None:
    text = "Stroomwerk zoekt een BI Developer in Utrecht, Utrecht, Nederland | LinkedIn\nStroomwerk\n\nOver de baan\nJe bouwt rapporten.\n"
    assert fields_of(text).title == "BI Developer"


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        (
            "Was wir bieten\n18,50 €/Std. brutto\n\nSalary insights\nWerkstudent roles in Berlin typically pay 14 €/hr - 17 €/hr",
            "pay",
            Pay(18.5, 18.5, "EUR", "hour"),
        ),
        ("- 30 days of vacation, mobile working up to 60% of your time", "workplace", "hybrid"),
        (
            "This is a permanent, full-time role. We're happy to talk about flexible and part-time arrangements for all roles.",
            "employment_type",
            "full_time",
        ),
    ],
)
def test_what_a_role_typically_pays_mobile_working_shares_and_part_time_on_request(
    sentence: str, field: str, value: object
) -> None:
    assert getattr(_in_a_posting(sentence), field) == value


def test_a_site_that_calls_itself_a_job_board_is_not_the_employer() -> None:
    text = (
        "BI Developer - 6 Month Contract - Leeds | ContractStack\nContractStack - UK IT contracts\n"
        "BI Developer - 6 Month Contract\nAireborough Building Society\nLeeds, West Yorkshire\n\nThe role\nYou build reports.\n\n"
        "ContractStack Ltd, registered in England. ContractStack is a job board and is not the employer for any role advertised.\n"
    )
    assert fields_of(text).company == "Aireborough Building Society"
