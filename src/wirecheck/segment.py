"""Lines to units: the candidate paragraphs that the classifier labels.

Two layouts reach us. Web copy has one paragraph per line. Archive and feed copy is
hard-wrapped at 60-80 columns, and a paragraph starts at a blank line or an indented line.
We decide per document which layout it is, then join wrapped lines into one unit, keeping
for every piece of unit text its position in the input (``model.Span``) so that rules can
report line and column.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from wirecheck.byline import opens_byline
from wirecheck.dateline import match_dateline, placed
from wirecheck.decode import STRAY_CONTROL_RE, read_c1
from wirecheck.model import Paragraph, Removed, Span
from wirecheck.patterns.boilerplate import (
    WIRE_CODE_RE,
    inline_close,
    inline_read_more,
    page_number,
    running_head,
    source_note,
)
from wirecheck.patterns.credits import CREDIT_TAIL_RE, inline_credit
from wirecheck.regexes import regex

# A run of anything but whitespace, where the separator controls (U+001C-U+001F) and NEL
# (U+0085), which Python counts as whitespace, are stray bytes inside a word, dropped and
# the parts glued as for any other control character (`Pu\x1ftin` is `Putin`).
_TOKEN_RE = regex("[^\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
# ANPA marks header lines (headline, byline, `Eds:` notes) with a caret: `^By JOHN MARSH`.
# Copy whose control characters were stripped still carries it.
_ANPA_MARK_RE = regex(r"\^(?=\w)")

# A hard-wrapped document has most of its long lines within a narrow band of widths.
# Archive wire copy wraps at 60-80 columns; web copy lines are whole paragraphs, so their
# lengths spread from a few characters to thousands.
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_WIDTH = 100
_WRAP_SHARE = 0.8
# Wrap widths vary a little within one story (tools wrap at 64-72); a next word that would
# have fitted within this many columns still counts as not fitting.
_WRAP_SLACK = 4
# The share of long lines ending a sentence above which lines are paragraphs, not wraps.
_ONE_LINE_PARAGRAPHS = 0.75
_UNCARRIED_ONE_LINE_PARAGRAPHS = 0.5
# Longest lines that stand apart from the wrapped ones (a headline over a short story).
_LONE_LONG_LINES = 2
# A line this share of the wrap width long, cut off mid-sentence, was wrapped.
_SURE_WRAP_SHARE = 0.75
# The least indent that opens a paragraph in archive copy (a tab counts as more).
_MIN_OPENER_INDENT = 2
_SENTENCE_ENDS = (".", "?", "!", ":", ";", '"', "'", "”", "’", ")")


class Unit:
    """A candidate paragraph: one line (web layout) or several wrapped lines.

    A plain class, read-only by convention: a dataclass costs ~0.5 ms of every command's
    start-up to create (it compiles its methods); nothing compares or hashes units."""

    # ``text`` is the paragraph's, kept as an attribute: the parser reads it about a dozen
    # times a unit, and a property costs a call each time.
    __slots__ = (
        "blank_after",
        "blank_before",
        "furniture",
        "indent",
        "index",
        "lines",
        "paragraph",
        "text",
    )

    def __init__(
        self,
        index: int,
        lines: tuple[int, ...],
        paragraph: Paragraph,
        indent: int,
        blank_before: bool,
        blank_after: bool,
        furniture: bool = False,
    ) -> None:
        self.index = index
        self.lines = lines
        self.paragraph = paragraph
        self.text = paragraph.text
        self.indent = indent
        self.blank_before = blank_before
        self.blank_after = blank_after
        # A printed page's furniture between a wrapped story's lines (``_furniture``): its
        # place tells what a bare number (`7`) alone cannot.
        self.furniture = furniture

    def __repr__(self) -> str:
        return (
            f"Unit(index={self.index!r}, lines={self.lines!r}, paragraph={self.paragraph!r}, "
            f"indent={self.indent!r}, blank_before={self.blank_before!r}, "
            f"blank_after={self.blank_after!r}, furniture={self.furniture!r})"
        )

    @property
    def first_line(self) -> int:
        return self.lines[0]


def line_pieces(raw: str, controls: bool = True) -> list[tuple[str, int, bool]]:
    """The words of a line: (text, 0-based column, glued to the previous piece).

    Stray control characters are dropped; the parts of a word they split stay one word
    (``glued``) but get their own column, so positions stay exact. A C1 control that is
    Windows-1252 punctuation read as Latin-1 is read as that punctuation (``read_c1``).
    ``controls`` false says the line holds none (the caller searched it), and no word is
    searched again.
    """
    pieces: list[tuple[str, int, bool]] = []
    # An ANPA header line closes with `<`, `=` or `=<` (blanks after them or not): its
    # caret is the mark whatever follows it (`^$210 lobster is found dead<`).
    caret = raw.lstrip().startswith("^")
    closed = caret and raw.rstrip().endswith(("<", "="))
    for match in _TOKEN_RE.finditer(raw):
        word, col = match.group(), match.start()
        if not pieces and (_ANPA_MARK_RE.match(word) or (closed and len(word) > 1)):
            # `^Storm batters coast`: ANPA's header-line mark, not part of the text.
            word, col = word[1:], col + 1
        if not (controls and STRAY_CONTROL_RE.search(word)):
            pieces.append((word, col, False))
            continue
        word = read_c1(word)  # `Biden\x92s`: cp1252's `’`, one for one
        if not STRAY_CONTROL_RE.search(word):
            pieces.append((word, col, False))
            continue
        glued = False
        pos = 0
        for part in STRAY_CONTROL_RE.split(word):
            if part:
                idx = word.index(part, pos)
                pieces.append((part, col + idx, glued))
                glued = True
                pos = idx + len(part)
    if pieces and closed:
        # `^By JANE ROE=<`, `^By JANE ROE= `: the close marks are no text either.
        word, col, glued = pieces.pop()
        if word.rstrip("=<"):
            pieces.append((word.rstrip("=<"), col, glued))
    return pieces


def build_paragraph(lines: list[tuple[int, str]], controls: bool = True) -> Paragraph:
    """Join input lines (number, raw text) into one whitespace-normalised paragraph.

    ``controls`` false: the caller found no stray control character in any of the lines."""
    if len(lines) == 1:
        number, raw = lines[0]
        # Most web-copy lines are already single-spaced and clean: one span covers them
        # (what the loop below finds too, one word at a time).
        if (
            raw
            and " ".join(raw.split()) == raw
            and not (controls and STRAY_CONTROL_RE.search(raw))
            and not raw.startswith("^")
        ):
            return Paragraph(text=raw, spans=(Span(start=0, line=number, column=1),))
    text_parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for number, raw in lines:
        prev_end = -2  # column just past the previous piece on this line
        for n, (word, col, glued) in enumerate(line_pieces(raw, controls)):
            if n == 0 and text_parts and _hyphen_wrapped(text_parts[-1], word):
                glued = True  # `state-` + `owned`: the line was broken at the hyphen
            elif n == 0 and len(text_parts) == 1 and _drop_cap(text_parts[0], word):
                glued = True  # `I` / `n Greyfield, ...`: a page's drop cap on its own line
            if text_parts and not glued:
                text_parts.append(" ")
                offset += 1
            # The current span goes on only while text and input advance together.
            if col != prev_end + (0 if glued else 1):
                spans.append(Span(start=offset, line=number, column=col + 1))
            text_parts.append(word)
            offset += len(word)
            prev_end = col + len(word)
    if not spans:
        spans.append(Span(start=0, line=lines[0][0] if lines else 1, column=1))
    return Paragraph(text="".join(text_parts), spans=tuple(spans))


def _dropped_letter(first: str, word: str) -> bool:
    """A paragraph's first letter set apart as a drop cap on a line of its own, the
    paragraph going on in small letters on the next (`I` over `n Greyfield, ...`)."""
    return len(first) == 1 and first.isupper() and first.isalpha() and word[:1].islower()


def cut_close(paragraphs: list[Paragraph], removed: list[Removed]) -> Removed | None:
    """Move a sign-off or end mark run into the last paragraph (`... said. PTI SK RDS`,
    `... next year. (ANI)`, `... it said. REUTER`, `... in total.—Agencies`) to
    ``removed``, as on a line of its own, and so the helpers' credit before it (`...
    reported. (Writing by Jane Roe, Editing by John Doe)`). Its line is then held by the
    body and by ``removed``, each with its own part. Returns the credit cut, if any."""
    credit = None
    # A teaser's `read more` comes last of all, after any sign-off.
    finds = (
        ("boilerplate", inline_read_more),
        ("wire-code", inline_close),
        ("credit", inline_credit),
    )
    for reason, find in finds:
        last = paragraphs[-1]
        at = find(last.text)
        if at is None or not last.text[:at].strip():
            continue
        keep = last.text[:at].rstrip()
        tail = last.text[at:].lstrip()
        line, _ = last.locate(len(last.text) - len(tail))
        spans = tuple(s for s in last.spans if s.start < len(keep))
        paragraphs[-1] = Paragraph(text=keep, spans=spans)
        removed.append(Removed(line=line, text=tail, reason=reason))
        if reason == "credit":
            credit = removed[-1]
    return credit


def _drop_cap(first: str, word: str) -> bool:
    """Whether a drop cap joins the word after it with no space: its word's rest is on the
    next line (`I` + `n Greyfield`). `A`, `I` and `O` are words too: `I` over `have just
    returned` is the word, and the letter joins only a rest that makes a common word with
    it (`A` + `fter`, `A` + `bout`, `I` + `ran's`), not `A` + `new`."""
    if not _dropped_letter(first, word):
        return False
    if first not in _ONE_LETTER_WORDS:
        return True
    end = 0
    while end < len(word) and word[end].isalpha() and word[end].islower():
        end += 1
    letters = word[:end]
    from wirecheck.spelling.tables import lexicon  # only such a drop cap pays for the lists

    joined, lex = (first + letters).lower(), lexicon()
    return lex.known(joined) and lex.frequency(joined) >= _DROP_CAP_WORD_CLASS


