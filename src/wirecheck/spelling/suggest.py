"""Suggestions for an unknown word: known words within Damerau distance 2, by frequency.

No index is built at run time. Unknown words are rare, so the edits of each one are
generated and looked up: every string at distance 1 (deletion, transposition,
substitution, insertion: about 54n+25 of them). Distance 2 comes from two cheap
sources: the word with two letters deleted (``tommorrow``), and the words sharing its
consonant skeleton (first letter, then consonants, doubles collapsed; a prebuilt table)
within distance 2, which covers the vowel and double-letter slips people make
(``seperete``, ``acomodate``). A word scanned from print may hold one glyph misread as
two letters (``rn`` for ``m``, ``cl`` for ``d``): undoing it counts as one edit
(``departrnent``). Candidates are ranked by frequency, the neighbouring words and
distance together (see ``rank``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator

from wirecheck.regexes import regex

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_SUGGESTIONS = 3
MAX_LENGTH = 24  # longer tokens are not words a typo made
# How much of a word's count a word pair never seen together is credited with, when
# ranking by context (add-k smoothing relative to the word's own frequency).
CONTEXT_SMOOTHING = 1e-3
# A word two edits away must be this many frequency classes (doublings) more common
# than one at one edit to rank above it.
DISTANCE_PENALTY = 50
SPLIT_PENALTY = 12
# The dictionary's total count in frequency-class units (the sum of 2**class over its
# words, measured on the shipped table): turns a class into a share of running text.
DICTIONARY_TOTAL = 3.0e9
_VOWELS_RE = regex(r"[aeiouy']")
_DOUBLES_RE = regex(r"(.)\1+")


def skeleton(word: str) -> str:
    """First letter, then the consonants, runs collapsed: ``separate`` -> ``sprt``."""
    word = word.replace("'", "")
    return _DOUBLES_RE.sub(r"\1", word[:1] + _VOWELS_RE.sub("", word[1:]))


def edits1(word: str) -> set[str]:
    """All strings one Damerau edit away from ``word`` (lowercase letters)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


def deletes2(word: str) -> set[str]:
    """The strings ``word`` gives with exactly two letters deleted."""
    out: set[str] = set()
    for i in range(len(word)):
        once = word[:i] + word[i + 1 :]
        for j in range(i, len(once)):
            out.add(once[:j] + once[j + 1 :])
    return out


def distance(a: str, b: str) -> int:
    """Optimal-string-alignment (restricted Damerau-Levenshtein) distance."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def candidates(
    word: str,
    is_word: Callable[[str], bool],
    by_skeleton: Callable[[str], tuple[str, ...]],
    near: Iterable[str] | None = None,
) -> dict[str, int]:
    """Known words within two edits of ``word``, with their distance (1 or 2).

    ``near``: the known words at distance 1, when the caller has them already.
    """
    if len(word) > MAX_LENGTH or len(word) < 2:
        return {}
    if near is None:
        near = [w for w in edits1(word) if is_word(w)]
    found = dict.fromkeys(near, 1)
    if len(word) > 3:
        for w in deletes2(word):
            if len(w) > 1 and w not in found and is_word(w):
                found[w] = 2
    for w in by_skeleton(skeleton(word)):
        if w not in found and abs(len(w) - len(word)) <= 2 and distance(word, w) == 2:
            found[w] = 2
    for w in _misread(word):
        if w not in found and is_word(w):
            found[w] = 1  # one misread glyph, however many letters it took
    return found


# Letters an OCR engine reads one glyph as (`rn` for `m`, `cl` for `d`, `li` for `h`): the
# word scanned from print is one confusion from the known word, where counting letters
# makes it two edits and often none within reach (`departrnent`, `openecl`).
_MISREADS = (("rn", "m"), ("cl", "d"), ("li", "h"), ("vv", "w"), ("ii", "u"))


def _misread(word: str) -> Iterator[str]:
    """``word`` with one OCR confusion undone, each way it holds one."""
    for read, meant in _MISREADS:
        at = word.find(read)
        while at >= 0:
            yield word[:at] + meant + word[at + len(read) :]
            at = word.find(read, at + 1)


def rank(
    words: Iterable[str] | dict[str, int],
    before: str | None,
    after: str | None,
    frequency: Callable[[str], int],
    bigram: Callable[[str, str], int],
    slips: Callable[[str], int] | None = None,
    story_share: Callable[[str], float] | None = None,
) -> list[str]:
    """Candidates best first, by P(word) * P(typo | word) * P(before, after | word).

    Frequencies are classes (log2 of Google Books counts), so 2**class stands in for a
    count. A candidate two edits away (``words`` maps candidates to distances) counts
    as ``DISTANCE_PENALTY`` classes less frequent than one at one edit. With no
    neighbouring word the ranking is by frequency alone. A candidate of several words
    (``a lot``) takes its pair count as its frequency and meets its neighbours with its
    first and last words. ``slips`` (for a misspelling list's entry) gives how many of
    the list's misspellings each candidate has: P(typo | word) is taken as one over that,
    since a word with many known slips spreads its misspellings over them.

    ``story_share`` (the share of the story's running words a word makes up) mixes the
    story itself into P(word), half and half with the general frequencies: a cache
    language model. A writer who slips on `chances` in a story about chances most
    likely meant that word, not the more common `changes`; for the function words every
    story uses the general share dwarfs the story's and nothing changes.
    """
    distances = words if isinstance(words, dict) else dict.fromkeys(words, 1)

    def score(word: str) -> tuple[float, int, str]:
        parts = word.lower().split() or [word.lower()]
        cls = bigram(parts[0], parts[1]) if len(parts) == 2 else 0
        if not cls:
            cls = min(frequency(p) for p in parts)
        count = 2.0**cls
        total = math.log(count) - math.log(2.0) * DISTANCE_PENALTY * (distances[word] - 1)
        if slips is not None:
            total -= math.log(slips(word))
        if story_share is not None:
            share = story_share(word)
            if share:
                total += math.log(1.0 + share * DICTIONARY_TOTAL / count)
        if len(parts) > 1:
            # `lookin` is far more often `looking` than `look in`: a split is a rarer slip.
            total -= math.log(2.0) * SPLIT_PENALTY
        pairs = []
        if before:
            pairs.append(bigram(before, parts[0]))
        if after:
            pairs.append(bigram(parts[-1], after))
        for pair in pairs:
            together = 2.0**pair if pair else 0.0
            total += math.log(together + count * CONTEXT_SMOOTHING) - math.log(count)
        return (-total, -cls, word)

    return sorted(distances, key=score)
