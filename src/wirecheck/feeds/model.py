"""The shapes a feed reader hands to the story builder: positioned text and what the feed
says about the story.

Every piece of story text keeps the input position of each of its runs (``TextRun``), so
that diagnostics on a story read from XML or JSON point at the right line and column of
the feed file, the way they do for plain text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wirecheck.model import Caption, Paragraph, Removed


@dataclass(frozen=True, slots=True)
class TextRun:
    """Text that sits contiguously in the input from (``line``, ``column``), both 1-based.

    A run never spans a real line break of the input; an escaped one (``\\n`` in JSON) is
    a run of its own.
    """

    text: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Located:
    """A string value of the feed with the input position of each of its characters."""

    text: str
    runs: tuple[TextRun, ...]
    # Where each run starts in ``text``: a long item comes in thousands of runs (a JSON
    # escape or an XML entity starts one), and every paragraph and markup chunk is looked
    # up by offset, so the offsets are counted once and searched by bisection.
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts, offset = [], 0
        for run in self.runs:
            starts.append(offset)
            offset += len(run.text)
        object.__setattr__(self, "starts", tuple(starts))

    @classmethod
    def of(cls, runs: tuple[TextRun, ...] | list[TextRun]) -> Located:
        return cls(text="".join(r.text for r in runs), runs=tuple(runs))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the input of ``text[offset]``."""
        if not self.runs:
            return 1, 1
        index = max(bisect_right(self.starts, offset) - 1, 0)
        run = self.runs[index]
        return run.line, run.column + (offset - self.starts[index])

    def slice(self, start: int, end: int) -> list[TextRun]:
        """The runs covering ``text[start:end]``, cut to it."""
        out: list[TextRun] = []
        first = max(bisect_right(self.starts, start) - 1, 0)
        offset = self.starts[first] if self.runs else 0
        for k in range(first, len(self.runs)):
            run = self.runs[k]
            run_end = offset + len(run.text)
            lo, hi = max(start, offset), min(end, run_end)
            if lo < hi:
                out.append(
                    TextRun(run.text[lo - offset : hi - offset], run.line, run.column + lo - offset)
                )
            offset = run_end
            if offset >= end:
                break
        return out


@dataclass(slots=True)
class Feed:
    """One story as a feed reader found it, before datelines and bylines are parsed.

    ``wire`` holds the metadata keys of ``wirecheck.feeds.WIRE_KEYS`` that the feed
    carries; ``transmitted`` is the transmission (or version) time, with its zone when the
    feed gives one.
    """

    format: str
    headline: Paragraph | None = None
    byline: Paragraph | None = None
    dateline: Paragraph | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    wire: dict[str, Any] = field(default_factory=dict)
    transmitted: datetime | None = None
