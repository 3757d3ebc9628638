"""HTML pasted as text: paragraphs set apart by tags inside a line, references written out."""

from __future__ import annotations

from datetime import date

from wirecheck import parse
from wirecheck.accounting import line_places
from wirecheck.htmltext import read_html_text

_TODAY = date(2026, 11, 29)

# A feed's body field pasted as text: the paragraphs on one line, set apart by `<br/>`s
# and written-out carriage returns, with references for the punctuation.
FIELD = (
    "Harbor town votes to rebuild its seawall\n"
    "By Jane Roe\n"
    "PORTLEDGE, Maine (AP) — The town council voted 5-2 on Tuesday to rebuild the old "
    "seawall after two winter storms broke through it.&#13;<br/><br/>The vote came after "
    "three hours of debate over the $4 million cost &amp; the loss of the beach.&#13;<br/>"
    "<br/>&quot;We can&#39;t wait for another storm,&quot; said council chair Ellen Marsh."
    "&nbsp;&quot;The water was in the library.&quot;<br/><br/>Work is <em>expected</em> to "
    "start in the spring.<br/>\n"
)


def test_paragraphs_set_apart_by_tags_inside_a_line_are_the_story() -> None:
    story = parse(FIELD, check=False, today=_TODAY)
    assert story.headline == "Harbor town votes to rebuild its seawall"
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert story.dateline is not None and story.dateline.raw == "PORTLEDGE, Maine (AP) —"
    assert story.body == (
        "The town council voted 5-2 on Tuesday to rebuild the old seawall after two winter "
        "storms broke through it.",
        "The vote came after three hours of debate over the $4 million cost & the loss of "
        "the beach.",
        '"We can\'t wait for another storm," said council chair Ellen Marsh. "The water was '
        'in the library."',
        "Work is expected to start in the spring.",
    )
    assert story.removed == ()
    # Every line is held; the third holds the four paragraphs.
    assert line_places(story) == {1: ["headline"], 2: ["byline"], 3: ["body"] * 4}


def test_positions_still_point_into_the_file() -> None:
    story = parse(FIELD, check=False, today=_TODAY)
    line = FIELD.split("\n")[2]
    for paragraph in story.paragraphs:
        for offset, char in enumerate(paragraph.text):
            number, column = paragraph.locate(offset)
            assert number == 3
            written = line[column - 1 : column]
            # a reference's character sits where the reference starts; a space may stand
            # for a tag's or a reference's place
            assert written == char or written == "&" or (char == " " and written in " <&")
    third = story.paragraphs[2]
    assert third.locate(third.text.index("can't")) == (3, line.index("can&#39;t") + 1)


def test_a_misspelling_in_html_text_is_found_and_fixed_in_place() -> None:
    from wirecheck.fix import fix_bytes

    text = FIELD.replace("expected", "expeted")  # inside `<em>`
    story = parse(text, today=_TODAY, select=["WC101"])
    line = text.split("\n")[2]
    [finding] = story.diagnostics
    assert line[finding.column - 1 : finding.end_column - 1] == "expeted"
    fixed = fix_bytes(text.encode(), lambda data: parse(data, today=_TODAY, select=["WC101"]))
    assert fixed.data.decode() == FIELD


def test_a_fragment_of_p_elements_on_one_line() -> None:
    text = (
        "<p>Harbor town votes to rebuild its seawall</p><p>PORTLEDGE, Maine (AP) &mdash; The "
        "town council voted on Tuesday to rebuild the seawall.</p><p>Work starts in the "
        "spring, the council said.</p>\n</p>\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Harbor town votes to rebuild its seawall"
    assert story.dateline is not None and story.dateline.raw == "PORTLEDGE, Maine (AP) —"
    assert story.body == (
        "The town council voted on Tuesday to rebuild the seawall.",
        "Work starts in the spring, the council said.",
    )
    # A line the tags fill is markup.
    assert [(r.line, r.reason) for r in story.removed] == [(2, "markup")]


def test_prose_that_names_tags_is_text() -> None:
    lines = [
        "Web pioneers recall the early days of HTML",
        "BOSTON (AP) — A line break was a <br> tag typed between two lines, they said.",
        '"We used <br><br> everywhere and <p>s too," said one. "Then came CSS."',
        "Another said the <b> tag was the first she learned, and &amp; the first entity.",
    ]
    assert read_html_text(lines) is None
    story = parse("\n".join(lines) + "\n", check=False, today=_TODAY)
    assert story.body[-1] == lines[-1]


def test_one_place_where_tags_set_text_apart_is_not_enough() -> None:
    assert read_html_text(["It was over.<br/><br/>The town voted on Tuesday, he said."]) is None
    assert read_html_text(["It was over.<br/><br/>The town voted.<br/><br/>It was late."])
