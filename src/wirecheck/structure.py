"""Units to story parts: where the article is, and what every other line is.

The stages, in order:

1. Classify every unit on its own (``classify``).
2. Score units for the article search: prose earns by length; chrome, closing headings
   (`More from ...`), time stamps, repeated lines and runs of unspaced list items in pages
   of spaced paragraphs cost.
3. Find the article: the maximum-sum run of units (as in body-text extraction), so a
   caption or an ad line inside the article is bridged while menus and link lists around
   it are not; searched first below the heading that repeats the page's <title>.
4. Anchor the body start on the dateline when there is one near the top of the article;
   end it at an end mark (`###`, `-30-`) and before trailing author bios.
5. Find the headline before the body: the heading that scores best on title similarity,
   a credit line under it, nearness and repetition (``headline``); then the byline around
   it, and without a dateline the summary sentence under the headline as the body's first
   paragraph.
6. Give every remaining line a place: caption, related link, body, or removed with a reason.

Nothing is dropped silently: each non-blank input line lands in exactly one place.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from wirecheck import headline
from wirecheck.byline import (
    AGE_RE,
    byline_in_stamp,
    continued_byline,
    is_agency_line,
    is_agency_writer_line,
    looks_like_name_line,
    match_byline,
    match_credit_tail,
    name_and_role,
    name_under_headline,
    names_under_headline,
    only_a_stamp,
    role_line,
    staff_line,
    strip_author_link,
    undoubled,
    wrapped_byline,
    writer_line,
)
from wirecheck.classify import (
    CAPTION_MAX_CHARS,
    GOOD_MIN_DENSITY,
    Features,
    Kind,
    classify,
    credit_of,
    embed_signature,
    image_file_name,
    over_a_credit,
    prose,
)
from wirecheck.dateline import (
    DatelineMatch,
    PageDate,
    match_dateline,
    page_date,
    page_head,
    placed,
    source_reference_date,
    to_dateline,
)
from wirecheck.headline import (
    BARE_BY_RE,
    RETOLD_MATCH,
    TITLE_MATCH,
    closes_statement,
    content_words,
    date_line,
    page_title_words,
    similarity,
    split_host_suffix,
    split_label,
    split_site_suffix,
    stems,
    title_heading,
    title_words,
    titled,
)
from wirecheck.model import Byline, Caption, Dateline, Paragraph, Related, Removed, Span
from wirecheck.patterns.boilerplate import (
    AUTHOR_BIO_RE,
    DESK_CODE_LINE_RE,
    DESK_CODE_MAX_CHARS,
    DESK_INITIALS_ALONE_RE,
    END_MARK_RE,
    FOREIGN_END_MARK_RE,
    READ_ALSO_ABROAD,
    SIGN_OFF_MARKS,
    TRAILER_RE,
    hashtag_promo,
    house_line,
    inline_close,
    is_social_menu,
    publication_note,
    signs_off,
    signup_prompt,
    stamp_line,
)
from wirecheck.patterns.dateline_data import AGENCIES, RELEASE_WIRE_RE, norm_key
from wirecheck.patterns.invisible import INVISIBLE
from wirecheck.regexes import regex
from wirecheck.segment import Unit, clean_line, cut_close, segment, unbulleted

# Scores of the maximum-sum search. Prose earns by length (capped, so one huge paragraph
# of a comment thread cannot outweigh a whole article); chrome and breaks cost.
_GOOD_BASE = 1.0
_GOOD_PER_CHAR = 1 / 100
_GOOD_CAP = 6.0
_SHORT_SENTENCE = 0.1
_SHORT_OTHER = -0.6
_CHROME = -2.0
_BREAK = -6.0
_REPEATED = -2.0
_STAMP = -3.0
_INLINE = -0.3
# A trailing bio or citation box is a paragraph or two, not an article's last section.
_TRAILER_MAX = 600
_STAMP_MAX_WORDS = 12
# An unspaced line in a page of spaced paragraphs (see ``_penalise_lists``).
_LIST_ITEM = -0.8
_SPACED_MIN = 3
_LIST_MIN = 3
# Under a run of short lines, a paragraph this many times longer than every one of them
# opens the article.
_LIST_LAST_PROSE = 2
# ... unless page chrome stands in the run's last lines (a video player's `Hide Caption`
# over its summary); a share bar higher up, over the byline, is no such block.
_LIST_LAST_LOOKBACK = 3
# A block of page furniture (`Most Popular` and its teasers) printed this many times or
# more inside an article, with at least this many lines, is an interstitial.
_INTERSTITIAL_TIMES = 3
_INTERSTITIAL_MIN_UNITS = 3
_CONTENTS_MIN_ITEMS = 3
_BLANK_LIST_MIN = 2
_INTERSTITIAL_GAP_CHARS = 300  # of paragraphs between two copies, on average
# The run under the title's repeat must score at least this share of the best run.
_TITLE_RUN_SHARE = 0.5
_LIST_UNENDED = 0.4
_LIST_MEAN_WORDS = 8

# Copy with no prose and no chrome, a title over this many lines of figures or more (and
# as many as of words), is agate.
_AGATE_MIN_LINES = 2
# How far from the start of the article a dateline may open the body (units).
_DATELINE_WINDOW = 8
# How far above the body a page's own date is looked for (units): past its headline, dek,
# byline, stamp and lead photo, not up into the menus and teaser lists over them.
_PAGE_DATE_ABOVE = 8
# How many units into the body, and above the headline, a byline is looked for.
_BYLINE_AFTER_BODY = 3
_BYLINE_ABOVE = 3
# A `By` line vouches for itself a little further up (a column's name and blurb between).
_BY_LINE_ABOVE = 5
# How far above the headline `By` label blocks are looked for, and how far apart two
# blocks of one byline may be (units).
_BY_BLOCK_ABOVE = 15
_BY_BLOCK_GAP = 3
# Lines that join names set one a line: `Aaron Scott` / `,` / `Berly McCoy`.
_NAME_JOINS = frozenset({",", "and", "&", ", and"})
# How far under the headline a bare name is looked for (units): as far as the headline
# search reaches, and no further, so a page of thousands of short lines stays cheap.
_BYLINE_REACH = headline.WINDOW
# How many units under the headline a bare name is taken as its byline, and how many
# widgets (time stamps, share and save buttons) right under it may come first.
_NAME_UNDER_HEADLINE = 3
_WIDGETS_UNDER_HEADLINE = 4
# How far after a closing break the next article's heading and credit line may come.
_NEXT_ARTICLE_GAP = 5

# The longest line that may be a known city alone in capitals (`RIO DE JANEIRO`).
_BARE_PLACE_MAX = 30
# How a writer's line opens, between a dateline on its own line and the lede.
_BY_LEADS = ("By ", "BY ")
# A menu's item: a short line with no sentence's end, of at most this many words.
_MENU_ITEM_WORDS = 4
# A standfirst under the headline: within this many units, this many words longer.
_DEK_GAP = 3
_DEK_MIN_WORDS = 8
_DEK_MIN_DENSITY = 0.2
# A last paragraph with its agency in parentheses has this many words at least; a caption
# of a photo closing the page may be shorter.
_SIGNED_MIN_WORDS = 8
# The kinds of line only a web page puts around an article.
_PAGE_KINDS = frozenset({Kind.CHROME, Kind.BREAK, Kind.INLINE})
# Headings that open a list of links to other stories (kept in ``related``).
_RELATED_HEADING_RE = regex(
    r"^(?:related|more from|more on|read more|see also|also read|read also|recommended)\b",
    re.IGNORECASE,
)
# `Record: 28-1, 13 KOs`, `Next fight: TBA`: a field of a listicle's entry. Entries repeat
# their fields (`Next fight: TBA` under every boxer), so repetition does not make them chrome.
_FIELD_RE = regex(r"^[A-Z][\w'’ -]{1,30}: \S")


class Assembled:
    """The story parts found in one document (mutable while it is being built); a plain
    slotted class for the start-up reason ``dateline._Body`` gives."""

    __slots__ = (
        "byline",
        "captions",
        "dateline",
        "headline",
        "headline_end_line",
        "headline_line",
        "paragraphs",
        "related",
        "removed",
    )

    def __init__(self) -> None:
        self.headline: str | None = None
        self.headline_line: int | None = None
        self.headline_end_line: int | None = None
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.captions: list[Caption] = []
        self.paragraphs: list[Paragraph] = []
        self.related: list[Related] = []
        self.removed: list[Removed] = []


def _mark_plain_copies(
    units: list[Unit], head: int, body_start: int, plain: str, place: dict[int, str]
) -> None:
    """The headline printed again above the body without the site's name the headline
    line carried (`Headline` over `Headline – askanews.it`) is its repeat too."""
    key = plain.casefold()
    for j in range(max(0, body_start - _BYLINE_REACH), body_start):
        if j != head and j not in place and units[j].text.casefold() == key:
            place[j] = "duplicate-headline"


def _quoted_source(headline: str, suffix: str, lede: list[Unit]) -> bool:
    """Whether a headline's dashed suffix names who said it (`... in December — Roscosmos`,
    `... — Peskov`, as TASS and RIA end headlines), not the site: the story's first
    paragraphs quote it (`Roscosmos said`). An agency or outlet is a site's name."""
    if not headline.endswith(("— " + suffix, "– " + suffix, "- " + suffix)):
        return False
    if norm_key(suffix) in AGENCIES or len(suffix.split()) > _SOURCE_MAX_WORDS:
        return False
    said = _SAID_BY.format(name=re.escape(suffix))
    return any(re.search(said, unit.text) for unit in lede)


_SOURCE_MAX_WORDS = 3
# `Roscosmos said`, `the Roscosmos state space corporation said`, `according to Roscosmos`.
_SAID_BY = (
    r"\b{name}(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}(?:said|says|told|announced|reported|stated)\b"
    r"|\baccording to (?:the )?{name}\b"
)


def _widget(unit: Unit, feat: Features) -> bool:
    """A page's chrome, a share or save button or a time stamp (`3 hours ago`)."""
    if feat.kind is Kind.CHROME or _is_stamp(unit, feat):
        return True
    return feat.words <= _STAMP_MAX_WORDS and (
        only_a_stamp(unit.text) or is_social_menu(unit.text, least=1)
    )


def _is_stamp(unit: Unit, feat: Features) -> bool:
    """A short line of dates and times (`Published: 11:25, 17 Dec 2023`), or a line of
    stamps alone, however long (`PUBLISHED: ... | UPDATED: ...`)."""
    if feat.kind is Kind.GOOD or not date_line(unit.text):
        return False
    return feat.words <= _STAMP_MAX_WORDS or stamp_line(unit.text)


def _score(unit: Unit, feat: Features) -> float:
    kind = feat.kind
    if kind is Kind.BREAK:
        return _BREAK
    if kind is Kind.INLINE:
        # An embedded post's signature is dated as a stamp is: the search stops there, and
        # ``_past_inline`` takes the story on past the post when prose follows it (a last
        # post over a site's promotion does not carry the article into the promotion).
        return _STAMP if "(@" in unit.text and embed_signature(unit.text) else _INLINE
    if kind is Kind.SHORT and _time_only(unit.text):
        return _INLINE  # a live blog's entry time: inside the story, as an ad is
    if _is_stamp(unit, feat):
        return _STAMP  # a dateline-and-time stamp heads the next story on endless pages
    if feat.repeated and kind is not Kind.GOOD and not _FIELD_RE.match(unit.text):
        return _REPEATED
    if kind is Kind.GOOD:
        return min(_GOOD_BASE + len(unit.text) * _GOOD_PER_CHAR, _GOOD_CAP)
    if kind is Kind.SHORT:
        return _SHORT_SENTENCE if feat.ends_sentence else _SHORT_OTHER
    if kind is Kind.CHROME:
        return _CHROME
    if kind is Kind.WIRE_CODE:
        return _SHORT_OTHER
    return 0.0  # captions and related links sit inside articles


def _scores(units: list[Unit], feats: list[Features]) -> list[float]:
    """``_score`` of every unit. A score depends on the unit's text and its features alone,
    and classify gives a repeated text the same features: a page that repeats a line (a
    menu, hostile input of short lines) scores it once."""
    known: dict[str, tuple[Features, float]] = {}
    scores: list[float] = []
    for unit, feat in zip(units, feats, strict=True):
        seen = known.get(unit.text)
        if seen is not None and seen[0] is feat:  # the same text, the same features
            scores.append(seen[1])
            continue
        score = _score(unit, feat)
        known[unit.text] = (feat, score)
        scores.append(score)
    return scores


def _penalise_lists(units: list[Unit], feats: list[Features], scores: list[float]) -> None:
    """Lower the score of link-list items in pages whose paragraphs are blank-separated.

    Saved web pages put a blank line around each paragraph but none between list items, so
    a run of unspaced lines there is a menu or a teaser list even when each item reads like
    a sentence. Copy that never spaces its paragraphs is left alone.
    """
    spaced = sum(
        1
        for u, f in zip(units, feats, strict=True)
        if f.kind is Kind.GOOD and u.blank_before and u.blank_after
    )
    if spaced < _SPACED_MIN:
        return
    run: list[int] = []
    for i, unit in enumerate([*units, None]):
        if (
            unit is not None
            and len(run) == 1
            and feats[i].kind is Kind.BREAK
            and feats[run[0]].kind is Kind.GOOD
            and units[run[0]].blank_before
        ):
            # A list's heading (`Explore more on these topics`) starts its list: the
            # paragraph set right above it, with no blank line between, is the story's last.
            run = []
        if unit is not None and not unit.blank_after and len(unit.lines) == 1:
            run.append(i)
            continue
        if unit is not None and run and not unit.blank_before and not _opens_article(run, i, feats):
            run.append(i)  # the last item of the run has a blank line after it
        if len(run) >= _LIST_MIN and _list_like(run, units, feats):
            for j in run:
                scores[j] = min(scores[j], _LIST_ITEM)
        run = []


def _prose_before(units: list[Unit], feats: list[Features]) -> list[int]:
    """Characters of paragraphs before each unit (one more entry than units): the prose
    between units ``a`` and ``b`` is ``prose[b] - prose[a]``."""
    prose = [0]
    for unit, feat in zip(units, feats, strict=True):
        prose.append(prose[-1] + (len(unit.text) if feat.kind is Kind.GOOD else 0))
    return prose


def _words_of(units: list[Unit], lo: int, hi: int) -> set[str]:
    """The content words of units ``lo`` (or the first) up to ``hi``, exclusive."""
    words: set[str] = set()
    for k in range(max(0, lo), hi):
        words |= content_words(units[k].text)
    return words


# The headings of a widget's list of links, which a copy of a page may hold without it.
_LINKS_HEADING_RE = regex(
    r"^(?:recommended(?: videos?| stories| for you)?|most (?:read|popular|viewed|shared)|"
    r"trending(?: now)?|top stories|related(?: stories| articles| coverage| content| videos?)?|"
    r"more (?:from|stories|on|videos?)\b|you (?:may|might) also like|watch more|"
    r"latest videos?)\W*$",
    re.IGNORECASE,
)


