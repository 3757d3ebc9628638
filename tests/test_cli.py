"""The command line: inputs, formats, exit codes and errors, through click and a real process.

Diagnostics come from two stand-in rules (``fake_rules``) so that these tests pin the CLI's
behaviour, not the wording of the real rules, which have their own tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from wirecheck import __version__
from wirecheck.cli import cli
from wirecheck.model import Diagnostic
from wirecheck.output.terminal import window
from wirecheck.rules import registry
from wirecheck.rules.base import Context, Rule

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/upi-diaz-canel-moscow.txt"

STORY = """Senate passes budget after long standoff

By Jane Doe

WASHINGTON (AP) -- The Senate passed the budget bill on Tuesday after a long debate over \
spending and taxes.

Senators from both parties said the vote ended a months-long standoff over the budget.
"""


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # Under GitHub Actions `check` defaults to annotations; these tests pin the defaults
    # elsewhere. No configuration file of the surroundings applies either.
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setattr("wirecheck.config.find", lambda start=None: None)


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def write(tmp_path: Path, name: str, text: str = STORY, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def _flagging(word: str, code: str, name: str, severity: str) -> Rule:
    """A stand-in rule flagging ``word`` wherever it occurs, unless the user allows it."""

    def check(ctx: Context) -> Iterator[Diagnostic]:
        if word in ctx.options.allow:
            return
        for number, line in enumerate(ctx.lines, start=1):
            for found in re.finditer(rf"\b{word}\b", line):
                yield rule.diagnostic(
                    number,
                    found.start() + 1,
                    found.end() + 1,
                    f"found `{word}`",
                    (word.upper(),),
                )

    rule = Rule(
        code=code,
        name=name,
        severity=severity,  # type: ignore[arg-type]
        summary=f"Flags {word}.",
        check=check,
        doc=f"What it does\n    Flags {word}.\n\nWhy\n    For the tests.\n",
        fixable=severity == "error",
    )
    return rule


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> tuple[Rule, ...]:
    rules = (
        _flagging("zzerror", "WC991", "fake-error", "error"),
        _flagging("zzwarn", "WC992", "fake-warning", "warning"),
    )
    monkeypatch.setattr(registry, "all_rules", lambda: rules)
    return rules


# -- parse ---------------------------------------------------------------------------------


def test_parse_one_file_prints_one_json_object(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt")
    result = run("parse", path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 1  # one line: stdout is not a terminal
    story = json.loads(result.stdout)
    assert story["schema"] == "wirecheck.story/1"
    assert story["source"]["path"] == path
    assert story["source"]["encoding"] == "utf-8"
    assert result.stderr == ""


def test_parse_reads_stdin_without_argument_and_with_dash() -> None:
    for args in (["parse"], ["parse", "-"]):
        result = run(*args, stdin=STORY.encode())
        assert result.exit_code == 0, result.stderr
        story = json.loads(result.stdout)
        assert story["source"]["path"] is None
        assert story["headline"] == "Senate passes budget after long standoff"


def test_parse_several_files_gives_json_lines_in_input_order(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"s{i}.txt", STORY.replace("Senate", f"Senate{i}")) for i in (3, 1, 2)]
    result = run("parse", *paths)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == paths


def test_parse_missing_file_is_one_stderr_line_and_the_rest_still_runs(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt")
    missing = str(tmp_path / "missing.txt")
    result = run("parse", missing, good)
    assert result.exit_code == 2
    assert result.stderr == f"wirecheck: {missing}: no such file or directory\n"
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [good]


@pytest.mark.parametrize("command", ["parse", "check"])
def test_an_empty_folder_gives_nothing_and_says_so(tmp_path: Path, command: str) -> None:
    # a mistyped path must not pass a check in silence; nothing failed, so the status is 0
    result = run(command, str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (
        f"wirecheck: {tmp_path}: no stories found (no file matching *.txt *.md *.text)\n"
    )


def test_parse_binary_file_is_not_text(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    good = write(tmp_path, "good.txt")
    result = run("parse", str(image), good)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"wirecheck: {image}: not text")
    assert result.stderr.count("\n") == 1
    assert json.loads(result.stdout)["source"]["path"] == good


@pytest.mark.parametrize(
    ("encoding", "recorded"),
    [("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")],
)
def test_parse_legacy_and_utf16_files(tmp_path: Path, encoding: str, recorded: str) -> None:
    text = STORY.replace("long debate", "long \u201cdebate\u201d in the caf\u00e9")
    path = write(tmp_path, "story.txt", text, encoding)
    story = json.loads(run("parse", path).stdout)
    assert story["source"]["encoding"] == recorded
    assert any("\u201cdebate\u201d in the caf\u00e9" in p for p in story["body"])


def test_parse_format_text_is_the_clean_story(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt")
    story = json.loads(run("parse", path).stdout)
    result = run("parse", "--format", "text", path)
    assert result.exit_code == 0
    body = list(story["body"])
    if story["dateline"]:
        body[0] = f"{story['dateline']['raw']} {body[0]}"
    blocks = [story["headline"], story["byline"] and story["byline"]["raw"], *body]
    assert result.stdout == "\n\n".join(b for b in blocks if b) + "\n"


def test_parse_no_check_skips_the_rules(tmp_path: Path, fake_rules: tuple[Rule, ...]) -> None:
    path = write(tmp_path, "story.txt", STORY + "\nA zzerror here.\n")
    checked = json.loads(run("parse", path).stdout)
    assert [d["code"] for d in checked["diagnostics"]] == ["WC991"]
    unchecked = json.loads(run("parse", "--no-check", path).stdout)
    assert unchecked["diagnostics"] == []


@pytest.mark.parametrize("value", ["2020-13-01", "yesterday", "2020-1-1", "20200101"])
def test_bad_reference_date_is_a_usage_error(value: str) -> None:
    for command in ("parse", "check"):
        result = run(command, "--reference-date", value, "-", stdin=b"x")
        assert result.exit_code == 2
        assert "YYYY-MM-DD" in result.stderr
        assert "Traceback" not in result.stderr


def test_reference_date_is_accepted() -> None:
    result = run("parse", "--reference-date", "2018-11-03", "-", stdin=STORY.encode())
    assert result.exit_code == 0


def test_bare_command_on_a_terminal_asks_for_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirecheck import runner

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    with pytest.raises(runner.Problem, match="no input") as raised:
        runner.inputs(())
    assert raised.value.usage  # shown by click with the usage line
    assert runner.inputs(("-",)) == ("-",)
    from wirecheck.cli import _problems

    with pytest.raises(click.UsageError, match="no input"), _problems():
        runner.inputs(())


# -- check ---------------------------------------------------------------------------------


def test_check_exit_codes(tmp_path: Path, fake_rules: tuple[Rule, ...]) -> None:
    clean = write(tmp_path, "clean.txt")
    error = write(tmp_path, "error.txt", STORY + "\nThe zzerror was here.\n")
    warning = write(tmp_path, "warning.txt", STORY + "\nThe zzwarn was here.\n")
    assert run("check", clean).exit_code == 0
    assert run("check", error).exit_code == 1
    assert run("check", warning).exit_code == 0
    assert run("check", "--strict", warning).exit_code == 1
    assert run("check", "--strict", clean).exit_code == 0
    missing = run("check", error, str(tmp_path / "missing.txt"))
    assert missing.exit_code == 2  # an input error wins over findings
    assert f"{error}:" in missing.stdout  # the readable file was still checked


def test_check_concise_is_the_default_off_a_terminal(
    tmp_path: Path, fake_rules: tuple[Rule, ...]
) -> None:
    path = write(tmp_path, "story.txt", STORY + "\nThe zzerror and zzwarn.\n")
    result = run("check", path)
    line = len(STORY.splitlines()) + 2
    assert result.stdout == (
        f"{path}:{line}:5: WC991 found `zzerror`\n{path}:{line}:17: WC992 found `zzwarn`\n"
    )
    assert run("check", "--format", "concise", path).stdout == result.stdout


def test_check_stdin_path_is_dash(fake_rules: tuple[Rule, ...]) -> None:
    result = run("check", "-", stdin=b"Headline\n\nThe zzerror is here.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("-:3:5: WC991 ")


def test_check_text_report_marks_the_span(tmp_path: Path, fake_rules: tuple[Rule, ...]) -> None:
    path = write(tmp_path, "story.txt", STORY + "\nThe zzerror was here.\n")
    result = run("check", "--format", "text", path)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    header = next(i for i, text in enumerate(lines) if text.startswith(f"{path}:"))
    assert lines[header].endswith("error WC991 found `zzerror`")
    source, carets = lines[header + 1], lines[header + 2]
    assert source.endswith("The zzerror was here.")
    assert carets.index("^") == source.index("zzerror")
    assert carets.strip().endswith("^^^^^^^")
    assert carets.count("^") == len("zzerror")
    assert lines[header + 3].strip() == "= help: ZZERROR"
    assert lines[-1] == "Found 1 error in 1 file."


def test_check_text_reports_header_is_one_line_on_a_narrow_terminal(
    tmp_path: Path, fake_rules: tuple[Rule, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An editor or a script matches `path:line:col:` lines: the header is never broken,
    # however narrow the terminal (the terminal itself folds what does not fit).
    monkeypatch.setenv("COLUMNS", "40")
    path = write(tmp_path, "a-story-with-a-long-file-name.txt", STORY + "\nThe zzerror.\n")
    result = run("check", "--format", "text", "--color", "always", path)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    header = next(line for line in plain.splitlines() if f"{path}:" in line)
    assert header.endswith("error WC991 found `zzerror`")


def test_check_text_report_all_clear(tmp_path: Path, fake_rules: tuple[Rule, ...]) -> None:
    result = run("check", "--format", "text", write(tmp_path, "story.txt"))
    assert (result.exit_code, result.stdout) == (0, "All checks passed.\n")


def test_check_json_lists_every_file_with_a_summary(
    tmp_path: Path, fake_rules: tuple[Rule, ...]
) -> None:
    clean = write(tmp_path, "clean.txt")
    dirty = write(tmp_path, "dirty.txt", STORY + "\nzzerror zzwarn zzwarn\n")
    result = run("check", "--format", "json", clean, dirty)
    report = json.loads(result.stdout)
    assert [f["path"] for f in report["files"]] == [clean, dirty]
    assert report["files"][0]["diagnostics"] == []
    assert [d["code"] for d in report["files"][1]["diagnostics"]] == ["WC991", "WC992", "WC992"]
    assert report["summary"] == {
        "files": 2,
        "files_with_diagnostics": 1,
        "errors": 1,
        "warnings": 2,
        "infos": 0,
    }


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        ([], ["WC991", "WC992"]),
        (["--select", "WC991"], ["WC991"]),
        (["--select", "wc992"], ["WC992"]),
        (["--select", "WC991,WC992"], ["WC991", "WC992"]),
        (["--select", "WC99", "--ignore", "WC991"], ["WC992"]),
        (["--ignore", "WC991", "--ignore", "WC992"], []),
        (["--ignore", "WC9"], []),
    ],
)
def test_check_select_and_ignore(
    tmp_path: Path, fake_rules: tuple[Rule, ...], options: list[str], codes: list[str]
) -> None:
    path = write(tmp_path, "story.txt", STORY + "\nzzerror zzwarn\n")
    result = run("check", "--format", "json", *options, path)
    assert [d["code"] for d in json.loads(result.stdout)["files"][0]["diagnostics"]] == codes


@pytest.mark.parametrize("code", ["XY1", "WC1234", "WC99x", "WC998"])
def test_check_bad_rule_codes_are_usage_errors(fake_rules: tuple[Rule, ...], code: str) -> None:
    result = run("check", "--select", code, "-", stdin=b"x")
    assert result.exit_code == 2
    assert code.upper() in result.stderr


def test_check_allow_and_allow_file(tmp_path: Path, fake_rules: tuple[Rule, ...]) -> None:
    path = write(tmp_path, "story.txt", STORY + "\nzzerror\n")
    assert run("check", "--allow", "zzerror", path).exit_code == 0
    assert run("check", "--allow", "ZZERROR", path).exit_code == 1  # case-sensitive
    words = tmp_path / "words.txt"
    words.write_text("# names we use\n\nStorchak\n  zzerror  \n")
    assert run("check", "--allow-file", str(words), path).exit_code == 0
    commented = tmp_path / "commented.txt"
    commented.write_text("# zzerror\n")
    assert run("check", "--allow-file", str(commented), path).exit_code == 1


def test_check_missing_allow_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", "--allow-file", str(tmp_path / "nope.txt"), "-", stdin=b"x")
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr


def test_a_crashing_rule_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(ctx: Context) -> Iterator[Diagnostic]:
        raise RuntimeError("boom")

    broken = Rule("WC993", "broken", "error", "Crashes.", crash, "What it does\n    Crashes.")
    monkeypatch.setattr(registry, "all_rules", lambda: (broken,))
    good = write(tmp_path, "story.txt")
    result = run("check", good)
    assert result.exit_code == 2
    assert result.stderr == (
        f"wirecheck: {good}: internal error (RuntimeError: boom); please report it\n"
    )


def test_seed_misspelling_is_an_error_at_35_96() -> None:
    if registry.find_rule("WC101") is None:
        pytest.skip("the WC101 known-misspelling rule is not in this tree yet")
    result = CliRunner().invoke(cli, ["check", "--select", "WC101", str(ROOT / SEED)])
    assert result.exit_code == 1
    assert f"{ROOT / SEED}:35:96: WC101 " in result.stdout
    assert "disolved" in result.stdout


# -- rules and rule ------------------------------------------------------------------------


def test_rules_lists_every_rule(fake_rules: tuple[Rule, ...]) -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "WC991  fake-error    error    Flags zzerror.",
        "WC992  fake-warning  warning  Flags zzwarn.",
    ]


def test_rules_lists_the_real_registry() -> None:
    result = run("rules")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == [r.code for r in registry.all_rules()]


def test_rule_explains_one(fake_rules: tuple[Rule, ...]) -> None:
    result = run("rule", "wc991")
    assert result.exit_code == 0
    assert result.stdout == (
        "WC991 fake-error: Flags zzerror.\n"
        "Severity: error\n"
        "Fixable: a suggested fix, left to a person (`wirecheck fix` does not apply it)\n"
        "\n"
        "What it does\n    Flags zzerror.\n\nWhy\n    For the tests.\n"
    )


def test_rule_keeps_the_title_line_of_its_doc(
    fake_rules: tuple[Rule, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = "WC991 fake-error: a made-up rule.\n\nWhat it does\n    Flags.\n"
    titled = fake_rules[0]._replace(doc=doc)
    monkeypatch.setattr(registry, "all_rules", lambda: (titled,))
    result = run("rule", "WC991")
    assert result.stdout.splitlines()[:4] == [
        "WC991 fake-error: a made-up rule.",
        "Severity: error",
        "Fixable: a suggested fix, left to a person (`wirecheck fix` does not apply it)",
        "",
    ]
    assert result.stdout.count("WC991") == 1


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("WC101", "Fixable: yes, by `wirecheck fix`"),
        ("WC401", "Fixable: a suggested fix, left to a person (`wirecheck fix` does not apply it)"),
        ("WC201", "Fixable: no"),
    ],
)
def test_rule_says_whether_fix_applies_its_fixes(code: str, says: str) -> None:
    assert says in run("rule", code).stdout.splitlines()


def test_unknown_rule_code(fake_rules: tuple[Rule, ...]) -> None:
    result = run("rule", "WC999")
    assert result.exit_code == 2
    assert result.stderr == "wirecheck: unknown rule code 'WC999'; `wirecheck rules` lists them\n"


# -- help, version, the real program -------------------------------------------------------


def test_every_help_ends_with_an_example() -> None:
    assert isinstance(cli, click.Group)
    for args in ([], *([name] for name in cli.commands)):
        result = run(*args, "--help")
        assert result.exit_code == 0
        lines = result.stdout.rstrip().splitlines()
        example = max(i for i, line in enumerate(lines) if line.strip().startswith("Example"))
        assert lines[example + 1 :], args
        assert all("wirecheck " in line for line in lines[example + 1 :]), args


def test_version() -> None:
    assert run("--version").stdout == f"wirecheck {__version__}\n"


@pytest.mark.parametrize("command", ["parse", "check", "fix"])
def test_jobs_must_be_positive(command: str) -> None:
    result = run(command, "--jobs", "0", "-", stdin=b"x")
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_stdin_and_stdout_everywhere(fake_rules: tuple[Rule, ...]) -> None:
    story = (STORY + "\nThe zzerror was here.\n").encode()
    assert json.loads(run("parse", "-", stdin=story).stdout)["source"]["path"] is None
    assert run("check", "-", stdin=story).stdout.startswith("-:")
    assert run("fix", "-", stdin=story).stdout == story.decode()


def test_window_keeps_the_span_in_view() -> None:
    line = "x" * 100 + " target " + "y" * 100
    text, start, end = window(line, 101, 107, 40)
    assert len(text) == 40
    assert text[start:end] == "target"
    assert text.startswith("…") and text.endswith("…")
    assert window("short", 0, 5, 40) == ("short", 0, 5)
    assert window("abc", 1, 1, 40) == ("abc", 1, 2)  # an empty span still gets a caret


def test_python_dash_m_runs_the_real_program(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt")
    missing = str(tmp_path / "missing.txt")
    done = subprocess.run(
        [sys.executable, "-m", "wirecheck", "parse", good, missing],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert json.loads(done.stdout)["source"]["path"] == good
    assert done.stderr == f"wirecheck: {missing}: no such file or directory\n"


def _unreadable(monkeypatch: pytest.MonkeyPatch, locked: str) -> None:
    """Make ``locked`` unreadable as a non-root user finds it (root reads every file)."""
    import builtins
    import os

    real_open, real_access, real_scandir = builtins.open, os.access, os.scandir
    real_listdir = os.listdir

    def deny(path: object, *args: object, **kwargs: object) -> object:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    def scandir(path: str = ".") -> object:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", deny)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", lambda path=".": scandir(path) and real_listdir(path))
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == locked else real_access(p, mode)
    )


@pytest.mark.parametrize("command", [["check", "--format", "concise"], ["parse", "--no-check"]])
def test_an_unreadable_input_is_one_line_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    good = write(tmp_path, "good.txt", STORY.replace("passed", "pased", 1))
    locked = write(tmp_path, "locked.txt")
    _unreadable(monkeypatch, locked)
    result = run(*command, good, locked)
    assert result.exit_code == 2
    assert result.stderr == f"wirecheck: {locked}: permission denied\n"
    assert "Usage:" not in result.output
    assert "pased" in result.stdout  # the readable input was still read


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "ok.txt")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "story.txt", STORY.replace("passed", "pased", 1))
    locked = str(tmp_path / "sub")
    _unreadable(monkeypatch, locked)
    result = run("check", "--format", "concise", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"wirecheck: {locked}: cannot list the folder: permission denied\n"
