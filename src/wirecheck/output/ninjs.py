"""IPTC ninjs 2.x output: a story as the news industry's JSON (``wirecheck parse --format
ninjs``), valid against the official ninjs 2.4 schema (``wirecheck/data/ninjs-2.4.json``).

One object per story; JSON Lines for several inputs, as the story JSON. What is mapped:

- ``uri``: the feed's item id when it is a URI (``urn:``, ``http:``), else
  ``urn:wirecheck:sha256:<hash of the input>``; an agency id that is no URI is kept in
  ``altids`` (role ``agency-id``);
- ``type`` ``text``; ``headlines`` (role ``main``); ``bodies``: the body as plain text,
  paragraphs apart by a blank line, the dateline put back in front of the first (unless
  the feed gave it apart from the body), with its word and character counts;
- ``by`` (the byline as written), ``located`` (the feed's place, else the dateline city),
  ``versioncreated`` (the transmission time, when its zone is known), ``language``,
  ``slugline``, ``urgency``, ``ednote``, ``version``, ``subjects`` and ``places``.

Properties with nothing to say are left out (``uri`` is the only one ninjs requires).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from wirecheck.model import Story
from wirecheck.output.base import FileReport, Output
from wirecheck.regexes import regex

NINJS_VERSION = "2.4"
NINJS_SCHEMA = f"http://www.iptc.org/std/ninjs/ninjs-schema_{NINJS_VERSION}.json"
# An absolute URI: a scheme, a colon, something after it.
_URI_RE = regex(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


def _uri(story: Story, wire: dict[str, Any]) -> str:
    item_id = wire.get("item_id")
    if isinstance(item_id, str) and _URI_RE.match(item_id):
        return item_id
    return f"urn:wirecheck:sha256:{story.source.sha256}"


def _opens_body(story: Story) -> bool:
    """Whether the dateline was cut from the head of the first paragraph (and is not a
    feed's dateline element, which was never body text)."""
    if story.dateline is None or not story.paragraphs:
        return False
    return story.paragraphs[0].spans[0].line == story.dateline.line


def _body(story: Story) -> str:
    body = list(story.body)
    if story.dateline is not None and (story.wire is None or _opens_body(story) or not body):
        body[:1] = [" ".join([story.dateline.raw, *body[:1]])]
    return "\n\n".join(body)


def _concepts(items: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        concept = {
            k: str(item[v]) for k, v in (("name", "name"), ("literal", "code")) if item.get(v)
        }
        if concept:
            out.append(concept)
    return out


def _versioncreated(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    # ninjs wants an RFC 3339 date-time: a time with no zone cannot be one.
    return when.isoformat() if when.tzinfo is not None else None


def to_ninjs(story: Story) -> dict[str, Any]:
    """The ninjs 2.x object of a story."""
    wire: dict[str, Any] = story.wire or {}
    item: dict[str, Any] = {
        "uri": _uri(story, wire),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
    }
    version = wire.get("version")
    if isinstance(version, str) and version.isdigit():
        item["version"] = version
    optional: dict[str, Any] = {
        "versioncreated": _versioncreated(wire.get("transmitted")),
        "urgency": wire.get("urgency") if isinstance(wire.get("urgency"), int) else None,
        "ednote": wire.get("editors_note"),
        "language": wire.get("language"),
        "slugline": wire.get("slug"),
        "by": story.byline.raw if story.byline else None,
        "located": wire.get("located") or (story.dateline.city if story.dateline else None),
    }
    item.update({k: v for k, v in optional.items() if v not in (None, "")})
    if story.headline:
        item["headlines"] = [{"role": "main", "value": story.headline}]
    body = _body(story)
    if body:
        item["bodies"] = [
            {
                "role": "main",
                "contenttype": "text/plain",
                "wordcount": len(body.split()),
                "charcount": len(body),
                "value": body,
            }
        ]
    for key in ("subjects", "places"):
        concepts = _concepts(wire.get(key))
        if concepts:
            item[key] = concepts
    item_id = wire.get("item_id")
    if isinstance(item_id, str) and item_id and item_id != item["uri"]:
        item["altids"] = [{"role": "agency-id", "value": item_id}]
    return item


def story_ninjs(reports: Iterable[FileReport], out: Output) -> None:
    """One ninjs object per story (indented for a person reading one), JSON Lines for
    several, in input order."""
    indent = out.terminal and out.inputs == 1
    for report in reports:
        out.write_json(to_ninjs(report.story), indent=indent)
