"""A job-search API record pasted as text: 'job_title: …' lines, or the record's JSON object.

Aggregator APIs (JSearch and its like) give a posting as named fields with the description in one of
them. The named fields are facts the way a page's JSON-LD is, so they are mapped to the same schema.org
JobPosting shape and the extractors read them from there; the description becomes the posting's text,
under a plain header of title, employer and place.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.ingest.document import GLUED_SENTENCE, heading_kind

# Lower-case keys with an underscore ('job_title', 'employer_name'): how API fields look, and not how a
# posting's own labels ('Job title:', 'Location:') do.
_KEY_LINE = re.compile(r"^([a-z][a-z0-9]*(?:_[a-z0-9]+)+)[ \t]*:[ \t]?(.*)$")

_KEYS = {
    "title": ("job_title", "position_title", "title"),
    "company": ("employer_name", "company_name", "hiring_organization", "company"),
    "city": ("job_city", "city", "location"),
    "state": ("job_state", "state"),
    "country": ("job_country", "country"),
    "posted": ("job_posted_at_datetime_utc", "job_posted_at", "date_posted", "posted_at", "created"),
    "apply": ("job_apply_link", "apply_link", "apply_url"),
    "remote": ("job_is_remote", "is_remote"),
    "min": ("job_min_salary", "min_salary", "salary_min"),
    "max": ("job_max_salary", "max_salary", "salary_max"),
    "currency": ("job_salary_currency", "salary_currency"),
    "period": ("job_salary_period", "salary_period"),
    "type": ("job_employment_type", "employment_type", "contract_time"),
    "description": ("job_description", "description"),
}
# The API's employment types in schema.org's spelling; the extractor keeps only the types it knows.
_TYPES = {"FULLTIME": "FULL_TIME", "PARTTIME": "PART_TIME"}
_PERIODS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


def read_record(text: str) -> tuple[str, dict[str, Any]]:
    """The posting's text and a JobPosting-shaped dict when `text` is an API record; else (text, {})."""
    fields = _json_fields(text) or _line_fields(text)
    if fields is None:
        return text, {}
    values = {name: _first(fields, keys) for name, keys in _KEYS.items()}
    if not values["title"]:
        # A record under a title the collector copied from the page ('SAP Datasphere Consultant - C2C …' then
        # 'employer_name: …'): its fields still tell the facts, and the text keeps the title.
        # Three key lines made it a record: any of its facts is worth reading ('job_posted_at: 2026-11-19').
        named = any(values[name] for name in ("company", "posted", "city", "country", "description"))
        return (text, {k: v for k, v in _job_posting(values).items() if k != "title"}) if named else (text, {})
    place = ", ".join(v for v in (values["city"], values["state"], values["country"]) if v)
    header = [v for v in (values["title"], values["company"], place) if v]
    rest = [line for line in fields.get("", "").split("\n") if line.strip()]
    description = unglue(values["description"] or "")
    return "\n".join([*header, "", *rest, "", description]).strip() + "\n", _job_posting(values)


# APIs hand the description over with its line breaks gone: 'teams.Position SummaryThe Data Analyst ...
# leadershipQualifications• Bachelor's degree'. Bullets, sentences run into the next and known headings
# run into the words around them get their breaks back.
_WORD = r"(?:[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+)"  # 'Summary', 'IT', 'and': never 'SummaryThe'
_CAMEL_RUN = re.compile(
    rf"(?:(?<=[a-z.:])|^)((?:[A-Z]{{2,}}(?![a-z])|[A-Z][a-z]+)(?:[ &/,-]+{_WORD}){{0,4}}?)(?=[A-Z][a-z]|•|\n|$)", re.M
)


def unglue(text: str) -> str:
    text = GLUED_SENTENCE.sub("\\g<0>\n", text.replace("•", "\n• "))
    return re.sub(
        r"\n\n+", "\n\n", _CAMEL_RUN.sub(lambda m: f"\n{m.group(1)}\n" if heading_kind(m.group(1)) else m.group(0), text)
    )


# Where a JSON object may begin: a line that opens with '{' (the paste may start with the request line, and a
# long response is often cut off after its first result, so the outer object does not parse but the result's
# own '{' line does), or the first result of a response's 'data' list.
_OBJECT_START = re.compile(r'^[ \t]*(?=\{)|"data"\s*:\s*\[\s*(?=\{)', re.M)


