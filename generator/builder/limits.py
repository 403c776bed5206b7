"""GitHub Pages' size limits, checked on the planned site so a curator hears of them before a deploy fails.

Pages refuses a published site over 1 GB (measured on the uploaded tar artifact), and GitHub refuses
any single file over 100 MiB. Both are reported as warnings well before the limit: the build still
writes the site, because a local preview of an oversized board is still useful.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator.builder.site import SitePlan
from generator.builder.urls import output_file
from generator.errors import Problem

SITE_LIMIT_BYTES = 1000 * 1000 * 1000
"""'Published GitHub Pages sites may be no larger than 1 GB.'"""
SITE_WARN_BYTES = 900 * 1000 * 1000
FILE_LIMIT_BYTES = 100 * 1024 * 1024
"""GitHub's per-file limit (100 MiB)."""
FILE_WARN_BYTES = 50 * 1024 * 1024
"""Where GitHub itself starts warning about a file."""

_TAR_BLOCK = 512


def _blocks(size: int) -> int:
    return -(-size // _TAR_BLOCK) * _TAR_BLOCK


def artifact_size(plan: SitePlan) -> int:
    """Bytes of the tar archive upload-pages-artifact makes of the site: a header block per file and
    folder, contents padded to whole blocks, two zero blocks at the end. Many small files cost far
    more than their contents, so the sum of file sizes alone would underestimate."""
    paths = [output_file(item.route) for item in plan.files]
    folders = {parent for path in paths for parent in path.parents if parent != PurePosixPath(".")}
    contents = sum(_blocks(len(item.content)) for item in plan.files)
    return _TAR_BLOCK * (len(paths) + len(folders)) + contents + 2 * _TAR_BLOCK


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def pages_limits(
    plan: SitePlan, out_dir: Path, *, site_warn: int = SITE_WARN_BYTES, file_warn: int = FILE_WARN_BYTES
) -> list[Problem]:
    """A warning for each file at or over file_warn and one for the site at or over site_warn."""
    problems = [
        Problem(
            out_dir / output_file(item.route),
            f"this file is {_megabytes(len(item.content))}; GitHub refuses files over {_megabytes(FILE_LIMIT_BYTES)}",
            None,
            "warning",
        )
        for item in plan.files
        if len(item.content) >= file_warn
    ]
    size = artifact_size(plan)
    if size >= site_warn:
        limit = f"GitHub Pages publishes at most {SITE_LIMIT_BYTES / 1e9:.0f} GB"
        problems.append(Problem(out_dir, f"the site is {size / 1e9:.2f} GB as a Pages artifact; {limit}", None, "warning"))
    return problems
