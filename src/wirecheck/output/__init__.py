"""Output formats: a registry of small functions, one per format name.

Each format takes the per-file results (``FileReport``) as they come and an ``Output`` to
write to. Adding a format is one function and one entry below; the ``--format`` choices of
the CLI are these keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wirecheck.output.base import FileReport, Output, Tally
from wirecheck.output.ninjs import story_ninjs
from wirecheck.output.report import concise, github, json_report, jsonl
from wirecheck.output.sarif import sarif
from wirecheck.output.story import story_json, story_text
from wirecheck.output.terminal import text_report

Format = Callable[[Iterable[FileReport], Output], None]

# ``wirecheck parse --format``: the story itself.
STORY_FORMATS: dict[str, Format] = {
    "json": story_json,
    "text": story_text,
    "ninjs": story_ninjs,
}

# ``wirecheck check --format``: the diagnostics.
REPORT_FORMATS: dict[str, Format] = {
    "text": text_report,
    "concise": concise,
    "json": json_report,
    "jsonl": jsonl,
    "github": github,
    "sarif": sarif,
}

__all__ = ["REPORT_FORMATS", "STORY_FORMATS", "FileReport", "Format", "Output", "Tally"]
