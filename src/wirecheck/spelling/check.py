"""The spelling pass shared by WC101 (known misspelling) and WC102 (unknown word).

One pass finds both kinds of finding, so a word is judged once and WC102 never repeats
a WC101 finding. The pass is cached for the last story checked: WC101 and WC102 run one
after the other on the same context.

Speed: the words of a story are collected with one regex ``findall`` per block; every
distinct word is then looked up once (memoised across stories). Only the few words that
are neither known nor obviously names get the slower treatment: finding each occurrence,
reading its context, generating suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from wirecheck.model import Paragraph, Story
from wirecheck.rules.base import Context
from wirecheck.spelling import forms, suggest, text
from wirecheck.spelling.tables import Lexicon, lexicon

Code = Literal["WC101", "WC102"]

_CONTRACTION_TAILS = ("'s", "'d", "'ll", "'re", "'ve", "'m")
_ELISIONS = ("d'", "l'", "qu'", "o'")
# Words used this often in one story are the story's own vocabulary, not typos.
REPEATED = 3
_DEFINING_RE = re.compile(
    r"(?:called|known as|dubbed|termed|so-called|word|term|meaning|means|spelled)\s*[\"']?\s*$",
    re.IGNORECASE,
)
MIN_WC102_LENGTH = 3


@dataclass(frozen=True, slots=True)
class Finding:
    """A spelling finding, positioned in the input (1-based columns, end exclusive)."""

    code: Code
    word: str
    line: int
    column: int
    end_column: int
    corrections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Block:
    text: str  # prepared
    paragraph: Paragraph | None  # None: the headline
    line: int  # headline line
    column: int  # headline column of text[0]


def english(story: Story) -> bool:
    """Should the spelling rules check this story? (English or unknown language)

    The hook for language detection: a wire header (``story.wire``) that names another
    language (``language``/``lang`` not starting with ``en``) turns the checks off.
    """
    wire = story.wire or {}
    lang = wire.get("language") or wire.get("lang")
    return not (isinstance(lang, str) and lang and not lang.lower().startswith("en"))


def bases(word: str) -> tuple[str, ...]:
    """The lowercase forms to look up: the word, then without a possessive/contraction."""
    lower = word.lower()
    if "'" not in lower:
        return (lower,)
    out = [lower]
    for tail in _CONTRACTION_TAILS:
        if lower.endswith(tail) and len(lower) > len(tail) + 1:
            out.append(lower[: -len(tail)])
            break
    for head in _ELISIONS:
        if lower.startswith(head) and len(lower) > len(head) + 2:
            out.append(lower[len(head) :])
    return tuple(out)


class _StoryCheck:
    """The state of one story's pass."""

    def __init__(self, ctx: Context, lex: Lexicon) -> None:
        self.ctx = ctx
        self.lex = lex
        self.allow = ctx.options.allow
        story = ctx.story
        self.blocks: list[_Block] = []
        if story.headline and story.headline_line:
            line_text = ctx.line_text(story.headline_line)
            at = line_text.find(story.headline)
            self.blocks.append(
                _Block(text.prepare(story.headline), None, story.headline_line, max(at, 0) + 1)
            )
        for paragraph in story.paragraphs:
            self.blocks.append(_Block(text.prepare(paragraph.text), paragraph, 0, 0))
        self.captions = [text.prepare(c.text) for c in story.captions]
        self._names: dict[str, bool] = {}

    # -- positions ---------------------------------------------------------------

    def _position(self, block: _Block, start: int, end: int) -> tuple[int, int, int]:
        if block.paragraph is None:
            return block.line, block.column + start, block.column + end
        line, column = block.paragraph.locate(start)
        end_line, last = block.paragraph.locate(end - 1)
        return line, column, (last + 1 if end_line == line else column + end - start)

    # -- story-wide evidence -------------------------------------------------------

    def used_as_name(self, name: str) -> bool:
        """Does ``name`` (capitalised) appear mid-sentence anywhere in the story?"""
        hit = self._names.get(name)
        if hit is None:
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            texts = [b.text for b in self.blocks] + self.captions
            hit = any(
                not text.sentence_start(t, m.start()) for t in texts for m in pattern.finditer(t)
            )
            self._names[name] = hit
        return hit

    def occurrences(self, word: str) -> Iterator[tuple[_Block, int, int]]:
        # the same boundaries as text.WORD_RE: not inside a longer word or contraction
        pattern = re.compile(r"(?<!\w)(?<![A-Za-z]')" + re.escape(word) + r"(?!\w|'[A-Za-z])")
        for block in self.blocks:
            for m in pattern.finditer(block.text):
                yield block, m.start(), m.end()

    # -- the pass ----------------------------------------------------------------

    def run(self) -> list[Finding]:
        words: set[str] = set()
        for block in self.blocks:
            words.update(text.WORD_RE.findall(block.text))
        found: list[Finding] = []
        for word in sorted(words):
            if len(word) < 2 or word in self.allow:
                continue
            kind = text.shape(word)
            if kind in ("upper", "mixed"):
                continue
            forms_ = bases(word)
            if any(self.lex.known(f) for f in forms_):
                continue
            hit = next((h for f in forms_ if (h := self.lex.misspelling(f))), None)
            if hit is not None:
                found.extend(self._misspelled(word, hit[0], hit[1]))
            elif kind == "lower":
                found.extend(self._unknown(word, forms_[-1]))
        found.sort(key=lambda f: (f.line, f.column, f.code))
        return found

    def _skip(self, block: _Block, start: int, end: int, word: str) -> bool:
        """Context that exempts an occurrence from both rules."""
        t = block.text
        if text.dropped_g(t, end, word) or text.marked_sic(t, end):
            return True
        if text.in_name_compound(t, start, end):
            return True
        lo, hi = text.compound(t, start, end)
        return t[lo:hi] in self.allow

    def _misspelled(
        self, word: str, corrections: tuple[str, ...], name_like: bool
    ) -> Iterator[Finding]:
        capitalised = text.shape(word) == "capitalised"
        if capitalised and (name_like or self.used_as_name(word)):
            return
        if not capitalised and self.used_as_name(word.capitalize()):
            return  # the story uses it as a name (a place called Homs)
        fixes = tuple(_match_case(c, word) for c in corrections)
        for block, start, end in self.occurrences(word):
            if self._skip(block, start, end, word):
                continue
            if capitalised and not text.sentence_start(block.text, start):
                continue  # a capitalised word mid-sentence is a name
            line, column, end_column = self._position(block, start, end)
            yield Finding("WC101", word, line, column, end_column, fixes)

    def _unknown(self, word: str, base: str) -> Iterator[Finding]:
        if len(base) < MIN_WC102_LENGTH:
            return
        lex = self.lex
        if self.used_as_name(word.capitalize()):
            return
        spots = [o for o in self.occurrences(word) if not self._skip(*o, word)]
        if not spots:
            return
        if len(spots) >= REPEATED or any(self._defined(b.text, s, e) for b, s, e in spots):
            return
        near = _near_words(base, lex)
        if forms.derived(base, lex.known, lex.frequency, lambda _: bool(near)):
            return
        suggestions = near or suggest.suggest(base, lex.is_word, lex.frequency, lex.by_skeleton)
        for block, start, end in spots:
            line, column, end_column = self._position(block, start, end)
            yield Finding("WC102", word, line, column, end_column, suggestions)

    @staticmethod
    def _defined(t: str, start: int, end: int) -> bool:
        return text.quoted(t, start, end) or _DEFINING_RE.search(t, 0, start) is not None


def _near_words(word: str, lex: Lexicon) -> tuple[str, ...]:
    """Known words one edit away, most frequent first (the distance-1 suggestions)."""
    found = [w for w in suggest.edits1(word) if lex.is_word(w)]
    found.sort(key=lambda w: (-lex.frequency(w), w))
    return tuple(found[: suggest.MAX_SUGGESTIONS])


def _match_case(fix: str, word: str) -> str:
    if word[:1].isupper() and fix[:1].islower():
        return fix[:1].upper() + fix[1:]
    return fix


_LAST: tuple[Context, list[Finding]] | None = None


def findings(ctx: Context) -> list[Finding]:
    """Spelling findings of a story (both codes), cached for the last context."""
    global _LAST
    if _LAST is not None and _LAST[0] is ctx:
        return _LAST[1]
    result = _StoryCheck(ctx, lexicon()).run() if english(ctx.story) else []
    _LAST = (ctx, result)
    return result
