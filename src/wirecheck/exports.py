"""Stories saved from news databases: the labelled fields of Nexis, Lexis, Factiva,
ProQuest and EBSCO exports.

An export wraps the story in fields: `Length: 412 words`, `Load-Date: March 5, 2024`,
`Byline: By Jane Roe`, `Full text: DAKAR, Nov 18 (AFP) - ...`, or Factiva's two-letter
codes, on a line of their own or before the value (`HD`, `BY`, `LP`, `TD`, `AN`). Read as
plain text, the labels end up in the body, a source line (`UPI (United Press
International)`) passes for a dateline, and the writer named in `Byline:` is missed.

``read_fields`` finds the fields when a text holds several kinds of them (one `Section:`
line in a story is no export) and gives the parser a view of the lines with the fields'
furniture blanked out, column for column, so every position still points into the file:

- a field of metadata (`Length:`, `Section:`, `Subject:`, Factiva's `SN`, `NS`, `AN`),
  its label and value, goes to ``removed`` as ``metadata``;
- a label over story text (`HEADLINE:`, `Title:`, `Full text:`, `Body`, `HD`, `LP`,
  `TD`) goes there too, and its text stays for the parser;
- `Byline:`, `Author:` and `BY` give the byline, read here (`Pratt, Douglas` is
  Douglas Pratt);
- the export's date (`Publication date:`, `PD`, Nexis's `March 4, 2024 Monday` line and
  the source line above it) is the reference date for a dateline without a year.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from wirecheck.byline import given_names, match_byline
from wirecheck.dateline import match_dateline, to_dateline
from wirecheck.model import Byline, Dateline, Removed
from wirecheck.patterns.dateline_data import ENGLISH_MONTHS, norm_key
from wirecheck.regexes import regex

# Named labels (`Label:`), by what their value is. Compared case-folded.
_HEADLINE = frozenset({"headline", "title"})
_BYLINE = frozenset({"byline", "author", "authors", "by", "dc:creator", "creator"})
_DATELINE = frozenset({"dateline"})
_BODY = frozenset({"body", "full text", "text", "full content"})
# (Metadata that holds the story's date: `Source: UPI NewsTrack; 11/06/2017`.)
_DATE = frozenset(
    {
        "publication date",
        "load-date",
        "date",
        "publication-date",
        "source",
        "publication info",
        "pubdate",
    }
)
_META = frozenset(
    {
        # Nexis and Lexis
        "section", "length", "highlight", "language", "publication-type",
        "subject", "geographic", "organization", "person", "industry", "company",
        "ticker", "graphic", "notes", "correction", "correction-date", "journal-code",
        "document-type", "type", "edition", "column", "series", "city", "state",
        # ProQuest
        "publication info", "abstract", "location", "company / organization", "people",
        "publication title", "publication year", "publisher", "place of publication",
        "country of publication", "publication subject", "issn", "source type",
        "language of publication", "document type", "proquest document id", "document url",
        "last updated", "database", "links", "pages", "number of pages", "identifier / keyword",
        "copyright",
        # EBSCO
        "subjects", "full text word count", "accession number", "persistent link",
        "persistent link to this record (permalink)",
        "publication type",
        # an RSS or Atom item saved as text
        "link", "guid", "description",
    }
)  # fmt: skip
_NAMED = _HEADLINE | _BYLINE | _DATELINE | _BODY | _DATE | _META
_LABEL_WITHIN = 48
_WORD_COUNT_RE = regex(r"\s*\d[\d,]*\s+words\b", re.IGNORECASE)
# `Label: value` or `Label:` alone; the label is one to five words.
_LABEL_RE = regex(r"^(\s*)((?:dc:)?[A-Za-z][A-Za-z /()-]{0,48}?)\s*:(?:\s+|$)")
# Factiva's codes, on a line of their own or before the value (tab or a few spaces).
_CODE_ROLES = {
    "HD": "headline", "BY": "byline", "LP": "body", "TD": "body", "PD": "date",
    **dict.fromkeys(
        ("CLM", "SE", "CR", "WC", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "CT", "RF",
         "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN"),
        "meta",
    ),
}  # fmt: skip
_CODE_RE = regex(r"^(\s*)(" + "|".join(_CODE_ROLES) + r")(?:\s*$|\t\s*| {1,4}(?=\S))")
# Lines that are an export's furniture whole: `End of Document`, `3 of 12 DOCUMENTS`.
_FURNITURE_RE = regex(
    r"^\s*(?:End\s+of\s+Document|\d{1,6}\s+of\s+\d{1,6}\s+DOCUMENTS?|Document\s+\d{1,6}\s+of"
    r"\s+\d{1,6}|Body|BODY:?|Classification|ProQuest document link)\s*$"
)
# Nexis's date line: `March 4, 2024 Monday 3:12 PM GMT`, `March 4, 2002, Monday, BC cycle`.
_NEXIS_DATE_RE = regex(
    r"^\s*([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4}),?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"[\w :,.-]{0,40}$"
)
# Dates in a field's value: `March 5, 2024`, `Nov 18, 2022`, `12 February 2025`, `11/06/2017`.
_DATE_RES = (
    regex(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b"),
    regex(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b"),
    regex(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
    regex(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
)
# A text is an export when it holds this many kinds of field (labels or codes), one of
# them a field no story writes (or an export's furniture: `End of Document`).
_MIN_KINDS = 3
_EXPORT_ONLY = frozenset(
    {
        "length", "load-date", "body", "full text", "full content", "publication title",
        "proquest document id",
        "document url", "accession number", "database", "persistent link", "publication info",
        "persistent link to this record (permalink)",
        "full text word count", "publication-type", "journal-code", "source type",
        "language of publication", "HD", "LP", "TD", "AN", "SN", "WC", "PD",
        "pubdate", "guid", "dc:creator",
    }
)  # fmt: skip
# The fields a database puts under the story's text: they end it.
_FOOTER = frozenset(
    {
        "load-date", "notes", "graphic", "subject", "location", "publication title",
        "publication year", "publication date", "publisher", "place of publication",
        "country of publication", "source type", "language of publication", "document type",
        "proquest document id", "document url", "last updated", "database", "links",
        "copyright", "classification", "publication-type", "journal-code", "geographic",
        "person", "organization", "industry", "company", "ticker", "correction-date",
        "language", "identifier / keyword", "people", "company / organization",
        "NS", "RE", "IN", "CO", "IPD", "IPC", "PUB", "AN", "RF", "CT",
    }
)  # fmt: skip
# The most words a byline field's value holds: more is a paragraph under an empty label.
_BYLINE_MAX_WORDS = 16
# A paragraph of prose, after which a label no longer opens a field (see above).
_PROSE_MIN_WORDS = 8
# A source line over Nexis's date line is short: `The Associated Press`.
_SOURCE_MAX_WORDS = 8
# `Pratt, Douglas`: a name written surname first, as databases index writers.
_SURNAME_FIRST_RE = regex(r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+([A-Z][\w.'’ -]{1,40})$")


class Fields:
    """What an export's fields give: the parser's view of the lines, the furniture set
    aside, the byline and the export's date. (A plain slotted class, as the parser's other
    records: a dataclass costs about half a millisecond of start-up to define.)"""

    __slots__ = ("byline", "byline_lines", "date", "date_rank", "dateline", "removed", "view")

    def __init__(self, view: list[str]) -> None:
        self.view = view
        self.removed: list[Removed] = []
        self.byline: Byline | None = None
        self.byline_lines: list[Removed] = []  # the byline field's text, a line each
        self.date: date | None = None
        self.date_rank = 9  # see ``_DATE_RANKS``
        # `DATELINE: TOPEKA, Kan.`: (0-based line, label, value), kept out of the view;
        # the story's dateline when its lede has none (``merged``).
        self.dateline: tuple[int, str, str] | None = None


class _Field(NamedTuple):
    line: int  # 0-based index of the label's line
    label_end: int  # the column where the value starts on that line
    role: str  # headline, byline, dateline, body, date, meta
    kind: str  # the label or code, for counting kinds


def _field_at(line: str, index: int) -> _Field | None:
    # Cheap tests first: a code opens with two capitals, a label has its colon early.
    if not line.lstrip()[:2].isupper() and ":" not in line[:_LABEL_WITHIN]:
        return None
    code = _CODE_RE.match(line)
    if code is not None and not _caps_sentence(line, code.end()):
        return _Field(index, code.end(), _CODE_ROLES[code.group(2)], code.group(2))
    label = _LABEL_RE.match(line)
    if label is None:
        return None
    key = " ".join(label.group(2).casefold().split())
    if key not in _NAMED:
        return None
    if key == "length" and not _WORD_COUNT_RE.match(line, label.end()):
        return None  # a database counts words (`Length: 412 words`); `30 minutes` is copy
    role = (
        "headline" if key in _HEADLINE
        else "byline" if key in _BYLINE
        else "dateline" if key in _DATELINE
        else "body" if key in _BODY
        else "date" if key in _DATE
        else "meta"
    )  # fmt: skip
    return _Field(index, label.end(), role, key)


def read_fields(lines: list[str]) -> Fields | None:
    """The export's fields in ``lines``, or None when the text is no export."""
    # A cheap look first: most stories have no line that opens with a label or a code.
    found = [f for i, line in enumerate(lines) if line and (f := _field_at(line, i))]
    kinds = len({f.kind for f in found})
    if kinds < _MIN_KINDS - 1:
        return None
    # A story may hold labels of its own (a factbox's `Date:` and `Location:`, a letter's
    # `Title:` and `Author:`): an export is known by a field no story writes, and past
    # the story's text only the fields a database puts under it count. A short document
    # has few fields; its furniture (`Body`, `End of Document`) vouches for two.
    furniture = any(_FURNITURE_RE.match(line) for line in lines)
    if kinds < _MIN_KINDS and not furniture:
        return None
    if not any(f.kind in _EXPORT_ONLY for f in found) and not furniture:
        return None
    found = _outside_the_story(lines, found)
    if len({f.kind for f in found}) < _MIN_KINDS - 1:
        return None
    out = Fields(view=list(lines))
    starts = {f.line for f in found}
    for number, current in enumerate(found):
        next_start = found[number + 1].line if number + 1 < len(found) else len(lines)
        _take(lines, current, next_start, starts, out)
    for i, line in enumerate(lines):
        if i not in starts and _FURNITURE_RE.match(line):
            _set_aside(lines, i, 0, out)
        elif _NEXIS_DATE_RE.match(line) and out.view[i] == line:
            _dated(out, "publication date", date_in(line))
            _set_aside(lines, i, 0, out)
            source = i - 1
            while source >= 0 and not lines[source].strip():
                source -= 1
            # (A line some field set aside already, a headline's value, is not the source.)
            kept = source >= 0 and out.view[source] == lines[source]
            text = lines[source].strip() if kept else ""
            if text and len(text.split()) <= _SOURCE_MAX_WORDS and not text.endswith("."):
                _set_aside(lines, source, 0, out)  # `The Associated Press`: the source
    out.removed.sort(key=lambda r: r.line)
    return out


