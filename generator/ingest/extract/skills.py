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
from itertools import accumulate

import yaml

from generator.ingest.document import GLUED_SENTENCE, Document
from generator.ingest.extract.common import Finding, lower_aligned


@dataclass(frozen=True)
class Term:
    name: str
    spelling: str
    ambiguous: bool
    kind: str
    """'skill' or 'topic'."""
    expands: tuple[str, ...] = ()
    """The names a combined spelling stands for ('SAP FI/CO' is SAP FI and SAP CO), when it is not one thing."""


@dataclass(frozen=True)
class Taxonomy:
    skills: tuple[Term, ...]
    topics: tuple[Term, ...]
    by_spelling: dict[str, Term]
    first_words: dict[str, int]
    """The first word of every spelling, with the most words a spelling that starts with it has: a text
    word that is none of these starts no match, and one whose spellings are all one word needs no n-grams."""
    text_forms: frozenset[str]
    """The first words as they look in lowered text ('scikit-learn' for 'scikit learn'), for a set intersection."""
    prefixes: frozenset[str]
    """Every spelling's leading words ('google', 'google cloud'): an n-gram that is none of these grows no further."""
    second_words: dict[str, frozenset[str]]
    """For a first word that is no spelling by itself ('the', 'a', 'machine'), the words that may follow it:
    'the' starts only 'The Trade Desk', so a 'the' before any other word is no candidate."""


def _terms(entries: list[dict], kind: str) -> list[Term]:
    terms = []
    for entry in entries:
        name = str(entry["name"])
        expands = tuple(str(part) for part in entry.get("expands") or ())
        terms.append(Term(name, name, bool(entry.get("ambiguous")), kind, expands))
        terms += [Term(name, str(alias), False, kind, expands) for alias in entry.get("aliases") or []]
        terms += [Term(name, str(alias), True, kind, expands) for alias in entry.get("ambiguous_aliases") or []]
    return terms


_TOKEN = re.compile(r"[\w+#.&'’-]+")
# A text word as the taxonomy lookup sees it: trailing '.', "'" and '’' are not part of it.
_SPLIT = re.compile(r"([\w+#.&'’-]*[\w+#&-])")
MAX_WORDS = 4


@cache
def taxonomy() -> Taxonomy:
    data = yaml.safe_load(resources.files("generator.ingest").joinpath("data/taxonomy.yaml").read_text(encoding="utf-8"))
    skills, topics = _terms(data["skills"], "skill"), _terms(data["topics"], "topic")
    by_spelling = {_key(t.spelling): t for t in skills + topics}
    first_words: dict[str, int] = {}
    for spelling in by_spelling:
        if m := _TOKEN.search(spelling):
            first = _key(m.group(0).rstrip(".,"))
            first_words[first] = max(first_words.get(first, 1), len(spelling.split()))
    text_forms = frozenset(word.replace(" ", "-") for word in first_words)
    prefixes = frozenset(" ".join(key.split()[:size]) for key in by_spelling for size in range(1, len(key.split()) + 1))
    followers: dict[str, set[str]] = {}
    for key in by_spelling:
        tokens = _SPLIT.findall(key)
        if len(tokens) > 1:
            followers.setdefault(tokens[0], set()).add(tokens[1])
    second_words = {first: frozenset(nexts) for first, nexts in followers.items() if first not in by_spelling}
    return Taxonomy(tuple(skills), tuple(topics), by_spelling, first_words, text_forms, prefixes, second_words)


