"""The author of a social-network post: the profile line above a recruiter's 'I'm hiring!' post.

A post pasted from a feed starts with its author's name, a connection badge ('• 2nd') and the author's own
headline ('Principal Consultant – Data & Analytics | Northgate Talent Partners'). That headline is the
author's job, never the job on offer; the organisation in it is whom the author hires for: the employer
for an in-house recruiter, the agency for an agency's post about an unnamed client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.document import Document
from generator.ingest.extract.gazetteer import gazetteer
from generator.ingest.extract.skills import is_skill_name
from generator.ingest.roles import names_role

# 'Hannah Okafor • 2nd', or the badge alone on the line below the name: LinkedIn's degree of connection.
# The badge in other languages: '• 2º' (Spanish, Portuguese), '• 2e' (French), '• 2.' (German).
_BADGE = re.compile(r"^(?:\S.*?\s)?•\s*(?:1st|2nd|3rd\+?|[123]º\+?|1er|[23]e\+?|[123]\.\+?)$")
_BADGE_ENDS = ("st", "nd", "rd", "+", "º", "er", "e", ".")
# 'Senior Recruiter @ Kestrel Talent Partners | …', '… Consultant at Alcazaba Talent Partners | …', and the
# same 'at' in the interface's other languages: 'Talent Partner en X', 'Tech Recruiter na X', 'Recruteuse chez X'.
_AT = re.compile(r"\s(@|at|en|na|no|em|chez|bei|bij|hos|på|vid)\s+([^|•·]+?)\s*(?:[|•·]|$)")
# An organisation's name: capitalised words (and '&', 'of', 'and'), as a headline's second segment gives it.
_ORG = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|de))*")


_POST_AGE = re.compile(r"\d{1,2}\s?(?:s|m|h|d|w|mo|yr)\s*•")
_AGE_ALONE = re.compile(r"\d{1,2}\s?(?:h|d|w|mo|yr)")


@dataclass(frozen=True)
class Author:
    headline: str
    org: str | None


def post_author(doc: Document) -> Author | None:
    """The author of the first post in the page's top, if the page is a feed post (read once per document: the
    headline and the employer both ask)."""
    if "post_author" not in doc.memo:
        doc.memo["post_author"] = _read_post_author(doc)
    author: Author | None = doc.memo["post_author"]
    return author


def _read_post_author(doc: Document) -> Author | None:
    lines = doc.lines
    for index, line in enumerate(lines[:40]):
        if "•" in line and line.rstrip().endswith(_BADGE_ENDS) and _BADGE.match(line.strip()):
            following = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()), None)
            if following is None:
                return None
            headline = lines[following].strip()
            return Author(headline, _organisation(headline))
        if line.strip().lower() == "feed post":
            # 'Feed post', the author's name, then the author's headline ('Senior Consultant – Data & Cloud at X').
            rest = [text.strip() for text in lines[index + 1 : index + 5] if text.strip()]
            # Only where no badge line ('Name • 2nd') follows, which the test below reads.
            if len(rest) >= 2 and _PERSON.fullmatch(rest[0]) and "•" not in rest[1] and rest[1] != rest[0]:
                return Author(rest[1], _organisation(rest[1]))
        if ("•" in line and _POST_AGE.match(line.strip())) or (
            len(line) < 8 and line[:1].isdigit() and _AGE_ALONE.fullmatch(line.strip())
        ):
            # 'Aoife Brennan', her headline, then the post's age: '1w • Edited • 🌐', or '1w' alone (signed out).
            above = [text.strip() for text in lines[max(0, index - 3) : index] if text.strip()][-2:]
            if len(above) == 2 and _PERSON.fullmatch(above[0]):
                return Author(above[1], _organisation(above[1]))
        owner = _POST_OF.match(line.strip()) if line.endswith("Post") else None
        if owner and index + 2 < len(lines) and lines[index + 1].strip() == owner.group(1):
            # A post seen signed out: 'Hannah Achterberg’s Post', her name, then her headline.
            headline = lines[index + 2].strip()
            return Author(headline, _organisation(headline))
    return None


_POST_OF = re.compile(r"^(.{3,60}?)['’]s Post$")
_PERSON = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}")


def _organisation(headline: str) -> str | None:
    """'… at X | …', '… @ X | …', or 'Role – Area | X | tagline': the organisation the author works for."""
    at = _AT.search(headline)
    if at:
        name = at.group(2).strip(" –-")
        # 'Ingeniera de datos en Madrid': in the languages where the word also means 'in', a place after it is
        # where the author works, not for whom.
        place = at.group(1) not in ("@", "at") and (gazetteer().country(name) or gazetteer().city(name))
        return name if _ORG.fullmatch(name) and not place else None
    # The second segment, unless it is another part of the author's job ('| Data Engineer', '| Python'); after the
    # field the author recruits in ('Senior Consultant | Data & Analytics Recruitment | Kestrel Lane'), the third.
    segments = [segment.strip() for segment in headline.split("|")]
    if len(segments) > 2 and _RECRUITING_FIELD.fullmatch(segments[1]):
        segments.pop(1)
    if len(segments) < 2 or len(segments[1].split()) > 5 or not _ORG.fullmatch(segments[1]):
        return None
    return None if names_role(segments[1]) or is_skill_name(segments[1]) else segments[1]


# 'Data & Analytics Recruitment', or the field alone ('Senior Recruitment Consultant | Data & Analytics | Northgate Search').
_RECRUITING_FIELD = re.compile(
    r"(?:(?:Data|Analytics|Tech|Technology|IT|Digital|Engineering|Software|Cloud|AI|BI|Finance|Sales|Marketing)(?: & | and | )?)+"
    r"(?:Recruitment|Recruiting|Hiring|Talent(?: Acquisition)?)?"
)
