"""WC503 control-character: an invisible control character in the file's text.

What it does
    Reports C0 and C1 control characters (U+0000-U+001F, U+007F-U+009F) other than the
    tab: the framing bytes of wire transmissions (SOH, STX, ETX), escape codes, form
    feeds, the stray bytes of a mis-decoded file or a damaged transfer. Every line of a
    text file is read, the lines the parser set aside too (a damaged line often reads as
    chrome); in an ANPA or IPTC 7901 feed, only the story lines. The transmission
    framing bytes (SOH, STX, ETX, EOT) at the start or end of a line are left alone in a
    feed and in text that holds a transmission's frame (an STX and an ETX or EOT), not
    one stray byte before a page. A form feed opening a line is a page break (a word
    processor's plain text, archive copy), left alone. Control bytes inside a garbled
    word (`â\\x80\\x99`) are left to WC501 mojibake. A C1 control that is Windows-1252's
    punctuation read as Latin-1 (`Biden\\x92s`, `\\x93quoted\\x94`: a cp1252 file decoded
    as ISO-8859-1 and saved as UTF-8) is read by the parser as that punctuation, and the
    fix writes it.

Why
    Control characters are invisible in most editors but break display, search, XML and
    JSON consumers downstream. The parser already drops them from its output; the file
    still carries them.

Example
    An escape byte (ESC, U+001B) inside a word::

        MOSCOW, Nov. 2 (UPI) -- Putin met Diaz-Canel on Fri\\x1bday.

Use instead
    ::

        MOSCOW, Nov. 2 (UPI) -- Putin met Diaz-Canel on Friday.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.decode import read_c1
from wirecheck.model import Diagnostic
from wirecheck.patterns.mojibake import CONTINUATION_RE
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, damage_lines
from wirecheck.rules.base import Context, Example, Rule

_CONTROL_RE = regex("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
# The spacing controls the parser reads as a space (see ``segment``); it reads the
# information separators and NEL as stray bytes inside a word.
_READ_AS_SPACE = frozenset("\x0b\x0c")
# How far either side of a control its word is read.
_WORD_REACH = 40
_C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB "
    "CAN EM SUB ESC FS GS RS US"
).split()
# A UTF-8 lead byte read as Latin-1: C1 controls right after one are part of a garbled
# character (WC501's to report), not controls typed into the text.
_MOJIBAKE_LEAD = frozenset(chr(c) for c in range(0xC2, 0xF5))
_CONTINUATION_RE = CONTINUATION_RE
# The framing of ANPA and IPTC 7901 transmissions: start of header and of text, end of text
# and of transmission, found at the edges of a feed's lines.
_FRAMING = frozenset("\x01\x02\x03\x04")


def _name(char: str) -> str:
    code = ord(char)
    if code < len(_C0_NAMES):
        return f"U+{code:04X} {_C0_NAMES[code]}"
    return f"U+{code:04X} DEL" if code == 0x7F else f"U+{code:04X}"


def _garbled(line: str, start: int) -> bool:
    """Whether a C1 control at ``start`` is a continuation byte of a garbled character: a
    lead byte before it, perhaps with one or two continuation bytes between (`â€\x9d`,
    the `”` of a cp1252 reading whose third byte has no character)."""
    k = start
    while k > 0 and start - k < 2 and _CONTINUATION_RE.fullmatch(line[k - 1]):
        k -= 1
    return k > 0 and line[k - 1] in _MOJIBAKE_LEAD


def _left_alone(line: str, start: int, end: int, run: str, feed: bool) -> bool:
    if start and run[0] >= "\x80" and _garbled(line, start):
        return True  # part of a garbled character
    if run == "\x0c" and not line[:start].strip():
        return True  # a page break (a word processor's text, archive copy): structure
    at_edge = not line[:start].strip() or not line[end:].strip()
    return feed and at_edge and set(run) <= _FRAMING


def _framed(ctx: Context) -> bool:
    """A feed, or text that holds a transmission's frame: its framing bytes are no damage."""
    if ctx.story.wire is not None:
        return True
    opened = any("\x02" in line for line in ctx.lines)
    return opened and any("\x03" in line or "\x04" in line for line in ctx.lines)


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    numbers = damage_lines(ctx, _CONTROL_RE)
    if not numbers:
        return  # most files: no control byte, and no frame to look for
    feed = _framed(ctx)
    for number in numbers:
        line = ctx.line_text(number)
        as_read = read_c1(line)  # the line as the parser reads it: one character for one
        for match in _CONTROL_RE.finditer(line):
            start = match.start()
            if _left_alone(line, start, match.end(), match.group(), feed):
                continue
            run = match.group()
            names = ", ".join(dict.fromkeys(_name(c) for c in run))
            read = as_read[start : match.end()]
            if _CONTROL_RE.search(read) is None:
                # `Biden\x92s`: Windows-1252 punctuation read as Latin-1, restored.
                yield RULE.diagnostic(
                    number,
                    start + 1,
                    match.end() + 1,
                    f"control character ({names}): Windows-1252 `{read}` read as Latin-1",
                    (read,),
                )
                continue
            yield RULE.diagnostic(
                number,
                start + 1,
                match.end() + 1,
                f"control character ({names})",
                (_replacement(line, start, match.end(), run),),
            )


