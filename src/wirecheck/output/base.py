"""What every output format shares: the per-file result it renders, where it writes, and
the counts behind the summary line and the exit status."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from wirecheck.decode import decode
from wirecheck.model import Severity, Story
from wirecheck.regexes import regex

if TYPE_CHECKING:
    from wirecheck.rules.base import Rule

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# Control characters would act on a terminal (escape sequences) or break a one-line format
# instead of showing; they become their visible "control picture" (U+2400 block), one
# column each, so carets stay aligned and a control-character finding points at something.
_CONTROL_RE = regex("[\x00-\x1f\x7f-\x9f]")
_SURROGATE_RE = regex("[\ud800-\udfff]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """``text`` with tabs as one space and other control characters as visible symbols."""
    return _CONTROL_RE.sub(_picture, text.replace("\t", " "))


# The records below are NamedTuples and a plain class, not dataclasses: every command
# creates them at start-up, where a dataclass costs ~0.5 ms (it compiles its methods).


class FileReport(NamedTuple):
    """One input's result: its path as shown (``-`` for stdin), the story, the raw bytes."""

    path: str
    story: Story
    data: bytes

    def source_lines(self) -> list[str]:
        """The decoded input lines, which the diagnostics' line numbers refer to."""
        return decode(self.data).lines


class Output(NamedTuple):
    """Where a format writes. ``terminal``: a person reads it (indent JSON, use colour).

    ``inputs`` is how many inputs were named, so that one input gives one JSON object and
    several give JSON Lines even when some of them could not be read.
    """

    stream: TextIO
    terminal: bool = False
    inputs: int = 1
    # True or False: colour forced on or off (``--color``); None: when ``terminal``,
    # unless the ``NO_COLOR`` environment variable is set.
    color: bool | None = None
    # No summary line (``--quiet``): only the findings.
    quiet: bool = False

    def dumps(self, data: Any, *, indent: bool = False) -> str:
        """One JSON value; non-ASCII kept unless the stream cannot encode it."""
        import json  # only the JSON formats pay for it

        encoding = (getattr(self.stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        text = json.dumps(
            data, ensure_ascii=not encoding.startswith("utf"), indent=2 if indent else None
        )
        if _SURROGATE_RE.search(text):
            # A file name that is not UTF-8 comes in with its bad bytes as lone surrogates
            # (`\udcff`), which no stream can write as UTF-8: escaped, the JSON stays valid
            # UTF-8, and Python reads the exact name back (`os.fsencode`).
            text = json.dumps(data, ensure_ascii=True, indent=2 if indent else None)
        return text

    def write_json(self, data: Any, *, indent: bool) -> None:
        """One JSON value and a newline."""
        self.stream.write(self.dumps(data, indent=indent) + "\n")


class Tally:
    """Counts of diagnostics by severity over the files seen so far."""

    __slots__ = ("by_severity", "files", "files_with_diagnostics")

    def __init__(
        self,
        files: int = 0,
        files_with_diagnostics: int = 0,
        by_severity: Counter[str] | None = None,
    ) -> None:
        self.files = files
        self.files_with_diagnostics = files_with_diagnostics
        self.by_severity: Counter[str] = Counter() if by_severity is None else by_severity

    def __repr__(self) -> str:
        return (
            f"Tally(files={self.files!r}, files_with_diagnostics="
            f"{self.files_with_diagnostics!r}, by_severity={self.by_severity!r})"
        )

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


def explain(rule: Rule) -> tuple[str, str]:
    """A rule's documentation as (title line, body).

    A rule's doc opens with its own title line ("WC101 known-misspelling: ..."); a doc
    without one gets it built from the rule's fields, so every explanation looks alike.
    """
    import inspect

    doc = inspect.cleandoc(rule.doc).strip()
    title, _, body = doc.partition("\n")
    if not title.startswith(rule.code):
        title, body = f"{rule.code} {rule.name}: {rule.summary}", doc
    return title, body.strip()
