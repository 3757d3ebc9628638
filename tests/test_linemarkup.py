"""HTML line-break tags left in pasted copy (`<br>` ending lines, `<p>` around them)."""

from __future__ import annotations

from datetime import date

from wirecheck import parse
from wirecheck.accounting import line_places
from wirecheck.linemarkup import read_line_markup

_TODAY = date(2026, 11, 29)

BROKEN = """\
Harbour ferries add night crossings<br>
By Lena Marchetti<br>
<br>
HALIFAX, Nova Scotia (CP) _ Harbour ferries will run after dark, the city said on Tuesday.<br>
<br>
The night service adds six crossings a day between the two downtown terminals.<br>
<br>
"People asked for it for years," said a city councillor, who backed the plan.<br>
<br>
The city expects the service to cost about $2 million a year.<br>
"""


def test_paragraphs_ending_in_br_tags_are_the_story() -> None:
    # Read as text, no paragraph ended in a full stop and the body was cut to one.
    story = parse(BROKEN, check=False, today=_TODAY)
    assert story.headline == "Harbour ferries add night crossings"
    assert story.byline is not None and story.byline.names == ("Lena Marchetti",)
    assert story.dateline is not None and story.dateline.raw == "HALIFAX, Nova Scotia (CP) _"
    ends = ["on Tuesday.", "downtown terminals.", "who backed the plan.", "$2 million a year."]
    assert len(story.paragraphs) == len(ends)
    assert all(p.text.endswith(end) for p, end in zip(story.paragraphs, ends, strict=True))
    assert {r.reason for r in story.removed} == {"markup"}
    assert [r.line for r in story.removed] == [3, 5, 7, 9]
    places = line_places(story)
    lines = BROKEN.split("\n")
    for number, line in enumerate(lines, 1):
        assert (len(places.get(number, [])) == 1) == bool(line.strip()), number


def test_paragraphs_in_p_tags() -> None:
    text = "\n".join(
        f"<p>{line}</p>" if line else ""
        for line in BROKEN.replace("<br>", "").split("\n")
        if line != ""
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Harbour ferries add night crossings"
    assert len(story.paragraphs) == 4
    assert story.paragraphs[0].text.startswith("Harbour ferries will run")
    assert not [p for p in story.paragraphs if "<" in p.text]


def test_positions_still_point_into_the_file() -> None:
    story = parse(BROKEN, check=False, today=_TODAY)
    lines = BROKEN.split("\n")
    for paragraph in story.paragraphs:
        span = paragraph.spans[0]
        assert lines[span.line - 1][span.column - 1 :].startswith(paragraph.text[:10])


def test_a_tag_or_two_in_copy_is_text() -> None:
    # One `<br>` a writer typed is no pasted source: the text stays as written.
    lines = ["Ferries add crossings", "", "The service runs <br> at night.<br>", "", "More."]
    assert read_line_markup(lines) is None
    assert read_line_markup(["<br>", "a", "b", "c", "d", "e", "f", "g"]) is None


def test_a_whole_html_page_is_not_read_as_broken_lines() -> None:
    page = "<!DOCTYPE html>\n<html><body>\n" + BROKEN + "</body></html>\n"
    assert read_line_markup(page.split("\n")) is None


QUOTED = """\
---------- Forwarded message ---------
Subject: ferries

> Harbour ferries add night crossings
>
> By Lena Marchetti
>
> HALIFAX, Nova Scotia (CP) _ Harbour ferries will run after dark, the city said.
>
>> The night service adds six crossings a day between the two downtown terminals.
"""


def test_a_story_quoted_in_an_e_mail_is_read_past_its_quote_marks() -> None:
    story = parse(QUOTED, check=False, today=_TODAY)
    assert story.headline == "Harbour ferries add night crossings"
    assert story.byline is not None and story.byline.names == ("Lena Marchetti",)
    assert story.dateline is not None and story.dateline.city == "HALIFAX"
    assert [p.text[:16] for p in story.paragraphs] == ["Harbour ferries ", "The night servic"]
    assert [(r.line, r.reason) for r in story.removed if r.reason == "markup"] == [
        (5, "markup"),
        (7, "markup"),
        (9, "markup"),
    ]


def test_a_quote_or_two_in_a_story_is_text() -> None:
    lines = ["Ferries add crossings", "", "> a reader wrote in", "", "More.", "", "Even more."]
    assert read_line_markup(lines) is None
