"""NITF 3.x, NewsML 1.x and NewsML-G2: the XML feeds, read through ``feeds.xml``.

What each gives, and where:

- NITF: ``hedline/hl1`` headline (``hl2`` to ``removed`` as ``standfirst``), the first
  ``byline`` (its ``byttl`` title and further bylines to ``removed`` as ``byline-note``),
  ``dateline`` (the parts of its ``location`` set apart), ``body.content`` paragraphs and
  media captions (``media-producer`` the credit), ``docdata`` (``doc-id``, ``urgency``,
  ``date.issue``, ``du-key``, ``ed-msg``, ``identified-content/location``), ``tobject``
  subjects, ``pubdata`` word count.
- NewsML 1.x: ``NewsLines`` nearest the story (``HeadLine``, ``ByLine``, ``DateLine``,
  ``SlugLine``),
  ``Identification``, ``NewsManagement`` (``Urgency``, ``ThisRevisionCreated``),
  ``DescriptiveMetadata`` (``Language``, ``Location``, ``SubjectCode``), and the text of
  the ``ContentItem`` whose component's Role is ``Body`` or ``Main``, else the longest
  (NITF, XHTML or plain text); the other ContentItems' text goes to ``removed``.
- NewsML-G2 (``newsItem``, or the first text item of a ``newsMessage``, whose other
  items' text goes to ``removed`` as ``other-document``): ``itemMeta``
  (``versionCreated``, ``edNote``, ``provider``), ``contentMeta`` (``headline``, the one in
  the item's language, the others to ``removed``; ``by``, ``located``, ``dateline``,
  ``slugline``, ``urgency``, ``language``, ``subject``), and ``contentSet``
  (``inlineXML`` with XHTML or NITF, or ``inlineData``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecheck.decode import wide_without_bom
from wirecheck.feeds import NotAFeed
from wirecheck.feeds.dates import iso_time
from wirecheck.feeds.model import Feed, TextRun
from wirecheck.feeds.text import (
    BlockCollector,
    add_blocks,
    html_blocks,
    paragraph,
    text_paragraphs,
)
from wirecheck.feeds.xml import Node, parse_xml, xml_lang
from wirecheck.model import Paragraph, Removed
from wirecheck.regexes import regex

_NITF_VERSION_RE = regex(r"NITF\s+([\d.]+)", re.IGNORECASE)
# Subject qcodes of places (NewsML-G2 `cpnat:geoArea`, IPTC geo codes).
_PLACE_TYPES = ("cpnat:geoArea", "cpnat:poi")


# The encoding an XML declaration names.
_DECLARED_RE = regex(r"""\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']""")
_SINGLE_BYTE = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}
)


