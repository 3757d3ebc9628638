"""Files that hold several stories: where each one starts, and moving a story's positions.

Database exports (Nexis, Factiva, ProQuest) and a day's wire dump keep stories one after
another in a file. The parser reads one story; given the whole file it glues the next
story's headline and paragraphs into the first one's body, or drops them as the page's
tail after an end mark. So the file is cut first, where the next story announces itself:

- an export's document marks: `End of Document` (Nexis) and Factiva's accession number
  (`Document APRS000020240304ek34000xy`) close a story, `2 of 12 DOCUMENTS` (Lexis),
  `Document 2 of 12` (ProQuest) and Markdown front matter open one. An export writes them
  for every document, so one alone (a story quoting `End of Document`) cuts nothing;
- a story's head after a story that had one and was closed: a wire end mark (`NNNN`,
  `-30-`, `Enditem`), a trailer (`AP-NY-03-04-96 1012EST`), a sign-off or a rule (`---`,
  `* * *`), then a headline standing alone, perhaps a byline, and a paragraph opening with
  a dateline that names its agency or date (`BERGEN (AP) --`, `NAIROBI, July 12 (Reuters)
  -`). With only blank lines between, a head is a new story only with a byline naming
  its writers (a headline, `By Jane Roe` and a dated lede, which no story repeats): a
  story's subhead over its own dateline, a teaser under it and a roundup's sections look
  the same otherwise. Nor is an add under its story's headline again. A briefs page is
  the exception, with or without its furniture between the stories: a headline (three
  words or more, no update's or correction's label; a tag page may set an image's alt
  text under it) over a lede dated with place, date
  and agency, under a story whose lede the same agency dated so (`MONROE, Wash., Jan. 6
  (UPI) --`), opens a new story, unless it is the story again (the same place and day,
  its lede in mostly the same words). Such a brief may be its dated lede alone, but a
  teaser cut short (`...`) is no story;
- a headline over the same furniture the page set under the first story's headline (a
  stamp, share counters; digits aside) and a lede in that story's dateline style: a
  story's own subhead has no such lines under it;
- on a page of one agency's stories without headlines, a lede dated in the style of the
  story's own (`PUTRAJAYA –` under `KENINGAU –`) right after the story's sign-off (`...
  insurgency. – BERNAMA`), or, on a blog's day with only a date line over the first
  lede, a paragraph dated with place, date and agency as that lede was.

Each cut needs story text before it and after it (a line of prose at an export's mark or
between an agency's briefs, ``_PROSE_LINES`` at another head). The lines just above a
story's head that open it (a slug, a rule, a document count) go with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from wirecheck.byline import is_agency_line, is_agency_writer_line, match_byline
from wirecheck.dateline import DatelineMatch, match_dateline, page_date
from wirecheck.headline import content_words
from wirecheck.markdown import front_matter_end
from wirecheck.model import Story
from wirecheck.patterns.boilerplate import END_MARK_RE, WIRE_CODE_RE, inline_close, signs_off
from wirecheck.regexes import regex
from wirecheck.segment import BULLETS, unbulleted

# Marks of an export that close a story: nothing of it comes after them.
_CLOSES_RE = regex(
    r"^\s*(?:End\s+of\s+Document|(?:AN\s+)?Document\s+[A-Za-z0-9]{16,40})\s*$", re.IGNORECASE
)
# Marks that open a story: `3 of 12 DOCUMENTS`, `Document 2 of 2`.
_OPENS_RE = regex(
    r"^\s*(?:\d{1,6}\s+of\s+\d{1,6}\s+DOCUMENTS?|Document\s+\d{1,6}\s+of\s+\d{1,6})\s*$",
    re.IGNORECASE,
)
# A rule between stories: `---`, `____`, `* * *`, `====`.
_RULE_RE = regex(r"^\s*(?:[-_=*~#]\s*){3,}$")
# A slug over a story (`AM-Montpelier,0300`, `BC-Kenya-Explosion`): it opens the next
# story, where a trailer (`AP-NY-03-04-96 1012EST`) closes the last.
_SLUG_RE = regex(r"^\s*\^?(?:BC|AM|PM)-")
# A wire trailer closing a story: `AP-NY-03-04-96 1012EST`, `UPI 11-06-87 03:12 PES`,
# Reuters' `REUTER` (also read by ``signs_off``).
_TRAILER_RE = regex(
    r"^\s*(?:[A-Z]{2,4}-[A-Z]{2,3}-\d{2}-\d{2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{3}"
    r"|(?i:upi)\s+\d{2}-\d{2}(?:-\d{2,4})?\s+\d{1,2}:?\d{2}\s?[A-Za-z]{2,4}|REUTERS?|Reuters?)\W*$"
)
# A line of prose: this many words or more (a wrapped line of archive copy has about ten).
_PROSE_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")
# Prose lines each side of a cut: a story is more than a headline and a teaser.
_PROSE_LINES = 2
# Between the agency's dated briefs a story may be its lede alone (UPI's one-paragraph
# briefs): the place, date and agency over the next one tell it from a teaser's head, and
# a teaser cut short (`...`) is still no story.
_BRIEF_PROSE_LINES = 1
_CUT_SHORT = ("...", "\u2026")
# A headline: a few words, not a sentence's end.
_HEADLINE_WORDS = (2, 24)
_HEADLINE_MAX_CHARS = 200
# Byline lines (`By Jane Roe`, `Associated Press Writer`) between a headline and its lede.
_MAX_BYLINE_LINES = 3
# An image's alt text between a tag page's headline and its lede (`port council`, `Jane
# Roe`): a few words standing alone, fewer than the headline's over it.
_ALT_TEXT_WORDS = 5
# What a dateline holds within a line's first characters: an agency's parenthesis, a
# dash, a colon or TASS's slash (`MOSCOW, October 4. /TASS/.`).
_CUE_WITHIN = 90
_CUE_RE = regex("[(]| [-\u2014\u2013_/]|: ")
# The shortest lede line: a dateline and a few words (`BERGEN (AP) -- Ferries resumed`).
_LEDE_MIN_CHARS = 30
# A brief's headline says who did what, in three words or more; a roundup's section label
# (`Oil prices`, `Hong Kong`) names only its topic or place.
_BRIEF_HEADLINE_MIN_WORDS = 3
# An update's or a correction's label, over a story's own text again or opening its lede
# (`UPDATE 1`, `Correction notice`, `-- CORRECTED: ...`).
_REPEAT_LABEL_RE = regex(
    r"[\W_]{0,4}(?:update[ds]?|correct(?:ion|ed|s)|clarification|editor'?s'? note|refiled?"
    r"|writethru)\b",
    re.IGNORECASE,
)
# The words of a lede compared to tell a story printed again (an update rewrites its lede
# around the same words): the content words of its first characters after the dateline.
_REPEAT_CHARS = 300
# A digest's intro: `The following is a summary of ...`, `Here are the day's top stories`.
_ANNOUNCES_RE = regex(
    r"\b(?:[Tt]he following (?:is|are)|[Ff]ollowing (?:is|are)|[Hh]ere (?:is|are) (?:a |an |the )?"
    r"(?:\w+ ){0,2}(?:summary|digest|round-?up|list|highlights|headlines|top stories))\b"
)
# A story's dated lede comes within its first paragraphs (a caption or two may be above).
_LEDE_WITHIN = 4


def announces_items(text: str) -> bool:
    """Whether a story's opening text announces the items under it, as a digest's intro
    does (`The following is a summary of external news this week.`)."""
    return _ANNOUNCES_RE.search(text) is not None


def _mark(text: str) -> str | None:
    """`open` or `close` for an export's document mark, else None."""
    if "ocument" not in text and "OCUMENT" not in text:
        return None  # the marks all name a document; most lines do not
    if _OPENS_RE.match(text):
        return "open"
    return "close" if _CLOSES_RE.match(text) else None


