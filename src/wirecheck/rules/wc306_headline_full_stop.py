"""WC306 headline-full-stop: the headline ends in a full stop.

What it does
    Reports a one-sentence headline whose last character is a full stop. Ellipses and
    abbreviations (`U.S.`, `Inc.`, `Jr.`) are not full stops, and a headline of two
    sentences (`Drugs are coming. Here's how they work.`, a style some sites use) needs
    its last one, so these are left alone; so is a line under a page title that has no
    full stop (the title is the page's headline, the line under it a standfirst). When
    the parser found no headline because the top line ended like a sentence, the rule
    looks at that line too.

Why
    Headlines take no closing full stop in English news style (AP, Reuters, and most house
    styles); one usually means the first sentence of the story was filed as the headline.

Example
    ::

        Putin meets Cuban leader in Moscow.

Use instead
    ::

        Putin meets Cuban leader in Moscow
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules._text import EXAMPLE_HEADLINE, EXAMPLE_LEAD, excerpt, rare_pattern
from wirecheck.rules.base import Context, Example, Rule

# Words whose own dot ends a headline legitimately: `Fed sees slower growth in U.S.`
# The patterns run only on a headline that ends in a full stop.
_INITIALS_RE = rare_pattern(r"(?:[A-Za-z]\.){2,}$")
_ABBREVIATIONS = frozenset(
    {
        "Inc.", "Co.", "Corp.", "Ltd.", "Plc.", "plc.", "Jr.", "Sr.", "St.", "No.", "Nos.", "Bros.",
        "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "vs.", "v.", "etc.", "Gov.", "Sen.", "Rep.", "Gen.",
        "Col.", "Lt.", "Sgt.", "Capt.", "Ave.", "Blvd.", "Mt.", "Ft.", "Jan.", "Feb.", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec.",
    }
)
# `... are coming. Here's how ...`: a headline of two sentences (some house styles).
_SENTENCE_BREAK_RE = rare_pattern(r"[.!?][\"'”’)]* +[\"'“‘(]*[A-Z]")
# A headline is a line of a few words; a longer top line is a paragraph, not a headline.
_HEADLINE_WORDS = range(2, 31)
_PAGE_TITLE = "page-title"
# Reasons a parser gives a top line it would not take as a headline or body.
_TOP_LINE_REASONS = frozenset({"boilerplate", "navigation", "standfirst"})


def _ends_in_full_stop(text: str) -> bool:
    if not text.endswith(".") or text.endswith(".."):
        return False
    if _SENTENCE_BREAK_RE().search(text):
        return False  # two sentences: the second one's full stop is right
    last = text.rsplit(maxsplit=1)[-1]
    # A name's initial (`KOWALCZYK, Bernard J.`, a death notice's head) keeps its period.
    initial = len(last) == 2 and last[0].isupper()
    return not (initial or _INITIALS_RE().search(last) or last in _ABBREVIATIONS)


def _top_line(ctx: Context) -> tuple[int, str] | None:
    """The line just above the byline or body, when the parser set it aside and it is
    shaped like a headline (the parser takes no line ending in a full stop as one)."""
    story = ctx.story
    if story.headline is not None or not story.paragraphs or not story.removed:
        return None
    first = story.removed[0]
    below = story.byline.line if story.byline else min(story.paragraphs[0].lines)
    if first.reason not in _TOP_LINE_REASONS or first.line >= below:
        return None
    if any(line < first.line for p in story.paragraphs for line in p.lines):
        return None
    if any(ctx.line_text(n).strip() for n in range(first.line + 1, below)):
        return None
    if len(first.text.split()) not in _HEADLINE_WORDS:
        return None
    return first.line, first.text


def _titled_otherwise(ctx: Context, line: int) -> bool:
    """Whether a page title above ``line`` ends without a full stop: the page's own
    headline is then that title, and the line the parser took is a standfirst."""
    return any(
        r.reason == _PAGE_TITLE and r.line < line and not _ends_in_full_stop(r.text)
        for r in ctx.story.removed
    )


def check(ctx: Context) -> Iterator[Diagnostic]:
    story = ctx.story
    if story.headline is not None and story.headline_line is not None:
        found: tuple[int, str] | None = (story.headline_line, story.headline)
    else:
        found = _top_line(ctx)
    if found is None or not _ends_in_full_stop(found[1]) or _titled_otherwise(ctx, found[0]):
        return
    line, headline = found
    raw = ctx.line_text(line)
    start = len(raw) - len(raw.lstrip())
    # The headline's full stop is the last one on the line (a page title's `- Site` suffix,
    # when there is one, has none: the parser splits off only suffixes without one).
    stop = raw.rfind(".")
    if stop < start:
        return
    yield RULE.diagnostic(
        line,
        start + 1,
        stop + 2,
        f"headline ends in a full stop: `{excerpt(headline)}`",
        (raw[start:stop],),
    )


RULE = Rule(
    code="WC306",
    name="headline-full-stop",
    severity="warning",
    summary="The headline ends in a full stop.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=EXAMPLE_HEADLINE + "\n" + EXAMPLE_LEAD, good=True),
        Example(text="Putin meets Cuban leader in Moscow.\n\n" + EXAMPLE_LEAD, good=False),
    ),
    fixable=True,
)
