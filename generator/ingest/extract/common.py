"""What every extractor shares: the Finding it returns and a few text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Finding:
    """An extracted value, with a reason for a person to check it when it was a judgement."""

    value: Any
    review: str | None = None


NOTHING = Finding(None)

DIGIT = re.compile(r"\d")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "januar", "janvier", "enero"),
            ("february", "feb", "februar", "février", "febrero"),
            ("march", "mar", "märz", "mars", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juni", "juin", "junio"),
            ("july", "jul", "juli", "juillet", "julio"),
            ("august", "aug", "août", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "oktober", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "dezember", "décembre", "diciembre", "dez"),
        ],
        start=1,
    )
    for name in names
}
MONTH_RE = r"(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"


def words(text: str) -> list[str]:
    return re.findall(r"[\w+#.'-]+", text)


@cache
def _label_pattern(labels: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{labels})\s*(?:[:：]\s*(.*)|[:：]?\s*$)", re.I)


def label_values(lines: list[str], labels: str) -> list[tuple[str, int]]:
    """The values of 'Label: value' lines (or a label alone with its value on the next line), in order."""
    pattern = _label_pattern(labels)
    found: list[tuple[str, int]] = []
    for index, line in enumerate(lines):
        if len(line) > 50 and ":" not in line[:50] and "：" not in line[:50]:
            continue  # a label is short, or ends in a colon near the start
        match = pattern.match(line)
        if not match:
            continue
        value = (match.group(1) or "").strip()
        if value:
            found.append((value, index))
            continue
        for offset, following in enumerate(lines[index + 1 : index + 3], start=1):
            if following.strip():
                found.append((following.strip(), index + offset))
                break
    return found


def label_value(lines: list[str], labels: str) -> tuple[str, int] | None:
    """The first label's value."""
    found = label_values(lines, labels)
    return found[0] if found else None


@dataclass(frozen=True)
class Cue:
    """A regex run only when one of its words occurs in the text.

    Python's re scans slowly for patterns without a literal prefix (word boundaries,
    alternations, inline flags), and most postings contain none of a given cue's words;
    a plain substring test rules them out a hundred times faster.
    """

    words: tuple[str, ...]
    """Lower-case substrings, one of which every match contains."""
    pattern: re.Pattern[str]

    def present(self, text: str) -> bool:
        low = text.lower()
        return any(word in low for word in self.words)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.present(text) else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text)) if self.present(text) else []
