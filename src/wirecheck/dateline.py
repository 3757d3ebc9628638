"""The dateline grammar: place, date and agency at the head of a story, and the date's year.

A dateline is parsed, not split on separators. Its grammar, tried at the start of a
paragraph (or of a line that holds nothing else)::

    dateline  := [group dash] body closing          (ANSA: `(ANSA) - ROMA, 1 LUG -`)
    body      := [places [bracketed] {"," region} ["," | "."] [date]] [date] {agency}
    places    := place {("/" | "and" | "&") place}  (`CAIRO/ISTANBUL`, `NEW YORK and CHICAGO`)
    bracketed := "(" country ")" | "[" country "]"  (`Kyiv (Ukraine)`, `New Delhi [India]`,
                 `SITGES (BARCELONA), 29 (EUROPA PRESS)`)
    date      := month ["."] day | day ["."] month ["."]  [[","] year]   (or in parentheses)
    agency    := "(" name {"/" name} ")" | "/" name "/" | known name after a date
    closing   := one of — – -- - _ .- (cp1252 0x96/0x97 too), ":" after an agency, or none

Every step looks at a bounded window at the start of the text and moves forward only, so
matching is linear however hostile the input. Shapes that also occur in prose need more
evidence: a title-case place with no agency and no date (`Berlin —`) must be a place we
know and end in a heavy dash, and parenthesised words that are not agencies
(`Tillakaratne Dilshan (cricket) -`, `(AP Photo/...)`, `(D-Calif.)`) never make one.

The year of a date without one is chosen by ``resolve_date`` (see its docstring).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from enum import IntEnum
from functools import lru_cache
from typing import NamedTuple

from wirecheck.model import Dateline, YearSource
from wirecheck.patterns.dateline_data import (
    AGENCIES,
    AGENCY_KIND_WORDS,
    COUNTRIES,
    FOREIGN_THIS_WORDS,
    FOREIGN_WEEKDAYS,
    GEORGIA_COUNTRY_CITIES,
    HIJRI_MONTHS,
    MONTHS,
    NOT_AGENCY_WORDS,
    NOT_PLACE_LEADS,
    NOT_PLACE_WORDS,
    OTHER_REGIONS,
    PAGE_DATE_LEAD_RE,
    PAGE_DATE_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_CONNECTORS,
    RELEASE_WIRE_RE,
    TRAILER_CENTURY_PIVOT,
    TRAILER_DATE_RE,
    UNITED_STATES,
    US_STANDALONE_CITIES,
    US_STATES,
    WEAK_PLACE_LEADS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAYS,
    WORLD_CITIES,
    norm_key,
)
from wirecheck.patterns.invisible import INVISIBLE
from wirecheck.patterns.mojibake import CONTINUATION_RE, PAIR_RE
from wirecheck.patterns.stopwords import ALL_STOPWORDS
from wirecheck.regexes import regex

# The longest stretch of text a dateline may take. Real ones stay under 80 characters
# (`SPRINGFIELD, Mass., Oct. 31 (UPI) --` is 36); the window bounds the work on hostile input.
WINDOW = 160

# Spaces inside a dateline: ASCII, tab and the non-breaking and thin spaces of web copy.
_SPACES = frozenset(
    " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Em dash, cp1252 0x97 read as Latin-1, horizontal bar: always a dateline dash.
_HEAVY_DASHES = "—\u0097―"
# En dash, cp1252 0x96 read as Latin-1, figure dash, minus: also sentence dashes.
_LIGHT_DASHES = "–\u0096‒−"
# UTF-8 em and en dashes and the horizontal bar decoded as Windows-1252: mojibake in
# scraped copy; the dashes decoded as Greek or Cyrillic Windows code pages too.
_MOJIBAKE_DASHES = ("â€”", "â€“", "â€•", "β€”", "β€“", "вЂ”", "вЂ“")
# A bullet (below) read so: `ST. LOUIS â€¢ The council`.
_MOJIBAKE_BULLET = "â€¢"
# Wire slugs, which open a line in capitals and hyphens as a dateline does.
_SLUGS = ("BC-", "AM-", "PM-", "^BC-")
# Fullwidth parentheses, comma and full stop: the dateline reads them as ASCII.
_FULLWIDTH = "\uff08"
_FULLWIDTH_MARKS = str.maketrans("\uff08\uff09\uff0c\uff0e\uff1a", "(),.:")
# Dashes written as HTML character references.
_DASH_REFERENCE_RE = regex(r"&(mdash|ndash|#8212|#8211|#x2014|#x2013);", re.IGNORECASE)
# What a lost dash becomes: a 7-bit `?`, U+FFFD, Mac Roman's em dash read as cp1252.
# And a bullet, which some houses set where others set a dash (`NEW YORK • US cases`):
# spaced, after a place and before a sentence, it closes a dateline the same way.
_LOST_DASHES = "?\ufffdÑ•"

_MAX_PLACES = 4
_MAX_PLACE_WORDS = 6
_MAX_REGION_WORDS = 4
_MAX_REGIONS = 2
_MAX_GROUPS = 3
_MAX_GROUP_CHARS = 48
_MAX_AGENCY_TOKENS = 4
_MAX_AGENCY_WORDS = 4
# Lower-case agency names are short (`dpa`, `tca`, `epd`); a longer lower-case word in
# parentheses is a note (`(cricket)`), not an agency.
_MAX_LOWER_AGENCY = 5
_MAX_ACRONYM = 8
# A caps place with nothing but a dash must be this long: `US - China talks` is prose,
# `WCQ - AFC` a menu.
_MIN_BARE_CAPS = 4
# How far back the weekday and assumed rules look for a year (a weekday recurs on a date
# within 11 years, Feb 29 within 28).
_YEARS_BACK = 40

_NON_SPACE_RE = regex(r"\S")
# Between agencies in one pair of parentheses: `(tca/dpa)`, `(AFP, Reuters)`.
_AGENCY_SEPARATOR_RE = regex(r"\s*[/,]\s*")
_PLACE_SEPARATOR_RE = regex(r"\s*/\s*|\s+(?:and|AND|&)\s+")
# `McALLEN`, `DeKALB`, `LaGRANGE`: capitals after a name prefix.
_CAPS_PREFIX_RE = regex(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von)(?=[A-Z]{2})")


class Closing(IntEnum):
    """How a dateline ends; the grammar asks more of the other parts after a weaker one."""

    NONE = 0
    PUNCT = 1  # `(ANI):`, `/TASS/.`
    HYPHEN = 2  # `-`: also joins words and sentences
    EN = 3  # `–`: also a sentence dash
    HEAVY = 4  # `—`, `--`, `_`, `.-`: in wire copy, a dateline's


class DatelineMatch(NamedTuple):
    """A dateline found at the start of a text, split into its parts as written."""

    raw: str
    end: int
    city: str | None
    region: str | None
    country: str | None
    agencies: tuple[str, ...]
    date_text: str | None


class _Group(NamedTuple):
    names: tuple[str, ...]
    known: bool
    acronym: bool


class _Body:
    """What the body of a dateline holds, with the evidence the acceptance test weighs.

    A plain slotted class: every command defines it at start-up, where a dataclass costs
    about half a millisecond (it compiles its methods)."""

    __slots__ = (
        "agencies",
        "agency_known",
        "agency_trusted",
        "bylined",
        "city",
        "date_span",
        "end",
        "place_caps",
        "place_known",
        "region_known",
        "regions",
        "start",
    )

    def __init__(self, start: int, end: int = 0) -> None:
        self.start = start
        self.end = end
        self.city: str | None = None
        self.place_caps = False
        self.place_known = False
        self.regions: list[str] = []
        self.region_known = False
        self.date_span: tuple[int, int] | None = None
        self.agencies: list[str] = []
        self.agency_known = False
        self.agency_trusted = True  # every unknown group looks like an acronym
        self.bylined = False  # the agency credited in a `By` before the place (IANS's web)


# --- characters and words ---------------------------------------------------------------


def _skip_whitespace(text: str, i: int) -> int:
    """The first non-whitespace position from ``i`` (line breaks included)."""
    found = _NON_SPACE_RE.search(text, i)
    return found.start() if found else len(text)


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] in _SPACES:
        i += 1
    return i


def _alpha_end(s: str, i: int) -> int:
    while i < len(s) and s[i].isalpha():
        i += 1
    return i


def _garbled_at(s: str, j: int, start: int) -> bool:
    """Whether ``s[j]`` continues a garbled character: a continuation byte read as cp1252
    right after a lead byte (`Ã“`), or after a lead and one continuation (`â€™`). A dash
    or quote after a plain letter (`WASHINGTON—`) is none."""
    if not _CONTINUATION_RE.fullmatch(s[j]):
        return False
    k = j - 1
    if k > start and _CONTINUATION_RE.fullmatch(s[k]):
        k -= 1
    return k >= start and "\u00c2" <= s[k] <= "\u00f4"


def _word_end(s: str, i: int) -> int:
    """End of a place word at ``i``: letters with inner `'` `-` and periods (`D.C.`)."""
    n = len(s)
    if i >= n or not s[i].isalpha():
        return i
    j = i
    while j < n:
        ch = s[j]
        if ch.isalpha() or (ch in "'’-" and j + 1 < n and s[j + 1].isalpha()):
            j += 1
        elif ch == ".":
            j += 1
            # `U.S.-MEXICO BORDER`: a hyphen after an abbreviation's period joins a word.
            if j + 1 < n and s[j] == "-" and s[j + 1].isalpha():
                continue
            if j >= n or not s[j].isalpha():
                break
        elif ch > "\x7f" and (ch == _LOST_LETTER or _garbled_at(s, j, i)):
            j += 1  # a letter the file garbled (`ASUNCIÃ“N`) or lost (`S\ufffdO`)
        elif ch == "&" and (reference := _REFERENCE_RE.match(s, j)):
            j = reference.end()  # `S&Atilde;O`
        else:
            break
    return j


def _is_initial(word: str) -> bool:
    """`R.`: one capital letter and its period."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


def _is_dotted_initials(word: str) -> bool:
    """`D.C.`, `N.Y.`, `U.S.`: single letters each followed by a period."""
    parts = word.split(".")
    return len(parts) > 2 and parts[-1] == "" and all(len(p) == 1 for p in parts[:-1])


def _is_caps(word: str) -> bool:
    letters = word.replace("'", "").replace("’", "")
    if letters.isupper():
        return True
    prefix = _CAPS_PREFIX_RE.match(word)
    return prefix is not None and word[prefix.end() :].isupper()


_MOJIBAKE_RE = PAIR_RE
_CONTINUATION_RE = CONTINUATION_RE
_REFERENCE_RE = regex(r"&[A-Za-z]{2,8};")
_LOST_LETTER = "\ufffd"


def _as_read(word: str) -> str:
    """``word`` as a reader sees it, for the tests of its shape: a place's name keeps its
    shape when the file garbled a letter (`SÃƒO`, `S\ufffdO`, `S&Atilde;O` are `SÃO`)."""
    if _LOST_LETTER in word:
        word = word.replace(_LOST_LETTER, "X" if word[:1].isupper() else "x")
    if "&" in word and ";" in word:
        import html

        word = html.unescape(word)
    if _MOJIBAKE_RE.search(word):
        from ftfy import fix_encoding  # imported here: only a garbled word pays for it

        word = fix_encoding(word)
    return word


def _word_kind(word: str) -> str | None:
    """`caps`, `title`, `dotted`, `connector`, or None for a word that is not a place's."""
    if not word.isascii() or "&" in word:
        word = _as_read(word)
    if (
        _is_dotted_initials(word)
        or _is_initial(word)
        or (word.endswith(".") and norm_key(word) in PLACE_ABBREVIATIONS)
    ):
        return "dotted"
    if word.lower() in PLACE_CONNECTORS and word.islower():
        return "connector"
    if sum(ch.isalpha() for ch in word) < 2:
        return None
    if _is_caps(word):
        return "caps"
    if word[0].isupper():
        return "title"
    return None


def _is_abbreviation(word: str) -> bool:
    """Whether the period that ends ``word`` belongs to it (`ST.`, `Mass.`, `D.C.`, the
    middle initial of `ABOARD THE USS GERALD R. FORD`)."""
    key = norm_key(word)
    return (
        _is_dotted_initials(word)
        or _is_initial(word)
        or key in PLACE_ABBREVIATIONS
        or key in US_STATES
        or key in OTHER_REGIONS
        or key in COUNTRIES
    )


