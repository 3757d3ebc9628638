"""WC3xx structure rules: headline, body, byline, duplicate headline, boilerplate."""

from __future__ import annotations

from pathlib import Path

import wirecheck
from wirecheck.model import Diagnostic

SEED = Path(__file__).parent.parent / "fixtures" / "upi-diaz-canel-moscow.txt"
BODY = (
    "MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin met Cuban President Miguel "
    "Diaz-Canel in Moscow on Friday to review their strategic partnership.\n\n"
    "Russia may provide a $43 million credit to Cuba, a deputy finance minister said.\n\n"
    "The two leaders also discussed oil supplies and tourism, officials said.\n"
)
HEADLINE = "Putin meets Cuban leader in Moscow\n\n"


def found(text: str | bytes, code: str) -> list[Diagnostic]:
    """The diagnostics of one rule on ``text``, parsed end to end."""
    return list(wirecheck.parse(text, select=[code]).diagnostics)


def test_seed_has_no_structure_warning_or_error() -> None:
    story = wirecheck.parse(SEED.read_bytes(), select=["WC3"])
    serious = [d for d in story.diagnostics if d.severity != "info"]
    assert serious == []
    assert [(d.code, d.line) for d in story.diagnostics] == [("WC304", 4)]


# WC301 no-headline


def test_no_headline() -> None:
    (d,) = found(BODY, "WC301")
    assert (d.severity, d.line, d.column) == ("warning", 1, 1)
    assert found(HEADLINE + BODY, "WC301") == []


def test_no_headline_is_not_reported_without_a_body() -> None:
    assert found("", "WC301") == []


# WC302 no-body


def test_no_body() -> None:
    for text in ("", "\n\n", HEADLINE, "Home\nNews\nSport\nWeather\n"):
        (d,) = found(text, "WC302")
        assert d.severity == "error"
    assert found(HEADLINE + BODY, "WC302") == []


def test_no_body_says_when_the_input_is_an_html_page() -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>Wind farm approved</title></head>\n<body>\n"
        "<h1>Wind farm approved</h1>\n<p>The council approved a wind farm off the coast on "
        "Monday.</p>\n</body></html>\n"
    )
    (d,) = found(page, "WC302")
    assert d.message.endswith("(the input is an HTML page: save the page as text first)")
    (d,) = found("Home\nNews\n", "WC302")
    assert d.message == "no story body found"


# WC304 duplicate-headline


def test_duplicate_headline_is_info_at_the_copy() -> None:
    text = HEADLINE + "By Renzo Pipoli\n" + HEADLINE + BODY
    (d,) = found(text, "WC304")
    assert (d.severity, d.line, d.column, d.end_column) == ("info", 4, 1, 35)
    assert "also at line 1" in d.message
    assert found(HEADLINE + "By Renzo Pipoli\n\n" + BODY, "WC304") == []


def test_duplicate_headline_names_the_kept_line_when_the_copy_comes_first() -> None:
    # A menu's copy over the headline: the copy is line 3, the headline kept is line 5.
    title = "Town opens new library on the river"
    text = (
        f"Home\nNews\n{title}\n\n{title}\n\nBy Jane Doe\n\nThe town opened its new "
        "library on Monday after two years of building work, the mayor said.\n"
    )
    story = wirecheck.parse(text, select=["WC304"])
    assert story.headline_line == 5
    (d,) = story.diagnostics
    assert d.line == 3
    assert f"`{title}` (also at line 5)" in d.message


# WC305 no-byline


def test_no_byline_is_info() -> None:
    (d,) = found(HEADLINE + BODY, "WC305")
    assert (d.severity, d.line) == ("info", 1)
    assert found(HEADLINE + "By Renzo Pipoli\n\n" + BODY, "WC305") == []


# WC306 headline-full-stop


def test_headline_full_stop() -> None:
    (d,) = found("Putin meets Cuban leader in Moscow.\n\n" + BODY, "WC306")
    assert (d.severity, d.line, d.column, d.end_column) == ("warning", 1, 1, 36)
    assert d.suggestions == ("Putin meets Cuban leader in Moscow",)


def test_headline_ending_in_an_abbreviation_or_ellipsis_is_fine() -> None:
    for headline in (
        "Fed sees slower growth in the U.S.",
        "Trade deal talks drag on...",
        "Chipmaker buys rival for $4 billion, says Acme Inc.",
        "Putin meets Cuban leader in Moscow",
        "New obesity drugs are coming. Here's how they could change everything.",
        "KOWALCZYK, Bernard J.",
    ):
        assert found(headline + "\n\n" + BODY, "WC306") == [], headline


def test_line_under_a_page_title_is_a_standfirst() -> None:
    text = (
        "Ranking Fatigue is a Worldwide Phenomenon\n\n"
        "Ranking fatigue has finally set in, and it's a worldwide phenomenon.\n\n" + BODY
    )
    assert found(text, "WC306") == []


