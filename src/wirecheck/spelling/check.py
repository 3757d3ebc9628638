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

import enum
import re
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple

from wirecheck.byline import given_key, given_names, unaccented
from wirecheck.model import Paragraph, Span, Story
from wirecheck.regexes import regex
from wirecheck.rules.base import Context
from wirecheck.spelling import forms, suggest, text
from wirecheck.spelling.phrases import in_borrowed_phrase
from wirecheck.spelling.tables import Lexicon, lexicon

Code = Literal["WC101", "WC102"]

_CONTRACTION_TAILS = ("'s", "'d", "'ll", "'re", "'ve", "'m")
_ELISIONS = ("d'", "l'", "qu'")
# A word clipped inside, its apostrophe for the letters left out and one letter after it
# (`gov't`, `nat'l`); a misplaced contraction's apostrophe has two (`does'nt`).
_CLIPPED_RE = regex(r"([a-z]{3,})'([a-z])")
# A lowercase word used this often in one story is the story's own vocabulary; so is one
# used TWICE that is no likely slip (``_StoryCheck._likely_slip``): a deliberate term
# (`shmup`) is used again, while `cardiologst` twice is still `cardiologist`.
REPEATED = 3
TWICE = 2
MIN_WC102_LENGTH = 3
# A story of at least FOREIGN_MIN_WORDS distinct lowercase words with fewer than
# FUNCTION_WORDS_NEEDED of these is taken for copy in another language and not checked.
FUNCTION_WORDS = frozenset(
    "the and of to is was for that with on as by at from his her he she it this are were "
    "have has had be been which who will would said not but an or they their".split()
)
FUNCTION_WORDS_NEEDED = 4
FOREIGN_MIN_WORDS = 30
# Frequency class (log2 of the Google Books count, less 8) of a common word: a formation
# two edits from one is taken for a slip.
COMMON_CLASS = 12
_DEFINED_BEFORE_RE = regex(
    r"(?i:called|known as|dubbed|termed|so-called|the word|the term|meaning|spelled)"
    r"\s*[\"']?\s*$"
)
_DEFINED_AFTER_RE = regex(
    r"[\"',]?\s*(?i:means|meaning|is a word|is a term|refers to|stands for)\b"
)
_BEFORE_RE = regex(r"([A-Za-z]+(?:'[A-Za-z]+)*) +$")
_AFTER_RE = regex(r" +([A-Za-z]+(?:'[A-Za-z]+)*)")
# British and American spellings of one word are not typos of each other.
_VARIANTS = (
    *(("our", "or"), ("ise", "ize"), ("yse", "yze"), ("tre", "ter"), ("ll", "l")),
    # The other way for `-ize` only: a list with the British `incentivised` alone.
    *(("ize", "ise"), ("yze", "yse")),
)


class Finding(NamedTuple):
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
    # WC101: the misspelling is also a rare word in its own right (`pervious`)
    rare: bool = False
    # A word a hyphen broke at a line's end ends on the next line: None, on ``line``.
    end_line: int | None = None


class _Block:
    """A headline or paragraph to check (``text`` prepared by ``text.prepare``)."""

    __slots__ = ("located", "paragraph", "text")

    def __init__(self, text: str, paragraph: Paragraph | None, located: Paragraph) -> None:
        self.text = text
        self.paragraph = paragraph  # None: the headline
        # Where the text's characters are in the input: the paragraph, or the headline's
        # words placed on its lines (``rules._text.headline_paragraph``).
        self.located = located


def _placed_captions(ctx: Context) -> list[Paragraph]:
    """The captions whose text stands whole on their one line, positioned there, without
    their credit (`Credit: fizkes/Shutterstock`: a photographer's handle is no word)."""
    placed: list[Paragraph] = []
    for caption in ctx.story.captions:
        if (caption.end_line or caption.line) != caption.line or "\n" in caption.text:
            continue
        text = caption.text
        if caption.credit and caption.credit in text:
            text = text[: text.rindex(caption.credit)].rstrip()
        column = ctx.line_text(caption.line).find(text)
        if column >= 0 and text:
            span = Span(start=0, line=caption.line, column=column + 1)
            placed.append(Paragraph(text=text, spans=(span,)))
    return placed


def english(story: Story) -> bool:
    """Should the spelling rules check this story? (English or unknown language)

    The hook for language detection: a wire header (``story.wire``) that names another
    language (``language``/``lang`` not starting with ``en``) turns the checks off.
    """
    wire = story.wire or {}
    lang = wire.get("language") or wire.get("lang")
    return not (isinstance(lang, str) and lang and not lang.lower().startswith("en"))


def english_words(words: set[str]) -> bool:
    """Do the story's words read as English?

    A safety net under the language hook: copy in another language (an Italian page in
    an English feed) lacks the English function words that any English story of some
    length is full of, however many typos it has.
    """
    lowercase = sum(1 for w in words if w.islower())
    return lowercase < FOREIGN_MIN_WORDS or len(words & FUNCTION_WORDS) >= FUNCTION_WORDS_NEEDED