def _is_prose(lines: list[str], i: int) -> bool:
    """A line of a story's paragraph: enough words, and a sentence's end or a wrapped line
    under it (a headline or a caption's credit ends neither way)."""
    text = lines[i].rstrip()
    if len(text) < 2 * _PROSE_WORDS - 1 or text.count(" ") < _PROSE_WORDS - 1:
        return False
    if len(text.split()) < _PROSE_WORDS:
        return False
    if text.endswith(_SENTENCE_ENDS) or _linked_sentence(text):
        return True
    return i + 1 < len(lines) and bool(lines[i + 1].strip())


# What opens a link a listing sets after an item's teaser.
_LINK_OPENS = ("http://", "https://", "www.")


def _linked_sentence(text: str) -> bool:
    """A sentence with the link to its story after it, as a listing sets a teaser (`...
    the fire department said. https://example.tw/society/202304220012`): the link ends
    no sentence, but the line is prose all the same."""
    before, _, link = text.rpartition(" ")
    return link.startswith(_LINK_OPENS) and before.rstrip().endswith(_SENTENCE_ENDS)


def _headline_like(line: str) -> bool:
    text = unbulleted(line.strip())  # a page of headlines' `• Heading`
    words = len(text.split())
    return (
        _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
        and len(text) <= _HEADLINE_MAX_CHARS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ",", ";", ":"))
        and WIRE_CODE_RE.match(text) is None
        and match_dateline(text) is None
    )


def _byline_names(line: str) -> tuple[str, ...] | None:
    """The names of a byline line (`By Jane Roe`; none for `Associated Press Writer` or an
    agency's name alone), or None for a line that is no byline."""
    text = line.strip()
    names = match_byline(text)
    if names is None and (is_agency_writer_line(text) or is_agency_line(text)):
        return ()
    return names


