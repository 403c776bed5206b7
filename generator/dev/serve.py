"""A first dev server: build, serve site/ under the base path, rebuild when inputs change."""

from __future__ import annotations

import functools
import http.server
import logging
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.builder.pipeline import build
from generator.config import Settings
from generator.errors import JobboardError

log = logging.getLogger(__name__)

IGNORED_SUFFIXES = (".swp", ".swx", ".tmp", "~", ".part", ".crdownload")


class _Handler(http.server.SimpleHTTPRequestHandler):
    base_path = "/"

    def translate_path(self, path: str) -> str:
        if path.startswith(self.base_path):
            path = "/" + path[len(self.base_path) :]
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        log.info(format, *args)


class _Rebuild(FileSystemEventHandler):
    def __init__(self) -> None:
        self.dirty = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        name = str(event.src_path)
        if event.is_directory or Path(name).name.startswith(".") or name.endswith(IGNORED_SUFFIXES):
            return
        self.dirty.set()


def _rebuild(settings: Settings) -> None:
    try:
        result = build(settings, drafts=True)
    except JobboardError as error:
        print(error, file=sys.stderr)
        return
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(f"rebuilt: {result.published} postings", file=sys.stderr)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> int:
    _rebuild(settings)
    handler = type("Handler", (_Handler,), {"base_path": settings.base_path})
    try:
        server = http.server.ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(settings.resolve(settings.out_dir))))
    except OSError as error:
        print(f"jobboard: cannot listen on {host}:{port}: {error.strerror}; try --port", file=sys.stderr)
        return 1
    watcher = _Rebuild()
    observer = Observer()
    for folder in (settings.content_dir, settings.templates_dir, settings.seeds_dir):
        path = settings.resolve(folder)
        if path.is_dir():
            observer.schedule(watcher, str(path), recursive=True)
    observer.start()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving on http://{host}:{port}{settings.base_path} (Ctrl-C stops)", file=sys.stderr)
    try:
        while True:
            if watcher.dirty.wait(0.5):
                time.sleep(0.2)  # let a burst of saves settle
                watcher.dirty.clear()
                _rebuild(settings)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join()
        server.shutdown()
        server.server_close()
    return 0
