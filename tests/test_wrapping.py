"""Hard-wrapped copy comes back as the paragraphs it was wrapped from (hypothesis).

Archive and feed copy is wrapped at 40-100 columns by tools that disagree on details
(`fmt` takes a leading tab to column 8, Python's `textwrap` counts it as one); a paragraph
opens at an indented line, an outdented line (hanging indents) or after a blank line.
Whatever the layout and width, the parse must give back the same paragraphs.
"""

from __future__ import annotations

import textwrap
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecheck import parse
from wirecheck.segment import segment

_TODAY = date(2026, 11, 29)
_HEADLINE = "Harbour pilots walk off the job over rest periods"
_WORDS = (
    "the pilots union said talks over rest periods had broken down late on monday after "
    "port authority refused to add a second pilot longest night shifts ships waited "
    "outside harbour while officials met again and agreed that cargo would be moved by "
    "rail road in coming weeks if the dispute was not settled before winter storms arrived"
).split()

# Sentences of distinct words, paragraphs all different: copy, not the repeated lines
# that a page's chrome is made of.
_sentence = st.builds(
    lambda words, n: " ".join([words[0].capitalize(), *words[1:n]]) + ".",
    st.permutations(_WORDS),
    st.integers(min_value=9, max_value=18),
)
_paragraph = st.lists(_sentence, min_size=1, max_size=5, unique=True).map(" ".join)
# Each paragraph opens with its own subject, as copy does; shrinking otherwise ends at
# near-copies of one paragraph, which the parser rightly reads as repeated matter.
_SUBJECTS = ("Officials", "Pilots", "Shippers", "Analysts", "Residents", "Workers", "Managers")


def _stories(paragraphs: list[str]) -> list[str]:
    return [
        f"{subject} said {p[0].lower()}{p[1:]}"
        for subject, p in zip(_SUBJECTS, paragraphs, strict=False)
    ]


