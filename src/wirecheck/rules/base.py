"""What every rule shares: its metadata, the context it checks, and how it reports.

A rule is a module in this package that defines a ``RULE = Rule(...)`` object and a
``check(ctx)`` generator. Its module docstring is the user documentation shown by
``wirecheck rule CODE``; it has the sections What it does / Why / Example / Use instead.
Adding a rule means adding a module and one line in ``registry.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from wirecheck.model import Diagnostic, Severity, Story, _read_fields, _Record, _set


# Methods written out, as the model's are (see ``wirecheck.model``): every command defines
# this class, and ``tests/test_model.py`` holds it equal to what ``dataclass`` generates.
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class CheckOptions(_Record):
    """User settings the rules read (allowlists now; config keys later)."""

    allow: frozenset[str] = frozenset()
    reference_date: date | None = None
    # What "now" is for dates that cannot be after it (default: the current date).
    today: date | None = None

    def __init__(
        self,
        allow: frozenset[str] = frozenset(),
        reference_date: date | None = None,
        today: date | None = None,
    ) -> None:
        _set(self, "allow", allow)
        _set(self, "reference_date", reference_date)
        _set(self, "today", today)


_read_fields(CheckOptions)


class Context:
    """What a rule sees: the parsed story, the decoded input lines, the options.

    A plain class, read-only by convention (``memo`` excepted); ``Example`` and ``Rule``
    are NamedTuples. Every command creates these classes at start-up, where a dataclass
    costs ~0.5 ms (it compiles its methods), a NamedTuple a fifth of that, a plain class
    nothing. ``CheckOptions``, which users pass to ``parse``, stays a dataclass."""

    __slots__ = ("legacy", "lines", "memo", "open_end", "options", "story")

    def __init__(
        self,
        story: Story,
        lines: tuple[str, ...],
        options: CheckOptions | None = None,
        memo: dict[str, Any] | None = None,
        legacy: tuple[tuple[int, int], ...] = (),
        open_end: bool = False,
    ) -> None:
        self.story = story
        self.lines = lines
        self.options = CheckOptions() if options is None else options
        # Where UTF-8 input held bytes read as Windows-1252: (line, column) in ``lines``.
        self.legacy = legacy
        # The last of ``lines`` is the file's last and has no line ending: a file that
        # breaks off there may have been cut short mid-word (`his impre`).
        self.open_end = open_end
        # Facts about the story that several rules need (is it English?), worked out once.
        self.memo: dict[str, Any] = {} if memo is None else memo

    def __repr__(self) -> str:
        return f"Context(story={self.story!r}, lines={self.lines!r}, options={self.options!r})"

    def line_text(self, line: int) -> str:
        """The decoded input line ``line`` (1-based), without its newline."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


class Example(NamedTuple):
    """A text the rule must stay silent on (``good``) or must flag (``bad``)."""

    text: str
    good: bool


class Rule(NamedTuple):
    """A rule's identity. ``check`` yields its diagnostics for one story."""

    code: str
    name: str
    severity: Severity
    summary: str
    check: Callable[[Context], Iterator[Diagnostic]]
    doc: str
    examples: tuple[Example, ...] = ()
    fixable: bool = False

    def diagnostic(
        self,
        line: int,
        column: int,
        end_column: int,
        message: str,
        suggestions: tuple[str, ...] = (),
        end_line: int | None = None,
    ) -> Diagnostic:
        """Build a diagnostic of this rule (positions 1-based, end exclusive)."""
        return Diagnostic(
            code=self.code,
            rule=self.name,
            severity=self.severity,
            line=line,
            column=column,
            end_line=line if end_line is None else end_line,
            end_column=end_column,
            message=message,
            suggestions=suggestions,
        )