def _phrase(s: str, i: int, max_words: int) -> tuple[int, list[str]] | None:
    """A run of place-like words from ``i``: (end, kinds), or None if none starts there.

    Stops before a word that is no place word and after a period that is not an
    abbreviation's (`MOSCOW. Jan 5`: the period then separates the date).
    """
    words: list[tuple[str, int]] = []  # (kind, end)
    j = i
    while len(words) < max_words:
        w_end = _word_end(s, j)
        if w_end == j or (w_end < len(s) and s[w_end] in _ASCII_DIGITS):
            break
        word = s[j:w_end]
        if words and words[-1][0] == "caps" and _month_first_date(s, j) is not None:
            break  # Reuters' UK site: `LONDON Oct 8 European shares ...`, no comma before it
        stop = word.endswith(".") and not _is_abbreviation(word)
        if stop:
            word, w_end = word[:-1], w_end - 1
        kind = None if word.lower() == "and" else _word_kind(word)
        if kind is None:
            break
        words.append((kind, w_end))
        k = _skip_spaces(s, w_end)
        if stop or k == w_end or k - w_end > 2 or k >= len(s) or not s[k].isalpha():
            break
        j = k
    while words and words[-1][0] == "connector":
        words.pop()
    if not words or words[0][0] == "connector":
        return None
    return words[-1][1], [kind for kind, _ in words]


def _month_first_date(s: str, i: int) -> tuple[int, int, int, int | None] | None:
    """The date opening at ``s[i]`` with its month in Title Case, then its day (`Oct 8`,
    `May 23`), as ``_parse_date`` reads it: after a place in capitals it is no part of the
    place's name. None if no such date opens there."""
    if i + 1 < len(s) and s[i].isupper() and s[i + 1].islower():
        return _parse_date(s, i)
    return None


def _place_case(kinds: list[str]) -> str | None:
    """`caps` or `title` for a place whose words agree, None for mixed (`Mr. SMITH`)."""
    cases = {k for k in kinds if k in ("caps", "title")}
    if len(cases) > 1:
        return None
    return cases.pop() if cases else "caps"


# --- dates -------------------------------------------------------------------------------


# `str.isdigit` is true for `²` and other digits `int` cannot read; dates use ASCII digits.
_ASCII_DIGITS = frozenset("0123456789")


