"""The README is the user's first contact: keep it true to the program.

- the seed story's JSON and report shown there are exactly what ``wirecheck parse`` and
  ``wirecheck check`` print for it, and every field of the JSON is in the contract table;
- every command and every option of the command line is documented there;
- it starts with the set-up commands, and the test command CI runs is marked.

When the seed's output changes on purpose, regenerate the two README blocks from the
repository root: the JSON with ``wirecheck parse fixtures/upi-diaz-canel-moscow.txt`` on a
terminal (or piped through ``python -m json.tool --indent 2 --no-ensure-ascii``), the
report with ``COLUMNS=80 wirecheck check --format text fixtures/upi-diaz-canel-moscow.txt``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from wirecheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEED = "fixtures/upi-diaz-canel-moscow.txt"


def _block_after(marker: str) -> str:
    """The contents of the first fenced code block after ``<!-- marker -->``."""
    found = re.search(
        rf"<!-- {re.escape(marker)} -->\s*```[\w-]*\n(.*?)^```", README, re.DOTALL | re.MULTILINE
    )
    assert found, f"README.md has no fenced block after <!-- {marker} -->"
    return found.group(1)


def test_readme_seed_json_is_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    # The seed's dateline year comes from the weekday it names ("met Friday"), so this
    # output does not depend on today's date (until Nov. 2 next falls on a Friday, in 2029).
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["parse", SEED])
    assert result.exit_code == 0, result.stderr
    actual: dict[str, Any] = json.loads(result.stdout)
    shown: dict[str, Any] = json.loads(_block_after("seed-json"))
    assert shown == actual, "README seed JSON is stale; see this module's docstring"


def test_readme_seed_report_is_the_real_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # An 80-column report with no colour, as a file or pipe gets it wherever the tests run.
    env = {"COLUMNS": "80", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}
    result = CliRunner(env=env).invoke(cli, ["check", "--format", "text", SEED])
    assert result.exit_code in (0, 1), result.stderr
    assert _block_after("seed-report") == result.stdout, (
        "README seed report is stale; see this module's docstring"
    )


def _documented_names() -> list[str]:
    assert isinstance(cli, click.Group)
    names = [f"wirecheck {name}" for name in cli.commands]
    for command in [cli, *cli.commands.values()]:
        for param in command.params:
            if isinstance(param, click.Option):
                names.extend(o for o in [*param.opts, *param.secondary_opts] if o.startswith("--"))
    return [n for n in names if n != "--help"]


def test_every_command_and_option_is_in_the_readme() -> None:
    missing = [
        name
        for name in _documented_names()
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", README)
    ]
    assert not missing, f"undocumented in README.md: {missing}"


def test_readme_starts_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"^```\w*\n(.*?)^```", README, re.DOTALL | re.MULTILINE)
    install, tests = blocks[0].strip(), blocks[1].strip()
    assert install == (
        f"python3 -m venv .venv && . .venv/bin/activate && pip install . && wirecheck parse {SEED}"
    )
    assert tests == _block_after("test-command").strip()
    assert tests.endswith("pip install -e '.[test]' && pytest")
    assert (ROOT / SEED).is_file()


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in script
    assert "README.md" in script


def test_every_format_is_in_the_readme() -> None:
    assert isinstance(cli, click.Group)
    missing = []
    for name, command in cli.commands.items():
        for param in command.params:
            if param.name == "fmt" and isinstance(param.type, click.Choice):
                missing += [
                    f"wirecheck {name} --format {choice}"
                    for choice in param.type.choices
                    if f"`--format {choice}`" not in README
                ]
    assert not missing, f"formats undocumented in README.md: {missing}"


def _contract_row(field: str) -> str:
    rows = [line for line in README.splitlines() if line.startswith(f"| `{field}")]
    assert rows, f"README's JSON contract has no row for `{field}`"
    return "\n".join(rows)


def test_every_json_field_is_in_the_contract_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirecheck import parse
    from wirecheck.feeds import WIRE_KEYS

    story = parse((ROOT / SEED).read_bytes(), path=SEED).to_dict()
    missing = []
    fields: dict[str, Any] = {**story, "wire": dict.fromkeys(WIRE_KEYS)}
    for field, value in fields.items():
        row = _contract_row(field)
        sample = value[0] if isinstance(value, list) and value else value
        if isinstance(sample, dict):
            missing += [f"{field}.{key}" for key in sample if not re.search(rf"\b{key}\b", row)]
    assert not missing, f"fields missing from README's JSON contract: {missing}"


def test_every_config_key_is_in_the_readme() -> None:
    from wirecheck.config import KEYS

    missing = [key for key in KEYS if f"`{key}`" not in README]
    assert not missing, f"configuration keys undocumented in README.md: {missing}"


def test_readme_sections_a_new_user_needs() -> None:
    for heading in (
        "## Configuration",
        "### Output formats",
        "### `wirecheck fix`",
        "## Batch and parallel runs",
        "## pre-commit",
        "## Exit codes",
        "## Shell completion",
    ):
        assert re.search(rf"^{re.escape(heading)}", README, re.MULTILINE), heading


def test_readme_check_examples_print_what_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `$ wirecheck check ...` line followed by output in the README prints it."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    shown = re.findall(r"^\$ wirecheck (check [^\n]*)\n((?:[^$`\n][^\n]*\n)+)", README, re.M)
    assert len(shown) >= 2
    for command, output in shown:
        result = CliRunner().invoke(cli, shlex.split(command))
        assert result.stdout == output, command


def test_readme_config_makes_the_seed_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(_block_after("seed-config"), encoding="utf-8")
    shutil.copyfile(ROOT / SEED, tmp_path / "story.txt")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["check", "story.txt"]).exit_code == 0
    assert CliRunner().invoke(cli, ["check", "--isolated", "story.txt"]).exit_code == 1


def test_shell_completion_as_the_readme_says() -> None:
    assert "_WIRECHECK_COMPLETE=bash_source wirecheck" in README
    env = {**os.environ, "_WIRECHECK_COMPLETE": "bash_source"}
    done = subprocess.run(
        [sys.executable, "-m", "wirecheck"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "_wirecheck_completion" in done.stdout
    assert "complete " in done.stdout
