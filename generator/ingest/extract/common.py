"""What every extractor shares: the Finding it returns and a few text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import ahocorasick


@dataclass(frozen=True)
class Finding:
    """An extracted value, with a reason for a person to check it when it was a judgement."""

    value: Any
    review: str | None = None


NOTHING = Finding(None)

DIGIT = re.compile(r"\d")
# A gap of three spaces or a tab: where a page set its fields apart on one line ('Start: ASAP    Posted: 27 Nov 2026').
WIDE_GAP = re.compile(r"\s{3,}|\t")


def _month_numbers(names_by_month: list[tuple[str, ...]]) -> dict[str, int]:
    return {name: number for number, names in enumerate(names_by_month, start=1) for name in names}


MONTHS = _month_numbers(
    [
        # English, German, French, Spanish, then Dutch, Portuguese, Italian and the Nordic languages.
        ("january", "jan", "stycznia", "styczeń", "januar", "jänner", "janvier", "enero", "januari", "janeiro", "gennaio"),
        ("february", "feb", "lutego", "luty", "februar", "février", "febrero", "februari", "fevereiro", "febbraio"),
        ("march", "mar", "marca", "marzec", "märz", "mars", "marzo", "maart", "março", "marts"),
        ("april", "apr", "kwietnia", "kwiecień", "avril", "abril", "aprile"),
        ("may", "mai", "maja", "mayo", "mei", "maio", "maggio", "maj"),
        ("june", "jun", "czerwca", "czerwiec", "juni", "juin", "junio", "junho", "giugno"),
        ("july", "jul", "lipca", "lipiec", "juli", "juillet", "julio", "julho", "luglio"),
        ("august", "aug", "sierpnia", "sierpień", "août", "agosto", "augustus", "augusti"),
        ("september", "sep", "września", "wrzesień", "sept", "septembre", "septiembre", "setembro", "settembre"),
        ("october", "oct", "października", "październik", "oktober", "octobre", "octubre", "outubro", "ottobre"),
        ("november", "nov", "listopada", "listopad", "novembre", "noviembre", "novembro"),
        ("december", "dec", "grudnia", "grudzień", "dezember", "décembre", "diciembre", "dez", "dezembro", "dicembre"),
    ]
)
# Romanian, and Czech in the genitive its dates are written with ('Publicat: 18 Noiembrie 2026', '24. listopadu 2026').
MONTHS |= _month_numbers(
    [
        ("ianuarie", "ledna"),
        ("februarie", "února"),
        ("martie", "března"),
        ("aprilie", "dubna"),
        ("května",),
        ("iunie", "června"),
        ("iulie", "července"),
        ("srpna",),
        ("septembrie", "září"),
        ("octombrie", "října"),
        ("noiembrie", "listopadu"),
        ("decembrie", "prosince"),
    ]
)
MONTH_RE = r"(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"


def lower_aligned(text: str) -> str:
    """The text in lower case, character for character, so that a match's offsets index the original too.

    Searching lowered text with a case-sensitive pattern is how the extractors stay fast: Python's re
    cannot use a pattern's literal prefix to skip ahead under re.I, and a case-blind scan of a whole
    posting for a pattern that is not there costs a hundred times more.

    A whole text is memoised (several extractors lower the same job text in turn); a line is not, so that the
    lines lowered one by one never push the texts out of the cache.
    """
    return _lower(text) if len(text) <= 200 else _lower_text(text)


@lru_cache(maxsize=32)
def _lower_text(text: str) -> str:
    return _lower(text)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)  # 'İ' lowercases to two


def words(text: str) -> list[str]:
    return re.findall(r"[\w+#.'-]+", text)


@cache
def _label_pattern(labels: str) -> tuple[re.Pattern[str], re.Pattern[str] | None, frozenset[str] | None]:
    """The pattern for a label alternation, the same without re.I for lowered lines (None when it names a capital),
    and the letters its labels can start with (None when an alternative starts with something other than a plain
    letter): most lines are ruled out by their first letter."""
    depth, starts, alternative_start = 0, set(), True
    for ch in labels:
        if alternative_start:
            starts.add(ch)
            alternative_start = False
        depth += ch == "("
        depth -= ch == ")"
        alternative_start = ch == "|" and depth == 0
    letters = frozenset(ch.lower() for ch in starts) | frozenset(ch.upper() for ch in starts)
    usable = all(ch.isalpha() for ch in starts)
    # A label may sit in a list item: '- Location: Eindhoven (Strijp-T)', and carry its translation before the
    # colon: 'Arbeitsort / Place of work: Zürich'.
    translated = r"(?:\s*/\s*[^:：/]{1,30}(?=[:：]))?"
    pattern = rf"^\s*(?:[-–*•·>]\s+)?(?:{labels}){translated}\s*(?:[:：]\s*(.*)|[:：]?\s*$)"
    lowered = None if _has_upper(pattern) else re.compile(pattern)
    return re.compile(pattern, re.I), lowered, letters if usable else None


_LEAD = " \t-–*•·>"
# Arrows, shapes, dingbats and emoji (with their variation selector and joiner) in front of a label.
_SYMBOL_LEAD = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+\\s*")
_LEADS = frozenset(_LEAD)


class Lines(list[str]):
    """Lines that label_values reads again and again (a dozen label sets over the same page top): the lines shaped
    like a label are found once. Not to be changed after the first read."""

    _shaped: list[tuple[int, str, str, str, str]] | None = None

    def label_shaped(self) -> list[tuple[int, str, str, str, str]]:
        if self._shaped is None:
            self._shaped = _label_shaped(self)
        return self._shaped


def _label_shaped(lines: list[str]) -> list[tuple[int, str, str, str, str]]:
    """The lines that may hold a label: its index, the line without an emoji in front and the same lowered, its first
    character, and the first character after a bullet or space (the same when there is none)."""
    shaped = []
    for index, line in enumerate(lines):
        first = line[:1]
        if first >= "\u2190" and (emoji := _SYMBOL_LEAD.match(line)):
            line = line[emoji.end() :]  # a post's labels behind emoji: '📍 Location: Pune', '💰 CTC: up to ₹38 LPA'
            first = line[:1]
        if len(line) > 50 and ":" not in line[:50] and "：" not in line[:50]:
            continue  # a label is short, or ends in a colon near the start
        shaped.append((index, line, _lower(line), first, line.lstrip(_LEAD)[:1] if first in _LEADS else first))
    return shaped


def symbol_led(lines: list[str]) -> list[str]:
    """A post's block of facts, each behind its emoji ('📍 Zurich – hybrid', '💼 Permanent, 100%', '💰 CHF 115,000'),
    without it: the post's header fields, written in its body. Two such lines in a row at least: one alone is as
    often another post's teaser ('🔥 Contract BI Developer – Swansea – £400/day'); a ticked list ('✅ Strong SQL')
    is no block of facts."""
    facts: list[str] = []
    run: list[str] = []
    for line in [*lines, "."]:
        if not line.strip():
            continue
        if line[:1] in _FACT_EMOJI and len(line) < 80 and (emoji := _SYMBOL_LEAD.match(line)) and emoji.end() < len(line):
            run.append(line[emoji.end() :])
            continue
        facts += run if len(run) >= 2 else []
        run = []
    return facts


# A post's emoji for a job's facts: place, terms, pay, dates, building, home, laptop.
_FACT_EMOJI = frozenset("📍📌💼💰💶💷💵💸🗓📅📆🕒⏰⌚🏢🏠🏡💻🌍🌎🌏⏳")


def label_values(lines: list[str], labels: str, stop: int | None = None) -> list[tuple[str, int]]:
    """The values of 'Label: value' lines (or a label alone with its value on the next line), in order; with `stop`,
    only in the lines before it (as if the list ended there)."""
    stop = len(lines) if stop is None else min(stop, len(lines))
    pattern, lowered, letters = _label_pattern(labels)
    found: list[tuple[str, int]] = []
    shaped = lines.label_shaped() if isinstance(lines, Lines) else _label_shaped(lines)
    for index, line, low, first, after_lead in shaped:
        if index >= stop:
            break
        if letters is not None and first not in letters and after_lead not in letters:
            continue  # most lines are ruled out by their first letter
        if lowered is not None and not lowered.match(low):
            continue  # tried on the lowered line without re.I first, several times faster (see Cue)
        match = pattern.match(line)
        if not match:
            continue
        value = (match.group(1) or "").strip()
        if value:
            found.append((value, index))
            continue
        for offset, following in enumerate(lines[index + 1 : min(index + 3, stop)], start=1):
            if following.strip():
                found.append((following.strip(), index + offset))
                break
    return found


def below_label(lines: list[str], value: str, index: int) -> bool:
    """Whether a value label_values found stood alone on its line under the label ('Company' then 'Acme'),
    rather than after it ('Company: Acme'): a menu looks like the first, so it is weaker evidence."""
    return index < len(lines) and lines[index].strip() == value


def label_value(lines: list[str], labels: str, stop: int | None = None) -> tuple[str, int] | None:
    """The first label's value."""
    found = label_values(lines, labels, stop)
    return found[0] if found else None


