"""Stories saved from news databases (Nexis, Lexis, Factiva, ProQuest, EBSCO): their
fields are read, not left in the story. Every export here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse
from wirecheck.accounting import line_places
from wirecheck.exports import read_fields

LEDE = (
    "PORTSMOUTH, N.H. (AP) -- The regional harbor authority voted Monday to dredge the "
    "silted shipping channel, a project delayed for six years."
)
SECOND = "The plan calls for removing about 300,000 cubic yards of sediment before autumn."

NEXIS_UNI = f"""Harbor authority approves dredging plan

UPI (United Press International)

March 4, 2024 Monday 3:12 PM GMT

Copyright 2024 Associated Press All Rights Reserved

Section: BUSINESS NEWS
Length: 212 words
Byline: By Tomas Vrell, Associated Press
Dateline: PORTSMOUTH, N.H.

Body


{LEDE}

{SECOND}

Load-Date: March 5, 2024

End of Document
"""

LEXIS_ACADEMIC = """                               4 of 9 DOCUMENTS

                          United Press International

                       November 14, 1994, Monday, BC cycle

SECTION: Domestic News

LENGTH: 60 words

HEADLINE: Farmers plant less wheat as prices slump

BYLINE: By DOUGLAS PRATT

DATELINE: TOPEKA, Kan.

BODY:

   Kansas farmers planted the smallest winter wheat crop in 30 years this fall, the
state agriculture department said.
   Officials said dry soil in the western counties also discouraged planting.
"""

FACTIVA = f"""HD\tHarbor authority approves dredging plan
BY\tBy Tomas Vrell
WC\t187 words
PD\t4 March 2024
SN\tAssociated Press Newswires
SC\tAPRS
LA\tEnglish
CY\t(c) 2024. The Associated Press.
LP\t{LEDE}

TD\t{SECOND}
NS\tgcat : Political/General News | gdis : Disasters
RE\tusnh : New Hampshire | usa : United States
AN\tDocument APRS000020240304ek34000xy
"""

PROQUEST = f"""Harbor authority approves dredging plan

Author: Vrell, Tomas

Publication info: Associated Press Newswires 04 Mar 2024.

ProQuest document link

Abstract: A harbor authority voted to dredge a silted channel.

Full text: {LEDE}

{SECOND}

Subject: Harbors; Dredging

Publication title: Associated Press Newswires

Publication date: Mar 4, 2024

Document URL: https://www.example.com/docview/12345

Database: Example News Central
"""

EBSCO = f"""Title:
Harbor authority approves dredging plan
Authors:
Vrell, Tomas
Source:
AP Newswires; 03/04/2024
Document Type:
Article
Accession Number:
6XN202403041234
Database:
Newswires

{LEDE}

