"""`jobboard serve` for real: a server on a free port over a real board, pages open in Chromium, files edited on disk."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator import content_file
from generator.config import load_settings
from generator.dev.live import Snapshot
from generator.dev.serve import Session
from generator.dev.server import resolve
from generator.dev.watch import Batch, Debouncer, Folders, is_editor_temp
from tests.conftest import ROOT, Board, make_board

WAIT = 20.0
"""Longest we wait for something to happen; a safety net, not a speed requirement (speed is in benchmarks/)."""


# --- fixtures ----------------------------------------------------------------------


@pytest.fixture
def board(tmp_path: Path) -> Board:
    return make_board(tmp_path)


@pytest.fixture
def session(board: Board) -> Iterator[Session]:
    lines: list[str] = []
    live = Session(lambda: load_settings(board.root, {"base_url": board.base_url}), "127.0.0.1", 0, lines.append)
    live.start()
    wait_for(lambda: live.live.snapshot.ready, "the first build")
    live.echoed = lines  # type: ignore[attr-defined]
    yield live
    live.stop()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def wait_for(condition: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=WAIT) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def posting_file(board: Board, *, draft: bool = False) -> Path:
    for path in sorted(board.content.glob("*.md")):
        fields = content_file.parse(path.read_text(encoding="utf-8"), path).fields
        if fields.is_draft == draft:
            return path
    raise AssertionError("no such posting in the board")


def served(session: Session, route: str) -> str:
    return resolve(session.live.snapshot, session.live.snapshot.base_path + route).body.decode("utf-8")


def retitle(path: Path, title: str, text: str | None = None) -> None:
    text = path.read_text(encoding="utf-8") if text is None else text
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1), encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, prefix: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(prefix))


# --- in the browser ------------------------------------------------------------------


def test_open_page_reloads_itself_after_content_template_and_settings_edits(session: Session, board: Board, page: Page) -> None:
    path = posting_file(board)
    page.goto(session.url + f"jobs/{path.stem}/")
    expect(page.locator("h1")).not_to_have_text("Staff Prompt Engineer")
    page.evaluate("window.__before_reload = true")

    retitle(path, "Staff Prompt Engineer")
    expect(page.locator("h1")).to_have_text("Staff Prompt Engineer", timeout=WAIT * 1000)
    assert page.evaluate("window.__before_reload") is None, "the page was reloaded, not patched by hand"

    template = board.root / "templates" / "posting.html"
    edit(template, "<h1>", '<p class="serve-check">Template edit seen</p>\n  <h1>')
    expect(page.locator(".serve-check")).to_have_text("Template edit seen", timeout=WAIT * 1000)

    settings = board.root / "pyproject.toml"
    edit(settings, 'title = "ML & Data Jobs Board"', 'title = "Renamed Board"')
    expect(page.locator(".site-title")).to_have_text("Renamed Board", timeout=WAIT * 1000)
    # The reload script is served, never built: nothing under the project's output folder.
    assert not board.site.exists(), "serve must not write site/"


def test_a_broken_edit_shows_over_the_last_good_page_until_fixed(session: Session, board: Board, page: Page) -> None:
    path = posting_file(board)
    good = path.read_text(encoding="utf-8")
    page.goto(session.url + f"jobs/{path.stem}/")
    title = page.locator("h1").inner_text()
    overlay = page.locator("#jobboard-errors")
    expect(overlay).to_have_count(0)

    path.write_text(good.replace("title: ", "title: [", 1), encoding="utf-8")
    expect(overlay).to_contain_text(f"{path}:{line_of(path, 'title:') + 1}: invalid YAML in front matter", timeout=WAIT * 1000)
    expect(page.locator("h1")).to_have_text(title)  # the last good page, under the error
    assert fetch(session.url)[0] == 200, "the server keeps serving"
    assert any(line.startswith(f"{path}:") for line in session.echoed), "the terminal says path:line: message"  # type: ignore[attr-defined]

    path.write_text(good, encoding="utf-8")
    expect(overlay).to_have_count(0, timeout=WAIT * 1000)

    path.write_text(good.replace("title: ", "titel: ", 1), encoding="utf-8")
    unknown = f"{path}:{line_of(path, 'titel:')}: unknown field 'titel'; did you mean 'title'?"
    expect(overlay).to_contain_text(unknown, timeout=WAIT * 1000)
    path.write_text(good, encoding="utf-8")
    expect(overlay).to_have_count(0, timeout=WAIT * 1000)

    template = board.root / "templates" / "posting.html"
    fine = template.read_text(encoding="utf-8")
    template.write_text(fine.replace("{% endif %}", "{% endiff %}", 1), encoding="utf-8")
    broken_line = next(n for n, line in enumerate(template.read_text().splitlines(), 1) if "endiff" in line)
    expect(overlay).to_contain_text(f"posting.html:{broken_line}: template syntax", timeout=WAIT * 1000)
    expect(page.locator("h1")).to_have_text(title)
    template.write_text(fine, encoding="utf-8")
    expect(overlay).to_have_count(0, timeout=WAIT * 1000)


def test_a_template_error_at_render_time_names_the_template_line(session: Session, board: Board) -> None:
    template = board.root / "templates" / "posting.html"
    fine = template.read_text(encoding="utf-8")
    edit(template, "<h1>", "{{ no_such_name }}\n  <h1>")
    line = next(n for n, text in enumerate(template.read_text(encoding="utf-8").splitlines(), 1) if "no_such_name" in text)
    wait_for(lambda: any(f"posting.html:{line}: UndefinedError" in e for e in session.live.snapshot.errors), "the error")
    template.write_text(fine, encoding="utf-8")
    wait_for(lambda: not session.live.snapshot.errors, "the error to clear")


def test_broken_settings_are_shown_and_cleared(session: Session, board: Board) -> None:
    settings = board.root / "pyproject.toml"
    good = settings.read_text(encoding="utf-8")
    edit(settings, "feed_items = 50", 'feed_items = "many"')
    wait_for(lambda: any("feed_items must be int" in e for e in session.live.snapshot.errors), "the settings error")
    assert fetch(session.url)[0] == 200, "the last good site is still served"
    settings.write_text(good, encoding="utf-8")
    wait_for(lambda: not session.live.snapshot.errors, "the error to clear")


def test_a_deleted_content_file_takes_its_page_away(session: Session, board: Board) -> None:
    path = posting_file(board)
    assert fetch(session.url + f"jobs/{path.stem}/")[0] == 200
    path.unlink()
    wait_for(lambda: fetch(session.url + f"jobs/{path.stem}/")[0] == 404, "the page to go")
    wait_for(lambda: f"jobs/{path.stem}/" not in served(session, "sitemap.xml"), "the sitemap to drop it")


def test_drafts_are_served_with_a_banner(session: Session, board: Board, page: Page) -> None:
    draft = posting_file(board, draft=True)
    page.goto(session.url + f"jobs/{draft.stem}/")
    expect(page.locator(".draft-banner")).to_be_visible()


# --- the server and the watcher, through HTTP ----------------------------------------


def test_a_burst_of_fifty_writes_is_one_or_two_rebuilds(session: Session, board: Board) -> None:
    template = posting_file(board).read_text(encoding="utf-8")
    before = session.rebuilder.stats.batches
    for n in range(50):
        retitle(board.content / f"burst-{n:02d}.md", f"Burst Posting {n}", template)
    wait_for(lambda: all(f"Burst Posting {n}" in served(session, f"jobs/burst-{n:02d}/") for n in range(50)), "fifty pages")
    assert session.settled(WAIT)
    assert 1 <= session.rebuilder.stats.batches - before <= 2, session.rebuilder.stats
    sitemap = served(session, "sitemap.xml")
    assert all(f"jobs/burst-{n:02d}/" in sitemap for n in range(50)), "the full build lists every new posting"


def test_a_new_raw_posting_is_ingested_and_gets_its_page(session: Session, board: Board) -> None:
    raw = ROOT / "tests" / "fixtures" / "postings" / "raw" / "101_linkedin-senior-data-engineer.txt"
    shutil.copy(raw, board.root / "seeds" / raw.name)

    def ingested() -> Path | None:
        for path in board.content.glob("*.md"):
            if (content_file.parse(path.read_text(encoding="utf-8"), path).fields.source or "").endswith(raw.name):
                return path
        return None

    wait_for(ingested, "the raw posting to be ingested")
    slug = ingested().stem  # type: ignore[union-attr]
    wait_for(lambda: f"jobs/{slug}/" in served(session, "sitemap.xml"), "its page in the sitemap")
    status, html = fetch(session.url + f"jobs/{slug}/")
    assert status == 200 and "Data Engineer" in html


def test_editor_temp_files_and_the_output_folder_trigger_nothing(session: Session, board: Board) -> None:
    assert session.settled(WAIT)
    before = session.rebuilder.stats.batches
    for name in (".posting.md.swp", "posting.md~", "4913", ".#posting.md", "posting.md.tmp", ".goutputstream-ABC123"):
        (board.content / name).write_text("junk", encoding="utf-8")
    (board.site / "jobs").mkdir(parents=True)
    (board.site / "jobs" / "index.html").write_text("<p>built</p>", encoding="utf-8")
    # A real edit afterwards: once it is seen, the junk before it has been seen too.
    path = posting_file(board)
    retitle(path, "After The Junk")
    wait_for(lambda: "After The Junk" in served(session, f"jobs/{path.stem}/"), "the real edit")
    assert session.settled(WAIT)
    assert session.rebuilder.stats.batches - before == 1


def test_requests_during_rebuilds_always_get_whole_pages(session: Session, board: Board) -> None:
    path = posting_file(board)
    text = path.read_text(encoding="utf-8")
    results: list[tuple[int, str]] = []
    done = threading.Event()

    def hammer() -> None:
        while not done.is_set():
            results.append(fetch(session.url))
            results.append(fetch(session.url + f"jobs/{path.stem}/"))

    reader = threading.Thread(target=hammer)
    reader.start()
    for n in range(20):
        retitle(path, f"Edit {n}", text)
        wait_for(lambda n=n: f"Edit {n}" in served(session, f"jobs/{path.stem}/"), f"edit {n}")
    done.set()
    reader.join()
    assert len(results) > 20
    for status, html in results:
        assert status == 200 and html.rstrip().endswith("</html>")
    # Each edit was shown by the fast path first, and each full build found its page byte for byte the same.
    assert session.settled(WAIT)
    assert session.rebuilder.stats.fast_updates >= 20
    assert not any("differs from the full build" in line for line in session.echoed)  # type: ignore[attr-defined]


def test_base_path_redirects_and_404_are_as_on_github_pages(session: Session, board: Board) -> None:
    base = session.url  # http://127.0.0.1:port/board/
    origin = base[: -len("/board/")]
    slug = posting_file(board).stem
    with urllib.request.urlopen(origin + "/", timeout=WAIT) as response:
        assert response.url == base
    with urllib.request.urlopen(base + f"jobs/{slug}", timeout=WAIT) as response:
        assert response.url == base + f"jobs/{slug}/"
    status, html = fetch(base + "jobs/no-such-posting/")
    assert status == 404 and "Page not found" in html and "/__jobboard/live.js" in html
    status, _ = fetch(origin + f"/jobs/{slug}/")
    assert status == 404, "pages live under the base path only"
    status, feed = fetch(base + "feed.xml")
    assert status == 200 and "__jobboard" not in feed


def test_the_reload_script_is_served_but_never_built(session: Session, board: Board) -> None:
    status, html = fetch(session.url)
    assert status == 200 and '<script src="/__jobboard/live.js">' in html
    # In its own process: Playwright's event loop in this one would stop the build's own (Pagefind's) asyncio.
    command = [sys.executable, "-m", "generator", "--root", str(board.root), "build", "--base-url", board.base_url]
    assert subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0
    for built in board.site.rglob("*"):
        if built.is_file():
            assert b"__jobboard" not in built.read_bytes(), built


def test_events_tell_a_page_its_new_hash(session: Session, board: Board) -> None:
    path = posting_file(board)
    route = f"/board/jobs/{path.stem}/"
    first = json.loads(fetch(session.url.replace("/board/", "") + f"/__jobboard/events?since=-1&path={route}")[1])
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    events = session.url.replace("/board/", "") + f"/__jobboard/events?since={first['version']}&path={route}"
    after = json.loads(fetch(events)[1])
    assert after["version"] > first["version"]
    wait_for(lambda: json.loads(fetch(events)[1])["hash"] != first["hash"], "the page's hash to change")


# --- the command, as a process --------------------------------------------------------


def _serve_process(board: Board, port: int, ignore_sigint: bool = False) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "generator", "--root", str(board.root), "serve", "--port", str(port)]
    # A shell's background job and nohup start a program with SIGINT ignored, which Python then leaves ignored.
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore_sigint else None
    return subprocess.Popen(
        [*command, "--base-url", board.base_url],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=ignore,  # noqa: PLW1509 - a signal disposition for the child, set before exec
    )


@pytest.mark.parametrize("ignore_sigint", [False, True], ids=["foreground", "started-with-sigint-ignored"])
def test_ctrl_c_stops_cleanly_with_exit_0(board: Board, ignore_sigint: bool) -> None:
    process = _serve_process(board, 0, ignore_sigint)
    assert process.stderr is not None
    url = ""
    for line in process.stderr:
        if match := re.search(r"serving (http://\S+)", line):
            url = match.group(1)
            break
    assert url, "the server says where it serves"
    wait_for(lambda: fetch(url)[0] == 200, "the first build")
    # A page waiting for changes, as an open browser tab would be, must not keep the server alive.
    origin = url[: -len("/board/")]
    waiting = threading.Thread(target=lambda: fetch(origin + "/__jobboard/events?since=999999&path=/board/"))
    waiting.start()
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        # Say where it hangs: the server prints its threads' stacks on SIGUSR1.
        process.send_signal(signal.SIGUSR1)
        time.sleep(1)
        process.kill()
        _, stderr = process.communicate()
        pytest.fail(f"serve did not stop within {WAIT} s of Ctrl-C; its threads were:\n{stderr}")
    waiting.join(WAIT)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not waiting.is_alive()


def test_a_taken_port_is_a_clear_error(board: Board) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = _serve_process(board, port)
        _, stderr = process.communicate(timeout=WAIT)
    assert process.returncode == 1
    assert f"cannot serve on 127.0.0.1:{port}: the port is already in use" in stderr and "--port" in stderr
    assert "Traceback" not in stderr


# --- the parts, alone -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [".posting.md.swp", ".posting.md.swx", "posting.md~", "4913", ".#posting.md", "#posting.md#", "posting.md.tmp",
     ".goutputstream-XYZ123", "posting.md.___jb_tmp___", ".ingest.json", "posting.md.part"],
)  # fmt: skip
def test_editor_temp_files_are_recognised(name: str) -> None:
    assert is_editor_temp(name)


@pytest.mark.parametrize("name", ["posting.md", "senior-engineer-2.md", "style.css", "001_abc.txt", "pyproject.toml"])
def test_real_files_are_not_temp_files(name: str) -> None:
    assert not is_editor_temp(name)


def test_changes_are_classified_by_what_they_mean(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    folders = Folders.of(settings)
    root = tmp_path.resolve()
    assert folders.classify(root / "content" / "x.md").content == {tmp_path / "content" / "x.md"}
    assert not folders.classify(root / "content" / "notes.txt")
    assert folders.classify(root / "templates" / "static" / "style.css").templates
    assert folders.classify(root / "seeds" / "sub" / "a.txt").seeds == {tmp_path / "seeds" / "sub" / "a.txt"}
    assert not folders.classify(root / "seeds" / "a.txt", deleted=True), "a deleted raw posting removes nothing"
    assert folders.classify(root / "pyproject.toml").settings
    assert not folders.classify(root / "site" / "index.html")
    assert not folders.classify(root / "README.md")


def test_debouncer_hands_out_a_burst_as_one_batch(tmp_path: Path) -> None:
    debouncer = Debouncer(quiet=0.05)
    for n in range(50):
        debouncer.add(Batch(content={tmp_path / f"{n}.md"}))
    debouncer.add(Batch(templates=True))
    batch = debouncer.next_batch()
    assert batch is not None and len(batch.content) == 50 and batch.templates
    assert not debouncer.pending
    debouncer.close()
    assert debouncer.next_batch() is None


def test_resolve_serves_only_under_the_base_path() -> None:
    files = {"index.html": b"home", "jobs/a/index.html": b"a", "404.html": b"missing", "feed.xml": b"<rss/>"}
    snapshot = Snapshot(3, "/board/", files, ready=True)
    assert resolve(snapshot, "/board/").body == b"home"
    assert resolve(snapshot, "/board/jobs/a/").body == b"a"
    assert resolve(snapshot, "/board/jobs/a").location == "/board/jobs/a/"
    assert resolve(snapshot, "/").location == "/board/"
    assert resolve(snapshot, "/board").location == "/board/"
    assert (resolve(snapshot, "/board/../index.html").status, resolve(snapshot, "/board/../index.html").body) == (404, b"missing")
    assert resolve(snapshot, "/jobs/a/").status == 404
    assert resolve(Snapshot(0, "/board/"), "/board/").status == 503
