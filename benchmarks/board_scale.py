"""How the board scales: 10,000 synthetic postings built, and what the index costs a visitor on first load.

    .venv/bin/python benchmarks/board_scale.py [--postings 10000] [--keep DIR]

Writes the postings as content files into a temporary project (real templates and settings),
runs the real build, and prints: build time, files written, and the gzip size of everything
the index page fetches on first load (index.html, style.css, board.js, postings.json), plus what
a filtered view and a first search add. The budget is 300 KB compressed for the first load.
"""

from __future__ import annotations

import argparse
import gzip
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.builder.pipeline import build  # noqa: E402
from generator.config import load_settings  # noqa: E402
from generator.content_file import dump  # noqa: E402
from generator.models import Fields, Location, Pay  # noqa: E402

BUDGET = 300_000

ROLES = [
    "Machine Learning Engineer",
    "Data Scientist",
    "Research Scientist",
    "Data Engineer",
    "Software Engineer",
    "Applied Scientist",
    "Analytics Engineer",
    "MLOps Engineer",
    "Data Analyst",
    "Quant Researcher",
    "Backend Engineer",
]
LEVELS = ["", "Senior ", "Staff ", "Principal ", "Junior ", "Lead "]
SUFFIXES = ["", " Intern", ", Search", ", Ads", ", Recommendations", ", Platform", " II", ", Infrastructure"]
COMPANY_WORDS = [
    "model",
    "data",
    "pipeline",
    "ranking",
    "latency",
    "experiment",
    "feature",
    "training",
    "inference",
    "platform",
    "scale",
    "team",
    "users",
    "quality",
    "metrics",
    "evaluation",
    "research",
    "production",
    "systems",
    "distributed",
    "storage",
    "streaming",
    "batch",
]
COMPANY_ENDS = ["Labs", "AI", "Systems", "Analytics", "Robotics", "Health", "Capital", "Data", "Cloud", "Works"]
TEAMS = ["Ads Ranking", "Search", "Infrastructure", "Payments", "Growth", "Trust and Safety", "Core ML", "Platform", None]
PLACES = [
    ("Seattle", "WA", "US"),
    ("San Francisco", "CA", "US"),
    ("New York", "NY", "US"),
    ("Austin", "TX", "US"),
    ("Toronto", "ON", "CA"),
    ("London", None, "GB"),
    ("Berlin", None, "DE"),
    ("Paris", None, "FR"),
    ("Bengaluru", "KA", "IN"),
    ("Singapore", None, "SG"),
    ("Tokyo", None, "JP"),
    ("Sydney", "NSW", "AU"),
    (None, None, "US"),
    (None, None, "GB"),
    ("Dublin", None, "IE"),
    ("Amsterdam", None, "NL"),
]
SKILLS = [
    "Python",
    "PyTorch",
    "TensorFlow",
    "JAX",
    "SQL",
    "Spark",
    "Kafka",
    "Kubernetes",
    "Docker",
    "AWS",
    "GCP",
    "Azure",
    "Go",
    "Rust",
    "Java",
    "Scala",
    "C++",
    "R",
    "Airflow",
    "dbt",
    "Snowflake",
    "BigQuery",
    "Terraform",
    "Linux",
    "scikit-learn",
    "Pandas",
    "NumPy",
    "Ray",
    "CUDA",
    "Triton",
    "Hugging Face",
    "LangChain",
    "PostgreSQL",
    "Redis",
]
TOPICS = [
    "Machine Learning",
    "Deep Learning",
    "NLP",
    "Computer Vision",
    "Recommendation Systems",
    "Search",
    "Ads",
    "Data Engineering",
    "MLOps",
    "Reinforcement Learning",
    "Statistics",
    "Forecasting",
]
CURRENCIES = {
    "US": "USD",
    "CA": "CAD",
    "GB": "GBP",
    "DE": "EUR",
    "FR": "EUR",
    "IE": "EUR",
    "NL": "EUR",
    "IN": "INR",
    "SG": "SGD",
    "JP": "JPY",
    "AU": "AUD",
}
WORDS = COMPANY_WORDS  # body text drawn from the same vocabulary


def synthetic(n: int, rng: random.Random, today: date) -> tuple[str, Fields, str]:
    title = f"{rng.choice(LEVELS)}{rng.choice(ROLES)}{rng.choice(SUFFIXES)}"
    company = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_ENDS)}" + (f" {n % 97}" if n % 3 == 0 else "")
    places = rng.sample(PLACES, rng.choice([1, 1, 1, 2, 3]))
    locations = tuple(Location(country=c, region=r, city=city) for city, r, c in places)
    pay = None
    if rng.random() < 0.6:
        hourly = rng.random() < 0.2
        low = rng.randrange(20, 80) if hourly else rng.randrange(40, 250) * 1000
        pay = Pay(
            min=float(low),
            max=float(low * rng.choice([1, 1.2, 1.5])),
            currency=CURRENCIES[places[0][2]],
            period="hour" if hourly else "year",
        )
    added = today - timedelta(days=rng.randrange(0, 120))
    fields = Fields(
        title=title,
        company=company,
        team=rng.choice(TEAMS),
        locations=locations,
        workplace=rng.choice(["remote", "hybrid", "onsite", None]),
        employment_type=rng.choice(["full_time", "full_time", "intern", "contract", "part_time"]),
        degree=tuple(
            sorted(rng.sample(["bachelor", "master", "phd"], rng.randrange(0, 3)), key=["bachelor", "master", "phd"].index)
        ),
        pay=pay,
        start=rng.choice([None, None, "2026", "2026 Summer", "2027"]),
        posted=added - timedelta(days=rng.randrange(0, 10)) if rng.random() < 0.7 else None,
        valid_through=None,
        job_id=f"R{n:06d}",
        apply_url=f"https://jobs.example.com/{n}",
        skills=tuple(rng.sample(SKILLS, rng.randrange(2, 9))),
        topics=tuple(rng.sample(TOPICS, rng.randrange(1, 4))),
        id=f"urn:bench:{n}",
        added=added,
    )
    body = "\n\n".join(
        [
            "## Responsibilities",
            *(f"- {' '.join(rng.choices(WORDS, k=12))}." for _ in range(5)),
            "## Qualifications",
            *(f"- {' '.join(rng.choices(WORDS, k=10))}." for _ in range(5)),
        ]
    )
    slug = f"{title}-{company}-{n}".lower().replace(" ", "-").replace(",", "").replace("+", "p")
    return slug, fields, body


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