def _days_in_month(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


def _day(s: str, i: int) -> tuple[int, int] | None:
    """A day of the month at ``i`` with an optional ordinal suffix: (end, day)."""
    j = i
    while j < len(s) and s[j] in _ASCII_DIGITS and j - i < 3:
        j += 1
    if not 1 <= j - i <= 2 or not 1 <= int(s[i:j]) <= 31:
        return None
    day = int(s[i:j])
    k = _alpha_end(s, j)
    if s[j:k].lower() in ("st", "nd", "rd", "th", "er", "e"):
        j = k
    elif j < len(s) and s[j] in "º°ª":
        j += 1
    if j < len(s) and s[j].isalnum():
        return None
    return j, day


def _month(s: str, i: int) -> tuple[int, int] | None:
    """A month name or abbreviation at ``i``, with its period: (end, month)."""
    j = _alpha_end(s, i)
    if j == i or j - i > 10:
        return None
    month = MONTHS.get(norm_key(s[i:j]))
    if month is None:
        return None
    if j < len(s) and s[j] == ".":
        j += 1
    return j, month


def _year(s: str, i: int) -> tuple[int, int] | None:
    """`, 2005`, ` , 2005` or ` 2005` (`de 2024` in Spanish) after a day and month, or
    `/2026` right after the day (`November 28/2026`, Ethiopia's ENA)."""
    j = _skip_spaces(s, i)
    if j < len(s) and s[j] == ",":
        j = _skip_spaces(s, j + 1)
    elif j == i and s[i : i + 1] == "/":
        j = i + 1
    elif j == i:
        return None
    if s[j : j + 3].lower() == "de ":
        j = _skip_spaces(s, j + 3)
    digits = s[j : j + 4]
    ascii_year = len(digits) == 4 and digits.isascii() and digits.isdigit()
    if not ascii_year or not 1800 <= int(digits) <= 2199:
        return None
    if j + 4 < len(s) and s[j + 4].isalnum():
        return None
    return j + 4, int(digits)


# A day of the month alone before an agency's name in parentheses (Europa Press's
# `MADRID, 29 (EUROPA PRESS) -`); the name must be a known agency's (``_day_only``).
_DAY_ONLY_RE = regex(r"([0-3]?\d)\s+\(([^()\n]{2,40})\)")


def _day_only(s: str, i: int) -> re.Match[str] | None:
    """The day alone at ``i``, before a known agency in parentheses, or None."""
    found = _DAY_ONLY_RE.match(s, i)
    return found if found and norm_key(found.group(2)) in AGENCIES else None


def _numeric_date(s: str, i: int) -> tuple[int, int, int, int | None] | None:
    """An all-digit date with its year at ``i``: (end, month, day, year).

    Only the two unambiguous shapes: day first with full stops (`28.11.2026`, as dpa, PAP
    and CTK write it in German and Slavic house styles) and ISO (`2026-11-28`). Slashed
    dates are left alone: `11/12/2026` is November or December by the writer's country.
    The full four-digit year is required, so a score or a decimal (`3.5`) is never one.
    """
    found = _NUMERIC_DATE_RE.match(s, i)
    if found is None:
        return None
    if found["iso_year"]:
        year, month, day = int(found["iso_year"]), int(found["iso_month"]), int(found["iso_day"])
    else:
        year, month, day = int(found["year"]), int(found["month"]), int(found["day"])
    if not (1 <= month <= 12 and 1 <= day <= _days_in_month(month) and 1800 <= year <= 2199):
        return None
    return found.end(), month, day, year


# Ends where no digit, letter or further `.digit` follows: `28.11.2026.5` is no date.
_NUMERIC_DATE_RE = regex(
    r"(?:(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})"
    r"|(?P<iso_year>\d{4})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d))"
    r"(?![\w.-]\d|\w)",
    re.ASCII,
)


def _parse_date(s: str, i: int) -> tuple[int, int, int, int | None] | None:
    """A dateline date at ``i``: (end, month, day, year or None).

    Month first (`Nov. 2`, `Sept.  14`, `December 22, 2013`, `Nov. 1 , 2005`) or day first
    (`10 juil 2024`, `1 LUG`, `5. Januar`, `5th January, 2024`, `5 de enero`).
    """
    if i >= len(s):
        return None
    if s[i].isalpha():
        month_at = _month(s, i)
        if month_at is None:
            return None
        after, month = month_at
        j = _skip_spaces(s, after)
        if j == after and s[after - 1] != ".":
            return None
        day_at = _day(s, j)
        if day_at is None:
            return None
        end, day = day_at
    elif s[i] in _ASCII_DIGITS:
        numeric = _numeric_date(s, i)
        if numeric is not None:
            return numeric
        day_at = _day(s, i)
        if day_at is None:
            return None
        after, day = day_at
        if after < len(s) and s[after] == ".":
            after += 1
        j = _skip_spaces(s, after)
        if j == after:
            return None
        if s[j : j + 3].lower() in ("de ", "of "):
            j = _skip_spaces(s, j + 3)
        month_at = _month(s, j)
        if month_at is None:
            return None
        end, month = month_at
        if end < len(s) and s[end].isalnum():
            return None
    else:
        return None
    if day > _days_in_month(month):
        return None
    year_at = _year(s, end)
    if year_at is None:
        return end, month, day, None
    return year_at[0], month, day, year_at[1]


_WEEKDAY_NAMES = frozenset(WEEKDAYS) | frozenset(day.upper() for day in WEEKDAYS)


def _weekday_before_date(s: str, i: int) -> int | None:
    """Where the date starts when a weekday at ``i`` opens it (WAFA's `RAMALLAH, Friday,
    February 08, 2019 (WAFA) –`), else None. The weekday is the date's, never a region or
    country: it goes into ``date_text`` with the date it names."""
    j = _alpha_end(s, i)
    if s[i:j] not in _WEEKDAY_NAMES:
        return None
    k = _skip_spaces(s, j)
    if s.startswith(",", k):
        k = _skip_spaces(s, k + 1)
    if k == j or _parse_date(s, k) is None:
        return None
    return k


def _full_date(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year) when ``text`` is nothing but a date, a weekday before it or not."""
    text = text.strip()
    parsed = _parse_date(text, _weekday_before_date(text, 0) or 0)
    if parsed is None or parsed[0] != len(text):
        return None
    return parsed[1], parsed[2], parsed[3]


# --- agencies ----------------------------------------------------------------------------


# A news site credited where an agency goes: `Dhaka, Dec 1 (bdnews24.com) -`.
_SITE_AGENCY_RE = regex(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|[a-z]{2})")


def _agency_word_ok(word: str) -> bool:
    if _SITE_AGENCY_RE.fullmatch(word):
        return True
    if not all(ch.isalpha() or ch in ".&'’" for ch in word):
        return False
    letters = sum(ch.isalpha() for ch in word)
    if word.isupper():
        return letters >= 2
    if word[0].isupper():
        return True
    return word.islower() and letters <= _MAX_LOWER_AGENCY


# What an agency calls itself after its name: `(dts Nachrichtenagentur)`, `(Mehr News
# Agency)`. The word vouches for the name before it as an agency's.
_AGENCY_KINDS = ("nachrichtenagentur", "presseagentur", "newsagency", "pressagency")


def _kind_named(token: str) -> str | None:
    """The agency's name when ``token`` is a name the lists lack and its kind (`dts
    Nachrichtenagentur` gives `dts`); None otherwise. A name the lists know (`Xinhua News
    Agency`, `Mehr News Agency`) is kept as written, as before; a function word is no
    name (`the news agency`)."""
    words = token.split()
    for n in (1, 2):
        if len(words) > n and norm_key(" ".join(words[-n:])) in _AGENCY_KINDS:
            name = words[:-n]
            if len(name) >= _MAX_AGENCY_WORDS or any(
                norm_key(p) in AGENCIES for w in words for p in w.split("-")
            ):
                return None
            keys = [norm_key(w) for w in name]
            if any(k in ALL_STOPWORDS for k in keys) or not all(map(_agency_word_ok, name)):
                return None
            return " ".join(name)
    return None


def _agency_group(content: str) -> _Group | None:
    """The agencies in `(tca/dpa)` or `(Reuters Breakingviews)`, or None if not agencies."""
    tokens = [t.strip() for t in _AGENCY_SEPARATOR_RE.split(content)]
    if not 1 <= len(tokens) <= _MAX_AGENCY_TOKENS:
        return None
    known_any = False
    acronym_all = True
    for n, token in enumerate(tokens):
        named = _kind_named(token)
        if named is not None:
            tokens[n] = named
            known_any = True
            continue
        words = token.split()
        if not 1 <= len(words) <= _MAX_AGENCY_WORDS:
            return None
        keys = [norm_key(w) for w in words]
        if any(k in NOT_AGENCY_WORDS for k in keys):
            return None
        key = norm_key(token)
        if key in COUNTRIES or key in US_STATES or key in MONTHS:
            return None
        parts = [p for w in words for p in w.split("-")]
        known = (
            key in AGENCIES or keys[0] in AGENCIES or any(norm_key(p) in AGENCIES for p in parts)
        )
        if not known and not all(p and _agency_word_ok(p) for p in parts):
            return None
        if not known and "-" in token:
            return None  # party labels: `(D-Calif.)`, `(R-Texas)`
        known_any = known_any or known
        letters = sum(ch.isalpha() for ch in token)
        acronym = len(words) == 1 and (
            (token.isupper() and 2 <= letters <= _MAX_ACRONYM)
            or bool(_SITE_AGENCY_RE.fullmatch(token))  # a site's name is as sure as an acronym
        )
        acronym_all = acronym_all and (known or acronym)
    return _Group(names=tuple(tokens), known=known_any, acronym=acronym_all)


def _bracketed(s: str, i: int) -> tuple[int, str] | None:
    """(end, content) of `( ... )` or `[ ... ]` at ``i``, without nesting."""
    close = ")" if s[i] == "(" else "]"
    j = s.find(close, i + 1, i + 2 + _MAX_GROUP_CHARS)
    if j < 0:
        return None
    content = s[i + 1 : j]
    if not content.strip() or "(" in content or "[" in content or "\n" in content:
        return None
    return j + 1, content


def _slash_agency(s: str, i: int) -> tuple[int, str] | None:
    """`/PRNewswire/`, `/TASS/`, or a known one in spaced slashes (ACCESSWIRE's
    `VANCOUVER, BC / ACCESSWIRE / November 28, 2026 /`): (end, name as written)."""
    j = s.find("/", i + 1, i + 2 + _MAX_GROUP_CHARS)
    if j < 0:
        return None
    name = s[i + 1 : j]
    if name != name.strip() and norm_key(name.strip()) not in AGENCIES:
        return None
    name = name.strip()
    if not name or not name[0].isalpha() or "\n" in name:
        return None
    if not all(ch.isalnum() or ch in " -.&" for ch in name):
        return None
    return j + 1, name


def _slash_date(s: str, i: int, body: _Body) -> bool:
    """ACCESSWIRE's date in slashes after its name (`/ ACCESSWIRE / November 28, 2026 /`),
    closing slash included; extends ``body``."""
    j = s.find("/", i + 1, i + 2 + _MAX_GROUP_CHARS)
    if j < 0:
        return False
    content = s[i + 1 : j]
    if "\n" in content or _full_date(content) is None:
        return False
    lead = len(content) - len(content.lstrip())
    body.date_span = (i + 1 + lead, i + 1 + len(content.rstrip()))
    body.end = j + 1
    return True


def _dated_group(content: str, at: int, body: _Body) -> _Group | None:
    """Newsfile's agency and date in one pair of parentheses (`--(Newsfile Corp. -
    November 28, 2026) -`): the agencies, with the date set on ``body``."""
    name, dash, when = content.rpartition(" - ")
    if not dash or _full_date(when) is None:
        return None
    group = _agency_group(name)
    if group is None:
        return None
    start = at + len(name) + len(dash)
    start += len(when) - len(when.lstrip())
    body.date_span = (start, at + len(content.rstrip()))
    return group


def _bare_agency(s: str, i: int) -> tuple[int, str] | None:
    """A known agency written without parentheses after a date: `Jan. 5 Kyodo -`."""
    best: tuple[int, str] | None = None
    j = i
    for _ in range(3):
        w_end = _alpha_end(s, j)
        while w_end < len(s) and s[w_end] == "-" and w_end + 1 < len(s) and s[w_end + 1].isalpha():
            w_end = _alpha_end(s, w_end + 1)
        if w_end == j:
            break
        if norm_key(s[i:w_end]) in AGENCIES:
            best = (w_end, s[i:w_end])
        j = _skip_spaces(s, w_end)
        if j == w_end:
            break
    return best


# An agency's tag in capitals closed by a slash (Report.az's `REPORT.AZ/`).
_SLASH_TAG_RE = regex(r"([A-Z][A-Z0-9.&-]{1,23})/(?=\s)")


def _slash_tag(s: str, i: int) -> tuple[int, str] | None:
    """Report.az's `Baku. 27 June. REPORT.AZ/ "I urge ...`: after a place and its date, an
    agency's tag in capitals closed by a slash, a blank after it, is the dateline's last
    part as TASS's `/TASS/.` is: (end, name)."""
    found = _SLASH_TAG_RE.match(s, i)
    if found is None or sum(ch.isalpha() for ch in found.group(1)) < 2:
        return None
    return found.end(), found.group(1)


def _dash_before_release_wire(s: str, i: int) -> int:
    """Where the wire's bracket opens when a dash at ``i`` stands between the place and a
    release wire the lists know (`TAMPA, Fla.–(BUSINESS WIRE)–`, web copy's spaced `MOUNT
    LAUREL, N.J. — (BUSINESS WIRE) —`); ``i`` otherwise. Only a release wire's name is
    read past a dash: after a news agency's place, a dash and a bracket open the lede."""
    if s.startswith("--", i):
        j = i + 2
    elif i < len(s) and s[i] in _HEAVY_DASHES + _LIGHT_DASHES:
        j = i + 1
    else:
        return i
    k = _skip_spaces(s, j)
    got = _bracketed(s, k) if s.startswith("(", k) else None
    if got is None:
        return i
    name = got[1].strip()
    return k if norm_key(name) in AGENCIES and RELEASE_WIRE_RE.search(name) else i


def _add_group(body: _Body, group: _Group) -> None:
    body.agencies.extend(group.names)
    body.agency_known = body.agency_known or group.known
    body.agency_trusted = body.agency_trusted and (group.known or group.acronym)


def _agencies(s: str, body: _Body) -> None:
    """Agencies (and a date in parentheses) after the place and date, extending ``body``."""
    for _ in range(_MAX_GROUPS):
        i = _skip_spaces(s, body.end)
        if s.startswith("--(", i) and body.city is not None:
            i += 2  # `NEW YORK--(BUSINESS WIRE)--`
        elif body.city is not None and not body.agencies:
            i = _dash_before_release_wire(s, i)
        if i >= len(s):
            return
        if s[i] == "(":
            got = _bracketed(s, i)
            if got is None:
                return
            end, content = got
            if body.date_span is None and _full_date(content):
                lead = len(content) - len(content.lstrip())
                body.date_span = (i + 1 + lead, i + 1 + len(content.rstrip()))
                body.end = end
                continue
            group = _agency_group(content)
            if group is None and body.date_span is None:
                group = _dated_group(content, i + 1, body)
            if group is None:
                return
            _add_group(body, group)
            body.end = end
        elif s[i] == "/" and i > body.end:
            got = _slash_agency(s, i)
            if got is None:
                return
            body.end, name = got
            known = norm_key(name) in AGENCIES or "wire" in name.lower()
            _add_group(body, _Group(names=(name,), known=known, acronym=name.isupper()))
            if body.date_span is None and s[body.end - 2] in _SPACES:
                _slash_date(s, body.end - 1, body)
        elif body.date_span is not None and not body.agencies:
            # `Nov 29, BNS -`, Kazinform's `Almaty. November 29. KAZINFORM -`
            j = _skip_spaces(s, i + 1) if s[i] in ",.;" else i
            tagged = body.city is not None and j > body.end
            bare = (_slash_tag(s, j) if tagged else None) or _bare_agency(s, j)
            if bare is None or j == body.end:  # `Jan 5Kyodo` is no dateline
                return
            if s[i] == ";" and not s.startswith(":", bare[0]):
                return  # `Seoul, Jan 15; AP:` only: a semicolon is prose's stop too
            body.end = bare[0]
            _add_group(body, _Group(names=(bare[1],), known=True, acronym=False))
        else:
            return


# --- places ------------------------------------------------------------------------------


def placed(match: DatelineMatch) -> bool:
    """Whether a dateline says where and when as a story's does: an agency, a date, a
    region or country, or a city the lists know. Words in capitals and a dash alone
    (`TAXES —`, `SEATTLE MARINERS — Agreed to terms ...`) may be an explainer's labels or
    a list's items as well."""
    return bool(
        match.agencies
        or match.date_text
        or match.region
        or match.country
        or known_city(norm_key(match.city or ""))
    )


# What follows a newspaper page's head after its dash: the page's code (`A3`, `B12`, `3A`,
# `PAGE 7`, `p. 4`).
_PAGE_CODE_RE = regex(
    r"\s*(?:(?:page|pg\.?|p\.)\s*)?(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}[A-Z]?)\s*", re.IGNORECASE
)
_FULL_YEAR_RE = regex(r"\b(?:1[89]|20)\d\d\b")
_PAGE_WEEKDAY_RE = regex(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# A newspaper page's head is short: its name, its date and its code.
_PAGE_HEAD_MAX = 80


def page_head(text: str, prose_under: bool) -> bool:
    """Whether a line that reads as a dateline is a newspaper page's head, set above the
    headline in a clipping or the OCR of a page (`EVENING HERALD, FRIDAY, OCTOBER 31, 1997
    -- A3`): no agency, and nothing after its dash but the page's code (a lede follows a
    story's), or on a line of its own, dated by a weekday and the full year with no prose
    under it (``prose_under`` false: a headline is no lede). A story's own-line dateline
    gives the day and month (`BEIJING, Nov. 1 (Xinhua) --`) over its lede."""
    if len(text) > _PAGE_HEAD_MAX or not any(c.isdigit() for c in text):
        return False  # both shapes hold a figure: the page's code, or the year
    match = match_dateline(text)
    if match is not None:
        return not match.agencies and _PAGE_CODE_RE.fullmatch(text, match.end) is not None
    if prose_under:
        return False
    own = match_dateline(text, own_line=True)
    return (
        own is not None
        and not own.agencies
        and own.date_text is not None
        and _FULL_YEAR_RE.search(own.date_text) is not None
        and _PAGE_WEEKDAY_RE.search(own.raw) is not None
    )


def known_city(key: str) -> bool:
    """A dateline city the lists know (``norm_key`` form)."""
    return key in WORLD_CITIES or key in US_STANDALONE_CITIES


def _places(s: str, body: _Body) -> bool:
    """One or more places at ``body.start``; False if the text does not open with one."""
    i = body.start
    cases: set[str] = set()
    for _ in range(_MAX_PLACES):
        got = _phrase(s, i, _MAX_PLACE_WORDS)
        case = _place_case(got[1]) if got else None
        if got is None or case is None:
            return False
        cases.add(case)
        end = got[0]
        key = norm_key(s[i:end])
        body.place_known = body.place_known or known_city(key)
        body.end = end
        j = _skip_spaces(s, end)
        if s.startswith("/", j) and (j == end or s[j + 1 : j + 2] in _SPACES):
            k = _skip_spaces(s, j + 1)  # `CAIRO/ISTANBUL`, not `LONDON /PRNewswire/`
        elif j > end and (s[j : j + 4].lower() == "and " or s.startswith("& ", j)):
            k = _skip_spaces(s, j + (2 if s[j] == "&" else 4))
        else:
            break
        if k >= len(s) or not s[k].isalpha() or _parse_date(s, k) is not None:
            break
        i = k
    if len(cases) > 1:
        return False
    body.place_caps = cases == {"caps"}
    body.city = s[body.start : body.end]
    return True


def _known_region(key: str) -> bool:
    return key in US_STATES or key in OTHER_REGIONS or key in COUNTRIES


def _and_joined(s: str, start: int, end: int, *, known: bool) -> int:
    """The end of a region named with `and` (`Trinidad and Tobago`, `Newfoundland and
    Labrador`, ANI's `(Jammu and Kashmir)`) whose first words end at ``end``, else
    ``end``: the phrase reader stops at `and`, which joins two places. After a comma the
    whole name must be a region or country the lists know; in brackets, which close it,
    any place phrase will do."""
    k = _skip_spaces(s, end)
    if k == end or not s.startswith("and ", k):
        return end
    got = _phrase(s, _skip_spaces(s, k + 4), _MAX_REGION_WORDS)
    if got is None or _place_case(got[1]) is None:
        return end
    if known and not _known_region(norm_key(s[start : got[0]])):
        return end
    return got[0]


def _add_region(body: _Body, text: str) -> None:
    body.regions.append(text)
    known = _known_region(norm_key(text))
    body.region_known = body.region_known or known


def _dated_agency_follows(s: str, i: int) -> bool:
    """Whether a comma, a date and an agency in parentheses follow ``i``: `, 25 (EUROPA
    PRESS)`, `, 25 May. (EUROPA PRESS)`, `, 25 may (EFE)`."""
    j = _skip_spaces(s, i)
    if not s.startswith(",", j):
        return False
    j = _skip_spaces(s, j + 1)
    if _day_only(s, j) is not None:
        return True
    parsed = _parse_date(s, j)
    return parsed is not None and s.startswith("(", _skip_spaces(s, parsed[0]))


def _region_after_paren(s: str, body: _Body) -> None:
    """`Kyiv (Ukraine)`, `New Delhi [India]`, ANI's `Guwahati (Assam) [India]`: a region
    or country in brackets, or two.

    An unknown name counts only in square brackets or when another bracket group follows
    (`Halle (Saale) (dpa)`, `(Assam) [India]`), so that `Washington (AP)` keeps its agency,
    or a date and an agency's (Europa Press's and EFE's province: `SITGES (BARCELONA), 25
    (EUROPA PRESS) -`, `Gijón (Asturias), 25 may (EFE).-`).
    """
    while len(body.regions) < _MAX_REGIONS:
        i = _skip_spaces(s, body.end)
        if i >= len(s) or s[i] not in "([":
            return
        got = _bracketed(s, i)
        if got is None:
            return
        end, content = got
        content = content.strip()
        key = norm_key(content)
        if not _known_region(key):
            phrase = _phrase(content, 0, _MAX_REGION_WORDS)
            if phrase is None or _place_case(phrase[1]) is None:
                return
            if _and_joined(content, 0, phrase[0], known=False) != len(content):
                return
            if (
                s[i] == "("
                and not s.startswith(("(", "["), _skip_spaces(s, end))
                and not _dated_agency_follows(s, end)
            ):
                return
            if key in AGENCIES:
                return
        _add_region(body, content)
        body.end = end


def _regions(s: str, body: _Body) -> bool:
    """`, Mass.`, `, Italy`, `, Mass.,` after the place; stops at a date. False on junk."""
    while True:
        i = _skip_spaces(s, body.end)
        if i >= len(s) or s[i] != ",":
            return True
        j = _skip_spaces(s, i + 1)
        if (
            _parse_date(s, j) is not None
            or _weekday_before_date(s, j) is not None
            or (j < len(s) and s[j] == "(")
            or _day_only(s, j) is not None
            or _slashed_before_agency(s, j) is not None
            or _HIJRI_DATE_RE.match(s, j) is not None
        ):
            body.end = i + 1
            return True
        if len(body.regions) >= _MAX_REGIONS:
            return False
        got = _phrase(s, j, _MAX_REGION_WORDS)
        if got is None:
            return False
        end, kinds = got
        if _place_case(kinds) is None:
            return False
        end = _and_joined(s, j, end, known=True)
        _add_region(body, s[j:end])
        body.end = end


def _assign_regions(body: _Body) -> tuple[str | None, str | None]:
    """Split the parts after the place into (region, country), as written.

    A US state, Canadian province or Australian state is a region, a country a country;
    of two unknown parts the first is the region. The country is `United States` when a US
    state or an AP stand-alone US city (written alone) makes it certain.
    """
    region: str | None = None
    country: str | None = None
    city_key = norm_key(body.city or "")
    us_state = False
    for n, part in enumerate(body.regions):
        key = norm_key(part)
        georgia_country = key == "georgia" and city_key in GEORGIA_COUNTRY_CITIES
        if (key in US_STATES or key in OTHER_REGIONS) and not georgia_country:
            is_region = True
            us_state = us_state or key in US_STATES
        elif key in COUNTRIES:
            is_region = False
        else:
            is_region = n == 0 and len(body.regions) > 1
        if is_region and region is None:
            region = part
        elif country is None:
            country = part
        elif region is None:
            region = part
    if country is None and us_state:
        country = UNITED_STATES
    if country is None and region is None and body.city is not None:
        places = _PLACE_SEPARATOR_RE.split(body.city)
        if all(norm_key(p) in US_STANDALONE_CITIES for p in places):
            country = UNITED_STATES
    return region, country


# --- the body and its closing --------------------------------------------------------------


def _body(s: str, start: int) -> _Body | None:
    """Place, region, date and agencies from ``start``; None if none of them is there."""
    body = _Body(start=start, end=start)
    parsed = _parse_date(s, start)
    if parsed is None and s[start : start + 1].isalpha():
        if not _places(s, body):
            return None
        _region_after_paren(s, body)
        if not _regions(s, body):
            return None
        i = _skip_spaces(s, body.end)
        if s[body.end - 1] == ",":
            parsed = _parse_date(s, _weekday_before_date(s, i) or i)
            if parsed is None and (day := _day_only(s, i)) is not None:
                # `MADRID, 29 (EUROPA PRESS) -`: the day alone before the agency's name
                parsed = (day.end(1), 0, int(day.group(1)), None)
            if parsed is None and (hijri := _HIJRI_DATE_RE.match(s, i)) is not None:
                parsed = (hijri.end(), 0, 0, None)  # read as written, never converted
            if parsed is None and (slashed := _slashed_before_agency(s, i)) is not None:
                return body if _slashed_agency(s, body, slashed) else None
            if parsed is None and not s.startswith("(", i):
                return None
        elif s.startswith(".", i) and (body.place_caps or body.place_known) and not body.regions:
            # Interfax: `MOSCOW. Jan 5 (Interfax) -`; a known city in Title Case too
            # (`Moscow. Jan 5 (Interfax) -`), which still needs its agency or dash.
            i = _skip_spaces(s, i + 1)
            parsed = _parse_date(s, i)
        elif (
            i > body.end
            and body.place_caps
            and not body.regions
            and (unstopped := _month_first_date(s, i)) is not None
            and (body.place_known or _known_bracket_after(s, unstopped[0]))
        ):
            # Reuters' UK site in 2012: a known city, `LONDON Oct 8 (Reuters) -`, even
            # `LONDON Oct 8 European shares ...` (``_unstopped_date`` asks for a lede after
            # that one); a place the lists lack when a known agency's bracket vouches for
            # the date (APP's `TARVIK Aug 4 (APP):`).
            parsed = unstopped
    else:
        i = start
    if parsed is not None:
        body.date_span = (i, parsed[0])
        body.end = parsed[0]
        after = _skip_spaces(s, body.end + 1)
        if s.startswith(".", body.end) and s[after : after + 1] in ("/", "("):
            body.end += 1  # TASS: `MOSCOW, January 5. /TASS/.`
    _agencies(s, body)
    return body if body.end > start else None


# A Hijri date with its year (`Ramadan 22, 1438`, `22 Ramadan 1438`): the year keeps a
# month's name in prose (`Ramadan 22 ...`) from being read as one.
_HIJRI_DAY = r"(?:30|[12]\d|0?[1-9])"
_HIJRI_DATE_RE = regex(
    rf"(?:(?:{HIJRI_MONTHS})\s{{1,3}}{_HIJRI_DAY}|{_HIJRI_DAY}\s{{1,3}}(?:{HIJRI_MONTHS}))"
    r",?\s{1,3}1[34]\d\d(?!\w)(?:\s{0,3}(?:AH|A\.H\.|H)(?!\w))?",
    re.IGNORECASE,
)


def _known_bracket_after(s: str, i: int) -> bool:
    """Does a bracket naming a known agency follow ``i`` (`(APP)`, `(KNA-OT)`)?"""
    j = _skip_spaces(s, i)
    found = _bracketed(s, j) if s[j : j + 1] in ("(", "[") else None
    group = _agency_group(found[1]) if found is not None else None
    return group is not None and group.known


def _unstopped_caps_place(body: _Body) -> bool:
    """A known city in capitals with no region: the place a date may follow with no comma."""
    return body.place_caps and body.place_known and not body.regions


def _slashed_before_agency(s: str, i: int) -> int | None:
    """The end of a slashed date at ``i`` when an agency's bracket follows it (ANA's
    `Athens, 10/05/1997 (ANA)`), else None. The date stays unread: its order is the
    writer's country's (see ``_numeric_date``)."""
    found = _SLASHED_DATE_RE.match(s, i)
    if found is None or not s.startswith("(", _skip_spaces(s, found.end())):
        return None
    return found.end()


def _slashed_agency(s: str, body: _Body, date_end: int) -> bool:
    """Extends ``body`` over the slashed date and the agencies after it; true when one of
    them is an agency the lists know (an unread date is no evidence of a dateline)."""
    body.end = date_end
    _agencies(s, body)
    return body.agency_known


def _sentence_at(s: str, i: int) -> bool:
    """Whether a sentence starts after the blanks at ``s[i]``: a capital, then a small
    letter or a blank (`Tens`, `A ferry`), or an acronym before a word in small letters
    (`US cases`, `UN troops`)."""
    j = _skip_spaces(s, i)
    if not (j > i and j + 1 < len(s) and s[j].isupper()):
        return False
    if s[j + 1].islower() or s[j + 1] == " ":
        return True
    k = j
    while k < len(s) and s[k].isupper():
        k += 1
    return k - j <= _ACRONYM_MAX and s.startswith(" ", k) and s[k + 1 : k + 2].islower()


_ACRONYM_MAX = 4


def _capitalised_word_at(s: str, j: int) -> bool:
    """Whether a word in Title Case (`The`, `Shares`) or a capital alone (`A`) opens at
    ``s[j]``."""
    return j + 1 < len(s) and s[j].isupper() and (s[j + 1].islower() or s[j + 1] in _SPACES)


# After a bullet, a sentence of this many words at least: a page's row of tags
# (`Singapore • Politics`, `London • Paris • Berlin`) is no dateline.
_BULLET_SENTENCE_WORDS = 4


def _bullet_sentence(s: str, i: int) -> bool:
    """Whether a sentence, not a row of tags, follows a bullet at ``s[i - 1]``: no further
    bullet in sight, words enough, one of the first few in small letters."""
    tail = s[i : i + 200]
    words = tail.split(maxsplit=_BULLET_SENTENCE_WORDS)
    return (
        "•" not in tail
        and _MOJIBAKE_BULLET not in tail
        and len(words) >= _BULLET_SENTENCE_WORDS
        and any(w[:1].islower() for w in words[1:_BULLET_SENTENCE_WORDS])
    )


def _closing(s: str, body: _Body) -> tuple[int, Closing]:
    """The dash (or colon) that ends the dateline: (end, kind); (body.end, NONE) if none."""
    p = body.end
    i = _skip_spaces(s, p)
    spaced = i > p
    prev = s[p - 1] if p > 0 else ""
    after_group = prev in ")/"
    none = (p, Closing.NONE)
    if i >= len(s):
        return none
    ch = s[i]

    def free(j: int) -> bool:  # nothing glued after a light dash
        return j >= len(s) or s[j].isspace()

    def lede_glued(j: int) -> bool:
        # Reuters' web copy sets the lede's first word against the dash (`LONDON
        # (Reuters) -The IMF`), TASS against its stop (`/TASS/.The IOC`): after a known
        # agency's bracket or slashes, a capitalised word there opens the lede (`-based`
        # in small letters is a compound's second half, never a lede).
        return after_group and body.agency_known and _capitalised_word_at(s, j)

    if s.startswith(_MOJIBAKE_DASHES, i):
        # `WASHINGTON (AP) â€”`: a UTF-8 dash read as Windows-1252 still ends the
        # dateline; the encoding checks report the damage.
        heavy = s[i + 2] in "”•"
        ok = heavy or ((spaced or after_group) and free(i + 3))
        return (i + 3, Closing.HEAVY if heavy else Closing.EN) if ok else none
    if ch == "&" and (reference := _DASH_REFERENCE_RE.match(s, i)):
        # `LAGOS (AP) &mdash;`: a dash an export wrote as HTML (WC506 reports it).
        heavy = reference.group(1).lower() in ("mdash", "#8212", "#x2014")
        ok = heavy or ((spaced or after_group) and free(reference.end()))
        return (reference.end(), Closing.HEAVY if heavy else Closing.EN) if ok else none
    width = 1
    if s.startswith(_MOJIBAKE_BULLET, i):
        # `ST. LOUIS â€¢ The council`: a UTF-8 bullet read as Windows-1252 is that bullet
        # (the encoding checks report the damage).
        ch, width = "•", len(_MOJIBAKE_BULLET)
    if (
        ch in _LOST_DASHES
        and spaced
        and free(i + width)
        and (
            (after_group and body.agency_known)
            or (
                (body.place_known or (body.place_caps and ch != "•"))
                and _sentence_at(s, i + width)
                and (ch != "•" or _bullet_sentence(s, i + width))
            )
        )
    ):
        # `LAGOS (AP) ? A ferry`: after a known agency, a dash the conversion lost (`?`,
        # U+FFFD) or one Mac Roman's reading turned into `Ñ` (the encoding checks report it);
        # where a sentence follows, after a place in capitals (`TEHRAN ? Tens of`) or a
        # city the lists know in any case (`Nairobi ? Kenya's`): English sets no space
        # before a question mark, and a known city is no question's last word. A house's
        # bullet in the dash's place closes it alike (`NEW YORK • US cases`), after a
        # known place only: `SPORTS • The Lakers` is a section label over a lede.
        return i + width, Closing.HEAVY
    if s.startswith(".-", i) and prev == ")":
        j = i + 2
        while j < len(s) and s[j] == "-":
            j += 1
        return j, Closing.HEAVY
    if s.startswith(".-", i) and prev.isalpha() and body.place_known and _sentence_at(s, i + 2):
        # Spanish web copy's `MANAGUA.- La policía ...`: a known place alone, closed as EFE
        # closes its `(EFE).-`, a sentence after it
        return i + 2, Closing.HEAVY
    if s.startswith("--", i):
        j = i
        while j < len(s) and s[j] == "-":
            j += 1
        return (j, Closing.HEAVY) if j - i <= 3 else none
    if ch == "-":
        ok = (spaced or after_group) and (free(i + 1) or (spaced and lede_glued(i + 1)))
        return (i + 1, Closing.HYPHEN) if ok else none
    if ch == "_":
        j = i + 1 if i + 1 >= len(s) or s[i + 1] != "_" else i + 2
        return (j, Closing.HEAVY) if (spaced or after_group) and free(j) else none
    if ch in _HEAVY_DASHES:
        j = i
        while j < len(s) and s[j] in _HEAVY_DASHES:
            j += 1
        return j, Closing.HEAVY
    if ch in _LIGHT_DASHES:
        ok = (spaced or after_group) and (free(i + 1) or (spaced and lede_glued(i + 1)))
        return (i + 1, Closing.EN) if ok else none
    if (
        ch == ":"
        and prev == ")"
        and body.agency_known
        and not spaced
        and (free(i + 1) or lede_glued(i + 1))
    ):
        return i + 1, Closing.PUNCT  # ANI: `(ANI):`, APP's web copy `(APP):Federal ...`
    if ch == ":" and prev == ")" and not spaced and _paren_dated_caps(s, body):
        # Bernama's and Malaysian papers' `PUTRAJAYA (April 3):`, a sentence after it
        return (i + 1, Closing.PUNCT) if _sentence_at(s, i + 1) else none
    if ch == ":" and not spaced and _bare_agency_ends(s, body) and free(i + 1):
        return i + 1, Closing.PUNCT  # `Seoul, Jan 15; AP: South Korea ...`
    if ch == ":" and body.bylined and free(i + 1):
        return i + 1, Closing.PUNCT  # IANS's web copy: `By IANS, Kolkata :`, spaced or not
    if ch == "." and prev == "/" and not spaced and (free(i + 1) or lede_glued(i + 1)):
        return i + 1, Closing.PUNCT  # TASS: `/TASS/.`
    if ch == "." and prev == ")" and body.agency_known and not spaced and free(i + 1):
        # German papers' `Berlin (dpa). Die ...`: the stop closes the dateline, as TASS's
        # does; left out, it would open the lede (`. Die ...`). A person's name and agency
        # so (`Jane Roe (AP).`) is a credit's.
        person = body.city is not None and not body.place_known and _person_named(body.city)
        return none if person else (i + 1, Closing.PUNCT)
    if ch == "." and not spaced and _city_stop(s, body, i):
        return i + 1, Closing.PUNCT
    if ch == ":" and not spaced and body.place_known and free(i + 1):
        # South Asian papers and APP: `ISLAMABAD:`; in Title Case (`New Delhi:`) over a
        # sentence only (see ``_TITLE_COLON_MIN_WORDS``).
        return i + 1, Closing.PUNCT
    return none


# The cue of a known city closed by a full stop (``_city_stop``): a few words, a stop, a
# blank.
_CITY_STOP_CUE_RE = regex(r"[^\W\d_][^\n.,:;]{1,40}\.\s")


def _bare_agency_ends(s: str, body: _Body) -> bool:
    """Whether a known agency's name read bare after the date (`Jan 15; AP`) ends the
    body, a colon's place in some sites' style (`Seoul, Jan 15; AP:`)."""
    if body.date_span is None or not body.agency_known or len(body.agencies) != 1:
        return False
    name = body.agencies[0]
    return s[body.end - len(name) : body.end] == name and norm_key(name) in AGENCIES


def _city_stop(s: str, body: _Body, i: int) -> bool:
    """The Jakarta Globe's `Jakarta. Indonesia issued rules ...`: a known city alone, its
    full stop at ``s[i]``, then a sentence that opens with a word that is no known city
    (`Paris. London. Rome.` is a list). ``_match_dateline`` asks for ten words after it."""
    if not body.place_known or body.regions or body.agencies or body.date_span is not None:
        return False
    if not s[i - 1 : i].isalpha() or not _sentence_at(s, i + 1):
        return False
    j = _skip_spaces(s, i + 1)
    return not known_city(norm_key(s[j : _word_end(s, j)].rstrip(".")))


def _paren_dated_caps(s: str, body: _Body) -> bool:
    """A place in capitals and its date in parentheses, nothing else (`PUTRAJAYA (April
    3)`): the date is the evidence a colon after it lacks alone (`MINISTER:`)."""
    if not body.place_caps or body.agencies or body.date_span is None:
        return False
    return s.startswith(")", body.date_span[1]) and body.end == body.date_span[1] + 1


# A place no list knows has few words and no contractions (`IT'S`, `DON'T`, `WE'RE`).
_MAX_UNKNOWN_PLACE_WORDS = 4
_CONTRACTION_RE = regex(r"['’](?:S|T|M|RE|LL|VE|D|s|t|m|re|ll|ve|d)$")
# Words whose `'S` is `is` or `us`, never a possessive.
_CONTRACTED_S = frozenset(
    {"it", "that", "what", "here", "there", "let", "he", "she", "who", "where", "how"}
)


def _contracted(word: str, body: _Body) -> bool:
    """Whether ``word`` is a contraction. A known region after the place makes the `'S`
    of a name a possessive (`ST. JOHN'S, N.L. —`), as in most place names."""
    found = _CONTRACTION_RE.search(word)
    if found is None:
        return False
    possessive = found.group().lower() in ("'s", "’s")
    return not (
        possessive and body.region_known and norm_key(word[: found.start()]) not in _CONTRACTED_S
    )


# A reporter embedded with troops: `WITH U.S. FORCES IN IRAQ (AP) —`. Taken only in
# capitals with a known agency or a date, as the weak leads are.
_EMBEDDED_LEADS = frozenset({"with"})


def _lead_ok(body: _Body) -> bool:
    """The first word of the place is no kicker, title or function word (`FILE -`)."""
    if body.city is None or body.place_known:
        return True
    words = body.city.split()
    lead = norm_key(words[0])
    if len(words) == 1 and words[0].title() in _WEEKDAY_ABBREVIATIONS:
        return False  # a page's date line, `Sat, Dec 4, 2021 - 2:22 PM`: a weekday, no place
    strong = body.place_caps and (body.agency_known or body.date_span is not None)
    embedded = lead in _EMBEDDED_LEADS and strong
    if lead in NOT_PLACE_LEADS and not embedded:
        return False
    if lead in WEAK_PLACE_LEADS and not strong:
        return False
    if not strong and (
        len(words) > _MAX_UNKNOWN_PLACE_WORDS or any(_contracted(w, body) for w in words)
    ):
        return False  # `IT'S THE END OF THE WORLD —`: a headline in capitals, not a place
    rest = words[1:] if embedded else words
    if strong and body.region_known:
        return True  # `CAPE MAY, N.J. (AP) —`: a known state after it makes `MAY` a name's
    return not (body.place_caps and any(norm_key(w) in NOT_PLACE_WORDS for w in rest))


_NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "&"})


