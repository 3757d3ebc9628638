"""JSON cut short: the text completed so that what it holds up to the cut parses.

A ninjs file whose transfer stopped ends inside its object, most often inside the body,
its longest string. ``completed`` closes what is open: a string value cut mid-way ends
where the file does; a key, a ``:`` with no value or a half-written number or literal
is dropped back to the last whole value; then the open arrays and objects are closed.
Only characters are appended or dropped at the end, so every character before the cut
keeps its line and column.
"""

from __future__ import annotations

from typing import NamedTuple

_CLOSERS = {"{": "}", "[": "]"}
# What ends a number or a literal (`true`, `null`) outside a string.
_DELIMITERS = frozenset(",:]} \t\r\n")


class _End(NamedTuple):
    """Where a scan of JSON text stopped."""

    stack: list[str]  # the arrays and objects open at the end, outermost first
    safe: int | None  # the end of the last whole value or opening bracket
    in_value: bool  # the text ends inside a string that is a value (not a key)


def completed(text: str) -> str | None:
    """``text`` closed at its end, or None when nothing is open (the JSON is whole, or
    broken in some other way) or no value was whole before the cut."""
    end = _scan(text)
    if end is None or not end.stack:
        return None
    if end.in_value:
        return _without_open_escape(text) + '"' + _closers(end.stack)
    if end.safe is None:
        return None
    # The stack where the last whole value ended: a second scan, up to there, rather
    # than a copy of the stack at every value (quadratic on `[[[[...`).
    before = _scan(text[: end.safe])
    return None if before is None else text[: end.safe] + _closers(before.stack)


def _scan(text: str) -> _End | None:
    """The state at the end of ``text``; None for brackets that do not pair, or a top
    value that closes before the end (JSON that is not cut short)."""
    stack: list[str] = []
    safe: int | None = None
    expect_key = False  # in an object, before a key
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == '"':
            close = _string_end(text, i + 1)
            if close is None:  # the text ends inside this string
                return _End(stack, safe, in_value=bool(stack) and not expect_key)
            i = close + 1
            if not expect_key:
                safe = i
            continue
        if char in "{[":
            stack.append(char)
            expect_key = char == "{"
            safe = i + 1
        elif char in "}]":
            if not stack or _CLOSERS[stack.pop()] != char or not stack:
                return None
            expect_key = False
            safe = i + 1
        elif char == ",":
            expect_key = stack[-1:] == ["{"]
        elif char == ":":
            expect_key = False
        elif char not in " \t\r\n":
            while i < n and text[i] not in _DELIMITERS:
                i += 1
            if i < n:  # a number or literal that ends before the cut
                safe = i
            continue
        i += 1
    return _End(stack, safe, in_value=False)


def _string_end(text: str, start: int) -> int | None:
    """The index of the quote that closes the string opened just before ``start``."""
    i = start
    while True:
        quote = text.find('"', i)
        if quote < 0:
            return None
        if _backslashes_before(text, quote) % 2 == 0:
            return quote
        i = quote + 1


def _backslashes_before(text: str, index: int) -> int:
    count = 0
    while index - 1 - count >= 0 and text[index - 1 - count] == "\\":
        count += 1
    return count


def _without_open_escape(text: str) -> str:
    """``text`` without an escape the cut left unfinished (a lone backslash, `\\u20`)."""
    slash = text.rfind("\\", max(len(text) - 6, 0))
    if slash < 0 or _backslashes_before(text, slash) % 2 == 1:
        return text  # no escape, or the last backslash is itself escaped
    escape = text[slash:]
    whole = len(escape) >= 2 and (escape[1] != "u" or len(escape) == 6)
    return text if whole else text[:slash]


def _closers(stack: list[str]) -> str:
    return "".join(_CLOSERS[c] for c in reversed(stack))
