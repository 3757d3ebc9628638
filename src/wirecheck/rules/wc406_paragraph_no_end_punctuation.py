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
    and paragraphs with links, handles or ` | ` menus.

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
_QUOTED_BY_RE = rare_pattern(r"[”\"]\s?[-–—]{1,2}\s?[A-Z][^”\"“]{0,160}$")
_NOT_PROSE_MARKS = (" | ", "://", "www.", "@", "doi:", "DOI:")


def _reported_ending(text: str) -> bool:
    """A paragraph may end on a quote mark, bracket, colon, dash, ellipsis, symbol; only a
    word (lower case or a number) or a comma is a missing full stop."""
    last = text[-1]
    if last == ",":
        return True
    word = text.rsplit(maxsplit=1)[-1]
    return last.isalnum() and (word[0].islower() or word.isdigit()) and "/" not in word


def _density(words: list[str]) -> float:
    return sum(1 for w in words if w.casefold() in STOPWORDS) / len(words) if words else 0.0


def _is_prose_ending(text: str) -> bool:
    """Whether the paragraph's last sentence is running prose (not a credit or a title)."""
    if _NOT_PROSE_START_RE().match(text) or any(mark in text for mark in _NOT_PROSE_MARKS):
        return False
    if _DASH_TAIL_RE().search(text[-120:]) or _QUOTED_BY_RE().search(text[-200:]):
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


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for index, paragraph in enumerate(ctx.story.paragraphs):
        text = paragraph.text.rstrip()
        if not text or not _reported_ending(text) or not _is_prose_ending(text):
            continue
        if _head_matter(ctx, index):
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
