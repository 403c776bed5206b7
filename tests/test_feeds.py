"""Feeds for real: a board built from the seeds plus a few postings written for these tests, every
feed of it read back with feedparser, lxml and the JSON Feed 1.1 schema."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from jsonschema import Draft202012Validator
from lxml import etree

from generator import content_file
from generator.models import Fields, Location, Pay
from tests.conftest import Board, make_board

BASE = "https://example.github.io/board/"
TODAY = date(2026, 3, 1)
EPOCH = str(int(datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC).timestamp()))
SCHEMA = json.loads((Path(__file__).parent / "support" / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
ATOM = "{http://www.w3.org/2005/Atom}"
DCTERMS = "{http://purl.org/dc/terms/}"
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

REMOTE = Fields(
    title="Data Engineer",
    company="Acme & Sons",
    locations=(Location("US"),),
    workplace="remote",
    employment_type="full_time",
    degree=("bachelor",),
    pay=Pay(120000, 150000, "USD", "year"),
    skills=("Python", "SQL"),
    topics=("Data Engineering",),
    apply_url="https://acme.example/apply?team=data&src=board",
    id="urn:jobboard:remote-data-engineer",
    added=date(2026, 2, 10),
)
ONSITE = Fields(
    title="Analytics Engineer",
    company="Acme & Sons",
    locations=(Location("DE", None, "Berlin"),),
    workplace="onsite",
    employment_type="full_time",
    skills=("SQL",),
    id="urn:jobboard:berlin-analytics-engineer",
    added=date(2026, 2, 12),
)
ARCHIVED = Fields(
    title="Data Analyst",
    company="Acme & Sons",
    locations=(Location("US", "NY", "New York"),),
    workplace="hybrid",
    skills=("Python", "Excel"),
    valid_through=date(2026, 2, 1),
    id="urn:jobboard:archived-analyst",
    added=date(2026, 1, 5),
)
UNTRUSTED = Fields(
    title="<script>alert(1)</script> Engineer",
    company="Evil & Co",
    workplace="remote",
    skills=("Go",),
    id="urn:jobboard:untrusted",
    added=date(2026, 2, 1),
)
UNTRUSTED_BODY = (
    "Pasted from a PDF:\x0b a vertical tab and a form feed\x0c.\n\n<img src=x onerror=alert(1)>\n\nCDATA ends like ]]> this.\n"
)
POSTINGS = {
    "remote-data-engineer": (REMOTE, "## Responsibilities\n\n- Build pipelines\n"),
    "berlin-analytics-engineer": (ONSITE, "## Responsibilities\n\n- Model data\n"),
    "archived-analyst": (ARCHIVED, "## Responsibilities\n\n- Report\n"),
    "untrusted": (UNTRUSTED, UNTRUSTED_BODY),
}


def _write(board: Board, slug: str, fields: Fields, body: str) -> None:
    (board.content / f"{slug}.md").write_text(content_file.dump(fields, body), encoding="utf-8")


def _build(board: Board, out: Path, *args: str, base_url: str = BASE) -> Path:
    assert board.run("build", "--base-url", base_url, "--out", str(out), *args) == 0
    return out


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    """The seeds and the postings above, ingested and built with the date pinned to TODAY."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        board = make_board(tmp_path_factory.mktemp("feeds"), BASE)
        for slug, (fields, body) in POSTINGS.items():
            _write(board, slug, fields, body)
        _build(board, board.site)
    return board


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def _feeds(site: Path, name: str) -> dict[str, Path]:
    """Every feed file of one kind, by the route of the listing it belongs to ('' for the whole board)."""
    found = {}
    for path in sorted(site.rglob(name)):
        folder = path.parent.relative_to(site).as_posix()
        found["" if folder == "." else folder + "/"] = path
    return found