def _json_fields(text: str) -> dict[str, str] | None:
    if "{" not in text:
        return None
    decoder = json.JSONDecoder()
    for start in _OBJECT_START.finditer(text):
        try:
            data, _ = decoder.raw_decode(text, start.end())  # text after the object (a footer) is no matter
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        # A search API's whole response ('status', 'parameters', 'data': [the job]; Adzuna's 'results'): the job is
        # the first result.
        results = data.get("data") or data.get("results")
        if isinstance(results, list) and results and isinstance(results[0], dict):
            data = results[0]
        fields = {str(k).lower(): "" if v is None else str(v) for k, v in data.items() if not isinstance(v, dict | list)}
        for key, value in data.items():
            if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
                fields.setdefault(str(key).lower(), value[0])  # 'employment_type': ['FULL_TIME']
            elif isinstance(value, dict):
                _nested_fields(str(key).lower(), value, fields)
        if fields.get("salary_is_predicted", "").lower() in ("1", "true"):
            # The board's guess, not the employer's pay.
            fields.pop("salary_min", None)
            fields.pop("salary_max", None)
        return fields
    return None


def _nested_fields(key: str, value: dict[str, Any], fields: dict[str, str]) -> None:
    """A record's objects as flat fields: Adzuna's 'company': {'display_name': …}, 'company': {'name': …},
    'location': {'city': …, 'country': …}, 'salary': {'min': …, 'currency': …} (a salary the board estimated,
    'is_estimate': true, is no pay)."""
    name = value.get("display_name") or value.get("name")
    if isinstance(name, str) and name.strip():
        fields[key] = name
        return
    flat = {str(k).lower(): str(v) for k, v in value.items() if isinstance(v, str | int | float) and not isinstance(v, bool)}
    if key in ("location", "job_location", "address"):
        for inner, outer in (("city", "city"), ("region", "state"), ("state", "state"), ("country", "country")):
            if flat.get(inner):
                fields.setdefault(outer, flat[inner])
    elif key in ("salary", "compensation", "pay"):
        if any(value.get(flag) is True for flag in ("is_estimate", "is_predicted", "estimated", "predicted")):
            return
        for inner in ("min", "max", "currency", "period"):
            if flat.get(inner):
                fields.setdefault(f"salary_{inner}", flat[inner])


def _line_fields(text: str) -> dict[str, str] | None:
    """'key: value' lines, up to the first key that comes again; lines that are no field are kept under the key ''
    (the collector's URL line)."""
    fields: dict[str, str] = {}
    other: list[str] = []
    count = 0
    for line in text.split("\n"):
        match = _KEY_LINE.match(line.strip())
        if match and match.group(1) in fields:
            break  # the next result of a search response ('--- data[4] ---'): another job
        if match:
            value = match.group(2).strip()
            # 'employer_name: "Bluepeak Consulting Group"': a record printed with its strings quoted.
            fields[match.group(1)] = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
            count += 1
        else:
            other.append(line)
    if count < 3:
        return None  # one or two such lines are a posting's own text, not a record
    fields[""] = "\n".join(other)
    return fields


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key, "").strip()
        if value and value.lower() not in ("null", "none", "nan"):
            return value
    return None


def _job_posting(values: dict[str, str | None]) -> dict[str, Any]:
    # '_record' marks metadata a search API compiled: the posting's own text may know better (see the extractors).
    posting: dict[str, Any] = {"title": values["title"], "_record": True}
    if values["company"]:
        posting["hiringOrganization"] = {"name": values["company"]}
    if values["city"] or values["country"]:
        address = {"addressLocality": values["city"], "addressRegion": values["state"], "addressCountry": values["country"]}
        posting["jobLocation"] = {"address": {k: v for k, v in address.items() if v}}
    if values["posted"]:
        posting["datePosted"] = values["posted"][:10]
    if values["apply"] and values["apply"].startswith(("http://", "https://")):
        posting["url"] = values["apply"]
    if (values["remote"] or "").lower() == "true":
        posting["jobLocationType"] = "TELECOMMUTE"
    if kind := (values["type"] or "").upper().replace("-", "").replace("_", ""):
        posting["employmentType"] = _TYPES.get(kind, kind)
    period = (values["period"] or "").upper()
    if period in _PERIODS and values["currency"] and (values["min"] or values["max"]):
        amounts = {"minValue": values["min"], "maxValue": values["max"] or values["min"], "unitText": period}
        posting["baseSalary"] = {"currency": values["currency"], "value": amounts}
    return posting