def _agency_named(name: str) -> bool:
    """Written as a name: its first word and every other but a joiner capitalised
    (`Capitol News Illinois`, `NorthWire`), not `the city of light`."""
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
    )


_MAX_NAME_WORDS = 3


def _person_named(place: str) -> bool:
    """Whether a title-case place no list knows reads as a person's name: two or three
    words, the first a census given name (`Maria Gomez`, not `Fort Worth`)."""
    words = place.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    from wirecheck.byline import given_key, given_names  # only for such a line

    return given_key(words[0]) in given_names()


def _accepted(body: _Body, closing: Closing, own_line: bool) -> bool:
    """Whether the parts found make a dateline, given how much each shape also fits prose.

    A known agency or a date is strong evidence; capitals, a known place and a heavy dash
    are weaker; a title-case name before a hyphen is prose (`Berlin - the city`).
    """
    has_date = body.date_span is not None
    dashed = closing >= Closing.HYPHEN or (closing is Closing.PUNCT and body.agency_known)
    known, trusted = body.agency_known, body.agency_trusted
    if body.city is None:
        if not body.agencies:
            return False
        if known:
            return dashed or (has_date if own_line else True)
        return trusted and dashed
    if not _lead_ok(body):
        return False
    caps = body.place_caps
    if body.agencies:
        if known:
            if dashed or has_date or caps or body.place_known or body.region_known:
                return True
            # `Jane Doe (AP)` on its own line under a headline: a byline's name and agency.
            return own_line and not _person_named(body.city)
        if has_date:
            return dashed or (own_line and trusted)
        known_place = body.place_known or body.region_known
        if caps:
            # An agency no list knows (`DAYTON, Ohio (Capitol News Illinois) --`) after a
            # known place in capitals, before a wire's heavy dash.
            named = all(_agency_named(a) for a in body.agencies)
            return (trusted and dashed) or (closing is Closing.HEAVY and known_place and named)
        return trusted and closing is Closing.HEAVY and known_place
    if has_date:
        # `KARACHI, Dec 1:`: the colon closes a dated known place in capitals too, and
        # one in Title Case (Indian web copy's `Dubai, Oct 13, 2016:`; the colon itself
        # needs a known place, and ``_match_dateline`` a sentence after it).
        # `PUTRAJAYA (April 3):` needs no list: ``_closing`` reads that colon only after a
        # place in capitals and its date in parentheses.
        punct = closing is Closing.PUNCT and (body.place_known or caps)
        return dashed or (own_line and caps) or punct
    if caps:
        if dashed:
            letters = sum(ch.isalpha() for ch in body.city)
            if not body.place_known and not body.regions and _site_named(body.city):
                return False  # `AMMONNEWS -`: the site credits itself, naming no place
            return letters >= _MIN_BARE_CAPS or body.place_known
        if closing is Closing.PUNCT and body.place_known and not body.regions:
            return True  # `ISLAMABAD:`: a known place in capitals, closed by a colon
        return own_line and body.region_known
    if closing is Closing.PUNCT and body.place_known and not body.regions and not own_line:
        return True  # `New Delhi:` (NDTV, Indian papers), if a sentence follows
    return closing >= Closing.EN and (body.place_known or body.region_known)


