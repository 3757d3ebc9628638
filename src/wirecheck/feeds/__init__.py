"""Agency feeds in: ANPA-1312, IPTC 7901, NITF, NewsML 1.x, NewsML-G2 and ninjs.

``detect`` looks at the first bytes of an input only, so plain text pays nothing for the
feed readers; those are imported only when an input is a feed. A feed becomes the same
``Story`` as plain text (``wirecheck.feeds.story``), with ``Story.source.format`` naming
the format and ``Story.wire`` holding what the feed says about the story:

``item_id``
    The agency's id of the item (NewsML-G2 ``guid``, NITF ``doc-id``, NewsML
    ``PublicIdentifier``, ninjs ``uri``, ANPA service level and story number, IPTC 7901
    source and sequence number).
``standard``
    The format and its version as the feed states it (``NewsML-G2 2.29``, ``NITF 3.6``,
    ``ninjs 2.1``, ``ANPA-1312``, ``IPTC 7901``).
``source``
    The agency or service that sent it (``AP``, ``dpa``), when the feed names it.
``slug``
    The keyword or slugline as written (``BC-EU--Harbor-Strike``, ``Wahlen/Hessen``).
``priority``
    The feed's priority code as written (ANPA letter ``r``, IPTC 7901 digit ``4``,
    NewsML-G2 ``urgency``).
``urgency``
    The priority as an IPTC urgency, 1 (highest) to 9, or null.
``category``
    The category code as written (ANPA ``a``, IPTC 7901 ``pl``).
``version``
    The version or take (``1stLd-Writethru``, NewsML-G2 ``version="3"``).
``word_count``
    The word count the feed declares (int), not the one counted.
``editors_note``
    Notes for editors, not for publication (``Eds:`` lines, ``edNote``, the IPTC 7901
    not-for-publication block), joined with `` / ``.
``transmitted``
    The transmission or version time as ISO 8601 (with its zone when the feed gives one).
    Its date is the reference date for a dateline date without a year.
``language``
    ISO 639-1 code (``en``, ``de``) from the feed (``xml:lang``, ``language``), else
    detected from the text, else null. Spelling rules run only for ``en`` or null.
``language_source``
    ``feed`` or ``detected`` (null with no language).
``located``
    The place the feed's metadata gives for the story (``located``, NITF dateline
    location), as written.
``subjects``, ``places``
    Lists of ``{"name": ..., "code": ...}`` (code: a qcode or subject code, or null).
``truncated``
    True when the file ends with the feed's markup still open (an XML element, a JSON
    object, an SGML document without its end tag, teletype text opened with STX and never
    closed with ETX or EOT): it was cut short, and the story holds what came before the
    cut. False when the markup closes; null for a teletype story without STX framing.

A key the feed does not carry is null (the lists empty), so the object has the same keys
for every feed.
"""

from __future__ import annotations

import codecs
import importlib
import re
from functools import cache
from typing import Protocol

from wirecheck.decode import NotTextError, wide_without_bom
from wirecheck.regexes import regex

# The formats ``--input-format`` accepts; "text" is the plain-text parser.
FORMATS: tuple[str, ...] = ("text", "anpa", "iptc7901", "nitf", "newsml", "ninjs", "sgml")

WIRE_KEYS: tuple[str, ...] = (
    "item_id",
    "standard",
    "source",
    "slug",
    "priority",
    "urgency",
    "category",
    "version",
    "word_count",
    "editors_note",
    "transmitted",
    "language",
    "language_source",
    "located",
    "subjects",
    "places",
    "truncated",
)

# Detection reads no further than this: feed framing and XML roots come first.
_HEAD_BYTES = 2048

_ANPA_HEADER_RE = regex(r"\x01[A-Za-z]\d{4}\x1f")
# IPTC 7901's header after SOH: source and sequence, priority digit, category (`dpa0312 4 wi`).
_IPTC_HEADER_RE = regex(r"\x01\s*[A-Za-z]+\s?\d+\s+\d\s+[A-Za-z]{1,3}\s")
_STX = "\x02"
# ANPA-1312 whose control bytes were stripped (pasted, or stored as text): the service
# level and story number (`z6715-----`), the header line of priority, category, keyword,
# date and word count (`r z BC-BKN--Heat-Hawks 1stLd-Writethru 02-20 0500`), then the
# caret lines (`^Deng has 30 points ...<`).
_BARE_ANPA_RE = regex(
    r"[A-Za-z]\d{4}\S*[ \t]*\r?\n[A-Za-z] [A-Za-z] [^\n]*?\d\d-\d\d[ \t]+\d{3,4}[ \t]*\r?\n"
    r"[ \t]*\^"
)