def _misdeclared(data: bytes) -> bool:
    """Whether the bytes are not in the encoding the XML declaration names, the way
    exported feeds often are: UTF-8 under an ISO-8859-1 declaration (read as declared, every
    accent turns to mojibake), or Windows-1252 under a UTF-8 one or none (refused as not
    well-formed). The text ``wirecheck.decode`` made of the bytes is read then; UTF-8's
    multi-byte sequences are its proof, as for plain text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with its BOM, which says so whatever the declaration
    if b"\x00" in data[:4]:
        # UTF-16 or UTF-32 without a BOM, which expat refuses under any declaration (a
        # file re-saved wide keeps its `encoding="UTF-8"`): read as the bytes say.
        return wide_without_bom(data) is not None
    found = _DECLARED_RE.match(data[:512].removeprefix(b"\xef\xbb\xbf").decode("latin-1"))
    declared = found.group(1).lower() if found else "utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return declared in ("utf-8", "utf8")
    return declared in _SINGLE_BYTE and not data.isascii()


def read(data: bytes | str, text: str) -> Feed:
    """Read an XML feed; raises ``FeedError`` for refused or malformed XML and ``NotAFeed``
    for XML of another vocabulary."""
    root = parse_xml(text if isinstance(data, bytes) and _misdeclared(data) else data)
    if root.tag == "nitf":
        feed = Feed(format="nitf")
        _nitf(root, feed, whole=True)
    elif root.tag == "NewsML":
        feed = Feed(format="newsml")
        _newsml1(root, feed)
    elif root.tag in ("newsItem", "newsMessage", "packageItem"):
        feed = Feed(format="newsml")
        _g2(root, feed)
    elif root.tag.lower() in _PAGE_ROOTS:
        raise NotAFeed(f"the XML root element is <{root.tag}>, a web page")
    else:
        feed = Feed(format="xml")
        _generic(root, feed)
    feed.wire["truncated"] = root.truncated
    return feed


def _set(feed: Feed, key: str, value: object) -> None:
    """Set a wire key unless the feed already gave it (the first source wins)."""
    if value not in (None, "", []) and feed.wire.get(key) in (None, "", []):
        feed.wire[key] = value


def _para(node: Node | None, skip: tuple[str, ...] = ()) -> Paragraph | None:
    if node is None:
        return None
    if not skip:
        return paragraph(node.runs())
    runs: list[TextRun] = []
    for child in node.children:
        if isinstance(child, TextRun):
            runs.append(child)
        elif child.tag not in skip:
            runs.extend(child.runs())
    return paragraph(runs)


# The parts of an NITF location, each a word of its own even when the markup runs them
# together (`<city>Rotterdam</city><country>Netherlands</country>`).
_PLACE_PARTS = ("city", "state", "region", "country", "sublocation", "location")


def _spaced(node: Node, tags: tuple[str, ...]) -> list[TextRun]:
    """``node.runs()``, with a blank run before each element named in ``tags`` (every
    element when ``tags`` is empty), so that ``paragraph`` parts its text from what comes
    before it."""
    out: list[TextRun] = []
    for child in node.children:
        if isinstance(child, TextRun):
            out.append(child)
            continue
        if not tags or child.tag in tags:
            out.append(TextRun(" ", child.line, child.column))
        out.extend(_spaced(child, tags))
    return out


def _trimmed(para: Paragraph | None) -> Paragraph | None:
    """The paragraph without punctuation left dangling at its end (`Jane Roe,` once the
    `byttl` title after the comma is set apart)."""
    if para is None:
        return None
    keep = para.text.rstrip(" ,;:/|-")
    if not keep:
        return None
    return Paragraph(text=keep, spans=tuple(s for s in para.spans if s.start < len(keep)))


def _urgency(feed: Feed, value: str | None) -> None:
    if value and value.strip().isdigit():
        _set(feed, "priority", value.strip())
        number = int(value)
        _set(feed, "urgency", number if 1 <= number <= 9 else None)


def _word_count(feed: Feed, value: str | None) -> None:
    if value and value.strip().isdigit():
        _set(feed, "word_count", int(value))


def _time(feed: Feed, value: str | None) -> None:
    if feed.transmitted is None:
        feed.transmitted = iso_time(value)


def _content(feed: Feed, node: Node) -> None:
    """Story text held by ``node``: NITF, XHTML, or plain text."""
    nitf = node.first("nitf")
    if nitf is not None:
        _nitf(nitf, feed, whole=False)
        return
    html = node.first("html", "body")
    holder = html.first("body") or html if html is not None else None
    if holder is None and any(isinstance(c, Node) for c in node.children):
        holder = node
    if holder is not None:
        collector = BlockCollector()
        holder.feed(collector)
        add_blocks(feed, collector.close())
        return
    value = node.located()
    if re.search(r"<(?:p|br|div)\b", value.text, re.IGNORECASE):
        add_blocks(feed, html_blocks(value))
    else:
        feed.paragraphs.extend(text_paragraphs(value, feed.removed))


# -- NITF ---------------------------------------------------------------------------------


def _nitf(root: Node, feed: Feed, *, whole: bool) -> None:
    """Read an NITF document; with ``whole`` its head metadata too (inside NewsML the
    envelope says it better)."""
    version = _NITF_VERSION_RE.search(root.get("version") or "")
    if whole:
        feed.wire["standard"] = f"NITF {version.group(1)}" if version else "NITF"
    _set(feed, "language", xml_lang(root, root.first("body.content"), root.first("body")))
    head = root.child("head")
    if head is not None:
        _nitf_head(head, feed)
    body = root.child("body")
    if body is None:
        return
    body_head = body.child("body.head")
    if body_head is not None:
        if feed.headline is None:
            feed.headline = _para(body_head.path("hedline", "hl1"))
        hedline = body_head.child("hedline")
        for hl2 in hedline.elements() if hedline is not None else ():
            para = _para(hl2) if hl2.tag == "hl2" else None
            if para is not None:
                feed.removed.append(Removed(para.spans[0].line, para.text, "standfirst"))
        _nitf_bylines(body_head, feed)
        dateline = body_head.child("dateline")
        if feed.dateline is None and dateline is not None:
            feed.dateline = paragraph(_spaced(dateline, _PLACE_PARTS))
        if dateline is not None:
            city = dateline.first("city")
            _set(feed, "located", city.text() if city is not None else None)
        for name in ("abstract", "note"):
            node = body_head.child(name)
            para = _para(node)
            if para is not None:
                feed.removed.append(
                    Removed(
                        para.spans[0].line,
                        para.text,
                        "standfirst" if name == "abstract" else "note",
                    )
                )
    content = body.child("body.content")
    if content is not None:
        # Paragraph elements, or (a CMS's export) HTML or plain text in a CDATA section.
        _content(feed, content)
        _media_credits(content, feed)
    if feed.headline is None and head is not None:
        # No hl1: the document title is the next best thing.
        feed.headline = _para(head.child("title"))
    end = body.child("body.end")
    if end is not None:
        collector = BlockCollector()
        collector.start("tagline")
        end.feed(collector)
        collector.end("tagline")
        add_blocks(feed, collector.close())


def _media_credits(content: Node, feed: Feed) -> None:
    """A photo's ``media-producer`` (`NorthWire/Jane Roe`) is its caption's credit."""
    credits: dict[int, str] = {}
    for media in content.iter("media"):
        caption, producer = media.first("media-caption"), media.first("media-producer")
        para = _para(caption)
        credit = producer.text() if producer is not None else ""
        if para is not None and credit:
            credits[para.spans[0].line] = credit
    if credits:
        feed.captions = [
            replace(c, credit=credits[c.line]) if c.credit is None and c.line in credits else c
            for c in feed.captions
        ]


def _nitf_bylines(body_head: Node, feed: Feed) -> None:
    """The first ``byline`` of the head is the byline; its writer's title (``byttl``) and
    any further ``byline`` go to ``removed`` as ``byline-note``, so none of them is lost."""
    bylines = [b for b in body_head.elements() if b.tag == "byline"]
    for n, byline in enumerate(bylines):
        parts = byline.iter("byttl") if n == 0 and feed.byline is None else iter((byline,))
        for part in parts:
            para = _para(part)
            if para is not None:
                feed.removed.append(Removed(para.spans[0].line, para.text, "byline-note"))
    if feed.byline is None and bylines:
        feed.byline = _trimmed(_para(bylines[0], skip=("byttl",)))


def _nitf_head(head: Node, feed: Feed) -> None:
    docdata = head.child("docdata")
    if docdata is not None:
        doc_id = docdata.child("doc-id")
        if doc_id is not None:
            _set(feed, "item_id", doc_id.get("id-string"))
            _set(feed, "source", doc_id.get("regsrc"))
        urgency = docdata.child("urgency")
        _urgency(feed, urgency.get("ed-urg") if urgency is not None else None)
        for name in ("date.issue", "date.release"):
            found = docdata.child(name)
            _time(feed, found.get("norm") if found is not None else None)
        key = docdata.child("du-key")
        if key is not None:
            _set(feed, "slug", key.get("key"))
            _set(feed, "version", key.get("version"))
        notes = [n.get("info") or n.text() for n in docdata.elements() if n.tag == "ed-msg"]
        _set(feed, "editors_note", " / ".join(n for n in notes if n))
        location = docdata.path("identified-content", "location")
        if location is not None:
            city = location.first("city")
            _set(feed, "located", (city or location).text())
    pubdata = head.child("pubdata")
    if pubdata is not None:
        if (pubdata.get("unit-of-measure") or "word") == "word":
            _word_count(feed, pubdata.get("item-length"))
        _time(feed, pubdata.get("date.publication"))
    subjects = feed.wire.setdefault("subjects", [])
    for subject in head.iter("tobject.subject"):
        subject_name: str | None = (
            subject.get("tobject.subject.detail")
            or subject.get("tobject.subject.matter")
            or subject.get("tobject.subject.type")
        )
        subjects.append({"name": subject_name, "code": subject.get("tobject.subject.refnum")})


# -- NewsML 1.x ---------------------------------------------------------------------------


def _formal(node: Node | None) -> str | None:
    return node.get("FormalName") if node is not None else None


def _newsml1(root: Node, feed: Feed) -> None:
    feed.wire["standard"] = f"NewsML {root.get('Version')}" if root.get("Version") else "NewsML"
    item = root.first("NewsItem") or root
    ident = item.path("Identification", "NewsIdentifier")
    if ident is not None:
        named = ident.child("PublicIdentifier") or ident.child("NewsItemId")
        _set(feed, "item_id", named.text() if named is not None else None)
        revision = ident.child("RevisionId")
        _set(feed, "version", revision.text() if revision is not None else None)
        provider = ident.child("ProviderId")
        _set(feed, "source", provider.text() if provider is not None else None)
    label = item.path("Identification", "NameLabel")
    management = item.child("NewsManagement")
    if management is not None:
        _urgency(feed, _formal(management.child("Urgency")))
        for name in ("ThisRevisionCreated", "FirstCreated"):
            found = management.child(name)
            _time(feed, found.text() if found is not None else None)
        notes = [
            n.text() for n in management.elements() if n.tag in ("Instruction", "EditorialNote")
        ]
        _set(feed, "editors_note", " / ".join(n for n in notes if n))
    envelope = root.child("NewsEnvelope")
    if envelope is not None:
        _urgency(feed, _formal(envelope.child("Priority")))
        when = envelope.child("DateAndTime")
        _time(feed, when.text() if when is not None else None)
    body, ancestors, others = _newsml1_components(item)
    _newsml1_lines(item, ancestors, feed)
    _set(feed, "slug", label.text() if label is not None else None)
    meta = item.first("DescriptiveMetadata")
    if meta is not None:
        _set(feed, "language", _formal(meta.child("Language")))
        for location in meta.iter("Location"):
            for prop in location.elements():
                if prop.get("FormalName") == "City":
                    _set(feed, "located", prop.get("Value"))
        feed.wire["subjects"] = [
            {"name": s.get("FormalName"), "code": s.get("FormalName")}
            for s in meta.iter("Subject", "SubjectMatter", "SubjectDetail")
        ]
    if body is not None:
        data = body.child("DataContent")
        assert data is not None
        _set(feed, "language", xml_lang(root, data))
        _content(feed, data)
    for role, content in others:
        _removed_lines(content, _ROLE_REASONS.get(role.lower(), "boilerplate"), feed)
    _set(feed, "language", xml_lang(root, item))


# The Role of a NewsML 1 component whose ContentItem is the story (Business Wire's
# `Body`), and the removed reason of the others' text by Role; any other Role (`Contact`,
# `TweetText`, `StyleSheet`, `Logo`) is the release's furniture, `boilerplate`.
_BODY_ROLES = frozenset({"body", "main", "maintext", "text"})
_ROLE_REASONS = {
    "abstract": "standfirst",
    "summary": "standfirst",
    "headline": "body-headline",
    "subheadline": "standfirst",
    "caption": "caption",
}
_NOT_TEXT_MIME = ("text/css", "text/javascript")


def _newsml1_components(item: Node) -> tuple[Node | None, list[Node], list[tuple[str, Node]]]:
    """The ContentItem holding the story, its NewsComponent ancestors (nearest first),
    and every other ContentItem with text, with the Role of its component.

    The whole NewsComponent tree is walked: a press-release wire nests a component a
    Role (`Abstract`, `HeadLine`, `Contact`, `Body`, `TweetText`). The story is the item
    whose Role is Body or Main, else the longest text item of a text media type."""
    found: list[tuple[str, Node, list[Node]]] = []  # (role, content item, ancestors)
    stack: list[tuple[Node, list[Node], str]] = [(item, [], "")]
    while stack:
        node, ancestors, role = stack.pop()
        if node.tag == "NewsComponent":
            ancestors = [node, *ancestors]
            role = _formal(node.child("Role")) or role
        if node.tag == "ContentItem":
            data = node.child("DataContent")
            if data is not None and data.text():
                found.append((role, node, ancestors))
            continue
        stack.extend((c, ancestors, role) for c in reversed(list(node.elements())))

    def story_text(content: Node) -> bool:
        media = (_formal(content.child("MediaType")) or "text").lower()
        mime = (_formal(content.child("MimeType")) or "").lower()
        return media == "text" and not mime.startswith(_NOT_TEXT_MIME)

    texts = [f for f in found if story_text(f[1])]
    body = next((f for f in texts if f[0].lower() in _BODY_ROLES), None)
    if body is None and texts:
        body = max(texts, key=lambda f: len(f[1].text()))
    others = [
        (role, content) for role, content, _ in found if body is None or content is not body[1]
    ]
    return (body[1], body[2], others) if body is not None else (None, [], others)


def _newsml1_lines(item: Node, ancestors: list[Node], feed: Feed) -> None:
    """HeadLine, ByLine, DateLine and SlugLine from the NewsLines nearest the story: its
    components' own first, then any in the item, in document order."""
    nearest = [c for a in ancestors for c in a.elements() if c.tag == "NewsLines"]
    for lines in (*nearest, *item.iter("NewsLines")):
        if feed.headline is None:
            feed.headline = _para(lines.child("HeadLine"))
        if feed.byline is None:
            feed.byline = _para(lines.child("ByLine"))
        if feed.dateline is None:
            feed.dateline = _para(lines.child("DateLine"))
        slug = lines.child("SlugLine")
        _set(feed, "slug", slug.text() if slug is not None else None)


