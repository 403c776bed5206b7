"""Shared test fixtures: a real board built into a temporary folder from the bundled seeds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium: Playwright's own browser download does not work here."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",  # without these it keeps trying hosts it cannot reach
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEEDS = ROOT / "seeds"


@dataclass
class Board:
    root: Path
    content: Path
    site: Path
    base_url: str

    def run(self, *args: str) -> int:
        return main(["--root", str(self.root), *args])


def make_board(tmp: Path, base_url: str = "https://example.github.io/board/") -> Board:
    """A project folder with the real templates and settings and the seeds, ingested and built."""
    root = tmp / "project"
    root.mkdir()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(SEEDS, root / "seeds")
    board = Board(root, root / "content", root / "site", base_url)
    assert board.run("ingest") == 0
    return board


@pytest.fixture(scope="session")
def built_board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    board = make_board(tmp_path_factory.mktemp("built"))
    assert board.run("build", "--base-url", board.base_url) == 0
    return board


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright; one per test module."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
