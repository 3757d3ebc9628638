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