# -- NewsML-G2 ----------------------------------------------------------------------------


def _qcode_name(node: Node) -> dict[str, str | None]:
    name = node.child("name")
    return {
        "name": name.text() if name is not None else node.get("literal"),
        "code": node.get("qcode") or node.get("uri"),
    }


def _text_item(root: Node) -> Node:
    items = list(root.iter("newsItem"))
    for item in items:
        item_class = item.path("itemMeta", "itemClass")
        if item_class is not None and "text" in (item_class.get("qcode") or ""):
            return item
    return items[0] if items else root


def _other_documents(root: Node, item: Node, feed: Feed) -> None:
    """The text of a ``newsMessage``'s other items (another story, a later version, a
    picture's caption), to ``removed`` as ``other-document``, a line each: wirecheck reads
    one story an input, and nothing the input holds may go missing."""
    for other in root.iter("newsItem", "packageItem"):
        if other is not item:
            _removed_lines(other, "other-document", feed)


def _removed_lines(node: Node, reason: str, feed: Feed) -> None:
    """The text of ``node`` to ``removed`` with ``reason``, a line each."""
    lines: dict[int, list[TextRun]] = {}
    for run in _spaced(node, ()):
        lines.setdefault(run.line, []).append(run)
    for line, runs in sorted(lines.items()):
        para = paragraph(runs)
        if para is not None:
            feed.removed.append(Removed(line, para.text, reason))


