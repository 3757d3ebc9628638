"""ANPA-1312, the teletype format of US agencies (AP and others).

A story is framed by control characters::

    SYN SYN SOH  a0417 US asw                     service level, story number, selector
    r i DC3 DC1 BC-EU--Harbor-Strike 1stLd-Writethru 03-14 0163
                                                  priority, category, format codes,
                                                  keyword (slug), version, date, word count
    STX ^BC-EU--Harbor-Strike,1st Ld-Writethru,0163<     header lines start with ^ and
    ^Dockworkers walk out at three Baltic ports<         end with <: slug, headline,
    ^Eds: UPDATES with union statement.<                 Eds: notes, photo references,
    ^By MARTA KELLNER<                                   byline
    TAB GDANSK, Poland (AP) _ Dockworkers ...            tab-indented paragraphs
    ETX AP-WF-03-14-24 1142GMT<                          trailer: agency, desk, date, time
    EOT

The text is kept as written: ````quotes''`` and `` _ `` dashes are the copy, not markup.
"""

from __future__ import annotations

import re
from datetime import datetime

from wirecheck.byline import is_agency_writer_line, match_byline
from wirecheck.feeds.dates import anpa_trailer
from wirecheck.feeds.lines import body_paragraphs, remove_line
from wirecheck.feeds.model import Feed
from wirecheck.model import Removed
from wirecheck.regexes import regex
from wirecheck.segment import build_paragraph

STX, ETX, EOT = "\x02", "\x03", "\x04"

_CONTROL_RE = regex(r"[\x00-\x08\x0b-\x1f]")
# `a0417`: service level and story number, right after the framing.
_NUMBER_RE = regex(r"^[\x16\x01\s]*(?P<service>[A-Za-z])(?P<number>\d{4})")
# `r i BC-EU--Harbor-Strike 1stLd-Writethru 03-14 0163` (format codes already blanked).
_HEADER_RE = regex(
    r"(?:^|\s)(?P<priority>[A-Za-z])\s+(?P<category>[A-Za-z])\s+(?P<keyword>\S.*?)\s+"
    r"(?P<month>\d{2})-(?P<day>\d{2})\s+(?P<words>\d{3,4})\b"
)
_EDS_RE = regex(r"^(?:--)?Eds?:\s*", re.IGNORECASE)
_SLUG_RE = regex(r"^(?:[A-Za-z]{2}-)[\w-]+(?:,|\s|$)")
_PHOTO_RE = regex(
    r"^(?:With\s+)?(?:AP\s+)?(?:Photos?|Graphics?|Video|Audio)\b|\bAP Photos?\b", re.IGNORECASE
)
# A caret line that is only the story's priority word (`^BULLETIN<`): a label, not a title.
_PRIORITY_RE = regex(r"^(?:FLASH|BULLETIN|URGENT|ADVISORY|BREAKING(?: NEWS)?)\W*$", re.IGNORECASE)
# ANPA priority letters as IPTC urgency: flash, bulletin, urgent, routine, deferred.
URGENCY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 5, "s": 5}


def _header(text: str, feed: Feed) -> None:
    number = _NUMBER_RE.match(text)
    if number:
        feed.wire["item_id"] = number.group("service") + number.group("number")
    fields = _HEADER_RE.search(_CONTROL_RE.sub(" ", text))
    if fields is None:
        return
    priority = fields.group("priority")
    keyword = re.split(r"[\s,]+", fields.group("keyword").strip(), maxsplit=1)
    feed.wire.update(
        priority=priority,
        urgency=URGENCY.get(priority.lower()),
        category=fields.group("category"),
        slug=keyword[0],
        version=keyword[1] if len(keyword) > 1 else None,
        word_count=int(fields.group("words")),
    )


def _caret_line(raw: str) -> str:
    """A `^` header line with `^`, the closing `<` (or `=<`) and control characters blanked (so
    columns stay those of the input)."""
    line = _CONTROL_RE.sub(" ", raw)
    stripped = line.lstrip()
    if stripped.startswith("^"):
        at = len(line) - len(stripped)
        line = line[:at] + " " + line[at + 1 :]
    return re.sub(r"[<=]+\s*$", lambda m: " " * len(m.group()), line)  # `=<` too


