"""Photo captions known by the shape of their credit: a file picture's label opening
one, a release service's credit line, an agency's `photo by` credit."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse

_TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "label", ["(AFP files)", "(AFP/File)", "(Reuters file photo)", "(AP Photo/File)"]
)
def test_a_file_pictures_credit_opening_a_paragraph_makes_a_caption(label: str) -> None:
    # AFP sets a file picture's caption in the story, its credit first: no second dateline
    text = (
        "Harbour chief loses control of the ferry board\n\n"
        "GREYFIELD, June 6, 2010 (AFP) - The new mayor of Greyfield moved on Sunday to curb "
        "the power of the harbour chief, local media said.\n\n"
        f"{label} In a file picture taken on April 26, 2010 harbour chief Mara Velt speaks "
        "at a press conference in Greyfield.\n\n"
        "The mayor will name his council on Tuesday, the reports said.\n"
    )
    story = parse(text, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(5, label)]
    assert len(story.body) == 2
    assert not [d for d in story.diagnostics if d.code == "WC205"]


def test_a_parenthesis_naming_no_news_organisation_opens_no_caption() -> None:
    text = (
        "Court opens the harbour files\n\n"
        "GREYFIELD, June 6, 2010 (AFP) - A court in Greyfield opened the harbour board's "
        "records on Sunday, local media said.\n\n"
        "(Harbour files) The records run to 4,000 pages and cover twenty years, the court "
        "said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.captions == ()
    assert len(story.body) == 2


def test_an_agency_photo_by_credit_closes_a_caption_over_the_dateline() -> None:
    # WAFA credits its own photographer after the caption: `... WAFA photo by Name.`
    text = (
        "Mayor backs ferry talks during visit to Kessel\n\n\n"
        "Mayor Roe with her host, the governor of Kessel. VNA photo by Tomas Vrell.\n\n"
        "KESSEL, November 14, 2016 (VNA) - Mayor Ana Roe on Monday backed new talks on the "
        "ferry route.\n\n"
        "The two sides signed three agreements.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(4, "VNA photo by Tomas Vrell.")]
    assert story.removed == () and len(story.body) == 2


def test_a_sentence_about_a_photo_by_someone_is_no_credit() -> None:
    text = (
        "Ferry museum opens\n\n"
        "KESSEL, November 14, 2016 (VNA) - The ferry museum opened on Monday with a show of "
        "old pictures.\n\n"
        "The oldest is a photo by Tomas Vrell.\n\n"
        "The museum will open daily, its director said.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.captions == ()
    assert len(story.body) == 3


def test_pr_newswires_photo_credit_line_and_the_alt_text_over_it_are_a_caption() -> None:
    # A release roundup: each item's picture, its alt text over `Source: PRNewsfoto/...`
    text = (
        "On Harbour Wire: Ferry Line Retires Old Logo\n\n"
        "Here are some of this week's most newsworthy releases:\n\n"
        "Ferry at the Harbourton pier\n\n"
        "Source: PRNewsfoto/Harbour Lines\n\n"
        "Harbour Lines to Retire Its Old Logo\n\n"
        "Harbour Lines today (June 17) announced it will retire the logo it has used "
        "since 1950.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [
        (5, None),
        (7, "Source: PRNewsfoto/Harbour Lines"),
    ]
    assert "Harbour Lines to Retire Its Old Logo" in story.body
    assert story.removed == ()


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" —VNA photos", "VNA photos"),
        (" (RNS photo)", "(RNS photo)"),
        (" -- VNA photo", "VNA photo"),
        (" — VNA/TDN Photo", "VNA/TDN Photo"),  # the agency's and its photo service's
    ],
)
def test_an_agency_photo_credit_set_off_by_a_dash_or_brackets_closes_a_caption(
    tail: str, credit: str
) -> None:
    # `... Lind. —KUNA photos`, `... (MNS photo)`: the agency's short name and `photo`
    text = (
        "Mayor backs ferry talks during visit to Kessel\n\n"
        f"Mayor Ana Roe receives the governor of Kessel at City Hall.{tail}\n\n"
        "Mayor Ana Roe on Monday backed new talks on the ferry route with the governor.\n\n"
        "The two sides signed three agreements.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(3, credit)]
    assert len(story.body) == 2


def test_an_agency_photo_caption_under_the_dek_is_no_standfirst() -> None:
    # a news site's head: headline, stamp, dek, then the lead photo's caption over the lede
    text = (
        "Deputy PM orders storm measures in the south\n\n"
        "May 28, 2031 - 19:01\n"
        "Deputy PM Ivo Brandt ordered measures to secure power lines ahead of the storm.\n"
        "Deputy PM Ivo Brandt at the meeting with provincial officials. — VNA/TDN Photo\n\n"
        "DELSA — Deputy PM Ivo Brandt chaired a video meeting in Delsa on Sunday to direct "
        "the response to Storm Kara.\n\n"
        "The meeting was linked to coastal towns in the storm's path.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(5, "VNA/TDN Photo")]
    assert story.body[0].startswith("Deputy PM Ivo Brandt chaired")


def test_a_photo_by_credit_in_capitals_closes_a_caption() -> None:
    # a paper's own photographer, the whole credit in capitals: `... PHOTO BY JANE ROE`
    text = (
        "Coast guard crews inflate new boats for the storm. PHOTO BY TOMAS VRELL\n\n"
        "KESSEL - Thousands of families fled their homes on Thursday as the storm hit the "
        "islands.\n\n"
        "The weather bureau placed five provinces under a storm signal.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(1, "PHOTO BY TOMAS VRELL")]
    assert story.body[0].startswith("Thousands")


def test_an_agency_sign_off_after_a_dash_is_no_photo_credit() -> None:
    # `--KNA` alone closes the story: without `photo` it credits the writing
    text = (
        "Mayor backs ferry talks\n\n"
        "KESSEL: Mayor Ana Roe on Monday backed new talks on the ferry route.\n\n"
        "The two sides signed three agreements on the route. --VNA\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.captions == ()
    assert len(story.body) == 2


def test_a_place_opening_an_agency_photo_caption_is_no_dateline() -> None:
    # `KUWAIT: The Amir received ... —KUNA photos` over `KUWAIT: The Amir received at ...`
    text = (
        "Mayor backs ferry talks during visit to Kessel\n\n"
        "OSLO: Mayor Ana Roe receives the governor of Kessel. —VNA photos\n\n"
        "OSLO: Mayor Ana Roe on Monday backed new talks on the ferry route with the "
        "governor.\n\n"
        "The two sides signed three agreements.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.line == 5
    assert [c.line for c in story.captions] == [3]


@pytest.mark.parametrize("image", ["harbour.jpg", "2.JPEG", "港口.png"])
def test_a_caption_under_a_pictures_file_name_credits_the_picture_not_the_story(
    image: str,
) -> None:
    # The page's render left the picture's file name; the caption under it closes with the
    # dateline's agency, which there credits the picture: the story goes on below it.
    text = (
        "Marland names top three harbour projects of 2030\n\n"
        "GREYFIELD, Feb. 27 (MNA) -- Marland's transport ministry on Wednesday named the "
        "country's top three harbour projects of last year. The following are highlights:\n\n"
        "1.NORTH PIER\n\n"
        f"{image}\n\n"
        "Photo taken on Nov. 26, 2030 shows the north pier in Greyfield. (MNA)\n\n"
        "Engineers in Greyfield rebuilt the north pier in six months. Ferries berth there "
        "again since December.\n\n"
        "2.EAST LOCK\n\n"
        "The east lock was widened for larger cargo ships, the ministry said.\n"
    )
    story = parse(text, today=_TODAY)
    assert [(c.line, c.credit) for c in story.captions] == [(9, "(MNA)")]
    assert [p[:12] for p in story.body] == [
        "Marland's tr",
        "1.NORTH PIER",
        "Engineers in",
        "2.EAST LOCK",
        "The east loc",
    ]
    assert [(r.line, r.reason) for r in story.removed] == [(7, "boilerplate")]
