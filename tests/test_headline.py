"""The headline of pages saved as text: menus, teasers, breadcrumbs and deks around it."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse
from wirecheck.accounting import line_places
from wirecheck.headline import date_only, furniture
from wirecheck.patterns.boilerplate import chrome_sentence

_TODAY = date(2026, 11, 29)

_BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next "
    "spring, ending a decade of argument over the crumbling span.\n\n"
    "Repairs would have cost more than a new bridge, the council's engineers said in a "
    "report published last month, and the ferry service will double its crossings.\n\n"
    "Shop owners on the north bank said they feared losing customers, but cyclists and "
    "the harbour authority welcomed the decision after years of delays.\n\n"
    "Work on the replacement is due to begin in the autumn and take three years.\n"
)


def _headline(text: str) -> str | None:
    return parse(text, check=False, today=_TODAY).headline


def test_menu_lines_printed_twice_lose_to_the_headline_over_the_byline() -> None:
    page = (
        "Council shuts harbour bridge to cars | The Northbank Gazette\n\n"
        "Skip to content\n\nReport a Delivery Problem\n\nSubscriber Services\n\n"
        "Report a Delivery Problem\n\nNews\n\nSports\n\nWeather\n\n"
        "Harbour bridge to close to traffic next spring\n\n"
        "By Maria Lopez • March 3, 2026 10:15 am\n\n" + _BODY
    )
    assert _headline(page) == "Harbour bridge to close to traffic next spring"


def test_a_headline_ending_in_a_full_stop_under_a_section_label() -> None:
    page = (
        "Opinion | Why our bridge had to go - The Northbank Gazette\n\n"
        "Skip to content Skip to site index\n\nToday's Paper\n\nGuest Essay\n\n"
        "I Crossed That Bridge Every Day. It Was Time to Let It Go.\n\n"
        "March 3, 2026\n\nBy Tom Reyes\n\n" + _BODY
    )
    assert _headline(page) == "I Crossed That Bridge Every Day. It Was Time to Let It Go."


def test_a_breadcrumb_run_into_the_headline_gives_way_to_the_bare_headline() -> None:
    page = (
        "Council shuts harbour bridge to cars | Local News - The Northbank Gazette\n\n"
        "Home\n\nNews\n\n"
        "News / Local News / Council shuts harbour bridge to cars from next spring\n\n"
        "Council shuts harbour bridge to cars from next spring\n\n"
        "By Maria Lopez\n\nMar 3, 2026 08:40 PM\n\n" + _BODY
    )
    assert _headline(page) == "Council shuts harbour bridge to cars from next spring"


def test_the_dek_over_the_byline_gives_way_to_the_headline_above_it() -> None:
    page = (
        "What the bridge vote means for you\n\n"
        "Local\n\n"
        "The harbour bridge will close to cars next spring after council vote\n\n"
        "Councillors backed the closure after engineers warned repairs would cost more "
        "than a new bridge.\n\n"
        "Maria Lopez 3 March 2026 • 3:54pm\n\n" + _BODY
    )
    assert _headline(page) == (
        "The harbour bridge will close to cars next spring after council vote"
    )


def test_teasers_for_other_stories_above_the_article_are_not_its_headline() -> None:
    page = (
        "Harbour bridge vote | The Northbank Gazette\n\n"
        "Most Read\n\n"
        "School board delays vote on new term dates until summer\n\n"
        "Fire crews called to warehouse blaze on industrial estate\n\n"
        "Local\n\n"
        "Harbour bridge to shut to cars after council vote\n\n"
        "Maria Lopez\n\nPublished March 3, 2026\n\n" + _BODY
    )
    assert _headline(page) == "Harbour bridge to shut to cars after council vote"


def test_a_pasted_story_keeps_its_first_line_as_headline() -> None:
    story = "Council to close harbour bridge to cars\n\nBy MARIA LOPEZ\n\n" + _BODY
    assert _headline(story) == "Council to close harbour bridge to cars"


def _byline(text: str) -> tuple[str, ...] | None:
    story = parse(text, check=False, today=_TODAY)
    return story.byline.names if story.byline else None


def test_a_name_no_list_knows_right_under_the_headline_is_the_byline() -> None:
    page = "Harbour bridge to close to cars next spring\n\nShaimaa Raafat\n\n" + _BODY
    assert _byline(page) == ("Shaimaa Raafat",)


def test_controls_and_credits_under_the_headline_are_not_bylines() -> None:
    for line in (
        "Save Article",
        "Show Caption",
        "Courtesy Bijou Karman",
        "Daily News Egypt",
        "Ukraine War",
        "Gaza Ceasefire",
    ):
        page = f"Harbour bridge to close to cars next spring\n\n{line}\n\n" + _BODY
        assert _byline(page) is None, line


def test_a_role_and_the_outlet_before_it_are_not_part_of_the_name() -> None:
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "Aleksandar Stevanovic Senior Writer\n\n" + _BODY
    )
    assert _byline(page) == ("Aleksandar Stevanovic",)
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "By Dana Whitcombe Globe Correspondent, Updated March 3, 2026, 5:49 p.m.\n\n" + _BODY
    )
    assert _byline(page) == ("Dana Whitcombe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By RHYS REDGRAVE FOR THE DAILY ECHO", ("RHYS REDGRAVE",)),
        ("By Rhys Redgrave for The Daily Echo", ("Rhys Redgrave",)),
        (
            "By Anselm de la Fuente, Yusuf van der Brandt",
            ("Anselm de la Fuente", "Yusuf van der Brandt"),
        ),
        ("By Ana de Souza, Rio de Janeiro", ("Ana de Souza",)),  # where she filed from
        ("By Jane Roe, Chicago Tribune", ("Jane Roe",)),
    ],
)
def test_an_outlet_after_for_and_a_second_writer_with_particles(
    line: str, names: tuple[str, ...]
) -> None:
    page = f"Harbour bridge to close to cars next spring\n\n{line}\n\n" + _BODY
    assert _byline(page) == names


def test_a_byline_closing_a_time_stamp() -> None:
    for line in (
        "Mar 3, 2026 at 1:39 pm | By Lexi Marten",
        "posted on 2026-03-03 23:30 EST by Rafael Antonio Pineda",
    ):
        page = f"Harbour bridge to close to cars next spring\n\n{line}\n\n" + _BODY
        assert _byline(page) is not None and _byline(page) != (), line


def test_a_long_dated_credit_line_keeps_its_name() -> None:
    line = (
        "Janyce Moreau · Northbank Gazette · Posted: Mar 3, 2026 8:25 AM EST | "
        "Last Updated: March 4, 2026"
    )
    page = f"Harbour bridge to close to cars next spring\n\n{line}\n\n" + _BODY
    assert _byline(page) == ("Janyce Moreau",)


def test_credit_line_shapes_under_a_headline() -> None:
    cases = {
        "Review by Rick Lanford Contributor": ("Rick Lanford",),
        "May 30, 2026 / Amy Galloway": ("Amy Galloway",),
        "Phillip Maciejewski /": ("Phillip Maciejewski",),
        "Joanna Walters and Edward Helmore in New York": ("Joanna Walters", "Edward Helmore"),
        "Greyson Steelman Battle Creek Enquirer": ("Greyson Steelman",),
        "By\n\nTatiana Ryan-Mosley archive page": ("Tatiana Ryan-Mosley",),
        "By\n\nSocial Links for Dorian Vance": ("Dorian Vance",),
        "By\n\nView all posts by Marta Quell": ("Marta Quell",),
    }
    for line, names in cases.items():
        page = f"Harbour bridge to close to cars next spring\n\n{line}\n\n" + _BODY
        assert _byline(page) == names, line


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ömer Çelik", ("Ömer Çelik",)),
        ("By Émilie Dupont and Łukasz Nowak", ("Émilie Dupont", "Łukasz Nowak")),
        ("By Jiří Černý, Ana Ávila and Jane Roe", ("Jiří Černý", "Ana Ávila", "Jane Roe")),
        ("By ÖMER ÇELIK", ("ÖMER ÇELIK",)),
        ("By Ömer çelik", ()),  # a lowercase surname is not a name's, in any alphabet
    ],
)
def test_names_whose_capital_is_not_ascii_are_names(line: str, names: tuple[str, ...]) -> None:
    from wirecheck.byline import match_byline

    assert match_byline(line) == names
    if names:
        assert _byline(f"Lira slides to a record low\n\n{line}\n\n{_BODY}") == names


@pytest.mark.parametrize(
    "note",
    [
        "Editor's Note: This story contains descriptions of violence.",
        "EDITOR’S NOTE — This story was reported with the help of court records.",
        "Note to readers: Some names in this story have been changed.",
    ],
)
def test_an_editors_note_over_the_headline_is_not_the_headline(note: str) -> None:
    page = f"{note}\nHarbour guard convicted over jail death\nBy Jane Roe\n{_BODY}"
    story = parse(page, check=False)
    assert story.headline == "Harbour guard convicted over jail death"
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    # A headline that merely starts with the words is one.
    plain = "Editors note rising costs of print\n\n" + _BODY
    assert parse(plain, check=False).headline == "Editors note rising costs of print"


@pytest.mark.parametrize(
    ("above", "line", "names"),
    [
        ("", "Jean DUPONT with Marie MARTIN in Paris", ("Jean DUPONT", "Marie MARTIN")),
        ("", "By Agnès PEDRERO, with Léa DAUPLE in Paris", ("Agnès PEDRERO", "Léa DAUPLE")),
        ("Section\n", "Jean DUPONT with Marie MARTIN", ("Jean DUPONT", "Marie MARTIN")),
        # a section label over the headline, a time stamp under the credit
        (
            "World\n",
            "Anatoliy BEREZNYK with Clémence VAUTRIN in Paris\nPublished on 14 November 2024",
            ("Anatoliy BEREZNYK", "Clémence VAUTRIN"),
        ),
        ("", "Taylor Swift with Travis Kelce in Paris", None),  # a caption's words, not AFP's
    ],
)
def test_afp_writers_joined_by_with(above: str, line: str, names: tuple[str, ...] | None) -> None:
    headline = "Archives go underground as museums brace for winter"
    page = f"{above}{headline}\n{line}\n\n{_BODY}"
    assert parse(page, check=False).headline == headline
    assert _byline(page) == names


def test_a_breakingviews_column_label_is_no_dateline() -> None:
    page = (
        "Breakingviews - Harbour bank merger is a deal with no harbour\n\nBy Jane Roe\n\n"
        "LONDON, April 2 (Reuters Breakingviews) - A merger of two lenders promises savings. "
        "Investors should ask where they come from.\n\n"
        "Harbour Bank and Northgate agreed on Tuesday to combine in an all-share deal.\n"
    )
    story = parse(page, check=False)
    assert story.headline == "Harbour bank merger is a deal with no harbour"
    assert story.dateline is not None
    assert story.dateline.agencies == ("Reuters Breakingviews",)
    assert [(r.text, r.reason) for r in story.removed] == [("Breakingviews -", "headline-label")]
    assert story.body[0].startswith("A merger of two lenders")


def test_a_photo_credit_under_a_headline_is_not_a_byline() -> None:
    page = "Harbour bridge to close to cars next spring\n\nPhoto by Jane Doe\n\n" + _BODY
    assert _byline(page) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Abdullah al-Shihri and Jon Gambrell", ("Abdullah al-Shihri", "Jon Gambrell")),
        ("By Jon Gambrell and Ahmed el-Sayed", ("Jon Gambrell", "Ahmed el-Sayed")),
        ("By Valery Giscard d'Estaing", ("Valery Giscard d'Estaing",)),
        # What a page runs on after the names: its address, a reading time.
        ("By KATE FENWICK Stateline.org", ("KATE FENWICK",)),
        ("By Jane Doe3 min read", ("Jane Doe",)),
    ],
)
def test_names_past_joined_particles_addresses_and_read_times(
    line: str, names: tuple[str, ...]
) -> None:
    # AP's Middle East bylines: `al-` opens the surname, so the name ends in lower case.
    from wirecheck.byline import match_byline

    assert match_byline(line) == names


def test_byline_names_end_at_lowercase_words_roles_and_keep_initials() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("By Liz Stanton long Read") == ("Liz Stanton",)
    assert match_byline("By Nelson C.J.") == ("Nelson C.J.",)
    assert match_byline("By Sandra Kamb Data and Graphics Journalist") == ("Sandra Kamb",)
    assert match_byline("By: Carla Gomez, Jordeene B. Lagare - @outlet") == (
        "Carla Gomez",
        "Jordeene B. Lagare",
    )
    assert match_byline("By Ursula von der Leyen") == ("Ursula von der Leyen",)
    assert match_byline("By JANE DOE and JOHN ROE Associated Press Writers") == (
        "JANE DOE",
        "JOHN ROE",
    )
    assert match_byline("By HarbourLabs") == ("HarbourLabs",)  # a pen name in camel case
    assert match_byline("By Staff") == ()
    assert match_byline("By Reuters") == ()
    # An agency's writers named after it (Xinhua, AFP).
    assert match_byline("by Xinhua writers Li Ming, Wang Fang") == ("Li Ming", "Wang Fang")
    assert match_byline("By AFP correspondent Jean-Luc Martin") == ("Jean-Luc Martin",)
    assert match_byline("By CNN Staff") == ()
    # British pages set the beat and role after the name with no comma
    assert match_byline("By Tom Hale Transport correspondent") == ("Tom Hale",)
    assert match_byline("By Jane Roe Home affairs editor") == ("Jane Roe",)
    assert match_byline("By Jane West") == ("Jane West",)  # no surname is a beat
    # AFP sets the family name in capitals; a credential or an outlet's initials follow
    assert match_byline("By Jane ROE") == ("Jane ROE",)
    assert match_byline("By Jane Roe PhD") == ("Jane Roe",)
    # how to reach the writer
    assert match_byline("By Jane Roe (janeroe@example.com)") == ("Jane Roe",)
    assert match_byline("By Jane Roe and Tom Hale (@desk)") == ("Jane Roe", "Tom Hale")
    # where each writer filed from
    assert match_byline("By Jane Roe in Paris and Tom Hale in Berlin") == ("Jane Roe", "Tom Hale")
    assert match_byline("By Jane Roe, Tom Hale and Ann Lee in New York") == (
        "Jane Roe",
        "Tom Hale",
        "Ann Lee",
    )
    assert match_byline(
        "By Travis Andrews and Adam Sennet Globe Staff and Globe Correspondent"
    ) == (
        "Travis Andrews",
        "Adam Sennet",
    )


_NEXT = (
    "Share This Story\n\n"
    "More on Transport:\n\n"
    "Ferry operator orders two electric boats for the harbour route\n\n"
    "March 4, 2026 / 8:51 a.m. ET\n\n"
    "The ferry company said on Wednesday it had ordered two battery-powered boats, which "
    "will double the number of crossings once the old bridge closes to cars.\n\n"
    "The boats will be built at a yard on the south coast and delivered next year, the "
    "company's chief executive told reporters at the harbour.\n"
)


def test_an_endless_page_ends_the_article_before_the_next_ones_heading_and_stamp() -> None:
    page = "Harbour bridge to close to cars next spring\n\nBy Maria Lopez\n\n" + _BODY
    story = parse(page + "\n" + _NEXT, check=False, today=_TODAY)
    assert story.body[-1].startswith("Work on the replacement")
    assert not any("ferry company" in p for p in story.body)


def test_a_teaser_list_without_dates_inside_the_article_does_not_end_it() -> None:
    teasers = (
        "Editor's Picks\n\n"
        "Ferry operator orders two electric boats for the harbour route\n\n"
        "Maria Lopez\n\n"
    )
    paragraphs = _BODY.split("\n\n")
    page = (
        "Harbour bridge to close to cars next spring\n\nBy Maria Lopez\n\n"
        + "\n\n".join(paragraphs[:2])
        + "\n\n"
        + teasers
        + "\n\n".join(paragraphs[2:])
        + "\nThe council will publish the timetable for the closure in January, after a last "
        "round of talks with the ferry company and the traders on both banks of the river.\n\n"
        "Residents can send their views on the diversion routes to the council until the end "
        "of the month, and a public meeting is planned at the town hall in February.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1].startswith("Residents can send")


def test_a_byline_label_on_its_own_line_then_the_names() -> None:
    for label in ("By", "COMMENTARY BY", "Author:", "By —"):
        page = (
            f"Harbour bridge to close to cars next spring\n\n{label}\n\n"
            "Anneice Coady | acoady@example.com\n\n" + _BODY
        )
        assert _byline(page) == ("Anneice Coady",), label


def test_as_told_to_names_the_writer() -> None:
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "As told to Rose Minutaglio Published: Mar 09, 2026 4:13 PM EST\n\n" + _BODY
    )
    assert _byline(page) == ("Rose Minutaglio",)


def test_a_photo_description_over_its_credit_line_is_a_caption() -> None:
    paragraphs = _BODY.split("\n\n")
    page = (
        "Harbour bridge to close to cars next spring\n\nBy Maria Lopez\n\n"
        + "\n\n".join(paragraphs[:2])
        + "\n\nCyclists cross the old harbour bridge on Tuesday evening.\nGetty Images\n\n"
        + "\n\n".join(paragraphs[2:])
    )
    story = parse(page, check=False, today=_TODAY)
    assert [c.text for c in story.captions] == [
        "Cyclists cross the old harbour bridge on Tuesday evening.",
        "Getty Images",
    ]
    assert not any("Cyclists cross" in p for p in story.body)


def test_a_caption_labelled_for_screen_readers_is_no_headline() -> None:
    # Pages read a photo out as `Image caption, ...` and `Image source, ...`; under the
    # byline, the caption has a headline's shape.
    page = (
        "Harbour bridge to close to cars next spring\n\n2 hours ago\n\nMaria Lopez\n"
        "City News, Cardiff\n\nImage source, Getty Images\n"
        "Image caption, Cyclists on the old harbour bridge\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close to cars next spring"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Image source, Getty Images", "Image source, Getty Images"),
        ("Image caption, Cyclists on the old harbour bridge", None),
    ]


def test_writers_under_the_headline_with_where_they_filed_from() -> None:
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "Jane Roe in Paris and Tom Hale in Berlin\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Jane Roe", "Tom Hale")


def test_a_caption_with_its_credit_in_square_brackets_is_no_headline() -> None:
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "Cyclists cross the old harbour bridge [Jane Doe/AFP]\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close to cars next spring"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Cyclists cross the old harbour bridge [Jane Doe/AFP]", "[Jane Doe/AFP]")
    ]


def test_a_listicle_heading_over_a_photo_credit_stays_in_the_body() -> None:
    paragraphs = _BODY.split("\n\n")
    page = (
        "Harbour bridge to close to cars next spring\n\nBy Maria Lopez\n\n"
        + "\n\n".join(paragraphs[:2])
        + "\n\nThe North Bank Traders\nGetty Images\n\n"
        + "\n\n".join(paragraphs[2:])
    )
    story = parse(page, check=False, today=_TODAY)
    assert "The North Bank Traders" in story.body


def test_a_ranking_whose_entries_repeat_their_fields_is_kept_whole() -> None:
    boats = ["Harbour Star", "North Wind", "Grey Heron", "Saltmarsh", "Lantern", "Tern"]
    entries = []
    for n, boat in enumerate(boats, 1):
        entries.append(
            f"{n}. {boat}, ferry, built {1990 + n}\n\nRecord: {20 + n} crossings a day\n"
            f"Next refit: TBA\nPrevious ranking: No. {n + 1}\n\n"
            f"The {boat} has carried commuters across the harbour for years, and its crew "
            f"says it will keep running until the new boats arrive in the spring, when the "
            f"council plans to sell it to a museum or to a private owner on the coast.\n"
        )
    page = (
        "The harbour's ferries, ranked\n\nBy Maria Lopez\n\n"
        "With the bridge closing to cars, the ferries will carry most of the traffic "
        "across the harbour next year, so we ranked the fleet from best to worst.\n\n"
        "We rode every boat twice at rush hour, timed the crossings, counted the seats and "
        "asked the crews and the regular passengers what they would change if they could, "
        "from the coffee on board to the way the gangways are run at the north pier.\n\n"
        + "\n".join(entries)
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.body[-1].startswith("The Tern has carried")
    assert sum(p == "Next refit: TBA" for p in story.body) == len(boats)


def test_a_photo_description_between_headline_and_byline_is_not_the_headline() -> None:
    from wirecheck import headline
    from wirecheck.classify import classify
    from wirecheck.segment import segment

    lines = [
        "Closure news from the north bank | The Northbank Gazette",
        "",
        "Local",
        "",
        "Harbour bridge to shut to cars",
        "",
        "Cyclists cross the old bridge at dusk. For them, the closure is good news.",
        "",
        "Getty Images",
        "",
        "By Maria Lopez",
        "",
        *_BODY.splitlines(),
    ]
    units = segment(lines)
    feats = classify(units)
    body_start = next(i for i, u in enumerate(units) if u.text.startswith("The city council"))
    head = headline.choose(units, feats, body_start)
    assert head is not None and units[head].text == "Harbour bridge to shut to cars"


def test_bylines_in_german_spanish_french_and_dutch_copy() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("Von Jane Doe, dpa") == ("Jane Doe",)
    assert match_byline("Por Juan Pérez") == ("Juan Pérez",)
    assert match_byline("Par Marie-Claire Dubois, AFP") == ("Marie-Claire Dubois",)
    assert match_byline("Door Jan de Vries") == ("Jan de Vries",)
    # AFP's family name in capitals vouches for a given name no census lists
    assert match_byline("Par Julien MARCHAND") == ("Julien MARCHAND",)
    assert match_byline("Par Anaëlle LECLERC, AFP") == ("Anaëlle LECLERC",)
    # The same words open sentences.
    assert match_byline("Por La Cultura") is None
    assert match_byline("Par ailleurs, le gouvernement a annoncé") is None


def test_bylines_in_italian_copy() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("di Marco Rossi") == ("Marco Rossi",)
    assert match_byline("Di Giulia Bianchi, ANSA") == ("Giulia Bianchi",)
    assert match_byline("Di Maio attacca il governo") is None  # a politician's name


def test_a_short_first_line_over_a_dek_and_a_byline_is_the_headline() -> None:
    story = (
        "Bridge to close\n\n"
        "The council voted to shut the old span to cars from spring.\n\n"
        "By Jane Doe\n\n"
        "PORTLAND, Maine (AP) — The city council voted on Tuesday to close the old harbour "
        "bridge to cars from next spring, ending a decade of argument over the span.\n\n"
        "Repairs would have cost more than a new bridge, the engineers said.\n"
    )
    parsed = parse(story, check=False, today=_TODAY)
    assert parsed.headline == "Bridge to close"
    assert [r.reason for r in parsed.removed] == ["standfirst"]


def test_labels_and_breadcrumbs_on_the_first_line_are_not_the_headline() -> None:
    for top in (
        "Home > News > Local News",
        "News / Local / Transport",
        "WORLD NEWS",
        "Breaking News Alert",
        "https://example.com/news/bridge-to-close",
    ):
        page = f"{top}\n\nHarbour bridge to close to cars\n\n" + _BODY
        assert _headline(page) == "Harbour bridge to close to cars", top


def test_a_dated_bare_name_needs_no_known_given_name() -> None:
    from wirecheck.byline import looks_like_name_line

    assert looks_like_name_line("Doric Sam December 20, 2026") == ("Doric Sam",)
    assert looks_like_name_line("Doric Sam") is None  # undated: no known given name
    # a job title beside a census name vouches for the names beside it
    assert looks_like_name_line("Tom Hale Transport correspondent and Priya Nandakumar") == (
        "Tom Hale",
        "Priya Nandakumar",
    )
    # no job title, and a given name no list knows: no vouching for the second name
    assert looks_like_name_line("Tom Hale and Qorvath Nandakumar") is None


def test_the_byline_sits_under_the_printed_heading_when_the_title_line_repeats_it() -> None:
    # The page's <title> line is the headline; the byline is under its repeat over the
    # article, past the menus (an invented page).
    menus = "".join(f"{item}\n\n" for item in ("News", "Sport", "Travel", "Health", "Others"))
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        + menus
        + "Home / News\n\nHarbour bridge to close to cars next spring\n\n"
        + "Oyelaran Adebayo\n\nMarch 3, 2026\n\n"
        + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close to cars next spring"
    assert story.byline is not None and story.byline.names == ("Oyelaran Adebayo",)
    # Labels under the printed heading stay labels.
    labelled = page.replace("Oyelaran Adebayo", "Ukraine War")
    assert _byline(labelled) is None


def test_a_stamp_vouches_for_names_no_census_lists() -> None:
    from wirecheck.byline import name_under_headline

    # A given name the dictionary knows only as a name, or a word surname after a given
    # name no dictionary lists: bylines when a date goes with them.
    assert name_under_headline("Aug 12, 2026 / Qorvath Sieg") == ("Qorvath Sieg",)
    assert name_under_headline("Qorvath Wells", dated=True) == ("Qorvath Wells",)
    assert name_under_headline("Qorvath Wells") is None
    # Given names of the lists (German, British) need no date.
    assert name_under_headline("Klaus Sieg") == ("Klaus Sieg",)
    assert name_under_headline("Callum Wells") == ("Callum Wells",)
    # A date does not make labels into names.
    for label in ("Ukraine War", "Save Article", "Brexit Latest", "Courtesy Bijou Karman"):
        assert name_under_headline(label, dated=True) is None, label
    page = "Harbour bridge to close to cars next spring\n\nCallum Wells\n\n"
    page += "Published: 11:25, 3 Mar 2026\n\n" + _BODY
    assert _byline(page) == ("Callum Wells",)


def test_family_name_first_bylines() -> None:
    """Chinese, Korean and Vietnamese writers put the family name first, where no census
    of given names looks: a common family name then a given name no everyday word vouches
    for the line, and a stamp under it vouches for the rest (`Wang Fang`)."""
    from wirecheck.byline import name_under_headline

    assert name_under_headline("Tan Wei Ling") == ("Tan Wei Ling",)
    assert name_under_headline("Wang Fang") is None
    assert name_under_headline("Wang Fang", dated=True) == ("Wang Fang",)
    assert name_under_headline("Nguyen Van An", dated=True) == ("Nguyen Van An",)
    for label in ("Park Avenue", "Lam Research", "Tan Lines", "Pan Pizza"):
        assert name_under_headline(label) is None, label
    page = "Harbour bridge to close to cars next spring\n\nTan Wei Ling\n\n"
    page += "Nov 30, 2026, 01:15 PM\n\n" + _BODY
    assert _byline(page) == ("Tan Wei Ling",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the paper's name run on after the writer's, with no comma
        ("By Jeffrey Fleming Los Angeles Times", ("Jeffrey Fleming",)),
        ("By Jane Roe and John Doe Chicago Tribune", ("Jane Roe", "John Doe")),
        # names of three and four words are whole names
        ("By Mary Ann Smith", ("Mary Ann Smith",)),
        ("By Rosa Maria Gomez Perez", ("Rosa Maria Gomez Perez",)),
    ],
)
def test_a_papers_name_after_the_writers_is_no_part_of_it(
    line: str, names: tuple[str, ...]
) -> None:
    from wirecheck.byline import match_byline

    assert match_byline(line) == names


def test_byline_shapes_of_essays_bios_and_outlets() -> None:
    from wirecheck.byline import looks_like_name_line, match_byline

    # A first-person essay: the teller is the subject, the writer has the byline.
    assert looks_like_name_line("Amie Mock as told to Jane Roe") == ("Jane Roe",)
    # The outlet after the name needs no list entry when its last word is an outlet's.
    assert looks_like_name_line("Jonathan Wasserman, Bleacher Report") == ("Jonathan Wasserman",)
    assert looks_like_name_line("Jane Doe, Lighter Side") is None
    # A byline run on into the writer's biography keeps just the name.
    bio = (
        "By Maria Lopez, who covers transport for the paper. Lopez has written about "
        "bridges, ferries, bus lanes and the harbour authority's budget for ten years, "
        "and before that reported from the statehouse."
    )
    assert match_byline(bio) == ("Maria Lopez",)
    sentence = (
        "By Christmas Eve, the city had run out of salt and the roads were closed across "
        "the whole of the county, officials said on Tuesday, adding more snow was due."
    )
    assert match_byline(sentence) is None
    # A first name that is also a word (amrita) passes on a last name that is only a name;
    # a day, month or holiday is no such name.
    tail = ", one of the authors of a newsletter on ports. She has covered shipping for years."
    assert match_byline(f"By Amrita Khalid{tail}") == ("Amrita Khalid",)
    for time_words in ("Last Friday", "Early March", "Noon Tuesday"):
        assert match_byline(f"By {time_words}, the ferries had stopped running {tail}") is None


def test_a_name_in_a_topic_menu_above_the_headline_is_not_the_byline() -> None:
    topics = "".join(f"{t}\n\n" for t in ("Harbour Strike", "Election Night", "Maria Lopez"))
    page = (
        "Harbour bridge to close to cars next spring - The Northbank Gazette\n\nTrending\n\n"
        + topics
        + topics
        + "Harbour bridge to close to cars next spring\n\n"
        + _BODY
    )
    assert _headline(page) == "Harbour bridge to close to cars next spring"
    assert _byline(page) is None
    # The same name alone above the headline is the byline.
    assert _byline("Maria Lopez\n\nHarbour bridge to close to cars next spring\n\n" + _BODY) == (
        "Maria Lopez",
    )


def test_a_job_title_under_a_bare_name_makes_it_the_byline() -> None:
    from wirecheck.byline import role_line

    assert role_line("NFL Analyst") and role_line("Senior Political Writer")
    assert not role_line("Harbour Analyst Says Bridge Must Close Now Or Never")
    assert not role_line("Share")
    page = (
        "Harbour bridge to close to cars next spring\n\nPublished March 3, 2026 5:02 p.m.\n\n"
        "share\n\nfacebook x reddit link\n\nBucky Okonjo\n\nTransport Analyst\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None
    assert story.byline.names == ("Bucky Okonjo",)
    assert story.byline.raw == "Bucky Okonjo Transport Analyst"
    assert story.body[0].startswith("The city council voted")
    # Without the job title, the name is still the first thing under the headline: the
    # time stamp and the share bar between are the page's widgets.
    assert _byline(page.replace("Transport Analyst\n\n", "")) == ("Bucky Okonjo",)
    # Lines of content between (a topic menu) put it out of reach.
    menu = "Transport\n\nCouncil\n\nHarbour Plans\n\n"
    assert _byline(page.replace("Transport Analyst\n\n", "").replace("share\n\n", menu)) is None


def test_a_writer_line_under_a_bare_name_below_the_page_widgets() -> None:
    from wirecheck.byline import writer_line

    assert writer_line("Political correspondent") and writer_line("BBC Wales political editor")
    assert writer_line("BBC News, Cardiff") and writer_line("NFL Analyst")
    assert not writer_line("Wales")  # a place alone: no outlet, no job
    assert not writer_line("The council said on Tuesday it would appoint an editor")
    assert not writer_line("Councillors, Cardiff and the port")
    page = (
        "Harbour bridge to close to cars next spring\n\n3 hours ago\nShare\nSave\n"
        "Tomos Pritchard\nBBC News, Cardiff\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None
    assert story.byline.names == ("Tomos Pritchard",)
    assert story.byline.raw == "Tomos Pritchard BBC News, Cardiff"
    assert story.body[0].startswith("The city council voted")
    assert [r.text for r in story.removed] == ["3 hours ago", "Share", "Save"]
    for job in ("Political correspondent", "BBC Wales political editor"):
        story = parse(page.replace("BBC News, Cardiff", job), check=False, today=_TODAY)
        assert story.byline is not None and story.byline.raw == f"Tomos Pritchard {job}"


def test_a_desk_after_the_role_and_a_teasers_age_above_the_headline() -> None:
    from wirecheck.byline import looks_like_name_line

    line = "Nate Okafor, General Editor, F1 Mar 3, 2026, 05:30 PM"
    assert looks_like_name_line(line) == ("Nate Okafor",)
    assert looks_like_name_line("Jane Doe, F1") is None  # no role: `F1` vouches for nothing
    # A teaser for another story (its age, its writer) just above the headline.
    page = (
        "Harbour bridge to close to cars next spring - The Northbank Gazette\n\n"
        "Ferry fares to rise in May\n\n5d Nate Okafor\n\n"
        "Grand prix moves to a night race\n\n35d Maria Lopez\n\n"
        "Harbour bridge to close to cars next spring\n\n" + line + "\n\n" + _BODY
    )
    assert _headline(page) == "Harbour bridge to close to cars next spring"
    assert _byline(page) == ("Nate Okafor",)
    assert _byline(page.replace(line + "\n\n", "")) is None


def test_a_pen_name_before_an_ordinal_date() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("by MrQuillWorks, Mar 3rd 2026") == ("MrQuillWorks",)
    assert match_byline("By Jane Doe, March 3rd, 2026") == ("Jane Doe",)


def test_a_by_line_over_a_column_name_and_blurb_above_the_headline() -> None:
    page = (
        "Harbour bridge to close to cars next spring | Northbank Gazette\n\nHome\n\nLocal\n\n"
        "Harbour Watch\n\nBy Maria Lopez, Contributing Editor, Northbank Gazette |\n\nAbout |\n\n"
        "A weekly look at the boats, bridges and budgets that keep the harbour running.\n\n"
        "Harbour Watch\n\nHarbour bridge to close to cars next spring\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close to cars next spring"
    assert story.byline is not None and story.byline.names == ("Maria Lopez",)
    # A bare name that far up is not trusted.
    assert _byline(page.replace("By Maria Lopez, Contributing Editor, ", "Maria Lopez, ")) is None


def test_a_bare_by_three_units_into_the_body_is_still_the_byline() -> None:
    page = (
        "Harbour bridge to close to cars next spring\n\n"
        "Posing for a photo at the harbour bridge on Tuesday, March 3, 2026, before the vote "
        "that will close it to cars from next spring, councillors and engineers smiled\n\n"
        "Subscribers can gift articles to anyone\n\nBy\n\n"
        "Maria Lopez | The Northbank Gazette\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("Maria Lopez",)
    assert not any(p in ("By", "Maria Lopez | The Northbank Gazette") for p in story.body)


def test_a_long_dek_without_a_full_stop_gives_way_to_the_short_headline_above() -> None:
    # The page's title line is the dek's start, so the dek scores best; a dek of twenty
    # words or more is a summary even without a full stop, and the headline is above it.
    dek = (
        "A ghostly current rooted in a century-old harbour mystery could explain why the "
        "bridge piers keep sinking—if only engineers could pin it down"
    )
    page = (
        "A ghostly current rooted in a century-old harbour mystery could explain why the "
        "bridge piers keep sinking | Science | Gazette\n\nAdvertisement\n\nScience News\n\n"
        "News Features\n\nThe harbour phantom\n\n" + dek + "\n\n3 Mar 2026\n\n"
        "By Maria Lopez\n\n" + _BODY
    )
    assert _headline(page) == "The harbour phantom"
    # A section label above the dek is not a headline, however long the dek.
    assert _headline(page.replace("The harbour phantom\n\n", "")) == dek


def test_a_pasted_headline_that_is_a_question_or_in_title_case_is_not_the_lede() -> None:
    for head in (
        "Will the Harbour Bridge Ever Reopen?",
        "Council Shuts Harbour Bridge to Cars After Decade of Argument",
        "Why is the harbour bridge closing to cars?",
    ):
        story = parse(f"{head}\n\n{_BODY}", check=False, today=_TODAY)
        assert story.headline == head, head
        assert story.body[0].startswith("The city council voted"), head
    # Without a headline, a plain sentence opening the copy is its lede.
    lede = "The council has closed the harbour bridge to cars."
    story = parse(f"{lede}\n\n{_BODY}", check=False, today=_TODAY)
    assert story.headline is None
    assert story.body[0] == lede


def test_a_subheading_repeating_the_headline_words_is_not_the_pages_h1() -> None:
    # Pasted copy: the headline, four paragraphs, then a subheading that repeats its words
    # over the longer part of the story. A page's h1 under its <title> line has chrome
    # above it, not paragraphs: the story starts under the headline.
    steps = "".join(
        f"Step {n}: the council's engineers will survey pier number {n} and publish what "
        "they find, so that cyclists and the ferry company can plan for the works.\n\n"
        for n in range(1, 9)
    )
    story_text = (
        "How to Keep the Harbour Bridge Open to Cyclists\n\n"
        + _BODY
        + "\nHow to Keep the Harbour Bridge Open to Cyclists: Step by Step\n\n"
        + steps
    )
    story = parse(story_text, check=False, today=_TODAY)
    assert story.headline == "How to Keep the Harbour Bridge Open to Cyclists"
    # Four paragraphs, the subheading (kept in the body, as subheadings are), eight steps.
    assert len(story.body) == 4 + 1 + 8
    assert story.body[2].startswith("Shop owners on the north bank")


def test_a_pasted_headline_beats_a_dek_that_repeats_its_words() -> None:
    page = (
        "Zoo asks talk-show host to reveal who fathered its baby orangutan\n\n"
        "The paternity of a baby orangutan born at the city zoo was revealed by a "
        "talk-show host, the zoo said.\n\n" + _BODY
    )
    assert _headline(page) == "Zoo asks talk-show host to reveal who fathered its baby orangutan"


def test_a_pasted_headline_without_a_function_word_beats_its_dek() -> None:
    # No `the`, `of`, `to`... in the headline: it still reads as one at the top of pasted
    # copy, over a dek that shares its names.
    page = (
        "Veteran Snake Actor Jack Moreno Finally Plays Dragon Gate Saga V\n\n"
        "Longtime Snake performer Jack Moreno was famously replaced in the series' fifth "
        "game\n\n" + _BODY
    )
    assert _headline(page) == "Veteran Snake Actor Jack Moreno Finally Plays Dragon Gate Saga V"
    # A short line without one stays a label: `Harbour Ferries Weekly` over a headline.
    labelled = (
        "Harbour Ferries Weekly\n\nZoo asks talk-show host to reveal who fathered its "
        "baby orangutan\n\n" + _BODY
    )
    assert _headline(labelled) == (
        "Zoo asks talk-show host to reveal who fathered its baby orangutan"
    )


def test_updated_opening_a_feature_line_is_no_time_stamp() -> None:
    from wirecheck.headline import DATE_LINE_RE

    for stamp in (
        "Updated",
        "Updated Dec. 3",
        "Updated 2 hours ago",
        "Published: 11:25, 3 Mar 2026",
    ):
        assert DATE_LINE_RE.search(stamp), stamp
    for line in ("Updated wide camera with better low-light photos", "Posted guards at the gate"):
        assert not DATE_LINE_RE.search(line), line


_LISTICLE = (
    "Every Harbour Ferry, Ranked\n\n"
    "The harbour has run ferries since 1890, and each new boat has promised a faster, "
    "drier crossing than the last one, with mixed results for the passengers.\n\n"
    "The Mary Rose\n\n"
    "The oldest boat still in service, the Mary Rose crosses in twelve minutes when the "
    "tide is with her and in twenty when it is not.\n\n"
    "Seating\n\nWooden benches\n\nOpen upper deck\n\nHeated cabin for 40\n\n"
    "Engines\n\nTwin diesels\n\n"
    "The Northbank\n\n"
    "Built in 2009 for the commuter run, the Northbank carries bicycles and is the only "
    "boat on the harbour with a ramp for wheelchairs at both doors.\n\n"
    "Seating\n\nPadded seats\n\nBicycle racks for 30\n\n"
    "Engines\n\nHybrid drive\n"
)


def test_copy_with_no_site_chrome_keeps_its_lists_and_labels_to_the_end() -> None:
    story = parse(_LISTICLE, check=False, today=_TODAY)
    assert story.headline == "Every Harbour Ferry, Ranked"
    assert story.body[-1] == "Hybrid drive"
    assert "Heated cabin for 40" in story.body
    assert story.body.count("Seating") == 2  # a repeated label is the list's, not a menu's
    # The same lists on a page with chrome around them are judged as a page's.
    page = "Skip to content\n\nMost Popular\n\n" + _LISTICLE + "\nFollow us on Twitter\n"
    assert parse(page, check=False, today=_TODAY).body.count("Seating") < 2


def test_a_dash_in_a_pasted_headline_is_not_a_site_suffix() -> None:
    from wirecheck.headline import split_site_suffix

    assert split_site_suffix("Council shuts bridge | The Northbank Gazette") == (
        "Council shuts bridge",
        "The Northbank Gazette",
    )
    assert split_site_suffix("Council shuts bridge - northbank.com") == (
        "Council shuts bridge",
        "northbank.com",
    )
    assert split_site_suffix("Council shuts bridge - BBC NEWS") == (
        "Council shuts bridge",
        "BBC NEWS",
    )
    for headline in (
        "THE FERRY REVIEW - SLOW, DAMP, STRANGELY CHARMING",
        "THERE'S A POTHOLE ON EVERY BRIDGE — HERE'S HOW TO REPORT IT",
        "The Bridge Is Closing — What's a Cyclist to Do?",
        "There's a pothole on every bridge — here's how to report it",
        "The ferry review - slow, damp, strangely charming",
    ):
        assert split_site_suffix(headline) is None, headline
        assert _headline(f"{headline}\n\n{_BODY}") == headline


def test_a_sentence_case_headline_over_a_longer_dek_and_a_bare_byline() -> None:
    # British pages: the dek, a sentence without its full stop, sits between the headline
    # and the byline; the heading above it is no menu, being in sentence case.
    page = (
        "Skip to content\nHome\nNews\nSport\n\n"
        "Harbour bridge to close to cars next spring\n\n"
        "Residents say the closure will cut the old town off\n\n"
        "Tom Hale Transport correspondent\nSun 29 Nov 2026 10.05 GMT\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour bridge to close to cars next spring"
    assert story.byline is not None and story.byline.names == ("Tom Hale",)
    # a heading in Title Case over the same dek keeps to the stricter rule: menus are so set
    menu = page.replace("Harbour bridge to close to cars next spring", "News Sport Weather Travel")
    assert parse(menu, check=False, today=_TODAY).headline != "News Sport Weather Travel"


def test_a_question_headline_over_a_short_dek() -> None:
    text = (
        "How Long Will the Harbour Bridge Stay Shut?\n\n"
        "Does a closed bridge mean a closed town?\n\n" + _BODY
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "How Long Will the Harbour Bridge Stay Shut?"


def test_an_editorial_board_names_no_person() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("By Northbank Gazette Editorial Board | Northbank Gazette") == ()
    assert match_byline("By The Editorial Board") == ()
    assert match_byline("By Jane Doe and John Roe Globe Staff") == ("Jane Doe", "John Roe")


def test_a_clean_storys_dateline_is_found_above_a_long_list() -> None:
    bullets = "".join(f"Pier {n} needs new bearings\n" for n in range(1, 13))
    text = (
        "Harbour bridge to close to cars next spring\n\nBy Jane Doe\nAssociated Press Writer\n\n"
        "PORTLAND, Maine (AP) — The council published its engineers' list of repairs.\n\n"
        + bullets
        + "\n"
        + _BODY
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.dateline is not None and story.dateline.raw == "PORTLAND, Maine (AP) —"
    assert story.body[0] == "The council published its engineers' list of repairs."
    assert story.byline is not None and story.byline.names == ("Jane Doe",)


def test_a_hard_wrapped_story_keeps_its_capitals_headline() -> None:
    body = (
        "   The city council voted on Tuesday to close the old harbour bridge\n"
        "to cars from next spring, ending a decade of argument over the span.\n"
        "   Repairs would have cost more than a new bridge, the council's\n"
        "engineers said in a report published last month.\n"
    )
    for head in (
        "COUNCIL VOTES TO CLOSE THE HARBOUR BRIDGE",
        "IT'S THE END OF THE ROAD — WHAT NOW?",
    ):
        story = parse(
            f"{head}\n\nWhy the harbour bridge is closing to cars next spring\n\n{body}",
            check=False,
            today=_TODAY,
        )
        assert story.headline == head, head
        assert story.dateline is None, head


_HEAD = "Harbour bridge to close to cars next spring"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # `(video)`, `[Watch]`, `| Editorial` say what the item is; like a site's name
        # they go to `removed`, so the line is held by both and no word is lost.
        *(
            (f"{_HEAD} {label}", label)
            for label in ("(video)", "[Watch]", "| Editorial", "(PHOTOS)")
        ),
        # Yonhap's `(LEAD)` / `(2nd LD)` and Reuters' `UPDATE 2-` / `RPT-` mark a version
        # of the story, not its news.
        *((f"{mark} {_HEAD}", mark) for mark in ("(LEAD)", "(2nd LD)", "(URGENT)")),
        # Yonhap's kind of story after its name: `(Yonhap Interview)`, `(News Focus)`
        *((f"{mark} {_HEAD}", mark) for mark in ("(Yonhap Interview)", "(News Focus)")),
        # a clipping's field label: `Title:`, Malay `Tajuk Artikel:`
        *((f"{mark} {_HEAD}", mark) for mark in ("Title:", "Tajuk Artikel:")),
        *(
            (f"{mark}{_HEAD}", mark)
            for mark in ("UPDATE 2-", "RPT-", "CORRECTED-UPDATE 1-", "EMBARGOED-")
        ),
        # and the kind of story, after a version mark or alone
        *((f"{mark}{_HEAD}", mark) for mark in ("EXCLUSIVE-", "UPDATE 1-ANALYSIS-", "WRAPUP 2-")),
    ],
)
def test_a_label_on_the_headline_is_split_off_and_kept(line: str, label: str) -> None:
    story = parse(f"{line}\n\n" + _BODY, check=False, today=date(2026, 11, 29))
    assert story.headline == _HEAD
    assert [(r.line, r.text, r.reason) for r in story.removed] == [(1, label, "headline-label")]
    assert line_places(story)[1] == ["headline", "removed:headline-label"]


def test_what_is_not_a_headline_label() -> None:
    from wirecheck.headline import split_label

    # A label is never the whole headline, a word in brackets mid-headline stays, and a
    # version mark is in capitals only.
    assert split_label("Watch (video)") is None
    assert split_label("The (video) game that ate the harbour") is None
    assert split_label("Update: harbour bridge to close next spring") is None
    assert split_label("(LEAD) Bridge closes") is None
    # a bracket of words opening a headline names no kind of story
    assert split_label("(Not a Label) Harbour bridge to close next spring") is None
    assert split_label("Title IX: schools face new rules on harbour sports") is None
    # a topic slug is the agency's headline; a compound of places is no label
    assert split_label("GLOBAL MARKETS-Stocks edge higher on Monday") is None
    assert split_label("US-China trade talks resume next week") is None


def test_a_name_is_the_headline_of_a_page_titled_with_it() -> None:
    # An event or profile page: `<title>` is the person's name, printed again over the
    # text; a section label sits right above the body. A bare name is no headline
    # elsewhere, but here the page title vouches for it, even at two words.
    page = (
        "Dorian Vance | The Northbank Gazette\n\nLoading...\n\nEvents\n\nDorian Vance\n\n"
        "Saturday March 14, 2026 10:00 PM\nTickets: $40\n\nABOUT THE SHOW\n" + _BODY
    )
    assert _headline(page) == "Dorian Vance"


def test_a_share_button_naming_the_story_picks_the_headline_over_a_dek() -> None:
    # The page title rewords the dek more than the headline; the share button names the
    # headline.
    top = (
        "Get a rare look at how the harbour ferries are rebuilt - Northbank Gazette\n\n"
        "Skip to main content\n\nNews\nTransport\nSport\n\n"
        "Ferry yard film shows the welders behind the harbour's new boats\n\n"
        "A rare look at how your favourite ferry gets rebuilt\n\n"
        "By Lena Ortiz Dec 20, 2026, 4:45pm EST\n\n"
        "Share this story\n\n"
    )
    shared = (
        "Share All sharing options for: "
        "Ferry yard film shows the welders behind the harbour's new boats\n\n"
    )
    assert _headline(top + shared + _BODY) == (
        "Ferry yard film shows the welders behind the harbour's new boats"
    )
    # A `Related:` line naming a heading is no share button: it changes nothing.
    related = "Related: A rare look at how your favourite ferry gets rebuilt\n\n"
    assert _headline(top + related + _BODY) == _headline(top + _BODY)


def test_a_caption_sentence_or_an_outlets_initials_name_no_one() -> None:
    from wirecheck.byline import looks_like_name_line, name_under_headline

    caption = "Jane Doe on the set of The Harbour Keepers. (Owen Petrakis)"
    assert looks_like_name_line(caption) is None
    assert looks_like_name_line("Jane Doe for The Northbank Gazette") == ("Jane Doe",)
    stamp = "NBG Arts · Posted: Dec 20, 2026 10:27 AM EST"
    assert name_under_headline(stamp) is None
    assert name_under_headline(stamp, dated=True) is None
    assert name_under_headline("JJ Okafor", dated=True) == ("JJ Okafor",)  # initials


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By BelÃ©n MuÃ±oz", ("Belén Muñoz",)),  # UTF-8 read as Windows-1252
        ("By Samantha O&rsquo;Connor", ("Samantha O’Connor",)),  # a reference written out
        ("By Sa\u00admantha O\u2019Con\u200bnor", ("Samantha O’Connor",)),  # invisible
        ("By Bel\ufffdn Mu\ufffdoz", ("Bel\ufffdn Mu\ufffdoz",)),  # lost letters stay lost
    ],
)
def test_damage_to_a_bylines_letters_does_not_lose_its_names(
    line: str, names: tuple[str, ...]
) -> None:
    from wirecheck.byline import match_byline

    assert match_byline(line) == names


KICKER_HEADLINE_DEK = """\
Markets

