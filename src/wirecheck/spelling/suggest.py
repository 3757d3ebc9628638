"""Suggestions for an unknown word: known words within Damerau distance 2, by frequency.

No index is built at run time. Unknown words are rare, so the edits of each one are
generated and looked up: every string at distance 1 (deletion, transposition,
substitution, insertion: about 54n+25 of them). Only when none is a word, distance 2
comes from two cheap sources: the word with two letters deleted (``tommorrow``), and
the words sharing its consonant skeleton (first letter, then consonants, doubles
collapsed; a prebuilt table) within distance 2, which covers the vowel and
double-letter slips people make (``seperete``, ``acomodate``). Candidates are ranked
by distance, then by word frequency.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_SUGGESTIONS = 3
_MAX_LENGTH = 24  # longer tokens are not words a typo made
_VOWELS_RE = re.compile(r"[aeiouy']")
_DOUBLES_RE = re.compile(r"(.)\1+")


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
) -> tuple[int, list[str]]:
    """(distance, known words at that distance): distance 1 if any, else 2."""
    if len(word) > _MAX_LENGTH or len(word) < 2:
        return 0, []
    found = [w for w in edits1(word) if is_word(w)]
    if found:
        return 1, found
    if len(word) > 3:
        found = [w for w in deletes2(word) if len(w) > 1 and is_word(w)]
    found += [w for w in by_skeleton(skeleton(word)) if distance(word, w) == 2]
    return (2, found) if found else (0, [])


def suggest(
    word: str,
    is_word: Callable[[str], bool],
    frequency: Callable[[str], int],
    by_skeleton: Callable[[str], tuple[str, ...]],
    limit: int = MAX_SUGGESTIONS,
) -> tuple[str, ...]:
    """Up to ``limit`` known words closest to ``word``, the most frequent first."""
    _, found = candidates(word, is_word, by_skeleton)
    ranked = sorted(set(found), key=lambda w: (-frequency(w), w))
    return tuple(ranked[:limit])