@cache
def _xml_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`<?xml ...?>`, comments and a DOCTYPE before the root element; the root's local
    name. Compiled when an input opens with `<`: plain text does not pay for them."""
    prolog = regex(
        r"(?:\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE\s+(?P<doctype>[\w.:-]+)[^[>]*(?:>|(?P<subset>\[))))*",
        re.DOTALL,
    )
    return prolog, regex(r"\s*<(?:[\w.-]+:)?(?P<root>[\w.-]+)[\s/>]")


_XML_ROOTS = {
    "nitf": "nitf",
    "NewsML": "newsml",
    "newsItem": "newsml",
    "newsMessage": "newsml",
    "packageItem": "newsml",
}


# SGML archives: the TREC collections' `<DOC>`, Reuters-21578's `<REUTERS>`.
_SGML_ROOTS = frozenset({"DOC", "REUTERS"})


class FeedError(NotTextError):
    """An input that claims to be a feed but cannot be read safely or at all: XML with
    entity declarations (refused), XML that is not well-formed, a forced ``input_format``
    that does not fit. The message is one line for the user.

    It is a ``NotTextError`` so that every caller that already reports unreadable input
    (the CLI: ``wirecheck: PATH: reason``, exit 2) reports this too.
    """


class NotAFeed(Exception):
    """Raised by a reader when the input, read without error, is not its format after all
    (a JSON object that is no ninjs, an XHTML page): the caller falls back
    to plain text unless the user forced the format."""


class _Reader(Protocol):
    def __call__(self, data: bytes | str, text: str) -> object: ...


def _head(data: bytes | str) -> str:
    if isinstance(data, str):
        return data[:_HEAD_BYTES].lstrip("\ufeff \t\r\n")
    head = data[:_HEAD_BYTES]
    wide = wide_without_bom(head) if b"\x00" in head[:64] else None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    elif wide is not None:  # UTF-16 or UTF-32 saved without a byte order mark
        text = head.decode(wide, errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return text.lstrip("\ufeff \t\r\n")


def detect(data: bytes | str) -> str:
    """The input format by its first bytes: one of ``FORMATS``, or ``xml`` for an XML
    document of unknown vocabulary (read safely by the generic XML reader; an XHTML page
    is taken as text).

    ANPA-1312 opens with SYN SYN SOH (or SOH, a service letter and a story number); IPTC
    7901 with SOH, then an STX or a header of its shape; XML feeds with their root
    element (after the prolog); ninjs with ``{``.
    """
    head = _head(data)
    if not head:
        return "text"
    first = head[0]
    # A teletype feed is framed beyond its first byte: its text opens with STX, or its SOH
    # line is a header of the feed's shape. One control byte before a page (a damaged
    # transfer) is no feed: the page is read as text and the byte reported.
    if head.startswith("\x16\x16") or (first == "\x16" and _STX in head):
        return "anpa"
    if _ANPA_HEADER_RE.match(head) or _BARE_ANPA_RE.match(head):
        return "anpa"
    if first == "\x01" and (_STX in head or _IPTC_HEADER_RE.match(head)):
        return "iptc7901"
    if first == "{" or (first == "[" and head[1:].lstrip()[:1] == "{"):
        return "ninjs"  # one object; a list of them is refused with its reason
    if first != "<":
        return "text"
    prolog_re, root_re = _xml_res()
    prolog = prolog_re.match(head)
    assert prolog is not None  # the pattern matches the empty string
    root = root_re.match(head, prolog.end())
    name = root.group("root") if root else prolog.group("doctype")
    if name in _XML_ROOTS:
        return _XML_ROOTS[name]
    if name in _SGML_ROOTS:
        return "sgml"
    # An XML declaration or an internal DTD subset: XML, whatever the root; read it safely
    # (an entity bomb is refused here). HTML pages (`<!DOCTYPE html>`, `<html>`) stay text.
    if head.startswith("<?xml") or prolog.group("subset"):
        return "xml"
    return "text"


_MODULES = {
    "anpa": "wirecheck.feeds.anpa",
    "iptc7901": "wirecheck.feeds.iptc7901",
    "nitf": "wirecheck.feeds.xmlfeeds",
    "newsml": "wirecheck.feeds.xmlfeeds",
    "xml": "wirecheck.feeds.xmlfeeds",
    "ninjs": "wirecheck.feeds.ninjs",
    "sgml": "wirecheck.feeds.sgml",
}


def reader(fmt: str) -> _Reader:
    """The ``read(data, text) -> Feed`` function of a format (imported on first use)."""
    if fmt not in _MODULES:
        raise ValueError(f"unknown input format {fmt!r}; one of {', '.join(FORMATS)}")
    try:
        module = importlib.import_module(_MODULES[fmt])
    except ModuleNotFoundError as error:
        # defusedxml is a dependency; an install without it must not read XML unsafely.
        raise FeedError(f"reading this feed needs the {error.name} package") from None
    read: _Reader = module.read
    return read


__all__ = ["FORMATS", "WIRE_KEYS", "FeedError", "NotAFeed", "detect", "reader"]
