"""SGML archives of wire copy: the TREC collections (AP, WSJ, ...) and Reuters-21578.

::

    <DOC>                                   <REUTERS ... NEWID="1">
    <DOCNO> AP890101-0001 </DOCNO>          <DATE>26-FEB-1987 15:01:01.79</DATE>
    <FILEID>AP-NR-01-01-89 2358EST</FILEID> <TEXT>
    <HEAD>Storm Batters Coast</HEAD>        <TITLE>BAHIA COCOA REVIEW</TITLE>
    <BYLINE>By JANE DOE</BYLINE>            <DATELINE>    SALVADOR, Feb 26 - </DATELINE>
    <BYLINE>Associated Press Writer</BYLINE><BODY>Showers continued throughout ...
    <DATELINE>PORTLAND, Maine (AP) </DATELINE>  ... Reuter
    <TEXT>                                  &#3;</BODY></TEXT>
       The storm ...                        </REUTERS>
    </TEXT>
    </DOC>

The elements are not XML (unquoted attributes, `&#3;` for the teletype's ETX), so they are
found with one tag pattern, and the tags are blanked out of a copy of the lines, column
for column: what is left of a line keeps its input position, so paragraphs and the
diagnostics on them point into the file. A file of several documents gives its first; the
other documents' lines go to ``removed`` (`other-document`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from wirecheck.byline import is_agency_writer_line, match_byline
from wirecheck.feeds import NotAFeed
from wirecheck.feeds.dates import anpa_trailer, full_year
from wirecheck.feeds.lines import body_paragraphs
from wirecheck.feeds.model import Feed
from wirecheck.model import Paragraph, Removed, Span
from wirecheck.regexes import regex
from wirecheck.segment import build_paragraph

# Start and end tags; attributes in start tags (`<REUTERS TOPICS="YES" NEWID="1">`).
_TAG_RE = regex(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})\b[^<>\n]{0,300}>")
# A tag cut short at the end of the file: no `>`, nothing after it.
_CUT_TAG_RE = regex(r"</?(?:[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>\n]{0,300})?)?\Z")
# The teletype's end-of-text in Reuters-21578 bodies (`&#3;`), and the other control
# characters written as references: blanked, as the tags are.
_CHAR_REF_RE = regex(r"&#(?:[12]?\d|3[01]);")
# The references that stand for text (Reuters-21578's `&lt;BAC>` ticker, `&amp;`, `&#39;`):
# read as the characters they are.
_TEXT_REF_RE = regex(r"&(?:lt|gt|amp|quot|apos|#\d{2,5}|#[xX][0-9A-Fa-f]{2,4});")
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_DOCUMENT_TAGS = ("DOC", "REUTERS")
# Reuters-21578's story number, an attribute of the document's start tag.
_NEWID_RE = regex(r'NEWID="(\d+)"')
# `26-FEB-1987 15:01:01.79` (Reuters-21578 <DATE>).
_ARCHIVE_DATE_RE = regex(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SLASHED_DATE_RE = regex(r"\b(\d{1,2})/(\d{1,2})/(\d{2})\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HEADLINE_TAGS = ("HEAD", "HL", "HEADLINE", "TITLE")
_BODY_TAGS = ("BODY", "TEXT")


@dataclass(frozen=True, slots=True)
class _Element:
    name: str
    start: int  # offset just past the start tag
    end: int  # offset of the end tag (or of the document's end)


def _elements(text: str, start: int, end: int) -> list[_Element]:
    """The elements between offsets ``start`` and ``end``, outermost first, by name."""
    found: list[_Element] = []
    open_tags: dict[str, list[int]] = {}
    for match in _TAG_RE.finditer(text, start, end):
        name = match.group(2).upper()
        if match.group(1):
            starts = open_tags.get(name)
            if starts:
                found.append(_Element(name, starts.pop(), match.start()))
        else:
            open_tags.setdefault(name, []).append(match.end())
    # An element still open at ``end`` runs to it: a file cut short (a truncated archive)
    # keeps the document, headline and text it has so far, instead of becoming plain text
    # full of tags. The outermost of a name only: a cut leaves one open element a level,
    # and a file of unclosed tags (`<HEAD>` repeated) must not make each span the rest.
    found.extend(_Element(name, starts[0], end) for name, starts in open_tags.items() if starts)
    found.sort(key=lambda e: e.start)
    return found


def _masked(text: str) -> str:
    """``text`` with every tag and character reference blanked, column for column, and a
    tag the end of a file cut short left half-written (`</TE`)."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    masked = _CHAR_REF_RE.sub(blank, _TAG_RE.sub(blank, text))
    cut = _CUT_TAG_RE.search(masked, max(len(masked) - 320, 0))
    return masked if cut is None else masked[: cut.start()] + blank(cut)


