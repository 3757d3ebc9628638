"""WC403 visit-without-preposition: `make a visit Cuba`.

What it does
    Reports a visit, trip or journey noun followed straight by a place name with no
    preposition: `make a visit Cuba`, `his three-day trip Moscow`. The noun must follow a
    determiner (`a`, `the`, `his`, `Putin's`, optionally with an adjective such as
    `official` or `two-day`), so the verb is left alone (`to visit Cuba`, `will visit
    Moscow`). The place must be on the place list (``wirecheck.patterns.places``) and end
    the phrase (punctuation, or a word such as `next`, `in`, `on`, `Friday` after it), so a
    relative clause (`the visit Russia paid to Cuba`) is not flagged.

Why
    The noun needs `to` (a tour takes `of`): dropping it is a typing or editing slip that
    spell checkers and most grammar tools miss.

Example
    ::

        Putin was invited to make a visit Cuba next year.

Use instead
    ::

        Putin was invited to make a visit to Cuba next year.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.places import PLACES
from wirecheck.regexes import regex
from wirecheck.rules._text import (
    NameIndex,
    capped,
    is_english,
    prose_passages,
    span_diagnostic,
    word_set,
)
from wirecheck.rules.base import Context, Example, Rule

# A travel noun, a space, a place name ending at a word boundary (`visit Cuba`, not
# `visit Cubans` or `visit Cuba-based`).
_TRAVEL_RE = regex(r"\b(?P<noun>visits?|trips?|journeys?|tours?|voyages?|pilgrimages?|travels?) ")
# Every _TRAVEL_RE match holds one of these: a paragraph with none is spared the scan.
_TRAVEL_STEMS = ("visit", "trip", "journey", "tour", "voyage", "pilgrimage", "travel")
_PLACES = NameIndex(PLACES)
_PLACE_END_RE = regex(r"\b(?![-'’])")
_PREPOSITION = {"tour": "of", "tours": "of"}

# What may stand before the noun phrase: `a visit`, `his trip`, `Putin's visit`.
_DETERMINERS = word_set(
    "a an the his her its their our my your this that these those next last first second "
    "any no every each another one"
)
# Adjectives seen between determiner and noun in copy: `a state visit`, `an official trip`.
_MODIFIERS = word_set(
    "official state working private brief short long rare surprise historic planned "
    "proposed recent upcoming scheduled unannounced landmark previous separate farewell "
    "pastoral papal presidential royal diplomatic business personal family foreign overseas "
    "return reciprocal inaugural maiden solo joint goodwill secret high-profile long-awaited "
    "long-planned weeklong week-long much-anticipated fact-finding follow-up first second "
    "third last next"
)
_SPAN_MODIFIER_RE = regex(r"[a-z0-9]+-(?:day|week|month|nation|country|city|stop|hour|night)")
_POSSESSIVE_RE = regex(r"[^\W\d_]+['’]s?$")
# Words that may follow a complete `visit to PLACE` phrase: time, another phrase, a clause.
_FOLLOWERS = word_set(
    "next last this in on for to with and or but after before later earlier early during "
    "amid since at when as by from until soon shortly tomorrow yesterday today tonight "
    "where while because despite"
)
_DAYS_MONTHS = word_set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Jan. Feb. Aug. Sept. Oct. "
    "Nov. Dec."
)
_END_CHARS = frozenset(".,;:!?)]\"”’'—–")
_LOOKBACK = 80  # characters before the noun searched for its determiner


def _is_modifier(word: str) -> bool:
    return word in _MODIFIERS or bool(_SPAN_MODIFIER_RE.fullmatch(word))


def _noun_phrase_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` make the travel word a noun (`a`, `his two-day`)."""
    words = text[max(0, start - _LOOKBACK) : start].split()[-3:]
    for used in range(min(len(words), 3)):
        head = words[len(words) - 1 - used]
        modifiers = words[len(words) - used :]
        if not all(_is_modifier(m.casefold()) for m in modifiers):
            return False
        if head.casefold() in _DETERMINERS or _POSSESSIVE_RE.fullmatch(head):
            return True
    return False


def _phrase_ends(text: str, end: int) -> bool:
    """Whether the place name ends its phrase (so it is not the subject of a clause)."""
    rest = text[end : end + 40].lstrip(" ")
    if not rest or rest[0] in _END_CHARS:
        return True
    following = rest.split(maxsplit=1)[0]
    return following.casefold() in _FOLLOWERS or following.rstrip(",") in _DAYS_MONTHS


def travel_places(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, noun, place) of each `visit Cuba` in ``text``, left to right, not
    overlapping: the matches of ``\\b(NOUN) (PLACE)\\b(?![-'’])``."""
    if not any(stem in text for stem in _TRAVEL_STEMS):
        return
    pos = 0
    while (travel := _TRAVEL_RE.search(text, pos)) is not None:
        pos = travel.start() + 1
        for place in _PLACES.at(text, travel.end()):
            end = travel.end() + len(place)
            if _PLACE_END_RE.match(text, end):
                yield travel.start(), end, travel.group("noun"), place
                pos = end
                break


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in prose_passages(ctx):
        text = passage.text
        for start, end, noun, place in travel_places(text):
            if not (_noun_phrase_before(text, start) and _phrase_ends(text, end)):
                continue
            fixed = f"{noun} {_PREPOSITION.get(noun.casefold(), 'to')} {place}"
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                start,
                end,
                f"missing preposition: `{text[start:end]}` (use `{fixed}`)",
                (fixed,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Putin invited to Havana\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC403",
    name="visit-without-preposition",
    severity="warning",
    summary="A visit or trip noun before a place with no preposition (`a visit Cuba`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "Putin was invited to visit Cuba next year, and a visit to Havana by "
                "the premier is planned for the spring, TASS reported.\n"
            ),
            good=True,
        ),
        Example(
            text=_HEAD + "Putin was invited to make a visit Cuba next year, TASS reported.\n",
            good=False,
        ),
    ),
    fixable=True,
)
