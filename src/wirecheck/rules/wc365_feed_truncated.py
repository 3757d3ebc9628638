"""WC365 feed-truncated: the feed file ends with its markup still open.

What it does
    Reports an XML feed (NITF, NewsML, NewsML-G2) that ends inside an element, a ninjs
    file that ends inside its JSON object, an SGML archive document (TREC, Reuters-21578)
    without its end tag, or an ANPA-1312 or IPTC 7901 story whose text, opened with STX,
    never closes with ETX or EOT. The story is read up to the cut (``wire.truncated`` is true), and
    the finding sits on the file's last line.

Why
    A transfer that stopped, a full disk or a copy interrupted halfway leaves a file that
    still reads as a story: a headline, a dateline, some paragraphs. Only the markup shows
    that the rest never arrived, and a story cut off mid-sentence must not be published
    or archived as complete. Unlike WC361 it needs no declared word count.

Example
    An NITF file whose copy stopped in its second paragraph::

        <nitf><body><body.head><hedline><hl1>Storm closes port</hl1></hedline>
        </body.head><body.content><p>MOMBASA, Kenya (AP) - A storm closed the port.</p>
        <p>Officials said the port would reopen on

Use instead
    Fetch the item again from the agency or the archive; keep the cut copy out of the
    repository until it is whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.feeds.checks import wire_value
from wirecheck.model import Diagnostic
from wirecheck.rules._text import line_diagnostic
from wirecheck.rules.base import Context, Example, Rule

_NAMES = {
    "nitf": "NITF",
    "newsml": "NewsML",
    "sgml": "SGML archive",
    "xml": "XML document",
    "anpa": "ANPA-1312",
    "iptc7901": "IPTC 7901",
}


def check(ctx: Context) -> Iterator[Diagnostic]:
    if wire_value(ctx.story, "truncated") is not True:
        return
    last = next((n for n in range(len(ctx.lines), 0, -1) if ctx.lines[n - 1].strip()), 1)
    fmt = _NAMES.get(ctx.story.source.format, ctx.story.source.format)
    yield line_diagnostic(
        RULE,
        ctx,
        last,
        f"the {fmt} file ends with its markup still open: it was cut short here, and the "
        "story stops at the cut",
    )


_WHOLE = (
    "<nitf><body><body.head><hedline><hl1>Storm closes port</hl1></hedline></body.head>\n"
    "<body.content><p>MOMBASA, Kenya (AP) - A storm closed the port on Tuesday.</p>\n"
    "<p>Officials said the port would reopen on Friday.</p></body.content></body></nitf>\n"
)

RULE = Rule(
    code="WC365",
    name="feed-truncated",
    severity="error",
    summary="The feed file ends with its markup still open: it was cut short.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_WHOLE, good=True),
        Example(text=_WHOLE[: _WHOLE.index(" on Friday")], good=False),
    ),
)
