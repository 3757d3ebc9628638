"""Positioned text to paragraphs: the shared last step of every feed reader.

Feeds hold story text in XML elements, XHTML or HTML markup, and JSON strings. Each reader
turns what it holds into ``TextRun``s that know their input position; this module joins
runs into whitespace-normalised ``Paragraph``s (with the span map the rules use) and cuts
markup into blocks: one block per paragraph-level element (``p``, ``h2``, ``li``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import entities
from html.parser import HTMLParser

from wirecheck.decode import STRAY_CONTROL_RE
from wirecheck.feeds.model import Feed, Located, TextRun
from wirecheck.model import Caption, Paragraph, Removed, Span
from wirecheck.regexes import regex

_WORD_RE = regex(r"\S+")
_BLANK_LINE_RE = regex(r"\n[ \t\r\f\v]*\n\s*")

# Elements that hold a paragraph of their own, in XHTML and NITF (``hl1``, ``hl2``,
# ``media-caption``, ``tagline``) and the containers around them.
BLOCK_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "figure",
        "figcaption",
        "caption",
        "table",
        "tr",
        "body",
        "html",
        "hl1",
        "hl2",
        "hedline",
        "block",
        "media",
        "media-caption",
        "body.content",
        "body.head",
        "body.end",
        "tagline",
        "note",
        "abstract",
        "bibliography",
        "nitf",
    }
)
# Elements that separate words without ending the paragraph.
_SOFT_TAGS = frozenset({"br", "td", "th", "hr"})
# Elements whose text is never story text.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "object",
        "embed",
        "media-reference",
        "media-metadata",
        "media-producer",
        "noscript",
        "template",
    }
)
_SPACE = TextRun(" ", 0, 0)


def paragraph(runs: Iterable[TextRun]) -> Paragraph | None:
    """The runs joined into one whitespace-normalised paragraph, or None if all blank.

    Runs that meet with no whitespace between them join into one word (``AT``, ``&``,
    ``T`` from ``AT&amp;T``); a new span starts wherever text and input stop advancing
    together.
    """
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    spaced = False
    last: tuple[int, int] | None = None  # (line, column just past the previous word)
    for run in runs:
        text = STRAY_CONTROL_RE.sub(" ", run.text)
        pos = 0
        for match in _WORD_RE.finditer(text):
            if match.start() > pos:
                spaced = True
            if parts and spaced:
                parts.append(" ")
                offset += 1
            line, column = run.line, run.column + match.start()
            if last is None or (line, column) != (last[0], last[1] + (1 if spaced else 0)):
                spans.append(Span(start=offset, line=line, column=column))
            word = match.group()
            parts.append(word)
            offset += len(word)
            last = (line, column + len(word))
            spaced = False
            pos = match.end()
        if pos < len(text):
            spaced = True
    if not parts:
        return None
    return Paragraph(text="".join(parts), spans=tuple(spans))


def plain_paragraphs(value: Located) -> list[Paragraph]:
    """Paragraphs of plain text: blank-line separated, or one a line when it has none."""
    text = value.text
    cuts = [(m.start(), m.end()) for m in _BLANK_LINE_RE.finditer(text)]
    if not cuts:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    out: list[Paragraph] = []
    start = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        built = paragraph(value.slice(start, cut_start))
        if built is not None:
            out.append(built)
        start = cut_end
    return out


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level piece of markup: the element it came from and its text."""

    kind: str
    paragraph: Paragraph


@dataclass(slots=True)
class BlockCollector:
    """Cuts a stream of start tags, end tags and text runs into ``Block``s."""

    blocks: list[Block] = field(default_factory=list)
    _runs: list[TextRun] = field(default_factory=list)
    _stack: list[str] = field(default_factory=list)
    _skipping: int = 0

    def _kind(self) -> str:
        return next((t for t in reversed(self._stack) if t in BLOCK_TAGS), "text")

    def _flush(self) -> None:
        built = paragraph(self._runs)
        if built is not None:
            self.blocks.append(Block(kind=self._kind(), paragraph=built))
        self._runs = []

    def start(self, tag: str) -> None:
        tag = tag.lower()
        if tag in SKIP_TAGS or self._skipping:
            self._skipping += 1
            return
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag in _SOFT_TAGS:
            self._runs.append(_SPACE)
        self._stack.append(tag)

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if self._skipping:
            self._skipping -= 1
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def text(self, runs: Iterable[TextRun]) -> None:
        if not self._skipping:
            self._runs.extend(runs)

    def close(self) -> list[Block]:
        self._flush()
        return self.blocks


class _HtmlBlocks(HTMLParser):
    """HTML (a string of the feed, positioned by ``value``) fed into a ``BlockCollector``."""

    def __init__(self, value: Located) -> None:
        super().__init__(convert_charrefs=False)
        self.value = value
        self.collector = BlockCollector()
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", value.text)]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _char(self, text: str, width: int) -> None:
        at = self._offset()
        runs = self.value.slice(at, at + width)
        if runs:
            first = runs[0]
            self.collector.text([TextRun(text, first.line, first.column)])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.collector.start(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.collector.start(tag)
        self.collector.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self.collector.end(tag)

    def handle_data(self, data: str) -> None:
        at = self._offset()
        self.collector.text(self.value.slice(at, at + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._char(entities.html5.get(f"{name};", f"&{name};"), len(name) + 2)

    def handle_charref(self, name: str) -> None:
        try:
            code = int(name[1:], 16) if name[:1] in "xX" else int(name)
            char = chr(code)
        except (ValueError, OverflowError):
            char = f"&#{name};"
        self._char(char, len(name) + 3)


def html_blocks(value: Located) -> list[Block]:
    """The blocks of an HTML string; text outside any element is a block of kind ``text``."""
    parser = _HtmlBlocks(value)
    parser.feed(value.text)
    parser.close()
    return parser.collector.close()


def looks_like_html(text: str) -> bool:
    """Whether a body string is markup (``<p>...``) rather than plain text."""
    return bool(
        re.search(r"<(?:p|div|br|h[1-6]|ul|ol|li|section|span|b|i|em|strong)\b", text[:4096], re.I)
    )


# Blocks that are captions, that repeat the headline, and that are not body copy.
_CAPTION_KINDS = frozenset({"media-caption", "figcaption", "caption"})
_HEADLINE_KINDS = frozenset({"h1", "hl1"})
_NOT_BODY_KINDS = {"tagline": "tagline", "note": "note", "abstract": "standfirst"}


def add_blocks(feed: Feed, blocks: Iterable[Block]) -> None:
    """File content blocks in the feed: body paragraphs, captions, a headline (or its
    repeat, removed), and taglines and notes (removed)."""
    for block in blocks:
        para = block.paragraph
        line = para.spans[0].line
        if block.kind in _CAPTION_KINDS:
            feed.captions.append(Caption(text=para.text, credit=None, line=line))
        elif block.kind in _HEADLINE_KINDS and feed.headline is None:
            feed.headline = para
        elif block.kind in _HEADLINE_KINDS and feed.headline and feed.headline.text == para.text:
            feed.removed.append(Removed(line=line, text=para.text, reason="body-headline"))
        elif block.kind in _NOT_BODY_KINDS:
            feed.removed.append(
                Removed(line=line, text=para.text, reason=_NOT_BODY_KINDS[block.kind])
            )
        else:
            feed.paragraphs.append(para)
