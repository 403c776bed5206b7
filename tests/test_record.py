"""Job-search API records pasted as text or JSON: their named fields are read like JSON-LD."""

from __future__ import annotations

import json
from datetime import date

from generator.ingest.extractor import extract
from generator.ingest.reading import decode_raw
from generator.ingest.record import read_record, unglue
from generator.models import Fields, Pay
from tests.support.extraction import names

RECORD = """job_title: Data Analyst II - Clinical Operations
employer_name: Bluebonnet Home Health Partners
job_publisher: ZipRecruiter
job_employment_type: FULLTIME
job_city: Austin
job_state: TX
job_country: US
job_is_remote: false
job_posted_at_datetime_utc: 2026-11-19T15:42:07.000Z
job_apply_link: https://careers.example.com/jobs/3381?utm_source=ziprecruiter
job_min_salary: null
job_description: We run home health care.Position SummaryThe analyst builds reports.Essential Functions• Build Tableau dashboards• Write SQL queriesQualifications• Bachelor's degree required
"""


def _record_fields(record: dict, indent: int | None = None) -> Fields:
    """The fields of a record pasted as its JSON."""
    return extract(decode_raw(json.dumps(record, indent=indent).encode(), "record.json")).fields


def test_a_pasted_record_gives_its_named_fields() -> None:
    fields = extract(decode_raw(RECORD.encode(), "record.txt")).fields
    assert (fields.title, fields.team) == ("Data Analyst II", "Clinical Operations")  # the unit is no part of the title
    assert fields.company == "Bluebonnet Home Health Partners"  # not the publisher, a job board
    assert names(fields.locations) == ["Austin, TX, US"]
    assert (fields.employment_type, fields.workplace) == ("full_time", None)
    assert str(fields.posted) == "2026-11-19"
    assert fields.apply_url == "https://careers.example.com/jobs/3381?utm_source=ziprecruiter"
    assert fields.pay is None  # 'null' salary fields are no pay
    assert fields.degree == ("bachelor",)


def test_a_records_description_gets_its_breaks_back() -> None:
    extraction = extract(decode_raw(RECORD.encode(), "record.txt"))
    assert "## Responsibilities\n\n- Build Tableau dashboards\n- Write SQL queries" in extraction.body
    assert "## Qualifications" in extraction.body
    assert unglue("Our teams.Position SummaryThe role").split() == ["Our", "teams.", "Position", "Summary", "The", "role"]
    assert unglue("Our teams.Position SummaryThe role").splitlines()[-1] == "The role"
    assert unglue("Salesforce and PowerPoint skills") == "Salesforce and PowerPoint skills"  # no heading in it


def test_a_json_record_with_salary_fields() -> None:
    record = {
        "job_title": "Backend Engineer",
        "employer_name": "Kelpforge",
        "job_city": "Dublin",
        "job_country": "IE",
        "job_is_remote": True,
        "job_min_salary": 70000,
        "job_max_salary": 85000,
        "job_salary_currency": "EUR",
        "job_salary_period": "YEAR",
        "job_description": "You will build our APIs in Go.",
    }
    fields = _record_fields(record)
    assert (fields.title, fields.company, fields.workplace) == ("Backend Engineer", "Kelpforge", "remote")
    assert fields.pay == Pay(70000, 85000, "EUR", "year")
    # A remote job's city is the employer's office: the job is the country's.
    assert names(fields.locations) == ["IE"]


def test_a_posting_with_a_few_snake_case_words_is_no_record() -> None:
    text = "Data Engineer\nAcme\n\nnode_modules: keep them small\nYou will build pipelines.\n"
    assert read_record(text) == (text, {})


def test_a_search_apis_whole_response_gives_its_first_result() -> None:
    response = {
        "status": "OK",
        "request_id": "4f1c",
        "parameters": {"query": "power bi developer in raleigh"},
        "data": [
            {
                "job_title": "Power BI Developer (Contract)",
                "employer_name": "Tarrant Data Systems LLC",
                "job_publisher": "Dice",
                "job_city": "Raleigh",
                "job_state": "NC",
                "job_country": "US",
                "job_description": "Our client needs a Power BI developer for six months.",
            },
            {"job_title": "Data Engineer", "employer_name": "Someone Else Inc", "job_description": "Another job."},
        ],
    }
    fields = extract(decode_raw(json.dumps(response).encode(), "response.json")).fields
    assert (fields.title, fields.company) == ("Power BI Developer", "Tarrant Data Systems LLC")
    assert names(fields.locations) == ["Raleigh, NC, US"]


def test_a_response_cut_off_after_its_first_result_and_under_its_request_line() -> None:
    """A curator copies the request line with the response, and stops copying after the first result: the
    outer object does not parse, the result's own object does."""
    result = {
        "job_title": "Frontend Developer",
        "employer_name": "Harrow Lane Staffing LLC",
        "job_city": "Tampa",
        "job_state": "FL",
        "job_country": "US",
        "job_description": "Our client needs a frontend developer.",
        "job_highlights": {"Qualifications": ["Vue.js"]},
    }
    pasted = (
        "GET /search?query=frontend%20developer 200 OK (380 ms)\n\n"
        '{\n  "status": "OK",\n  "parameters": {"query": "frontend developer"},\n  "data": [\n'
        + "\n".join("    " + line for line in json.dumps(result, indent=2).split("\n"))
        + "\n"
    )
    fields = extract(decode_raw(pasted.encode(), "response.txt")).fields
    assert (fields.title, fields.company) == ("Frontend Developer", "Harrow Lane Staffing LLC")
    assert names(fields.locations) == ["Tampa, FL, US"]


