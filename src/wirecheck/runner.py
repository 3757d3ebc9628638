"""What the commands do, without the command line: settings, inputs, running, output.

``wirecheck.cli`` is the click layer over these functions. ``check_files`` is the whole
``check`` command, so ``wirecheck.entry`` can run ``wirecheck check FILES`` (what a
pre-commit hook runs, on every commit) without importing click at all: click and the
modules it brings cost about 25 ms a start, a quarter of the command's time. Errors are
``Problem`` here; the click layer shows them as its own errors, with the same words.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, TextIO, TypeVar

from wirecheck.output import REPORT_FORMATS, FileReport, Output, Tally
from wirecheck.reading import STDIN, InputError, read_input

if TYPE_CHECKING:
    from wirecheck.batch import Job, Outcome
    from wirecheck.config import Config
    from wirecheck.output import Format

T = TypeVar("T")

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


class Problem(Exception):
    """A problem with what the user asked for: exit 2. ``usage``: a misuse of the command
    line (the click layer then shows the usage line too)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


def say(message: str) -> None:
    """One line on stderr, whatever characters the message holds."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(message + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write((message + "\n").encode(encoding, "replace").decode(encoding))
    stream.flush()


def safe_stdout() -> None:
    """A story in any script must not crash on a terminal that cannot show it."""
    stdout = sys.stdout
    encoding = (getattr(stdout, "encoding", None) or "").lower().replace("_", "-")
    if stdout is not None and not encoding.startswith("utf") and hasattr(stdout, "reconfigure"):
        stdout.reconfigure(errors="replace")


# -- settings -----------------------------------------------------------------------------


def allow_file_words(path: str, key: str = "--allow-file") -> Iterator[str]:
    from wirecheck.decode import NotTextError, decode

    try:
        text = decode(read_input(path)).text
    except (InputError, NotTextError) as error:
        reason = error.reason if isinstance(error, InputError) else str(error)
        raise Problem(f"{key}: {path}: {reason}") from None
    for line in text.split("\n"):
        word = line.strip()
        if word and not word.startswith("#"):
            yield word


def config_for(config_path: str | None, isolated: bool) -> Config:
    from wirecheck.config import Config, ConfigError, find, load

    if config_path and isolated:
        raise Problem("--config and --isolated cannot be used together", usage=True)
    if isolated:
        return Config()
    try:
        if config_path:
            from pathlib import Path

            path: Path | None = Path(config_path)
        else:
            path = find()
        return load(path, REPORT_FORMATS) if path else Config()
    except ConfigError as error:
        raise Problem(str(error)) from None


def make_job(
    config: Config,
    *,
    check: bool = True,
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] | None = None,
    allow: tuple[str, ...] = (),
    allow_file: tuple[str, ...] = (),
    reference_date: date | None = None,
    input_format: str | None = None,
    story_text: bool = True,
    split: bool = False,
) -> Job:
    """How to parse each input: the command line's options over the config's."""
    from wirecheck.batch import Job
    from wirecheck.rules.base import CheckOptions

    words = set(config.allow) | set(allow)
    for path in config.allow_files:
        words.update(allow_file_words(str(path), key="allow-file"))
    for name in allow_file:
        words.update(allow_file_words(name))
    when = reference_date or config.reference_date
    return Job(
        reference_date=when,
        check=check,
        select=config.select if select is None else select,
        ignore=config.ignore if ignore is None else ignore,
        options=CheckOptions(allow=frozenset(words), reference_date=when),
        extra_boilerplate=config.extend_boilerplate,
        input_format=input_format,
        severity=config.severity,
        story_text=story_text,
        split=split,
    )


# -- running the inputs ------------------------------------------------------------------


def inputs(files: Sequence[str]) -> tuple[str, ...]:
    if files:
        return tuple(files)
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        # A person typed the bare command: waiting silently for stdin would look like a hang.
        raise Problem("no input: name FILES, pipe a story in, or give - to type one", usage=True)
    return (STDIN,)


def paths_for(files: Sequence[str], include: tuple[str, ...], config: Config) -> list[str]:
    from wirecheck.batch import DEFAULT_INCLUDE, discover

    named = inputs(files)
    patterns = include or DEFAULT_INCLUDE
    found = discover(named, patterns, config.exclude, config.root)
    _say_empty_folders(named, found, patterns)
    return found


def _say_empty_folders(named: Sequence[str], found: Sequence[str], include: Sequence[str]) -> None:
    """A warning for each folder named that holds no story to read: a mistyped path
    would otherwise pass a check in silence. The status stays 0 (nothing failed)."""
    import os

    for path in named:
        if path == STDIN or not os.path.isdir(path):
            continue
        inside = os.path.join(path, "")
        if not any(f == path or f.startswith(inside) for f in found):
            say(f"wirecheck: {path}: no stories found (no file matching {' '.join(include)})")


def several(files: Sequence[str], paths: Sequence[str]) -> int:
    """How many inputs a format should expect: a named folder means several, however
    many files it holds, so ``parse FOLDER`` always gives JSON Lines."""
    import os

    folder = any(f != STDIN and os.path.isdir(f) for f in files)
    return max(len(paths), 2) if folder else len(paths)


def reports(outcomes: Iterable[Outcome], failures: list[str]) -> Iterator[FileReport]:
    """The reports of the inputs read; the others go to stderr (in order) and ``failures``."""
    for outcome in outcomes:
        if outcome.report is not None:
            yield outcome.report
            yield from outcome.more
        else:
            failures.append(outcome.path)
            say(f"wirecheck: {outcome.path}: {outcome.error}")


def counted(reports: Iterable[FileReport], tally: Tally) -> Iterator[FileReport]:
    for report in reports:
        tally.add(report)
        yield report


def ticking(items: Iterable[T], advance: Callable[[], None]) -> Iterator[T]:
    for item in items:
        yield item
        advance()


def stderr_is_terminal() -> bool:
    stderr = sys.stderr
    return stderr is not None and stderr.isatty()


@contextmanager
def destination(output_path: str | None) -> Iterator[TextIO]:
    """stdout, or the ``--output`` file (created or truncated)."""
    if output_path is None or output_path == STDIN:
        yield sys.stdout
        return
    try:
        stream = open(output_path, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise Problem(f"--output: {output_path}: {error.strerror or error}") from None
    with stream:
        yield stream


@contextmanager
def progress_for(
    paths: Sequence[str], quiet: bool, label: str, stream: TextIO
) -> Iterator[tuple[Callable[[], None], TextIO]]:
    """A progress bar when there are many inputs and stderr is a terminal (else none)."""
    if quiet or not stderr_is_terminal():
        yield (lambda: None), stream
        return
    from wirecheck.output.terminal import PROGRESS_MIN_INPUTS, progress

    if len(paths) < PROGRESS_MIN_INPUTS:
        yield (lambda: None), stream
        return
    with progress(len(paths), label, stream) as shown:
        yield shown


def jobs_for(jobs: int | None) -> int:
    from wirecheck.batch import cpu_count

    return jobs or cpu_count()


def run_and_write(
    write: Format,
    job: Job,
    files: Sequence[str],
    paths: Sequence[str],
    *,
    jobs: int | None,
    quiet: bool,
    output_path: str | None,
    color: bool | None = None,
    tally: Tally | None = None,
    several_stories: bool = False,
) -> list[str]:
    """Run ``job`` over ``paths`` and write the results with ``write``; returns the
    inputs that could not be read. ``several_stories``: an input may give several (its
    formats then write as for several inputs, JSON Lines)."""
    from wirecheck.batch import run

    failures: list[str] = []
    with (
        destination(output_path) as stream,
        progress_for(paths, quiet, "Checking", stream) as (advance, shown),
    ):
        out = Output(
            stream=shown,
            terminal=stream.isatty(),
            inputs=max(several(files, paths), 2) if several_stories else several(files, paths),
            color=color,
            quiet=quiet,
        )
        read = reports(ticking(run(job, paths, jobs_for(jobs)), advance), failures)
        write(counted(read, tally) if tally is not None else read, out)
    return failures


def report_format(fmt: str | None, config: Config, terminal: bool) -> str:
    """--format, else the config's, else github under GitHub Actions, else text on a
    terminal and concise elsewhere."""
    import os

    if fmt or config.format:
        return fmt or config.format or ""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "text" if terminal else "concise"


# -- the check command --------------------------------------------------------------------


def check_files(
    files: Sequence[str],
    *,
    fmt: str | None = None,
    output_path: str | None = None,
    color: str = "auto",
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] | None = None,
    allow: tuple[str, ...] = (),
    allow_file: tuple[str, ...] = (),
    reference_date: date | None = None,
    input_format: str | None = None,
    strict: bool = False,
    config_path: str | None = None,
    isolated: bool = False,
    include: tuple[str, ...] = (),
    jobs: int | None = None,
    quiet: bool = False,
) -> int:
    """``wirecheck check``: run the rules over the inputs, write the report; the exit status."""
    config = config_for(config_path, isolated)
    job = make_job(
        config,
        select=select,
        ignore=ignore,
        allow=allow,
        allow_file=allow_file,
        reference_date=reference_date,
        input_format=input_format,
        # The report formats read the diagnostics (and the input), never the story text.
        story_text=False,
    )
    paths = paths_for(files, include, config)
    to_terminal = output_path in (None, STDIN) and sys.stdout.isatty()
    write = REPORT_FORMATS[report_format(fmt, config, to_terminal)]
    tally = Tally()
    failures = run_and_write(
        write,
        job,
        files,
        paths,
        jobs=jobs,
        quiet=quiet,
        output_path=output_path,
        color={"always": True, "never": False}.get(color),
        tally=tally,
    )
    if failures:
        return EXIT_USAGE
    found = tally.errors or (strict and tally.warnings)
    return EXIT_FOUND if found else EXIT_OK