# A paper's or a site's name ends in one of these words, run on (`AMMONNEWS`) or apart
# (`HARBOUR TIMES`, `Vellmar Herald`); a place's name does not, or is known to the lists
# (`Newport News`), or has its region after it.
_MASTHEAD_WORDS = tuple(
    "NEWS TIMES POST HERALD TRIBUNE GAZETTE CHRONICLE JOURNAL INQUIRER ONLINE TODAY DAILY"
    " TV".split()
)


def _site_named(city: str) -> bool:
    """Whether a place in capitals is one word that a site's name ends (`AMMONNEWS`), with
    more letters before the ending, as a site credits itself before a dash."""
    return city.isalpha() and any(
        city.endswith(end) and len(city) > len(end) + 1 for end in _MASTHEAD_WORDS
    )


def _bare_known_place(body: _Body, closing: Closing) -> bool:
    """A known dateline city, with nothing after it but maybe its date (`ANKARA`,
    `Moscow`, IANS's web copy's `New York, May 20` over the lede): the place in Title Case
    and a date also head a listing's entries, so the story around it must vouch for it.
    Before a date, regions and countries the lists know may follow the city too (Trend's
    `Ankara, Turkey, July 13`); an unknown one may be a listing's venue or a name."""
    if closing is not Closing.NONE or not body.place_known or body.agencies:
        return False
    if not body.regions:
        return True
    return body.date_span is not None and all(_known_region(norm_key(r)) for r in body.regions)


def _masthead_named(body: _Body) -> bool:
    """Whether the place slot holds an outlet's name of two words or more, its last word a
    masthead's (`HAVANA TIMES, May 18 –`: the site's name put over an agency's story)."""
    if body.city is None or body.place_known or body.regions or body.agencies:
        return False
    if not (body.place_caps or body.date_span):
        return False  # `Vellmar Herald - the paper said`: a name in prose, not a dateline
    words = body.city.split()
    return len(words) >= 2 and words[-1].upper() in _MASTHEAD_WORDS


def _agency_as_place(body: _Body, closing: Closing) -> None:
    """`CNN —`: a known agency written where the place goes (or where a region goes after
    the place's comma, `SYDNEY, AAP -`), before a dash, is the agency."""
    if closing < Closing.HYPHEN or body.city is None:
        return
    if _masthead_named(body):
        # The outlet credits itself where the place goes: it is the source, not a place.
        body.agencies.append(body.city)
        body.city, body.place_caps = None, False
        return
    if body.regions and not body.agencies and norm_key(body.regions[-1]) in AGENCIES:
        # `SYDNEY, AAP -`: the agency after the place's comma, where a region would go.
        body.agencies.append(body.regions.pop())
        body.agency_known = True
        return
    if body.place_known or body.regions or body.agencies or body.date_span:
        return
    if norm_key(body.city) in AGENCIES:
        body.agencies.append(body.city)
        body.agency_known, body.city, body.place_caps = True, None, False
        return
    # `NEW YORK AP —`: the agency's parentheses lost (copy pasted from a plain-text feed);
    # the place before it must be a known city for the last word to be taken off it.
    place, _, last = body.city.rpartition(" ")
    if body.place_caps and known_city(norm_key(place)) and norm_key(last) in AGENCIES:
        body.agencies.append(last)
        body.agency_known, body.city, body.place_known = True, place, True


def _caption_follows(s: str, end: int) -> bool:
    """Getty captions open like datelines: `NEW YORK, NEW YORK - OCTOBER 15: Travis ...`."""
    parsed = _parse_date(s, _skip_spaces(s, end))
    return parsed is not None and s.startswith(":", _skip_spaces(s, parsed[0]))


_STAMP_TIME_RE = regex(r"\s*[-–—|,]?\s*\d{1,2}:\d{2}\b")


def _stamp_follows(s: str, end: int) -> bool:
    """A page's time stamp after an agency's name (`KYODO NEWS - Dec 1, 2026 - 10:05 |
    Business, All`) makes a credit line, not a dateline opening a paragraph."""
    parsed = _parse_date(s, _skip_spaces(s, end))
    return parsed is not None and _STAMP_TIME_RE.match(s, parsed[0]) is not None


# A dateline's cues: an agency's parenthesis, a slash (`/TASS/`), AP's archive underscore,
# a colon, a dash. A hyphen closes a dateline only with a space beside it or doubled
# (`LONDON (Reuters) -`, `TEHRAN- As`, `Nov. 2 (UPI) --`): one inside a word (`short-term`)
# is no cue, and a third of web paragraphs have one near their start. A dash a conversion
# lost (`?`) is a cue between blanks only.
_CUE_RE = regex(r"[(/_:" + _HEAVY_DASHES + _LIGHT_DASHES + "€]")
_HYPHEN_CUE_RE = regex(r"\s-|-\s|--|-$")
_LOST_CUE_RE = regex(" [" + re.escape(_LOST_DASHES) + "] ")


def _cued(s: str) -> bool:
    """Whether the start of a paragraph holds a dateline's cue (two plain tests: one
    regex with the hyphen cases in it searched slower than the grammar it saved)."""
    return (
        _CUE_RE.search(s) is not None
        or ("-" in s and _HYPHEN_CUE_RE.search(s) is not None)
        or _LOST_CUE_RE.search(s) is not None
    )