def _separates(line: str) -> bool:
    """A line that may stand right above a headline in a dump with no blank lines."""
    text = line.strip()
    return (
        not text
        or WIRE_CODE_RE.match(text) is not None
        or END_MARK_RE.match(text) is not None
        or _mark(text) is not None
    )


def _previous(lines: list[str], i: int) -> int:
    """The index of the last non-blank line before ``i``, or -1."""
    i -= 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    return i


class _Head(NamedTuple):
    """A story's head over the lede at some line."""

    line: int  # the headline's index
    top: int  # the head's first line: a section label over the headline, or the headline
    sure: bool  # a byline naming writers, or a closed story above: a whole head
    wire: tuple[str, ...]  # the lede's agencies when its dateline has a date too, else ()
    dated: DatelineMatch  # the lede's dateline


def _head_at(lines: list[str], i: int) -> _Head | None:
    """The head over line ``i`` if line ``i`` opens a story's lede under a headline, else
    None."""
    text = lines[i].strip()
    if not _lede_shaped(text):
        return None
    j = _previous(lines, i)
    bylines = 0
    named = False  # a byline naming its writers (`By Jane Roe`)
    while j >= 0 and bylines < _MAX_BYLINE_LINES:
        names = _byline_names(lines[j])
        if names is None:
            break
        named = named or bool(names)
        j, bylines = _previous(lines, j), bylines + 1
    if not bylines:
        j = _over_alt_text(lines, j)
    j = _over_stamp(lines, j)
    if j < 0 or not _headline_like(lines[j]):
        return None
    if j > 0 and " ".join(lines[j - 1].split()) == " ".join(lines[j].split()):
        j -= 1  # the headline printed twice (a page's <title> and its h1)
    top = _label_over(lines, j)
    if top > 0 and not _separates(lines[top - 1]) and lines[j].strip()[:1] not in BULLETS:
        # Prose runs into it: a subhead, not a headline. A list's item stands alone:
        # a page of headlines bullets each one, with no blank line above it.
        return None
    match = match_dateline(text)
    if match is None or not (match.agencies or match.date_text):
        return None
    # A story's subhead over its own dateline again, a teaser under it, a roundup's
    # sections: the same shape, with no end mark between. A headline, a byline naming
    # writers and a dated lede are a story's whole head, which no story repeats.
    sure = named or _closed_above(lines, top)
    wire = tuple(match.agencies) if match.agencies and match.date_text else ()
    return _Head(j, top, sure, wire, match)


# A roundup's section label over an item's headline (`New Mexico`, `Court news`): a
# place's or a topic's name, a few words.
_LABEL_WORDS = 3


def _label_over(lines: list[str], j: int) -> int:
    """The label's index when a section label stands right over the headline at ``j``
    with a blank line (or the file's start) above it, as a roundup sets each item's state
    or topic (`New Mexico`, then `Lawsuit seeks ...`), else ``j``. The label is shorter
    than the headline and ends no sentence: prose running into a subhead is no label."""
    if j < 1 or not lines[j - 1].strip() or (j > 1 and lines[j - 2].strip()):
        return j
    label = lines[j - 1].strip()
    words = len(label.split())
    if words > _LABEL_WORDS or words >= len(lines[j].split()) or not label[0].isupper():
        return j
    if label.endswith((*_SENTENCE_ENDS, ",", ";", ":")) or _REPEAT_LABEL_RE.match(label):
        return j
    if match_dateline(label) is not None or _byline_names(label) is not None:
        return j
    return j - 1


def _over_alt_text(lines: list[str], j: int) -> int:
    """The headline's index when line ``j`` is an image's alt text under it (a tag page
    sets `festival del habano` between an item's headline and its lede), else ``j``.
    Both stand alone, between blank lines, and the headline says more: a roundup's
    section label (`Oil prices`) has a paragraph's end above it, no headline."""
    if j < 1 or lines[j - 1].strip() or lines[j + 1].strip():
        return j
    alt = lines[j].split()
    if len(alt) > _ALT_TEXT_WORDS or lines[j].rstrip().endswith(_SENTENCE_ENDS):
        return j
    above = _previous(lines, j)
    if above < 0 or not _headline_like(lines[above]) or len(lines[above].split()) <= len(alt):
        return j
    return above


def _over_stamp(lines: list[str], j: int) -> int:
    """The headline's index when line ``j`` is a time stamp under it (`Sep. 22, 2023
    06:14 AM EDT`, a tag page's between each item's headline and lede), else ``j``: a
    stamp is no headline."""
    if j < 1 or page_date(lines[j]) is None:
        return j
    above = _previous(lines, j)
    return above if above >= 0 and _headline_like(lines[above]) else j


def _lede_shaped(text: str) -> bool:
    """Whether a line may open a dated lede: a long line whose dateline opens with a
    capital (or an agency's parenthesis) and has its cue early."""
    if len(text) < _LEDE_MIN_CHARS or not (text[0].isupper() or text[0] == "("):
        return False
    return _CUE_RE.search(text, 0, _CUE_WITHIN) is not None


