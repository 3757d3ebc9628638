"""Targeted cases for the assembler: shapes that broke it once, invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse
from wirecheck.accounting import line_places

_TODAY = date(2026, 11, 29)

# AP archive copy where half the lines open a paragraph (three-space indent): the indent
# of continuation lines is the lower one, not the median.
AP_SHORT_PARAGRAPHS = """\
   Soviets Report Record Grain Harvest
   By ALAN WEBSTER
   Associated Press Writer
   MOSCOW (AP) _ The Soviet Union harvested a record 235 million tons of
grain this year, the official news agency Tass said Thursday, but
officials warned that storage and transport problems could waste a
large part of the crop.
   ``We have the grain, now we must save it,'' said a senior official
of the Agriculture Ministry, who spoke on condition of anonymity.
   Western experts had forecast a crop of about 210 million tons.
AP-NY-11-02-89 1432EST
"""


def test_indented_paragraphs_of_short_archive_copy() -> None:
    story = parse(AP_SHORT_PARAGRAPHS, check=False, today=_TODAY)
    assert story.headline == "Soviets Report Record Grain Harvest"
    assert story.byline is not None and story.byline.names == ("ALAN WEBSTER",)
    assert story.dateline is not None and story.dateline.raw == "MOSCOW (AP) _"
    assert [p.text[:20] for p in story.paragraphs] == [
        "The Soviet Union har",
        "``We have the grain,",
        "Western experts had ",
    ]
    assert story.removed[-1].reason == "wire-code"  # the AP-NY-11-02-89 trailer


def test_an_outlet_word_inside_a_headline_is_not_a_credit_line() -> None:
    text = (
        "Lawmakers Approve Record Budget\n\nBy Jane Doe\n\n"
        "BOSTON (AP) — Lawmakers approved a record budget on Tuesday after a long debate.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Lawmakers Approve Record Budget"


def test_a_name_and_outlet_line_is_the_byline_not_the_headline() -> None:
    text = (
        "Menu\n\nCity council delays vote on new bus routes\n\n"
        "Kaitlyn Moreau Cherry Hill Courier-Post\n\n"
        "The city council on Monday delayed a vote on new bus routes after residents "
        "asked for more time to study the plan, officials said.\n\n"
        "The council will take up the plan again next month, the clerk said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "City council delays vote on new bus routes"
    assert story.byline is not None and story.byline.names == ("Kaitlyn Moreau",)


def test_section_rules_are_not_body() -> None:
    text = (
        "Storms knock out power\n\nCHICAGO (AP) — Storms knocked out power to thousands "
        "of homes on Tuesday, utilities said.\n\nCrews worked through the night.\n\n___\n\n"
        "Associated Press writer Tom Reed contributed to this report.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "___" not in story.body
    assert any(r.text == "___" for r in story.removed)


def test_an_agency_name_alone_under_the_headline_is_its_byline() -> None:
    text = (
        "Ottawa unveils housing plan\n\nThe Canadian Press\n\n"
        "OTTAWA — The federal government unveiled a plan on Monday to build new homes, "
        "the housing minister said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None
    assert (story.byline.raw, story.byline.names) == ("The Canadian Press", ())
    # So is the agency's staff line a wire site prints in the byline's place.
    story = parse(text.replace("The Canadian Press", "Reuters Staff"), check=False, today=_TODAY)
    assert story.byline is not None
    assert (story.byline.raw, story.byline.names) == ("Reuters Staff", ())


def test_bloomberg_assistance_credit_is_not_body() -> None:
    text = (
        "Fed officials signal patience\n\nWASHINGTON (Bloomberg) -- Federal Reserve "
        "officials signaled on Wednesday they were in no hurry to cut interest rates.\n\n"
        "Policymakers said they wanted more evidence that inflation was cooling.\n\n"
        "--With assistance from John Roe.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert len(story.paragraphs) == 2
    assert story.removed[-1].text == "--With assistance from John Roe."


def test_an_end_mark_run_onto_the_last_paragraph_keeps_the_paragraph() -> None:
    # Xinhua closes a story inside its last paragraph's line: `... said. Enditem`.
    text = (
        "Grain output hits record high\n\n"
        "BEIJING, Dec. 12 (Xinhua) -- Grain output reached a record high this year, up "
        "1.3 percent year on year, the statistics bureau said Monday.\n\n"
        "The output of autumn grain, about three quarters of the total, rose 1.6 percent, "
        "the bureau said.\n\n"
        "Officials attributed the growth to favorable weather and improved seeds. Enditem\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert (
        story.body[-1] == "Officials attributed the growth to favorable weather and improved seeds."
    )
    assert [(r.line, r.text, r.reason) for r in story.removed] == [(7, "Enditem", "wire-code")]
    assert line_places(story)[7] == ["body", "removed:wire-code"]


def test_kuna_end_mark_and_desk_initials_run_onto_the_last_paragraph_are_cut() -> None:
    # KUNA closes a story with `(end)` and its desks' initials between full stops, on the
    # last paragraph's line or on a line of their own.
    lede = (
        "Harbour chief hails award to Drosk mayor\n\n"
        "DROSK, Sept 18 (KUNA) -- The harbour chief on Friday congratulated the mayor of "
        "Drosk on a regional award granted to him.\n\n"
    )
    last = 'He said the mayor "gave the harbour steady support through the storms."'
    story = parse(lede + last + " (end) qr.st\n", check=False, today=_TODAY)
    assert story.body[-1] == last
    assert [(r.text, r.reason) for r in story.removed] == [("(end) qr.st", "wire-code")]
    alone = parse(lede + last + "\n\n(end) qrs.tu\n", check=False, today=_TODAY)
    assert alone.body[-1] == last
    assert [r.text for r in alone.removed] == ["(end) qrs.tu"]


def test_a_teasers_read_more_run_onto_the_last_paragraph_is_cut() -> None:
    # A relayed teaser keeps its link's words glued to its last sentence.
    last = "The harbour board of Drosk will meet again in March, its chairman said on Monday."
    text = "Drosk harbour board to meet again\n\nDROSK (KNA) - " + last + " …read more\n"
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == last
    assert [(r.text, r.reason) for r in story.removed] == [("…read more", "boilerplate")]


def test_a_caption_credited_to_its_agency_alone_is_a_caption() -> None:
    text = (
        "(LEAD) Harbour talks to resume next month\n\n"
        "Officials shake hands before their talks in Seoul on Nov. 29, 2026. "
        "(PHOTO NOT FOR SALE) (Yonhap)\n\n"
        "SEOUL, Nov. 29 (Yonhap) -- South Korea and Japan agreed Sunday to resume harbour "
        "talks, the ministry said.\n\n"
        "The agreement was reached at a meeting in Seoul.\n\n(END)\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.credit for c in story.captions] == ["(Yonhap)"]
    assert len(story.body) == 2


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "The harbour master walks the north pier on Nov. 2, 2026, in Northbank. (AP)",
            "(AP)",
        ),
        (
            "Ann Lee looks at old family photos with her husband, two months after the "
            "storm. WHBN/YouTube",
            "WHBN/YouTube",
        ),
        (
            "The mayor is vowing to keep the ferries running through the winter. MayorLeeNB/X",
            "MayorLeeNB/X",
        ),
        # a labelled credit, the parentheses whole
        (
            "The new north pier at dawn (Image credit: Harbour Board)",
            "(Image credit: Harbour Board)",
        ),
    ],
)
def test_a_caption_credited_to_a_wire_or_a_video_site_is_a_caption(
    caption: str, credit: str
) -> None:
    text = (
        "Ferries to run through the winter\n\n"
        "The harbour board said on Sunday that the ferries would run through the winter "
        "for the first time in a decade, after a new pier opened.\n\n"
        f"{caption}\n\n"
        "The board will add two boats on the busiest routes, the chair said.\n\n"
        "Fares will stay the same until the spring, she said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.credit for c in story.captions] == [credit]
    assert caption not in story.body and len(story.body) == 3


@pytest.mark.parametrize(
    "credit",
    ["(File | PTI)", "(Image: ANI)", "(Photo: IANS)", "PTI Photo", "Xinhua Photo", "Source: AAP"],
)
def test_a_caption_with_an_indian_agencys_labelled_credit_is_a_caption(credit: str) -> None:
    # the credit is the whole parenthesis, never `Image: ANI)`
    text = (
        "Harbour minister opens new ferry pier\n\n"
        f"Harbour Minister Ann Lee {credit}\n\n"
        "NEW DELHI, Sept 24 (ANI): Harbour Minister Ann Lee on Thursday opened a new ferry "
        "pier, the ministry said.\n\n"
        "The pier will take two more boats on the busiest routes, she said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Harbour minister opens new ferry pier"
    assert [(c.text, c.credit) for c in story.captions] == [
        (f"Harbour Minister Ann Lee {credit}", credit)
    ]
    assert len(story.body) == 2


def test_a_caption_printed_again_without_its_credit_is_a_caption_copy() -> None:
    text = (
        "Ferries to run through the winter\n\n"
        "The harbour board said on Sunday that the ferries would run through the winter "
        "for the first time in a decade, after a new pier opened.\n\n"
        "Winter service: Ferries will run all year. Jane Roe via Getty Images\n"
        "Winter service: Ferries will run all year.\n\n"
        "The board will add two boats on the busiest routes, the chair said.\n\n"
        "Fares will stay the same until the spring, she said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    # (the credit found is `Roe via Getty Images`: the copy still matches)
    assert [(c.line, c.credit is None) for c in story.captions] == [(5, False), (6, True)]
    assert len(story.body) == 3


@pytest.mark.parametrize("above_body", [False, True])
def test_a_caption_printed_twice_the_second_time_with_its_agency_is_two_captions(
    above_body: bool,
) -> None:
    # A page's alt text over its caption; alone, `... post. (REUTERS)` would be a story's
    # last paragraph signed off by its agency.
    caption = "Coast guard officers lower their flags at the Kessel border post."
    pair = f"{caption}\n{caption} (REUTERS)\n\n"
    lede = (
        "Vellmar on Tuesday rejected its neighbour's new map, which counts the port of "
        "Harbourton as the neighbour's own territory.\n\n"
    )
    rest = "The foreign ministry called the claims untenable and without legal basis.\n"
    head = "Vellmar rejects neighbour's new map\n\n"
    text = head + (pair + lede if above_body else lede + pair) + rest
    story = parse(text, check=False, today=_TODAY)
    assert [(c.text, c.credit) for c in story.captions] == [
        (caption, None),
        (f"{caption} (REUTERS)", "REUTERS"),
    ]
    assert [p.text[:7] for p in story.paragraphs] == ["Vellmar", "The for"]
    # Printed once, the paragraph is the story's, signed off by its agency.
    once = parse(head + lede + f"{caption} (REUTERS)\n", check=False, today=_TODAY)
    assert not once.captions


@pytest.mark.parametrize(
    ("signed", "credit"),
    [
        ("King Oren of Selva greets the island leaders. (SNA)", "SNA"),
        ("King Oren of Selva greets the island leaders at the palace, officials said. —AP", "AP"),
    ],
)
def test_a_caption_printed_twice_with_its_credit_both_times_is_two_captions(
    signed: str, credit: str
) -> None:
    # The same credited line twice over the lede is a picture's caption and its copy, not
    # the story's first paragraphs (nor a dek printed again).
    head = "Island Leaders Congratulate Selva's King on Founding Day\n\n"
    lede = (
        "Island leaders on Wednesday congratulated King Oren of Selva on the occasion of "
        "Selva's Founding Day, which falls on Thursday.\n\n"
    )
    rest = "The ruler of Tarvik sent a cable of congratulations to the king on the occasion.\n"
    story = parse(head + f"{signed}\n{signed}\n\n" + lede + rest, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(3, credit), (4, credit)]
    assert [p.text[:6] for p in story.paragraphs] == ["Island", "The ru"]
    assert story.headline == head.strip()


def test_a_headline_printed_twice_stays_the_headline_over_credited_twins() -> None:
    # A headline printed twice has no credit after it: it is no caption.
    head = "Tarvik mayor wins regional award for harbour work\n"
    lede = (
        "TARVIK, Sept 18 (KNA) -- Mayor Anton Krell on Friday won a regional award for his "
        "long work on the harbour, the council said.\n"
    )
    story = parse(head + head + "\n" + lede, check=False, today=_TODAY)
    assert not story.captions
    assert story.headline == head.strip()


@pytest.mark.parametrize("lede_repeats", [True, False])
def test_a_line_twice_naming_the_ledes_subject_under_the_headline_is_a_caption(
    lede_repeats: bool,
) -> None:
    # No credit: the lede opening with the same words, under a headline, tells the
    # picture's caption from a headline printed twice.
    head = "Transport minister hails award to Tarvik mayor\n\n"
    twin = "Tarvik Minister of Transport Olen Varga\n"
    subject = "Tarvik Minister of Transport Olen Varga" if lede_repeats else "Olen Varga"
    lede = (
        f"TARVIK, Sept 18 (KNA) -- {subject} on Friday congratulated Mayor Anton Krell on "
        "a regional award granted to him earlier today.\n"
        "Varga said in a statement that the mayor deserved the honour for his work.\n"
    )
    story = parse(head + twin + twin + lede, check=False, today=_TODAY)
    if lede_repeats:
        assert story.headline == head.strip()
        assert [(c.line, c.credit) for c in story.captions] == [(3, None), (4, None)]
    else:
        assert not story.captions
        assert story.headline == twin.strip()


def test_a_caption_copy_with_a_pictures_controls_run_on_is_a_caption() -> None:
    # German pages credit with `Bild:`; the copy over it carries the picture's controls
    text = (
        "Explosion in Wohnblock: Opfer identifiziert\n\n"
        "Nordstadt: Das Foto der Polizei zeigt das Mehrfamilienhaus. (Foto) Suche\n"
        "Nordstadt: Das Foto der Polizei zeigt das Mehrfamilienhaus. "
        "Bild: Polizei Nordstadt/dpa\n\n"
        "Bei der Explosion in einem Wohnblock ist ein Mensch ums Leben gekommen.\n\n"
        "Die Ursache wird untersucht, sagte eine Sprecherin der Polizei.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [
        (3, None),
        (4, "Bild: Polizei Nordstadt/dpa"),
    ]
    assert len(story.body) == 2


def test_a_story_sentence_a_caption_repeats_elsewhere_stays_in_the_body() -> None:
    # the caption reuses the story's sentence, far from it: the sentence is the story's
    text = (
        "Ferries to run through the winter\n\n"
        "The harbour board said on Sunday that the ferries would run through the winter "
        "for the first time in a decade, after a new pier opened.\n\n"
        "Ferries will run all year on the busiest routes.\n\n"
        "The board will add two boats on the busiest routes, the chair said.\n\n"
        "Fares will stay the same until the spring, she said.\n\n"
        "Ferries will run all year on the busiest routes. Jane Roe via Getty Images\n\n"
        "The pier cost more than planned, the board's report said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "Ferries will run all year on the busiest routes." in story.body
    assert [c.line for c in story.captions] == [11]


def test_a_caption_right_over_the_lede_of_a_copy_with_no_headline_is_the_storys() -> None:
    text = (
        "The minister said the plan would bring new homes to the old quarter. "
        "— Picture by Ana Ruiz\n\n"
        "NORTHBANK, Feb 1 — The minister today approved the redevelopment of the quarter.\n\n"
        "Work is due to start next year.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(1, "Picture by Ana Ruiz")]
    assert story.removed == ()


def test_a_file_photos_description_is_a_caption() -> None:
    text = (
        "Police step up patrols after attack\n\n"
        "File photo of police officers on patrol.\n\n"
        "NORTHBANK (AP) — Police will be more visible at the harbour today, the chief said.\n\n"
        "He said there was no known threat to the city.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == ["File photo of police officers on patrol."]
    assert len(story.body) == 2


def test_a_captions_empty_image_and_table_pipe_are_markup_not_its_text() -> None:
    # A page rendered with its pictures gone: an empty image opens each caption, and a
    # table cell's pipe closes it.
    text = (
        "Mayor Tomas Brel received the Dornfeld delegation in Harbourton on Monday.\n"
        "![]() Mayor Tomas Brel (R) greets the Dornfeld delegation. Photo: Ana Ruiz/HNA |\n"
        "![](https://img.example/2.jpg) The harbour at dusk. Photo: Ana Ruiz/HNA |\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.text, c.credit) for c in story.captions] == [
        (
            "Mayor Tomas Brel (R) greets the Dornfeld delegation. Photo: Ana Ruiz/HNA",
            "Photo: Ana Ruiz/HNA",
        ),
        ("The harbour at dusk. Photo: Ana Ruiz/HNA", "Photo: Ana Ruiz/HNA"),
    ]
    assert [(c.line, c.end_line) for c in story.captions] == [(2, 2), (3, 3)]


@pytest.mark.parametrize(
    "tail",
    [
        "Check Also\n\nMinister tours the Norvale trade zone\n\n"
        "Norvale, During a visit on Friday, the minister toured the zone and met traders...\n",
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n",
    ],
)
def test_a_teasers_check_also_label_or_a_comment_form_ends_the_story(tail: str) -> None:
    text = (
        "Mayor opens new river bridge\n\n"
        "Mayor Anton Krell today opened the new bridge over the Selva river in Tarvik.\n\n"
        "The ceremony was attended by council members and business leaders.\n\n" + tail
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "The ceremony was attended by council members and business leaders."
    assert len(story.body) == 2


def test_a_stock_pictures_label_makes_a_caption() -> None:
    # dpa's pages close a stock photo's caption with `(Symbolbild)` or open it with the
    # label: the description over its credit, and a labelled line in the body
    text = (
        "Sturm legt Bahnverkehr lahm\n\n"
        "Ein umgestürzter Baum liegt auf den Gleisen. (Symbolbild)\n"
        "Foto: Jonas Walzberg/dpa\n\n"
        "Hamburg (dpa) - Ein Sturm hat am Dienstag den Bahnverkehr im Norden lahmgelegt.\n\n"
        "Zwischen Hamburg und Bremen fielen mehrere Züge aus, sagte eine Sprecherin.\n\n"
        "Symbolbild: Ein Zug steht im Bahnhof.\n\n"
        "Die Bahn rechnete damit, dass der Verkehr am Mittwoch wieder normal läuft.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.line for c in story.captions] == [3, 4, 10]
    assert len(story.body) == 3 and story.removed == ()


def test_a_caption_whose_credit_went_to_the_next_line_is_a_caption() -> None:
    text = (
        "Ferries to run through the winter\n\n"
        "The harbour board said on Sunday that the ferries would run through the winter "
        "for the first time in a decade, after a new pier opened.\n\n"
        "Longtime ferry captain Ann Lee. Photo:\n\nWHBN/YouTube\n\n"
        "The board will add two boats on the busiest routes, the chair said.\n\n"
        "Fares will stay the same until the spring, she said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "Longtime ferry captain Ann Lee. Photo:" in [c.text for c in story.captions]
    assert len(story.body) == 3


def test_a_lede_retelling_the_headline_is_no_title_repeat_under_a_page_title() -> None:
    # The page's first line is its title; the lede shares half its words, in a sentence.
    text = (
        "Scientists find a new species of frog in the Andes\n\n"
        "November 29, 2026 5:00 AM ET\n\n"
        "Heard on Weekend Edition Sunday\n\n"
        "Jane Roe\n\n"
        "A team of scientists has discovered a new species of frog living in the cloud "
        "forests of the Andes, researchers said this week.\n\n"
        "The frog, which is about the size of a fingernail, was found at an altitude of "
        "more than 3,000 meters.\n\n"
        "\"It's a reminder of how much we still don't know,\" said one of the researchers.\n\n"
        "Copyright © 2026 Public Radio. All rights reserved.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[0].startswith("A team of scientists has discovered")
    assert len(story.body) == 3


@pytest.mark.parametrize(
    ("last", "removed"),
    [
        ("Follow Jane Roe at https://x.example/janeroe", True),
        ("Follow AP's coverage of the elections at https://example.com/hub/elections", True),
        (
            "The Associated Press' climate coverage receives financial support from private "
            "foundations. AP is solely responsible for all content.",
            True,
        ),
        ("Follow Reuters on X", True),
        ("-- Frankfurt Newsroom, +49 69 7565 1212", True),  # the desk that filed it
        ("--London Money Desk +44 20 7542 7717", True),
        ("-- the desk said it would review the plan.", False),
        ("Published in The Harbour Gazette, November 30th, 2026", True),
        (
            "The Harbour Gazette is an independent regional news organization dedicated to "
            "factual reporting. Founded in 1902, it serves three counties.",
            True,
        ),
        (
            "The Weather Desk's primary journalistic mission is to report on breaking "
            "weather news and the importance of science to our lives.",
            True,
        ),
        # an agency writer's beat under the story
        ("Jane Roe covers city hall for The Associated Press. Follow her on X at @jroe.", True),
        ("Jane Roe covers the energy markets for Reuters.", True),
        ("Tom Hale reports on shipping for AFP from Marseille.", True),
        ("Jane Roe covers shortstop for the Harbour Hawks, the coach said.", False),
        ("The agency, founded in 1902, is a news organization the city owns, she said.", False),
        ("Published in a journal on Monday, the study found that rats dream.", False),
        # a sentence that starts like a prompt is story
        ("Follow the money, the detective said.", False),
    ],
)
def test_an_agencys_closing_prompts_are_chrome(last: str, removed: bool) -> None:
    text = (
        "Mayor outlines plan to cut traffic\n\nBy Jane Roe\n\n"
        "BOSTON (AP) — The mayor on Sunday outlined a plan to cut traffic in the city center, "
        "saying congestion had become unbearable.\n\n"
        "The plan starts in January, she said.\n\n"
        f"{last}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert (story.body[-1] != last) is removed
    assert any(r.text == last for r in story.removed) is removed


@pytest.mark.parametrize(
    ("last", "byline", "credit"),
    [
        ("(With inputs from agencies)", (), True),
        ("(With inputs from PTI, Reuters)", (), True),
        ("Edited by Ann Lee", (), True),
        ("(Translated by Ann Lee)", (), True),
        ("With additional reporting by Jane Roe", ("Jane Roe",), False),
        # a signature under the last paragraph: the byline of a story that has none
        ("— Jane Roe, Associated Press", ("Jane Roe",), False),
        ("-- Ömer Çelik, Reuters", ("Ömer Çelik",), False),
        ("— Jane Roe, the city's planning chief.", (), False),  # a dash and an aside
        # sentences that open the same way are story
        ("With inputs from the public, the council drew up new plans.", (), False),
        ("Edited by Ann Lee, the anthology collects essays on harbours.", (), False),
        # the writer credited at the foot of a science site's release, alone or in the
        # site's credit line: the byline, by name only
        ("Original written by Ann Lee.", ("Ann Lee",), False),
        (
            "Materials provided by Harbour University. Original written by Ann Lee. Note: "
            "Content may be edited for style and length.",
            ("Ann Lee",),
            False,
        ),
        ("Written by Ann Lee and Tom Hale", ("Ann Lee", "Tom Hale"), False),
        ("Written by Ann Lee, the memoir tells of her years at sea.", (), False),
        ("Originally written by Mozart for the harpsichord, the piece was lost.", (), False),
    ],
)
def test_credit_lines_closing_a_story(last: str, byline: tuple[str, ...], credit: bool) -> None:
    text = (
        "Talks on trade to resume next month\n\n"
        "NEW DELHI, Nov 29 (Reuters) - India and its neighbours will resume trade talks next "
        "month, officials said on Sunday.\n\n"
        "The talks were suspended last year after a dispute over tariffs.\n\n"
        f"{last}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert (story.byline.names if story.byline else ()) == byline
    assert [r.text for r in story.removed if r.reason == "credit"] == ([last] if credit else [])
    assert (last in story.body) == (not credit and not byline)


@pytest.mark.parametrize(
    ("closing", "removed", "byline"),
    [
        # ANSA: the agency, the desk's initials, the telex's time stamp and end mark
        (
            "(ANSA).\n\n     TAM\n14-OTT-25 18:32 NNNN",
            ["(ANSA).", "TAM", "14-OTT-25 18:32 NNNN"],
            (),
        ),
        # dpa's desk codes, unslashed in its German service
        ("dpa aw yydd n1 sk", ["dpa aw yydd n1 sk"], ()),
        # CNA: the writers in parentheses, then `Enditem` with the editor's initials
        ("(By Chen Yi-ting and Ann Lee)\nEnditem/AW", ["Enditem/AW"], ("Chen Yi-ting", "Ann Lee")),
    ],
    ids=["ansa", "dpa", "cna"],
)
def test_wire_closings_under_the_last_paragraph(
    closing: str, removed: list[str], byline: tuple[str, ...]
) -> None:
    text = (
        "Harbour strike ends\n\n"
        "GENOA, Oct 14 (Reuters) - Dockworkers in Genoa ended a three-day strike on Tuesday "
        "after the port authority agreed to hire more pilots, the union said.\n\n"
        "Ships had queued outside the port since Saturday.\n\n"
        f"{closing}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Ships had queued outside the port since Saturday."
    assert [r.text for r in story.removed] == removed
    assert {r.reason for r in story.removed} <= {"wire-code"}
    assert (story.byline.names if story.byline else ()) == byline


def test_initials_alone_under_a_paragraph_with_nothing_after_them_stay() -> None:
    text = (
        "Harbour strike ends\n\n"
        "GENOA, Oct 14 (Reuters) - Dockworkers ended a three-day strike on Tuesday, the union "
        "said.\n\nThe new contract covers three groups:\n\nUSA\n"
    )
    assert parse(text, check=False, today=_TODAY).body[-1] == "USA"


@pytest.mark.parametrize(
    ("last", "kept", "cut"),
    [
        # PTI signs off with its desk's initials inside the last paragraph
        (
            "Traders had sought two more months. PTI SK RDS",
            "Traders had sought two more months.",
            "PTI SK RDS",
        ),
        (
            "Both sides agreed to meet again next year. (ANI)",
            "Both sides agreed to meet again next year.",
            "(ANI)",
        ),
        # an agency in parentheses is a caption's credit too, but not on the last paragraph
        (
            "Both sides agreed to meet again next year. (Reuters)",
            "Both sides agreed to meet again next year.",
            "(Reuters)",
        ),
        ('"We will be back," he said. -- BERNAMA', '"We will be back," he said.', "-- BERNAMA"),
        # a dash sign-off set right after the stop, naming the wires pooled or one agency
        (
            "It is his fourth term in total.—Agencies",
            "It is his fourth term in total.",
            "—Agencies",
        ),
        ("The talks resume next week.-IANS", "The talks resume next week.", "-IANS"),
        ("The talks resume next week. — AFP", "The talks resume next week.", "— AFP"),
        # the agency's full name and its short one, a dash either side (WAM's)
        (
            "The talks resume next week. – Kuwait News Agency, KUNA -",
            "The talks resume next week.",
            "– Kuwait News Agency, KUNA -",
        ),
        (
            "The talks resume next week. – Reuters, Northbank",
            "The talks resume next week. – Reuters, Northbank",
            None,
        ),
        # a desk's initials in parentheses, in Title Case or lower case (Agenzia Nova's)
        (
            '"Talks resume next week". So wrote the mayor. (Tov)',
            '"Talks resume next week". So wrote the mayor.',
            "(Tov)",
        ),
        ("The talks resume next week. (tv)", "The talks resume next week.", "(tv)"),
        # in capitals a name's; with no stop before it a parenthesis of the sentence's own
        ("The talks resume next week. (UN)", "The talks resume next week. (UN)", None),
        (
            "The talks resume at the Vale Hall (Tov)",
            "The talks resume at the Vale Hall (Tov)",
            None,
        ),
        # a dash clause of the story's own stays
        (
            "The talks resume next week.—the agencies said so too",
            "The talks resume next week.—the agencies said so too",
            None,
        ),
        # an agency or a word after the last sentence that is no sign-off stays
        (
            "The minister declined to comment to Reuters.",
            "The minister declined to comment to Reuters.",
            None,
        ),
        ("The talks resume next week. Washington", "The talks resume next week. Washington", None),
        (
            "Write to the desk for details. desk@example.com",
            "Write to the desk for details. desk@example.com",
            None,
        ),
    ],
)
def test_a_sign_off_run_into_the_last_paragraph_is_cut_off(
    last: str, kept: str, cut: str | None
) -> None:
    text = (
        "Talks on trade to resume next month\n\n"
        "NEW DELHI, Nov 29 (PTI) India and its neighbours will resume trade talks next month, "
        "officials said on Sunday.\n\n"
        f"{last}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == kept
    wire = [(r.line, r.text) for r in story.removed if r.reason == "wire-code"]
    assert wire == ([(5, cut)] if cut else [])


def test_a_lone_paragraph_signed_with_a_desks_initials_stays_the_body() -> None:
    # Agenzia Nova's page: its copyright line, then the story's one paragraph signed off
    # with the desk's initials. Read as no sentence, the paragraph was lost as boilerplate.
    text = (
        "© Vellmar Agency - Riproduzione riservata\n\n"
        '- "Tessaro è il simbolo del porto. Tutto questo comporta un impegno per la città". '
        "Lo scrive su Facebook il sindaco Lia Dorn. (Tov)\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert list(story.body) == [
        '- "Tessaro è il simbolo del porto. Tutto questo comporta un impegno per la città". '
        "Lo scrive su Facebook il sindaco Lia Dorn."
    ]
    assert [(r.line, r.text, r.reason) for r in story.removed][-1] == (3, "(Tov)", "wire-code")


@pytest.mark.parametrize(
    ("last", "kept", "credit"),
    [
        (
            "Talks stalled over pay, the union said. (Writing by Ana Duarte, Editing by Tom Vale)",
            "Talks stalled over pay, the union said.",
            "(Writing by Ana Duarte, Editing by Tom Vale)",
        ),
        (
            "Talks stalled over pay.(Additional reporting by Ana Duarte; Editing by Tom Vale)",
            "Talks stalled over pay.",
            "(Additional reporting by Ana Duarte; Editing by Tom Vale)",
        ),
        # the story's own parenthesis stays: no name after its `by`, or its own sentence
        (
            "Talks stalled over pay. (Editing by hand took hours)",
            "Talks stalled over pay. (Editing by hand took hours)",
            None,
        ),
        (
            "Talks stalled over pay. (Editing by Committee took hours.)",
            "Talks stalled over pay. (Editing by Committee took hours.)",
            None,
        ),
        # a bare `(By ...)` names writers and nothing else
        (
            "Talks stalled over pay. (By Ana Duarte in Porto)",
            "Talks stalled over pay.",
            "(By Ana Duarte in Porto)",
        ),
        (
            "Talks stalled over pay. (By Tuesday, Mayor Ann Lee had signed the deal)",
            "Talks stalled over pay. (By Tuesday, Mayor Ann Lee had signed the deal)",
            None,
        ),
        (
            "Talks stalled over pay. (By March, Ann Lee)",
            "Talks stalled over pay. (By March, Ann Lee)",
            None,
        ),
    ],
)
def test_a_helpers_credit_run_into_the_last_paragraph_is_cut_off(
    last: str, kept: str, credit: str | None
) -> None:
    # reuters.com keeps the tail inside the last paragraph: the byline is known, so the
    # tail goes to `removed`
    text = (
        "Port strike enters third day\n\n"
        "By Lena Ortiz\n\n"
        "LISBON, March 3 (Reuters) - Dock workers extended their strike on Tuesday, the "
        "port authority said.\n\n"
        f"{last}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == kept
    assert story.byline is not None and story.byline.names == ("Lena Ortiz",)
    credits = [(r.line, r.text) for r in story.removed if r.reason == "credit"]
    assert credits == ([(7, credit)] if credit else [])


def test_a_helpers_credit_run_into_the_last_paragraph_is_the_missing_byline() -> None:
    text = (
        "Port strike enters third day\n\n"
        "LISBON, March 3 (Reuters) - Dock workers extended their strike on Tuesday, the "
        "port authority said.\n\n"
        "Talks stalled over pay. (Reporting by Ana Duarte; Editing by Tom Vale)\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Talks stalled over pay."
    assert story.byline is not None and story.byline.names == ("Ana Duarte",)
    assert story.byline.line == 5
    assert not [r for r in story.removed if r.reason == "credit"]


@pytest.mark.parametrize(
    "sign",
    [
        "NZPA jr kc",  # the agency and its desk's codes in lower case
        "(Hina) ms",  # the agency in parentheses
        "PAP/ mo/ kw/",  # slashed
        "BSS/GM/SA/2045 hrs",  # with the filing time
        "WAM/Jane Roe",  # the agency and its writer
        "(2026/11/29-18:40)",  # a filing stamp alone (Jiji)
        "Gulf News Agency (GNA)",  # the agency's full name with its acronym
        "ab/sms (AP, Reuters, dpa)",  # editors' codes and the sources (DW)
    ],
)
def test_an_agency_sign_off_under_the_last_paragraph_is_a_wire_code(sign: str) -> None:
    text = (
        "Ministers agree on coastal patrols\n\n"
        "ZAGREB, Nov 29 (Hina) - Ministers agreed on Sunday to add joint patrols along "
        "the coast next summer, the interior ministry said.\n\n"
        "Police from other countries will also patrol the coast.\n\n"
        f"{sign}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Police from other countries will also patrol the coast."
    assert [(r.line, r.reason) for r in story.removed] == [(7, "wire-code")]


@pytest.mark.parametrize("codes", ["K.F", "aa.gb", "/NN/", "9417**1429", "JPI // JH\n\nLusa"])
def test_desk_codes_closing_the_story_on_their_own_line_are_wire_codes(codes: str) -> None:
    text = (
        "Ministers agree on coastal patrols\n\n"
        "ZAGREB, Nov 29 (Hina) - Ministers agreed on Sunday to add joint patrols along "
        "the coast next summer, the interior ministry said.\n\n"
        "Police from other countries will also patrol the coast.\n\n"
        f"{codes}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Police from other countries will also patrol the coast."
    assert {r.reason for r in story.removed} == {"wire-code"}


@pytest.mark.parametrize(
    "mark", ["(Fin)", "FIN", "Fim", "FINE", "(fin)", "(Fin)\n\nEFE", "ends", "Ends"]
)
def test_an_end_mark_in_another_language_under_the_story_is_a_wire_code(mark: str) -> None:
    text = (
        "El puerto refuerza sus diques\n\n"
        "Madrid, 3 mar (EFE).- El Gobierno aprobó este martes un plan para reforzar los "
        "diques del puerto tras los temporales del invierno.\n\n"
        "Las obras empezarán en primavera y durarán unos dieciocho meses.\n\n"
        f"{mark}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Las obras empezarán en primavera y durarán unos dieciocho meses."
    assert {r.reason for r in story.removed} == {"wire-code"}


def test_an_end_mark_word_above_the_last_paragraph_stays_story() -> None:
    # Only the story's foot: a line `Fin` between paragraphs is no end mark.
    text = (
        "El puerto refuerza sus diques\n\n"
        "Madrid, 3 mar (EFE).- El Gobierno aprobó este martes un plan para reforzar los "
        "diques del puerto tras los temporales del invierno.\n\n"
        "Fin\n\n"
        "Las obras empezarán en primavera y durarán unos dieciocho meses.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "Fin" in story.body
    assert story.removed == ()


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("#ATL24: Watch the live stream now", True),
        ("#CNNHeroes: Nominate someone", True),
        ("#StormWatch: Send us your photos", True),
        # a subhead, a sentence under a hashtag, a Markdown heading: story
        ("#MeToo: A movement that changed the industry", False),
        ("#StormWatch: watch the sky tonight, the forecaster said.", False),
        ("# Watch: the live stream", False),
    ],
)
def test_a_hashtag_teaser_between_paragraphs_is_chrome(line: str, chrome: bool) -> None:
    text = (
        "Storm knocks out power across the region\n\nBy Jane Roe\n\n"
        "ATLANTA (AP) — A line of strong storms knocked out power to more than 80,000 homes "
        "on Tuesday night, utilities said.\n\n"
        f"{line}\n\n"
        "Crews worked through the night to clear fallen trees from roads.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Crews worked through the night to clear fallen trees from roads."
    assert [(r.text, r.reason) for r in story.removed] == (
        [(line, "boilerplate")] if chrome else []
    )


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_lead_photo_credit_at_the_foot_leaves_the_last_paragraph_story(gap: str) -> None:
    # A blank line between the story's last paragraph and the photo credit under it, no
    # prose after: the lead photo's credit, set at the foot. Right under it, the line is
    # that photo's description.
    text = (
        "Ukraine receives generators\n"
        "Share\n\n"
        "Ukraine has received more than 500 generators from European partners, the "
        "energy ministry said on Sunday.\n\n"
        "The equipment will be sent to frontline regions first, the ministry said.\n\n"
        f"Workers unload the first generators at a depot.{gap}"
        "Photo: Ministry of Energy\n"
    )
    story = parse(text, check=False, today=_TODAY)
    last = "Workers unload the first generators at a depot."
    if gap == "\n\n":
        assert story.body[-1] == last
    else:
        assert story.body[-1].startswith("The equipment") and last in [
            c.text for c in story.captions
        ]


@pytest.mark.parametrize(
    "byline",
    ["By the Editorial Board", "By staff", "From staff reports", "By staff and wire reports"],
)
def test_a_credit_to_a_papers_staff_or_board_is_a_byline_naming_no_one(byline: str) -> None:
    text = (
        f"Storm to bring snow\n{byline}\n\n"
        "DENVER (AP) — A storm will bring snow on Sunday, forecasters said.\n\nRoads may close.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and (story.byline.raw, story.byline.names) == (byline, ())


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe, Detroit Free Press", ("Jane Roe",)),  # an outlet after the comma
        ("By Jane Roe, USA TODAY", ("Jane Roe",)),
        ("By Jane Roe and John Doe (Reuters)", ("Jane Roe", "John Doe")),
        ("Von Jörg Schmidt", ("Jörg Schmidt",)),  # the label is no given name
        ("Por María García", ("María García",)),  # a census name with its accents
        ("By Jane Roe, John Doe and Ann Lee", ("Jane Roe", "John Doe", "Ann Lee")),
        ("By Jane Roe with John Doe", ("Jane Roe", "John Doe")),
        ("By Jane Roe with additional reporting by John Doe", ("Jane Roe",)),
        ("By Omar ibn Khalid", ("Omar ibn Khalid",)),
        ("Words: Jane Roe", ("Jane Roe",)),
        ("Text and photos by Jane Roe", ("Jane Roe",)),
        ("Von Anna Schmidt und Katrin Weber", ("Anna Schmidt", "Katrin Weber")),
        ("Door Anna de Vries en Jan Smit", ("Anna de Vries", "Jan Smit")),
    ],
)
def test_byline_names_across_shapes(byline: str, names: tuple[str, ...]) -> None:
    text = (
        f"Storm to bring snow\n{byline}\n\n"
        "DENVER (AP) — A storm will bring snow on Sunday, forecasters said.\n\nRoads may close.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Meteorologist Carla Nguyen", ("Carla Nguyen",)),
        ("By Chief Political Correspondent Jane Roe", ("Jane Roe",)),
        ("By Chief Keef", ("Chief Keef",)),  # two words: the name itself
    ],
)
def test_a_job_title_before_the_writers_name_is_not_the_name(
    byline: str, names: tuple[str, ...]
) -> None:
    text = (
        f"Storm to bring snow\n{byline}\n\n"
        "DENVER (AP) — A storm will bring snow on Sunday, forecasters said.\n\nRoads may close.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == names


def test_a_live_blogs_first_entry_and_its_title_are_story() -> None:
    text = (
        "Storm live updates: Power cuts, flooding across the coast\n\n"
        "By Staff Reporters\n"
        "Last updated 11:42 a.m. EST\n\n"
        "11:40 a.m. EST\n"
        "Flood warning extended\n\n"
        "The weather service extended the flood warning for the coast until 8 p.m., citing "
        "a second high tide expected late this afternoon.\n\n"
        "10:55 a.m. EST\n"
        "Outages spread\n\n"
        "About 212,000 customers were without power across three states, according to "
        "utility outage maps.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Storm live updates: Power cuts, flooding across the coast"
    assert story.body[0] == "Flood warning extended"
    assert story.body[1].startswith("The weather service extended")
    assert story.body[-1].startswith("About 212,000 customers")


def test_a_name_over_a_lede_that_opens_with_it_is_the_heading_not_the_byline() -> None:
    # A paid obituary: the name is whom the story is about.
    text = (
        "John Edward Kowalski\n"
        "March 2, 1948 - November 19, 2026\n\n"
        "John Edward Kowalski, 78, of Greenfield, passed away peacefully on Tuesday, "
        "November 19, 2026, surrounded by his family.\n\n"
        "He worked for 35 years as a machinist at Greenfield Tool and Die.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "John Edward Kowalski" and story.byline is None
    assert story.body[0].startswith("John Edward Kowalski, 78")
    # Over a lede about something else, the same line is its writer's.
    other = text.replace("John Edward Kowalski, 78,", "A Greenfield machinist, 78,")
    bylined = parse(other, check=False, today=_TODAY)
    assert bylined.byline is not None and bylined.byline.names == ("John Edward Kowalski",)


def test_a_court_storys_counsel_lines_are_story_and_its_tail_a_credit() -> None:
    text = (
        "US judge blocks state's social media age law\n\n"
        "By Nate Raymer\n\n"
        "Dec 16 (Reuters) - A federal judge on Monday blocked a state law requiring social "
        "media companies to verify the ages of users.\n\n"
        "The case is NetChoice v. Carr, U.S. District Court, No. 1:25-cv-02422.\n\n"
        "For NetChoice: Chris Marchese of Lehotsky Keller\n\n"
        "For the state: Deputy Attorney General Sam Winfield\n\n"
        "Read more:\n\n"
        "Judge weighs challenge to state social media law\n\n"
        "(Reporting by Nate Raymer in Washington; Editing by Alexia Garamfalvi)\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-2:] == (
        "For NetChoice: Chris Marchese of Lehotsky Keller",
        "For the state: Deputy Attorney General Sam Winfield",
    )
    assert [r.text for r in story.related] == ["Judge weighs challenge to state social media law"]
    assert [r.reason for r in story.removed if r.text.startswith("(Reporting")] == ["credit"]


def test_a_live_blogs_controls_over_its_entries_are_not_the_headline() -> None:
    text = (
        "Election night live: results as polls close in the Midwest\n\n"
        "Key events\n"
        "Show key events only\n"
        "Please turn on JavaScript to use this feature\n\n"
        "9:12pm\n"
        "Ohio: Governor race too close to call\n\n"
        "With 64% of the expected vote counted, the governor leads his challenger by fewer "
        "than 9,000 votes.\n\n"
        "8:47pm\n"
        "Turnout appears high in Michigan\n\n"
        "County clerks reported lines at several precincts an hour before polls closed.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Election night live: results as polls close in the Midwest"
    assert story.body[0] == "Ohio: Governor race too close to call"
    assert len(story.body) == 4


def test_a_gallerys_counters_between_paragraphs_are_not_story() -> None:
    text = (
        "Photos: Thousands turn out for lantern festival\n\n"
        "By Jane Roe\n\n"
        "Thousands of people crowded both banks of the river on Saturday night for the "
        "lantern festival.\n\n"
        "1 of 4\n"
        "Families release lanterns from the bridge. Photo: Ella Brandt / The Courier\n\n"
        "Please turn on JavaScript to use this feature\n\n"
        "The festival raised about $40,000 for the river cleanup fund, organizers said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert len(story.body) == 2 and story.body[-1].startswith("The festival raised")
    assert [r.text for r in story.removed] == [
        "1 of 4",
        "Please turn on JavaScript to use this feature",
    ]


def test_a_guest_writers_bio_under_the_column_is_not_story() -> None:
    text = (
        "Opinion: Our bus system deserves better\n\n"
        "By Tamara Okafor\n\n"
        "Every morning at 6:40, I wait for the No. 14 bus on Grand Avenue. Some mornings "
        "it comes.\n\n"
        "A bus that does not come is not a bus system. It is a rumor.\n\n"
        "Tamara Okafor is a nurse at Mercy Hospital and a member of the Riders Union.\n\n"
        "Letters to the editor: Send yours to letters@example.com.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "A bus that does not come is not a bus system. It is a rumor."
    # Someone else's sentence of the same shape is story.
    other = text.replace("Tamara Okafor is a nurse", "Maria Lopez is a nurse")
    assert parse(other, check=False, today=_TODAY).body[-1].startswith("Maria Lopez is a nurse")


def test_the_paragraph_after_an_embedded_post_is_story() -> None:
    text = (
        "Fans react to the final episode\n\n"
        "By Jane Roe\n\n"
        "The last episode of the baking show aired on Sunday, and viewers were quick to "
        "share their views.\n\n"
        "Never heard of the winner before this series and now she is all anyone talks "
        "about lol pic.twitter.com/AbCdEf1234\n\n"
        "— Sam Baker (@sambakes) December 21, 2023\n\n"
        "The broadcaster said the finale drew its largest audience of the year.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert (
        story.body[-1] == "The broadcaster said the finale drew its largest audience of the year."
    )
    assert [r.line for r in story.removed] == [7, 9]


def test_embedded_posts_one_after_another_never_end_the_story() -> None:
    # Each post is its text over its dated signature, with no picture link; the story's
    # short paragraphs between them lead into the next post.
    text = (
        "Harbour fee protest draws crowds online\n\n"
        "By Jane Roe\n\n"
        "Hundreds of fishermen gathered on the quay on Tuesday to protest a sharp rise in "
        "harbour fees that they say will drive small boats out of business.\n\n"
        "Residents were quick to post pictures from the quay:\n\n"
        "Never seen so many boats tied up at once, the whole town is here\n\n"
        "— Maria Lopez (@marialopez88) February 16, 2015\n\n"
        "That has not stopped the board from defending the new fees in public:\n\n"
        "The board says the fees are fair. Nobody on this quay agrees #harbour\n\n"
        "— Tom Baker (@tbaker) February 16, 2015\n\n"
        "Seriously, triple the fees in one go?\n\n"
        "— Ana Ruiz (@anaruiz) February 16, 2015\n\n"
        "The board is expected to meet again on Friday to discuss the dispute with the "
        "fishermen's association, a spokesman said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert list(story.body[1:]) == [
        "Residents were quick to post pictures from the quay:",
        "That has not stopped the board from defending the new fees in public:",
        "The board is expected to meet again on Friday to discuss the dispute with the "
        "fishermen's association, a spokesman said.",
    ]
    assert [(r.line, r.reason) for r in story.removed] == [
        (9, "boilerplate"),
        (11, "boilerplate"),
        (15, "boilerplate"),
        (17, "boilerplate"),
        (19, "boilerplate"),
        (21, "boilerplate"),
    ]


def test_a_post_of_several_lines_over_its_picture_link_is_one_embed() -> None:
    # Copy with no blank lines: the post's lines (no sentences) sit over its picture's
    # link; the story's paragraph of prose above them is the story's.
    text = (
        "Harbour board defends new fees\n"
        "The harbour board defended its new mooring charges on Tuesday, saying the money "
        "would pay for dredging the channel.\n"
        "Fishermen say the fees will drive small boats out of business within a year.\n"
        "Boats everywhere this morning\n"
        "the whole town came down to the quay\n"
        "#harbour pic.twitter.com/AbCdEf123\n"
        "— Maria Lopez (@marialopez88) January 5, 2021\n"
        "The board is expected to meet again on Friday to discuss the dispute, a "
        "spokesman said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert list(story.body) == [
        "The harbour board defended its new mooring charges on Tuesday, saying the money "
        "would pay for dredging the channel.",
        "Fishermen say the fees will drive small boats out of business within a year.",
        "The board is expected to meet again on Friday to discuss the dispute, a spokesman said.",
    ]
    assert [r.line for r in story.removed] == [4, 5, 6, 7]


def test_a_post_card_with_handle_name_and_tweets_line_is_not_body() -> None:
    text = (
        "Harbour board defends new fees\n\n"
        "The harbour board defended its new mooring charges on Tuesday, saying the money "
        "would pay for dredging the channel.\n\n"
        "@CoastNews\n\n"
        "Coast News\n\n"
        "tweets: Fishermen block the harbour mouth in fee protest #harbour\n\n"
        "Fishermen say the fees will drive small boats out of business within a year, "
        "and they want the board to think again.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert list(story.body) == [
        "The harbour board defended its new mooring charges on Tuesday, saying the money "
        "would pay for dredging the channel.",
        "Fishermen say the fees will drive small boats out of business within a year, "
        "and they want the board to think again.",
    ]
    assert [(r.line, r.reason) for r in story.removed] == [
        (5, "boilerplate"),
        (7, "boilerplate"),
        (9, "boilerplate"),
    ]


def test_a_release_s_title_case_deck_over_its_dated_lede_is_standfirst() -> None:
    text = (
        "Harbourline Names Jane Roe Chief Financial Officer\n\n"
        "Finance Veteran to Lead Company Through Next Stage of Expansion\n\n"
        "SEATTLE, Dec.  03, 2019  (GLOBE NEWSWIRE) -- Harbourline, a maker of port "
        "software, today announced that Jane Roe has joined the company as chief "
        "financial officer.\n\n"
        "Roe was previously finance chief at a shipping data company.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None
    assert story.dateline.raw == "SEATTLE, Dec.  03, 2019  (GLOBE NEWSWIRE) --"
    assert story.dateline.date == "2019-12-03"
    assert story.body[0].startswith("Harbourline, a maker of port software")
    assert [(r.line, r.reason) for r in story.removed] == [(3, "standfirst")]


def test_a_labelled_reporter_under_the_story_is_the_byline() -> None:
    # Antara closes stories with `Reporter:` and `Editor:` lines and prints no byline.
    text = (
        "Ministers agree on coastal patrols\n\n"
        "JAKARTA (ANTARA) - Ministers agreed on Sunday to add joint patrols along the "
        "coast next summer, the ministry said.\n\n"
        "Related news: Toll road traffic up 12 percent during long weekend\n\n"
        "Police will also patrol the coast.\n\n"
        "Reporter: Aditya Pratama\n"
        "Editor: Rahmad Nasution\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Aditya Pratama",)
    assert [r.line for r in story.related] == [5]
    assert story.body[-1] == "Police will also patrol the coast."
    assert [(r.line, r.reason) for r in story.removed] == [(10, "credit")]


def test_a_short_last_paragraph_of_words_is_story() -> None:
    text = (
        "Ministers agree on coastal patrols\n\n"
        "ZAGREB, Nov 29 (Hina) - Ministers agreed on Sunday to add joint patrols along "
        "the coast next summer, the interior ministry said.\n\n"
        "Will it work? No.\n\n"
        "Yes.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Yes."


@pytest.mark.parametrize(
    "tail",
    [
        "Join our commenting forum",
        "Send us your feedback",
        "Short link:",
        "Join the Courier's WhatsApp Channel and get the latest news and must-reads.",
        "Get the latest news on WhatsApp",
        "Some information for this report came from Reuters.",
        "With agency inputs",
        "Translation: Jane Roe",
        "Reporter: Aditya Pratama",
        "Via MTI",
        "Featured photo via the city zoo's Facebook page",
        "Related video: Airbus chief on supply chains (Bloomberg)",
        "Share or comment on this article: Transit agency adds late-night buses",
        "EXCLUSIVE READ MORE: Drivers say the night routes were never safe",
        "AP NFL: https://apnews.com/hub/NFL",
        "Save articles to read later and create your own reading list.",
        "Follow AP's climate and environment coverage at https://apnews.com/hub/climate",
        "AP Business Writer Carlos Munoz contributed from New York.",
        "((maria.gomez@example.com; +1 555 0100))",
    ],
)
def test_a_page_prompt_or_a_source_credit_under_the_story_is_not_story(tail: str) -> None:
    text = (
        "Transit agency adds late-night buses\n"
        "By Maria Gomez\n\n"
        "The county transit agency will add late-night buses on three downtown routes "
        "starting next week, officials said Sunday.\n\n"
        "The buses will run every 20 minutes until 2 a.m., the agency said.\n\n"
        f"{tail}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "The buses will run every 20 minutes until 2 a.m., the agency said."
    # removed, or a photo's credit (a caption of its own), or a related link
    placed = [r.line for r in story.removed] + [c.line for c in story.captions]
    assert placed + [r.line for r in story.related] == [8]


@pytest.mark.parametrize(
    "last",
    [
        "The editor: a job nobody wanted, she said.",
        "Reporter: Where were you that night? He did not answer.",
        "Some information came too late for the report, officials said.",
    ],
)
def test_a_last_paragraph_that_opens_like_a_credit_stays_story(last: str) -> None:
    text = (
        "Transit agency adds late-night buses\n"
        "By Maria Gomez\n\n"
        "The county transit agency will add late-night buses on three downtown routes "
        "starting next week, officials said Sunday.\n\n"
        f"{last}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == last


@pytest.mark.parametrize(
    "last", ["AP is", "New York (AP)", "Reuters said", "The talks go on (ANSA)"]
)
def test_a_short_last_line_that_is_no_sign_off_is_not_one(last: str) -> None:
    from wirecheck.patterns.boilerplate import signs_off

    assert not signs_off(last)


@pytest.mark.parametrize("close", [" (Reuters)", "\n\n(Reuters)", " (AP)", "\n\n(Yonhap)"])
def test_a_signed_off_last_paragraph_on_a_page_stays_story(close: str) -> None:
    # A page's chrome (a share button) makes its captions count; the last paragraph with
    # its agency's name after it, on its line or the next, is still the story's close.
    text = (
        "Port city to run extra ferries\n"
        "Share\n\n"
        "The port city will run extra ferries on nights of large year-end concerts, the "
        "city said Sunday.\n\n"
        f"The city will also add buses near the main concert halls.{close}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "The city will also add buses near the main concert halls."
    assert story.captions == ()
    assert [r.text for r in story.removed if r.reason == "wire-code"] == [close.strip()]


@pytest.mark.parametrize(
    "stamp",
    [
        "PUBLISHED: November 29, 2026 at 6:14 p.m. | UPDATED: November 29, 2026 at 9:02 p.m.",
        "Posted Sun 29 Nov 2026 at 2:14pm, updated Sun 29 Nov 2026 at 4:02pm",
    ],
)
def test_a_published_and_updated_stamp_line_is_not_the_lede(stamp: str) -> None:
    text = (
        "Transit agency adds late-night buses\n"
        "By Maria Gomez\n"
        f"{stamp}\n\n"
        "The county transit agency will add late-night buses on three downtown routes "
        "starting next week, officials said Sunday.\n\n"
        "The buses will run every 20 minutes until 2 a.m.\n\n"
        "Originally Published: November 29, 2026 at 6:14 p.m.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Transit agency adds late-night buses"
    assert story.byline is not None and story.byline.names == ("Maria Gomez",)
    assert story.body[0].startswith("The county transit agency")
    assert story.body[-1] == "The buses will run every 20 minutes until 2 a.m."
    assert [r.line for r in story.removed] == [3, 9]


@pytest.mark.parametrize("line", ["Maria Gomez (AP)", "Maria Gomez (Reuters)"])
def test_a_name_and_its_agency_under_the_headline_is_the_byline(line: str) -> None:
    text = (
        "Transit agency adds late-night buses\n"
        f"{line}\n\n"
        "The county transit agency will add late-night buses on three downtown routes "
        "starting next week, officials said Sunday.\n\n"
        "The buses will run every 20 minutes until 2 a.m., the agency said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Maria Gomez",)
    assert story.dateline is None and story.captions == ()


def test_a_caption_credited_to_an_agency_inside_a_page_story_stays_a_caption() -> None:
    text = (
        "Port city to run extra ferries\n"
        "Share\n\n"
        "The port city will run extra ferries on nights of large year-end concerts, the "
        "city said Sunday.\n\n"
        "Passengers board a ferry at the main pier. (Reuters)\n\n"
        "The city will also add buses near the main concert halls, officials said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == [
        "Passengers board a ferry at the main pier. (Reuters)"
    ]
    assert story.body[-1].startswith("The city will also add buses")


def test_archive_copy_of_one_line_paragraphs_keeps_them_apart() -> None:
    # Three of four lines open a paragraph (three-space indent); only one continues one.
    text = (
        "   WASHINGTON (UPI) -- The Senate voted 62-38 Tuesday to approve a\n"
        "bill raising the minimum wage, sending the measure to the House.\n"
        "   Supporters said the increase was long overdue.\n"
        "   Opponents argued it would cost jobs in small businesses.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body == (
        "The Senate voted 62-38 Tuesday to approve a bill raising the minimum wage, "
        "sending the measure to the House.",
        "Supporters said the increase was long overdue.",
        "Opponents argued it would cost jobs in small businesses.",
    )


def test_anpa_copy_without_its_control_characters_keeps_its_header_lines() -> None:
    # ANPA marks header lines with `^`; copy that lost SOH/STX still has the marks.
    text = (
        "BC-Storm-Coast 2ndLd-Writethru 11-14\n"
        "^Storm batters coast, thousands without power\n"
        "^By JOHN MARSH\n"
        "^Associated Press Writer\n"
        "\tPORTLAND, Maine (AP) _ A powerful storm battered the New England coast\n"
        "on Tuesday, cutting power to thousands of homes and flooding low-lying\n"
        "streets, officials said.\n"
        "\tCrews worked through the night to restore power, the utility said.\n"
        "AP-NY-11-14-89 0412EST\n"
    )
    story = parse(text, today=_TODAY)
    assert story.headline == "Storm batters coast, thousands without power"
    assert story.byline is not None and story.byline.names == ("JOHN MARSH",)
    assert story.dateline is not None and story.dateline.raw == "PORTLAND, Maine (AP) _"
    assert [r.reason for r in story.removed] == ["wire-code", "agency-credit", "wire-code"]
    assert not [d for d in story.diagnostics if d.severity != "info"]


def test_an_all_capitals_teletype_story_with_its_agency_line_and_trailer() -> None:
    # Teletype copy in capitals: the agency's name under the byline credits the writer,
    # and a trailer of agency, date, time and zone closes it.
    text = (
        "SENATE PASSES FARM BILL\n\nBY JOHN ROE\nUNITED PRESS INTERNATIONAL\n\n"
        "   WASHINGTON (UPI) -- THE SENATE TUESDAY PASSED A FARM BILL THAT WOULD\n"
        "RAISE PRICE SUPPORTS FOR WHEAT AND CORN, SENDING THE MEASURE TO THE\n"
        "HOUSE.\n"
        "   THE VOTE WAS 61-37. SUPPORTERS SAID THE BILL WOULD HELP FARMERS HURT\n"
        "BY LOW PRICES.\n"
        "   UPI 03-12-85 04:12 PES\n"
    )
    story = parse(text, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("JOHN ROE",)
    assert [(r.line, r.reason) for r in story.removed] == [
        (4, "agency-credit"),
        (11, "wire-code"),
    ]
    assert story.body == (
        "THE SENATE TUESDAY PASSED A FARM BILL THAT WOULD RAISE PRICE SUPPORTS FOR WHEAT "
        "AND CORN, SENDING THE MEASURE TO THE HOUSE.",
        "THE VOTE WAS 61-37. SUPPORTERS SAID THE BILL WOULD HELP FARMERS HURT BY LOW PRICES.",
    )


def test_a_story_too_short_to_show_its_wrap_width_still_joins_its_wrapped_lines() -> None:
    # One wrapped line per paragraph gives no wrap column to read; the indent that opens
    # each paragraph and a long line stopping mid-sentence still say where lines join.
    text = (
        "Ferry fares rise\n\n"
        "    HALIFAX, Nova Scotia (AP) _ Ferry fares across the harbour will rise by a\n"
        "tenth from Monday, the operator said.\n"
        "    The fare was last raised in 2019, when fuel costs jumped after a cold\n"
        "winter.\n"
    )
    story = parse(text, today=_TODAY)
    assert story.body == (
        "Ferry fares across the harbour will rise by a tenth from Monday, the operator said.",
        "The fare was last raised in 2019, when fuel costs jumped after a cold winter.",
    )


def test_a_wrapped_line_starting_by_in_capitals_is_a_byline_only_when_it_names_someone() -> None:
    from wirecheck.byline import opens_byline

    for line in ("BY JOHN MARSH", "BY CHEGE MBITIRU", "By Jane Doe", "By LOW PRICES"):
        assert opens_byline(line), line
    for line in ("BY LOW PRICES.", "BY THE END OF THE YEAR", "BY HIGH INTEREST RATES AND"):
        assert not opens_byline(line), line


# Hard-wrapped layouts of one invented story. Each must give the same three paragraphs.
_HARBOUR = [
    "HALIFAX, Nova Scotia (CP) _ Harbour pilots walked off the job on Tuesday, leaving "
    "eleven container ships anchored outside the port and the city's biggest employer "
    "counting the cost of every hour they wait.",
    "The pilots' union said talks over rest periods had broken down late on Monday, after "
    "the port authority refused to add a second pilot on the longest night shifts.",
    "Officials said a decision could come within days.",
]


def _wrapped(width: int, first: str = "", rest: str = "") -> list[str]:
    import textwrap

    return [
        textwrap.fill(
            p, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
        )
        for p in _HARBOUR
    ]


def _squeezed(paragraphs: tuple[str, ...] | list[str]) -> list[str]:
    return [" ".join(p.split()) for p in paragraphs]


def _paragraphs_of(text: str) -> list[str]:
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.agencies == ("CP",)
    first = f"{story.dateline.raw} {story.body[0]}" if story.body else ""
    return _squeezed([first, *story.body[1:]])


_TITLE = "Harbour pilots strike leaves eleven container ships waiting off Halifax"


_WIDTHS = range(60, 81, 2)


def test_a_first_line_indent_wider_than_the_slack_is_counted_in_the_line() -> None:
    # Five spaces of indent: the first line holds five columns fewer words.
    for width in _WIDTHS:
        text = _TITLE + "\n\n" + "\n".join(_wrapped(width, "     ")) + "\n"
        assert _paragraphs_of(text) == _HARBOUR, width


def test_tab_indented_paragraphs_wrapped_by_fmt_or_by_textwrap() -> None:
    # `fmt` takes a leading tab to column 8; Python's textwrap counts it as one column.
    for width in _WIDTHS:
        fmt_style = ["\t" + p[8:] for p in _wrapped(width, " " * 8)]
        for body in (fmt_style, _wrapped(width, "\t")):
            text = _TITLE + "\n\n" + "\n".join(body) + "\n"
            assert _paragraphs_of(text) == _HARBOUR, width


def test_hanging_indent_paragraphs_start_at_the_outdented_line() -> None:
    for width in _WIDTHS:
        text = _TITLE + "\n\n" + "\n".join(_wrapped(width, "", "     ")) + "\n"
        assert _paragraphs_of(text) == _HARBOUR, width


def test_a_headline_longer_than_the_wrap_width_does_not_set_it() -> None:
    # A short story under an 80-column headline: the wrap column is the body's 64.
    title = "Harbour pilots walk off the job and leave eleven container ships off Halifax"
    assert len(title) > 70
    text = title + "\n\n" + "\n".join(_wrapped(64, "    ")) + "\n"
    assert _paragraphs_of(text) == _HARBOUR


def test_a_by_line_under_a_long_headline_is_not_wrapped_onto_it() -> None:
    title = "Harbour pilots walk off the job and leave eleven container ships off"
    text = title + "\nBy MARIE LEBLANC\n" + "\n".join(_wrapped(70, "   ")) + "\n"
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == title
    assert story.byline is not None and story.byline.names == ("MARIE LEBLANC",)
    assert _paragraphs_of(text) == _HARBOUR


def test_a_line_broken_at_a_compounds_hyphen_joins_without_a_space() -> None:
    body = (
        "   The ministry said the outlook for the long-term plan for the state-\n"
        "owned railway remained weak, and that its pre- and post-merger costs would\n"
        "be reviewed by a consultancy before the deadline set by the board -\n"
        "which meets on Friday - expired, officials said on Monday in the capital.\n"
        "   A second paragraph follows, long enough to wrap onto the next line\n"
        "of the archive copy like the one above it.\n"
    )
    story = parse("Railway outlook weak, ministry says\n\n" + body, today=_TODAY)
    first = story.body[0]
    assert "state-owned railway" in first
    assert "pre- and post-merger" in first  # a suspended hyphen keeps its space
    assert "board - which" in first  # a dash is no hyphen
    # Positions stay exact across the join: the misspelling check reports the input's.
    slip = body.replace("the state-\nowned", "the poorly-\nrecieved")
    found = [d for d in parse("Railway outlook weak\n\n" + slip, today=_TODAY).diagnostics]
    misspelt = [d for d in found if d.code == "WC101"]
    assert [(d.line, d.column, d.end_column) for d in misspelt] == [(4, 1, 9)]


def test_a_number_range_broken_at_its_hyphen_joins_and_an_end_mark_does_not() -> None:
    body = (
        "   Harbor fees at the town pier will rise by 10 to 12 percent for 20-\n"
        "30 foot boats next spring, and the mooring season of the year 2026-\n"
        "27 opens in April, the harbor committee decided on Tuesday evening\n"
        "after a long debate about the dredging of the silted channel.\n"
    )
    story = parse("Harbor fees to rise\n\n" + body, check=False, today=_TODAY)
    assert "for 20-30 foot boats next spring" in story.body[0]
    assert "of the year 2026-27 opens" in story.body[0]
    ended = parse("Harbor fees to rise\n\nThe fees rise in April. -0-\n30 boats.\n", check=False)
    assert "-0-30" not in " ".join(ended.body)


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("(Reporting by Lucia Ndaye; Editing by Zofia Quillane)", "credit"),
        ("To contact the reporter on this story: Lucia Ndaye in Tarrow at lndaye@example.com",
         "boilerplate"),
    ],
)  # fmt: skip
def test_a_tail_line_under_a_wrapped_last_paragraph_is_not_joined_to_it(
    tail: str, reason: str
) -> None:
    # No blank lines and no indent on the tail: the last line left no room for its first
    # word, yet wire copy sets the tail on a line of its own.
    text = (
        "Saltmarsh to bring back three historic tram lines\nBy Lucia Ndaye\n"
        "    TARROW, May 10 (Reuters) - Saltmarsh will bring back three tram lines that\n"
        "were closed in the 1990s, the city council said Thursday, betting that the old\n"
        "yellow cars loved by tourists can also carry commuters.\n"
        "    Construction will close parts of two main avenues for up to 9 months.\n"
        f"{tail}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Construction will close parts of two main avenues for up to 9 months."
    assert [(r.line, r.reason) for r in story.removed] == [(7, reason)]


def test_double_spaced_wrapped_copy_joins_its_lines_into_paragraphs() -> None:
    # A blank line after every wrapped line, two between paragraphs (a word processor's
    # double spacing): each line had become a paragraph, and a tail ate the last ones.
    text = (
        "Utility sells green bonds\n\nBy Corinne Haldane\n\n"
        "OSLO (Bloomberg) -- A Nordic power utility sold 750 million euros of\n\n"
        "green bonds at the tightest spread since 2021, as investors\n\n"
        "piled into debt tied to wind and hydroelectric projects.\n\n\n"
        "The proceeds will finance two wind farms in northern Norway, the\n\n"
        "company said in a statement on its website on Tuesday morning.\n\n\n"
        '"Demand for this paper is deep," said Ola Brekke, a strategist.\n'
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Corinne Haldane",)
    assert [p[:30] for p in story.body] == [
        "A Nordic power utility sold 75",
        "The proceeds will finance two ",
        '"Demand for this paper is deep',
    ]
    assert story.body[0].endswith("wind and hydroelectric projects.")


def test_one_line_paragraphs_a_blank_line_apart_stay_paragraphs() -> None:
    paragraphs = [
        "Police say an overnight fire in Hamilton destroyed two homes and a garage on Sunday.",
        "Fire crews were called just before 3 a.m. to a street near the harbour, officials said.",
        "They say one resident was treated for smoke inhalation at the scene and released.",
        "A second family is staying with relatives while investigators examine the houses.",
        "There is no word yet on the cause, and the investigation is ongoing, police said.",
    ]
    text = "Overnight fire destroys two homes\n\n\n" + "\n\n".join(paragraphs) + "\n"
    assert list(parse(text, check=False).body) == paragraphs


def test_short_paragraphs_one_a_line_without_blank_lines_are_not_joined() -> None:
    # Every line ends a sentence and the lines are of a wrap width's length: web copy of
    # short paragraphs, not hard-wrapped text.
    paragraphs = [
        "Police say an overnight fire in Hamilton destroyed two homes and a garage on Sunday.",
        "Fire crews were called just before 3 a.m. to a street near the harbour, officials said.",
        "They say one resident was treated for smoke inhalation at the scene and released.",
        "A second family is staying with relatives while investigators examine the houses.",
        "There is no word yet on the cause, and the investigation is ongoing, police said.",
    ]
    story = parse("Overnight fire destroys two homes\n" + "\n".join(paragraphs) + "\n", check=False)
    assert list(story.body) == paragraphs


def test_a_headline_dek_and_link_lines_among_short_one_line_paragraphs_are_no_wrapping() -> None:
    # Lines without a full stop (the headline, a dek, `Follow ... https://...` lines) had
    # outvoted three paragraphs of sentences, and the whole story was read as wrapped text:
    # one paragraph, the dek glued to the headline, the link lines kept in the body.
    paragraphs = [
        "Harbour authorities closed the ferry terminal to foot passengers on Thursday.",
        "Crews found a crack in the main gangway during an inspection, officials said.",
        "The terminal will reopen on Monday at the earliest.",
    ]
    page = (
        "Ferry terminal shut after gangway crack found\n"
        "Passengers told to use the north pier\n"
        + "\n".join(paragraphs)
        + "\nFollow our harbour coverage at https://example.com/harbour\n"
        "Follow Jane Roe on X: https://x.com/janeroe\n"
    )
    story = parse(page, check=False)
    assert story.headline == "Ferry terminal shut after gangway crack found"
    assert list(story.body) == paragraphs
    # Wrapped copy of the same kind of lines, cut mid-sentence before lowercase words,
    # is still joined.
    wrapped = (
        "Ferry terminal shut after gangway crack found\n"
        "Harbour authorities closed the ferry terminal to foot passengers on\n"
        "Thursday after crews found a crack in the main gangway during an\n"
        "inspection, officials said.\n"
        "The terminal will reopen on Monday at the earliest, the harbour\n"
        "authority said in a statement.\n"
    )
    body = parse(wrapped, check=False).body
    assert len(body) <= 2 and body[0].startswith("Harbour authorities closed")
    assert "the harbour authority said in a statement." in body[-1]


def test_a_one_paragraph_story_wrapped_over_three_lines_is_one_paragraph() -> None:
    # Too few lines to show a wrap width: a line opening with a lowercase word under a long
    # one cut off mid-sentence carries its sentence on.
    text = (
        "Industrial orders fall unexpectedly\n\n"
        "BERLIN (dpa) - German industry received fewer orders in August than\n"
        "expected. Orders fell 1.9 percent from the month before, the federal\n"
        "statistics office said on Monday.\n"
    )
    assert parse(text, check=False).body == (
        "German industry received fewer orders in August than expected. Orders fell 1.9 "
        "percent from the month before, the federal statistics office said on Monday.",
    )
    # A line under it that opens otherwise (a brand, an age stamp) stands alone.
    from wirecheck.segment import segment

    for second in ("uMobix is the second app on the list of the week", "5d ago", "expected."):
        units = segment(["Spy apps compared for the parents of teenagers who", second])
        assert len(units) == (1 if second == "expected." else 2), second
    # Page furniture under a headline in lowercase: a byline, a time stamp
    for second in ("by Xinhua writers Li Ming, Wang Fang", "updated 5 min ago"):
        units = segment(["Feature: Young herders bring livestreaming to the grasslands", second])
        assert len(units) == 2, second


def test_archive_copy_of_mostly_one_line_paragraphs_still_joins_the_wrapped_one() -> None:
    # Most lines end a sentence, but indents mark the paragraphs: the one paragraph
    # wrapped onto a second line is joined.
    text = (
        "Harbour pilots walk off the job\n\n"
        "    Harbour pilots walked off the job on Tuesday in Halifax, the union said.\n"
        "    Eleven container ships were anchored outside the port by the evening.\n"
        "    The port authority said it would meet the union again on Wednesday.\n"
        "    Talks broke down late on Monday over rest periods on the night shift,\n"
        "after the authority refused to add a second pilot on the longest runs.\n"
        "    Officials said a decision could come within days, the union said.\n"
    )
    body = parse(text, check=False, today=_TODAY).body
    assert len(body) == 5
    assert body[3].endswith("night shift, after the authority refused to add a second pilot "
                            "on the longest runs.")  # fmt: skip


def test_prose_between_a_standfirst_and_the_body_is_story() -> None:
    # Three short paragraphs: the best-scoring run starts at the last, the first opens the
    # story as a standfirst, and the one between them is story, not a second standfirst.
    paragraphs = [
        "Officials said the pilots union said talks over rest periods had.",
        "Pilots said the pilots union said talks over rest periods had broken.",
        "Shippers said the pilots union said talks over rest periods broken.",
    ]
    headline = "Harbour pilots walk off the job over rest periods"
    story = parse(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", check=False)
    assert list(story.body) == paragraphs
    assert not story.removed


def test_writers_bios_are_told_from_story_prose() -> None:
    from wirecheck.patterns.boilerplate import AUTHOR_BIO_RE

    for bio in (
        "Jane Roe is the assistant food editor at the Gazette, where she covers cooking.",
        "By Jane Roe, one of the authors of the Harbour Weekly newsletter.",
        "Jane Roe covers startups, tech and human interest stories.",
        "As a Gazette security analyst, I report on password managers.",
    ):
        assert AUTHOR_BIO_RE.match(bio), bio
    for prose in (
        "The harbour master said the pilots would return on Friday.",
        "Jane Roe, a ferry passenger, said she had waited two hours.",
    ):
        assert not AUTHOR_BIO_RE.match(prose), prose


_PROMO = (
    "Most Popular\n\nBusiness\nHarbour Ferries Get a Quiet Refit\n\nMara Lindqvist\n\n"
    "Business\nThe Tram Fare Freeze, Explained\n\nOwen Petrakis\n\n"
)
_SECTIONS = (
    (
        "The council's ferry review runs to 212 pages and was written over two winters by "
        "a panel of engineers, boat crews and commuters who rode every route at least twice.",
        "Its first finding is blunt: the two oldest vessels cost more to keep afloat each "
        "year than a new hybrid boat would cost to lease, and both fail the new noise rules.",
    ),
    (
        "The second chapter turns to the timetable, which has not changed since 2009 even "
        "though the busiest crossing now carries three times as many passengers at dawn.",
        "Crews told the panel that the late boats run nearly empty while the first sailing "
        "leaves passengers on the pier most weekdays, and they asked for a later last boat.",
    ),
    (
        "On fares, the review stops short of a freeze but recommends a single ticket that "
        "works on trams, buses and ferries alike, something riders have asked for since 2015.",
        "The council will vote on the plan in March, and the first refit could begin before "
        "the summer timetable starts, the transport committee's chair said on Tuesday.",
    ),
)


def test_a_promo_block_printed_between_an_articles_sections_does_not_cut_the_body() -> None:
    sections = ["\n\n".join(s) for s in _SECTIONS]
    page = (
        "Ferry review: what it says | The Northbank Gazette\n\nSkip to content\n\nNews\nSport\n\n"
        "Ferry review: what it says\n\nBy Lena Ortiz\n\n"
        + ("\n\n" + _PROMO).join(sections)
        + "\n\n"
        + _PROMO
        + "Follow us on Twitter\n"
    )
    story = parse(page, check=False, today=date(2026, 1, 1))
    assert list(story.body) == [p for s in _SECTIONS for p in s]
    assert story.headline == "Ferry review: what it says"
    # The promo's lines are still accounted for, as lines the page repeats.
    assert sum(r.text == "Harbour Ferries Get a Quiet Refit" for r in story.removed) == 3


def test_a_gallery_repeating_its_share_bar_under_each_photo_stays_out_of_the_body() -> None:
    lede = [p for s in _SECTIONS[:2] for p in s]
    items = "".join(
        f"{n} of 4\n\nCourtesy of the Harbour Trust\n\nShare on Facebook\nShare on X\n"
        f"Share on Pinterest\n\nFerry {n}\n\nA short caption for photo {n}.\n\n"
        for n in range(1, 5)
    )
    page = (
        "Old ferries in pictures | The Northbank Gazette\n\nSkip to content\n\nNews\nSport\n\n"
        "Old ferries in pictures\n\nBy Lena Ortiz\n\n"
        + "\n\n".join(lede)
        + "\n\n"
        + items
        + "Follow us on Twitter\n"
    )
    story = parse(page, check=False, today=date(2026, 1, 1))
    assert list(story.body[: len(lede)]) == lede
    assert not any("short caption" in p for p in story.body)


def test_a_dateline_of_a_two_word_capitalised_place_is_not_a_byline() -> None:
    for lede in (
        "KUALA LUMPUR, Dec 1 (Bernama) -- Palm oil exports rose 12 per cent in November, "
        "cargo surveyors said.",
        "SANTO DOMINGO, Dec 1 (EFE) - Tourist arrivals rose 9 per cent in November, the "
        "ministry said.",
    ):
        story = parse(
            f"Exports rise\n\n{lede}\n\nShipments to China led the rise, the figures showed.\n",
            check=False,
            today=_TODAY,
        )
        assert story.byline is None, lede
        assert story.dateline is not None and story.dateline.line == 3
        assert len(story.body) == 2 and story.body[0].endswith("said.")


def test_credit_lines_under_a_telegraphic_headline_are_bylines_not_headlines() -> None:
    body = (
        "The council approved the plan on Tuesday after a long debate, officials said.\n\n"
        "The vote was 7 to 2.\n"
    )
    cases = {
        "Jean-Luc MARTIN, AFP": ("Jean-Luc MARTIN",),  # an agency vouches for the name
        "Li Ming, Xinhua": ("Li Ming",),
        "Staff Reporter": (),  # a credit naming no one
        "Our Correspondent": (),
    }
    for credit, names in cases.items():
        story = parse(f"Oil prices fall\n\n{credit}\n\n{body}", check=False, today=_TODAY)
        assert story.headline == "Oil prices fall", credit
        assert story.byline is not None and story.byline.raw == credit
        assert story.byline.names == names
        assert len(story.body) == 2


def test_the_agency_under_a_bare_name_byline_is_its_credit() -> None:
    story = parse(
        "Oil prices fall\n\nJane Doe\nBloomberg\n\n"
        "Oil fell on Tuesday as stocks rose in New York, traders said.\n\nBrent lost 2%.\n",
        check=False,
        today=_TODAY,
    )
    assert story.byline is not None and story.byline.names == ("Jane Doe",)
    assert [(r.text, r.reason) for r in story.removed] == [("Bloomberg", "agency-credit")]


@pytest.mark.parametrize(
    "credit", ["(Australian Associated Press)", "Press Trust of India", "(IANS)"]
)
def test_an_agency_under_a_by_line_in_full_or_in_parentheses_is_its_credit(credit: str) -> None:
    story = parse(
        f"Bushfire threat eases\n\nBy Jane Roe\n{credit}\n\n"
        "SYDNEY, Dec 1 - Firefighters have contained a large bushfire north of the city after "
        "cooler weather arrived overnight, the fire service said.\n",
        check=False,
        today=_TODAY,
    )
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert [(r.text, r.reason) for r in story.removed] == [(credit, "agency-credit")]


_MORE = (
    "Crews said the boat handled the autumn storms well, and the harbour master's logs "
    "show it kept to its timetable on all but two days of the winter."
)


def test_a_table_of_contents_does_not_cut_the_opening_from_the_sections() -> None:
    opening = [
        "Every winter the harbour ferries face storms that would sink lesser boats, and "
        "every spring the crews argue about which ones came through best.",
        "We rode all four routes for a month, in every kind of weather, and asked the "
        "crews which boats they would pick if the choice were theirs.",
        "Some of the answers surprised us: the newest boat in the fleet was nobody's "
        "favourite, and the oldest, built in 1971, was the crews' first choice in a storm.",
    ]
    sections = {
        "Best Ferry for Commuters": "The Osprey runs every twenty minutes at rush hour and "
        "has never missed a sailing in fog, the harbour master's records show.",
        "Best Ferry for Cyclists": "The Tern carries forty bikes on a covered deck, and its "
        "ramp is wide enough for cargo bikes and trailers.",
        "Best Ferry for Views": "The Heron's upper deck is open on all sides, and on a clear "
        "evening the whole bay is lit by the lamps on the north shore.",
        "Best Ferry for Families": "The Plover has a playroom below deck and a cafe that "
        "sells hot chocolate for a pound, which children on the morning run adore.",
        "Best Night Ferry": "The Curlew runs until one in the morning on weekends, and its "
        "crew keep a list of taxis waiting at the south pier.",
        "Best Ferry in a Storm": "The Gannet is the heaviest boat in the fleet and the only "
        "one the crews trust when the wind turns east in January.",
    }
    page = (
        "Best harbour ferries of 2026 | The Northbank Gazette\n\nSkip to content\n\n"
        "News\nTransport\nSport\n\nThe Best Harbour Ferries of 2026\n\nBy Lena Ortiz\n\n"
        + "\n\n".join(opening)
        + "\n\nJump to:\n\n"
        + "\n".join(sections)
        + "\n\nIf you buy something through our links, we may earn a commission.\n\n"
        + "\n\n".join(f"{head}\n\n{text}\n\n{_MORE}" for head, text in sections.items())
        + "\n\nFollow us on Twitter\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "The Best Harbour Ferries of 2026"
    assert story.body[:3] == tuple(opening)
    assert all(text in story.body for text in sections.values())
    assert "Jump to:" not in story.body
    assert "Best Ferry for Views" not in story.body[:4]  # the list itself is not story
    # The run of the article itself spans the list (the standfirst rule would otherwise
    # recover the opening here, but not on pages whose opening it does not vouch for).
    from wirecheck.classify import classify
    from wirecheck.segment import segment
    from wirecheck.structure import _best_run, _neutralise_contents, _score

    units = segment(page.split("\n"))
    feats = classify(units)
    scores = [_score(u, f) for u, f in zip(units, feats, strict=True)]
    cut = _best_run(scores)
    _neutralise_contents(units, feats, scores)
    run = _best_run(scores)
    assert cut is not None and run is not None
    assert units[cut[0]].text != opening[0]  # scored as repeated lines, the list cuts
    assert units[run[0]].text == opening[0]


def test_a_teaser_list_printed_twice_after_an_article_is_no_table_of_contents() -> None:
    from wirecheck.classify import classify
    from wirecheck.segment import segment
    from wirecheck.structure import _neutralise_contents, _score

    titles = ["Ferry fares frozen", "Bridge shut for winter", "Tram line reopens"]
    page = (
        "Opening paragraph of the article, long enough to be prose in any reading of it.\n\n"
        + "\n".join(titles)
        + "\n\n"
        + "\n\n".join(titles)  # printed again one after another: no sections between
        + "\n"
    )
    units = segment(page.split("\n"))
    feats = classify(units)
    scores = [_score(u, f) for u, f in zip(units, feats, strict=True)]
    before = list(scores)
    _neutralise_contents(units, feats, scores)
    assert scores == before


def test_a_teaser_list_set_out_one_title_a_paragraph_inside_an_article_is_not_body() -> None:
    paras = [
        "Treasuries rallied for a fifth day as traders added to bets that the central bank "
        "will cut rates by the middle of next year, after figures showed prices rising more "
        "slowly than economists had forecast and consumer spending cooling at last.",
        "Two-year yields fell as much as 12 basis points to 4.61%, the lowest since July, "
        "while the dollar weakened against most of its peers and gold climbed to a "
        "six-month high as investors sought havens ahead of the holidays.",
        "Traders now see about 115 basis points of cuts next year, swaps show, up from 90 "
        "basis points a week ago, and some strategists say the first move could come as "
        "early as March if the labour market loosens further.",
        "Officials have pushed back against the idea of early cuts, saying this week that "
        "policy was well positioned for now and that they would need to see several more "
        "months of good inflation data before they could relax.",
        "Bond funds took in the most money in a month since 2021, according to industry "
        "figures, as pension funds moved to lock in yields that many of them had not seen "
        "in more than fifteen years.",
        "The rally also lifted shares of housebuilders and utilities, which tend to benefit "
        "from lower borrowing costs, while the shares of regional banks rose for a third day "
        "in a row on hopes of relief for their bond portfolios.",
    ]
    teasers = [
        "Harbour Ferries Get a Quiet Refit",
        "The Tram Fare Freeze, Explained",
        "Oil Falls as Producers' Cuts Fail to Impress",
    ]
    story = parse(
        "Treasuries Rally as Traders Bet on Cuts\n\nJane Doe\n\n(Bloomberg) -- "
        + "\n\n".join(paras[:2])
        + "\n\nMost Read from Bloomberg\n\n"
        + "\n\n".join(teasers)
        + "\n\n"
        + "\n\n".join(paras[2:])
        + "\n",
        check=False,
        today=_TODAY,
    )
    assert story.body[0] == paras[0] and story.body[-1] == paras[-1]
    # The titles in a row are the list's; the last, over the prose, may be a subheading.
    assert [t for t in teasers if t in story.body] == teasers[-1:]
    # `Related Story`, one teaser, then the article's own subheading over its paragraphs.
    subhead = parse(
        "Treasuries Rally as Traders Bet on Cuts\n\nJane Doe\n\n"
        + "\n\n".join(paras[:3])
        + "\n\nRelated Story\n\nHarbour Ferries Get a Quiet Refit\n\nHow the Vote Was Won\n\n"
        + "\n\n".join(paras[3:])
        + "\n",
        check=False,
        today=_TODAY,
    )
    assert "How the Vote Was Won" in subhead.body
    assert "Harbour Ferries Get a Quiet Refit" not in subhead.body


def test_by_label_blocks_above_the_headline_name_every_author() -> None:
    from wirecheck.byline import undoubled

    assert undoubled("Jane Doe, AP Jane Doe, AP") == "Jane Doe, AP"
    assert undoubled("Jane Doe and Jane Doe") == "Jane Doe and Jane Doe"
    page = (
        "Harbour bridge to close | Northbank Gazette\n\nSkip to content\n\nNews\nSport\n\n"
        "By —\n\nLena Ortiz, Associated Press Lena Ortiz, Associated Press\n\n"
        "By —\n\nOwen Petrakis, Associated Press Owen Petrakis, Associated Press\n\n"
        "Share\n\nCopy URL\nEmail\nFacebook\nTwitter\nLinkedIn\n\n"
        "Harbour bridge to close\n\n"
        "World Dec 22, 2026 10:59 AM EST\n\n"
        "NORTHBANK (AP) — The city council voted on Tuesday to close the old harbour bridge "
        "to cars from next spring, ending a decade of argument over the crumbling span.\n\n"
        "Repairs would have cost more than a new bridge, the council's engineers said.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close"
    assert story.byline is not None
    assert story.byline.names == ("Lena Ortiz", "Owen Petrakis")


def test_a_name_over_a_section_label_and_time_stamp_above_the_headline_is_the_byline() -> None:
    page = (
        "Ferries at dawn | Northbank Gazette\n\nSkip to content\n\nNews\nSport\n\n"
        "Zorba Quillfeather\n\nIdeas\nOct 5, 2026 9:00 AM\n\n"
        "The Harbour's First Ferry Is a Ritual Worth Keeping\n\n"
        "Every morning at a quarter to six the first ferry leaves the north pier, and every "
        "morning the same twenty people are on it, most of them with a flask of tea.\n\n"
        "The council wants to cut the early sailing from next spring to save money.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "The Harbour's First Ferry Is a Ritual Worth Keeping"
    assert story.byline is not None and story.byline.names == ("Zorba Quillfeather",)
    # Without the time stamp a name no census lists stays out of the byline.
    bare = parse(page.replace("Oct 5, 2026 9:00 AM\n", ""), check=False, today=_TODAY)
    assert bare.byline is None


@pytest.mark.parametrize(
    ("second", "names"),
    [
        ("and Marco Bellini", ("Jane Smith", "Marco Bellini")),
        ("& Marco Bellini", ("Jane Smith", "Marco Bellini")),
        ("And Then There Were None", ("Jane Smith",)),  # a heading, not a second writer
        ("and the council said it would meet again.", ("Jane Smith",)),
    ],
)
def test_a_second_writer_on_the_line_under_the_byline(second: str, names: tuple[str, ...]) -> None:
    story = parse(
        f"Volcano erupts for ninth time\nBy Jane Smith\n{second}\n"
        "REYKJAVIK, Iceland (AP) — A volcano erupted on Wednesday night for the ninth time "
        "since December, sending lava toward a fishing town.\n"
        "Flights were not affected, the airport operator said.\n",
        check=False,
        today=_TODAY,
    )
    assert story.byline is not None and story.byline.names == names


def test_ap_sports_up_next_is_the_storys_subhead_not_a_pages_box() -> None:
    story = (
        "Gulls edge Loons 3-2 in extra innings\n\nBy Jane Roe\n\n"
        "HARBOR CITY, Ohio (AP) — Dante Okafor singled home the winning run in the 11th "
        "inning on Tuesday night, and the Gulls beat the Loons 3-2.\n\n"
        "Gulls starter Keanu Mahoe allowed two runs and five hits in seven innings.\n\n"
        "UP NEXT\n\n"
        "Loons: RHP Carlos Ibarra (7-6, 3.88 ERA) starts the series finale Wednesday.\n\n"
        "Gulls: LHP Tom Reyes (5-9, 4.51) is set to start.\n"
    )
    body = parse(story, check=False, today=_TODAY).body
    assert body[-3:] == (
        "UP NEXT",
        "Loons: RHP Carlos Ibarra (7-6, 3.88 ERA) starts the series finale Wednesday.",
        "Gulls: LHP Tom Reyes (5-9, 4.51) is set to start.",
    )
    # A page's `Up next` box over a teaser headline still ends the story.
    page = story.split("UP NEXT")[0] + "UP NEXT\n\nHarbor City mayor unveils new stadium plan\n"
    assert parse(page, check=False, today=_TODAY).body[-1].startswith("Gulls starter")


def test_several_authors_a_line_each_make_one_byline() -> None:
    body = (
        "The city council voted on Tuesday to close the old harbour bridge to cars from next "
        "spring, ending a decade of argument over the crumbling span.\n\n"
        "Repairs would have cost more than a new bridge, the council's engineers said.\n"
    )
    # NPR: a `By` label, then the names one a line with commas between.
    npr = parse(
        "Harbour bridge to close | Northbank Radio\n\nSkip to content\n\nNews\nMusic\n\n"
        "Harbour bridge to close\n\nDecember 22, 2026 3:00 AM ET\n\n"
        "By\n\nLena Ortiz\n\n,\n\nOwen Petrakis\n\n,\n\nMara Lindqvist\n\n"
        "Harbour bridge to close\n\nListen · 3:47\n\n" + body,
        check=False,
        today=_TODAY,
    )
    assert npr.byline is not None
    assert npr.byline.names == ("Lena Ortiz", "Owen Petrakis", "Mara Lindqvist")
    # PolitiFact: a dated `By` line for each writer.
    two = parse(
        "Harbour bridge to close\n\nBy Lena Ortiz December 21, 2026\n\n"
        "By Owen Petrakis December 21, 2026\n\n" + body,
        check=False,
        today=_TODAY,
    )
    assert two.byline is not None and two.byline.names == ("Lena Ortiz", "Owen Petrakis")
    assert two.body[0].startswith("The city council")


def test_a_lede_retelling_the_headline_is_not_the_headline_printed_again() -> None:
    """The first sentence of a news story often repeats its headline's words (`Ana Ruiz,
    the harbour pilot who ..., died on Friday at 61.`): a full sentence is the title
    printed again only when it is nearly the same words."""
    title = "Ana Ruiz, harbour pilot who guided the last tall ship out of Northbank, dies at 61"
    lede = (
        "Ana Ruiz, the Northbank harbour pilot who guided the last tall ship out of the old "
        "port in 1998, died on Friday at the age of 61, her family said."
    )
    page = (
        f"{title}\n\nSkip to content\n\nNews\nSport\nWeather\nCulture\n\n{title}\n\n"
        "Dec. 23, 2026, 5:00 PM UTC\nBy Lena Ortiz\n\n"
        f"{lede}\n\n"
        "She spent 40 years on the water and trained most of the pilots working today.\n\n"
        "A memorial service will be held at the harbour chapel next week.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == title
    assert story.body[0] == lede


def test_a_lede_set_right_under_the_header_lines_opens_the_article() -> None:
    """A saved page (CNN's layout) sets headline, byline, time stamp and the split
    dateline (`Washington` / `CNN` / `—`) with no blank line between them or before the
    lede. The lede is not the last item of a list of short lines, but a video player's
    block (`Show Caption`) keeps its caption out of the body."""
    lede = (
        "The harbour board on Saturday night approved a short-term budget that keeps the "
        "ferries running into January, hours before the old one ran out."
    )
    rest = (
        "The vote was 7-2, with both members from the north shore voting against it.\n\n"
        "\u201cThis is not how we should be planning,\u201d the chair said before the vote.\n\n"
        "The budget goes to the city council next week.\n"
    )
    header = (
        "Harbour board passes stopgap budget hours before deadline\n"
        "By Lena Ortiz and Owen Petrakis, CNN\n"
        "Updated 11:42 PM EST, Sat November 28, 2026\n"
        "Northbank\nCNN\n \u2014 \n"
    )
    # with a share bar over the stamp too, as pages copied whole have it
    shared = header.replace("Updated", "Share\nFacebook\nTweet\nEmail\nLink Copied!\nUpdated")
    for top in (header, shared):
        story = parse(f"{top}{lede}\n\n{rest}", check=False, today=_TODAY)
        assert story.headline == "Harbour board passes stopgap budget hours before deadline"
        assert story.byline is not None
        assert story.byline.names == ("Lena Ortiz", "Owen Petrakis")
        assert story.body[0] == lede
        assert len(story.body) == 4

    video = (
        "Harbour board passes stopgap budget\n\n"
        "Ferry timetables for the holidays\n\nLena Ortiz\nShow Caption\nHide Caption\n"
        "Harbour Report December 21\n"
        "Here is the latest for Thursday, December 21st: the ferry board meets, the tunnel "
        "reopens and the harbour chapel is restored.\n\n"
        f"{lede}\n\n{rest}"
    )
    story = parse(video, check=False, today=_TODAY)
    assert story.body[0] == lede


@pytest.mark.parametrize(
    "note",
    [
        "This article originally appeared on Harbour Weekly.",
        "This story was originally published December 22, 2026, 12:20 PM.",
        "A version of this article appears in print on , Section A, Page 13 of the New York "
        "edition with the headline: Ferry Board Passes Budget.",
        "Read the original article on Harbour Weekly.",
        "Originally published as Ferry board passes budget hours before deadline",
        "This post first appeared in our winter issue.",
        "Editor\u2019s note: This story originally appeared in the winter issue of Harbour Weekly.",
        "This interview has been edited for length and clarity.",
        "Associated Press writer Ann Lee in Northbank contributed to this report.",
        "Harbour Weekly's Ann Lee contributed to this story.",
        "Associated Press researcher Ann Lee in New York contributed.",
        "Ann Lee contributed reporting from Northbank.",
        "Information for this article was contributed by Ann Lee of The Associated Press.",
        "Material for this report was compiled by Ann Lee and Tom Reed.",
        "APTN contributor Ann Lee in Northbank helped with this story.",
        "This article appears in the December 2026 print edition of Harbour Weekly.",
        "This story will appear in the Dec. 16 issue of Harbour Weekly.",
        "(Except for the headline, this story has not been edited by Harbour Weekly staff and "
        "is published from a syndicated feed.)",
    ],
)
def test_a_note_of_where_the_story_first_ran_is_a_credit(note: str) -> None:
    body = (
        "The harbour board on Saturday approved a short-term budget that keeps the ferries "
        "running into January.\n\nThe vote was 7-2, with both members from the north shore "
        "voting against it.\n\nThe budget goes to the city council next week.\n"
    )
    for page in (f"Ferry board passes budget\n\n{body}\n{note}\n", f"Ferry board passes "
                 f"budget\n\n{note}\n\n{body}"):  # fmt: skip
        story = parse(page, check=False, today=_TODAY)
        assert note not in story.body
        assert len(story.body) == 3
        assert [r.reason for r in story.removed if r.text == note] == ["credit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The story appeared in the Harbour Weekly on Tuesday, and by the evening the ferry "
        "board had called an emergency meeting.",
        "Several factors contributed.",
        "Ferry fares and a wet summer contributed to the loss, the treasurer Ann Lee said.",
        "This interview was the first the chair has given since the vote.",
    ],
)
def test_a_sentence_of_news_about_where_a_story_ran_or_who_helped_stays(sentence: str) -> None:
    story = parse(
        f"Ferry board calls emergency meeting\n\nThe board met on Tuesday night.\n\n"
        f"{sentence}\n\nThe chair said the board would answer every question put to it.\n",
        check=False,
        today=_TODAY,
    )
    assert sentence in story.body


@pytest.mark.parametrize(
    "contact",
    [
        "Lena Ortiz can be reached at lortiz@harbour-weekly.example.",
        "\u2022 Lena Ortiz may be reached at lortiz@harbour-weekly.example and followed on X.",
        "Contact reporter Lena Ortiz at lortiz@harbour-weekly.example.",
        "\u2014Contact Lena Ortiz at lortiz@harbour-weekly.example. Follow her on X.",
        "Lena Ortiz can be reached at http://twitter.com/LenaOrtiz .",
        "Lena Ortiz can be reached at @LenaOrtiz on X.",
    ],
)
def test_the_writers_contact_line_is_a_credit(contact: str) -> None:
    body = (
        "The harbour board on Saturday approved a short-term budget that keeps the ferries "
        "running into January.\n\nThe vote was 7-2, with both members from the north shore "
        "voting against it.\n\nThe budget goes to the city council next week.\n"
    )
    story = parse(f"Ferry board passes budget\n\n{body}\n{contact}\n", check=False, today=_TODAY)
    assert len(story.body) == 3
    assert [r.reason for r in story.removed if r.text == contact] == ["credit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police can be reached at 555-0100 by anyone who saw the crash.",
        "Officials can be reached at the harbour office, the notice said @noon.",
        "Contact Lena Ortiz at lortiz@harbour-weekly.example, the notice on the door said.",
    ],
)
def test_a_sentence_that_gives_a_contact_stays(sentence: str) -> None:
    story = parse(
        "Ferry crash witnesses sought\n\nA ferry struck the north pier on Saturday night, "
        f"the harbour board said.\n\n{sentence}\n\nNo one was hurt.\n",
        check=False,
        today=_TODAY,
    )
    assert sentence in story.body


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        (
            "The opinions expressed by contributors are their own and do not necessarily "
            "represent the views of Harbour Weekly.",
            True,
        ),
        (
            "The information contained in this article is for educational and informational "
            "purposes only and is not intended as health or medical advice.",
            True,
        ),
        (
            "The news and editorial departments of the Harbour Weekly had no role in the "
            "creation or display of this content.",
            True,
        ),
        # news that reads like one
        (
            "The views expressed by the minister do not reflect government policy, a "
            "spokesman said.",
            False,
        ),
        ("The charts are for informational use by pilots and harbour crews.", False),
        ("Want to keep up with harbour news? Subscribe to our email newsletter.", True),
        ("Sign up now to get the Weekly's breaking news delivered right to your inbox.", True),
        ("For more harbour news, make sure to sign up for our newsletter!", True),
        ("Residents can sign up for text alerts about ferry delays on the board's website.", False),
        ("More than 2,000 people signed up for our newsletter in a week, the editor said.", False),
        # a market widget's notice
        (
            "Quotes displayed in real-time or delayed by at least 15 minutes. Market data "
            "provided by Example Data Services.",
            True,
        ),
        ("*Data is delayed at least 15 minutes", True),
        ("Data on departures showed ferries delayed by at least 15 minutes.", False),
        ("Ferries were delayed by at least 15 minutes on Monday.", False),
    ],
)
def test_a_sites_disclaimer_or_newsletter_prompt_is_chrome_wherever_it_stands(
    line: str, removed: bool
) -> None:
    body = (
        "The harbour board on Saturday approved a short-term budget that keeps the ferries "
        "running into January.\n\nThe vote was 7-2, with both members from the north shore "
        "voting against it.\n\nThe budget goes to the city council next week.\n"
    )
    for page in (f"Ferry board passes budget\n\n{line}\n\n{body}",
                 f"Ferry board passes budget\n\n{body}\n{line}\n"):  # fmt: skip
        story = parse(page, check=False, today=_TODAY)
        assert (line not in story.body) is removed
        assert [r.reason for r in story.removed if r.text == line] == (
            ["boilerplate"] if removed else []
        )


def test_an_author_card_under_the_story_is_not_story() -> None:
    """Reuters' pages close with the writer's card: the name again, the agency, a long
    line of bio. The writer's name alone under the story is the card, not a paragraph."""
    bio = (
        "Chicago-based correspondent covering agriculture, water and the politics of the "
        "farm belt. Previously posted in Lima, Bogota and Mexico City, and has reported from "
        "more than twenty countries across the Americas and Europe, covering elections, trade "
        "talks, droughts and the long fights over rivers that cross borders, and before that "
        "wrote about city hall and the courts for a regional daily for six years."
    )
    paras = [
        "DES MOINES, Iowa, Nov 30 (Reuters) - Farm states are weighing new rules on "
        "groundwater, officials said on Monday, as a third dry summer left wells low.",
        "The rules would cap how much water large farms may pump in dry years, and would "
        "require meters on every well that irrigates more than forty acres.",
        "Farm groups have said the caps would hurt yields, while towns that rely on the same "
        "aquifer for drinking water have pressed for them for years.",
    ]
    page = (
        "Register\n\nUnited States\n\nFarm states weigh new water rules\n\nBy Lena Ortiz\n"
        "November 30, 2026 11:08 AM UTC Updated ago\n\n" + "\n".join(paras) + "\n\n"
        "Reporting by Lena Ortiz Editing by Bo Park\n\n"
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n\n"
        f"Purchase Licensing Rights\nLena Ortiz\n\nThomson Reuters\n\n{bio}\n\nRead Next\n\n"
        "United States category Farm fair closes early after storm February 15, 2026\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Lena Ortiz",)
    assert story.body[-1] == paras[-1]
    assert len(story.body) == 3


@pytest.mark.parametrize("heading", ["Read This Next", "Top reads on Harbour Weekly this week"])
def test_a_teaser_list_under_its_heading_after_the_story_is_not_story(heading: str) -> None:
    # each teaser card as the page prints it: the title, its section, the title again,
    # then its summary
    teasers = (
        "Ferry fares are rising. Here's what to know.\n\nTransport\n\n"
        "Ferry fares are rising. Here's what to know.\n\n"
        "The board raised fares twice this year, and another rise is due in March. Here is "
        "what riders will pay.\n"
        "Is there a link between the tides and the ferry delays?\n\nTransport\nHarbour Life\n\n"
        "Is there a link between the tides and the ferry delays?\n\n"
        "An estimated 30 percent of sailings ran late last month. Here's what we know about "
        "why.\n"
    )
    page = (
        "Ferry board passes budget\n\nBy Lena Ortiz\n\nNov. 29, 2026\n\n"
        "The harbour board on Saturday approved a short-term budget that keeps the ferries "
        "running into January, hours before the old one ran out.\n\n"
        "The vote was 7-2, with both members from the north shore voting against it.\n\n"
        "The budget goes to the city council next week, where it is expected to pass.\n\n"
        f"{heading}\n\n{teasers}"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1].startswith("The budget goes to the city council")
    assert len(story.body) == 3


def test_a_related_box_between_paragraphs_does_not_end_the_story() -> None:
    """ESPN sets `2 Related` (a box of two links) between the lede and the rest: chrome that
    says the article goes on, not a break that ends it."""
    page = (
        "Heavyweights meet in Riyadh\n\nBy Lena Ortiz\n\nNov. 29, 2026\n\n"
        "Five of the top ten heavyweights compete on Saturday in Riyadh on one of the most "
        "stacked cards in years, with two former champions on it.\n\n2 Related\n\n"
        "The main event pits a former champion against a contender who has won his last "
        "eight fights, six of them by knockout.\n\n"
        "Also on the card are the top light heavyweight and the top cruiserweight, both "
        "defending their belts against mandatory challengers.\n\n"
        "Boxing's best: ranking the top 100 men\n\nYou might like\n\n"
        "Harbour boxing club reopens after flood\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[0].startswith("Five of the top ten heavyweights")
    assert story.body[-1].startswith("Also on the card")
    assert [r.reason for r in story.removed if r.text == "2 Related"] == ["boilerplate"]


@pytest.mark.parametrize("heading", ["Read also", "ALSO READ", "See also:"])
def test_the_links_under_read_also_are_related_and_the_story_goes_on(heading: str) -> None:
    """TASS sets `Read also` and a linked headline between paragraphs: the link is related
    copy, and the story after the box stays, however short it is."""
    page = (
        "Grain exports set for record season, ministry says\n\n"
        "MOSCOW, November 29. /TASS/. Grain exports are set to reach a record 60 million "
        "tonnes this season, the Agriculture Ministry said on Sunday.\n\n"
        "Wheat will make up about 80% of the total, the ministry said in a statement.\n\n"
        f"{heading}\nExporters and ministry discuss new duty rules\n\n"
        "Barley and maize exports will also grow, with new markets opening in Africa.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert [r.text for r in story.related] == ["Exporters and ministry discuss new duty rules"]
    assert len(story.body) == 3
    assert story.body[-1].startswith("Barley and maize exports")
    assert heading in [r.text for r in story.removed]


@pytest.mark.parametrize("label", ["Read also:", "READ ALSO:", "Also read:"])
def test_a_read_also_link_on_its_line_is_related(label: str) -> None:
    page = (
        "Grain exports set for record season, ministry says\n\n"
        "MOSCOW, November 29. /TASS/. Grain exports are set to reach a record 60 million "
        "tonnes this season, the Agriculture Ministry said on Sunday.\n\n"
        f"{label} Exporters and ministry discuss new duty rules\n\n"
        "Barley and maize exports will also grow, with new markets opening in Africa.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert [r.text for r in story.related] == [
        f"{label} Exporters and ministry discuss new duty rules"
    ]
    assert len(story.body) == 2


def test_read_also_in_a_sentence_is_story() -> None:
    page = (
        "Grain exports set for record season, ministry says\n\n"
        "MOSCOW, November 29. /TASS/. Grain exports are set to reach a record 60 million "
        "tonnes this season, the Agriculture Ministry said on Sunday.\n\n"
        "See also the ministry's note on duties, which traders read closely.\n\n"
        "Barley and maize exports will also grow, with new markets opening in Africa.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert len(story.body) == 3 and not story.related


def test_the_last_paragraph_set_right_above_a_list_heading_is_story() -> None:
    """The Guardian prints `Explore more on these topics` and its links under the last
    paragraph with no blank line: the list starts at its heading."""
    paras = [
        "A ferry operator has been fined after admitting safety failures that left crew "
        "untrained in the use of emergency equipment.",
        "The court heard that lifeboat drills had not been carried out for months on two of "
        "the company's ships.",
        "The judge said the failures had put thousands of passengers at risk.",
        "In a statement, the company said it accepted the decision and had since overhauled "
        "its training.",
    ]
    page = (
        "Ferry operator fined over safety failures\n\nJane Roe\nSun 29 Nov 2026 10.00 GMT\n\n"
        + "\n\n".join(paras)
        + "\nExplore more on these topics\nFerries\nKent\nShipping\nShare\nReuse this content\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert list(story.body) == paras


def test_code_left_in_a_saved_page_is_not_story_however_it_ends() -> None:
    """A page cut inside its trailing `<script>` line ends in `;`, like a sentence: the
    characters of tags, objects and assignments still tell it is no paragraph. A sentence
    naming a menu path (`Settings -> <name>`) is prose."""
    blob = '</noscript><script type="application/json">' + ", ".join(
        f'{{"id":{n},"name":"harbour-{n}","tags":["ferry","fares"],"x":{{"y":{n}}}}}'
        for n in range(40)
    )
    script = blob + '];window.loaded = (start) => { report("ok"); };'
    prose = (
        'Managed devices can be repaired by a setting found in "Settings -> Updates -> '
        '<device name>," the company said on Monday, adding that most users need do nothing.'
    )
    page = (
        "Ferry app update breaks tickets\n\nBy Jane Roe\n\n"
        "An update to the harbour ferry app stopped tickets from loading on Monday, the "
        "operator said.\n\n"
        f"{prose}\n{script}\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1] == prose
    assert [r.reason for r in story.removed if r.text.startswith("</noscript>")] == ["boilerplate"]


def test_a_labelled_credit_tail_names_the_writer_and_keeps_the_paragraph_above() -> None:
    # A newspaper database closes the story with `Credit: Reporting by ...`: the writers'
    # credit, not a photo's, so the short paragraph above it is no photo caption.
    story = parse(
        "Ferry line adds a winter crossing\n\n"
        "OSLO, Jan 8 (Reuters) - A coastal ferry operator will run a second winter crossing "
        "to the islands from next month, it said on Monday.\n\n"
        "The crossing takes about four hours.\n\n"
        "Credit: Reporting by Ingrid Dahl; Editing by Paul Moss\n"
    )
    assert story.paragraphs[-1].text == "The crossing takes about four hours."
    assert not story.captions
    assert story.byline is not None and story.byline.names == ("Ingrid Dahl",)


def test_an_agency_sign_off_with_desk_initials_is_never_the_byline() -> None:
    # ` REUTER LM JH` under an archive story signs it off; it is no writer's name, and a
    # line has one place only.
    story = parse(
        "DOCKERS END STRIKE AFTER PAY DEAL\n\n"
        "    OSLO, Jan 9 - Dockworkers at the country's biggest port ended a\n"
        "two-week strike on Monday after accepting a pay rise, their\n"
        "union said.\n"
        "    The port said it would clear the backlog within ten days.\n"
        " REUTER LM JH\n"
    )
    assert story.byline is None
    assert [r.reason for r in story.removed] == ["wire-code"]
    assert all(len(places) == 1 for places in line_places(story).values())


def test_mojibake_of_an_accented_letter_is_no_copyright_credit() -> None:
    # `Ã©` is `é` read in the wrong encoding; its `©` inside a word credits no photo, and
    # the paragraph it ends stays in the body.
    last = "The worst is behind us, said AndrÃ©s Garcia of the association."
    story = parse(
        "Growers count the cost of the frost\n\n"
        "MADRID, April 9 (Reuters) - Spanish fruit growers lost about a fifth of this "
        "year's apricot crop to a late frost, their association said on Tuesday.\n\n"
        f"{last}\n"
    )
    assert story.paragraphs[-1].text == last
    assert not story.captions


def test_anpa_caret_lines_stand_alone_in_copy_whose_controls_were_stripped() -> None:
    # `^` marks ANPA header lines; the `^Eds:` note and the `^By` line are not the
    # headline's wrapped end, and the slug over them is no headline.
    story = parse(
        "^BC-Harbor Dredging,0312\n"
        "^Harbor Authority Approves Plan to Dredge the Silted Shipping Channel\n"
        "^Eds: Updates with vote total\n"
        "^By TOMAS VRELL\n"
        "   PORTSMOUTH, N.H. (AP) _ The regional harbor authority voted on\n"
        "Monday to dredge the silted shipping channel, a project delayed\n"
        "for six years by disputes over who should pay for it.\n"
        "   Work is expected to begin in the spring, officials said.\n"
        "AP-NY-03-04-96 1423EST\n"
    )
    assert story.headline == "Harbor Authority Approves Plan to Dredge the Silted Shipping Channel"
    assert story.byline is not None and story.byline.names == ("TOMAS VRELL",)
    assert {r.reason for r in story.removed} == {"wire-code"}


def test_a_story_filed_by_note_names_the_writer() -> None:
    story = parse(
        "Museum returns carved doors to village\n\n"
        "DAKAR, Nov 18 (AFP) - A French museum on Friday handed back a pair of carved doors "
        "taken from a village during the colonial period.\n\n"
        "(Story filed by Jean-Paul Dumeril)\n"
    )
    assert story.byline is not None and story.byline.names == ("Jean-Paul Dumeril",)
    assert len(story.paragraphs) == 1


def test_a_sentence_opening_with_more_in_copy_all_in_capitals_is_story() -> None:
    story = parse(
        "FERRY SERVICE RESUMES\n\n"
        "BERGEN (AP) -- FERRY SERVICE TO A DOZEN ISLANDS RESUMED SUNDAY AFTER CREWS ENDED "
        "A STRIKE.\n\n"
        "MORE THAN 30,000 PASSENGERS WERE STRANDED DURING THE NINE-DAY STOPPAGE, THE "
        "OPERATOR SAID.\n\n"
        "RELATED: FERRY UNION WINS LONGER BREAKS\n"
    )
    assert story.body[-1].startswith("MORE THAN 30,000")
    assert [r.text for r in story.related] == ["RELATED: FERRY UNION WINS LONGER BREAKS"]


def test_an_adds_pickup_line_joins_the_takes_and_is_no_paragraph() -> None:
    story = parse(
        "Harbor Authority Approves Dredging Plan\n"
        "By TOMAS VRELL\n"
        "   PORTSMOUTH, N.H. (AP) _ The regional harbor authority voted\n"
        "Monday to dredge the silted shipping channel near the fish pier.\n"
        "   MORE\n"
        "AP-NY-03-04-96 1012EST\n\n"
        "AM-Harbor-Dredging, 1st Add,0140\n"
        "PORTSMOUTH, N.H.: fish pier.\n"
        "   The plan calls for removing about 300,000 cubic yards of\n"
        "sediment before the autumn fishing season.\n"
    )
    assert [p[:20] for p in story.body] == ["The regional harbor ", "The plan calls for r"]
    reasons = {r.line: r.reason for r in story.removed}
    assert reasons[8] == reasons[9] == "wire-code"


def test_a_label_and_words_that_end_no_paragraph_stay_story() -> None:
    story = parse(
        "Harbor plan approved\n\n"
        "PORTSMOUTH, N.H. (AP) -- The harbor authority voted Monday to dredge the channel.\n\n"
        "Q: What happens next?\n\n"
        "Work begins in the spring, officials said.\n"
    )
    assert "Q: What happens next?" in story.body


AGENCY_UP_TOP = """\
Port operator lifts dividend after record volumes

Reuters

SANTOS, Brazil, Nov 28 (Reuters) - A Brazilian port operator raised its dividend.

The company said it would invest more in rail links to the interior.

(Reporting by Marta Quelhas and Rui Ventana; Editing by Ana Perl)
"""


def test_an_agency_byline_gives_way_to_the_reporters_in_the_tail() -> None:
    # Syndicated copy credits the agency up top and names the reporters only at the end.
    story = parse(AGENCY_UP_TOP, check=False, today=_TODAY)
    assert story.byline is not None
    assert story.byline.names == ("Marta Quelhas", "Rui Ventana")
    assert [(r.line, r.reason) for r in story.removed] == [(3, "agency-credit")]
    assert len(story.paragraphs) == 2
    places = line_places(story)
    assert all(len(places[n]) == 1 for n in places)


def test_a_named_byline_keeps_its_place_over_the_tail() -> None:
    text = AGENCY_UP_TOP.replace("\nReuters\n", "\nBy Leonor Brandt\n")
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Leonor Brandt",)
    assert [r.reason for r in story.removed] == ["credit"]


POSTMEDIA = """\
Regional airline adds winter routes to the North

WINNIPEG \u2014 A regional airline will add three routes to northern Manitoba this winter,
its chief executive said on Saturday, after a year of record bookings.

Article content

The flights will run twice a week from December to March.

This advertisement has not loaded yet, but your article continues below.

Article content

Tickets go on sale Monday.

Article content

Share this article in your social network
"""


def test_a_newspaper_chain_s_labels_between_paragraphs_are_not_story() -> None:
    story = parse(POSTMEDIA, check=False, today=_TODAY)
    assert [p.text[:24] for p in story.paragraphs] == [
        "A regional airline will ",
        "The flights will run twi",
        "Tickets go on sale Monda",
    ]
    removed = {r.text for r in story.removed}
    assert "Article content" in removed
    assert "This advertisement has not loaded yet, but your article continues below." in removed


_MAILED = (
    "Ferry halted after dock cracks found\n\nBy Marta Kelling\n\n"
    "PORTLAND, Ore. (AP) \u2014 The ferry stopped on Monday after divers found cracks.\n\n"
    "On Tuesday the port director wrote:\n\n"
    "Officials said repairs would take six weeks.\n"
)


@pytest.mark.parametrize(
    "trailer",
    [
        "Sent from my iPhone",
        "Get Outlook for iOS",
        "-- \nMark Ellison\nCommunications Director\nHarbor Freight Council\n\n"
        "This e-mail and any attachments are confidential and intended solely for the "
        "addressee. If you have received it in error, please notify the sender.",
        "You are receiving this email because you subscribed to Morning Wire Briefing.\n\n"
        "Unsubscribe | Manage preferences | View in browser",
        "\U0001f517 https://newsbrief.example/a/ferry-halted\nShared via NewsBrief app",
    ],
)
def test_a_mail_app_s_or_a_mailing_list_s_trailer_is_not_story(trailer: str) -> None:
    story = parse(f"{_MAILED}\n{trailer}\n", check=False, today=_TODAY)
    assert story.body == (
        "The ferry stopped on Monday after divers found cracks.",
        "On Tuesday the port director wrote:",  # no address: a line of the story
        "Officials said repairs would take six weeks.",
    )


def test_a_forwarded_mail_s_envelope_is_not_the_headline() -> None:
    envelope = (
        "From: Mark Ellison <mellison@example.com>\n"
        "Sent: Tuesday, November 3, 2026 7:58 AM\n"
        "To: Owen Szabo <oszabo@example.com>\n"
        "Subject: FW: Ferry halted\n\n"
        "---------- Forwarded message ---------\n\n"
    )
    story = parse(envelope + _MAILED, check=False, today=_TODAY)
    assert story.headline == "Ferry halted after dock cracks found"
    assert story.byline is not None and story.byline.names == ("Marta Kelling",)
    assert [r.line for r in story.removed if r.reason == "boilerplate"] == [1, 2, 3, 4, 6]


def test_skip_links_over_a_page_are_not_its_headline() -> None:
    page = (
        "Skip to main content\nSkip to navigation\n\n"
        "Court blocks plan to build wind farm off Thornbury Cross coast\n\n"
        "A federal appeals court on Saturday blocked construction of a 40-turbine wind farm "
        "off the coast, ruling that regulators had not studied its effect on seabirds.\n\n"
        "The developer said it was disappointed and was considering an appeal.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Court blocks plan to build wind farm off Thornbury Cross coast"
    assert [(r.line, r.reason) for r in story.removed] == [(1, "boilerplate"), (2, "boilerplate")]


@pytest.mark.parametrize(
    "between",
    [
        "Story continues below advertisement",
        "Advertisement - story continues below",
        "Loading",
        "Ad Feedback",
        "SCROLL TO CONTINUE WITH CONTENT",
    ],
)
def test_a_paragraph_after_an_interstitial_inside_the_story_is_kept(between: str) -> None:
    # An ad slot or an embed's placeholder sits inside the article: the paragraph under
    # it, however short, is still the story's (it was cut off as chrome's side).
    text = (
        "Council approves budget with cuts to library hours\n\nBy Jane Roe\n\n"
        "PINECREST, Ore. (AP) \u2014 The city council on Tuesday approved a $412 million "
        "budget that trims library hours and delays two road projects.\n\n"
        "The measure passed 6-3 after a meeting that ran past midnight, with dozens of "
        "residents lining up to speak against the library cuts.\n\n"
        f"{between}\n\n"
        "Mayor Ann Pruitt is expected to sign the budget this week.\n\n"
        "Share\n\nMost Read\n"
    )
    story = parse(text, today=_TODAY)
    assert story.body[-1] == "Mayor Ann Pruitt is expected to sign the budget this week."
    assert (9, between) in [(r.line, r.text) for r in story.removed]
    # Left out of the story, but still in the copy: WC307 says so.
    assert [d.line for d in story.diagnostics if d.code == "WC307"] == [9]


@pytest.mark.parametrize(
    "lede",
    [
        "A brewer lost its case on Monday over a logo marked with the \u00a9 sign, the court said.",
        # A Latin-2 `Š` read as Windows-1252, and UTF-8 `é` read as Mac Roman.
        "Voters chose on Sunday to keep the brewery, said the mayor, Tom\u00b9 \u00a9imek.",
        "The brewer opened a caf\u221a\u00a9 next to the town hall on Monday, the mayor said.",
    ],
)
def test_a_copyright_sign_inside_a_sentence_is_no_photo_credit(lede: str) -> None:
    text = f"Brewer loses logo case\n\nBy Anna Kowal\n\nWARSAW (AP) \u2014 {lede}\n\nMore soon.\n"
    story = parse(text, check=False, today=_TODAY)
    assert not story.captions
    assert story.paragraphs[0].text == lede


def test_a_copyright_credit_still_ends_a_caption() -> None:
    text = (
        "Brewer loses logo case\n\nBy Anna Kowal\n\nWARSAW (AP) \u2014 A brewer lost its case"
        " on Monday, the court said.\n\nThe brewery's gate in Warsaw on Monday. \u00a9AFP\n\n"
        "The company said it would appeal the ruling to the supreme court next month.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == ["The brewery's gate in Warsaw on Monday. \u00a9AFP"]


@pytest.mark.parametrize(
    "credit", ["\u00a9AFP", "\u00a9 2026 Reuters", "\u00a9 \u9ed2\u67f3\u5fb9\u5b50"]
)
def test_a_copyright_credit_names_someone_after_the_sign(credit: str) -> None:
    from wirecheck.patterns.credits import CREDIT_RE

    assert CREDIT_RE.search(f"The brewery's gate in Warsaw on Monday. {credit}")
    assert not CREDIT_RE.search("The logo bore the \u00a9 sign, the court said.")


def test_direction_marks_before_the_byline_and_the_dateline_are_read_past() -> None:
    # A bilingual page sets a right-to-left or left-to-right mark before Latin lines.
    text = (
        "Ferry adds night crossings\n\n\u200fBy Lena Marchetti\n\n"
        "\u200eLAGOS, Nigeria (AP) \u2014 A ferry service began running boats after dark.\n\n"
        "The night service adds six crossings.\n"
    )
    story = parse(text, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Lena Marchetti",)
    assert story.dateline is not None and story.dateline.city == "LAGOS"
    assert [(d.code, d.line, d.column) for d in story.diagnostics] == [("WC504", 5, 1)]


def test_direction_marks_inside_right_to_left_text_are_left_alone() -> None:
    text = (
        "Ferry adds night crossings\n\nLAGOS, Nigeria (AP) \u2014 The sign read "
        "\u05e9\u05dc\u05d5\u05dd\u200f\u05e2\u05d5\u05dc\u05dd at the jetty, the operator said.\n"
    )
    assert [d for d in parse(text, today=_TODAY).diagnostics if d.code == "WC504"] == []


WRITER_CARD = """\
Flooding forces thousands from homes in northern Portugal

By HELENA VARELA

LISBON, Portugal (AP) \u2014 Thousands of people were evacuated from their homes on Saturday.

At least two people were missing after their car was swept off a road, officials said.

{tail}
"""


@pytest.mark.parametrize(
    "tail",
    [
        "HELENA VARELA\n\nVarela covers Portugal for The Associated Press.\n\ntwitter\n\nmailto",
        "Harbour Health News is a national newsroom that produces journalism about health.",
        "Stateline is part of States Newsroom, a nonprofit news network supported by grants.",
        # A note long enough to read as someone's bio, with an editor's contact.
        "Stateline is part of States Newsroom, a nonprofit news network. Stateline maintains"
        " editorial independence. Contact Editor Ann Poe for questions: info@example.org.",
    ],
)
def test_a_writer_s_card_or_a_newsroom_s_note_under_the_story_is_not_story(tail: str) -> None:
    story = parse(WRITER_CARD.format(tail=tail), check=False, today=_TODAY)
    assert [p.text[:12] for p in story.paragraphs] == ["Thousands of", "At least two"]


def test_a_last_paragraph_about_another_organisation_stays() -> None:
    tail = "The clinic is a nonprofit that serves about 2,000 patients a year."
    story = parse(WRITER_CARD.format(tail=tail), check=False, today=_TODAY)
    assert story.paragraphs[-1].text == tail


@pytest.mark.parametrize(
    "head",
    ["Photos: Lantern festival lights up Chiang Mai", "WATCH: Lanterns light up the night sky"],
)
def test_a_labelled_first_line_over_the_story_is_its_headline(head: str) -> None:
    text = (
        f"{head}\n\nBy Niran Chaiyasit\n\nThousands of lanterns rose into the night sky over"
        " the northern Thai city on Saturday as residents marked the Yi Peng festival.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == head
    assert not story.captions and not story.related


def test_a_labelled_caption_inside_the_story_stays_a_caption() -> None:
    text = (
        "Lanterns light up the night\n\nBy Niran Chaiyasit\n\nCHIANG MAI, Thailand (AP) \u2014"
        " Thousands of lanterns rose into the night sky on Saturday, officials said.\n\n"
        "Photo: Residents release lanterns over the old city moat\n\n"
        "The festival marks the end of the rainy season, and draws visitors from abroad.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == [
        "Photo: Residents release lanterns over the old city moat"
    ]


@pytest.mark.parametrize(
    "note",
    [
        "This story was originally published by Harbour Health News.",
        "Editor\u2019s note: This story was first published by Harbour Health News.",
    ],
)
def test_a_note_of_where_the_story_ran_first_over_its_headline(note: str) -> None:
    text = (
        f"{note}\n\nStates race to fill dispatcher jobs as calls climb\n\nBy Kate Fenwick\n\n"
        "Emergency call centers in at least 30 states are short of dispatchers, leaving some"
        " callers on hold.\n\nThe survey found that one in four dispatcher jobs was vacant.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "States race to fill dispatcher jobs as calls climb"
    assert [r.reason for r in story.removed] == ["credit"]
    assert story.paragraphs[0].text.startswith("Emergency call centers")


def test_a_live_blog_s_entry_times_and_a_video_s_length_are_not_story() -> None:
    text = (
        "Live updates: Election results in New Zealand\n\nBy Aroha Tane\n\n"
        "9:05 a.m. EST\n\nThe leader of the opposition conceded defeat shortly after midnight"
        " local time, telling supporters the party would rebuild.\n\n8:20 a.m. EST\n\n"
        "The Electoral Commission said turnout was about 76%, down from 78% last time.\n\n"
        "02:34\n\nPolls had closed at 7 p.m. on Saturday, and counting went on overnight.\n\n"
        "5 p.m.\n\nThe new parliament will meet for the first time within six weeks.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [p.text[:12] for p in story.paragraphs] == [
        "The leader o",
        "The Electora",
        "Polls had cl",
        "The new parl",
    ]
    assert [r.text for r in story.removed] == [
        "9:05 a.m. EST",
        "8:20 a.m. EST",
        "02:34",
        "5 p.m.",
    ]


@pytest.mark.parametrize("line", ["1.50", "1.50 euros", "5.30 rise"])
def test_a_number_alone_is_no_time_stamp(line: str) -> None:
    from wirecheck.structure import _TIME_ONLY_RE

    assert _TIME_ONLY_RE.fullmatch(line) is None


def test_byline_names_in_decomposed_accents() -> None:
    text = (
        "Ferry adds night crossings\n\nBy Jose\u0301 Nu\u0301n\u0303ez and Zoe\u0308 Smith\n\n"
        "LAGOS, Nigeria (AP) \u2014 A ferry service began running boats after dark on Monday.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None
    assert story.byline.names == ("Jos\u00e9 N\u00fa\u00f1ez", "Zo\u00eb Smith")


def test_a_caption_copied_with_its_picture_s_buttons() -> None:
    text = (
        "Wealth fund to exit three mining firms\n\nBy Ingrid Halvorsen\n\n"
        "The central bank building in Oslo, Norway, March 3, 2026. REUTERS/Lise Berg/File"
        " Photo Purchase Licensing Rights, opens new tab\n\n"
        "OSLO, Nov 28 (Reuters) - Norway's wealth fund will sell its stakes in three mining"
        " companies, its ethics council said on Saturday.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.credit for c in story.captions] == ["REUTERS/Lise Berg/File Photo"]


@pytest.mark.parametrize("spacing", ["\n\n", "\n"])
def test_a_related_list_under_the_story(spacing: str) -> None:
    links = ["Rural bus operators cut routes as driver shortage deepens", "JR firms report profits"]
    text = (
        "Japan to extend subsidies for regional rail lines\n\nTOKYO (Kyodo) -- The government"
        " plans to extend subsidies for regional railway lines, sources said Saturday.\n\n"
        "The ministry will seek about 42 billion yen for the next fiscal year.\n\n"
        f"Related coverage:{spacing}{spacing.join(links)}\n\nContact\n\nCareers\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [r.text for r in story.related] == links
    assert {r.text: r.reason for r in story.removed}["Contact"] != "related"


def test_a_release_without_an_end_mark_ends_where_its_boilerplate_begins() -> None:
    text = (
        "Grocer to add 1,200 jobs with new distribution centre\n\n"
        "TORONTO, Nov. 28, 2026 /CNW/ - Maplecrest Grocers Ltd. (TSX: MCG) today announced"
        " plans to build a distribution centre, creating about 1,200 jobs.\n\n"
        '"This is about fresher food," said the chief executive.\n\n'
        "About Maplecrest Grocers\n\nMaplecrest Grocers Ltd. operates 212 stores in Ontario.\n\n"
        "Forward-Looking Statements\n\nThis release contains forward-looking statements.\n\n"
        "Media Contact:\nJun Park\nmedia@maplecrest.example\n\nSOURCE Maplecrest Grocers Ltd.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [p.text[:12] for p in story.paragraphs] == ["Maplecrest G", '"This is abo']


def test_a_news_story_s_about_subhead_stays() -> None:
    text = (
        "Council backs new bridge\n\nSPRINGFIELD (AP) \u2014 The council voted for a new bridge"
        " over the river on Monday, the mayor said.\n\nAbout the bridge\n\n"
        "The bridge will carry two lanes and a cycle path, and open in 2029.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.paragraphs[-1].text.startswith("The bridge will carry")


def test_a_wire_slug_is_no_dateline_and_no_page_title() -> None:
    text = (
        "BC-US--Storm-Power\n\nStorm knocks out power in Pacific Northwest\n\n"
        "SEATTLE (AP) \u2014 A powerful storm swept into Washington on Saturday, toppling"
        " trees onto power lines.\n\nCrews from three states were brought in to help.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Storm knocks out power in Pacific Northwest"
    assert story.dateline is not None and story.dateline.city == "SEATTLE"
    assert [(r.line, r.reason) for r in story.removed] == [(1, "wire-code")]


def test_a_release_s_distribution_note_is_no_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nTwo arrested after pursuit on Route 9\n\n"
        "MILLBROOK, Ohio \u2014 Two men were arrested early Saturday after a vehicle pursuit,"
        " police said.\n\nNo one was injured.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Two arrested after pursuit on Route 9"
    assert [(r.line, r.reason) for r in story.removed] == [(1, "wire-code")]


def test_a_statement_s_place_and_date_is_no_byline() -> None:
    text = (
        "Statement by the Spokesperson for the Secretary-General on the Varossa region\n\n"
        "New York, 27 November 2026\n\nThe Secretary-General is deeply concerned by reports"
        " of renewed fighting in the region.\n\nHe calls for an immediate ceasefire.\n"
    )
    assert parse(text, check=False, today=_TODAY).byline is None


def test_a_list_of_items_in_capitals_and_a_dash_has_no_dateline() -> None:
    # A day's transactions: each item opens as a bare dateline would.
    text = (
        "Sports transactions\n\nBy The Associated Press\n\n"
        "BOSTON RED SOX \u2014 Agreed to terms with RHP Daniel Okafor on a one-year contract.\n\n"
        "SEATTLE MARINERS \u2014 Claimed INF Tomas Reinholt off waivers from Oakland.\n\n"
        "National League\n\nCHICAGO CUBS \u2014 Named Lucia Berkowitz assistant hitting coach.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is None
    assert story.paragraphs[0].text.startswith("BOSTON RED SOX \u2014 Agreed")


def test_a_bare_dateline_over_prose_is_still_one() -> None:
    text = (
        "Council backs bridge\n\nSPRINGFIELD \u2014 The council voted for a new bridge on"
        " Monday.\n\nTAXES \u2014 Most households will pay less.\n\nThe vote was 7-2.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.city == "SPRINGFIELD"


def test_a_business_wire_story_s_tail_after_its_end_mark_is_not_story() -> None:
    text = (
        "Pellucid Beverages profit tops forecasts\n\nBy Sofia Lockhart\n\n"
        "Pellucid Beverages Inc. reported second-quarter profit above forecasts on Monday.\n\n"
        "Revenue rose 20.5% to $16.27 billion, beating expectations.\n\n"
        "Write to Sofia Lockhart at sofia.lockhart@example.com\n\n"
        "(END) Dow Jones Newswires\n\n"
        "September 15, 2025 14:58 ET (18:58 GMT)\n\n"
        "Copyright (c) 2025 Dow Jones & Company, Inc.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [p[:20] for p in story.body] == ["Pellucid Beverages I", "Revenue rose 20.5% t"]
    assert [(r.line, r.reason) for r in story.removed][:2] == [(9, "credit"), (11, "wire-code")]


def test_a_release_page_s_media_notice_issuer_and_renamed_wire() -> None:
    page = (
        "Cision PR Newswire\nNews\nProducts\n\n"
        "Tarrow Networks Opens Boston Office\nNews provided by\n\n"
        "Tarrow Networks Holdings, Inc.\n\n"
        "Nov 03, 2026, 08:00 ET\nShare this article\n\n"
        "BOSTON, MA / ACCESS Newswire / November 3, 2026 / Tarrow Networks Inc., a maker of "
        "workflow software, today opened an office in Boston.\n\n"
        "A photo accompanying this announcement is available at https://example.com/p/0a1b\n\n"
        '"Boston gives us the engineers we need," said Eli Marsh, its chief executive.\n'
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Tarrow Networks Opens Boston Office"
    assert story.dateline is not None and story.dateline.agencies == ("ACCESS Newswire",)
    assert story.dateline.date == "2026-11-03"
    assert [c.text[:20] for c in story.captions] == ["A photo accompanying"]
    assert story.body[-1].startswith('"Boston gives us')
    # The issuer's name with no final full stop is no headline either.
    for issuer in ("Tarrow Networks Holdings", "Tarrow Networks Ltd", "Tarrow Group"):
        issued = parse(page.replace("Tarrow Networks Holdings, Inc.", issuer), check=False)
        assert issued.headline == "Tarrow Networks Opens Boston Office", issuer


def test_a_release_ends_at_its_board_sign_off_and_contact_label() -> None:
    text = (
        "Ravenrock Metals Closes Private Placement\n\n"
        "Vancouver, British Columbia--(Newsfile Corp. - March 3, 2026) - Ravenrock Metals "
        "Corp. is pleased to announce that it has closed a private placement.\n\n"
        "The Company will use the proceeds to fund drilling at its copper project.\n\n"
        "ON BEHALF OF THE BOARD OF DIRECTORS\n\n"
        '"Ada Strand"\nAda Strand, President and CEO\n\n'
        "For further information, please contact:\n\n"
        "Leo Park\nTel: 604-555-0188\nEmail: info@example.com\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [p[:20] for p in story.body] == ["Ravenrock Metals Cor", "The Company will use"]


def test_a_writer_s_bio_over_a_print_note_is_not_story() -> None:
    page = (
        "Council approves budget with cuts to library hours\n\nBy Jane Roe\n\n"
        "The city council on Tuesday approved a $412 million budget that trims library hours "
        "and delays two road projects.\n\n"
        "The measure passed 6-3 after a meeting that ran past midnight.\n\n"
        "Jane Roe is a staff writer who covers local government.\n\n"
        "A version of this article appears in print on Nov. 25, 2026, Section A, Page 13.\n\n"
        "Most Read\nStorms knock out power to thousands\n\u00a9 2026 The Pinecrest Gazette\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1] == "The measure passed 6-3 after a meeting that ran past midnight."


_LIST_PAGE = (
    "Valley Ledger\nHome\nNews\nSport\n\n"
    "Szabo wins council seat by narrow margin\n\nBy Ruth Keller\nPublished 09:14\nShare\n\n"
    "{top}"
    "Irene Szabo won the vacant council seat on Tuesday, the county's election office said "
    "in a statement late on Wednesday night.\n\n"
    "The results, with all precincts counted, were as follows:\n"
    "Irene Szabo   Independent   23,235   48.1%\n"
    "Tom Hale   Labour   12,804   26.5%\n"
    "Nadia Carvalho   Green   12,367   25.4%\n\n"
    "Szabo conceded nothing on the recount question on Wednesday morning.\n\n"
    "The result will be certified next week.\n\n"
    "{tail}"
    "Share\nMost Read\nZoo welcomes twin red panda cubs\nAirport adds summer routes\n"
)


def test_a_story_s_own_table_under_a_lead_in_does_not_cut_the_story() -> None:
    story = parse(_LIST_PAGE.format(top="", tail=""), check=False, today=_TODAY)
    assert "Independent" in story.body[2]  # the table's first row
    assert story.body[-1] == "The result will be certified next week."


def test_a_teaser_list_under_a_page_heading_is_not_story() -> None:
    tail = (
        "In other news:\n"
        "\u2022 Zoo welcomes twin red panda cubs\n"
        "\u2022 Airport adds three new summer routes\n"
        "\u2022 Library extends weekend opening hours\n\n"
    )
    story = parse(_LIST_PAGE.format(top="", tail=tail), check=False, today=_TODAY)
    assert story.body[-1] == "The result will be certified next week."


def test_a_list_under_a_lede_in_copy_with_no_chrome_is_story() -> None:
    text = (
        "Harbor tunnel gets go-ahead\n\n"
        "The regional council approved a road tunnel under the old harbor on Monday, with "
        "these figures:\n\n"
        "\u2022 Length: 4.5 kilometers\n\u2022 Cost: 3.9 billion euros\n\u2022 Opening: 2029\n\n"
        "Residents' groups welcomed the project but raised concerns about noise.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "\u2022 Cost: 3.9 billion euros" in story.body


def test_a_posts_counters_in_chrome_free_copy_are_not_taken_for_a_list() -> None:
    # No chrome, no dateline: the lede opens the story, and the short lines between it and
    # the body are story only when they are a list's items (an embed's `Likes` is none).
    text = (
        "Senator's post on bridge funding draws rebuke from governor\n\nBy Paul Okonkwo\n\n"
        "State Sen. Alicia Grant drew a sharp response from Gov. Ned Harlow on Thursday after "
        "she accused his office of holding up federal money for the Route 9 bridge.\n\n"
        "Alicia Grant\n@SenAliciaGrant\n"
        "The money for the Route 9 bridge has been sitting in Harlow's budget office for 8 "
        "months. Commuters deserve better.\n"
        "7:14 PM \u00b7 Mar 6, 2025\n1.2K\nReposts\n3.4K\nLikes\n\n"
        "Harlow's spokesperson, Erin Vance, said the money was waiting on a federal "
        "environmental review.\n\n"
        '"The senator knows that," Vance said.\n'
    )
    body = parse(text, check=False, today=_TODAY).body
    assert "Reposts" not in body and "Likes" not in body


# Agate: scores, standings and transactions carry no prose at all.


def test_scores_with_no_prose_are_the_story_not_a_missing_body() -> None:
    text = (
        "NBA Scores\n\nThe Associated Press\n\nSaturday's Games\n\n"
        "Atlanta 118, Boston 109\n\nDenver 121, Utah 104\n\nL.A. Lakers 99, Phoenix 97\n"
    )
    story = parse(text, today=_TODAY)
    assert story.headline == "NBA Scores"
    assert story.byline is not None and story.byline.raw == "The Associated Press"
    assert [p.text for p in story.paragraphs] == [
        "Saturday's Games",
        "Atlanta 118, Boston 109",
        "Denver 121, Utah 104",
        "L.A. Lakers 99, Phoenix 97",
    ]
    assert not [d for d in story.diagnostics if d.severity == "error"]  # no WC302
    # A kill notice is no agate: its marks are wire codes, and it has no body.
    kill = "BC-US--Bridge-Collapse, KILL\n\nKILL KILL KILL\n\nEds: The story is withdrawn.\n"
    story = parse(kill, today=_TODAY)
    assert story.headline is None and story.paragraphs == ()
    assert [r.reason for r in story.removed] == ["wire-code"] * 3


def test_a_standings_tables_rows_are_lines_of_their_own() -> None:
    rows = [
        "                 GP   W   D   L  Pts",
        "Arsenal          13   9   3   1   30",
        "Liverpool        13   9   2   2   29",
        "Chelsea          13   8   3   2   27",
    ]
    story = parse("Premier League Standings\n\n" + "\n".join(rows) + "\n", today=_TODAY)
    assert story.headline == "Premier League Standings"
    assert [p.text for p in story.paragraphs] == [" ".join(r.split()) for r in rows]


def test_a_days_transactions_open_with_no_dateline() -> None:
    text = (
        "Sunday's Sports Transactions\n\nBASEBALL\nAmerican League\n"
        "BOSTON RED SOX — Agreed to terms with RHP Lane Tobin on a one-year contract.\n"
        "NEW YORK YANKEES — Designated INF Carl Ruiz for assignment.\n"
        "FOOTBALL\nNational Football League\n"
        "CHICAGO BEARS — Placed WR Tony Marsh on injured reserve.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is None
    assert story.paragraphs[0].text.startswith("BOSTON RED SOX — Agreed")


@pytest.mark.parametrize(
    "buttons",
    ["Share this article", "Print\n\nShare", "Compartir", "Teilen\n\nDrucken"],
)
def test_a_last_paragraph_under_a_pages_buttons_stays_in_the_story(buttons: str) -> None:
    lede = (
        "BERLIN (AP) — The German government agreed on a relief package for commuters on "
        "Tuesday, a spokesman said."
    )
    last = "The upper house must still approve the relief package. A vote is set for Dec. 19."
    text = f"Relief for commuters agreed\n\n{lede}\n\nThe opposition called it too little.\n\n"
    for tail in ("", "\n\nRelated stories\n\nRail strike called off\n\nFares to rise in May"):
        story = parse(f"{text}{buttons}\n\n{last}{tail}\n", check=False, today=_TODAY)
        assert story.body[-1] == last, (buttons, tail)
    # Under the buttons, a teaser's headline (no sentence) is no story, nor a page's note
    # on another matter, nor what a link's opener (`Read more`) introduces.
    for tail in (
        "Fares to rise in May",
        "We welcome your letters. Letters should be under 250 words and include your town.",
    ):
        story = parse(f"{text}{buttons}\n\n{tail}\n", check=False, today=_TODAY)
        assert story.body[-1] == "The opposition called it too little.", tail
    story = parse(f"{text}Read more\n\n{last}\n", check=False, today=_TODAY)
    assert story.body[-1] == "The opposition called it too little."


# Guards: today's rules kept off ordinary English copy (the adversarial review's cases).


def test_prose_that_names_a_paper_or_a_poll_stays_prose() -> None:
    lede = "BERLIN (AP) — The striker said on Monday he would stay at the club this season."
    for line in (
        '"I have a contract," he told Bild: "We will fight until the last day."',
        "Most parents say they lose sleep over it, according to the APA/Harris Poll.",
    ):
        story = parse(f"Striker stays\n\nBy Jane Roe\n\n{lede}\n\n{line}\n", today=_TODAY)
        assert story.body[-1] == line and story.captions == ()


def test_a_detective_inspector_in_a_dek_is_no_byline() -> None:
    text = (
        "House fire was arson, police say\n\nDI Sarah Collins said the fire was started "
        "deliberately\n\nLEEDS, England (AP) — A house fire that killed two people on Sunday "
        "was started deliberately, police said.\n\nThe investigation goes on.\n"
    )
    assert parse(text, check=False, today=_TODAY).byline is None


@pytest.mark.parametrize(
    "line",
    [
        "Embargo: the U.S. ban on most trade with Cuba, in force since 1962.",
        "Not for broadcast before the new year, the film will now be reviewed by lawyers.",
    ],
)
def test_a_story_sentence_opening_like_an_embargo_line_stays(line: str) -> None:
    lede = "HAVANA (AP) — Cuba's government said on Monday it would reopen the port."
    story = parse(f"Port to reopen\n\n{lede}\n\n{line}\n", check=False, today=_TODAY)
    assert story.body[-1] == line


def test_justified_copy_is_no_table() -> None:
    text = (
        "City council approves new budget after long debate\n\nBy Jane Roe\n\n"
        "SPRINGFIELD (AP) -- The city council approved a $1.2 billion budget\n"
        "on Tuesday night after  a debate that lasted more than seven hours and\n"
        "drew  hundreds  of  residents  to  the  chamber,  many  of  whom  spoke\n"
        "against   cuts   to   library   hours   and   to   the   parks\n"
        "department,  which  will lose 40 jobs under the plan.\n\n"
        "Mayor Linda Park said the budget was the hardest she had signed in her\n"
        "two terms,  but that the city had no choice after a drop in sales tax\n"
        "revenue  during  the  past  year.\n"
    )
    assert len(parse(text, check=False, today=_TODAY).paragraphs) == 2


def test_a_short_topic_label_over_the_headline_is_no_headline() -> None:
    text = (
        "Weather warnings today\nCouncil approves budget after long debate\n\nBy Jane Roe\n\n"
        "SPRINGFIELD (AP) — The council approved the budget on Tuesday.\n\nThe vote was 6-3.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Council approves budget after long debate"


def test_a_speakers_name_in_the_body_is_no_byline_under_the_widgets() -> None:
    text = (
        "Springfield's mayor on the budget and the flood\n\n4 hours ago\n\nShare\n\nSave\n\n"
        "The mayor sat down with us on Monday to talk about her first year in office. This "
        "interview has been edited for length.\n\nLinda Park\n\nIt has been the hardest year "
        "of my life, and also the best.\n"
    )
    assert parse(text, check=False, today=_TODAY).byline is None


def test_a_drop_cap_on_a_line_of_its_own_is_the_ledes_first_letter() -> None:
    text = (
        "A town waits for its school district\n\nBy Elena Mwangi\n\nI\nn Greyfield, teachers "
        "say the changes came faster than anyone expected.\n\nThe board votes in June.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[0].startswith("In Greyfield, teachers say")
    assert sorted(line_places(story)) == [1, 3, 5, 6, 8]


@pytest.mark.parametrize(
    ("cap", "rest", "lede"),
    [
        ("I", "have just returned from the port.", "I have just returned from the port."),
        ("A", "man walked into the port office.", "A man walked into the port office."),
        ("A", "fter the vote, the port closed.", "After the vote, the port closed."),
        ("I", "t was late when the port closed.", "It was late when the port closed."),
        ("A", "bout 200 people gathered at the port.", "About 200 people gathered at the port."),
        ("A", "mid the storm, the port closed.", "Amid the storm, the port closed."),
        ("I", "ran's port reopened on Monday.", "Iran's port reopened on Monday."),
        ("A", "new port opened on Monday.", "A new port opened on Monday."),
    ],
)
def test_a_drop_cap_that_is_a_word_keeps_its_space(cap: str, rest: str, lede: str) -> None:
    # `I` over `have just returned` was joined as `Ihave`: the words changed.
    text = f"Why the old port matters\n\nBy Jane Roe\n\n{cap}\n{rest}\n\nThe board votes in June.\n"
    story = parse(text, check=False, today=_TODAY)
    assert story.body[0] == lede


def test_a_partnership_note_closing_a_story_is_a_credit() -> None:
    note = "This story was produced in partnership with the Keldon Investigative Network."
    text = (
        "Canal water runs short\n\nBy Helen Tanaka\n\nFARMERS say the canal ran dry in June "
        f"and the district never told them why.\n\nThe district did not comment.\n\n{note}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(r.text, r.reason) for r in story.removed] == [(note, "credit")]


def test_an_academics_byline_names_one_writer_not_the_job_or_the_school() -> None:
    for byline in (
        "Samuel Abernathy, Senior Lecturer in Economics, University of Marston",
        "Samuel Abernathy, Research Fellow, Arden Institute of Technology",
    ):
        text = (
            f"Water squeeze exposes cracks in farm policy\n\n{byline}\n\nFarmers across the "
            "region say the changes came faster than anyone expected this year.\n\n"
            "Economists caution that the local figures may not reflect wider trends.\n"
        )
        story = parse(text, check=False, today=_TODAY)
        assert story.byline is not None and story.byline.names == ("Samuel Abernathy",), byline


def test_a_pull_quote_between_paragraphs_is_set_aside_with_its_speaker() -> None:
    text = (
        "The quiet exodus from Sundara\n\nBy Laura Brennan\n\nSUNDARA — Fishermen in this "
        "harbor town say the quota cuts came faster than anyone expected this year.\n\n"
        "At a packed public hearing last month, speaker after speaker urged a rethink.\n\n"
        "If the harbor goes, the town goes with it.\n— Grace Mwangi\n\n"
        '"If the harbor goes, the town goes with it," said Grace Mwangi, whose family has '
        "run the harbor canteen since 1974.\n\nThe agency did not respond.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(r.line, r.reason) for r in story.removed] == [(9, "pull-quote"), (10, "pull-quote")]
    assert len(story.paragraphs) == 4
    # A subhead that the next paragraph opens with, and a dek the lede retells, stay.
    lede = "LONDON (AP) — Banks are testing new ways to settle payments, regulators said."
    heading = "Proof of Stake (PoS)\n\nProof of Stake (PoS) is a way to agree on a ledger.\n"
    text = f"Blockchains explained\n\nBy Jane Roe\n\n{lede}\n\n{heading}"
    story = parse(text, check=False, today=_TODAY)
    assert not [r for r in story.removed if r.reason == "pull-quote"]


def test_a_links_heading_with_no_links_under_it_does_not_end_the_story() -> None:
    # A video widget's heading between paragraphs, its items not in the copy: the prose
    # under it is the story's, however short.
    head = (
        "Stocks drift lower as investors wait for the Fed\n\nBy Jane Roe\n\n"
        "NEW YORK (AP) — Stocks slipped on Wall Street on Tuesday as investors waited for "
        "the Federal Reserve's decision on interest rates.\n\nThe S&P 500 fell 0.4%, and "
        "the Nasdaq composite slipped 0.3%.\n\n"
    )
    tail = "Treasury yields eased in the bond market as stocks slipped.\n"
    for widget in ("Recommended Videos\n\n", "Recommended Videos\n\nAdvertisement\n\n"):
        story = parse(head + widget + tail, check=False, today=_TODAY)
        assert story.body[-1] == tail.strip(), widget
    # Under a newsletter's heading, its own prose is the page's, not the story's.
    promo = "Get a brief on the top stocks of the week, plus market updates.\n"
    story = parse(head + "Newsletter\n\n" + promo, check=False, today=_TODAY)
    assert story.body[-1].startswith("The S&P 500 fell")


def test_a_newsletter_box_between_paragraphs_does_not_end_the_story() -> None:
    # The box's heading (`Sign up`) reads as a list's break; the story goes on under it.
    head = (
        "City council approves bus lanes downtown\n\nBy Maria Lopez\n\n"
        "SPRINGFIELD (AP) — The city council on Tuesday approved a plan to add bus lanes on "
        "four downtown streets.\n\nThe vote was 7-2 after a three-hour hearing.\n\n"
    )
    box = (
        "Sign up for our morning newsletter\nGet the day's top stories delivered to your "
        "inbox every weekday.\nSign up\n\n"
    )
    tail = (
        "Opponents said the lanes would hurt shops that rely on street parking.\n\n"
        "Work is expected to start in the spring.\n"
    )
    story = parse(head + box + tail, check=False, today=_TODAY)
    assert story.body[-2:] == tuple(tail.strip().split("\n\n"))
    assert [r.reason for r in story.removed] == ["boilerplate"] * 3
    # A box whose small print and pitch follow it stays out, whatever words they share.
    pitch = "Get a brief on the council's votes and the city's news that matters to you.\n"
    story = parse(head + box + pitch, check=False, today=_TODAY)
    assert story.body[-1] == "The vote was 7-2 after a three-hour hearing."
    for pitch in (
        "The council's votes, the city's bus lanes and more!\n",
        "The council's votes and the city's bus lanes in one email.\n\n"
        "By signing up, you agree to our terms.\n",
    ):
        story = parse(head + box + pitch, check=False, today=_TODAY)
        assert story.body[-1] == "The vote was 7-2 after a three-hour hearing.", pitch


def test_a_clips_or_a_gallerys_link_between_paragraphs_is_not_story() -> None:
    paras = [
        "PORTLAND, Maine (AP) — The state ferry service said Tuesday it may cut winter "
        "crossings to three island towns as fuel costs climb.",
        "Residents of the islands said the cuts would leave them without a way to reach "
        "doctors on the mainland.",
        "The ferry board will hold hearings in each town before a vote in January.",
    ]
    for link in (
        "Video: Island residents react to ferry plan\n0:45",
        "PHOTOS: Winter on the islands",
    ):
        text = (
            "Maine weighs ferry cuts\n\nBy Ana Ruiz\n\n"
            + "\n\n".join(paras[:2])
            + f"\n\n{link}\n\n{paras[2]}\n"
        )
        story = parse(text, check=False, today=_TODAY)
        # The video's title credits nothing: the paragraph above it is story, not a caption.
        assert story.body == (paras[0].split("— ")[1], *paras[1:]), link
    # A clip's source under a photo's description still makes it a caption.
    text = (
        "Maine weighs ferry cuts\n\n"
        + "\n\n".join(paras[:2])
        + "\n\nA ferry leaves the dock on Monday.\nVideo: Maine DOT\n\n"
        + paras[2]
        + "\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions][:1] == ["A ferry leaves the dock on Monday."]


def test_a_lead_photos_caption_over_its_credit_line_above_the_lede_is_a_caption() -> None:
    caption = "Residents carry belongings through floodwater in Sioux City, Iowa, on Tuesday."
    text = (
        "Flooded river forces evacuation of 3,000 in western Iowa town\n\nBy Hannah Okafor\n\n"
        f"{caption}\n(AP Photo/Mark Delaney)\n\nSIOUX CITY, Iowa (AP) — About 3,000 people "
        "were ordered to leave their homes on Tuesday as the river rose.\n\nThe river "
        "reached a record crest early Tuesday, the weather service said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == [caption, "(AP Photo/Mark Delaney)"]
    assert story.body[0].startswith("About 3,000 people")


def test_a_market_widgets_ticker_chips_between_paragraphs_are_not_story() -> None:
    paras = [
        "NEW YORK (AP) — Stocks slipped on Wall Street on Tuesday as investors waited for "
        "the central bank's decision on interest rates.",
        "The S&P 500 fell 0.4%, and the Dow Jones Industrial Average lost 299 points.",
        "Treasury yields eased in the bond market after a report on retail sales.",
        "Crude oil rose 1.2% as traders weighed supply worries.",
    ]
    chips = "SPX\n-0.39%\n\nDJIA\n-0.70%\n\nSP500.55\n+0.33%\n\nTMUBMUSD10Y\n3.896%"
    page = (
        "Stocks slip before rate decision\n\nBy Stan Choe\n\n"
        f"{paras[0]}\n\n{paras[1]}\n\n{chips}\n\n{paras[2]}\n\n{paras[3]}\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert list(story.body[1:]) == paras[1:]  # the lede without its dateline, then the rest
    assert len(story.body) == len(paras)
    assert {r.text for r in story.removed if r.reason == "boilerplate"} >= {
        "SPX",
        "-0.39%",
        "SP500.55",
        "TMUBMUSD10Y",
        "3.896%",
    }
    # A subhead in capitals over a paragraph is the story's, figures or not.
    subhead = page.replace(chips, "OIL\n\n" + paras[3]).replace(f"\n\n{paras[3]}\n", "\n")
    assert "OIL" in parse(subhead, check=False, today=_TODAY).body


_COPPER_LEDE = (
    "LONDON, March 3 (Reuters) - Copper prices rose to their highest level in five\n"
    "months on Tuesday as a strike at a large Chilean mine entered its second week.\n\n"
    "Traders said the market was also supported by firm demand from smelters.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "HARBOUR LEDGER, TUESDAY, MARCH 3, 1998 -- B2",
        "HARBOUR LEDGER, TUESDAY, MARCH 3, 1998",
        "HARBOUR LEDGER -- B2",
    ],
)
def test_a_newspaper_page_s_head_over_the_headline_is_no_dateline(head: str) -> None:
    # A clipping or a page's OCR: the page's name, date and code over the headline read as
    # a dateline (a weekday and the full year, or only a page code after the dash). The
    # lede's own dateline is the story's; the head is the page's furniture.
    text = f"{head}\n\nCopper climbs as mine strike enters second week\n\nBy Jane Roe\n\n"
    story = parse(text + _COPPER_LEDE)
    assert story.headline == "Copper climbs as mine strike enters second week"
    assert story.dateline is not None and story.dateline.raw == "LONDON, March 3 (Reuters) -"
    assert story.body[0].startswith("Copper prices rose")
    assert [(r.line, r.reason) for r in story.removed] == [(1, "boilerplate")]
    assert not [d for d in story.diagnostics if d.code in ("WC205", "WC301")]


@pytest.mark.parametrize(
    ("dateline", "under"),
    [
        ("BEIJING, Nov. 1 (Xinhua) --", ""),  # an archive's own-line dateline over its lede
        ("BEIJING, Nov. 1, 2005 (Xinhua)", "A new line for the west\n\n"),  # over a subhead
        ("BEIJING, TUESDAY, NOVEMBER 1, 2005", "\n"),  # dated as a page is, over prose
        ("BEIJING, Nov. 1 --", ""),
    ],
)
def test_an_own_line_dateline_over_the_story_stays_the_dateline(dateline: str, under: str) -> None:
    # Guard: a dateline set on its own line is a page's head only with no agency, a weekday
    # and the full year, and no prose under it.
    lede = (
        "A new rail line linking two cities in the country's west opened on Tuesday,\n"
        "cutting the journey between them to under two hours, the operator said.\n"
    )
    story = parse(f"China opens new rail line\n\n{dateline}\n{under}{lede}", check=False)
    assert story.headline == "China opens new rail line"
    assert story.dateline is not None and story.dateline.raw == dateline
    assert not story.removed


def test_a_lists_heading_over_its_colon_ends_the_story() -> None:
    paras = [
        "PORTSMOUTH, England (AP) — The city council voted on Tuesday to close the old "
        "harbour bridge to cars from next spring.",
        "Repairs would have cost more than a new bridge, the council's engineers said.",
        "Work on the replacement is due to begin in the autumn and take three years.",
    ]
    for heading in ("You may also be interested in:", "Next read this:"):
        page = (
            "Council shuts harbour bridge\n\n" + "\n\n".join(paras) + f"\n\n{heading}\n\n"
            "• Court blocks plan to build wind farm off the coast\n\n"
            "• Hospital to close maternity ward, citing staff shortages\n"
        )
        story = parse(page, check=False, today=_TODAY)
        assert story.body[1:] == tuple(paras[1:]), heading
        assert heading not in story.body


_MSN_CAPTION = (
    "FILE - In this Feb. 28, 2030, file photo Mayor Jane Doe speaks at a campaign rally "
    "outside the old courthouse on Main Street in Hartford, Conn. Facing a budget gap "
    "that has upended her plans and threatened her reelection "
    "prospects, Doe has focused almost entirely on the new bridge. (AP Photo/Sam Roe, File)"
)


def test_a_caption_msn_prints_twice_is_a_caption_and_the_paragraph_it_retells_stays() -> None:
    # MSN glues AP's caption to itself (`... File)© Provided by Associated Press FILE -
    # ...`): too long for a caption, it stayed in the body, and the story's paragraph it
    # retells was set aside as a pull quote of it.
    doubled = f"{_MSN_CAPTION}© Provided by Associated Press {_MSN_CAPTION}"
    story = parse(
        "Doe's bridge plan splits the council\n"
        "HARTFORD, Conn. (AP) — Mayor Jane Doe opened a new bridge on Monday, and the council "
        "is still arguing over who will pay for it.\n\n"
        "The bridge cost $4 million, and tolls will start next year, officials said.\n\n"
        f"{doubled}\n"
        "Facing a budget gap that has upended her plans and threatened her reelection "
        "prospects, Doe has focused almost entirely on the new bridge.\n\n"
        "Council members will vote on the toll plan next week.\n",
        check=False,
    )
    assert [c.line for c in story.captions] == [6]
    assert story.body[-2].startswith("Facing a budget gap")
    assert "pull-quote" not in {r.reason for r in story.removed}


