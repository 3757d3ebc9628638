"""IPTC 7901, the teletype format of European agencies (dpa, APA, SDA, ANP and others).

::

    SOH dpa0312 4 wi 198 keywords       source and sequence, priority digit, category,
                                        word count, keywords
    Energie/Strompreise/                slug lines end in /
    STX Koalition einigt sich =         headline (dpa ends it with ` =`)
    Berlin (dpa) - Die Koalition ...    body, wrapped, paragraphs indented or spaced
    Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt
    ...                                 not-for-publication block
    ETX
    071341 GMT Okt 15                   trailer: day, time, zone, month, year
    EOT

The bytes are Latin-1 unless they are valid UTF-8 (``wirecheck.decode`` tries UTF-8 first,
then Windows-1252, which reads every printable Latin-1 byte the same).
"""

from __future__ import annotations

import re

from wirecheck.feeds.dates import iptc_trailer
from wirecheck.feeds.lines import body_paragraphs, remove_line
from wirecheck.feeds.model import Feed
from wirecheck.model import Removed
from wirecheck.regexes import regex
from wirecheck.segment import build_paragraph, clean_line

SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"

_HEADER_RE = regex(
    r"^\s*(?P<source>[A-Za-z]+)\s?(?P<sequence>\d+)\s+(?P<priority>\d)\s+"
    r"(?P<category>[A-Za-z]{1,3})\s+(?P<words>\d+)\s*(?P<keywords>.*)$"
)
# The start of the block that is not for publication, in the agencies' own words.
_NOT_FOR_PUBLICATION_RE = regex(
    r"not (?:intended )?for publication|nicht zur Ver(?:ö|oe)ffentlichung bestimmt|"
    r"^\s*Notizblock\s*$|^\s*(?:\*\s*){3,}$",
    re.IGNORECASE,
)
# dpa's closing line of desk codes: `dpa ul xx n1 fl`.
_SIGN_OFF_RE = regex(r"^(?:dpa|dpa-AFX|apa|sda|anp|afp|ap)(?:\s+[\w/-]{1,6}){1,8}\s*$")
# How many lines a headline may wrap over before its closing ` =`.
_HEADLINE_LINES = 3
_CONTROL_RE = regex(r"[\x00-\x08\x0b-\x1f]")


def _header(line: str, feed: Feed) -> None:
    fields = _HEADER_RE.match(_CONTROL_RE.sub(" ", line))
    if fields is None:
        return
    priority = fields.group("priority")
    keywords = fields.group("keywords").strip()
    feed.wire.update(
        source=fields.group("source"),
        item_id=fields.group("source") + fields.group("sequence"),
        priority=priority,
        urgency=int(priority) if priority != "0" else None,
        category=fields.group("category"),
        word_count=int(fields.group("words")),
        slug=keywords or None,
    )


def _find(lines: list[str], char: str, start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if char in lines[i]), None)


def _blank(line: str) -> bool:
    return not _CONTROL_RE.sub("", line).strip()


def _headline(lines: list[str], start: int, end: int, feed: Feed) -> int:
    """Set the headline from ``lines[start:]``; return the index after it."""
    while start < end and _blank(lines[start].split(STX, 1)[-1]):
        start += 1
    run: list[int] = []
    for i in range(start, min(end, start + _HEADLINE_LINES)):
        if _blank(lines[i]):
            break
        run.append(i)
        if lines[i].rstrip().endswith("="):
            break
    if not run:
        return start
    if not lines[run[-1]].rstrip().endswith("="):
        run = run[:1]
    cleaned = [(i + 1, re.sub(r"\s*=\s*$", "", lines[i])) for i in run]
    feed.headline = build_paragraph(cleaned)
    after = run[-1] + 1
    # dpa's second line ending in ` =` (a subtitle) right under the headline.
    for i in range(after, min(end, after + 2)):
        if lines[i].rstrip().endswith(" ="):
            remove_line(lines, i, "subheadline", feed.removed)
            after = i + 1
        elif not _blank(lines[i]):
            break
    return after


def read(data: bytes | str, text: str) -> Feed:
    """Read one IPTC 7901 story (the decoded ``text``; ``data`` is not needed)."""
    lines = text.split("\n")
    feed = Feed(format="iptc7901")
    feed.wire["standard"] = "IPTC 7901"
    soh = _find(lines, SOH)
    stx = _find(lines, STX)
    framed = stx is not None
    if soh is not None:
        _header(lines[soh].split(SOH, 1)[1], feed)
    if stx is None:
        stx = (soh or 0) + 1
        if stx >= len(lines):
            return feed
    slugs: list[str] = []
    for i in range(stx):
        line = clean_line(lines[i])
        if i != soh and line.endswith("/"):
            slugs.append(line.rstrip("/ "))
            remove_line(lines, i, "slug", feed.removed)
        else:
            remove_line(lines, i, "wire-header", feed.removed)
    if slugs:
        feed.wire["slug"] = "/".join(slugs)
    etx = _find(lines, ETX, stx) or _find(lines, EOT, stx) or len(lines)
    if framed:
        # Text opened with STX closes with ETX (or the EOT after it): without either, the
        # transmission stopped or the file was cut short.
        opened = text.find(STX)
        feed.wire["truncated"] = text.find(ETX, opened) < 0 and text.find(EOT, opened) < 0
    lines_after_stx = [*lines[:stx], lines[stx].split(STX, 1)[-1], *lines[stx + 1 :]]
    body_start = _headline(lines_after_stx, stx, etx, feed)

    end = next((i for i in range(body_start, etx) if _NOT_FOR_PUBLICATION_RE.search(lines[i])), etx)
    note = [clean_line(lines[i]) for i in range(end, etx)]
    for i in range(end, etx):
        remove_line(lines, i, "not-for-publication", feed.removed)
    note_text = " / ".join(n for n in note[1:] if n)
    if note_text:
        feed.wire["editors_note"] = note_text

    paragraphs = body_paragraphs(lines, body_start, end, feed.removed)
    while paragraphs and _SIGN_OFF_RE.match(paragraphs[-1].text):
        last = paragraphs.pop()
        feed.removed.append(Removed(line=last.spans[0].line, text=last.text, reason="sign-off"))
    feed.paragraphs = paragraphs

    for i in range(etx, len(lines)):
        tail = lines[i].split(ETX, 1)[-1] if i == etx else lines[i]
        found = iptc_trailer(_CONTROL_RE.sub(" ", tail))
        if found is not None and feed.transmitted is None:
            feed.transmitted = found
        remove_line(lines, i, "wire-trailer", feed.removed)
    return feed