def other_language(prepared: str) -> bool:
    """Does the story read clearly as another language (Spanish, Italian...)?

    The net under ``english_words``: a Spanish page whose menus and captions hold a few
    English function words passes that test, but the function words of its prose are
    Spanish by far. A story that only reads as little English (a list of names, a product
    roundup) is still checked: another language must be shown, not English found scarce.
    """
    from wirecheck.feeds.language import brief_not_english

    # What the story quotes is the speaker's language, not the story's: an English court
    # ruling quoted in a Spanish story does not make the story English.
    return brief_not_english([_QUOTATION_RE.sub(" ", prepared)])


# A handle or hashtag's name (`@jearum`, `#tbt`).
_TAG_RE = regex(r"(?<![\w@])[@#]([A-Za-z]\w*)")
# A quotation on one line, bounded so a stray mark costs a short scan.
_QUOTATION_RE = regex(r'"[^"\n]{0,400}"|“[^”\n]{0,400}”')


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


def _clipped_abbreviation(word: str, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a headline's clipped word (`gov't`, `nat'l`, `ass'n`), its
    apostrophe for the letters left out: written without it, a known abbreviation."""
    if "'" not in word:
        return False  # most words: no pattern run
    clipped = _CLIPPED_RE.fullmatch(word.lower())
    return clipped is not None and known(clipped.group(1) + clipped.group(2))


def variant(unknown: str, known: str) -> bool:
    """Is ``unknown`` the British spelling of the American ``known`` (``harbourmaster``),
    or the `-ize` spelling of a `-ise` one (``incentivized``)?

    Otherwise one direction only: ``encorage`` is not a spelling of ``encourage``.
    """
    return any(uk in unknown and unknown.replace(uk, us) == known for uk, us in _VARIANTS)


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
        # One prepared text for the whole story (prepare keeps lengths and never masks
        # across a newline), cut back into blocks: fewer regex calls per story.
        raw: list[str] = []
        heads = 1 if story.headline and story.headline_line else 0
        if heads:
            raw.append(story.headline or "")
        raw.extend(p.text for p in story.paragraphs)
        # Captions are checked too, where their text stands whole on its line (a caption
        # is published with the story; its credit's names are capitalised, never flagged).
        placed = _placed_captions(ctx)
        raw.extend(p.text for p in placed)
        joined = "\n".join(raw)
        if joined.count("\n") != len(raw) - 1:
            joined = "\n".join(t.replace("\n", " ") for t in raw)
        self.prepared = text.prepare(joined)
        self.blocks: list[_Block] = []
        at = 0
        for number, piece in enumerate(raw):
            cut = self.prepared[at : at + len(piece)]
            at += len(piece) + 1
            if number >= heads + len(story.paragraphs):
                caption = placed[number - heads - len(story.paragraphs)]
                self.blocks.append(_Block(cut, None, caption))
                continue
            if number == 0 and heads:
                from wirecheck.rules._text import headline_paragraph

                # The headline's words placed one by one on its lines; a headline that
                # cannot be placed is not checked (a guessed place is one `fix` writes to).
                located = headline_paragraph(ctx)
                if located is not None:
                    self.blocks.append(_Block(cut, None, located))
            else:
                paragraph = story.paragraphs[number - heads]
                self.blocks.append(_Block(cut, paragraph, paragraph))
        self.captions = [text.prepare(c.text) for c in story.captions]
        self._names: dict[str, bool] = {}
        self._foreign: dict[int, bool] = {}
        self._lookups = 0
        self._index: dict[str, list[tuple[int, int]]] | None = None
        self._all_texts: list[str] | None = None
        self._counts: dict[str, int] | None = None
        self._running = 0
        self._line_text = ctx.line_text
        self._line_count = len(ctx.lines)
        # Words a hyphen broke at a line's end, by where the first half starts: whether
        # the joined word accounts for its halves; and the findings on joined words.
        self._broken: dict[tuple[int, int], bool] = {}
        self._joined_found: list[Finding] = []
        self._open_end = ctx.open_end
        # Handles and hashtags (`@jearum`): the same letters bare are the name, no slip.
        self._tags = (
            frozenset(m.lower() for m in _TAG_RE.findall(joined))
            if ("@" in joined or "#" in joined)
            else frozenset()
        )
        self._unknown_bases: set[str] = set()

    def run(self) -> list[Finding]:
        # Words already judged fine in any story (known words, capitals) are skipped at C
        # speed; only the rest are looked at one by one.
        every = set(text.SCAN_RE.findall(self.prepared))
        known = self.lex.known
        hits: list[tuple[str, tuple[str, ...], bool, bool]] = []
        unknown: list[tuple[str, str]] = []
        for word in sorted(every - _FINE):
            if len(word) < 2 or word in self.allow:
                continue
            kind = text.shape(word)
            if kind in ("upper", "mixed"):
                _FINE.add(word)
                continue
            looked = bases(word)
            if any(known(f) for f in looked) or _clipped_abbreviation(word, known):
                _FINE.add(word)
                continue
            hit = next(((f, h) for f in looked if (h := self.lex.misspelling(f))), None)
            if hit is not None:
                form, (corrections, name_like) = hit
                hits.append((word, corrections, name_like, self.lex.rare_word(form)))
            elif kind == "lower":
                unknown.append((word, looked[-1]))
            else:
                _FINE.add(word)  # a capitalised word: a name, unless on the list
        # The set test is free; the function-word count is made only when there is
        # something to report.
        if not english_words(every) or ((hits or unknown) and other_language(self.prepared)):
            return []
        found: list[Finding] = []
        for word, corrections, name_like, rare in hits:
            found.extend(self._misspelled(word, corrections, name_like, rare))
        self._unknown_bases = {base for _, base in unknown}
        for word, base in unknown:
            found.extend(self._unknown(word, base))
        found.extend(self._joined_found)
        found.sort(key=lambda f: (f.line, f.column, f.code))
        return found

    # -- evidence from the whole story -----------------------------------------------

    def used_as_name(self, name: str) -> bool:
        """Does ``name`` (capitalised) appear mid-sentence anywhere in the story?"""
        hit = self._names.get(name)
        if hit is None:
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            texts = self._texts()
            hit = any(
                not text.sentence_start(texts[i], at) for i, at in self._places(pattern, name)
            )
            self._names[name] = hit
        return hit

    def occurrences(self, word: str) -> Iterator[tuple[_Block, int, int]]:
        """Where ``word`` stands as a whole token (text.WORD_RE's boundaries)."""
        pattern = re.compile(
            text.BEFORE_WORD
            + r"(?<![A-Za-z]')"
            + re.escape(word)
            + r"(?!'[A-Za-z])"
            + text.AFTER_WORD
        )
        for i, at in self._places(pattern, word):
            if i < len(self.blocks):
                yield self.blocks[i], at, at + len(word)

    def _texts(self) -> list[str]:
        """The paragraphs' prepared texts, then the captions'."""
        if self._all_texts is None:
            self._all_texts = [b.text for b in self.blocks] + self.captions
        return self._all_texts

    def _places(self, pattern: re.Pattern[str], word: str) -> Iterator[tuple[int, int]]:
        """(text, offset) where ``pattern`` (``word`` between boundary tests) matches in the
        paragraphs, then the captions (text numbers past the paragraphs'), in order.

        A story asks for a few words' places: each is a scan of every paragraph. A story
        full of distinct slips asks for thousands, and scans would cost words × paragraphs;
        past ``_INDEX_AFTER`` look-ups every token's places are indexed once instead."""
        texts = self._texts()
        self._lookups += 1
        if self._index is None and self._lookups > _INDEX_AFTER:
            self._index = _token_index(texts)
        if self._index is not None and text.SCAN_RE.fullmatch(word) and "'" not in word:
            for i, at in self._index.get(word, ()):
                if pattern.match(texts[i], at):
                    yield i, at
            return
        for i, t in enumerate(texts):
            for at in _starts(pattern, t, word):
                yield i, at

    def foreign(self, block: _Block) -> bool:
        """Is this paragraph of an English story in another language (a quotation given
        in Spanish, the French half of a bilingual notice)? Asked only of paragraphs with
        a finding; a headline is never taken for one."""
        if block.paragraph is None:
            return False
        hit = self._foreign.get(id(block))
        if hit is None:
            from wirecheck.feeds.language import brief_not_english

            hit = self._foreign[id(block)] = brief_not_english([block.text])
        return hit

    def _exempt(self, block: _Block, start: int, end: int, word: str) -> bool:
        """Context that exempts an occurrence from both rules."""
        if self.foreign(block):
            return True
        if self._judged_joined(block, start, word):
            return True
        t = block.text
        if text.dropped_g(t, end, word) or text.marked_sic(t, end):
            return True
        if text.in_foreign_quote(t, start):
            return True  # `« Des lits, pas des promesses »`: French, not slips
        if text.in_pronouncer(t, start):
            return True  # `(pron: lewk boh-LYUH')`: syllables as said, not words
        if in_borrowed_phrase(t, start, end):
            return True  # `inter alia`, `locus standi`: a phrase English borrows whole
        if t[end : end + 1] == "-" and word.lower() in _BOUND_PREFIXES:
            return True  # `mis-sold`, `mis-selling`: a prefix, not the word `mis`
        if (
            t[start - 1 : start] in ("&", ";")
            and t[end : end + 1] == ";"
            and "&" in t[max(0, start - 5) : start]
        ):
            return True  # an HTML reference's name (`&nbsp;`, `&amp;nbsp;`): WC506's to report
        # a page's drop cap pasted apart from its word: `T housands of people ...`
        if (
            start == 2
            and t[1] == " "
            and t[0] not in "AI"
            and t[0].isupper()
            and self.lex.known((t[0] + word).lower())
        ):
            return True
        if text.in_name_compound(t, start, end):
            return True
        lo, hi = text.compound(t, start, end)
        if (lo, hi) != (start, end):
            if self._foreign_part(t[lo:hi], word):
                return True  # prix-fixe, tete-a-tete: a foreign expression
            if start > lo and self._suffix_part(word.lower()):
                return True  # soon-ish, add-ons, have-nots
            if self._broken_word(t, start, end, lo, hi):
                return True
        return t[lo:hi] in self.allow

    # -- words a hyphen broke at a line's end -------------------------------------------

    def _judged_joined(self, block: _Block, start: int, word: str) -> bool:
        """Is the word a half of one a hyphen broke at a line's end (`expec-` / `ted`,
        `dis-` / `ruption`), judged joined in its place? A joined word the dictionary
        knows is no finding; one that is a slip is reported whole, over its two lines
        (where `fix` never writes). False when the word is no such half, or when the
        joined word is near no known word (`well-` / `knwon`: a compound, whose part is
        then judged alone)."""
        halves = self._halves(block, start, word)
        if halves is None:
            return False
        first, second = halves
        key = (first.line, first.column)
        judged = self._broken.get(key)
        if judged is None:
            judged = self._broken[key] = self._judge_joined(first, second)
        return judged

    def _halves(self, block: _Block, start: int, word: str) -> tuple[_Half, _Half] | None:
        """The two halves, in the input, of a word broken at a line's end by a hyphen,
        when ``word`` (at ``start`` in ``block``) is one of them and the second opens its
        line in lower case; the halves may be in two paragraphs, or one in ``removed``."""
        line, column = block.located.locate(start)
        content = self._line_text(line)
        at = column - 1
        if content[at : at + len(word)] != word:
            return None  # the text moved from where the input has it: not guessed at
        here = _Half(line, column, word)
        rest = content[at + len(word) :]
        if rest[:1] in _BREAK_HYPHENS and not rest[1:].strip():
            below = self._text_line(line, 1)
            opening = _OPENING_RE.match(self._line_text(below)) if below else None
            if opening is None or not opening.group(1)[0].islower():
                return None
            return here, _Half(below, opening.start(1) + 1, opening.group(1))
        if content[:at].strip() or not word[0].islower():
            return None
        above = self._text_line(line, -1)
        broken = _BROKEN_END_RE.search(self._line_text(above)) if above else None
        if broken is None:
            return None
        return _Half(above, broken.start(1) + 1, broken.group(1)), here

    def _text_line(self, line: int, step: int) -> int:
        """The nearest line with text above (``step`` -1) or below (1) ``line``; 0: none."""
        line += step
        while 0 < line <= self._line_count:
            if self._line_text(line).strip():
                return line
            line += step
        return 0

    def _judge_joined(self, first: _Half, second: _Half) -> bool:
        """Judge the word ``first`` + ``second`` in place of its halves: True when that
        accounts for them (known, a name, or reported whole), False to judge each alone."""
        joined = first.text + second.text
        lower = joined.lower()
        lex = self.lex
        if lex.known(lower) or lex.known(f"{first.text}-{second.text}".lower()):
            return True  # dis-ruption, expec-ted
        if joined in self.allow or text.shape(joined) != "lower":
            return True  # a name broken over two lines (never judged as a word)
        hit = lex.misspelling(lower)
        code: Code = "WC101"
        if hit is not None:
            fixes = hit[0]
        else:
            verdict = _UNKNOWN.get(lower)
            if verdict is None:
                verdict = _UNKNOWN[lower] = _judge(lower, lex)
            if verdict is _Verdict.FOREIGN:
                return False
            if verdict is _Verdict.WORD:
                return True
            code = "WC102"
            ranked = suggest.rank(
                _SUGGESTIONS[lower], None, None, lex.frequency, lex.bigram, story_share=self.share
            )
            fixes = tuple(ranked[: suggest.MAX_SUGGESTIONS])
        written = f"{first.text}-{second.text}"
        end = second.column + len(second.text)
        self._joined_found.append(
            Finding(code, written, first.line, first.column, end, fixes, end_line=second.line)
        )
        return True

    def _broken_word(self, t: str, start: int, end: int, lo: int, hi: int) -> bool:
        """Is the word half of one that a hyphen broke where a line ended (`state-ment`,
        `wel-come`)? The two halves joined are a word, and this half is none: respelt,
        it would become another word (`meant`, `well`)."""
        if self.lex.known(t[start:end].lower()):
            return False
        if end < hi and t[end] in text.HYPHENS:
            after = end + 1
            while after < hi and t[after] not in text.HYPHENS:
                after += 1
            first, second = t[start:end], t[end + 1 : after]
        elif start > lo and t[start - 1] in text.HYPHENS:
            before = start - 1
            while before > lo and t[before - 1] not in text.HYPHENS:
                before -= 1
            first, second = t[before : start - 1], t[start:end]
        else:
            return False
        # `anti-vax` is a prefix and a coinage, written so on purpose (`antivax` is in
        # the list too): not a word broken at a line's end.
        if first.lower() in forms.PREFIXES:
            return False
        return self.lex.known((first + second).lower())

    def _suffix_part(self, lower: str) -> bool:
        """Is a word after a hyphen a suffix (``-ish``) or a particle's plural (``-ons``)?"""
        if lower in forms.HYPHEN_SUFFIXES:
            return True
        return lower.endswith("s") and len(lower) > 2 and self.lex.known(lower[:-1])

    def _foreign_part(self, compound: str, word: str) -> bool:
        """Is the compound a foreign or echoing expression (prix-fixe, criss-cross)?

        True when another part is no known word, when the word is repeated in it, or when
        the compound is two parts that echo each other (same first letter or same last
        two, lengths within one).
        """
        pieces = text.parts(compound)
        if sum(1 for p in pieces if p.lower() == word.lower()) > 1:
            return True  # tete-a-tete, hush-hush
        if len(pieces) == 2:
            a, b = (p.lower() for p in pieces)
            if a and b and abs(len(a) - len(b)) <= 1 and (a[0] == b[0] or a[-2:] == b[-2:]):
                return True
        known = self.lex.known
        return any(
            part != word and part.isalpha() and part.isascii() and not known(part.lower())
            for part in pieces
        )

    def _finding(
        self, code: Code, word: str, block: _Block, start: int, end: int, fixes: tuple[str, ...]
    ) -> Finding:
        line, column = block.located.locate(start)
        end_line, last = block.located.locate(end - 1)
        end_column = last + 1 if end_line == line else column + end - start
        return Finding(code, word, line, column, end_column, fixes)

    def share(self, word: str) -> float:
        """The share of the story's running words that are ``word`` (any case).

        Counted on the first call only: most stories have nothing to rank.
        """
        if self._counts is None:
            counts: dict[str, int] = {}
            for token in text.SCAN_RE.findall(self.prepared):
                token = token.lower()
                counts[token] = counts.get(token, 0) + 1
            self._counts = counts
            self._running = sum(counts.values())
        return self._counts.get(word.lower(), 0) / self._running if self._running else 0.0

    def context(self, t: str, start: int, end: int) -> tuple[str | None, str | None]:
        """The neighbouring words, a neighbour on the misspelling list read as corrected.

        Slips come in clusters in hasty copy (`fo teh`): ranking `fo` against `teh` as
        written would find no word pair at all.
        """
        before, after = neighbours(t, start, end)
        return self._read(before), self._read(after)

    def _read(self, word: str | None) -> str | None:
        if word is None or self.lex.known(word):
            return word
        found = self.lex.misspelling(word)
        if not found:
            return word
        single = [c for c in found[0] if " " not in c]
        return max(single, key=self.lex.frequency, default=word)

    # -- WC101 -------------------------------------------------------------------------

    def _misspelled(
        self, word: str, corrections: tuple[str, ...], name_like: bool, rare: bool = False
    ) -> Iterator[Finding]:
        """WC101 findings of a listed misspelling, marked ``rare`` when it is a rare word
        in its own right (`pervious`, `miliary`): more often a slip, but no fix to make
        unasked."""
        capitalised = text.shape(word) == "capitalised"
        if capitalised and name_like:
            return
        # A capitalised slip whose correction the story writes capitalised before a name
        # (`over Nothern Selva ... and Northern Telim`) is that word misspelt, not a name.
        righted = capitalised and self._written_right(corrections)
        if capitalised and not righted and self.used_as_name(word):
            return
        if _accents_only(word, corrections):
            return
        if not capitalised and self.used_as_name(word.capitalize()):
            return  # the story uses it as a name (a place called Homs)
        lex = self.lex
        regular: bool | None = None
        for block, start, end in self.occurrences(word):
            if self._exempt(block, start, end, word):
                continue
            if (
                capitalised
                and not text.sentence_start(block.text, start)
                and not (righted and _NAME_AFTER_RE.match(block.text, end))
            ):
                continue  # a capitalised word mid-sentence is a name (not `Nothern Samar`)
            if capitalised and self._names_someone(block.text, end, word):
                continue  # `Tre Mannix scored 24 points`: a given name before its surname
            if text.compound(block.text, start, end) != (start, end):
                # in a compound, a regular formation is a coinage: left-hander
                if regular is None:
                    regular = forms.inflected(word.lower(), lex.known)
                if regular:
                    continue
            fixes = corrections
            if len(fixes) > 1:
                before, after = self.context(block.text, start, end)
                fixes = tuple(
                    suggest.rank(
                        fixes, before, after, lex.frequency, lex.bigram, lex.slips, self.share
                    )
                )
            fixes = tuple(_match_case(c, word) for c in fixes)
            finding = self._finding("WC101", word, block, start, end, fixes)
            yield finding._replace(rare=True) if rare else finding

    def _written_right(self, corrections: tuple[str, ...]) -> bool:
        """Whether the story writes one of ``corrections`` (a single word) capitalised
        mid-sentence as a name's first part, a capitalised word after it (`Northern
        Telim`): a title's last word (`Chicken Noodle Soup`) is no such evidence."""
        return any(
            " " not in c and c.islower() and self._heads_name(c.capitalize()) for c in corrections
        )

    def _heads_name(self, word: str) -> bool:
        """Whether ``word`` stands mid-sentence before a capitalised word somewhere."""
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?= [A-Z])")
        texts = self._texts()
        return any(not text.sentence_start(texts[i], at) for i, at in self._places(pattern, word))

    def _names_someone(self, t: str, end: int, word: str) -> bool:
        """Whether a capitalised word opening a sentence is a listed given name with a
        capitalised word after it (`Tre Mannix`, `Ons Jabari`), not a slip (`Teh city`)."""
        after = _NEXT_WORD_RE.match(t, end)
        return (
            after is not None and after.group(1)[:1].isupper() and given_key(word) in given_names()
        )

    # -- WC102 -------------------------------------------------------------------------

    def _unknown(self, word: str, base: str) -> Iterator[Finding]:
        if len(base) < MIN_WC102_LENGTH or self.used_as_name(word.capitalize()):
            return
        if base in self._tags or _elongated(base, self.lex.known):
            return  # `@jearum` ... `jearum`; `allll`, `waaay`: a handle, an elongation
        spots = [
            (b, s, e)
            for b, s, e in self.occurrences(word)
            if not (
                self._exempt(b, s, e, word)
                or _prefix_part(b.text, e, base)
                or _combining_form(b.text, e, base, self.lex.known)
                or self._cut_by_end(b, e)
            )
        ]
        if not spots or len(spots) >= REPEATED:
            return
        if any(_defined(b.text, s, e) for b, s, e in spots):
            return
        verdict = self._verdict(base)
        if len(spots) >= TWICE and not self._likely_slip(base):
            return  # `shmup` twice: the story's term; `feght` twice is still `fight`
        run_on = self._run_together(base)
        if run_on is not None:
            for block, start, end in spots:
                yield self._finding("WC102", word, block, start, end, (_match_case(run_on, word),))
            return
        if verdict is _Verdict.WORD:
            return
        if verdict is _Verdict.COINED and all(_in_compound(b.text, s, e) for b, s, e in spots):
            return  # 27-yarder, all-nighter, off-roaders: coined inside a compound
        if verdict is _Verdict.FOREIGN:
            return  # nothing within two edits: a foreign word or a coinage, not a slip
        lex = self.lex
        found = _SUGGESTIONS[base]
        for block, start, end in spots:
            split = self._split_off(block.text, start, word)
            if split is not None:
                yield self._finding(
                    "WC102", split, block, start - 2, end, (split.replace(" ", ""),)
                )
                continue
            if self._foreign_company(block.text, start, end, base):
                continue
            before, after = self.context(block.text, start, end)
            ranked = suggest.rank(
                found, before, after, lex.frequency, lex.bigram, story_share=self.share
            )
            fixes = tuple(_match_case(c, word) for c in ranked[: suggest.MAX_SUGGESTIONS])
            yield self._finding("WC102", word, block, start, end, fixes)

    def _run_together(self, base: str) -> str | None:
        """The two words ``base`` runs together, a space lost between them (`withsustained`,
        `andissued`): its only split into two known words opens on a function word no
        compound starts with, before a common word. Else None: `gameplay`, `offseason`,
        `overbilling` are compounds (`off`, `over`, `in` and `for` head real ones)."""
        splits = forms.compounds(base, self._ordinary, self.lex.frequency)
        if len(splits) != 1:
            return None  # `thenext`: `the next` or `then ext`; no guess
        left, right = splits[0]
        if left not in _RUN_ON_HEADS or len(right) < _RUN_ON_MIN_RIGHT:
            return None
        return f"{left} {right}" if self.lex.frequency(right) >= COMMON_CLASS else None

    def _ordinary(self, word: str) -> bool:
        return self.lex.known(word) and not self.lex.name_only(word)

    def _verdict(self, base: str) -> _Verdict:
        verdict = _UNKNOWN.get(base)
        if verdict is None:
            verdict = _UNKNOWN[base] = _judge(base, self.lex)
        return verdict

    def _likely_slip(self, base: str, distance: int = 1) -> bool:
        """Is the unknown word a slip whatever else speaks for it (used twice, beside a
        foreign word): within ``distance`` (the suggestions' measure) of a word the lists
        know that is common, or that starts with its letter and is no shorter?
        `cardiologst` twice is still `cardiologist`, `zkrollup token plumetted` still
        `plummeted`; `putbacks` is no `cutbacks`, `ambrox` no `ambo`."""
        found = _SUGGESTIONS.get(base, {})
        return any(
            d <= distance
            and (
                self.lex.frequency(w) >= COMMON_CLASS or (w[:1] == base[:1] and len(w) >= len(base))
            )
            for w, d in found.items()
        )

    def _cut_by_end(self, block: _Block, end: int) -> bool:
        """Does the word end the file, which breaks off there with no line ending? A file
        cut short mid-word (`his impre`): the word is a cut one, not a slip."""
        if not self._open_end:
            return False
        line, column = block.located.locate(end - 1)
        return line == self._line_count and column == len(self._line_text(line).rstrip())

    def _split_off(self, t: str, start: int, word: str) -> str | None:
        """The word with a letter a stray space split off before it (`r esidential`,
        `l ong`), as written, when the letter and the word joined are a known word."""
        if start < 2 or t[start - 1] != " " or not t[start - 2].isalpha():
            return None
        if start > 2 and (t[start - 3].isalnum() or t[start - 3] in "'-"):
            return None
        letter = t[start - 2]
        return f"{letter} {word}" if self.lex.known((letter + word).lower()) else None

    def _foreign_company(self, t: str, start: int, end: int, base: str) -> bool:
        """Is the word in a foreign phrase (`joie de vivre`, `Femme a la montre`, `stit,
        from sistere`)? Next to a foreign function word, or near another unknown word
        that is near no English word at all. A slip keeps English company."""
        before, after = neighbours(t, start, end)
        if before in FOREIGN_FUNCTION_WORDS or after in FOREIGN_FUNCTION_WORDS:
            return True
        if after in ("acid", "acids"):
            return True  # malic acid: acids are named from plants and minerals, not words
        if _LANGUAGE_NAMED_RE.search(t, max(0, start - _NEARBY_REACH * 2), start):
            return True  # `the Latin words sol ... with stit`: a word the copy cites
        for match in _NEARBY_RE.finditer(t, max(0, start - _NEARBY_REACH), end + _NEARBY_REACH):
            other = match.group()
            if other == base or not other.islower() or len(other) < MIN_WC102_LENGTH:
                continue
            if other in self._unknown_bases and self._verdict(other) is _Verdict.FOREIGN:
                # A word one edit from a known one keeps its finding beside a stranger:
                # `zkrollup token plumetted` is still a slip for `plummeted`.
                return not self._likely_slip(base, _CLOSE_SLIP)
        return False


# Function words of the languages English copy quotes most (French, Spanish, Italian,
# German, Latin), none of them an English word too: a phrase the copy borrows.
FOREIGN_FUNCTION_WORDS = frozenset(
    "de la le les du des et est pour sur avec une el los las del y por di il della "
    "der das und von zu mit ein eine".split()
)
# A language named earlier in the sentence as the source of words the copy cites (`the
# Latin words sol and stit`, `the Greek for`, `Japanese term`): those are that language's.
# The language's name alone is no sign: `Russian officials said the negotaitons` is a slip.
_LANGUAGE_NAMED_RE = regex(
    r"\b(?:Latin|Greek|French|Spanish|Italian|German|Portuguese|Dutch|Japanese|Chinese|"
    r"Mandarin|Cantonese|Arabic|Hebrew|Yiddish|Russian|Hindi|Korean|Swahili|Hawaiian|"
    r"Maori|Irish|Gaelic|Welsh|Norse|Sanskrit|Turkish|Persian|Tagalog|Yoruba)\s+"
    r"(?:words?|terms?|phrases?|expressions?|names?|for|meaning|roots?)\b[^.!?;]*$"
)
# Function words that head no closed compound: an unknown word made of one and a common
# word is the two with the space between lost (`withsustained`, `andissued`). Not `for`,
# `her`, `them`, `not`, `off`, `over`, `out`, `under`, `in`: `forgo`, `herbal`,
# `themself`, `notecard`, `offseason`, `overbilling` are words.
_RUN_ON_HEADS = frozenset(
    "and the with from that this their which was were has have had said would will "
    "his its our but they than".split()
)
_RUN_ON_MIN_RIGHT = 4
# A capitalised word after one space: the rest of a name (`Nothern Samar`).
_NAME_AFTER_RE = regex(r" [A-Z]")
# A suggestion this close (a letter missing, doubled or swapped) makes the word a slip
# whatever unknown word stands beside it.
_CLOSE_SLIP = 2
# How far (characters) from an unknown word another is looked for: a few words.
_NEARBY_REACH = 30
_NEARBY_RE = regex(r"[a-z]+")
# A letter run four long, or three long where one letter makes a word and two none
# (`waaay`, `sooo`): drawn out on purpose. Three where two make the word (`commmittee`,
# `sleeep`) is a doubled letter's slip.
_RUN_RE = regex(r"(.)\1\1+")


def _elongated(word: str, known: Callable[[str], bool]) -> bool:
    """Is the word drawn out for emphasis (`waaay`, `allll`, `sooo`)?"""
    for match in _RUN_RE.finditer(word):
        letter, at, end = match.group(1), match.start(), match.end()
        if end - at >= 4:
            return True
        once, twice = word[:at] + letter + word[end:], word[:at] + letter * 2 + word[end:]
        if known(once) and not known(twice):
            return True
    return False


def _combining_form(t: str, end: int, base: str, known: Callable[[str], bool]) -> bool:
    """Is the word a combining form in `-o` before a hyphen and a known word
    (`vitreo-retinal`, `gastro-oesophageal`)? Such forms are not words alone."""
    if not base.endswith("o") or end >= len(t) or t[end] not in text.HYPHENS:
        return False
    after = _OPENING_RE.match(t, end + 1)
    return after is not None and known(after.group(1).lower())


class _Half(NamedTuple):
    """One half of a word broken at a line's end: where it is in the input (1-based)."""

    line: int
    column: int
    text: str


# A word broken at a line's end: a hyphen (or a soft hyphen) and nothing after it.
# A soft hyphen, and a quoted-printable mail's soft line break (`cros=` over `sings`),
# break a word at a line's end as a hyphen does.
_BREAK_HYPHENS = frozenset(text.HYPHENS + "\u00ad=")
_BROKEN_END_RE = regex(f"([A-Za-z]+)[{text.HYPHENS}\u00ad=]\\s*$")
# The word after another, one space between (a name's surname).
_NEXT_WORD_RE = regex(r" ([A-Za-z][\w'’-]*)")
# The letters a line opens with (after its indent): a broken word's second half.
_OPENING_RE = regex(r"\s*([A-Za-z]+)")

# Prefixes set off with a hyphen (`mis-sold`, `non-stop`), never read as words.
_BOUND_PREFIXES = frozenset(
    "mis non re co ex pre anti semi sub un multi counter inter intra post pro mid".split()
)


def _accents_only(word: str, corrections: tuple[str, ...]) -> bool:
    """Does every correction differ from the word only by accents (`gardai`, `gardaí`)?
    House styles that drop accents write the word so on purpose."""
    plain = word.lower()
    return bool(corrections) and all(
        c.lower() != plain and unaccented(c.lower()) == plain for c in corrections
    )


class _Verdict(enum.Enum):
    """What an unknown lowercase word is, judged without its context."""

    WORD = "a regular formation or regional spelling of known words"
    COINED = "a formation of known words close to another word: a word in a compound"
    FOREIGN = "nothing known within two edits"
    TYPO = "probably a typo"


# Look-ups of a word's places in one story after which every token is indexed (see
# ``_StoryCheck._places``).
_INDEX_AFTER = 16
_LETTERS_RE = regex(r"[A-Za-z]+")

_UNKNOWN: dict[str, _Verdict] = {}
_SUGGESTIONS: dict[str, dict[str, int]] = {}


def _judge(base: str, lex: Lexicon) -> _Verdict:
    def ordinary(w: str) -> bool:
        return lex.known(w) and not lex.name_only(w)

    # A token longer than any word a typo makes has no near word (its edits alone would be
    # tens of thousands of strings as long), and one longer than two words has no
    # formation of them either: a run of letters whose spaces were lost, a sequence code.
    # (Each test below costs the square of the length: 8,000 letters took 3 GB.)
    if len(base) > 2 * suggest.MAX_LENGTH:
        return _Verdict.FOREIGN
    near = []
    if len(base) <= suggest.MAX_LENGTH:
        near = [w for w in suggest.edits1(base) if lex.is_word(w)]
    typo_of = [
        w
        for w in near
        if not (variant(base, w) or lex.name_only(w) or forms.inflection_of(base, w))
    ]
    if near and not typo_of:
        return _Verdict.WORD  # a regional spelling of a known word (harbourmaster)
    # The plural of a rare noun the list has only in the singular (`weanlings`, near only
    # the rarer `weaklings`). A common word whose plural the list lacks has an irregular
    # one (`childs`, `sheeps`); and one edit from a common word (`cists` for `costs`,
    # `feers` for `fears`) a slip is likelier than a rare plural: both stay findings.
    singular = forms.singular_of(base, ordinary)
    if (
        singular is not None
        and lex.frequency(singular) < COMMON_CLASS
        and all(lex.frequency(w) < COMMON_CLASS for w in typo_of)
    ):
        return _Verdict.WORD
    close = suggest.candidates(base, lex.is_word, lex.by_skeleton, near)
    # A formation from known words is a word unless a known word is one edit away, or
    # a common one two edits away (begining, academicly, familer are slips) that is not
    # simply its stem (re-branding).
    slips = typo_of + [
        w
        for w, d in close.items()
        if d == 2 and lex.frequency(w) >= COMMON_CLASS and not lex.name_only(w) and w not in base
    ]
    if forms.derived(base, ordinary, lex.frequency, slips):
        return _Verdict.WORD
    if forms.formed_apart(base, ordinary, lex.frequency, slips):
        return _Verdict.WORD  # fermenter, giftee, gapped: a formation no slip explains
    if not close:
        return _Verdict.FOREIGN
    _SUGGESTIONS[base] = {w: d for w, d in close.items() if not lex.name_only(w)}
    if forms.derived(base, ordinary, lex.frequency):
        return _Verdict.COINED
    return _Verdict.TYPO


def _token_index(texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Every run of letters in ``texts`` -> its (text number, offset) places, in order: a
    token's letter runs on either side of an apostrophe (`Teh's`) each count, as a word
    bounded by the apostrophe can be looked for alone."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, t in enumerate(texts):
        for match in _LETTERS_RE.finditer(t):
            index.setdefault(match.group(), []).append((i, match.start()))
    return index


def _starts(pattern: re.Pattern[str], t: str, word: str) -> Iterator[int]:
    """Where ``pattern`` (``word`` between zero-width tests) matches in ``t``, left to right:
    what ``finditer`` finds, but the word is found by ``str.find`` and the pattern tried only
    there, so a long story costs one fast scan per word, not one regex scan."""
    at = t.find(word)
    while at >= 0:
        if pattern.match(t, at):
            yield at
            at = t.find(word, at + len(word))
        else:
            at = t.find(word, at + 1)


def _defined(t: str, start: int, end: int) -> bool:
    """Is the word a term the story defines (quoted, "called X", "X means")?"""
    return (
        text.quoted(t, start, end)
        or _DEFINED_BEFORE_RE.search(t, max(0, start - 40), start) is not None
        or _DEFINED_AFTER_RE.match(t, end) is not None
    )


def _prefix_part(t: str, end: int, base: str) -> bool:
    """Is the word a prefix written with a hyphen (``pre-packed``, ``robo-content``)?"""
    return end < len(t) and t[end] in text.HYPHENS and base in forms.PREFIXES


def _in_compound(t: str, start: int, end: int) -> bool:
    """Is the word part of a hyphenated compound (``27-yarder``, ``all-nighter``)?"""
    return text.compound(t, start, end) != (start, end)


def _match_case(fix: str, word: str) -> str:
    if word[:1].isupper() and fix[:1].islower():
        return fix[:1].upper() + fix[1:]
    return fix


_LAST: tuple[Context, list[Finding]] | None = None
# Tokens found fine whatever their context (known words, words in capitals): a process
# checking many stories looks each up once.
_FINE: set[str] = set()


def findings(ctx: Context) -> list[Finding]:
    """Spelling findings of a story (both codes), cached for the last context."""
    global _LAST
    if _LAST is not None and _LAST[0] is ctx:
        return _LAST[1]
    result = _StoryCheck(ctx, lexicon()).run() if english(ctx.story) else []
    _LAST = (ctx, result)
    return result
