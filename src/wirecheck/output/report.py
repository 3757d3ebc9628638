"""Machine-readable formats of ``wirecheck check``: small functions over the file results.

A new format is one function here, taking the results and an ``Output``, and one entry in
``wirecheck.output.REPORT_FORMATS``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wirecheck.output.base import FileReport, Output, Tally, visible


def concise(reports: Iterable[FileReport], out: Output) -> None:
    """``path:line:col: CODE message``, one line a diagnostic, for editors and grep."""
    for report in reports:
        for d in report.story.diagnostics:
            message = visible(d.message)
            out.stream.write(f"{report.path}:{d.line}:{d.column}: {d.code} {message}\n")


def json_report(reports: Iterable[FileReport], out: Output) -> None:
    """Every file checked, with its diagnostics, and a summary of the counts."""
    tally = Tally()
    files: list[dict[str, Any]] = []
    for report in reports:
        tally.add(report)
        files.append(
            {
                "path": report.path,
                "diagnostics": [d.to_dict() for d in report.story.diagnostics],
            }
        )
    out.write_json({"files": files, "summary": tally.to_dict()}, indent=out.terminal)
