"""``wirecheck fix``: apply the safe fixes to a story, keeping its bytes otherwise.

Safe means the fix cannot change what the story says:

- WC101 known misspellings with exactly one correction (`disolved` -> `dissolved`);
- WC405 spacing: a doubled space inside a sentence, a space before punctuation, a
  missing space after a mark between two words, names or numbers (not inside a word a
  stray mark broke, `in,cumbent`), a space after a capitalised compound's hyphen
  (`Secretary- General` -> `Secretary-General`);
- WC504 invisible characters: a zero-width one dropped, a no-break space made plain
  (not between digits, where it keeps a number such as `10 000` whole);
- WC501 mojibake repaired (`donâ€™t` -> `don’t`);
- WC506 an HTML reference written out made its character (`&rsquo;` -> `’`);
- WC503 a C1 control that is Windows-1252 punctuation made it (`Biden\x92s` -> `Biden’s`),
  a spacing control between two words a space;
- WC507 a typographic ligature made its letters (`ﬁnal` -> `final`);
- WC508 a Greek or Cyrillic look-alike in a Latin word made the Latin letter (`Mοnday`
  -> `Monday`);
- trailing spaces and tabs (in Markdown files a run of two or more spaces, a hard line
  break, is kept).

A fix applies only when its rule is ``fixable`` and its diagnostic has exactly one
suggestion. Fixes are applied by position from the end of each line backwards, so the
earlier positions stay valid; a fix inside another's span gives way to the wider one; of
two that overlap, the later one is applied and the next pass (there are a few, until
nothing changes) sees the rest. With ``strip``, the lines parse puts in ``removed``
(boilerplate, the repeated headline, wire codes) are dropped too, and the blank lines
around them closed up.

The file keeps its encoding (UTF-8, UTF-8 with a BOM, UTF-16 in its byte order,
Windows-1252, Mac Roman) and each line its own line ending; a line whose bytes cannot be
written back exactly (a byte that is not valid UTF-8 in a file with a BOM) is left alone. A file
is written only when it changes, atomically (a temporary file in the same folder, then
a rename) and with its permissions kept. Agency feeds (XML, ANPA) are left alone: fixes
are positions in plain text.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecheck.decode import CP1252_HOLES, LINE_SEPARATORS, NotTextError, decode
from wirecheck.regexes import regex
from wirecheck.rules._text import MAX_FINDINGS

if TYPE_CHECKING:
    from wirecheck.batch import Job
    from wirecheck.model import Diagnostic, Story

SAFE_CODES = frozenset({"WC101", "WC405", "WC501", "WC503", "WC504", "WC506", "WC507", "WC508"})

# Each pass parses the story again; fixes rarely need a second (a zero-width character
# between two spaces leaves a double space), so a handful is plenty.
_MAX_PASSES = 5
# Each rule reports at most ``MAX_FINDINGS`` (100) a story: a pass that fixed that many
# may have left more, so passes go on while each is full, to this many (5,000 fixes).
_MAX_FULL_PASSES = 50
_TRAILING = " \t\u00a0\u2007\u202f\u3000"
_NEWLINE_RE = regex(r"(\r\n|\r|\n)")
# A file whose only line breaks are U+2028, U+2029 or NEL (see ``decode``) is split on them.
_SEPARATOR_RES = {mark: regex(f"({mark})") for mark in LINE_SEPARATORS}
_MARKDOWN = (".md", ".markdown")

# The five bytes Windows-1252 leaves undefined; decoding reads them as Latin-1 (C1
# controls), and writing back must give the same bytes.
_CP1252_HOLES = frozenset(CP1252_HOLES.decode("latin-1"))


def _cp1252_holes(error: UnicodeError) -> tuple[str | bytes, int]:
    if isinstance(error, UnicodeDecodeError):
        return error.object[error.start : error.end].decode("latin-1"), error.end
    if isinstance(error, UnicodeEncodeError):
        chunk = error.object[error.start : error.end]
        if set(chunk) <= _CP1252_HOLES:
            return chunk.encode("latin-1"), error.end
    raise error


codecs.register_error("wirecheck-cp1252-holes", _cp1252_holes)


class FixError(Exception):
    """A file that cannot be fixed without changing bytes it should keep."""


@dataclass(frozen=True, slots=True)
class _Codec:
    """How to turn a file's text back into its bytes: a prefix (BOM), codec, errors."""

    prefix: bytes
    name: str
    errors: str
    # Bytes after the last whole UTF-16 or UTF-32 code unit (a file cut mid-character): no
    # error handler carries them through the codec, so they are kept aside and written back.
    tail: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.prefix + text.encode(self.name, self.errors) + self.tail

    def decode(self, data: bytes) -> str:
        return data[len(self.prefix) : len(data) - len(self.tail)].decode(self.name, self.errors)

    def can_encode(self, text: str) -> bool:
        try:
            text.encode(self.name, self.errors)
        except UnicodeEncodeError:
            return False
        return True


