"""The data types of wirecheck: frozen, typed, and the single source of the JSON contract.

Every public result of the library is built from these classes. ``to_dict()`` gives the
JSON shape documented in the README (schema ``wirecheck.story/1``); field names here are
that contract, so rename nothing without bumping ``SCHEMA``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

SCHEMA = "wirecheck.story/1"

Severity = Literal["error", "warning", "info"]
YearSource = Literal["explicit", "reference", "page-date", "weekday", "assumed"]

# The classes below are frozen, slotted dataclasses, as ``dataclasses.fields``, ``replace``
# and ``asdict`` see them, with their ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__``
# written here rather than generated: ``dataclass`` generates each method by compiling
# source text at import, and for these ten classes that was some 6 ms of every command's
# start (a fifth of wirecheck's own start-up in a one-story check); written out, they
# come compiled from the bytecode cache. ``tests/test_model.py`` holds them equal to
# what ``dataclass`` would generate. Each ``__init__`` sets its fields past the frozen
# ``__setattr__``, as the generated one does.
_set = object.__setattr__


class _Record:
    """``__repr__``, ``__eq__`` and ``__hash__`` as ``dataclass`` writes them, read off
    ``_fields`` (every field, in order) and ``_compared`` (those that compare)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def _key(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, _Record)
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Source(_Record):
    """Where the story came from and how its bytes were read."""

    path: str | None
    sha256: str
    encoding: str
    newline: str
    format: str = "text"

    def __init__(
        self,
        path: str | None,
        sha256: str,
        encoding: str,
        newline: str,
        format: str = "text",
    ) -> None:
        _set(self, "path", path)
        _set(self, "sha256", sha256)
        _set(self, "encoding", encoding)
        _set(self, "newline", newline)
        _set(self, "format", format)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "newline": self.newline,
            "format": self.format,
        }


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Byline(_Record):
    """A byline as written and the people it names (agencies are not people).

    ``line`` to ``end_line`` are the input lines it spans (more than one when wrapped).
    """

    raw: str
    names: tuple[str, ...]
    line: int
    end_line: int | None = None

    def __init__(
        self,
        raw: str,
        names: tuple[str, ...],
        line: int,
        end_line: int | None = None,
    ) -> None:
        _set(self, "raw", raw)
        _set(self, "names", names)
        _set(self, "line", line)
        _set(self, "end_line", end_line)

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "names": list(self.names),
            "line": self.line,
            "end_line": self.end_line or self.line,
        }


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Dateline(_Record):
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

    def __init__(
        self,
        raw: str,
        city: str | None,
        region: str | None,
        country: str | None,
        agencies: tuple[str, ...],
        date_text: str | None,
        date: str | None,
        year_source: YearSource | None,
        line: int,
    ) -> None:
        _set(self, "raw", raw)
        _set(self, "city", city)
        _set(self, "region", region)
        _set(self, "country", country)
        _set(self, "agencies", agencies)
        _set(self, "date_text", date_text)
        _set(self, "date", date)
        _set(self, "year_source", year_source)
        _set(self, "line", line)

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


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Caption(_Record):
    """A photo caption line as written; ``credit`` is the credit part of it, if any."""

    text: str
    credit: str | None
    line: int
    end_line: int | None = None

    def __init__(
        self,
        text: str,
        credit: str | None,
        line: int,
        end_line: int | None = None,
    ) -> None:
        _set(self, "text", text)
        _set(self, "credit", credit)
        _set(self, "line", line)
        _set(self, "end_line", end_line)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "credit": self.credit,
            "line": self.line,
            "end_line": self.end_line or self.line,
        }


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Related(_Record):
    """A related-story link line (``RELATED ...``)."""

    text: str
    line: int
    end_line: int | None = None

    def __init__(self, text: str, line: int, end_line: int | None = None) -> None:
        _set(self, "text", text)
        _set(self, "line", line)
        _set(self, "end_line", end_line)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "line": self.line, "end_line": self.end_line or self.line}


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Removed(_Record):
    """An input line that is not part of the story, with a stable reason slug."""

    line: int
    text: str
    reason: str

    def __init__(self, line: int, text: str, reason: str) -> None:
        _set(self, "line", line)
        _set(self, "text", text)
        _set(self, "reason", reason)

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Diagnostic(_Record):
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

    def __init__(
        self,
        code: str,
        rule: str,
        severity: Severity,
        line: int,
        column: int,
        end_line: int,
        end_column: int,
        message: str,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        _set(self, "code", code)
        _set(self, "rule", rule)
        _set(self, "severity", severity)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "end_line", end_line)
        _set(self, "end_column", end_column)
        _set(self, "message", message)
        _set(self, "suggestions", suggestions)

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


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Span(_Record):
    """A run of paragraph text that came from one input line.

    ``start`` is the offset in the paragraph text; ``line`` and ``column`` (1-based) locate
    its first character in the decoded input.
    """

    start: int
    line: int
    column: int

    def __init__(self, start: int, line: int, column: int) -> None:
        _set(self, "start", start)
        _set(self, "line", line)
        _set(self, "column", column)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Paragraph(_Record):
    """A body paragraph with the map from its characters back to input positions."""

    text: str
    spans: tuple[Span, ...]

    def __init__(self, text: str, spans: tuple[Span, ...]) -> None:
        _set(self, "text", text)
        _set(self, "spans", spans)

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


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Story(_Record):
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

    def __init__(
        self,
        source: Source,
        headline: str | None,
        byline: Byline | None,
        dateline: Dateline | None,
        captions: tuple[Caption, ...],
        paragraphs: tuple[Paragraph, ...],
        related: tuple[Related, ...],
        removed: tuple[Removed, ...],
        diagnostics: tuple[Diagnostic, ...] = (),
        headline_line: int | None = None,
        headline_end_line: int | None = None,
        wire: dict[str, Any] | None = None,
    ) -> None:
        _set(self, "source", source)
        _set(self, "headline", headline)
        _set(self, "byline", byline)
        _set(self, "dateline", dateline)
        _set(self, "captions", captions)
        _set(self, "paragraphs", paragraphs)
        _set(self, "related", related)
        _set(self, "removed", removed)
        _set(self, "diagnostics", diagnostics)
        _set(self, "headline_line", headline_line)
        _set(self, "headline_end_line", headline_end_line)
        _set(self, "wire", wire)

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


def _read_fields(*classes: type[Any]) -> None:
    """Give each ``_Record`` dataclass the field names its methods read."""
    for cls in classes:
        every = fields(cls)
        cls._fields = tuple(f.name for f in every)
        cls._compared = tuple(f.name for f in every if f.compare)


_read_fields(
    Source, Byline, Dateline, Caption, Related, Removed, Diagnostic, Span, Paragraph, Story
)