def _outside_the_story(lines: list[str], found: list[_Field]) -> list[_Field]:
    """The fields that are the export's: a label over the story's text opens it, and from
    there on, until a field only a database puts under a story closes it, a label is the
    story's own; so is one after a paragraph of prose when no label opened the text."""
    kept: list[_Field] = []
    in_story = False
    at = {f.line: f for f in found}
    for i, line in enumerate(lines):
        f = at.get(i)
        if f is None:
            if not in_story and kept and len(line.split()) >= _PROSE_MIN_WORDS:
                in_story = True  # the text under a block of fields (EBSCO, Nexis pasted)
            continue
        if in_story and f.kind not in _FOOTER and f.role != "body":
            continue  # (Factiva's `TD` goes on with the text `LP` opened)
        if f.kind in _FOOTER:
            in_story = False
        kept.append(f)
        if f.role == "body":
            in_story = True
    return kept


# Which date is the story's: its publication's before the one a source line gives, and
# that before the day the database loaded it.
_DATE_RANKS = {"source": 1, "publication info": 1, "load-date": 2}


def _dated(out: Fields, kind: str, found: date | None) -> None:
    rank = _DATE_RANKS.get(kind, 0)
    if found is not None and (out.date is None or rank < out.date_rank):
        out.date, out.date_rank = found, rank