# UTF-16 and UTF-32: the byte order marks (big-endian, little-endian) and the code unit.
_WIDE = {
    "utf-16": (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, 2),
    "utf-32": (codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE, 4),
}


def _codec(encoding: str, data: bytes) -> _Codec:
    if encoding == "utf-8-sig":
        return _Codec(codecs.BOM_UTF8, "utf-8", "surrogateescape")
    family = encoding[:6]
    if family in _WIDE:
        big, little, unit = _WIDE[family]
        tail = data[len(data) - len(data) % unit :]
        if encoding != family:  # `utf-16-le` and the like: written without a BOM
            return _Codec(b"", encoding, "surrogatepass", tail)
        bom = big if data.startswith(big) else little
        return _Codec(bom, f"{family}-{'be' if bom == big else 'le'}", "surrogatepass", tail)
    if encoding == "cp1252":
        return _Codec(b"", "cp1252", "wirecheck-cp1252-holes")
    if encoding == "mac_roman":  # every byte is a character: nothing to hold back
        return _Codec(b"", "mac_roman", "strict")
    return _Codec(b"", "utf-8", "surrogateescape")


def _split(text: str, newline: str = "\n") -> list[list[str]]:
    """``[content, line ending]`` for each line; the last has ``""`` when unterminated."""
    parts = _SEPARATOR_RES.get(newline, _NEWLINE_RE).split(text)
    lines = [[parts[i], parts[i + 1]] for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        lines.append([parts[-1], ""])
    return lines


def _join(lines: list[list[str]]) -> str:
    return "".join(content + ending for content, ending in lines)


@dataclass(frozen=True, slots=True)
class Fixed:
    """The result of fixing one input: its new bytes and what changed."""

    data: bytes
    fixes: int = 0
    stripped: int = 0
    before: str = ""
    after: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.fixes or self.stripped)


def _is_safe(d: Diagnostic, content: str, replacement: str) -> bool:
    if d.code == "WC101":
        # A misspelling's span is a whole word: one that cuts into a word or takes in a
        # blank is a finding placed wrong, and writing there would garble the line.
        start, end = d.column - 1, d.end_column - 1
        word = content[start:end].replace("'", "").replace("\u2019", "")
        before = content[start - 1] if start else " "
        after = content[end] if end < len(content) else " "
        # U+FFFD is a letter the decoding lost: the word goes on past it.
        if not (
            word.isalpha()
            and not (before.isalnum() or before == "\ufffd")
            and not (after.isalnum() or after == "\ufffd")
        ):
            return False
        from wirecheck.spelling.tables import lexicon

        # `pervious` (concrete) is a word too: respelt, it would say `previous concrete`.
        return not lexicon().rare_word(word.lower())
    if d.code == "WC503":
        # Windows-1252 punctuation restored (`Biden\x92s` -> `Biden’s`); a control byte
        # deleted may have stood for a letter, and is left for a person.
        return bool(replacement)
    if d.code == "WC504" and replacement.strip() == "" and replacement:
        before = content[d.column - 2] if d.column > 1 else ""
        after = content[d.end_column - 1] if d.end_column <= len(content) else ""
        return not (before.isdigit() and after.isdigit())
    return True


