"""Reading inputs: files and stdin as bytes, and short reasons when that fails."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from wirecheck.reading import InputError, read_input


def test_reads_a_file_as_bytes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(b"Headline\r\n\r\nBody \xe9.\r\n")
    assert read_input(str(story)) == b"Headline\r\n\r\nBody \xe9.\r\n"


def test_dash_reads_stdin_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Caf\u00e9 story\n".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_input("-") == data


def test_closed_stdin_reads_as_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert read_input("-") == b""


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file or directory"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: tmp / "missing" / "story.txt", "no such file or directory"),
    ],
    ids=["missing", "directory", "missing-folder"],
)
def test_unreadable_inputs_name_the_reason(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = str(make(tmp_path))
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert caught.value.path == path
    assert caught.value.reason == reason
    assert str(caught.value) == f"{path}: {reason}"


def test_a_file_under_a_file_is_not_a_directory(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("x")
    with pytest.raises(InputError) as caught:
        read_input(str(story / "inner.txt"))
    assert caught.value.reason == "not a directory in the path"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_permission_denied(tmp_path: Path) -> None:
    story = tmp_path / "secret.txt"
    story.write_text("x")
    story.chmod(0)
    try:
        with pytest.raises(InputError) as caught:
            read_input(str(story))
    finally:
        story.chmod(0o600)
    assert caught.value.reason == "permission denied"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EIO, "Input/output error"), "input/output error"),
    ],
    ids=["permission-denied-as-any-user", "other-errors-keep-the-system-text"],
)
def test_os_errors_become_reasons(
    monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    from wirecheck import reading

    def refuse(path: str, mode: str) -> io.BytesIO:
        raise error

    monkeypatch.setattr(reading, "open", refuse, raising=False)
    with pytest.raises(InputError) as caught:
        read_input("story.txt")
    assert caught.value.reason == reason
