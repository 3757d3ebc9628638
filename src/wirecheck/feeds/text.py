"""Positioned text to paragraphs: the shared last step of every feed reader.

Feeds hold story text in XML elements, XHTML or HTML markup, and JSON strings. Each reader
turns what it holds into ``TextRun``s that know their input position; this module joins
runs into whitespace-normalised ``Paragraph``s (with the span map the rules use) and cuts
markup into blocks: one block per paragraph-level element (``p``, ``h2``, ``li``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from html import entities
from html.parser import HTMLParser

from wirecheck.decode import STRAY_CONTROL_RE
from wirecheck.feeds.lines import filed
from wirecheck.feeds.model import Feed, Located, TextRun
from wirecheck.model import Caption, Paragraph, Removed, Span
from wirecheck.regexes import regex
from wirecheck.segment import build_paragraph, segment

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
_SOFT_TAGS = frozenset({"td", "th", "hr"})
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
_BREAK = TextRun("\n", 0, 0)
# Elements that set a line in bold: a line all in them before a break is a subhead.
_BOLD_TAGS = frozenset({"b", "strong"})
# The longest unit a digit in ``<sup>`` raises to a power (`km`, `ft`), not a footnote.
_UNIT_LETTERS = 3
# After the base of a power (`10<sup>15</sup>`, `3 x 10<sup>8</sup>`, `2<sup>32</sup>`)
# the digits are an exponent, however many: a footnote marks a word or a year.
_POWER_BASE_RE = regex(r"(?:^|[×x*·])(?:10|2)$")
_BEFORE_CHARS = 6
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


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


def _relocated(para: Paragraph, value: Located, starts: list[int]) -> Paragraph:
    """A paragraph built from ``value.text``'s lines (its spans count lines and columns
    in that text) with its spans moved to the input positions of ``value``'s runs."""
    spans: list[Span] = []
    for k, span in enumerate(para.spans):
        end = para.spans[k + 1].start if k + 1 < len(para.spans) else len(para.text)
        at = starts[span.line - 1] + span.column - 1
        offset = span.start
        for run in value.slice(at, at + end - span.start):
            last = spans[-1] if spans else None
            if not (
                last is not None
                and last.line == run.line
                and last.column + offset - last.start == run.column
            ):
                spans.append(Span(start=offset, line=run.line, column=run.column))
            offset += len(run.text)
    return Paragraph(text=para.text, spans=tuple(spans) or para.spans[:1])


def teletype_paragraphs(value: Located, removed: list[Removed]) -> list[Paragraph] | None:
    """The paragraphs of a feed's text block that holds teletype copy, line breaks and
    all (Reuters' text in one ``<p>``, ANSA's CDATA), read as plain copy is
    (``wirecheck.segment``): a blank line or a line indented deeper than the wrapped lines
    opens a paragraph, the hard wrap is joined, wire codes and the credit tail go to
    ``removed``. None when the block breaks no paragraph that way (a pretty-printed
    ``<p>`` wrapped under an indent is one paragraph)."""
    lines = value.text.split("\n")
    if sum(1 for line in lines if line.strip()) < 2:
        return None
    units = segment(lines)
    # The indent of the wrapped lines: the least under the first line of text.
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    base = min(indents[1:])
    # The segmenter's other cuts (a short line ending a wrapped one) are its guesses for
    # copy of unknown shape; inside one element only these two marks open a paragraph.
    groups: list[list[int]] = []
    for unit in units:
        if groups and not (unit.blank_before or unit.indent > base):
            groups[-1].extend(unit.lines)
        else:
            groups.append(list(unit.lines))
    if len(groups) < 2:
        return None
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found: list[Removed] = []
    built = [build_paragraph([(n, lines[n - 1]) for n in group]) for group in groups]
    paragraphs = filed(built, found)
    for item in found:
        raw = lines[item.line - 1]
        at, _ = value.position(starts[item.line - 1] + len(raw) - len(raw.lstrip()))
        removed.append(Removed(line=at, text=item.text, reason=item.reason))
    return [_relocated(p, value, starts) for p in paragraphs]