def _cut_off(d: Diagnostic, lines: list[list[str]], index: int, end: int) -> bool:
    """A misspelling that is the last word of a file that breaks off there, with no line
    ending: a file cut mid-word (`resul`), whose word a fix would finish wrongly."""
    content, ending = lines[index]
    return d.code == "WC101" and index == len(lines) - 1 and not ending and end == len(content)


# A word broken at a line's end: a hyphen or a soft hyphen after a letter.
_BROKEN_END_RE = regex(r"[^\W\d_][-\u00ad=]\s*$")
# The same right after a word: the first half of one broken there (a quoted-printable
# mail's soft line break, `=`, breaks words as a hyphen does).
_BROKEN_AFTER_RE = regex(r"[-\u00ad=]\s*$")
# How many lines above a line-opening word a break is looked for: a page's furniture
# (a running head, a page number, a link) can sit between the two halves of a word.
_FRAGMENT_LOOKBACK = 3


def _fragment(d: Diagnostic, lines: list[list[str]], index: int, start: int, end: int) -> bool:
    """A misspelling that is half of a word a hyphen broke at a line's end, which a fix
    would make another word: the second half, opening its line in lower case under a
    line broken mid-word (`seas-` ... `ons.`, `owns`), or the first, whose hyphen ends its
    line over one that opens in lower case, or over none (`expec-` ... `ted`, `expect-`).
    It is still reported; it is not rewritten."""
    if d.code != "WC101":
        return False
    content = lines[index][0]
    if _BROKEN_AFTER_RE.match(content, end):
        return _lower_below(lines, index)
    if content[:start].strip() or not content[start : start + 1].islower():
        return False
    seen = 0
    for above in range(index - 1, -1, -1):
        text = lines[above][0]
        if not text.strip():
            continue
        if _BROKEN_END_RE.search(text):
            return True
        seen += 1
        if seen == _FRAGMENT_LOOKBACK:
            break
    return False


def _lower_below(lines: list[list[str]], index: int) -> bool:
    """Whether a line below ``index`` (a page's furniture may come first) opens in lower
    case, or no line with text follows (a file cut after the hyphen)."""
    seen = 0
    for below in range(index + 1, len(lines)):
        text = lines[below][0].lstrip()
        if not text:
            continue
        if text[0].islower():
            return True
        seen += 1
        if seen == _FRAGMENT_LOOKBACK:
            return False
    return seen == 0


def _fixable(code: str) -> bool:
    from wirecheck.rules.registry import find_rule

    rule = find_rule(code)
    return rule is not None and rule.fixable