{SECOND}
"""

EXPORTS = {
    "nexis uni": NEXIS_UNI,
    "lexis academic": LEXIS_ACADEMIC,
    "factiva": FACTIVA,
    "proquest": PROQUEST,
    "ebsco": EBSCO,
}


@pytest.mark.parametrize("name", EXPORTS)
def test_an_exports_fields_are_read_and_set_aside(name: str) -> None:
    text = EXPORTS[name]
    story = parse(text)
    wheat = name == "lexis academic"
    assert story.headline == (
        "Farmers plant less wheat as prices slump"
        if wheat
        else "Harbor authority approves dredging plan"
    )
    assert story.byline is not None
    assert story.byline.names == (("DOUGLAS PRATT",) if wheat else ("Tomas Vrell",))
    assert story.dateline is not None
    assert story.dateline.city == ("TOPEKA" if wheat else "PORTSMOUTH")
    assert len(story.paragraphs) == 2
    body = " ".join(story.body)
    for furniture in ("Length", "Load-Date", "Full text", "TD", "BODY", "Database", "Document"):
        assert furniture not in body.split(), furniture
    assert not any(d.code in ("WC102", "WC305", "WC405") for d in story.diagnostics), [
        d.message for d in story.diagnostics
    ]
    # Every non-blank line has a place (a label and its text share a line).
    lines = text.split("\n")
    held = line_places(story)
    assert sorted(held) == [i + 1 for i, line in enumerate(lines) if line.strip()]


def test_a_label_before_story_text_leaves_its_positions() -> None:
    story = parse(PROQUEST)
    line, column = story.paragraphs[0].locate(0)
    assert PROQUEST.split("\n")[line - 1][column - 1 :].startswith("The regional harbor")
    assert any(r.text == "Full text:" and r.reason == "metadata" for r in story.removed)


@pytest.mark.parametrize(
    ("name", "when"),
    [
        ("nexis uni", date(2024, 3, 4)),
        ("lexis academic", date(1994, 11, 14)),
        ("factiva", date(2024, 3, 4)),
        ("proquest", date(2024, 3, 4)),
        ("ebsco", date(2024, 3, 4)),
    ],
)
def test_the_exports_date_is_read(name: str, when: date) -> None:
    fields = read_fields(EXPORTS[name].split("\n"))
    assert fields is not None and fields.date == when


def test_the_exports_date_gives_a_datelines_year() -> None:
    # `NAIROBI, July 12` has no year; the export says 2017 (a weekday would say otherwise).
    text = FACTIVA.replace("PORTSMOUTH, N.H. (AP) --", "NAIROBI, March 4 (Reuters) -").replace(
        "4 March 2024", "4 March 2017"
    )
    story = parse(text)
    assert story.dateline is not None and story.dateline.date == "2017-03-04"
    assert story.dateline.year_source == "reference"


@pytest.mark.parametrize(
    "text",
    [
        "Rates rise\n\nLONDON (Reuters) - Rates rose on Tuesday, the bank said.\n\n"
        "Source: Bank of England\n",
        "Title: The last summer\nAuthor: Jane Roe\n\nA novel review, by our critic.\n",
        "HD video of the launch was shared online, officials said on Tuesday.\n",
    ],
)
def test_a_label_or_two_in_a_story_is_no_export(text: str) -> None:
    assert read_fields(text.split("\n")) is None


@pytest.mark.parametrize(
    "text",
    [
        # a factbox's labels in a story that has its own
        "Harbor plan approved\n\nPORTSMOUTH, N.H. (AP) -- The harbor authority voted Monday "
        "to dredge the silted channel, officials said.\n\nDate: March 4\nLocation: Portsmouth\n"
        "Source: Harbor authority\nSection: Business\n",
        # a letter's title and author quoted in a story
        "Museum shows letters\n\nBOSTON (AP) -- A museum on Monday put on show letters a "
        "sailor wrote home in the 1870s, its curator said.\n\nTitle: Letter to her sister\n"
        "Author: Eliza Wren\nSubject: The voyage home\n",
    ],
)
def test_labels_in_a_story_with_no_export_field_stay_story(text: str) -> None:
    assert read_fields(text.split("\n")) is None
    assert not any(r.reason == "metadata" for r in parse(text).removed)


def test_a_byline_field_the_story_also_prints_is_set_aside_not_lost() -> None:
    text = NEXIS_UNI.replace("Body\n\n\n", "Body\n\n\nBy Tomas Vrell\n\n")
    story = parse(text)
    assert story.byline is not None and story.byline.raw == "By Tomas Vrell"
    lines = text.split("\n")
    held = line_places(story)
    assert sorted(held) == [i + 1 for i, line in enumerate(lines) if line.strip()]
    byline_field = next(i + 1 for i, line in enumerate(lines) if line.startswith("Byline:"))
    assert {r.text for r in story.removed if r.line == byline_field} == {
        "Byline:",
        "By Tomas Vrell, Associated Press",
    }


def test_copy_in_capitals_whose_lines_open_with_a_code_is_no_factiva_export() -> None:
    # `IN`, `AN` and `LA` are Factiva's codes and words opening a sentence in capitals.
    text = (
        "FARMERS PLANT LESS WHEAT\n\nBY DOUGLAS PRATT\n\n"
        "    TOPEKA, KAN. (UPI) -- KANSAS FARMERS PLANTED THE SMALLEST WHEAT CROP IN\n"
        "THIRTY YEARS THIS FALL, THE STATE AGRICULTURE DEPARTMENT SAID.\n"
        "IN WESTERN KANSAS, THE DEPARTMENT ESTIMATED PLANTINGS AT 9.1 MILLION ACRES.\n"
        "AN OFFICIAL SAID DRY SOIL IN THE WEST ALSO DISCOURAGED PLANTING.\n"
        "LA CROSSE GROWERS SAID THEY WOULD WAIT FOR RAIN BEFORE SOWING.\n"
    )
    story = parse(text)
    assert not any(r.reason == "metadata" for r in story.removed)
    assert "AN OFFICIAL SAID DRY SOIL" in " ".join(story.body)


def test_an_empty_byline_label_takes_no_paragraph_for_its_value() -> None:
    # The label is the last field over the story, with no `Body` line between.
    text = (
        NEXIS_UNI.replace("Byline: By Tomas Vrell, Associated Press\n", "")
        .replace("Dateline: PORTSMOUTH, N.H.\n", "Dateline: PORTSMOUTH, N.H.\nByline:\n")
        .replace("Body\n\n\n", "")
    )
    story = parse(text)
    assert story.byline is None
    assert story.body[0].startswith("The regional harbor authority")


def test_a_field_over_the_nexis_date_line_is_not_set_aside_twice() -> None:
    # The headline's field right over the date line: its value is the headline, not the
    # source line a Nexis date line has over it.
    text = LEXIS_ACADEMIC.replace(
        "                          United Press International\n\n",
        "HEADLINE: Farmers plant less wheat as prices slump\n",
    ).replace("HEADLINE: Farmers plant less wheat as prices slump\n\nBYLINE", "BYLINE")
    places = line_places(parse(text))
    assert all(sum(p.startswith("removed:") for p in held) <= 1 for held in places.values())


def test_a_listing_of_language_edition_and_length_in_a_story_is_story() -> None:
    text = (
        "Radio station marks 100 years on air\n\nMONTREAL (CP) — A radio station marked 100 "
        "years on the air on Monday with its first program, read from the original script.\n\n"
        "The program listing for that first night read:\n\n"
        "Language: French\nEdition: Evening\nLength: 30 minutes\n\n"
        "About 40,000 people listened to the anniversary broadcast, the station said.\n"
    )
    assert read_fields(text.split("\n")) is None


def test_a_short_nexis_document_is_read_by_its_furniture() -> None:
    # Two kinds of field only, with `Body` and `End of Document` around the story.
    text = (
        "Harbor plan approved\n\nLength: 212 words\n\nBody\n\n"
        "PORTSMOUTH, N.H. (AP) — The harbor authority voted Monday to dredge the channel, a "
        "project delayed for six years.\n\nLoad-Date: March 5, 2024\n\nEnd of Document\n"
    )
    story = parse(text)
    assert len(story.paragraphs) == 1
    assert {r.text for r in story.removed} >= {"Length: 212 words", "Load-Date: March 5, 2024"}


def test_a_two_line_author_field_the_story_also_prints_keeps_both_lines() -> None:
    text = EBSCO.replace("Vrell, Tomas\n", "Vrell, Tomas\nRoe, Jane\n").replace(
        "\n\nPORTSMOUTH", "\n\nBy Tomas Vrell and Jane Roe\n\nPORTSMOUTH", 1
    )
    story = parse(text)
    assert story.byline is not None and story.byline.raw == "By Tomas Vrell and Jane Roe"
    texts = {r.text for r in story.removed}
    assert {"Vrell, Tomas", "Roe, Jane"} <= texts


def test_an_rss_item_saved_as_text_is_read_as_fields() -> None:
    from wirecheck import parse

    text = (
        "Title: Harbor authority approves dredging plan\n"
        "Link: https://example.com/harbor-dredging\n"
        "pubDate: Tue, 03 Nov 2026 14:05:00 GMT\n"
        "dc:creator: Tomas Vrell\n\n"
        "PORTSMOUTH, N.H., Nov. 3 (AP) -- The regional harbor authority voted to dredge the "
        "silted shipping channel, a project delayed for six years.\n\n"
        "Work is expected to begin in the spring and take about 18 months, officials said.\n"
    )
    story = parse(text, check=False)
    assert story.headline == "Harbor authority approves dredging plan"
    assert story.byline is not None and story.byline.names == ("Tomas Vrell",)
    assert story.dateline is not None and story.dateline.date == "2026-11-03"
    assert story.dateline.year_source == "reference"  # the item's date gives the year


def test_a_family_name_of_two_words_first_is_one_writer() -> None:
    from wirecheck.exports import field_byline

    assert field_byline("López Obrador, Andrés Manuel", 1, 1).names == (
        "Andrés Manuel López Obrador",
    )
    assert field_byline("Marta Okafor, Tomas Novak", 1, 1).names == ("Marta Okafor", "Tomas Novak")


def test_a_market_data_export_with_a_full_content_label() -> None:
    # `Date:`, `Ticker:`, `Title:` and `Full Content:`, as financial-news dumps write them:
    # the labels stayed in the story (`Title: ...` was its headline, `Full Content:` a
    # body paragraph).
    story = parse(
        "Date: 2031-03-04 14:16:26+00:00\n"
        "Ticker: ACME\n"
        "Title: Harbour Group weighs sale of ferry unit\n\n"
        "Full Content:\n"
        "By Jane Roe\n\n"
        "BOSTON (Reuters) - Harbour Group is weighing a sale of its ferry unit, people "
        "familiar with the talks said on Tuesday.\n\n"
        "The company declined to comment.\n",
        check=False,
    )
    assert story.headline == "Harbour Group weighs sale of ferry unit"
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert story.body[0].startswith("Harbour Group is weighing")
    assert [r.text for r in story.removed][:4] == [
        "Date: 2031-03-04 14:16:26+00:00",
        "Ticker: ACME",
        "Title:",
        "Full Content:",
    ]
