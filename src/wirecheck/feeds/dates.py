"""Transmission times as feeds write them: ISO 8601 in XML and JSON, and the trailers of
the teletype formats (ANPA ``AP-WF-02-20-16 0337GMT``, IPTC 7901 ``071341 GMT Okt 15``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from dateutil.parser import isoparse

from wirecheck.patterns.dateline_data import TRAILER_CENTURY_PIVOT
from wirecheck.regexes import regex

# Zone abbreviations of wire trailers, as offsets from UTC in hours (German ones in dpa copy).
ZONES: dict[str, int] = {
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "MEZ": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}
# Month abbreviations of IPTC 7901 trailers: English and German (dpa), three letters.
MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "mär": 3,
    "mrz": 3,
    "apr": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "okt": 10,
    "nov": 11,
    "dec": 12,
    "dez": 12,
}

# `AP-WF-02-20-16 0337GMT`: agency, desk, month, day, year, time and zone.
ANPA_TRAILER_RE = regex(
    r"(?P<agency>[A-Z]{2,4})-(?P<desk>[A-Z]{2,3})-(?P<month>\d{2})-(?P<day>\d{2})-"
    r"(?P<year>\d{2}|\d{4})\s+(?P<hour>\d{2})(?P<minute>\d{2})\s?(?P<zone>[A-Z]{2,4})\b"
)
# `071341 GMT Okt 15`: day, hour, minute, zone, month, year.
IPTC_TRAILER_RE = regex(
    r"(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s+(?P<zone>[A-Z]{1,4})\s+"
    r"(?P<month>[A-Za-zäÄ]{3})\.?\s+(?P<year>\d{2}|\d{4})\b"
)


def full_year(year: int) -> int:
    """A two-digit trailer year as a full year (see ``TRAILER_CENTURY_PIVOT``)."""
    if year >= 100:
        return year
    return year + (2000 if year < TRAILER_CENTURY_PIVOT else 1900)


def _zoned(parts: dict[str, str], month: int) -> datetime | None:
    offset = ZONES.get(parts["zone"].upper())
    try:
        return datetime(
            full_year(int(parts["year"])),
            month,
            int(parts["day"]),
            int(parts["hour"]),
            int(parts["minute"]),
            tzinfo=None if offset is None else timezone(timedelta(hours=offset)),
        )
    except ValueError:
        return None


def anpa_trailer(text: str) -> tuple[str, datetime | None] | None:
    """(agency, time) of an ANPA trailer found in ``text``, or None."""
    match = ANPA_TRAILER_RE.search(text)
    if match is None:
        return None
    return match.group("agency"), _zoned(match.groupdict(), int(match.group("month")))


def iptc_trailer(text: str) -> datetime | None:
    """The time of an IPTC 7901 trailer at the start of ``text``, or None."""
    match = IPTC_TRAILER_RE.match(text.strip())
    if match is None:
        return None
    month = MONTHS.get(match.group("month").lower())
    return _zoned(match.groupdict(), month) if month else None


def iso_time(text: str | None) -> datetime | None:
    """An ISO 8601 date or time, basic (``20240314T114200Z``) or extended, or None."""
    if not text or not text.strip():
        return None
    try:
        return isoparse(text.strip())
    except (ValueError, OverflowError):
        return None
