"""Project settings: ``[tool.wirecheck]`` in ``pyproject.toml``, or a ``.wirecheck.toml``.

The file is found by walking up from the current directory; in each directory a
``.wirecheck.toml`` wins over a ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.wirecheck]`` table is passed over. Keys are those of ``KEYS``; an unknown key or
a bad value is a ``ConfigError`` naming the file and the key, which the command line
shows as one line and exit status 2. Paths in the file (``allow-file``, ``exclude``) are
relative to the file's directory.

Only the command line reads files here; the library takes the values as arguments.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from wirecheck.model import Severity
from wirecheck.regexes import regex

if TYPE_CHECKING:
    # pathlib (with urllib.parse and ipaddress, ~4 ms) is imported only once a file is
    # found: a run without a configuration file, as most are, never needs it.
    from pathlib import Path

DOTFILE = ".wirecheck.toml"
PYPROJECT = "pyproject.toml"
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# Every key a file may set, with what its value must be (for the error message).
KEYS: dict[str, str] = {
    "select": "a list of rule codes or prefixes",
    "ignore": "a list of rule codes or prefixes",
    "severity": 'a table of rule codes to "error", "warning" or "info"',
    "allow": "a list of words",
    "allow-file": "a path or a list of paths",
    "exclude": "a list of glob patterns",
    "extend-boilerplate": "a list of phrases",
    "reference-date": "a date (YYYY-MM-DD)",
    "format": "the name of a report format",
}

# Rule codes and prefixes: "WC" and up to three digits (WC, WC1, WC10, WC101).
CODE_RE = regex(r"WC\d{0,3}")
_DATE_RE = regex(r"\d{4}-\d{2}-\d{2}")
# `[tool.wirecheck]`, `[tool.wirecheck.severity]`, `tool.wirecheck.allow = ...`, or a bare
# `[tool]` table that may hold a `wirecheck` key.
_TABLE_HINT_RE = regex(r"""tool\s*\.\s*["']?wirecheck\b|^\s*\[\s*tool\s*\]""", re.MULTILINE)


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and key."""


class Config(NamedTuple):
    """The settings of one file (or none: the defaults). ``root``: the file's folder
    (None: no file, the current directory).

    A NamedTuple: every command creates this class at start-up, where a dataclass costs
    ~0.5 ms (it compiles its methods), a NamedTuple a fifth of that."""

    path: Path | None = None
    root: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    allow: frozenset[str] = frozenset()
    allow_files: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    extend_boilerplate: tuple[str, ...] = ()
    reference_date: date | None = None
    format: str | None = None


def _has_table(path: str) -> bool:
    """Whether a ``pyproject.toml`` may hold ``[tool.wirecheck]`` (a cheap look first)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return False
    # Most pyproject.toml files have no such table; they are passed over without a parse.
    if not _TABLE_HINT_RE.search(text):
        return False
    return "wirecheck" in _toml(path).get("tool", {})


