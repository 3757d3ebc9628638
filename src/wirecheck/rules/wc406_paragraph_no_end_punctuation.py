"""WC406 paragraph-no-end-punctuation: a prose paragraph that stops without punctuation.

What it does
    Reports a body paragraph of running prose that ends on a lower-case word, a number or
    a comma: `... the bloc dissolved in 1991` with no full stop, or a paragraph cut short
    mid-sentence. Only prose is judged: the last sentence must have six words or more
    after an earlier sentence in the paragraph (sixteen when it is the only one) and the
    share of function words (`the`, `of`, `was`) that running text has. A dek the parser
    let open the body (over the byline, or right under the headline of a story with no
    dateline) is left alone: a summary has no full stop by convention. Left alone too:
    endings on a quote mark, bracket, colon, dash, ellipsis or symbol, or on a capitalised
    word (a photo credit such as `Aaron Scott/NPR`, a name); subheadings and Title Case
    lines; list items (`- `, `• `, `1. `, `a) `); credits and sign-offs (`-- Reporting by
    ...`, `... it." — Amy`, a quotation's speaker however described, `Follow ... on X`);
    and paragraphs with links, handles or ` | ` menus. Left alone as well are lines a page
    leaves in the body that are not the story's own paragraphs: a photo caption repeating
    eight words in a row of another paragraph (a repeat that ends on a comma is still
    reported), one of a list's items (a paragraph next to it ends on a word too), a
    teaser of another story under a section label (`news`, `Lifestyle`: a line of five
    words at most, lower case or Title Case), an entry's heading or an item opened by a
    capitalised label and a colon (`Feb. 8: ...`, `Comfort: ...`), an image's alt text
    (`Animated photo of ...`) and a promo behind an emoji.

Why
    A missing full stop is usually the trace of a cut: the end of the sentence, or of the
    paragraph, went with it. Readers notice; spell checkers do not.

Example
    ::

        Cuba was heavily dependent on military and economic support of the Soviet Union
        until the bloc dissolved in 1991

Use instead
    ::

        Cuba was heavily dependent on military and economic support of the Soviet Union
        until the bloc dissolved in 1991.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.rules._text import (
    capped,
    excerpt,
    is_english,
    is_title_case,
    rare_pattern,
    span_diagnostic,
)
from wirecheck.rules.base import Context, Example, Rule

# The patterns run only on a paragraph that ends without punctuation (about 1 in 100).
_WORD_RE = rare_pattern(r"[^\W_]+(?:['’.-][^\W_]+)*")
# The last sentence is judged: it must be prose of this many words at least...
_MIN_WORDS = 6
# ...and, when the paragraph has no other sentence before it, this many.
_LONE_SENTENCE_WORDS = 16
# Share of function words in running prose (captions, credits, lists, headlines have fewer).
_PROSE_DENSITY = 0.25
_LONE_SENTENCE_DENSITY = 0.3
# A sentence ends, and another starts: `... said. The`, `... him." Then`.
_SENTENCE_BREAK_RE = rare_pattern(r"[.!?…][\"”’')]*\s+[\"“‘(]*(?=[A-Z0-9])")
# What starts a line that is not running prose: list markers, credits, sign-offs.
_NOT_PROSE_START_RE = rare_pattern(
    r"(?:[-*•·‣▪●►–—]|\d{1,3}[.)]\s|[a-zA-Z][.)]\s|\(\w{1,3}\)\s"
    r"|(?:additional |with |contributing )?reporting by|edit(?:ing|ed) by|writing by"
    r"|compiled by|produced by|contact|follow|sources?\b|photo|image|video|watch|listen"
    r"|read|copyright|©|\(c\)|credit|courtesy|(?:this|the) (?:story|article) (?:was|has|is))",
    re.IGNORECASE,
)
# An attribution or credit after a dash at the end: `... it." — Amy`, `... 2023 - AP`.
_DASH_TAIL_RE = rare_pattern(r"(?:\s[-–—]{1,2}\s?|\s?[—–]{1,2}\s)(?=\S)(?:\S+\s){0,7}\S+$")
# A quotation's speaker after its closing quote, however long the description:
# `... guessing.” —Ana, a nurse who has worked in children's care for twenty years`.
_QUOTED_BY_RE = rare_pattern(r"[”\"]\s?[-–—]{1,2}\s?[A-Z][^”\"“]{0,400}$")
# A label and a colon open a list item or a dated entry's heading, every word of the label
# capitalised or a number: `Feb. 8: Pitcher will sign`, `Comfort: Comfort in sharing`.
_LABEL_RE = rare_pattern(r"(?:[A-Z0-9][\w.'’&-]*\s){0,2}[A-Z0-9][\w.'’&-]*:\s")
# What an image's alt text opens with: `Animated photo of a hand ...`, `An illustration showing`.
_ALT_TEXT_RE = rare_pattern(
    r"(?:\w+\s){0,3}(?:photo|photograph|image|illustration|picture|screenshot|drawing"
    r"|graphic|gif|rendering|animation)s?\s(?:of|showing|shows|depicting)\b",
    re.IGNORECASE,
)
# A caption repeating a sentence of the story shares this many words in a row with it.
_COPY_RUN = 8
# A section label over a teaser of another story (`news`, `Lifestyle`, `Related`) has
# this many words at most; the teaser under it, this many.
_LABEL_WORDS = 5
_TEASER_WORDS = 30
_LABEL_WORDS_RE = rare_pattern(r"[^\W\d_]+(?:[ '’&-]+[^\W\d_]+)*")
_NOT_PROSE_MARKS = (" | ", "://", "www.", "@", "doi:", "DOI:")


# The first character of a UTF-8 quote mark read as Windows-1252 (`â€`), all that
# is left of it once the C1 control characters are dropped.
_MOJIBAKE_LEADS = frozenset("âÃÂ")


def _reported_ending(text: str) -> bool:
    """A paragraph may end on a quote mark, bracket, colon, dash, ellipsis, symbol; only a
    word (lower case or a number) or a comma is a missing full stop."""
    last = text[-1]
    if last == ",":
        return True
    if last in _MOJIBAKE_LEADS and len(text) > 1 and text[-2] in ".!?":
        return False  # `at.â`: a closing quote's mojibake, its C1 bytes dropped (WC501)
    word = text.rsplit(maxsplit=1)[-1]
    return last.isalnum() and (word[0].islower() or word.isdigit()) and "/" not in word


def _density(words: list[str]) -> float:
    return sum(1 for w in words if w.casefold() in STOPWORDS) / len(words) if words else 0.0


def _is_prose_ending(text: str) -> bool:
    """Whether the paragraph's last sentence is running prose (not a credit or a title)."""
    if _NOT_PROSE_START_RE().match(text) or any(mark in text for mark in _NOT_PROSE_MARKS):
        return False
    if unicodedata.category(text[0]) == "So" or _ALT_TEXT_RE().match(text):
        return False  # a promo behind an emoji (`🎁 Check out ...`), an image's alt text
    if _DASH_TAIL_RE().search(text[-120:]) or _QUOTED_BY_RE().search(text[-440:]):
        return False
    label = _LABEL_RE().match(text)
    if label and not _SENTENCE_BREAK_RE().search(text, label.end()):
        return False
    breaks = list(_SENTENCE_BREAK_RE().finditer(text))
    last = text[breaks[-1].end() :] if breaks else text
    words = _WORD_RE().findall(last)
    if breaks:
        enough, density = _MIN_WORDS, _PROSE_DENSITY
    else:
        enough, density = _LONE_SENTENCE_WORDS, _LONE_SENTENCE_DENSITY
    if len(words) < enough or _density(words) < density:
        return False
    return not (is_title_case(last) or _NOT_PROSE_START_RE().match(last))


