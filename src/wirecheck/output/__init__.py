"""Output formats: a registry of small functions, one per format name.

Each format takes the per-file results (``FileReport``) as they come and an ``Output`` to
write to. Adding a format is one function and one entry below; the ``--format`` choices of
the CLI are these keys. A format's module is imported when the format is looked up, so a
command loads the one format it writes, not all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import import_module

from wirecheck.output.base import FileReport, Output, Tally

Format = Callable[[Iterable[FileReport], Output], None]


class Formats(Mapping[str, Format]):
    """Format names and where their functions are (``module.function`` in this package)."""

    __slots__ = ("_where",)

    def __init__(self, where: dict[str, str]) -> None:
        self._where = where

    def __getitem__(self, name: str) -> Format:
        module, _, function = self._where[name].rpartition(".")
        found: Format = getattr(import_module(f"{__name__}.{module}"), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


# ``wirecheck parse --format``: the story itself.
STORY_FORMATS = Formats(
    {
        "json": "story.story_json",
        "text": "story.story_text",
        "ninjs": "ninjs.story_ninjs",
    }
)

# ``wirecheck check --format``: the diagnostics.
REPORT_FORMATS = Formats(
    {
        "text": "terminal.text_report",
        "concise": "report.concise",
        "json": "report.json_report",
        "jsonl": "report.jsonl",
        "github": "report.github",
        "sarif": "sarif.sarif",
    }
)

__all__ = ["REPORT_FORMATS", "STORY_FORMATS", "FileReport", "Format", "Formats", "Output", "Tally"]
