"""Getting the bytes of one input: a file named on the command line, or stdin for ``-``.

This is the only module that touches the file system for stories; ``wirecheck.parse`` never
does. Failures become an ``InputError`` whose ``reason`` is short and lowercase, because the
CLI prints it as ``wirecheck: PATH: reason``, the way ``cat`` and ``grep`` do.
"""

from __future__ import annotations

import errno
import os
import sys

STDIN = "-"

# OS errors a user can cause by what they type, with the words we show for them. Anything
# else falls back to the system's own text (``strerror``), lowercased.
_REASONS: dict[int, str] = {
    errno.ENOENT: "no such file or directory",
    errno.EISDIR: "is a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "not a directory in the path",
    errno.ENAMETOOLONG: "file name too long",
    errno.ELOOP: "too many levels of symbolic links",
}


class InputError(Exception):
    """An input that could not be read; ``reason`` is the short text shown to the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _reason(error: OSError) -> str:
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    if isinstance(error, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    text = error.strerror or str(error) or type(error).__name__
    return text[:1].lower() + text[1:]


def read_stdin() -> bytes:
    """All of stdin as bytes (empty when stdin is closed)."""
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        return data if isinstance(data, bytes) else bytes(data)
    # A text-only stdin (a test harness, an embedding host): encode what it gives back.
    return str(stream.read()).encode("utf-8", errors="surrogateescape")


def read_input(path: str) -> bytes:
    """The bytes of ``path``, or of stdin when ``path`` is ``-``.

    Raises ``InputError`` with a short reason (``no such file or directory``, ``is a
    directory``, ``permission denied``, ...) when it cannot be read.
    """
    try:
        if path == STDIN:
            return read_stdin()
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        # Windows refuses to open a directory with "permission denied"; say what it is.
        reason = _folder_reason(path) if os.path.isdir(path) else _reason(error)
        raise InputError(path, reason) from error


def _folder_reason(path: str) -> str:
    """Why a folder given as an input was not read: it is one, or (a folder a walk met)
    it cannot be listed."""
    try:
        os.listdir(path)
    except OSError as error:
        return f"cannot list the folder: {_reason(error)}"
    return "is a directory"
