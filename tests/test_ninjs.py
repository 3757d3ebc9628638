"""ninjs 2.x output: every story, from a feed or from plain text, is valid against the
official IPTC ninjs 2.4 schema (vendored in ``wirecheck/data``) and reads back the same."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import wirecheck
from wirecheck.output import STORY_FORMATS, FileReport, Output
from wirecheck.output.ninjs import to_ninjs

jsonschema = pytest.importorskip("jsonschema")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FEEDS = sorted((FIXTURES / "feeds").iterdir())
TEXTS = [FIXTURES / name for name in ("upi-diaz-canel-moscow.txt", "ap-anpa-archive-1989.txt")]
TODAY = date(2031, 1, 1)


@cache
def _validator() -> Any:
    schema = json.loads(resources.files("wirecheck.data").joinpath("ninjs-2.4.json").read_text())
    assert schema["title"] == "IPTC ninjs - News in JSON - version 2.4"
    return jsonschema.Draft202012Validator(schema)


def _valid(item: dict[str, Any]) -> None:
    errors = [e.message for e in _validator().iter_errors(item)]
    assert errors == []
    # Formats the validator checks only with optional packages: check them here.
    assert ":" in item["uri"] and " " not in item["uri"]
    if "versioncreated" in item:
        assert datetime.fromisoformat(item["versioncreated"]).tzinfo is not None


def _story(path: Path) -> wirecheck.Story:
    if path.suffix == ".xml":
        pytest.importorskip("defusedxml")
    return wirecheck.parse(path.read_bytes(), today=TODAY, check=False)


@pytest.mark.parametrize("path", FEEDS + TEXTS, ids=lambda p: p.name)
def test_output_is_valid_ninjs(path: Path) -> None:
    _valid(to_ninjs(_story(path)))


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.name)
def test_feed_round_trips_through_ninjs(path: Path) -> None:
    story = _story(path)
    item = to_ninjs(story)
    again = wirecheck.parse(json.dumps(item), today=TODAY, check=False)
    assert again.source.format == "ninjs"
    assert again.headline == story.headline
    assert again.body == story.body
    if story.dateline is not None and story.dateline.line == story.paragraphs[0].spans[0].line:
        assert again.dateline is not None and again.dateline.raw == story.dateline.raw
    assert (again.byline.raw if again.byline else None) == (
        story.byline.raw if story.byline else None
    )
    assert story.wire is not None and again.wire is not None
    for key in ("slug", "urgency", "language", "editors_note", "subjects"):
        assert again.wire[key] == story.wire[key], key


def test_mapping_of_a_feed() -> None:
    item = to_ninjs(_story(FIXTURES / "feeds" / "newsml-g2-english.xml"))
    assert item["uri"] == "urn:newsml:news.example.org:20240314:lisbon-trams"
    assert item["type"] == "text"
    assert item["headlines"] == [
        {"role": "main", "value": "Lisbon to bring back three historic tram lines"}
    ]
    assert item["by"] == "By Inês Carvalho"
    assert item["located"] == "Lisbon"
    assert item["versioncreated"] == "2024-03-14T17:00:00+00:00"
    assert item["language"] == "en"
    assert item["slugline"] == "Portugal-Trams"
    assert item["urgency"] == 4
    assert item["version"] == "2"
    assert item["subjects"] == [{"name": "public transport", "literal": "medtop:20000776"}]
    assert {"name": "Portugal", "literal": "iso3166-1a2:PT"} in item["places"]
    body = item["bodies"][0]
    assert body["contenttype"] == "text/plain"
    assert body["value"].startswith("LISBON, March 14 (MNS) - Lisbon will bring back")
    assert "\n\nThe lines, to Alcântara" in body["value"]
    assert "altids" not in item


def test_uri_from_the_hash_when_the_feed_id_is_no_uri() -> None:
    story = _story(FIXTURES / "feeds" / "anpa-harbor-strike.anpa")
    item = to_ninjs(story)
    assert item["uri"] == f"urn:wirecheck:sha256:{story.source.sha256}"
    assert item["altids"] == [{"role": "agency-id", "value": "a0417"}]
    plain = to_ninjs(_story(TEXTS[0]))
    assert plain["uri"].startswith("urn:wirecheck:sha256:")
    assert "versioncreated" not in plain and "slugline" not in plain


def test_several_stories_are_json_lines() -> None:
    paths = [FIXTURES / "feeds" / "ninjs1-library.json", TEXTS[0]]
    reports = [FileReport(path=str(p), story=_story(p), data=p.read_bytes()) for p in paths]
    stream = io.StringIO()
    STORY_FORMATS["ninjs"](reports, Output(stream=stream, terminal=True, inputs=2))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    for line in lines:
        _valid(json.loads(line))