# 'and' and 'or' in the languages postings come in: 'Python ou R', 'Python o R', 'SQL und R'.
_AND_OR = "and|or|ou|o|y|e|et|und|oder|en|of|og|och|eller|lub|i"
# Words that name a technology context by themselves ('experience with Go', 'Spark programming')...
# Whole words only: not the end of 'Edinburgh (Lochrin Square)', whose 'Lochrin' ends in 'in'.
_CONTEXT_BEFORE = re.compile(
    r"\b(?:experience (?:with|in|using)|proficien\w* (?:in|with)|knowledge of|familiar(?:ity)? with|skills? in|expertise in"
    r"|languages? (?:such as|like|including)|written in|programming in|code in|such as|e\.g\.,?|including|like|using|with|in"
    r"|maintain(?:ing)?"  # 'Build and maintain Amplitude charts', 'Write and maintain Airflow DAGs'
    # 'in' and 'with' in the languages postings come in: 'feitos manualmente em Excel', 'Berichte mit Excel'.
    r"|em|en|dans|mit|met|con|com|med|på)\s*$",
    re.I,
)
# 'Deep Snowflake knowledge', 'strong Tableau skills': what one has of a tool.
_CONTEXT_AFTER = re.compile(
    r"^\s*(?:programming|language|code|development|developer|scripts?|scripting|experience|knowledge|skills|expertise)\b", re.I
)
# Otherwise the name counts only with another skill near it ('Mocha and flat whites' is coffee).
# A capitalised word right before or after: the name is part of a proper noun ('Deputy Store Manager',
# 'Market Square', 'Acme PLC', 'Sous Chef'), not the product.
_CAPITAL_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Z][\w&'’.-]*) $")
_CAPITAL_AFTER = re.compile(r"^ ([A-Z][\w&'’.-]*)")


def _opens_line(before: str, neighbour: re.Match[str]) -> bool:
    """Whether a capitalised word before the name is only capitalised because it opens a line or a sentence
    ('- Advanced Excel skills'): that is no sign of a proper noun."""
    if neighbour.re is not _CAPITAL_BEFORE:
        return False
    preceding = before[: neighbour.start(1)]
    return not preceding.strip(" -*•·\t") or bool(_LINE_OPENING.search(preceding))


def _in_tech_context(text: str, start: int, end: int, spelling: str, others: list[tuple[int, int]]) -> bool:
    match = text[start:end]
    if match != spelling and match.lower() != spelling.lower():
        return False
    if match != spelling and not match.isupper():
        return False  # "go", "spark": the word, not the product
    near = any(abs(s - start) < 60 and (s, e) != (start, end) for s, e in others)
    before, after = text[max(0, start - 40) : start], text[end : end + 25]
    if _spelled_before(match, before):
        return False  # 'Certified Payroll Professional (CPP)': the letters of the words before, not C++
    if len(spelling) <= 2:
        # One or two letters ("C", "R", "Go"): only in a list with other skills, or named as a language.
        return (
            near
            and bool(re.search(rf"[,/(]\s*$|\b(?:{_AND_OR})\s*$", before) or re.match(rf"\s*[,/)]|\s+(?:{_AND_OR})\b", after))
        ) or bool(re.match(r"\s*(?:programming|language|code)\b", after, re.I))
    if _CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after):
        return True
    neighbour = _CAPITAL_AFTER.match(after) or _CAPITAL_BEFORE.search(before)
    if neighbour and _ACRONYM.fullmatch(neighbour.group(1)):
        neighbour = None  # 'custom Airflow DAGs', 'Tableau KPIs': an acronym beside the name makes no proper noun
    if neighbour and not is_skill_name(neighbour.group(1)) and not _opens_line(before, neighbour):
        return False
    if (not before or re.search(r"[.!?]\s+$", before)) and not match.isupper():
        return False  # 'Later, you will...': the capitalised first word of a sentence
    if _VERB_OBJECT.match(after) and _LINE_OPENING.search(before):
        return False  # '– Combine data from Salesforce …': a list item's verb, not Apple's framework
    return near


def _spelled_before(letters: str, before: str) -> bool:
    """Whether a name in brackets is the abbreviation the words before it spell: 'Certified Payroll Professional (CPP'."""
    if not before.endswith("(") or not letters.isalpha():
        return False
    words = before[:-1].split()[-len(letters) :]
    return len(words) == len(letters) and "".join(word[0] for word in words).lower() == letters.lower()