def text_paragraphs(value: Located, removed: list[Removed]) -> list[Paragraph]:
    """Paragraphs of a plain-text value: teletype copy as such, else ``plain_paragraphs``."""
    found = teletype_paragraphs(value, removed)
    return found if found is not None else plain_paragraphs(value)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level piece of markup: the element it came from, its text, and the
    positioned text it was built from."""

    kind: str
    paragraph: Paragraph
    source: Located | None = None


@dataclass(slots=True)
class BlockCollector:
    """Cuts a stream of start tags, end tags and text runs into ``Block``s."""

    blocks: list[Block] = field(default_factory=list)
    _runs: list[TextRun] = field(default_factory=list)
    _stack: list[str] = field(default_factory=list)
    _skipping: int = 0
    # Since the last line break: text set in bold, and text that is not.
    _bold: bool = False
    _plain: bool = False
    # Where the open `<sup>`'s text starts in ``_runs``; whether the next text must be
    # parted from a footnote mark before it.
    _sup_at: int | None = None
    _part_next: bool = False

    def _kind(self) -> str:
        return next((t for t in reversed(self._stack) if t in BLOCK_TAGS), "text")

    def _flush(self) -> None:
        built = paragraph(self._runs)
        if built is not None:
            source = Located.of(self._runs)
            self.blocks.append(Block(kind=self._kind(), paragraph=built, source=source))
        self._runs = []
        self._bold = self._plain = self._part_next = False

    def _break(self) -> None:
        """``<br>``: a line break; a line all in bold before it (`<strong>About Acme
        </strong><br/>Acme is ...`) is a subhead, a paragraph of its own."""
        if self._bold and not self._plain:
            self._flush()
            return
        last = next((r for r in reversed(self._runs) if r.line), None)
        self._runs.append(TextRun("\n", last.line, last.column) if last else _BREAK)
        self._bold = self._plain = False

    def start(self, tag: str) -> None:
        tag = tag.lower()
        if tag in SKIP_TAGS or self._skipping:
            self._skipping += 1
            return
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag == "br":
            self._break()
        elif tag in _SOFT_TAGS:
            self._runs.append(_SPACE)
        elif tag == "sup":
            self._sup_at = len(self._runs)
        self._stack.append(tag)

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if self._skipping:
            self._skipping -= 1
            return
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag == "sup" and self._sup_at is not None:
            self._footnote(self._sup_at)
            self._sup_at = None
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def _footnote(self, at: int) -> None:
        """A ``<sup>`` of digits alone is a footnote mark: never glued to a number or a
        word before it (`2020</a><sup>2</sup>` is no `20202`, `Experience<sup>1</sup>` no
        `Experience1`) nor to a word after it (`<sup>1</sup>Opensignal`). After a unit
        of up to three letters it is a power and stays (`m<sup>2</sup>`, `km<sup>2</sup>`)."""
        inside = "".join(r.text for r in self._runs[at:])
        if not inside.strip().isdigit():
            return
        before = ""
        for run in reversed(self._runs[max(at - _BEFORE_CHARS, 0) : at]):
            # The last few characters: a run is a character at least, so as many runs do.
            before = run.text + before
        before = before[-_BEFORE_CHARS:]
        word = before.split()[-1] if before.strip() and not before[-1].isspace() else ""
        if _POWER_BASE_RE.search(word):
            # `10<sup>15</sup>`, `2<sup>32</sup>`: a power, in superscript digits
            self._runs[at:] = [
                replace(r, text=r.text.translate(_SUPERSCRIPT)) for r in self._runs[at:]
            ]
            self._part_next = True
            return
        word = word[-_UNIT_LETTERS - 1 :]
        letters = next((n for n, c in enumerate(reversed(word)) if not c.isalpha()), len(word))
        if before[-1:].isdigit() or letters > _UNIT_LETTERS:
            first = self._runs[at]
            self._runs.insert(at, TextRun(" ", first.line, first.column))
        self._part_next = True

    def text(self, runs: Iterable[TextRun]) -> None:
        if self._skipping:
            return
        for run in runs:
            if self._part_next and run.text[:1].isalnum():
                self._runs.append(TextRun(" ", run.line, run.column))
            self._part_next = False
            if run.text.strip():
                if any(t in _BOLD_TAGS for t in self._stack):
                    self._bold = True
                else:
                    self._plain = True
            self._runs.append(run)

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
            split = (
                teletype_paragraphs(block.source, feed.removed)
                if block.source is not None and "\n" in block.source.text.strip()
                else None
            )
            feed.paragraphs.extend(split if split is not None else [para])
