"""IPTC ninjs (News in JSON), versions 1.x, 2.x and 3.x, read into a feed story.

- 1.x is flat: ``headline``, ``byline``, ``located``, ``body_text`` or ``body_html``,
  ``subject`` and ``place`` lists.
- 2.x has lists of objects: ``headlines``, ``bodies``, ``subjects``, ``places``, and
  ``by`` for the byline.
- 3.x is 2.x in camelCase (``versionCreated``, ``contentType``, ``edNote``).

Keys are read case-insensitively, so one reader serves all three. ``uri`` is the only
required property. ninjs has no structured dateline, only ``located``: the dateline is
found at the head of the body, as in plain text.

Positions: every string is found again in the JSON text (its literal decoded and matched),
so story text maps back to its line and column in the file, escapes included.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from wirecheck.feeds import FeedError, NotAFeed
from wirecheck.feeds.cut_json import completed
from wirecheck.feeds.dates import iso_time
from wirecheck.feeds.model import Feed, Located, TextRun
from wirecheck.feeds.text import (
    add_blocks,
    html_blocks,
    looks_like_html,
    paragraph,
    plain_paragraphs,
)
from wirecheck.model import Paragraph
from wirecheck.patterns.boilerplate import HTML_REFERENCE_RE
from wirecheck.regexes import regex

# Keys only a ninjs object has (a JSON object with none of them is something else).
_NINJS_KEYS = frozenset(
    {
        "uri",
        "headline",
        "headlines",
        "body_text",
        "body_html",
        "bodies",
        "byline",
        "by",
        "versioncreated",
        "located",
        "slugline",
    }
)
# The end of an HTML body cut short inside a tag (`<p cla`) or a reference (`&quo`).
_OPEN_MARKUP_RE = regex(r"(?:<[^<>]{0,300}|&#?\w{0,10})\Z")
_STRING_RE = regex(r'"(?:[^"\\\n]|\\.)*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Positions:
    """Where each string value of the JSON text sits, and its characters' positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._offsets: dict[str, list[int]] = {}
        for match in _STRING_RE.finditer(text):
            try:
                value = json.loads(match.group())
            except ValueError:
                continue
            self._offsets.setdefault(value, []).append(match.start() + 1)

    def _where(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def located(self, value: str) -> Located:
        """``value`` with its characters' positions (the next unused literal equal to it)."""
        offsets = self._offsets.get(value)
        if not offsets:
            return Located.of([TextRun(value, 1, 1)])
        start = offsets.pop(0) if len(offsets) > 1 else offsets[0]
        runs: list[TextRun] = []
        plain_from, i = start, start
        text = self.text

        def flush(end: int) -> None:
            if end > plain_from:
                line, column = self._where(plain_from)
                runs.append(TextRun(text[plain_from:end], line, column))

        while i < len(text) and text[i] != '"':
            if text[i] != "\\":
                i += 1
                continue
            flush(i)
            line, column = self._where(i)
            code = text[i + 1 : i + 2]
            if code == "u":
                char, width = _unicode_escape(text, i)
            else:
                char, width = _ESCAPES.get(code, code), 2
            runs.append(TextRun(char, line, column))
            i += width
            plain_from = i
        flush(i)
        return Located.of(runs)


def _unicode_escape(text: str, i: int) -> tuple[str, int]:
    """The character of ``\\uXXXX`` (a surrogate pair counts as one) at ``text[i]``."""
    high = int(text[i + 2 : i + 6], 16)
    if 0xD800 <= high < 0xDC00 and text[i + 6 : i + 8] == "\\u":
        low = int(text[i + 8 : i + 12], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)), 12
    return chr(high), 6


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k).lower(): _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


def _version(raw: dict[str, Any], item: dict[str, Any]) -> str:
    standard = item.get("standard")
    if isinstance(standard, dict) and standard.get("version"):
        return str(standard["version"])
    if any(k != k.lower() for k in raw):
        return "3.x"
    if "headlines" in item or "bodies" in item or "by" in item:
        return "2.x"
    return "1.x"


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _pick(items: Any, roles: tuple[str, ...] = ("main", "")) -> dict[str, Any] | None:
    """The object of a ninjs list with the first of ``roles`` (a missing role is "")."""
    if not isinstance(items, list):
        return None
    objects = [i for i in items if isinstance(i, dict) and _string(i.get("value"))]
    for role in roles:
        for obj in objects:
            if str(obj.get("role") or "").lower().endswith(role):
                return obj
    return objects[0] if objects else None


def _names(items: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list):
        return []
    out: list[dict[str, Any]] = []
    for obj in items:
        if isinstance(obj, dict) and (obj.get("name") or obj.get("code") or obj.get("literal")):
            code = obj.get("code") or obj.get("qcode") or obj.get("literal") or obj.get("uri")
            out.append({"name": obj.get("name"), "code": code})
    return out


def _body(item: dict[str, Any]) -> tuple[str, bool] | None:
    """The body text and whether it is markup: a body with paragraph markup when there is
    one (a ``text/plain`` body often runs every paragraph together), else plain text."""
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        objects = [b for b in bodies if isinstance(b, dict) and _string(b.get("value"))]
        marked = [b for b in objects if "html" in str(b.get("contenttype") or "").lower()]
        chosen = _pick(marked) or _pick(objects)
        if chosen is not None:
            value = str(chosen["value"])
            kind = str(chosen.get("contenttype") or "").lower()
            return value, "html" in kind or (not kind and looks_like_html(value))
    for key, markup in (("body_html", True), ("body_xhtml", True), ("body_text", False)):
        text = _string(item.get(key))
        if text is not None:
            return text, markup
    return None