def _has_upper(pattern: str) -> bool:
    """Whether a pattern names an upper-case letter that a lowered text could not match: not in an escape ('\\B',
    '\\S'), a group's name ('(?P<amount>'), or a class that has the letter in lower case too ('[kKmM]', '[A-Za-z]')."""
    text = _GROUP_NAME.sub("(", re.sub(r"\\.", "", pattern))
    return any(ch.isupper() for ch in _CLASS.sub(_without_paired_capitals, text))


_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
_CLASS = re.compile(r"\[[^\]]*\]")


def _without_paired_capitals(match: re.Match[str]) -> str:
    body = match.group(0).replace("A-Z", "") if "a-z" in match.group(0) else match.group(0)
    return "".join(ch for ch in body if not (ch.isupper() and ch.lower() in body))


@cache
def automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of lower-case words (pyahocorasick, in C): one pass over a text finds every one of
    them, where a `word in text` per word scans the whole text again for each."""
    found = ahocorasick.Automaton()
    for word in words:
        found.add_word(word, word)
    found.make_automaton()
    return found


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text contains one of the lower-case words, case-blind."""
    low = lower_aligned(text) if len(text) > 200 else text.lower()  # a line is lowered afresh; a whole text once
    for word in words:  # noqa: SIM110 - a plain loop: any() over a generator costs a fifth more here
        if word in low:
            return True
    return False


