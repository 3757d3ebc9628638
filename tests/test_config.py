"""Configuration: finding the file, reading and checking its keys, and the command line
over it."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirecheck.cli import cli
from wirecheck.config import KEYS, Config, ConfigError, excluded, find, load, severity_of
from wirecheck.output import REPORT_FORMATS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"

STORY = (
    "Storm hits coast\n"
    "\n"
    "MIAMI (AP) -- The town recieved little warning on Tuesday, officials said.\n"
    "\n"
    "Residents said the city had acted quickly  and well.\n"
)


@pytest.fixture(autouse=True)
def _no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def pyproject(folder: Path, table: str) -> Path:
    path = folder / "pyproject.toml"
    path.write_text(f'[project]\nname = "stories"\n\n[tool.wirecheck]\n{table}\n')
    return path


# -- finding the file ------------------------------------------------------------------------


def test_found_by_walking_up(tmp_path: Path) -> None:
    config = pyproject(tmp_path, 'allow = ["x"]')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find(deep) == config


def test_dotfile_wins_in_its_folder_and_the_nearest_folder_wins(tmp_path: Path) -> None:
    pyproject(tmp_path, 'allow = ["x"]')
    dotfile = tmp_path / ".wirecheck.toml"
    dotfile.write_text('allow = ["y"]\n')
    assert find(tmp_path) == dotfile
    inner = tmp_path / "desk"
    inner.mkdir()
    nearer = pyproject(inner, 'allow = ["z"]')
    assert find(inner) == nearer


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    outer = pyproject(tmp_path, 'allow = ["x"]')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "wirecheck-like"\n')
    assert find(inner) == outer


def test_sub_tables_count_and_other_pyprojects_are_not_parsed(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.wirecheck.severity]\nWC405 = "error"\n')
    assert find(tmp_path) == path
    assert load(path).severity == (("WC405", "error"),)
    inner = tmp_path / "other"
    inner.mkdir()
    # Not TOML at all, and no sign of a wirecheck table: passed over, never parsed.
    (inner / "pyproject.toml").write_text('name = "wirecheck" [[[\n')
    assert find(inner) == path


def test_no_file_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "parents", property(lambda self: ()))
    assert find(tmp_path) is None


# -- reading the keys ----------------------------------------------------------------------


def test_every_key_is_read(tmp_path: Path) -> None:
    (tmp_path / "names.txt").write_text("Storchak\n")
    config = load(
        pyproject(
            tmp_path,
            'select = ["wc1", "WC5"]\n'
            'ignore = ["WC102"]\n'
            'severity = { WC405 = "error", WC4 = "info" }\n'
            'allow = ["Diaz-Canel"]\n'
            'allow-file = "names.txt"\n'
            'exclude = ["drafts/*"]\n'
            'extend-boilerplate = ["Subscribe to The Daily Wire"]\n'
            "reference-date = 2018-11-02\n"
            'format = "sarif"\n',
        ),
        REPORT_FORMATS,
    )
    assert config.select == ("WC1", "WC5")
    assert config.ignore == ("WC102",)
    assert config.severity == (("WC405", "error"), ("WC4", "info"))
    assert config.allow == frozenset({"Diaz-Canel"})
    assert config.allow_files == (tmp_path / "names.txt",)
    assert config.exclude == ("drafts/*",)
    assert config.extend_boilerplate == ("Subscribe to The Daily Wire",)
    assert config.reference_date == date(2018, 11, 2)
    assert config.format == "sarif"
    assert config.root == tmp_path
    assert set(KEYS) == {
        "select",
        "ignore",
        "severity",
        "allow",
        "allow-file",
        "exclude",
        "extend-boilerplate",
        "reference-date",
        "format",
    }


def test_dotfile_keys_are_top_level(tmp_path: Path) -> None:
    path = tmp_path / ".wirecheck.toml"
    path.write_text('reference-date = "2018-11-02"\nallow-file = ["a.txt", "b.txt"]\n')
    config = load(path)
    assert config.reference_date == date(2018, 11, 2)
    assert config.allow_files == (tmp_path / "a.txt", tmp_path / "b.txt")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('selct = ["WC1"]', "unknown key 'selct' (did you mean 'select'?)"),
        ('select = "WC1"', "select: must be a list of rule codes or prefixes, not 'WC1'"),
        ('ignore = ["XY1"]', "ignore: 'XY1' is not a rule code or prefix"),
        ('ignore = ["WC999"]', "ignore: no rule WC999"),
        # a prefix that would select or ignore nothing: a typo that turns the checks off
        ('select = ["WC9"]', "select: no rule code starts with WC9"),
        ('severity = { WC405 = "fatal" }', "severity: WC405: 'fatal' is not one of"),
        ('severity = ["WC405"]', "severity: must be a table"),
        ("allow = [1, 2]", "allow: must be a list of words"),
        ("allow-file = 3", "allow-file: must be a path or a list of paths"),
        ('exclude = "drafts"', "exclude: must be a list of glob patterns"),
        ('reference-date = "2 Nov 2018"', "reference-date: '2 Nov 2018' is not a date"),
        ("reference-date = 2018-11-02T10:00:00", "reference-date:"),
        ('format = "xml"', "format: 'xml' is not a report format"),
        ("select = [", "not valid TOML"),
    ],
)
def test_bad_keys_and_values_name_the_key(tmp_path: Path, table: str, message: str) -> None:
    path = pyproject(tmp_path, table)
    with pytest.raises(ConfigError, match=None) as raised:
        load(path, REPORT_FORMATS)
    assert message in str(raised.value)
    assert str(path) in str(raised.value)


def test_a_bad_file_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = pyproject(tmp_path, 'ignore = ["WC4"]\nalow = ["disolved"]')
    monkeypatch.chdir(tmp_path)
    result = run("check", str(SEED))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        f"wirecheck: {path}: [tool.wirecheck]: unknown key 'alow' (did you mean 'allow'?)"
    )


def test_severity_of_takes_the_longest_prefix() -> None:
    levels = (("WC4", "info"), ("WC405", "error"))
    assert severity_of("WC405", levels) == "error"  # type: ignore[arg-type]
    assert severity_of("WC401", levels) == "info"  # type: ignore[arg-type]
    assert severity_of("WC101", levels) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "patterns", "hit"),
    [
        ("drafts/a.txt", ("drafts/*",), True),
        ("drafts/2019/a.txt", ("drafts",), True),
        ("desk/drafts/a.txt", ("drafts",), True),
        ("desk/drafts/a.txt", ("drafts/*",), False),
        ("desk/a.draft.txt", ("*.draft.txt",), True),
        ("desk/a.txt", ("*.draft.txt",), False),
        ("archive/2019", ("archive/2019",), True),
        ("archive/2019/x.txt", ("archive/2019",), True),
        ("Drafts/a.txt", ("drafts",), False),  # case-sensitive everywhere
    ],
)
def test_exclude_patterns(tmp_path: Path, path: str, patterns: tuple[str, ...], hit: bool) -> None:
    assert excluded(str(tmp_path / path), patterns, tmp_path) is hit


# -- the command line over the file ------------------------------------------------------


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repository holding the seed, as the current folder."""
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_allow_and_ignore_in_pyproject_make_the_seed_pass(desk: Path) -> None:
    assert run("check", "seed.txt").exit_code == 1
    pyproject(desk, 'allow = ["disolved"]\nignore = ["WC4"]')
    result = run("check", "seed.txt")
    assert result.exit_code == 0, result.stdout
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["WC304"]
    sub = desk / "desk" / "world"
    sub.mkdir(parents=True)
    assert run("check", str(desk / "seed.txt")).exit_code == 0


