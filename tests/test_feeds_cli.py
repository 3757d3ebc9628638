"""The command line with feeds: --input-format on parse and check, --format ninjs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wirecheck.cli import cli

FEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
NINJS = str(FEEDS_DIR / "ninjs1-library.json")
ANPA = str(FEEDS_DIR / "anpa-harbor-strike.anpa")


def test_parse_format_ninjs_one_object() -> None:
    result = CliRunner().invoke(cli, ["parse", "--format", "ninjs", ANPA])
    assert result.exit_code == 0, result.stderr
    item = json.loads(result.stdout)
    assert item["uri"].startswith("urn:wirecheck:sha256:")
    assert item["headlines"][0]["value"] == "Dockworkers walk out at three Baltic ports"


def test_parse_format_ninjs_json_lines() -> None:
    result = CliRunner().invoke(cli, ["parse", "--format", "ninjs", ANPA, NINJS])
    assert result.exit_code == 0, result.stderr
    uris = [json.loads(line)["uri"] for line in result.stdout.splitlines()]
    assert len(uris) == 2 and uris[1] == "urn:example:news:2024-03-14:reykjavik-library"


def test_parse_reports_the_feed_format_and_wire() -> None:
    result = CliRunner().invoke(cli, ["parse", NINJS])
    story = json.loads(result.stdout)
    assert story["source"]["format"] == "ninjs"
    assert story["wire"]["slug"] == "Iceland-Library"


def test_input_format_forces_text() -> None:
    result = CliRunner().invoke(cli, ["parse", "--no-check", "--input-format", "text", NINJS])
    story = json.loads(result.stdout)
    assert story["source"]["format"] == "text"
    assert "wire" not in story


def test_forced_format_that_does_not_fit_is_one_line_exit_2() -> None:
    result = CliRunner().invoke(cli, ["check", "--input-format", "ninjs", ANPA])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"wirecheck: {ANPA}: not ninjs: not valid JSON (Expecting value: line 1 column 1 (char 0))"
    ]


def test_unknown_input_format_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["check", "--input-format", "rtf", ANPA])
    assert result.exit_code == 2
    assert "rtf" in result.stderr


def test_check_a_feed() -> None:
    result = CliRunner().invoke(cli, ["check", "--select", "WC36", "--input-format", "anpa", ANPA])
    assert result.exit_code == 0, result.output
