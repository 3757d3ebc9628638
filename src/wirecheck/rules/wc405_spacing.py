"""WC405 spacing: a double space inside a sentence, a space before punctuation, or none after.

What it does
    Reads the headline and body lines as written (the parsed text has its spacing
    normalised) and reports two spaces between words inside a sentence (`met  with`),
    spaces before a comma, full stop, colon, semicolon, question or exclamation mark
    (`Moscow ,`, `next year .`; a comma or semicolon with a space before it and none
    after, `President ,George`, gets its space moved) or a possessive (`Kotaku 's`,
    what a web page's inline markup leaves when saved as text; not the Dutch
    `in ’s Gravenhage`), and a full stop,
    comma or semicolon with no space before the next word (`Moscow.The`,
    `Putin,Diaz-Canel`; not in a web address), and a space after the hyphen of a
    capitalised compound whose two words English pairs (`Secretary- General`, a
    line-break hyphen the text kept; not a suspended hyphen, `pre- and post-war`,
    `10- to 15-year`). A mark with
    letters on a side that are no known word and no name (`in,cumbent`: a speck read as
    a comma) is reported without a fix: a space would make one word two. Left alone:
    two spaces after the end of a sentence (an old typing convention some desks keep),
    indentation and trailing spaces, ellipses (`and ...`, AP's spaced `. . .`, `... ?`),
    a decimal or a domain (`a .45 pistol`, `.com`), initials (`U.S.Army`), lines laid
    out as a table (a tab, three spaces or more in a row, or columns two spaces apart)
    and the lines next to them (a table's header, its narrowest row); but a line of
    prose (twelve words or more, ending a sentence) whose only wide gaps (up to four)
    sit between words in small letters is reported, without a fix: a dash an export
    dropped left its spaces there (`a quarter of a point   the sixth such move`). Also
    left alone: lines in French
    typography (`« »`), and the dateline, whose house forms are the dateline rules'
    concern (AFP's archive wrote `KIGALI, April 28 , 1997 (AFP) -`).

Why
    Stray spaces are left by edits (a word cut out, a clause moved). They show up in
    print and online as gaps or as punctuation wrapped onto the next line.

Example
    ::

        Putin met  Diaz-Canel in Moscow , the Kremlin said.

Use instead
    ::

        Putin met Diaz-Canel in Moscow, the Kremlin said.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import (
    capped,
    is_english,
    text_lines,
    word_bounds,
)
from wirecheck.rules.base import Context, Example, Rule

_DOUBLE_SPACE_RE = regex(r"(?<=\S)  (?=\S)")
# A sentence's or clause's mark run into the next word: `collapse.The`, `easily,Perera`
# (after two lowercase letters, so `U.S.Army`, `Mr.Smith` and `3.5` are not read); a
# full stop after a number or a percentage before a capitalised word (`rose 12%.The`,
# `won 3-2.The`; `3.5` and `No.5` are not read).
# The mark first, its lookbehind after: the search then skips ahead to the marks in C.
_NO_SPACE_AFTER_RE = regex(
    r"[.?!](?<=[a-z]{2}[.?!])(?=[A-Z][a-z])|\.(?<=[0-9%]\.)(?=[A-Z][a-z]{2})"
    r"|[,;](?<=[a-z]{2}[,;])(?=[A-Za-z]{2})"
)
# What a line must hold for that to match: most lines of prose have none.
_NO_SPACE_HINT_RE = regex(r"[.?!,;][A-Za-z]")
_ADDRESS_MARKS = ("/", "@", "www", "http", "://")
# The letters on either side of such a mark (an apostrophe inside them kept: `don't,but`).
_LEFT_WORD_RE = regex(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*$")
_RIGHT_WORD_RE = regex(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_EMOTICON_MOUTHS = (")", "(", "-)", "-(", "]", "[")
_SPACE_BEFORE_RE = regex(r"(?<=\S)( +)([,.;:!?])(?=[\s\"”’')\]]|$)")
_SPACE_BEFORE_HINT_RE = regex(r" [,.;:!?]")
# A comma or semicolon whose space went to its wrong side, between two words
# (`President ,George`): the space moves after the mark. Not a full stop (`a .45`, `.com`).
_SPACE_SWAPPED_RE = regex(r"(?<=[^\W\d_])( +)([,;])(?=[^\W\d_])")
# A space between a word and its `'s` (`Kotaku 's Top 12`, `The Changeling ’s Problem`):
# what a web page's inline markup leaves when it is saved as text, or a slip. Not the
# Dutch article (`’s-Hertogenbosch`, `in ’s Gravenhage`) nor a quoted letter (`'s'`).
_SPACED_POSSESSIVE_RE = regex(r"(?<=[^\W\d_])( +)(['’]s)(?=[\s,.;:!?\"”)\]]|$)")
_SPACED_POSSESSIVE_HINT_RE = regex(r" ['’]s")
# A short lower-case word before `’s` and a capital after it: the Dutch article, as in
# `in ’s Gravenhage`, `van ’s Hertogenbosch`.
_DUTCH_LEAD_MAX = 3
# A line with a tab or a run of three spaces between its words is laid out in columns
# (results, tables); a tab or spaces before the first word are only an indent (NYT copy).
_LAYOUT_RE = regex(r"\S[ \t]*(?:\t| {3})[ \t]*\S")


def _laid_out(line: str) -> bool:
    """Whether ``_LAYOUT_RE`` finds columns in ``line``; every match holds a tab or three
    spaces, so a line with neither (nearly every line) is spared the scan."""
    return ("\t" in line or "   " in line) and _LAYOUT_RE.search(line) is not None


_FRENCH_MARKS = ("«", "»")
_SENTENCE_END = frozenset(".!?:")
_CLOSERS = frozenset("\"”’')]")
# After an ellipsis a space before punctuation is the ellipsis's own (`do ... ?`, `. . .`).
_ELLIPSIS_ENDS = (".", "…")
_WORD_WINDOW = 40


# Three spaces or more between two words in small letters, where a dash stood: text
# exported with its dashes dropped keeps the spaces around them (`a quarter of a point
# the sixth such move`). A paragraph on one line has a few such gaps; a table's row
# has more, or figures and capitals beside them.
_WIDE_GAP_RE = regex(r"(?<=[a-z,])( {3,})(?=[a-z])")
_LOST_DASH_MIN_WORDS = 12
_LOST_DASH_MAX_GAPS = 4


def _lost_dashes(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    """Wide gaps in a line of prose (not a table's): a dash lost there, reported with no
    fix (the dash's kind is unknown, and it may be a word that went)."""
    if "\t" in line or "   " not in line:
        return
    body = line[start:].rstrip()
    if len(body.split()) < _LOST_DASH_MIN_WORDS or body[-1:] not in '.!?"”’':
        return
    gaps = list(_WIDE_GAP_RE.finditer(line, start))
    # Every wide gap of the line is such a gap: a column's gap after a figure is a table.
    if not gaps or len(gaps) > _LOST_DASH_MAX_GAPS or len(gaps) != line.count("   ", start):
        return
    for gap in gaps:
        word = _word_before(line, gap.start())
        yield RULE.diagnostic(
            number,
            gap.start() + 1,
            gap.end() + 1,
            f"{len(gap.group(1))} spaces after `{word}` inside a sentence: a dash lost here?",
        )


def _after_sentence_end(line: str, space: int) -> bool:
    j = space - 1
    while j > 0 and line[j] in _CLOSERS:
        j -= 1
    return line[j] in _SENTENCE_END


def _spaced_ellipsis(line: str, after: int) -> bool:
    """Whether the full stop ending at ``after`` opens a spaced ellipsis (`2018 . . .`)."""
    return line[after : after + 2] == " ."


def _word_before(line: str, end: int) -> str:
    """The word before ``end``, for the message (a bounded look back: lines may be huge)."""
    words = line[max(0, end - _WORD_WINDOW) : end].rsplit(maxsplit=1)
    return words[-1] if words else ""


def _double_spaces(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    for match in _DOUBLE_SPACE_RE.finditer(line, start):
        if _after_sentence_end(line, match.start()):
            continue
        word = _word_before(line, match.start())
        yield RULE.diagnostic(
            number, match.start() + 1, match.end() + 1, f"double space after `{word}`", (" ",)
        )


def _spaces_before_marks(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    for match in _SPACE_BEFORE_RE.finditer(line, start):
        mark = match.group(2)
        word = _word_before(line, match.start())
        if word.endswith(_ELLIPSIS_ENDS) or (mark == "." and _spaced_ellipsis(line, match.end())):
            continue
        if mark in ":;" and line.startswith(_EMOTICON_MOUTHS, match.end()):
            continue  # an emoticon, `smiley :)`, its space its own
        yield RULE.diagnostic(
            number,
            match.start() + 1,
            match.end() + 1,
            f"space before `{mark}` after `{word}`",
            (mark,),
        )


def _swapped_spaces(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    for match in _SPACE_SWAPPED_RE.finditer(line, start):
        mark = match.group(2)
        word = _word_before(line, match.start())
        yield RULE.diagnostic(
            number,
            match.start() + 1,
            match.end() + 1,
            f"space before `{mark}` after `{word}` and none after it",
            (mark + " ",),
        )


def _spaced_possessives(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    for match in _SPACED_POSSESSIVE_RE.finditer(line, start):
        word = _word_before(line, match.start())
        after = line[match.end() + 1 : match.end() + 2]
        if word.islower() and len(word) <= _DUTCH_LEAD_MAX and after.isupper():
            continue
        yield RULE.diagnostic(
            number,
            match.start() + 1,
            match.end() + 1,
            f"space before `{match.group(2)}` after `{word}`",
            (match.group(2),),
        )


# A space after the hyphen of a capitalised compound (`Secretary- General`,
# `Vice- President`): a line-break hyphen the text kept when its lines were joined. Not a
# suspended hyphen (`pre- and post-war`, `10- to 15-year`: the word after is in small
# letters or a figure), and not the line's first word, where a dateline's dash stands
# (`Moscow- The`).
_SPACED_HYPHEN_RE = regex(r"(?<![\w-])([A-Z][a-z]+)- +([A-Z][a-z]+)(?!\w)")
_SPACED_HYPHEN_HINT_RE = regex(r"[a-z]- +[A-Z]")


def _spaced_hyphens(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    """Capitalised compounds split after their hyphen, where the two words are a pair
    English writes together (the bigram list knows `secretary general`, not `battle
    rhyme`): a title's separator (`Rap Battle- Rhyme Anima`) is left alone."""
    from wirecheck.spelling.tables import lexicon

    first = len(line) - len(line[start:].lstrip())
    for match in _SPACED_HYPHEN_RE.finditer(line, start):
        left, right = match.group(1), match.group(2)
        if match.start() == first or not lexicon().bigram(left.lower(), right.lower()):
            continue
        yield RULE.diagnostic(
            number,
            match.start() + 1,
            match.end() + 1,
            f"space after the hyphen of `{left}-{right}`",
            (f"{left}-{right}",),
        )


def _merged(first: Iterator[Diagnostic], second: Iterator[Diagnostic]) -> Iterator[Diagnostic]:
    """Two column-ordered streams in column order, ``first`` first on a tie, lazily (a huge
    line stops being searched at the findings cap). ``heapq.merge`` does the same but costs
    every command ~0.3 ms to import."""
    a, b = next(first, None), next(second, None)
    while a is not None and b is not None:
        if b.column < a.column:
            yield b
            b = next(second, None)
        else:
            yield a
            a = next(first, None)
    if a is not None:
        yield a
        yield from first
    if b is not None:
        yield b
        yield from second


def _side_is_word(side: str) -> bool:
    """Whether the letters on one side of a mark stand as a word: a capitalised one (a
    name), or one the dictionary knows (with a possessive or contraction taken off)."""
    if not side or any(c.isupper() for c in side):
        return True  # a digit or a sign beside the mark (`12%.The`), or a name
    from wirecheck.spelling.check import bases  # the word tables only when needed
    from wirecheck.spelling.tables import lexicon

    known = lexicon().known
    return any(known(form) for form in bases(side.replace("\u2019", "'")))


def _odd_side(line: str, start: int, end: int) -> str | None:
    """The side of the mark at ``line[start:end]`` that is no word, if one is: a space
    there would split a word (`in,cumbent`) rather than two words (`said,and`)."""
    before = _LEFT_WORD_RE.search(line, max(0, start - _WORD_WINDOW), start)
    after = _RIGHT_WORD_RE.match(line, end)
    for side in (before, after):
        if side is not None and not _side_is_word(side.group()):
            return side.group()
    return None


def _missing_spaces(number: int, line: str, start: int) -> Iterator[Diagnostic]:
    for match in _NO_SPACE_AFTER_RE.finditer(line, start):
        lo, hi = word_bounds(line, match.start(), match.end(), window=_WORD_WINDOW)
        token = line[lo:hi]
        if any(mark in token for mark in _ADDRESS_MARKS):
            continue  # `example.com/News`, `@user.Name`: an address, not a sentence
        mark = match.group()
        if mark == ";" and "&" in token:
            continue  # `&amp;nbsp;es`: the end of an HTML reference (WC506's to report)
        message = f"no space after `{mark}` in `{token}`"
        odd = _odd_side(line, match.start(), match.end())
        if odd is not None:
            # `in,cumbent`: a speck inside a word (OCR), which a space would make two.
            yield RULE.diagnostic(
                number,
                match.start() + 1,
                match.end() + 1,
                f"{message} (`{odd}` is no known word: a stray mark inside a word?)",
            )
            continue
        yield RULE.diagnostic(number, match.start() + 1, match.end() + 1, message, (mark + " ",))


# A record of comma-separated values (`id,headline,body`): two commas or more with no
# space after them, on the line beside it too (a quoted field may hold `, `).
_RECORD_COMMAS = 2
_UNSPACED_COMMA_RE = regex(r",(?=\S)")


def _commas(line: str) -> int:
    return len(_UNSPACED_COMMA_RE.findall(line)) if "," in line else 0


def _record(ctx: Context, number: int, line: str) -> bool:
    return _commas(line) >= _RECORD_COMMAS and any(
        _commas(ctx.line_text(n)) >= _RECORD_COMMAS for n in (number - 1, number + 1)
    )


def _line_findings(
    number: int, line: str, start: int, record: bool = False, justified: bool = False
) -> Iterator[Diagnostic]:
    """Findings on one input line, from 0-based column ``start`` on, in column order;
    ``justified``: a neighbour line is spaced out too (justified text, no lost dash)."""
    if _laid_out(line):
        if not justified:
            yield from _lost_dashes(number, line, start)
        return
    if any(mark in line for mark in _FRENCH_MARKS):
        return
    # Only the searches the line can feed are merged: most lines feed none.
    streams = []
    if "  " in line:
        streams.append(_double_spaces(number, line, start))
    if _SPACE_BEFORE_HINT_RE.search(line, start):
        streams.append(_spaces_before_marks(number, line, start))
        streams.append(_swapped_spaces(number, line, start))
    if _NO_SPACE_HINT_RE.search(line, start) and not record:
        streams.append(_missing_spaces(number, line, start))
    if _SPACED_POSSESSIVE_HINT_RE.search(line, start):
        streams.append(_spaced_possessives(number, line, start))
    if _SPACED_HYPHEN_HINT_RE.search(line, start):
        streams.append(_spaced_hyphens(number, line, start))
    if streams:
        yield from reduce(_merged, streams)


# Gaps of two spaces that make a line a table's row (`Team  W  L  Pct`): more than a
# slip or two in a sentence.
_ROW_GAPS = 3


def _gaps(line: str) -> int:
    return len(_DOUBLE_SPACE_RE.findall(line))


def _in_table(ctx: Context, number: int, line: str) -> bool:
    """Whether the line belongs to a table, whose double spaces line its columns up: a
    line next to it is laid out in columns (it is then the header or the narrowest row,
    `GP  W  D  L` over `Liverpool      12  9  2`), or its gaps make it a row, alone or
    with a neighbour's (`Team  W  L  Pct` over `Harbor City  80  62  .563`)."""
    neighbours = [ctx.line_text(n) for n in (number - 1, number + 1)]
    if any(_laid_out(n) for n in neighbours):
        return True
    gaps = _gaps(line)
    if gaps >= _ROW_GAPS or (gaps >= 2 and any(_gaps(n) >= 2 for n in neighbours)):
        return True
    # A gap ending where a neighbour's ends lines up a column: a linescore's rows
    # (`Minnesota  000 110 000` over `Cleveland  010 003 00x`).
    ends = _gap_ends(line)
    return any(ends & _gap_ends(n) for n in neighbours)


def _gap_ends(line: str) -> set[int]:
    return {m.end() for m in _DOUBLE_SPACE_RE.finditer(line)} if "  " in line else set()


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for number, line, start in text_lines(ctx):
        if "  " in line and _in_table(ctx, number, line):
            continue
        record = "," in line and _record(ctx, number, line)
        # Justified text (a PDF's) spaces out its lines alike; a lost dash stands alone.
        justified = "   " in line and any(
            "   " in ctx.line_text(n).strip() for n in (number - 1, number + 1)
        )
        yield from _line_findings(number, line, start, record, justified)


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Putin meets Cuban leader\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC405",
    name="spacing",
    severity="warning",
    summary="A double space inside a sentence, a space before punctuation, or none after.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "Putin met Diaz-Canel in Moscow, the Kremlin said.  The talks went on "
                "... for hours.\n"
            ),
            good=True,
        ),
        Example(
            text=_HEAD + "Putin met  Diaz-Canel in Moscow , the Kremlin said.\n",
            good=False,
        ),
    ),
    fixable=True,
)