def _caps_sentence(line: str, start: int) -> bool:
    """Whether a code is the first word of copy in capitals (`IN WESTERN KANSAS, ...`,
    `AN OFFICIAL SAID ...`): one space, then capitals. Factiva sets its codes apart with a
    tab or spaces, or writes them alone on their line."""
    rest = line[start:]
    return (
        line[start - 1 : start] == " "
        and line[start - 2 : start - 1] != " "
        and (rest.isupper() and len(rest.split()) >= 2)
    )


def _value_lines(lines: list[str], f: _Field, next_start: int) -> list[int]:
    """The lines of a field's value: the rest of the label's line, or, with the label
    alone, the lines right under it up to the next field. A label with a blank line under
    it is empty (`Byline:` with no writer), unless it opens the story's text (`Body`)."""
    if lines[f.line][f.label_end :].strip():
        return [f.line]
    values: list[int] = []
    for i in range(f.line + 1, next_start):
        if not lines[i].strip():
            if f.role != "body":
                break
            continue
        values.append(i)
    return values


def _take(lines: list[str], f: _Field, next_start: int, starts: set[int], out: Fields) -> None:
    values = _value_lines(lines, f, next_start)
    if f.role in ("meta", "date"):
        if f.role == "date":
            _dated(out, f.kind, next((d for i in values if (d := date_in(lines[i]))), None))
        _set_aside(lines, f.line, 0, out)
        for i in values:
            if i != f.line and i not in starts:
                _set_aside(lines, i, 0, out)
        return
    if f.role == "dateline" and out.dateline is None and values == [f.line]:
        line = lines[f.line]
        out.dateline = (f.line, line[: f.label_end].strip(), line[f.label_end :].strip())
        out.view[f.line] = " " * len(line)
        return
    # The label goes; what it labels stays (story text) or is read here (the byline).
    _set_aside(lines, f.line, 0, out, end=f.label_end)
    if f.role == "byline" and out.byline is None and values:
        value_lines = [i for i in values if i == f.line or i not in starts][:2]
        if sum(len(lines[i].split()) for i in value_lines) > _BYLINE_MAX_WORDS:
            value_lines = []  # a paragraph, not a byline
        if value_lines:
            out.byline = _byline(lines, f, value_lines)
            for i in value_lines:
                _set_aside(lines, i, f.label_end if i == f.line else 0, out, byline=True)