def test_standfirst_under_a_headline_is_not_a_headline() -> None:
    text = HEADLINE + "The two countries seek to renew old ties.\n\n" + BODY
    assert found(text, "WC306") == []


# WC307 boilerplate-in-body


def test_chrome_line_inside_the_body() -> None:
    paragraphs = BODY.split("\n\n")
    text = HEADLINE + paragraphs[0] + "\n\nAdvertisement\n\n" + "\n\n".join(paragraphs[1:])
    (d,) = found(text, "WC307")
    assert (d.severity, d.line, d.column, d.end_column) == ("warning", 5, 1, 14)
    assert "`Advertisement`" in d.message


def test_chrome_after_the_body_is_not_inside_it() -> None:
    assert found(HEADLINE + BODY + "\nLatest Headlines\n\nFollow Us\n", "WC307") == []
    assert found(SEED.read_bytes(), "WC307") == []


def test_chrome_phrases_run_into_a_paragraph() -> None:
    for phrase in (
        "Story continues below advertisement",
        "Sign up for our daily newsletter",
        "Click here to subscribe",
        "READ MORE: Putin meets Xi",
    ):
        text = HEADLINE + BODY.replace("minister said.", f"minister said. {phrase}")
        diags = found(text, "WC307")
        assert len(diags) == 1, phrase
        assert "boilerplate in a body paragraph" in diags[0].message


def test_wire_instructions_are_not_site_chrome() -> None:
    paragraphs = BODY.split("\n\n")
    note = "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)"
    text = HEADLINE + paragraphs[0] + f"\n\n{note}\n\n" + "\n\n".join(paragraphs[1:])
    assert found(text, "WC307") == []


def test_prose_that_resembles_chrome_is_fine() -> None:
    text = HEADLINE + BODY.replace(
        "tourism, officials said.",
        "tourism. Talks will continue below ministerial level, and more (about 20) read "
        "more into the deal than it says.",
    )
    assert found(text, "WC307") == []


def test_a_death_notice_head_ending_in_an_initial_has_no_full_stop() -> None:
    text = (
        "KOWALCZYK, Bernard J.\n\nBernard J. Kowalczyk, 79, of Parma, passed away peacefully"
        " on November 24, 2026, surrounded by his family.\n\nIn lieu of flowers, gifts may be"
        " made to the Parma Area Food Pantry.\n"
    )
    assert found(text, "WC306") == []


def test_an_embedded_post_s_signature_inside_the_body_is_not_boilerplate() -> None:
    # The parser sets the signature aside with its post; it credits a quotation, and no
    # copy desk would call it the page's furniture.
    embed = (
        "Our new giraffe says hello! pic.twitter.com/AbC123\n"
        "\u2014 Harbour Zoo (@HarbourZoo) December 19, 2026\n"
    )
    text = HEADLINE + BODY.replace("minister said.", "minister said.\n\n" + embed, 1)
    page = "Home\nNews\nSport\n\n" + text + "\nMost Read\nFollow Us\n"  # a page, not clean copy
    assert found(page, "WC307") == []
    assert [d.line for d in found(page.replace(embed, "Advertisement\n"), "WC307")] == [11]
    assert wirecheck.parse(page, check=False).body[-1].startswith("The two leaders")


def test_chrome_between_a_dek_opening_the_body_and_the_lede_is_not_inside_the_story() -> None:
    page = (
        "Home\nNews\n\nRail upgrade for the north delayed by three years\n\n"
        "Campaigners say postponing the line works will cost the region billions\n\n"
        "Tom Hale Transport correspondent\nSun 29 Nov 2026 10.05 GMT\nShare\n\n"
        "Ministers are facing a backlash after confirming that a long-promised rail upgrade in "
        "the north of England will be delayed by at least three years.\n\n"
        "The department said rising costs meant the work could not begin before 2030.\n\n"
        "Advertisement\n\n"
        '"We will keep pushing," she said.\n\n'
        "Most Read\nFollow Us\n"
    )
    # the header's `Share` is outside; the ad before the closing sentence is inside
    assert [d.line for d in found(page, "WC307")] == [16]


def test_a_press_release_is_not_noted_for_having_no_byline() -> None:
    release = (
        "Norhaven Logistics to Acquire Ostrava Freight\n\n"
        "NEW YORK, March 4, 2026 /PRNewswire/ -- Norhaven Logistics Inc. today agreed to "
        "acquire Ostrava Freight Ltd. for $310 million in cash.\n"
    )
    assert found(release, "WC305") == []
    story = release.replace(" /PRNewswire/ --", " (Reuters) -")
    assert [d.code for d in found(story, "WC305")] == ["WC305"]
