"""Save-to-reload latency of `jobboard serve` on boards of 1,000 and 10,000 synthetic postings.

For each size: a temporary project with the real templates and N postings, the
real dev server on a free port, then repeated edits of one posting's title:

- http: file written -> the page's long poll says its bytes changed -> a GET
  returns the page with the new title (what the reload script does);
- browser: file written -> the page open in Chromium, having reloaded itself,
  is first painted with the new title (its first-contentful-paint time);
- busy: as http, but each edit lands while the full build the last one asked
  for is running (on a large board a curator's next save usually does).

Run: .venv/bin/python benchmarks/serve_latency.py [--sizes 1000 10000] [--edits 10] [--no-browser]
"""

# ruff: noqa: T201 - a benchmark prints its figures

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import content_file  # noqa: E402
from generator.config import load_settings  # noqa: E402
from generator.dev.rebuild import FULL_BUILD_DELAY  # noqa: E402
from generator.dev.serve import Session  # noqa: E402
from generator.models import Fields, Location, Pay  # noqa: E402

BASE_URL = "https://example.github.io/board/"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BODY = """## Responsibilities

- Build and run data pipelines that feed the ranking models.
- Work with product teams on experiments and their analysis.

## Qualifications

- Three years of Python and SQL.
- Experience with a stream processor such as Flink or Kafka Streams.
"""


def make_project(folder: Path, count: int) -> Path:
    root = folder / f"board-{count}"
    (root / "content").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(ROOT / "templates", root / "templates")
    cities = ["Berlin, DE", "Paris, FR", "London, GB", "Toronto, ON, CA", "Austin, TX, US"]
    for n in range(count):
        fields = Fields(
            title=f"Data Engineer {n}",
            company=f"Company {n % 400}",
            locations=(Location.parse(cities[n % len(cities)]),),
            workplace=("remote", "hybrid", "onsite")[n % 3],
            employment_type="full_time",
            pay=Pay(50000 + n, 70000 + n, "EUR", "year"),
            skills=("Python", "SQL", "Kafka")[: 1 + n % 3],
            posted=date(2026, 1 + n % 11, 1 + n % 28),
            added=date(2026, 11, 1),
            id=f"urn:jobboard:posting-{n:05d}",
        )
        (root / "content" / f"posting-{n:05d}.md").write_text(content_file.dump(fields, BODY), encoding="utf-8")
    return root


def retitle(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1), encoding="utf-8")


def http_reload(session: Session, path: Path, route: str, title: str) -> float:
    """Seconds from the save to a GET that returns the new page, following the long poll as the page script does."""
    origin = session.url[: -len(session.live.snapshot.base_path)]
    snapshot = session.live.snapshot
    with urllib.request.urlopen(f"{origin}/__jobboard/events?since=-1&path={route}") as response:
        state = json.load(response)
    started = time.perf_counter()
    retitle(path, title)
    version, digest = snapshot.version, state["hash"]
    while True:
        with urllib.request.urlopen(f"{origin}/__jobboard/events?since={version}&path={route}") as response:
            state = json.load(response)
        version = state["version"]
        if state["hash"] != digest:
            break
    with urllib.request.urlopen(origin + route) as response:
        page = response.read().decode("utf-8")
    elapsed = time.perf_counter() - started
    assert title in page, "the reloaded page has the new title"
    return elapsed


def figures(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):6.0f} ms   p90 {p90:6.0f} ms   max {ms[-1]:6.0f} ms"


def run(count: int, edits: int, browser: bool, folder: Path) -> None:
    made = time.perf_counter()
    root = make_project(folder, count)
    print(f"\n{count} postings (written in {time.perf_counter() - made:.1f} s)")
    lines: list[str] = []
    started = time.perf_counter()
    session = Session(lambda: load_settings(root, {"base_url": BASE_URL}), "127.0.0.1", 0, lines.append)
    session.start()
    try:
        while not session.live.snapshot.ready:
            time.sleep(0.05)
        print(f"  first build, served:      {time.perf_counter() - started:.1f} s")
        path = root / "content" / f"posting-{count // 2:05d}.md"
        route = f"{session.live.snapshot.base_path}jobs/{path.stem}/"

        session.settled(600)
        before = len(lines)
        idle = []
        for n in range(edits):
            session.settled(600)
            idle.append(http_reload(session, path, route, f"Idle Edit {n}"))
        session.settled(600)
        full = [float(m.group(1)) for line in lines[before:] if (m := re.search(r"postings in ([\d.]+) s", line))]
        print(f"  save -> new page (http):  {figures(idle)}")
        print(f"  full build after an edit: {statistics.median(full):.2f} s median (in the background)")

        busy = []
        for n in range(edits):
            time.sleep(FULL_BUILD_DELAY + 0.1)  # the full build the last edit asked for is now running
            busy.append(http_reload(session, path, route, f"Busy Edit {n}"))
        print(f"  ... during a full build:  {figures(busy)}")
        session.settled(600)

        if browser:
            print(f"  save -> painted in Chromium: {figures(browser_reloads(session, path, route, edits))}")
        fast = [int(m.group(1)) for line in lines if (m := re.search(r"^updated .* in (\d+) ms$", line))]
        print(
            f"  the fast update itself:   median {statistics.median(fast):6.0f} ms   max {max(fast):6.0f} ms (batch -> published)"
        )
        stats = session.rebuilder.stats
        print(f"  batches {stats.batches}, fast updates {stats.fast_updates}, full builds {stats.full_builds}")
    finally:
        session.stop()


def browser_reloads(session: Session, path: Path, route: str, edits: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    origin = session.url[: -len(session.live.snapshot.base_path)]
    results = []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = chromium.new_page()
        page.goto(origin + route)
        for n in range(edits):
            session.settled(600)
            title = f"Browser Edit {n}"
            page.wait_for_timeout(300)  # let the page's long poll settle in, as a curator's open tab would be
            saved = time.time()
            retitle(path, title)
            page.wait_for_function("title => document.querySelector('h1').textContent === title", arg=title, timeout=60_000)
            # When the reloaded page was first painted, on the browser's wall clock (the same clock as time.time()).
            painted = page.evaluate(PAINTED)
            results.append(painted / 1000 - saved)
        chromium.close()
    return results


PAINTED = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const navigation = performance.getEntriesByType("navigation")[0];
  return performance.timeOrigin + (paint ? paint.startTime : navigation.domContentLoadedEventEnd);
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jobboard-serve-bench-") as folder:
        for count in args.sizes:
            run(count, args.edits, not args.no_browser, Path(folder))


if __name__ == "__main__":
    main()
