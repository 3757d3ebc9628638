"""The feed cross-checks (WC361-WC364) on the feed fixtures and on damaged copies of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecheck

FEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
FILES = sorted(p.name for p in FEEDS_DIR.iterdir())


def _codes(data: bytes | str) -> list[str]:
    return [d.code for d in wirecheck.parse(data, select=["WC36"]).diagnostics]


@pytest.mark.parametrize("name", FILES)
def test_clean_fixtures_pass_the_cross_checks(name: str) -> None:
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    assert _codes((FEEDS_DIR / name).read_bytes()) == []


def test_truncated_anpa_story() -> None:
    data = (FEEDS_DIR / "anpa-harbor-strike.anpa").read_bytes()
    cut = data.split(b"\r\n\tThe strike closed")[0] + b"\r\n\x03AP-WF-03-14-24 1142GMT<\r\n\x04"
    story = wirecheck.parse(cut, select=["WC361"])
    assert [d.code for d in story.diagnostics] == ["WC361"]
    assert "declares 169 words but the story has 40" in story.diagnostics[0].message


def test_stale_dateline_date() -> None:
    text = (FEEDS_DIR / "ninjs1-library.json").read_text("utf-8")
    assert _codes(text.replace("March 14 (MNS)", "March 9 (MNS)")) == ["WC362"]
    # A dateline after the transmission is WC203's, not this rule's.
    assert _codes(text.replace("March 14 (MNS)", "March 19 (MNS)")) == []


def test_located_against_the_dateline() -> None:
    text = (FEEDS_DIR / "ninjs1-library.json").read_text("utf-8")
    assert _codes(text.replace('"located": "Reykjavik"', '"located": "Akureyri"')) == ["WC363"]
    # The country of the dateline, accents and case do not count as a mismatch.
    assert _codes(text.replace('"located": "Reykjavik"', '"located": "ICELAND"')) == []
    assert _codes(text.replace('"located": "Reykjavik"', '"located": "Reykjavík"')) == []


def test_editors_note_and_slug_in_the_body() -> None:
    data = (FEEDS_DIR / "anpa-harbor-strike.anpa").read_bytes()
    noted = data.replace(
        b"\tThe strike closed", b"\tEds: Moves with photos.\r\n\tThe strike closed"
    )
    assert _codes(noted) == ["WC364"]
    slugged = data.replace(b"delayed.", b"delayed. BC-EU--Harbor-Strike")
    story = wirecheck.parse(slugged, select=["WC364"])
    assert [d.message for d in story.diagnostics] == [
        "the story's slug `BC-EU--Harbor-Strike` in the body"
    ]


def test_an_editors_note_between_paragraphs_of_plain_text_is_reported() -> None:
    head = "Council approves footbridge\n\nBy Jane Roe\n\n"
    lede = "LONDON, March 3 (Reuters) - The council voted on Tuesday to build a footbridge.\n\n"
    rest = "Work is due to start in the spring, the council said.\n"
    story = wirecheck.parse(head + lede + "Eds: UPDATES with comment.\n\n" + rest)
    found = [d for d in story.diagnostics if d.code == "WC364"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(7, 1, 27)]
    assert "Eds: UPDATES with comment." not in story.body  # still set aside by the parser
    # Over the story, a note is the copy's header: no slip.
    above = wirecheck.parse("Eds: UPDATES with comment.\n\n" + head + lede + rest)
    assert [d for d in above.diagnostics if d.code == "WC364"] == []


def test_plain_text_is_never_cross_checked() -> None:
    text = "Harbor strike\n\nGDANSK, Poland (AP) _ Dockworkers walked off the job Thursday.\n"
    assert _codes(text) == []


@pytest.mark.parametrize("name", ["nitf-wind-farms.xml", "ninjs2-vineyard.json", "trec-ap.sgml"])
def test_a_feed_cut_short_is_an_error_on_its_last_line(name: str) -> None:
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    data = (FEEDS_DIR / name).read_bytes()
    cut = data[: int(len(data) * 0.8)]
    story = wirecheck.parse(cut, select=["WC365"])
    lines = cut.decode("utf-8").split("\n")
    last = max(n for n, line in enumerate(lines, 1) if line.strip())
    assert [(d.code, d.severity, d.line) for d in story.diagnostics] == [("WC365", "error", last)]
    assert "cut short" in story.diagnostics[0].message