class _Lede(NamedTuple):
    """A story's dated lede: its dateline, and the words after it."""

    dated: DatelineMatch
    words: frozenset[str]


def _lede(text: str, dated: DatelineMatch) -> _Lede:
    return _Lede(dated, frozenset(content_words(text[dated.end : dated.end + _REPEAT_CHARS])))


def _style(dated: DatelineMatch) -> tuple[tuple[str, ...], bool, str]:
    """A dateline's house style: its agencies, whether it has a date, the cue closing it
    (`KENINGAU –` and `PUTRAJAYA –` are one style, `Patna, Oct 16 (PTI)` another)."""
    return dated.agencies, dated.date_text is not None, dated.raw.rstrip()[-1:]


def _brief_head(headline: str, text: str, found: _Head, story: _Lede | None) -> bool:
    """Whether the headline over the lede ``text`` of the story's own agency, dated, heads
    a brief of its own on a briefs page, rather than a section of the story above or the
    story printed again."""
    if len(headline.split()) < _BRIEF_HEADLINE_MIN_WORDS:
        return False  # a roundup's section label (`Oil prices`)
    dated = found.dated
    if _REPEAT_LABEL_RE.match(headline) or _REPEAT_LABEL_RE.match(text, dated.end):
        return False  # an update or a correction of the story above
    return story is None or not _told_again(text, dated, story)


def _told_again(text: str, dated: DatelineMatch, story: _Lede) -> bool:
    """Whether the lede ``text`` dated ``dated`` is the story's own again (a writethru):
    the same place on the same day, in mostly the same words. Another lede from there
    that day is a second story."""
    if (dated.city, dated.date_text) != (story.dated.city, story.dated.date_text):
        return False
    words = _lede(text, dated).words
    return len(words & story.words) * 2 >= len(words)


def _undated_again(lines: list[str], i: int, found: _Head, story: _Lede | None) -> bool:
    """Whether the head ``found`` over the lede at line ``i`` opens the next of an
    agency's stories whose datelines carry no date, on a page that sets its furniture
    between them (a stamp, `16 hours ago Photos`, `©AFP`): a lede in the house style of
    the story above (its agencies and closing dash), under a headline that heads a brief
    of its own (see ``_brief_head``). With nothing but blank lines between, the heads may
    be a notebook's items, one story."""
    dated = found.dated
    if story is None or found.wire or not dated.agencies or _style(dated) != _style(story.dated):
        return False
    above = _previous(lines, found.line)
    if above < 0 or not (_furniture_between(lines[above]) or _set_apart(lines, found.line, story)):
        return False
    return _brief_head(unbulleted(lines[found.line].strip()), lines[i].strip(), found, story)


# How far up (lines) the story above's lede is looked for, to compare its gaps with one.
_GAP_REACH = 200


def _set_apart(lines: list[str], head: int, story: _Lede) -> bool:
    """Whether the head at ``head`` sits under a wider gap than any between the lines of
    the story above, back to its lede: a page that sets its stories two blank lines apart
    and their paragraphs one (Yonhap's pages of the day's stories). A notebook's items
    sit as far apart as its paragraphs."""
    above = _previous(lines, head)
    gap = head - above - 1
    if gap < 2:
        return False
    i = above
    while i >= 0 and head - i <= _GAP_REACH:
        if lines[i].strip().startswith(story.dated.raw):
            return True  # the lede reached, no gap as wide on the way
        prev = _previous(lines, i)
        if i - prev - 1 >= gap:
            return False
        i = prev
    return False


def _local_again(lines: list[str], i: int, found: _Head, story: _Lede | None) -> bool:
    """Whether the head ``found`` over the lede at line ``i`` opens the next of a paper's
    stories dated with place and date but no agency (`Kathmandu, May 27:`), as the story
    above was: a headline of a brief's own over a dateline in the same style. A story
    datelines itself once."""
    dated = found.dated
    if story is None or dated.agencies or not (dated.city and dated.date_text):
        return False
    if _style(dated) != _style(story.dated):
        return False
    return _brief_head(unbulleted(lines[found.line].strip()), lines[i].strip(), found, story)


def _furniture_between(line: str) -> bool:
    """A page's line between two stories: a few words that end no sentence (a time stamp,
    a photo link, a credit), not a story's last paragraph."""
    text = line.strip()
    if _REPEAT_LABEL_RE.match(text):
        return False  # `Correction notice`: the story again, or its part, follows
    return len(text.split()) < _PROSE_WORDS and not text.endswith(_SENTENCE_ENDS)


# The lines a page sets between each story's headline and lede (a stamp `By - Mar 26,2015 -
# Last updated at Mar 26,2015`, share counters `$`, `0`, `0`): a few, digits aside alike.
_MAX_HEAD_FURNITURE = 3
_NO_DIGITS = str.maketrans("0123456789", "0000000000")


