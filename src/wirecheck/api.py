"""The library's entry point: ``parse``, pure and free of I/O and global state.

``parse`` is what a pipeline maps over millions of stories, so it takes bytes or text and
returns a frozen ``Story``; it is picklable along with everything it returns.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import import_module
from typing import Any

from wirecheck.decode import Decoded, decode
from wirecheck.documents import shift_story, story_starts
from wirecheck.exports import merged, read_fields
from wirecheck.feeds import detect
from wirecheck.htmltext import read_html_text
from wirecheck.linemarkup import read_line_markup
from wirecheck.markdown import read_markdown
from wirecheck.model import Removed, Source, Story
from wirecheck.patterns.boilerplate import normalise_phrase
from wirecheck.rules.base import CheckOptions, Context, Rule
from wirecheck.structure import assemble

# hashlib loads OpenSSL, about 3 ms of start-up; CPython's own SHA-256 module loads at once
# and is as good for a story (~10 us for 2 KB) but ~7x slower per byte, so inputs from this
# size on, or any input once hashlib is loaded anyway, go to hashlib.
_OPENSSL_FROM = 64 * 1024


@cache
def _builtin_sha256() -> Callable[[bytes], Any] | None:
    """CPython's own SHA-256 constructor, looked for once (a failed import is not cached)."""
    for name in ("_sha256", "_sha2"):  # Python 3.11, 3.12+
        try:
            constructor: Callable[[bytes], Any] = import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    return None


