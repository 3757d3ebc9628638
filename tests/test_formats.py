"""The report formats of ``wirecheck check``: SARIF against the official schema, GitHub
annotations, JSON and JSON Lines, --output, --color, --quiet."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from wirecheck import parse
from wirecheck.cli import cli
from wirecheck.model import Diagnostic
from wirecheck.output import REPORT_FORMATS, FileReport, Output
from wirecheck.output.report import github, json_report
from wirecheck.output.terminal import console_for
from wirecheck.rules.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/upi-diaz-canel-moscow.txt"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def check(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner(env=env).invoke(cli, ["check", "--isolated", *args], catch_exceptions=False)


# -- SARIF -----------------------------------------------------------------------------------


def sarif_of(*args: str) -> dict[str, Any]:
    result = check("--format", "sarif", *args)
    assert result.exit_code in (0, 1), result.stderr
    log: dict[str, Any] = json.loads(result.stdout)
    return log


def validate(log: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_sarif_of_the_seed_is_valid_and_has_the_typo_at_35_96() -> None:
    log = sarif_of(SEED)
    validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    typo = next(r for r in run["results"] if r["ruleId"] == "WC101")
    location = typo["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == SEED
    assert location["region"] == {
        "startLine": 35,
        "startColumn": 96,
        "endLine": 35,
        "endColumn": 104,
    }
    assert typo["level"] == "error"
    assert typo["message"]["text"] == "`disolved` is a known misspelling of `dissolved`"
    (fix,) = typo["fixes"]
    replacement = fix["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"] == {"text": "dissolved"}
    assert replacement["deletedRegion"] == location["region"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"WC304": "note", "WC402": "warning", "WC101": "error", "WC403": "warning"}


def test_sarif_rules_carry_metadata_and_the_rule_docs() -> None:
    run = sarif_of(SEED)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "wirecheck"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    wc101 = rules[[r["id"] for r in rules].index("WC101")]
    assert wc101["name"] == "known-misspelling"
    assert wc101["defaultConfiguration"] == {"level": "error"}
    assert wc101["shortDescription"]["text"].startswith("A word on the list")
    assert wc101["fullDescription"]["text"].startswith("Reports words found on a list")
    assert "Use instead" in wc101["help"]["text"]
    assert wc101["properties"] == {"tags": ["spelling"], "fixable": True}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_of_many_files_absolute_paths_and_none(tmp_path: Path) -> None:
    story = tmp_path / "a story.txt"
    story.write_text("Storm hits\n\nMIAMI (AP) -- The town recieved\u00a0little warning .\n")
    log = sarif_of(str(story), SEED)
    validate(log)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {story.as_uri(), SEED}
    assert "%20" in story.as_uri()
    (tmp_path / "none").mkdir()
    empty = sarif_of(str(tmp_path / "none"))
    validate(empty)
    assert empty["runs"][0]["results"] == []


def test_sarif_of_every_real_fixture_is_valid() -> None:
    log = sarif_of("fixtures/")
    validate(log)
    assert len(log["runs"][0]["results"]) > 10


# -- GitHub annotations --------------------------------------------------------------------


def test_github_annotation_for_the_seed_typo() -> None:
    result = check("--format", "github", SEED)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        "::error file=fixtures/upi-diaz-canel-moscow.txt,line=35,col=96,endLine=35,"
        "endColumn=104,title=WC101::`disolved` is a known misspelling of `dissolved` "
        "(help: dissolved)"
    ) in lines
    assert [line.split(" ")[0] for line in lines] == [
        "::notice",
        "::warning",
        "::error",
        "::warning",
    ]


def test_github_is_the_default_under_github_actions() -> None:
    auto = check(SEED, env={"GITHUB_ACTIONS": "true"})
    assert auto.stdout == check("--format", "github", SEED).stdout
    assert check("--format", "concise", SEED, env={"GITHUB_ACTIONS": "true"}).stdout.startswith(
        f"{SEED}:4:1: WC304"
    )


def test_github_escapes_and_multi_line_spans() -> None:
    story = parse(b"x\n", check=False)
    d = Diagnostic("WC999", "x", "warning", 2, 3, 4, 5, "50% off,\nnow: here")
    out = io.StringIO()
    github([FileReport(path="a,b:c%.txt", story=_with(story, d), data=b"")], Output(stream=out))
    assert out.getvalue() == (
        "::warning file=a%2Cb%3Ac%25.txt,line=2,endLine=4,title=WC999::50%25 off,%0Anow: here\n"
    )


def _with(story: Any, *diagnostics: Diagnostic) -> Any:
    from dataclasses import replace

    return replace(story, diagnostics=diagnostics)


# -- JSON and JSON Lines -----------------------------------------------------------------------


@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_is_exactly_json_dumps(terminal: bool, count: int) -> None:
    seed = parse((ROOT / SEED).read_bytes(), path=SEED)
    reports = [FileReport(path=f"s{i}.txt", story=seed, data=b"") for i in range(count)]
    out = io.StringIO()
    json_report(reports, Output(stream=out, terminal=terminal))
    whole = {
        "files": [
            {"path": r.path, "diagnostics": [d.to_dict() for d in seed.diagnostics]}
            for r in reports
        ],
        "summary": {
            "files": count,
            "files_with_diagnostics": count,
            "errors": count,
            "warnings": 2 * count,
            "infos": count,
        },
    }
    assert out.getvalue() == json.dumps(whole, indent=2 if terminal else None) + "\n"


def test_jsonl_is_one_diagnostic_a_line_with_its_path(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Storm hits coast\n\nMIAMI (AP) -- The town had little warning.\n")
    result = check("--format", "jsonl", "--select", "WC101", str(clean), SEED)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["path"], r["code"], r["line"], r["column"]) for r in rows] == [
        (SEED, "WC101", 35, 96)
    ]
    assert list(rows[0]) == [
        "path",
        "code",
        "rule",
        "severity",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "suggestions",
    ]


# -- where the report goes, and how it looks ----------------------------------------------------


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    result = check("--format", "sarif", "--output", str(target), SEED)
    assert (result.exit_code, result.stdout) == (1, "")
    validate(json.loads(target.read_text(encoding="utf-8")))
    dash = check("--format", "concise", "--output", "-", SEED)
    assert dash.stdout.startswith(f"{SEED}:4:1:")


def test_output_file_defaults_to_concise(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    check("--output", str(target), SEED)
    assert target.read_text().startswith(f"{SEED}:4:1: WC304 ")


def test_output_that_cannot_be_written_is_exit_2(tmp_path: Path) -> None:
    result = check("--output", str(tmp_path / "no" / "such" / "dir.txt"), SEED)
    assert result.exit_code == 2
    assert result.stderr.startswith("wirecheck: --output: ")


def test_color_always_never_and_auto() -> None:
    always = check("--format", "text", "--color", "always", SEED, env={"NO_COLOR": "1"})
    assert "\x1b[" in always.stdout
    never = check("--format", "text", "--color", "never", SEED)
    assert "\x1b[" not in never.stdout
    auto = check("--format", "text", SEED)  # not a terminal: plain
    assert "\x1b[" not in auto.stdout
    assert never.stdout == auto.stdout


def test_auto_color_respects_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert console_for(Terminal(), None).color_system is not None
    monkeypatch.setenv("NO_COLOR", "1")
    console = console_for(Terminal(), None)
    assert console.no_color
    assert not console_for(Terminal(), True).no_color
    assert console_for(Terminal(), False).color_system is None


def test_quiet_drops_the_summary_line() -> None:
    loud = check("--format", "text", SEED)
    quiet = check("--format", "text", "--quiet", SEED)
    assert loud.stdout.endswith("Found 1 error, 2 warnings, 1 info in 1 file.\n")
    assert quiet.stdout == loud.stdout.removesuffix(
        "Found 1 error, 2 warnings, 1 info in 1 file.\n"
    )


def test_every_report_format_handles_no_input_files(tmp_path: Path) -> None:
    for name in REPORT_FORMATS:
        result = check("--format", name, str(tmp_path))
        assert result.exit_code == 0, name


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif"])
def test_a_file_name_that_is_not_utf8_gives_valid_utf8_json(tmp_path: Path, fmt: str) -> None:
    """A name's bad bytes come in as lone surrogates: the JSON reports escape them (SARIF
    percent-encodes the URI), so the output decodes as UTF-8 and Python gets the name back."""
    import os
    import subprocess
    import sys

    name = os.fsdecode(b"story\xff.txt")
    (tmp_path / name).write_bytes(b"Ferry fares rise\n\nThe ferry is late. It disolved.\n")
    done = subprocess.run(
        [sys.executable, "-m", "wirecheck", "check", "--isolated", "--format", fmt, "."],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the typo is an error
    assert b"Traceback" not in done.stderr
    text = done.stdout.decode("utf-8")  # raises on a raw 0xFF
    first = json.loads(text.splitlines()[0] if fmt == "jsonl" else text)
    if fmt == "jsonl":
        assert os.fsencode(first["path"]).endswith(b"story\xff.txt")
    elif fmt == "json":
        assert os.fsencode(first["files"][0]["path"]).endswith(b"story\xff.txt")
    else:
        uri = first["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert uri["artifactLocation"]["uri"].endswith("story%FF.txt")
