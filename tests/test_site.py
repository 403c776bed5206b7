"""The whole pipeline for real: seeds ingested, the site built, pages read, feeds parsed."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import feedparser

from tests.conftest import Board


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Links()
    parser.feed(html)
    return parser.links


def test_index_lists_every_published_posting_with_a_page(built_board: Board) -> None:
    index = (built_board.site / "index.html").read_text(encoding="utf-8")
    pages = sorted(built_board.site.glob("jobs/*/index.html"))
    assert len(pages) == 4  # five seeds, one without a title stays a draft
    for page in pages:
        slug = page.parent.name
        assert f'href="/board/jobs/{slug}/"' in index
    assert "Machine Learning Engineer Intern" in index
    assert (built_board.site / ".nojekyll").exists()
    assert (built_board.site / "404.html").exists()


def test_links_work_under_the_base_path(built_board: Board) -> None:
    for page in built_board.site.rglob("*.html"):
        for tag, attrs in _tags(page.read_text(encoding="utf-8")):
            href = attrs.get("href") or attrs.get("src")
            if not href or href.startswith(("http://", "https://", "#", "mailto:")):
                continue
            assert href.startswith("/board/"), f"{page}: {tag} {href}"
            target = built_board.site / href.removeprefix("/board/")
            if href.endswith("/"):
                target = target / "index.html"
            assert target.exists(), f"{page}: broken link {href}"


def test_every_page_links_its_feeds(built_board: Board) -> None:
    for page in built_board.site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        alternates = {a.get("type"): a.get("href") for t, a in _tags(html) if t == "link" and a.get("rel") == "alternate"}
        assert alternates.get("application/rss+xml") == "/board/feed.xml", page
        assert alternates.get("application/feed+json") == "/board/feed.json", page


def test_rss_feed_parses_with_items_and_absolute_links(built_board: Board) -> None:
    feed = feedparser.parse((built_board.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 4
    for entry in feed.entries:
        assert entry.link.startswith("https://example.github.io/board/jobs/")
        assert " — " in entry.title
        assert entry.id and not entry.id.startswith("http")
        assert entry.published_parsed


def test_json_feed_parses_and_carries_structured_fields(built_board: Board) -> None:
    data = json.loads((built_board.site / "feed.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == "https://example.github.io/board/feed.json"
    assert len(data["items"]) == 4
    paid = [item for item in data["items"] if item["_jobboard"]["pay"]]
    assert {item["_jobboard"]["pay"]["period"] for item in paid} == {"hour"}


def test_drafts_are_left_out_unless_asked(built_board: Board, tmp_path) -> None:
    out = tmp_path / "with-drafts"
    assert built_board.run("build", "--base-url", built_board.base_url, "--out", str(out), "--drafts") == 0
    assert len(list(out.glob("jobs/*/index.html"))) == 5
    assert "Draft" in next(p for p in out.glob("jobs/*/index.html") if "Untitled" in p.read_text()).read_text()


def test_same_content_gives_the_same_bytes(built_board: Board, tmp_path) -> None:
    out = tmp_path / "again"
    assert built_board.run("build", "--base-url", built_board.base_url, "--out", str(out)) == 0
    for path in built_board.site.rglob("*"):
        if path.is_file():
            assert (out / path.relative_to(built_board.site)).read_bytes() == path.read_bytes(), path


def test_posting_text_is_escaped(built_board: Board, tmp_path) -> None:
    evil = built_board.content / "evil.md"
    evil.write_text(
        "---\ntitle: <script>alert(1)</script> Engineer\ncompany: Evil & Co\n"
        "apply_url: https://example.com/?a=<b>\n---\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n",
        encoding="utf-8",
    )
    try:
        out = tmp_path / "escaped"
        assert built_board.run("build", "--out", str(out)) == 0
        page = (out / "jobs/evil/index.html").read_text(encoding="utf-8")
        assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
        assert "<img" not in page
        assert 'href="javascript:' not in page
    finally:
        evil.unlink()


def test_a_broken_content_file_is_reported_and_the_rest_still_builds(built_board: Board, tmp_path, capsys) -> None:
    bad = built_board.content / "broken.md"
    bad.write_text("---\ntitle: Engineer\ncompany: X\nworkplace: sometimes\n---\n", encoding="utf-8")
    try:
        out = tmp_path / "partial"
        assert built_board.run("build", "--out", str(out)) == 1
        assert len(list(out.glob("jobs/*/index.html"))) == 4
        err = capsys.readouterr().err
        assert re.search(r"broken\.md:4: workplace must be one of", err)
        assert built_board.run("check") == 1
    finally:
        bad.unlink()


def test_check_lists_drafts_with_their_file(built_board: Board, capsys) -> None:
    assert built_board.run("check") == 0  # a draft is a warning, not an error
    err = capsys.readouterr().err
    assert re.search(r"002-b3df105cc972a621\.md:1: warning: draft: no title", err)
