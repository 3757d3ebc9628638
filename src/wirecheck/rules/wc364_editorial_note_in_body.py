"""WC364 editorial-note-in-body: an editors' note or the slug left in the story body.

What it does
    Reports body paragraphs that open with a note for editors (`Eds:`, `Ed:`, `Note to
    editors:`, dpa's `Redaktioneller Hinweis:`) or with a wire slug (`BC-EU--Harbor-Strike`),
    and body text that contains the story's own slug or keyword from the feed header. In
    plain text the parser sets such a note aside (as `wire-code`); one that stood between
    two of the body's paragraphs is reported all the same.

Why
    Notes and slugs are instructions between the agency and the desk. In a feed they
    belong in the header (ANPA `^Eds:` lines, NewsML ``edNote``); inside the body they get
    published with the story.

Example
    ::

        STX Coalition agrees on grid fee relief =
        Eds: Adds minister's quote in 2nd paragraph.
        Berlin (dpa) - Germany's governing coalition agreed ...

Use instead
    Move the note into the header (or drop it)::

        STX Coalition agrees on grid fee relief =
        Berlin (dpa) - Germany's governing coalition agreed ...
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.feeds.checks import wire_value
from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, excerpt, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# A paragraph opening with an editors' note or an ANPA-style slug (`BC-`, `AM-`, `PM-`
# cycle, a two-letter desk code, dashes).
NOTE_RE = regex(
    r"^(?:--)?(?:Eds?|Note to editors|NOTE TO EDITORS|Redaktionelle[rn]? Hinweis(?:e)?)\s*:\s*"
    r"|^(?:AM|PM|BC|[ab][A-Z])-[A-Za-z]{2,}-[\w-]+(?:,|\s|$)"
)
# A slug worth searching for in the text: two parts or more joined by `-` or `/`.
_SLUG_RE = regex(r"^[\w.]+(?:[-/]+[\w.]+)+$")
_MIN_SLUG = 6


def _set_aside(ctx: Context) -> Iterator[Diagnostic]:
    """Notes the parser removed from between two body paragraphs: still in the file."""
    paragraphs = ctx.story.paragraphs
    if len(paragraphs) < 2:
        return
    first, last = paragraphs[0].spans[0].line, paragraphs[-1].spans[-1].line
    for removed in ctx.story.removed:
        if not (first < removed.line < last and removed.reason == "wire-code"):
            continue
        note = NOTE_RE.match(removed.text)
        if note is None or not note.group().rstrip().endswith(":"):
            continue  # a slug line between takes of archive copy is the feed's, not a slip
        raw = ctx.line_text(removed.line)
        column = len(raw) - len(raw.lstrip()) + 1
        yield RULE.diagnostic(
            removed.line,
            column,
            len(raw.rstrip()) + 1,
            f"note for editors in the body: `{excerpt(removed.text)}`",
        )


def _find(ctx: Context) -> Iterator[Diagnostic]:
    yield from _set_aside(ctx)
    story = ctx.story
    slug = wire_value(story, "slug")
    slug_re = None
    if isinstance(slug, str) and len(slug) >= _MIN_SLUG and _SLUG_RE.match(slug):
        slug_re = re.compile(rf"(?<![\w-]){re.escape(slug)}(?![\w-])")
    for paragraph in story.paragraphs:
        note = NOTE_RE.match(paragraph.text)
        if note is not None:
            yield span_diagnostic(
                RULE,
                paragraph,
                0,
                len(paragraph.text),
                f"note for editors in the body: `{excerpt(paragraph.text)}`",
            )
            continue
        found = slug_re.search(paragraph.text) if slug_re else None
        if found is not None:
            yield span_diagnostic(
                RULE,
                paragraph,
                found.start(),
                found.end(),
                f"the story's slug `{slug}` in the body",
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_find(ctx))


def _story(note: str) -> str:
    return (
        "\x01dpa0217 4 pl 32\nGermany/Energy/\n\x02Coalition agrees on grid fee relief =\n\n"
        + note
        + "Berlin (dpa) - Germany's governing coalition agreed late on Wednesday to cap the "
        "grid fees that make up almost a quarter of household electricity bills.\n"
        "\x03\n142318 GMT Mar 24\n\x04"
    )


RULE = Rule(
    code="WC364",
    name="editorial-note-in-body",
    severity="warning",
    summary="A note for editors (`Eds:`) or the story's slug left in the body.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_story(""), good=True),
        Example(text=_story("Eds: Adds minister's quote in 2nd paragraph.\n\n"), good=False),
    ),
)