# A syndicator's credit before the dateline, its name glued to a hyphen and the source after
# it, the source's agency in brackets inside (MENAFN's `(MENAFN- Kuwait News Agency (KUNA))
# KUWAIT -`): read past, so the dateline after it is read; it is no part of the dateline.
_SYNDICATED_RE = regex(r"\([A-Z][A-Za-z]{1,15}-\s+[^()\n]{1,60}?(?:\s*\([^()\n]{1,24}\))?\)\s+")


# The parser asks about the same paragraph more than once (each window it searches for the
# dateline, then the two-datelines rule); the answer depends on the text alone. Only
# paragraph-sized texts are kept, so the memo stays small whatever the input.
_MEMO_MAX_CHARS = 1000


def match_dateline(
    text: str, *, own_line: bool = False, bare_place: bool = False
) -> DatelineMatch | None:
    """Match a dateline at the very start of ``text`` (see ``_match_dateline``)."""
    if len(text) <= _MEMO_MAX_CHARS:
        return _memo_dateline(text, own_line, bare_place)
    return _dateline_or_glued(text, own_line=own_line, bare_place=bare_place)


# Invisible characters a paragraph may open with (a BOM where files were joined, a web
# page's zero-width space or soft hyphen): skipped before a dateline, as blanks are.
_INVISIBLE = tuple(INVISIBLE)


@lru_cache(maxsize=512)
def _memo_dateline(text: str, own_line: bool, bare_place: bool) -> DatelineMatch | None:
    return _dateline_or_glued(text, own_line=own_line, bare_place=bare_place)


def _dateline_or_glued(
    text: str, *, own_line: bool = False, bare_place: bool = False
) -> DatelineMatch | None:
    found = _match_dateline(text, own_line=own_line, bare_place=bare_place)
    if found is None and not own_line:
        found = _glued_dateline(text)
    return found


# --- a dateline glued to the text before it --------------------------------------------------

# Where a page printed something right before the dateline with no space between, the
# dateline opens inside a word: the headline again (`... for VellmarHarbourton, 6 set.
# (askanews) –`) or a photo credit ending in its agency (`... Handout via
# REUTERSKYIV, Jan 24 (Reuters) -`). Only the first few joins are tried, within the window.
_MAX_GLUE_TRIES = 4
_MIN_GLUED_WORDS = 2
# Names written with a capital inside (`McArthur`, `DeKalb`, `VanDyke`) join no words.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von"})
_GLUE_CLOSINGS = frozenset("-_" + _HEAVY_DASHES + _LIGHT_DASHES)
_GLUE_SENTENCE_END_RE = regex(r"[.!?][\s\"”’']")


def _glue_points(head: str) -> Iterator[int]:
    """Where a capital opens a word glued to the one before: after a small letter (`Vellmar
    |Harbourton`, two letters at least before it) or after a known agency's name in capitals
    (`REUTERS|KYIV`)."""
    i = 0
    while i < len(head):
        if not head[i].isalpha():
            i += 1
            continue
        end = _alpha_end(head, i)
        word = head[i:end]
        if word.isupper():
            for j in range(len(word) - 2, 1, -1):  # the longest name: `REUTERS`, not `REUTER`
                if norm_key(word[:j]) in AGENCIES:
                    yield i + j
        else:
            for j in range(2, len(word)):
                if (
                    word[j].isupper()
                    and word[j - 1].islower()
                    and word[j - 2].isalpha()
                    and word[:j] not in _NAME_PREFIXES
                ):
                    yield i + j
        i = end


def _glued_dateline(text: str) -> DatelineMatch | None:
    """A dateline glued to the text before it (see ``_glue_points``), or after it with a
    space when its city is in capitals (``_spaced_points``), taken only in its full wire
    shape: a known agency, a date and a closing dash, after a headline's or a credit's
    words (two at least, no sentence ended), so prose's joined words (`iPhone`,
    `McArthur`) never start one. The text before it stays ``text``'s, out of ``raw``."""
    head = text[:WINDOW]
    if "(" not in head or not _cued(head):
        return None
    for points, capitals in ((_glue_points(head), False), (_spaced_points(head), True)):
        for tries, at in enumerate(points):
            if tries >= _MAX_GLUE_TRIES:
                break
            before = text[:at]
            if len(before.split()) < _MIN_GLUED_WORDS or _GLUE_SENTENCE_END_RE.search(before):
                continue
            found = _match_dateline(text[at:])
            if found is None or not _wire_shaped(found):
                continue
            if capitals and not (found.city or "").isupper():
                continue
            return found._replace(end=found.end + at)
    return None


# A word in capitals after a space (`... oil prices KUALA LUMPUR, Jan 13 (Bernama) --`):
# where a page printed its headline again, or a credit, on the dateline's line.
_SPACED_CAPS_RE = regex(r"(?<= )[A-Z][A-Z.'-]+[ ,]")


def _spaced_points(head: str) -> Iterator[int]:
    """Where a word in capitals opens after a space: a dateline's city printed after a
    headline or a credit with a space between. Only a city in capitals is taken there
    (see ``_glued_dateline``): prose names places in Title Case."""
    return (m.start() for m in _SPACED_CAPS_RE.finditer(head))


def _wire_shaped(found: DatelineMatch) -> bool:
    """A dateline in the agencies' full shape: a place, a date, a known agency, a dash."""
    return (
        found.city is not None
        and found.date_text is not None
        and any(norm_key(name) in AGENCIES for name in found.agencies)
        and found.raw[-1:] in _GLUE_CLOSINGS
    )


def _match_dateline(
    text: str, *, own_line: bool = False, bare_place: bool = False
) -> DatelineMatch | None:
    """Match a dateline at the very start of ``text``.

    ``text`` is a paragraph, or a whole line when ``own_line`` is true: then the line must
    be nothing but the dateline, and the closing dash is optional. ``bare_place`` (own
    line only) also accepts a known dateline city and nothing else (`ANKARA`, `Moscow`),
    which only the story around it can vouch for: the caller asks for it where the lede
    follows (and, for one in Title Case, no menu's items come before it).
    """
    start = _skip_whitespace(text, 0)
    while text.startswith(_INVISIBLE, start):
        start = _skip_whitespace(text, start + 1)
    if text.startswith("(", start) and (syndicated := _SYNDICATED_RE.match(text, start)):
        start = syndicated.end()
    s = text[: start + WINDOW]
    if start >= len(s):
        return None
    if s.startswith(_SLUGS, start):
        return None  # a wire slug (`BC-US--Storm-Power`), not a place and its dash
    if _FULLWIDTH in s or "\uff0c" in s:
        # `TOKYO（Kyodo）` in copy from an East Asian system: the fullwidth marks read as
        # their ASCII forms, one character for one, so every offset holds.
        s = s.translate(_FULLWIDTH_MARKS)
    # A dateline opening a paragraph has an agency in parentheses, a closing dash or a
    # colon; most paragraphs have none near their start, and this test is far cheaper than the
    # grammar. (A dateline on its own line may have neither: `CHATHAM, Mass.`.)
    if not own_line and s.startswith("[", start):
        bracketed = _bracketed_place(text, start)
        if bracketed is not None:
            return bracketed
    if (
        not own_line
        and not _cued(s)
        and _STOPPED_DATE_CUE_RE.match(s, start) is None
        and _CITY_STOP_CUE_RE.match(s, start) is None
        and _UNSTOPPED_DATE_CUE_RE.match(s, start) is None
    ):
        return None
    # A dateline on its own line ends within the window, and only blanks may follow it on
    # that line: a longer line (most paragraphs of web copy) cannot be one.
    if own_line and _line_runs_past(text, start, start + WINDOW):
        return None
    lead: _Group | None = None
    body_start = start
    if s[start] == "(":
        got = _bracketed(s, start)
        lead = _agency_group(got[1]) if got else None
        if got is None or lead is None:
            return None
        body_start = got[0]
    body: _Body | None
    if lead is not None:
        body = _lead_agency(s, start, body_start, lead, own_line)
    elif s.startswith(_BY_LEADS, start):
        body = _by_agency(s, start)
    else:
        body = _body(s, start)
    if body is None:
        return None
    end, closing = _closing(s, body)
    if body.bylined and closing is Closing.NONE:
        return None  # `By IANS, Kolkata police said`: a byline's words, not a dateline
    if not own_line and _unclosed_bare_agency(s, body, closing):
        return None
    _agency_as_place(body, closing)
    if own_line and not _rest_blank(text, end):
        return None
    if _caption_follows(s, end) or _stamp_follows(s, end):
        return None
    if (
        closing is Closing.PUNCT
        and not (body.place_caps or body.agencies)
        and not _sentence_follows(text, end)
    ):
        return None  # `Gaza: Aid trucks stuck at the border`: a headline's kicker
    stopped = closing is Closing.PUNCT and s[end - 1] == "." and not body.agencies
    if stopped and (own_line or not _sentence_follows(text, end)):
        return None  # `Jakarta.` over a line that is no lede: a caption's or a list's
    if (
        body.city is None
        and lead is None
        and body.date_span is None
        and not own_line
        and closing < Closing.HEAVY
        and not text.rstrip().endswith(_SENTENCE_CLOSE)
    ):
        return None  # `Breakingviews - Bank merger has no harbour`: a column's headline
    if (
        not _accepted(body, closing, own_line)
        and not (bare_place and own_line and _bare_known_place(body, closing))
        and not _hyphen_after_city(text, end, body, closing, own_line)
        and not _stopped_date(text, end, body, closing, own_line)
        and not _kind_closed(text, end, body, closing, own_line)
        and not _unstopped_date(text, end, body, closing, own_line)
    ):
        return None
    region, country = _assign_regions(body)
    return DatelineMatch(
        raw=text[start:end].strip(),
        end=_skip_whitespace(text, end),
        city=body.city,
        region=region,
        country=country,
        agencies=tuple(body.agencies),
        date_text=s[body.date_span[0] : body.date_span[1]] if body.date_span else None,
    )


def _unclosed_bare_agency(s: str, body: _Body, closing: Closing) -> bool:
    """A blog's source line, `Oct 24 2006 AFP report via Turkish Press - ...`: a date with
    no place, a known agency's name after it with no bracket or slashes, and no dash or
    colon closing it, are words running on, not a dateline (`Jan. 5 Kyodo -` has its dash;
    `(PTI) Australian ...` its brackets)."""
    return (
        body.city is None
        and closing is Closing.NONE
        and body.date_span is not None
        and bool(body.agencies)
        and s[body.end - 1] not in ")/"
    )


def _bracketed_place(text: str, start: int) -> DatelineMatch | None:
    """Business Times' and Reuters' `[SEOUL] Two North Koreans defected ...`: a place in
    square brackets opening the lede. Labels are bracketed so too (`[VIDEO]`, `[UPDATE]`),
    so the place must be a city the lists know or one in capitals (4 letters at least)
    that passes the lead test, and a sentence of ``_TITLE_COLON_MIN_WORDS`` words follow."""
    close = text.find("]", start + 1, start + _MAX_GROUP_CHARS)
    if close < 0:
        return None
    content = text[start + 1 : close]
    got = _phrase(content, 0, _MAX_UNKNOWN_PLACE_WORDS)
    case = _place_case(got[1]) if got else None
    if got is None or got[0] != len(content) or case is None:
        return None
    body = _Body(start=start + 1, end=close)
    body.city = content
    body.place_caps = case == "caps"
    body.place_known = known_city(norm_key(content))
    letters = sum(ch.isalpha() for ch in content)
    if not (body.place_known or (body.place_caps and letters >= _MIN_BARE_CAPS)):
        return None
    end = close + 1
    if not (_lead_ok(body) and _sentence_at(text, end) and _sentence_follows(text, end)):
        return None
    return DatelineMatch(
        raw=text[start:end],
        end=_skip_whitespace(text, end),
        city=content,
        region=None,
        country=None,
        agencies=(),
        date_text=None,
    )


# A known place in Title Case closed by a colon opens a paragraph of at least this many
# words that ends a sentence; over less it is a headline's kicker (`Paris: What to know`).
_TITLE_COLON_MIN_WORDS = 10
_SENTENCE_CLOSE = (".", "!", "?", '"', "”", "’", "'", ")")


def _hyphen_after_city(text: str, end: int, body: _Body, closing: Closing, own_line: bool) -> bool:
    """IOL's and ANA's `Cape Town - A taxi strike ...`: a known city in Title Case alone, a
    hyphen, then a sentence that opens with a capital (`Berlin - the city` is prose)."""
    if own_line or closing is not Closing.HYPHEN or body.place_caps or not body.place_known:
        return False
    if body.regions or body.agencies or body.date_span is not None:
        return False
    after = _skip_whitespace(text, end)
    return text[after : after + 1].isupper() and _sentence_follows(text, end)