Chile's Central Bank Holds Rates as Copper Prices Slide Again

Peso little changed after decision in line with forecasts

By Marta Quelhas

(Bloomberg) -- Chile's central bank held interest rates steady as falling copper prices
clouded the outlook for exports.

Policymakers said inflation was on track to reach the target next year.
"""


def test_a_title_case_headline_over_its_dek_is_the_headline() -> None:
    # The dek sits right over the byline and has no full stop; the heading over it is the
    # one the lede tells (central bank, rates, copper, prices).
    story = parse(KICKER_HEADLINE_DEK, check=False)
    assert story.headline == "Chile's Central Bank Holds Rates as Copper Prices Slide Again"


def test_a_teaser_over_the_headline_does_not_take_its_place() -> None:
    # A Title Case line that shares little with the lede stays out of the headline.
    text = KICKER_HEADLINE_DEK.replace(
        "Chile's Central Bank Holds Rates as Copper Prices Slide Again",
        "Ten Things to Know Before Markets Open on Tuesday Morning",
    ).replace(
        "Peso little changed after decision in line with forecasts",
        "Chile's central bank holds rates as copper prices slide",
    )
    story = parse(text, check=False)
    assert story.headline == "Chile's central bank holds rates as copper prices slide"


@pytest.mark.parametrize("source", ["Roscosmos", "Peskov"])
def test_a_headline_ending_in_who_said_it_keeps_it(source: str) -> None:
    # TASS ends headlines with their source after a dash; the lede quotes it.
    text = (
        f"Russia to launch new weather satellite in December — {source}\n\n"
        "MOSCOW, November 29. /TASS/. Russia will launch a new weather satellite from the "
        f"Vostochny space center in December, the {source} press service said on Sunday.\n\n"
        "The launch is planned for December 20.\n"
    )
    story = parse(text, check=False)
    assert story.headline == f"Russia to launch new weather satellite in December — {source}"
    assert story.removed == ()


def test_a_site_name_after_a_dash_is_still_split_off() -> None:
    text = (
        "Council shuts bridge for repairs — Northbank Gazette\n\n"
        "NORTHBANK (AP) — The council shut the old bridge on Friday for repairs that will "
        "take a month, the mayor said.\n\n"
        "Ferries will run in the meantime.\n"
    )
    story = parse(text, check=False)
    assert story.headline == "Council shuts bridge for repairs"
    assert [r.reason for r in story.removed] == ["site-name"]


@pytest.mark.parametrize(
    "note",
    [
        "CORRECTION: An earlier version of this story misstated the number of homes "
        "evacuated. It was 1,400, not 14,000.",
        "UPDATE: Evacuation orders were lifted for two towns on Sunday evening.",
        "This story has been updated with the latest evacuation figures.",
        "Clarification: The fire started on private land, not in the national forest.",
    ],
)
def test_a_correction_or_update_note_over_the_headline_is_not_the_headline(note: str) -> None:
    text = (
        f"{note}\n\n"
        "Wildfire forces evacuation west of Denver\n\n"
        "By Lucas Ferrante\n\n"
        "DENVER (AP) — A wildfire forced about 1,400 homes to evacuate on Sunday, officials "
        "said.\n\n"
        "No injuries had been reported by Sunday night.\n"
    )
    story = parse(text, check=False)
    assert story.headline == "Wildfire forces evacuation west of Denver"
    assert story.byline is not None and story.byline.names == ("Lucas Ferrante",)


def test_an_update_label_opening_a_headline_keeps_it() -> None:
    text = (
        "UPDATE: Police name victim in harbour crash\n\n"
        "By Jane Roe\n\n"
        "Police on Monday named the man who died in a crash at the harbour on Sunday.\n\n"
        "He was 34.\n"
    )
    assert parse(text, check=False).headline == "UPDATE: Police name victim in harbour crash"


_ELECTION_HEAD = "Opposition claims victory in tight regional election"


@pytest.mark.parametrize(
    "top",
    [
        # a dek as long as the headline, with no full stop, right over the byline
        f"National\n\n{_ELECTION_HEAD}\n\nOfficial results are not expected until Monday\n\n"
        "By Kirra Blackwood\n",
        # a photo's caption closing on its credit, whatever the photographer's name
        f"{_ELECTION_HEAD}\n\nShare\n\nVoters queue outside a school in Harrow Vale. "
        "(Tamsin Castellano/The Ledger)\n\nBy Kirra Blackwood\n",
        # a page's labels beside the byline
        f"National\n\n{_ELECTION_HEAD}\n\nNovember 12, 2026 at 4:15 p.m. EST\n\n"
        "Heard on Morning Edition\nBy Kirra Blackwood\n",
        f"Live\n\n{_ELECTION_HEAD}\n\n2 days ago\n\nCopy link\nLink copied!\n\n"
        "By Kirra Blackwood\n",
        f"Advertisement\n\n{_ELECTION_HEAD}\n\nBy Kirra Blackwood\nReporting from Harrow Vale\n",
    ],
)
def test_a_dek_a_caption_or_a_label_near_the_byline_is_not_the_headline(top: str) -> None:
    page = top + (
        "\nThe main opposition party claimed victory in a closely fought regional election on "
        "Sunday, though official results were not expected for at least two days.\n\n"
        "With about 70% of votes counted, the party had 41.2% against 38.7% for the "
        "governing coalition.\n"
    )
    story = parse(page, check=False)
    assert story.headline == _ELECTION_HEAD
    assert story.byline is not None and story.byline.names == ("Kirra Blackwood",)
    assert story.body[0].startswith("The main opposition party")


def test_a_headline_broken_over_two_lines_is_one_headline() -> None:
    # Narrow copy (a PDF column, a mail client) breaks a long headline; its second line
    # opens with a preposition in lower case, and no line of it ends as a sentence does.
    text = (
        "Tea farmers in Yunnan turn\nto live-streaming to sell harvest\n\n"
        "KUNMING, Nov. 3 (Xinhua) -- Tea farmers in Yunnan are selling more of their "
        "harvest online.\n\nMore than 300 farmers have taken training courses.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Tea farmers in Yunnan turn to live-streaming to sell harvest"
    assert (story.headline_line, story.headline_end_line) == (1, 2)
    # A kicker over a headline, or a headline over a lede, stays apart.
    kicker = text.replace("Tea farmers in Yunnan turn\nto", "Tea farmers in Yunnan turn\n\nTo")
    assert parse(kicker, check=False, today=_TODAY).headline != story.headline


def test_a_reuters_brief_label_is_split_off_the_headline() -> None:
    text = (
        "BRIEF-Glenmoor Payments quarterly profit beats estimates\n\n"
        "May 13 (Reuters) - Glenmoor Payments Inc reported first-quarter profit above "
        "estimates on Wednesday.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Glenmoor Payments quarterly profit beats estimates"
    assert ("BRIEF-", "headline-label") in [(r.text, r.reason) for r in story.removed]


@pytest.mark.parametrize(
    ("name_line", "names"),
    [
        ("Niamh Thistlewood", ("Niamh Thistlewood",)),  # Irish, Welsh, southern African
        ("Rhys Ashworth", ("Rhys Ashworth",)),  # names the US census list lacked
        ("Thandeka Mokoena", ("Thandeka Mokoena",)),
        ("Gareth Llewellyn North of England correspondent", ("Gareth Llewellyn",)),
    ],
)
def test_a_bare_byline_of_a_name_from_outside_the_united_states(
    name_line: str, names: tuple[str, ...]
) -> None:
    page = f"Harbour bridge to close to cars next spring\n\n{name_line}\n\n" + _BODY
    assert _byline(page) == names
    assert _headline(page) == "Harbour bridge to close to cars next spring"


def test_a_dek_in_sentence_case_under_the_headline_does_not_take_its_place() -> None:
    # The dek is the line nearer the byline (a captioned photo between), and shorter: the
    # line right over it, in sentence case too, is the headline.
    page = (
        "Skip to main content\nSign in\n\nNews\nUK\n\n"
        "Lantern festival returns to Ashcombe after five-year break\n\n"
        "Organisers expect more than 50,000 visitors over three nights\n\n"
        "Visitors walk by the river in Ashcombe. Photograph: Imogen Marchetti/PA\n\n"
        "Niamh Thistlewood Transport correspondent\nSun 24 Apr 2026 10.26 GMT\n"
        "Share on Facebook\nShare on X\n\n" + _BODY
    )
    assert _headline(page) == "Lantern festival returns to Ashcombe after five-year break"
    assert _byline(page) == ("Niamh Thistlewood",)


def test_a_name_and_a_headline_in_capitals_are_told_apart() -> None:
    from wirecheck.byline import name_and_role

    assert name_and_role("Imogen Standish Transport correspondent") == ("Imogen Standish",)
    assert name_and_role("Mark Carney names new finance editor") is None
    assert name_and_role("Paper Names New Editor") is None


def test_a_release_heading_over_its_subhead_with_no_byline_is_the_headline() -> None:
    # No credit line anywhere: the subhead sits nearer the lede, but the heading is the
    # one the lede tells.
    page = (
        "EIN Presswire\nNewsroom\nSign In\n\n"
        "Norhaven Logistics to Acquire Ostrava Freight for $310 Million\n\n"
        "Transaction expected to be accretive to adjusted earnings in the first full year\n\n"
        "NEW YORK, NY, UNITED STATES, March 4, 2026 /EINPresswire.com/ -- Norhaven Logistics "
        "Inc., a freight brokerage, today agreed to acquire Ostrava Freight Ltd. for $310 "
        "million in cash.\n\n"
        '"Ostrava\'s customers already rely on us," said Kai Brandt, its chief executive.\n'
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Norhaven Logistics to Acquire Ostrava Freight for $310 Million"


def test_a_reader_views_host_line_is_no_headline() -> None:
    body = (
        "DENVER (Reuters) - Crews reopened the main river bridge in Denver on Tuesday, "
        "ending six months of detours, city officials said.\n\nThe bridge was closed in May.\n"
    )
    for host in ("www.reuters.com", "https://www.reuters.com/world/us/bridge-2026-11-03/"):
        head = "Denver reopens storm-damaged bridge\n\nBy Marta Okafor\n\n5-7 minutes\n\n"
        text = f"{host}\n\n{head}"
        story = parse(text + body, check=False, today=_TODAY)
        assert story.headline == "Denver reopens storm-damaged bridge", host


def test_a_dated_caption_credited_to_a_photographer_is_no_byline() -> None:
    text = (
        "Spokane reopens storm-damaged bridge\n\nVehicles cross the reopened bridge in "
        "Spokane on November 3, 2026. (Photo by Paul Kessler / AFP)\n\nBy Sofia Novak\n\n"
        "SPOKANE, Nov 10, 2026 (AFP) - Crews reopened the main river bridge in Spokane on "
        "Tuesday, city officials said.\n\nThe bridge was closed in May.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.raw == "By Sofia Novak"
    assert [c.credit for c in story.captions] == ["(Photo by Paul Kessler / AFP)"]


def test_a_short_headline_without_a_function_word_over_its_dek() -> None:
    # Word's Title and Subtitle saved as text, a reader view's subtitle: the heading in
    # sentence case over its dek is the headline, though it has no function word.
    text = (
        "Denver reopens storm-damaged bridge\nCommuters welcomed the end of long detours\n\n"
        "By Marta Okafor\n\nDENVER (AP) — Crews reopened the main river bridge in Denver on "
        "Tuesday, city officials said.\n\nThe bridge was closed in May.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Denver reopens storm-damaged bridge"


def test_bylines_in_capitals_before_an_outlet_and_after_an_agency() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("By DANA WHITLOW Capitol News Service") == ("DANA WHITLOW",)
    assert match_byline("By ROD McGUIRK") == ("ROD McGUIRK",)
    assert match_byline("By JR Raphael, Contributing Editor") == ("JR Raphael",)  # initials
    assert match_byline("By K.S. Rao") == ("K.S. Rao",)
    assert match_byline("Associated Press | By Hannah Okafor") == ("Hannah Okafor",)


def test_an_editors_credit_under_the_byline_is_no_headline() -> None:
    text = (
        "Stock Market\n\nIndia's monsoon rains to be above average this year, weather office "
        "says\n\nWritten By: Rajendra Jadhav\n\nEdited By: Priya Sharma\n\nUpdated: Jun 03, "
        "2025, 18:41 IST\n\nMUMBAI (Reuters) - India's monsoon rains are expected to be above "
        "average this year, the weather office said on Tuesday.\n\nThe rains are vital for "
        "the farm sector.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == (
        "India's monsoon rains to be above average this year, weather office says"
    )


def test_a_paywall_prompt_printed_twice_is_no_headline() -> None:
    # The meter and its prompt come once over the menu and again between the headline and
    # the byline; what is dropped wherever it stands never heads the story.
    prompt = "You have 3 free articles left this month.\n\nSubscribe for unlimited access.\n\n"
    page = (
        f"Subscribe Now\nLog In\n\n{prompt}e-Edition\nObituaries\nClassifieds\n\n"
        "Harbour bridge to close to cars next spring\n\n"
        f"{prompt}By DANA WHITLOW Capitol News Service\n\nJun 10, 2025 Updated 2 hrs ago\n\n"
        "Facebook\nTwitter\nEmail\n\n" + _BODY
    )
    assert _headline(page) == "Harbour bridge to close to cars next spring"


def test_a_share_dialog_names_the_headline_over_the_sites_name() -> None:
    # A newsletter platform's page: the site's name tops it and comes again in the share
    # dialog's text, where the story's headline stands over the first target.
    page = (
        "The Northbank Courier\n\nSubscribe\nSign in\n\nShare this post\n\n"
        "The Northbank Courier\n\nCouncil votes to shut the old harbour bridge\n\n"
        "Copy link\nFacebook\nEmail\nNotes\nMore\n\n"
        "Council votes to shut the old harbour bridge\n\nDana Whitlow\n\nJul 01, 2025\n\n"
        "12\n\n3\n\nShare\n\n" + _BODY
    )
    assert _headline(page) == "Council votes to shut the old harbour bridge"
    # A dialog that names nothing before its targets lends no title.
    bare = page.replace(
        "The Northbank Courier\n\nCouncil votes to shut the old harbour bridge\n\nCopy link",
        "Copy link",
    )
    assert _headline(bare) == "Council votes to shut the old harbour bridge"


def test_a_tabloids_bullets_under_the_headline_are_no_headline() -> None:
    # The bullets are one block of lines with no blank line between, the byline under
    # the last: the headline is the heading over the block, not a bullet.
    page = (
        "Home\nNews\nSport\nMoney\n\nLatest Headlines\n\n"
        "Council votes to shut the old harbour bridge to cars\n\n"
        "Repairs would have cost more than a new bridge, engineers said\n"
        "Ferry crossings to double from next spring\n\n"
        "By Associated Press\n\n"
        "Published: 15:41 BST, 10 June 2025 | Updated: 17:02 BST, 10 June 2025\n\n"
        "View comments\n\n" + _BODY
    )
    assert _headline(page) == "Council votes to shut the old harbour bridge to cars"
    # A headline right over its dek, no blank line between, stays the headline.
    plain = "Council votes to shut the old harbour bridge\nFerry crossings to double\n\n"
    assert _headline(plain + "By Jane Roe\n\n" + _BODY) == (
        "Council votes to shut the old harbour bridge"
    )


def test_a_dek_over_the_lead_photo_and_its_credit_is_no_headline() -> None:
    # Headline, dek, the lead photo's description and credit lines, then the byline: the
    # byline is as near the dek as when no photo stands between.
    head = "Australia to ban social media for children under 16 from December"
    for dek in (
        "Platforms will have six months to comply with the world-first laws.",
        "Platforms will have six months to comply with the world-first laws",
    ):
        page = (
            "Skip to content\n\nNational\nWorld\nPolitics\nBusiness\nSport\nLifestyle\n\n"
            "Log in\nSubscribe\n\n"
            f"Sydney\n17°\n\n{head}\n\n{dek}\n\n"
            "Communications Minister Dana Reyes speaks during a news conference at Parliament "
            "House in Canberra, Australia, Wednesday, June 11, 2025.\n"
            "Picture: Jane Roe/AAP Image via AP\n\n"
            "Rod McGuirk, Associated Press\n\nJune 11, 2025 - 3:41PM\n\nShare\n\n"
            "Join the conversation\n\nCANBERRA, Australia (AP) — Australia's government said "
            "Wednesday that a ban on social media accounts for children younger than 16 will "
            "take effect on Dec. 10, giving platforms six months to prepare.\n\n"
            "Platforms that fail to take reasonable steps could face fines of up to 50 million "
            "Australian dollars, the minister said.\n\nThe law covers most big platforms but "
            "not messaging apps or online games.\n"
        )
        assert _headline(page) == head


def test_a_video_cards_title_over_its_duration_is_no_headline() -> None:
    # `Duration 2:14` is no time stamp crediting the video's title above it.
    text = (
        "Toronto transit workers vote to strike\n"
        "Mei Lin Ho · CBC News · Posted: Nov 28, 2026 6:15 PM EST\n"
        "Transit workers in Toronto have voted to strike, their union said Friday.\n"
        "WATCH | Union president explains the strike vote:\n"
        "Transit union votes to strike\n"
        "Duration 2:14\n"
        "The transit agency says it will keep bargaining through the weekend.\n"
    )
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == "Toronto transit workers vote to strike"
    assert story.body[0].startswith("Transit workers in Toronto have voted")


def test_the_writers_byline_over_the_lede_beats_the_agencys_under_the_headline() -> None:
    page = (
        "Home\nNews\nWorld\n\nCouncil votes to shut the old harbour bridge to cars\n\n"
        "By Associated Press\n\nPublished: 15:41 BST, 10 June 2025\n\ne-mail\n\n12\n"
        "View comments\n\nCyclists cross the old bridge on Tuesday, June 10, 2025. "
        "(AP Photo/Jane Roe)\n\nBy ROD McGUIRK\n\nPORTSMOUTH, England (AP) — " + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.byline is not None and story.byline.names == ("ROD McGUIRK",)
    assert [r.reason for r in story.removed if r.text == "By Associated Press"] == ["agency-credit"]


def test_an_outlet_before_the_by_of_a_byline() -> None:
    from wirecheck.byline import match_byline

    assert match_byline("Capitol News Service | By Dana Whitlow") == ("Dana Whitlow",)
    assert match_byline("Guns | By the numbers") is None


def test_a_sentence_case_headline_with_a_full_stop_over_a_lede_that_retells_it() -> None:
    # A dataset's or house style's headline closed by a full stop (the BBC News
    # Summary set's `... profit.`): it read as the first body paragraph, no headline.
    story = parse(
        "Ad sales lift harbour city budget.\n\n"
        "Advertising sales on the city's harbour front lifted the budget by 5% to "
        "$3.2m in the three months to December, the council said on Friday.\n\n"
        "It will fund two new bridges, the mayor said.\n",
        check=False,
    )
    assert story.headline == "Ad sales lift harbour city budget."
    assert story.body[0].startswith("Advertising sales")


@pytest.mark.parametrize(
    "lede",
    [
        "Shares in carmakers fell sharply on Monday.",
        "Heavy rain flooded dozens of homes in northern towns overnight.",
    ],
)
def test_a_one_sentence_lede_in_the_past_stays_the_lede(lede: str) -> None:
    # A lede tells what happened, in the past tense and with its day; the paragraph under
    # it retelling two of its words is news writing, not a headline's echo.
    story = parse(
        f"{lede}\n\nShares in European carmakers dropped as much as 6 percent on Monday "
        "after heavy rain flooded homes in northern towns, traders said.\n",
        check=False,
    )
    assert story.headline is None
    assert story.body[0] == lede


def test_a_short_lede_the_next_paragraph_does_not_retell_stays_the_lede() -> None:
    story = parse(
        "It was a day of surprises.\n\n"
        "Voters in the northern district turned out in record numbers on Sunday, "
        "officials said, and counting went on late into the night.\n",
        check=False,
    )
    assert story.headline is None
    assert story.body[0] == "It was a day of surprises."


@pytest.mark.parametrize(
    "over",
    [
        "giovedì 5 giugno 2014",
        "Tue, February 14, 2012",
        "25.05.2017 - 19:16",
        "Home > Local > Harbour",
        "Your web browser is no longer supported. To improve your experience update it here",
        "[syndicated profile] harbour_news_feed",
        "Posts Tagged ‘Harbour’",
        "Return to Transcripts main page",
        "Find out more",
        "Listen to this 'Morning Edition' story",
        "ANNA ROE, HOST:",
        # skip links, one or several; an author's archive under its crumbs; a prompt
        # about the reader's account
        "Go to Contents Go to Navigation",
        "Skip to main navigation",
        "Home Authors Posts by jroe",
        "All posts by Anna Roe",
        "Find a list of your saved stories here",
        "See your bookmarked articles",
        "Save articles to read later",
        "Estimated read time: 4-5 minutes",
        "6 min read",
        "Previous Next",
        "Older posts Newer posts",
    ],
)
def test_page_furniture_over_the_headline_is_not_the_headline(over: str) -> None:
    # A page's date, a breadcrumb, a feed's label or a browser's notice over a pasted
    # story: the line under it is the copy's first, and the headline.
    headline = "Council votes to close old harbour bridge to cars"
    dek = "The ferry service will double its crossings while a new bridge is built"
    assert _headline(f"{over}\n\n{headline}\n\n{dek}\n\n{_BODY}") == headline
    # Over a body alone it is no headline either.
    assert _headline(f"{over}\n\n{_BODY}") is None


def test_a_german_source_credit_is_a_caption_not_a_heading() -> None:
    story = parse(
        "Hafenbrücke wird für Autos gesperrt\n\nQuelle: picture alliance / Jane Roe\n\n"
        "Hamburg (dpa) - Die alte Hafenbrücke wird vom kommenden Frühjahr an für Autos "
        "gesperrt, hat der Senat am Dienstag beschlossen.\n\nDie Reparatur wäre teurer "
        "gewesen als ein Neubau, sagten die Ingenieure der Stadt.\n",
        check=False,
        today=_TODAY,
    )
    assert story.headline == "Hafenbrücke wird für Autos gesperrt"
    assert [c.credit for c in story.captions] == ["Quelle: picture alliance / Jane Roe"]


@pytest.mark.parametrize(
    "headline",
    [
        "Back to school: Districts brace for teacher shortages",
        "Go to jail or pay up, judge tells landlord",
        "Learn more, earn more: Study links reading to pay",
        "Listen to the haunting audio from the doomed submersible",
        "Your browser is tracking you, researchers warn",
        "[UPDATED] Council approves budget after long debate",
        "Hackers exploit wp_config flaw in popular plugin",
        "Go to the polls early, officials urge voters",
        "Posts by teenager led police to smuggling ring",
        "Why your saved passwords may not be safe",
        "Save this story's heroes: Volunteers rescue stranded seals",
        "Next stop Mars: Council backs space port plan",
        "Older workers stay on as pension age rises",
    ],
)
def test_a_headline_that_opens_like_page_furniture_is_still_the_headline(headline: str) -> None:
    assert _headline(f"{headline}\n\n{_BODY}") == headline


_DATED_LEDE = (
    "PORTMERE, March 12 (HNA) - The city council voted on Tuesday to close the old harbour "
    "bridge to cars from next spring, ending a decade of argument over the crumbling span.\n\n"
    "Repairs would have cost more than a new bridge, the council's engineers said.\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        "Backed by the Harbour Press Council",
        "Powered by Portmere Media Group",
        "NEWS AGENCY OF VALDORIA",
        "Valdorian News Agency",
        "Serving over 2 million readers worldwide",
        "Press Trust of India",
        "Wires Press Trust of India",
        "UPI NewsDesk TopStories",
        "Official website of the Mayor of Portmere",
        "Official Website of His Highness Emir Tarek bin Al Valdor",
    ],
)
def test_the_sites_masthead_over_the_headline_is_not_the_headline(masthead: str) -> None:
    # The line naming the site or the agency itself stands over every story on the site:
    # the headline is the heading under it, over the stamp or byline and the lede.
    headline = "Council votes to close old harbour bridge to cars"
    for under in ("posted on 12/03/2019", "By Anna Roe"):
        page = f"{masthead}\n\n{headline}\n\n{under}\n\n{_DATED_LEDE}"
        assert _headline(page) == headline
    assert _headline(f"{masthead}\n\n{_DATED_LEDE}") is None


@pytest.mark.parametrize(
    "headline",
    [
        "News agency of Valdoria sues government over raid",
        "Backed by the mayor, ferry plan wins council vote",
        "Powered by volunteers, harbour festival returns",
        "Reuters reporter wins press freedom award",
        "Official website of harbour council hacked",
    ],
)
def test_a_headline_naming_an_agency_or_a_backer_is_still_the_headline(headline: str) -> None:
    assert _headline(f"{headline}\n\n{_BODY}") == headline


def test_an_agencys_digest_title_is_no_masthead() -> None:
    # `<Agency> News Summary` names the page's compilation: the digest's headline.
    page = f"UPI News Digest\n\nposted on 12/03/2019\n\n{_DATED_LEDE}"
    assert _headline(page) == "UPI News Digest"


@pytest.mark.parametrize("site", ["NORTHGATE ONLINE\n\nSubtitle", "Portmere Courier", "News"])
def test_a_dek_in_one_block_under_the_headline_gives_way_under_site_lines(site: str) -> None:
    # A headline over its longer dek with no blank line between, right over the byline:
    # the site's name and labels over the pair leave the heading the headline, though the
    # dek sits nearer the byline.
    headline = "Harbour fervor fades in Portmere"  # half its words capitalised
    dek = "Secure in its new ferries, the city lets the old span go"
    page = f"{site}\n\n{headline}\n{dek}\n\nBy Anna Roe / Associated Press\n\n{_DATED_LEDE}"
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == headline
    assert [r.text for r in story.removed if r.reason == "standfirst"] == [dek]


_DATED_LEDE = (
    "DROSK (Reuters) - The Orlen Line ferry company said on Tuesday it would cut its "
    "winter sailings between Drosk and Varn by a third after fuel costs rose.\n\n"
    "The company carried 1.2 million passengers last year, chief executive Tomas Reiner "
    "said, and will keep its summer timetable.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        # a blog's label printed twice, which scored as a headline printed twice
        "Harbour Blog: World Updates\nHarbour Blog: World Updates\n\n",
        # a page's label, printed again over the story, with chrome between
        "Monday, 12 January 2026\n\nTidewater Online: Latest\n\n2 comments\n\n"
        "Tidewater Online: Latest\n\n",
        # a bare stamp with its date lost, over pasted copy
        "mis à jour le\n",
    ],
)
def test_the_heading_over_a_dated_lede_beats_a_label_above_it(top: str) -> None:
    page = top + "Ferry operator in Drosk cuts winter sailings\n" + "\n" + _DATED_LEDE
    assert _headline(page) == "Ferry operator in Drosk cuts winter sailings"


def test_the_heading_over_a_dated_lede_past_its_byline_and_stamp() -> None:
    page = (
        "Showing posts with label transport. Show all posts\n"
        "Showing posts with label transport. Show all posts\n\n"
        "Ferry operator in Drosk cuts winter sailings\n\n"
        "By Jane Roe and Tom Hale\n\nPosted: 12 Jan 2026 09:15 PM PST\n\n" + _DATED_LEDE
    )
    assert _headline(page) == "Ferry operator in Drosk cuts winter sailings"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a headline over its dek: the lede retells the headline's words
        (
            "Orlen Line cuts Drosk winter ferry sailings by a third\n\n"
            "Fuel costs force the operator to trim its timetable\n\nBy Jane Roe\n\n",
            "Orlen Line cuts Drosk winter ferry sailings by a third",
        ),
        # a play on words over its dek: the lede still names its ferry
        (
            "A ferry tale\n\nOrlen Line trims its winter timetable after fuel costs rise\n\n"
            "By Jane Roe\n\n",
            "A ferry tale",
        ),
        # a digest's name over its first item
        (
            "Home\n\nVarn News Summary\n\nAll News 17:05 April 17, 2026\n\n"
            "The following are the main stories of the day.\n\n--------------\n"
            "Ferry operator in Drosk cuts winter sailings\n\n",
            "Varn News Summary",
        ),
    ],
)
def test_a_headline_or_a_digest_name_over_the_heading_of_a_dated_lede_stays(
    top: str, expected: str
) -> None:
    assert _headline(top + _DATED_LEDE) == expected


_TAG_PAGE = (
    "Harbours\n\n"
    "  • Ferry line in Kestral cuts winter sailings\n"
    "    KESTRAL, September 27 (Reuters): The Morvane Line ferry company said on Sunday it "
    "would cut winter sailings to the outer islands by a third.\n"
    "  • Drasken bridge toll to rise in March\n"
    "    Drasken, September 26 (IANS): The toll on the Drasken river bridge will rise in "
    "March, the city council said on Saturday.\n"
)


def test_a_bulleted_heading_over_a_dated_lede_is_the_headline_without_its_bullet() -> None:
    # A tag page sets each story's heading as a list's item over its dated lede.
    story = parse(_TAG_PAGE, check=False, today=_TODAY)
    assert story.headline == "Ferry line in Kestral cuts winter sailings"
    assert line_places(story)[3] == ["headline"]
    # The next item, of another agency, is the page's next story, not this one's body.
    assert [p.text[:20] for p in story.paragraphs] == ["The Morvane Line fer"]
    # Pasted alone, the bulleted heading loses its bullet too.
    alone = "• Ferry line in Kestral cuts winter sailings\n" + _BODY
    assert _headline(alone) == "Ferry line in Kestral cuts winter sailings"


def test_a_tabloids_summary_bullets_over_the_lede_are_no_headline() -> None:
    page = (
        "Council shuts harbour bridge to cars\n\n"
        "• The old span will close to cars next spring\n\n"
        "• Repairs would have cost more than a new bridge\n\n" + _BODY
    )
    assert _headline(page) == "Council shuts harbour bridge to cars"


_ARCHIVED_WIRE = (
    "AP770312-0044\n"
    "AP-NR-03-12-77 0110EST\n"
    "r a PM-Dalvik Bridge 2ndLd-Writethru a0611 03-12 0388\n"
    "PM-Dalvik Bridge, 2nd Ld - Writethru, a0611,0395\n"
    "{head}\n"
    "By PETRA LUND\n"
    "Associated Press Writer\n"
    "DALVIK (AP)\n"
    "The old harbour bridge at Dalvik was closed to cars on Saturday after engineers\n"
    "found cracks in two of its piers, the city council said.\n"
    "Repairs will take at least a year, the council's engineers said.\n"
)


@pytest.mark.parametrize(
    "head",
    ["Cracks Close Dalvik Bridge; Council Seeks Help From Norvale", "Dalvik Bridge Closes"],
)
def test_a_wires_slug_and_version_lines_are_never_the_headline(head: str) -> None:
    # An archive keeps the AP keyword line (TREC's priority and category letters first)
    # and the version line over the headline: wire codes, however they are ordered.
    story = parse(_ARCHIVED_WIRE.format(head=head), check=False, today=_TODAY)
    assert story.headline == head
    places = line_places(story)
    assert places[3] == places[4] == ["removed:wire-code"]


def test_a_slug_shaped_name_with_no_version_mark_may_head_a_story() -> None:
    # `PM-` before a scheme's name is no slug: a slug line carries a version mark.
    page = "PM-Harvest scheme pays farmers a second instalment\n\n" + _BODY
    assert _headline(page) == "PM-Harvest scheme pays farmers a second instalment"


@pytest.mark.parametrize(
    "head",
    [
        "Storm Closes Dalvik Bridge, Threatens U.S.",
        "Dalvik Council Sells Harbour Ferry to Norvale Lines Inc.",
    ],
)
def test_a_title_case_headline_closed_by_an_abbreviation_is_no_sentence(head: str) -> None:
    # The period of `U.S.` or `Inc.` closes no sentence: the line stays the headline, not
    # the lede's first paragraph or a dek.
    page = (
        "World\n\n" + head + "\n\n"
        "The old span was found cracked in two of its piers and will not reopen this year.\n\n"
        "By Petra Lund\n\n" + _BODY
    )
    assert _headline(page) == head


@pytest.mark.parametrize(
    "label",
    [
        "You are here",
        "Archive for the ‘Harbours’ Category",
        "Archive for March, 2026",
        "8 hours ago",
    ],
)
def test_a_breadcrumb_label_an_archive_label_or_a_bare_stamp_is_never_the_headline(
    label: str,
) -> None:
    page = (
        label + "\n\nDalvik council shuts harbour bridge to cars: official\n\n"
        "Tuesday, March 3rd, 2026\n\n" + _BODY
    )
    assert _headline(page) == "Dalvik council shuts harbour bridge to cars: official"


def test_a_headline_opening_with_archive_for_stays() -> None:
    page = "Archive for Dalvik's lost films opens in the old harbour station\n\n" + _BODY
    assert _headline(page) == "Archive for Dalvik's lost films opens in the old harbour station"


_BLOG_POSTS = (
    "Vellmar rethinks its harbour budget, but not the old way\n\n"
    "2019/03/12\n"
    "Councillors in Vellmar believe the port should go back to planning its budget five "
    "years ahead. Many harbours already do so, with Kestral the best-known example. Does "
    "Vellmar need such a plan?\n"
    "Read more ...\n\n"
    "Kestral ferry chief: winter sailings to the outer islands could be cut\n\n"
    "2019/03/11\n\n"
    "KESTRAL, March 11. /TASS/. The Kestral ferry company is discussing with the "
    "island councils whether winter sailings to the outer islands could be cut by a third, "
    "its chief told reporters on Monday.\n\n"
    '"We have had a number of meetings with the councils, and every option is open," he '
    "said.\n\n"
    "The island councils said they would oppose any cut to the winter timetable.\n"
)


def test_the_heading_over_a_date_stamp_and_dated_lede_outranks_an_earlier_teaser() -> None:
    # A blog page: post 1 is a teaser its read-more link closes, post 2's heading stands
    # over its date stamp and its dated lede, the story the body is.
    story = parse(_BLOG_POSTS, check=False, today=_TODAY)
    assert story.headline == (
        "Kestral ferry chief: winter sailings to the outer islands could be cut"
    )
    assert story.paragraphs[0].text.startswith("The Kestral ferry company")


@pytest.mark.parametrize("label", ["Release –", "Press Release -", "News release:"])
def test_a_release_sites_label_before_the_headline_is_split_off(label: str) -> None:
    page = (
        f"{label} Harbour Lines Announces Two New Winter Routes to the Outer Islands\n\n"
        "KESTRAL, Oregon, March 11, 2024 (GLOBE NEWSWIRE) — Harbour Lines Inc. (Nasdaq: "
        "HRBL), a ferry operator serving the outer islands, today announced two new winter "
        "routes from Kestral to the islands, starting in December.\n\n"
        "The routes will run twice a day, the company said.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == ("Harbour Lines Announces Two New Winter Routes to the Outer Islands")
    assert [(r.text, r.reason) for r in story.removed if r.line == 1] == [(label, "headline-label")]


def test_a_headline_about_a_release_keeps_its_first_word() -> None:
    assert _headline("Release of harbour bridge report delayed again\n\n" + _BODY) == (
        "Release of harbour bridge report delayed again"
    )


@pytest.mark.parametrize(
    "widget",
    [
        "A+ A-",
        "Text size: A- A A+",
        "Share on FacebookShare on Google+Tweet about this on TwitterEmail this to someone",
    ],
)
def test_a_font_widget_or_a_glued_share_bar_is_chrome_not_the_headline(widget: str) -> None:
    # A page's font-size buttons, or a share plugin's labels pasted without spaces between
    # them, over a page whose other lines are no headline either.
    page = f"{widget}\n\nUltime news\n\nKELLMOOR, 4 mar. - Il consiglio del porto ha votato.\n"
    story = parse(page, check=False, today=_TODAY)
    assert story.headline is None
    assert (story.removed[0].text, story.removed[0].reason) == (widget, "boilerplate")


def test_a_title_ending_in_the_day_it_covers_is_the_headline() -> None:
    # A digest's title names its day; a stamp's label (`Posted on ...`) does not make one.
    page = (
        "Menu\n\nKellmoor main news for Tuesday, May 24, 2022\n\n\n"
        "KELLMOOR -- The port hosts a meeting on ferry safety.\n\n"
        "DARRAN -- The island council meets later on Tuesday.\n"
    )
    assert _headline(page) == "Kellmoor main news for Tuesday, May 24, 2022"
    stamped = page.replace("Kellmoor main news for", "Posted in Kellmoor news on")
    assert _headline(stamped) is None


def test_a_pages_only_paragraph_cut_and_linked_is_its_body() -> None:
    # A syndication page holds one story's lede, cut at its link: that is the story,
    # under its headline, and the page's footer below it is not.
    page = (
        "Darran (EET)\n\nHarbour chief hurt in Kellmoor boat fire: report\n\n\n"
        "A harbour chief from Kellmoor's port board was hurt on Tuesday morning when his "
        "boat caught fire at a quay in Darran, the Darran Courier has reported. …read more\n\n"
        "Source: Kellmoor Radio\n\nWorld press about Kellmoor\n\n"
        "World press category: terms & conditions\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour chief hurt in Kellmoor boat fire: report"
    assert [p[:24] for p in story.body] == ["A harbour chief from Kel"]


def test_a_search_pages_labels_and_counts_are_no_headline() -> None:
    # A label ending in a colon introduces what follows it; a site search's label and its
    # count of hits sit over the stories it found, none of them this story's headline.
    page = (
        "Top related people:\nTop related places:\nTop related groups:\n\n"
        'Search resuls for: "harbour bridge"\n\n\n14 mentions found\n\n\n'
        "DARRAN, March 3 (Reuters) - " + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline is None
    assert [r.reason for r in story.removed[:5]] == ["boilerplate"] * 5
    for line in ("Top related groups:", 'Search results for: "harbour"', "14 mentions found"):
        assert furniture(line), line
    assert not furniture("Search for missing ferry crew called off after two days")


def test_a_date_with_an_icons_letter_after_it_is_a_stamp() -> None:
    # Saved text prints an icon font's glyph as a letter: `a` after the page's date, and
    # alone on the lines under it. The date is still a stamp, no headline.
    page = "12 aprile 2024 a\n\na\n\na\n\nDarran, 12 apr. (Harbournews) - " + _BODY
    story = parse(page, check=False, today=_TODAY)
    assert story.headline is None
    assert story.removed[0].text == "12 aprile 2024 a"
    assert date_only("12 aprile 2024 a")
    assert not date_only("12 aprile 2024 Kellmoor")


def test_a_blogs_day_in_its_own_language_is_no_headline() -> None:
    # A blog prints each day's date over its posts, its weekday in the blog's language
    # (`Jumat`, Friday): the page's date, whatever the weekday's word, heads no story.
    page = (
        "Jumat, 18 April 2031\n\n\nBy Mira Lind\n"
        "Tarvik, April 20 (KNA) - Selva is putting in place industrial programs across the"
        " country in an effort to create new growth.\n"
        "The industry ministry is encouraging the spread of industries throughout the land.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline is None
    assert story.dateline is not None and story.dateline.date == "2031-04-20"


def test_a_host_name_after_the_headline_is_the_sites_name() -> None:
    # The page prints its headline plain, then with its host name after a dash: the host
    # is the site's name wherever the line stands, and the plain lines are repeats.
    plain = "E’ stata rinviata la partenza del traghetto per Darran"
    page = (
        f"Skip to main content\n\n{plain}\n\n{plain}\n\n\n"
        f"{plain} – harbournews.it\n\n\n\n{plain} – harbournews.it\n\n\n"
        "Darran, 24 mar. (Harbournews) – La partenza del traghetto per Darran, prevista "
        "per il 26 marzo, sarà rinviata. Il comune ha preso la decisione dopo una "
        "telefonata tra il sindaco e il capitano del porto.\n\n"
        "È stato riferito che la partenza è stata rinviata a causa del maltempo nel "
        "canale, ma non è stata precisata la nuova data del viaggio verso il porto.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == plain
    reasons = [(r.text, r.reason) for r in story.removed]
    assert ("harbournews.it", "site-name") in reasons
    assert reasons.count((plain, "duplicate-headline")) == 2


def test_a_version_mark_before_the_headline_under_a_skip_link() -> None:
    # A wire site's page: a skip link, then the headline with its version mark, a stamp
    # and the byline. The mark opens the line with a bracket, and the words after it
    # still make the headline (the mark goes as its label).
    page = (
        "Go to Contents Go to Navigation\n\n"
        "(2nd LD) Harbour minister says bridge closure 'certain'\n\n"
        "All Headlines 10:05 March 3, 2026\n\n"
        "By Jane Roe\n\n"
        "DARRAN, March 3 (Harbournews) -- " + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Harbour minister says bridge closure 'certain'"
    assert ("(2nd LD)", "headline-label") in [(r.text, r.reason) for r in story.removed]


def test_a_wires_desk_label_over_a_stamp_is_no_headline() -> None:
    # A wire's page: its desk label over the story's stamp, the headline under them. The
    # stamp under the label is no credit of a headline: the label names the desk.
    page = (
        "Harbour Press Agency\n\n"
        "From the Metro Desk\n"
        "Published 3/3/2026 5:18 PM\n"
        "View printer-friendly version\n\n"
        "Council shuts 'old bridge'\n\n"
        "DARRAN, March 3 (HPI) -- " + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Council shuts 'old bridge'"
    assert furniture("From the International Desk")
    assert not furniture("From the desk of an admiral, letters nobody read")


def test_a_site_searchs_prompt_is_no_headline() -> None:
    # A site search's prompt over the page, a full sentence with a question: chrome,
    # never the headline over the short one under it.
    page = (
        "Can't find what you're looking for? Try Google Search.\n"
        "Google\n\n"
        "Mayor: Bridge must go\n\n\n\n"
        "DARRAN: " + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Mayor: Bridge must go"
    assert chrome_sentence("Not finding what you are looking for? Search the archive.")
    assert not chrome_sentence("Police said they could not find the missing ferry crew.")


def test_a_sites_ad_prompt_over_the_headline_is_chrome() -> None:
    # A site's ad-sales prompt opens the page, a pager's arrows under it: chrome, so the
    # page is no clean paste whose body starts at its first line, and the headline under
    # it heads the story.
    page = (
        "ADVERTISE WITH US , email us at :\n"
        "« »\n\n\n"
        "Darran needs a new harbour bridge: mayor\n\n" + _BODY
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Darran needs a new harbour bridge: mayor"
    assert story.body[0].startswith("The city council voted")
    assert chrome_sentence("Advertise with us")
    assert not chrome_sentence("Advertisers with ties to the council pulled out.")


def test_a_heading_over_a_dek_that_both_retell_the_lede_is_the_headline() -> None:
    # A news site's page: widget chrome, then a long heading in sentence case and a
    # quote-shaped dek under it, both retelling the dated lede, no byline. The dek sits
    # nearer the lede, but the heading above it comes first: the dek is the standfirst.
    page = (
        "Top\nClose photo mode\n\n"
        "Harbour minister: We will not allow a new toll on the old bridge in the north "
        "of the city\n\n"
        "Ilse Marvanova: We will keep fighting for the ferry crossings, whatever happens\n\n"
        'Vilnius. 12 May. NORTHWIRE/ "We will never allow a new toll on the old bridge in '
        "the north of the city, and we will keep fighting for the ferry crossings whatever "
        'happens," harbour minister Ilse Marvanova said on Tuesday.\n\n'
        "She said the council would vote on the plan next month.\n"
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == (
        "Harbour minister: We will not allow a new toll on the old bridge in the north of the city"
    )
    dek = "Ilse Marvanova: We will keep fighting for the ferry crossings, whatever happens"
    assert [r.reason for r in story.removed if r.text == dek] == ["standfirst"]


_LABEL_LEDE = (
    "The Valdoria parliament approved on Tuesday a five-minister cabinet reshuffle, state "
    "television reported.\n\nThe reshuffle involves new ministers for farming and schools.\n"
)


def test_a_short_label_the_lede_shares_no_word_with_gives_way_to_the_heading_it_tells() -> None:
    # A site's label over its ticker (`Off the wire`) won as the first line; the heading
    # the lede retells is the headline, its `2nd LD:` version mark split off.
    page = (
        "Off the wire\n"
        "Ferry strike ends in Portmere  • Harbour bridge opens  • Storm hits coast\n"
        "You are here:   Home\n\n"
        "2nd LD: Valdoria parliament approves 5-minister cabinet reshuffle\n\n"
        "Portmere, February 15, 2017 Adjust font size:\n\n" + _LABEL_LEDE
    )
    story = parse(page, check=False, today=_TODAY)
    assert story.headline == "Valdoria parliament approves 5-minister cabinet reshuffle"
    assert ("2nd LD:", "headline-label") in {(r.text, r.reason) for r in story.removed}


def test_a_short_headline_printed_again_is_no_label() -> None:
    # The page prints the short line twice: it names the story, though the lede does not
    # retell it.
    page = (
        "Cabinet shake-up\n\nCabinet shake-up\n\n"
        "Valdoria parliament approves 5-minister cabinet reshuffle\n\n" + _LABEL_LEDE
    )
    assert _headline(page) == "Cabinet shake-up"


def test_a_heading_printed_twice_with_nothing_under_it_parses() -> None:
    # found by the fuzz test: the heading-over-dek check looked for a lede past the end
    story = parse(
        "Wildfire smoke blankets Vellmar harbour\nWildfire smoke blankets Vellmar harbour"
    )
    assert story.headline == "Wildfire smoke blankets Vellmar harbour"
    assert story.body == ()