def test_command_line_options_override_the_file(desk: Path) -> None:
    pyproject(desk, 'allow = ["disolved"]\nignore = ["WC4"]\nformat = "json"')
    report = json.loads(run("check", "seed.txt").stdout)  # format from the file
    assert [d["code"] for d in report["files"][0]["diagnostics"]] == ["WC304"]
    # --ignore replaces the file's ignore: the WC4 rules are back.
    result = run("check", "--format", "concise", "--ignore", "WC3", "seed.txt")
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["WC402", "WC403"]
    # --select replaces select; allow still comes from the file.
    assert run("check", "--select", "WC101", "seed.txt").exit_code == 0
    # --isolated: no file at all.
    assert "WC101" in run("check", "--isolated", "--format", "concise", "seed.txt").stdout


def test_allow_on_the_command_line_adds_to_the_file(desk: Path) -> None:
    (desk / "seed.txt").write_text(STORY)
    pyproject(desk, 'select = ["WC1"]')
    assert run("check", "seed.txt").exit_code == 1
    assert run("check", "--allow", "recieved", "seed.txt").exit_code == 0
    (desk / "words.txt").write_text("# ours\nrecieved\n")
    pyproject(desk, 'select = ["WC1"]\nallow-file = "words.txt"')
    assert run("check", "seed.txt").exit_code == 0


