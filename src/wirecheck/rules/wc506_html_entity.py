"""WC506 html-entity: an HTML character reference written out in the text (`&nbsp;`).

What it does
    Reports, on headline, body and caption lines and in the dateline, HTML character
    references that stand in the text as written: named ones (`&amp;`, `&nbsp;`, `&rsquo;`,
    `&mdash;`, any of HTML's) and numbered ones (`&#8217;`, `&#x2014;`). The suggestion is
    the character the reference stands for (a no-break space as a plain space). Left alone:
    a reference inside a web address (`?a=1&amp;b=2`), a name HTML does not know (`&Co;`), a
    line of HTML source (one that holds a tag, `<p>...</p>`: there `&lt;` and `&amp;` are
    its escapes, which `fix` would turn into markup), and the markup of agency feeds, whose
    own escapes the feed reader has already read; there the check reads the plain-text
    formats only (text files, ANPA, IPTC 7901).

Why
    A reference in the text is markup escaped twice: a content system or an export turned
    `&` into `&amp;` on text that was already HTML. Readers see `&rsquo;` where an
    apostrophe belongs, and search and spell checkers see a word (`nbsp`).

Example
    ::

        Putin met Diaz-Canel&nbsp;in Moscow, the Kremlin&rsquo;s press office said.

Use instead
    ::

        Putin met Diaz-Canel in Moscow, the Kremlin’s press office said.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.patterns.boilerplate import HTML_REFERENCE_RE
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, character_lines
from wirecheck.rules.base import Context, Example, Rule

# Inside a web address `&amp;` is how a page writes the address: not the text's damage.
_URL_CHARS = ("://", "?", "=", "www.")
# Formats whose lines are the story as written; in XML and JSON the lines are markup.
_PLAIN_FORMATS = frozenset({"text", "anpa", "iptc7901"})
# What a reference to a space-like character is fixed to.
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u202f")


def _character(reference: str) -> str | None:
    """The text ``reference`` stands for, or None for a name HTML does not know or a
    number that is no character."""
    import html  # only lines holding a reference need it

    text = html.unescape(reference)
    if text == reference or not text or text == "\ufffd":
        return None
    return " " if text in _SPACES else text


def _in_address(line: str, start: int) -> bool:
    """Whether the reference at ``start`` sits in a web address (its token holds `?`, `=`
    or `://` before it)."""
    token_start = max(line.rfind(" ", 0, start), line.rfind("\t", 0, start)) + 1
    token = line[token_start:start]
    return any(mark in token for mark in _URL_CHARS)


# An HTML tag: `<p>`, `</em>`, `<a href="...">`.
_TAG_RE = regex(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")


def _ranges(ctx: Context) -> Iterator[tuple[int, str, int, int]]:
    """(line number, line, start, end) of each stretch of story text, the dateline's
    included: `MOSCOW, Nov. 2 (UPI) &mdash;` is the same double escape as one in the text,
    and no dateline rule reads it (the parser takes the reference for the dash)."""
    starts = {number: (line, start) for number, line, start in character_lines(ctx)}
    dateline = ctx.story.dateline
    if dateline is not None and dateline.line > 0:
        line, start = starts.get(dateline.line, (ctx.line_text(dateline.line), -1))
        end = start if start >= 0 else len(line)
        if end > 0:
            yield dateline.line, line, 0, end
    for number, (line, start) in starts.items():
        yield number, line, start, len(line)


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    if ctx.story.source.format not in _PLAIN_FORMATS:
        return
    for number, line, start, end in _ranges(ctx):
        if "&" not in line or ("<" in line and _TAG_RE.search(line)):
            continue  # a line of HTML source holds its references by design
        for match in HTML_REFERENCE_RE.finditer(line, start, end):
            reference = match.group()
            character = _character(reference)
            if character is None or _in_address(line, match.start()):
                continue
            shown = "a space" if character == " " else f"`{character}`"
            yield RULE.diagnostic(
                number,
                match.start() + 1,
                match.end() + 1,
                f"HTML reference `{reference}` written out in the text: {shown}",
                (character,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC506",
    name="html-entity",
    severity="warning",
    summary="An HTML character reference written out in the text (`&nbsp;`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEAD + "Putin met Diaz-Canel in Moscow, the Kremlin’s press office said.\n",
            good=True,
        ),
        Example(
            text=_HEAD
            + "Putin met Diaz-Canel&nbsp;in Moscow, the Kremlin&rsquo;s press office said.\n",
            good=False,
        ),
    ),
    fixable=True,
)
