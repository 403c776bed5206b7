"""The benchmark scripts run from a clean checkout and print what their docstrings promise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pattern_costs_ranks_the_extractors_patterns() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/pattern_costs.py", "--rounds", "1", "--top", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("all wrapped patterns: ")
    ranked = [re.fullmatch(r"\s*([\d.]+) µs  (\w+)\.(\w+.*)", line) for line in lines[1:]]
    assert len(ranked) == 5 and all(ranked), result.stdout
    costs = [float(match.group(1)) for match in ranked if match]
    assert costs == sorted(costs, reverse=True) and costs[0] > 0
    # Every name is a pattern of one of the extraction modules the script wraps.
    modules = {
        "headline",
        "terms",
        "pay",
        "locations",
        "places",
        "dates",
        "ids",
        "skills",
        "common",
        "author",
        "document",
        "body",
    }
    assert {match.group(2) for match in ranked if match} <= modules
