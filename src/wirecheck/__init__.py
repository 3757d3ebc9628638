"""wirecheck: parse and validate news-agency wire copy.

>>> from wirecheck import parse
>>> story = parse("WASHINGTON (AP) — The Senate voted Tuesday.\\n")
>>> story.dateline.agencies
('AP',)
"""

from __future__ import annotations

from wirecheck.api import parse
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

__version__ = "0.1.0"

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
]
