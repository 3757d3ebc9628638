"""A feed's story as a ``Story``: the same dateline, byline and year rules as plain text.

The feed readers find the headline, the byline text and the body paragraphs; here the
first paragraph's dateline is parsed with the plain-text grammar (``match_dateline``) and
its year chosen with the transmission time as the reference date (``year_source``
``reference``), the byline's people are found, the language is taken from the feed or
detected, and ``Story.wire`` gets every key of ``WIRE_KEYS``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from wirecheck.byline import is_agency_line, is_agency_writer_line, match_byline, names_in
from wirecheck.dateline import match_dateline, to_dateline
from wirecheck.feeds import WIRE_KEYS, FeedError, NotAFeed, reader
from wirecheck.feeds.language import detect_language, language_code
from wirecheck.feeds.model import Feed
from wirecheck.model import Byline, Dateline, Paragraph, Removed, Source, Story
from wirecheck.patterns.dateline_data import AGENCIES as DATELINE_AGENCIES
from wirecheck.patterns.dateline_data import norm_key
from wirecheck.regexes import regex

# `By Jane Doe`, and dpa's German `Von Jane Doe, dpa`.
_VON_RE = regex(r"^(?:Von|VON|von)\s+(?=[A-ZÄÖÜ])")
_LABELS = {
    "anpa": "ANPA-1312",
    "iptc7901": "IPTC 7901",
    "nitf": "NITF",
    "newsml": "NewsML",
    "ninjs": "ninjs",
    "xml": "an XML feed",
    "sgml": "an SGML archive (TREC or Reuters-21578)",
}


def read_story(
    data: bytes | str,
    text: str,
    fmt: str,
    *,
    forced: bool,
    source: Source,
    reference_date: date | None,
    today: date | None,
) -> Story | None:
    """The story of a feed in format ``fmt`` (from ``feeds.detect`` or forced by the user).

    Returns None when a detected format turns out not to be one (the caller reads the
    input as plain text); raises ``FeedError`` when the input cannot be read safely, or
    when a forced format does not fit.
    """
    try:
        feed = reader(fmt)(data, text)
    except NotAFeed as error:
        if forced:
            raise FeedError(f"not {_LABELS.get(fmt, fmt)}: {error}") from None
        return None
    assert isinstance(feed, Feed)
    if forced and feed.format == "xml" and fmt != "xml":
        root = feed.wire.get("standard")
        raise FeedError(f"not {_LABELS.get(fmt, fmt)}: the XML root element is <{root}>")
    return build_story(feed, replace(source, format=feed.format), reference_date, today)


def _byline(paragraph: Paragraph) -> Byline | None:
    raw = paragraph.text
    names = match_byline(raw)
    if names is None:
        names = names_in(_VON_RE.sub("", raw))
    return Byline(raw=raw, names=names, line=paragraph.locate(0)[0])


# A feed's byline field holding only desk codes, the editors' initials (EFE's `gr/bp`,
# ANSA's creator `VRG`): small letters, several joined (`ab/sms`), or one group of
# capitals that names no agency. Capitals joined are agencies (`AFP/DPA`) or surnames
# (`WU, LI`); one group may be an agency's name (`TT`, `UNI`, `LUSA`).
_DESK_CODE_RE = regex(r"[a-z]{1,4}(?:\s*[/,-]\s*[a-z]{1,4})*|[A-Z]{1,4}")


def _desk_code(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    if not _DESK_CODE_RE.fullmatch(text) or is_agency_line(text):
        return False
    return not text.isupper() or norm_key(text) not in DATELINE_AGENCIES


# How far down a body its writer's `By` line may stand under a head of summary bullets
# and notes (Reuters' text: advisory, bullets, byline, dated lede), and how long a
# paragraph of that head may be.
_HEAD_PARAGRAPHS = 6
_HEAD_LENGTH = 200


def _is_byline(text: str) -> bool:
    if len(text) > 80:
        return False
    return match_byline(text) is not None or bool(
        _VON_RE.match(text) and names_in(_VON_RE.sub("", text))
    )


def _lead_byline(paragraphs: list[Paragraph], removed: list[Removed]) -> Byline | None:
    """A `By ...` or `Von ...` line opening the body (dpa prints the author there), or
    under a few short head paragraphs when a dated lede follows it: those (summary
    bullets) go to ``removed`` as ``standfirst``."""
    for k in range(min(len(paragraphs) - 1, _HEAD_PARAGRAPHS)):
        text = paragraphs[k].text
        if _is_byline(text):
            if k and match_dateline(paragraphs[k + 1].text) is None:
                return None
            for head in paragraphs[:k]:
                removed.append(
                    Removed(line=head.spans[0].line, text=head.text, reason="standfirst")
                )
            del paragraphs[:k]
            return _byline(paragraphs.pop(0))
        if len(text) > _HEAD_LENGTH or match_dateline(text) is not None:
            return None
    return None


# A press release sets decks (and a correction note, its title again) over its dated lede:
# the dateline may open one of the first paragraphs.
_DECKS_MAX = 5


# A deck is a line or a sentence (`AI Marketing Veteran to Position Company for Growth`),
# or a release's correction note; a lede of sentences over a roundup's sections is story.
_DECK_MAX_WORDS = 40
# A correction note's words in the languages releases are sent in (`corrects`, `corrige`,
# `rectifica`, `berichtigt`).
_CORRECTION_WORDS = ("correct", "corrig", "rectif", "berichtig")


# A note to editors over the lede (`Eds: Adds quote.`) is no deck: WC364 reports it in
# the body, where it would be published.
_EDS_NOTE_RE = regex(r"(?:--)?(?i:eds?|note to editors|redaktionelle[rn]? hinweise?)\s*:")


def _deck_shaped(text: str) -> bool:
    if _EDS_NOTE_RE.match(text):
        return False
    low = text.casefold()
    if any(word in low for word in _CORRECTION_WORDS):
        return True
    return len(text.split()) <= _DECK_MAX_WORDS and ". " not in text.rstrip()


def _under_decks(paragraphs: list[Paragraph], removed: list[Removed]) -> None:
    """Drop the decks over a lede dated with its agency or wire (`SAN FRANCISCO, Dec. 03,
    2019 (GLOBE NEWSWIRE) --`, `(AP) —`) a few paragraphs down, when the first paragraph
    has no dateline: they go to ``removed`` as ``standfirst``, and the lede is first. A
    place and a dash alone, which a later paragraph may open with, is not enough."""
    if not paragraphs or match_dateline(paragraphs[0].text) is not None:
        return
    for k in range(1, min(len(paragraphs), _DECKS_MAX + 1)):
        match = match_dateline(paragraphs[k].text)
        if match is None or not match.agencies or match.end >= len(paragraphs[k].text):
            continue
        if not all(_deck_shaped(deck.text) for deck in paragraphs[:k]):
            return  # a roundup's own lede over its first section's dateline is story
        for deck in paragraphs[:k]:
            removed.append(Removed(line=deck.spans[0].line, text=deck.text, reason="standfirst"))
        del paragraphs[:k]
        return


def _dateline(
    feed: Feed, paragraphs: list[Paragraph], reference: date | None, today: date
) -> Dateline | None:
    """The dateline opening the first paragraph (which loses it), else the feed's own
    dateline element."""
    if paragraphs:
        first = paragraphs[0]
        line = first.locate(0)[0]
        match = match_dateline(first.text)
        if match is not None and match.end < len(first.text):
            paragraphs[0] = first.tail(match.end)
            return to_dateline(match, line, first.text, reference_date=reference, today=today)
        alone = match_dateline(first.text, own_line=True)
        if alone is not None and len(paragraphs) > 1:
            paragraphs.pop(0)
            return to_dateline(
                alone, line, paragraphs[0].text, reference_date=reference, today=today
            )
    if feed.dateline is not None:
        text = feed.dateline.text
        match = match_dateline(text, own_line=True) or match_dateline(text)
        if match is None and text.strip():
            # The element vouches for what a bare place lacks (`<DATELINE> NEW YORK
            # </DATELINE>`): read it as though a dash closed it, keep it as written.
            closed = match_dateline(f"{text.strip()} —", own_line=True)
            if closed is not None and closed.end > len(text.strip()):
                match = closed._replace(raw=text.strip(), end=len(text.strip()))
        if match is not None:
            following = paragraphs[0].text if paragraphs else ""
            return to_dateline(
                match, feed.dateline.locate(0)[0], following, reference_date=reference, today=today
            )
    return None


def _wire(feed: Feed, headline: str | None, paragraphs: list[Paragraph]) -> dict[str, Any]:
    wire: dict[str, Any] = dict.fromkeys(WIRE_KEYS)
    wire.update(subjects=[], places=[])
    wire.update({k: v for k, v in feed.wire.items() if k in wire and v not in (None, "")})
    wire["transmitted"] = feed.transmitted.isoformat() if feed.transmitted else None
    language = language_code(feed.wire.get("language"))
    source = "feed" if language else None
    if language is None:
        language = detect_language([headline or "", *(p.text for p in paragraphs)])
        source = "detected" if language else None
    wire.update(language=language, language_source=source)
    return wire


def build_story(
    feed: Feed, source: Source, reference_date: date | None, today: date | None
) -> Story:
    """The ``Story`` of a feed. ``reference_date`` (the caller's) wins over the
    transmission date for the dateline year."""
    paragraphs = list(feed.paragraphs)
    reference = reference_date or (feed.transmitted.date() if feed.transmitted else None)
    removed = list(feed.removed)
    given = feed.byline
    if given is not None and _desk_code(given):
        # Initials are no byline: the desk's codes, kept in removed as a wire code.
        removed.append(Removed(line=given.spans[0].line, text=given.text, reason="wire-code"))
        given = None
    byline = _byline(given) if given is not None else _lead_byline(paragraphs, removed)
    if byline is not None and len(paragraphs) > 1:
        credit = paragraphs[0]
        if is_agency_writer_line(credit.text) or is_agency_line(credit.text):
            # `THE CANADIAN PRESS`, `Associated Press Writer` under the byline: whose
            # writer it is; the dateline opens the paragraph after it.
            removed.append(
                Removed(line=credit.spans[0].line, text=credit.text, reason="agency-credit")
            )
            paragraphs.pop(0)
    _under_decks(paragraphs, removed)
    dateline = _dateline(feed, paragraphs, reference, today or date.today())
    headline = feed.headline.text if feed.headline is not None else None
    return Story(
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        captions=tuple(feed.captions),
        paragraphs=tuple(paragraphs),
        related=(),
        removed=tuple(sorted(removed, key=lambda r: r.line)),
        headline_line=feed.headline.spans[0].line if feed.headline is not None else None,
        headline_end_line=feed.headline.spans[-1].line if feed.headline is not None else None,
        wire=_wire(feed, headline, paragraphs),
    )


def feed_reference_date(story: Story) -> date | None:
    """The date of a feed story's transmission time, the rules' reference date when the
    caller gives none."""
    transmitted = (story.wire or {}).get("transmitted")
    if not isinstance(transmitted, str):
        return None
    try:
        return date.fromisoformat(transmitted[:10])
    except ValueError:
        return None
