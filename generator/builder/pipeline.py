"""The build, as a table of contents: load and validate everything, plan the site, write it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from generator.builder.load import load_content
from generator.builder.site import plan_site
from generator.builder.write import write_site
from generator.config import Settings
from generator.errors import Problem

log = logging.getLogger(__name__)

PAGES_WARN_BYTES = 900 * 1000 * 1000
"""GitHub Pages refuses sites over 1 GB; warn before that."""


@dataclass
class BuildResult:
    pages: int = 0
    published: int = 0
    drafts: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def build(settings: Settings, *, drafts: bool = False) -> BuildResult:
    loaded = load_content(settings.resolve(settings.content_dir))
    result = BuildResult(problems=list(loaded.problems))
    result.drafts = sum(1 for p in loaded.postings if p.is_draft)
    result.published = len(loaded.postings) - (0 if drafts else result.drafts)
    plan = plan_site(loaded.postings, settings, drafts=drafts)
    result.pages = write_site(plan, settings.resolve(settings.out_dir))
    size = sum(len(f.content) for f in plan.files)
    if size > PAGES_WARN_BYTES:
        result.problems.append(
            Problem(settings.resolve(settings.out_dir), f"the site is {size / 1e9:.2f} GB; GitHub Pages publishes at most 1 GB", None, "warning")
        )
    return result
