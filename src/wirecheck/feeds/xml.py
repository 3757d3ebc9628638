"""Safe XML reading for NITF, NewsML and NewsML-G2: a small positioned element tree.

All XML goes through defusedxml's expat reader. Entity declarations (the "billion laughs"
bomb, quadratic blow-up, external entities that read local files or URLs) are refused
before any expansion, so hostile input fails at once with ``FeedError``. External DTDs
(``<!DOCTYPE nitf SYSTEM "nitf.dtd">``, common in real NITF) are never fetched; the
entities such a DTD would define (``&nbsp;``) come back from expat as skipped and are read
as their HTML meaning.

The tree keeps, for every element, its start position and, for every piece of text, a
``TextRun`` with its line and column (expat counts columns in characters), so story text
taken from any element maps back to the input.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import entities
from typing import Any
from xml.sax import SAXParseException
from xml.sax.handler import (
    ContentHandler,
    feature_external_ges,
    feature_external_pes,
    feature_namespaces,
)
from xml.sax.xmlreader import InputSource

import defusedxml.sax
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden

from wirecheck.feeds import FeedError
from wirecheck.feeds.model import Located, TextRun
from wirecheck.feeds.text import BlockCollector

_XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(slots=True)
class Node:
    """An element: its local name, attributes (``xml:lang`` keeps its prefix), position
    (1-based) and children in document order."""

    tag: str
    attrs: dict[str, str]
    line: int
    column: int
    children: list[Node | TextRun] = field(default_factory=list)
    # On the root only: the input ended before the root closed (a file cut short). The
    # tree then holds everything up to the cut, the last text included.
    truncated: bool = False

    def get(self, name: str) -> str | None:
        return self.attrs.get(name)

    def elements(self) -> Iterator[Node]:
        """The child elements."""
        return (c for c in self.children if isinstance(c, Node))

    def child(self, *tags: str) -> Node | None:
        """The first child element named one of ``tags``."""
        return next((c for c in self.elements() if c.tag in tags), None)

    def path(self, *steps: str) -> Node | None:
        """Follow child names (each step the first child of that name)."""
        node: Node | None = self
        for step in steps:
            node = node.child(step) if node is not None else None
        return node

    def iter(self, *tags: str) -> Iterator[Node]:
        """This element and its descendants in document order (all of them without ``tags``)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if not tags or node.tag in tags:
                yield node
            stack.extend(reversed(list(node.elements())))

    def first(self, *tags: str) -> Node | None:
        """The first descendant (or this element) named one of ``tags``."""
        return next(self.iter(*tags), None)

    def runs(self) -> list[TextRun]:
        """All text inside the element, in order."""
        out: list[TextRun] = []
        stack: list[Node | TextRun] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, TextRun):
                out.append(item)
            else:
                stack.extend(reversed(item.children))
        return out

    def located(self) -> Located:
        return Located.of(self.runs())

    def text(self) -> str:
        """The element's text, whitespace-normalised."""
        return " ".join("".join(r.text for r in self.runs()).split())

    def feed(self, collector: BlockCollector) -> None:
        """Send the element's content (not the element itself) to a ``BlockCollector``."""
        stack: list[tuple[Node | TextRun, bool]] = [(c, False) for c in reversed(self.children)]
        while stack:
            item, closing = stack.pop()
            if isinstance(item, TextRun):
                collector.text([item])
            elif closing:
                collector.end(item.tag)
            else:
                collector.start(item.tag)
                stack.append((item, True))
                stack.extend((c, False) for c in reversed(item.children))


class _TreeBuilder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.root: Node | None = None
        self._stack: list[Node] = []
        self._locator: Any = None

    @property
    def open(self) -> bool:
        """Whether an element is still open (the root has not closed)."""
        return bool(self._stack)

    def setDocumentLocator(self, locator: Any) -> None:
        self._locator = locator

    def _where(self) -> tuple[int, int]:
        if self._locator is None:
            return 1, 1
        return int(self._locator.getLineNumber()), int(self._locator.getColumnNumber()) + 1

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:
        line, column = self._where()
        values: dict[str, str] = {}
        for (uri, local), value in attrs.items():
            values["xml:" + local if uri == _XML_NS else local] = value
        node = Node(tag=name[1], attrs=values, line=line, column=column)
        if self._stack:
            self._stack[-1].children.append(node)
        else:
            self.root = node
        self._stack.append(node)

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        self._stack.pop()

    def characters(self, content: str) -> None:
        if not self._stack:
            return
        line, column = self._where()
        children = self._stack[-1].children
        for index, part in enumerate(content.split("\n")):
            if index:
                children.append(TextRun("\n", line + index - 1, column if index == 1 else 1))
                column = 1
            if part:
                children.append(TextRun(part, line + index, column))

    def skippedEntity(self, name: str) -> None:
        if not self._stack:
            return
        line, column = self._where()
        text = entities.html5.get(f"{name};", f"&{name};")
        self._stack[-1].children.append(TextRun(text, line, column))


