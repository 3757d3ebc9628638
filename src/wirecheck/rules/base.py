"""What every rule shares: its metadata, the context it checks, and how it reports.

A rule is a module in this package that defines a ``RULE = Rule(...)`` object and a
``check(ctx)`` generator. Its module docstring is the user documentation shown by
``wirecheck rule CODE``; it has the sections What it does / Why / Example / Use instead.
Adding a rule means adding a module and one line in ``registry.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from wirecheck.model import Diagnostic, Severity, Story


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """User settings the rules read (allowlists now; config keys later)."""

    allow: frozenset[str] = frozenset()
    reference_date: date | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule sees: the parsed story, the decoded input lines, the options."""

    story: Story
    lines: tuple[str, ...]
    options: CheckOptions = field(default_factory=CheckOptions)
    # Facts about the story that several rules need (is it English?), worked out once.
    memo: dict[str, Any] = field(default_factory=dict, compare=False)

    def line_text(self, line: int) -> str:
        """The decoded input line ``line`` (1-based), without its newline."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""


class Example(NamedTuple):
    """A text the rule must stay silent on (``good``) or must flag (``bad``).

    A NamedTuple, as are the other plain records of the rules: defining a dataclass costs
    ~0.5 ms of start-up, a NamedTuple a fifth of that."""

    text: str
    good: bool


@dataclass(frozen=True, slots=True)
class Rule:
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