def _furniture_over(lines: list[str], i: int) -> list[tuple[int, str]]:
    """The lines over the lede at line ``i`` that may be a page's furniture under its
    headline, nearest first, with their digits masked (a stamp's date changes)."""
    found: list[tuple[int, str]] = []
    j = _previous(lines, i)
    while j >= 0 and len(found) <= _MAX_HEAD_FURNITURE:
        text = " ".join(lines[j].split())
        if len(text) > _HEADLINE_MAX_CHARS or _is_prose(lines, j):
            break
        found.append((j, _furniture_shape(text)))
        j = _previous(lines, j)
    return found


# A word or a number of a time stamp: its month, weekday, day, hour, `AM` or `PM`.
_STAMP_PART_RE = regex(r"[^\W_]+")


def _furniture_shape(text: str) -> str:
    """A furniture line as the page sets it under every headline: its digits masked, and
    a time stamp's words and numbers whole (`Sep. 24, 2023 23:17 PM EDT` over one item,
    `Oct. 2, 2023 06:14 AM EDT` over the next), since only its date and hour change."""
    if page_date(text) is None:
        return text.translate(_NO_DIGITS)
    return _STAMP_PART_RE.sub("w", text)


def _teaser_at(lines: list[str], i: int) -> bool:
    """Whether the paragraph from line ``i`` on is a teaser cut short (`... who faces a
    widening investigation over...`)."""
    while i + 1 < len(lines) and lines[i + 1].strip():
        i += 1
    return lines[i].rstrip().endswith(_CUT_SHORT)


def _templated_head(
    lines: list[str], i: int, template: list[tuple[int, str]], story: _Lede
) -> tuple[int, DatelineMatch] | None:
    """The headline's index and the dateline when the lede at line ``i`` opens a story
    headed as the page's first one was: a headline of three words or more, then the same
    furniture lines as under the first story's headline (a stamp, share counters), then
    a lede in the dateline style of the first one's (`AMMAN —` under `AMMAN —`). A
    story's own subhead has no such furniture under it."""
    text = lines[i].strip()
    if not _lede_shaped(text):
        return None
    over = _furniture_over(lines, i)
    for k in range(1, min(len(over), len(template)) + 1):
        if [t for _, t in over[:k]] != [t for _, t in template[:k]]:
            return None
        if k >= len(over):
            return None
        head, headline = over[k]
        if (
            len(headline.split()) < _BRIEF_HEADLINE_MIN_WORDS
            or not _headline_like(headline)
            or _REPEAT_LABEL_RE.match(headline)
            or (k < len(template) and headline == template[k][1])  # the story again
        ):
            continue
        if head > 0 and not _separates(lines[head - 1]):
            return None
        dated = match_dateline(text)
        if dated is None or _style(dated) != _style(story.dated):
            return None
        return head, dated
    return None


def _opens_story(lines: list[str], i: int, prose: int) -> DatelineMatch | None:
    """The dateline of the story's lede at line ``i``: the first prose line's, or the first
    that names its agency or date (a caption or a teaser may come before it)."""
    text = lines[i].strip()
    dated = match_dateline(text) if _lede_shaped(text) else None
    if dated is None:
        return None
    if dated.agencies or dated.date_text or (not prose and _is_prose(lines, i)):
        return dated
    return None


def _signed_off_lede(lines: list[str], i: int, story: _Lede) -> DatelineMatch | None:
    """The dateline of the lede at line ``i`` when it opens the page's next story with no
    headline: the paragraph above it ends in the agency's sign-off (`... insurgency. –
    BERNAMA`, or the sign-off on a line of its own), which closes a story, and its
    dateline is in the house style of the story's own (`KENINGAU –`, `PUTRAJAYA –`)."""
    text = lines[i].strip()
    if not _lede_shaped(text):
        return None
    above = _previous(lines, i)
    if above < 0:
        return None
    last = lines[above].strip()
    if signs_off(last):  # on a line of its own, under the story's last paragraph
        paragraph = _previous(lines, above)
        if paragraph < 0 or not _is_prose(lines, paragraph):
            return None
    elif inline_close(last) is None or len(last.split()) < _PROSE_WORDS:
        return None  # run into the last paragraph, after its closing sentence
    dated = match_dateline(text)
    if dated is None or _style(dated) != _style(story.dated):
        return None
    return dated


def _headless(lines: list[str], i: int) -> bool:
    """Whether the story's lede at line ``i`` has no head over it but a blog's date line
    (`Wednesday, August 31, 2016`): each line above it is blank or a date."""
    return all(not line.strip() or page_date(line.strip()) is not None for line in lines[:i])


