"""Where extract's regex time goes: every module-level pattern of the extractor, timed on the seeds.

    python benchmarks/pattern_costs.py [--top 20] [--rounds 20]

Each compiled pattern the extraction modules keep at module level (alone, in a Cue, or in a list) is
wrapped in a timer for the run; the postings are then extracted `--rounds` times and the patterns that
cost the most a posting are printed. The wrapper adds its own overhead to every call, so read the figures
as a ranking, not as the real cost (extract_speed.py gives that). A pattern that jumps up this list after
a change is the one to look at: an anchor or a lookbehind at the start of an alternative keeps re from
scanning for its literal prefix, and a search over a whole posting then tries every position.
"""

from __future__ import annotations

import argparse
import importlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    *(f"generator.ingest.extract.{name}" for name in ("headline", "terms", "pay", "locations", "places", "dates", "ids")),
    *(f"generator.ingest.extract.{name}" for name in ("skills", "common", "author")),
    "generator.ingest.document",
    "generator.ingest.body",
]
_CALLS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Timed:
    """A compiled pattern whose calls add their time to `costs[name]`."""

    def __init__(self, pattern: re.Pattern[str], name: str, costs: dict[str, float]) -> None:
        self._pattern, self._name, self._costs = pattern, name, costs

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(self._pattern, attribute)
        return self._timed(value, attribute == "finditer") if attribute in _CALLS else value

    def _timed(self, call: Callable[..., Any], drain: bool) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            result = call(*args, **kwargs)
            if drain:
                result = list(result)  # finditer's work happens as it is read
            self._costs[self._name] = self._costs.get(self._name, 0.0) + time.perf_counter() - began
            return result

        return timed


def _wrap_all(costs: dict[str, float]) -> None:
    from generator.ingest.extract.common import Cue

    def wrap_cue(cue: Cue, name: str) -> None:
        object.__setattr__(cue, "pattern", _Timed(cue.pattern, name, costs))
        if cue._lowered is not None:
            object.__setattr__(cue, "_lowered", _Timed(cue._lowered, f"{name} (lowered)", costs))

    for module_name in MODULES:
        module = importlib.import_module(module_name)
        short = module_name.rsplit(".", 1)[-1]
        for key, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, key, _Timed(value, f"{short}.{key}", costs))
            elif isinstance(value, Cue):
                wrap_cue(value, f"{short}.{key}")
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, Cue):
                        wrap_cue(item, f"{short}.{key}[{index}]")
                    elif isinstance(item, re.Pattern):
                        value[index] = _Timed(item, f"{short}.{key}[{index}]", costs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    costs: dict[str, float] = {}
    _wrap_all(costs)
    from generator.ingest.extractor import extract
    from generator.ingest.reading import read_raw

    raws = [read_raw(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for raw in raws:
        extract(raw)  # warm: gazetteer, taxonomy, lazily compiled patterns
    costs.clear()
    for _ in range(args.rounds):
        for raw in raws:
            extract(raw)
    postings = args.rounds * len(raws)
    print(f"all wrapped patterns: {sum(costs.values()) / postings * 1e6:.0f} µs a posting (timer overhead included)")
    for name, seconds in sorted(costs.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{seconds / postings * 1e6:8.1f} µs  {name}")


if __name__ == "__main__":
    main()
