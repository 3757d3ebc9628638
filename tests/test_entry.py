"""The console script's fast path: `wirecheck check FILE...` without click.

``wirecheck.entry`` runs that one shape (what a pre-commit hook runs) straight through
``runner.check_files``; everything else goes through the click command line. Both must
print the same report, the same errors and exit with the same status.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirecheck import cli, entry

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "upi-diaz-canel-moscow.txt"
CLEAN = "Storm hits coast\n\nBy Jane Doe\n\nMIAMI (AP) — The storm hit the coast on Tuesday.\n"


@pytest.fixture
def work(tmp_path: Path) -> Iterator[Path]:
    """An empty working folder (no configuration file above it is found from here)."""
    (tmp_path / ".wirecheck.toml").write_text("")
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(here)


def _run(main: object, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(args)  # type: ignore[operator]
    out, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 0), out, err


def _same(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    fast = _run(entry.main, args, capsys)
    slow = _run(cli.main, args, capsys)
    assert fast == slow
    return fast


def test_the_shape_that_takes_the_fast_path() -> None:
    assert entry._plain_check(["check", "a.txt", "stories/"])
    assert not entry._plain_check(["check"])  # stdin
    assert not entry._plain_check(["check", "-"])
    assert not entry._plain_check(["check", "--strict", "a.txt"])
    assert not entry._plain_check(["parse", "a.txt"])


def test_errors_found(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _same(["check", str(SEED)], capsys)
    assert code == 1
    assert "35:96: WC101" in out
    assert err == ""


def test_clean_story_and_a_folder(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "clean.txt").write_text(CLEAN)
    assert _same(["check", "clean.txt"], capsys)[0] == 0
    folder = work / "stories"
    folder.mkdir()
    (folder / "a.txt").write_text(CLEAN)
    (folder / "b.txt").write_text(SEED.read_text())
    assert _same(["check", "stories"], capsys)[0] == 1


def test_unreadable_inputs(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code, out, err = _same(["check", "missing.txt", "image.png", str(SEED)], capsys)
    assert code == 2
    assert err.splitlines() == [
        "wirecheck: missing.txt: no such file or directory",
        "wirecheck: image.png: not text: looks like a PNG image",
    ]
    assert "WC101" in out  # the readable input still ran


def test_settings_from_the_configuration_file(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / ".wirecheck.toml").write_text('select = ["WC4"]\nformat = "jsonl"\n')
    code, out, _ = _same(["check", str(SEED)], capsys)
    assert code == 0  # WC4xx are warnings
    assert '"WC402"' in out and "WC101" not in out


def test_a_broken_configuration_file(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / ".wirecheck.toml").write_text("select = [\n")
    code, out, err = _same(["check", str(SEED)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("wirecheck: ") and ".wirecheck.toml" in err
