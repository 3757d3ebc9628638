"""Stories kept as Markdown in a content repository: the markup around the story's parts.

A static site or a newsroom's repository keeps each story as Markdown: front matter
(`title:`, `author:`, `date:` between `---` lines), a `# Headline`, a byline in emphasis
(`*By Jane Roe*`), a dateline in bold (`**PORTSMOUTH, N.H. (AP)** —`), `## Subheads`.
Read as plain text the headline keeps its `#`, and the byline and the dateline are not
recognised.

``read_markdown`` gives the parser a view of the lines with that markup blanked, column for
column (every position still points into the file), as ``exports`` does for a news
database's fields; the markup characters are not lines, so they are not in ``removed``
(as a feed's tags are not). Front matter is read as fields: `title` stays as the headline's
text, `author` gives the byline, `date` the reference date, and the rest goes to
``removed`` as ``metadata``. Inline markup inside paragraphs (links, emphasis on a word) is
the text as written, and stays.
"""

from __future__ import annotations

from wirecheck.exports import Fields, date_in, field_byline
from wirecheck.model import Removed
from wirecheck.regexes import regex

# `---` opens front matter on the first line and `---` (or `...`) closes it, this near.
_FRONT_MATTER_MAX_LINES = 60
_FENCE_RE = regex(r"^---\s*$")
_CLOSE_RE = regex(r"^(?:---|\.\.\.)\s*$")
_KEY_RE = regex(r"^([A-Za-z_][\w-]{0,30})\s*:\s*(.*?)\s*$")
_TITLE_KEYS = frozenset({"title", "headline"})
_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "by"})
_DATE_KEYS = frozenset({"date", "published", "publishdate", "pubdate", "published_at"})
_KNOWN_KEYS = (
    _TITLE_KEYS
    | _AUTHOR_KEYS
    | _DATE_KEYS
    | frozenset({"layout", "tags", "categories", "slug", "description", "draft", "summary"})
)
# `# Headline`, `## Subhead` (an ATX heading; a closing run of `#` is markup too).
_HEADING_RE = regex(r"^( {0,3})(#{1,6})([ \t]+)(?=\S)")
_HEADING_CLOSE_RE = regex(r"[ \t]+#+[ \t]*$")
# A line in emphasis whole: `*By Jane Roe*`, `**By Jane Roe**`, `_Reuters, April 4_`.
_WRAPPED_RE = regex(r"^(\s*)(\*\*|__|\*|_)(?=\S)(.{1,200}?)(?<=\S)\2(\s*)$")
# Bold opening a paragraph before a dash: a dateline, `**PORTSMOUTH, N.H. (AP)** — ...`
# (`**Timing**: ...` is a label in bold, the text as written).
_BOLD_LEAD_RE = regex(r"^(\s*)(\*\*|__)(?=\S)([^*_\n]{2,80}?)(?<=\S)\2(?=\s*[—–-])")


# A link: `[Marta Okafor](https://...)`; its text is what a reader sees.
_LINK_RE = regex(r"\[([^\[\]\n]{1,200})\]\([^()\s]{1,500}(?:\s+\"[^\"]{0,200}\")?\)")
# A byline line (`By [Jane Roe](url)`), emphasis or not.
_BY_RE = regex(r"^\s*(?:\*{1,2}|_{1,2})?\s*(?:By|BY|by)\s")
# An image alone on its line, perhaps inside a link: `![alt text](url "title")`,
# `[![alt text](img)](link)`. Its alt text is what a reader of the page sees: a caption.
_IMAGE_RE = regex(
    r"^\s*\[?!\[([^\[\]\n]{0,400})\]\([^()\s]{1,1000}(?:\s+\"[^\"\n]{0,200}\")?\)"
    r"(?:\]\([^()\s]{1,1000}\))?\s*$"
)
# A block quote's marker: `> A pull quote`.
_QUOTE_MARK_RE = regex(r"^( {0,3})(>[ \t]?)")


def _unlinked(line: str) -> str:
    """``line`` with its links' markup blanked, their text left where it stands."""
    for link in reversed(list(_LINK_RE.finditer(line))):
        line = _blank(line, link.end(1), link.end())
        line = _blank(line, link.start(), link.start(1))
    return line