_ONE_LETTER_WORDS = frozenset("AIO")
# How common the joined word must be to win over the letter as a word: `About`, `Amid`,
# `Iran`, `Orange` join; `anew` does not (`A` / `new bridge` is `A new bridge`), and a
# joined word no list knows never does (`A` / `man walked`, `I` / `have`).
_DROP_CAP_WORD_CLASS = 14


# A compound's hyphen ends a wrapped line (`state-` / `owned`): the halves are one word.
# Not a suspended hyphen (`pre- and post-war`), nor a dash (` - `, `--`).
_HYPHEN_END_RE = regex(r"(?<=[^\W\d_])-$")
_SUSPENDED_AFTER = frozenset({"and", "or", "nor", "to", "&"})


def _hyphen_wrapped(before: str, word: str) -> bool:
    if before.endswith("\u00ad"):
        # A soft hyphen is where a word may break, and a line that ends on one broke it
        # there (`concentra\u00ad` / `tor`): one word, whatever comes next.
        return word[:1].isalpha()
    if word[:1].isdigit():
        # A range broken at its hyphen (`20-` / `30 percent`, `2025-` / `26 season`).
        return before[-2:-1].isdigit() and before[-1] == "-" and before[0] != "-"  # not `-0-`
    return (
        word[:1].isalpha()
        and bool(_HYPHEN_END_RE.search(before))
        and word.rstrip(",;.").casefold() not in _SUSPENDED_AFTER
    )


