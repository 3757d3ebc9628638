"""Stories kept as Markdown: the markup around headline, byline and dateline is read past,
positions stay the file's. Every story here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse
from wirecheck.accounting import line_places
from wirecheck.markdown import read_markdown

LEDE = (
    "The regional harbor authority voted Monday to dredge the silted shipping channel, a "
    "project delayed for six years by disputes over who should pay."
)

HEADING = f"""# Harbor authority approves dredging plan

*By Tomas Vrell*

**PORTSMOUTH, N.H. (AP)** — {LEDE}

## What comes next

Work is expected to begin in the spring and take about 18 months, officials said.
"""

FRONT_MATTER = f"""---
title: "Harbor authority approves dredging plan"
author: Tomas Vrell
date: 2024-03-04
tags: [harbor, dredging]
---

PORTSMOUTH, N.H. (AP) — {LEDE}

Work is expected to begin in the spring and take about 18 months, officials said.
"""


@pytest.mark.parametrize("text", [HEADING, FRONT_MATTER], ids=["headings", "front matter"])
def test_the_markup_around_a_storys_parts_is_read_past(text: str) -> None:
    story = parse(text)
    assert story.headline == "Harbor authority approves dredging plan"
    assert story.byline is not None and story.byline.names == ("Tomas Vrell",)
    assert story.dateline is not None and story.dateline.city == "PORTSMOUTH"
    assert story.dateline.agencies == ("AP",)
    assert story.body[0] == LEDE
    assert story.body[-1].startswith("Work is expected")
    assert not any("#" in p or "**" in p for p in story.body)
    lines = text.split("\n")
    assert sorted(line_places(story)) == [i + 1 for i, line in enumerate(lines) if line.strip()]


def test_front_matter_is_metadata_and_its_date_the_reference() -> None:
    story = parse(FRONT_MATTER)
    reasons = {r.line: r.reason for r in story.removed}
    assert reasons[1] == reasons[5] == reasons[6] == "metadata"
    fields = read_markdown(FRONT_MATTER.split("\n"))
    assert fields is not None and fields.date == date(2024, 3, 4)


def test_a_slip_in_a_markdown_headline_is_found_at_its_column() -> None:
    story = parse("# Harbor authority aproves dredging plan\n\n" + HEADING.split("\n", 2)[2])
    found = [d for d in story.diagnostics if d.code == "WC101"]
    assert [(d.line, d.column, d.suggestions) for d in found] == [(1, 20, ("approves",))]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor authority approves plan\n\n# not a heading in plain text, said no one\n",
        "#1 seed advances\n\nBOSTON (AP) — The top seed won on Sunday.\n",
        "---\nA rule over a story is no front matter.\n---\n",
    ],
)
def test_text_that_is_not_markdown_is_left_alone(text: str) -> None:
    assert read_markdown(text.split("\n")) is None


def test_an_author_named_inside_its_key_keeps_its_label_whole() -> None:
    # `author: au`: the value is found after the key, not inside it.
    text = "---\ntitle: Harbor plan approved\nauthor: au\n---\n\n" + HEADING.split("\n", 4)[4]
    story = parse(text)
    assert any(r.line == 3 and r.text == "author:" for r in story.removed)


def test_a_front_matter_author_the_story_also_prints_is_kept_as_metadata() -> None:
    text = FRONT_MATTER.replace("\n\nPORTSMOUTH", "\n\nBy Tomas Vrell\n\nPORTSMOUTH", 1)
    story = parse(text)
    assert story.byline is not None and story.byline.raw == "By Tomas Vrell"
    assert {r.text for r in story.removed if r.line == 3} == {"author:", "Tomas Vrell"}


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ('author: "[[Tomas Vrell]]"', ("Tomas Vrell",)),  # an Obsidian link
        ('author:\n  - "[[Tomas Vrell]]"\n  - Ana Ruiz', ("Tomas Vrell", "Ana Ruiz")),
        ("author: [Tomas Vrell, Ana Ruiz]", ("Tomas Vrell", "Ana Ruiz")),
        # two writers, each given name first: not one `Ana Ruiz Tomas Vrell`
        ("author: Tomas Vrell, Ana Ruiz", ("Tomas Vrell", "Ana Ruiz")),
        ("author: Vrell, Tomas", ("Tomas Vrell",)),  # a family name first
    ],
)
def test_a_web_clippers_author_field(author: str, names: tuple[str, ...]) -> None:
    text = FRONT_MATTER.replace("author: Tomas Vrell", author)
    story = parse(text)
    assert story.byline is not None and story.byline.names == names
    lines = text.split("\n")
    assert sorted(line_places(story)) == [i + 1 for i, line in enumerate(lines) if line.strip()]


def test_a_linked_byline_and_headline_and_a_quotes_marker_are_markup() -> None:
    text = HEADING.replace("# Harbor", "# [Harbor", 1).replace(
        "dredging plan\n", "dredging plan](https://example.com/harbor)\n", 1
    )
    text = text.replace("*By Tomas Vrell*", "By [Tomas Vrell](https://example.com/vrell)")
    text = text.replace("## What comes next\n", "> Work will take 18 months.\n")
    story = parse(text)
    assert story.headline == "Harbor authority approves dredging plan"
    assert story.byline is not None and story.byline.names == ("Tomas Vrell",)
    assert "Work will take 18 months." in story.body
    assert not any(">" in p or "](" in p for p in story.body)


def test_a_block_quote_repeating_the_storys_words_is_a_pull_quote() -> None:
    quote = '"Work will take about 18 months," the harbor master said on Monday.'
    text = HEADING.replace("## What comes next\n", f"{quote}\n\n> Work will take about 18 months\n")
    story = parse(text)
    assert [(r.text, r.reason) for r in story.removed] == [
        ("Work will take about 18 months", "pull-quote")
    ]
    assert story.body.count(quote) == 1
    # A block quote of words the story does not print is the story's.
    other = text.replace(
        "> Work will take about 18 months", "> The channel was last dredged in 1998"
    )
    assert "The channel was last dredged in 1998" in parse(other).body


def test_an_image_line_gives_its_alt_text_as_a_caption() -> None:
    # `![alt](url)` stayed in the body, markup and address and all.
    text = (
        "# Mayor opens bridge\n\n"
        "HARTFORD, Conn. -- The mayor opened a new bridge on Monday.\n\n"
        "![The mayor speaks in Hartford on Monday. (AP Photo/Jane Roe)](https://example.com/p.jpg)\n\n"
        '[![](https://example.com/ad.png "Sponsor")](https://example.com/offer)\n\n'
        "It cost $4 million, officials said.\n"
    )
    story = parse(text, check=False)
    assert story.body == (
        "The mayor opened a new bridge on Monday.",
        "It cost $4 million, officials said.",
    )
    assert [(c.line, c.text, c.credit) for c in story.captions] == [
        (5, "The mayor speaks in Hartford on Monday. (AP Photo/Jane Roe)", "(AP Photo/Jane Roe)")
    ]
    assert [(r.line, r.reason) for r in story.removed] == [(7, "boilerplate")]
    places = line_places(story)
    assert all(places.get(n) for n, line in enumerate(text.split("\n"), 1) if line.strip())
