"""Batch runs: finding files under folders, parallel workers in input order, bounded
memory, no pool for one file, the progress bar."""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from wirecheck import batch
from wirecheck.batch import DEFAULT_INCLUDE, discover, ordered_map
from wirecheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def _no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Storm hits coast\n\nMIAMI (AP) -- The town had little warning.\n")


# -- finding the files --------------------------------------------------------------------


def test_folders_are_walked_in_sorted_order(tmp_path: Path) -> None:
    tree(
        tmp_path,
        "b.txt",
        "a.md",
        "c.text",
        "notes.json",
        "sub/z.txt",
        "sub/deeper/y.txt",
        ".git/HEAD.txt",
        ".hidden/x.txt",
        "Sub2/k.txt",
    )
    found = [os.path.relpath(p, tmp_path) for p in discover([str(tmp_path)])]
    assert found == [
        "a.md",
        "b.txt",
        "c.text",
        os.path.join("Sub2", "k.txt"),
        os.path.join("sub", "z.txt"),
        os.path.join("sub", "deeper", "y.txt"),
    ]
    assert DEFAULT_INCLUDE == ("*.txt", "*.md", "*.text")


def test_include_patterns_and_named_files(tmp_path: Path) -> None:
    tree(tmp_path, "a.story", "b.txt", "c.json")
    assert discover([str(tmp_path)], include=("*.story",)) == [str(tmp_path / "a.story")]
    named = [str(tmp_path / "c.json"), "-", str(tmp_path / "missing.txt")]
    assert discover(named) == named  # named inputs are taken whatever their name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    # Reading a pipe no one writes to blocks for ever: a walk must not open it.
    tree(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "b.txt")
    assert discover([str(tmp_path)]) == [str(tmp_path / "a.txt")]
    result = run("check", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 0


def test_a_folder_s_own_documents_are_no_stories(tmp_path: Path) -> None:
    # `fix stories/` must not "correct" the README's examples; named, a README is read.
    tree(tmp_path, "a.txt", "README.md", "CHANGELOG.txt", "sub/LICENSE.md", "sub/readme.txt")
    assert discover([str(tmp_path)]) == [str(tmp_path / "a.txt")]
    named = str(tmp_path / "README.md")
    assert discover([named]) == [named]


def test_exclude_prunes_folders_and_files(tmp_path: Path) -> None:
    tree(tmp_path, "keep.txt", "drafts/a.txt", "desk/old/b.txt", "desk/c.draft.txt")
    found = discover([str(tmp_path)], exclude=("drafts/*", "old", "*.draft.txt"), root=tmp_path)
    assert found == [str(tmp_path / "keep.txt")]
    named = discover([str(tmp_path / "drafts" / "a.txt")], exclude=("drafts",), root=tmp_path)
    assert named == []


# -- running in parallel ------------------------------------------------------------------


def square(n: int) -> int:
    return n * n


def test_ordered_map_keeps_input_order_across_workers() -> None:
    items = list(range(500))
    assert list(ordered_map(square, items, 3)) == [n * n for n in items]
    assert list(ordered_map(square, items[:1], 3)) == [0]
    assert list(ordered_map(square, [], 3)) == []


def test_one_job_or_one_input_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any) -> Any:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    assert list(ordered_map(square, list(range(50)), 1)) == [n * n for n in range(50)]
    assert list(ordered_map(square, [7], 8)) == [49]
    result = run("check", "--jobs", "8", str(FIXTURES / "upi-diaz-canel-moscow.txt"))
    assert result.exit_code == 1


class _FakeResult:
    def __init__(self, pool: _FakePool, function: Callable[..., Any], args: tuple[Any, ...]):
        self.pool, self.function, self.args = pool, function, args

    def get(self) -> Any:
        self.pool.done += 1
        return self.function(*self.args)


class _FakePool:
    """Runs chunks when their result is asked for, counting how many wait at once."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.submitted = self.done = self.most_waiting = 0

    def apply_async(self, function: Callable[..., Any], args: tuple[Any, ...]) -> _FakeResult:
        self.submitted += 1
        self.most_waiting = max(self.most_waiting, self.submitted - self.done)
        return _FakeResult(self, function, args)

    def terminate(self) -> None: ...

    def join(self) -> None: ...


def test_only_a_few_chunks_are_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[_FakePool] = []

    class Context:
        def Pool(self, workers: int) -> _FakePool:  # multiprocessing spells it so
            pools.append(_FakePool(workers))
            return pools[-1]

    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: Context())
    items = list(range(10_000))
    results = ordered_map(square, items, 4)
    assert next(results) == 0
    (pool,) = pools
    assert pool.most_waiting <= 4 * batch._IN_FLIGHT
    assert list(results) == [n * n for n in items[1:]]
    assert pool.submitted > 4 * batch._IN_FLIGHT  # chunks kept coming as results were taken
    assert pool.most_waiting <= 4 * batch._IN_FLIGHT


def test_parallel_check_output_is_the_same_as_serial(tmp_path: Path) -> None:
    serial = run("check", "--isolated", "--format", "concise", "--jobs", "1", str(FIXTURES))
    parallel = run("check", "--isolated", "--format", "concise", "--jobs", "3", str(FIXTURES))
    assert parallel.stdout == serial.stdout
    assert parallel.exit_code == serial.exit_code
    assert serial.stdout.count("\n") > 20


def test_parallel_parse_and_unreadable_files_in_order(tmp_path: Path) -> None:
    tree(tmp_path, *(f"s{i:02}.txt" for i in range(30)))
    (tmp_path / "s05.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(200)))
    result = run("parse", "--isolated", "--jobs", "2", "--no-check", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"wirecheck: {tmp_path / 's05.txt'}: not text: looks like a PNG image\n"
    paths = [line.split('"path": "')[1].split('"')[0] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / f"s{i:02}.txt") for i in range(30) if i != 5]


def test_a_folder_with_one_story_still_gives_json_lines(tmp_path: Path) -> None:
    tree(tmp_path, "only.txt")
    result = run("parse", str(tmp_path))
    assert result.stdout.count("\n") == 1  # one line, as for several inputs
    assert result.stdout.startswith('{"schema": "wirecheck.story/1"')


# -- progress ---------------------------------------------------------------------------------


def test_progress_bar_only_on_a_terminal_with_many_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    tree(tmp_path, *(f"s{i:02}.txt" for i in range(25)))
    shown: list[int] = []

    def fake_progress(total: int, label: str, stream: Any) -> Any:
        from contextlib import contextmanager

        @contextmanager
        def bar() -> Any:
            shown.append(total)
            yield (lambda: None), stream

        return bar()

    monkeypatch.setattr("wirecheck.output.terminal.progress", fake_progress)
    run("check", "--isolated", str(tmp_path))
    assert shown == []  # stderr is not a terminal here
    monkeypatch.setattr("wirecheck.runner.stderr_is_terminal", lambda: True)
    run("check", "--isolated", str(tmp_path))
    assert shown == [25]
    run("check", "--isolated", "--quiet", str(tmp_path))
    run("check", "--isolated", str(tmp_path / "s00.txt"))
    assert shown == [25]


def test_the_progress_bar_draws_on_stderr_and_passes_output_through() -> None:
    from wirecheck.output.terminal import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    plain = io.StringIO()
    with progress(3, "Checking", plain) as (advance, stream):
        assert stream is plain
        for _ in range(3):
            advance()
        stream.write("a finding\n")
    assert plain.getvalue() == "a finding\n"
    with progress(3, "Checking", Terminal()) as (advance, stream):
        advance()
        assert stream.isatty()
        stream.write("a finding\n")  # goes above the bar, through its console