def clean_line(raw: str) -> str:
    """A line as it appears in output: single-spaced, control characters dropped."""
    return build_paragraph([(1, raw)]).text


# A page break in archive copy: a form feed, vertical tab or NEL (U+0085) at a line's start,
# or on a line of its own. It is no indent, and no break between two lines of a paragraph.
_PAGE_BREAKS = "\f\v\x85"


def _page_break(raw: str) -> bool:
    return any(mark in raw for mark in _PAGE_BREAKS)


def _unbroken(raw: str) -> str:
    """``raw`` without the page breaks opening it."""
    return raw.lstrip(_PAGE_BREAKS) if raw and raw[0] in _PAGE_BREAKS else raw


def _indent(raw: str) -> int:
    # Safe before ``_unbroken``: the page breaks are whitespace, so a line that does not
    # open with whitespace has none to drop and no indent (most lines).
    if not raw[:1].isspace():
        return 0
    raw = _unbroken(raw)
    if not raw[:1].isspace():
        return 0
    expanded = raw.expandtabs(8)
    return len(expanded) - len(expanded.lstrip())


def _visible(raw: str, controls: bool = True) -> str:
    shown = (STRAY_CONTROL_RE.sub("", read_c1(raw)) if controls else raw).strip()
    # The ANPA caret is a mark, not text: `^Eds: ...` and `^By ...` stand alone as their
    # lines do without it (a headline must not take them in as its wrapped end).
    return shown[1:] if shown.startswith("^") and _ANPA_MARK_RE.match(shown) else shown


def _end_column(raw: str, shown: str, *, tab: int = 8) -> int:
    """The column a line's text ends at, its indent counted: what a wrapping tool measures
    against the wrap width (a paragraph's indented first line holds fewer words).

    Tools disagree on a leading tab: `fmt` takes it to column 8, Python's `textwrap` counts
    it as one column. The wrap width is read with ``tab=1`` (the shorter reading, so that
    tab-indented first lines do not raise it) and lines are joined with ``tab=8`` (the
    longer, so that such a first line counts as full).
    """
    if not shown:
        return 0
    if not raw[:1].isspace():
        return len(shown)  # no indent to measure (page breaks are whitespace: none to drop)
    raw = _unbroken(raw)
    return len(raw[: len(raw) - len(raw.lstrip())].expandtabs(tab)) + len(shown)


def _wrap_width(visible: list[str], ends: list[int]) -> int | None:
    """The wrap column of a hard-wrapped document, or None for one-line paragraphs.

    Takes the lines' visible text (``_visible``) and end columns (``_end_column``),
    computed once per line.
    """
    lengths = [end for v, end in zip(visible, ends, strict=True) if len(v) >= 20]
    if len(lengths) < 4:
        return None
    # Consecutive non-blank lines are what wrapping produces; web copy rarely has them
    # except in menus, whose lines are short.
    paired = sum(1 for a, b in itertools.pairwise(visible) if len(a) >= _WRAP_MIN_WIDTH and b)
    if paired < len(lengths) * 0.3:
        return None
    lengths.sort()
    top = int(len(lengths) * 0.9)
    # Wrapped lines bunch just under the wrap column. In a short story the top tenth can
    # be one longer line, a headline or a dek set above the wrapped text: a longest line
    # standing apart from the rest is passed over.
    for _ in range(_LONE_LONG_LINES):
        if top == 0 or lengths[top] - lengths[top - 1] <= _WRAP_SLACK:
            break
        top -= 1
    width = lengths[top]
    if not (_WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH):
        return None
    banded = sum(1 for n in lengths if n <= width + 2)
    if banded / len(lengths) < _WRAP_SHARE:
        return None
    # Wrapping cuts lines wherever the column falls, mostly mid-sentence. Lines of that
    # length that nearly all end a sentence are short paragraphs, one a line (web copy
    # with no blank lines between them), unless indents mark where paragraphs open (in
    # archive copy of one-line paragraphs, the few longer ones are still wrapped).
    rows = range(len(visible))
    pairs = [(a, b) for a, b in itertools.pairwise(rows) if visible[a] and visible[b]]
    indents = {ends[i] - len(visible[i]) for pair in pairs for i in pair}
    full = [
        (visible[a], visible[b]) for a, b in pairs if len(visible[a]) >= width * _SURE_WRAP_SHARE
    ]
    if len(indents) != 1 or not full:
        return width
    ended = sum(a.endswith(_SENTENCE_ENDS) for a, _ in full)
    if ended >= _ONE_LINE_PARAGRAPHS * len(full):
        return None
    # A wrap cut mid-sentence mostly leaves a lowercase word to open the next line. With
    # not one such line, a headline or a link line (no full stop) among a few one-line
    # paragraphs is no sign of wrapping, and half the lines ending a sentence is enough.
    carried = any(not a.endswith(_SENTENCE_ENDS) and b[:1].islower() for a, b in full)
    if not carried and ended >= _UNCARRIED_ONE_LINE_PARAGRAPHS * len(full):
        return None
    return width


