"""One exception family. str() reads like a compiler diagnostic: `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file."""

    path: Path | str
    message: str
    line: int | None = None
    """1-based line in `path`, when the problem has one."""
    severity: str = "error"
    """"error" fails the command; "warning" is reported and the work goes on."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class JobboardError(Exception):
    """Base of every error the tool reports to a person; the CLI maps it to an exit code."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("jobboard", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ContentError(JobboardError):
    """A content file cannot be read or does not follow the schema."""


class ConfigError(JobboardError):
    """The settings are invalid."""


class InputError(JobboardError):
    """A raw posting cannot be read as text (empty, binary, too large, not UTF-8)."""


class BuildError(JobboardError):
    """The site cannot be written (template error, duplicate output path, path escape)."""