def _head_matter(ctx: Context, index: int) -> bool:
    """Whether the body paragraph at ``index`` is a dek the parser let open the body (a
    summary under the headline, which by convention has no full stop): the one over the
    byline, or, in a story with no dateline, the first right under the headline."""
    story = ctx.story
    line = story.paragraphs[index].spans[0].line
    if story.byline is not None and line < story.byline.line:
        return True
    if index or story.dateline is not None or story.headline_end_line is None:
        return False
    between = ctx.lines[story.headline_end_line : line - 1]
    return not any(text.strip() for text in between)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD_RE().findall(text)]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + _COPY_RUN]) for i in range(len(words) - _COPY_RUN + 1)}


def _copies_another(ctx: Context, texts: list[str], index: int) -> bool:
    """Whether the paragraph repeats a run of words of another paragraph of the story: a
    photo caption set in the body that repeats a sentence of the story (without its full
    stop, as captions are written). The runs of the whole story are gathered once, with
    the paragraph each stands in (-1 for two or more), so a story of many paragraphs
    costs each one its own words, not the story's."""
    owners: dict[tuple[str, ...], int] | None = ctx.memo.get("wc406.runs")
    if owners is None:
        owners = {}
        for k, text in enumerate(texts):
            for run in _runs(text):
                owners[run] = k if owners.get(run, k) == k else -1
        ctx.memo["wc406.runs"] = owners
    return any(owners.get(run) == -1 for run in _runs(texts[index]))


