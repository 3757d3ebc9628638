"""HTML pasted as text: a feed's or a CMS's body field whose paragraphs are run together
on a line, set apart by tags (`said.<br/><br/>The`, `</p><p>`) and written with character
references (`&amp;`, `&#39;`, `&#13;`).

``linemarkup`` reads the tags that break copy line by line (`<br>` ending each line, `<p>`
opening it), column for column. Here the tags stand between paragraphs inside a line, so
the text is read as HTML: each paragraph tag or line break starts a line of its own, other
HTML tags (`<a href=...>`, `<em>`) are read past, and the references are the characters
they stand for. The parser reads those lines; ``HtmlText.placed`` then puts every part of
the story back where it stands in the input: each character of a paragraph at its own
place, a reference's character where the reference starts, every other part on the input
line its text comes from. An input line the tags fill goes to ``removed`` as ``markup``.

Prose that names a tag (`the <br> tag`) is not this: it takes at least two places where
tags set text apart inside a line, each a run of two tags (`<br/><br/>`, `</p><p>`) or a tag
glued to the text (`said.<br/>The`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecheck.linemarkup import HTML_PAGE_RE
from wirecheck.model import Paragraph, Removed, Span, Story
from wirecheck.regexes import regex

# A tag, its name, and a character reference.
_MARKUP_RE = regex(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,300})?\s*/?>"
    r"|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# The tags that break a line (`<br>`) or set a paragraph apart (`<p>`, `</p>`, `<div>`).
_BREAK_TAGS = frozenset(
    "br p div h1 h2 h3 h4 h5 h6 li ul ol blockquote tr table figure figcaption section "
    "article header footer aside hr pre dl dt dd".split()
)
# Tags inside a paragraph, read past: links, emphasis, spans, images.
_INLINE_TAGS = frozenset(
    "a b i u s em strong span font sup sub small big abbr cite q mark time ins del strike "
    "code kbd var img wbr nobr".split()
)
# The tags that set paragraphs apart inside a line, and what may stand between two of one
# run: blanks and `&#13;` (a carriage return written out).
_BREAK_TAG_RE = regex(r"</?(?:br|p|div)(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
_GAP_RE = regex(r"(?:\s|&#1[03];)*")
_RETURNS = ("&#13;", "&#10;")
# How far to look for the text before and after a run of tags.
_WINDOW = 80
# What ends the text before tags that set paragraphs apart, or opens the text after them.
_CLOSERS = (".", "!", "?", ":", '"', "'", "”", "’", ")", ";")
_OPENERS = "\"'“‘(&0123456789"
# Places where tags set text apart inside a line, needed to read the text as HTML.
_MIN_SEPARATORS = 2


class HtmlText:
    """The text's lines as HTML reads them, and where each character came from."""

    __slots__ = ("_pieces", "lines", "origins", "places")

    def __init__(self) -> None:
        self.lines: list[str] = []  # joined from ``_pieces`` once read
        self._pieces: list[list[str]] = []
        # For each line read, the 0-based input line it starts on, and for each of its
        # characters the input's (line, column), both 1-based.
        self.origins: list[int] = []
        self.places: list[list[tuple[int, int]]] = []

    def _new_line(self, origin: int) -> None:
        self._pieces.append([])
        self.origins.append(origin)
        self.places.append([])

    def _add(self, text: str, line: int, column: int, *, one_place: bool = False) -> None:
        """Add ``text`` from input position (line, column), 0-based; with ``one_place``
        every character sits at that position (a reference's)."""
        self._pieces[-1].append(text)
        here = self.places[-1]
        for k in range(len(text)):
            here.append((line + 1, column + 1 + (0 if one_place else k)))

    def _at(self, line: int, column: int) -> tuple[int, int]:
        """The input position of column ``column`` (1-based) of line ``line`` read; past the
        end of the line (the space that joins two lines), the place after its last."""
        places = self.places[line - 1]
        if column - 1 < len(places):
            return places[column - 1]
        if places:
            last_line, last_column = places[-1]
            return last_line, last_column + column - len(places)
        return self.origins[line - 1] + 1, 1

    def _line(self, line: int | None) -> int | None:
        return None if line is None else self.origins[line - 1] + 1

    def _paragraph(self, paragraph: Paragraph) -> Paragraph:
        text, spans = paragraph.text, paragraph.spans
        new_spans: list[Span] = []
        previous: tuple[int, int] | None = None
        for k, span in enumerate(spans):
            end = spans[k + 1].start if k + 1 < len(spans) else len(text)
            for offset in range(span.start, end):
                place = self._at(span.line, span.column + offset - span.start)
                if previous is None or place != (previous[0], previous[1] + 1):
                    new_spans.append(Span(start=offset, line=place[0], column=place[1]))
                previous = place
        if not new_spans:
            line = self._line(spans[0].line) if spans else 1
            new_spans.append(Span(start=0, line=line or 1, column=1))
        return Paragraph(text=text, spans=tuple(new_spans))

    def placed(self, story: Story, lines: list[str]) -> Story:
        """``story``, parsed from ``self.lines``, with its positions those of the input
        ``lines``; an input line the tags filled goes to ``removed`` as ``markup``."""
        line = self._line
        held = set(self.origins[i] for i, text in enumerate(self.lines) if text.strip())
        markup = tuple(
            Removed(line=i + 1, text=" ".join(text.split()), reason="markup")
            for i, text in enumerate(lines)
            if text.strip() and i not in held
        )
        byline = story.byline
        return replace(
            story,
            headline_line=line(story.headline_line),
            headline_end_line=line(story.headline_end_line),
            byline=byline
            and replace(byline, line=line(byline.line) or 1, end_line=line(byline.end_line)),
            dateline=story.dateline
            and replace(story.dateline, line=line(story.dateline.line) or 1),
            captions=tuple(
                replace(c, line=line(c.line) or 1, end_line=line(c.end_line))
                for c in story.captions
            ),
            paragraphs=tuple(self._paragraph(p) for p in story.paragraphs),
            related=tuple(
                replace(r, line=line(r.line) or 1, end_line=line(r.end_line)) for r in story.related
            ),
            removed=tuple(
                sorted(
                    (*(replace(r, line=line(r.line) or 1) for r in story.removed), *markup),
                    key=lambda r: r.line,
                )
            ),
        )


