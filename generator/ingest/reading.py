"""Turn a raw posting file into text, refusing what is not a posting.

HTML pastes are turned into text here, and a JobPosting JSON-LD block in them
is kept aside: it is the most reliable source of fields when present.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from generator.errors import InputError, Problem
from generator.ingest.record import read_record

MAX_BYTES = 2 * 1024 * 1024
"""A real posting is a few KB; past this the file is a mistake (a whole saved site, a log)."""


@dataclass(frozen=True)
class RawPosting:
    """The text of one raw posting, ready for extraction."""

    path: str
    """The path as given, recorded as the content file's source."""
    text: str
    """Plain text; HTML has been rendered to text."""
    json_ld: dict[str, Any] = field(default_factory=dict)
    """The JobPosting object from a JSON-LD block, when the paste had one."""


def read_raw(path: Path, shown: str | None = None) -> RawPosting:
    """Read and check one raw posting. Raises InputError naming the file."""
    name = shown or str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(Problem(name, f"cannot read: {error.strerror or error}")) from None
    return decode_raw(data, name)


def decode_raw(data: bytes, name: str) -> RawPosting:
    if len(data) > MAX_BYTES:
        raise InputError(
            Problem(name, f"too large for a posting ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)")
        )
    if b"\x00" in data[:8192]:
        raise InputError(Problem(name, "binary file, not a text posting"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(Problem(name, f"not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8", line)) from None
    if not text.strip():
        raise InputError(Problem(name, "empty file"))
    json_ld: dict[str, Any] = {}
    if looks_like_html(text):
        json_ld = find_job_posting(text)
        text = html_to_text(text)
        if not text.strip():
            raise InputError(Problem(name, "HTML with no text in it"))
    else:
        text, json_ld = read_record(text)  # a job-search API record: its named fields, like JSON-LD
    return RawPosting(path=name, text=text, json_ld=json_ld)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<(!doctype html|html|body|div|p|li|ul|h[1-6]|script|span|section)\b", head)) and (
        len(re.findall(r"</?[a-z][a-z0-9]*\b[^>]*>", text[:20000], re.I)) >= 3
    )


_LD_RE = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)


def find_job_posting(text: str) -> dict[str, Any]:
    """The first schema.org JobPosting in the page's JSON-LD blocks, or {}."""
    for match in _LD_RE.finditer(text):
        try:
            data = json.loads(match.group(1).strip())
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if "JobPosting" in kinds:
                    return item
                stack.extend(v for k, v in item.items() if k == "@graph")
    return {}


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "hr",
    "main",
}
# A site's menu (<nav>) is chrome: its links run together into one line that reads like a name.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "button", "form", "iframe", "nav"}


class _TextParser(HTMLParser):
    """Block elements become line breaks, list items become '- ' lines, headings stay on their own line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "dt":
            self.parts.append(": ")  # a term and its description on one line: "Location: Leeds"
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "th":
            self.parts.append(": ")  # a label cell: "School: Harbourview Academy"
        elif tag == "dd":
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    text = "\n".join(line for line in lines if line and line != "-")
    return html.unescape(text)