def _open_ending(text: str) -> bool:
    """A paragraph of some length that ends on a word, like the one judged: a list's item."""
    text = text.rstrip()
    return bool(text) and _reported_ending(text) and len(text.split()) >= _MIN_WORDS


def _under_label(ctx: Context, index: int) -> bool:
    """Whether the paragraph is a teaser of another story under a section label: the line
    above it is a short label without punctuation, in lower case or Title Case (`news`,
    `Lifestyle`, `Main Character of the Day`), kept in the body or set aside, and the
    paragraph is a headline's length."""
    paragraph = ctx.story.paragraphs[index]
    if not index or len(paragraph.text.split()) > _TEASER_WORDS:
        return False
    above = (text.strip() for text in reversed(ctx.lines[: paragraph.spans[0].line - 1]))
    label = next((text for text in above if text), "")
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or not _LABEL_WORDS_RE().fullmatch(label):
        return False
    return label.islower() or is_title_case(label) or (len(words) == 1 and label[0].isupper())


def _not_the_storys_prose(ctx: Context, texts: list[str], index: int) -> bool:
    """Lines the parser kept in the body that are not the story's own paragraphs: a
    caption repeating a sentence, one of a list's items (a paragraph next to it ends on a
    word too), a teaser under a section label. A copy that ends on a comma is a sentence
    cut short still."""
    copy = not texts[index].rstrip().endswith(",") and _copies_another(ctx, texts, index)
    if copy or _under_label(ctx, index):
        return True
    if len(texts[index].split()) > _LIST_ITEM_MAX_WORDS:
        return False  # a paragraph of prose, not a list's item: full stops an export lost
    near = texts[max(index - 1, 0) : index] + texts[index + 1 : index + 2]
    return any(_open_ending(text) for text in near)


# A list's item is a line or two; paragraphs longer than this that end on a word, however
# many in a row, are sentences whose full stops went (an export that stripped them).
_LIST_ITEM_MAX_WORDS = 24


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    texts = [paragraph.text for paragraph in ctx.story.paragraphs]
    for index, paragraph in enumerate(ctx.story.paragraphs):
        text = paragraph.text.rstrip()
        if not text or not _reported_ending(text) or not _is_prose_ending(text):
            continue
        if _head_matter(ctx, index) or _not_the_storys_prose(ctx, texts, index):
            continue
        last_word = text.rsplit(maxsplit=1)[-1]
        start = len(text) - len(last_word)
        fixed = last_word[:-1] + "." if last_word.endswith(",") else last_word + "."
        yield span_diagnostic(
            RULE,
            paragraph,
            start,
            len(text),
            f"paragraph ends without punctuation: `…{excerpt(text[-40:])}`",
            (fixed,),
        )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Cuba's ties with Moscow\n\nHAVANA, Nov. 2 (UPI) -- "
_SENTENCE = (
    "Cuba was heavily dependent on military and economic support of the Soviet Union until "
    "the bloc dissolved in 1991"
)

RULE = Rule(
    code="WC406",
    name="paragraph-no-end-punctuation",
    severity="warning",
    summary="A prose paragraph that stops without punctuation.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + _SENTENCE + ".\n\nWhat comes next\n\n"
                "The two sides agreed to meet again in the spring, officials said:\n\n"
                "-- Reporting by Renzo Pipoli in Havana and Sergei Ivanov in Moscow\n"
            ),
            good=True,
        ),
        Example(text=_HEAD + _SENTENCE + "\n", good=False),
    ),
    fixable=True,
)
