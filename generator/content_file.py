"""The content-file format: YAML front matter between `---` lines, then Markdown.

This module alone reads and writes it, so what ingest writes is exactly what
build reads. `parse` reports every problem at once, each with its line.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.errors import Problem
from generator.models import (
    DEGREES,
    EMPLOYMENT_TYPES,
    FIELD_NAMES,
    PAY_PERIODS,
    WORKPLACES,
    Fields,
    Location,
    Pay,
)

FENCE = "---"
# libyaml's safe loader when PyYAML was built with it (it is on PyPI's wheels): parsing front matter is most
# of a large build's time, and the C loader is several times faster than the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SAFE_URL_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class ContentFile:
    """A parsed content file: typed fields, the Markdown body, and what was wrong."""

    fields: Fields
    body: str
    problems: tuple[Problem, ...]
    """Errors and warnings; the fields hold only the values that were valid."""
    lines: dict[str, int]
    """Line of each front-matter key, for later diagnostics."""


class _Invalid(ValueError):
    """A value does not follow the schema; the message says what is expected."""


# --- reading ---------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise _Invalid("must be text")
    text = str(value).strip()
    return text or None


def _choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    def read(value: Any) -> str | None:
        if value is None or value == "":
            return None
        if value not in options:
            raise _Invalid(f"must be one of {', '.join(options)} (got {value!r})")
        return str(value)

    return read


def _text_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(item, (dict, list)) or item is None for item in value):
        raise _Invalid("must be a list of text")
    return tuple(dict.fromkeys(str(item).strip() for item in value if str(item).strip()))


def _degrees(value: Any) -> tuple[str, ...]:
    levels = _text_list(value)
    for level in levels:
        if level not in DEGREES:
            raise _Invalid(f"must list only {', '.join(DEGREES)} (got {level!r})")
    return tuple(sorted(levels, key=DEGREES.index))


def _locations(value: Any) -> tuple[Location, ...]:
    try:
        return tuple(Location.parse(text) for text in _text_list(value))
    except ValueError as error:
        raise _Invalid(str(error)) from None


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise _Invalid(f"must be a date written YYYY-MM-DD (got {value!r})") from None


def _amount(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _Invalid(f"{name} must be a non-negative number (got {value!r})")
    return float(value)


def _pay(value: Any) -> Pay | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _Invalid("must be a mapping with min, max, currency and period")
    unknown = set(value) - {"min", "max", "currency", "period"}
    if unknown:
        raise _Invalid(f"has unknown keys: {', '.join(sorted(map(str, unknown)))}")
    low, high = _amount(value.get("min"), "min"), _amount(value.get("max"), "max")
    if low is None and high is None:
        raise _Invalid("needs a min or a max")
    if low is not None and high is not None and low > high:
        raise _Invalid(f"min ({low:g}) is greater than max ({high:g})")
    currency = str(value.get("currency") or "")
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise _Invalid(f"currency must be an ISO 4217 code such as USD (got {value.get('currency')!r})")
    period = value.get("period")
    if period not in PAY_PERIODS:
        raise _Invalid(f"period must be one of {', '.join(PAY_PERIODS)} (got {period!r})")
    return Pay(min=low, max=high, currency=currency, period=period)


def _url(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in SAFE_URL_SCHEMES or not parts.netloc:
        raise _Invalid(f"must be an http or https URL (got {text!r})")
    return text


def _review(value: Any) -> MappingProxyType[str, str]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, dict):
        raise _Invalid("must be a mapping of field name to reason")
    return MappingProxyType({str(k): str(v) for k, v in value.items()})


# One reader a field (Pelican's METADATA_PROCESSORS): each turns a YAML value
# into the typed value, or raises _Invalid saying what it expected.
READERS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "company": _text,
    "team": _text,
    "locations": _locations,
    "workplace": _choice(WORKPLACES),
    "employment_type": _choice(EMPLOYMENT_TYPES),
    "degree": _degrees,
    "pay": _pay,
    "start": _text,
    "posted": _date,
    "valid_through": _date,
    "job_id": _text,
    "apply_url": _url,
    "skills": _text_list,
    "topics": _text_list,
    "id": _text,
    "added": _date,
    "updated": _date,
    "source": _text,
    "review": _review,
}
assert set(READERS) == set(FIELD_NAMES), "every field needs a reader"


def split(text: str, path: Path | str) -> tuple[str, str, int]:
    """Split a content file into (front matter, body, line of the first front-matter line)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        raise _FrontMatterMissing(Problem(path, "no front matter: the file must start with a '---' line", 1))
    for index in range(1, len(lines)):
        if lines[index].rstrip() == FENCE:
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), 2
    raise _FrontMatterMissing(Problem(path, "front matter is not closed: did you forget the '---' line after the fields?", 1))


class _FrontMatterMissing(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def parse(text: str, path: Path | str) -> ContentFile:
    """Read a content file. Never raises for bad content: problems come back in the result."""
    try:
        front, body, first_line = split(text, path)
    except _FrontMatterMissing as missing:
        return ContentFile(Fields(), text, (missing.problem,), {})
    try:
        node = yaml.compose(front, Loader=_Loader)
        data = yaml.load(front, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else 1
        reason = getattr(error, "problem", None) or str(error)
        return ContentFile(Fields(), body, (Problem(path, f"invalid YAML in front matter: {reason}", line),), {})
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        return ContentFile(Fields(), body, (Problem(path, "front matter must be a mapping of field: value", 2),), {})
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {str(key.value): first_line + key.start_mark.line for key, _ in node.value}
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key, raw in data.items():
        key = str(key)
        line = lines.get(key)
        reader = READERS.get(key)
        if reader is None:
            hint = difflib.get_close_matches(key, FIELD_NAMES, n=1)
            suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
            problems.append(Problem(path, f"unknown field '{key}'{suggestion}", line))
            continue
        try:
            values[key] = reader(raw)
        except _Invalid as error:
            problems.append(Problem(path, f"{key} {error}", line))
    return ContentFile(Fields(**values), body.lstrip("\n"), tuple(problems), lines)


# --- writing ---------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Lists of plain values in flow style ([Python, Go]); everything else in block style."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(item, (dict, list)) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    # Pay reads best on one line; review reasons are sentences and read best one a line.
    flow = set(data) <= {"min", "max", "currency", "period"}
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)


def to_yaml_data(fields: Fields) -> dict[str, Any]:
    """Front-matter values in schema order, as plain YAML data. Empty optional bookkeeping is left out."""
    data: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(fields, name)
        if name in ("id", "updated", "valid_through") and value is None:
            continue
        if name == "review":
            if value:
                data[name] = dict(value)
            continue
        if isinstance(value, Pay):
            value = value.as_dict()
        elif name == "locations":
            value = [str(location) for location in value]
        elif isinstance(value, tuple):
            value = list(value)
        data[name] = value
    return data


def dump(fields: Fields, body: str) -> str:
    """The text of a content file. parse(dump(f, b)) gives back f and b."""
    front = yaml.dump(
        to_yaml_data(fields),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    body = body.strip("\n")
    return f"{FENCE}\n{front}{FENCE}\n\n{body}\n" if body else f"{FENCE}\n{front}{FENCE}\n"