def _dated_again(lines: list[str], i: int, story: _Lede) -> DatelineMatch | None:
    """The dateline of the paragraph at line ``i`` when it opens another of a headless
    page's stories: a lede dated with place, date and agency as the story's own was (`Jakarta,
    Aug 31, 2016 (Antara) -`), set apart by a blank line, not the story told again."""
    text = lines[i].strip()
    if i < 1 or lines[i - 1].strip() or not _lede_shaped(text):
        return None
    dated = match_dateline(text)
    if dated is None or not (dated.agencies and dated.date_text):
        return None
    if _style(dated) != _style(story.dated) or _told_again(text, dated, story):
        return None
    return dated


def _next(lines: list[str], i: int) -> int | None:
    """The index of the first non-blank line after ``i``, or None."""
    i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i if i < len(lines) else None


# A blog's date line is a short line: a weekday and a date (`Tuesday, May 29, 2007`).
_POST_DATE_MAX_CHARS = 60


def _post_date(lines: list[str], i: int) -> str | None:
    """The shape of the line at ``i`` (see ``_furniture_shape``) when it is a blog's date
    line over a post: a date with a blank line under it (a listing may set it right under
    the teaser above), then a headline of three words or more, then a line of prose. None
    for any other line."""
    text = lines[i].strip()
    if len(text) > _POST_DATE_MAX_CHARS or not any(c.isdigit() for c in text):
        return None  # most lines: long, or no date at all
    if i + 1 < len(lines) and lines[i + 1].strip():
        return None
    if page_date(text) is None:
        return None
    head = _next(lines, i)
    if head is None or len(lines[head].split()) < _BRIEF_HEADLINE_MIN_WORDS:
        return None
    if not _headline_like(lines[head]) or (head + 1 < len(lines) and lines[head + 1].strip()):
        return None
    lede = _next(lines, head)
    return _furniture_shape(text) if lede is not None and _is_prose(lines, lede) else None


def _first_post_date(lines: list[str]) -> tuple[int, str] | None:
    """The shape of the blog date line over the page's first post, when a date line heads
    it before any sentence of prose (`Thursday, May 31, 2007`, then the post's headline).
    The page's title and menus over it may run on without a blank line, as a wrapped
    line does, but end no sentence. Its index comes with it: the first post's own date
    line cuts nothing."""
    for k in range(len(lines)):
        if _is_prose(lines, k) and lines[k].rstrip().endswith(_SENTENCE_ENDS):
            return None
        if lines[k].strip() and (shape := _post_date(lines, k)) is not None:
            return k, shape
    return None


# A listing repeats its item (date line, headline, teaser) this many times or more: then
# an item of one line of prose is an item all the same, as a briefs page's lede alone is.
_LISTED_POSTS = 3


def _listed_posts(lines: list[str], shape: str | None) -> bool:
    """Whether the page sets the date line of ``shape`` over a post's headline
    ``_LISTED_POSTS`` times or more: a listing of dated teasers, one item each, where
    a story's dated section (no headline under it) would not repeat so."""
    if shape is None:
        return False
    found = 0
    for k in range(len(lines)):
        if _post_date(lines, k) == shape:
            found += 1
            if found >= _LISTED_POSTS:
                return True
    return False


def _closed_above(lines: list[str], head: int) -> bool:
    """Whether the story before the headline at ``head`` was closed: the nearest line
    above it, past the next story's slugs, is a wire end mark (`NNNN`, `-30-`, `(END)`,
    `Enditem`), a trailer (`AP-NY-03-04-96 1012EST`), a sign-off (`REUTER`), a rule
    (`---`, `* * *`) or an export's close mark; or the headline opens the file."""
    j = _previous(lines, head)
    while j >= 0 and _SLUG_RE.match(lines[j]):
        j = _previous(lines, j)
    if j < 0:
        return True
    text = lines[j].strip()
    return bool(
        END_MARK_RE.match(text)
        or _RULE_RE.match(text)
        or _TRAILER_RE.match(text)
        or signs_off(text)
        or _mark(text) == "close"
    )


def _opening(lines: list[str], head: int, floor: int) -> int:
    """Where the story whose headline is at ``head`` begins: the slugs, rules and document
    counts right above it go with it."""
    start = head
    j = _previous(lines, head)
    while j >= floor and (
        _SLUG_RE.match(lines[j]) or _RULE_RE.match(lines[j]) or _mark(lines[j]) == "open"
    ):
        start, j = j, _previous(lines, j)
    return start


