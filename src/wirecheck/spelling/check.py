"""The spelling pass shared by WC101 (known misspelling) and WC102 (unknown word).

One pass finds both kinds of finding, so a word is judged once and WC102 never repeats
a WC101 finding. The pass is cached for the last context checked: WC101 and WC102 run
one after the other on the same context.

Speed: the words of a story are collected with one regex ``findall`` per block, and
every distinct word is looked up once (memoised across stories). Only the few words
that are neither known nor obviously names get the slower treatment: finding each
occurrence, reading its context, ranking corrections and suggestions.
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
_ELISIONS = ("d'", "l'", "qu'")
# A lowercase word used this often in one story is the story's own vocabulary.
REPEATED = 3
MIN_WC102_LENGTH = 3
_DEFINED_BEFORE_RE = re.compile(
    r"(?:called|known as|dubbed|termed|so-called|the word|the term|meaning|spelled)"
    r"\s*[\"']?\s*$",
    re.IGNORECASE,
)
_DEFINED_AFTER_RE = re.compile(
    r"[\"',]?\s*(?:means|meaning|is a word|is a term|refers to|stands for)\b", re.IGNORECASE
)
_BEFORE_RE = re.compile(r"([A-Za-z]+(?:'[A-Za-z]+)*) +$")
_AFTER_RE = re.compile(r" +([A-Za-z]+(?:'[A-Za-z]+)*)")
# British and American spellings of one word are not typos of each other.
_VARIANTS = (("our", "or"), ("ise", "ize"), ("yse", "yze"), ("tre", "ter"), ("ll", "l"))


@dataclass(frozen=True, slots=True)
class Finding:
    """A spelling finding, positioned in the input (1-based columns, end exclusive).

    ``corrections``: WC101, the list's corrections, likeliest in context first; WC102,
    up to three suggestions, likeliest first.
    """

    code: Code
    word: str
    line: int
    column: int
    end_column: int
    corrections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Block:
    text: str  # prepared (text.prepare)
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


def variant(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the British and American spellings of one word?"""
    for uk, us in _VARIANTS:
        a, b = a.replace(uk, us), b.replace(uk, us)
    return a == b


