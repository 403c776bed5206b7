"""Skills and topics: names from the curated taxonomy (data/taxonomy.yaml) found in the job's text.

A name that is also an English word ('Go', 'C', 'Spark', 'Excel') counts only in a
technology context: written as the product writes it, next to other skills or
after words such as 'experience with' or 'proficient in'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from generator.ingest.document import BOILERPLATE, Document
from generator.ingest.extract.common import Finding


@dataclass(frozen=True)
class Term:
    name: str
    spelling: str
    ambiguous: bool


@dataclass(frozen=True)
class Taxonomy:
    skills: tuple[Term, ...]
    topics: tuple[Term, ...]
    skill_re: re.Pattern[str]
    topic_re: re.Pattern[str]
    by_spelling: dict[str, Term]


def _terms(entries: list[dict]) -> list[Term]:
    terms = []
    for entry in entries:
        name = str(entry["name"])
        terms.append(Term(name, name, bool(entry.get("ambiguous"))))
        terms += [Term(name, str(alias), False) for alias in entry.get("aliases") or []]
        terms += [Term(name, str(alias), True) for alias in entry.get("ambiguous_aliases") or []]
    return terms


def _pattern(terms: list[Term]) -> re.Pattern[str]:
    spellings = sorted({t.spelling for t in terms}, key=len, reverse=True)
    alternation = "|".join(re.escape(s).replace(r"\ ", r"[\s-]") for s in spellings)
    return re.compile(rf"(?<![\w+#.@-])(?:{alternation})(?![\w+#]|\.\w)", re.I)


@cache
def taxonomy() -> Taxonomy:
    data = yaml.safe_load(resources.files("generator.ingest").joinpath("data/taxonomy.yaml").read_text(encoding="utf-8"))
    skills, topics = _terms(data["skills"]), _terms(data["topics"])
    by_spelling = {_key(t.spelling): t for t in skills + topics}
    return Taxonomy(tuple(skills), tuple(topics), _pattern(skills), _pattern(topics), by_spelling)


_CONTEXT_BEFORE = re.compile(
    r"(?:experience (?:with|in|using)|proficien\w* (?:in|with)|knowledge of|familiar(?:ity)? with|skills? in|expertise in"
    r"|languages? (?:such as|like|including)|such as|e\.g\.,?|including|like|using|with|in|written in|programming in|code in|/|,|\(|:|and|or)\s*$",
    re.I,
)
_CONTEXT_AFTER = re.compile(r"^\s*(?:programming|language|code|development|developer|scripts?|scripting|experience|,|/|\)|and|or)", re.I)


def _in_tech_context(text: str, start: int, end: int, spelling: str, others: list[tuple[int, int]]) -> bool:
    match = text[start:end]
    if match != spelling and match.lower() != spelling.lower():
        return False
    if match != spelling and not match.isupper():
        return False  # "go", "spark": the word, not the product
    near = any(abs(s - start) < 60 and (s, e) != (start, end) for s, e in others)
    before, after = text[max(0, start - 40) : start], text[end : end + 25]
    if len(spelling) <= 2:
        # One or two letters ("C", "R", "Go"): only in a list with other skills, or named as a language.
        return (near and bool(re.search(r"[,/(]\s*$|\b(?:and|or)\s*$", before) or re.match(r"\s*[,/)]|\s+(?:and|or)\b", after))) or bool(
            re.match(r"\s*(?:programming|language|code)\b", after, re.I)
        )
    return near or bool(_CONTEXT_BEFORE.search(before)) or bool(_CONTEXT_AFTER.match(after))


def find_terms(text: str, pattern: re.Pattern[str], by_spelling: dict[str, Term]) -> list[str]:
    matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
    solid = [(s, e) for s, e in matches if not by_spelling[_key(text[s:e])].ambiguous]
    names: list[str] = []
    for start, end in matches:
        term = by_spelling[_key(text[start:end])]
        if term.ambiguous and not _in_tech_context(text, start, end, term.spelling, solid + matches):
            continue
        if term.name not in names:
            names.append(term.name)
    return names


def _key(spelling: str) -> str:
    """Spellings compare without case, with spaces and hyphens alike ('scikit learn' = 'scikit-learn')."""
    return re.sub(r"[\s-]+", " ", spelling.lower())


def _job_text(doc: Document) -> str:
    return "\n".join(line for line in doc.lines if not BOILERPLATE.search(line))


def extract_skills(doc: Document, found: dict[str, Finding]) -> Finding:
    tax = taxonomy()
    return Finding(find_terms(_job_text(doc), tax.skill_re, tax.by_spelling))


def extract_topics(doc: Document, found: dict[str, Finding]) -> Finding:
    tax = taxonomy()
    return Finding(find_terms(_job_text(doc), tax.topic_re, tax.by_spelling))


def is_skill_name(text: str) -> bool:
    """Whether text is exactly one skill's name or alias ('Go', 'PyTorch')."""
    term = taxonomy().by_spelling.get(_key(text.strip()))
    return term is not None and term in taxonomy().skills
