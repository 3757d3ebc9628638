"""The human report of ``wirecheck check``: each finding with its source line marked.

``rich`` is imported only here, inside ``text_report``, so that the commands and formats
that do not need it start fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from wirecheck.model import Diagnostic
from wirecheck.output.base import FileReport, Output, Tally, visible

if TYPE_CHECKING:
    from rich.console import Console

_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}

ELLIPSIS = "…"


def window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """Clip ``line`` to ``width`` characters keeping ``line[start:end]`` in view.

    Returns the clipped text (``…`` where it was cut) and the span's start and end in it.
    The span gets a third of the spare room before it and the rest after.
    """
    end = max(end, start + 1)
    if len(line) <= width:
        return line, start, end
    left = max(0, start - max(width - (end - start), 0) // 3)
    right = min(len(line), left + width)
    left = max(0, right - width)
    text = line[left:right]
    if left:
        text = ELLIPSIS + text[1:]
    if right < len(line):
        text = text[:-1] + ELLIPSIS
    return text, start - left, min(end, right) - left


def _help(suggestions: tuple[str, ...]) -> str:
    shown = [s if s and s.strip() == s else repr(s) for s in suggestions]
    return "help: " + ", ".join(shown)


def _print_diagnostic(console: Console, path: str, d: Diagnostic, source: str) -> None:
    from rich.cells import cell_len
    from rich.text import Text

    style = _STYLES.get(d.severity, "bold")
    console.print(
        Text.assemble(
            (f"{path}:{d.line}:{d.column}:", "bold"),
            " ",
            (d.severity, style),
            " ",
            (d.code, "bold"),
            " ",
            visible(d.message),
        )
    )
    number = str(d.line)
    gutter = " " * len(number)
    end = d.end_column - 1 if d.end_line == d.line else len(source)
    room = max(console.width - len(number) - 5, 20)
    text, start, stop = window(visible(source), d.column - 1, end, room)
    pad = cell_len(text[:start]) + max(start - len(text), 0)
    carets = "^" * max(cell_len(text[start:stop]), 1)
    console.print(Text.assemble(f" {number} │ ", text))
    console.print(Text.assemble(f" {gutter} │ ", " " * pad, (carets, style)))
    if d.suggestions:
        console.print(Text.assemble(f" {gutter} = ", (_help(d.suggestions), "bold")))
    console.print()


def text_report(reports: Iterable[FileReport], out: Output) -> None:
    """Each diagnostic as ``path:line:col: severity CODE message``, its source line with
    the span marked ``^^^`` and the suggestion as ``help:``, then a summary line."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out.stream, highlight=False)
    # Off a terminal nothing should re-wrap the lines a program or a log will read.
    console.soft_wrap = not console.is_terminal
    tally = Tally()
    for report in reports:
        tally.add(report)
        if not report.story.diagnostics:
            continue
        lines = report.source_lines()
        for d in report.story.diagnostics:
            source = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
            _print_diagnostic(console, report.path, d, source)
    if tally.errors:
        style = "bold red"
    elif tally.warnings:
        style = "bold yellow"
    else:
        style = "bold green"
    console.print(Text(tally.sentence(), style=style))
