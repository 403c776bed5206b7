"""Write a planned site: into a fresh folder, then swapped in whole, so nobody sees half a site."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.builder.site import SitePlan
from generator.builder.urls import output_file
from generator.errors import BuildError, Problem


def write_site(plan: SitePlan, out_dir: Path) -> int:
    """Write every file; refuse a path written twice or one outside out_dir. Returns the file count."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    seen: set[str] = set()
    try:
        for item in plan.files:
            try:
                relative = output_file(item.route)
            except ValueError as error:
                raise BuildError(Problem(out_dir, str(error))) from None
            key = relative.as_posix()
            if key in seen:
                raise BuildError(Problem(out_dir / key, "two pages would be written to this path"))
            seen.add(key)
            target = (staging / relative).resolve()
            if staging.resolve() not in target.parents:
                raise BuildError(Problem(out_dir / key, "path leaves the output folder"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.content)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(seen)


def _swap(staging: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}-old-{staging.name[-8:]}")
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