_WAGE_SUPPLEMENT = re.compile(r"\b(?:bonus|salary|wage|13th|month(?:ly|s)?)\b", re.I)
_ACRONYM = re.compile(r"(?!APIs?\b)[A-Z]{2,}s?")  # 'API REST' still reads as a phrase, not the product
_VERB_OBJECT = re.compile(r"\s+(?:data|the|a|an|our|your|their|it|them|information|insights|results)\b")
# The end of the text before a word that opens a sentence, a line or a list item ('5. Advanced Excel', '– Combine').
_LINE_OPENING = re.compile(r"(?:[.!?:]\s+|\n[\s\-–—*•·→>]*|\n\s*\d{1,2}[.)]\s*)$")
_NEXT_WORD = re.compile(r" ([\w+#.&'’-]+)")
# The part after a slash, without a sentence's stop after it ('in SAP S/4HANA.').
_SLASHED = re.compile(r"/[\w+#.&'’-]*[\w+#&-]")


def _candidate_starts(text: str, tax: Taxonomy) -> list[int]:
    """Offsets of the text's words that start some spelling. Splitting, lowering and the set intersection
    run in C, so the Python-level work is per candidate, not per word of the posting."""
    parts = _SPLIT.split(lower_aligned(text))  # separator, word, separator, word, ...
    words = parts[1::2]
    starting = set(tax.text_forms.intersection(words))
    # 'scikit-learn', 'HEC-RAS', 'T-SQL': a hyphenated word starts a spelling when its first part does.
    starting.update(w for w in set(words) if "-" in w and w.split("-", 1)[0] in tax.first_words)
    if not starting:
        return []
    ends = list(accumulate(map(len, parts)))
    followers = tax.second_words
    return [
        ends[2 * i]
        for i, w in enumerate(words)
        if w in starting and (w not in followers or (i + 1 < len(words) and words[i + 1] in followers[w]))
    ]


def _spans(text: str, tax: Taxonomy) -> list[tuple[int, int, Term]]:
    """Every longest match of a spelling in the text, found by looking word n-grams up in a dict
    (a regex alternation of a thousand names is ten times slower). Only a word that starts some
    spelling is looked at further; an n-gram never spans punctuation ("Databricks, SQL" is two skills)."""
    low = lower_aligned(text).replace("-", " ")  # same length as text: spans stay aligned
    found: list[tuple[int, int, Term]] = []
    resume = 0
    for start in _candidate_starts(text, tax):
        if start < resume:
            continue
        match = _TOKEN.match(text, start)
        if match is None:
            continue
        end = match.end()
        word = low[start:end].rstrip(".,'’")
        stop = start + len(word)
        slash = low.startswith("/", stop)
        if not slash and tax.first_words.get(word, 1) == 1:
            # The common case: a one-word spelling ('python', 'excel'), looked up directly.
            if (term := tax.by_spelling.get(word)) is None and " " in word:
                word, term = _compound_head(word, text[start : start + len(word)], tax)
            if term is not None:
                found.append((start, start + len(word), term))
                resume = start + len(word)
            continue
        if slash and (slashed := _SLASHED.match(low, stop)) and word + slashed.group(0) in tax.prefixes:
            # 'PL/SQL', 'CI/CD', 'S/4HANA': a spelling with a slash in it ('C/C++' stays two skills).
            word += slashed.group(0)
            end = start + len(word)
        ends = [start + len(word)]
        words = [word]
        position = end
        # No n-gram goes past a first word that ended in punctuation or took a slash.
        longest = min(MAX_WORDS, tax.first_words.get(word, 1)) if len(match.group(0)) == len(word) else 1
        while len(words) < longest and (following := _NEXT_WORD.match(text, position)):
            next_word = low[following.start(1) : following.end(1)].rstrip(".,'’")
            slashed = _SLASHED.match(low, following.start(1) + len(next_word))
            if slashed and " ".join([*words, next_word + slashed.group(0)]) in tax.prefixes:
                next_word += slashed.group(0)  # 'SAP S/4HANA'
            if " ".join([*words, next_word]) not in tax.prefixes:
                break  # no spelling goes on this way
            words.append(next_word)
            ends.append(following.start(1) + len(next_word))
            if len(next_word) != following.end(1) - following.start(1):
                break  # this word ends in punctuation or a slash: no n-gram goes past it
            position = following.end(1)
        for size in range(len(words), 0, -1):
            # The words come from the lowered text with hyphens as spaces: joined, they are the spelling's key.
            term = tax.by_spelling.get(" ".join(words[:size]))
            if term is not None:
                found.append((start, ends[size - 1], term))
                resume = ends[size - 1]
                break
    return found


