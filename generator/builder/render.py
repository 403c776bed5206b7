"""Jinja and Markdown set up safely: autoescape on, undefined names are errors, raw HTML off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from markdown_it import MarkdownIt

from generator.models import LABELS, Pay


def markdown_renderer() -> MarkdownIt:
    # The commonmark preset turns HTML on; postings are untrusted, so it goes off.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def format_pay(pay: Pay | None) -> str:
    if pay is None:
        return ""

    def amount(value: float | None) -> str:
        if value is None:
            return ""
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"

    if pay.min is not None and pay.max is not None and pay.min != pay.max:
        text = f"{amount(pay.min)}–{amount(pay.max)}"
    elif pay.min is None:
        text = f"up to {amount(pay.max)}"
    elif pay.max is None:
        text = f"from {amount(pay.min)}"
    else:
        text = amount(pay.min)
    return f"{pay.currency} {text} per {pay.period}"


def label(value: str | None) -> str:
    return LABELS.get(value or "", value or "")


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(["html", "xml", "j2"], default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(pay=format_pay, label=label, iso=iso)
    return env


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    return env.get_template(name).render(**context)