def _g2(root: Node, feed: Feed) -> None:
    item = _text_item(root)
    if root.tag == "newsMessage":
        _other_documents(root, item, feed)
    version = item.get("standardversion")
    feed.wire["standard"] = f"NewsML-G2 {version}" if version else "NewsML-G2"
    _set(feed, "item_id", item.get("guid"))
    _set(feed, "version", item.get("version"))
    meta = item.child("itemMeta")
    if meta is not None:
        for name in ("versionCreated", "firstCreated"):
            found = meta.child(name)
            _time(feed, found.text() if found is not None else None)
        notes = [n.text() for n in meta.elements() if n.tag == "edNote"]
        _set(feed, "editors_note", " / ".join(n for n in notes if n))
        provider = meta.child("provider")
        if provider is not None:
            code = provider.get("literal") or (provider.get("qcode") or "").partition(":")[2]
            _set(feed, "source", provider.text() or code or None)
    header = root.child("header") if root is not item else None
    if header is not None:
        priority = header.child("priority")
        _urgency(feed, priority.text() if priority is not None else None)
        sent = header.child("sent")
        _time(feed, sent.text() if sent is not None else None)
    content_meta = item.child("contentMeta")
    if content_meta is not None:
        _g2_content_meta(content_meta, feed)
    _set(feed, "language", xml_lang(root, item))
    if feed.headline is None and meta is not None:
        feed.headline = _para(meta.child("title"))
    content_set = item.child("contentSet")
    if content_set is None:
        return
    for holder in content_set.elements():
        if holder.tag not in ("inlineXML", "inlineData"):
            continue
        _word_count(feed, holder.get("wordcount"))
        _set(feed, "language", xml_lang(root, holder))
        if holder.tag == "inlineData" and "html" in (holder.get("contenttype") or ""):
            add_blocks(feed, html_blocks(holder.located()))
        else:
            _content(feed, holder)
        break