# What a name is compounded with when the product is meant: 'Git-based', 'Kafka-driven', 'AWS-native'.
_MADE_WITH = frozenset(("based", "driven", "powered", "native", "centric", "backed", "basierte", "basierten", "gestützte"))


_RESEMBLING = frozenset(("style", "like", "esque", "ish", "ähnlich", "ähnliche", "ähnlichen", "artig", "artige", "artigen"))


def _compound_head(word: str, written: str, tax: Taxonomy) -> tuple[str, Term | None]:
    """The longest spelling a hyphenated word starts with: German compounds ('Azure-Cloud', 'Confluence-Wiki',
    'Power-BI-Dashboards') and a list item glued to the next ('reusable in Tableau- Write tests').

    Only a head written as a name is one: capitalised, a short one in capitals ('SQL-Kenntnisse'), and not the
    prefix of a code ('JDE-2026-03', 'RL-2026-0938') or of a lower-case word ('bi-weekly', 'Ad-hoc')."""
    parts = word.split(" ")
    for size in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:size])
        if (term := tax.by_spelling.get(head)) is None:
            continue
        as_written, rest = written[: len(head)], parts[size]
        if rest in _RESEMBLING:
            break  # 'an Airflow-style task', 'a Jira-like board': something like the product, not the product
        short_ok = len(head) > 3 or as_written.isupper() or rest in _MADE_WITH  # 'Git-based workflows'
        if as_written[:1].isupper() and short_ok and not rest[:1].isdigit():
            return head, term
        break
    return word, None


def find_terms(text: str, tax: Taxonomy) -> dict[str, list[str]]:
    """Skill and topic names in the text, in order of first mention."""
    text = GLUED_SENTENCE.sub(" ", text)  # 'experience with Snowflake.This should': the stop becomes a space
    spans = _spans(text, tax)
    accepted = {(s, e) for s, e, term in spans if not term.ambiguous}
    # An ambiguous name counts next to a sure one; once it counts, it vouches for its neighbours in turn
    # ('experience with Storybook and Playwright'), until nothing changes.
    while True:
        more = {
            (s, e)
            for s, e, term in spans
            if (s, e) not in accepted and term.ambiguous and _in_tech_context(text, s, e, term.spelling, list(accepted))
        }
        if not more:
            break
        accepted |= more
    names: dict[str, list[str]] = {"skill": [], "topic": []}
    for start, end, term in spans:
        if term.name == "AWS" and _WAGE_SUPPLEMENT.search(text, max(0, start - 40), end + 40):
            continue  # 'SGD 6,000 – 8,500 (plus AWS and variable bonus)': Singapore's annual wage supplement
        if (start, end) in accepted:
            names[term.kind] += [name for name in term.expands or (term.name,) if name not in names[term.kind]]
    return names


def _terms_of(doc: Document) -> dict[str, list[str]]:
    if "terms" not in doc.memo:
        text = doc.job_text()
        # 'Data Engineer | Atlântico Energia | SmartRecruiters': a browser tab's last part is the site, not a skill.
        # The tab is the page's first line, or comes after the address the paste starts with.
        tab = next((line for line in doc.header[:2] if " | " in line), "")
        if tab and (start := text.find(tab, 0, 400)) >= 0:
            text = text[:start] + tab.rsplit(" | ", 1)[0] + text[start + len(tab) :]
        doc.memo["terms"] = find_terms(text, taxonomy())
    return doc.memo["terms"]


def _key(spelling: str) -> str:
    """Spellings compare without case, with spaces and hyphens alike ('scikit learn' = 'scikit-learn')."""
    return " ".join(spelling.lower().replace("-", " ").split())


def extract_skills(doc: Document, found: dict[str, Finding]) -> Finding:
    return Finding(_terms_of(doc)["skill"])


def extract_topics(doc: Document, found: dict[str, Finding]) -> Finding:
    return Finding(_terms_of(doc)["topic"])


def is_skill_name(text: str) -> bool:
    """Whether text is exactly one skill's name or alias ('Go', 'PyTorch')."""
    term = taxonomy().by_spelling.get(_key(text.strip()))
    return term is not None and term.kind == "skill"
