"""The code stays as the style guide asks: ruff's curated rules, the formatter, and mypy on the package."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "generator", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = run("ruff", "format", "--check", "generator", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_errors_in_the_package() -> None:
    result = run("mypy", "generator")
    assert result.returncode == 0, result.stdout + result.stderr