def _g2_headlines(meta: Node, feed: Feed) -> None:
    """The headline: the one in the item's language (a G2 item may carry its headline in
    several), the `main` role first; the others go to ``removed``, a sub-headline as a
    ``standfirst``, a translation as a ``note``."""
    headlines = [h for h in meta.elements() if h.tag == "headline"]
    if not headlines:
        return
    language = (feed.wire.get("language") or "").lower().partition("-")[0]

    def own(h: Node) -> bool:
        tag = (h.get("xml:lang") or "").lower().partition("-")[0]
        return not tag or not language or tag == language

    ranked = sorted(
        headlines,
        key=lambda h: (
            not own(h),
            not (h.get("role") or "").endswith("main"),
            (h.get("role") or "").endswith("sub"),
        ),
    )
    chosen = ranked[0]
    feed.headline = _para(chosen)
    for other in headlines:
        para = _para(other) if other is not chosen else None
        if para is not None:
            reason = "standfirst" if own(other) else "note"
            feed.removed.append(Removed(para.spans[0].line, para.text, reason))


def _g2_content_meta(meta: Node, feed: Feed) -> None:
    urgency = meta.child("urgency")
    _urgency(feed, urgency.text() if urgency is not None else None)
    language = meta.child("language")
    _set(feed, "language", language.get("tag") if language is not None else None)
    located = meta.child("located")
    if located is not None:
        place = _qcode_name(located)
        _set(feed, "located", place["name"])
        feed.wire.setdefault("places", []).append(place)
    for subject in meta.elements():
        if subject.tag != "subject":
            continue
        key = "places" if (subject.get("type") or "") in _PLACE_TYPES else "subjects"
        feed.wire.setdefault(key, []).append(_qcode_name(subject))
    _g2_headlines(meta, feed)
    slug = meta.child("slugline")
    _set(feed, "slug", slug.text() if slug is not None else None)
    feed.dateline = _para(meta.child("dateline"))
    by = meta.child("by")
    if by is None:
        creator = meta.child("creator")
        by = creator.child("name") if creator is not None else None
    feed.byline = _para(by)


