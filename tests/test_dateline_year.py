"""The year of a dateline's date: the page's own date over the story, and the weekdays the
lede names. All examples are made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import wirecheck
from wirecheck.dateline import PageDate, match_dateline, page_date, resolve_date

TODAY = date(2026, 11, 29)


def _dated(text: str) -> tuple[str | None, str | None]:
    story = wirecheck.parse(text, check=False, today=TODAY)
    assert story.dateline is not None
    return story.dateline.date, story.dateline.year_source


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # year first, as blogs' archives and East Asian sites print it: one reading only
        ("2015/04/29", PageDate(2015, date(2015, 4, 29))),
        ("2015/4/9 10:05", PageDate(2015, date(2015, 4, 9))),
        ("Posted: 2015/04/29", PageDate(2015, date(2015, 4, 29))),
        ("2015/02/30", None),
    ],
)
def test_a_year_first_slashed_page_date(line: str, expected: PageDate | None) -> None:
    assert page_date(line) == expected


def test_a_year_first_slashed_date_over_the_story_gives_the_year() -> None:
    got = _dated(
        "Harbour board backs new ferry route\n\n"
        "2015/04/12\n\n"
        "HARBOURTON, April 12. /TASS/. The harbour board backed a new ferry route to "
        "Vellmar, its chairman said.\n\n"
        "Sailings start in May.\n"
    )
    assert got == ("2015-04-12", "page-date")


@pytest.mark.parametrize(
    ("page", "weekday", "expected"),
    [
        # said on Wednesday the 29th in one time zone, datelined the 30th in another: the
        # lede's weekday is the page's own day's, and the page's year stands
        (PageDate(2015, date(2015, 4, 29)), "Wednesday", ("2015-04-30", "page-date")),
        (PageDate(2015, date(2015, 4, 29)), "Thursday", ("2015-04-30", "page-date")),
        # a page's day far from the dateline's is some other day's: the weekday decides
        (PageDate(2015, date(2015, 4, 8)), "Wednesday", ("2025-04-30", "weekday")),
        # a weekday neither day has
        (PageDate(2015, date(2015, 4, 29)), "Monday", ("2018-04-30", "weekday")),
    ],
)
def test_the_ledes_weekday_may_be_the_day_the_page_prints(
    page: PageDate, weekday: str, expected: tuple[str, str]
) -> None:
    paragraph = f"HARBOURTON, April 30. /TASS/. The minister told reporters on {weekday}."
    match = match_dateline(paragraph)
    assert match is not None
    assert resolve_date(match, paragraph, reference_date=None, today=TODAY, page=page) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Indonesian and Malay page dates, the weekday first
        ("Kamis, 24 Februari 2011", PageDate(2011, date(2011, 2, 24))),
        ("Jum'at, 5 Agustus 2011", PageDate(2011, date(2011, 8, 5))),
        ("Rabu, 16 Desember 2009 10:05 WIB", PageDate(2009, date(2009, 12, 16))),
        ("Isnin, 4 Mac 2019", PageDate(2019, date(2019, 3, 4))),
        ("Khamis, 9 Mei 2019", PageDate(2019, date(2019, 5, 9))),
        ("Ahad, 11 Ogos 2019", PageDate(2019, date(2019, 8, 11))),
    ],
)
def test_an_indonesian_or_malay_page_date(line: str, expected: PageDate) -> None:
    assert page_date(line) == expected


def test_an_indonesian_page_date_over_the_story_gives_the_year() -> None:
    got = _dated(
        "Selasa, 15 Maret 2011\n\n"
        "FERRY CUTS ANGER VELLMAR ISLANDERS\n\n"
        "By Jane Roe\n\n"
        "Harbourton, March 15 (ANTARA) - Islanders on Vellmar protested against cuts to "
        "winter ferry sailings.\n\n"
        '"We were not consulted," village head Ana Roe said.\n'
    )
    assert got == ("2011-03-15", "page-date")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # German's two-letter weekdays, with their comma only
        ("Sa, 07/20/2019 - 17:31", PageDate(2019, date(2019, 7, 20))),
        ("Mi, 12.03.2014", PageDate(2014, date(2014, 3, 12))),
        # a feed's name and a spaced dash before a stamp a weekday or a label opens
        ("Velmor Aktuelle Nachrichten - Sa, 07/20/2019 - 17:31", PageDate(2019, date(2019, 7, 20))),
        ("Tarvik Daily - Published: July 20, 2019", PageDate(2019, date(2019, 7, 20))),
        # a headline's date after a dash is no stamp
        ("Talks Resume - July 20, 2019", None),
    ],
)
def test_a_feeds_stamp_is_a_page_date(line: str, expected: PageDate | None) -> None:
    assert page_date(line) == expected


def test_a_feeds_name_over_its_stamp_is_no_byline_and_gives_the_year() -> None:
    story = wirecheck.parse(
        "Velmor - aktuelle News & Infos\n\n"
        "Dravnik Zoo Aims to Improve Conditions for Animals - Director\n\n"
        "Velmor Aktuelle Nachrichten - Sa, 07/20/2019 - 17:31\n"
        "July 20 (KNA) - Dravnik Zoo aims to constantly improve the conditions for animals, "
        "zoo director Ilse Marn said in an interview. Currently, the zoo is home to over "
        "2,000 animals.\n",
        check=False,
        today=TODAY,
    )
    assert story.byline is None
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == ("2019-07-20", "page-date")


def test_a_writer_over_a_feeds_stamp_is_still_the_byline() -> None:
    story = wirecheck.parse(
        "Dravnik Zoo Aims to Improve Conditions for Animals\n\n"
        "Maria Kovac - Sa, 07/20/2019 - 17:31\n"
        "July 20 (KNA) - Dravnik Zoo aims to constantly improve the conditions for animals, "
        "zoo director Ilse Marn said in an interview. Currently, the zoo is home to over "
        "2,000 animals.\n",
        check=False,
        today=TODAY,
    )
    assert story.byline is not None and story.byline.names == ("Maria Kovac",)


def test_a_sections_name_over_its_time_stamp_is_no_byline() -> None:
    # a page of the day's stories: `All Headlines 11:26 May 28, 2031` over the first
    stamp = "All Headlines 11:26 May 28, 2031"
    lede = "KESTRAL (KNA) -- Ferry officials will visit Drasken later this month, a source said."
    story = wirecheck.parse(
        f"{stamp}\n\nFerry Officials to Visit Drasken\n\n{lede}\n\nThe visit is the first.\n",
        check=False,
        today=TODAY,
    )
    assert story.byline is None
    assert stamp in [r.text for r in story.removed]
    # a writer's name over the same stamp is still the byline
    writer = wirecheck.parse(
        f"Ferry Officials to Visit Drasken\n\nMaria Kovac 11:26 May 28, 2031\n\n{lede}\n",
        check=False,
        today=TODAY,
    )
    assert writer.byline is not None and writer.byline.names == ("Maria Kovac",)