def _parse(path: Path) -> feedparser.FeedParserDict:
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path}: {feed.get('bozo_exception')}"
    return feed


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _ids(path: Path) -> list[str]:
    return [e.id for e in _parse(path).entries] if path.suffix == ".xml" else [i["id"] for i in _json(path)["items"]]


# --- every feed is there and reads cleanly -------------------------------------------------------


def test_every_listing_has_all_three_feeds(board: Board) -> None:
    rss, atom, jsonf = (_feeds(board.site, name) for name in ("feed.xml", "atom.xml", "feed.json"))
    assert set(rss) == set(atom) == set(jsonf)
    for route in (
        "",
        "skills/python/",
        "skills/sql/",
        "companies/acme-sons/",
        "workplace/remote/",
        "type/full-time/",
        "degree/bachelor/",
        "topics/data-engineering/",
        "locations/us/",
        "locations/de/",
        "locations/de/-/berlin/",
    ):
        assert route in rss, route
    # A facet value only the archived posting has is gone with it.
    assert "skills/excel/" not in rss and "workplace/hybrid/" not in rss


def test_every_feed_parses_without_bozo_and_xml_is_well_formed(board: Board) -> None:
    for name in ("feed.xml", "atom.xml"):
        for path in _feeds(board.site, name).values():
            etree.fromstring(path.read_bytes())  # raises on anything not well-formed
            assert _parse(path).entries, path
    for path in _feeds(board.site, "feed.json").values():
        assert _json(path)["items"], path  # feedparser 6 has no JSON Feed reader; the schema test checks these


def test_json_feeds_validate_against_the_json_feed_schema(board: Board) -> None:
    Draft202012Validator.check_schema(SCHEMA)
    validator = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for route, path in _feeds(board.site, "feed.json").items():
        data = _json(path)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, f"{path}: {errors}"
        assert data["feed_url"] == BASE + route + "feed.json"
        assert data["home_page_url"] == BASE + route
        assert data["icon"] == BASE + "static/favicon.svg"