def test_an_agency_notebook_under_plain_text_copy_is_not_for_publication() -> None:
    # dpa's copy saved as text, its control characters gone: the IPTC 7901 header line was
    # the headline, and the notes to the desk were body paragraphs.
    story = parse(
        "xyz0001 3 i 200  dpa 0011\n\nFreedonia/harbour/\nREFILE\n1ST LEAD\n"
        "Freedonia reopens its main harbour after storm\n\n"
        "Port Anna (dpa) - Freedonia reopened its main harbour on Tuesday, the\n"
        "transport ministry said.\n\nShips queued for two days outside the breakwater.\n\n"
        "# Notebook\n\n## Note to editors\n- adds ministry quote in graf 2\n\n"
        "The following information is not intended for publication\n\n"
        "## Editorial contacts\n- Reporting by: Jane Roe in Port Anna\n",
        check=False,
    )
    assert story.headline == "Freedonia reopens its main harbour after storm"
    assert story.body == (
        "Freedonia reopened its main harbour on Tuesday, the transport ministry said.",
        "Ships queued for two days outside the breakwater.",
    )
    reasons = {r.line: r.reason for r in story.removed}
    assert (reasons[1], reasons[4], reasons[5]) == ("wire-code", "wire-code", "wire-code")
    assert {reasons[n] for n in (13, 15, 16, 18, 20, 21)} == {"not-for-publication"}


