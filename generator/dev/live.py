"""The site being served: an immutable snapshot of every file, swapped whole, and a way to wait for the next.

The dev server serves from memory, never from site/: a request takes one
snapshot and reads only it, so it cannot see half a build, and site/ (what gets
published) never holds drafts or the reload script.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from generator.builder.site import SitePlan
from generator.builder.urls import output_file
from generator.errors import BuildError, Problem


@dataclass(frozen=True)
class Snapshot:
    version: int
    """Goes up by one with every change to the files or the errors; pages wait on it."""
    base_path: str
    files: Mapping[str, bytes] = field(default_factory=lambda: MappingProxyType({}))
    """Output path ('jobs/x/index.html') to bytes, as the build would write them."""
    errors: tuple[str, ...] = ()
    """What is wrong right now, `path:line: message` each; the files are the last good build."""
    ready: bool = False
    """A first build has finished."""


def planned_files(plan: SitePlan) -> dict[str, bytes]:
    """The plan as output path -> bytes, refusing what write_site refuses: a path twice, a path outside the site."""
    files: dict[str, bytes] = {}
    for item in plan.files:
        try:
            key = output_file(item.route).as_posix()
        except ValueError as error:
            raise BuildError(Problem("site", str(error))) from None
        if key in files:
            raise BuildError(Problem(key, "two pages would be written to this path"))
        files[key] = item.content
    return files


class Live:
    """Holds the current snapshot; publishing one wakes every page waiting for a change."""

    def __init__(self, base_path: str) -> None:
        self._cond = threading.Condition()
        self._snapshot = Snapshot(0, base_path)
        self._closed = False

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot  # one attribute read: a request gets one whole snapshot

    def publish(
        self, *, files: Mapping[str, bytes] | None = None, errors: tuple[str, ...] | None = None, base_path: str | None = None
    ) -> Snapshot:
        with self._cond:
            old = self._snapshot
            new = replace(
                old,
                files=MappingProxyType(dict(files)) if files is not None else old.files,
                errors=old.errors if errors is None else errors,
                base_path=base_path or old.base_path,
                ready=old.ready or files is not None,
            )
            if new != replace(old, version=new.version):
                new = replace(new, version=old.version + 1)
                self._snapshot = new
                self._cond.notify_all()
            return self._snapshot

    def wait(self, since: int, timeout: float) -> Snapshot:
        """The first snapshot newer than `since`, or the current one after `timeout` or on close."""
        with self._cond:
            self._cond.wait_for(lambda: self._snapshot.version != since or self._closed, timeout)
            return self._snapshot

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
