"""How fast `extract` runs on seed-sized postings, on one core.

    python benchmarks/extract_speed.py [--seconds 5]

Reads the seeds and the fixture postings, extracts each one over and over for a
few seconds in one process (the gazetteer and taxonomy load once, as in a real
ingest run), and prints postings per second plus the one-time start-up cost and
the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()

    started = time.perf_counter()
    from generator.ingest.extract.gazetteer import gazetteer
    from generator.ingest.extract.skills import taxonomy
    from generator.ingest.extractor import extract
    from generator.ingest.reading import read_raw

    gazetteer()
    taxonomy()
    startup = time.perf_counter() - started

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/fixtures/postings/raw").glob("*"))
    raws = [read_raw(path) for path in paths]
    size = sum(len(raw.text) for raw in raws) / len(raws)
    done = 0
    # CPU time, not wall time: the figure is per core and should not move with other load on the machine.
    began = time.process_time()
    while time.process_time() - began < args.seconds:
        for raw in raws:
            extract(raw)
        done += len(raws)
    elapsed = time.process_time() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"postings: {len(raws)} distinct, {size / 1000:.1f} KB average")
    print(f"start-up (gazetteer + taxonomy): {startup:.2f} s, once per process")
    print(f"extract: {done / elapsed:.0f} postings/s on one core ({elapsed / done * 1000:.2f} ms each)")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