def test_a_sentence_about_publication_stays_in_the_story() -> None:
    story = parse(
        "Memo leaks\n\nThe memo was leaked on Monday, officials said.\n\n"
        "It was not intended for publication.\n\nThe ministry declined to comment.\n",
        check=False,
    )
    assert len(story.body) == 3


def test_a_writer_and_agency_in_brackets_under_the_headline_is_the_byline() -> None:
    # Papers that run agency copy credit it `Jane Roe (Reuters)`: the bracketed agency
    # made the line a photo's caption, and the byline was lost.
    story = parse(
        "News\nHarbour reopens after storm\nJohn Doe (Reuters)\n(The Daily Sample)\nPort Anna\n"
        "Tue, March 3, 2026\nShare this article\nFacebook\nEmail\nLog in\nSubscribe\n"
        "Freedonia reopened its main harbour on Tuesday after a two-day closure, the "
        "transport ministry said.\nShips had queued outside the breakwater since Sunday.\n",
        check=False,
    )
    assert story.headline == "Harbour reopens after storm"
    assert story.byline is not None and story.byline.names == ("John Doe",)


def test_paragraphs_of_marks_alone_are_no_body_but_symbols_stay() -> None:
    # A page's table cells leave `|` lines; a section break is `* * *`: they were body
    # paragraphs. A row of symbols (`✅ ❌`) says something and stays.
    story = parse(
        "Flood closes bridge\n\nThe bridge over the river was closed on Monday, officials "
        "said.\n\n|\n\n* * *\n\n––––\n\n\u2705 \u274c \u2705\n\nThe mayor said residents were "
        "moved to a school hall.\n",
        check=False,
    )
    assert story.body == (
        "The bridge over the river was closed on Monday, officials said.",
        "\u2705 \u274c \u2705",
        "The mayor said residents were moved to a school hall.",
    )
    assert [(r.line, r.reason) for r in story.removed] == [
        (5, "wire-code"),
        (7, "wire-code"),
        (9, "wire-code"),
    ]


