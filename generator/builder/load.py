"""Read every content file into Postings, collecting every problem before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator import content_file
from generator.errors import Problem
from generator.models import Posting, fields_of


@dataclass
class Loaded:
    postings: list[Posting] = field(default_factory=list)
    """Every valid posting, drafts included, in a stable order."""
    problems: list[Problem] = field(default_factory=list)


def content_paths(content_dir: Path) -> list[Path]:
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith((".", "_")))


def load_posting(path: Path, text: str) -> tuple[Posting | None, list[Problem]]:
    parsed = content_file.parse(text, path)
    errors = [p for p in parsed.problems if p.severity == "error"]
    if errors:
        return None, list(parsed.problems)
    posting = Posting(**fields_of(parsed.fields), slug=path.stem, path=path, body=parsed.body)
    return posting, list(parsed.problems)


def load_content(content_dir: Path) -> Loaded:
    loaded = Loaded()
    if not content_dir.is_dir():
        loaded.problems.append(Problem(content_dir, "content folder not found"))
        return loaded
    for path in content_paths(content_dir):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            loaded.problems.append(Problem(path, f"cannot read: {error}"))
            continue
        posting, problems = load_posting(path, text)
        loaded.problems += problems
        if posting is not None:
            loaded.postings.append(posting)
    return loaded
