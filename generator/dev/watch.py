"""Watch the inputs (seeds, content, templates, settings), never the output, and coalesce bursts of events.

watchdog reports every write, rename and temp file an editor makes; a save is
often five events. `Watcher` keeps only the ones that matter, sorted by what
they mean for the site, and `Debouncer` turns a burst of them into one batch.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from generator.config import Settings
from generator.ingest.pipeline import RAW_SUFFIXES

# Files editors and tools write beside the real one while saving; a change to one is never a change to the site.
_EDITOR_TEMP = re.compile(
    r"""^(?:
        \..*                      # hidden: .x.swp, .#lock (emacs), .goutputstream-* (gedit), .ingest.json
      | \#.*\#                    # emacs auto-save
      | 4913 | 5036               # vim's probe for a writable folder
      | .*~                       # backups
      | .*\.(?:sw[a-p]|swpx|swx|tmp|temp|bak|orig|part|crdownload|kate-swp)
      | .*\.___jb_(?:tmp|old)___  # JetBrains safe write
      | ~\$.*                     # Office lock files
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

SETTINGS_FILE = "pyproject.toml"

WRITES: list[type[FileSystemEvent]] = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent]
"""The events asked of the kernel: not opens and reads, or every build's reading of 10,000 files would be 20,000 events."""


def is_editor_temp(name: str) -> bool:
    return bool(_EDITOR_TEMP.match(name))


@dataclass
class Batch:
    """What changed during one burst of events, by what it means for the site."""

    seeds: set[Path] = field(default_factory=set)
    """Raw postings created or changed: ingest them, then rebuild."""
    content: set[Path] = field(default_factory=set)
    """Content files created, changed or deleted."""
    templates: bool = False
    """A template or asset changed: every page may change."""
    settings: bool = False
    """pyproject.toml changed: read the settings again, then rebuild everything."""

    def __bool__(self) -> bool:
        return bool(self.seeds or self.content or self.templates or self.settings)

    def merge(self, other: Batch) -> None:
        self.seeds |= other.seeds
        self.content |= other.content
        self.templates |= other.templates
        self.settings |= other.settings


@dataclass(frozen=True)
class Folders:
    """The inputs, as absolute paths for matching events, and the seeds folder as settings spell it."""

    root: Path
    seeds: Path
    content: Path
    templates: Path
    seeds_as_given: Path
    """seeds/ as `jobboard ingest` names it, so ingest records the same source paths either way."""
    content_as_given: Path
    """content/ as `build` names it, so a file has one name whether a watcher or a full load saw it."""

    @classmethod
    def of(cls, settings: Settings) -> Folders:
        def absolute(folder: Path) -> Path:
            return settings.resolve(folder).resolve()

        return cls(
            absolute(settings.root),
            absolute(settings.seeds_dir),
            absolute(settings.content_dir),
            absolute(settings.templates_dir),
            settings.resolve(settings.seeds_dir),
            settings.resolve(settings.content_dir),
        )

    def classify(self, path: Path, deleted: bool = False) -> Batch:
        """The meaning of one changed path; an empty batch when it means nothing for the site."""
        batch = Batch()
        if is_editor_temp(path.name):
            return batch
        if path.parent == self.content:
            if path.suffix == ".md" and not path.name.startswith("_"):
                batch.content.add(self.content_as_given / path.name)
        elif self.templates in path.parents:
            batch.templates = True
        elif self.seeds in path.parents:
            relative = path.relative_to(self.seeds)
            if not deleted and path.suffix.lower() in RAW_SUFFIXES and not any(p.startswith(".") for p in relative.parts):
                batch.seeds.add(self.seeds_as_given / relative)
        elif path == self.root / SETTINGS_FILE:
            batch.settings = True
        return batch


class Debouncer:
    """Collects changes and hands them out once they stop coming: `quiet` seconds without an event,
    or `longest` seconds after the first one, so that a steady stream still gets rebuilt."""

    def __init__(self, quiet: float = 0.03, longest: float = 1.0) -> None:
        self.quiet, self.longest = quiet, longest
        self._cond = threading.Condition()
        self._pending = Batch()
        self._first = self._last = 0.0
        self._closed = False

    def add(self, batch: Batch) -> None:
        if not batch:
            return
        with self._cond:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._last = now
            self._pending.merge(batch)
            self._cond.notify_all()

    def next_batch(self) -> Batch | None:
        """Block until a burst has settled and return it; None once closed."""
        with self._cond:
            while not self._closed:
                if not self._pending:
                    self._cond.wait()
                    continue
                due = min(self._last + self.quiet, self._first + self.longest)
                wait = due - time.monotonic()
                if wait <= 0:
                    batch, self._pending = self._pending, Batch()
                    return batch
                self._cond.wait(wait)
            return None

    @property
    def pending(self) -> bool:
        with self._cond:
            return bool(self._pending)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class _Handler(FileSystemEventHandler):
    def __init__(self, folders: Folders, debouncer: Debouncer) -> None:
        self.folders, self.debouncer = folders, debouncer

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        deleted = event.event_type in ("deleted", "moved")
        batch = self.folders.classify(Path(_text(event.src_path)), deleted=deleted)
        if event.event_type == "moved":
            # Editors save by writing a temp file and renaming it over the real one: the destination counts.
            batch.merge(self.folders.classify(Path(_text(event.dest_path))))
        self.debouncer.add(batch)


def _text(path: str | bytes) -> str:
    return path.decode() if isinstance(path, bytes) else path


class Watcher:
    """A watchdog observer over the inputs; the output folder is never watched, so a build cannot trigger a build."""

    def __init__(self, folders: Folders, debouncer: Debouncer) -> None:
        self._observer = Observer()
        handler = _Handler(folders, debouncer)
        for folder in (folders.seeds, folders.content, folders.templates):
            if folder.is_dir():
                self._observer.schedule(handler, str(folder), recursive=True, event_filter=WRITES)
        # The project folder itself only for pyproject.toml; not recursive, so site/ is never watched.
        self._observer.schedule(handler, str(folders.root), recursive=False, event_filter=WRITES)
        self.watched: tuple[Path, ...] = tuple(f for f in (folders.seeds, folders.content, folders.templates) if f.is_dir())

    def start(self) -> None:
        self._observer.start()

    def stop(self) -> None:
        self._observer.stop()
        self._observer.join()