# Time from a filter change to the updated count (compute + controls), and to the new cards on screen
# (which may fetch card chunks first). Both measured inside the page with performance.now().
TIME_CHANGE = """
async ([selector, value]) => {
  const count = document.getElementById("result-count"), cards = document.getElementById("cards");
  const seen = (node) => new Promise((done) => {
    const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now()); });
    observer.observe(node, {childList: true, characterData: true, subtree: true});
    setTimeout(() => { observer.disconnect(); done(NaN); }, 5000);  // nothing changed: report NaN, do not hang
  });
  const counted = seen(count), shown = seen(cards);
  const start = performance.now();
  const input = document.querySelector(selector);
  if (input.type === "checkbox") input.click();
  else { input.value = value; input.dispatchEvent(new Event("input", {bubbles: true})); }
  return [(await counted) - start, (await shown) - start];
}
"""


def browser_timings(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.serving import serve

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with serve(site, "/board/") as root, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(root)
        page.wait_for_function("document.querySelector('#facets input') && document.querySelector('#result-count').textContent")
        page.wait_for_load_state("networkidle")
        say(f"browser: index loaded and filters ready in {(time.perf_counter() - started) * 1000:.0f} ms (local server)")
        steps = [
            ("workplace remote", 'input[name="workplace"][value="remote"]', ""),
            ("+ skill (top value)", 'fieldset[data-facet="skill"] input', ""),
            ("+ location (top value)", 'fieldset[data-facet="location"] input', ""),
            ("minimum pay 100,000", "#minpay", "100000"),
            ("search 'quant' (cold)", "#q", "quant"),
            ("search 'ranking' (warm)", "#q", "ranking"),
        ]
        for name, selector, value in steps:
            counted, shown = page.evaluate(TIME_CHANGE, [selector, value])
            pause = " (after board.js's 180 ms typing pause)" if value else ""
            say(f"  filter {name:<24} counts updated in {counted:6.1f} ms, cards shown in {shown:6.1f} ms{pause}")
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--keep", help="build into this folder and keep it (to open in a browser)")
    parser.add_argument("--browser", action="store_true", help="also time filtering in Chromium (needs the test extras)")
    args = parser.parse_args()
    today = date(2026, 11, 22)
    rng = random.Random(42)
    with tempfile.TemporaryDirectory(prefix="jobboard-bench-") as tmp:
        root = Path(args.keep) if args.keep else Path(tmp)
        shutil.rmtree(root / "content", ignore_errors=True)
        (root / "content").mkdir(parents=True)
        shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
        shutil.rmtree(root / "templates", ignore_errors=True)
        shutil.copytree(ROOT / "templates", root / "templates")
        for n in range(args.postings):
            slug, fields, body = synthetic(n, rng, today)
            (root / "content" / f"{slug}.md").write_text(dump(fields, body), encoding="utf-8")
        settings = load_settings(root, {"base_url": "https://example.github.io/board/"})
        import os

        os.environ["SOURCE_DATE_EPOCH"] = str(int(time.mktime(today.timetuple())))
        started = time.perf_counter()
        result = build(settings)
        seconds = time.perf_counter() - started
        site = root / "site"
        first = {name: gz(site / name) for name in ("index.html", "static/style.css", "static/board.js", "postings.json")}
        total = sum(first.values())
        say(f"postings: {args.postings} ({result.published} published), files written: {result.pages}, build: {seconds:.1f} s")
        for name, size in first.items():
            say(f"  {name:<20} {size / 1000:8.1f} KB gzip   ({(site / name).stat().st_size / 1000:8.1f} KB raw)")
        say(
            f"index first load: {total / 1000:.1f} KB gzip (budget {BUDGET / 1000:.0f} KB): "
            + ("within" if total <= BUDGET else "OVER")
        )
        say(f"a filtered view adds cards/0.json: {gz(site / 'cards/0.json') / 1000:.1f} KB gzip per {500} postings shown")
        pagefind = gz(site / "pagefind/pagefind.js") + (site / "pagefind/wasm.en.pagefind").stat().st_size
        say(f"a first search adds search.json {gz(site / 'search.json') / 1000:.1f} KB gzip and Pagefind's")
        say(f"  pagefind.js + wasm {pagefind / 1000:.1f} KB, plus its index chunks")
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        say(f"site size: {size / 1e6:.1f} MB")
        if args.browser:
            browser_timings(site)
        return 0 if total <= BUDGET and not result.failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