def find(start: Path | None = None) -> Path | None:
    """The configuration file for ``start`` (default: the current directory), or None."""
    folder = os.path.realpath(start if start is not None else os.getcwd())
    while True:
        for name in (DOTFILE, PYPROJECT):
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and (name == DOTFILE or _has_table(candidate)):
                from pathlib import Path

                return Path(candidate)
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _toml(path: str | Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def load(path: Path, formats: Mapping[str, object] | None = None) -> Config:
    """Read and check the settings of ``path`` (a ``.wirecheck.toml`` or a
    ``pyproject.toml``); ``formats`` are the report format names ``format`` may take."""
    data = _toml(path)
    where = str(path)
    if path.name == PYPROJECT or "tool" in data:
        table = data.get("tool", {}).get("wirecheck")
        if table is None:
            raise ConfigError(f"{path}: no [tool.wirecheck] table")
        where = f"{path}: [tool.wirecheck]"
        data = table
    if not isinstance(data, dict):
        raise ConfigError(f"{where} must be a table")
    return _parse(data, path, where, formats)


def _unknown(key: str, where: str) -> ConfigError:
    import difflib

    close = difflib.get_close_matches(key, KEYS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    known = ", ".join(KEYS)
    return ConfigError(f"{where}: unknown key {key!r}{hint}; known keys: {known}")


def _strings(key: str, value: Any) -> list[str]:
    """``value`` if it is a list of strings; ``ValueError`` says what ``key`` wants."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return cast(list[str], value)
    raise ValueError(f"must be {KEYS[key]}, not {value!r}")


def check_codes(values: list[str]) -> tuple[str, ...]:
    """Rule codes and prefixes, upper-cased; ``ValueError`` names the first bad one."""
    from wirecheck.rules.registry import all_rules, find_rule, module_codes

    codes = tuple(v.strip().upper() for v in values)
    for code in codes:
        if not CODE_RE.fullmatch(code):
            raise ValueError(f"{code!r} is not a rule code or prefix (WC101, WC1, ...)")
        if len(code) == 5 and find_rule(code) is None:
            raise ValueError(f"no rule {code}; `wirecheck rules` lists them")
        if (
            len(code) < 5
            and not any(c.startswith(code) for c in module_codes())
            # the rules loaded, for a code no module is named after (as ``find_rule`` does)
            and not any(r.code.startswith(code) for r in all_rules())
        ):
            # `WC9` would select nothing (or ignore nothing): a typo that turns CI off
            raise ValueError(f"no rule code starts with {code}; `wirecheck rules` lists them")
    return codes


def parse_date(value: Any) -> date:
    """A TOML date or a ``YYYY-MM-DD`` string; ``ValueError`` otherwise."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        return date.fromisoformat(value)
    raise ValueError(f"{value!r} is not a date of the form YYYY-MM-DD")


def _parse(
    table: dict[str, Any], path: Path, where: str, formats: Mapping[str, object] | None
) -> Config:
    for key in table:
        if key not in KEYS:
            raise _unknown(key, where)
    root = path.parent
    values: dict[str, Any] = {}
    for key, value in table.items():
        try:
            values[key] = _value(key, value, root, formats)
        except ValueError as error:
            raise ConfigError(f"{where}: {key}: {error}") from None
    return Config(
        path=path,
        root=root,
        select=values.get("select", ()),
        ignore=values.get("ignore", ()),
        severity=values.get("severity", ()),
        allow=values.get("allow", frozenset()),
        allow_files=values.get("allow-file", ()),
        exclude=values.get("exclude", ()),
        extend_boilerplate=values.get("extend-boilerplate", ()),
        reference_date=values.get("reference-date"),
        format=values.get("format"),
    )


def _value(key: str, value: Any, root: Path, formats: Mapping[str, object] | None) -> Any:
    """The checked value of one key; ``ValueError`` says what is wrong with it."""
    if key in ("select", "ignore"):
        return check_codes(_strings(key, value))
    if key == "severity":
        if not isinstance(value, dict):
            raise ValueError(f"must be {KEYS[key]}, not {value!r}")
        levels = []
        for code, level in value.items():
            (checked,) = check_codes([code])
            if level not in SEVERITIES:
                raise ValueError(f"{code}: {level!r} is not one of error, warning, info")
            levels.append((checked, cast(Severity, level)))
        return tuple(levels)
    if key == "allow":
        return frozenset(_strings(key, value))
    if key == "allow-file":
        paths = [value] if isinstance(value, str) else _strings(key, value)
        return tuple(root / p for p in paths)
    if key in ("exclude", "extend-boilerplate"):
        return tuple(_strings(key, value))
    if key == "reference-date":
        return parse_date(value)
    # format
    if not isinstance(value, str) or (formats is not None and value not in formats):
        names = ", ".join(formats or ())
        raise ValueError(f"{value!r} is not a report format ({names})")
    return value


def severity_of(code: str, overrides: tuple[tuple[str, Severity], ...]) -> Severity | None:
    """The severity ``overrides`` give ``code``: the longest matching code or prefix wins."""
    best: tuple[int, Severity] | None = None
    for prefix, level in overrides:
        if code.startswith(prefix) and (best is None or len(prefix) > best[0]):
            best = (len(prefix), level)
    return best[1] if best else None


def excluded(path: str, patterns: tuple[str, ...], root: str | Path) -> bool:
    """Whether ``path`` matches an ``exclude`` pattern.

    A pattern with a ``/`` is matched against the path relative to ``root`` (the config
    file's folder), and excludes a folder's contents too (``drafts/*``, ``archive/2019``);
    a pattern without one is matched against each part of the path (``*.draft.txt``,
    ``scratch``). Matching is case-sensitive, the same on every system.
    """
    if not patterns:
        return False
    from fnmatch import fnmatchcase

    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive on Windows
        rel = full
    rel = rel.replace(os.sep, "/")
    parts = rel.split("/")
    for raw in patterns:
        pattern = raw.strip().lstrip("/").removeprefix("./").rstrip("/")
        if not pattern:
            continue
        if "/" in pattern:
            if fnmatchcase(rel, pattern) or fnmatchcase(rel, pattern + "/*"):
                return True
        elif any(fnmatchcase(part, pattern) for part in parts):
            return True
    return False