# The tail lines under a story's last paragraph: its helpers (`(Reporting by ...; Editing
# by ...)`), Bloomberg's reporter contact and assistance credit. Wire copy sets each on a
# line of its own, however much room the paragraph's last line left.
_TAIL_OPENERS = ("(", "Reporting", "Additional", "Writing", "Editing", "Edited", "Compiled",
                 "Translated", "With", "To contact", "--", "By ", "BY ")  # fmt: skip
_CONTACT_TAIL_RE = regex(
    r"(?:to contact the (?:reporters?|writers?|editors?)\b|-{0,2}\s*with (?:additional )?"
    r"assistance (?:from|by)\b)",
    re.IGNORECASE,
)


# The marks a list's item opens with. A page of headlines sets each story's heading as
# one (`• Ferry cuts sailings` over its dated lede); the mark is no word of the heading.
BULLETS = "•▪"


def unbulleted(text: str) -> str:
    """``text`` without a list's bullet and the spaces after it (`• Heading` -> `Heading`)."""
    return text[1:].lstrip() if text[:1] in BULLETS else text


def _stands_alone(text: str) -> bool:
    """A line that never continues the paragraph above it, however that one ends: a wire
    code or trailer (`REUTER`, `MORE`), a byline (`By JOHN MARSH` under a headline), a
    bulleted item, a note of the copy's source (`Source: AFP`), or a story's tail line
    (`(Reporting by ...)`)."""
    if WIRE_CODE_RE.match(text) or text[:1] in BULLETS:  # a bullet opens a list's item
        return True
    if source_note(text):  # `Source: VNA` under the last paragraph, wrapped or not
        return True
    if not text.startswith(_TAIL_OPENERS):
        return False
    if text.startswith(("By ", "BY ")) and opens_byline(text):
        return True
    return bool(CREDIT_TAIL_RE.match(text) or _CONTACT_TAIL_RE.match(text))


def _unwrapped_stop(end: int, text: str, width: int) -> bool:
    """Whether a line ends a sentence well past the wrap width: no wrap cut it, so it is a
    whole paragraph set on one line (a page's dek over hard-wrapped copy), and the line
    under it opens the next. Measured with a tab as one column, as the width is, and with
    a margin no wrapped line's long word or tab-set indent reaches."""
    return end > width * _UNWRAPPED_SHARE and _stops(text)


# A line this many times the wrap width long or longer was set on one line, not wrapped.
_UNWRAPPED_SHARE = 1.25


def _continues(prev_end: int, raw: str, next_text: str, width: int, base_indent: int) -> bool:
    """Whether wrapped line ``raw`` (visible text ``next_text``) continues the paragraph
    whose last line ends at column ``prev_end``."""
    indent = _indent(raw)
    if indent > base_indent:
        return False  # an indented line opens a paragraph in archive copy
    if indent < base_indent:
        return False  # so does a line outdented from its indented continuations
    if _stands_alone(next_text):
        return False
    words = next_text.split(maxsplit=2)
    first_word = words[0] if words else ""
    if first_word in _SPACED_QUOTES and len(words) > 1:
        # French sets a space inside its quotation marks (`« jamais vu »`): the mark and
        # the word after it were one piece for the line that could not fit them.
        first_word = f"{first_word} {words[1]}"
    # A wrapped line ends because the next word did not fit. If it would have fitted, the
    # line ended on purpose: a heading, a byline, a list item, a paragraph end.
    return prev_end + 1 + len(first_word) > width - _WRAP_SLACK


# Opening quotation marks French and other typography set apart from their first word.
_SPACED_QUOTES = frozenset("«»„“‹›")


# Words no sentence, heading or list item ends on: a line that stops on one was cut by a
# wrap, however short it is (wire archives wrapped at uneven widths: `It is hard to imagine
# a more ardent supporter of` over `term limits than ...`).
_DANGLING_WORDS = frozenset(
    "a an the of to for from with by at in on into onto and or nor but than that "
    "whose which who whom its their his her our your my".split()
)


def _dangling(lines: list[str], visible: list[str], prev: int, i: int, base_indent: int) -> bool:
    """Whether line ``prev``, however short, was cut by a wrap and line ``i``, indented no
    deeper, carries it on: it stops on a word no line ends on and line ``i`` opens in
    small letters; or, set at the continuations' indent (no heading over the text), it
    stops on such a word, or stops mid-sentence over a line opening in small letters
    (an archive's first line, its dateline cut away: `  Mounting trade friction between
    the` over `  U.S. And Japan has ...`), when it holds words in small letters, as a
    sentence does, and line ``i`` is as long as a wrapped line is or, opening in small
    letters, ends a sentence, as a paragraph's last line does (`... index fell 1.3` over
    `percent to 2,498.16 points.`, a page's unevenly wrapped copy where the cut word would
    have fitted)."""
    if _indent(lines[i]) > base_indent or _stands_alone(visible[i]):
        return False
    last = visible[prev].rsplit(maxsplit=1)[-1]
    first = visible[i].split(maxsplit=1)[0]
    if last in _DANGLING_WORDS and _lowercase_word(first):
        return True
    if (
        _indent(lines[prev]) != base_indent
        or (last.endswith(_SENTENCE_ENDS) and not _plural_possessive(last))
        # A wrapped line, or its paragraph's last going on in small letters to end the
        # sentence (`percent to 2,498.16 points.` under `... index fell 1.3`); no page's
        # button (`facebook`), nor a link's words a page set on a line of their own.
        or (
            len(visible[i]) < _WRAP_MIN_WIDTH
            and not (_stops(visible[i]) and _lowercase_word(first))
        )
        or not any(_lowercase_word(word) for word in visible[prev].split())
    ):
        return False
    return last in _DANGLING_WORDS or (
        _lowercase_word(first) and first.rstrip(".,:;") not in _FURNITURE_OPENERS
    )


