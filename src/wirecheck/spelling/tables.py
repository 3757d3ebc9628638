"""The prebuilt word tables and how they are read.

Both tables (``data/en_words.wclex``, ``data/en_misspellings.wclex``) are hash tables laid
out on disk by ``scripts/build_wordlists.py``: a header line, an array of bucket offsets
and a blob of ``\\n<key>\\t<payload>`` entries grouped by ``crc32(key) % buckets``.
Loading one is reading the file: nothing is split, hashed or allocated per word, so the
spelling rules start in about a millisecond instead of the ~35 ms a Python set of the
same words costs. A lookup hashes the key and searches one bucket of about two entries
(about a microsecond). Results for story tokens are memoised, so a process checking
many stories soon answers from a dict.
"""

from __future__ import annotations

import mmap
import os
import sys
from array import array
from zlib import crc32

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
WORDS_FILE = "en_words.wclex"
MISSPELLINGS_FILE = "en_misspellings.wclex"
SKELETONS_FILE = "en_skeletons.wclex"
BIGRAMS_FILE = "en_bigrams.wclex"
RARE_WORDS_FILE = "en_rare_words.txt"
CORRECT = "="  # misspelling-table payload of a correction word (a real word)
NAME = "*"  # word-table payload suffix of a word known only as a proper name
# Misspelling-table key prefix of a correction's slip count (how many entries list it).
SLIPS = "="
# After this many table lookups a process is checking a corpus: the dictionary is then
# worth turning into a Python set (~30 ms once) so lookups cost ~50 ns, not ~1 us.
SET_AFTER_LOOKUPS = 30_000
MAGIC = b"WCLEX1"


class HashTable:
    """A read-only string -> string table in the WCLEX1 layout (ASCII keys)."""

    __slots__ = ("_base", "_blob", "_buckets", "_offsets", "size")

    def __init__(self, data: bytes | mmap.mmap) -> None:
        end = data.find(b"\n")
        if end < 0:
            raise ValueError("not a wirecheck word table")
        magic, buckets, size = data[:end].split()
        if magic != MAGIC:
            raise ValueError("not a wirecheck word table")
        self._buckets = int(buckets)
        self.size = int(size)
        start = end + 1
        stop = start + 4 * (self._buckets + 1)
        offsets = array("I")
        if offsets.itemsize != 4:  # pragma: no cover - exotic platforms
            offsets = array("L")
        offsets.frombytes(data[start:stop])
        if sys.byteorder != "little":  # pragma: no cover - big-endian platforms
            offsets.byteswap()
        self._offsets = offsets
        # Offsets count from the start of the entries; the entries are not copied out.
        self._blob = data
        self._base = stop

    @classmethod
    def load(cls, name: str) -> HashTable:
        """Map the table file into memory: a check touches a few pages of it, not all."""
        with open(os.path.join(DATA_DIR, name), "rb") as f:
            try:
                return cls(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
            except (OSError, ValueError):  # a file system without mmap
                return cls(f.read())

    def _find(self, key: str) -> tuple[int, int]:
        """(start of payload, end of bucket), or (-1, -1) when ``key`` is absent."""
        try:
            raw = key.encode("ascii")
        except UnicodeEncodeError:
            return -1, -1
        bucket = crc32(raw) % self._buckets
        lo, hi = self._offsets[bucket] + self._base, self._offsets[bucket + 1] + self._base
        needle = b"\n" + raw + b"\t"
        at = self._blob.find(needle, lo, hi)
        if at < 0:
            return -1, -1
        return at + len(needle), hi

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key)[0] >= 0

    def get(self, key: str) -> str | None:
        """The payload stored for ``key``, or None."""
        start, hi = self._find(key)
        if start < 0:
            return None
        end = self._blob.find(b"\n", start, hi)
        return self._blob[start : hi if end < 0 else end].decode("utf-8")

    def keys(self) -> list[str]:
        """Every key (slow: for tests and tools, not for checking)."""
        text = self._blob[self._base :].decode("utf-8")
        return [entry.partition("\t")[0] for entry in text.split("\n")[1:]]