# A ninjs property name written as JSON: broken JSON that holds one was meant as ninjs.
_NINJS_NAME_RE = regex(r'"(?:' + "|".join(sorted(_NINJS_KEYS)) + r')"\s*:', re.IGNORECASE)


def _broken(text: str, error: json.JSONDecodeError) -> Exception:
    """The error for JSON that does not parse: a ``FeedError`` the user sees when it was
    meant as ninjs (its property names are there), rather than a story made of braces and
    quotes; else ``NotAFeed`` (a text that only opens with `{`)."""
    if _NINJS_NAME_RE.search(text) is None:
        return NotAFeed(f"not valid JSON ({error})")
    where = f"line {error.lineno}, column {error.colno}"
    if error.msg == "Extra data":
        return FeedError(
            f"not valid ninjs JSON: a second JSON value starts at {where} (JSON Lines?); "
            "wirecheck reads one story an input"
        )
    reason = error.msg[:1].lower() + error.msg[1:]
    return FeedError(f"not valid ninjs JSON: {reason} at {where}")


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        # Arrays or objects nested thousands deep: no feed is, and the decoder recurses.
        raise FeedError("not readable as ninjs: its JSON is nested too deeply") from None


def _loads_or_none(text: str) -> Any:
    try:
        return _loads(text)
    except json.JSONDecodeError:
        return None


def read(data: bytes | str, text: str) -> Feed:
    """Read one ninjs object; raises ``NotAFeed`` for JSON that is not ninjs, and
    ``FeedError`` for ninjs that is not valid JSON or holds several stories."""
    truncated = False
    try:
        raw = _loads(text)
    except json.JSONDecodeError as error:
        # A file cut short (a transfer that stopped) is read up to the cut.
        whole = completed(text)
        raw = _loads_or_none(whole) if whole is not None else None
        if whole is None or raw is None:
            raise _broken(text, error) from None
        text, truncated = whole, True
    except FeedError:
        raise
    except ValueError as error:
        raise NotAFeed(f"not valid JSON ({error})") from None
    if isinstance(raw, list) and any(
        isinstance(x, dict) and _NINJS_KEYS & {str(k).lower() for k in x} for x in raw
    ):
        raise FeedError(
            f"a JSON list of {len(raw)} ninjs items: wirecheck reads one story an input"
        )
    if not isinstance(raw, dict):
        raise NotAFeed("the JSON is not an object")
    item = _lower_keys(raw)
    if not _NINJS_KEYS & item.keys():
        raise NotAFeed("the JSON object has none of the ninjs properties (uri, headlines, ...)")
    positions = _Positions(text)
    feed = Feed(format="ninjs")
    feed.wire["standard"] = f"ninjs {_version(raw, item)}"

    def para(value: Any) -> Paragraph | None:
        string = _string(value)
        if not string:
            return None
        located = positions.located(string)
        if HTML_REFERENCE_RE.search(string):
            # A plain-text field escaped as HTML by its producer (`Mayor&#8217;s plan`):
            # read as the bodies' markup is, each character keeping its input position.
            blocks = html_blocks(located)
            return blocks[0].paragraph if len(blocks) == 1 else paragraph(located.runs)
        return paragraph(located.runs)

    headline = _pick(item.get("headlines"))
    feed.headline = para(headline["value"] if headline else item.get("headline"))
    feed.byline = para(item.get("by") or item.get("byline"))
    body = _body(item)
    if body is not None:
        value, markup = body
        located = positions.located(value)
        if markup:
            cut = _OPEN_MARKUP_RE.search(value) if truncated else None
            if cut is not None:  # a tag or reference the cut left half-written
                located = Located.of(located.slice(0, cut.start()))
            add_blocks(feed, html_blocks(located))
        else:
            feed.paragraphs.extend(plain_paragraphs(located))
    altids = item.get("altids")
    agency_id = (
        next((a.get("value") for a in altids if isinstance(a, dict) and a.get("value")), None)
        if isinstance(altids, list)
        else None
    )
    urgency = item.get("urgency")
    feed.wire.update(
        item_id=_string(item.get("uri")) or agency_id,
        slug=_string(item.get("slugline")),
        version=_string(item.get("version")),
        editors_note=_string(item.get("ednote")),
        language=_string(item.get("language")),
        located=_string(item.get("located")),
        subjects=_names(item.get("subjects") or item.get("subject")),
        places=_names(item.get("places") or item.get("place")),
    )
    if isinstance(urgency, int) and not isinstance(urgency, bool):
        feed.wire.update(priority=str(urgency), urgency=urgency if 1 <= urgency <= 9 else None)
    words = [b.get("wordcount") for b in item.get("bodies") or [] if isinstance(b, dict)]
    feed.wire["word_count"] = next((w for w in words if isinstance(w, int)), None)
    feed.wire["truncated"] = truncated
    feed.transmitted = iso_time(
        _string(item.get("versioncreated")) or _string(item.get("firstcreated"))
    )
    return feed
