"""Where every input line went: the nothing-lost guarantee, as a function users can call.

``parse`` promises that each non-blank input line lands in exactly one place of the story:
the headline, the byline, a dateline on its own line, a caption, a body paragraph, a
related link, or ``removed`` with a reason. ``line_places`` returns that map so a pipeline
can verify it, and ``fix --strip`` can tell story lines from the rest.
"""

from __future__ import annotations

from collections import defaultdict

from wirecheck.model import Story


def line_places(story: Story) -> dict[int, list[str]]:
    """Input line number -> the places that hold it: one each, but for a line split in
    two, where each place holds its own part of it (a page title split into headline and
    `site-name` or `headline-label`, a sign-off run into the last paragraph)."""
    places: defaultdict[int, list[str]] = defaultdict(list)
    body_lines: set[int] = set()
    for paragraph in story.paragraphs:
        for line in paragraph.lines:
            places[line].append("body")
            body_lines.add(line)

    def mark(first: int, last: int | None, place: str) -> None:
        for line in range(first, (last or first) + 1):
            places[line].append(place)

    if story.headline_line is not None:
        mark(story.headline_line, story.headline_end_line, "headline")
    if story.byline is not None:
        mark(story.byline.line, story.byline.end_line, "byline")
    if story.dateline is not None and story.dateline.line not in body_lines:
        places[story.dateline.line].append("dateline")
    for caption in story.captions:
        mark(caption.line, caption.end_line, "caption")
    for related in story.related:
        mark(related.line, related.end_line, "related")
    for removed in story.removed:
        places[removed.line].append(f"removed:{removed.reason}")
    return dict(places)
