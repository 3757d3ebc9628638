"""The data types of wirecheck: frozen, typed, and the single source of the JSON contract.

Every public result of the library is built from these classes. ``to_dict()`` gives the
JSON shape documented in the README (schema ``wirecheck.story/1``); field names here are
that contract, so rename nothing without bumping ``SCHEMA``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "wirecheck.story/1"

Severity = Literal["error", "warning", "info"]
YearSource = Literal["explicit", "reference", "weekday", "assumed"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where the story came from and how its bytes were read."""

    path: str | None
    sha256: str
    encoding: str
    newline: str
    format: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "newline": self.newline,
            "format": self.format,
        }


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline as written and the people it names (agencies are not people).

    ``line`` to ``end_line`` are the input lines it spans (more than one when wrapped).
    """

    raw: str
    names: tuple[str, ...]
    line: int
    end_line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "names": list(self.names),
            "line": self.line,
            "end_line": self.end_line or self.line,
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline split into place, agencies and date.

    ``raw`` is exactly as written, trailing dash included (``Nov. 2 (UPI) --``).
    """

    raw: str
    city: str | None
    region: str | None
    country: str | None
    agencies: tuple[str, ...]
    date_text: str | None
    date: str | None
    year_source: YearSource | None
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "city": self.city,
            "region": self.region,
            "country": self.country,
            "agencies": list(self.agencies),
            "date": self.date,
            "date_text": self.date_text,
            "year_source": self.year_source,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption line as written; ``credit`` is the credit part of it, if any."""

    text: str
    credit: str | None
    line: int
    end_line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "credit": self.credit,
            "line": self.line,
            "end_line": self.end_line or self.line,
        }


@dataclass(frozen=True, slots=True)
class Related:
    """A related-story link line (``RELATED ...``)."""

    text: str
    line: int
    end_line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "line": self.line, "end_line": self.end_line or self.line}


@dataclass(frozen=True, slots=True)
class Removed:
    """An input line that is not part of the story, with a stable reason slug."""

    line: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding of a rule, positioned in the decoded input (1-based, end exclusive)."""

    code: str
    rule: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A run of paragraph text that came from one input line.

    ``start`` is the offset in the paragraph text; ``line`` and ``column`` (1-based) locate
    its first character in the decoded input.
    """

    start: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph with the map from its characters back to input positions."""

    text: str
    spans: tuple[Span, ...]

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) in the input of ``text[offset]``."""
        index = bisect_right(self.spans, offset, key=lambda span: span.start) - 1
        chosen = self.spans[max(index, 0)]
        return chosen.line, chosen.column + (offset - chosen.start)

    @property
    def lines(self) -> tuple[int, ...]:
        """The input lines this paragraph's text comes from, in order, each once."""
        return tuple(dict.fromkeys(span.line for span in self.spans))

    def tail(self, start: int) -> Paragraph:
        """The paragraph from ``text[start:]`` on, leading spaces dropped, positions kept."""
        while start < len(self.text) and self.text[start] == " ":
            start += 1
        line, column = self.locate(start)
        spans = [Span(start=0, line=line, column=column)]
        spans.extend(
            Span(start=s.start - start, line=s.line, column=s.column)
            for s in self.spans
            if s.start > start
        )
        return Paragraph(text=self.text[start:], spans=tuple(spans))


@dataclass(frozen=True, slots=True)
class Story:
    """One parsed story. ``to_dict()`` is the ``wirecheck.story/1`` JSON object."""

    source: Source
    headline: str | None
    byline: Byline | None
    dateline: Dateline | None
    captions: tuple[Caption, ...]
    paragraphs: tuple[Paragraph, ...]
    related: tuple[Related, ...]
    removed: tuple[Removed, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    headline_line: int | None = None
    headline_end_line: int | None = None
    wire: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def body(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "source": self.source.to_dict(),
            "headline": self.headline,
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "captions": [c.to_dict() for c in self.captions],
            "body": list(self.body),
            "related": [r.to_dict() for r in self.related],
            "removed": [r.to_dict() for r in self.removed],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }
        if self.wire is not None:
            data["wire"] = self.wire
        return data