def story_starts(lines: list[str]) -> list[int]:
    """The 0-based indexes of the lines where each story of the file starts: ``[0]`` for a
    file of one story."""
    starts = [0]
    prose = 0  # prose lines since the last story's head (or the file's start)
    headed = False  # the story being read has a head (or began at a document mark)
    closed = False  # an export's close mark since the last start
    # An export marks every document: one `End of Document` or `Document 2 of 3` alone is
    # a story quoting one, not a second document.
    marks = {i: kind for i, line in enumerate(lines) if (kind := _mark(line.strip()))}
    # Markdown files joined: each one's front matter (`---`, `title: ...`, `---`) opens it.
    marks.update(
        (i, "open")
        for i, line in enumerate(lines)
        if line.startswith("---") and front_matter_end(lines, i) is not None
    )
    kinds = list(marks.values())
    if kinds.count("open") < 2 and kinds.count("close") < 2:
        marks = {}
    headline = ""  # the current story's headline, as its head gave it
    wire: tuple[str, ...] = ()  # the agencies of the current story's dated lede
    story: _Lede | None = None  # the current story's lede, when it opens with a dateline
    cut_short = False  # the last prose line ends cut short (a teaser's `...`)
    listed = False  # the current story opened under a bullet, a page of headlines' item
    digest = False  # the current story's intro announces the items under it
    # The lines over the first story's lede, which the page may set over each story's.
    template: list[tuple[int, str]] = []
    prose_ahead = _ProseAhead(lines)
    # The first story's lede has nothing over it but a blog's date line: a blog's day of
    # an agency's stories, each its dated lede with no headline.
    headless = False
    # A blog's month archive: a date line over each post's headline, as over the first.
    first_post = _first_post_date(lines)
    post_date = first_post[1] if first_post else None
    first_post_line = first_post[0] if first_post else len(lines)
    # The page's title and menus over the first post, run on as a wrapped line is, are no
    # prose of the post: what was counted at its date line.
    over_post = 0
    # A listing of such items, three or more: a teaser of one line is an item of its own.
    post_prose = _BRIEF_PROSE_LINES if _listed_posts(lines, post_date) else _PROSE_LINES
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if i == first_post_line:
            over_post = prose
        cut: int | None = None
        need = _PROSE_LINES  # prose lines the story a cut here opens must have
        opens: _Lede | None = None  # the lede of the story a cut here opens, if dated
        mark = marks.get(i)
        if story is None and prose < _LEDE_WITHIN and (dated := _opens_story(lines, i, prose)):
            # The first story's lede, under whatever head (a briefs page's first headline
            # may sit under menus or a caption): its dateline sets the page's house style.
            story = _lede(text, dated)
            template = _furniture_over(lines, i)
            headless = not starts[-1] and _headless(lines, i)
            if not wire and dated.agencies and dated.date_text:
                wire = tuple(dated.agencies)
        if mark == "open":
            # An export's marks are sure: a brief of one paragraph is a document too.
            cut = _opening(lines, i, starts[-1] + 1) if prose >= 1 else None
            headed = True
        elif closed:
            cut = i  # the first line after `End of Document`
        elif (
            not digest
            and (found := _head_at(lines, i)) is not None
            and (
                # The head opens the next story in the style of the one above: an agency's
                # undated, or a paper's dated with place and date but no agency.
                (
                    styled := _undated_again(lines, i, found, story)
                    or _local_again(lines, i, found, story)
                )
                or found.sure
                or found.wire
            )
        ):
            head = found.line
            # Only a story with a head of its own ends at the next one: a page's menus and
            # teasers over its story are no story. An add under its story's headline again
            # is the same story.
            again = " ".join(lines[head].split()).casefold() == headline
            # A briefs page (UPI's, Xinhua's, PTI's) sets its stories one under another,
            # often with only blank lines between and no bylines: a headline over a lede
            # the same agency dated, place, date and agency (`MONROE, Wash., Jan. 6 (UPI)
            # --`), as the story above it was, heads a new story, since a story datelines
            # itself once. Not a roundup's section label, an update's or a correction's
            # label, nor the story printed again under a new headline.
            # A page of headlines bullets each story's heading over its dated lede, whatever
            # the agency (a tag page gathers Reuters' and IANS's): a bullet under a story
            # that opened so heads the next.
            bullet = lines[head].strip()[:1] in BULLETS
            same_wire = (
                bool(found.wire)
                and (found.wire == wire or (bullet and listed))
                and _brief_head(unbulleted(lines[head].strip()), text, found, story)
            )
            brief = same_wire and prose >= _BRIEF_PROSE_LINES and not cut_short
            # An agency's stories one under another with no date in their datelines (a
            # page of AP's or AFP's latest, `LAGOS, Nigeria (AP) —`): the same house style
            # again under a headline heads the next one, when each side is more than a
            # teaser's lede (a page's teasers over its story share its style).
            whole = (
                (found.sure and headed and prose >= _PROSE_LINES)
                or brief
                or (styled and prose >= _PROSE_LINES and not cut_short)
            )
            if whole and found.top > starts[-1] and not again:
                cut = _opening(lines, found.top, starts[-1] + 1)
                need = _BRIEF_PROSE_LINES if brief and not (found.sure and headed) else _PROSE_LINES
            if found.sure:
                headed = True
            prose = 0
            headline = " ".join(lines[head].split()).casefold()
            wire = found.wire or wire
            listed = bullet and bool(found.wire)
            if story is None or cut is not None:
                opens = _lede(text, found.dated)
                story = story or opens
        elif (
            story is not None
            and not digest
            and prose >= _BRIEF_PROSE_LINES
            # A teaser over a story's head may be the page's teaser of that story, but a
            # teaser over another's is a list of teasers, one item each.
            and (not cut_short or _teaser_at(lines, i))
            and (templated := _templated_head(lines, i, template, story)) is not None
        ):
            # A page that sets the same furniture under each story's headline (a stamp,
            # share counters) over a lede in the same style: the next story's head.
            head, dated = templated
            if head > starts[-1]:
                cut, need = _opening(lines, head, starts[-1] + 1), _BRIEF_PROSE_LINES
            headline, opens, prose = " ".join(lines[head].split()).casefold(), _lede(text, dated), 0
        elif (
            story is not None
            and prose >= _PROSE_LINES
            and (dated := _signed_off_lede(lines, i, story)) is not None
        ):
            # A page of one agency's stories with no headlines (a reporter's page): the
            # sign-off closing one story, and the next one's lede dated in the same style.
            cut, headline, opens = i, "", _lede(text, dated)
        elif (
            headless
            and story is not None
            and prose >= _PROSE_LINES
            and not (digest or cut_short)
            and (dated := _dated_again(lines, i, story)) is not None
        ):
            # A blog's day of an agency's stories without headlines: a lede dated with
            # place, date and agency as the first one was, after a story of its own. A
            # story datelines itself once.
            cut, headline, opens = i, "", _lede(text, dated)
        elif (
            post_date is not None
            and prose - over_post >= post_prose
            and i > first_post_line
            and not digest
            and _post_date(lines, i) == post_date
        ):
            # A blog's archive: the date line the page set over its first post's headline,
            # again over another headline after a post of its own, heads the next post.
            # A story's subhead has no date line over it.
            cut, headline, need = i, "", post_prose
        if cut is not None and cut > starts[-1] and prose_ahead(i + bool(mark), need):
            starts.append(cut)
            closed, digest, over_post = False, False, 0
            story = opens  # or the next story's first dated lede, found as it comes
            # The line that showed the cut may be the new story's first prose (its lede).
            prose = int(cut < i and _is_prose(lines, i))
            continue
        if mark == "close":
            closed = prose >= 1
        elif _is_prose(lines, i):
            # A digest's intro announces the items under it (`The following is a summary
            # of ...`): they are its own, not stories run on.
            digest = digest or (prose < _PROSE_LINES and announces_items(text))
            prose += 1
            cut_short = text.endswith(_CUT_SHORT)
    return starts


