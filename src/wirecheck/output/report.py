"""Machine-readable formats of ``wirecheck check``: small functions over the file results.

A new format is one function here, taking the results and an ``Output``, and one entry in
``wirecheck.output.REPORT_FORMATS``. Each writes as the results come, so a run over many
files holds one file's story at a time.
"""

from __future__ import annotations

from collections.abc import Iterable

from wirecheck.model import Diagnostic
from wirecheck.output.base import FileReport, Output, Tally, visible


def concise(reports: Iterable[FileReport], out: Output) -> None:
    """``path:line:col: CODE message``, one line a diagnostic, for editors and grep."""
    for report in reports:
        for d in report.story.diagnostics:
            message = visible(d.message)
            out.stream.write(f"{report.path}:{d.line}:{d.column}: {d.code} {message}\n")


def json_report(reports: Iterable[FileReport], out: Output) -> None:
    """Every file checked, with its diagnostics, and a summary of the counts:
    ``{"files": [{"path", "diagnostics"}], "summary": {...}}``, indented on a terminal.

    Written file by file (the same text ``json.dumps`` gives for the whole), so memory
    does not grow with the number of files."""
    tally = Tally()
    indent = out.terminal
    out.stream.write('{\n  "files": [' if indent else '{"files": [')
    for report in reports:
        entry = {
            "path": report.path,
            "diagnostics": [d.to_dict() for d in report.story.diagnostics],
        }
        text = out.dumps(entry, indent=indent)
        if indent:
            text = "\n" + "\n".join("    " + line for line in text.splitlines())
        separator = ("," if indent else ", ") if tally.files else ""
        out.stream.write(separator + text)
        tally.add(report)
    summary = out.dumps(tally.to_dict(), indent=indent)
    if indent:
        close = "\n  ]" if tally.files else "]"
        nested = summary.replace("\n", "\n  ")
        out.stream.write(f'{close},\n  "summary": {nested}\n}}\n')
    else:
        out.stream.write(f'], "summary": {summary}}}\n')


def jsonl(reports: Iterable[FileReport], out: Output) -> None:
    """JSON Lines: one diagnostic a line, its file's ``path`` first, for pipelines."""
    for report in reports:
        for d in report.story.diagnostics:
            out.stream.write(out.dumps({"path": report.path, **d.to_dict()}) + "\n")


# GitHub workflow commands escape these in values and, in properties, also `:` and `,`.
_DATA_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _annotation(path: str, d: Diagnostic) -> str:
    fields = [f"file={path}"] if path != "-" else []
    fields += [f"line={d.line}"]
    # GitHub takes columns only for a span on one line.
    if d.end_line == d.line:
        fields += [f"col={d.column}", f"endLine={d.end_line}", f"endColumn={d.end_column}"]
    else:
        fields += [f"endLine={d.end_line}"]
    fields += [f"title={d.code}"]
    props = ",".join(
        f"{key}={value.translate(_PROPERTY_ESCAPES)}"
        for key, value in (field.split("=", 1) for field in fields)
    )
    message = d.message
    if d.suggestions:
        message += " (help: " + ", ".join(d.suggestions) + ")"
    level = _GITHUB_LEVELS.get(d.severity, "error")
    return f"::{level} {props}::{message.translate(_DATA_ESCAPES)}"


def github(reports: Iterable[FileReport], out: Output) -> None:
    """GitHub Actions workflow commands: ``::error file=...,line=...,col=...,endLine=...,
    endColumn=...,title=CODE::message``; warnings as ``::warning``, info as ``::notice``.
    GitHub shows them on the lines of the pull request."""
    for report in reports:
        for d in report.story.diagnostics:
            out.stream.write(_annotation(report.path, d) + "\n")
