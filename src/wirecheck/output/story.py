"""Formats of ``wirecheck parse``: the story itself, as JSON or as clean text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wirecheck.model import Story
from wirecheck.output.base import FileReport, Output


def story_json(reports: Iterable[FileReport], out: Output) -> None:
    """The ``wirecheck.story/1`` object: one input gives one object (indented for a person),
    several give JSON Lines, one story per line in input order."""
    indent = out.terminal and out.inputs == 1
    for report in reports:
        out.write_json(report.story.to_dict(), indent=indent)


def _blocks(story: Story) -> Iterator[str]:
    if story.headline:
        yield story.headline
    if story.byline:
        yield story.byline.raw
    body = list(story.body)
    if story.dateline:
        # The dateline was split off the first paragraph; put it back in front for reading.
        body[:1] = [" ".join([story.dateline.raw, *body[:1]])]
    yield from body


def story_text(reports: Iterable[FileReport], out: Output) -> None:
    """The clean story for reading or piping: headline, byline, dateline and body, one
    block a paragraph with a blank line between; stories also apart by a blank line."""
    for index, report in enumerate(reports):
        if index:
            out.stream.write("\n")
        out.stream.write("".join(f"{block}\n\n" for block in _blocks(report.story)).rstrip("\n"))
        out.stream.write("\n")