def _sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data`` (the same digest whichever implementation computes it)."""
    if len(data) < _OPENSSL_FROM and "hashlib" not in sys.modules:
        builtin = _builtin_sha256()
        if builtin is not None:
            digest: str = builtin(data).hexdigest()
            return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _decoded(data: str | bytes) -> tuple[Decoded, str]:
    if isinstance(data, bytes):
        return decode(data), _sha256(data)
    raw = data.encode("utf-8", errors="surrogatepass")
    newline = "\r\n" if "\r\n" in data else ("\r" if "\r" in data else "\n")
    text = data.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text=text, encoding="utf-8", newline=newline), _sha256(raw)


def parse(
    data: str | bytes,
    *,
    path: str | None = None,
    reference_date: date | None = None,
    today: date | None = None,
    check: bool = True,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    options: CheckOptions | None = None,
    extra_boilerplate: Iterable[str] = (),
    input_format: str | None = None,
) -> Story:
    """Parse one story from raw bytes (decoded as UTF-8, UTF-16 or Windows-1252) or text.

    ``reference_date`` decides the year of a dateline date without one; ``today`` (default:
    the current date) bounds it. With ``check`` the diagnostics rules run (``select`` and
    ``ignore`` take code prefixes such as ``"WC1"``). Raises ``decode.NotTextError`` for
    input that is not text.

    Agency feeds (ANPA-1312, IPTC 7901, NITF, NewsML, NewsML-G2, ninjs) are recognised by
    their first bytes, or read as ``input_format`` (one of ``wirecheck.feeds.FORMATS``);
    their metadata lands in ``Story.wire``. A feed that cannot be read safely (XML entity
    declarations) or a forced format that does not fit raises ``feeds.FeedError``, a
    ``NotTextError``.

    Text that holds several stories (a Nexis or Factiva export, a day's wire dump; see
    ``wirecheck.documents``) gives its first: the others' lines go to ``removed`` as
    ``other-document``, and the diagnostics cover every story (WC308 notes the others).
    ``parse_all`` gives each story.
    """
    return _stories(
        data,
        every=False,
        path=path,
        reference_date=reference_date,
        today=today,
        check=check,
        select=select,
        ignore=ignore,
        options=options,
        extra_boilerplate=extra_boilerplate,
        input_format=input_format,
    )[0]


def parse_all(
    data: str | bytes,
    *,
    path: str | None = None,
    reference_date: date | None = None,
    today: date | None = None,
    check: bool = True,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    options: CheckOptions | None = None,
    extra_boilerplate: Iterable[str] = (),
    input_format: str | None = None,
) -> tuple[Story, ...]:
    """Every story of the input, in order, as ``parse`` reads one (the same arguments).

    A file of several stories (a Nexis or Factiva export, a day's wire dump) gives one
    ``Story`` each; every position is the file's, so each story's lines, diagnostics
    included, point into the file. A feed, or text of one story, gives one.
    """
    return _stories(
        data,
        every=True,
        path=path,
        reference_date=reference_date,
        today=today,
        check=check,
        select=select,
        ignore=ignore,
        options=options,
        extra_boilerplate=extra_boilerplate,
        input_format=input_format,
    )


def _stories(
    data: str | bytes,
    *,
    every: bool,
    path: str | None,
    reference_date: date | None,
    today: date | None,
    check: bool,
    select: Iterable[str],
    ignore: Iterable[str],
    options: CheckOptions | None,
    extra_boilerplate: Iterable[str],
    input_format: str | None,
) -> tuple[Story, ...]:
    decoded, digest = _decoded(data)
    lines = decoded.lines
    if lines and lines[-1] == "":
        lines = lines[:-1]
    # No line ending after the last line: the file may have been cut short there.
    open_end = bool(lines) and not decoded.text.endswith("\n")
    source = Source(path=path, sha256=digest, encoding=decoded.encoding, newline=decoded.newline)
    fmt = input_format or detect(data)
    opts = options or CheckOptions(reference_date=reference_date)
    if today is not None and opts.today is None:
        opts = replace(opts, today=today)
    rules: tuple[Rule, ...] = ()
    if check:
        from wirecheck.rules.registry import selected_rules

        rules = selected_rules(select, ignore)
    if fmt != "text":
        from wirecheck.feeds.story import read_story

        story = read_story(
            data,
            decoded.text,
            fmt,
            forced=input_format is not None,
            source=source,
            reference_date=reference_date,
            today=today,
        )
        if story is not None:
            if check and opts.reference_date is None:
                from wirecheck.feeds.story import feed_reference_date

                opts = replace(opts, reference_date=feed_reference_date(story))
            return (_checked(story, lines, opts, rules, decoded.legacy) if check else story,)
    # The lines are all the parser reads; the whole text would stay alive beside them
    # through the parse, a copy of the input (two or four bytes a character once any
    # character is not Latin-1).
    legacy = decoded.legacy
    del decoded
    phrases = frozenset(normalise_phrase(p) for p in extra_boilerplate)
    starts = story_starts(lines)
    ends = [*starts[1:], len(lines)]

    def story_at(k: int, *, rest: tuple[Removed, ...] = ()) -> Story:
        """The ``k``th story, checked on its own lines, placed back in the file."""
        a, b = starts[k], ends[k]
        own = lines[a:b] if len(starts) > 1 else lines
        # A database export's fields, Markdown's markup or HTML line breaks are read first;
        # the parser sees the rest of the text.
        fields = read_markdown(own) or read_fields(own)
        # HTML pasted as text, its paragraphs set apart by tags inside its lines, is read
        # as HTML reads it, and the story's positions put back in the input after.
        html = read_html_text(own) if fields is None else None
        if html is None and fields is None:
            fields = read_line_markup(own)
        dated = reference_date or (fields.date if fields else None)
        view = fields.view if fields else (html.lines if html else own)
        parts = assemble(view, extra_phrases=phrases, reference_date=dated, today=today)
        byline, dateline, removed = parts.byline, parts.dateline, list(parts.removed)
        if fields is not None:
            byline, dateline, removed = merged(
                fields,
                byline,
                dateline,
                removed,
                lede=parts.paragraphs[0].text if parts.paragraphs else "",
                reference_date=dated,
                today=today,
            )
        story = Story(
            source=source,
            headline=parts.headline,
            byline=byline,
            dateline=dateline,
            captions=tuple(parts.captions),
            paragraphs=tuple(parts.paragraphs),
            related=tuple(parts.related),
            removed=(*removed, *rest),
            headline_line=parts.headline_line,
            headline_end_line=parts.headline_end_line,
        )
        if html is not None:
            story = html.placed(story, own)
        if not check:
            return shift_story(story, a)
        own_opts = opts
        if fields is not None and fields.date is not None and opts.reference_date is None:
            own_opts = replace(opts, reference_date=fields.date)
        own_legacy = tuple((line - a, col) for line, col in legacy if a < line <= b)
        own_end = open_end and b == len(lines)
        return shift_story(_checked(story, own, own_opts, rules, own_legacy, own_end), a)

    if every:
        return tuple(story_at(k) for k in range(len(starts)))
    if len(starts) == 1:
        return (story_at(0),)
    # The other stories' lines go to `removed`, and their findings to the first story's:
    # `check` and `fix` read every story of the file.
    rest = tuple(
        Removed(line=i + 1, text=" ".join(lines[i].split()), reason="other-document")
        for i in range(starts[1], len(lines))
        if lines[i].strip()
    )
    first = story_at(0, rest=rest)
    if not check:
        return (first,)
    others = (d for k in range(1, len(starts)) for d in story_at(k).diagnostics)
    return (replace(first, diagnostics=(*first.diagnostics, *others)),)


def _checked(
    story: Story,
    lines: list[str],
    opts: CheckOptions,
    rules: tuple[Rule, ...],
    legacy: tuple[tuple[int, int], ...] = (),
    open_end: bool = False,
) -> Story:
    """``story`` with the diagnostics of ``rules``; ``legacy`` as ``Decoded.legacy``;
    ``open_end``: the last of ``lines`` ends the file with no line ending."""
    from wirecheck.rules.registry import run_rules

    ctx = Context(story=story, lines=tuple(lines), options=opts, legacy=legacy, open_end=open_end)
    return replace(story, diagnostics=run_rules(ctx, rules))