def _empty_breaks(units: list[Unit], feats: list[Features], scores: list[float]) -> None:
    """Score as in-article chrome a list's heading set between a story's paragraphs with
    no list under it (`Recommended Videos`, `MOST READ` over the story's next paragraph:
    a widget whose items a copy does not hold). The prose under it goes on with the story
    above: it shares a word with it, where a teaser list's items are other stories'."""
    for i, feat in enumerate(feats):
        if feat.kind is not Kind.BREAK or not 0 < i < len(units) - 1:
            continue
        if not _LINKS_HEADING_RE.match(units[i].text):
            continue  # a prompt's heading (`Sign up`, `Newsletter`) opens its own text
        j = i + 1
        while j < len(units) - 1 and feats[j].kind is Kind.INLINE:
            j += 1  # an ad's slot under the heading (`Advertisement`)
        # A few teasers under it, a line each and no blank line between (`Most Read` /
        # three headlines): the widget whole, set in the story.
        items = j
        while (
            j < len(units) - 1
            and j - items < _WIDGET_ITEMS
            and _teaser_item(units[j], feats[j])
            and (j == items or not units[j].blank_before)
        ):
            j += 1
        below, above = feats[j], feats[i - 1]
        if not (
            below.kind is Kind.GOOD
            and below.ends_sentence
            and above.kind is Kind.GOOD
            and units[j].blank_before
        ):
            continue
        if content_words(units[j].text) & _words_of(units, i - _STORY_WORDS_FROM, i):
            for k in range(i, j):
                scores[k] = _INLINE


# The teasers a widget set between a story's paragraphs lists: headlines of other stories.
_WIDGET_ITEMS = 6
_TEASER_MAX_WORDS = 14


def _teaser_item(unit: Unit, feat: Features) -> bool:
    return (
        feat.kind is Kind.SHORT
        and not feat.ends_sentence
        and len(unit.lines) == 1
        and 2 <= feat.words <= _TEASER_MAX_WORDS
    )


# A newsletter box set between a story's paragraphs is a few lines: its pitch, its
# button, perhaps a form's label (`Email address`). Its heading (`Sign up`) is a list's
# break to the classifier, which would end the story above it.
_PROMO_BOX_MAX = 4
_FORM_LABELS = frozenset(
    ("email", "email address", "e-mail", "your email", "enter your email", "sign up", "subscribe")
)


# The box's small print and its thanks (`By signing up, you agree to ...`, `We've added
# you to our mailing list.`).
_PROMO_PRINT_RE = regex(
    r"^by (?:signing up|clicking|subscribing|submitting|registering|entering)\b[^.]{0,60}"
    r"\byou\b(?: (?:also )?(?:agree|consent|acknowledge|accept))"
    r"|^(?:we['’]ve|we have) added you to our mailing list\b"
    r"|^you(?:['’]re| are) (?:now )?on our mailing list\b",
    re.IGNORECASE,
)


# A box's pitch speaks to the reader (`... news that matters to you.`); a story's
# paragraph that does quotes someone.
_PITCH_RE = regex(r"^[^\"“”]*\b(?:you|your)\b[^\"“”]*$", re.IGNORECASE)


_NEWSLETTER_RE = regex(r"\bnewsletters?\b", re.IGNORECASE)
# A share bar between paragraphs: its heading (`Share this:`) and its buttons.
_SHARE_HEADING_RE = regex(r"^share(?: this)?(?: (?:article|story|post))?\s*:?$", re.IGNORECASE)


def _promo_line(unit: Unit, feat: Features | None = None) -> bool:
    """A line of a newsletter box or a share bar (``feat`` given: its headings and buttons
    too, which a story's prose never is)."""
    text = unit.text.strip()
    low = text.casefold()
    if (
        low.rstrip(" .:!") in _FORM_LABELS
        or signup_prompt(text, low)
        or _PROMO_PRINT_RE.search(text) is not None
    ):
        return True
    if feat is None or feat.kind is Kind.GOOD:
        return False
    if _SHARE_HEADING_RE.match(text):
        return True
    if feat.kind is Kind.CHROME and _NEWSLETTER_RE.search(text):
        return True  # the box's heading: `Get the Morning Report newsletter`
    return not feat.ends_sentence and is_social_menu(text, least=1)


def _promo_boxes(units: list[Unit], feats: list[Features], scores: list[float]) -> set[int]:
    """Score as in-article chrome a newsletter box or a share bar set between a story's
    paragraphs (`Sign up for our morning newsletter` / its pitch / `Sign up`; `Share
    this:` / `Facebook` / `Email`), when the prose under
    it goes on with the story above: it shares a content word with the story's last
    paragraphs, where a page's promotion under its story is about the site."""
    boxed: set[int] = set()
    i = 1
    while i < len(units) - 1:
        if (
            not _promo_line(units[i], feats[i])
            or feats[i - 1].kind is not Kind.GOOD
            or _promo_line(units[i - 1], feats[i - 1])
        ):
            i += 1
            continue
        j = i
        while j < len(units) and j - i < _PROMO_BOX_MAX and _promo_line(units[j], feats[j]):
            j += 1
        if (
            j < len(units)
            and feats[j].kind is Kind.GOOD
            and feats[j].ends_sentence
            and units[j].blank_before
            and not _promo_line(units[j])
            and not _PITCH_RE.search(units[j].text)
            # a pitch cries out (`... events and more!`), and its box's small print
            # follows it, not the story's next paragraph
            and not units[j].text.rstrip().endswith("!")
            and not (j + 1 < len(units) and _promo_line(units[j + 1], feats[j + 1]))
            and content_words(units[j].text) & _words_of(units, i - _STORY_WORDS_FROM, i)
        ):
            for k in range(i, j):
                scores[k] = _INLINE
                boxed.add(k)
        i = j
    return boxed