def _wrap(paragraph: str, width: int, layout: str, indent: int) -> str:
    fill = textwrap.TextWrapper(width=width, break_on_hyphens=False, break_long_words=False)
    if layout == "first-line":
        fill.initial_indent = " " * indent
    elif layout == "hanging":
        fill.subsequent_indent = " " * indent
    elif layout == "tab-fmt":
        fill.initial_indent = " " * 8  # then written as a tab, as `fmt` counts it
        return "\t" + fill.fill(paragraph)[8:]
    elif layout == "tab-textwrap":
        fill.initial_indent = "\t"
    return fill.fill(paragraph)


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(_paragraph, min_size=3, max_size=7, unique=True).map(_stories),
    width=st.integers(min_value=50, max_value=90),
    layout=st.sampled_from(["first-line", "hanging", "tab-fmt", "tab-textwrap", "blank"]),
    indent=st.integers(min_value=2, max_value=8),
)
def test_wrapped_paragraphs_come_back(
    paragraphs: list[str], width: int, layout: str, indent: int
) -> None:
    wrapped = [_wrap(p, width, layout, indent) for p in paragraphs]
    # At least four full lines: fewer give no wrap width to read (a short story of
    # one-line paragraphs is read line by line, which is then right anyway).
    lines = "\n".join(wrapped).split("\n")
    joiner = "\n\n" if layout == "blank" else "\n"
    story = parse(_HEADLINE + "\n\n" + joiner.join(wrapped) + "\n", check=False, today=_TODAY)
    assert story.headline == _HEADLINE
    got = [" ".join(p.split()) for p in story.body]
    if len([line for line in lines if len(line.strip()) >= width * 3 // 4]) >= 4:
        assert got == paragraphs
    else:
        assert " ".join(got) == " ".join(paragraphs)  # every word, in order


@pytest.mark.parametrize("mark", ["\f", "\v", "\x85"])
@pytest.mark.parametrize("own_line", [False, True], ids=["at a line's start", "on its own"])
def test_a_page_break_inside_a_wrapped_paragraph_does_not_split_it(
    mark: str, own_line: bool
) -> None:
    # Archive copy kept by pages: a form feed (or VT, NEL) falls inside a paragraph.
    broken = f"{mark}\ncane" if own_line else f"{mark}cane"
    story = parse(
        "BRAZIL SUGAR MILLS EXPECT LATE CANE HARVEST\n\n"
        "    SAO PAULO, Feb 26 - Sugar mills in Sao Paulo state expect the\n"
        f"{broken} harvest to start two to three weeks later than usual after an\n"
        "unusually dry January slowed the growth of the crop, industry\n"
        "officials said.\n"
        "    Traders said the delay could tighten supplies of white sugar for\n"
        "export during the second quarter.\n"
    )
    assert len(story.paragraphs) == 2
    assert "expect the cane harvest" in story.body[0]


def test_a_printed_page_s_number_and_running_head_do_not_break_a_paragraph() -> None:
    # Text taken out of a PDF: the page's furniture sits between two lines of a paragraph
    # (a word broken there too); it is set aside, and the paragraph joined over it.
    text = (
        "Chilean miner finds fault in conveyor\n\n"
        "SANTIAGO, Nov 3 (Reuters) - A faulty bearing caused the fire that shut the\n"
        "mine for nine days, its owner said on Tuesday. Output would return to full\n"
        "capacity by the end of the year, the company said in a statement to the\n"
        "stock exchange on Tuesday, and the company kept its guidance for the\n"
        "Page 1 of 2\n"
        "Valley Courier-Post - November 3, 2026\n"
        "year unchanged, it said in the statement.\n\n"
        "Shares rose 2% in early trading on the exchange in the capital.\n"
        "Page 2 of 2\n"
    )
    story = parse(text, check=False)
    assert story.body[0].endswith(
        "kept its guidance for the year unchanged, it said in the statement."
    )
    assert story.body[1] == "Shares rose 2% in early trading on the exchange in the capital."
    assert [(r.line, r.reason) for r in story.removed] == [
        (7, "boilerplate"),
        (8, "boilerplate"),
        (12, "boilerplate"),
    ]
    # A year in a story's line beside no page number is the story's.
    assert "Turn the page 2026" not in [
        r.text for r in parse("Turn the page 2026\n\nText.\n").removed
    ]


# A short story over a printed page's foot and the next page's head, as pdftotext gives
# them: blank lines around the page's number, a form feed opening the running head.
_PAGE_FOOT = "\nPage 2 of 3\n\fHARBOUR LEDGER   Tuesday, March 3, 2026   B4\n\n"
_FERRY_HEAD = "Island ferry service to resume after repairs\n\n"
_FERRY_LEDE = (
    "KIRKWALL, March 3 (Reuters) - The ferry linking the northern isles to\n"
    "the mainland will sail again next week after repairs to its engines\n"
    "were finished ahead of schedule, the operator said on Tuesday.\n\n"
)


@pytest.mark.parametrize("last", [True, False], ids=["last paragraph", "mid-story"])
def test_a_paragraph_is_joined_over_a_page_break_with_blank_lines_around_it(last: bool) -> None:
    # The break falls inside a paragraph; the blank lines around the page's furniture are
    # the page's, not a paragraph's end. Neither half is lost to `removed`.
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Islanders had waited almost three weeks for the service, and shops ran\n"
        + "short of fresh food and fuel while the vessel was in dock for work on\n"
        + _PAGE_FOOT
        + "its two engines and its steering gear, the company said.\n"
    )
    if not last:
        text += (
            "\nThe operator said it would add extra sailings at the weekend to clear\n"
            "a backlog of freight and vehicles waiting at both harbours.\n"
        )
    story = parse(text, check=False)
    assert story.body[1] == (
        "Islanders had waited almost three weeks for the service, and shops ran short of "
        "fresh food and fuel while the vessel was in dock for work on its two engines and "
        "its steering gear, the company said."
    )
    assert len(story.body) == (2 if last else 3)
    assert [(r.line, r.reason) for r in story.removed] == [(10, "boilerplate"), (11, "boilerplate")]


def test_a_paragraph_opening_in_lower_case_after_a_page_break_is_joined_over_it() -> None:
    # The line before the break ends a sentence, but the line after it goes on with it.
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Islanders had waited almost three weeks for the service, the company said.\n"
        + _PAGE_FOOT
        + "and shops on the smaller islands ran short of fresh food and fuel.\n"
    )
    story = parse(text, check=False)
    assert story.body[1].endswith(
        "the company said. and shops on the smaller islands ran short of fresh food and fuel."
    )