# How many header lines (story number, keyword line) come before the ^ lines.
_HEADER_LINES = 2


def _caret(line: str) -> bool:
    return _CONTROL_RE.sub("", line).lstrip().startswith("^")


def _bare_trailer(lines: list[str], start: int) -> int:
    """Where the trailer starts in a story without ETX (its control bytes stripped): the
    last line of text when it is the trailer's wire id and time (`AP-WF-02-20-16
    0337GMT<`), else the end."""
    last = next((n for n in range(len(lines) - 1, start, -1) if lines[n].strip()), None)
    if last is not None and anpa_trailer(lines[last]) is not None:
        return last
    return len(lines)


def _find(lines: list[str], char: str, start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if char in lines[i]), None)


def read(data: bytes | str, text: str) -> Feed:
    """Read one ANPA-1312 story (the decoded ``text``; ``data`` is not needed)."""
    lines = text.split("\n")
    feed = Feed(format="anpa")
    feed.wire["standard"] = "ANPA-1312"
    stx = _find(lines, STX)
    framed = stx is not None
    if stx is None:
        # No STX (its control bytes stripped): the header is the lines before the first
        # ^ line (the story number's, then the keyword's), or the first line.
        carets = (n for n in range(min(len(lines), _HEADER_LINES + 1)) if _caret(lines[n]))
        stx = next(carets, min(1, len(lines)))
        header_text = "\n".join(lines[:stx])
    else:
        header_text = "\n".join([*lines[:stx], lines[stx].split(STX, 1)[0]])
    _header(header_text, feed)
    for i in range(stx):
        remove_line(lines, i, "wire-header", feed.removed)
    etx = _find(lines, ETX, stx) or _find(lines, EOT, stx) or _bare_trailer(lines, stx)
    if framed:
        # Text opened with STX closes with ETX (or the EOT after it): without either, the
        # transmission stopped or the file was cut short.
        opened = text.find(STX)
        feed.wire["truncated"] = text.find(ETX, opened) < 0 and text.find(EOT, opened) < 0

    # The ^ lines after STX: slug, headline, notes, photo references, byline.
    notes: list[str] = []
    i = stx
    while i < etx:
        raw = lines[i].split(STX, 1)[-1] if i == stx else lines[i]
        visible = _CONTROL_RE.sub("", raw).strip()
        if not visible:
            i += 1
            continue
        if not visible.startswith("^"):
            break
        cleaned = _caret_line(raw if i != stx else " " * (len(lines[i]) - len(raw)) + raw)
        built = build_paragraph([(i + 1, cleaned)])
        line_text = built.text
        reason: str | None = None
        if _EDS_RE.match(line_text):
            notes.append(_EDS_RE.sub("", line_text))
            reason = "editors-note"
        elif _SLUG_RE.match(line_text) or line_text == feed.wire.get("slug"):
            reason = "slug"
        elif _PRIORITY_RE.match(line_text):
            reason = "wire-header"
        elif feed.byline is None and match_byline(line_text) is not None:
            feed.byline = built
        elif feed.byline is not None and is_agency_writer_line(line_text):
            reason = "agency-credit"
        elif _PHOTO_RE.search(line_text):
            reason = "photo-reference"
        elif feed.headline is None:
            feed.headline = built
        else:
            reason = "wire-header"
        if reason is not None:
            feed.removed.append(Removed(line=i + 1, text=line_text, reason=reason))
        i += 1
    if notes:
        feed.wire["editors_note"] = " / ".join(notes)

    body = [_caret_line(line) if n >= i else line for n, line in enumerate(lines)]
    feed.paragraphs = body_paragraphs(body, i, etx, feed.removed)
    _trailer(lines, etx, feed)
    return feed


def _trailer(lines: list[str], etx: int, feed: Feed) -> None:
    transmitted: datetime | None = None
    for n in range(etx, len(lines)):
        tail = lines[n].split(ETX, 1)[-1] if n == etx else lines[n]
        found = anpa_trailer(tail)
        if found is not None and transmitted is None:
            feed.wire["source"], transmitted = found
        remove_line(lines, n, "wire-trailer", feed.removed)
    feed.transmitted = transmitted