def _neutralise_interstitials(
    units: list[Unit], feats: list[Features], scores: list[float]
) -> None:
    """Score as neutral the blocks of page furniture a page repeats between an article's
    sections: the same run of headings and teasers (`Most Popular`, four story cards)
    printed three times or more. Scored as chrome, each copy cuts the article apart and the
    body keeps only the part after the last one; neutral, the article runs through them.
    The units are still not story text: they are short lines the page repeats, and those
    are removed inside a body too.
    """
    # Paragraphs are never furniture: keyed are only the other units, so a big input's
    # text is not copied whole.
    keys = [
        None if f.kind is Kind.GOOD else u.text.casefold()
        for u, f in zip(units, feats, strict=True)
    ]
    counts: dict[str | None, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    blocks: dict[tuple[str | None, ...], list[range]] = {}
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and keys[j] is not None and counts[keys[j]] >= _INTERSTITIAL_TIMES:
            j += 1
        if j - i >= _INTERSTITIAL_MIN_UNITS:
            blocks.setdefault(tuple(keys[i:j]), []).append(range(i, j))
        i = max(j, i + 1)
    # The text between two copies in O(1), so a long input with many repeated blocks
    # stays linear.
    prose = _prose_before(units, feats)
    for spans in blocks.values():
        if len(spans) < _INTERSTITIAL_TIMES:
            continue
        # Between the copies, article paragraphs: a gallery repeats its share bar under
        # every photo, with a caption or two between, and is no article's body.
        between = sum(prose[b.start] - prose[a.stop] for a, b in itertools.pairwise(spans))
        if between < _INTERSTITIAL_GAP_CHARS * (len(spans) - 1):
            continue
        for span in spans:
            for k in span:
                scores[k] = 0.0


def _neutralise_contents(units: list[Unit], feats: list[Features], scores: list[float]) -> None:
    """Score as neutral an article's table of contents: a list of three or more headings
    that come again, in the same order, as the headings of its sections further down.

    Scored as repeated lines, the list cuts the article's opening from its sections, and
    the body keeps only the part after it. The headings below keep their score: a teaser
    list printed twice after an article (titles, then titles with their deks) must not
    draw the body on into the deks.
    """
    first: dict[str, int] = {}
    later: dict[str, int] = {}
    copies: dict[str, int] = {}
    keys: list[str] = []  # each unit's, read again below ("" for a paragraph, never read)
    for i, (unit, feat) in enumerate(zip(units, feats, strict=True)):
        if feat.kind is Kind.GOOD:
            keys.append("")
            continue
        key = unit.text.casefold()
        keys.append(key)
        copies[key] = copies.get(key, 0) + 1
        if key in first:
            later.setdefault(key, i)
        else:
            first[key] = i
    # A section's heading has paragraphs before the next one.
    prose = _prose_before(units, feats)
    i = 0
    while i < len(units):
        j, previous = i, -1
        while j < len(units) and feats[j].kind is not Kind.GOOD:
            key = keys[j]
            again = later.get(key)
            # Each item printed twice (list and heading), its heading after the previous
            # one's with a paragraph between: not a share bar or a teaser printed again.
            if (
                again is None
                or copies[key] != 2
                or first[key] != j
                or again <= previous
                or (previous >= 0 and prose[again] == prose[previous])
            ):
                break
            previous = again
            j += 1
        if j - i >= _CONTENTS_MIN_ITEMS and previous > j:
            for k in range(i, j):
                scores[k] = 0.0
        i = max(j, i + 1)


def _opens_article(run: list[int], i: int, feats: list[Features]) -> bool:
    """Whether unit ``i``, set right under a run of unspaced lines with a blank line after
    it, is the article's first paragraph rather than the run's last item."""
    feat = feats[i]
    if feat.kind is not Kind.GOOD or not feat.ends_sentence:
        return False
    if any(feats[j].kind in _PAGE_KINDS for j in run[-_LIST_LAST_LOOKBACK:]):
        return False  # a video player's block (`Show Caption`, ...): its caption
    longest = max(feats[j].words for j in run)
    return feat.words >= _LIST_LAST_PROSE * longest


def _list_like(run: list[int], units: list[Unit], feats: list[Features]) -> bool:
    """A run of unspaced lines is a list when many items are headings or teasers cut short
    (`...`), or items are short; unspaced article paragraphs (some sites print them so)
    end their sentences."""
    unended = sum(
        1 for j in run if not feats[j].ends_sentence or units[j].text.endswith(("...", "…"))
    )
    mean_words = sum(feats[j].words for j in run) / len(run)
    return unended / len(run) >= _LIST_UNENDED or mean_words < _LIST_MEAN_WORDS


# The links of a writer's card under the story, as a page's text keeps their labels.
_CARD_LINKS = frozenset(
    "twitter x mailto email e-mail facebook instagram linkedin threads bluesky mastodon".split()
)
# A newsroom's note of what it is, under the stories it lets others run (`KFF Health News
# is a national newsroom that ...`, `Stateline is part of States Newsroom, a ...`).
_NEWSROOM_NOTE_RE = regex(
    r"^[A-Z][\w.&'’ -]{1,60} is (?:an?|the|part of) (?:[\w,-]+ ){0,5}"
    r"(?:newsroom|(?:news|media) organi[sz]ation|news service|news network|news outlet"
    r"|news site|news agency)\b"
)


# A sentence someone said is story, whoever it is about (`Jane Roe covers shortstop for
# the Hawks, the coach said.`).
_ATTRIBUTED_RE = regex(r"\b(?:said|says|told|according to)\b|[\"“”]")


def _writer_card(text: str, writers: set[str]) -> bool:
    """A line of the writer's card or the newsroom's note closing a page's story: a link
    label, the writer's bio (`Marques covers Portugal and Spain for The Associated
    Press.`), or what the newsroom is."""
    key = text.strip().casefold()
    if key in _CARD_LINKS:
        return True
    if writers and AUTHOR_BIO_RE.match(text) and not _ATTRIBUTED_RE.search(text):
        head = text[:80].casefold()
        if any(name.split()[-1] in head for name in writers if name.split()):
            return True
    if writers and _writer_is(key, writers) and not _ATTRIBUTED_RE.search(text):
        return True  # an op-ed's `Jane Roe is a nurse at Mercy Hospital.`, whatever the job
    return _NEWSROOM_NOTE_RE.match(text) is not None


_BIO_MAX_CHARS = 300


def _writer_is(key: str, writers: set[str]) -> bool:
    """A short line that says what the byline's writer is (`jane roe is a ...`, casefolded):
    a guest writer's bio under the column, whatever the job."""
    if len(key) > _BIO_MAX_CHARS:
        return False
    return any(
        key.startswith(name)
        and key[len(name) :].startswith((" is a", " is an", " is the", " was a"))
        for name in writers
    )


def _past_inline(units: list[Unit], feats: list[Features], end: int) -> int:
    """The article's last unit, taken past the chrome set inside articles (`Advertisement`,
    `Article content`, an embedded post and its signature) when article prose follows it:
    a short last paragraph under an ad does not outweigh the ad's score, but the chrome
    says the article goes on."""
    j = end + 1
    while j < len(feats) and feats[j].kind is Kind.INLINE:
        j += 1
        if j < len(feats) and embed_signature(units[j].text):
            j += 1
        while j < len(feats) and (
            feats[j].kind is Kind.GOOD or (feats[j].kind is Kind.SHORT and feats[j].ends_sentence)
        ):
            end = j
            j += 1
    return end


# A story's last paragraph cut off mid-sentence (a page's excerpt, a copy that stopped)
# has no stop to read it by: it reads as prose by its words, in sentence case, and by
# what a sentence holds inside (a comma, a quotation mark, a stop, `said`).
_CUT_CLOSE_MIN_WORDS = 6
_CUT_CLOSE_TITLE_CASE = 0.6
_CUT_CLOSE_SIGNS_RE = regex(r"[,;\"“”]|[.!?] |\b(?:said|says|told)\b")


def _past_cut_close(units: list[Unit], feats: list[Features], end: int) -> int:
    """The article's last unit, taken on to the text's last unit when that is the story's
    last paragraph cut off (`“We're hearing from retailers ...,” said Aaron Pickus`):
    with no stop it is no sentence by its end and scores as a heading, which ended the
    article above it and threw its words away. Right under a paragraph of prose, with
    nothing after it, it is prose by its words alone."""
    j = end + 1
    if (
        j != len(units) - 1
        or not prose(feats[end])
        or units[j].first_line > units[end].lines[-1] + 2
    ):
        return end
    feat = feats[j]
    cut = (
        feat.kind in (Kind.GOOD, Kind.SHORT)
        and not feat.ends_sentence
        and not feat.repeated
        and feat.words >= _CUT_CLOSE_MIN_WORDS
        and feat.density >= GOOD_MIN_DENSITY
        and feat.title_case < _CUT_CLOSE_TITLE_CASE
        and _CUT_CLOSE_SIGNS_RE.search(units[j].text) is not None
    )
    return j if cut else end


def _agate(units: list[Unit], feats: list[Features]) -> bool:
    """Copy with no prose and no chrome whose lines under the title are mostly figures:
    scores, standings, results (a menu's lines are words: `Home`, `News`, `Sport`)."""
    if any(f.kind in _PAGE_KINDS for f in feats):
        return False
    lines = [u.text for u, f in zip(units[1:], feats[1:], strict=True) if f.kind is Kind.SHORT]
    figures = sum(1 for text in lines if any(c.isdigit() for c in text))
    return figures >= _AGATE_MIN_LINES and 2 * figures >= len(lines)


# Buttons between a story's paragraphs: chrome of a few words (`Share`, `Print`); the
# paragraph under them shares a content word with the story's last paragraphs.
_BUTTONS_MAX = 3
_BUTTON_MAX_WORDS = 3
_STORY_WORDS_FROM = 3
# A link's opener (`Read more`, `Leer más`, `Lesen Sie auch`) introduces a teaser: no button.
_LINK_OPENER_RE = regex(
    rf"^(?:read more|read also|also read|leer más|leia mais|{READ_ALSO_ABROAD})\W*$",
    re.IGNORECASE,
)


def _past_buttons(units: list[Unit], feats: list[Features], end: int) -> int:
    """The article's last unit, taken past a button or two set between its paragraphs
    (`Share this article`, `Read more`, `Compartir`) when the prose under them runs to a
    list's heading (`Related stories`) or the end of the text: a short last paragraph
    does not outweigh the buttons' score, but nothing after it is the page's."""
    j = end + 1
    buttons = 0
    while j < len(feats) and buttons < _BUTTONS_MAX and _button(units[j], feats[j]):
        buttons += 1
        j += 1
    if not buttons:
        return end
    last = None
    while j < len(feats) and feats[j].kind is Kind.GOOD and feats[j].ends_sentence:
        last = j
        j += 1
    if last is None or (j < len(feats) and feats[j].kind is not Kind.BREAK):
        return end
    # The story's own paragraph tells of what the story does (a letters policy or a
    # promotion there is the page's).
    story = _words_of(units, end - _STORY_WORDS_FROM, end + 1)
    return last if _words_of(units, end + 1, last + 1) & story else end


def _button(unit: Unit, feat: Features) -> bool:
    if feat.words > _BUTTON_MAX_WORDS or _LINK_OPENER_RE.match(unit.text):
        return False
    if feat.kind is Kind.BREAK:  # `Share this article` opens no list: a button too
        return unit.text.lstrip().lower().startswith("share")
    return feat.kind in (Kind.CHROME, Kind.INLINE)


# A reply's note over a forwarded story is prose too: the run may open on it, a few units
# over the quoted mail's envelope.
_REPLY_UNITS = 4


def _under_reply(units: list[Unit], scores: list[float], run: tuple[int, int]) -> tuple[int, int]:
    """The run under the last mail envelope among its first units (`Yes - the numbers
    match.` / `On Tue, Nov 3, 2026 at 9:14 AM Jane Roe <...> wrote:` / the story), or
    ``run`` when none stands there: a forwarded story starts under its envelope."""
    start, end = run
    last = None
    for i in range(start, min(start + _REPLY_UNITS, end)):
        if headline.envelope_unit(units, i):
            last = i
    if last is None:
        return run
    after = _best_run(scores[last + 1 : end + 1])
    return (after[0] + last + 1, after[1] + last + 1) if after else run


def _run_sum(scores: list[float], run: tuple[int, int], shift: int) -> float:
    return sum(scores[run[0] + shift : run[1] + shift + 1])


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """The maximum-sum contiguous run (Kadane), as inclusive unit indexes."""
    best, best_range = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_range = total, (start, i)
    return best_range


# A photo credit's label (`(Image: ANI)`, `(File | PTI)`), or a credit naming photos
# (`KUNA photos`): what follows is no agency of a dateline's, and a place opening the
# caption (`KUWAIT: The Amir received ... —KUNA photos`) is the picture's, not the story's.
_PHOTO_LABEL_RE = regex(r"\(?(?:File|Photos?|Images?|Picture|Pic)\b|[A-Z]{2,8}\s+photos?\b")


def _find_dateline(
    units: list[Unit], feats: list[Features], start: int, end: int
) -> tuple[int, int, bool] | None:
    """(unit index, offset where the text starts, own line) of the dateline, if any.

    A known city alone in capitals (`ANKARA`, Anadolu's layout) is one only over a
    paragraph of prose: above a menu or a heading it may be a section's name."""
    listed = False
    for i in range(max(0, start - _DATELINE_WINDOW), min(end + 1, start + _DATELINE_WINDOW)):
        if feats[i].kind is Kind.WIRE_CODE:
            continue  # a slug or a code, which goes to `removed` whatever it looks like
        if feats[i].kind is Kind.CAPTION and _PHOTO_LABEL_RE.match(feats[i].credit or ""):
            continue  # `Jane Roe (Image: ANI)`: a photo's credit, not a place and its agency
        text = units[i].text
        match = match_dateline(text)
        if match and not placed(match) and (listed or _listed(units, i)):
            listed = True  # a list's items, each opening in capitals and a dash
            continue
        if page_head(text, i + 1 < len(units) and prose(feats[i + 1])):
            continue  # a newspaper page's head (`EVENING HERALD, FRIDAY, ... -- A3`)
        if match and match.end < len(text):
            return i, match.end, False
        if i + 1 < len(units):
            below = _lede_under(units, i)
            bare = (
                len(text) <= _BARE_PLACE_MAX
                and feats[below].kind is Kind.GOOD
                and (text.isupper() or _alone_over_lede(units, feats, i, below))
            )
            if match_dateline(text, own_line=True, bare_place=bare):
                return i, len(text), True
    return None


def _break_under_dateline(
    feats: list[Features], scores: list[float], body_start: int, run: tuple[int, int]
) -> int:
    """The body's end once the dateline moved its start above the run: a list's heading
    (`Recent Posts`) between the dateline's paragraph and the run closes the story there
    when the run is a teaser list's, each paragraph under a title of its own (a few
    teasers outscore a one-paragraph story). Prose running on paragraph after paragraph
    is the story going on past a widget (`Most Read` set between its paragraphs), and a
    heading set inside the story (``_empty_breaks``) no longer scores as a break."""
    start, end = run
    if feats[body_start].kind is not Kind.GOOD:
        return end
    for k in range(body_start + 1, min(start, end + 1)):
        if feats[k].kind is Kind.BREAK and scores[k] == _BREAK:
            return k - 1 if _titled_teasers(feats, run) else end
    return end


_TEASERS_MIN = 2


def _titled_teasers(feats: list[Features], run: tuple[int, int]) -> bool:
    """Whether the run is teasers, each paragraph under its title: no two paragraphs of
    prose in a row, and at least two of them. (The run opens below the list's heading,
    so the unit over its first is inside the page.)"""
    start, end = run
    prose_at = [i for i in range(start, end + 1) if feats[i].kind is Kind.GOOD]
    return len(prose_at) >= _TEASERS_MIN and all(
        feats[i - 1].kind is not Kind.GOOD for i in prose_at
    )


def _menu_item(unit: Unit, feat: Features) -> bool:
    """A short line no sentence ends: a menu's item (`World`, `Middle East`), or a label."""
    return feat.kind is not Kind.GOOD and feat.words <= _MENU_ITEM_WORDS and not feat.ends_sentence


def _lede_under(units: list[Unit], i: int) -> int:
    """The unit a dateline on its own line at unit ``i`` heads: the next, or the one after
    the writer's `By` line set between them (Trend's `Ankara, Turkey, July 13` over `By
    Jane Roe – Trend:` over the lede)."""
    below = i + 1
    writer = units[below].text.startswith(_BY_LEADS) and match_byline(units[below].text)
    return below + 1 if writer and below + 1 < len(units) else below


def _alone_over_lede(units: list[Unit], feats: list[Features], i: int, lede: int) -> bool:
    """Whether unit ``i``, a line over the lede (unit ``lede``), stands alone as a dateline
    in Title Case does (`Moscow`, under the headline or atop the page), not as the last
    item of a menu (`Home` / `World` / `Moscow`) or a subheading in the story (`Gaza` /
    `Killed: 20,424`): no line the page repeats, a sentence under it and no prose over it,
    and not under another menu item set tight against it or under two."""
    if feats[i].repeated or len(units[i].lines) != 1 or not feats[lede].ends_sentence:
        return False
    if i == 0:
        return True
    if feats[i - 1].kind is Kind.GOOD:
        return False
    if not _menu_item(units[i - 1], feats[i - 1]):
        return True
    tight = not units[i].blank_before
    return not tight and not (i > 1 and _menu_item(units[i - 2], feats[i - 2]))


def _listed(units: list[Unit], i: int) -> bool:
    """Whether a bare `CAPITALS —` opening unit ``i`` is the first item of a list of them
    (a day's transactions, `BOSTON RED SOX — Agreed to terms ...`), not a dateline: two
    of the next five paragraphs open the same way (sport and league headings between)."""
    items = 0
    for unit in units[i + 1 : i + 1 + _LISTED_WITHIN]:
        match = match_dateline(unit.text)
        items += match is not None and not placed(match)
    return items >= _LISTED_ITEMS


def _skip_title_repeat(units: list[Unit], feats: list[Features], start: int, end: int) -> int:
    """Move the body start past headline lines (the page title's repeat) the run began with."""
    title = page_title_words(units)
    while 0 < start < end and titled(units[start], feats[start]):
        alike = similarity(title, title_words(units[start].text))
        # A lede retelling the headline in a full sentence (`Ryan Minor, the Orioles
        # infielder who ..., died on Friday at 49.`) shares its words but not its shape.
        full = feats[start].kind is Kind.GOOD and closes_statement(units[start].text)
        if alike < (RETOLD_MATCH if full else TITLE_MATCH):
            break
        start += 1
    return start


# A pasted story's first line is its headline when it reads as one: Title Case, or a
# short question or exclamation (`Will It Ever Snow Again?`); a lede is a plain sentence.
_PASTED_QUESTION_MAX_WORDS = 15
_NOTES_MAX = 2  # notes of where a story ran first, over its headline
_LINK_MIN_WORDS = 3  # a related link under the story is a headline
# Items in the paragraphs after a bare `CAPITALS —` that make it a list's.
_LISTED_ITEMS = 2
_LISTED_WITHIN = 5
# Where a release's own text ends (a release: its dateline names a release wire, see
# ``RELEASE_WIRE_RE``): its company's profile, its legal notes, its contacts, its source
# line.
_RELEASE_TAIL_RE = regex(
    r"(?:About (?:the )?[A-Z0-9][\w.,&'’ -]{1,60}"
    r"|(?:Forward[- ]Looking|Cautionary|Safe Harbou?r) (?:Statements?|Information|Note)"
    r"(?: (?:Regarding|About|Concerning) [\w ]{1,40})?"
    r"|(?:Media|Press|Investor|News) (?:Contacts?|Relations|Inquiries|Enquiries)"
    r"|Contacts?|SOURCE [A-Z].{0,80}|View (?:original content|source version).{0,300}"
    # a Canadian junior's sign-off and contact block: `ON BEHALF OF THE BOARD OF DIRECTORS`,
    # `For further information, please contact:`
    r"|(?i:on behalf of the board(?: of directors)?)"
    r"|(?:For (?:further|more|additional) information),? (?:please )?(?:contact|visit).{0,60})"
    r"\s*:?\s*$"
)
# A line that is only a time (`8:20 a.m. EST`, `14:05 GMT`): a live blog's entry stamp.
# (`5.30pm` with its `pm` only: `1.50` alone is a number.)
_TIME_ONLY_RE = regex(
    r"(?:(?:updated|posted|published)\s*:?\s*)?"
    # `12:45 a.m.`, `9.45 pm`, and the hour alone with its mark (`5 p.m.`)
    r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?\s?m\.?)"
    r"\s*(?:(?-i:[A-Z]{2,5})\b|GMT[+-]\d{1,2})?",
    re.IGNORECASE,
)


def _entry_title_above(units: list[Unit], feats: list[Features], body_start: int) -> int:
    """The body's start taken up to a live blog's first entry title (`9:12pm` / `Ohio:
    Governor race too close to call` / its paragraph): the title under an entry's time is
    the entry's, as every later one is."""
    k = body_start - 1
    if (
        k >= 2
        and feats[k].kind is Kind.SHORT
        and not _time_only(units[k].text)
        and feats[k - 1].kind is Kind.SHORT
        and _time_only(units[k - 1].text)
    ):
        return k
    return body_start


def _time_only(text: str) -> bool:
    """``_TIME_ONLY_RE`` in full; a time or its label opens the line (most lines fail here)."""
    return (text[:1].isdigit() or text[:1] in "uUpP") and _TIME_ONLY_RE.fullmatch(text) is not None


_PASTED_TITLE_CASE = 0.6
_PASTED_LOOKAHEAD = 3


def _pasted_headline(units: list[Unit], feats: list[Features]) -> bool:
    """Whether the first unit, which the body would otherwise open with, is the headline
    of pasted copy: one line, headline-sized, over a longer paragraph."""
    if len(units) < 2 or len(units[0].lines) != 1:
        return False
    first, feat = units[0], feats[0]
    # A paragraph longer than the line follows it (a short dek may come between).
    longer = any(
        f.kind is Kind.GOOD and f.words > feat.words for f in feats[1 : 1 + _PASTED_LOOKAHEAD]
    )
    if not titled(first, feat) or not longer:
        return False
    text = first.text.rstrip()
    question = text.endswith(("?", "!")) and feat.words <= _PASTED_QUESTION_MAX_WORDS
    return question or feat.title_case >= _PASTED_TITLE_CASE or _retold(units, feats)


def _retold(units: list[Unit], feats: list[Features]) -> bool:
    """Whether the first unit is a sentence-case headline closed by a full stop (a
    dataset's or a house style's `Ad sales boost Time Warner profit.`): one short
    sentence set apart by a blank line, whose words the longer paragraph under it
    retells (`Quarterly profits at ... TimeWarner jumped`). A short lede has no such
    echo of its own words in the paragraph after it, at least not as many."""
    text, feat = units[0].text.rstrip(), feats[0]
    if not (
        text.endswith(".")
        and not text.endswith("..")
        and ". " not in text
        and feat.words <= _RETOLD_MAX_WORDS
        and units[1].blank_before
        and _PROSE_WORD_RE.search(text) is None
        and _TOLD_WORD_RE.search(text) is None
    ):
        return False
    below = next((k for k in range(1, min(len(units), 4)) if feats[k].words > feat.words), None)
    if below is None:
        return False
    head = stems(text)
    lede = units[below].text
    stop = lede.find(". ")
    # The lede's first sentence retells the headline; later ones go on with the story.
    retold = stems(lede if stop < 0 else lede[: stop + 1])
    return len(head) >= _RETOLD_MIN_SHARED and len(head & retold) >= _RETOLD_MIN_SHARED


