"""wirecheck: parse and validate news-agency wire copy.

>>> from wirecheck import parse
>>> story = parse("WASHINGTON (AP) — The Senate voted Tuesday.\\n")
>>> story.dateline.agencies
('AP',)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wirecheck.model import (
    SCHEMA,
    Byline,
    Caption,
    Dateline,
    Diagnostic,
    Paragraph,
    Related,
    Removed,
    Source,
    Story,
)

if TYPE_CHECKING:
    from wirecheck.api import parse, parse_all

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # `parse` pulls in the whole parser; `wirecheck --version`, `--help` and `rules` need
    # only this package's name and version, so the parser loads on first use.
    if name == "parse":
        from wirecheck.api import parse

        return parse
    if name == "parse_all":
        from wirecheck.api import parse_all

        return parse_all
    raise AttributeError(f"module 'wirecheck' has no attribute {name!r}")

__all__ = [
    "SCHEMA",
    "Byline",
    "Caption",
    "Dateline",
    "Diagnostic",
    "Paragraph",
    "Related",
    "Removed",
    "Source",
    "Story",
    "__version__",
    "parse",
    "parse_all",
]
