"""SARIF 2.1.0 output (``wirecheck check --format sarif``) for code-scanning tools.

One log with one run: the tool (``wirecheck``, its version, and every rule with its
summary, the "What it does" paragraph, its whole documentation as help text and its
default level) and a result per diagnostic, located by 1-based line and column counted in
Unicode code points (``columnKind``), end column exclusive as in the JSON report. A
diagnostic with one suggestion from a fixable rule carries it as a SARIF fix. The tests
validate this output against the official OASIS schema (``tests/data``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from wirecheck.model import Diagnostic
from wirecheck.output.base import FileReport, Output, explain

if TYPE_CHECKING:
    from wirecheck.rules.base import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_CATEGORIES = {
    "WC1": "spelling",
    "WC2": "dateline",
    "WC3": "structure",
    "WC4": "copy",
    "WC5": "encoding",
}


def _uri(path: str) -> str:
    """A file's URI: relative paths stay relative (to where wirecheck ran), in ``/``
    form and percent-encoded; absolute ones become ``file://`` URIs."""
    from pathlib import Path
    from urllib.parse import quote

    if os.path.isabs(path):
        return Path(path).as_uri()
    # Bytes: a name that is not UTF-8 (its bad bytes held as lone surrogates) is
    # percent-encoded byte for byte, as a URI holds it.
    return quote(os.fsencode(path.replace(os.sep, "/")))


def _what_it_does(body: str) -> str:
    """The "What it does" section of a rule's doc as one paragraph."""
    lines = body.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "What it does")
    except StopIteration:
        return ""
    section: list[str] = []
    for line in lines[start + 1 :]:
        if line.strip() and not line.startswith((" ", "\t")):
            break
        section.append(line.strip())
    return " ".join(" ".join(section).split())


def _descriptor(rule: Rule) -> dict[str, Any]:
    title, body = explain(rule)
    help_text = f"{title}\n\n{body}" if body else title
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {
            "tags": [_CATEGORIES.get(rule.code[:3], "other")],
            "fixable": rule.fixable,
        },
    }
    full = _what_it_does(body)
    if full:
        descriptor["fullDescription"] = {"text": full}
    return descriptor


def _region(d: Diagnostic) -> dict[str, int]:
    return {
        "startLine": d.line,
        "startColumn": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
    }


def _result(path: str, d: Diagnostic, index: int | None, rule: Rule | None) -> dict[str, Any]:
    location = {"uri": _uri(path)}
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": _LEVELS.get(d.severity, "warning"),
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": _region(d)}}],
    }
    if index is not None:
        result["ruleIndex"] = index
    if rule is not None and rule.fixable and len(d.suggestions) == 1:
        result["fixes"] = [
            {
                "description": {"text": f"Replace with `{d.suggestions[0]}`"},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {
                                "deletedRegion": _region(d),
                                "insertedContent": {"text": d.suggestions[0]},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def sarif(reports: Iterable[FileReport], out: Output) -> None:
    """A SARIF 2.1.0 log of every diagnostic, with the rules' metadata and help."""
    from wirecheck import __version__
    from wirecheck.rules.registry import all_rules

    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = [
        _result(
            report.path,
            d,
            index.get(d.code),
            rules[index[d.code]] if d.code in index else None,
        )
        for report in reports
        for d in report.story.diagnostics
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "wirecheck",
                        "version": __version__,
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    out.write_json(log, indent=out.terminal)