@dataclass(frozen=True)
class Cue:
    """A regex run only when one of its words occurs in the text.

    Python's re scans slowly for patterns without a literal prefix (word boundaries,
    alternations, inline flags), and most postings contain none of a given cue's words;
    a substring test rules them out a hundred times faster. A case-blind pattern
    written in lower case is searched in the lowered text without re.I (several times
    faster again) and each hit is then matched on the real text, so groups keep their case.
    """

    words: tuple[str, ...]
    """Lower-case substrings, one of which every match contains; none for a pattern tried on every text, which
    still gains the lowered search."""
    pattern: re.Pattern[str]
    _lowered: re.Pattern[str] | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern.flags & re.I and not _has_upper(self.pattern.pattern):
            object.__setattr__(self, "_lowered", re.compile(self.pattern.pattern, self.pattern.flags & ~re.I))

    def present(self, text: str) -> bool:
        return mentions(text, self.words) if self.words else True

    def search(self, text: str) -> re.Match[str] | None:
        if not self.present(text):
            return None
        if self._lowered is None:
            return self.pattern.search(text)
        hit = self._lowered.search(lower_aligned(text))
        return self._on_text(text, hit.start()) if hit else None

    def match(self, text: str) -> re.Match[str] | None:
        if not self.present(text):
            return None
        if self._lowered is None:
            return self.pattern.match(text)
        return self.pattern.match(text) if self._lowered.match(lower_aligned(text)) else None

    def finditer(self, text: str, pos: int = 0) -> list[re.Match[str]]:
        if not self.present(text):
            return []
        if self._lowered is None:
            return list(self.pattern.finditer(text, pos))
        return [match for hit in self._lowered.finditer(lower_aligned(text), pos) if (match := self._on_text(text, hit.start()))]

    def _on_text(self, text: str, start: int) -> re.Match[str] | None:
        return self.pattern.match(text, start) or self.pattern.search(text, start)
