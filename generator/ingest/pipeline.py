"""Raw posting files -> content files, without ever losing a curator's edit.

Ingest remembers, in content/.ingest.json, what it last wrote for each source.
On a re-run a field is replaced only where the file still holds what ingest
wrote; a field or body the curator changed stays as the curator left it. A file
the curator deleted is not brought back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from slugify import slugify

from generator import content_file
from generator.errors import InputError, Problem
from generator.ingest.extractor import Extraction, extract
from generator.ingest.reading import read_raw
from generator.models import Fields

log = logging.getLogger(__name__)

STATE_FILE = ".ingest.json"
RAW_SUFFIXES = {".txt", ".html", ".htm", ".md", ".text"}


@dataclass
class IngestReport:
    written: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    """Files left alone: up to date, or edited by the curator."""
    problems: list[Problem] = field(default_factory=list)


def today() -> date:
    """The ingest date; SOURCE_DATE_EPOCH pins it for reproducible runs."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return datetime.now(tz=UTC).date()


def raw_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the raw postings inside folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RAW_SUFFIXES and not p.name.startswith(".")
            )
        else:
            yield path


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _load_state(content_dir: Path) -> dict[str, Any]:
    path = content_dir / STATE_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, json.JSONDecodeError):
        log.warning("%s: unreadable, starting afresh (content files are not touched)", path)
        return {}


def _save_state(content_dir: Path, state: dict[str, Any]) -> None:
    path = content_dir / STATE_FILE
    path.write_text(json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _sources_in(content_dir: Path) -> dict[str, Path]:
    """Which content file holds which source, read from the files themselves."""
    found: dict[str, Path] = {}
    for path in sorted(content_dir.glob("*.md")):
        parsed = content_file.parse(path.read_text(encoding="utf-8"), path)
        if parsed.fields.source:
            found.setdefault(parsed.fields.source, path)
    return found


def slug_for(fields: Fields, source: Path, taken: set[str]) -> str:
    base = slugify(" ".join(p for p in (fields.title, fields.company) if p), max_length=80) if fields.title else ""
    base = base or slugify(source.stem, max_length=80) or "posting"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _plain(value: Any) -> Any:
    """A front-matter value as it is stored in the state file (dates as text)."""
    return json.loads(json.dumps(value, default=str))


def merge(current: content_file.ContentFile, before: dict[str, Any], new: Extraction) -> tuple[Fields, str]:
    """Three-way merge per field: take the new value only where the file still holds the old generated one."""
    now = content_file.to_yaml_data(current.fields)
    fresh = content_file.to_yaml_data(new.fields)
    old = before.get("fields", {})
    values = {name: getattr(current.fields, name) for name in now}
    for key in fresh:
        if key not in ("added", "id") and _plain(now.get(key)) == old.get(key):
            values[key] = getattr(new.fields, key)
    body = new.body if _sha(current.body.strip()) == before.get("body_sha") else current.body
    return replace(current.fields, **values), body


def ingest(
    paths: Iterable[Path], content_dir: Path, *, force: bool = False, refresh: bool = False, on_file: Any = None
) -> IngestReport:
    """Ingest raw postings into content_dir; problems are collected, the rest goes on.

    A raw file that has not changed since it was last ingested is skipped, unless `refresh`
    asks for it to be extracted again (after the extractor improved); the curator-safe merge applies either way.
    """
    report = IngestReport()
    content_dir.mkdir(parents=True, exist_ok=True)
    state = _load_state(content_dir)
    scanned: dict[str, Path] | None = None

    def content_file_of(source: str) -> Path | None:
        """The content file holding a source: the one the state names, if it still says so, else found by reading
        every content file (once per run; a curator may have renamed files)."""
        nonlocal scanned
        remembered_file = state.get(source, {}).get("file")
        if remembered_file and scanned is None:
            path = content_dir / remembered_file
            if path.exists() and content_file.parse(path.read_text(encoding="utf-8"), path).fields.source == source:
                return path
        if scanned is None:
            scanned = _sources_in(content_dir)
        return scanned.get(source)

    taken = {p.stem for p in content_dir.glob("*.md")}
    added = today()
    for raw_path in raw_files(paths):
        shown = raw_path.as_posix()
        if on_file:
            on_file(shown)
        try:
            raw = read_raw(raw_path, shown)
        except InputError as error:
            report.problems += error.problems
            continue
        raw_sha = _sha(raw.text)
        remembered = state.get(shown)
        target = content_file_of(shown)
        if target is None and remembered and not force:
            log.info("%s: its content file %s was deleted; not recreating it (use --force)", shown, remembered["file"])
            report.kept.append(content_dir / remembered["file"])
            continue
        if target is not None and remembered and remembered.get("raw_sha") == raw_sha and not (force or refresh):
            report.kept.append(target)
            continue
        extraction = extract(raw, added)
        if target is None:
            slug = slug_for(extraction.fields, raw_path, taken)
            taken.add(slug)
            target = content_dir / f"{slug}.md"
            fields, body = replace(extraction.fields, id=f"urn:jobboard:{slug}"), extraction.body
            report.written.append(target)
        else:
            current = content_file.parse(target.read_text(encoding="utf-8"), target)
            if current.problems:
                report.problems.append(
                    Problem(target, "has errors; not updating it from its source (run `jobboard check`)", None, "warning")
                )
                report.kept.append(target)
                continue
            fields, body = merge(current, remembered or {"fields": {}}, extraction)
            fields = replace(fields, added=current.fields.added or added, id=current.fields.id)
            if _facts_changed(current.fields, fields) or body.strip() != current.body.strip():
                fields = replace(fields, updated=added)  # subscribers learn of the change through feeds
            original = target.read_text(encoding="utf-8")
            if fields == current.fields and body.strip() == current.body.strip():
                report.kept.append(target)
            elif content_file.dump(current.fields, current.body) != original:
                # Comments or hand formatting would not survive a rewrite: leave the file and say so.
                report.problems.append(
                    Problem(
                        target,
                        f"{shown} changed, but this file has hand formatting; not rewriting it (re-ingest with --force into a new folder to compare)",
                        None,
                        "warning",
                    )
                )
                report.kept.append(target)
            else:
                target.write_text(content_file.dump(fields, body), encoding="utf-8")
                report.updated.append(target)
            state[shown] = _remember(target, raw_sha, extraction)
            continue
        target.write_text(content_file.dump(fields, body), encoding="utf-8")
        state[shown] = _remember(target, raw_sha, extraction)
    _save_state(content_dir, state)
    return report


def _facts_changed(before: Fields, after: Fields) -> bool:
    """Whether a re-ingest changed what a job seeker reads (bookkeeping such as `review` does not count)."""
    keep = {"review", "updated", "source"}
    old, new = content_file.to_yaml_data(before), content_file.to_yaml_data(after)
    return any(old.get(key) != new.get(key) for key in set(old) | set(new) if key not in keep)


def _remember(target: Path, raw_sha: str, extraction: Extraction) -> dict[str, Any]:
    """What ingest wrote for a source, so a later run can tell the curator's edits from its own."""
    return {
        "file": target.name,
        "raw_sha": raw_sha,
        "fields": _plain(content_file.to_yaml_data(extraction.fields)),
        "body_sha": _sha(extraction.body.strip()),
    }
