"""The human report of ``wirecheck check``: each finding with its source line marked.

``rich`` is imported only here, inside ``text_report``, so that the commands and formats
that do not need it start fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO, cast

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
        ),
        # One line however long: an editor or a script matches `path:line:col:` lines, and
        # the terminal folds what does not fit without a newline in the text.
        soft_wrap=True,
    )
    number = str(d.line)
    gutter = " " * len(number)
    end = d.end_column - 1 if d.end_line == d.line else len(source)
    room = max(console.width - len(number) - 5, 20)
    # Clipped first, then made visible (which keeps the length): a long line with many
    # findings is not made visible whole once per finding.
    text, start, stop = window(source, d.column - 1, end, room)
    text = visible(text)
    pad = cell_len(text[:start]) + max(start - len(text), 0)
    carets = "^" * max(cell_len(text[start:stop]), 1)
    console.print(Text.assemble(f" {number} │ ", text))
    console.print(Text.assemble(f" {gutter} │ ", " " * pad, (carets, style)))
    if d.suggestions:
        console.print(
            Text.assemble(f" {gutter} = ", (_help(d.suggestions), "bold")), soft_wrap=True
        )
    console.print()


def console_for(stream: TextIO, color: bool | None) -> Console:
    """A rich console writing to ``stream``: colour when it is a terminal (and
    ``NO_COLOR`` is unset), or as ``color`` forces (``--color always|never``)."""
    from rich.console import Console

    if color is None:
        return Console(file=stream, highlight=False)
    if color:
        return Console(file=stream, highlight=False, force_terminal=True, no_color=False)
    return Console(file=stream, highlight=False, color_system=None)


def text_report(reports: Iterable[FileReport], out: Output) -> None:
    """Each diagnostic as ``path:line:col: severity CODE message``, its source line with
    the span marked ``^^^`` and the suggestion as ``help:``, then a summary line."""
    from rich.text import Text

    console = console_for(out.stream, out.color)
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
    if out.quiet:
        return
    if tally.errors:
        style = "bold red"
    elif tally.warnings:
        style = "bold yellow"
    else:
        style = "bold green"
    console.print(Text(tally.sentence(), style=style))


# Below this many inputs a run is over before a progress bar would help.
PROGRESS_MIN_INPUTS = 20
# Redraw the bar at most this often (seconds): drawing is slower than parsing a story.
_REFRESH = 0.1


@contextmanager
def progress(total: int, label: str, stream: TextIO) -> Iterator[tuple[Callable[[], None], TextIO]]:
    """A progress bar on stderr while a run goes on, cleared at the end.

    Yields ``(advance, stream)``: call ``advance`` after each input, and write the report
    to the stream given back, which is ``stream`` itself unless it is a terminal too; then
    its lines go above the bar instead of through it. No refresh thread runs (worker
    processes may be forked meanwhile): the bar is redrawn as inputs are done.
    """
    import time

    from rich.console import Console
    from rich.file_proxy import FileProxy
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    with bar:
        task = bar.add_task(label, total=total)
        drawn = 0.0

        def advance() -> None:
            nonlocal drawn
            bar.advance(task)
            now = time.monotonic()
            if now - drawn >= _REFRESH:
                bar.refresh()
                drawn = now

        shown = cast(TextIO, FileProxy(bar.console, stream)) if stream.isatty() else stream
        try:
            yield advance, shown
        finally:
            shown.flush()
