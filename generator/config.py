"""Site settings: one frozen dataclass, read from `[tool.jobboard]` in pyproject.toml.

Every setting has a default, every one can be overridden on the command line,
and every problem in the settings is reported at once.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.errors import ConfigError, Problem


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides the content."""

    title: str = "Job Board"
    description: str = "Curated job postings."
    base_url: str = "http://127.0.0.1:8000/"
    """Absolute URL the site is published at, ending in '/'; its path is the base path of every link."""
    language: str = "en"
    feed_items: int = 50
    """How many postings a feed carries, newest first."""
    archive_after_days: int = 0
    """Postings added longer ago than this are archived; 0 keeps them until valid_through passes."""
    cname: str = ""
    """Custom domain for GitHub Pages; written to CNAME when set."""
    root: Path = Path(".")
    """The project folder; the folders below are relative to it."""
    content_dir: Path = Path("content")
    templates_dir: Path = Path("templates")
    seeds_dir: Path = Path("seeds")
    out_dir: Path = Path("site")

    @property
    def base_path(self) -> str:
        """The path part of base_url: '/' or '/board/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def resolve(self, folder: Path) -> Path:
        return folder if folder.is_absolute() else self.root / folder


_PATH_FIELDS = {"root", "content_dir", "templates_dir", "seeds_dir", "out_dir"}


def _check(settings: Settings, source: str) -> list[Problem]:
    problems = []
    parts = urlsplit(settings.base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(Problem(source, f"base_url must be an absolute http(s) URL (got {settings.base_url!r})"))
    if settings.feed_items < 1:
        problems.append(Problem(source, f"feed_items must be at least 1 (got {settings.feed_items})"))
    if settings.archive_after_days < 0:
        problems.append(Problem(source, f"archive_after_days must be 0 or more (got {settings.archive_after_days})"))
    return problems


def load_settings(root: Path, overrides: dict[str, Any] | None = None) -> Settings:
    """Settings from root/pyproject.toml, then overrides (None values are ignored)."""
    source = root / "pyproject.toml"
    table: dict[str, Any] = {}
    if source.exists():
        try:
            table = tomllib.loads(source.read_text(encoding="utf-8")).get("tool", {}).get("jobboard", {})
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(Problem(source, f"invalid TOML: {error}")) from None
    known = {f.name: f for f in fields(Settings)}
    problems = []
    values: dict[str, Any] = {"root": root}
    for key, value in {**table, **{k: v for k, v in (overrides or {}).items() if v is not None}}.items():
        key = key.replace("-", "_")
        if key not in known or key == "root":
            problems.append(Problem(source, f"[tool.jobboard] has unknown setting '{key}'"))
            continue
        default = known[key].default
        if key in _PATH_FIELDS:
            value = Path(value)
        elif not isinstance(value, type(default)) or isinstance(value, bool):
            problems.append(Problem(source, f"{key} must be {type(default).__name__} (got {value!r})"))
            continue
        values[key] = value
    settings = Settings(**values)
    if not settings.base_url.endswith("/"):
        settings = dataclasses.replace(settings, base_url=settings.base_url + "/")
    problems += _check(settings, str(source))
    if problems:
        raise ConfigError(problems)
    return settings