def _line_of(starts: list[int], offset: int) -> int:
    """0-based line of ``offset`` (``starts``: the offset each line starts at)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Doc:
    """The masked lines of the input and the offsets of their starts."""

    def __init__(self, text: str) -> None:
        self.lines = _masked(text).split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def span(self, element: _Element) -> tuple[int, int]:
        """The 0-based first and last line of an element's content."""
        return _line_of(self.starts, element.start), _line_of(self.starts, element.end)

    def content(self, element: _Element) -> list[tuple[int, str]]:
        """(1-based number, text) of the element's content lines, the rest blanked."""
        first, last = self.span(element)
        out: list[tuple[int, str]] = []
        for i in range(first, last + 1):
            line = self.lines[i]
            lo = max(element.start - self.starts[i], 0)
            hi = min(element.end - self.starts[i], len(line))
            piece = " " * lo + line[lo:hi]
            if piece.strip():
                out.append((i + 1, piece))
        return out

    def paragraph(self, element: _Element) -> Paragraph | None:
        content = self.content(element)
        return decoded(build_paragraph(content)) if content else None


def _reference_char(reference: str) -> str:
    name = reference[1:-1]
    if not name.startswith("#"):
        return _NAMED_REFS[name]
    code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
    # A code no character has (or a control) is left as written: WC506 reports it.
    return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000 else reference


def decoded(paragraph: Paragraph) -> Paragraph:
    """``paragraph`` with its text references read (`&lt;` as `<`), each character keeping
    its input position: a reference's character sits where the reference starts."""
    text = paragraph.text
    if "&" not in text or _TEXT_REF_RE.search(text) is None:
        return paragraph
    # The input position of every character, from the spans (contiguous within a span).
    positions: list[tuple[int, int]] = []
    spans = paragraph.spans
    for k, span in enumerate(spans):
        end = spans[k + 1].start if k + 1 < len(spans) else len(text)
        positions.extend((span.line, span.column + i) for i in range(end - span.start))
    out: list[str] = []
    places: list[tuple[int, int]] = []
    at = 0
    for match in _TEXT_REF_RE.finditer(text):
        out.append(text[at : match.start()])
        places.extend(positions[at : match.start()])
        char = _reference_char(match.group())
        out.append(char)
        places.extend([positions[match.start()]] * len(char))
        at = match.end()
    out.append(text[at:])
    places.extend(positions[at:])
    new_spans: list[Span] = []
    for offset, (line, column) in enumerate(places):
        if offset == 0 or (line, column) != (places[offset - 1][0], places[offset - 1][1] + 1):
            new_spans.append(Span(start=offset, line=line, column=column))
    return Paragraph(text="".join(out), spans=tuple(new_spans))


