"""The board's static pages, read from a real build: facet pages, posting pages and their JSON-LD,
the archive, the sitemap, the data board.js reads, links under a base path, and valid HTML."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from lxml import etree, html

from generator import content_file
from generator.builder.facets import country_name
from generator.builder.urls import FEED_FILES
from tests.browser.boards import make_rich_board
from tests.browser.serving import serve
from tests.conftest import ROOT, Board

VNU = ROOT / ".cache" / "vendor" / "vnu-26.9.27.jar"
REQUIRED_JSONLD = ("title", "description", "datePosted", "hiringOrganization")


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    return make_rich_board(tmp_path_factory.mktemp("board"))


def page(board: Board, route: str) -> html.HtmlElement:
    path = board.site / route / "index.html" if not route.endswith(".html") else board.site / route
    return html.fromstring(path.read_bytes())


def published(board: Board) -> dict[str, content_file.ContentFile]:
    """Slug -> parsed content file of every posting the index lists (not drafts, not closed)."""
    data = json.loads((board.site / "postings.json").read_text())
    cards = [
        row
        for n in range(0, data["count"], data["chunk"])
        for row in json.loads((board.site / f"cards/{n // data['chunk']}.json").read_text())
    ]
    slugs = [row[0] for row in cards]
    return {slug: content_file.parse((board.content / f"{slug}.md").read_text(), slug) for slug in slugs}


def jsonld(doc: html.HtmlElement) -> list[dict]:
    return [json.loads(s.text) for s in doc.xpath('//script[@type="application/ld+json"]')]


def test_the_index_lists_the_newest_postings_and_links_every_facet_page(board: Board) -> None:
    postings = published(board)
    index = page(board, "")
    cards = index.xpath('//ol[@id="cards"]/li//h3/a/@href')
    assert cards and len(cards) == min(50, len(postings))
    assert [href.split("/")[-2] for href in cards] == list(postings)[: len(cards)]  # newest first, as postings.json
    browse = set(index.xpath('//nav[@aria-label="Browse by"]//a/@href'))
    for overview in (
        "companies/",
        "locations/",
        "workplace/",
        "type/",
        "degree/",
        "skills/",
        "topics/",
        "start/",
        "pay/",
        "archive/",
    ):
        assert f"/board/{overview}" in browse
    assert not jsonld(index)


def test_every_facet_value_has_a_page_listing_exactly_its_postings(board: Board) -> None:
    data = json.loads((board.site / "postings.json").read_text())
    data["postings"] = [list(row) for row in zip(*data["columns"], strict=True)]
    postings = list(published(board))
    assert len(data["postings"]) == len(postings)
    for column, facet in enumerate(data["facets"], start=3):
        overview = page(board, facet["route"])
        assert not jsonld(overview)
        listed = set(overview.xpath('//ul[@class="facet-overview"]//a/@href'))
        for n, value in enumerate(facet["values"]):
            route = facet["route"] + value["id"] + "/"
            assert f"/board/{route}" in listed
            expected = {postings[i] for i, row in enumerate(data["postings"]) if n in row[column]}
            shown: set[str] = set()
            next_route: str | None = route
            while next_route:  # a long listing goes on over page/2/, page/3/, ...
                doc = page(board, next_route)
                shown |= {href.split("/")[-2] for href in doc.xpath("//ol[@class='cards']/li//h3/a/@href")}
                assert not jsonld(doc)
                older = doc.xpath("//a[@rel='next']/@href")
                next_route = older[0].removeprefix("/board/") if older else None
            assert shown == expected, route


def test_location_pages_nest_country_region_city(board: Board) -> None:
    seattle = page(board, "locations/us/wa/seattle")
    assert seattle.xpath("//h1")[0].text_content() == "Seattle, WA, US jobs"
    us = page(board, "locations/us")
    assert "/board/locations/us/wa/" in us.xpath('//nav[contains(@class, "subfacets")]//a/@href')


def test_workplace_not_stated_is_a_facet_value_of_its_own(board: Board) -> None:
    postings = published(board)
    unstated = {slug for slug, f in postings.items() if f.fields.workplace is None}
    assert unstated
    doc = page(board, "workplace/not-stated")
    assert {href.split("/")[-2] for href in doc.xpath("//ol[@class='cards']/li//h3/a/@href")} == unstated


def test_listing_pages_link_their_own_feeds_when_they_exist(board: Board) -> None:
    for route in ("skills/python/", "companies/quillfeather/", "workplace/remote/"):
        links = page(board, route).xpath('//link[@rel="alternate"]/@href')
        own = [f"/board/{route}{name}" for name in FEED_FILES.values() if (board.site / route / name).exists()]
        assert links[: len(own)] == own
        assert "/board/feed.xml" in links and "/board/feed.json" in links


def test_posting_page_shows_every_fact_and_its_jsonld_has_the_required_properties(board: Board) -> None:
    for slug, parsed in published(board).items():
        doc = page(board, f"jobs/{slug}")
        fields = parsed.fields
        text = " ".join(doc.xpath("//main")[0].text_content().split())
        (data,) = jsonld(doc)
        assert data["@type"] == "JobPosting"
        for key in REQUIRED_JSONLD:
            assert data.get(key), f"{slug}: {key}"
        assert data.get("jobLocation") or data.get("jobLocationType") == "TELECOMMUTE" or not fields.locations, slug
        assert data["title"] in text and data["hiringOrganization"]["name"] in text
        assert data["datePosted"] in text
        for place in data.get("jobLocation", []):
            country = place["address"]["addressCountry"]
            assert country in text or country_name(country) in text, slug
        if "baseSalary" in data:
            value = data["baseSalary"]["value"]
            for key in ("value", "minValue", "maxValue"):
                if key in value:
                    assert f"{value[key]:,}" in text, slug
            assert data["baseSalary"]["currency"] in text
        if "identifier" in data:
            assert data["identifier"]["value"] in text
        if "validThrough" in data:
            assert data["validThrough"] in text
        if fields.skills:
            assert all(skill in text for skill in fields.skills)
        assert doc.xpath("//article[@data-pagefind-body]"), slug


def test_remote_posting_jsonld_says_telecommute_with_the_countries_and_the_page_says_where_facts_came_from(board: Board) -> None:
    doc = page(board, "jobs/remote-search-relevance-quillfeather")
    (data,) = jsonld(doc)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert [c["name"] for c in data["applicantLocationRequirements"]] == ["US", "CA"]
    assert data["employmentType"] == "FULL_TIME"
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {"@type": "QuantitativeValue", "minValue": 150000, "maxValue": 190000, "unitText": "YEAR"},
    }
    assert data["identifier"]["value"] == "QF-1024"
    assert data["educationRequirements"] == [
        {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"}
    ]
    assert data["validThrough"] == "2099-12-31"
    provenance = doc.xpath('//section[@class="provenance"]')[0].text_content()
    assert "pay read from a sentence about the range" in provenance
    assert doc.xpath('//a[@class="apply"]/@href') == ["https://jobs.example.com/quillfeather/1024"]
    assert doc.xpath('//p[@class="meta"]//a/@href') == ["/board/companies/quillfeather/"]
    assert "/board/skills/elasticsearch/" in doc.xpath('//dl[@class="summary"]//a/@href')
    related = doc.xpath('//section[@class="related"]//h3/a/@href')
    assert 0 < len(related) <= 4 and "/board/jobs/remote-search-relevance-quillfeather/" not in related


def test_a_closed_posting_leaves_the_index_and_feeds_and_keeps_its_page_in_the_archive(board: Board) -> None:
    slug = "closed-position-oldco"
    assert slug not in published(board)
    assert f"/board/jobs/{slug}/" not in page(board, "").xpath("//a/@href")
    assert f"jobs/{slug}/" not in (board.site / "feed.xml").read_text()
    doc = page(board, f"jobs/{slug}")
    assert not jsonld(doc)
    assert "Closed." in doc.xpath('//p[contains(@class, "closed-banner")]')[0].text_content()
    assert not doc.xpath("//article[@data-pagefind-body]")  # search leaves it out
    assert f"/board/jobs/{slug}/" in page(board, "archive").xpath("//ol[@class='cards']//a/@href")
    assert "zanzibarian" not in (board.site / "search.json").read_text()


def test_sitemap_lists_posting_and_facet_pages_with_their_dates_and_robots_names_it(board: Board) -> None:
    tree = etree.fromstring((board.site / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    entries = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns) for u in tree.findall("s:url", ns)}
    assert entries["https://example.github.io/board/jobs/remote-search-relevance-quillfeather/"] == "2026-01-06"
    assert entries["https://example.github.io/board/jobs/closed-position-oldco/"] == "2020-01-03"
    assert "https://example.github.io/board/companies/quillfeather/" in entries
    assert "https://example.github.io/board/skills/" in entries
    for loc in entries:
        target = board.site / loc.removeprefix(board.base_url)
        assert (target / "index.html" if loc.endswith("/") else target).exists(), loc
    robots = (board.site / "robots.txt").read_text()
    assert "Sitemap: https://example.github.io/board/sitemap.xml" in robots


def test_every_page_has_canonical_and_social_tags(board: Board) -> None:
    for path in board.site.rglob("*.html"):
        doc = html.fromstring(path.read_bytes())
        canonical = doc.xpath('//link[@rel="canonical"]/@href')
        assert len(canonical) == 1 and canonical[0].startswith(board.base_url), path
        assert doc.xpath('//meta[@property="og:title"]/@content') and doc.xpath('//meta[@name="twitter:card"]/@content'), path
        assert doc.xpath('//link[@rel="icon"]/@href') == ["/board/static/favicon.svg"], path


class _NotFound(Exception):
    pass


def _fetch(url: str) -> tuple[str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        raise _NotFound(f"{url}: {error.code}") from None


def test_no_broken_internal_link_when_served_under_the_base_path(board: Board) -> None:
    """Crawl from the index over http, as GitHub Pages serves a project site: every page, asset,
    feed and data file linked (or fetched by board.js) must answer."""
    with serve(board.site, "/board/") as root:
        start = [
            root,
            root + "postings.json",
            root + "search.json",
            root + "cards/0.json",
            root + "pagefind/pagefind.js",
            root + "sitemap.xml",
        ]
        seen, queue, broken = set(start), deque(start), []
        while queue:
            url = queue.popleft()
            try:
                kind, body = _fetch(url)
            except _NotFound as error:
                broken.append(str(error))
                continue
            if kind != "text/html":
                continue
            for element, attribute, link, _ in html.fromstring(body).iterlinks():
                target = urldefrag(urljoin(url, link))[0]
                if not target.startswith(root.split("/board/")[0]) or element.tag == "a" and attribute != "href":
                    continue
                assert urlsplit(target).path.startswith("/board/"), f"{url}: {link} leaves the base path"
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        assert not broken, broken
        on_disk = {p.parent for p in board.site.rglob("index.html")}
        reached = {board.site / urlsplit(u).path.removeprefix("/board/") for u in seen}
        assert on_disk <= reached, sorted(map(str, on_disk - reached))[:5]


def test_pages_pass_the_nu_html_checker(board: Board) -> None:
    java = shutil.which("java")
    assert java and VNU.exists(), "run scripts/install-test-deps.sh (make test does)"
    run = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--stdout", "--exit-zero-always", "--skip-non-html", str(board.site)],
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(run.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert not errors, "\n".join(errors[:20])


def test_pagination_without_javascript_reaches_every_posting(tmp_path: Path) -> None:
    from tests.conftest import make_board

    board = make_board(tmp_path)
    for n in range(57):
        (board.content / f"filler-{n:02d}.md").write_text(
            f"---\ntitle: Filler Role {n}\ncompany: Filler Co\nadded: 2026-01-{1 + n % 28:02d}\n---\n\nA role.\n",
            encoding="utf-8",
        )
    assert board.run("build", "--base-url", board.base_url) == 0
    reached, route = [], ""
    while route is not None:
        doc = page(board, route)
        reached += doc.xpath("//ol[@id='cards']/li//h3/a/@href")
        following = doc.xpath('//nav[@class="pager"]//a[@rel="next"]/@href')
        route = following[0].removeprefix("/board/") if following else None
    assert len(reached) == len(set(reached)) == len(list(board.site.glob("jobs/*/index.html")))
