"""WC505 legacy-encoding: the file, or part of it, is not UTF-8 and was read as a legacy one.

What it does
    Notes a file whose bytes are not valid UTF-8, so that wirecheck fell back to reading
    it as Windows-1252 (cp1252), the encoding of legacy Windows tools and archives. This
    is information: the text was read, but the file should be converted. A file whose
    text reads clearly better as Mac Roman (old Mac newsroom systems: `donÕt`, `ÒyesÓ`
    read as Windows-1252) is read as Mac Roman and noted so.

    A UTF-8 file with some bytes that are not (a paragraph pasted from a cp1252 file: a
    lone `\xe9` or `\x93` among ASCII letters) is read as UTF-8, those bytes as
    Windows-1252, and each line that holds them is reported at the first. What is left of
    a UTF-8 character that lost a byte is not read so: it becomes U+FFFD (WC502). A file
    mostly in Windows-1252 with some UTF-8 characters in it (or their mojibake, which is
    UTF-8's bytes) is read the same way and noted once.

Why
    Every modern feed, content system and web page expects UTF-8. A cp1252 file shows
    its accented letters, curly quotes and dashes as garbage wherever it is read as UTF-8,
    and a file that mixes the two breaks the tool after wirecheck that reads it strictly
    as UTF-8, or shows those characters as `\ufffd`.

    Only plain text and ninjs (JSON, UTF-8 by its standard) are noted. IPTC 7901 is
    Latin-1 by its standard, an XML feed declares its encoding, and ANPA and SGML archives
    are read as the agency sent them: their files are what they should be.

Example
    A story saved by a legacy editor: `caf\\xe9` and `\\x93quoted\\x94` as single bytes.

Use instead
    The same text saved as UTF-8 (`iconv -f cp1252 -t utf-8`, or "Save as UTF-8").
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules._text import capped
from wirecheck.rules.base import Context, Example, Rule

_LEGACY = "cp1252"
# The single-byte encodings a whole file is read in, as the notes name them.
_WHOLE_FILE = {_LEGACY: "Windows-1252 (cp1252)", "mac_roman": "Mac Roman"}


# The formats whose files should be UTF-8.
_UTF8_FORMATS = frozenset({"text", "ninjs"})


def _mixed(ctx: Context) -> Iterator[Diagnostic]:
    reported: set[int] = set()
    for line, column in ctx.legacy:
        if line in reported:
            continue
        reported.add(line)
        read = ctx.line_text(line)[column - 1 : column]
        yield RULE.diagnostic(
            line,
            column,
            column + 1,
            f"a byte that is not UTF-8, read as Windows-1252 (`{read}`): this line was pasted"
            " from a file in another encoding; save it as UTF-8",
        )


def check(ctx: Context) -> Iterator[Diagnostic]:
    source = ctx.story.source
    if source.format not in _UTF8_FORMATS:
        return
    if source.encoding == _LEGACY and ctx.legacy:
        yield RULE.diagnostic(
            1,
            1,
            1,
            "the file mixes encodings: read as Windows-1252 (cp1252), its UTF-8 characters as"
            " UTF-8; save it as UTF-8",
        )
    elif source.encoding in _WHOLE_FILE:
        yield RULE.diagnostic(
            1,
            1,
            1,
            f"the file is not valid UTF-8: read as {_WHOLE_FILE[source.encoding]}; save it as"
            " UTF-8",
        )
    elif ctx.legacy:
        yield from capped(_mixed(ctx))


# The docs test parses the bad example's text encoded as cp1252 bytes (what a legacy
# editor writes), the good one as UTF-8.
_TEXT = (
    "Cuban leader visits Moscow\n\n"
    "MOSCOW, Nov. 2 (UPI) -- Diaz-Canel met Putin in a Kremlin café on Friday, “a day "
    "of friends,” TASS said.\n"
)

RULE = Rule(
    code="WC505",
    name="legacy-encoding",
    severity="info",
    summary="The file, or some of its lines, is not UTF-8 and was read as Windows-1252.",
    check=check,
    doc=__doc__ or "",
    examples=(Example(text=_TEXT, good=True), Example(text=_TEXT, good=False)),
)
