"""Extraction scored against hand-checked gold, with the same scorer the project is judged by."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures" / "postings"
RATCHET_SCORE = 0.95
RATCHET_FALSE_FACTS = 1


def _score(gold_dir: Path, raw_files: list[Path], tmp_path: Path) -> tuple[float, int, str]:
    out = subprocess.run(
        [sys.executable, "-m", "generator", "extract", *map(str, raw_files), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    predictions = tmp_path / "out.json"
    predictions.write_text(out)
    assert len(json.loads(out)) == len(raw_files)
    report = subprocess.run(
        [sys.executable, str(TESTS / "support" / "score.py"), str(gold_dir), str(predictions), "--verbose"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = report.strip().splitlines()[-1].split()
    return float(last[1]), int(last[3]), report


def test_seeds_score_perfectly(tmp_path: Path) -> None:
    score, false_facts, report = _score(TESTS / "gold" / "seeds", sorted((ROOT / "seeds").glob("*.txt")), tmp_path)
    assert (score, false_facts) == (1.0, 0), report


@pytest.mark.skipif(not (FIXTURES / "gold").is_dir(), reason="fixture set not present")
def test_fixture_set_meets_the_bar(tmp_path: Path) -> None:
    golds = sorted((FIXTURES / "gold").glob("*.yaml"))
    raws = [next((FIXTURES / "raw").glob(g.stem + ".*")) for g in golds]
    score, false_facts, report = _score(FIXTURES / "gold", raws, tmp_path)
    fields = len(golds) * 12
    # The held-out bar: mean field accuracy >= 0.95 and at most 1 false fact per 50 fields.
    assert score >= RATCHET_SCORE, report
    assert false_facts <= RATCHET_FALSE_FACTS, report
    assert false_facts <= fields / 50, report


# Batches written after the extractor existed, each measured once before any rule was written for it,
# then kept as guards against regressions on postings unlike the ones the rules grew from.
# Batch 3 (tests/fixtures/unseen): first 0.781 with 3 false facts; 0.905 with 1 when this guard was last set.
# Batch 4 (tests/fixtures/unseen4, other languages and boards): first 0.722 with 2; 0.952 with 2.
# Batch 5 (tests/fixtures/unseen5, 28 more sources, nine languages): first 0.719 with 9; 0.852 with 5.
# Batch 6 (tests/fixtures/unseen6, 20 postings): first 0.747 with 2, measured after the fixes above; 0.772 with 1.
# Batch 7 (tests/fixtures/unseen7, 24 analytics postings in the dev set's genre): first 0.792 with 7; 0.851 with 1.
# Batch 8 (tests/fixtures/unseen8, 24 more: glued board headers, German, Dutch, French, API and Dice C2C): first 0.756
# with 2; 0.936 with 1.
# Batch 9 (tests/fixtures/unseen9, 24 more in eight languages, written after batch 8's fixes): first 0.791 with 3;
# 0.940 with 1.
# Batch 10 (tests/fixtures/unseen10, 24 more, written after batch 9's fixes): first 0.822 with 2; 0.944 with 1.
# Batch 11 (tests/fixtures/unseen11, 24 in the dev set's own mix: English and German, LinkedIn, Lever, Workday,
# Greenhouse, careers sites, agencies, a search API): first 0.906 with 1; 0.958 with 0.
# Batch 12 (tests/fixtures/unseen12, 24 more of that mix, written after batch 11's fixes): first 0.915 with 3; 0.943
# with 2.
# Batch 13 (tests/fixtures/unseen13, 24 analytics engineering, BI, data engineering and JS roles in that mix): first
# 0.902 with 1; 0.978 with 0.
# Batch 14 (tests/fixtures/unseen14, 24 more, written after batch 13's fixes): first 0.899 with 3; 0.982 with 0.
# Batch 15 (tests/fixtures/unseen15, 24 from the dev set's sources in their real proportions, LinkedIn first):
# first 0.927 with 2; 0.966 with 1.
# Batch 16 (tests/fixtures/unseen16, 24 more, the helpers free to design their own traps): first 0.888 with 0;
# 0.954 with 0.
# Batch 17 (tests/fixtures/unseen17, 24 realistic rather than adversarial pastes): first 0.929 with 2; 0.967 with 0.
# Batch 18 (tests/fixtures/unseen18, 24 more, written after batch 17's fixes): first 0.940 with 4; 0.961 with 2.
# Batch 19 (tests/fixtures/unseen19, 24 more, written after batch 18's fixes): first 0.930 with 0; 0.958 with 0.
# Batch 20 (tests/fixtures/unseen20, 24 more, written after batch 19's fixes): first 0.964 with 1; 0.975 with 0.
# Batch 21 (tests/fixtures/unseen21, 24 more, with roles outside data and a one-line paste): first 0.924 with 3;
# 0.988 with 1.
# Batch 22 (tests/fixtures/unseen22, 24 more: Norwegian, Italian, Swiss, Austrian, US pay-transparency pages, an
# Ashby, a Teamtailor and a Personio page, and a remote API record): first 0.888 with 1; 0.975 with 0.
# Batch 23 (tests/fixtures/unseen23, 24 more: LinkedIn in three languages, Welcome to the Jungle, Just Join IT,
# Profesia.sk, InfoJobs, Net-Empregos, Luxembourg and Danish pages): first 0.862 with 5; 0.974 with 0.
# Batch 24 (tests/fixtures/unseen24, 24 more, asked to mirror the dev set's own mix of sources and languages):
# first 0.935 with 0; 0.980 with 0.
# Batch 25 (tests/fixtures/unseen25, 24 more in the dev set's mix, written after batch 24's fixes): first 0.946 with 1;
# 0.984 with 1.
# Batch 26 (tests/fixtures/unseen26, 24 more in the dev set's mix, written after batch 25's fixes): first 0.948 with 2;
# 0.979 with 0.
# Batch 27 (tests/fixtures/unseen27, 24 more in the dev set's mix, written after batch 26's fixes): first 0.940 with 1;
# 0.964 with 0.
# Batch 28 (tests/fixtures/unseen28, 24 more in the dev set's mix, written after batch 27's fixes): first 0.921 with 2;
# 0.946 with 0.
# Batch 29 (tests/fixtures/unseen29, 24 more in the dev set's mix, written after batch 28's fixes): first 0.939 with 1
# (the 1 was the gold's unquoted 'NO', which YAML reads as false; quoted since); 0.992 with 0.
# Batch 30 (tests/fixtures/unseen30, 24 more in the dev set's mix, written after batch 29's fixes): first 0.949 with 2;
# 0.993 with 1 (a 'Data at X is a central team of 14' read as the team, which the gold leaves null).
# Batch 31 (tests/fixtures/unseen31, 24 more in the dev set's mix, written after batch 30's fixes): first 0.949 with 1;
# 0.982 with 1.
# Batch 32 (tests/fixtures/unseen32, 24 more in the dev set's mix, written after batch 31's fixes): first 0.928 with 1;
# 0.988 with 1.
# Batch 33 (tests/fixtures/unseen33, 24 more in the dev set's mix with US, Indian, Singaporean and Mexican pages,
# written after batch 32's fixes): first 0.931 with 2; 0.987 with 1.
# Batch 34 (tests/fixtures/unseen34, 24 more in the dev set's mix, written after batch 33's fixes): first 0.961 with 0;
# 0.993 with 0.
# Batch 35 (tests/fixtures/unseen35, 24 more in the dev set's mix with US and Asia-Pacific pages, written after batch
# 34's fixes): first 0.928 with 1; 0.980 with 1.
# Batch 36 (tests/fixtures/unseen36, 24 more in the dev set's mix, written after batch 35's fixes): first 0.946 with 0;
# 0.988 with 0.
# Batch 37 (tests/fixtures/unseen37, 24 more in the dev set's mix, written after batch 36's fixes): first 0.952 with 1;
# 0.977 with 0.
# Batch 38 (tests/fixtures/unseen38, 24 more in the dev set's mix, written after batch 37's fixes): first 0.947 with 2;
# 0.972 with 1 (0.979 after the next commit).
# Batch 39 (tests/fixtures/unseen39, 24 more in the dev set's mix, written after batch 38's fixes): first 0.962 with 1;
# 0.979 with 0.
# Batch 40 (tests/fixtures/unseen40, 24 more in the dev set's mix, written after batch 39's fixes; one half leaning to
# European pages and pages pasted without breaks, the other to the Americas, India and Australia): first 0.817 with 2;
# 0.899 with 0 (0.906 after the next commit).
# Batch 41 (tests/fixtures/unseen41, 24 more in the dev set's mix, written after batch 40's fixes; one half leaning to
# Asia-Pacific, the Middle East and ATS layouts, the other to North American boards and European languages):
# first 0.886 with 2; 0.987 with 0.
# Batch 42 (tests/fixtures/unseen42, 24 more, mostly not data roles: nurses, drivers, apprentices, accountants and
# call-centre agents on Latin American, UK, Irish and European boards): first 0.828 with 7; 0.986 with 2 (two degrees
# the gold leaves out where the posting names only a wished-for or unlevelled degree).
# Batch 43 (tests/fixtures/unseen43, 24 more written to mirror the dev set's mix as closely as the helpers could):
# first 0.920 with 2; 0.976 with 0.
# Batch 44 (tests/fixtures/unseen44, 24 more in the dev set's mix, one half from the US, the other from ten other
# countries): first 0.892 with 4; 0.927 with 3 (left open for the next session).
HELD_OUT = [
    ("unseen", 0.90, 1),
    ("unseen4", 0.94, 2),
    ("unseen5", 0.85, 5),
    ("unseen6", 0.78, 1),
    ("unseen7", 0.89, 1),
    ("unseen8", 0.94, 1),
    ("unseen9", 0.92, 1),
    ("unseen10", 0.93, 1),
    ("unseen11", 0.95, 0),
    ("unseen12", 0.95, 2),
    ("unseen13", 0.97, 0),
    ("unseen14", 0.97, 0),
    ("unseen15", 0.96, 1),
    ("unseen16", 0.95, 0),
    ("unseen17", 0.96, 0),
    ("unseen18", 0.95, 2),
    ("unseen19", 0.95, 0),
    ("unseen20", 0.97, 0),
    ("unseen21", 0.98, 1),
    ("unseen22", 0.97, 0),
    ("unseen23", 0.97, 0),
    ("unseen24", 0.97, 0),
    ("unseen25", 0.97, 1),
    ("unseen26", 0.97, 0),
    ("unseen27", 0.96, 0),
    ("unseen28", 0.94, 0),
    ("unseen29", 0.98, 0),
    ("unseen30", 0.98, 1),
    ("unseen31", 0.97, 1),
    ("unseen32", 0.98, 1),
    ("unseen33", 0.98, 1),
    ("unseen34", 0.98, 0),
    ("unseen35", 0.97, 1),
    ("unseen36", 0.98, 0),
    ("unseen37", 0.97, 0),
    ("unseen38", 0.97, 1),
    ("unseen39", 0.97, 0),
    ("unseen40", 0.90, 0),
    ("unseen41", 0.98, 0),
    ("unseen42", 0.98, 2),
    ("unseen43", 0.97, 0),
    ("unseen44", 0.92, 3),
    ("unseen45", 0.98, 1),
    ("unseen46", 0.98, 0),
    ("unseen47", 0.97, 1),
    ("unseen48", 0.98, 0),
    ("unseen49", 0.97, 1),
    ("unseen50", 0.97, 2),
    ("unseen51", 0.98, 1),
    ("unseen52", 0.97, 1),
    ("unseen53", 0.95, 2),
    ("unseen54", 0.98, 0),
    ("unseen55", 0.95, 1),
    ("unseen56", 0.92, 0),
    ("unseen57", 0.97, 0),
    ("unseen58", 0.98, 0),
    ("unseen59", 0.98, 1),
    ("unseen60", 0.97, 0),
    ("unseen61", 0.97, 0),
    ("unseen62", 0.94, 0),
    ("unseen63", 0.94, 0),
    ("unseen64", 0.98, 1),
    ("unseen65", 0.97, 1),
    ("unseen66", 0.98, 1),
    ("unseen67", 0.98, 1),
    ("unseen68", 0.94, 1),
    ("unseen69", 0.95, 1),
    ("unseen70", 0.92, 1),
    ("unseen71", 0.91, 2),
    ("unseen72", 0.96, 1),
    ("unseen73", 0.97, 0),
    ("unseen74", 0.97, 1),
    ("unseen75", 0.98, 0),
    ("unseen76", 0.98, 1),
    ("unseen77", 0.98, 0),
    ("unseen78", 0.93, 1),
    ("unseen79", 0.98, 0),
    ("unseen80", 0.97, 1),
    ("unseen81", 0.98, 1),
    ("unseen82", 0.92, 0),  # 0.93 until a workload of 80–100% stopped meaning full time (golds split half and half)
    ("unseen83", 0.85, 1),
    ("unseen84", 0.95, 2),
    ("unseen85", 0.96, 1),
    ("unseen86", 0.95, 0),
    ("unseen87", 0.98, 1),
    ("unseen88", 0.98, 1),
    ("unseen89", 0.98, 0),
    ("unseen90", 0.98, 0),
    ("unseen91", 0.95, 1),
    ("unseen92", 0.98, 0),
    ("unseen93", 0.97, 2),
    ("unseen94", 0.95, 0),
    ("unseen95", 0.98, 0),
    ("unseen96", 0.95, 1),
    ("unseen97", 0.98, 0),
    ("unseen98", 0.98, 0),
    ("unseen99", 0.98, 0),
    ("unseen100", 0.98, 0),
    ("unseen101", 0.92, 1),
    ("unseen102", 0.96, 0),
    ("unseen103", 0.93, 0),
    ("unseen104", 0.92, 0),
    ("unseen105", 0.88, 1),
    ("unseen106", 0.97, 0),
    ("unseen107", 0.93, 1),
    ("unseen108", 0.79, 1),
]


@pytest.mark.parametrize(("batch", "least_score", "most_false_facts"), HELD_OUT)
def test_held_out_batches_do_not_regress(batch: str, least_score: float, most_false_facts: int, tmp_path: Path) -> None:
    folder = TESTS / "fixtures" / batch
    golds = sorted((folder / "gold").glob("*.yaml"))
    raws = [next((folder / "raw").glob(g.stem + ".*")) for g in golds]
    score, false_facts, report = _score(folder / "gold", raws, tmp_path)
    assert score >= least_score, report
    assert false_facts <= most_false_facts, report
