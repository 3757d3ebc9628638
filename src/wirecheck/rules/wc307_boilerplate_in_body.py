"""WC307 boilerplate-in-body: site or wire boilerplate inside the story body.

What it does
    Reports site boilerplate inside the story, from its lede (the body's first sentence of
    15 words or more, past a dek or a caption the body may open with) to its last
    sentence (past teasers the body may close with): lines
    of chrome (`Advertisement`, `Share this article`, `Follow us on X`), and the same kind
    of phrase run into a paragraph (`... on Friday. Story continues
    below advertisement`). A whole line of chrome is left out of the parsed story, and the
    message says so; a phrase inside a paragraph stays in its text. Wire conventions
    inside a body (`(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)`, take markers) are
    instructions to editors, not site chrome, and are left to the wire rules. A line that
    links another story (`RELATED ...`, `Read more: <headline>`) is the story's related
    link, which the parser keeps in `related`: it is not reported.

Why
    Copy taken from a web page or a feed carries the page's furniture with it. Inside
    the body it reaches readers, search indexes and archives as if it were the story.

Example
    ::

        Russia may provide a $43 million credit to Cuba.

        Advertisement

        Diaz-Canel also met the prime minister. Story continues below advertisement

Use instead
    ::

        Russia may provide a $43 million credit to Cuba.

        Diaz-Canel also met the prime minister.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecheck.classify import embed_signature
from wirecheck.model import Diagnostic, Story
from wirecheck.patterns.boilerplate import chrome_sentence, is_chrome_phrase, is_social_menu
from wirecheck.rules._text import capped, excerpt, line_diagnostic, rare_pattern, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# Boilerplate phrases that web pages and feeds run into the text of a paragraph. Each is
# a phrase no news prose uses in its own words; all are bounded, so the search is linear.
# (Whole lines of chrome are matched with the parser's own patterns in `patterns`.)
INLINE_BOILERPLATE_RE = rare_pattern(
    r"\b(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?\b"
    r"|\bcontinue reading (?:below|the main story)\b"
    r"|\b(?:advertisement - )?scroll to continue with content\b"
    r"|\bsign up for our (?:free )?(?:\w+ )?newsletters?\b"
    r"|\bsubscribe to our (?:free )?(?:\w+ )?newsletters?\b"
    r"|\bclick here to (?:subscribe|sign up|read more|get the \w+ app|download|join)\b"
    r"|\bthis material may not be published, broadcast, rewritten\b"
    r"|(?:©|\bcopyright)\s*(?:\d{4}\b)?[^.]{0,80}?\ball rights reserved\b"
    r"|\benlarge this image\b|\btoggle caption\b|\bhide caption\b"
    r"|\bshare this (?:article|story)\b"
    r"|(?-i:\bREAD MORE\s*:)",
    re.IGNORECASE,
)
# Words one of which every inline phrase above contains: a paragraph without any of them
# (nearly all) is not searched with the regex, which keeps clean copy cheap.
_INLINE_KEYS = (
    "continue", "newsletter", "click here", "may not be published", "rights reserved",
    "enlarge this", "caption", "share this", "read more",
)
# The parser's own chrome test looks at sentences this short only (see `classify`).
_CHROME_SENTENCE_MAX = 300


def _is_chrome_line(text: str) -> bool:
    if embed_signature(text):
        return False  # `— Jane Doe (@jdoe) December 21, 2023`: a quoted post's, not chrome
    return (
        is_chrome_phrase(text)
        or is_social_menu(text)
        or (len(text) < _CHROME_SENTENCE_MAX and chrome_sentence(text))
    )


# The body's first and last paragraphs may be a page's dek, a caption or a teaser taken in
# with it: what stands between them and the story's prose is the page's, not inside the
# story. The story opens with a sentence of some length (a lede), and closes with one,
# however short (`"All that time," she said.`); a teaser's headline ends in no full stop.
_LEDE_MIN_WORDS = 15
_LAST_MIN_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")


def _sentence(text: str, words: int) -> bool:
    return text.rstrip().endswith(_SENTENCE_ENDS) and len(text.split()) >= words


def _body_range(story: Story) -> tuple[int, int] | None:
    """The lines from the body's lede to its last sentence (all of the body without
    them)."""
    paragraphs = story.paragraphs
    if not paragraphs:
        return None
    first = next((p for p in paragraphs if _sentence(p.text, _LEDE_MIN_WORDS)), paragraphs[0])
    last = next(
        (p for p in reversed(paragraphs) if _sentence(p.text, _LAST_MIN_WORDS)), paragraphs[-1]
    )
    start, end = min(first.lines), max(last.lines)
    if start > end:  # a lede below the last sentence: no such order in a story
        start, end = min(paragraphs[0].lines), max(paragraphs[-1].lines)
    return start, end


def _find(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    span = _body_range(story)
    if span is None:
        return
    first, last = span
    for removed in story.removed:
        if first < removed.line < last and _is_chrome_line(removed.text):
            yield line_diagnostic(
                RULE,
                ctx,
                removed.line,
                f"boilerplate inside the body: `{excerpt(removed.text)}` (left out of the story)",
            )
    for paragraph in story.paragraphs:
        folded = paragraph.text.casefold()
        if not any(key in folded for key in _INLINE_KEYS):
            continue
        for match in INLINE_BOILERPLATE_RE().finditer(paragraph.text):
            yield span_diagnostic(
                RULE,
                paragraph,
                match.start(),
                match.end(),
                f"boilerplate in a body paragraph: `{excerpt(match.group())}`",
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(sorted(_find(ctx), key=lambda d: (d.line, d.column)))


_HEAD = "Cuba may get Russian credit\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC307",
    name="boilerplate-in-body",
    severity="warning",
    summary="Site or wire boilerplate inside the story body.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "Russia may provide a $43 million credit to Cuba, a deputy finance "
                "minister said on Friday.\n\n"
                "Diaz-Canel also met the heads of the upper house of parliament and the prime "
                "minister.\n"
            ),
            good=True,
        ),
        Example(
            text=(
                _HEAD + "Russia may provide a $43 million credit to Cuba, a deputy finance "
                "minister said on Friday.\n\nAdvertisement\n\n"
                "Diaz-Canel also met the heads of the upper house of parliament and the prime "
                "minister. Story continues below advertisement\n\n"
                "The credit would be used for military equipment, the minister said.\n\n"
                "The two leaders also talked about oil supplies and tourism, officials said.\n"
            ),
            good=False,
        ),
    ),
)