# The cue of a dateline closed by its date's abbreviated month (``_stopped_date``): a place,
# a comma, a day and a month's abbreviation and its full stop (`Roma, 9 set. `).
_STOPPED_DATE_CUE_RE = regex(
    r"[^\W\d_][^\n,]{0,40},[ \t\u00a0]{1,3}[0-3]?\d[ \t\u00a0]{1,3}[^\W\d_]{2,5}\.\s"
)
_OPENING_QUOTES = "\"“«‘'"

# The cue of a place in capitals and a date in Title Case with no comma between
# (``_unstopped_date``): `LONDON Oct 8 `, `HAVANA, March 11th ` (the comma with an ordinal
# day). The place's capitals and an English month keep it off a table's rows (`Team 12 3
# Rovers 4`), which would each run the grammar.
_UNSTOPPED_DATE_CUE_RE = regex(
    r"[A-Z][A-Z.'’/ -]{0,40}?,?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
    r"\.?\s{1,3}[0-3]?\d(?:st|nd|rd|th)?\b"
)
# A day written as an ordinal (`March 11th`): a date's, never a count's or a score's.
_ORDINAL_DAY_RE = regex(r"\d(?:st|nd|rd|th)\b")


def _unstopped_date(text: str, end: int, body: _Body, closing: Closing, own_line: bool) -> bool:
    """Reuters' UK site in 2012, `LONDON Oct 8 European shares fell ...`: a known city in
    capitals, its date in Title Case with no comma, no agency and no dash, then a sentence
    of ``_TITLE_COLON_MIN_WORDS`` words that opens with a capital (a headline or a list's
    row, `NEW YORK Jan 5 Knicks win`, is shorter). A comma may come between when the day
    is an ordinal (Havana Times' `HAVANA, March 11th Cuba used to ...`)."""
    if own_line or closing is not Closing.NONE or body.agencies or body.date_span is None:
        return False
    if body.city is None or not _unstopped_caps_place(body):
        return False
    between = text[body.start + len(body.city) : body.date_span[0]].strip()
    date_text = text[body.date_span[0] : body.date_span[1]]
    if between and not (between == "," and _ORDINAL_DAY_RE.search(date_text)):
        return False  # `LONDON, Oct 8`: the comma's shape needs its dash or agency
    after = _skip_whitespace(text, end)
    return after > end and _capitalised_word_at(text, after) and _sentence_follows(text, end)


def _stopped_date(text: str, end: int, body: _Body, closing: Closing, own_line: bool) -> bool:
    """Italian web copy with no agency, `Roma, 9 set. “Quella che ...`: a known city, a
    comma, a day and an abbreviated month closed by its full stop, then a sentence of
    ``_TITLE_COLON_MIN_WORDS`` words that opens with a capital (or a quote and one)."""
    if own_line or closing is not Closing.NONE or not body.place_known or body.date_span is None:
        return False
    if body.regions or body.agencies:
        return False
    date_text = text[body.date_span[0] : body.date_span[1]]
    if not (date_text[:1].isdigit() and date_text.endswith(".")):
        return False
    return _lede_follows(text, end)


def _kind_named_agency(name: str) -> bool:
    """A name the lists lack that says it is an agency: two words or more, written as a
    name, the last one a kind (`Vellmar Press`, `Kessel News Agency`)."""
    words = name.split()
    return len(words) >= 2 and _agency_named(name) and norm_key(words[-1]) in AGENCY_KIND_WORDS


def _kind_closed(text: str, end: int, body: _Body, closing: Closing, own_line: bool) -> bool:
    """`Harbourton, Mar 6 (Vellmar Press) The ferry line ...`: a place, a date and an agency
    the lists lack but whose name says what it is, with no closing dash, then a sentence of
    ``_TITLE_COLON_MIN_WORDS`` words that opens with a capital. A known agency needs none
    of this (`(PTI) Australian ...`); an unknown acronym (`(QZV)`) may be anything."""
    if own_line or closing is not Closing.NONE or body.city is None or body.date_span is None:
        return False
    if not body.agencies or body.agency_known or not text.startswith(")", end - 1):
        return False
    if not all(_kind_named_agency(name) for name in body.agencies) or not _lead_ok(body):
        return False
    return _lede_follows(text, end)


def _lede_follows(text: str, end: int) -> bool:
    """Whether a lede follows a dateline that ends at ``end`` with no closing mark: a blank,
    then a sentence of ``_TITLE_COLON_MIN_WORDS`` words opening with a capital (or a
    quote and one)."""
    after = _skip_whitespace(text, end)
    if after == end or after >= len(text):
        return False
    if text[after] in _OPENING_QUOTES:
        after += 1
    return text[after : after + 1].isupper() and _sentence_follows(text, end)


def _sentence_follows(text: str, end: int) -> bool:
    rest = text[end:].rstrip()
    return rest.endswith(_SENTENCE_CLOSE) and len(rest.split()) >= _TITLE_COLON_MIN_WORDS


def _lead_agency(s: str, start: int, after: int, lead: _Group, own_line: bool) -> _Body:
    """`(ANSA) - ROMA, 1 LUG -` and `(Reuters) -`: an agency first, then maybe a dateline.

    The place after the agency needs a date or capitals, and its own dash (or the end of
    the line), or the dateline is the agency and its dash alone.
    """
    body = _Body(start=start, end=after)
    _add_group(body, lead)
    dash_end, closing = _closing(s, body)
    if closing < Closing.HYPHEN:
        return body
    rest = _body(s, _skip_spaces(s, dash_end))
    if rest is None or rest.city is None or rest.agencies:
        return body
    rest_end, rest_closing = _closing(s, rest)
    ends = rest_closing >= Closing.HYPHEN or (own_line and _rest_blank(s, rest_end))
    if not ends or not (rest.date_span or rest.place_caps) or not _lead_ok(rest):
        return body
    rest.agencies = list(body.agencies)
    rest.agency_known, rest.agency_trusted = body.agency_known, body.agency_trusted
    return rest


_BY_LEADS = ("By ", "BY ")


def _by_agency(s: str, start: int) -> _Body | None:
    """IANS's web copy: `By IANS, Kolkata :`, the agency credited as the byline and the
    place after it, closed by a colon (or a dash). The agency must be one the lists know
    and the place a known city: `By Jane Doe, Kolkata :` is a writer's byline."""
    j = _skip_spaces(s, start + 2)
    agency = _bare_agency(s, j)
    if agency is None or not s.startswith(",", agency[0]):
        return None
    body = _body(s, _skip_spaces(s, agency[0] + 1))
    if body is None or body.city is None or body.agencies or not body.place_known:
        return None
    body.start = start
    body.agencies = [agency[1]]
    body.agency_known = body.bylined = True
    return body


def _line_runs_past(text: str, start: int, pos: int) -> bool:
    """Whether the line that opens at ``start`` has more than whitespace from ``pos`` on."""
    newline = text.find("\n", start)
    return pos < (newline if newline >= 0 else len(text)) and not _rest_blank(text, pos)


def _rest_blank(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` has nothing but whitespace after it."""
    newline = text.find("\n", pos)
    rest = text[pos : newline if newline >= 0 else len(text)]
    return not rest.strip()


# --- the year ----------------------------------------------------------------------------

_WEEKDAY_RE = regex(r"\b(?:(\w+)\s+)?(" + "|".join(WEEKDAYS) + r")(?:['’]s)?\b", re.IGNORECASE)
# A weekday abbreviated before its date, as listings and agate write it: `Sat., Nov. 14`.
_WEEKDAY_ABBREVIATIONS = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4,
    "Sat": 5, "Sun": 6,
}  # fmt: skip
_WEEKDAY_ABBREVIATION_RE = regex(r"\b(" + "|".join(_WEEKDAY_ABBREVIATIONS) + r")\.")
# Every match of the pattern above holds one of these strings.
_WEEKDAY_ABBREVIATION_MARKS = tuple(f"{name}." for name in _WEEKDAY_ABBREVIATIONS)
# What joins a weekday to its date: `Friday, Nov. 3`, `Friday (Nov. 3)`, `Friday Nov. 3`.
_WEEKDAY_DATE_JOIN_RE = regex(r"[,(\s]{1,5}")


def _date_after_weekday(text: str, end: int) -> tuple[int, int, int, int | None] | None:
    join = _WEEKDAY_DATE_JOIN_RE.match(text, end)
    return date_at(text, join.end()) if join is not None else None


# Before a weekday in its clause, words that put it ahead of the dateline's day: `will
# run extra trains on Sunday`, `next Friday`, reported `would leave Tarvik Thursday`, `is
# to leave Thursday`. The clause, so that `The talks will resume next week, he said
# Friday` keeps its Friday. Not `would not say Friday`, `would only say`: what was said.
_FUTURE_RE = regex(
    r"\b(?:will|shall|won['’]t|is due|are due|(?:is|are) (?:set|expected|scheduled|slated) to"
    r"|(?:is|are) to|would(?!\s+(?:not|never|only|neither)\b)|plans? to|next|coming)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
_CLAUSE_START_RE = regex(r"[.!?;:,\"“”—–]\s*")


def named_weekdays(paragraph: str) -> set[int]:
    """The distinct weekdays (0 = Monday) a paragraph names as the days of what happened.

    `Friday`, `FRIDAY`, `Friday's`; not `Fridays`, `Good Friday`, `Black Friday`, nor a
    weekday written with its own date (`Wednesday, Nov. 8`), which is another day's, nor
    one the sentence puts ahead (`will run extra trains on Sunday`, `next Friday`).
    """
    found: set[int] = set()
    if "day" not in paragraph and "DAY" not in paragraph:
        return found  # every weekday counted (Title Case or capitals) ends so
    for match in _WEEKDAY_RE.finditer(paragraph):
        before, name = match.group(1), match.group(2)
        if not (name.istitle() or name.isupper()):
            continue
        if before is not None and before.lower() in WEEKDAY_NAME_PREFIXES:
            continue
        if _date_after_weekday(paragraph, match.end()) is not None:
            continue
        if _ahead(paragraph, match.start(2)):
            continue
        found.add(WEEKDAYS.index(name.title()))
    return found


# A foreign weekday with the word before it (`este martes`); German joins a part of the
# day on (`Dienstagabend`).
_FOREIGN_WEEKDAY_RE = regex(
    r"\b(\w+)\s+("
    + "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True))
    + r")(?:abend|morgen|nachmittag|vormittag|mittag)?\b"
)


def foreign_weekdays(paragraph: str) -> set[int]:
    """The distinct weekdays a paragraph in Spanish, French, Italian, Portuguese or German
    names as this week's (`este martes`, `ce mardi`: ``FOREIGN_THIS_WORDS``), which wire
    copy in those languages gives the dateline's day."""
    found: set[int] = set()
    for match in _FOREIGN_WEEKDAY_RE.finditer(paragraph):
        if match.group(1).lower() in FOREIGN_THIS_WORDS:
            found.add(FOREIGN_WEEKDAYS[match.group(2)])
    return found


def _ahead(paragraph: str, at: int) -> bool:
    """Whether the clause before ``at`` speaks of what is still to come."""
    start = max(0, at - WINDOW)
    stops = [m.end() for m in _CLAUSE_START_RE.finditer(paragraph, start, at)]
    return _FUTURE_RE.search(paragraph, stops[-1] if stops else start, at) is not None


def weekday_dates(text: str) -> Iterator[tuple[int, int, int, int, int, int | None]]:
    """Weekdays written with a date (`Friday, Nov. 3`, `Friday (Nov. 3)`, `Friday, 3
    November 2023`): (start, end) of the weekday, its number, month, day, year or None."""
    if "day" in text:  # every weekday counted (in Title Case) ends so
        for match in _WEEKDAY_RE.finditer(text):
            name = match.group(2)
            if not name.istitle():
                continue
            parsed = _date_after_weekday(text, match.end())
            if parsed is not None:
                _, month, day, year = parsed
                start = match.start(2)
                yield start, start + len(name), WEEKDAYS.index(name), month, day, year
    if not any(mark in text for mark in _WEEKDAY_ABBREVIATION_MARKS):
        return  # most paragraphs hold no abbreviated weekday (`Sat.`), which every match is
    for match in _WEEKDAY_ABBREVIATION_RE.finditer(text):
        parsed = _date_after_weekday(text, match.end())
        if parsed is not None:
            _, month, day, year = parsed
            weekday = _WEEKDAY_ABBREVIATIONS[match.group(1)]
            yield match.start(), match.end(), weekday, month, day, year


def _latest(month: int, day: int, today: date, weekday: int | None) -> date | None:
    """The most recent date with this month and day, not after the day after ``today``
    (on ``weekday``): a dateline's local date runs up to a day ahead of the reader's (a
    story from Seoul or Sydney filed on the morning of the 1st is read on the 30th in
    the Americas)."""
    last = today + timedelta(days=1)
    for year in range(last.year, last.year - _YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= last and (weekday is None or candidate.weekday() == weekday):
            return candidate
    return None


def nearest(month: int, day: int, reference: date) -> date | None:
    """The date with this month and day nearest ``reference`` (the year before, of, after)."""
    candidates: list[date] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - reference).days))


