"""What the structure, copy and encoding rules (WC3xx-WC5xx) share: the story's text, where
each piece of it sits in the input, and how a finding on a piece becomes a diagnostic.

Rules read two views of a story. Word-level checks read *passages* (the headline and the
body paragraphs, whitespace-normalised, with a map back to input positions). Character-level
checks (spacing, invisible and control characters) read the raw decoded *story lines*,
because normalising whitespace is exactly what hides those faults.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Literal, NamedTuple

from wirecheck.model import Diagnostic, Paragraph, Span, Story
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.regexes import regex
from wirecheck.rules.base import Context, Rule

# A rule of layout or characters reports at most this many findings per story. Real copy
# never comes near it; a hostile or broken input (2 MB of `)`, a file of double spaces)
# would otherwise produce a report nobody reads and cost memory for nothing. The spelling
# rules report every misspelt word: each is a word of the story to correct.
MAX_FINDINGS = 100

# A headline wrapped over more input lines than this is not a headline we can position.
_HEADLINE_MAX_LINES = 3


class Passage(NamedTuple):
    """A piece of story text read as a whole: the headline or one body paragraph."""

    kind: Literal["headline", "body"]
    paragraph: Paragraph

    @property
    def text(self) -> str:
        return self.paragraph.text


def headline_paragraph(ctx: Context) -> Paragraph | None:
    """The headline as a ``Paragraph`` positioned in the input, or None without one.

    The parser keeps only the headline text and its first line; we rebuild the positions
    from the input lines (a page title's `- Site` suffix, when split off, simply lies past
    the end of the headline text).
    """
    # Several rules read the headline; its positions are worked out once a story.
    if _HEADLINE_MEMO in ctx.memo:
        cached: Paragraph | None = ctx.memo[_HEADLINE_MEMO]
        return cached
    found = _headline_paragraph(ctx)
    ctx.memo[_HEADLINE_MEMO] = found
    return found


_HEADLINE_MEMO = "headline_paragraph"


def _headline_paragraph(ctx: Context) -> Paragraph | None:
    """The headline's words found one by one on its lines, each a span of its own: the
    headline as the parser keeps it may differ from the lines in its blanks (a double
    space, a wrapped line), a label before it (`HEADLINE:`, Factiva's `HD`) or a byte
    dropped from it. None when a word cannot be found: a finding placed by guesswork is
    one `fix` would write in the wrong place."""
    story = ctx.story
    if not story.headline or story.headline_line is None:
        return None
    number = story.headline_line
    last = min(number + _HEADLINE_MAX_LINES - 1, len(ctx.lines))
    line, column = ctx.line_text(number), 0
    spans: list[Span] = []
    for word in _RUN_RE.finditer(story.headline):
        at = line.find(word.group(), column)
        while at < 0 and number < last:
            number += 1
            line, column = ctx.line_text(number), 0
            at = line.find(word.group())
        if at < 0:
            return None
        spans.append(Span(start=word.start(), line=number, column=at + 1))
        column = at + len(word.group())
    return Paragraph(text=story.headline, spans=tuple(spans)) if spans else None


_RUN_RE = regex(r"\S+")


def passages(ctx: Context, *, headline: bool = True) -> Iterator[Passage]:
    """The headline (unless ``headline`` is false), then every body paragraph, in order."""
    if headline:
        head = headline_paragraph(ctx)
        if head is not None:
            yield Passage(kind="headline", paragraph=head)
    for paragraph in ctx.story.paragraphs:
        yield Passage(kind="body", paragraph=paragraph)


def body_lines(story: Story) -> tuple[int, ...]:
    """The input lines that body paragraphs come from (the dateline's line included)."""
    numbers = {line for p in story.paragraphs for line in p.lines}
    if story.dateline is not None:
        numbers.add(story.dateline.line)
    return tuple(sorted(numbers))


def story_lines(ctx: Context) -> tuple[int, ...]:
    """Input lines holding story text: headline, byline, dateline, captions, body.

    Lines the parser removed (site chrome, wire codes) are not the writer's copy, so
    character checks leave them alone.
    """
    story = ctx.story
    numbers = set(body_lines(story))
    head = headline_paragraph(ctx)
    if head is not None:
        numbers.update(head.lines)
    if story.byline is not None:
        numbers.add(story.byline.line)
    numbers.update(number for number, _, _ in caption_lines(ctx))
    return tuple(sorted(n for n in numbers if 0 < n <= len(ctx.lines)))


def damage_lines(ctx: Context, mark: re.Pattern[str]) -> Sequence[int]:
    """Input lines where the encoding checks look for damage to the file's characters.

    Every line of plain text: damage moves a line out of the story as often as not (a
    paragraph cut mid-character reads as boilerplate, a garbled lede as a standfirst), and
    lost or garbled characters are damage wherever they are. In an agency feed, only the
    story lines: its framing and header lines hold control bytes by design. None when no
    line holds ``mark``, the damage's sign: most files have none, and one pass in C over
    the lines tells so.
    """
    # One search of the lines joined: ``mark`` never matches a newline nor spans one
    # (each caller's pattern is a class of characters, or two, that excludes it), so it
    # finds a match there exactly when it finds one in some line.
    if mark.search(joined_lines(ctx)) is None:
        return ()
    if ctx.story.wire is not None:
        return story_lines(ctx)
    return range(1, len(ctx.lines) + 1)


def joined_lines(ctx: Context) -> str:
    """The story's input lines joined by newlines, made once a story: several rules ask
    whether a character occurs anywhere, which one search of this answers."""
    joined: str | None = ctx.memo.get(_JOINED_MEMO)
    if joined is None:
        joined = ctx.memo[_JOINED_MEMO] = "\n".join(ctx.lines)
    return joined


_JOINED_MEMO = "joined_lines"


def span_diagnostic(
    rule: Rule,
    paragraph: Paragraph,
    start: int,
    end: int,
    message: str,
    suggestions: tuple[str, ...] = (),
) -> Diagnostic:
    """A diagnostic for ``paragraph.text[start:end]``, positioned in the input.

    The span may cross a line break of hard-wrapped copy; it then ends on a later line.
    """
    line, column = paragraph.locate(start)
    last = max(start, end - 1)
    end_line, end_column = paragraph.locate(last)
    if end_line == line and end_column < column:  # defensive: a span map out of order
        end_column = column
    return rule.diagnostic(line, column, end_column + 1, message, suggestions, end_line=end_line)


def capped(diagnostics: Iterable[Diagnostic], limit: int = MAX_FINDINGS) -> Iterator[Diagnostic]:
    """At most ``limit`` of ``diagnostics``; see ``MAX_FINDINGS``."""
    return islice(diagnostics, limit)


def excerpt(text: str, limit: int = 80) -> str:
    """``text`` shortened for a message, so a 2 MB run never lands in a report."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line_diagnostic(
    rule: Rule, ctx: Context, line: int, message: str, suggestions: tuple[str, ...] = ()
) -> Diagnostic:
    """A diagnostic spanning the visible text of input line ``line`` (indent and trailing
    spaces left out), for findings about a whole line or a whole story."""
    raw = ctx.line_text(line)
    start = len(raw) - len(raw.lstrip())
    end = max(len(raw.rstrip()), start)
    return rule.diagnostic(line, start + 1, end + 1, message, suggestions)


def rare_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on first use, for one that only uncommon text reaches (a paragraph
    without a full stop, boilerplate inside a paragraph): most runs never build it, not
    even from the regex cache, and a first run (cache empty) never compiles it."""
    compiled: re.Pattern[str] | None = None

    def get() -> re.Pattern[str]:
        nonlocal compiled
        if compiled is None:
            compiled = regex(pattern, flags)
        return compiled

    return get


_KEY_RE = regex(r"\w+")


class NameIndex:
    """Which of many names stand in a text at an offset: exactly, longest first (so `New
    York` comes before `New`), spaces matching the single spaces of normalised text.

    These are the alternatives a regex alternation of the names would try there, in the
    same order; a dict keyed by a name's first word finds them without such a regex,
    whose several hundred names cost milliseconds to compile in every process.
    """

    __slots__ = ("_by_key",)

    def __init__(self, names: Iterable[str]) -> None:
        by_key: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            key = _KEY_RE.match(name)
            if key is None:
                raise ValueError(f"a name must start with a letter or a digit: {name!r}")
            by_key.setdefault(key.group(), []).append(name)
        self._by_key = {key: tuple(found) for key, found in by_key.items()}

    def at(self, text: str, pos: int) -> Iterator[str]:
        """The names ``text`` has at ``pos``, longest first."""
        # A name's first word ends where the text's does: inside the name at the same
        # non-word character, or at the name's end when the text is not to run on.
        key = _KEY_RE.match(text, pos)
        if key is None:
            return
        for name in self._by_key.get(key.group(), ()):
            if text.startswith(name, pos):
                yield name


# A Title Case headline (`How The Turkey's Secret Got Out`) capitalises every longer word;
# word-level copy rules that key on capitals skip such headlines.
_TITLE_WORD_RE = regex(r"[^\W\d_]{4,}")
_TITLE_CASE_SHARE = 0.8


def is_title_case(text: str) -> bool:
    """Whether nearly every word of four letters or more in ``text`` is capitalised."""
    words = _TITLE_WORD_RE.findall(text)
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) >= _TITLE_CASE_SHARE * len(words)


def prose_passages(ctx: Context) -> Iterator[Passage]:
    """The passages where capitals mean names: the body, and the headline unless it is in
    Title Case."""
    for passage in passages(ctx):
        if passage.kind == "headline" and is_title_case(passage.text):
            continue
        yield passage


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (short lists read better so)."""
    return frozenset(words.split())


def word_bounds(line: str, start: int, end: int, window: int = 48) -> tuple[int, int]:
    """The word of ``line`` around ``line[start:end]``: out to an ASCII space or tab on
    each side, but at most ``window`` characters (a 2 MB line without spaces is one
    "word"). A no-break space does not end a word, so it stays visible in messages."""
    lo, floor = start, max(0, start - window)
    while lo > floor and line[lo - 1] not in " \t":
        lo -= 1
    hi, ceiling = end, min(len(line), end + window)
    while hi < ceiling and line[hi] not in " \t":
        hi += 1
    return lo, hi


def text_lines(ctx: Context) -> Iterator[tuple[int, str, int]]:
    """(line number, line, 0-based column where story text starts) for the headline and
    body lines, for checks on the characters as written. On the dateline's line the text
    starts after the dateline: its house forms (`KIGALI, April 28 , 1997 (AFP) -`, AFP's
    no-break spaces around the dash) are the dateline rules' concern; a dateline on a line
    of its own is skipped."""
    story = ctx.story
    head = headline_paragraph(ctx)
    # Each line's text starts where its first run of story text does: after the dateline
    # on the lede's line, after a database export's label (`Full text:`, `TD`).
    starts: dict[int, int] = {}
    for paragraph in (head, *story.paragraphs) if head is not None else story.paragraphs:
        for span in paragraph.spans:
            starts.setdefault(span.line, span.column - 1)
    for number in sorted(starts):
        yield number, ctx.line_text(number), starts[number]


def caption_lines(ctx: Context) -> Iterator[tuple[int, str, int]]:
    """(line number, line, 0) for each input line of a photo caption."""
    for caption in ctx.story.captions:
        for number in range(caption.line, (caption.end_line or caption.line) + 1):
            yield number, ctx.line_text(number), 0


def character_lines(ctx: Context) -> Iterator[tuple[int, str, int]]:
    """``text_lines`` and the caption lines, in line order, each line once: for the checks
    of characters that are damage wherever the story's text holds them (a zero-width
    space, an HTML reference written out, a ligature), since the captions go into the
    output with the headline and the body."""
    found = {number: (line, start) for number, line, start in text_lines(ctx)}
    for number, line, start in caption_lines(ctx):
        found.setdefault(number, (line, start))
    for number in sorted(found):
        line, start = found[number]
        yield number, line, start


# The story the structure rules' examples are built from (the seed's facts, cut short).
EXAMPLE_HEADLINE = "Putin meets Cuban leader in Moscow\n"
EXAMPLE_LEAD = (
    "MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin met Cuban President Miguel "
    "Diaz-Canel in Moscow on Friday to review their partnership.\n"
)


# English running text is about 40% function words (`the`, `of`, `was`); German, French or
# Spanish copy shares only a few of them (`in`, `so`, `was`) and stays far below this share.
_ENGLISH_MIN_DENSITY = 0.2
# Enough words to tell the language; reading more would only cost time on long copy.
_LANGUAGE_SAMPLE_WORDS = 400
_LANGUAGE_MIN_WORDS = 30
_SAMPLE_WORD_RE = regex(r"[^\W\d_]+")
# In ASCII text (``str.isascii`` is a flag test) a letter is [A-Za-z] and there is no `’`:
# the ASCII pattern finds exactly what the general one does, and scans faster.
_ASCII_SAMPLE_WORD_RE = regex(r"[A-Za-z]+")


def is_english(ctx: Context) -> bool:
    """Whether the story body reads as English: the copy and grammar rules know English
    only (`die die` is right in German, `Pourquoi ?` in French)."""
    known = ctx.memo.get("english")
    if known is None:
        known = ctx.memo["english"] = _reads_as_english(ctx)
    return bool(known)


def _reads_as_english(ctx: Context) -> bool:
    sample: list[str] = []
    for paragraph in ctx.story.paragraphs:
        chunk = paragraph.text[: _LANGUAGE_SAMPLE_WORDS * 12]
        words = _ASCII_SAMPLE_WORD_RE if chunk.isascii() else _SAMPLE_WORD_RE
        sample.extend(words.findall(chunk))
        if len(sample) >= _LANGUAGE_SAMPLE_WORDS:
            break
    if len(sample) < _LANGUAGE_MIN_WORDS:
        # Too little for the density test (a brief): English unless the feeds' detector,
        # which counts the function words of five languages, clearly says otherwise.
        from wirecheck.feeds.language import brief_not_english

        texts = [ctx.story.headline or "", *(p.text for p in ctx.story.paragraphs)]
        return not brief_not_english(texts)
    hits = sum(1 for word in sample if word.casefold() in STOPWORDS)
    return hits / len(sample) >= _ENGLISH_MIN_DENSITY