# Headline English drops articles and auxiliaries (`Ad sales boost profit`, `Council
# shuts bridge`); a lede keeps them (`The council has closed the bridge`).
_PROSE_WORD_RE = regex(r"\b(?:the|a|an|has|have|had|was|were)\b", re.IGNORECASE)
# A lede tells what happened, in the past and with its day (`Shares in carmakers fell
# sharply on Monday.`); a headline is in the present (`Carmakers' shares fall`).
_TOLD_WORD_RE = regex(
    r"\b(?:\w{2,}ed|fell|rose|said|told|won|lost|made|took|came|went|saw|gave|ran|began"
    r"|became|left|met|held|led|sold|paid|kept|brought|found|grew|drew|spoke|broke|chose"
    r"|struck|stood|sent|spent|built|fought|caught|sought|bought|hit|cut|put|set|shut"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|overnight|tonight)\b",
    re.IGNORECASE,
)
# A headline under its full stop is a few words; the lede under it retells two of them.
_RETOLD_MAX_WORDS = 12
_RETOLD_MIN_SHARED = 2


# A market widget's chip between a business story's paragraphs: a ticker symbol (`SPX`,
# `^GSPC`, `AAPL.O`, `SP500.55`, `TMUBMUSD10Y`) on the line right over its move (`-0.39%`,
# `+12.50 (+0.8%)`, a yield's `3.896%`).
_TICKER_RE = regex(r"\^?[A-Z]{2}[A-Z0-9]{0,10}(?:[.:][A-Z0-9]{1,4})?")
_TICKER_MOVE_RE = regex(r"[+\-−–]?\d[\d,]*(?:\.\d+)?%?(?:\s*\(?[+\-−–]?\d[\d,]*(?:\.\d+)?%?\)?)?")