def _byline(lines: list[str], f: _Field, value_lines: list[int]) -> Byline:
    raw = " ".join(lines[i][f.label_end if i == f.line else 0 :].strip() for i in value_lines)
    return field_byline(raw, value_lines[0] + 1, value_lines[-1] + 1)


def _two_writers(before: str, after: str) -> bool:
    """Whether `before, after` names two writers given name first (`Marta Okafor, Tomas
    Novak`), not one family name first (`López Obrador, Andrés Manuel`): both sides are
    names of two words or more that open with a given name."""
    sides = (before.split(), after.split())
    return all(len(words) > 1 and words[0] in given_names() for words in sides)


def field_byline(raw: str, line: int, end_line: int) -> Byline:
    """The byline a field names (`By Jane Roe`, `Jane Roe and John Doe`, `Roe, Jane`)."""
    surname_first = _SURNAME_FIRST_RE.match(raw)
    if surname_first and _two_writers(surname_first.group(1), surname_first.group(2)):
        surname_first = None  # `Marta Okafor, Tomas Novak`: two writers, each given first
    if surname_first:
        names: tuple[str, ...] = (f"{surname_first.group(2).strip()} {surname_first.group(1)}",)
    else:
        names = match_byline(raw) or match_byline(f"By {raw}") or ()
    return Byline(raw=raw, names=names, line=line, end_line=end_line)


