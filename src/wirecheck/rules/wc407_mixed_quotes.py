"""WC407 mixed-quotes: straight and curly quote marks in the same story.

What it does
    Notes the quote marks of the less used style when a story mixes straight (`"`, `'`)
    and curly (`“ ”`, `‘ ’`) marks. Double and single marks are counted apart, and the
    apostrophe counts with the single marks (`don't` next to `don’t` is the same mix).
    Also notes a closing curly mark that opens a quotation (`he said ”we will go”`) in
    copy that opens its other quotations with `“` (not copy that opens them all with
    `”`, a Nordic house style). A straight mark after a digit is a foot or inch mark
    (`6' 2"`) and is not counted, nor are the marks of short body lines that end in no
    punctuation (teasers, product boxes and author widgets a page's body may take in, set
    in the site's style). Only the story's own paragraphs are weighed: not an embedded
    post or a link (a handle, hashtag or web address outside any quotation), a related
    link (`Read more: ...`), nor the writer's bio under the story (`Jane Doe is a
    reporter covering ...`, with at least as much of the body before it as after) and
    what follows it (a promo, a ticket box).
    At most three notes are given for each kind of mark (the first ones), with the counts
    in the message.

Why
    Mixed marks show that copy was pasted together from different systems or typed in
    an editor that curls some quotes and not others. Readers see the difference, and
    tools that match quotes (search, quote extraction) miss half of them.

Example
    ::

        "Cuba and Russia are united by friendship,” Diaz-Canel said.

Use instead
    ::

        “Cuba and Russia are united by friendship,” Diaz-Canel said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from wirecheck.model import Diagnostic, Paragraph
from wirecheck.patterns.mojibake import mojibake_tail
from wirecheck.regexes import regex
from wirecheck.rules._text import passages, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.rules.wc404_unbalanced_brackets import quote_role
from wirecheck.spelling.text import in_foreign_quote

_QUOTE_RE = regex(r"[\"'“”‘’]")
_STRAIGHT = frozenset("\"'")
_DOUBLE = frozenset("\"“”")
# Notes given for each kind of mark: enough to show where, few enough to read.
_NOTES_PER_KIND = 3


def _suggestion(text: str, i: int) -> tuple[str, ...]:
    """The mark of the other style that fits at ``text[i]``, when its role is clear."""
    char = text[i]
    if char in "“”":
        return ('"',)
    if char in "‘’":
        return ("'",)
    if char == '"':
        role = quote_role(text, i)
        return ("“",) if role == "open" else ("”",) if role == "close" else ()
    before = text[i - 1] if i else " "
    return ("’",) if before.isalpha() else ()  # `don't`, `Jesus'`: an apostrophe


def _key(text: str, i: int, foreign: bool = False) -> tuple[bool, bool] | None:
    """(double, straight) for the mark at ``text[i]``; None for a foot or inch mark, and
    for a German quotation's closing mark where the text holds ``foreign`` marks."""
    char = text[i]
    straight = char in _STRAIGHT
    if straight and i and text[i - 1].isdigit():
        return None
    if foreign and not straight and in_foreign_quote(text, i):
        return None  # `„Wir haben genug“`: German marks close with `“`, no English style
    if not straight and mojibake_tail(text, i):
        return None  # `â€”`: a dash's mojibake, no quote mark (WC501)
    return char in _DOUBLE, straight


# A body paragraph counts when it is the story's prose: a sentence (its end punctuation,
# a closing quote or bracket after it) or long. The short unpunctuated lines a page's body
# may take in (teasers, a product box, an author widget) are set in the site's own style.
_PROSE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":")
_PROSE_MIN_WORDS = 20


def _prose(text: str) -> bool:
    return text.rstrip().endswith(_PROSE_ENDS) or len(text.split()) >= _PROSE_MIN_WORDS


# Page furniture a body may take in, set in the site's style, not the story's: an
# embedded post or a link (a handle or hashtag, an address, outside any quotation), a
# related link (`Read more: ...`).
_FURNITURE_RE = regex(
    r"(?:^|\s|\()[@#]\w|://|\bwww\.|\bpic\.twitter\.com/"
    r"|^(?:read|see|watch|listen)(?: more| also)?\s*:|^(?:related|more)\s*:",
    re.IGNORECASE,
)
# A quotation, whatever its marks (a post may be quoted in the story: `"... @jane,” she
# wrote`): a handle or an address inside one is the story's.
_QUOTATION_RE = regex(r"[\"“][^\"“”]*[\"”]")
# The writer's bio, which closes the story (a promo or a ticket box may follow it):
# `Jane Doe is a reporter covering ...`, `Jane Doe is the paper's food critic.`
_BIO_RE = regex(
    r"^(?:[A-Z][\w.'’-]*\s){1,3}(?:is|was|has been)\s(?:an?|the)\s[^.]{0,80}?\b"
    r"(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|critic"
    r"|producer|author|freelancer)s?\b"
)


# What any match of _FURNITURE_RE holds, or opens with. Its search costs some 80 µs on a
# paragraph (an alternation that may start anywhere, case folded), and most paragraphs
# hold none of these; blanking quotations only removes text, so a paragraph without them
# cannot match after it either.
_FURNITURE_MARKS = ("@", "#", "://")
_FURNITURE_LOWER_MARKS = ("www.", "pic.twitter.com/")
_FURNITURE_OPENERS = ("read", "see", "watch", "listen", "related", "more")


def _furniture(text: str) -> bool:
    low = text.casefold()
    if not (
        any(mark in text for mark in _FURNITURE_MARKS)
        or any(mark in low for mark in _FURNITURE_LOWER_MARKS)
        or low.startswith(_FURNITURE_OPENERS)
    ):
        return False
    return _FURNITURE_RE.search(_QUOTATION_RE.sub(" ", text)) is not None


