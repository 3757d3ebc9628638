"""WC404 unbalanced-brackets: a parenthesis or quote mark without its partner.

What it does
    Within each paragraph (and the headline), reports a closing parenthesis or square
    bracket with no opening one before it, an opening one never closed, and a closing
    double quote mark (`"` or `”`) with no opening one before it.

    It follows English practice and the shapes of real copy: a paragraph may open a
    quotation and leave it open when the quotation goes on in the next paragraph (which
    opens again), and a web page's block quotation may run on through paragraphs without
    marks to a closing one; a quotation that does neither is reported at its opening
    mark, unless its paragraph breaks off in an ellipsis (a teaser or an excerpt cut
    mid-quotation, `... a great number of...`). Single quotes are not checked,
    because the same mark is the apostrophe (`don’t`, `the 1990s’`, `Jesus’`). A straight
    `"` after a digit is an inch or seconds mark (`6' 2"`); a `"` between spaces or inside
    a word is left alone; list markers (`1)`, `a)`) and emoticons are not brackets.

Why
    A lost bracket or quote mark changes what the reader takes as quoted or as an aside,
    and usually marks an edit that cut half of a phrase.

Example
    ::

        Diaz-Canel met the prime minister and the heads of the upper house (the
        Federation Council.

        The trip was a success," he said.

Use instead
    ::

        Diaz-Canel met the prime minister and the heads of the upper house (the
        Federation Council).

        "The trip was a success," he said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

from wirecheck.model import Diagnostic, Paragraph
from wirecheck.patterns.mojibake import mojibake_tail
from wirecheck.regexes import regex
from wirecheck.rules._text import MAX_FINDINGS, capped, passages, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule

_MARK_RE = regex(r"[()\[\]\"“”„]")
_PAIRS = {")": "(", "]": "["}
_QUOTE_MARKS = ('"', "“", "”")
# How many paragraphs a quotation left open may run on without reopening marks.
_CARRY_PARAGRAPHS = 3
_NAMES = {"(": "parenthesis", "[": "square bracket"}
# A straight quote opens after these (or at the start) and closes before these (or at the end).
_OPEN_AFTER = frozenset(" ([{—–-/")
_CLOSE_BEFORE = frozenset(" .,;:!?)]}—–-…/'’”")
_EMOTICON_EYES = frozenset(":;=")
# A quotation does not end on these, so a mark right after one is not read as closing
# (`review:" This is ...`, a page whose converter put a space after the opening mark).
_LEAD_IN = frozenset(":")
# `1)`, `a)`, `iv)`: list markers that close nothing.
_LIST_MARKER_MAX = 3


def quote_role(text: str, i: int) -> Literal["open", "close", "toggle"] | None:
    """What the double quote mark at ``text[i]`` does, read from its neighbours first.

    A mark after a space and before a word opens; one after a word and before a space or
    punctuation closes, whichever glyph was typed (`”People` after a space opens: the
    wrong glyph, not a lost quote). A closing mark after a digit is an inch or seconds
    mark (`6' 2"`, `12.9” screen`): None. Where the neighbours do not say (`" the ick"`,
    `is"targeted`), a curly mark goes by its glyph and a straight one toggles. German
    `„...“` works the same way: `„` opens, and `“` after a word closes.
    """
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # Not before closing punctuation: `(aka “ sour MSG ”)` closes with a space inside.
    opens = before in _OPEN_AFTER and after != " " and after not in _CLOSE_BEFORE
    closes = before != " " and after in _CLOSE_BEFORE
    if closes and not opens and before not in _LEAD_IN:
        return None if before.isdigit() else "close"
    if opens and not closes:
        return "open"
    mark = text[i]
    return "open" if mark in "“„" else "close" if mark == "”" else "toggle"


# A straight mark after a digit that measures: feet and inches (`6'1"`, `5' 11"`), a
# size (`55" TV`, `12.9" screen`, `16" x 20"`).
_FEET_INCHES_RE = regex(r"\d['’′] ?\d{1,2}$")
_SIZED_RE = regex(
    r" ?(?:x|×|screens?|displays?|tvs?|monitors?|wheels?|rims?|tall|long|wide|deep|thick"
    r"|high|laptops?|tablets?|oled|lcd|led|subwoofers?|woofers?|drivers?|pizzas?)\b",
    re.IGNORECASE,
)


def _inch_mark(text: str, i: int) -> bool:
    """Whether the straight `"` at ``text[i]``, after a digit, measures rather than closes
    a quotation (`"a male, 6'1" tall, ..."` against `"early 2025"`)."""
    return bool(_FEET_INCHES_RE.search(text, max(0, i - 6), i) or _SIZED_RE.match(text, i + 1))


def _is_list_marker(text: str, i: int) -> bool:
    start = i
    while start > 0 and i - start <= _LIST_MARKER_MAX and text[start - 1].isalnum():
        start -= 1
    return 0 < i - start <= _LIST_MARKER_MAX and (start == 0 or text[start - 1] in " ([")


def _is_emoticon(text: str, i: int) -> bool:
    return (i > 0 and text[i - 1] in _EMOTICON_EYES) or (i > 1 and text[i - 2 : i] in (":-", ";-"))


class _Finding(NamedTuple):
    offset: int
    kind: str  # `orphan(`, `unclosed(` (and the same for `[`), or `quote`
    message: str


def _scan(text: str, carried: bool) -> tuple[list[_Finding], int | None, bool]:
    """The unbalanced marks of one paragraph (at most ``MAX_FINDINGS``); where the
    quotation it left open opens (None if it left none); whether ``carried`` is still
    unused. ``carried``: the paragraph may close a quotation opened before it (see
    ``_findings``)."""
    found: list[_Finding] = []
    depth = {"(": 0, "[": 0}
    first_open = {"(": 0, "[": 0}
    quotes = 0  # open quotations; one nested in the same marks counts too
    opened: list[int] = []  # where the open quotations open, outermost first
    for match in _MARK_RE.finditer(text):
        if len(found) >= MAX_FINDINGS:
            break
        i, mark = match.start(), match.group()
        if mark in depth:
            if _is_emoticon(text, i):
                continue
            depth[mark] += 1
            if depth[mark] == 1:
                first_open[mark] = i
        elif mark in _PAIRS:
            opener = _PAIRS[mark]
            if depth[opener]:
                depth[opener] -= 1
            elif not (_is_list_marker(text, i) or _is_emoticon(text, i)):
                message = f"closing {_NAMES[opener]} `{mark}` without an opening `{opener}`"
                found.append(_Finding(i, "orphan" + opener, message))
        else:
            if mojibake_tail(text, i):
                continue  # `(AP) â€”`: a dash's mojibake (WC501)
            role = quote_role(text, i)
            if role is None and quotes and (mark == "”" or not _inch_mark(text, i)):
                role = "close"  # after a digit, inside a quotation: `“Windows 11”`
            if role == "toggle":
                role = "close" if quotes else "open"
            if role == "open":
                quotes += 1
                opened.append(i)
            elif role == "close":
                if not quotes and carried:
                    carried = False
                elif not quotes:
                    message = f"closing quote `{mark}` without an opening one"
                    found.append(_Finding(i, "quote", message))
                quotes = max(quotes - 1, 0)
                if opened:
                    opened.pop()
    for opener, count in depth.items():
        if count:
            message = f"opening {_NAMES[opener]} `{opener}` not closed in its paragraph"
            found.append(_Finding(first_open[opener], "unclosed" + opener, message))
    return found, (opened[0] if quotes and opened else None), carried


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    # A quotation left open at the end of a paragraph goes on in the next. By convention
    # the next paragraph opens again; when it does not start with a quote mark (a block
    # quotation on a web page), its closing mark may still close the carried quotation.
    #
    # An aside that a line break cut in two (`... may have looked (` / `DNASolves.com)`) is
    # one unclosed opener at the end of a paragraph and one orphan closer at the start of
    # the next: a layout fault of the file, not a lost bracket, so neither is reported.
    #
    # A quotation that neither goes on (the next paragraph opens again) nor closes in the
    # paragraphs after it (a block quotation's closing mark) was never closed: its opening
    # mark is reported once the carry runs out, or at the end of the story.
    held: list[tuple[Paragraph, _Finding]] = []
    carry = 0  # paragraphs for which an open quotation may still close without reopening
    pending: tuple[Paragraph, _Finding] | None = None  # the quotation being carried
    for passage in passages(ctx):
        paragraph = passage.paragraph
        text = paragraph.text
        body = passage.kind == "body"
        reopens = text.startswith(_QUOTE_MARKS)
        if pending is not None and body and reopens:
            pending = None  # it goes on, the next paragraph opening again
        carried = carry > 0 and body and not reopens
        found, open_at, unused = _scan(text, carried)
        if carried and not unused:
            pending = None  # closed here
        carry = _CARRY_PARAGRAPHS if open_at is not None else carry - 1 if unused else 0
        if pending is not None and carry <= 0:
            yield _diagnostic(*pending)
            pending = None
        if open_at is not None and body and not _elided(text):
            if pending is not None:
                yield _diagnostic(*pending)
            message = f"opening quote `{text[open_at]}` never closed"
            pending = (paragraph, _Finding(open_at, "open-quote", message))
        orphans = [f for f in found if f.kind.startswith("orphan")]
        for prior_paragraph, prior in held:
            if orphans and orphans[0].kind == "orphan" + prior.kind[-1]:
                found.remove(orphans.pop(0))
                continue
            yield _diagnostic(prior_paragraph, prior)
        held = []
        for finding in found:
            if finding.kind.startswith("unclosed"):
                held.append((paragraph, finding))
            else:
                yield _diagnostic(paragraph, finding)
    for prior_paragraph, prior in held:
        yield _diagnostic(prior_paragraph, prior)
    if pending is not None:
        yield _diagnostic(*pending)


def _elided(text: str) -> bool:
    """Whether the paragraph breaks off in an ellipsis: a teaser or an excerpt cut mid-
    quotation (`“Two days ago, the crews entered the port, but...`), whose closing mark
    was cut with the rest, not lost."""
    return text.rstrip().endswith(_ELLIPSES)


_ELLIPSES = ("...", "…")


def _diagnostic(paragraph: Paragraph, finding: _Finding) -> Diagnostic:
    return span_diagnostic(RULE, paragraph, finding.offset, finding.offset + 1, finding.message)


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader meets Russian officials\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC404",
    name="unbalanced-brackets",
    severity="warning",
    summary="A parenthesis or quote mark without its partner.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "Diaz-Canel met the heads of the upper house (the Federation Council) "
                "and said Cuba's 1990s' hardships were over.\n\n"
                '"We will never forget that its people were the first to help us,\n\n'
                '"And we are grateful," he said of the country, whose 6\' 2" envoy nodded.\n'
            ),
            good=True,
        ),
        Example(
            text=(
                _HEAD + "Diaz-Canel met the heads of the upper house (the Federation Council "
                "on Friday.\n\n"
                'The trip was a success," he said after the talks in the Kremlin.\n'
            ),
            good=False,
        ),
    ),
)
