"""The board in a real browser (Debian's Chromium through Playwright), served over http under /board/:
filters and counts, the URL as state, search, keyboard use, accessibility, no console errors.
Screenshots go to tests/artifacts/ for a person to look at."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from tests.browser.boards import make_rich_board
from tests.browser.serving import serve
from tests.conftest import ROOT, Board

ARTIFACTS = ROOT / "tests" / "artifacts"
LAYOUT_SHIFT = """
window.__shift = 0;
new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; }))
  .observe({type: "layout-shift", buffered: true});
"""
PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    return make_rich_board(tmp_path_factory.mktemp("browser-board"))


@pytest.fixture(scope="module")
def root(board: Board) -> Iterator[str]:
    with serve(board.site, "/board/") as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page; the test fails if the page logged an error or threw."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(f"console {message.type}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    yield page
    # What the page logged while the test used it: closing the context can kill a web worker that is still
    # starting (Pagefind's), whose error event then reports the close, not a fault of the page.
    seen = list(problems)
    context.close()
    assert not seen, seen


def data(board: Board) -> dict:
    """postings.json, with its columns turned back into one row per posting, as board.js does."""
    info = json.loads((board.site / "postings.json").read_text())
    info["postings"] = [list(row) for row in zip(*info["columns"], strict=True)]
    return info


def facet_value(board: Board, key: str, value_id: str) -> tuple[int, int]:
    """(column in a postings.json row, value index) of a facet value."""
    facets = data(board)["facets"]
    k = next(n for n, f in enumerate(facets) if f["key"] == key)
    return 3 + k, next(n for n, v in enumerate(facets[k]["values"]) if v["id"] == value_id)


def titles_on(page: Page) -> list[str]:
    return page.locator("#cards > li h3 a").all_text_contents()


def wait_ready(page: Page) -> None:
    """board.js has taken over the filter form: the counts are its own."""
    page.wait_for_load_state("networkidle")
    expect(page.locator("#result-count")).not_to_have_text("")


def count_of(page: Page, param: str, value: str) -> int:
    label = page.locator(f'input[name="{param}"][value="{value}"]').locator("xpath=..")
    return int(label.locator(".count").text_content() or "-1")


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_filters_change_the_postings_and_the_counts_and_the_url_holds_the_state(board: Board, root: str, page: Page) -> None:
    rows = data(board)["postings"]
    column, remote = facet_value(board, "workplace", "remote")
    expected = sum(1 for row in rows if remote in row[column])
    assert 0 < expected < len(rows)
    page.goto(root)
    wait_ready(page)
    before = titles_on(page)
    remote_before = count_of(page, "workplace", "remote")
    assert remote_before == expected
    tiktok_before = count_of(page, "company", "tiktok")
    onsite_before = count_of(page, "workplace", "onsite")
    assert onsite_before > 0

    page.get_by_role("checkbox", name=re.compile(r"^Remote\b")).check()
    expect(page.locator("#result-count")).to_have_text(f"{expected} of {len(rows)} postings match")
    expect(page.locator("#cards > li")).to_have_count(expected)
    assert titles_on(page) != before
    assert "workplace=remote" in page.url
    # Counts in the other facets now count remote postings only; the facet's own counts do not change.
    company_column, tiktok = facet_value(board, "company", "tiktok")
    assert (
        count_of(page, "company", "tiktok")
        == sum(1 for r in rows if remote in r[column] and tiktok in r[company_column])
        != tiktok_before
    )
    assert count_of(page, "workplace", "remote") == remote_before
    assert count_of(page, "workplace", "onsite") == onsite_before  # what choosing it too would add
    for card in page.locator("#cards > li .workplace").all_text_contents():
        assert card == "Remote"

    # A shared link opens the same view; Back returns to the whole board.
    filtered = titles_on(page)
    shared = page.context.new_page()
    shared.goto(page.url)
    wait_ready(shared)
    expect(shared.locator("#cards > li")).to_have_count(expected)
    assert titles_on(shared) == filtered
    assert shared.get_by_role("checkbox", name=re.compile(r"^Remote\b")).is_checked()
    shared.close()
    page.go_back()
    expect(page.locator("#result-count")).to_have_text(f"{len(rows)} open postings")
    assert not page.get_by_role("checkbox", name=re.compile(r"^Remote\b")).is_checked()


def test_minimum_pay_compares_yearly_equivalents_and_not_stated_stays_a_choice(board: Board, root: str, page: Page) -> None:
    info = data(board)
    periods = [n for _, n in info["periods"]]
    rows = info["postings"]
    column, not_stated = facet_value(board, "pay", "not-stated")

    def yearly(row: list) -> float:
        low, high, period = row[2]
        return (high if high is not None else low) * periods[period]

    page.goto(root + "?minpay=100000&pay=not-stated&pay=usd")
    wait_ready(page)
    usd_column, usd = facet_value(board, "pay", "usd")
    expected = [
        r for r in rows if (not r[2] and not_stated in r[column]) or (r[2] and usd in r[usd_column] and yearly(r) >= 100000)
    ]
    assert any(r[2] for r in expected) and any(not r[2] for r in expected)
    expect(page.locator("#cards > li")).to_have_count(len(expected))
    assert page.locator("#minpay").input_value() == "100000"
    assert count_of(page, "pay", "not-stated") == sum(1 for r in rows if not r[2])


def test_sorting_by_pay_puts_the_highest_yearly_pay_first(board: Board, root: str, page: Page) -> None:
    page.goto(root + "?sort=pay&pay=usd")
    wait_ready(page)
    pays = page.locator("#cards > li .pay").all_text_contents()
    assert pays and pays[0].startswith("USD 212,000")  # the principal applied scientist, 212,000–318,000 a year


def test_locations_open_country_then_region_and_show_all_reveals_every_value(board: Board, root: str, page: Page) -> None:
    page.goto(root)
    wait_ready(page)
    region = page.locator('input[name="location"][value="us/wa"]')
    expect(region).to_have_count(0)  # regions show under their chosen country
    page.locator('input[name="location"][value="us"]').check()
    expect(region).to_have_count(1)
    region.check()
    expect(page).to_have_url(re.compile(r"location=us&location=us%2Fwa"))
    page.locator('input[name="location"][value="us"]').uncheck()
    expect(region).to_be_checked()  # still chosen, so still shown
    companies = page.locator('fieldset[data-facet="company"] input')
    total = len(data(board)["facets"][0]["values"])
    assert companies.count() < total
    more = page.get_by_role("button", name="Show all companies")
    more.click()
    expect(companies).to_have_count(total)
    expect(page.get_by_role("button", name="Show fewer")).to_have_attribute("aria-expanded", "true")


FIRST_SEARCH_MS = 20_000


def test_search_finds_a_posting_by_a_word_in_its_body_and_combines_with_filters(board: Board, root: str, page: Page) -> None:
    page.goto(root)
    wait_ready(page)
    page.get_by_label("Search postings").fill("marmalade")  # only in the Quillfeather posting's body
    # The first search loads Pagefind's WebAssembly and index; on a loaded CI machine that took over 5 s once.
    expect(page.locator("#cards > li")).to_have_count(1, timeout=FIRST_SEARCH_MS)
    assert titles_on(page) == ["Remote Search Relevance Engineer"]
    assert "q=marmalade" in page.url
    page.get_by_role("checkbox", name=re.compile(r"^On-site\b")).check()
    expect(page.locator("#cards > li")).to_have_count(0)
    expect(page.locator("#result-count")).to_contain_text("0 of")
    page.get_by_role("checkbox", name=re.compile(r"^On-site\b")).uncheck()
    # Typed right after the checkbox: the checkbox's refresh must not put 'marmalade' back into the box.
    page.get_by_label("Search postings").fill("zanzibarian")  # only in the closed posting: not searchable
    expect(page.locator("#result-count")).to_contain_text("0 of")


def test_keyboard_alone_filters_and_opens_a_posting(board: Board, root: str, page: Page) -> None:
    page.goto(root)
    wait_ready(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    target = page.get_by_role("checkbox", name=re.compile(r"^Remote\b"))
    for _ in range(300):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the Remote filter")
    outline = target.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    assert target.evaluate("el => el === document.activeElement")  # focus survives the re-render
    first = page.locator("#cards > li h3 a").first
    title = first.text_content()
    for _ in range(300):
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first posting")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(title or "")


def test_without_javascript_the_index_lists_postings_and_links_the_facet_pages(browser: Browser, board: Board, root: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(root)
    assert page.locator("#cards > li").count() == min(50, data(board)["count"])
    assert not page.locator("#filters").is_visible()
    page.get_by_role("navigation", name="Browse by").get_by_role("link", name="Skills").click()
    expect(page.locator("h1")).to_have_text("Skills")
    context.close()


def test_filters_load_without_moving_the_page(board: Board, root: str, page: Page) -> None:
    page.add_init_script(LAYOUT_SHIFT)
    page.goto(root)
    wait_ready(page)
    page.wait_for_timeout(200)  # let the observer deliver the last entries (not a timing assertion)
    assert page.evaluate("window.__shift") < 0.01


@pytest.mark.parametrize("route", ["", "skills/python/", "jobs/remote-search-relevance-quillfeather/"])
def test_axe_finds_no_violations(root: str, page: Page, route: str) -> None:
    page.goto(root + route)
    page.wait_for_load_state("networkidle")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = Axe().run(page)
        assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"


def test_screenshots_of_the_index_a_filtered_view_and_a_posting(root: str, page: Page) -> None:
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.goto(root)
        wait_ready(page)
        shot(page, f"index-{name}")
        page.goto(root + "?workplace=remote&sort=pay")
        wait_ready(page)
        expect(page.locator("#result-count")).to_contain_text("match")
        shot(page, f"filtered-{name}")
        page.goto(root + "jobs/remote-search-relevance-quillfeather/")
        shot(page, f"posting-{name}")
        page.emulate_media(color_scheme="dark")
        shot(page, f"posting-{name}-dark")
        page.emulate_media(color_scheme="light")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name}: the page scrolls sideways ({width}px)"
    assert len(list(Path(ARTIFACTS).glob("*.png"))) >= 8