def parse_xml(data: bytes | str) -> Node:
    """The root element of an XML document.

    Raises ``FeedError`` (one line, fit for the user) when the document declares entities
    or refers to external ones, or is not well-formed.

    HTML's named entities (`&mdash;`, `&nbsp;`) are read as HTML reads them. Under a
    DOCTYPE (NITF's names a DTD that is never read) expat passes them on as skipped; many
    NITF files carry them with no DOCTYPE at all, which XML calls not well-formed, so such
    a file is read again with a DOCTYPE set after its declaration, on the same line, so
    that no line number moves.
    """
    try:
        return _parse(data)
    except FeedError as error:
        blanked = _controls_blanked(data) if "invalid token" in str(error) else None
        if blanked is not None:
            # A stray control character, which XML forbids, costs the whole story: it is
            # read as a space (one byte for one, so no position moves; WC503 reports it).
            return parse_xml(blanked)
        if "undefined entity" not in str(error):
            raise
        typed = _with_doctype(data)
        if typed is None:
            raise
        root = _parse(typed[0])
        _shift_first_line(root, typed[1])
        return root


# C0 controls XML 1.0 forbids (all but tab, line feed and carriage return).
_XML_CONTROLS = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_CONTROLS_TO_SPACES = bytes.maketrans(_XML_CONTROLS, b" " * len(_XML_CONTROLS))


def _controls_blanked(data: bytes | str) -> bytes | str | None:
    """``data`` with its forbidden control characters made spaces, or None if it has none
    (or is UTF-16 or UTF-32, whose NUL bytes are its characters' halves)."""
    if isinstance(data, str):
        cleaned = data.translate({c: " " for c in _XML_CONTROLS})
        return cleaned if cleaned != data else None
    if b"\x00\x00" in data[:64] or data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"<\x00" in data[:64]:
        return None
    cleaned_bytes = data.translate(_CONTROLS_TO_SPACES)
    return cleaned_bytes if cleaned_bytes != data else None


_DOCTYPE = "<!DOCTYPE document SYSTEM 'document.dtd'>"


def _with_doctype(data: bytes | str) -> tuple[bytes | str, int] | None:
    """``data`` with a DOCTYPE after its XML declaration, and the column (1-based) it went
    in at; None if it has one already (or is UTF-16, whose bytes this would break)."""
    text = data.decode("latin-1") if isinstance(data, bytes) else data
    if "<!DOCTYPE" in text or (isinstance(data, bytes) and b"\x00" in data[:4]):
        return None
    start = text.find("?>") + 2 if text.lstrip("\ufeff\xef\xbb\xbf").startswith("<?xml") else 0
    if isinstance(data, bytes):
        return data[:start] + _DOCTYPE.encode("ascii") + data[start:], start + 1
    return data[:start] + _DOCTYPE + data[start:], start + 1


def _shift_first_line(root: Node, at: int) -> None:
    """Move what the DOCTYPE pushed right on line 1 back to its own columns."""
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.line == 1 and node.column >= at:
            node.column -= len(_DOCTYPE)
        for i, child in enumerate(node.children):
            if isinstance(child, Node):
                stack.append(child)
            elif child.line == 1 and child.column >= at:
                node.children[i] = TextRun(child.text, 1, child.column - len(_DOCTYPE))


# What expat says when the input ends with the root still open: between tags, inside a
# tag or reference, inside CDATA, inside a character's bytes. No other error means that.
_CUT_SHORT = frozenset(
    {"no element found", "unclosed token", "unclosed CDATA section", "partial character"}
)


def _parse(data: bytes | str) -> Node:
    parser = defusedxml.sax.make_parser()
    parser.forbid_dtd = False
    parser.forbid_entities = True
    # The external DTD subset is not an entity declaration: it is simply never read.
    parser.forbid_external = False
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    builder = _TreeBuilder()
    parser.setContentHandler(builder)
    source = InputSource()
    if isinstance(data, str):
        source.setCharacterStream(io.StringIO(data))
    else:
        source.setByteStream(io.BytesIO(data))
    try:
        parser.parse(source)
    except EntitiesForbidden as error:
        where = f" ({error.sysid})" if error.sysid else ""
        raise FeedError(
            f"XML refused: it declares the entity {error.name!r}{where}; entity declarations "
            "are not accepted (entity-expansion and external-entity attacks)"
        ) from None
    except ExternalReferenceForbidden as error:
        raise FeedError(f"XML refused: external reference {error.sysid!r}") from None
    except DefusedXmlException as error:
        raise FeedError(f"XML refused: {error}") from None
    except LookupError as error:
        # `<?xml ... encoding="U"?>`: expat asks Python for a codec that does not exist.
        raise FeedError(f"XML refused: {error}") from None
    except SAXParseException as error:
        if builder.root is not None and error.getMessage() in _CUT_SHORT:
            # A file cut short (a transfer or a disk that stopped) keeps its story up to
            # the cut: each element still open runs to the end, as in an SGML archive. Cut
            # after its root closed (in a comment under it), the story is whole.
            builder.root.truncated = builder.open
            return builder.root
        column = error.getColumnNumber()
        raise FeedError(
            f"not well-formed XML: {error.getMessage()} at line {error.getLineNumber()}, "
            f"column {column + 1 if column is not None else '?'}"
        ) from None
    if builder.root is None:
        raise FeedError("not well-formed XML: no root element")
    return builder.root


def xml_lang(root: Node, *inner: Node | None) -> str | None:
    """The nearest ``xml:lang``: on the inner elements given (innermost first), else the root."""
    for node in (*inner, root):
        if node is not None and node.get("xml:lang"):
            return node.get("xml:lang")
    return None