def _set_aside(
    lines: list[str],
    i: int,
    start: int,
    out: Fields,
    *,
    end: int | None = None,
    byline: bool = False,
) -> None:
    """Blank ``lines[i][start:end]`` in the view and set the text aside as ``metadata``."""
    line = out.view[i]
    stop = len(line) if end is None else end
    text = " ".join(line[start:stop].split())
    if not text:
        return
    out.view[i] = line[:start] + " " * (stop - start) + line[stop:]
    # The byline's lines are held by the byline, or by `removed` if the story prints its
    # own (``merged``).
    (out.byline_lines if byline else out.removed).append(
        Removed(line=i + 1, text=text, reason="metadata")
    )


def date_in(text: str) -> date | None:
    """The first date written in ``text`` (`March 5, 2024`, `12 February 2025`, `11/06/2017`,
    `2024-03-04`), or None."""
    for number, pattern in enumerate(_DATE_RES):
        match = pattern.search(text)
        if match is None:
            continue
        a, b, year = match.groups()
        if number == 0:
            month, day = ENGLISH_MONTHS.get(norm_key(a)), int(b)
        elif number == 1:
            month, day = ENGLISH_MONTHS.get(norm_key(b)), int(a)
        elif number == 2:
            month, day = int(a), int(b)  # databases in the US write month first
        else:
            year, month, day = a, int(b), int(year)  # ISO 8601: year, month, day
        try:
            return date(int(year), month, day) if month else None
        except ValueError:
            return None
    return None


def merged(
    fields: Fields,
    byline: Byline | None,
    dateline: Dateline | None,
    removed: list[Removed],
    *,
    lede: str,
    reference_date: date | None,
    today: date | None,
) -> tuple[Byline | None, Dateline | None, list[Removed]]:
    """The story's byline, dateline and removed lines with what the fields give: the
    `Byline:` field's writers where the text named none (a source line under the title,
    `The Associated Press`, is then set aside), the `DATELINE:` field's place where the
    lede has none, and the fields' furniture."""
    removed = [*removed, *fields.removed]
    if fields.byline is not None and (byline is None or not byline.names):
        if byline is not None:
            removed.append(Removed(line=byline.line, text=byline.raw, reason="metadata"))
        byline = fields.byline
    elif fields.byline is not None:
        # The story's own byline names its writers: the field's copy of it is metadata.
        removed.extend(fields.byline_lines)
    if fields.dateline is not None:
        index, label, text = fields.dateline
        found = match_dateline(text, own_line=True, bare_place=True) if dateline is None else None
        if found is not None:
            dateline = to_dateline(
                found, index + 1, lede, reference_date=reference_date, today=today or date.today()
            )
            removed.append(Removed(line=index + 1, text=label, reason="metadata"))
        else:  # the lede's own dateline says it: the field is metadata
            whole = " ".join(f"{label} {text}".split())
            removed.append(Removed(line=index + 1, text=whole, reason="metadata"))
    return byline, dateline, sorted(removed, key=lambda r: r.line)


__all__ = ["Fields", "date_in", "field_byline", "merged", "read_fields"]
