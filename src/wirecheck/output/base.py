"""What every output format shares: the per-file result it renders, where it writes, and
the counts behind the summary line and the exit status."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO

from wirecheck.decode import decode
from wirecheck.model import Severity, Story

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class FileReport:
    """One input's result: its path as shown (``-`` for stdin), the story, the raw bytes."""

    path: str
    story: Story
    data: bytes

    def source_lines(self) -> list[str]:
        """The decoded input lines, which the diagnostics' line numbers refer to."""
        return decode(self.data).lines


@dataclass(frozen=True, slots=True)
class Output:
    """Where a format writes. ``terminal``: a person reads it (indent JSON, use colour).

    ``inputs`` is how many inputs were named, so that one input gives one JSON object and
    several give JSON Lines even when some of them could not be read.
    """

    stream: TextIO
    terminal: bool = False
    inputs: int = 1

    def write_json(self, data: Any, *, indent: bool) -> None:
        """One JSON value and a newline; non-ASCII kept unless the stream cannot encode it."""
        encoding = (getattr(self.stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        self.stream.write(
            json.dumps(
                data,
                ensure_ascii=not encoding.startswith("utf"),
                indent=2 if indent else None,
            )
            + "\n"
        )


@dataclass(slots=True)
class Tally:
    """Counts of diagnostics by severity over the files seen so far."""

    files: int = 0
    files_with_diagnostics: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)

    def add(self, report: FileReport) -> None:
        self.files += 1
        diagnostics = report.story.diagnostics
        if diagnostics:
            self.files_with_diagnostics += 1
        self.by_severity.update(d.severity for d in diagnostics)

    @property
    def errors(self) -> int:
        return self.by_severity["error"]

    @property
    def warnings(self) -> int:
        return self.by_severity["warning"]

    def sentence(self) -> str:
        """``Found 1 error, 2 warnings in 1 file.`` or ``All checks passed.``"""
        parts = [
            f"{n} {severity}{'' if n == 1 else 's'}"
            for severity in SEVERITIES
            if (n := self.by_severity[severity])
        ]
        if not parts:
            return "All checks passed."
        files = self.files_with_diagnostics
        return f"Found {', '.join(parts)} in {files} file{'' if files == 1 else 's'}."

    def to_dict(self) -> dict[str, int]:
        return {
            "files": self.files,
            "files_with_diagnostics": self.files_with_diagnostics,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.by_severity["info"],
        }