class Lexicon:
    """The dictionary (known words with frequency classes) and the misspelling list."""

    __slots__ = (
        "_bigrams",
        "_lookups",
        "_memo",
        "_rare",
        "_set",
        "_skeletons",
        "misspellings",
        "words",
    )

    def __init__(self, words: HashTable, misspellings: HashTable) -> None:
        self.words = words
        self.misspellings = misspellings
        # read only when a finding needs suggestions
        self._skeletons: HashTable | None = None
        self._bigrams: HashTable | None = None
        self._rare: frozenset[str] | None = None
        self._memo: dict[str, bool] = {}
        self._set: frozenset[str] | None = None
        self._lookups = 0

    @classmethod
    def load(cls) -> Lexicon:
        return cls(HashTable.load(WORDS_FILE), HashTable.load(MISSPELLINGS_FILE))

    def is_word(self, word: str) -> bool:
        """Is the lowercase ``word`` in the dictionary (or a correction word)?"""
        if self._set is not None:
            return word in self._set
        self._lookups += 1
        if self._lookups > SET_AFTER_LOOKUPS:
            self._set = frozenset(self.words.keys())
            return word in self._set
        return word in self.words

    def known(self, word: str) -> bool:
        """Like ``is_word``, memoised: for the words of stories, which repeat."""
        hit = self._memo.get(word)
        if hit is None:
            hit = self.is_word(word) or self.misspellings.get(word) == CORRECT
            self._memo[word] = hit
        return hit

    def bigram(self, first: str, second: str) -> int:
        """Frequency class of the word pair (same scale as ``frequency``); 0 if unseen."""
        if self._bigrams is None:
            self._bigrams = HashTable.load(BIGRAMS_FILE)
        cls = self._bigrams.get(f"{first} {second}")
        return ord(cls[0]) - 64 if cls else 0

    def by_skeleton(self, key: str) -> tuple[str, ...]:
        """Dictionary words with this consonant skeleton, most frequent first."""
        if self._skeletons is None:
            self._skeletons = HashTable.load(SKELETONS_FILE)
        payload = self._skeletons.get(key)
        return tuple(payload.split(",")) if payload else ()

    def frequency(self, word: str) -> int:
        """Frequency class of a known word (higher is more common); 0 if unknown."""
        cls = self.words.get(word)
        return ord(cls[0]) - 64 if cls else 0

    def name_only(self, word: str) -> bool:
        """Is the word in the dictionary only as a (lowercased) proper name?"""
        cls = self.words.get(word)
        return cls is not None and cls.endswith(NAME)

    def slips(self, word: str) -> int:
        """How many misspellings the list gives for ``word`` (at least 1).

        Stored only for the corrections of entries with several; the noisy-channel
        term when ranking those (see ``suggest.rank``).
        """
        payload = self.misspellings.get(SLIPS + word)
        return int(payload) if payload and payload.isdigit() else 1

    def rare_word(self, word: str) -> bool:
        """Is this entry of the misspelling list a (rare) word in its own right?
        (``data/en_rare_words.txt``, read on first use: a few hundred words.)"""
        if self._rare is None:
            with open(os.path.join(DATA_DIR, RARE_WORDS_FILE), encoding="utf-8") as f:
                self._rare = frozenset(w for w in f.read().split("\n") if w and w[0] != "#")
        return word in self._rare

    def misspelling(self, word: str) -> tuple[tuple[str, ...], bool] | None:
        """(corrections, looks like a name) for a known misspelling, else None."""
        payload = self.misspellings.get(word)
        if payload is None or payload == CORRECT:
            return None
        name = payload.startswith("!")
        return tuple(payload.lstrip("!").split(",")), name


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, read on first use."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon.load()
    return _LEXICON
