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


@dataclass
class LoadCache:
    """Content files parsed by earlier loads, so that a rebuild parses only the files that changed.

    A file is parsed again when its size, modification time or inode changes (an
    editor's save-by-rename gives a new inode). Owned by whoever rebuilds in a loop
    (the dev server); `build()` uses none and reads every file afresh.
    """

    entries: dict[Path, tuple[tuple[int, int, int], Posting | None, tuple[Problem, ...]]] = field(default_factory=dict)


def content_paths(content_dir: Path) -> list[Path]:
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith((".", "_")))


def load_posting(path: Path, text: str) -> tuple[Posting | None, list[Problem]]:
    parsed = content_file.parse(text, path)
    errors = [p for p in parsed.problems if p.severity == "error"]
    if errors:
        return None, list(parsed.problems)
    posting = Posting(**fields_of(parsed.fields), slug=path.stem, path=path, body=parsed.body)
    return posting, list(parsed.problems)


def read_posting(path: Path, cache: LoadCache | None = None, *, fresh: bool = False) -> tuple[Posting | None, list[Problem]]:
    """One content file; from the cache while the file is unchanged, unless `fresh` asks for a new read
    (a watcher saw a write: two saves within one clock tick can leave size and mtime as they were)."""
    try:
        stat = path.stat()
    except OSError as error:
        return None, [Problem(path, f"cannot read: {error.strerror}")]
    key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    hit = cache.entries.get(path) if cache is not None else None
    if hit is not None and hit[0] == key and not fresh:
        return hit[1], list(hit[2])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(path, f"cannot read: {error}")]
    posting, problems = load_posting(path, text)
    if cache is not None:
        cache.entries[path] = (key, posting, tuple(problems))
    return posting, problems


def load_content(content_dir: Path, cache: LoadCache | None = None) -> Loaded:
    loaded = Loaded()
    if not content_dir.is_dir():
        loaded.problems.append(Problem(content_dir, "content folder not found"))
        return loaded
    paths = content_paths(content_dir)
    if cache is not None:
        for gone in cache.entries.keys() - set(paths):
            cache.entries.pop(gone, None)
    for path in paths:
        posting, problems = read_posting(path, cache)
        loaded.problems += problems
        if posting is not None:
            loaded.postings.append(posting)
    return loaded
