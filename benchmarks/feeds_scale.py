"""How long the feeds take, and how big they get, for a large board.

    .venv/bin/python benchmarks/feeds_scale.py [--postings 10000] [--feed-items 50] [--profile]

Makes N synthetic postings (seeded, so every run sees the same board) with the
shapes real ones have: a long tail of companies, one to three locations over
countries, regions and cities, three to eight skills and one to four topics from
the real taxonomy, a ~2.5 kB Markdown body. Then it times what a build does for
the feeds: build_facets and plan_feeds (RSS, Atom and JSON Feed for the whole
board and every facet value), and prints the file count and the bytes per format.
Rendering the bodies to HTML is timed apart: the pages need it anyway.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import resource
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.builder.facets import build_facets  # noqa: E402
from generator.builder.feeds import newest_first, plan_feeds  # noqa: E402
from generator.builder.render import markdown_renderer  # noqa: E402
from generator.builder.urls import Urls  # noqa: E402
from generator.config import Settings  # noqa: E402
from generator.models import DEGREES, EMPLOYMENT_TYPES, WORKPLACES, Location, Pay, Posting  # noqa: E402

TAXONOMY = Path(__file__).resolve().parent.parent / "generator/ingest/data/taxonomy.yaml"
COUNTRIES = ["US", "GB", "DE", "FR", "CA", "IN", "NL", "ES", "IT", "SE", "PL", "IE", "CH", "AU", "SG", "JP", "BR", "MX"]
WORDS = [
    *("build", "scale", "data", "model", "pipeline", "team", "product", "customer", "research", "deploy", "train"),
    *("evaluate", "ship", "own", "design", "review", "platform", "service", "latency", "quality", "metrics"),
    *("experiment", "feature", "ranking", "search", "recommendation", "analytics", "warehouse"),
]


def zipf(rng: random.Random, items: list[str], k: int) -> list[str]:
    """k distinct items, the first ones far more often (as with real skills and companies)."""
    weights = [1 / (rank + 1) for rank in range(len(items))]
    chosen: dict[str, None] = {}
    while len(chosen) < k:
        chosen[rng.choices(items, weights)[0]] = None
    return list(chosen)


def body(rng: random.Random) -> str:
    def sentence() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18))).capitalize() + "."

    parts = [" ".join(sentence() for _ in range(4))]
    for heading in ("Responsibilities", "Qualifications", "Benefits"):
        parts.append(f"## {heading}\n\n" + "\n".join(f"- {sentence()}" for _ in range(rng.randint(4, 7))))
    return "\n\n".join(parts) + "\n"


def postings(n: int, seed: int = 1) -> list[Posting]:
    rng = random.Random(seed)
    taxonomy = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    skills = [s["name"] for s in taxonomy["skills"]]
    topics = [t["name"] for t in taxonomy["topics"]]
    rng.shuffle(skills)
    rng.shuffle(topics)
    companies = [f"Company {i}" for i in range(max(10, n // 5))]
    places = [Location(c, f"R{r}", f"City {c}{r}{i}") for c in COUNTRIES for r in range(6) for i in range(5)]
    out = []
    for i in range(n):
        added = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
        low = rng.randrange(40, 200) * 1000
        out.append(
            Posting(
                slug=f"posting-{i:05d}",
                path=Path(f"content/posting-{i:05d}.md"),
                title=f"{rng.choice(['Senior ', 'Staff ', ''])}{rng.choice(['Data', 'ML', 'Backend'])} Engineer {i}",
                company=zipf(rng, companies, 1)[0],
                team=rng.choice([None, "Platform", "Ads ranking"]),
                locations=tuple(rng.sample(places, rng.randint(1, 3))),
                workplace=rng.choice([*WORKPLACES, None]),
                employment_type=rng.choice(EMPLOYMENT_TYPES),
                degree=tuple(sorted(rng.sample(DEGREES, rng.randint(0, 2)))),
                pay=Pay(low, low + 30000, "USD", "year") if rng.random() < 0.6 else None,
                skills=tuple(zipf(rng, skills, rng.randint(3, 8))),
                topics=tuple(zipf(rng, topics, rng.randint(1, 4))),
                apply_url=f"https://jobs.example.com/{i}?src=board&x=1",
                id=f"urn:jobboard:posting-{i:05d}",
                added=added,
                updated=added + timedelta(days=rng.randrange(3)) if rng.random() < 0.3 else None,
                body=body(rng),
            )
        )
    return newest_first(out)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--feed-items", type=int, default=50)
    parser.add_argument("--profile", action="store_true", help="print the 15 costliest functions of plan_feeds")
    args = parser.parse_args()

    settings = Settings(title="Bench Board", base_url="https://example.github.io/board/", feed_items=args.feed_items)
    urls = Urls(settings.base_url, settings.base_path)
    board = postings(args.postings)

    start = time.perf_counter()
    md = markdown_renderer()
    bodies = {p.slug: md.render(p.body) for p in board}
    rendered = time.perf_counter() - start

    start = time.perf_counter()
    facets = build_facets(board)
    faceted = time.perf_counter() - start

    profile = cProfile.Profile() if args.profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    files = plan_feeds(board, facets, settings, urls, bodies)
    if profile:
        profile.disable()
    planned, planned_cpu = time.perf_counter() - start, time.process_time() - cpu

    values = sum(len(f.values) for f in facets)
    count: Counter[str] = Counter()
    size: Counter[str] = Counter()
    largest: Counter[str] = Counter()
    for route, content in files:
        kind = route.rsplit("/", 1)[-1]
        count[kind] += 1
        size[kind] += len(content)
        largest[kind] = max(largest[kind], len(content))
    slots = sum(min(len(v.postings), args.feed_items) for f in facets for v in f.values) + min(len(board), args.feed_items)
    say(f"postings: {len(board)}, facet values: {values}, feed_items: {args.feed_items}, item slots per format: {slots}")
    say(f"markdown bodies (pages need them too): {rendered:.2f} s")
    say(f"build_facets: {faceted:.2f} s")
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    say(f"plan_feeds: {planned:.2f} s wall, {planned_cpu:.2f} s CPU, {len(files)} files, {sum(size.values()) / 1e6:.1f} MB")
    for kind in sorted(count):
        say(f"  {kind}: {count[kind]} files, {size[kind] / 1e6:.1f} MB, largest {largest[kind] / 1e3:.0f} kB")
    say(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main()