def _plural_possessive(word: str) -> bool:
    """A plural's possessive (`Philippines’`, `workers'`): its apostrophe, a closing
    quotation mark's twin, ends no sentence; the noun it owns follows."""
    return len(word) > 2 and word[-1] in "’'" and word[-2] == "s" and word[-3].isalpha()


def _continuation_indent(lines: list[str], visible: list[str], ends: list[int], width: int) -> int:
    """The indent of the lines that continue a wrapped paragraph.

    A line that follows a long one cut off mid-sentence (no closing punctuation; headings
    and bylines are short) is surely a continuation, and the commonest indent of those is
    the answer. In copy of short paragraphs most lines are indented openers (`   The
    Senate voted ...`), so counting all lines would take the openers' indent for the
    continuations'. Without such lines, the lower quartile of all indents.
    """
    sure = Counter(
        _indent(lines[i])
        for i in range(1, len(lines))
        if visible[i]
        and ends[i - 1] >= width * _SURE_WRAP_SHARE
        and not visible[i - 1].endswith(_SENTENCE_ENDS)
    )
    if sure:
        return sure.most_common(1)[0][0]
    indents = sorted(_indent(raw) for raw, shown in zip(lines, visible, strict=True) if shown)
    return indents[len(indents) // 4] if indents else 0


def _cut_under_indent(lines: list[str], visible: list[str], opener: int, i: int) -> bool:
    """Without a wrap width (a story too short to show one), whether line ``i`` continues
    the paragraph that line ``opener`` opened with an indent: the line above it is long
    and stops mid-sentence, and line ``i`` is not indented and may continue one. Web copy
    has no indents, so this only reads archive copy (`   WASHINGTON (UPI) -- THE SENATE
    ... WOULD` over `RAISE PRICE SUPPORTS ...`)."""
    above = visible[i - 1]
    text = visible[i]
    # The tests are pure and total, so their order is free: the cheap length test first.
    return (
        len(above) >= _WRAP_MIN_WIDTH
        and _indent(lines[opener]) >= _MIN_OPENER_INDENT
        and _indent(lines[i]) == 0
        and not above.endswith(_SENTENCE_ENDS)
        and not _stands_alone(text)
    )


# Lowercase words that open a page's furniture under a headline, not a sentence's rest:
# `updated 5 min ago`, `by Jane Roe`, `photo: Reuters`.
_FURNITURE_OPENERS = frozenset(
    "updated published posted last by via photo photos image images source credit video "
    "watch read listen share follow advertisement sponsored reporting editing".split()
)


def _lowercase_word(word: str) -> bool:
    """A word in lowercase letters, punctuation after it allowed: not `uMobix`, `5d`."""
    letters = word.rstrip(".,;:!?\"'”’)")
    return letters.isalpha() and letters.islower()


# Words that open the second line of a headline set over two (`Tea farmers in Yunnan turn`
# / `to live-streaming to sell harvest`): a preposition or a conjunction, lower case.
_HEAD_CARRIERS = frozenset(
    "to in on of for as at after over amid with from into and but than despite before "
    "against about under across".split()
)
_HEAD_MIN_WORDS = 3


def _headline_carried_on(visible: list[str], i: int) -> bool:
    """Whether line ``i`` is the second line of a two-line block of its own, a headline
    broken in two (narrow copy: a PDF column, a mail): it opens with a preposition or a
    conjunction in lower case, and neither line ends as a sentence does."""
    above, line = visible[i - 1], visible[i]
    return (
        (i == 1 or not visible[i - 2])
        and (i + 1 == len(visible) or not visible[i + 1])
        and len(above.split()) >= _HEAD_MIN_WORDS
        and line.split(maxsplit=1)[0] in _HEAD_CARRIERS
        and not above.endswith((*_SENTENCE_ENDS, ":", ","))
        and not line.endswith(_SENTENCE_ENDS)
    )


# A table's row: three fields or more set apart by runs of three spaces or more, or tabs,
# each a figure or a few words (`Arsenal          13   9   3`). Justified or laid-out prose
# has gaps too, between long runs of words.
_TABLE_GAP_RE = regex(r"(?: {3,}|\t+) *")
_TABLE_MIN_FIELDS = 3
_TABLE_FIELD_MAX_WORDS = 3
_TABLE_HEADER_MAX_CHARS = 4


def _table_row(text: str) -> bool:
    if "   " not in text and "\t" not in text:
        return False
    fields = [f for f in _TABLE_GAP_RE.split(text.strip()) if f]
    if len(fields) < _TABLE_MIN_FIELDS or any(
        len(f.split()) > _TABLE_FIELD_MAX_WORDS for f in fields
    ):
        return False
    # Tabs inside a line set fields apart; runs of spaces do in a table with figures in
    # half the fields (`Arsenal  13  9`) or a header of abbreviations (`GP  W  D  L`), but
    # a justified line's gaps fall between words too (`against   cuts   to`).
    if "\t" in text.strip():
        return True
    figures = sum(1 for f in fields if any(c.isdigit() for c in f))
    return 2 * figures >= len(fields) or all(len(f) <= _TABLE_HEADER_MAX_CHARS for f in fields)


def _carried_on(lines: list[str], visible: list[str], i: int) -> bool:
    """Without a wrap width (a paragraph or two, too few lines to show one), whether line
    ``i`` carries on the sentence of the long line above it, cut off mid-sentence: it
    opens with a lowercase word, indented no deeper (`... fewer orders in August than` over
    `expected. Orders fell ...`, a one-paragraph IPTC 7901 brief)."""
    above = visible[i - 1]
    first = visible[i].split(maxsplit=1)[0]
    if len(above) < _WRAP_MIN_WIDTH:
        if i > 1 and visible[i - 2]:
            return False  # no headline's second line: the line above is no block's first
        return _headline_carried_on(visible, i) and _indent(lines[i]) <= _indent(lines[i - 1])
    return (
        len(above) >= _WRAP_MIN_WIDTH
        and not above.endswith(_SENTENCE_ENDS)
        and _lowercase_word(first)
        and first.rstrip(".,:;") not in _FURNITURE_OPENERS
        and _indent(lines[i]) <= _indent(lines[i - 1])
        # `by Xinhua writers Li Ming, Wang Fang` under a headline opens a byline
        and not (first == "by" and opens_byline(visible[i]))
    )


# A comma inside a closing quotation mark (`... over darkness,"` over `Abbott said.`) ends
# no sentence: the words that say who spoke follow.
_COMMA_QUOTE_ENDS = tuple(f",{mark}" for mark in "\"'”’")
_COMMA_ENDS = (",", *_COMMA_QUOTE_ENDS)


def _stops(text: str) -> bool:
    """Whether a line ends as a sentence (or a heading's colon) does."""
    return text.endswith(_SENTENCE_ENDS) and not text.endswith(_COMMA_QUOTE_ENDS)


def _dated(text: str) -> bool:
    """Whether a line opens with an agency's or a dated dateline: a lede's first line,
    never a heading (`Melbourne, Oct 22 (PTI) Australian Prime Minister Tony`)."""
    match = match_dateline(text)
    return match is not None and placed(match)


def _prose(text: str) -> bool:
    """Whether a line holds a word in small letters, as a sentence does (a heading in
    capitals, a name or a list of names holds none)."""
    return any(_lowercase_word(word) for word in text.split())


def _cut_mid_sentence(text: str) -> bool:
    """A line of prose as long as a wrapped one that stops with no sentence's end."""
    return len(text) >= _WRAP_MIN_WIDTH and not _stops(text) and _prose(text)


def _lower_carry(above: str, text: str) -> bool:
    """Line ``text`` carries on in small letters the sentence line ``above`` stopped in,
    as a wrapped line does: long, or ending its paragraph. Web copy of one line a
    paragraph hardly shows it (a menu's `sweating` under a link is short and stops not)."""
    first = text.split(maxsplit=1)[0]
    return (
        _cut_mid_sentence(above)
        and _lowercase_word(first)
        and first.rstrip(".,:;") not in _FURNITURE_OPENERS
        and (len(text) >= _WRAP_MIN_WIDTH or _stops(text))
        # A list's items open alike (a shop's `lululemon Align™ ... $118 USD` lines).
        and first != above.split(maxsplit=1)[0]
    )


def _run_carries(visible: list[str], gap: int) -> list[int]:
    """For each line, how many lowercase carries (``_lower_carry``) the run that holds it
    shows: its lines set ``gap`` blank lines apart (none in single-spaced copy, one in
    double-spaced)."""
    counts = [0] * len(visible)
    shown = [i for i, text in enumerate(visible) if text]
    run: list[int] = []
    for i in [*shown, -1]:
        if run and i - run[-1] == gap + 1:
            run.append(i)
            continue
        found = sum(_lower_carry(visible[a], visible[b]) for a, b in itertools.pairwise(run))
        for j in run:
            counts[j] = found
        run = [i]
    return counts


# Words no sentence and no heading ends on: articles, possessives, conjunctions. A line
# that stops on one goes on, whatever letter the next opens with. Prepositions may end a
# heading (`What the shops are running short of`) or a verb's particle may (`... as
# actors' strike wears on`): a line stopping on one is no surer a cut than another.
_CLOSED_DANGLING_WORDS = frozenset("a an the and or nor but than its their his our your my".split())


def _wrapped_on(
    lines: list[str], visible: list[str], prev: int, i: int, carries: int, mid: bool
) -> bool:
    """Without a wrap width (copy wrapped unevenly, as PTI's web pages print it, or too
    short to show one), whether line ``i`` carries on line ``prev`` right above it,
    which stops mid-sentence, when ``i`` opens in a capital (`... Prime Minister Tony`
    over `Abbott has greeted ...`).

    It does when that line stops on a word no heading ends on (`... in Gallipoli in
    the` over `First World War, ...`). A heading or a subhead stops mid-sentence as a
    cut line does, with a capital opening the line under it, so otherwise the run of
    lines must show its wrapping (``carries``) and the line be a lede's first, dated,
    inside a paragraph already (``mid``), or end on a comma, which ends no heading
    (`... storms come in,"` over `Menon said.`). A dateline opens a lede, never a line
    carried on."""
    above = visible[prev]
    if len(above) < _WRAP_MIN_WIDTH or _stops(above) or not _joinable(lines, visible, prev, i):
        return False
    if carries and (mid or above.endswith(_COMMA_ENDS) or _dated(above)):
        return True  # a lede's first line may hold no small letter (`... Minister Tony`)
    return _prose(above) and above.rsplit(maxsplit=1)[-1] in _CLOSED_DANGLING_WORDS


def _joinable(lines: list[str], visible: list[str], prev: int, i: int) -> bool:
    """Whether line ``i`` may carry on line ``prev`` at all: it is indented no deeper,
    stands not alone (a byline, a tail), opens no page's furniture (`Updated ...`) and
    no dateline, which opens a lede."""
    text = visible[i]
    return not (
        _indent(lines[i]) > _indent(lines[prev])
        or _stands_alone(text)
        or text.split(maxsplit=1)[0].lower().rstrip(".,:;") in _FURNITURE_OPENERS
        or _dated(text)
    )


# Lowercase carries over one blank line that show a run of lines so spaced is wrapped
# copy: web copy's paragraphs, a blank line apart too, carry a sentence over one now and
# then (a page splits it at a link: `... Shop more from Acme here` / `and explore ...`).
_SPACED_RUN_CARRIES = 2


def _spaced_on(
    lines: list[str], visible: list[str], prev: int, i: int, carries: int, mid: bool
) -> bool:
    """Without a wrap width, whether line ``i`` carries on line ``prev`` over the one
    blank line between them (copy double-spaced, a blank line under every wrapped line
    and paragraphs apart by no more): ``prev`` stops mid-sentence and ``i`` goes on in
    small letters (`... Senior Chinese leaders` over `and nearly 1,000 local people
    ...`), or stops on a word no line ends on (`... held here on` over `Tuesday evening
    ...`), where the run of lines so spaced shows such carries more than once
    (``carries``; a page's tags end on `a` as well).

    Where the run shows them, ``i`` goes on in a capital too when ``prev`` is a lede's
    first line, dated, or lies inside a paragraph already (``mid``), as single-spaced
    copy's does (``_wrapped_on``): a name cut by the wrap (`... said that Prime` over
    `Minister Olen Varga is ...`). A line of a page's own, a caption or a subhead
    stopping as a cut line does, is a paragraph of one line there."""
    if (
        carries < _SPACED_RUN_CARRIES
        or not _cut_mid_sentence(visible[prev])
        or not _joinable(lines, visible, prev, i)
    ):
        return False
    first = visible[i].split(maxsplit=1)[0]
    if first == "by" and opens_byline(visible[i]):
        return False  # `by Xinhua writers Li Ming, Wang Fang` under a headline
    return (
        mid
        or _dated(visible[prev])
        or _lower_carry(visible[prev], visible[i])
        or visible[prev].rsplit(maxsplit=1)[-1] in _DANGLING_WORDS
    )


# Double-spaced copy (a word processor's, or text pasted with a blank line after every
# line): wrapped lines one blank line apart, paragraphs two or more. It holds at least this
# many single gaps, a wider one, and hardly a line set right under another.
_SPACED_MIN_GAPS = 4
_SPACED_ADJACENT_SHARE = 0.25


def _single_gap(visible: list[str], i: int) -> bool:
    """Whether line ``i`` is one blank line between two that are not."""
    return 0 < i < len(visible) - 1 and not visible[i] and bool(visible[i - 1] and visible[i + 1])


def _double_spaced(visible: list[str]) -> bool:
    single = wider = adjacent = 0
    for i in range(1, len(visible)):
        if not visible[i]:
            continue
        if visible[i - 1]:
            adjacent += 1
        elif i >= 2 and visible[i - 2]:
            single += 1
        elif i >= 2:
            wider += 1
    return single >= _SPACED_MIN_GAPS and wider > 0 and adjacent <= _SPACED_ADJACENT_SHARE * single


# A bare page number (`7`): up to this many digits alone on a line.
_BARE_PAGE_NUMBER_MAX = 3
# How many blank lines may stand between a bare page number and the break or furniture it
# touches (pdftotext sets one or two around a page's foot).
_BARE_PAGE_NUMBER_GAP = 2


def _furniture(lines: list[str], visible: list[str]) -> set[int]:
    """The lines of a printed page's furniture in text taken out of a PDF: its number
    (`Page 1 of 2`, or a bare `7` where the page breaks), and a running head beside it that
    dates the page (`Valley Courier-Post - November 3, 2026`)."""
    found: set[int] = set()
    seen: dict[str, bool] = {}  # pages repeat their lines: each text is tested once
    bare: list[int] = []
    for i, text in enumerate(visible):
        if not text:
            continue
        if len(text) <= _BARE_PAGE_NUMBER_MAX and text.isascii() and text.isdigit():
            bare.append(i)
            continue
        hit = seen.get(text)
        if hit is None:
            hit = seen[text] = page_number(text)
        if hit:
            found.update(_with_running_heads(visible, i))
    # A number alone on a line is agate's or a table's as often: it is the page's only
    # where it touches the page's break or its other furniture (read after all of that).
    for i in bare:
        if _touches_page_break(lines, visible, found, i):
            found.update(_with_running_heads(visible, i))
    return found


def _with_running_heads(visible: list[str], i: int) -> list[int]:
    """Page-number line ``i`` and the running heads on the lines beside it."""
    return [i] + [j for j in (i - 1, i + 1) if 0 <= j < len(visible) and running_head(visible[j])]


def _touches_page_break(lines: list[str], visible: list[str], found: set[int], i: int) -> bool:
    """Whether line ``i`` holds a page break, or has one (or a line of the page's furniture)
    next to it, a blank line or two between them allowed."""
    if _page_break(lines[i]):
        return True
    for step in (-1, 1):
        j = i + step
        gap = 0
        while 0 <= j < len(lines) and not visible[j] and not _page_break(lines[j]):
            if gap == _BARE_PAGE_NUMBER_GAP:
                break
            gap += 1
            j += step
        if 0 <= j < len(lines) and (_page_break(lines[j]) or j in found):
            return True
    return False


def _above_page_break(
    lines: list[str], visible: list[str], furniture: set[int], i: int
) -> tuple[int, bool]:
    """The line a paragraph of wrapped copy may go on from to line ``i``, and whether blank
    lines stand between them.

    A page break between two lines does not end the paragraph, nor does a printed page's
    number and running head, nor the blank lines a PDF's text sets around them: all of that
    is passed over. Blank lines with no break or furniture among them end the paragraph
    (the line above ``i`` is returned, a blank one)."""
    prev = i - 1
    blank = crossed = False
    while prev >= 0 and (not visible[prev] or prev in furniture):
        if prev in furniture or _page_break(lines[prev]):
            crossed = True
        else:
            blank = True
        prev -= 1
    if blank and not crossed:
        return i - 1, False
    return prev, blank


def _carried_over(before: str, after: str) -> bool:
    """Whether a paragraph goes on over a page break with blank lines around it: the line
    before it stops mid-sentence, or the line after it opens in lower case. (Without blank
    lines the break is read as any line end is.)"""
    return not before.endswith(_SENTENCE_ENDS) or after[:1].islower()


def segment(lines: list[str]) -> list[Unit]:
    """Group the decoded input lines into units."""
    # Stray control characters are rare: one search of the whole input (the class excludes
    # the newline, so a match there is a match in a line) spares every line and word its
    # own search and substitution, which find nothing when this finds nothing.
    controls = STRAY_CONTROL_RE.search("\n".join(lines)) is not None
    visible = [_visible(raw, controls) for raw in lines]
    ends = [_end_column(raw, shown) for raw, shown in zip(lines, visible, strict=True)]
    # Only a tab makes the two readings differ; most copy has none.
    narrow = (
        [_end_column(raw, shown, tab=1) for raw, shown in zip(lines, visible, strict=True)]
        if any("\t" in raw for raw in lines)
        else ends
    )
    furniture = _furniture(lines, visible)
    # A printout's address lines are no measure of the text's wrap.
    width = _wrap_width(
        [v if i not in furniture else "" for i, v in enumerate(visible)] if furniture else visible,
        narrow,
    )
    groups: list[list[int]] = []  # 0-based line indexes
    spaced = False
    if width is None and _double_spaced(visible):
        # Read without its single blank lines, double-spaced copy is wrapped copy.
        keep = [i for i in range(len(lines)) if visible[i] or not _single_gap(visible, i)]
        width = _wrap_width([visible[i] for i in keep], [narrow[i] for i in keep])
        if width is not None:
            spaced = True
            base_indent = _continuation_indent(
                [lines[i] for i in keep], [visible[i] for i in keep], [ends[i] for i in keep], width
            )
    elif width is not None:
        base_indent = _continuation_indent(lines, visible, ends, width)
    if width is None:
        furniture = set()  # one-line paragraphs: a page number is a unit of its own anyway
        carries = _run_carries(visible, 0)
        spaced_carries = _run_carries(visible, 1)
    text_group: list[int] | None = None  # the last group of story lines (not furniture)
    for i, raw in enumerate(lines):
        if not visible[i]:
            continue
        if i in furniture:
            groups.append([i])  # a unit of its own, and no end to the paragraph around it
            continue
        prev = i - 1
        gapped = False  # a page's furniture and blank lines around it lie above line i
        if width is not None and spaced:
            # A page break between two lines of wrapped copy does not end the paragraph,
            # nor does a printed page's number and running head, nor the one blank line
            # of double-spaced copy.
            while prev >= 0 and (not visible[prev] or prev in furniture):
                if prev in furniture or _page_break(lines[prev]):
                    prev -= 1
                elif prev >= 1 and visible[prev - 1]:
                    prev -= 1
                    break
                else:
                    break
        elif width is not None:
            prev, gapped = _above_page_break(lines, visible, furniture, i)
        if (
            width is None
            and text_group is not None
            and text_group[-1] == i - 2
            and _single_gap(visible, i - 1)
            and not (_table_row(visible[i]) or _table_row(visible[i - 2]))
            and _spaced_on(lines, visible, i - 2, i, spaced_carries[i], len(text_group) > 1)
        ):
            text_group.append(i)  # one blank line under a wrapped line of double-spaced copy
            continue
        if text_group is not None and text_group[-1] == prev:
            if _table_row(visible[i]) or _table_row(visible[prev]):
                joined = False  # a table's rows, however evenly long, are lines of their own
            elif len(text_group) == 1 and _dropped_letter(visible[prev], visible[i]):
                joined = True  # a drop cap on a line of its own: the paragraph's first letter
            elif gapped and not _carried_over(visible[prev], visible[i]):
                joined = False  # the page ended with its paragraph
            elif width is not None and _unwrapped_stop(narrow[prev], visible[prev], width):
                joined = False  # a paragraph on one line, longer than the wrap, ended
            elif width is not None:
                joined = _continues(
                    ends[prev], _unbroken(raw), visible[i], width, base_indent
                ) or _dangling(lines, visible, prev, i, base_indent)
            else:
                joined = (
                    _cut_under_indent(lines, visible, text_group[0], i)
                    or _carried_on(lines, visible, i)
                    or _wrapped_on(lines, visible, prev, i, carries[i], len(text_group) > 1)
                )
            if joined:
                text_group.append(i)
                continue
        text_group = [i]
        groups.append(text_group)
    units: list[Unit] = []
    final = len(lines) - 1
    for index, group in enumerate(groups):
        first, last = group[0], group[-1]
        numbered = [(i + 1, lines[i]) for i in group]
        units.append(
            Unit(
                index,
                tuple(i + 1 for i in group) if len(group) > 1 else (first + 1,),
                build_paragraph(numbered, controls),
                _indent(lines[first]),
                first == 0 or not visible[first - 1],
                last == final or not visible[last + 1],
                furniture=first in furniture,
            )
        )
    return units