def test_a_paragraph_ending_where_its_page_ends_is_not_joined_to_the_next() -> None:
    # Guard: a full stop before the break and a capital after it: two paragraphs.
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Islanders had waited almost three weeks for the service, the company\n"
        + "said, and shops on the smaller islands ran short of fresh food.\n"
        + _PAGE_FOOT
        + "The operator said it would add extra sailings at the weekend to clear\n"
        + "a backlog of freight and vehicles waiting at both harbours.\n"
    )
    story = parse(text, check=False)
    assert len(story.body) == 3
    assert story.body[2].startswith("The operator said")
    assert [r.reason for r in story.removed] == ["boilerplate", "boilerplate"]


def test_blank_lines_with_no_page_furniture_between_them_still_end_a_paragraph() -> None:
    # Guard: a paragraph cut off mid-sentence by a plain blank line stays cut (the blank
    # lines are passed over only around a page's break or furniture).
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Islanders had waited almost three weeks for the service, and shops ran\n"
        + "short of fresh food and fuel while the vessel was in dock for work on\n\n\n"
        + "its two engines and its steering gear, the company said.\n"
    )
    story = parse(text, check=False)
    assert not any("work on its two engines" in p for p in story.body)


def test_a_bare_page_number_at_a_page_break_is_set_aside() -> None:
    # A page's number printed alone (`7`), touching the next page's form feed and head:
    # the page's, and the paragraph around it is joined over it.
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Islanders had waited almost three weeks for the service, and shops ran\n"
        + "short of fresh food and fuel while the vessel was in dock for work on\n"
        + "7\n"
        + "\fTUESDAY, MARCH 3, 2026        THE HARBOUR LEDGER        PAGE 7\n"
        + "its two engines and its steering gear, the company said.\n"
    )
    story = parse(text, check=False)
    assert story.body[1].endswith(
        "in dock for work on its two engines and its steering gear, the company said."
    )
    assert [(r.line, r.text, r.reason) for r in story.removed][:1] == [(9, "7", "boilerplate")]
    # With blank lines around it, and the form feed on a line of its own.
    spaced = text.replace("work on\n7\n\f", "work on\n\n7\n\f\n")
    story = parse(spaced, check=False)
    assert "7" not in " ".join(story.body).split()
    assert "work on its two engines" in story.body[1]


def test_a_bare_number_away_from_a_page_break_is_not_taken_for_a_page_number() -> None:
    # Guard: agate's and tables' lines are numbers too.
    text = (
        _FERRY_HEAD
        + _FERRY_LEDE
        + "Sailings a day, by route:\n\n"
        + "12\n\n"
        + "Islanders had waited almost three weeks for the service, and shops ran\n"
        + "short of fresh food and fuel while the vessel was in dock for repairs.\n"
    )
    story = parse(text, check=False)
    assert "12" in story.body


def test_a_browser_printout_s_heads_and_feet_are_set_aside() -> None:
    title = "New rail link cuts travel time between two inland cities to one hour"
    head = f"11/3/26, 10:42 AM    {title} | The Harbor Ledger"
    foot = "https://www.example.org/news/2026/11/03/new-rail-link-cuts-travel-time-between-two"
    text = (
        f"{head}\n\n{title}\n\n\n"
        "LANZHOU, Nov. 3 (Xinhua) -- A new high-speed rail line linking Lanzhou and the city of\n"
        "Tianshui in northwest China's Gansu Province opened on Tuesday, cutting the travel\n"
        "time between them from three hours to about one hour, the operator said.\n\n"
        "The 218-km line has 11 stations and was designed for trains running at up to 250 km per\n"
        f"{foot}    1/2\n"
        f"\f{head}\n"
        "hour, the railway operator said.\n\n"
        f"{foot}    2/2\n"
    )
    story = parse(text, check=False)
    assert story.headline == title
    assert story.body[1] == (
        "The 218-km line has 11 stations and was designed for trains running at up to 250 km "
        "per hour, the railway operator said."
    )
    assert [r.line for r in story.removed if r.reason == "boilerplate"] == [11, 12, 15]
    # A stamp of its own (`02/16/24 11:52 AM ET`) is no printout's head.
    from wirecheck.patterns.boilerplate import page_number

    assert not page_number("02/16/24 11:52 AM ET")


