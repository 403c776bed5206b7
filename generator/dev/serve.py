"""`jobboard serve`: watch the inputs, rebuild what changed, serve the result with live reload.

Beside the pipeline, calling it: watch.py says what changed, rebuild.py turns
that into a new snapshot of the site, live.py holds the snapshot, server.py
serves it. This module starts and stops them together.
"""

from __future__ import annotations

import errno
import faulthandler
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType

from generator.config import Settings
from generator.dev.live import Live
from generator.dev.rebuild import Rebuilder
from generator.dev.server import DevServer
from generator.dev.watch import Debouncer, Folders, Watcher

log = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.0005


class Session:
    """One dev server: HTTP, watcher and the two build threads. start(), then stop() joins every thread."""

    def __init__(
        self, load_settings: Callable[[], Settings], host: str, port: int, echo: Callable[[str], None], quiet: float = 0.03
    ) -> None:
        settings = load_settings()
        self.live = Live(settings.base_path)
        self.server = DevServer((host, port), self.live, log)  # OSError when the port is taken: before any work
        self.rebuilder = Rebuilder(settings, load_settings, self.live, echo)
        self.debouncer = Debouncer(quiet)
        self.folders = Folders.of(settings)
        self._echo = echo
        settings.resolve(settings.content_dir).mkdir(parents=True, exist_ok=True)
        self.watcher = Watcher(self.folders, self.debouncer)
        self._working = False
        self._threads: list[threading.Thread] = []
        self._switch_interval = sys.getswitchinterval()

    @property
    def url(self) -> str:
        host = str(self.server.server_address[0])
        return f"http://{host}:{self.server.port}{self.live.snapshot.base_path}"

    def start(self) -> None:
        # Full builds run in a thread and hold the GIL for seconds on a large board; a short switch
        # interval lets request threads in within a fraction of a millisecond instead of 5 ms each time.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        # The watcher starts first so that no save made during the first build is missed.
        self.watcher.start()
        self.rebuilder.request_full_build()
        for name, target, daemon in (
            ("jobboard-http", self.server.serve_forever, False),
            ("jobboard-batches", self._batches, False),
            # A full build cannot be interrupted; stop() waits for it, and a second Ctrl-C need not.
            ("jobboard-full-builds", self.rebuilder.run_full_builds, True),
        ):
            thread = threading.Thread(target=target, name=name, daemon=daemon)
            thread.start()
            self._threads.append(thread)

    def _batches(self) -> None:
        while (batch := self.debouncer.next_batch()) is not None:
            self._working = True
            try:
                self.rebuilder.apply(batch)
            except Exception as error:  # noqa: BLE001 - a bug must not stop the server; say what broke
                log.debug("rebuild failed", exc_info=error)
                self.rebuilder.request_full_build()
            finally:
                self._working = False

    def settled(self, timeout: float = 60.0) -> bool:
        """Wait until no change is pending and no build is running; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not (self.debouncer.pending or self._working or self.rebuilder.busy):
                return True
            time.sleep(0.01)
        return False

    def stop(self) -> None:
        self.watcher.stop()
        self.debouncer.close()
        self.rebuilder.close()
        self.live.close()  # answers every waiting page at once
        self.server.shutdown()
        self.server.close_connections()
        self.server.server_close()  # joins the request threads
        for thread in self._threads:
            if thread.is_alive() and thread.daemon:
                self._echo("waiting for the build in progress to finish (Ctrl-C again quits at once)")
            thread.join()
        sys.setswitchinterval(self._switch_interval)


def serve(load_settings: Callable[[], Settings], echo: Callable[[str], None], host: str = "127.0.0.1", port: int = 8000) -> int:
    try:
        session = Session(load_settings, host, port, echo)
    except OSError as error:
        reason = "the port is already in use (is another server running?)" if error.errno == errno.EADDRINUSE else error.strerror
        echo(f"jobboard: cannot serve on {host}:{port}: {reason}; stop the other server or choose a port with --port")
        return 1
    session.start()
    echo(f"serving {session.url} (drafts shown; Ctrl-C stops)")
    if hasattr(signal, "SIGUSR1"):
        # 'kill -USR1 <pid>' prints every thread's stack: what a server that does not stop is waiting for.
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    # Ctrl-C stops the server even when it was started with SIGINT ignored (a shell's background job, nohup),
    # where Python installs no KeyboardInterrupt of its own.
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        session.stop()
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the server as Ctrl-C does."""
    raise KeyboardInterrupt
