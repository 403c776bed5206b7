"""The data that flows through the pipeline: plain, frozen, typed, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

WORKPLACES = ("remote", "hybrid", "onsite")
EMPLOYMENT_TYPES = ("intern", "full_time", "part_time", "contract", "temporary")
DEGREES = ("bachelor", "master", "phd")
PAY_PERIODS = ("hour", "day", "week", "month", "year")

# Working time per year, used only to compare pay quoted per hour with pay quoted
# per year (filters and sorting); never shown as if the posting said it.
PERIODS_PER_YEAR = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}

LABELS = {
    "remote": "Remote",
    "hybrid": "Hybrid",
    "onsite": "On-site",
    "intern": "Internship",
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contract": "Contract",
    "temporary": "Temporary",
    "bachelor": "Bachelor's",
    "master": "Master's",
    "phd": "PhD",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


@dataclass(frozen=True, slots=True)
class Pay:
    """A pay range as the posting states it. A single value has min == max."""

    min: float | None
    """Lower bound; None for "up to X"."""
    max: float | None
    """Upper bound; None for "from X"."""
    currency: str
    """ISO 4217 code, upper case."""
    period: str
    """One of PAY_PERIODS."""

    def yearly(self) -> tuple[float | None, float | None]:
        """The range scaled to a year, so hourly and yearly pay compare."""
        factor = PERIODS_PER_YEAR[self.period]
        return (
            None if self.min is None else self.min * factor,
            None if self.max is None else self.max * factor,
        )

    def as_dict(self) -> dict[str, Any]:
        return {"min": _number(self.min), "max": _number(self.max), "currency": self.currency, "period": self.period}


def _number(value: float | None) -> int | float | None:
    """Whole amounts print as integers (45, not 45.0)."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place a job is done: a country alone, or a city with its region and country."""

    country: str
    """ISO 3166-1 alpha-2 code, upper case."""
    region: str | None = None
    """Region as written for the country (a US state code, a province, ...)."""
    city: str | None = None

    @classmethod
    def parse(cls, text: str) -> Location:
        """Read "City, Region, CC", "City, CC" or "CC". Raises ValueError on anything else."""
        parts = [part.strip() for part in str(text).split(",")]
        if not all(parts) or not 1 <= len(parts) <= 3:
            raise ValueError(f"a location is 'City, Region, CC', 'City, CC' or 'CC' (got {text!r})")
        country = parts[-1]
        if len(country) != 2 or not country.isalpha() or not country.isupper():
            raise ValueError(f"a location ends with a two-letter upper-case country code (got {country!r} in {text!r})")
        if len(parts) == 3:
            return cls(country=country, region=parts[1], city=parts[0])
        if len(parts) == 2:
            return cls(country=country, city=parts[0])
        return cls(country=country)

    def __str__(self) -> str:
        return ", ".join(part for part in (self.city, self.region, self.country) if part)


@dataclass(frozen=True, kw_only=True)
class Fields:
    """The front matter of a content file: everything known about a posting besides its body."""

    title: str | None = None
    """The role, without decorations; a posting without one is a draft."""
    company: str | None = None
    """The employer; a posting without one is a draft."""
    team: str | None = None
    locations: tuple[Location, ...] = ()
    workplace: str | None = None
    """One of WORKPLACES, or None when the posting does not say."""
    employment_type: str | None = None
    """One of EMPLOYMENT_TYPES."""
    degree: tuple[str, ...] = ()
    """The degree levels the posting accepts, from DEGREES."""
    pay: Pay | None = None
    start: str | None = None
    """When the job starts, as precise as the posting: "2026", "2026 Summer", "2024-05"."""
    posted: date | None = None
    """When the employer published the posting."""
    valid_through: date | None = None
    """The last day to apply; past it the posting is archived."""
    job_id: str | None = None
    apply_url: str | None = None
    """Where to apply; only http and https are accepted."""
    skills: tuple[str, ...] = ()
    """Canonical names of languages, frameworks and tools."""
    topics: tuple[str, ...] = ()
    """Fields of work (Recommendation Systems, NLP, ...)."""
    id: str | None = None
    """A stable identifier for feeds; never changes when the posting is edited or the site moves."""
    added: date | None = None
    """When the posting was first ingested into the board."""
    updated: date | None = None
    """When the posting last changed in a way worth telling subscribers."""
    source: str | None = None
    """Path of the raw file the posting was ingested from."""
    review: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Fields a person should check, each with the reason."""

    @property
    def is_draft(self) -> bool:
        """A posting without a title or company is not published (nothing invents them)."""
        return not (self.title and self.company)


FIELD_NAMES = tuple(f.name for f in fields(Fields))


@dataclass(frozen=True, kw_only=True)
class Posting(Fields):
    """A posting as the builder sees it: its fields, where it came from and its body."""

    slug: str
    """The file stem of the content file; the posting's URL is built from it."""
    path: Path
    """The content file."""
    body: str = ""
    """The clean Markdown body."""

    @property
    def stable_id(self) -> str:
        return self.id or f"urn:jobboard:{self.slug}"  # the form ingest writes, so deleting the id line changes nothing


def fields_of(value: Fields) -> dict[str, Any]:
    """The Fields part of a Fields or Posting, as keyword arguments (shallow: values stay typed)."""
    return {name: getattr(value, name) for name in FIELD_NAMES}