# How far after the filing date a dateline's date may fall: a story held for release
# (an embargo) is datelined the day it runs, days or weeks after it was filed.
FILED_AHEAD = timedelta(days=31)


def filed_date(month: int, day: int, reference: date) -> date | None:
    """The date a dateline's month and day mean in a story filed on ``reference``: the
    latest one up to ``FILED_AHEAD`` after it. A dateline is never months after its story
    was filed: `Jan 30` in a story filed on 10 November is last January's, not the coming
    one's. A date no year near the reference has (`Feb. 29` filed in 2023) is the nearest
    one, after it too: a slip the future-date rule then reports."""
    latest = reference + FILED_AHEAD
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= latest:
            return found
    return nearest(month, day, reference)


def date_parts(date_text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dateline's ``date_text``, as the grammar reads it."""
    return _full_date(date_text)


def date_at(text: str, i: int) -> tuple[int, int, int, int | None] | None:
    """A date as datelines write it, starting at ``text[i]``: (end, month, day, year)."""
    return _parse_date(text[: i + WINDOW], i)


def source_reference_date(lines: Iterable[str]) -> date | None:
    """The filing date a story carries itself: the last ANPA trailer (`AP-NY-08-07-98
    0618EDT`), or None. Use it as the reference date when the caller gives none."""
    found: date | None = None
    for line in lines:
        match = TRAILER_DATE_RE.match(line) if len(line) < WINDOW else None
        if match is None:
            continue
        month, day, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000 if year < TRAILER_CENTURY_PIVOT else 1900
        try:
            found = date(year, month, day)
        except ValueError:
            continue
    return found


class PageDate(NamedTuple):
    """The date a page prints in its head (``page_date``): its year, and the day too unless
    the day and the month could be either way round (`08/03/2017`)."""

    year: int
    day: date | None


# Page dates are short: `Thursday, September 24, 2020 10:05 AM IST | Updated 3 hours ago`.
_PAGE_DATE_MAX_CHARS = 120
# Words of its own a date line may hold, each capitalised: a site's or an agency's name and
# a time zone's (`2012-02-14 15:32:29 (Beijing Time) Xinhua English`). A sentence has more,
# or lower-case ones (`March 28, 2014 was the coldest day`).
_PAGE_DATE_NAMES = 3
# A slashed date (`08/03/2017`), day or month first by the site's country.
_SLASHED_DATE_RE = regex(r"(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
# A slashed date year first (`2015/04/29`, a blog's archive or an East Asian site): year,
# month, day in every country that writes it.
_YEAR_FIRST_SLASHED_RE = regex(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
# `by Jane Roe` closing the line: the writer (or the site) under the date.
_PAGE_DATE_BY_RE = regex(r"(?:^|[\s|,·•–—-])by\s+[A-Z][^\d]{0,59}$", re.IGNORECASE)
# `By UPI Staff | `, `By Jane Roe, `: the writer (or the desk) before the date, as a byline
# sets the page's date on its line. The name holds no digit and ends at the last separator
# before the date (a bar or bullet, a spaced dash, a comma).
_PAGE_DATE_BY_LEAD_RE = regex(r"by\s+[A-Z][^\d|·•]{0,59}(?:[|·•]|\s[–—-]|,)\s*", re.IGNORECASE)
# A time before the date, as news sites set their stamps (`14:18, September 16, 2011`,
# `10:05 AM, June 12, 2015`), after up to three capitalised words of a section's name
# (`All Headlines 16:11 May 19, 2010`): the time makes the line a stamp.
_PAGE_TIME_LEAD_RE = regex(
    r"(?:[A-Z][\w&'’-]{0,20}\s+){0,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+[A-Z]{2,4})?\s*,?\s+"
)
# The rest of the line, in letters and in digits: `GMT2012-02-14` is a zone and a date.
DATE_TOKEN_RE = regex(r"[^\W\d_]+|\d+")
# A time zone: `GMT`, `IST`, `CEST`, `UTC`.
_ZONE_RE = regex(r"[A-Z]{2,5}")


# A second date after a dash, with its year: the line is a span of dates.
_RANGE_TAIL_RE = regex(
    r"\s*[–—-]\s*(?:[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4})"
)


def _in_year(month: int, day: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _slashed_date(first: int, second: int, year: int) -> PageDate | None:
    """A slashed date's ``PageDate``: its day too when only one reading is a date, or both
    readings are the same one."""
    readings = {_in_year(first, second, year), _in_year(second, first, year)} - {None}
    if not readings:
        return None
    return PageDate(year, readings.pop() if len(readings) == 1 else None)


def _slashed_page_date(s: str, i: int) -> tuple[int, PageDate | None] | None:
    """A slashed date at ``i``: (end, its ``PageDate``). Year first (`2015/04/29`) it is
    read one way only; year last, day or month first by the site's country."""
    year_first = _YEAR_FIRST_SLASHED_RE.match(s, i)
    if year_first is not None:
        year, month, day = (int(g) for g in year_first.groups())
        on = _in_year(month, day, year)
        return year_first.end(), PageDate(year, on) if on is not None else None
    slashed = _SLASHED_DATE_RE.match(s, i)
    if slashed is None:
        return None
    first, second, year = (int(g) for g in slashed.groups())
    return slashed.end(), _slashed_date(first, second, year)


def _page_date_rest(rest: str) -> bool:
    """Whether what follows a page's date is a stamp's: times, zones, labels, an age, another
    date and at most a few names, or a writer (`by Jane Roe`)."""
    rest = _PAGE_DATE_BY_RE.sub("", rest, count=1)
    names = 0
    for token in DATE_TOKEN_RE.findall(rest):
        if token.isdigit() or len(token) == 1 or _ZONE_RE.fullmatch(token):
            continue
        key = norm_key(token)
        if key in PAGE_DATE_WORDS or key in MONTHS:
            continue
        if not token[0].isupper():
            return False
        names += 1
    return names <= _PAGE_DATE_NAMES


# A feed's or a site's name before its stamp: up to three capitalised words and a spaced
# dash, as a news aggregator sets each item's source over it (`Velmor Aktuelle Nachrichten
# - Sa, 07/20/2019 - 17:31`).
_PAGE_NAME_LEAD_RE = regex(r"(?:[A-Z][\w&'’.-]{0,20}\s+){1,3}[–—-]\s+")


def _named_stamp_start(s: str) -> int | None:
    """Where the stamp starts after a feed's or a site's name and a spaced dash, when a
    weekday or a label opens it (what makes it a stamp, not a headline's `Talks Resume -
    July 20, 2019`); else None."""
    named = _PAGE_NAME_LEAD_RE.match(s)
    if named is None:
        return None
    lead = PAGE_DATE_LEAD_RE.match(s, named.end())
    if lead is None or not any(c.isalpha() for c in lead.group()):
        return None
    return lead.end()


def feed_stamp(text: str) -> bool:
    """Whether a line is a feed's or a site's name over its stamp (see
    ``_named_stamp_start``), or a section's name over its time and date (`All Headlines
    11:26 May 28, 2009`, see ``_PAGE_TIME_LEAD_RE``): a page's date, not a writer's byline."""
    s = text.strip()
    named = _named_stamp_start(s) is not None or _PAGE_TIME_LEAD_RE.match(s) is not None
    return named and page_date(s) is not None


def page_date(text: str) -> PageDate | None:
    """The date of a line that holds a full date, with its year, and nothing else but a
    stamp's words (see ``PAGE_DATE_LEAD_RE``, ``_page_date_rest``) or a writer's byline
    before it (`By UPI Staff | Jan. 03, 2018`), or a feed's name (`Velmor Aktuelle
    Nachrichten - Sa, 07/20/2019 - 17:31`): a page's own date, as printed in its head.
    None for any other line."""
    s = text.strip()
    if len(s) > _PAGE_DATE_MAX_CHARS or not any(c in _ASCII_DIGITS for c in s):
        return None
    writer = _PAGE_DATE_BY_LEAD_RE.match(s) if s[:3].lower() == "by " else None
    lead = PAGE_DATE_LEAD_RE.match(s, writer.end() if writer else 0)
    i = lead.end() if lead else 0
    if writer is None and (named := _named_stamp_start(s)) is not None:
        i = named
    found: PageDate | None
    parsed = _parse_date(s, i)
    if parsed is None and (timed := _PAGE_TIME_LEAD_RE.match(s, i)) is not None:
        i = timed.end()
        parsed = _parse_date(s, i)
    if parsed is not None:
        end, month, day, year = parsed
        on = _in_year(month, day, year) if year is not None else None
        if on is None:
            return None
        found = PageDate(on.year, on)
    else:
        slashed = _slashed_page_date(s, i)
        if slashed is None:
            return None
        end, found = slashed
    if _RANGE_TAIL_RE.match(s, end):
        return None  # `March 3, 1931 – May 5, 2024`: a life's or an event's span
    return found if found is not None and _page_date_rest(s[end:]) else None


# How far the day a page prints may lie from the dateline's date and still be the story's
# own: a day either way, for the time zones between where it was said and where it is filed.
_PAGE_DAY_SLACK = timedelta(days=1)


def _gainsaid(found: date, page: PageDate, weekdays: set[int]) -> bool:
    """Whether the lede's one weekday says the page's date is some other day's (an
    anniversary's `September 11, 2001` under the headline): it is not the weekday of the
    dateline's date in that year, nor of the day the page prints when that day is the
    dateline's or next to it (`HARBOURTON, April 30` of what was said on Wednesday, under
    the page's `2015/04/29`: said in one time zone on the 29th, datelined in another on
    the 30th)."""
    if len(weekdays) != 1:
        return False
    weekday = next(iter(weekdays))
    if weekday == found.weekday():
        return False
    printed = page.day
    if printed is None or abs(found - printed) > _PAGE_DAY_SLACK:
        return True
    return weekday != printed.weekday()


def resolve_date(
    match: DatelineMatch,
    paragraph: str,
    *,
    reference_date: date | None,
    today: date,
    page: PageDate | None = None,
) -> tuple[str | None, YearSource | None]:
    """ISO date and year source for the match; (None, None) without a date.

    The year, in order of preference:

    - ``explicit``: written in the dateline;
    - ``reference``: the latest such date up to a month after ``reference_date``
      (``filed_date``);
    - ``page-date``: the same, after the date the page prints in its head (``page``), or
      in that date's year when its day and month could be either way round;
    - ``weekday``: the paragraph names exactly one weekday (`met Friday`): the most recent
      year, not after the day after ``today``, in which the date falls on it;
    - ``assumed``: the most recent such date not after the day after ``today`` (time
      zones put a dateline up to a day ahead).
    """
    parts = date_parts(match.date_text) if match.date_text else None
    if parts is None:
        return None, None
    month, day, year = parts
    if year is not None:
        try:
            return date(year, month, day).isoformat(), "explicit"
        except ValueError:
            return None, None
    if reference_date is not None:
        found = filed_date(month, day, reference_date)
        return (found.isoformat(), "reference") if found else (None, None)
    weekdays = named_weekdays(paragraph) or foreign_weekdays(paragraph)
    if page is not None:
        found = filed_date(month, day, page.day) if page.day else _in_year(month, day, page.year)
        if found is not None and not _gainsaid(found, page, weekdays):
            return found.isoformat(), "page-date"
    if len(weekdays) == 1:
        found = _latest(month, day, today, weekdays.pop())
        if found is not None:
            return found.isoformat(), "weekday"
    found = _latest(month, day, today, None)
    return (found.isoformat(), "assumed") if found else (None, None)


def to_dateline(
    match: DatelineMatch,
    line: int,
    paragraph: str,
    *,
    reference_date: date | None,
    today: date,
    page: PageDate | None = None,
) -> Dateline:
    """Build the ``model.Dateline`` for a match on input line ``line``."""
    iso, source = resolve_date(
        match, paragraph, reference_date=reference_date, today=today, page=page
    )
    return Dateline(
        raw=match.raw,
        city=match.city,
        region=match.region,
        country=match.country,
        agencies=match.agencies,
        date_text=match.date_text,
        date=iso,
        year_source=source,
        line=line,
    )


def find_loose(needle: str, haystack: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of ``needle`` in ``haystack`` with any run of whitespace (or of the
    control characters that cp1252 dashes become) where ``needle`` has whitespace."""
    words = needle.split()
    if not words:
        return None
    pattern = r"[\s\x80-\x9f]+".join(re.escape(w) for w in words)
    found = re.compile(pattern).search(haystack, start)
    return (found.start(), found.end()) if found else None


__all__ = [
    "DATE_TOKEN_RE",
    "WINDOW",
    "DatelineMatch",
    "PageDate",
    "date_at",
    "date_parts",
    "feed_stamp",
    "filed_date",
    "find_loose",
    "foreign_weekdays",
    "match_dateline",
    "named_weekdays",
    "nearest",
    "page_date",
    "resolve_date",
    "source_reference_date",
    "to_dateline",
    "weekday_dates",
]
