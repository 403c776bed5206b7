"""schema.org JobPosting for Google for Jobs: built only from facts the posting page also shows."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from markupsafe import Markup

from generator.models import Posting

EMPLOYMENT_TYPES = {
    "intern": "INTERN",
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
}
# Google's credentialCategory values; master's and PhD are both postgraduate.
CREDENTIALS = {"bachelor": "bachelor degree", "master": "postgraduate degree", "phd": "postgraduate degree"}
UNITS = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}


def job_posting(posting: Posting, description_html: str, url: str) -> dict[str, Any]:
    """The JobPosting object; keys with no value are left out rather than guessed."""
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": description_html,
        "url": url,
        "datePosted": _iso(posting.posted or posting.added),
        "validThrough": _iso(posting.valid_through),
        "employmentType": EMPLOYMENT_TYPES.get(posting.employment_type or ""),
        "hiringOrganization": {"@type": "Organization", "name": posting.company},
        "identifier": {"@type": "PropertyValue", "name": posting.company, "value": posting.job_id} if posting.job_id else None,
        "educationRequirements": [
            {"@type": "EducationalOccupationalCredential", "credentialCategory": c}
            for c in dict.fromkeys(CREDENTIALS[d] for d in posting.degree)
        ]
        or None,
        "skills": ", ".join(posting.skills) or None,
        "baseSalary": _salary(posting),
    }
    places = [_place(loc.city, loc.region, loc.country) for loc in posting.locations]
    if posting.workplace == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        countries = dict.fromkeys(loc.country for loc in posting.locations)
        data["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in countries] or None
    else:
        data["jobLocation"] = places or None
    return {key: value for key, value in data.items() if value is not None}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _place(city: str | None, region: str | None, country: str) -> dict[str, Any]:
    address = {"@type": "PostalAddress", "addressLocality": city, "addressRegion": region, "addressCountry": country}
    return {"@type": "Place", "address": {k: v for k, v in address.items() if v}}


def _salary(posting: Posting) -> dict[str, Any] | None:
    pay = posting.pay
    if pay is None:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": UNITS[pay.period]}
    amounts = pay.as_dict()  # whole amounts as integers
    if pay.min is not None and pay.min == pay.max:
        value["value"] = amounts["min"]
    else:
        if pay.min is not None:
            value["minValue"] = amounts["min"]
        if pay.max is not None:
            value["maxValue"] = amounts["max"]
    return {"@type": "MonetaryAmount", "currency": pay.currency, "value": value}


def script(data: dict[str, Any]) -> Markup:
    """The JSON as a <script> body: '<' is escaped so posting text cannot close the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
