"""Line markup left in pasted copy: HTML `<br>` ending the lines, `<p>` around them, e-mail `> `.

Copy taken from a CMS's source view, an e-mail's HTML part or a database's text column keeps
the tags that broke its lines. Read as text, no paragraph ends in sentence punctuation (each
ends in `<br>`), so the article search takes the story's paragraphs for page furniture, and
a line holding only `<br>` is a line of text between them.

``read_line_markup`` gives the parser a view of the lines with those tags blanked, column for
column (every position still points into the file), as ``markdown`` does for Markdown's
markup. A line the tags filled is then blank, and goes to ``removed`` as ``markup``. Tags
inside a line are the text as written; a whole HTML page is not this (WC302 names it).

A story forwarded in an e-mail has `> ` (or `>> `) opening every line: its headline, byline
and dateline are then not where the parser looks. The quote marks are read past the same
way.
"""

from __future__ import annotations

import re

from wirecheck.exports import Fields
from wirecheck.model import Removed
from wirecheck.regexes import regex

# `<p>` or `<p class="x">` opening a line; `<br>`, `<br/>`, `<br />`, `</p>` ending it.
_OPEN_RE = regex(r"\s*(?:<p(?:\s[^<>]{0,200})?>\s*)+", re.IGNORECASE)
_CLOSE_TAG_RE = regex(r"</?(?:br|p)\s{0,3}/?>", re.IGNORECASE)
_CLOSE_TAG_MAX = 10
# A whole page's markup: its text is not lines broken by tags (WC302 says it is HTML).
HTML_PAGE_RE = regex(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
# Marked lines needed, and their share of the text's lines: one `<br>` a writer typed into
# a story is text; the tags of a pasted source break most of its lines.
_MIN_MARKED = 2
_MIN_SHARE = 0.3
# `> ` opening a quoted e-mail's lines, nested or not (`>> `, `> > `). Quoted lines needed,
# and their share: a story with a `>` line or two of its own is not a quoted message.
_QUOTE_RE = regex(r"[ \t]{0,3}>(?:[ \t]?>)*[ \t]?")
_MIN_QUOTED = 3
_QUOTED_SHARE = 0.5


def _text_end(line: str, start: int) -> int:
    """Where ``line``'s text ends before the closing tags and blanks after ``start``: read
    from the end, a tag at a time, so a long line costs one pass."""
    end = len(line)
    while True:
        while end > start and line[end - 1].isspace():
            end -= 1
        if end <= start or line[end - 1] != ">":
            return end
        tag = line.rfind("<", max(start, end - _CLOSE_TAG_MAX), end)
        if tag < 0 or not _CLOSE_TAG_RE.fullmatch(line, tag, end):
            return end
        end = tag


def _quote_ends(lines: list[str], filled: int) -> dict[int, int]:
    """Where each line's text starts after its e-mail quote marks (`> `, `>> `), when the
    text (``filled`` non-blank lines) is a quoted message, most of its lines quoted; else
    nothing."""
    ends: dict[int, int] = {}
    for i, line in enumerate(lines):
        if ">" in line[:8]:
            quote = _QUOTE_RE.match(line)
            if quote is not None:
                ends[i] = quote.end()
    if len(ends) < _MIN_QUOTED or len(ends) < _QUOTED_SHARE * filled:
        return {}
    return ends


def read_line_markup(lines: list[str]) -> Fields | None:
    """The view of ``lines`` with their line-break tags and e-mail quote marks blanked, or
    None when the text's lines carry neither."""
    filled = sum(1 for line in lines if line.strip())
    starts = _quote_ends(lines, filled)
    tagged: dict[int, tuple[int, int]] = {}  # line index -> (text start, text end)
    for i, line in enumerate(lines):
        if "<" not in line:
            continue
        if HTML_PAGE_RE.search(line):
            return None
        quote_end = starts.get(i, 0)
        opening = _OPEN_RE.match(line, quote_end)
        start = opening.end() if opening else quote_end
        end = _text_end(line, start)
        if start > quote_end or end < len(line.rstrip()):
            tagged[i] = (start, end)
    if len(tagged) < _MIN_MARKED or len(tagged) < _MIN_SHARE * filled:
        tagged = {}
    if not starts and not tagged:
        return None
    out = Fields(view=list(lines))
    for i in sorted(starts.keys() | tagged.keys()):
        line = lines[i]
        start, end = tagged.get(i, (starts.get(i, 0), len(line)))
        text = line[start:end]
        if not text.strip():
            out.view[i] = ""
            out.removed.append(Removed(line=i + 1, text=" ".join(line.split()), reason="markup"))
        else:
            out.view[i] = " " * start + text + " " * (len(line) - end)
    return out


__all__ = ["HTML_PAGE_RE", "read_line_markup"]
