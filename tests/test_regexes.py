"""The compiled-regex cache (``wirecheck.regexes``): what it serves equals ``re.compile``,
a later run reads it, and a damaged, unwritable or disabled cache changes nothing but time."""

from __future__ import annotations

import array
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirecheck import regexes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"

# Loads every module of the check path, parses and checks the seed, and prints the JSON
# with the cache's hit and miss counts.
_RUN = f"""
import json, sys
from wirecheck.api import parse
from wirecheck.regexes import stats
story = parse(open({str(SEED)!r}, "rb").read(), path="seed.txt")
print(json.dumps({{"story": story.to_dict(), "stats": stats()}}))
"""


def _run(cache: str | None) -> tuple[dict[str, object], tuple[int, int]]:
    env = dict(os.environ)
    env.pop("WIRECHECK_CACHE_DIR", None)
    if cache is not None:
        env["WIRECHECK_CACHE_DIR"] = cache
    done = subprocess.run(
        [sys.executable, "-c", _RUN], env=env, capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout)
    hits, misses = out["stats"]
    return out["story"], (hits, misses)


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex*.marshal"))


def _entries(path: Path) -> dict[tuple[str, int], tuple[object, ...]]:
    """The entries of a cache file (it holds the number of saves and the entries)."""
    saves, entries = marshal.loads(path.read_bytes())
    assert isinstance(saves, int)
    assert isinstance(entries, dict)
    return entries


def test_a_second_run_reads_every_pattern_from_the_cache_and_gives_the_same_story(
    tmp_path: Path,
) -> None:
    story_off, _ = _run("")
    story_first, (hits, misses) = _run(str(tmp_path))
    assert misses > 50 and hits < 5  # a pattern two modules share is compiled once
    assert len(_cache_files(tmp_path)) == 1
    story_second, (hits, misses) = _run(str(tmp_path))
    assert misses == 0 and hits > 50
    assert story_off == story_first == story_second
    assert story_second["diagnostics"]  # the checks ran


def test_every_cached_entry_rebuilds_the_pattern_re_compile_makes(tmp_path: Path) -> None:
    _run(str(tmp_path))
    (path,) = _cache_files(tmp_path)
    entries = _entries(path)
    assert len(entries) > 50
    sre = __import__("_sre")
    (word,) = [t for t in "IL" if array.array(t).itemsize == sre.CODESIZE][:1]
    for (pattern, flags), (full, code, groups, groupindex, indexgroup, _) in entries.items():
        assert isinstance(code, bytes)  # marshal reads bytes in one copy, a list word by word
        words = array.array(word, code).tolist()
        rebuilt = sre.compile(pattern, full, words, groups, groupindex, indexgroup)
        assert rebuilt == re.compile(pattern, flags)
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00garbage\xff" * 10,
        marshal.dumps([1, 2, 3]),
        marshal.dumps({("a", 0): (0, b"\x01", 0, {}, (), 1)}),  # the format of no saves count
        marshal.dumps((1, {("a", 0): (0, [999], 0, {}, (), 1)})),
        marshal.dumps((1, {("a", 0): (0, b"\xff" * 8, 0, {}, (), 1)})),
        marshal.dumps((1, {("a", 0): (0, b"\x01", 0, {}, (), 1)})),
        marshal.dumps((1, {("a", 0): (0, b"\x01", 0, {}, ())})),
    ],
    ids=[
        "empty",
        "garbage",
        "not-a-dict",
        "no-saves",
        "list-code",
        "bad-code",
        "cut-word",
        "short",
    ],
)
def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    expected, _ = _run("")
    _run(str(tmp_path))
    (path,) = _cache_files(tmp_path)
    path.write_bytes(damage)
    story, (_, misses) = _run(str(tmp_path))
    assert story == expected
    assert misses > 0
    _, (hits, misses) = _run(str(tmp_path))  # rewritten whole by the run before
    assert misses == 0 and hits > 50


def test_a_cache_folder_that_cannot_be_made_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would go\n")
    expected, _ = _run("")
    story, (hits, misses) = _run(str(blocked / "cache"))
    assert story == expected and misses > 50 and hits < 5


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", "")
    assert regexes.cache_dir() is None
    monkeypatch.chdir(tmp_path)
    _run("")
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("XDG_CACHE_HOME is the Linux and BSD convention")
    monkeypatch.delenv("WIRECHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexes.cache_dir() == str(tmp_path / "wirecheck")


def test_regex_matches_like_re_compile() -> None:
    pattern = r"(?P<city>[A-Z]{2,})(?:,\s+(?P<region>[A-Z][a-z]+\.))?\s+\((?P<agency>[A-Z]+)\)"
    ours = regexes.regex(pattern, re.ASCII)
    theirs = re.compile(pattern, re.ASCII)
    assert ours == theirs
    text = "SPRINGFIELD, Mass. (UPI) -- and PARIS (AFP)"
    assert [m.groupdict() for m in ours.finditer(text)] == [
        m.groupdict() for m in theirs.finditer(text)
    ]


def test_a_cache_grown_past_its_limit_keeps_the_patterns_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = regexes._Cache()
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_MAX_ENTRIES", 3)
    for i in range(5):
        cache.compile(f"old{i}", 0)  # patterns of a past version
    cache.save()
    fresh = regexes._Cache()
    fresh.compile("new", 0)
    fresh.compile("old4", 0)
    fresh.save()
    (path,) = _cache_files(tmp_path)
    assert set(_entries(path)) == {("new", 0), ("old4", 0)}


def test_patterns_no_run_used_in_the_last_saves_leave_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A past version's patterns stop being used after an upgrade; each later run that
    # compiles something new saves the file, and after _KEEP_SAVES such saves they are gone,
    # while a pattern every run uses stays.
    monkeypatch.setenv("WIRECHECK_CACHE_DIR", str(tmp_path))
    first = regexes._Cache()
    first.compile("old", 0)
    first.compile("kept", 0)
    first.save()
    for i in range(regexes._KEEP_SAVES):
        run = regexes._Cache()
        run.compile("kept", 0)
        run.compile(f"new{i}", 0)
        run.save()
        (path,) = _cache_files(tmp_path)
        assert ("old", 0) in _entries(path)  # still within the last saves
    last = regexes._Cache()
    last.compile("kept", 0)
    last.compile("newest", 0)
    last.save()
    (path,) = _cache_files(tmp_path)
    entries = _entries(path)
    assert ("old", 0) not in entries
    assert ("kept", 0) in entries and ("new0", 0) in entries
    assert marshal.loads(path.read_bytes())[0] == regexes._KEEP_SAVES + 2
    again = regexes._Cache()
    assert again.compile("kept", 0) == re.compile("kept")
    assert regexes._CACHE is not again and again.hits == 1


@pytest.mark.parametrize("code", [b"\x01", b"\xff" * 8, [1, 2]], ids=["cut-word", "bad", "list"])
def test_damaged_entries_of_patterns_in_use_are_compiled_afresh(
    tmp_path: Path, code: object
) -> None:
    expected, _ = _run("")
    _run(str(tmp_path))
    (path,) = _cache_files(tmp_path)
    saves, entries = marshal.loads(path.read_bytes())
    damaged = {key: (e[0], code, *e[2:]) for key, e in entries.items()}
    path.write_bytes(marshal.dumps((saves, damaged)))
    story, (hits, misses) = _run(str(tmp_path))
    assert story == expected
    assert misses > 50 and hits < 5  # a pattern two modules share is compiled once