# -- XML of no known vocabulary -----------------------------------------------------------

# An XHTML page is read as the plain-text reader reads pasted HTML source.
_PAGE_ROOTS = frozenset({"html", "xhtml"})
# Elements named so (lowercased, without `-`, `_` and `.`) hold the headline, the byline,
# the place, the item's id and its time in an agency's own XML (Ritzau's `<RBNews>`:
# `headline`, `byLine`, `town`, `NewsID`, `PublishDate`), most telling first.
_GENERIC_FIELDS = {
    "headline": ("headline", "hedline", "heading", "title"),
    "byline": ("byline", "author", "creator", "writer"),
    "dateline": ("dateline", "town", "city", "place", "location"),
    "item_id": ("newsid", "itemid", "guid", "id", "uri"),
    "time": ("publishdate", "pubdate", "versioncreated", "firstcreated", "created", "date"),
}


def _key(tag: str) -> str:
    return re.sub(r"[-_.]", "", tag).lower()


def _own_length(node: Node) -> int:
    return sum(len(c.text.strip()) for c in node.children if isinstance(c, TextRun))


def _generic(root: Node, feed: Feed) -> None:
    """Well-formed XML of a vocabulary wirecheck does not know, read for what it most
    likely holds rather than as plain text: the story is the element with the longest
    text of its own (escaped HTML in it read as markup, `<p>` a paragraph), the headline,
    byline and place the first elements named like them, every other element's text
    `metadata` in ``removed``."""
    feed.wire["standard"] = root.tag
    _set(feed, "language", xml_lang(root))
    nodes = list(root.iter())
    body = max(nodes, key=_own_length)
    if _own_length(body) == 0:
        return
    if body.tag.lower() == "p" and body is not root:
        # XHTML paragraphs: the story is their container.
        body = next(n for n in nodes if any(c is body for c in n.children))
    used: set[int] = set()
    fields: dict[str, Node] = {}
    for name, keys in _GENERIC_FIELDS.items():
        for key in keys:
            found = next((n for n in nodes if _key(n.tag) == key and n.text()), None)
            if found is not None and found is not body:
                fields[name] = found
                used.add(id(found))
                break
    feed.headline = _para(fields.get("headline"))
    feed.byline = _para(fields.get("byline"))
    feed.dateline = _para(fields.get("dateline"))
    if "item_id" in fields:
        _set(feed, "item_id", fields["item_id"].text())
    if "time" in fields:
        _time(feed, fields["time"].text())
    if "dateline" in fields:
        _set(feed, "located", fields["dateline"].text())
    _content(feed, body)
    inside = {id(n) for n in body.iter()}
    for node in nodes:
        if id(node) in used or id(node) in inside:
            continue
        own = [c for c in node.children if isinstance(c, TextRun)]
        if any(c.text.strip() for c in own):
            _removed_lines(Node(node.tag, {}, node.line, node.column, list(own)), "metadata", feed)
