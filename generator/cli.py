"""The command line: the only place that parses arguments, sets up logging and maps errors to exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Settings, load_settings
from generator.errors import JobboardError, Problem

log = logging.getLogger("jobboard")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        "base_url": getattr(args, "base_url", None),
        "out_dir": getattr(args, "out", None),
        "content_dir": getattr(args, "content", None),
        "templates_dir": getattr(args, "templates", None),
        "title": getattr(args, "title", None),
        "feed_items": getattr(args, "feed_items", None),
        "cname": getattr(args, "cname", None),
    }
    return load_settings(Path(args.root), overrides)


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _progress(total: int) -> Any:
    """A one-line counter on a terminal; silent when output is piped."""
    count = 0

    def tick(name: str) -> None:
        nonlocal count
        count += 1
        if sys.stderr.isatty():
            print(f"\r[{count}/{total}] {name[-60:]:<60}", end="", file=sys.stderr, flush=True)
            if count == total:
                print(file=sys.stderr)

    return tick


def cmd_ingest(args: argparse.Namespace) -> int:
    from generator.ingest.pipeline import ingest, raw_files

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.resolve(settings.seeds_dir)]
    missing = [p for p in paths if not p.exists()]
    _report([Problem(p, "no such file or folder") for p in missing])
    paths = [p for p in paths if p.exists()]
    total = sum(1 for _ in raw_files(paths))
    report = ingest(
        paths, settings.resolve(settings.content_dir), force=args.force, refresh=args.refresh, on_file=_progress(total)
    )
    _report(report.problems)
    print(
        f"ingest: {len(report.written)} new, {len(report.updated)} updated, {len(report.kept)} kept, {sum(p.severity == 'error' for p in report.problems) + len(missing)} failed"
    )
    return EXIT_FAILED if missing or any(p.severity == "error" for p in report.problems) else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from generator.content_file import to_yaml_data
    from generator.errors import InputError
    from generator.ingest.extractor import extract
    from generator.ingest.reading import read_raw

    results: list[dict[str, Any]] = []
    failed = False
    for name in args.paths:
        try:
            raw = read_raw(Path(name), name)
        except InputError as error:
            _report(error.problems)
            failed = True
            continue
        extraction = extract(raw)
        data = to_yaml_data(extraction.fields)
        data.pop("added", None)
        data["source"] = name
        data["sections"] = list(extraction.sections)
        if args.body:
            data["body"] = extraction.body
        results.append(data)
    json.dump(results, sys.stdout, indent=2 if args.json else None, ensure_ascii=False, default=str)
    print()
    return EXIT_FAILED if failed else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from generator.builder.pipeline import build

    settings = _settings(args)
    result = build(settings, drafts=args.drafts)
    _report(result.problems)
    print(
        f"build: {result.published} postings published, {result.drafts} drafts {'included' if args.drafts else 'left out'}, "
        f"{result.pages} files written to {settings.resolve(settings.out_dir)}"
    )
    return EXIT_FAILED if result.failed else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from generator.builder.load import load_content

    settings = _settings(args)
    loaded = load_content(settings.resolve(settings.content_dir))
    problems = list(loaded.problems)
    for posting in loaded.postings:
        if posting.is_draft:
            missing = " and ".join(name for name in ("title", "company") if not getattr(posting, name))
            problems.append(
                Problem(posting.path, f"draft: no {missing}; it is left out of the site until one is written", 1, "warning")
            )
    _report(problems)
    errors = sum(p.severity == "error" for p in problems)
    print(f"check: {len(loaded.postings)} valid postings, {errors} errors, {len(problems) - errors} warnings")
    return EXIT_FAILED if errors else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from generator.dev.serve import serve

    def echo(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    # watchdog logs an error for events that arrive while it stops; nothing is lost, so a curator need not see it.
    logging.getLogger("watchdog").setLevel(logging.CRITICAL)

    # A function, not the settings: the server reads pyproject.toml again whenever it changes.
    return serve(lambda: _settings(args), echo, host=args.host, port=args.port)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="jobboard", description="A static site generator for a curated job board.")
    root.add_argument("--version", action="version", version=f"jobboard {__version__}")
    root.add_argument("--root", default=".", help="project folder holding pyproject.toml, content/, templates/ (default: .)")
    root.add_argument("-v", "--verbose", action="store_true", help="say more about what is done")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def site_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--base-url", help="absolute URL the site is published at, e.g. https://you.github.io/board/")
        p.add_argument("--out", help="output folder (default: site)")
        p.add_argument("--content", help="content folder (default: content)")
        p.add_argument("--templates", help="templates folder (default: templates)")
        p.add_argument("--title", help="site title")
        p.add_argument("--feed-items", type=int, help="postings per feed (default: 50)")
        p.add_argument("--cname", help="custom domain for GitHub Pages (writes CNAME)")

    p = commands.add_parser(
        "ingest",
        help="turn raw postings into content files",
        description="Turn raw postings into content/<slug>.md files. Never overwrites a curator's edit.",
    )
    p.add_argument("paths", nargs="*", help="raw posting files or folders (default: seeds/)")
    p.add_argument("--content", help="content folder (default: content)")
    p.add_argument("--force", action="store_true", help="recreate content files the curator deleted")
    p.add_argument(
        "--refresh",
        action="store_true",
        help="extract unchanged raw postings again (after an upgrade); curator edits still stand",
    )
    p.set_defaults(func=cmd_ingest)

    p = commands.add_parser(
        "extract",
        help="print extracted fields as JSON",
        description="Print the fields extracted from raw postings as a JSON list; writes nothing.",
    )
    p.add_argument("paths", nargs="+", help="raw posting files")
    p.add_argument("--json", action="store_true", help="pretty-printed JSON (the output is JSON either way)")
    p.add_argument("--body", action="store_true", help="include the clean Markdown body")
    p.set_defaults(func=cmd_extract)

    p = commands.add_parser("build", help="render the site", description="Render content/ and templates/ into site/.")
    site_options(p)
    p.add_argument("--drafts", action="store_true", help="include drafts (postings without a title or company)")
    p.set_defaults(func=cmd_build)

    p = commands.add_parser(
        "serve",
        help="build, serve and rebuild on change",
        description="Build the site, serve it, and rebuild when seeds, content, templates or settings change.",
    )
    site_options(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    p.set_defaults(func=cmd_serve)

    p = commands.add_parser(
        "check",
        help="validate every content file",
        description="Validate every content file; prints path:line: message for each problem.",
    )
    p.add_argument("--content", help="content folder (default: content)")
    p.set_defaults(func=cmd_check)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        return int(args.func(args))
    except JobboardError as error:
        _report(error.problems)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_OK
    except BrokenPipeError:
        # 'jobboard extract ... --json | head': the reader has all it wants. Python would report the pipe again
        # when it flushes stdout at exit, so stdout is pointed at nothing first, as the docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