def test_missing_allow_file_names_the_key(desk: Path) -> None:
    pyproject(desk, 'allow-file = "nope.txt"')
    result = run("check", "seed.txt")
    assert result.exit_code == 2
    assert (
        result.stderr == f"wirecheck: allow-file: {desk / 'nope.txt'}: no such file or directory\n"
    )


def test_severity_changes_what_fails(desk: Path) -> None:
    pyproject(desk, 'severity = { WC101 = "warning" }')
    assert run("check", "seed.txt").exit_code == 0
    assert run("check", "--strict", "seed.txt").exit_code == 1
    pyproject(desk, 'select = ["WC4"]\nseverity = { WC403 = "error" }')
    result = run("check", "--format", "jsonl", "seed.txt")
    assert result.exit_code == 1
    levels = {
        json.loads(line)["code"]: json.loads(line)["severity"]
        for line in result.stdout.splitlines()
    }
    assert levels == {"WC402": "warning", "WC403": "error"}


def test_config_option_and_isolated(desk: Path) -> None:
    elsewhere = desk / "settings"
    elsewhere.mkdir()
    dotfile = elsewhere / ".wirecheck.toml"
    dotfile.write_text('allow = ["disolved"]\nignore = ["WC4"]\n')
    assert run("check", "seed.txt").exit_code == 1
    assert run("check", "--config", str(dotfile), "seed.txt").exit_code == 0
    both = run("check", "--config", str(dotfile), "--isolated", "seed.txt")
    assert both.exit_code == 2
    assert "--config and --isolated" in both.stderr
    gone = run("check", "--config", str(desk / "missing.toml"), "seed.txt")
    assert gone.exit_code == 2
    assert "missing.toml: cannot read" in gone.stderr


def test_exclude_applies_to_walked_and_named_files(desk: Path) -> None:
    drafts = desk / "drafts"
    drafts.mkdir()
    shutil.copyfile(SEED, drafts / "draft.txt")
    pyproject(desk, 'exclude = ["drafts/*", "seed.txt"]')
    assert run("check", "--format", "json", ".").stdout.count('"path"') == 0
    assert run("check", "drafts/draft.txt").stdout == ""
    assert "seed.txt" in run("check", "--isolated", "seed.txt").stdout


def test_extend_boilerplate_and_reference_date(desk: Path) -> None:
    story = STORY.replace("Residents said", "Read the Morning Wire\n\nResidents said").replace(
        "on Tuesday", "on Nov. 2"
    )
    (desk / "seed.txt").write_text(story.replace("MIAMI (AP)", "MIAMI, Nov. 2 (AP)"))
    before = json.loads(run("parse", "seed.txt").stdout)
    assert "Read the Morning Wire" in before["body"]
    pyproject(
        desk,
        'extend-boilerplate = ["read the morning wire"]\nreference-date = "2016-01-01"',
    )
    after = json.loads(run("parse", "seed.txt").stdout)
    assert "Read the Morning Wire" not in after["body"]
    assert after["removed"][0] == {
        "line": 5,
        "text": "Read the Morning Wire",
        "reason": "boilerplate",
    }
    assert after["dateline"]["date"] == "2015-11-02"
    assert after["dateline"]["year_source"] == "reference"
    override = json.loads(run("parse", "--reference-date", "2019-01-01", "seed.txt").stdout)
    assert override["dateline"]["date"] == "2018-11-02"


def test_default_config_is_empty() -> None:
    config = Config()
    assert (config.path, config.select, config.format) == (None, (), None)