def _ticker_chip(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is a ticker symbol or its move, set one under the other with no
    blank line between, the move signed or in per cent (a score under a team's name is
    neither)."""
    text = units[i].text
    if _TICKER_RE.fullmatch(text):
        symbol, move = i, i + 1
    elif len(text) <= _TICKER_MOVE_MAX and _TICKER_MOVE_RE.fullmatch(text):
        symbol, move = i - 1, i
    else:
        return False
    if not (symbol >= 0 and move < len(units)) or units[move].blank_before:
        return False
    figure = units[move].text
    return (
        _TICKER_RE.fullmatch(units[symbol].text) is not None
        and len(figure) <= _TICKER_MOVE_MAX
        and _TICKER_MOVE_RE.fullmatch(figure) is not None
        and (figure[:1] in "+-−–" or figure.endswith(("%", "%)")))
    )


_TICKER_MOVE_MAX = 30


def _find_headline(
    units: list[Unit], feats: list[Features], body_start: int, lede: int | None = None
) -> tuple[int | None, set[int], int | None]:
    """(headline unit, duplicate-headline units, page-title unit); ``lede`` is the unit of
    the body's first words when the body opens with its dateline."""
    head = headline.choose(units, feats, body_start)
    if head is None:
        return None, set(), None
    if lede is not None:
        head = headline.over_dated_lede(units, feats, head, body_start, lede)
    key = units[head].text.casefold()
    page_title = None
    if head != 0 and units[0].text.casefold() == key:
        head = 0  # the same line twice: the first is the headline, the other its repeat
    elif (
        head != 0
        and feats[0].kind is not Kind.WIRE_CODE  # a slug (`BC-FBC--Top 25 Poll`) stays a code
        and similarity(page_title_words(units), title_words(units[head].text)) >= TITLE_MATCH
    ):
        page_title = 0  # the page's <title>, the headline reworded
    first = max(0, body_start - headline.WINDOW)
    dupes = {j for j in range(first, body_start) if j != head and units[j].text.casefold() == key}
    return head, dupes, page_title


def _standfirst(
    units: list[Unit],
    feats: list[Features],
    head: int | None,
    body_start: int,
    place: dict[int, str],
) -> int | None:
    """The unit right under the headline that reads as a summary sentence, if any."""
    if head is None:
        return None
    for i in range(head + 1, min(head + 1 + _DEK_GAP, body_start)):
        feat = feats[i]
        if (
            i in place
            or feat.kind not in (Kind.GOOD, Kind.SHORT)
            or publication_note(units[i].text)
            or _is_stamp(units[i], feat)
        ):
            continue
        if feat.words >= _DEK_MIN_WORDS and feat.density >= _DEK_MIN_DENSITY:
            return i
    return None


def _by_label_blocks(
    units: list[Unit], start: int, stop: int, place: dict[int, str], lede: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    """`By` labels on lines of their own with the names after them, from ``start`` to
    ``stop``, as (first unit, last unit, names). Names may come one a line with commas
    between (`By` / `Aaron Scott` / `,` / `Berly McCoy`, NPR); blocks in a row are one
    byline's authors (`By —` / `Najib Jobain, AP` / `By —` / `Samy Magdy, AP`)."""

    def names_at(k: int) -> tuple[str, ...] | None:
        if k >= stop or k in place or k == lede:
            return None
        text = strip_author_link(undoubled(units[k].text))
        return looks_like_name_line(text) or name_under_headline(text)

    found: list[tuple[int, int, tuple[str, ...]]] = []
    i = start
    while i < stop:
        if found and i > found[-1][1] + _BY_BLOCK_GAP:
            break
        names = None
        if i not in place and i != lede and BARE_BY_RE.match(units[i].text):
            names = names_at(i + 1) if _next_line_unit(units, i) else None
        if not names:
            i += 1
            continue
        last = i + 1
        while (
            last + 2 < stop
            and units[last + 1].text.strip().casefold() in _NAME_JOINS
            and (more := names_at(last + 2))
        ):
            names = (*names, *more)
            last += 2
        found.append((i, last, names))
        i = last + 1
    return found


def _stamped_below(units: list[Unit], feats: list[Features], i: int) -> bool:
    """A time stamp on the next unit, or on the one after a one-word section label."""
    for j in (i + 1, i + 2):
        if j >= len(units):
            return False
        if _is_stamp(units[j], feats[j]):
            return True
        if feats[j].words > 1:
            return False
    return False


def _next_line_unit(units: list[Unit], i: int) -> bool:
    """Whether unit ``i + 1`` starts on the line after unit ``i`` (a blank line between)."""
    return i + 1 < len(units) and units[i + 1].first_line <= units[i].lines[-1] + 2


def _set_two_unit_byline(
    out: Assembled, units: list[Unit], i: int, names: tuple[str, ...], place: dict[int, str]
) -> None:
    """A byline over two units: `By` then the names, or the name then its job title."""
    out.byline = Byline(
        raw=f"{units[i].text} {units[i + 1].text}",
        names=names,
        line=units[i].first_line,
        end_line=units[i + 1].lines[-1],
    )
    place[i] = place[i + 1] = "byline"


# A line of a sports story's listing: a team or a name, a colon, what it does
# (`Loons: RHP Carlos Ibarra (7-6, 3.88 ERA) starts the series finale Wednesday.`).
_LISTING_RE = regex(r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}: \S")


def _subheads_over_listings(units: list[Unit], feats: list[Features]) -> None:
    """A break's words in capitals over a listing of sentences is the story's own
    subhead (AP's `UP NEXT` over `Loons: RHP ... starts Wednesday.`), not a page's
    `Up next` box: it stays in the story as a heading."""
    for i in range(len(units) - 1):
        if feats[i].kind is not Kind.BREAK or not units[i].text.isupper():
            continue
        below, feat = units[i + 1].text, feats[i + 1]
        if feat.kind in (Kind.GOOD, Kind.SHORT) and feat.ends_sentence and _LISTING_RE.match(below):
            feats[i] = feats[i]._replace(kind=Kind.SHORT)


# A headline's opening label (`Photos: ...` over a gallery, `WATCH: ...` on a station's
# page), which the caption and related-link patterns also take.
_LABEL_HEAD_RE = regex(
    r"(?i:photos?|pictures|in pictures|gallery|video|watch|listen|live|explainer|analysis)"
    r"\s*[:|]\s+\S"
)
_LABEL_HEAD_MIN_WORDS = 4


# A caption printed twice, the second time with its credit in brackets after it (a page's
# alt text over its caption: `Officers lower the flags at the post.` over `Officers lower
# the flags at the post. (REUTERS)`). Alone, a paragraph closing on its agency is a
# story's last; printed twice in a row, it is a picture's. The credit is a few words.
_BRACKET_CREDIT_RE = regex(r"\s*\(([A-Z][\w&.'’/ -]{1,40})\)\s*$")
_TWICE_CAPTION_MIN_WORDS = 4
_TWICE_CREDIT_MAX_WORDS = 5


def _captions_printed_twice(units: list[Unit], feats: list[Features]) -> None:
    """Mark two neighbouring units that print the same text, the second with a bracketed
    credit after it, as captions: the second with that credit, the first (its copy) with
    none, as ``_caption_copies`` takes a credited caption's copy in the body."""
    for i in range(len(units) - 1):
        text, below = units[i].text, units[i + 1].text
        if len(below) <= len(text) or not below.startswith(text) or not below.endswith(")"):
            continue
        credit = _BRACKET_CREDIT_RE.fullmatch(below, len(text))
        if (
            credit is None
            or feats[i].words < _TWICE_CAPTION_MIN_WORDS
            or len(credit.group(1).split()) > _TWICE_CREDIT_MAX_WORDS
        ):
            continue
        feats[i] = feats[i]._replace(kind=Kind.CAPTION, credit=None)
        feats[i + 1] = feats[i + 1]._replace(kind=Kind.CAPTION, credit=credit.group(1))
    _credited_twins(units, feats)
    _uncredited_twins(units, feats)


def _captions_under_image_files(units: list[Unit], feats: list[Features]) -> None:
    """Mark the line under a picture's file name (`rice.jpg`, left where the picture
    was) as its caption when a credit closes it: `... in a test field. (VNA)` there is
    the picture's credit, not the story's sign-off, and the story goes on under it."""
    for i in range(len(units) - 1):
        if not image_file_name(units[i].text):
            continue
        text, feat = units[i + 1].text, feats[i + 1]
        at = inline_close(text)
        credit = feat.credit or (text[at:].strip() if at is not None else None)
        if credit and len(text) <= CAPTION_MAX_CHARS and feat.kind in _CAPTION_KINDS:
            feats[i + 1] = feat._replace(kind=Kind.CAPTION, credit=credit)


# The kinds a line under a picture's file name may have and be its caption.
_CAPTION_KINDS = (Kind.GOOD, Kind.SHORT, Kind.CAPTION)


# A news agency signing a caption after a dash (`... officials said. —AP`).
_DASH_CREDIT_RE = regex(r"\s[—–-]{1,2}\s?([A-Z][\w&.'’ -]{1,30})$")
# How far from a twin's end its dashed credit is looked for.
_DASH_CREDIT_WINDOW = 40


def _twin_credit(text: str) -> str | None:
    """The credit closing a line printed twice: a few words in brackets (`(SPA)`) or a
    news agency after a dash (`—AP`); else None."""
    bracketed = _BRACKET_CREDIT_RE.search(text)
    if bracketed is not None and len(bracketed.group(1).split()) <= _TWICE_CREDIT_MAX_WORDS:
        return bracketed.group(1)
    dashed = _DASH_CREDIT_RE.search(text, max(0, len(text) - _DASH_CREDIT_WINDOW))
    if dashed is not None and norm_key(dashed.group(1)) in AGENCIES:
        return dashed.group(1)
    return None


def _credited_twins(units: list[Unit], feats: list[Features]) -> None:
    """Two neighbouring units that print the same text, both closing on its credit
    (`... King Oren of Selva. (SNA)` twice, `... officials said. —AP` twice), are a
    caption and its copy. Alone, a paragraph closing on its agency is a story's last; a
    headline printed twice carries no credit, so stays the headline."""
    for i in range(len(units) - 1):
        text = units[i].text
        if text != units[i + 1].text or feats[i].words < _TWICE_CAPTION_MIN_WORDS:
            continue
        credit = _twin_credit(text)
        if credit is None or len(text) - len(credit) < _TWIN_MIN_CHARS:
            continue
        for j in (i, i + 1):
            feats[j] = feats[j]._replace(kind=Kind.CAPTION, credit=credit)


# Text enough before a twin's credit to be a picture's description.
_TWIN_MIN_CHARS = 20


def _uncredited_twins(units: list[Unit], feats: list[Features]) -> None:
    """A line printed twice with no credit, between a headline above and a lede under it
    that opens (after its dateline) with the same words (`Minister Jane Roe` twice over
    `TARVIK, Sept 18 (KNA) -- Minister Jane Roe on Friday ...`), is a picture's caption
    naming the lede's subject, and its copy. A headline printed twice has no headline
    over it, and its lede does not open by repeating it."""
    for i in range(1, len(units) - 2):
        text = units[i].text
        if text != units[i + 1].text or feats[i].words < _TWICE_CAPTION_MIN_WORDS:
            continue
        if feats[i - 1].kind is not Kind.SHORT or feats[i + 2].kind is not Kind.GOOD:
            continue
        lede = units[i + 2].text
        found = match_dateline(lede)
        if found is None or not lede[found.end :].lstrip().startswith(text + " "):
            continue
        for j in (i, i + 1):
            feats[j] = feats[j]._replace(kind=Kind.CAPTION, credit=None)


def _label_headline(units: list[Unit], feats: list[Features]) -> None:
    """The first line of pasted copy in a label's form (`Photos: Lantern festival lights up
    Chiang Mai`) over a byline or the lede is the headline, not a caption or a link."""
    if len(units) < 2 or feats[0].kind not in (Kind.CAPTION, Kind.RELATED):
        return
    text = units[0].text
    if not _LABEL_HEAD_RE.match(text) or feats[0].words < _LABEL_HEAD_MIN_WORDS:
        return
    below = units[1].text
    if feats[1].kind is Kind.GOOD or match_byline(below) is not None or match_dateline(below):
        feats[0] = feats[0]._replace(kind=Kind.SHORT)


# A lone teaser read as prose: as many words as a paragraph needs.
_LONE_TEASER_MIN_WORDS = 10
_SENTENCE_STOPS = (". ", "! ", "? ")


def _lone_teaser(units: list[Unit], feats: list[Features]) -> int | None:
    """A page whose only prose is one paragraph cut and linked (`... killed on Tuesday,
    the Post reported. …read more`, a syndication page's teaser under its headline) holds
    that story: the paragraph is its body, not a teaser for another story. Two such
    paragraphs, or any other prose, and each is a teaser. Returns the paragraph's index:
    the story ends there."""
    if any(feat.kind is Kind.GOOD for feat in feats):
        return None
    found = [
        i
        for i, feat in enumerate(feats)
        if feat.kind is Kind.RELATED
        and feat.words >= _LONE_TEASER_MIN_WORDS
        and feat.density >= GOOD_MIN_DENSITY
        and any(stop in units[i].text for stop in _SENTENCE_STOPS)  # a sentence in it
    ]
    if len(found) != 1:
        return None
    feats[found[0]] = feats[found[0]]._replace(kind=Kind.GOOD)
    return found[0]


def _page_date(units: list[Unit], body_start: int) -> PageDate | None:
    """The date the page prints in its head, on a line of its own (``page_date``): the
    nearest such line above the body's start."""
    for i in range(body_start - 1, max(-1, body_start - 1 - _PAGE_DATE_ABOVE), -1):
        found = page_date(units[i].text) if len(units[i].lines) == 1 else None
        if found is not None:
            return found
    return None


# `By` inside a headline's line, the headline's words before it.
_RUN_ON_BY_RE = regex(r"(\S(?:.{0,200}?\S)?)\s+(By\s+[A-Z].{0,160})")
_RUN_ON_MIN_WORDS = 3


def _byline_run_on(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(headline, byline, names) of a headline line that runs on into its byline; else
    None. Only a byline in capitals or with an agency's writer credit counts: `Man Bitten
    By Shark In Florida` is a headline in Title Case."""
    match = _RUN_ON_BY_RE.fullmatch(text)
    if match is None or len(match.group(1).split()) < _RUN_ON_MIN_WORDS:
        return None
    head, raw = match.group(1), match.group(2)
    if head[-1] in ".!?:":
        return None  # a sentence or a label ends there: the rest is no headline's byline
    names = match_byline(raw)
    if not names:
        return None
    credit = raw.rpartition(",")[2].strip()
    if not (all(name.isupper() for name in names) or (credit and is_agency_writer_line(credit))):
        return None
    return head, raw, names


def _set_byline(out: Assembled, unit: Unit, names: tuple[str, ...]) -> None:
    out.byline = Byline(raw=unit.text, names=names, line=unit.first_line, end_line=unit.lines[-1])


def assemble(
    lines: list[str],
    *,
    extra_phrases: frozenset[str] = frozenset(),
    reference_date: date | None = None,
    today: date | None = None,
) -> Assembled:
    """Find the story parts in decoded input lines."""
    out = Assembled()
    units = segment(lines)
    if not units:
        return out
    feats = classify(units, extra_phrases)
    _subheads_over_listings(units, feats)
    _label_headline(units, feats)
    lone = _lone_teaser(units, feats)
    _captions_printed_twice(units, feats)
    _captions_under_image_files(units, feats)
    scores = _scores(units, feats)
    plain = list(scores)  # each unit's own score, before its neighbours count
    _penalise_lists(units, feats, scores)
    _neutralise_interstitials(units, feats, scores)
    _empty_breaks(units, feats, scores)
    boxed = _promo_boxes(units, feats, scores)
    _neutralise_contents(units, feats, scores)
    _story_lists(units, feats, scores, plain, lines)
    # A note of where the story ran first may open pasted copy, over its headline: it is
    # no article prose to start the article with (it goes to `removed` as a credit).
    for i in range(min(_NOTES_MAX, len(units))):
        if feats[i].kind is Kind.GOOD and publication_note(units[i].text):
            scores[i] = 0.0
    # The article follows its headline: search for it below the title's repeat first.
    title_head = title_heading(units, feats)
    run = _best_run(scores)
    if run is not None:
        run = _under_reply(units, scores, run)
    # Article text between the first line and the repeat makes the repeat a subheading of
    # pasted copy (its first line the headline), not a page's h1 under its <title>.
    if title_head is not None and _run_sum(scores, (1, title_head - 1), 0) > 0:
        title_head = None
    if title_head is not None and run is not None:
        after = _best_run(scores[title_head + 1 :])
        # A weak run under the title's repeat means the repeat was a teaser elsewhere.
        if after and _run_sum(scores, after, title_head + 1) >= _TITLE_RUN_SHARE * _run_sum(
            scores, run, 0
        ):
            run = (after[0] + title_head + 1, after[1] + title_head + 1)
    if run is None and _agate(units, feats):
        # No prose and no chrome: agate (scores, standings, results) or a table under
        # its title. Its lines are the story, as a clean story's lists are; an
        # agency's line under the title is its byline (`The Associated Press`).
        first = 1
        while first < len(units) - 1 and is_agency_line(units[first].text):
            first += 1
        run = (first, len(units) - 1)
    start, end = run if run else (len(units), len(units) - 1)
    if run:
        end = _past_buttons(units, feats, _past_inline(units, feats, end))
        end = _past_cut_close(units, feats, end)
        # `... concert halls. (Reuters)`, or `(Reuters)` on its own line: a caption's
        # shape, the story's close (cut off below).
        below = end + 1
        if below < len(units) and (
            _signed_off(units[below], feats[below]) or signs_off(units[below].text)
        ):
            end = below
    # Copy with no site chrome at all (no menus, share bars, ads, `Most Read` breaks) is a
    # story pasted clean or a wire file: everything from the article's start is the story,
    # its lists and repeated section labels too, and only wire codes and the like go.
    clean = run is not None and not any(f.kind in _PAGE_KINDS for f in feats)
    if clean:
        end = len(units) - 1
    if lone is not None and start <= lone < end:
        end = lone  # the story goes on behind its link: nothing under it is the story's

    # A clean story's dateline is near its top, however far lists pushed the run down.
    dateline_at = _find_dateline(units, feats, 0, end) if clean else None
    if dateline_at is None and run and not (clean and start == 0):
        dateline_at = _find_dateline(units, feats, start, end)
    if dateline_at is None and not run:
        dateline_at = _find_dateline(units, feats, 0, min(len(units) - 1, _DATELINE_WINDOW))
        if dateline_at:
            start, end = dateline_at[0], len(units) - 1
    body_start = _skip_title_repeat(units, feats, start, end) if run else start
    if dateline_at is not None:
        body_start = dateline_at[0]
        end = _break_under_dateline(feats, scores, body_start, (start, end))
        end = max(end, body_start + (1 if dateline_at[2] else 0))
        end = min(end, len(units) - 1)

    if body_start == 0 and dateline_at is None and _pasted_headline(units, feats):
        body_start = 1  # the story's own first line is its headline, not its lede
    if dateline_at is None:
        body_start = _entry_title_above(units, feats, body_start)
    # The dateline on a line of its own (`ANKARA`) is over the lede.
    lede = None if dateline_at is None else min(body_start + dateline_at[2], len(units) - 1)
    head, dupes, page_title = _find_headline(units, feats, body_start, lede)
    place: dict[int, str] = {}  # unit index -> what it became

    if head is not None:
        # A page of headlines' `• Heading`: the bullet is the list's mark, no word of it.
        out.headline, out.headline_line = unbulleted(units[head].text), units[head].first_line
        out.headline_end_line = units[head].lines[-1]
        place[head] = "headline"
        for j in dupes:
            place[j] = "duplicate-headline"
        if page_title is not None and page_title != head:
            place[page_title] = "page-title"
        # `Headline | Editorial` ends in a label, not a site's name.
        labelled = split_label(out.headline)
        titled_page = head == 0 and len(units) > 1 and not labelled
        split = split_site_suffix(out.headline) if titled_page else split_host_suffix(out.headline)
        if split and _quoted_source(out.headline, split[1], units[body_start : body_start + 3]):
            split = None  # TASS's `... in December — Roscosmos`: who said it, no site
        if split:
            # `Headline - Site`: the headline is the part before the separator; the site
            # name is kept in `removed` so no word of the input is lost.
            out.headline = split[0]
            out.removed.append(Removed(line=out.headline_line, text=split[1], reason="site-name"))
            labelled = split_label(out.headline)  # `Headline | Editorial - Site`
            _mark_plain_copies(units, head, body_start, split[0], place)
        if labelled:
            out.headline = labelled[0]
            out.removed.append(
                Removed(line=out.headline_line, text=labelled[1], reason="headline-label")
            )
        run_on = (
            _byline_run_on(out.headline) if out.headline_end_line == out.headline_line else None
        )
        if run_on is not None:
            # `Headline By JANE ROE, Associated Press Writer` on one line, as old portal pages
            # set AP copy: the line is the headline's and the byline's, each its own part.
            out.headline, raw, run_on_names = run_on
            out.byline = Byline(
                raw=raw, names=run_on_names, line=out.headline_line, end_line=out.headline_line
            )

    # The byline sits between headline and body (or just inside the body's first units).
    # A page whose first line (its <title>) is the headline has the byline under the
    # heading printed over the article, the first repeat below.
    anchor = min(dupes) if head == 0 and dupes else head
    # Above a forwarded or chatted story, the sender's signature is no byline.
    envelope = headline.under_envelope(units, body_start, leave=0)
    head_from = max(anchor + 1 if anchor is not None else 0, envelope)
    # Some pages print the byline just above the headline.
    above = range(max(envelope, (anchor or 0) - _BY_LINE_ABOVE), anchor or 0)
    near_end = min(body_start, head_from + _BYLINE_REACH)
    # The unit the dateline opens is the body's first paragraph, whatever its first words
    # look like (`KUALA LUMPUR, Dec 1 (Bernama) -- ...` is no name line).
    lede = dateline_at[0] if dateline_at else -1
    for i in range(head_from, min(body_start + _BYLINE_AFTER_BODY, end + 1, len(units))):
        if i in place or i == lede:
            continue
        text = units[i].text
        names = match_byline(text)
        if names is None and place.get(i - 1) == "byline" and out.byline is not None:
            whole = wrapped_byline(out.byline.raw, text)  # `By Wu Lan and Zhao` / `Wenbo`
            if whole is not None:
                out.byline = replace(
                    out.byline,
                    raw=f"{out.byline.raw} {text}",
                    names=whole,
                    end_line=units[i].lines[-1],
                )
                place[i] = "byline"
                continue
        if names is None and place.get(i - 1) == "byline":
            names = continued_byline(text)  # `By Jane Roe` / `and John Doe`
        if names is None and i < near_end and feats[i].kind is not Kind.CAPTION:
            # (a caption's date and photographer, `... 2026. (Photo by Jane Roe / AFP)`,
            # are no byline's stamp)
            names = byline_in_stamp(text)
        if names is None and BARE_BY_RE.match(text) and _next_line_unit(units, i):
            # `By` on a line of its own, the names on the next (pages saved as text).
            name_text = strip_author_link(units[i + 1].text)
            names = (
                looks_like_name_line(name_text)
                or match_byline(f"By {name_text}")
                or name_under_headline(name_text)
            )
            if names is not None and out.byline is None:
                _set_two_unit_byline(out, units, i, names, place)
                continue
        if names is not None and out.byline is None:
            _set_byline(out, units[i], names)
            place[i] = "byline"
        elif names and out.byline is not None and place.get(i - 1) == "byline":
            # `By Madison Czopek Dec 21, 2023` over `By Katie Sanders Dec 21, 2023`: one
            # byline's authors, a line each.
            out.byline = replace(
                out.byline,
                raw=f"{out.byline.raw} {text}",
                names=tuple(dict.fromkeys((*out.byline.names, *names))),
                end_line=units[i].lines[-1],
            )
            place[i] = "byline"
        elif names and out.byline is not None and not out.byline.names and i < body_start:
            # `By Associated Press` under the headline and `By ROD McGUIRK` over the lede:
            # the first credits the agency, the second names the writer.
            for k in [k for k, reason in place.items() if reason == "byline"]:
                place[k] = "agency-credit"
            _set_byline(out, units[i], names)
            place[i] = "byline"
        elif out.byline is not None and (is_agency_writer_line(text) or is_agency_line(text)):
            place[i] = "agency-credit"  # `Associated Press Writer`, `UNITED PRESS INTERNATIONAL`
    if out.byline is None and anchor is not None:
        # `By` labels with the names under them, set above the headline with a share bar
        # between (PBS NewsHour, NPR): an explicit label, trusted farther up than a name.
        blocks = _by_label_blocks(units, max(0, anchor - _BY_BLOCK_ABOVE), anchor, place, lede)
        if blocks:
            first, last = blocks[0][0], blocks[-1][1]
            out.byline = Byline(
                raw=" ".join(units[k].text for a, b, _ in blocks for k in range(a, b + 1)),
                names=tuple(dict.fromkeys(n for _, _, names in blocks for n in names)),
                line=units[first].first_line,
                end_line=units[last].lines[-1],
            )
            for a, b, _ in blocks:
                for k in range(a, b + 1):
                    place[k] = "byline"
    if out.byline is None:
        # A bare name line between headline and body (see ``looks_like_name_line``).
        for i in [*range(head_from, near_end), *above]:
            if i in place or i == lede or feats[i].kind is not Kind.SHORT:
                continue
            if i < head_from and (
                (feats[i].repeated and i and feats[i - 1].repeated) or AGE_RE.match(units[i].text)
            ):
                # Above the headline, a name in a run of lines the page repeats is a topic
                # menu's item (`Gaza Hostages`, `Janet Yellen`), and one under an age
                # (`35d Jane Doe`) a teaser's for another story: not the byline.
                continue
            names_only = match_byline(units[i].text)
            if names_only is None and i >= (anchor or 0) - _BYLINE_ABOVE:
                names_only = looks_like_name_line(units[i].text) or name_and_role(units[i].text)
                if names_only is None and i < head_from and _stamped_below(units, feats, i):
                    # `Nika Simovich Fisher` / `Ideas` / `Oct 5, 2023 9:00 AM` over the
                    # headline: the time stamp vouches for a name no census lists.
                    names_only = name_under_headline(units[i].text, dated=True)
            if names_only:
                _set_byline(out, units[i], names_only)
                place[i] = "byline"
                break
            if i >= head_from and _next_line_unit(units, i) and writer_line(units[i + 1].text):
                # `Jane Doe` over `NFL Analyst`: a job title vouches for the name above it.
                name = name_under_headline(units[i].text, dated=True)
                if name:
                    _set_two_unit_byline(out, units, i, name, place)
                    break
    if out.byline is None and anchor is not None:
        # Right under the headline, position vouches for a name no list knows.
        # A standfirst can open the body (no dateline), the name under it then sits just
        # inside; bylines are looked for as far (``_BYLINE_AFTER_BODY``).
        # A page's widgets between (`3 hours ago`, `Share`, `Save`) do not count: the
        # name is still the first thing under the headline a reader reads.
        # They reach no further into the body than the name could without them.
        near = anchor + 1 + _NAME_UNDER_HEADLINE
        reach = near
        for k in range(anchor + 1, min(anchor + 1 + _WIDGETS_UNDER_HEADLINE, len(units))):
            if not _widget(units[k], feats[k]):
                break
            reach += 1
        last = min(max(near, min(reach, body_start)), body_start + _BYLINE_AFTER_BODY, end + 1)
        for i in range(anchor + 1, min(last, len(units))):
            # `Jane Doe (AP)`: a caption's shape (an agency's credit), a name's line.
            credited = feats[i].kind is Kind.CAPTION and signs_off(feats[i].credit or "")
            if i in place or i == lede or not (feats[i].kind is Kind.SHORT or credited):
                continue
            # A time stamp on the next line makes the pair a byline and its date.
            dated = i + 1 < len(units) and _is_stamp(units[i + 1], feats[i + 1])
            name = name_under_headline(units[i].text, dated=dated)
            if name is None:
                name = names_under_headline(units[i].text, dated=dated)  # two writers
            if name and _next_line_unit(units, i) and writer_line(units[i + 1].text):
                _set_two_unit_byline(out, units, i, name, place)  # `BBC News, Cardiff` under
                break
            if name:
                _set_byline(out, units[i], name)
                place[i] = "byline"
                break
    if out.byline is None:
        # `The Canadian Press`, `Reuters Staff` or `Staff Reporter` alone under the
        # headline: the byline, naming no one.
        for i in range(head_from, near_end):
            text = units[i].text
            if i not in place and (
                is_agency_line(text)
                or is_agency_writer_line(text)
                or role_line(text)
                or staff_line(text)
            ):
                _set_byline(out, units[i], ())
                place[i] = "byline"
                break
    byline_at = max((i for i, reason in place.items() if reason == "byline"), default=None)
    if (
        byline_at == 0
        and head is None
        and out.byline is not None
        and len(out.byline.names) == 1
        and out.byline.raw.strip() == out.byline.names[0]
        and body_start < len(units)
        and units[body_start].text.startswith(out.byline.names[0])
    ):
        # A bare name over a lede that opens with it (`John Kowalski` / `John Kowalski,
        # 76, of Greenfield, died ...`): whom the story is about, its heading, not its
        # writer. An obituary's or a profile's page.
        unit = units[0]
        out.byline = None
        out.headline, out.headline_line = unit.text, unit.first_line
        out.headline_end_line = unit.lines[-1]
        place[0] = "headline"
        byline_at = None
    if byline_at is not None:
        # The agency under a bare name (`Jane Doe` / `Bloomberg`) is its credit, as under a
        # `By` line (the first search marks those).
        below = byline_at + 1
        if (
            below < len(units)
            and below not in place
            and below != lede
            and (is_agency_writer_line(units[below].text) or is_agency_line(units[below].text))
        ):
            place[below] = "agency-credit"

    if dateline_at is not None:
        idx, _offset, own_line = dateline_at
        unit = units[idx]
        if own_line:
            match = match_dateline(unit.text, own_line=True, bare_place=True)
            para_text = units[idx + 1].text if idx + 1 < len(units) else ""
            place[idx] = "dateline"
        else:
            match = match_dateline(unit.text)
            para_text = unit.text
        if match is not None:
            out.dateline = _as_written(
                to_dateline(
                    match,
                    unit.first_line,
                    para_text,
                    # A wire trailer (`AP-NY-08-07-89 0618EDT`) dates the story itself, and
                    # a page prints its date in its head, short of either.
                    reference_date=reference_date or source_reference_date(lines),
                    today=today or date.today(),
                    page=_page_date(units, idx) if match.date_text else None,
                ),
                unit.paragraph,
                lines,
            )
            before = _left_of_dateline(unit.text, match)
            if before:
                # The page's headline printed again, glued to the dateline (`... per
                # RomaRoma, 6 set. (askanews) –`), or a credit (a syndicator's, a photo's).
                again = out.headline is not None and before.split() == out.headline.split()
                reason = "duplicate-headline" if again else "credit"
                out.removed.append(Removed(line=unit.first_line, text=before, reason=reason))

    # Without a dateline to anchor it, a standfirst right under the headline opens the story.
    dek = _standfirst(units, feats, head, body_start, place) if dateline_at is None else None
    # A release ends at `###`, a wire story at `-30-` or `(END)`: what follows is not story.
    end = next(
        (i - 1 for i in range(body_start + 1, end + 1) if END_MARK_RE.match(units[i].text)), end
    )
    end = _next_article(units, feats, body_start, end)
    if out.dateline is not None and out.dateline.agencies and dateline_at is not None:
        end = _signed_off_end(units, feats, dateline_at, end, out.dateline.agencies)
    teasers = _above_cut_teasers(units, feats, lines, body_start, end)
    for i in range(teasers + 1, end + 1):
        place.setdefault(i, "navigation")
    end = teasers
    if out.dateline is not None and any(RELEASE_WIRE_RE.search(a) for a in out.dateline.agencies):
        # A release with no `###`: it ends where its boilerplate begins.
        tail = (i for i in range(body_start + 1, end + 1) if _RELEASE_TAIL_RE.match(units[i].text))
        end = next(tail, end + 1) - 1
    # Author bios and citation boxes close many articles; they are the page's, not the
    # story's. A wire story signs off with its agency's name or the writer's e-mail
    # (``signs_off``), among its wire codes. The writer's name alone down there is an
    # author card (`Jane Roe` / `Thomson Reuters` / `Washington-based correspondent ...`).
    writers = {n.casefold() for n in out.byline.names} if out.byline else set()
    last = end
    while end > body_start:
        text = units[end].text
        if (
            signs_off(text)
            or (
                _over_wire_code(units, feats, end, place)
                and DESK_INITIALS_ALONE_RE.fullmatch(text.strip())
            )
            or (
                # the story's last line, or over other codes only (`JPI // JH` / `Lusa`),
                # a desk's codes or an end mark in another language (`(Fin)` / `EFE`)
                all(
                    place.get(k) == "wire-code" or feats[k].kind is Kind.WIRE_CODE
                    for k in range(end + 1, last + 1)
                )
                and len(text) <= DESK_CODE_MAX_CHARS
                and (
                    DESK_CODE_LINE_RE.fullmatch(text.strip())
                    or FOREIGN_END_MARK_RE.fullmatch(text.strip())
                )
            )
        ):
            place[end] = "wire-code"
        elif (
            feats[end].kind is not Kind.WIRE_CODE
            and not (len(text) < _TRAILER_MAX and TRAILER_RE.match(text))
            and text.strip().casefold() not in writers
            and not _writer_card(text, writers)
            and not stamp_line(text)  # `Originally Published: ...` under the story
            # a note of where it ran in print, the writer's contact line: set aside below,
            # and no end to the search (a writer's bio may stand over them)
            and house_line(text) != "credit"
        ):
            break
        end -= 1
    # The standfirst opens the story: the prose between it and the body is story too, all
    # but the writers' bios pages set under the byline and teasers cut off with `...`.
    lead_in: set[int] = set()
    if dek is not None:
        lead_in = {
            i
            for i in range(dek + 1, body_start)
            if i not in place
            # in copy with no chrome, a list's items are the story's too (a bullet, a
            # number or a `Label: value` opens each; an embed's `Likes` is no item)
            and (
                feats[i].kind is Kind.GOOD
                or (clean and feats[i].kind is Kind.SHORT and _list_item(units[i].text))
            )
            and not AUTHOR_BIO_RE.match(units[i].text)
            and not units[i].text.rstrip().endswith(("...", "…"))
        }
    block: str | None = None  # the list a heading inside the body opened: related or menu
    block_at = -1
    block_end = -1  # the last item of a list set out with blank lines (see below)
    promos = _caps_promos(units, feats, body_start, end)
    # ``house_line`` reads the text alone: a text the page repeats is tested once.
    houses: dict[str, str | None] = {}
    for i, (unit, feat) in enumerate(zip(units, feats, strict=True)):
        house = None
        if i not in place and feat.kind in (Kind.GOOD, Kind.SHORT):
            if unit.text in houses:
                house = houses[unit.text]
            else:
                house = houses[unit.text] = house_line(unit.text)
        if house is not None:
            _remove(out, lines, unit, house)  # wherever the page sets it
            continue
        if i == dek or i in lead_in:
            out.paragraphs.append(unit.paragraph)
            continue
        if i in place:
            reason = place[i]
            if reason not in ("headline", "byline", "dateline"):
                _remove(out, lines, unit, reason)
            continue
        inside = body_start <= i <= end
        # With no headline, the photo whose caption stands right over the lede is still
        # the story's (a copy that starts at the picture).
        near = (head if head is not None else body_start - (i == body_start - 1)) <= i <= end
        if (
            block
            and i >= body_start
            and feat.kind is Kind.SHORT
            and not feat.ends_sentence
            and match_credit_tail(unit.text) is None  # `(Reporting by ...)` under the links
            # A blank line ends the list, unless the list was set out with blank lines.
            and (
                not unit.blank_before
                or i == block_at + 1
                # Under the story, a link is a headline: `Contact` below it is the footer's.
                or (i <= block_end and (block_at < end or feat.words >= _LINK_MIN_WORDS))
            )
        ):
            # Headings under `Related Coverage` / `Most Read` are links, not paragraphs.
            if block == "related":
                out.related.append(
                    Related(text=unit.text, line=unit.first_line, end_line=unit.lines[-1])
                )
            else:
                _remove(out, lines, unit, "navigation")
            continue
        block = None
        # A list under a break ends the story; the links under `Read also` sit inside it.
        if i >= body_start and (
            feat.kind is Kind.BREAK
            or (feat.kind is Kind.INLINE and _RELATED_HEADING_RE.match(unit.text))
            or (i > end and feat.kind is Kind.CHROME and _RELATED_HEADING_RE.match(unit.text))
        ):
            block_at = i
            related = _RELATED_HEADING_RE.match(unit.text) is not None
            block = "related" if related else "navigation"
            # Under the story's last paragraph, a related list set out one link a
            # paragraph (`Related coverage:`, a blank line after it) runs to the prose
            # after it; one set out a line each ends at its first blank line.
            spaced = i + 1 < len(units) and units[i + 1].blank_before
            block_end = _headings_after(feats, i) if i < end or (related and spaced) else -1
        if i == end and i > body_start and _signed_off(unit, feat):
            out.paragraphs.append(unit.paragraph)  # its sign-off is cut off below
        elif inside and _alt_text(units, feats, i):
            _remove(out, lines, unit, "caption")
        elif inside and i in boxed:
            _remove(out, lines, unit, "boilerplate")  # a newsletter box's or share bar's
        elif (feat.kind is Kind.CAPTION and near) or (
            # a photo's description over its credit line, in the body or above the lede
            ((inside and i > body_start) or (near and i < body_start))
            and over_a_credit(units, feats, i)
        ):
            out.captions.append(_caption(unit.text, feat.credit, unit.first_line, unit.lines[-1]))
        elif (feat.kind is Kind.RELATED and inside) or (inside and i in promos):
            out.related.append(
                Related(text=unit.text, line=unit.first_line, end_line=unit.lines[-1])
            )
        elif (
            inside
            and feat.kind in (Kind.GOOD, Kind.SHORT)
            and not (
                feat.repeated
                and feat.kind is Kind.SHORT
                and not clean
                and not _FIELD_RE.match(unit.text)
            )
        ):
            if (
                feat.kind is Kind.SHORT
                and (_TIME_ONLY_RE.fullmatch(unit.text) or _ticker_chip(units, i))
            ) or hashtag_promo(unit.text):
                # a live blog's entry time; a market widget's symbol and its move; a site's
                # teaser under a hashtag (`#ATL24: Watch the live stream now`)
                _remove(out, lines, unit, "boilerplate")
                continue
            tail_names = match_credit_tail(unit.text)
            if tail_names is None and i > body_start:
                tail_names = _item_byline(unit.text)
            if i > body_start and tail_names is None and _staff_credit(units, feats, i, end):
                _staff_credit_line(out, lines, unit)
                continue
            if tail_names is not None and i > body_start:
                _credit_tail(out, lines, unit, tail_names)
                continue
            paragraph = unit.paragraph
            if dateline_at is not None and i == dateline_at[0]:
                paragraph = paragraph.tail(dateline_at[1])
            out.paragraphs.append(paragraph)
        else:
            tail_names = match_credit_tail(unit.text) if i > end else None
            if tail_names is not None:
                _credit_tail(out, lines, unit, tail_names)
                continue
            if i > end and _staff_credit(units, feats, i, end):
                _staff_credit_line(out, lines, unit)
                continue
            under_head = head is not None and head < i < body_start
            deck = (
                under_head
                and dateline_at is not None
                and dateline_at[0] - i <= _DEK_GAP
                and _dated_dek(unit, feat)
            )
            reason = "standfirst" if deck else _reason(unit, feat, i < body_start, under_head)
            _remove(out, lines, unit, reason)
    if out.paragraphs:
        _dek_printed_again(out, lines)
        _drop_pickups(out)
        _drop_pull_quotes(out, lines)
        _caption_copies(out)
        _captions_quoting_the_story(out)
        _drop_not_for_publication(out, lines)
        _drop_marks(out, lines)
    if out.paragraphs:
        credit = cut_close(out.paragraphs, out.removed)
        if credit is not None:
            _inline_credit_tail(out, lines, credit)
    out.removed.sort(key=lambda r: r.line)
    return out


# An add's pickup line: the place, a colon and the last words of the take before it, so a
# desk joins the takes where they meet (`PORTSMOUTH, N.H.: fish pier.`).
_PICKUP_RE = regex(r"^([A-Z][A-Za-z.,' -]{1,40}):\s+(\S.{0,80})$")


# A pull quote: a few words of the story set between its paragraphs as a page element,
# perhaps with its speaker (`— Grace Mwangi`), repeating a paragraph near it.
_PULL_QUOTE_MAX_WORDS = 30
_PULL_QUOTE_MIN_WORDS = 5
_PULL_QUOTE_NEAR = 3
_PULL_QUOTE_SPEAKER_RE = regex(r"\s*[—–-]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")
_QUOTE_MARKS = "\"'“”‘’ "


# A caption printed twice, with its credit and again without (`Pledges: Parties unveil
# their plans. Jane Roe via Getty Images` over `Pledges: Parties unveil their plans.`):
# the copy is a caption too. A caption this short may be a phrase of the story's own; the
# credit's first words may have stayed out of the credit found (`Jane` of `Jane Roe via
# Getty Images`), a few.
_CAPTION_COPY_MIN_WORDS = 4
_CAPTION_COPY_SPARE_WORDS = 4
# The copy is the caption's neighbour: the line under or over it, a blank line between.
_CAPTION_COPY_GAP = 2


def _caption_copy(paragraph: Paragraph, captions: list[Caption]) -> bool:
    """Whether ``paragraph`` is a credited caption's text without its credit, set next to
    it (a story's sentence a caption repeats elsewhere on the page is the story's)."""
    key = " ".join(paragraph.text.split()).casefold()
    if len(key.split()) < _CAPTION_COPY_MIN_WORDS:
        return False
    first, last = paragraph.lines[0], paragraph.lines[-1]
    for caption in captions:
        if not caption.credit:
            continue
        end_line = caption.end_line if caption.end_line is not None else caption.line
        if not (
            0 < first - end_line <= _CAPTION_COPY_GAP
            or 0 < caption.line - last <= _CAPTION_COPY_GAP
        ):
            continue
        full = " ".join(caption.text.split()).casefold()
        rest = full[len(key) :].split() if full.startswith(key) else []
        credit = caption.credit.casefold().split()
        if rest[-len(credit) :] == credit and len(rest) <= len(credit) + _CAPTION_COPY_SPARE_WORDS:
            return True
        # the copy with a picture's controls run on instead of the credit (`... the house.
        # (Foto) Suche` next to `... the house. Bild: Polizei/dpa`)
        core = " ".join(full.split()[: -len(credit)])
        if (
            len(core.split()) >= _CAPTION_COPY_MIN_WORDS
            and core[-1:] in ".!?"
            and key.startswith(core)
            and len(key[len(core) :].split()) <= _CAPTION_COPY_SPARE_WORDS
        ):
            return True
    return False


# A picture's caption that is a sentence of the story with its credit after it (`Rain
# meant the fire was out. Fire and Emergency NZ`, the story saying `Rain meant the fire
# was out.`): the credit, a name of a few capitalised words, ends no sentence.
_QUOTED_CREDIT_RE = regex(
    r"(?:[A-Z][\w&.'’-]*|and|of|the|de|/)(?:[ /](?:[A-Z][\w&.'’-]*|and|of|the|de))*"
)
_QUOTED_CREDIT_MAX_WORDS = 6
_QUOTED_SENTENCE_MIN_WORDS = 6


def _quoted_caption_credit(text: str, sentences: set[str]) -> str | None:
    """The credit after a story's own paragraph that ``text`` repeats, or None."""
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut < 0:
        return None
    sentence, credit = text[: cut + 1], text[cut + 2 :].strip()
    if sentence not in sentences or len(sentence.split()) < _QUOTED_SENTENCE_MIN_WORDS:
        return None
    if len(credit.split()) > _QUOTED_CREDIT_MAX_WORDS or not credit[:1].isupper():
        return None
    return credit if _QUOTED_CREDIT_RE.fullmatch(credit) else None


def _captions_quoting_the_story(out: Assembled) -> None:
    """Move a body paragraph that is another paragraph of the story with a photo credit
    after it to the captions."""
    if len(out.paragraphs) < 2:
        return
    texts = {p.text for p in out.paragraphs}

    def caption_of(paragraph: Paragraph) -> Caption | None:
        credit = _quoted_caption_credit(paragraph.text, texts)
        return None if credit is None else _as_caption(paragraph, credit)

    _move_to_captions(out, caption_of)


def _as_caption(paragraph: Paragraph, credit: str | None) -> Caption:
    numbers = paragraph.lines
    return _caption(paragraph.text, credit, numbers[0], numbers[-1])


# An image a page's render left with no alt text, its picture gone (`![]()`, `![](url)`),
# before the caption under it: nothing a reader reads.
_EMPTY_IMAGE_RE = regex(r"!\[\]\([^()\s]{0,1000}\)\s*")


def _unmarked(text: str) -> str:
    """A caption's text, or its credit, without the markup a page's render set around it:
    an empty image opening it, a table cell's pipe closing it (`... Photo: Jane Roe/AP |`)."""
    if text.startswith("!["):
        image = _EMPTY_IMAGE_RE.match(text)
        text = text[image.end() :] if image and image.end() < len(text) else text
    if text.endswith(" |"):
        text = text[:-2].rstrip()
    return text


def _caption(text: str, credit: str | None, line: int, end_line: int) -> Caption:
    credit = None if credit is None else _unmarked(credit) or None
    return Caption(text=_unmarked(text), credit=credit, line=line, end_line=end_line)


def _move_to_captions(out: Assembled, caption_of: Callable[[Paragraph], Caption | None]) -> None:
    """Move the body paragraphs ``caption_of`` makes a caption of to the captions, in
    order. The lede's line holds the dateline too: it is the story's."""
    dated = out.dateline.line if out.dateline is not None else None
    kept: list[Paragraph] = []
    for paragraph in out.paragraphs:
        caption = None if dated in paragraph.lines else caption_of(paragraph)
        if caption is None:
            kept.append(paragraph)
        else:
            out.captions.append(caption)
    if len(kept) < len(out.paragraphs):
        out.paragraphs[:] = kept
        out.captions.sort(key=lambda c: c.line)


def _caption_copies(out: Assembled) -> None:
    """Move a body paragraph that is a credited caption's text without its credit to the
    captions."""
    if not any(c.credit for c in out.captions):
        return
    _move_to_captions(
        out, lambda p: _as_caption(p, None) if _caption_copy(p, out.captions) else None
    )


# Quote marks a page's dek and its copy in the story may set differently (`UAE's` in
# the dek, `UAE’s` in the article).
_QUOTE_FOLD = str.maketrans("‘’“”", "''\"\"")
# The words a dek must have to count as printed again (a short line repeats by chance).
_DEK_AGAIN_MIN_WORDS = 8


def _dek_printed_again(out: Assembled, lines: list[str]) -> None:
    """A page's dek over the story whose first paragraph prints it again: with no dateline
    the dek opens the body, so the body opened with the same paragraph twice. The dek is
    the standfirst, and the story starts at its own copy."""
    paragraphs = out.paragraphs
    if len(paragraphs) < 2 or out.dateline is not None:
        return
    first, second = (" ".join(p.text.split()).translate(_QUOTE_FOLD) for p in paragraphs[:2])
    if first != second or len(first.split()) < _DEK_AGAIN_MIN_WORDS:
        return
    if not first.endswith((".", "!", "?", "'", '"')):
        return  # a teaser's line a list repeats, no dek
    dek = paragraphs.pop(0)
    for number in dek.lines:
        out.removed.append(
            Removed(line=number, text=clean_line(lines[number - 1]), reason="standfirst")
        )


def _drop_pull_quotes(out: Assembled, lines: list[str]) -> None:
    """Move pull quotes from the body to ``removed``: a short paragraph whose words, but
    for quotation marks and a closing stop, stand in a longer paragraph near it."""
    paragraphs = out.paragraphs
    keep: list[Paragraph] = []
    dropped = False  # the paragraph before was a pull quote: its speaker may follow alone
    for i, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if dropped and _PULL_QUOTE_SPEAKER_RE.fullmatch(text):
            _set_aside(out, lines, paragraph, "pull-quote")
            continue
        dropped = False
        core = ""
        # (the body's first paragraph may be a dek the lede retells: the story's)
        if i and len(text.split()) <= _PULL_QUOTE_MAX_WORDS:
            quote = _PULL_QUOTE_SPEAKER_RE.sub("", text).strip()
            # a quotation or a sentence, not a heading (`Proof of Stake (PoS)`)
            if quote[:1] in _QUOTE_MARKS or quote.rstrip(_QUOTE_MARKS).endswith((".", "!", "?")):
                core = quote.strip(_QUOTE_MARKS).rstrip(".!?,;:").strip(_QUOTE_MARKS)
        near = paragraphs[max(0, i - _PULL_QUOTE_NEAR) : i + _PULL_QUOTE_NEAR + 1]
        # Inside the paragraph, not opening it: a heading or a dek repeated as a
        # paragraph's start is the page's order, a quotation set apart is not.
        # The longer paragraph is the story's, not a photo caption left in the body (a
        # caption retells the story's sentences: the paragraph is then the original).
        if len(core.split()) >= _PULL_QUOTE_MIN_WORDS and any(
            p is not paragraph
            and len(p.text) > len(text)
            and p.text.find(core) > 0
            and credit_of(p.text) is None
            for p in near
        ):
            _set_aside(out, lines, paragraph, "pull-quote")
            dropped = True
            continue
        keep.append(paragraph)
    if len(keep) < len(paragraphs):
        out.paragraphs = keep


def _drop_marks(out: Assembled, lines: list[str]) -> None:
    """Move paragraphs of punctuation alone (a table's `|` left by a page, a break's `* * *`,
    `––––`) from the body to ``removed``, as a rule's `---` is. Symbols say something (a
    table's `✅ ❌` rows) and stay."""
    if all(any(c.isalnum() for c in p.text) for p in out.paragraphs):
        return
    import unicodedata  # only a paragraph with no letter or figure needs it

    def marks_only(text: str) -> bool:
        return all(
            c.isspace() or c in _LINE_MARKS or unicodedata.category(c).startswith("P") for c in text
        )

    kept = []
    for paragraph in out.paragraphs:
        if marks_only(paragraph.text):
            _set_aside(out, lines, paragraph, "wire-code")
        else:
            kept.append(paragraph)
    out.paragraphs = kept


# Marks a page draws lines and cells with, that Unicode files as symbols, not punctuation.
_LINE_MARKS = frozenset("|+=~^<>")


# The line that opens an agency's notes to the desk under a story (dpa's `# Notebook`, not
# a sports story's `Notebook:` over its notes; its German `Notizblock`; IPTC 7901's
# not-for-publication block), a line of its own: what follows it is not the story's.
_NOT_FOR_PUBLICATION_RE = regex(
    r"^(?:#{1,3}\s*notebook|(?:#{1,3}\s*)?notizblock"
    r"|(?:the following (?:information|material|text|note)s? (?:is|are) )?"
    r"not (?:intended )?for publication|nicht zur ver(?:ö|oe)ffentlichung bestimmt)\W{0,3}$",
    re.IGNORECASE,
)


def _drop_not_for_publication(out: Assembled, lines: list[str]) -> None:
    """Move an agency's notes to the desk, from the line that opens them to the story's
    end, from the body to ``removed`` (``not-for-publication``)."""
    paragraphs = out.paragraphs
    at = next(
        (
            k
            for k in range(1, len(paragraphs))
            if len(paragraphs[k].text) <= _NOTES_OPENER_MAX
            and _NOT_FOR_PUBLICATION_RE.match(paragraphs[k].text)
        ),
        None,
    )
    if at is None:
        return
    for paragraph in paragraphs[at:]:
        _set_aside(out, lines, paragraph, "not-for-publication")
    out.paragraphs = paragraphs[:at]


_NOTES_OPENER_MAX = 80


def _set_aside(out: Assembled, lines: list[str], paragraph: Paragraph, reason: str) -> None:
    """Record a body paragraph as removed, one entry per input line (see ``_remove``)."""
    out.removed.extend(
        Removed(line=n, text=clean_line(lines[n - 1]), reason=reason) for n in paragraph.lines
    )


def _drop_pickups(out: Assembled) -> None:
    """Move an add's pickup line from the body to ``removed``: one right under the add's
    slug or a take's end (a wire code) whose words after the place end an earlier
    paragraph, word for word."""
    codes = {r.line for r in out.removed if r.reason == "wire-code"}
    if not codes:
        return
    for i in range(len(out.paragraphs) - 1, 0, -1):
        paragraph = out.paragraphs[i]
        pickup = _PICKUP_RE.match(paragraph.text)
        if pickup is None or len(paragraph.lines) != 1:
            continue
        if not any(paragraph.lines[0] - k in codes for k in (1, 2)):
            continue
        words = pickup.group(2).casefold()
        if any(p.text.casefold().endswith(" " + words) for p in out.paragraphs[:i]):
            del out.paragraphs[i]
            out.removed.append(
                Removed(line=paragraph.lines[0], text=paragraph.text, reason="wire-code")
            )


# Teasers of other stories under the story, each cut to the page's number of characters
# (`... decided to withdraw from the first two T`, `... is struggling. The situat`): three
# lines or more closing the body, one line each and none ending a sentence, three of them
# of one length (give or take the space the cut fell on). A table's rows, however even,
# have their columns; a list's items their marks.
_CUT_TEASERS_MIN = 3
_CUT_TEASER_MIN_CHARS = 60
_CUT_TEASER_SLACK = 1


def _above_cut_teasers(
    units: list[Unit], feats: list[Features], lines: list[str], body_start: int, end: int
) -> int:
    """The body's last unit above a closing run of teasers cut to one length, else
    ``end``."""
    k = end
    while (
        k > body_start
        and len(units[k].lines) == 1
        and feats[k].kind in (Kind.GOOD, Kind.SHORT)
        and not feats[k].ends_sentence
        and not _ITEM_MARK_RE.match(units[k].text)
        and not _ITEM_COLUMNS_RE.search(lines[units[k].first_line - 1].strip())
    ):
        k -= 1
    lengths = Counter(
        len(units[i].text)
        for i in range(k + 1, end + 1)
        if len(units[i].text) >= _CUT_TEASER_MIN_CHARS
    )
    if end - k < _CUT_TEASERS_MIN or not lengths:
        return end
    slack = range(-_CUT_TEASER_SLACK, _CUT_TEASER_SLACK + 1)
    cut = max(sum(lengths[n + d] for d in slack) for n in lengths)
    # Most of the run is of the one length: a story's own list (a shop's product lines)
    # has three of a length among twenty by chance.
    return k if cut >= _CUT_TEASERS_MIN and 2 * cut >= end - k else end


def _over_wire_code(
    units: list[Unit], feats: list[Features], i: int, place: dict[int, str]
) -> bool:
    """Whether the unit after ``i`` is a wire code or end mark (the lines closing a wire
    story under its last paragraph)."""
    j = i + 1
    return j < len(units) and (
        feats[j].kind is Kind.WIRE_CODE
        or place.get(j) == "wire-code"
        or END_MARK_RE.match(units[j].text) is not None
    )


# Fox News sets its other stories' headlines between a story's paragraphs, in capitals
# with no stop (`MAN FINDS 'GHOST TOWN' FULL OF EMPTY HOTELS: 'LIKE A TIME CAPSULE'`),
# nine words and more. A subhead in capitals is shorter (AP's `A FRIENDSHIP BRACELET WITH
# A PHONE NUMBER`, `RISING DEATH TOLL AND HUNGER` are story), and in copy set in capitals
# throughout (AP archives, ANPA teletype) the paragraphs around such a line are too.
_CAPS_PROMO_MIN_WORDS = 9
# One long line in capitals may be the story's own (a sign quoted, a subhead, a
# warranty's terms): the page's habit (two promotions or more) or a call to the reader
# (`GET FOX BUSINESS ON THE GO BY CLICKING HERE`) says promotion.
_CAPS_PROMOS_MIN = 2
_CALL_TO_READER_RE = regex(
    r"\b(?:CLICK(?:ING)?|TAP(?:PING)?|GO) HERE\b|^(?:GET|DOWNLOAD|SIGN UP|SUBSCRIBE|SHARE"
    r"|WATCH|LISTEN|READ)\b|\.COM\b"
)


def _caps_promos(units: list[Unit], feats: list[Features], body_start: int, end: int) -> set[int]:
    """The promoted headlines in capitals set between the story's paragraphs."""
    found = {i for i in range(body_start + 1, end + 1) if _caps_promo(units, feats, i, end)}
    if len(found) >= _CAPS_PROMOS_MIN:
        return found
    return {i for i in found if _CALL_TO_READER_RE.search(units[i].text)}


def _caps_promo(units: list[Unit], feats: list[Features], i: int, end: int) -> bool:
    """A headline's shape in capitals between the story's paragraphs in lower case (or
    under its last one), which no colon introduces."""
    feat = feats[i]
    text = units[i].text
    if (
        feat.kind not in (Kind.GOOD, Kind.SHORT)
        or feat.words < _CAPS_PROMO_MIN_WORDS
        or feat.ends_sentence
        or not text.isupper()
        or (text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS)  # a sign's words quoted
        or units[i - 1].text.rstrip().endswith(":")
    ):
        return False
    above = next((k for k in range(i - 1, -1, -1) if feats[k].kind is Kind.GOOD), None)
    below = next((k for k in range(i + 1, end + 1) if feats[k].kind is Kind.GOOD), None)
    if above is None or (below is None and i < end):
        return False
    return not any(k is not None and units[k].text.isupper() for k in (above, below))


def _signed_off(unit: Unit, feat: Features) -> bool:
    """The story's last paragraph closed by its agency's name in parentheses (`... next
    year. (Reuters)`): the shape of a caption's credit, in the place of a sign-off."""
    return (
        feat.kind is Kind.CAPTION
        and feat.credit is not None
        and signs_off(feat.credit)
        and feat.words >= _SIGNED_MIN_WORDS
        and inline_close(unit.text) is not None
    )


def _headings_after(feats: list[Features], i: int) -> int:
    """The last of two or more headings right after unit ``i`` (a `Most Read from
    Bloomberg` break), blank lines between them or not, else -1.

    Pasted copy sets a teaser list out one title a paragraph. Headings in a row are that
    list's items, all but the last when article prose follows it: that one may be the
    article's own subheading, back over its paragraphs (`Related Story`, one teaser, then
    `How Dan Cooper Became D.B. Cooper`).
    """
    j = i + 1
    while j < len(feats) and feats[j].kind is Kind.SHORT and not feats[j].ends_sentence:
        j += 1
    last = j - 2 if j < len(feats) and feats[j].kind is Kind.GOOD else j - 1
    return last if last - i >= _BLANK_LIST_MIN else -1


def _signed_off_end(
    units: list[Unit],
    feats: list[Features],
    dated: tuple[int, int, bool],
    end: int,
    agencies: tuple[str, ...],
) -> int:
    """The paragraph its dateline's agency signs off after its closing sentence (`... do
    país. EFE`, `... on Monday. (AFP)`) is the story's last: what the page sets under it
    is the page's or another story's. Other agencies' names there may be a source's, and
    the dateline's own (`TAMPA, Fla.--(BUSINESS WIRE)--` on its line) signs nothing off,
    nor does a picture's caption credit it (``_captions_under_image_files``)."""
    keys = {norm_key(agency) for agency in agencies}
    start, text_at, _ = dated
    for i in range(start, end):
        at = inline_close(units[i].text)
        if at is None or (i == start and at < text_at):
            continue
        if i > start and feats[i].kind is Kind.CAPTION and image_file_name(units[i - 1].text):
            continue
        # An agency may sign off with its full name and its short one (`– Emirates News
        # Agency, WAM -`): any of them names the dateline's.
        names = units[i].text[at:].strip(SIGN_OFF_MARKS).split(",")
        if any(norm_key(name) in keys for name in names):
            return i
    return end


def _next_article(units: list[Unit], feats: list[Features], start: int, end: int) -> int:
    """Where the article ends when the page runs the next one on (endless-scroll pages).

    The next article announces itself as this one did: after a closing break (`Share This
    Story`, `More on Politics:`) come a heading and a time stamp, in either order. The run
    ends before that break. Teaser lists inside an article (`Editor's Picks`: headings and
    author names) carry no dates, so they do not end it.
    """
    credit = headline.Credits(units, feats)
    for b in range(start + 1, end + 1):
        if feats[b].kind is not Kind.BREAK:
            continue
        block = range(b + 1, min(b + 1 + _NEXT_ARTICLE_GAP, end + 1))
        stamped = any(
            feats[i].kind is Kind.SHORT and date_line(units[i].text) and credit(i) for i in block
        )
        if stamped and any(
            headline.headline_shaped(units[i], feats[i]) and not credit(i) for i in block
        ):
            return b - 1
    return end


def _left_of_dateline(text: str, match: DatelineMatch) -> str:
    """What a dateline's paragraph holds before the dateline, which ``match_dateline`` reads
    past (a syndicator's credit, MENAFN's `(MENAFN- Kuwait News Agency (KUNA))`): neither
    the dateline nor the body, so it goes to ``removed`` rather than being lost."""
    at = text.find(match.raw) if match.raw else -1
    return text[:at].strip(_UNSEEN) if at > 0 else ""


# Blanks and the invisible characters a paragraph may open with (a BOM, a zero-width
# space), which ``match_dateline`` skips too: nothing to keep.
_UNSEEN = " \t\n\u00a0" + "".join(INVISIBLE)


def _as_written(dateline: Dateline, paragraph: Paragraph, lines: list[str]) -> Dateline:
    """The dateline's ``raw`` taken from the input line itself, with its own spacing (two
    spaces, non-breaking spaces), since paragraph text has its whitespace normalised."""
    if not dateline.raw:
        return dateline
    line, start = paragraph.locate(0)
    end_line, last = paragraph.locate(len(dateline.raw) - 1)
    if end_line != line or not 0 < line <= len(lines):
        return dateline
    raw = lines[line - 1][start - 1 : last]
    return replace(dateline, raw=raw) if raw.split() == dateline.raw.split() else dateline


def _credit_tail(out: Assembled, lines: list[str], unit: Unit, names: tuple[str, ...]) -> None:
    if names and out.byline is not None and not out.byline.names and lines:
        # Syndicated copy credits the agency up top (`Reuters`, `By Reuters`) and names its
        # reporters only in the tail: the tail is the byline, the agency line its credit.
        for number in range(out.byline.line, (out.byline.end_line or out.byline.line) + 1):
            text = clean_line(lines[number - 1])
            if text:
                out.removed.append(Removed(line=number, text=text, reason="agency-credit"))
        out.byline = None
    if out.byline is None and names:
        _set_byline(out, unit, names)
    else:
        _remove(out, lines, unit, "credit")


# A writer's `By` line between the paragraphs is a few words.
_ITEM_BYLINE_MAX = 80


def _item_byline(text: str) -> tuple[str, ...] | None:
    """The writers of a `By` line standing alone between the paragraphs, as AP's notebooks
    and live pages credit each item (`By Jane Roe --`): a credit, never story text."""
    if len(text) > _ITEM_BYLINE_MAX or not text.startswith(("By ", "BY ")):
        return None
    return match_byline(text) or None


# How far under the story's last paragraph its staff credit may stand (buttons between).
_STAFF_CREDIT_GAP = 3


def _staff_credit(units: list[Unit], feats: list[Features], i: int, end: int) -> bool:
    """A `By` line naming no one (`by RTT Staff Writer`, `By Our Correspondent`) as the
    story's last prose, as some wires credit their staff under the story. Between the
    paragraphs such a line may be a hard wrap's split (`... figures compiled` / `by Reuters
    showed ...`): only the foot is read so, whatever page chrome follows it."""
    text = units[i].text
    if len(text) > _ITEM_BYLINE_MAX or text[:3].casefold() != "by ":
        return False
    if ":" in text:
        return False  # `By IANS, Lucknow : In an attempt ...`: a brief's lede, cut short
    # Inside the story, no prose under it; under it, right after its last paragraph, a
    # page's buttons at most between (a footer's teasers credit their writers too).
    if i <= end:
        if any(feats[k].kind is Kind.GOOD for k in range(i + 1, end + 1)):
            return False
    elif i - end > _STAFF_CREDIT_GAP or any(
        feats[k].kind is not Kind.CHROME for k in range(end + 1, i)
    ):
        return False
    return match_byline(text) == ()


def _staff_credit_line(out: Assembled, lines: list[str], unit: Unit) -> None:
    """`by RTT Staff Writer` under the story: the byline of a story that has none (as it
    is under the headline), else a credit; no one named either way."""
    if out.byline is None:
        _set_byline(out, unit, ())
    else:
        _remove(out, lines, unit, "credit")


# An image's alt text is its caption's opening words, a sentence or so.
_ALT_MIN_WORDS = 4


def _alt_text(units: list[Unit], feats: list[Features], i: int) -> bool:
    """A picture's alt text over its caption: the caption under it opens with the same
    words (`A man walks down a snowy street.` / `A man walks down a snowy street in Boston
    on Saturday. Photo: AP`), as a page copied whole gives both."""
    if i + 1 >= len(units) or feats[i + 1].kind is not Kind.CAPTION:
        return False
    if feats[i].kind not in (Kind.GOOD, Kind.SHORT):
        return False  # a caption printed twice is the caption's, twice
    alt = units[i].text.strip().rstrip(".").casefold()
    below = units[i + 1].text.casefold()
    return len(alt.split()) >= _ALT_MIN_WORDS and below.startswith(alt) and below != alt


def _inline_credit_tail(out: Assembled, lines: list[str], credit: Removed) -> None:
    """The helpers' credit cut off the last paragraph (``cut_close``) read as a tail line
    is: the byline when the story has none."""
    names = match_credit_tail(credit.text)
    if names:
        out.removed.remove(credit)
        _credit_tail(out, lines, _credit_unit(credit), names)


def _credit_unit(credit: Removed) -> Unit:
    text = credit.text
    paragraph = Paragraph(text=text, spans=(Span(start=0, line=credit.line, column=1),))
    return Unit(credit.line - 1, (credit.line,), paragraph, 0, False, False)


def _remove(out: Assembled, lines: list[str], unit: Unit, reason: str) -> None:
    """Record a unit as removed, one entry per input line so every line is accounted for."""
    if len(unit.lines) == 1 or not lines:
        out.removed.append(Removed(line=unit.first_line, text=unit.text, reason=reason))
        return
    for number in unit.lines:
        out.removed.append(Removed(line=number, text=clean_line(lines[number - 1]), reason=reason))


def _dated_dek(unit: Unit, feat: Features) -> bool:
    """A deck between the headline and a dated lede, set just over it (a press release's,
    in Title Case: `Finance Veteran to Lead Company Through Next Stage of Expansion`): a
    line of a headline's length, no stamp, no menu's row of one-word links."""
    return (
        feat.kind is Kind.SHORT
        and feat.words >= _DEK_MIN_WORDS
        and feat.density >= _DEK_MIN_DENSITY
        and not stamp_line(unit.text)
        and not date_line(unit.text)
        and not unit.text.startswith("(")  # a credit or a note in parentheses
    )


def _reason(unit: Unit, feat: Features, before_body: bool, under_head: bool) -> str:
    kind = feat.kind
    if kind is Kind.WIRE_CODE:
        return "wire-code"
    if kind is Kind.CAPTION:
        return "caption"
    if kind is Kind.RELATED:
        return "related"
    if kind is Kind.SHORT and feat.title_case >= 0.6 and not feat.ends_sentence:
        return "navigation"
    if kind is Kind.GOOD and before_body:
        return "standfirst"
    if (
        kind is Kind.SHORT
        and under_head
        and feat.words >= _DEK_MIN_WORDS
        and not stamp_line(unit.text)  # `Published: ... | Updated: ...`
    ):
        return "standfirst"  # a dek under the headline, without a full stop
    return "boilerplate"


# -- a story's own list --------------------------------------------------------------------
# A story's list (`What we know so far:` and its bullets, a results table, a schedule) is
# short lines without blank lines between, as a page's menus and teaser lists are, and
# scored as one it cuts the story. Told apart by what introduces it: a lead-in that ends
# in `:` and is prose or sits right under prose, not a page's list heading; and by its
# items, nearly all of one shape. One that closes the story must also be about the story
# (half its items share a content word with the prose above): teasers are about others.
_ITEM_MARK_RE = regex(r"^(?:[•·▪*–—-]|\d{1,2}[.)]|[a-z][.)]|Q:|A:)\s")
_ITEM_FIELD_RE = regex(r"^[A-Z0-9][\w'’&./ ,-]{0,40}:\s+\S")
_ITEM_NUMBER_RE = regex(r"(?:^|\s)[+-]?[\d.,%/]*\d[\d.,%]*(?=\s|$)")
_ITEM_COLUMNS_RE = regex(r"\t|\S {3,}\S")
_ITEMS_MIN = 2
_ITEM_SHAPE_SHARE = 0.8
_ITEM_SCORE = 0.1
_LIST_LEAD_BREAK_RE = regex(
    r"^(?:more\b|related\b|read\b|see also|also\b|topics?\b|tags?\b|filed under|share\b|"
    r"follow\b|trending|most\b|recommended|latest\b|top stories|watch\b|listen\b)",
    re.IGNORECASE,
)
_ON_TOPIC_SHARE = 0.5


def _item_shape(text: str, raw: str) -> str | None:
    """The shape that makes a line a list item or a table row: its marker (`•`, `-`,
    `1.`), a `Label: value` field, columns (a tab or a run of three spaces inside it), or
    two numbers or more. None for a line of no such shape."""
    mark = _ITEM_MARK_RE.match(text)
    if mark:
        sign = mark.group().strip()
        return "number" if sign[:1].isdigit() else "letter" if sign[:1].islower() else sign
    if _ITEM_COLUMNS_RE.search(raw.strip()):
        return "columns"
    if _ITEM_FIELD_RE.match(text):
        return "field"
    if len(_ITEM_NUMBER_RE.findall(text)) >= 2:
        return "numbers"
    return None


def _list_item(text: str) -> bool:
    """A line opened as a list's item is: a marker, or a `Label: value` field."""
    return bool(_ITEM_MARK_RE.match(text) or _ITEM_FIELD_RE.match(text))


def _on_topic(units: list[Unit], feats: list[Features], lead: int, stop: int) -> bool:
    """Whether most items of the list under ``lead`` share a content word with the prose
    above it."""
    story: set[str] = set()
    for k in range(lead + 1):
        if feats[k].kind is Kind.GOOD:
            story |= content_words(units[k].text)
    hits = sum(1 for k in range(lead + 1, stop) if content_words(units[k].text) & story)
    return hits >= _ON_TOPIC_SHARE * (stop - lead - 1)


def _story_lists(
    units: list[Unit],
    feats: list[Features],
    scores: list[float],
    plain: list[float],
    lines: list[str],
) -> None:
    """Score a story's own list (see above) as story, and its lead-in and the paragraph
    under it at their own scores, not as the ends of a list."""
    i, n = 0, len(units)
    while i < n:
        text = units[i].text.rstrip()
        if not (
            text.endswith(":")
            and feats[i].kind in (Kind.GOOD, Kind.SHORT)
            and (feats[i].kind is Kind.GOOD or (i > 0 and feats[i - 1].kind is Kind.GOOD))
            and not _LIST_LEAD_BREAK_RE.match(text)
            and not _RELATED_HEADING_RE.match(text)
        ):
            i += 1
            continue
        j = i + 1
        shapes: list[str | None] = []
        while j < n and len(units[j].lines) == 1 and feats[j].kind in (Kind.SHORT, Kind.GOOD):
            shape = _item_shape(units[j].text, lines[units[j].first_line - 1])
            if shape is None and feats[j].kind is Kind.GOOD:
                break  # the story's prose again
            shapes.append(shape)
            j += 1
        items = j - i - 1
        if items >= _ITEMS_MIN:
            top = max(set(shapes), key=shapes.count)
            bridged = j < n and feats[j].kind is Kind.GOOD  # prose goes on under it
            if (
                top is not None
                and shapes.count(top) >= _ITEM_SHAPE_SHARE * items
                and (bridged or _on_topic(units, feats, i, j))
            ):
                for k in range(i, j):
                    scores[k] = max(scores[k], _ITEM_SCORE)
                scores[i] = max(scores[i], plain[i])
                if bridged:
                    scores[j] = max(scores[j], plain[j])
        i = max(j, i + 1)