def _edits(
    diagnostics: tuple[Diagnostic, ...], lines: list[list[str]], exact: list[bool], codec: _Codec
) -> dict[int, list[tuple[int, int, str]]]:
    """The fixes to apply, by 0-based line index: (start, end, replacement)."""
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for d in diagnostics:
        if d.code not in SAFE_CODES or len(d.suggestions) != 1 or d.line != d.end_line:
            continue
        index = d.line - 1
        if not (0 <= index < len(lines) and exact[index]):
            continue
        content, replacement = lines[index][0], d.suggestions[0]
        start, end = d.column - 1, d.end_column - 1
        if not (0 <= start < end <= len(content)) or content[start:end] == replacement:
            continue
        if _cut_off(d, lines, index, end) or _fragment(d, lines, index, start, end):
            continue
        if not (
            _fixable(d.code) and codec.can_encode(replacement) and _is_safe(d, content, replacement)
        ):
            continue
        edits.setdefault(index, []).append((start, end, replacement))
    return edits


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` without those inside another: the wider edit is the whole repair (a
    no-break space that is the second byte of a mojibake `Ã` is fixed by restoring `à`;
    made plain first, it would leave `Ã ` that nothing can repair)."""
    kept: list[tuple[int, int, str]] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if span[1] <= reach:
            continue  # inside the kept span that reaches furthest, which starts no later
        kept.append(span)
        reach = span[1]
    return kept


def _apply(lines: list[list[str]], edits: dict[int, list[tuple[int, int, str]]]) -> int:
    """Apply ``edits`` from the end of each line backwards. An edit inside another is
    dropped; of two that overlap, the later one is applied and the next pass sees the rest."""
    applied = 0
    for index, spans in edits.items():
        content = lines[index][0]
        limit = len(content)
        for start, end, replacement in sorted(_outermost(spans), reverse=True):
            if end > limit:
                continue
            content = content[:start] + replacement + content[end:]
            limit = start
            applied += 1
        lines[index][0] = content
    return applied


def _trim(lines: list[list[str]], exact: list[bool], markdown: bool) -> int:
    """Remove trailing whitespace; returns the number of lines changed."""
    trimmed = 0
    for index, line in enumerate(lines):
        content = line[0]
        bare = content.rstrip(_TRAILING)
        if bare == content or not exact[index]:
            continue
        if (
            markdown
            and bare
            and content[len(bare) :] == " " * (len(content) - len(bare))
            and (len(content) - len(bare) >= 2)
        ):
            continue  # a Markdown hard line break
        if not bare and index and lines[index - 1][1] == "\r" and line[1] == "\n":
            # `\r` + blanks + `\n`, emptied, would read as one CRLF: two lines made one.
            continue
        line[0] = bare
        trimmed += 1
    return trimmed


def _whole_lines_removed(story: Story) -> set[int]:
    """The lines ``removed`` holds whole: a line it shares with the story (a sign-off run
    into the last paragraph, a site name split off the headline) stays, and so do the
    lines of a file's further stories (`other-document`): they are stories, not chrome."""
    from wirecheck.accounting import line_places

    return {
        line
        for line, places in line_places(story).items()
        if places
        and all(place.startswith("removed:") for place in places)
        and "removed:other-document" not in places
    }


def _strip(lines: list[list[str]], numbers: set[int]) -> list[list[str]]:
    """``lines`` without the 1-based ``numbers``; a run of blank lines next to a removed
    line is closed up to one blank line (none at the start or the end of the file)."""
    kept: list[list[str]] = []
    blanks: list[list[str]] = []
    touched = False
    for number, line in enumerate(lines, start=1):
        if number in numbers:
            touched = True
        elif not line[0].strip():
            blanks.append(line)
        else:
            kept.extend(blanks[:1] if touched and kept else [] if touched else blanks)
            kept.append(line)
            blanks, touched = [], False
    if not touched:
        kept.extend(blanks)
    return kept


def fix_bytes(
    data: bytes, parse: Callable[[bytes], Story], *, strip: bool = False, markdown: bool = False
) -> Fixed:
    """Apply the safe fixes (and with ``strip`` drop the removed lines) to one input.

    ``parse`` turns bytes into a checked ``Story`` (``wirecheck.parse`` with the user's
    settings). Raises ``decode.NotTextError`` for input that is not text and
    ``FixError`` for one whose bytes could not be written back as they were.
    """
    decoded = decode(data)
    codec = _codec(decoded.encoding, data)
    try:
        text = codec.decode(data)
        exact_copy = codec.encode(text) == data
    except UnicodeError:
        exact_copy = False
    if not exact_copy:
        raise FixError(f"cannot be written back byte for byte as {decoded.encoding}")
    lines = _split(text, decoded.newline)
    fixes = stripped = 0
    current, current_decoded = data, decoded
    turn, passes = 0, _MAX_PASSES
    while turn < passes:
        story = parse(current)
        if story.source.format != "text":
            break
        decoded_lines = current_decoded.lines
        exact = [
            index < len(decoded_lines) and decoded_lines[index] == content
            for index, (content, _) in enumerate(lines)
        ]
        kept = [list(line) for line in lines]
        # A rule that reported its cap may have more to report once these are fixed.
        counts = Counter(d.code for d in story.diagnostics if d.code in SAFE_CODES)
        full = any(n >= MAX_FINDINGS for n in counts.values())
        changed = _apply(lines, _edits(story.diagnostics, lines, exact, codec))
        changed += _trim(lines, exact, markdown)
        # Only the lines `parse` set aside in the file as given go: parsed again without
        # them, a story's edges move, and stripping each pass's leftovers would eat into it.
        removed = _whole_lines_removed(story) if strip and turn == 0 else set()
        if removed:
            lines = _strip(lines, removed)
        if not changed and not removed:
            break
        candidate = codec.encode(_join(lines))
        try:
            candidate_decoded = decode(candidate)
        except NotTextError:
            # A few bytes of text among control bytes: dropping the text's damage leaves
            # too little text to read. Not this pass.
            lines = kept
            break
        if candidate_decoded.encoding != decoded.encoding:
            # UTF-8 with a stray byte reads as UTF-8 while its good characters outnumber
            # the bad bytes; dropping no-break spaces can tip it over to Windows-1252, and
            # the next `fix` would then rewrite the file in that encoding. Not this pass.
            lines = kept
            break
        fixes += changed
        stripped += len(removed)
        current, current_decoded = candidate, candidate_decoded
        turn += 1
        if full and passes < _MAX_FULL_PASSES:
            passes += 1  # a full pass: one rule's findings were cut off at the cap
    if current == data:
        return Fixed(data=data)
    return Fixed(
        data=current,
        fixes=fixes,
        stripped=stripped,
        before=decoded.text,
        after=current_decoded.text,
    )


def _newline_split(text: str) -> list[str]:
    """Lines with their ``\n``: only a newline ends one (``splitlines`` also breaks at a
    vertical tab or a form feed inside a line, which a fix may be removing)."""
    parts = text.split("\n")
    return [f"{part}\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def unified_diff(path: str, fixed: Fixed) -> str:
    """The change as a unified diff (text with ``\\n`` line endings)."""
    import difflib

    lines = difflib.unified_diff(
        _newline_split(fixed.before), _newline_split(fixed.after), fromfile=path, tofile=path
    )
    # As diff and patch write it: a last line without a newline is marked, not joined.
    return "".join(
        line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n" for line in lines
    )


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file at ``path`` (a symlink's target) with ``data``: written to a
    temporary file in the same folder, given the old file's permissions, then renamed
    over it, so a reader never sees half a file."""
    import stat
    import tempfile

    target = os.path.realpath(path)
    info = os.stat(target)
    mode = stat.S_IMODE(info.st_mode)
    if not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        # Renaming over it would work wherever the folder is writable: a file made
        # read-only (0444) is left as it is, as an editor would. Root may write anything
        # (`os.access` says yes), so the mode's write bits are read too.
        raise PermissionError(errno.EACCES, "the file is read-only", path)
    folder, name = os.path.split(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        if hasattr(os, "chown") and (info.st_uid, info.st_gid) != _owner(temporary):
            # The new file is its writer's; give it back to the file's owner and group
            # (root fixing a user's file). A user who may not is left the owner.
            with contextlib.suppress(OSError):
                os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@dataclass(frozen=True, slots=True)
class FixOutcome:
    """One input's result: counts, the diff (``--diff``), the new bytes (stdin), or why
    it was left alone (``error``)."""

    path: str
    fixes: int = 0
    stripped: int = 0
    diff: str | None = None
    data: bytes | None = None
    error: str | None = None

    @property
    def changed(self) -> bool:
        return bool(self.fixes or self.stripped)


def fix_one(job: Job, strip: bool, diff: bool, path: str) -> FixOutcome:
    """Fix one input: rewrite the file (unless ``diff``), or for stdin (``-``) return
    the fixed bytes. Failures become the outcome's ``error``; the file is left alone."""
    from wirecheck.batch import failure_reason
    from wirecheck.reading import STDIN, read_input

    stdin = path == STDIN
    try:
        data = read_input(path)
        fixed = fix_bytes(
            data,
            lambda raw: job.parse(raw, None if stdin else path),
            strip=strip,
            markdown=path.lower().endswith(_MARKDOWN),
        )
        if fixed.changed and not diff and not stdin:
            write_atomically(path, fixed.data)
    except FixError as error:
        return FixOutcome(path=path, error=str(error))
    except OSError as error:
        return FixOutcome(path=path, error=f"cannot write: {error.strerror or error}")
    except Exception as error:
        return FixOutcome(path=path, error=failure_reason(error))
    return FixOutcome(
        path=path,
        fixes=fixed.fixes,
        stripped=fixed.stripped,
        diff=unified_diff(path, fixed) if diff and fixed.changed else None,
        data=fixed.data if stdin else None,
    )