def _replacement(line: str, start: int, end: int, run: str) -> str:
    """What the run should be: nothing, or a space where a spacing control stands between
    two words; deleted, the two words would run together.

    A vertical tab or a form feed, which the parser reads as a space, is a space between
    two words (`a new\x0bfootbridge`). An information separator or a NEL, which the parser
    reads as a stray byte inside a word, is a space only between two words the dictionary
    knows apart but not joined, or before a capital (`talks\x1fended`, `said\x85Ozawa`).
    Between two pieces of one word the dictionary knows (`exp\x1fected`, other stray
    controls in the word too: `c\x07l\x85assic`), or of a name (`Hill\x85enkamp`), it is
    damage: deleted."""
    before = line[start - 1 : start]
    after = line[end : end + 1]
    if not (run.isspace() and before.strip() and after.strip()):
        return ""
    if not (before.isalpha() and after.isalpha()):
        return " "
    from wirecheck.spelling.tables import lexicon  # only for a control between letters

    left, right = _pieces(line, start, end)
    known = lexicon().known
    if known((left + right).lower()):
        return ""
    if set(run) <= _READ_AS_SPACE or right[:1].isupper():
        return " "
    return " " if known(left.lower()) and known(right.lower()) else ""


def _pieces(line: str, start: int, end: int) -> tuple[str, str]:
    """The letters either side of ``line[start:end]`` up to the word's ends, without the
    word's other control characters."""
    lo = start
    floor = max(0, start - _WORD_REACH)  # no word is longer: a long run costs no more
    while lo > floor and (line[lo - 1].isalpha() or _CONTROL_RE.match(line[lo - 1])):
        lo -= 1
    hi = end
    ceiling = min(len(line), end + _WORD_REACH)
    while hi < ceiling and (line[hi].isalpha() or _CONTROL_RE.match(line[hi])):
        hi += 1
    return _CONTROL_RE.sub("", line[lo:start]), _CONTROL_RE.sub("", line[end:hi])


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader visits Moscow\n\n"
_BODY = "MOSCOW, Nov. 2 (UPI) -- Putin met Diaz-Canel in the Kremlin on Friday, TASS said.\n"

RULE = Rule(
    code="WC503",
    name="control-character",
    severity="warning",
    summary="An invisible control character in the file's text.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_HEAD + _BODY, good=True),
        Example(text=_HEAD + _BODY.replace("Friday", "Fri\x1bday"), good=False),
    ),
    fixable=True,
)