def read(data: bytes | str, text: str) -> Feed:
    """Read the first document of an SGML archive file (the decoded ``text``)."""
    doc = _Doc(text)
    top = [e for e in _elements(text, 0, len(text)) if e.name in _DOCUMENT_TAGS]
    if not top:
        raise NotAFeed("no <DOC> or <REUTERS> document")
    first = top[0]
    feed = Feed(format="sgml")
    feed.wire["standard"] = "TREC" if first.name == "DOC" else "Reuters-21578"
    # The document's end tag is missing only when the file was cut short.
    feed.wire["truncated"] = first.end == len(text)
    inner = _elements(text, first.start, first.end)
    used: set[int] = set()  # 0-based lines that became story parts

    parts: list[_Element] = []  # the elements that became headline, byline, dateline

    def take(element: _Element) -> None:
        a, b = doc.span(element)
        used.update(range(a, b + 1))
        parts.append(element)

    by_name: dict[str, list[_Element]] = {}
    for element in inner:
        by_name.setdefault(element.name, []).append(element)

    for name in _HEADLINE_TAGS:
        for element in by_name.get(name, []):
            paragraph = doc.paragraph(element)
            if paragraph is None:
                continue
            take(element)
            if feed.headline is None and not paragraph.text.startswith(("Eds:", "Ed:")):
                feed.headline = paragraph
            else:
                _remove(feed, paragraph, "note")
        if feed.headline is not None:
            break

    # TREC's <BYLINE>; Reuters-21578's <AUTHOR> (`by Janie Gabbett, Reuters`).
    for element in by_name.get("BYLINE", []) + by_name.get("AUTHOR", []):
        paragraph = doc.paragraph(element)
        if paragraph is None:
            continue
        take(element)
        if feed.byline is None and match_byline(paragraph.text) is not None:
            feed.byline = paragraph
        else:
            reason = "agency-credit" if is_agency_writer_line(paragraph.text) else "byline-note"
            _remove(feed, paragraph, reason)

    for element in by_name.get("DATELINE", [])[:1]:
        paragraph = doc.paragraph(element)
        if paragraph is not None:
            feed.dateline = paragraph
            take(element)

    docno = by_name.get("DOCNO", [])
    if docno:
        number = doc.paragraph(docno[0])
        feed.wire["item_id"] = number.text if number else None
    newid = _NEWID_RE.search(text, text.rfind("<", 0, first.start), first.start)
    if newid and "item_id" not in feed.wire:
        feed.wire["item_id"] = newid.group(1)
    for name in ("FILEID", "DATE", "DD"):
        for element in by_name.get(name, [])[:1]:
            stamp = doc.paragraph(element)
            if stamp is None or feed.transmitted is not None:
                continue
            trailer = anpa_trailer(stamp.text)
            feed.transmitted = trailer[1] if trailer else _archive_date(stamp.text)

    body = next((e for name in _BODY_TAGS for e in by_name.get(name, []) if doc.content(e)), None)
    if body is not None:
        # Keep what lies inside the body and outside the parts already taken (Reuters puts
        # <TITLE> and <DATELINE> inside <TEXT>, and <BODY> on the dateline's line).
        taken = [e for e in inner if e.start >= body.start and e.end <= body.end and e in parts]
        a, b = doc.span(body)
        lines = ["" for _ in doc.lines]
        # Offset ranges to blank: before the body, the parts taken, after the body.
        cut = [(-1, body.start), *((e.start, e.end) for e in taken), (body.end, len(text) + 1)]
        for i in range(a, b + 1):
            line, begin = doc.lines[i], doc.starts[i]
            for lo, hi in cut:
                if lo < begin + len(line) and hi > begin:  # blank what the line holds of it
                    x, y = max(lo - begin, 0), min(hi - begin, len(line))
                    line = line[:x] + " " * (y - x) + line[y:]
            lines[i] = line
        paragraphs = body_paragraphs(lines, a, b + 1, feed.removed)
        # A body that starts mid-line (`</DATELINE><BODY>Eleven grain ships ...`) has a
        # short first line that looks like a paragraph of its own; its sentence goes on.
        if (
            len(paragraphs) > 1
            and not paragraphs[0].text.rstrip().endswith((".", "!", "?", ":", '"', "'"))
            and paragraphs[1].text[:1].islower()
        ):
            paragraphs[:2] = [_joined(paragraphs[0], paragraphs[1])]
        feed.paragraphs = [decoded(p) for p in paragraphs]
        used.update(i for i in range(a, b + 1) if lines[i].strip())

    last_line = doc.span(first)[1]
    for i, line in enumerate(doc.lines):
        if i in used or not line.strip():
            continue
        reason = "wire-header" if i <= last_line else "other-document"
        feed.removed.append(Removed(line=i + 1, text=" ".join(line.split()), reason=reason))
    return feed


def _joined(first: Paragraph, second: Paragraph) -> Paragraph:
    shift = len(first.text) + 1
    spans = (*first.spans, *(replace(span, start=span.start + shift) for span in second.spans))
    return Paragraph(text=f"{first.text} {second.text}", spans=spans)


def _archive_date(text: str) -> datetime | None:
    """The time of a `26-FEB-1987 15:01:01.79` stamp, or the date of a `03/24/87` one
    (WSJ's <DD>); no zone, as the archives give none."""
    slashed = _SLASHED_DATE_RE.search(text)
    if slashed is not None:
        month, day, year = (int(g) for g in slashed.groups())
        try:
            return datetime(full_year(year), month, day)
        except ValueError:
            return None
    match = _ARCHIVE_DATE_RE.search(text)
    if match is None or match.group(2).lower() not in _MONTHS:
        return None
    day, year = int(match.group(1)), int(match.group(3))
    month = _MONTHS.index(match.group(2).lower()) + 1
    hour, minute, second = (int(match.group(k) or 0) for k in (4, 5, 6))
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _remove(feed: Feed, paragraph: Paragraph, reason: str) -> None:
    feed.removed.append(Removed(line=paragraph.locate(0)[0], text=paragraph.text, reason=reason))