def test_a_bulleted_item_is_never_run_into_the_wrapped_line_above() -> None:
    text = (
        "Flood forces evacuations\n\n"
        "    PORTO ALEGRE, Brazil (AP) _ Rising rivers forced thousands from their homes on\n"
        "Tuesday, the civil defense agency said on Tuesday, listing the worst-hit towns and\n"
        "\u2022 About 900 residents have left their homes in the river valley overnight\n"
        "\u2022 Two bridges are closed to traffic until the water falls again\n"
    )
    story = parse(text, check=False)
    assert story.body[-2:] == (
        "\u2022 About 900 residents have left their homes in the river valley overnight",
        "\u2022 Two bridges are closed to traffic until the water falls again",
    )


def test_a_wrapped_line_opening_with_a_spaced_guillemet_carries_on() -> None:
    # French sets a space inside `« »`: the mark alone is no word that would have fitted
    # on the line above, so the line under a full one carries on the paragraph.
    first = (
        "PARIS, 14 juil 2026 (AFP) - Les urgences de la région ont atteint un\n"
        "niveau que les syndicats de soignants qualifient de fait de\n"
        "« jamais vu » depuis 2020, et ils demandent des renforts immédiats\n"
        "avant la fin du mois, ont-ils indiqué mardi lors d'une conférence.\n"
    )
    second = (
        "Le ministre de la Santé doit recevoir les représentants des syndicats\n"
        "jeudi matin au ministère, a précisé son entourage à l'AFP, sans plus\n"
        "de détails sur les mesures qui pourraient être annoncées ce jour-là.\n"
    )
    text = "Urgences : les soignants en grève\n\n" + first + "\n" + second
    story = parse(text, check=False, today=_TODAY)
    assert len(story.body) == 2, story.body
    assert "qualifient de fait de « jamais vu » depuis 2020" in story.body[0]


