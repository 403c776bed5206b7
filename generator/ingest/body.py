"""The clean body: page noise and company boilerplate out, sections named, lists as Markdown lists."""

from __future__ import annotations

import re

from generator.ingest.document import BULLET, Document, Section, is_chrome

SECTION_TITLES = {
    "about": "About",
    "responsibilities": "Responsibilities",
    "qualifications": "Qualifications",
    "preferred": "Preferred qualifications",
    "benefits": "Benefits",
    "other": "Other",
}
LIST_SECTIONS = {"responsibilities", "qualifications", "preferred", "benefits"}

# Words that open a list item in postings run together into one paragraph.
_ITEM_START = (
    r"Build|Explore|Deliver|Own|Work|Design|Develop|Drive|Lead|Collaborate|Partner|Create|Define|Implement|Maintain|Manage"
    r"|Analy[sz]e|Conduct|Research|Support|Write|Improve|Optimi[sz]e|Participate|Apply|Ensure|Help|Contribute|Identify"
    r"|Currently|Good|Solid|Strong|Proficient|Proficiency|Experience|Experienced|Familiar|Familiarity|Knowledge|Ability|Able"
    r"|Bachelor|Master|PhD|Excellent|Deep|Hands-on|Internship|Must|Demonstrated|Proven|Prior|Passion|Passionate|Understanding"
    r"|Day|Life|Wellbeing|Paid|Housing|Health|Medical|Dental|Vision|Flexible|Generous|Competitive|Remote|Stock|Equity"
)
_RUN_ON_SPLIT = re.compile(rf"(?<=[a-z0-9)\].])\s+(?=(?:{_ITEM_START})\b)")
# A word that cannot end a list item: "Currently pursuing a | PhD" is one item.
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|in|on|at|to|for|with|and|or|by|from|as|your|our|their|its|is|are|be|have|has|pursuing)$", re.I
)


# The bullets of a list pasted without its line breaks: '- Build reports - Translate questions - Help migrate'.
# A '·' or '–' between items is a row of facts or a footer ('Job seekers · Employers · Privacy'), not a list.
_INLINE_BULLET = re.compile(r"\s+[-•*]\s+(?=[A-Z])")
_INLINE_MARKS = re.compile(r" [-•*] [A-Z].* [-•*] [A-Z]")  # two bullets at least: most lines have none


def _items(line: str) -> list[str]:
    """A long run-together line of list items, split at its bullets or where an item starts."""
    if len(line) < 80:
        return [line]
    bulleted = BULLET.match(line)
    inline = _INLINE_BULLET.split(line[bulleted.end() :] if bulleted else line) if _INLINE_MARKS.search(line) else []
    # Three items at least ('a cloud warehouse - Snowflake ideally' is one), and not a row of short facts
    # ('Business Analyst - Cap Santé - Villeurbanne - CDI').
    if len(inline) >= 3 and sum(map(len, inline)) >= 40 * len(inline):
        return inline
    if bulleted:
        return [line]
    parts: list[str] = []
    for piece in _RUN_ON_SPLIT.split(line):
        if parts and _OPEN_END.search(parts[-1]):
            parts[-1] += " " + piece
        else:
            parts.append(piece)
    return parts if len(parts) >= 2 else [line]


def _keep(doc: Document, line: str, header: set[str]) -> bool:
    text = line.strip()
    return bool(text) and text not in header and not doc.is_boilerplate(line) and not is_chrome(text)


def render_section(doc: Document, section: Section, header: set[str]) -> list[str]:
    lines = [line.strip() for line in section.lines if _keep(doc, line, header)]
    if not lines:
        return []
    out: list[str] = []
    as_list = section.kind in LIST_SECTIONS
    for line in lines:
        pieces = _items(line) if as_list else [line]
        bullet = BULLET.match(line)
        if bullet and len(pieces) == 1:
            out.append("- " + _plain(line[bullet.end() :]))
            continue
        if as_list and (len(pieces) > 1 or len(line) < 300 or ";" in line):
            for piece in pieces:
                items = [p.strip() for p in piece.split(";") if p.strip()] if piece.count(";") >= 2 else [piece]
                out += ["- " + _plain(item.rstrip(";")) for item in items]
        else:
            out.append(_plain(line))
    return out


def _join(lines: list[str]) -> str:
    """List items stay together; paragraphs get blank lines between them."""
    blocks: list[str] = []
    for line in lines:
        if blocks and line.startswith("- ") and blocks[-1].startswith("- "):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks)


def clean_body(doc: Document, used_header: set[str]) -> tuple[str, list[str]]:
    """The Markdown body and the section kinds it has, in order.

    The page header (title, company, place, pay and date lines) is left out: its facts are fields now.
    """
    used_header = used_header | {line.strip() for line in doc.header}
    parts: list[str] = []
    kinds: list[str] = []
    merged: list[Section] = []
    for section in doc.sections:
        if merged and merged[-1].kind == section.kind:
            merged[-1].lines += section.lines
        else:
            merged.append(Section(section.kind, section.heading, list(section.lines)))
    for index, section in enumerate(merged):
        if section.kind == "drop":
            continue
        later = any(other.kind == section.kind for other in merged[index + 1 :])
        if section.kind in LIST_SECTIONS and later and not any(BULLET.match(line) for line in section.lines):
            # A page label such as "Responsibilities" above the company blurb, with the real list further down.
            section = Section("about", section.heading, section.lines)
        lines = render_section(doc, section, used_header)
        if not lines:
            continue
        if section.kind != "intro":
            parts.append("## " + SECTION_TITLES[section.kind])
            kinds.append(section.kind)
        parts.append(_join(lines))
    return "\n\n".join(parts), kinds


_STRUCTURE = re.compile(r"^(#{1,6}(?=\s|$)|```|~~~|>|={3,}|-{3,}|\*{3,}|_{3,})")


def _plain(text: str) -> str:
    """Text from the posting that must stay text: a leading '#', '>' or fence would become Markdown structure."""
    return _STRUCTURE.sub(lambda m: "\\" + m.group(0), text.strip())
