"""Compiled regular expressions kept between runs, as Python keeps bytecode in ``.pyc``.

CPython compiles a pattern in pure Python (``re._parser`` and ``re._compiler``) and keeps
the result only for the life of the process. wirecheck's parser and rules hold about a
hundred patterns, and compiling them was a third of a one-story check (about 30 ms of
100). ``regex`` stores what the compiler produces (the ``_sre`` code words, group count
and names) in one file in the user's cache folder and rebuilds the pattern object from it
with ``_sre.compile``, the call ``re.compile`` itself ends with, which checks the code it
is given. That takes about 1 ms for all of them. The code words are kept as the bytes of
an ``array`` and turned into the list ``_sre.compile`` takes only when a pattern is asked
for: ``marshal`` reads a bytes object in one copy, where a list costs it one object per
word (4 ms a start for the 200,000 words of a fresh cache, against under 1 ms).

Safety, because ``_sre`` is CPython's private module:

- an entry is stored only after the pattern it rebuilds compares equal to what
  ``re.compile`` returned in this very interpreter (``Pattern.__eq__`` compares the
  pattern text, the flags and the compiled code), so an entry never differs from
  ``re.compile``'s result;
- the file name carries the interpreter's build (``sys.hexversion``, ``_sre.MAGIC``,
  ``_sre.CODESIZE``), so another Python never reads it;
- anything unexpected (no ``_sre``, another implementation, a damaged or unreadable
  file, a folder that cannot be written) falls back to plain ``re.compile``, silently:
  the cache only ever saves time.

It is for the package's own constant patterns; patterns built from user input (allow
lists, config phrases) use ``re.compile`` so they never pile up in the file.
``WIRECHECK_CACHE_DIR`` names the folder; set it empty to turn the cache off.
"""

from __future__ import annotations

import array
import atexit
import importlib
import marshal
import os
import re
import sys
from typing import Any

# (pattern, flags) -> the arguments of _sre.compile after the pattern text, and the
# number of the last save whose process used the pattern.
_Key = tuple[str, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], int]

# A file holding more than this many entries is cut back to the patterns this process used.
_MAX_ENTRIES = 4000

# An entry no process used in this many saves is dropped. Saves happen when a run compiles
# a pattern the file lacks, chiefly the first runs after an upgrade, so the patterns of a
# past version (a long alternation of page-chrome phrases is 50 KB, and it changes with
# most versions) leave after a few upgrades instead of piling up: a developer's file of
# 405 entries had grown to 1.8 MB and took 3.8 ms to read, against 0.8 ms for the 390 KB
# a fresh one holds. A pattern dropped while still in use is compiled once more and kept.
_KEEP_SAVES = 4


class _Cache:
    """The entries read from disk and the ones compiled in this process."""

    def __init__(self) -> None:
        self.sre: Any = None
        self.word = ""  # the array type code of one _sre code word
        self.path: str | None = None
        self.entries: dict[_Key, _Entry] = {}
        self.saves = 0  # how many times the file has been written
        self.loaded = False
        self.dirty = False
        self.used: set[_Key] = set()
        self.hits = 0
        self.misses = 0

    def load(self) -> None:
        self.loaded = True
        if sys.implementation.name != "cpython":
            return
        try:
            sre = importlib.import_module("_sre")
            folder = cache_dir()
            words = [t for t in "IL" if array.array(t).itemsize == sre.CODESIZE]
            if folder is None or not words:
                return
            name = f"regex3-{sys.hexversion:x}-{sre.MAGIC}-{sre.CODESIZE}.marshal"
            self.path = os.path.join(folder, name)
            self.sre = sre
            self.word = words[0]
            # One read: marshal.load on a file reads it in small pieces, ten times slower.
            with open(self.path, "rb") as f:
                data = marshal.loads(f.read())
        except (OSError, EOFError, ValueError, TypeError, ImportError, AttributeError):
            return
        if (
            isinstance(data, tuple)
            and len(data) == 2
            and isinstance(data[0], int)
            and isinstance(data[1], dict)
        ):
            self.saves, self.entries = data

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        if not self.loaded:
            self.load()
        if self.sre is not None:
            entry = self.entries.get((pattern, flags))
            if entry is not None:
                try:
                    flags_, code, groups, groupindex, indexgroup, _ = entry
                    words = array.array(self.word, code).tolist()
                    compiled: re.Pattern[str] = self.sre.compile(
                        pattern, flags_, words, groups, groupindex, indexgroup
                    )
                    self.hits += 1
                    self.used.add((pattern, flags))
                    return compiled
                except Exception:  # a damaged entry: compile it afresh below
                    del self.entries[(pattern, flags)]
        compiled = re.compile(pattern, flags)
        self.misses += 1
        if self.sre is not None:
            self._remember(pattern, flags, compiled)
        return compiled

    def _remember(self, pattern: str, flags: int, compiled: re.Pattern[str]) -> None:
        try:
            full, words, groups, groupindex, indexgroup = _entry(pattern, flags)
            rebuilt = self.sre.compile(pattern, full, words, groups, groupindex, indexgroup)
            if rebuilt != compiled:
                return  # this Python's compiler differs from the one _entry imitates
            code = array.array(self.word, words).tobytes()
        except Exception:
            return
        self.entries[(pattern, flags)] = (full, code, groups, groupindex, indexgroup, 0)
        self.used.add((pattern, flags))
        if not self.dirty:
            self.dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the file atomically (a temporary file renamed over it)."""
        if self.path is None or not self.dirty:
            return
        saves = self.saves + 1
        entries: dict[_Key, _Entry] = {}
        for key, entry in self.entries.items():
            if key in self.used:
                entries[key] = (*entry[:5], saves)
            elif _recent(entry, saves):
                entries[key] = entry
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entry for key, entry in entries.items() if key in self.used}
        import tempfile  # only a run that compiled something new writes

        folder = os.path.dirname(self.path)
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    marshal.dump((saves, entries), f)
                os.replace(tmp, self.path)
                self.saves, self.entries = saves, entries
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass  # a read-only home or a full disk: the next run compiles again
        self.dirty = False


def _recent(entry: _Entry, saves: int) -> bool:
    """Whether a process used the entry in one of the last ``_KEEP_SAVES`` saves."""
    try:
        return saves - int(entry[5]) <= _KEEP_SAVES
    except (IndexError, TypeError, ValueError):
        return False  # damaged: dropped, and compiled afresh if still in use


def _entry(
    pattern: str, flags: int
) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, as plain values."""
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = [int(word) for word in compiler._code(parsed, flags)]
    groupindex = {str(name): int(i) for name, i in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def cache_dir() -> str | None:
    """``WIRECHECK_CACHE_DIR``, else the platform's user cache folder; None when turned off.

    Plain ``os.path`` rather than ``pathlib``: importing pathlib costs 4 ms a start."""
    chosen = os.environ.get("WIRECHECK_CACHE_DIR")
    if chosen is not None:
        return chosen or None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return os.path.join(base, "wirecheck", "Cache") if base else None
    home = os.path.expanduser("~")
    if home == "~":
        return None  # no home folder to keep a cache in
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "wirecheck")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
    return os.path.join(base, "wirecheck")


_CACHE = _Cache()


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the cache when an earlier run compiled it."""
    return _CACHE.compile(pattern, int(flags))


def stats() -> tuple[int, int]:
    """Patterns served from the cache and compiled afresh in this process (for tests)."""
    return _CACHE.hits, _CACHE.misses