def test_a_dashed_item_under_a_wrapped_paragraph_is_not_joined_to_it() -> None:
    # A dash opening a line is a list's mark, not a spaced quotation mark: where the
    # dash would have fitted on the line above, the item opens a line of its own.
    text = (
        "Flood forces evacuations\n\n"
        "PORTO ALEGRE, Brazil (AP) - Rising rivers forced thousands of people\n"
        "from their homes on Tuesday, the civil defense agency said, listing\n"
        "the worst-hit towns and the main roads that were closed overnight\n"
        "by the water, which is still rising in the north of the state:\n"
        "- About 900 residents left\n"
        "- Two bridges are closed\n\n"
        "The agency said more rain was expected in the region on Wednesday.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[1:3] == ("- About 900 residents left", "- Two bridges are closed")


def test_a_wrapped_line_that_stops_on_of_goes_on_however_short() -> None:
    # Archives wrapped at uneven widths: a first line shorter than the wrap width ended on
    # `of` and was cut off as a paragraph of its own.
    story = parse(
        "HARBOUR PLAN STALLS\n\n"
        "It is hard to imagine a more ardent supporter of\n"
        "the harbour plan than Councillor Sam Fell, who was elected to his third term in\n"
        "November and who promised to see the plan through before he stepped down.\n\n"
        "As a freshman in 1995, one of his first acts was to submit, with a certain\n"
        "flourish, a plan for the harbour to the council clerk.\n",
        check=False,
    )
    assert story.body[0].startswith("It is hard to imagine a more ardent supporter of the harbour")
    assert len(story.body) == 2


def test_a_paragraph_s_last_line_carried_on_in_small_letters_is_not_cut_off() -> None:
    # A page's markets report keeping its wire breaks, wrapped unevenly: the paragraph's
    # short first line stops on a figure where the next word would have fitted, and its
    # last line, short too, goes on in small letters and ends the sentence.
    story = parse(
        "HALDEN, Oct 8 Nordic shares fell on Monday\n"
        "after a weak report on the outlook for Baltic shipping capped\n"
        "investor sentiment around company results and kept markets\n"
        "firmly within their recent narrow trading range.\n"
        "Worries grew after the port authority cut its forecasts\n"
        "for the northern routes, saying the slowdown in freight\n"
        "to the eastern harbours could last longer than expected.\n"
        "The Halden 40 index provisionally closed\n"
        "down 0.8 percent at 1,204.55 points, erasing much of a 1 percent\n"
        "rise on Friday after better-than-expected shipping data.\n"
        "The market has traded a narrow 30 point range since Sept. 24.\n"
        "The Kirkby blue-chip index fell 1.4\n"
        "percent to 3,117.20 points.\n"
        '"We are coming into results season. We are coming\n'
        "into what is usually the weakest point for equities\n"
        'markets," said Northgate Securities trader Ola\n'
        "Brekke, who said he would still buy\n"
        "on any weakness.\n",
        check=False,
        today=_TODAY,
    )
    assert "percent to 3,117.20 points." not in story.body
    assert any(p.endswith("index fell 1.4 percent to 3,117.20 points.") for p in story.body)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the line stops on `the`, the next opens in capitals
        (
            "  Rising fuel costs at the",
            "  Port of Halden have pushed ferry operators to raise fares for\n",
        ),
        # the line stops mid-sentence, the next opens in small letters
        (
            "  Ferry operators plan to raise fares",
            "  sharply from next month to cover rising fuel costs at the port\n",
        ),
    ],
)
def test_an_archive_s_short_first_line_opens_the_lede(first: str, second: str) -> None:
    # Archive copy whose dateline was cut from the first line (a corpus's text): an
    # ALL-CAPS headline, the lede's first line shorter than the wrap, continuation lines
    # indented two spaces, new paragraphs deeper.
    text = (
        "FERRY FARES SET TO RISE ON FUEL COSTS\n"
        f"{first}\n"
        f"{second}"
        "  the summer season, operators and port officials said on\n"
        "  Tuesday.\n"
        "      The harbour board said it would review the port's own\n"
        "  charges to soften the rise, but gave no date for a decision\n"
        "  and warned that dredging costs were also going up.\n"
        "      Operators said bookings for the summer were already lower\n"
        "  than last year and that some routes could be cut in winter.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "FERRY FARES SET TO RISE ON FUEL COSTS"
    assert story.body[0].startswith(first.strip() + " " + second.split()[0])
    assert len(story.body) == 3
    assert story.removed == ()


# Copy an agency's web page prints with its wire breaks kept and no blank lines, wrapped at
# no one width (PTI's): no wrap column shows, but lines carried on in small letters do.
_UNEVEN_WRAP = (
    "Kerala fishermen welcome early monsoon forecast\n\n"
    "Kochi, Jun 3 (PTI) Fisheries Minister of Kerala Rohan\n"
    "Menon has welcomed the early forecast of the south-west monsoon along the\n"
    "coast and asked boat owners to repair their nets in time.\n"
    '"The boats must be ready before the first storms come in,"\n'
    "Menon said.\n"
    "Recalling the losses suffered by the fishermen of the\n"
    'Malabar coast last year, he said, "No family in the coastal villages should face that\n'
    'again, and the state will stand by them."\n'
)


def test_unevenly_wrapped_copy_is_joined_where_a_line_stops_mid_sentence() -> None:
    story = parse(_UNEVEN_WRAP, check=False, today=_TODAY)
    assert story.headline == "Kerala fishermen welcome early monsoon forecast"
    assert story.dateline is not None and story.dateline.raw == "Kochi, Jun 3 (PTI)"
    assert story.body == (
        "Fisheries Minister of Kerala Rohan Menon has welcomed the early forecast of the "
        "south-west monsoon along the coast and asked boat owners to repair their nets in time.",
        '"The boats must be ready before the first storms come in," Menon said.',
        "Recalling the losses suffered by the fishermen of the Malabar coast last year, he "
        'said, "No family in the coastal villages should face that again, and the state will '
        'stand by them."',
    )


def test_a_line_stopping_on_an_article_goes_on_over_a_capital() -> None:
    # A short story shows no wrap width; `the` ends no heading, whatever the next line.
    story = parse(
        "Harbour board delays vote\n\n"
        "The harbour board put off its vote on the new fees for the\n"
        "Northgate Quay until the autumn, its chairwoman said.\n",
        check=False,
        today=_TODAY,
    )
    assert story.body == (
        "The harbour board put off its vote on the new fees for the Northgate Quay until "
        "the autumn, its chairwoman said.",
    )


def test_headings_and_links_in_unevenly_wrapped_copy_stay_lines_of_their_own() -> None:
    # The agency's blurb in long lines (no wrap width shows), then a headline right over
    # the dated lede, a subhead stopping on a preposition, and links, one stopping on a
    # verb's particle: none of them is a wrapped line carried on.
    blurb = (
        "Island Wire is the islands' oldest news service, owned by the papers it serves and "
        "filing from Kirkwall every day of the week for readers on all the northern isles.\n\n"
        "Besides its news service in English, Island Wire runs a picture desk and a service "
        "in Norn for the schools of the outer isles, sent out by satellite and by post.\n\n"
        "Releases reach subscribers through the wire, which serves the islands' papers, "
        "radio stations and a growing number of websites on the mainland as well.\n\n"
    )
    headings = (
        "Ferry strike leaves island villages short of supplies",
        "What the shops on the islands are running short of",
        "Most read",
        "Pilots' dispute over rest periods drags on as talks break down",
        "Harbour Board Approves New Fees for Northgate Quay Berths",
    )
    text = (
        f"{blurb}{headings[0]}\n"
        "Orkney, Jun 3 (PTI) Ferry crews on the northern route walked\n"
        "out on Tuesday over rest periods, leaving several island villages\n"
        "short of fuel and fresh food, the operator said.\n"
        f"{headings[1]}\n"
        "Talks between the union and the operator were set to resume\n"
        "on Thursday in Kirkwall.\n"
        f"{headings[2]}\n{headings[3]}\n{headings[4]}\n"
    )
    units = [u.paragraph.text for u in segment(text.split("\n"))]
    for heading in headings:
        assert heading in units, heading
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.raw == "Orkney, Jun 3 (PTI)"
    assert story.body[0] == (
        "Ferry crews on the northern route walked out on Tuesday over rest periods, leaving "
        "several island villages short of fuel and fresh food, the operator said."
    )


def test_double_spaced_wrap_among_one_line_paragraphs_is_joined() -> None:
    # A blog's copy of an agency story: the lede's lines wrapped with a blank line under
    # each and paragraphs apart by no more, then paragraphs of one line each. A line
    # stopping mid-sentence goes on over the blank, onto small letters or, where the run
    # shows that, from a word no line ends on (`on`) onto a capital.
    text = (
        "Villagers greet new year with lantern show\n\n"
        "HARBIN, Dec. 30 (Xinhua) -- Local officials and\n\n"
        "nearly 2,000 villagers watched a lantern show staged here on\n\n"
        "Tuesday evening to welcome the new year.\n\n"
        "After the show, the officials walked onto the square to thank the\n\n"
        "lantern makers for their months of work.\n\n"
        "The show has been held in the village every winter since 1962, when a group of "
        "farmers first carved lanterns out of the river ice.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.raw == "HARBIN, Dec. 30 (Xinhua) --"
    assert story.body == (
        "Local officials and nearly 2,000 villagers watched a lantern show staged here on "
        "Tuesday evening to welcome the new year.",
        "After the show, the officials walked onto the square to thank the lantern makers "
        "for their months of work.",
        "The show has been held in the village every winter since 1962, when a group of "
        "farmers first carved lanterns out of the river ice.",
    )


def test_double_spaced_wrap_goes_on_onto_a_capital_from_a_lede_or_inside_a_paragraph() -> None:
    # An agency's page double-spacing its wire's lines, paragraphs apart by no more: a
    # name cut by the wrap (`Chief` / `Justice ...`) goes on over the blank from the
    # dated lede's first line and from a line inside a paragraph. A caption of one line,
    # stopping as a cut line does, stays a paragraph of its own.
    text = (
        "SELMARK, Mar 9 (KNA): The Minister for Water Ilse Marrow on Monday said Chief\n\n"
        "Justice Oren Talvi had approved the river commission and its members.\n\n"
        "Speaking to reporters, she said that the commission would begin its work with the\n\n"
        "survey of the northern dams and the canals built under\n\n"
        "the previous government.\n\n"
        "Asked about the budget, she said, the money for the works would\n\n"
        "be released in two parts by the office of the former Deputy\n\n"
        "Governor Edda Brann.\n\n"
        "Minister Ilse Marrow speaking to reporters outside the water ministry on Monday\n\n"
        "She said the work would be finished in two years.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body == (
        "The Minister for Water Ilse Marrow on Monday said Chief Justice Oren Talvi "
        "had approved the river commission and its members.",
        "Speaking to reporters, she said that the commission would begin its work with the "
        "survey of the northern dams and the canals built under the previous government.",
        "Asked about the budget, she said, the money for the works would be released in two "
        "parts by the office of the former Deputy Governor Edda Brann.",
        "Minister Ilse Marrow speaking to reporters outside the water ministry on Monday",
        "She said the work would be finished in two years.",
    )


def test_a_page_s_tag_line_stopping_on_an_article_is_not_joined_over_a_blank() -> None:
    # Web copy, blank lines between its lines and no line carried on in small letters: a
    # tag line stopping on `a` over a link's headline is no wrapped line.
    text = (
        "Stalls reopen on the harbour front\n\n"
        "The market stalls on the harbour front reopened on Saturday after the winter "
        "repairs, the council said.\n\n"
        "Traders said the first weekend was busier than any since the storm.\n\n"
        "Related\n\n"
        "Harbour Kirkby markets stalls fish and trade a\n\n"
        "Ferry Crews Walk Out Over Rest Periods On The Northern Route\n"
    )
    units = [u.paragraph.text for u in segment(text.split("\n"))]
    assert "Harbour Kirkby markets stalls fish and trade a" in units
    assert "Ferry Crews Walk Out Over Rest Periods On The Northern Route" in units


def test_a_shop_s_items_opening_in_small_letters_are_not_joined_over_blanks() -> None:
    # A list of products a blank line apart, each opening with the brand in small
    # letters and stopping on a price: items opening alike, no sentence carried on.
    items = [
        "kelpwear Harbour High-Rise Jogger Sale Price $79 USD Regular Price $118 USD",
        "kelpwear Harbour High-Rise Pant Sale Price $39 - $79 USD Regular Price $98 USD",
        "kelpwear Harbour High-Rise Crop Sale Price $39 - $69 USD Regular Price $88 USD",
        "kelpwear Harbour Wide-Leg Pant Sale Price $69 USD Regular Price $128 - $138 USD",
    ]
    text = "Best leggings on sale this week\n\n" + "\n\n".join(items) + "\n"
    units = [u.paragraph.text for u in segment(text.split("\n"))]
    assert units[1:] == items


_HARD_WRAPPED_UNDER_A_DEK = (
    "Nearly 8,000 people had moved to safer ground in the Orsanne Islands’ northern "
    "districts ahead of Storm Kara’s arrival.\n"
    "Storm Kara strikes the Orsanne Islands\n"
    "with sustained winds of 140km per hour. (Photo: MNA)\n"
    "Kara, which made landfall\n"
    "in the islands early on May 30 with sustained winds of 140km per hour, tore\n"
    "off roofs and felled trees. Following a path just north of last month’s\n"
    "Storm Lise, which killed more than 40 people, the new storm crossed\n"
    "the Orsanne Islands’\n"
    "largest island and dropped heavy rain along the way.\n"
    "Many villages have been cut off as landslides blocked a mountain road in the\n"
    "northern districts, where rescue teams were still working late on Sunday.\n"
    "Source: MNA\n"
)


def test_a_dek_on_one_line_over_hard_wrapped_copy_is_a_paragraph_of_its_own() -> None:
    # the dek runs far past the copy's wrap and ends a sentence: no wrap cut it
    story = parse(_HARD_WRAPPED_UNDER_A_DEK, check=False)
    assert story.body[0].endswith("ahead of Storm Kara’s arrival.")
    assert [(c.line, c.end_line, c.credit) for c in story.captions] == [(2, 3, "(Photo: MNA)")]


def test_a_wrapped_line_ending_on_a_plural_possessive_goes_on() -> None:
    story = parse(_HARD_WRAPPED_UNDER_A_DEK, check=False)
    assert any("the Orsanne Islands’ largest island and dropped" in p for p in story.body)


def test_a_source_note_under_hard_wrapped_copy_is_no_part_of_its_last_paragraph() -> None:
    story = parse(_HARD_WRAPPED_UNDER_A_DEK, check=False)
    assert story.body[-1].endswith("late on Sunday.")
    assert [(r.line, r.reason) for r in story.removed] == [(12, "credit")]
