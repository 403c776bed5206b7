"""The build, as a table of contents: load and validate everything, plan the site, write it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from generator.builder.limits import pages_limits
from generator.builder.load import load_content
from generator.builder.site import plan_site
from generator.builder.write import write_site
from generator.config import Settings
from generator.errors import Problem

log = logging.getLogger(__name__)


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
    result.problems += pages_limits(plan, settings.resolve(settings.out_dir))
    return result