def neighbours(t: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The words just before and after ``t[start:end]``, lowercase (None past punctuation)."""
    before = _BEFORE_RE.search(t, max(0, start - 40), start)
    after = _AFTER_RE.match(t, end)
    return (
        before.group(1).lower() if before else None,
        after.group(1).lower() if after else None,
    )


class _StoryCheck:
    """One story's pass."""

    def __init__(self, ctx: Context, lex: Lexicon) -> None:
        self.lex = lex
        self.allow = ctx.options.allow
        story = ctx.story
        self.blocks: list[_Block] = []
        if story.headline and story.headline_line:
            at = ctx.line_text(story.headline_line).find(story.headline)
            self.blocks.append(
                _Block(text.prepare(story.headline), None, story.headline_line, max(at, 0) + 1)
            )
        for paragraph in story.paragraphs:
            self.blocks.append(_Block(text.prepare(paragraph.text), paragraph, 0, 0))
        self.captions = [text.prepare(c.text) for c in story.captions]
        self._names: dict[str, bool] = {}

    def run(self) -> list[Finding]:
        words: set[str] = set()
        for block in self.blocks:
            words.update(text.WORD_RE.findall(block.text))
        found: list[Finding] = []
        known = self.lex.known
        for word in sorted(words):
            if len(word) < 2 or word in self.allow:
                continue
            kind = text.shape(word)
            if kind in ("upper", "mixed"):
                continue
            looked = bases(word)
            if any(known(f) for f in looked):
                continue
            hit = next((h for f in looked if (h := self.lex.misspelling(f))), None)
            if hit is not None:
                found.extend(self._misspelled(word, hit[0], hit[1]))
            elif kind == "lower":
                found.extend(self._unknown(word, looked[-1]))
        found.sort(key=lambda f: (f.line, f.column, f.code))
        return found

    # -- evidence from the whole story -----------------------------------------------

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
        """Where ``word`` stands as a whole token (text.WORD_RE's boundaries)."""
        pattern = re.compile(r"(?<!\w)(?<![A-Za-z]')" + re.escape(word) + r"(?!\w|'[A-Za-z])")
        for block in self.blocks:
            for m in pattern.finditer(block.text):
                yield block, m.start(), m.end()

    def _exempt(self, block: _Block, start: int, end: int, word: str) -> bool:
        """Context that exempts an occurrence from both rules."""
        t = block.text
        if text.dropped_g(t, end, word) or text.marked_sic(t, end):
            return True
        if text.in_name_compound(t, start, end):
            return True
        lo, hi = text.compound(t, start, end)
        return t[lo:hi] in self.allow

    def _finding(
        self, code: Code, word: str, block: _Block, start: int, end: int, fixes: tuple[str, ...]
    ) -> Finding:
        if block.paragraph is None:
            line, column, end_column = block.line, block.column + start, block.column + end
        else:
            line, column = block.paragraph.locate(start)
            end_line, last = block.paragraph.locate(end - 1)
            end_column = last + 1 if end_line == line else column + end - start
        return Finding(code, word, line, column, end_column, fixes)

    # -- WC101 -------------------------------------------------------------------------

    def _misspelled(
        self, word: str, corrections: tuple[str, ...], name_like: bool
    ) -> Iterator[Finding]:
        capitalised = text.shape(word) == "capitalised"
        if capitalised and (name_like or self.used_as_name(word)):
            return
        if not capitalised and self.used_as_name(word.capitalize()):
            return  # the story uses it as a name (a place called Homs)
        lex = self.lex
        regular: bool | None = None
        for block, start, end in self.occurrences(word):
            if self._exempt(block, start, end, word):
                continue
            if capitalised and not text.sentence_start(block.text, start):
                continue  # a capitalised word mid-sentence is a name
            if text.compound(block.text, start, end) != (start, end):
                # in a compound, a regular formation is a coinage: left-hander
                if regular is None:
                    regular = forms.inflected(word.lower(), lex.known)
                if regular:
                    continue
            fixes = corrections
            if len(fixes) > 1:
                before, after = neighbours(block.text, start, end)
                fixes = tuple(suggest.rank(fixes, before, after, lex.frequency, lex.bigram))
            fixes = tuple(_match_case(c, word) for c in fixes)
            yield self._finding("WC101", word, block, start, end, fixes)

    # -- WC102 -------------------------------------------------------------------------

    def _unknown(self, word: str, base: str) -> Iterator[Finding]:
        if len(base) < MIN_WC102_LENGTH or self.used_as_name(word.capitalize()):
            return
        spots = [
            (b, s, e)
            for b, s, e in self.occurrences(word)
            if not (self._exempt(b, s, e, word) or _prefix_part(b.text, e, base))
        ]
        if not spots or len(spots) >= REPEATED:
            return
        if any(_defined(b.text, s, e) for b, s, e in spots):
            return
        lex = self.lex

        def ordinary(w: str) -> bool:
            return lex.known(w) and not lex.name_only(w)

        near = [w for w in suggest.edits1(base) if lex.is_word(w)]
        typo_of = [w for w in near if not (variant(w, base) or lex.name_only(w))]
        if near and not typo_of:
            return  # a regional spelling of a known word (harbourmaster)
        if forms.derived(base, ordinary, lex.frequency, lambda _: bool(typo_of)):
            return
        after_number = all(_after_number(b.text, s) for b, s, _ in spots)
        if after_number and forms.derived(base, ordinary, lex.frequency, lambda _: False):
            return  # 27-yarder, 3-pointer: coined after a number
        close = suggest.candidates(base, lex.is_word, lex.by_skeleton, near)
        if not close:
            return  # nothing within two edits: a foreign word or a coinage, not a slip
        found = {w: d for w, d in close.items() if not lex.name_only(w)}
        for block, start, end in spots:
            before, after = neighbours(block.text, start, end)
            ranked = suggest.rank(found, before, after, lex.frequency, lex.bigram)
            fixes = tuple(_match_case(c, word) for c in ranked[: suggest.MAX_SUGGESTIONS])
            yield self._finding("WC102", word, block, start, end, fixes)


def _defined(t: str, start: int, end: int) -> bool:
    """Is the word a term the story defines (quoted, "called X", "X means")?"""
    return (
        text.quoted(t, start, end)
        or _DEFINED_BEFORE_RE.search(t, max(0, start - 40), start) is not None
        or _DEFINED_AFTER_RE.match(t, end) is not None
    )


def _prefix_part(t: str, end: int, base: str) -> bool:
    """Is the word a prefix written with a hyphen (``pre-packed``, ``anti-``)?"""
    return end < len(t) and t[end] == "-" and base in forms.PREFIXES


def _after_number(t: str, start: int) -> bool:
    """Does the word follow a number in a hyphenated compound (``27-yarder``)?"""
    i = start - 1
    return i > 0 and t[i] == "-" and t[i - 1].isdigit()


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