def test_a_brace_in_a_posting_is_no_record() -> None:
    text = "Data Engineer\nAcme\n\n{ we love JSON }\nYou will build pipelines.\n"
    assert read_record(text) == (text, {})


def test_a_pasted_response_of_several_records_gives_the_first() -> None:
    second = "--- data[4] ---\njob_title: Front End Developer (Angular)\nemployer_name: Lakemont Digital\njob_city: Raleigh\n"
    fields = extract(decode_raw((RECORD + second).encode(), "records.txt")).fields
    assert (fields.title, fields.company) == ("Data Analyst II", "Bluebonnet Home Health Partners")
    assert names(fields.locations) == ["Austin, TX, US"]


def test_a_record_printed_with_its_strings_quoted() -> None:
    quoted = "\n".join(
        f'{key}: "{value}"' if value[:1].isalpha() or value[:1].isdigit() else f"{key}: {value}"
        for key, value in (line.split(": ", 1) for line in RECORD.splitlines() if ": " in line)
    )
    fields = extract(decode_raw(quoted.encode(), "record.txt")).fields
    assert fields.company == "Bluebonnet Home Health Partners"
    assert str(fields.posted) == "2026-11-19"  # '"2026-11-19T15:42:07.000Z"' was cut to '"2026-11-1'


def test_an_api_records_nested_employer_place_and_estimated_salary() -> None:
    record = {
        "title": "Data Analyst Finance",
        "company": {"name": "Donauwerk Versicherung AG", "website": "https://www.donauwerk.at"},
        "location": {"raw": "1030 Wien", "city": "Wien", "country": "AT"},
        "employment_type": ["FULL_TIME"],
        # The board's estimate, not the employer's pay.
        "salary": {"min": 44800, "max": 56000, "currency": "EUR", "period": "YEAR", "is_estimate": True},
        "description": "Für unsere Abteilung Finanzcontrolling suchen wir eine:n Data Analyst.\n\nIhre Aufgaben:\n- Berichte",
    }
    fields = _record_fields(record, indent=2)
    assert (fields.company, names(fields.locations)) == ("Donauwerk Versicherung AG", ["Vienna, AT"])
    assert (fields.employment_type, fields.pay) == ("full_time", None)


def test_a_record_under_a_copied_title_still_gives_its_fields() -> None:
    text = (
        "SAP Datasphere Consultant - C2C / Contract (Hybrid Dublin\nCorvell IT Solutions Ltd\nDublin, IE\n\n"
        "employer_name: Corvell IT Solutions Ltd\njob_posted_at_datetime_utc: 2026-11-20T09:41:17.000Z\njob_city: Dublin\n"
        "job_country: IE\njob_description:\nCorvell IT Solutions places SAP consultants.\n"
    )
    fields = extract(decode_raw(text.encode(), "record.txt")).fields
    assert (fields.title, fields.posted) == ("SAP Datasphere Consultant", date(2026, 11, 20))


def test_a_records_remote_flag_and_type_give_way_to_its_text() -> None:
    record = {
        "job_title": "Product Data Analyst",
        "employer_name": "Vistula Payments",
        "job_employment_type": "FULLTIME",
        "job_is_remote": True,
        "job_city": "Warszawa",
        "job_country": "PL",
        "job_description": "We're hiring a Product Data Analyst.\n\nWhat we offer:\n"
        "• Employment contract for a fixed term of 12 months\n• Hybrid work: 3 days a week at our office in Warsaw, 2 days from home",
    }
    fields = _record_fields(record)
    assert (fields.workplace, fields.employment_type) == ("hybrid", "temporary")
    assert names(fields.locations) == ["Warsaw, PL"]


def test_a_records_salary_fields_give_way_to_the_pay_its_text_states() -> None:
    record = {
        "job_title": "Financial Data Analyst",
        "employer_name": "Greyfriars Finance",
        "job_city": "Manchester",
        "job_country": "GB",
        "job_min_salary": 55000,
        "job_max_salary": 65000,
        "job_salary_currency": "GBP",
        "job_salary_period": "YEAR",
        "job_description": "You will report on lending.\n\nWhat we offer\n• Salary £46,500 – £50,000 per annum",
    }
    fields = _record_fields(record)
    assert fields.pay == Pay(46500, 50000, "GBP", "year")


def test_a_record_that_gives_only_its_posted_date_still_gives_it() -> None:
    text = (
        "Freelance Data Engineer (Azure / Databricks)\nVanderborght Ports & Logistics\nAntwerp, BE\nvia JobNest\n\n"
        "job_id: jn-8f31c2a790\njob_employment_type: CONTRACTOR\njob_posted_at: 2026-11-19\njob_publisher: JobNest\n\n"
        "We need a freelance data engineer for our port data platform.\n"
    )
    assert extract(decode_raw(text.encode(), "record.txt")).fields.posted == date(2026, 11, 19)