class _ProseAhead:
    """Whether the story from a line on has text of its own (``need`` lines of prose
    before any export mark closes it, or one line closed by the mark). Counted
    from the end once, on the first question: asked line by line after a close mark over
    a long table, a scan forward each time was quadratic."""

    __slots__ = ("_answers", "_lines")

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._answers: list[int] | None = None

    def __call__(self, i: int, need: int = _PROSE_LINES) -> bool:
        if self._answers is None:
            lines = self._lines
            answers = [0] * (len(lines) + 1)  # prose lines ahead, up to _PROSE_LINES
            found, marked = 0, False  # prose lines counted, a mark closing them
            for k in range(len(lines) - 1, -1, -1):
                if _mark(lines[k].strip()):
                    found, marked = 0, True
                    answers[k] = 0  # a mark at the line itself: nothing of its own
                    continue
                if _is_prose(lines, k):
                    found = min(found + 1, _PROSE_LINES)
                # one line closed by an export's mark is a whole document
                answers[k] = _PROSE_LINES if marked and found >= 1 else found
            self._answers = answers
        return i < len(self._answers) and self._answers[i] >= need


def shift_story(story: Story, offset: int) -> Story:
    """``story`` with every input position moved down ``offset`` lines: a story parsed from
    a file's lines ``offset + 1`` on, placed back in the file."""
    if not offset:
        return story

    def at(line: int | None) -> int | None:
        return None if line is None else line + offset

    byline = story.byline
    return replace(
        story,
        headline_line=at(story.headline_line),
        headline_end_line=at(story.headline_end_line),
        byline=byline and replace(byline, line=byline.line + offset, end_line=at(byline.end_line)),
        dateline=story.dateline and replace(story.dateline, line=story.dateline.line + offset),
        captions=tuple(
            replace(c, line=c.line + offset, end_line=at(c.end_line)) for c in story.captions
        ),
        paragraphs=tuple(
            replace(p, spans=tuple(replace(s, line=s.line + offset) for s in p.spans))
            for p in story.paragraphs
        ),
        related=tuple(
            replace(r, line=r.line + offset, end_line=at(r.end_line)) for r in story.related
        ),
        removed=tuple(replace(r, line=r.line + offset) for r in story.removed),
        diagnostics=tuple(
            replace(d, line=d.line + offset, end_line=d.end_line + offset)
            for d in story.diagnostics
        ),
    )