def _separators(lines: list[str]) -> int:
    """How many places tags set text apart inside a line: a run of two tags or more, or a
    tag glued to the text on one side (`said.<br/>The`), where a sentence ends or one
    starts; a tag spaced on both sides (`the <br> tag`), or one between two words of a
    sentence (`used <br><br> everywhere`), is prose's."""
    found = 0
    for text in lines:
        if "<" not in text:
            continue
        runs: list[list[int]] = []  # [start, end, tags]
        for tag in _BREAK_TAG_RE.finditer(text):
            if runs and _GAP_RE.fullmatch(text, runs[-1][1], tag.start()):
                runs[-1][1:] = [tag.end(), runs[-1][2] + 1]
            else:
                runs.append([tag.start(), tag.end(), 1])
        for start, end, tags in runs:
            before = _trimmed(text[max(0, start - _WINDOW) : start], end=True)
            after = _trimmed(text[end : end + _WINDOW], end=False)
            if not (before and after):
                continue  # at the line's edge: ``linemarkup``'s, or nothing set apart
            glued = not text[start - 1].isspace() or not text[end : end + 1].isspace()
            # a sentence or a heading ends there, or one starts: not a word's place
            parts = before.endswith(_CLOSERS) or after[:1].isupper() or after[:1] in _OPENERS
            if (tags >= 2 or glued) and parts:
                found += 1
    return found


def _trimmed(text: str, *, end: bool) -> str:
    """``text`` without the blanks and written-out returns at its ``end`` (or start)."""
    while True:
        text = text.rstrip() if end else text.lstrip()
        if end and text.endswith(_RETURNS):
            text = text[:-5]
        elif not end and text.startswith(_RETURNS):
            text = text[5:]
        else:
            return text


def _reference(name: str) -> str | None:
    """The text a reference (`amp`, `#39`, `#x2014`) stands for; None for no character
    (left as written). A written-out control (`&#13;`) is a blank."""
    if name.startswith("#"):
        code = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
        if code > 0x10FFFF or 0xD800 <= code < 0xE000:
            return None
        return " " if code < 32 or 127 <= code < 160 else chr(code)
    from html import entities

    return entities.html5.get(f"{name};")


def read_html_text(lines: list[str]) -> HtmlText | None:
    """The lines as HTML reads them, when tags set paragraphs apart inside the text's
    lines (see the module's docstring); else None."""
    if _separators(lines) < _MIN_SEPARATORS or any(HTML_PAGE_RE.search(t) for t in lines):
        return None
    out = HtmlText()
    for i, text in enumerate(lines):
        out._new_line(i)
        at = 0
        for match in _MARKUP_RE.finditer(text):
            out._add(text[at : match.start()], i, at)
            at = match.end()
            name = (match.group(2) or "").lower()
            if match.group(3) is not None:
                char = _reference(match.group(3))
                if char is None:
                    out._add(match.group(), i, match.start())
                else:
                    out._add(char, i, match.start(), one_place=True)
            elif name in _BREAK_TAGS:
                out._new_line(i)
            elif name not in _INLINE_TAGS:
                out._add(match.group(), i, match.start())  # `<BAC>`: no HTML tag, text
        out._add(text[at:], i, at)
    out.lines = ["".join(pieces) for pieces in out._pieces]
    return out


__all__ = ["HtmlText", "read_html_text"]