def test_the_schema_rejects_what_the_spec_forbids() -> None:
    validator = Draft202012Validator(SCHEMA)
    good = {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1", "content_text": "x"}]}
    assert validator.is_valid(good)
    bad = [
        {**good, "version": "https://jsonfeed.org/version/1"},
        {**good, "items": [{"id": 1, "content_text": "x"}]},
        {**good, "items": [{"id": "1"}]},
        {**good, "items": [{"id": "1", "content_text": "x", "date_published": "2026-03-01"}]},
        {**good, "items": [{"id": "1", "content_text": "x", "_ext": {"a.b": 1}}]},
        {**good, "authors": [{}]},
        {**good, "feedurl": "https://example.org/"},
    ]
    for feed in bad:
        assert not validator.is_valid(feed), feed


# --- RSS 2.0 and Atom 1.0 follow their specs -----------------------------------------------------


def test_rss_follows_the_spec(board: Board) -> None:
    for route, path in _feeds(board.site, "feed.xml").items():
        root = etree.fromstring(path.read_bytes())
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        assert channel.findtext("title") and channel.findtext("description")
        assert channel.findtext("link") == BASE + route
        assert channel.findtext("language") == "en"
        selfs = [ln for ln in channel.findall(f"{ATOM}link") if ln.get("rel") == "self"]
        assert [ln.get("href") for ln in selfs] == [BASE + route + "feed.xml"]
        assert selfs[0].get("type") == "application/rss+xml"
        assert RFC822.match(channel.findtext("lastBuildDate"))
        items = channel.findall("item")
        assert items, path
        for item in items:
            guid = item.find("guid")
            assert guid.get("isPermaLink") == "false"
            assert guid.text.startswith("urn:jobboard:")
            assert item.findtext("link").startswith(BASE + "jobs/")
            assert RFC822.match(item.findtext("pubDate")), item.findtext("pubDate")
            assert RFC3339.match(item.findtext(f"{DCTERMS}modified"))
            assert item.findtext("description") and item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
            assert item.findall("category")
        newest = max(parsedate_to_datetime(i.findtext("pubDate")) for i in items)
        modified = max(datetime.fromisoformat(i.findtext(f"{DCTERMS}modified")) for i in items)
        assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == max(newest, modified)


def test_atom_follows_the_spec(board: Board) -> None:
    for route, path in _feeds(board.site, "atom.xml").items():
        root = etree.fromstring(path.read_bytes())
        assert root.tag == f"{ATOM}feed"
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
        assert root.findtext(f"{ATOM}id").startswith("urn:jobboard:feed")
        assert root.findtext(f"{ATOM}title")
        assert root.find(f"{ATOM}author/{ATOM}name") is not None  # entries may then leave it out
        links = {ln.get("rel"): ln.get("href") for ln in root.findall(f"{ATOM}link")}
        assert links == {"self": BASE + route + "atom.xml", "alternate": BASE + route}
        assert root.findtext(f"{ATOM}icon") == BASE + "static/favicon.svg"
        entries = root.findall(f"{ATOM}entry")
        assert entries, path
        for entry in entries:
            assert entry.findtext(f"{ATOM}id").startswith("urn:jobboard:")
            assert entry.findtext(f"{ATOM}title")
            assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
            assert RFC3339.match(entry.findtext(f"{ATOM}published"))
            alternates = [ln for ln in entry.findall(f"{ATOM}link") if ln.get("rel", "alternate") == "alternate"]
            assert len(alternates) == 1 and alternates[0].get("href").startswith(BASE + "jobs/")
            assert entry.find(f"{ATOM}content").get("type") == "html"
            assert entry.find(f"{ATOM}summary").get("type") == "html"
        updated = max(datetime.fromisoformat(e.findtext(f"{ATOM}updated")) for e in entries)
        assert datetime.fromisoformat(root.findtext(f"{ATOM}updated")) == updated


# --- the items: what they say --------------------------------------------------------------------


def test_an_item_carries_title_link_dates_categories_and_structured_fields(board: Board) -> None:
    link = BASE + "jobs/remote-data-engineer/"
    title = "Data Engineer — Acme & Sons (Remote; US)"
    for name in ("feed.xml", "atom.xml"):
        entry = next(e for e in _parse(board.site / "workplace/remote" / name).entries if e.id == REMOTE.id)
        assert entry.title == title
        assert entry.link == link
        assert entry.published_parsed[:3] == (2026, 2, 10)
        assert entry.updated_parsed[:3] == (2026, 2, 10)
        assert ("Python", "urn:jobboard:facet:skill") in {(t.term, t.scheme) for t in entry.tags}
        tags = {t.term for t in entry.tags}
        assert {"Acme & Sons", "United States", "Remote", "Full-time", "Bachelor's", "Python", "SQL", "Data Engineering"} <= tags
        assert "Build pipelines" in entry.content[0].value and "Build pipelines" not in entry.summary
        assert "USD 120,000–150,000 per year" in entry.summary
    item = next(i for i in _json(board.site / "skills/python/feed.json")["items"] if i["id"] == REMOTE.id)
    assert (item["title"], item["url"]) == (title, link)
    assert item["date_published"] == item["date_modified"] == "2026-02-10T00:00:00+00:00"
    assert item["external_url"] == REMOTE.apply_url
    assert 'href="https://acme.example/apply?team=data&amp;src=board"' in item["content_html"]
    assert item["_jobboard"]["pay"] == {"min": 120000, "max": 150000, "currency": "USD", "period": "year"}
    assert item["_jobboard"]["locations"] == [{"city": None, "region": None, "country": "US"}]
    assert (item["_jobboard"]["workplace"], item["_jobboard"]["degree"]) == ("remote", ["bachelor"])
    assert item["_jobboard"]["skills"] == ["Python", "SQL"]


def test_feed_metadata_names_the_slice(board: Board) -> None:
    feed = _parse(board.site / "workplace/remote/atom.xml").feed
    assert feed.title == "ML & Data Jobs Board: Remote"
    assert feed.updated_parsed[:3] == TODAY.timetuple()[:3]  # the newest item (a seed added on TODAY), not the clock
    assert _json(board.site / "companies/acme-sons/feed.json")["title"] == "ML & Data Jobs Board: Acme & Sons"
    assert _parse(board.site / "locations/de/-/berlin/feed.xml").feed.title == "ML & Data Jobs Board: Berlin, DE"


def test_a_facet_feed_holds_exactly_its_current_postings_newest_first(board: Board) -> None:
    assert _ids(board.site / "companies/acme-sons/feed.xml") == [ONSITE.id, REMOTE.id]  # added 02-12, then 02-10
    assert _ids(board.site / "skills/sql/atom.xml") == [ONSITE.id, REMOTE.id]
    assert _ids(board.site / "locations/de/feed.json") == [ONSITE.id]
    assert set(_ids(board.site / "workplace/remote/feed.xml")) >= {REMOTE.id, UNTRUSTED.id}
    root = _ids(board.site / "feed.json")
    assert {REMOTE.id, ONSITE.id, UNTRUSTED.id} <= set(root) and len(root) == 4 + 3  # four seeds, three of ours
    added = [_json(board.site / "feed.json")["items"][i]["date_published"] for i in range(len(root))]
    assert added == sorted(added, reverse=True)


def test_archived_postings_leave_every_feed(board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("feed.xml", "atom.xml", "feed.json"):
        for path in _feeds(board.site, name).values():
            assert ARCHIVED.id not in _ids(path), path
            assert b"archived-analyst" not in path.read_bytes(), path
    # The same content built before its valid_through: the posting is there, so archiving removed it.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime(2026, 1, 20, tzinfo=UTC).timestamp())))
    earlier = _build(board, tmp_path / "earlier")
    assert ARCHIVED.id in _ids(earlier / "feed.xml")
    assert _ids(earlier / "skills/excel/feed.json") == [ARCHIVED.id]


def test_item_count_follows_feed_items(board: Board, tmp_path: Path, pinned: None) -> None:
    out = _build(board, tmp_path / "two", "--feed-items", "2")
    for name in ("feed.xml", "atom.xml", "feed.json"):
        feeds = _feeds(out, name)
        assert all(1 <= len(_ids(path)) <= 2 for path in feeds.values())
        assert len(_ids(feeds[""])) == 2
        assert _ids(feeds["companies/acme-sons/"]) == [ONSITE.id, REMOTE.id]
    newest = _ids(_feeds(board.site, "feed.xml")[""])[:2]
    assert _ids(out / "feed.xml") == newest


def test_untrusted_text_is_escaped_and_control_characters_do_not_break_xml(board: Board) -> None:
    for name in ("feed.xml", "atom.xml"):
        root = etree.fromstring((board.site / "skills/go" / name).read_bytes())
        titles = [el.text for el in root.iter("title", f"{ATOM}title")]
        assert "<script>alert(1)</script> Engineer — Evil & Co (Remote)" in titles
        assert b"<script>" not in (board.site / "skills/go" / name).read_bytes()
    item = next(i for i in _json(board.site / "skills/go/feed.json")["items"] if i["id"] == UNTRUSTED.id)
    assert item["title"] == "<script>alert(1)</script> Engineer — Evil & Co (Remote)"
    assert "<img" not in item["content_html"] and "<script" not in item["content_html"]
    assert "]]&gt;" in item["content_html"]


# --- identity over time --------------------------------------------------------------------------


def _by_id(site: Path, route: str) -> dict[str, dict[str, object]]:
    """id -> (link, published, updated, content) for each format of one listing's feeds."""
    out: dict[str, dict[str, object]] = {}
    for name in ("feed.xml", "atom.xml"):
        for e in _parse(site / route / name).entries:
            out[f"{name}:{e.id}"] = {
                "link": e.link,
                "published": e.published_parsed[:3],
                "updated": e.updated_parsed[:3],
                "content": e.content[0].value,
                "categories": sorted((t.term, t.scheme) for t in e.tags),
            }
    for i in _json(site / route / "feed.json")["items"]:
        out[f"json:{i['id']}"] = {
            "link": i["url"],
            "published": i["date_published"],
            "updated": i["date_modified"],
            "content": i["content_html"],
            "categories": sorted(i["tags"]),
        }
    return out


def test_editing_a_posting_changes_its_updated_date_and_not_its_id(board: Board, tmp_path: Path, pinned: None) -> None:
    path = board.content / "remote-data-engineer.md"
    before = path.read_text(encoding="utf-8")
    edited = replace(REMOTE, updated=date(2026, 2, 20))
    _write(board, "remote-data-engineer", edited, "## Responsibilities\n\n- Build pipelines\n- Own the warehouse\n")
    try:
        out = _build(board, tmp_path / "edited")
    finally:
        path.write_text(before, encoding="utf-8")
    for route in ("", "skills/python/"):
        old, new = _by_id(board.site, route), _by_id(out, route)
        assert old.keys() == new.keys()  # same ids: readers do not show the posting again as new
        for key in (k for k in old if k.endswith(REMOTE.id)):
            assert new[key]["published"] == old[key]["published"]
            assert new[key]["updated"] != old[key]["updated"]
            assert new[key]["updated"] in ((2026, 2, 20), "2026-02-20T00:00:00+00:00")
            assert "Own the warehouse" in str(new[key]["content"])
        for key in (k for k in old if not k.endswith(REMOTE.id)):
            assert new[key] == old[key]
    assert _parse(out / "companies/acme-sons/atom.xml").feed.updated_parsed[:3] == (2026, 2, 20)


def test_moving_the_base_url_changes_links_and_not_ids(board: Board, tmp_path: Path, pinned: None) -> None:
    other = "https://jobs.example.org/"
    out = _build(board, tmp_path / "moved", base_url=other)
    assert _feeds(out, "feed.xml").keys() == _feeds(board.site, "feed.xml").keys()
    for route in ("", "skills/sql/", "workplace/remote/"):
        old, new = _by_id(board.site, route), _by_id(out, route)
        assert old.keys() == new.keys()
        for key in old:
            assert old[key]["link"].startswith(BASE) and new[key]["link"] == old[key]["link"].replace(BASE, other)
            assert new[key]["categories"] == old[key]["categories"]
        assert _json(out / route / "feed.json")["feed_url"] == other + route + "feed.json"
        atom = etree.fromstring((out / route / "atom.xml").read_bytes())
        assert atom.findtext(f"{ATOM}id") == etree.fromstring((board.site / route / "atom.xml").read_bytes()).findtext(
            f"{ATOM}id"
        )


def test_the_same_content_gives_byte_identical_feeds(board: Board, tmp_path: Path, pinned: None) -> None:
    out = _build(board, tmp_path / "again")
    for name in ("feed.xml", "atom.xml", "feed.json"):
        feeds, again = _feeds(board.site, name), _feeds(out, name)
        assert feeds.keys() == again.keys()
        for route, path in feeds.items():
            assert again[route].read_bytes() == path.read_bytes(), path


def test_drafts_stay_out_of_feeds_unless_asked_and_then_read_well(board: Board, tmp_path: Path, pinned: None) -> None:
    draft = "urn:jobboard:002-b3df105cc972a621"  # the seed without a title
    assert draft not in _ids(board.site / "feed.json")
    out = _build(board, tmp_path / "drafts", "--drafts")
    item = next(i for i in _json(out / "feed.json")["items"] if i["id"] == draft)
    assert item["title"].startswith("Untitled — TikTok")
    assert "None" not in item["title"]
