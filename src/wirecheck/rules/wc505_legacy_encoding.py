"""WC505 legacy-encoding: the file is not UTF-8 and was read as Windows-1252.

What it does
    Notes a file whose bytes are not valid UTF-8, so that wirecheck fell back to reading
    it as Windows-1252 (cp1252), the encoding of legacy Windows tools and archives. This
    is information: the text was read, but the file should be converted.

Why
    Every modern feed, content system and web page expects UTF-8. A cp1252 file shows
    its accented letters, curly quotes and dashes as garbage wherever it is read as UTF-8,
    and a file that mixes the two (UTF-8 with a few cp1252 bytes pasted in) was read
    whole as cp1252, which garbles its UTF-8 part: WC501 then reports the damage.

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
from wirecheck.rules.base import Context, Example, Rule

_LEGACY = "cp1252"


# The formats whose files should be UTF-8.
_UTF8_FORMATS = frozenset({"text", "ninjs"})


def check(ctx: Context) -> Iterator[Diagnostic]:
    source = ctx.story.source
    if source.encoding != _LEGACY or source.format not in _UTF8_FORMATS:
        return
    yield RULE.diagnostic(
        1, 1, 1, "the file is not valid UTF-8: read as Windows-1252 (cp1252); save it as UTF-8"
    )


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
    summary="The file is not UTF-8 and was read as Windows-1252.",
    check=check,
    doc=__doc__ or "",
    examples=(Example(text=_TEXT, good=True), Example(text=_TEXT, good=False)),
)