def read_markdown(lines: list[str]) -> Fields | None:
    """The view of Markdown ``lines`` with the markup around the story's parts blanked, or
    None when the text is not Markdown (no front matter and no heading on its first line)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    front = front_matter_end(lines) if first == 0 else None
    if front is None and not _HEADING_RE.match(lines[first]):
        return None
    out = Fields(view=list(lines))
    if front is not None:
        _read_front_matter(lines, front, out)
    _pull_quotes(lines, front + 1 if front is not None else 0, out)
    for i in range(front + 1 if front is not None else 0, len(lines)):
        line = out.view[i]
        if "![" in line and (image := _IMAGE_RE.match(line)):
            if image.group(1).strip():  # the alt text stays, as a caption's text
                line = _blank(_blank(line, image.end(1), len(line)), 0, image.start(1))
            else:  # an image with no text: nothing a reader reads
                out.removed.append(Removed(line=i + 1, text=line.strip(), reason="boilerplate"))
                line = " " * len(line)
            out.view[i] = line
            continue
        if quote := _QUOTE_MARK_RE.match(line):
            line = _blank(line, quote.start(2), quote.end(2))  # a pull quote: its text
        if "](" in line and (_HEADING_RE.match(line) or _BY_RE.match(line)):
            line = _unlinked(line)  # `# [Headline](url)`, `By [Jane Roe](url)`
        if heading := _HEADING_RE.match(line):
            line = _blank(line, heading.start(2), heading.end(3))
            if close := _HEADING_CLOSE_RE.search(line):
                line = _blank(line, close.start(), close.end())
        elif wrapped := _WRAPPED_RE.match(line):
            width = len(wrapped.group(2))
            line = _blank(line, wrapped.start(2), wrapped.end(2))
            line = _blank(line, wrapped.end(3), wrapped.end(3) + width)
        elif bold := _BOLD_LEAD_RE.match(line):
            line = _blank(line, bold.start(2), bold.end(2))
            line = _blank(line, bold.end(3), bold.end())
        out.view[i] = line
    return out


# A pull quote repeats the story's own words; shorter quotes may just be alike.
_PULL_QUOTE_MIN_CHARS = 30
_PULL_QUOTE_NEAR = 12  # lines either side
_QUOTE_CHARS = "\"'“”‘’ "


def _pull_quotes(lines: list[str], start: int, out: Fields) -> None:
    """Set aside block quotes that repeat a sentence of the story (`> This is a good day
    ...` under the paragraph quoting it): a page's pull quote, printed twice."""
    quoted = {
        i: mark.end() for i in range(start, len(lines)) if (mark := _QUOTE_MARK_RE.match(lines[i]))
    }
    for i, end in quoted.items():
        text = " ".join(lines[i][end:].split())
        core = text.strip(_QUOTE_CHARS).rstrip(".!?,;:").strip(_QUOTE_CHARS)
        if len(core) < _PULL_QUOTE_MIN_CHARS:
            continue
        # The paragraph it repeats is near it: a bounded search, however long the file.
        near = range(max(start, i - _PULL_QUOTE_NEAR), min(len(lines), i + _PULL_QUOTE_NEAR + 1))
        story = " ".join(" ".join(lines[k].split()) for k in near if k not in quoted)
        if core in story:
            out.removed.append(Removed(line=i + 1, text=text, reason="pull-quote"))
            out.view[i] = " " * len(lines[i])


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def front_matter_end(lines: list[str], start: int = 0) -> int | None:
    """The index of the line closing front matter that opens on line ``start``, or None."""
    if not _FENCE_RE.match(lines[start]):
        return None
    for i in range(start + 1, min(len(lines), start + _FRONT_MATTER_MAX_LINES)):
        if _CLOSE_RE.match(lines[i]):
            # Front matter names what a site's generator reads (`title:`, `date:`); a note
            # between two rules (`Note: ...`) is the story's.
            keys = {
                m.group(1).casefold() for k in range(start + 1, i) if (m := _KEY_RE.match(lines[k]))
            }
            return i if keys & _KNOWN_KEYS else None
    return None


# A web clipper's author value: `"[[Marta Okafor]]"` (an Obsidian link), a flow list
# `[Marta Okafor, Tomas Novak]`, or a block list of `- "[[Name]]"` items under `author:`.
_LIST_ITEM_RE = regex(r"^\s+-\s+(.*?)\s*$")
_WIKILINK_RE = regex(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")


def _author_value(value: str) -> str:
    """The names in an author field's value, as a byline reads them (`A and B`)."""
    value = _WIKILINK_RE.sub(r"\1", value.strip().strip("\"'"))
    if value.startswith("[") and value.endswith("]"):
        items = [v.strip().strip("\"'") for v in value[1:-1].split(",")]
        value = " and ".join(v for v in items if v)
    return value


def _author_items(lines: list[str], i: int, end: int) -> tuple[str, int]:
    """The items of a block list under an empty `author:` key (`- "[[Name]]"`), joined,
    and the index of the last item's line."""
    names: list[str] = []
    last = i
    for k in range(i + 1, end):
        item = _LIST_ITEM_RE.match(lines[k])
        if item is None:
            break
        names.append(_author_value(item.group(1)))
        last = k
    return " and ".join(n for n in names if n), last


def _read_front_matter(lines: list[str], end: int, out: Fields) -> None:
    items_end = -1  # the last line of an author list read with its key
    for i in range(end + 1):
        line = lines[i]
        if i <= items_end:
            out.byline_lines.append(Removed(line=i + 1, text=line.strip(), reason="metadata"))
            out.view[i] = " " * len(line)
            continue
        match = _KEY_RE.match(line) if 0 < i < end else None
        key = match.group(1).casefold() if match else ""
        value = match.group(2).strip("\"'") if match else ""
        if key in _AUTHOR_KEYS and not value and out.byline is None:
            names, items_end = _author_items(lines, i, end)  # `author:` over `- Name` items
            if names:
                out.byline = field_byline(names, i + 1, items_end + 1)
                out.removed.append(Removed(line=i + 1, text=line.strip(), reason="metadata"))
                out.view[i] = " " * len(line)
                continue
        if key in _TITLE_KEYS and value:
            # The title stays in the view where it stands: the parser reads it as the
            # headline, at its own column.
            at = line.index(value, match.start(2) if match else 0)
            out.view[i] = " " * at + value + " " * (len(line) - at - len(value))
            out.removed.append(Removed(line=i + 1, text=line[:at].strip(), reason="metadata"))
            continue
        if key in _AUTHOR_KEYS and value and out.byline is None:
            out.byline = field_byline(_author_value(value), i + 1, i + 1)
            raw = match.group(2) if match else value
            label = line[: line.index(raw, match.start(2) if match else 0)].strip()
            out.removed.append(Removed(line=i + 1, text=label, reason="metadata"))
            out.byline_lines.append(Removed(line=i + 1, text=raw.strip(), reason="metadata"))
        else:
            if key in _DATE_KEYS and out.date is None:
                out.date = date_in(value)
            if line.strip():
                out.removed.append(Removed(line=i + 1, text=line.strip(), reason="metadata"))
        out.view[i] = " " * len(line)


__all__ = ["front_matter_end", "read_markdown"]
