"""Turn batches of changes into new snapshots of the site, redoing only what changed.

Two paths, so that one saved posting shows in well under a second on a board of
10,000:

- fast: when a batch changed only content files, re-render just those postings'
  own pages (fastpage.py: tens of milliseconds) and publish them over the last
  full build at once;
- full: after every batch, in its own thread, plan the whole site from every
  posting (parses are cached: only files whose stat changed are read again). That
  brings listings, feeds and everything else up to date and replaces the pages
  the fast path published.

After each full build the fast pages it covers are compared with its own: if one
differs, the fast path no longer renders what the build renders (the pages
changed under it), and it turns itself off rather than show such pages again.
A broken file never stops anything: its last good posting stays in the site and
its problem is shown until it is fixed.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.builder.archive import build_date
from generator.builder.load import LoadCache, content_paths, load_content, read_posting
from generator.builder.site import plan_site
from generator.builder.urls import output_file, posting_route
from generator.config import Settings
from generator.dev.fastpage import PageRenderer
from generator.dev.live import Live, planned_files
from generator.dev.watch import Batch
from generator.errors import JobboardError, Problem
from generator.ingest.pipeline import ingest
from generator.models import Posting

log = logging.getLogger(__name__)

FULL_BUILD_DELAY = 0.5
"""Seconds a full build waits after a fast update: the reloading page is served first, without competing for the CPU."""


@dataclass
class Stats:
    """Counts of work done, for the terminal, the tests and the benchmark."""

    batches: int = 0
    """Bursts of changes handled: a burst of saves is one."""
    fast_updates: int = 0
    full_builds: int = 0


@dataclass(frozen=True)
class _Patch:
    """A page published by the fast path, until a full build covers it."""

    data: bytes | None
    """The page, or None for a page that is gone."""
    source: Posting | None
    """The posting it was rendered from."""
    seq: int
    """The batch that made it: full builds that started after this batch cover it."""
    epoch: int
    """Templates and settings as they were when it was rendered."""


@dataclass
class _FullBuilds:
    """Full builds asked for and done, so that a burst of requests during a build gives one more build, not many."""

    wanted: int = 0
    started: int = 0
    running: bool = False
    closed: bool = False
    not_before: float = 0.0
    """time.monotonic() before which the next full build does not start."""
    cond: threading.Condition = field(default_factory=threading.Condition)


def template_problem(error: BaseException, templates_dir: Path) -> list[Problem]:
    """A build exception as `path:line: message`, pointing into the template when it came from one."""
    if isinstance(error, JobboardError):
        return list(error.problems)
    if isinstance(error, jinja2.TemplateSyntaxError):
        return [Problem(error.filename or error.name or templates_dir, f"template syntax: {error.message}", error.lineno)]
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    where: tuple[str, int] | None = None
    folder = str(templates_dir.resolve())
    for frame, line in traceback.walk_tb(error.__traceback__):
        name = frame.f_code.co_filename
        if name.startswith(folder) or Path(name).resolve().is_relative_to(folder):
            where = (name, line)
    message = f"{type(error).__name__}: {error}"
    if where is None:
        log.debug("build failed", exc_info=error)
        return [Problem(templates_dir, f"the build failed: {message}")]
    return [Problem(where[0], message, where[1])]


class Rebuilder:
    """The dev server's builds: state shared by the batch thread and the full-build thread, under one lock."""

    def __init__(
        self, settings: Settings, load_settings: Callable[[], Settings], live: Live, echo: Callable[[str], None]
    ) -> None:
        self.settings = settings
        self.stats = Stats()
        self._load_settings = load_settings
        self._live = live
        self._echo = echo
        self._lock = threading.RLock()
        self._cache = LoadCache()
        self._postings: dict[Path, Posting] = {}
        """The last good posting of every content file; a file that breaks keeps its page."""
        self._file_problems: dict[Path, tuple[Problem, ...]] = {}
        self._other_problems: dict[str, tuple[Problem, ...]] = {}
        """Problems not tied to one content file: 'settings', 'build', 'ingest:<seed>'."""
        self._shown: set[str] = set()
        self._base: dict[str, bytes] = {}
        self._patches: dict[str, _Patch] = {}
        self._seq = 0
        self._epoch = 0
        self._fast = True
        self._ready = False
        self._full = _FullBuilds()
        self._renderer: tuple[int, PageRenderer] | None = None
        """The fast path's renderer and the epoch (templates, settings) it was made for."""

    # --- batches: the watcher's thread of work -------------------------------------

    def apply(self, batch: Batch) -> None:
        started = time.perf_counter()
        with self._lock:
            self._seq += 1
            self.stats.batches += 1
            if batch.settings:
                self._reload_settings()
            if batch.templates:
                self._epoch += 1
        if batch.seeds:
            batch.content |= self._ingest(sorted(batch.seeds))
        changes = self._reread(batch.content)
        fast = changes and self._fast and self._ready and not (batch.templates or batch.settings)
        if fast and self._fast_update(changes):
            names = ", ".join(p.name for p, _, _ in changes[:3]) + (", …" if len(changes) > 3 else "")
            self._echo(f"updated {names} in {(time.perf_counter() - started) * 1000:.0f} ms")
        else:
            fast = False
        with self._lock:
            self._publish()
        # After a fast update the open page is about to reload: let it, before a full build takes the CPU.
        self.request_full_build(FULL_BUILD_DELAY if fast else 0.0)

    def _reload_settings(self) -> None:
        try:
            settings = self._load_settings()
        except JobboardError as error:
            self._other_problems["settings"] = tuple(error.problems)
            return
        self._other_problems.pop("settings", None)
        if settings != self.settings:
            moved = [
                name
                for name in ("content_dir", "templates_dir", "seeds_dir")
                if getattr(settings, name) != getattr(self.settings, name)
            ]
            if moved:
                self._echo(f"{', '.join(moved)} changed: restart `jobboard serve` to watch the new folders")
            self.settings = settings
            self._epoch += 1

    def _ingest(self, seeds: list[Path]) -> set[Path]:
        """Ingest changed raw postings under the curator-safe rules; the content files it wrote."""
        content_dir = self.settings.resolve(self.settings.content_dir)
        report = ingest(seeds, content_dir)
        with self._lock:
            for seed in seeds:
                self._other_problems.pop(f"ingest:{seed}", None)
            for problem in report.problems:
                if problem.severity == "error":
                    key = f"ingest:{problem.path}"
                    self._other_problems[key] = (*self._other_problems.get(key, ()), problem)
                else:
                    self._echo(str(problem))
        if report.written or report.updated:
            self._echo(f"ingested {len(report.written)} new, {len(report.updated)} updated from {len(seeds)} raw postings")
        return {content_dir / p.name for p in (*report.written, *report.updated)}

    def _reread(self, paths: set[Path]) -> list[tuple[Path, Posting | None, Posting | None]]:
        """Read the files a watcher saw change: (path, old posting, new posting) for each file with a posting."""
        changes = []
        with self._lock:
            for path in sorted(paths):
                old = self._postings.get(path)
                if not path.exists():
                    self._cache.entries.pop(path, None)
                    self._file_problems.pop(path, None)
                    new = None
                else:
                    posting, problems = read_posting(path, self._cache, fresh=True)
                    self._file_problems[path] = tuple(problems)
                    new = posting or old  # a broken file keeps its last good page
                if new is None:
                    self._postings.pop(path, None)
                else:
                    self._postings[path] = new
                # Not only when new != old: a full build may already have read the new file into _postings,
                # and the page must still be redone now. A save that changed nothing re-renders the same bytes.
                if new is not None or old is not None:
                    changes.append((path, old, new))
        return changes

    def _fast_update(self, changes: list[tuple[Path, Posting | None, Posting | None]]) -> bool:
        with self._lock:
            settings, epoch, seq = self.settings, self._epoch, self._seq
            everyone = list(self._postings.values())
            existing = set(self._base)
            if self._renderer is None or self._renderer[0] != epoch:
                self._renderer = (epoch, PageRenderer(settings))
            renderer = self._renderer[1]
        fresh = [new for _, _, new in changes if new is not None]
        try:
            files = renderer.render(fresh, everyone, existing, build_date())
        except Exception as error:  # noqa: BLE001 - the full build that follows reports it with its place
            log.debug("fast update failed", exc_info=error)
            return False
        patch: dict[str, _Patch] = {}
        for _, old, new in changes:
            if old is not None and (new is None or new.slug != old.slug):
                patch[_page(old)] = _Patch(None, None, seq, epoch)
            if new is not None:
                patch[_page(new)] = _Patch(files.get(_page(new)), new, seq, epoch)
        with self._lock:
            if epoch != self._epoch:
                return False  # templates changed meanwhile: only a full build is right now
            self._patches.update(patch)
            self.stats.fast_updates += 1
        return True

    # --- full builds: their own thread ---------------------------------------------

    def request_full_build(self, delay: float = 0.0) -> None:
        with self._full.cond:
            self._full.wanted += 1
            self._full.not_before = max(self._full.not_before, time.monotonic() + delay) if delay else self._full.not_before
            self._full.cond.notify_all()

    def run_full_builds(self) -> None:
        """The full-build thread: one build at a time, each over everything asked for before it started."""
        full = self._full
        while True:
            with full.cond:
                full.cond.wait_for(lambda: full.closed or full.wanted > full.started)
                while not full.closed and (wait := full.not_before - time.monotonic()) > 0:
                    full.cond.wait(wait)
                if full.closed:
                    return
                full.started, full.running = full.wanted, True
            try:
                self.full_build()
            except Exception as error:  # noqa: BLE001 - a bug must not stop the server; say what broke
                log.debug("full build failed", exc_info=error)
                self._echo(f"jobboard: internal error in a rebuild: {type(error).__name__}: {error}")
            finally:
                with full.cond:
                    full.running = False
                    full.cond.notify_all()

    @property
    def busy(self) -> bool:
        with self._full.cond:
            return self._full.running or self._full.wanted > self._full.started

    def close(self) -> None:
        with self._full.cond:
            self._full.closed = True
            self._full.cond.notify_all()

    def full_build(self) -> None:
        started = time.perf_counter()
        with self._lock:
            settings, epoch, seq = self.settings, self._epoch, self._seq
        content_dir = settings.resolve(settings.content_dir)
        if not self._ready:
            # The first load parses every file (~20 s for 10,000): one file at a time, so that Ctrl-C need not wait.
            for path in content_paths(content_dir) if content_dir.is_dir() else []:
                if self._full.closed:
                    return
                read_posting(path, self._cache)
        # Outside the lock: saves keep being handled while files are read.
        loaded = load_content(content_dir, self._cache)
        with self._lock:
            broken = {p.path for p in loaded.problems if p.severity == "error"}
            postings = {p.path: p for p in loaded.postings}
            postings.update({path: self._postings[path] for path in broken if path in self._postings})
            self._postings = postings
            self._file_problems = {}
            for problem in loaded.problems:
                self._file_problems[Path(problem.path)] = (*self._file_problems.get(Path(problem.path), ()), problem)
        ordered = [postings[path] for path in sorted(postings)]
        try:
            files = planned_files(plan_site(ordered, settings, drafts=True))
        except Exception as error:  # noqa: BLE001 - a broken template must not stop the server
            with self._lock:
                self._other_problems["build"] = tuple(template_problem(error, settings.resolve(settings.templates_dir)))
                self._publish()
            return
        with self._lock:
            self._other_problems.pop("build", None)
            self._absorb_patches(files, postings, seq, epoch)
            self._base = files
            if not self._ready:
                # Everything loaded so far lives until the server stops: keep it out of the collector's full
                # passes, which otherwise pause every thread for ~100 ms on a 10,000-posting board.
                gc.freeze()
            self._ready = True
            self.stats.full_builds += 1
            self._publish(base_path=settings.base_path)
        self._echo(f"built {len(files)} files from {len(ordered)} postings in {time.perf_counter() - started:.2f} s")

    def _absorb_patches(self, files: dict[str, bytes], postings: dict[Path, Posting], seq: int, epoch: int) -> None:
        """Drop the fast pages this build covers, checking that each is what the build made."""
        for key, patch in list(self._patches.items()):
            if patch.seq > seq:
                continue  # made after this build read the postings: keep it over the build
            del self._patches[key]
            same_input = patch.source is not None and patch.epoch == epoch and postings.get(patch.source.path) == patch.source
            if same_input and self._fast and files.get(key) != patch.data:
                self._fast = False
                self._echo(f"{key}: the fast page differs from the full build's; every change now waits for a full build")

    # --- publishing --------------------------------------------------------------

    def _publish(self, base_path: str | None = None) -> None:
        """The last full build with the fast pages over it, and every current problem (lock held)."""
        problems = [p for _, group in sorted(self._file_problems.items()) for p in group]
        problems += [p for _, group in sorted(self._other_problems.items()) for p in group]
        lines = [str(p) for p in problems]
        for line in lines:
            if line not in self._shown:
                self._echo(line)  # each problem once, in the terminal, until it is fixed
        self._shown = set(lines)
        errors = tuple(str(p) for p in problems if p.severity == "error")
        if self._live.snapshot.errors and not errors:
            self._echo("fixed: no errors left")
        if not self._ready:
            self._live.publish(errors=errors, base_path=base_path)
            return
        files = dict(self._base)
        for key, patch in self._patches.items():
            if patch.data is None:
                files.pop(key, None)
            else:
                files[key] = patch.data
        self._live.publish(files=files, errors=errors, base_path=base_path)


def _page(posting: Posting) -> str:
    return output_file(posting_route(posting.slug)).as_posix()