def test_a_sports_notebook_heading_is_the_storys() -> None:
    # Only dpa's `# Notebook` opens notes to the desk: a sports story's `Notebook:` heads
    # its own notes, which were cut as not for publication.
    story = parse(
        "Lakers beat Celtics\n\nThe Lakers beat the Celtics 110-98 on Sunday night.\n\n"
        "Notebook:\n\nJames sat out the fourth quarter with a sore ankle.\n\n"
        "The teams meet again in March.\n",
        check=False,
    )
    assert story.body[-2:] == (
        "James sat out the fourth quarter with a sore ankle.",
        "The teams meet again in March.",
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por Luiz Ferreira — Repórter da Agência Brasil — Brasília", ("Luiz Ferreira",)),
        ("Von Xaver Roe, dpa-Korrespondent", ("Xaver Roe",)),
        (
            "Publicado em 10/05/2021 — 06:05 Por Luiz Ferreira — Repórter da Agência Brasil",
            ("Luiz Ferreira",),
        ),
        ("Published 10/05/2021 — 06:05 By Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_byline_in_another_language_or_after_a_time_stamp_names_its_writer(
    line: str, names: tuple[str, ...]
) -> None:
    # The writer's job after a dash names the line a byline, whatever the given name; a
    # page's time stamp may open the byline's line.
    text = (
        f"Agência Brasil completa 31 anos\n\n{line}\n\nA Agência Brasil completou nesta "
        "segunda-feira 31 anos de atividade com reportagens replicadas em todo o país.\n\n"
        "O conteúdo é distribuído gratuitamente a veículos de comunicação.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == names
    assert story.headline == "Agência Brasil completa 31 anos"


def test_a_phrase_opening_like_a_foreign_byline_is_no_byline() -> None:
    text = (
        "Festival opens\n\nPor La Cultura, dijo el periodista\n\nEl festival abrió el "
        "martes con tres conciertos en la plaza mayor de la ciudad.\n\nLa entrada es libre.\n"
    )
    assert parse(text, check=False, today=_TODAY).byline is None


def test_an_images_alt_text_over_its_caption_is_not_story() -> None:
    # A page copied whole gives a picture's alt text and then its caption, which opens
    # with the same words.
    alt = "A man walks down a snowy street."
    caption = "A man walks down a snowy street in Boston on Saturday. Photo: AP/Jane Roe"
    paras = [
        "BOSTON (AP) — Thousands of flights were cancelled on Saturday as a storm brought "
        "heavy snow and strong winds to the East Coast.",
        "New England and the Northeast were expected to be hit hardest, forecasters said.",
        "Governors in New York and New Jersey declared states of emergency.",
    ]
    text = (
        "Storm cancels thousands of flights\n\n"
        f"{paras[0]}\n\n{paras[1]}\n\n{alt}\n{caption}\n\n{paras[2]}\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert alt not in story.body and len(story.body) == 3
    assert [r.reason for r in story.removed if r.text == alt] == ["caption"]


_FERRY_LEDE = (
    "A Norwegian ferry operator said on Thursday it would buy four new electric boats for "
    "its busiest island route, replacing vessels that have run since the 1980s.\n\n"
    "The company said the first boat would enter service next spring, and the others "
    "within two years.\n\n"
    '"Our passengers have waited long enough," its chief executive told reporters.\n'
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "Ferry operator pledges new boats\nJune 12, 2015 / 10:05 AM / 3 years ago\n\n"
            "Ferry operator pledges new boats\n\nStaff Writer\n\n",
            "2015-06-11",
        ),
        (
            "Ferry operator pledges new boats\nJune 12, 2015 / 10:05 AM / in 3 years\n\n"
            "Ferry operator pledges new boats\n\nStaff Writer\n\n",
            "2015-06-11",
        ),
        ("Ferry operator pledges new boats\n\nPublished Date : June 12, 2015\n\n", "2015-06-11"),
        ("venerdì 12 giugno 2015\n\nNuovi traghetti per le isole\n\n", "2015-06-11"),
        ("Ferry operator pledges new boats\n\n12.06.2015 - Update : 12.06.2015\n\n", "2015-06-11"),
        ("Friday, June 12, 2015\n\nFerry operator pledges new boats\n\n", "2015-06-11"),
        # day or month first: the year is sure all the same
        ("Oslo\n12/06/2015\n", "2015-06-11"),
    ],
)
def test_the_page_date_in_the_head_gives_the_datelines_year(head: str, expected: str) -> None:
    story = parse(f"{head}OSLO, June 11 (Reuters) - {_FERRY_LEDE}", check=False, today=_TODAY)
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == (expected, "page-date")


def test_a_date_below_the_dateline_or_far_above_it_is_no_page_date() -> None:
    menu = "".join(f"Section {n}\n\n" for n in range(10))
    text = (
        f"June 12, 2015\n\n{menu}Ferry operator pledges new boats\n\n"
        f"OSLO, June 11 (Reuters) - {_FERRY_LEDE}\nJune 12, 2015\n\nMore stories\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.year_source == "weekday"
    assert story.dateline.date == "2026-06-11"


def test_the_callers_reference_date_wins_over_the_page_date() -> None:
    text = f"June 12, 2015\n\nFerry boats\n\nOSLO, June 11 (Reuters) - {_FERRY_LEDE}"
    story = parse(text, check=False, today=_TODAY, reference_date=date(2019, 6, 20))
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == ("2019-06-11", "reference")


_ROAD_LEDE = (
    "Officials in the city said on Tuesday that the new ring road would open to traffic "
    "next month, two years later than planned.\n\n"
    "The project ran over budget after engineers found unstable ground near the river, "
    "the transport department said.\n"
)


@pytest.mark.parametrize(
    "head", ["Ring road to open next month\n\nBerlin\n\n", "Berlin\n\n", "BERLIN\n\n"]
)
def test_a_known_city_alone_over_the_lede_is_its_dateline_in_any_case(head: str) -> None:
    story = parse(f"{head}{_ROAD_LEDE}", check=False, today=_TODAY)
    assert story.dateline is not None
    assert (story.dateline.raw, story.dateline.city) == (head.split()[-1], head.split()[-1])
    assert story.paragraphs[0].text.startswith("Officials in the city")


@pytest.mark.parametrize(
    "head",
    [
        "Home\n\nWorld\n\nEurope\n\nBerlin\n\n",  # a menu's last item
        "Ring road to open next month\n\nHome\nWorld\nEurope\nBerlin\n\n",
        "Ring road to open next month\n\nCities: Paris\n\nLondon\n\nBerlin\n\n",
    ],
)
def test_a_city_in_title_case_ending_a_menu_is_no_dateline(head: str) -> None:
    story = parse(f"{head}{_ROAD_LEDE}", check=False, today=_TODAY)
    assert story.dateline is None


def test_a_city_in_title_case_heading_a_section_of_the_story_is_no_dateline() -> None:
    text = (
        "Ring road to open next month\n\nHome\n\nWorld\n\n"
        f"{_ROAD_LEDE}\nHere are the latest figures as of December 24, 2am local time:\n\n"
        "Berlin\n\nCost: At least 120 million euros, including at least:\n\n40 km of road\n"
        "12 bridges\n\nThe transport department said the figures would be updated.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is None
    assert story.paragraphs[0].text.startswith("Officials in the city")


@pytest.mark.parametrize(
    "widget",
    [
        "Most Read\n\nMan charged in Bangor robbery\nSchool board approves budget\n"
        "Storm knocks out power to thousands",
        "Related Coverage\n\nFerry fares rise 10%\nIsland school closes",
        "Share this:\nFacebook\nTwitter\nEmail",
        "Get the Morning Report newsletter\nEnter your email\nSubscribe",
    ],
)
def test_a_widget_between_paragraphs_does_not_end_the_story(widget: str) -> None:
    # A teaser list, a related list or a share bar set inside the story: the prose under
    # it goes on with the story above (it shares a word with it).
    paras = [
        "PORTLAND, Maine (AP) — The state ferry service said Tuesday it may cut winter "
        "crossings to three island towns as fuel costs climb.",
        "Officials said the service lost $4 million last year.",
        "Residents of the islands said the cuts would leave them without a way to reach "
        "doctors on the mainland.",
        "The ferry board will hold hearings in each town before a vote in January.",
        "A spokesperson for the governor said the administration was reviewing the plan.",
    ]
    text = (
        "Maine weighs ferry cuts\n\nBy Ana Ruiz\n\n"
        + "\n\n".join(paras[:3])
        + f"\n\n{widget}\n\n"
        + "\n\n".join(paras[3:])
        + "\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body == (paras[0].split("— ")[1], *paras[1:])


@pytest.mark.parametrize(
    "paragraph",
    [
        "By signing up for the program, farmers agree to cut their water use by a fifth.",
        "Since the relaunch, more than 4,000 families have been added to our mailing list, "
        "said library director Sam Lee.",
        "The series took a year. Residents who shared their medical bills helped with this story.",
        "Colorado Crisis Services can be reached at 1-844-493-8255, or on Instagram at "
        "@cocrisisservices.",
        "Written by Maria Ortiz and Tom Brand.",
    ],
)
def test_a_story_paragraph_like_a_box_or_a_credit_stays(paragraph: str) -> None:
    text = (
        "County launches drought program\n\nBy Ana Ruiz\n\n"
        "FRESNO, Calif. (AP) — The county launched a program on Tuesday to pay farmers who "
        "leave fields unplanted during the drought.\n\n"
        f"{paragraph}\n\nThe program runs through the end of next year, officials said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert paragraph in story.body
    assert story.byline is not None and story.byline.names == ("Ana Ruiz",)


_CAPS_PROMO = "FARMER FINDS LOST ROMAN COINS UNDER HIS BARN AFTER FLOOD: 'LIKE A TREASURE CHEST'"
_CAPS_PROMO_2 = "RIVER TOWN VOTES TO LEAVE ITS COUNTY AFTER BRIDGE TOLL ROW, REPORT SAYS"


def test_a_promoted_headline_in_capitals_between_paragraphs_is_related() -> None:
    # Fox News sets its other stories' headlines between the paragraphs, in capitals
    text = (
        "Student declares his own country on a river island\n\n"
        "A student has declared himself president of a new country on a river island, "
        "officials said on Monday.\n\n"
        '"It started as a joke," he told reporters at the landing.\n\n'
        f"{_CAPS_PROMO}\n\n"
        "Police have twice removed settlers from the island since the spring.\n\n"
        "THE CROWN DISPUTE\n\n"
        "The island's status has been disputed since the river changed course.\n\n"
        f"{_CAPS_PROMO_2}\n\n"
        "The student said he would appeal to the courts.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [r.text for r in story.related] == [_CAPS_PROMO, _CAPS_PROMO_2]
    assert "THE CROWN DISPUTE" in story.body  # a subhead in capitals stays
    assert len(story.body) == 6


@pytest.mark.parametrize(
    "line",
    [
        # one long line in capitals with no call to the reader: the story's subhead
        "WHAT THE NEW RULES MEAN FOR FAMILIES WHO RENT THEIR HOMES",
        # a call to the reader: a promotion even alone
        "GET THE NORTHBANK TIMES ON THE GO BY CLICKING HERE",
    ],
)
def test_one_line_in_capitals_is_related_only_as_a_call_to_the_reader(line: str) -> None:
    text = (
        "Council passes rent rules\n\n"
        "The city council passed new rent rules on Monday, officials said.\n\n"
        "Landlords will have to register every unit by March.\n\n"
        f"{line}\n\n"
        "Tenants may ask the city to check a rent rise.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    called = "CLICKING" in line
    assert [r.text for r in story.related] == ([line] if called else [])
    assert (line in story.body) is not called


@pytest.mark.parametrize(
    ("above", "line"),
    [
        # a sign's words quoted, and a line a colon introduces, among promotions
        (
            "Protesters marched to the council with one sign.",
            '"WE WANT WATER FOR OUR FARMS AND NOT MORE EMPTY PROMISES"',
        ),
        (
            "The warranty card reads in full:",
            "THIS PRODUCT IS SOLD AS IS WITH NO WARRANTY OF ANY KIND",
        ),
    ],
)
def test_a_quoted_or_introduced_line_in_capitals_stays(above: str, line: str) -> None:
    text = (
        "Council passes water rules\n\n"
        "The city council passed new water rules on Monday, officials said.\n\n"
        f"{_CAPS_PROMO}\n\n"
        f"{above}\n\n"
        f"{line}\n\n"
        "Farmers may ask the city to check a water bill.\n\n"
        f"{_CAPS_PROMO_2}\n\n"
        "The rules take effect in March.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [r.text for r in story.related] == [_CAPS_PROMO, _CAPS_PROMO_2]
    assert line in story.body


def test_a_line_in_capitals_stays_in_copy_set_in_capitals() -> None:
    # AP archive copy and ANPA teletype are capitals throughout: no line is a promotion
    text = (
        "STUDENT DECLARES HIS OWN COUNTRY\n\n"
        "A STUDENT HAS DECLARED HIMSELF PRESIDENT OF A NEW COUNTRY ON A RIVER ISLAND, "
        "OFFICIALS SAID MONDAY.\n\n"
        f"{_CAPS_PROMO}\n\n"
        "POLICE HAVE TWICE REMOVED SETTLERS FROM THE ISLAND SINCE THE SPRING.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.related == ()
    assert _CAPS_PROMO in story.body


def test_a_sections_more_articles_heading_ends_the_story() -> None:
    text = (
        "Harbour police step up patrols after attack\n\n"
        "NORTHBANK - Police will be more visible at the harbour today, the chief said.\n\n"
        "He said there was no known threat to the city.\n\n"
        "MORE National ARTICLES\n\n"
        "Doctor to be inducted into medical hall of fame\n\n"
        "Doctor to be inducted into medical hall of fame\n"
        "EASTPORT - A doctor and researcher has been selected for the hall of fame.\n\n"
        "Puppies rescued from a field find new homes\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body == (
        "Police will be more visible at the harbour today, the chief said.",
        "He said there was no known threat to the city.",
    )


def test_a_lede_with_its_first_word_in_capitals_is_no_related_link() -> None:
    # AAP and News Corp set a story's first word in capitals: `MORE than 100 ...` runs on
    # in lower case, where a related link's headline (`MORE Senate passes ...`) does not
    text = (
        "Revellers rescued from sinking boats\n\n"
        "MORE than 100 revellers have been helped from two sinking boats in the harbour.\n\n"
        "Police said no one was hurt.\n\n"
        "MORE Harbour ferries to run all night on New Year's Eve\n\n"
        "WATCH the moment the boats went down, police said in a statement.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body == (
        "MORE than 100 revellers have been helped from two sinking boats in the harbour.",
        "Police said no one was hurt.",
        "WATCH the moment the boats went down, police said in a statement.",
    )
    assert [r.text for r in story.related] == [
        "MORE Harbour ferries to run all night on New Year's Eve"
    ]


def test_teasers_cut_and_labelled_read_more_are_related_links() -> None:
    text = (
        "Council approves budget\n\n"
        "NORTHBANK (AP) — The council approved a budget on Monday that raises spending.\n\n"
        "The vote was 7-2, officials said. Read more\n\n"
        "Harbour board approves ferry timetable for the winter season ... Read more »\n\n"
        "Concejo aprueba proyecto de metro para la ciudad … Leer más »\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [r.line for r in story.related] == [7, 9]
    # the label after a sentence's stop leaves the paragraph in the story, the label cut
    assert story.body[-1] == "The vote was 7-2, officials said."


def test_a_more_news_subhead_in_the_story_keeps_the_story_going() -> None:
    # `More ... News` names a section's list as often as it heads the story's next part:
    # neither the capitals nor the title case ends the story or makes a related link.
    text = (
        "Farmers brace for a second dry summer\n\n"
        "FRESNO, Calif. (AP) — Growers said Tuesday they expect a second dry summer.\n\n"
        "The cut leaves many farms with less than half the water they used.\n\n"
        "MORE BAD NEWS\n\n"
        "The district also warned that pumping limits will tighten next year.\n\n"
        "More Good News\n\n"
        "A few farmers said late rains could still raise the snowpack before April.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[2:] == (
        "MORE BAD NEWS",
        "The district also warned that pumping limits will tighten next year.",
        "More Good News",
        "A few farmers said late rains could still raise the snowpack before April.",
    )
    assert story.related == ()


_CUT = [
    "The ferry union on Monday decided to withdraw from the talks on the first two routes unt",
    "Heavy rain swelled rivers across the north, and officials said the flood warnings would",
    "A new bridge over the river opened to traffic on Sunday after eight years of work. The b",
]


def test_teasers_cut_to_one_length_under_the_story_are_not_story() -> None:
    lengths = [len(t) for t in _CUT]
    assert max(lengths) - min(lengths) == 1  # a cut may fall on a space
    text = (
        "NORTHBANK, March 23 (IANS) The harbour board said on Monday that ferries would run "
        "through the winter for the first time.\n\n"
        '"We will keep the boats running," the chair told reporters.\n\n'
        + "\n\n".join(_CUT)
        + "\n\nPuppies rescued from a field find new homes\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == '"We will keep the boats running," the chair told reporters.'
    assert [r.reason for r in story.removed] == ["navigation"] * 4


def test_closing_lines_of_many_lengths_with_no_stop_stay() -> None:
    text = (
        "NORTHBANK, March 23 (IANS) The harbour board said on Monday that ferries would run "
        "through the winter for the first time.\n\n"
        "The new timetable covers these routes\n\n"
        "Northbank to Eastport via the old harbour and the island landing\n\n"
        "Eastport to Westmouth, with a stop at the fish market on weekdays only\n\n"
        "Westmouth to Northbank over the bay\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "Westmouth to Northbank over the bay"


def test_a_storys_own_list_with_a_few_lines_of_one_length_stays() -> None:
    # Three product lines of one length among many of other lengths: chance, not a cut.
    items = [
        "Harbour Rain Jacket in Navy Sale Price $89 USD Regular Price $128 USD",
        "Harbour Rain Jacket in Teal Sale Price $89 USD Regular Price $128 USD",
        "Harbour Rain Jacket in Rust Sale Price $89 USD Regular Price $128 USD",
        "Deck Shoe Sale Price $39 USD Regular Price $58 USD",
        "Fleece Pullover with Pockets Sale Price $49 - $69 USD Regular Price $98 USD",
        "Wool Watch Cap Sale Price $19 USD Regular Price $28 USD",
        "Waterproof Trousers with Reinforced Knees Sale Price $79 USD Regular Price $138 USD",
        "Sailing Gloves Sale Price $24 USD Regular Price $40 USD",
    ]
    assert len({len(t) for t in items[:3]}) == 1
    text = (
        "Harbour Outfitters marks down its winter gear\n\n"
        "Harbour Outfitters has marked down its winter range for the season's end, with "
        "savings on jackets, trousers and shoes.\n\nCheck out a few highlights:\n\n"
        + "\n\n".join(items)
        + "\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-len(items) :] == tuple(items)


@pytest.mark.parametrize(
    ("opening", "raw"),
    [
        ("OSLO (Reuters) -The", "OSLO (Reuters) -"),
        ("KAZAN, March 3. /TASS/.The", "KAZAN, March 3. /TASS/."),
    ],
)
def test_a_closing_mark_glued_to_the_ledes_first_word_stays_with_the_dateline(
    opening: str, raw: str
) -> None:
    text = (
        "Krone slides as rate cut looms\n\n"
        f"{opening} central bank signalled a rate cut on Wednesday, officials said.\n\n"
        "The krone fell.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.raw == raw
    assert story.body[0].startswith("The central bank signalled")


@pytest.mark.parametrize(
    ("dateline", "raw", "agencies"),
    [
        # the agency credited as a byline, then the place and a spaced colon
        ("By IANS, Mumbai : ", "By IANS, Mumbai :", ("IANS",)),
        # the place and its date with the year, then a colon
        (" Mumbai, Oct 13, 2016: ", "Mumbai, Oct 13, 2016:", ()),
        # the place and its date alone on their line over the lede
        ("Mumbai, Oct 13\n\n", "Mumbai, Oct 13", ()),
    ],
)
def test_indian_web_datelines(dateline: str, raw: str, agencies: tuple[str, ...]) -> None:
    lede = "Suspected smugglers were held at the harbour on Thursday, an official said."
    text = f"Smugglers held at harbour\n\n{dateline}{lede}\n\nThe boat was seized.\n"
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None
    assert (story.dateline.raw, story.dateline.city) == (raw, "Mumbai")
    assert story.dateline.agencies == agencies
    assert story.body[0] == lede


def test_a_listings_dated_cities_are_no_dateline() -> None:
    text = (
        "The Harbour Band announces its tour\n\nTour dates\n\nPune, Oct 11\n\nMumbai, Oct 13\n\n"
        "Tickets go on sale on Friday at the box office and online, the band said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is None


def test_the_page_date_on_the_bylines_line_gives_the_datelines_year() -> None:
    # UPI's page: `By UPI Staff | Jan. 03, 2018`; the lede's Wednesday alone would pick the
    # latest year whose Jan. 3 was one (2024).
    text = (
        "Ferry link restored across the strait\n"
        "By Harbour Staff | Jan. 03, 2018\n\n"
        "NORTHBANK, Jan. 3 (UPI) -- The ferry link across the strait reopened on Wednesday.\n\n"
        "The boats had been idle for two years.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == ("2018-01-03", "page-date")


# A page's excerpt cut off mid-sentence: chrome above the story (a credit line), so the
# copy is no clean paste, and the story's last paragraph stops where the excerpt does.
_CUT_PAGE = (
    "Harbour town's 'chips for jabs' offer draws few takers\n\n"
    "KIRKBY, England (AP) — It was meant to be a cheerful way to get more people "
    "vaccinated before the summer, but few of the town's chip shops have signed up.\n"
    "© Provided by The Kirkby Courier\n\n"
    "Council officials said on Monday that only four of the town's 60 chip shops had "
    "agreed to host a clinic, and none of them had yet given a shot.\n\n"
    "Owners told a council meeting on Wednesday that most of their shops were too small "
    "to set aside a room for nurses.\n\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "“We're hearing from shop owners that they want to help,” said Mara Quill",
        "Shop owners want to help, said Mara Quill, a spokeswoman for the Kirkby Fry",
        '"When the season opens the shops are full," the mayor said. "On behalf of the t',
    ],
)
def test_a_cut_last_paragraph_of_prose_stays_in_the_body(last: str) -> None:
    story = parse(_CUT_PAGE + last + "\n", check=False)
    assert story.body[-1] == last
    assert story.body[-2].startswith("Owners told a council meeting")


@pytest.mark.parametrize(
    "last",
    [
        "Ferry Crews Walk Out Over Rest Periods On The Northern Route",  # a link's headline
        "Sign up for our weekly newsletter about the harbour and its fishing fleet",
    ],
)
def test_a_last_line_that_reads_as_no_sentence_is_not_taken_for_a_cut_paragraph(
    last: str,
) -> None:
    story = parse(_CUT_PAGE + last + "\n", check=False)
    assert story.body[-1].startswith("Owners told a council meeting")


# An AP notebook credits each item to its writer on a line of its own (`By Jane Roe --`).
_NOTEBOOK = (
    "The Latest: Rain halts play at the Open\n\n"
    "NEW YORK (AP) — The Latest on the tennis championships (all times local):\n\n"
    "Rain has stopped play on the outer courts at Flushing Meadows.\n\n"
    "By Marta Okonkwo --\n\n"
    "Fans crowded under the stands as the storm passed over the grounds.\n\n"
    "By Teo Varga\n\n"
    "Ticket holders will be let back in once the courts are dry.\n"
)


def test_an_item_byline_between_paragraphs_is_a_credit_not_story_text() -> None:
    story = parse(_NOTEBOOK, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Marta Okonkwo",)
    assert not any(text.startswith("By ") for text in story.body)
    assert story.body[-1] == "Ticket holders will be let back in once the courts are dry."
    assert [(r.text, r.reason) for r in story.removed] == [("By Teo Varga", "credit")]


@pytest.mark.parametrize(
    "line",
    ["By Tuesday night the courts were dry.", "By contrast, the stands were empty.", "By then"],
)
def test_a_paragraph_opening_by_without_a_name_stays_story_text(line: str) -> None:
    story = parse(_NOTEBOOK.replace("By Marta Okonkwo --", line), check=False, today=_TODAY)
    assert line in story.body


# A page's break can fall inside the byline's last name, between given and family name.
_CUT_BYLINE = (
    "Rail link to open next spring\n\n"
    "By Lin Mei and Zhao\n\n"
    "Wenbo, Harbin Daily\n\n"
    "HARBIN, May 3 (Xinhua) -- A new rail link between the two cities will open next "
    "spring, officials said on Tuesday.\n\n"
    "The line will cut travel time to 40 minutes.\n"
)


def test_a_byline_cut_inside_its_last_name_is_read_whole() -> None:
    story = parse(_CUT_BYLINE, check=False, today=_TODAY)
    assert story.byline is not None
    assert story.byline.names == ("Lin Mei", "Zhao Wenbo")
    assert (story.byline.line, story.byline.end_line) == (3, 5)
    assert story.body[0].startswith("A new rail link")


@pytest.mark.parametrize("below", ["Harbin, May 3", "Reuters", "Wenbo said the line"])
def test_a_line_under_a_byline_that_completes_no_name_is_left_alone(below: str) -> None:
    story = parse(_CUT_BYLINE.replace("Wenbo, Harbin Daily", below), check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Lin Mei",)


def test_an_ians_sign_off_over_desk_codes_closed_by_a_slash_is_cut() -> None:
    story = parse(
        "Ferry operator cuts winter sailings\n\n"
        "Kochi, March 2 (IANS) The Varma Line ferry company on Monday cut its winter "
        "sailings by a third.\n\n"
        "Chief executive Tomas Reiner said fuel costs had risen.\n\n"
        "–IANS\n\n"
        "tr/vk/\n",
        check=False,
        today=_TODAY,
    )
    assert story.body[-1] == "Chief executive Tomas Reiner said fuel costs had risen."
    assert [(r.text, r.reason) for r in story.removed] == [
        ("–IANS", "wire-code"),
        ("tr/vk/", "wire-code"),
    ]


# The dateline's agency signing off a paragraph closes the story; the page goes on.
_SIGNED_PAGE = (
    "Presidente descarta crise com o Congresso\n\n"
    "Agencia EFE\n\n"
    "San Vicente, 19 dez (EFE).- O presidente considerou neste domingo o episódio "
    "encerrado e nega temor por segurança.\n\n"
    '"Isso não tem por que chamar-se crise", declarou o presidente a jornalistas.\n\n'
    "O presidente assumiu o poder em junho como o primeiro de esquerda na história do "
    "país. EFE\n\n"
    "Shopping\n\n"
    "busca de produtos compare preços de\n"
)


def test_a_paragraph_its_datelines_agency_signs_off_is_the_storys_last() -> None:
    story = parse(_SIGNED_PAGE, check=False, today=_TODAY)
    assert story.body[-1].endswith("na história do país.")
    assert len(story.body) == 3


def test_an_agency_signing_off_with_its_full_and_short_names_closes_the_story() -> None:
    # WAM's sign-off names the agency in full, then as the dateline does.
    page = (
        "Ferry operator launches new winter timetable\n\n"
        "ABU DHABI, 4th December, 2014 (WAM) -- The Vellmar ferry operator has launched a "
        "new winter timetable with two extra sailings a day.\n\n"
        "The timetable takes effect on Monday, the company said. "
        "– Emirates News Agency, WAM -\n\n"
        "Harbour master meets port users\n\n"
        "The Harbourton harbour master met port users last night to discuss the new "
        "breakwater and the winter timetable.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1] == "The timetable takes effect on Monday, the company said."
    assert len(story.body) == 2


# A syndicator signs off the copy it carries with the source's name in brackets after a
# dash, over the source's copyright line.
_SOURCE_SIGNED = (
    "Harbour council meets on the new breakwater, said the harbour master Ilse Marn "
    "on Saturday.\n"
    "Attending the meeting will be the mayor and 15 councillors, added Marn.\n"
    "{last} – (Dornfeld Courier)\n"
    "© 2003 Dornfeld Courier (www.dornfeldcourier.example)\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "The council hopes the breakwater will bring more ships to the harbour.",
        "The council met last spring. It hopes the breakwater will bring more ships.",
    ],
)
def test_a_source_in_brackets_after_a_dash_signs_off_the_last_paragraph(last: str) -> None:
    # One sentence or two, the paragraph stays the story's; only its sign-off goes.
    story = parse(_SOURCE_SIGNED.format(last=last), check=False, today=_TODAY)
    assert story.body[-1] == last
    assert len(story.body) == 3
    assert ("– (Dornfeld Courier)", "wire-code") in [(r.text, r.reason) for r in story.removed]


def test_another_agency_named_after_a_paragraph_does_not_close_the_story() -> None:
    story = parse(_SIGNED_PAGE.replace("país. EFE", "país. Reuters"), check=False, today=_TODAY)
    assert story.body[2].endswith("país. Reuters")
    assert len(story.body) > 3  # the sign-off rule did not end the story there


# Old portal pages set AP copy's byline on the headline's line.
_RUN_ON = (
    "Ferry operator cuts winter sailings By JANE ROE and TOM HALE, Associated Press Writers\n"
    "59 minutes ago\n\n"
    "VELLMAR, Ore. (AP) - The Orlen Line ferry company cut its winter sailings by a third "
    "Wednesday, its chief executive said.\n\n"
    '"Fuel costs left us no choice," Tomas Reiner said.\n'
)


def test_a_headline_run_on_into_its_byline_is_split_between_them() -> None:
    story = parse(_RUN_ON, check=False, today=_TODAY)
    assert story.headline == "Ferry operator cuts winter sailings"
    assert story.byline is not None and story.byline.names == ("JANE ROE", "TOM HALE")
    assert story.byline.raw == "By JANE ROE and TOM HALE, Associated Press Writers"
    assert line_places(story)[1] == ["headline", "byline"]


@pytest.mark.parametrize(
    "headline",
    [
        "Hiker Bitten By Shark Off Vellmar Beach",
        "Ferry operator cuts winter sailings. By Jane Roe, Associated Press Writer",
    ],
)
def test_a_title_case_by_or_a_sentence_before_by_is_not_split(headline: str) -> None:
    story = parse(headline + "\n" + _RUN_ON.split("\n", 1)[1], check=False, today=_TODAY)
    assert story.headline == headline


def test_a_release_wires_dateline_on_its_own_line_signs_nothing_off() -> None:
    # the wire's name closes the dateline's line as a sign-off closes a paragraph
    story = parse(
        "Acme Opens Plant in Ohio\n\n"
        "TAMPA, Fla.--(BUSINESS WIRE)--\n"
        "Acme Robotics Inc. today announced the opening of a new plant in Columbus, Ohio.\n\n"
        "The 200,000-square-foot plant will build warehouse robots and employ 400 people.\n",
        check=False,
        today=_TODAY,
    )
    assert story.dateline is not None and story.dateline.agencies == ("BUSINESS WIRE",)
    assert len(story.body) == 2 and story.body[-1].startswith("The 200,000-square-foot")


def test_a_dek_the_first_paragraph_prints_again_is_the_standfirst() -> None:
    dek = (
        "Ferry crews from three islands continued to arrive in Harbourton on Sunday to "
        "mark the end of the Vellmar Line's century of sailings."
    )
    curly = dek.replace("'", "’")  # the page's dek and its article set quotes apart
    head = "Ferry crews gather to mark the end of a century of sailings\n\n"
    rest = "The line's last boat will leave the old pier at noon on Monday, its owners said.\n"
    story = parse(f"{head}{dek}\n\n{curly}\n\n{rest}", check=False, today=_TODAY)
    assert [p.text for p in story.paragraphs] == [curly, rest.strip()]
    assert [(r.line, r.reason) for r in story.removed] == [(3, "standfirst")]
    # Printed once, the dek opens the body.
    once = parse(f"{head}{dek}\n\n{rest}", check=False, today=_TODAY)
    assert [p.text for p in once.paragraphs] == [dek, rest.strip()]


@pytest.mark.parametrize("label", ["FILE", "ARCHIVO", "FOTO"])
def test_ap_spanish_file_photo_label_opens_a_caption_over_the_lede(label: str) -> None:
    # AP's Spanish service labels a file picture's caption as the English one does.
    caption = (
        f"{label} - En esta foto de la alcaldía, la directora de la naviera, Ana Roe, habla "
        "durante una conferencia en el puerto de Vellmar, el 19 de julio de 2019."
    )
    text = (
        "La naviera de Vellmar anuncia el fin del servicio de invierno\n\n"
        f"{caption}\n\n"
        "VELLMAR – Los días del ferry de invierno están contados. La naviera informó el "
        "viernes que cerrará la ruta en diciembre.\n\n"
        "La empresa dijo que el combustible es demasiado caro para mantener la ruta.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == [caption]
    assert story.dateline is not None and story.dateline.city == "VELLMAR"
    assert story.body[0].startswith("Los días del ferry")


def test_a_caption_that_is_a_story_sentence_with_a_credit_after_it_is_a_caption() -> None:
    sentence = "Calm weather on Monday meant the harbour fire appeared to be out."
    text = (
        "Crews begin clean-up at Harbourton docks\n\n"
        f"{sentence} Harbourton Fire Service\n\n"
        "Fire crews will be back at the docks on Tuesday, hoping the rain keeps hot spots "
        "damp.\n\n"
        f"{sentence}\n\n"
        "Drones will check the sheds overnight for any sign of fire, the service said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(3, "Harbourton Fire Service")]
    assert story.body[1] == sentence and len(story.body) == 3
    # A sentence the story says once, with more words after it, stays a paragraph.
    once = text.replace(f"{sentence}\n\n", "")
    assert not parse(once, check=False, today=_TODAY).captions
    # So does a paragraph that carries on in prose after the repeated sentence.
    prose = text.replace("Harbourton Fire Service", "the crews said")
    assert not parse(prose, check=False, today=_TODAY).captions


def test_a_syndicators_credit_before_the_dateline_is_kept_in_removed() -> None:
    # An aggregator sets its credit on the dateline's line; the dateline is read past it,
    # and the credit must still land somewhere: nothing the input holds is lost.
    text = (
        "Harbour council briefing\n\n"
        "(PORTALX- Vellmar News Agency (VNA)) HARBOURTON - The ferry authority said winter "
        "sailings to Kessel would be cut from next month.\n\n"
        "The council will meet again in the spring to review the timetable, it said.\n"
    )
    story = parse(text, check=False)
    assert story.dateline is not None and story.dateline.raw == "HARBOURTON -"
    assert story.paragraphs[0].text.startswith("The ferry authority")
    credits = [r for r in story.removed if r.reason == "credit"]
    assert [(r.line, r.text) for r in credits] == [(3, "(PORTALX- Vellmar News Agency (VNA))")]
    # every word of the dateline's line is in the story's fields
    held = " ".join([story.dateline.raw, story.paragraphs[0].text, credits[0].text]).split()
    assert sorted(held) == sorted(text.splitlines()[2].split())


@pytest.mark.parametrize("credit", ["by Harbourwire Staff Writer", "By Our Staff Reporter"])
@pytest.mark.parametrize("head", ["", "Vellmar shares slip at the open\n\n"])
@pytest.mark.parametrize("chrome", ["", "\nShare\n"])
def test_a_staff_credit_under_the_story_is_its_byline_naming_no_one(
    credit: str, head: str, chrome: str
) -> None:
    # with or without a headline, whatever page chrome follows it
    text = (
        f"{head}Vellmar shares fell on Wednesday after weak updates from two retailers.\n\n"
        "The benchmark index was down 22 points in opening deals.\n\n"
        f"{credit}\n{chrome}"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.body[-1] == "The benchmark index was down 22 points in opening deals."
    assert story.byline is not None
    assert (story.byline.raw, story.byline.names) == (credit, ())


def test_a_staff_credit_under_a_bylined_story_is_a_credit() -> None:
    text = (
        "Vellmar shares slip at the open\n"
        "By Ann Lee\n\n"
        "Vellmar shares fell on Wednesday after weak updates from two retailers.\n\n"
        "The benchmark index was down 22 points in opening deals.\n\n"
        "by Harbourwire Staff Writer\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Ann Lee",)
    assert story.body[-1] == "The benchmark index was down 22 points in opening deals."
    assert ("by Harbourwire Staff Writer", "credit") in [(r.text, r.reason) for r in story.removed]


def test_a_by_line_naming_no_one_between_the_paragraphs_stays_story() -> None:
    # a hard wrap's split can open a paragraph with `by` and an agency: only the foot is
    # read as a credit
    text = (
        "Vellmar shares slip at the open\n\n"
        "Vellmar shares fell on Wednesday after weak updates from two retailers.\n\n"
        "The benchmark index was down 22 points in opening deals, dealers said.\n\n"
        "Retailers led the fall, with three of them losing more than 5 percent, a poll "
        "compiled\n\n"
        "by Reuters.\n\n"
        "The index of smaller companies was down 40 points, dealers in the city "
        "said on Wednesday.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert "by Reuters." in story.body


def test_a_by_line_running_into_a_lede_at_the_foot_is_no_staff_credit() -> None:
    # a briefs page cut short: the next item's credit, place and lede on one line
    text = (
        "Vellmar shares slip at the open\n\n"
        "Vellmar shares fell on Wednesday after weak updates from two retailers.\n\n"
        "The benchmark index was down 22 points in opening deals, dealers said.\n\n"
        "Retailers led the fall, with three of them losing more than 5 percent.\n\n"
        "The index of smaller companies was down 40 points, dealers in the city said.\n\n"
        "By Harbourwire, Vellmar : In an attempt t\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is None


def test_a_known_place_and_date_alone_over_a_writers_line_is_the_dateline() -> None:
    # Trend's layout: the place, its country and the date on a line of their own, the
    # writer's `By` line under it, then the lede.
    text = (
        "Ring road to open next month\n\nBerlin, Germany, July 13\n\n"
        f"By Olen Varga – KNA:\n\n{_ROAD_LEDE}"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None
    dateline = story.dateline
    assert (dateline.city, dateline.country, dateline.date_text) == ("Berlin", "Germany", "July 13")
    assert story.byline is not None and story.byline.names == ("Olen Varga",)
    assert story.paragraphs[0].text.startswith("Officials in the city")


def test_teasers_under_a_list_heading_below_a_one_paragraph_story_are_not_body() -> None:
    # the teasers under `Recent Posts` outscore a one-paragraph story: the dateline above
    # the heading is the story's, and the heading closes it
    text = (
        "Orvania calls Belsk a reliable partner\n\n"
        "MARNO, June 3 (OPA) – Belsk is a reliable partner in Orvania's talks with the "
        "league, the foreign minister, Ida Ferro, told reporters in Marno.\n\n"
        "Recent Posts\n\n"
        "Harbour lights – Picture of the Week\n\n"
        'Our picture of the week: "Harbour lights", was sent in by Tomas Ek from the '
        "north coast…\n\n"
        "Ferro and the valleys\n\n"
        "The two years of the troubled Ferro cabinet brought back a stance that many had "
        "thought gone…\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [p.text[:18] for p in story.paragraphs] == ["Belsk is a reliabl"]
    assert not any("Ferro cabinet" in p.text for p in story.paragraphs)


def test_a_stamp_line_with_a_hit_counter_closes_the_story() -> None:
    # a page's stamp, hit counter and print button under a story, then a short footer:
    # the counter marks the page's furniture, so the footer is no part of a clean story
    text = (
        "Ferro - The last ten years were hard for Orvania\n\n"
        "The last ten years were hard for Orvania, President Ida Ferro said, the local "
        "press reported June 3.\n\n"
        "Ferro added that despite all the trouble, the cabinet had managed to solve the "
        "problems before the country.\n\n"
        "03.06.2031 12:40 / Hits: 87 / Print\n"
        "    Section news\n"
        "    2032 All right reserved Powered by Kestrel\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert len(story.paragraphs) == 2
    assert "Hits" not in story.body and "Powered" not in story.body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Dmytro Savchuk, Orysia Khvyl", ("Dmytro Savchuk", "Orysia Khvyl")),
        ("Dmytro Savchuk and Orysia Khvyl", ("Dmytro Savchuk", "Orysia Khvyl")),
        # Places in a row under the headline are no writers.
        ("Kyiv, Lviv", ()),
    ],
)
def test_two_writers_alone_under_the_headline_are_the_byline(
    line: str, names: tuple[str, ...]
) -> None:
    # Given names no census lists (`Orysia`): the line's place and shape vouch for them.
    text = (
        "Regional council member loses her seat after court ruling\n\n"
        f"{line}\n\n"
        "The regional council voted on Tuesday to strip a member of her seat after a court "
        "found she had broken the rules on outside income.\n\n"
        "The member said she would appeal the ruling.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert (story.byline.names if story.byline else ()) == names


@pytest.mark.parametrize("credit", ["Velmornews.ca Staff", "Harbor Courier Staff"])
def test_an_outlets_staff_alone_over_the_lede_is_a_byline_not_the_headline(credit: str) -> None:
    text = (
        f"{credit}\n\n\n\n"
        "ARNSBY - Arnsby stayed loyal to the ruling party on election night, even though "
        "the party lost its majority.\n\n"
        "The party's candidate was re-elected in Arnsby Centre with half of the vote.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline is None
    assert story.byline is not None and (story.byline.raw, story.byline.names) == (credit, ())


def test_a_newswire_under_the_headline_names_no_writer() -> None:
    text = (
        "Harbix Reports First Quarter Results\n\n"
        "Marlow Newswire (US)\n\n"
        "ARNSBY, Del., May 14 /Marlow Newswire/ -- Harbix Systems, Inc., a maker of harbor "
        "sensors, today announced results for the quarter ended March 31.\n\n"
        "Revenue rose by a tenth from a year earlier.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is None or story.byline.names == ()