def _bio(text: str, names: tuple[str, ...], from_end: int) -> bool:
    """Whether the paragraph is the writer's bio: it names the byline's writer, or it
    reads as a bio among the story's last paragraphs (a bio-like sentence higher up is
    the story's own: `Kessler is a correspondent for a Chicago paper` in a story on her
    arrest)."""
    if any(text.startswith(f"{n} ") for n in names if n):
        return True
    return from_end <= _BIO_FROM_END and bool(_BIO_RE.match(text))


# Without the writer's name, a bio is looked for among this many last paragraphs.
_BIO_FROM_END = 2


def _story_paragraphs(ctx: Context) -> set[int]:
    """The ids of the body paragraphs that are the story's own prose: not an embedded
    post, a link or a related link, and none from the writer's bio under the story on
    (what follows it is page furniture: a promo, a ticket box, the next story). A bio
    with more of the body's text after it than before opens the story: it closes nothing."""
    paragraphs = ctx.story.paragraphs
    names = ctx.story.byline.names if ctx.story.byline is not None else ()
    total = sum(len(paragraph.text) for paragraph in paragraphs)
    end, before = len(paragraphs), 0  # ``before``: the body's text above paragraph i
    for i, paragraph in enumerate(paragraphs):
        if (
            i
            and before >= total - before
            and _bio(paragraph.text, names, len(paragraphs) - i)
        ):
            end = i
            break
        before += len(paragraph.text)
    return {id(p) for p in paragraphs[:end] if not _furniture(p.text)}


def _marks(ctx: Context) -> Iterator[tuple[Paragraph, int, tuple[bool, bool]]]:
    if "wc407.own" not in ctx.memo:
        ctx.memo["wc407.own"] = _story_paragraphs(ctx)
    own: set[int] = ctx.memo["wc407.own"]
    for passage in passages(ctx):
        text = passage.text
        if passage.kind == "body" and (not _prose(text) or id(passage.paragraph) not in own):
            continue
        foreign = "„" in text or "‚" in text  # once a passage, not once a mark
        for match in _QUOTE_RE.finditer(text):
            key = _key(text, match.start(), foreign)
            if key is not None:
                yield passage.paragraph, match.start(), key


def check(ctx: Context) -> Iterator[Diagnostic]:
    yield from _mixed(ctx)
    yield from _backward_openers(ctx)


def _opening_glyphs(text: str) -> Iterator[tuple[int, str]]:
    """The double marks of ``text`` that open a quotation by their neighbours (`“Yes`,
    ` ”Yes`), each with its glyph, outside a quotation still open: a closing mark typed
    after a stray space (`“We will go ”he said`) closes it and is left out."""
    inside = False
    for match in _QUOTE_RE.finditer(text):
        i = match.start()
        if text[i] not in _DOUBLE:
            continue
        role = quote_role(text, i)
        if role == "open" and not inside:
            yield i, text[i]
        if role == "toggle":
            inside = not inside
        elif role is not None:
            inside = role == "open"


def _backward_openers(ctx: Context) -> Iterator[Diagnostic]:
    """A closing curly mark that opens a quotation (`he said ”we will go”`) in copy that
    opens its other quotations with `“`: the wrong glyph. Copy that opens with `”`
    throughout (a Nordic house style) is left alone."""
    found: list[tuple[Paragraph, int]] = []
    proper = False
    for passage in passages(ctx):
        text = passage.text
        if "”" not in text and "“" not in text:
            continue
        for i, glyph in _opening_glyphs(text):
            if glyph == "“":
                proper = True
            elif glyph == "”" and not in_foreign_quote(text, i):
                found.append((passage.paragraph, i))
    if not proper:
        return
    for paragraph, offset in found[:_NOTES_PER_KIND]:
        yield span_diagnostic(
            RULE,
            paragraph,
            offset,
            offset + 1,
            "closing quote `”` opens a quotation; the copy opens its others with `“`",
            ("“",),
        )


def _mixed(ctx: Context) -> Iterator[Diagnostic]:
    # Two passes over the marks (count, then note the first few of the rarer style), so
    # memory stays flat on any input.
    counts = Counter(key for _, _, key in _marks(ctx))
    minority: dict[bool, tuple[bool, str]] = {}
    for double in (True, False):
        straight, curly = counts[(double, True)], counts[(double, False)]
        if straight and curly:
            minority[double] = (straight <= curly, f"{straight} straight, {curly} curly")
    if not minority:
        return
    noted: Counter[bool] = Counter()
    for paragraph, offset, (double, straight) in _marks(ctx):
        if double not in minority or minority[double][0] != straight:
            continue
        if noted[double] >= _NOTES_PER_KIND:
            if all(noted[d] >= _NOTES_PER_KIND for d in minority):
                return
            continue
        noted[double] += 1
        style, other = ("straight", "curly") if straight else ("curly", "straight")
        kind = "quote" if double else "quote or apostrophe"
        char = paragraph.text[offset]
        yield span_diagnostic(
            RULE,
            paragraph,
            offset,
            offset + 1,
            f"{style} {kind} `{char}` in copy that otherwise uses {other} ones "
            f"({minority[double][1]})",
            _suggestion(paragraph.text, offset),
        )


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC407",
    name="mixed-quotes",
    severity="info",
    summary="Straight and curly quote marks in the same story.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "“Cuba and Russia are united by friendship,” Diaz-Canel said. "
                "“It’s a bond of 60 years,” he added of the 6' 2\" envoy.\n"
            ),
            good=True,
        ),
        Example(
            text=(
                _HEAD + '"Cuba and Russia are united by friendship,” Diaz-Canel said. '
                "“It’s a bond of 60 years,” he added.\n"
            ),
            good=False,
        ),
    ),
)
