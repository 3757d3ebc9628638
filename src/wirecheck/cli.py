"""The command line: a thin click layer over ``wirecheck.parse``.

Each command reads its settings (``wirecheck.config``), finds its inputs and runs them,
in parallel when there are many (``wirecheck.batch``), hands the bytes to the library and
passes the results to an output format from ``wirecheck.output``; ``fix`` rewrites files
with ``wirecheck.fix``. Errors become one line at this edge, never a traceback: an
unreadable input is reported on stderr as ``wirecheck: PATH: reason`` and the other inputs
still run. Exit status: 0 clean, 1 errors found (``check``), 2 usage or input error.

Start-up time matters (a pre-commit hook runs this for every commit), so heavy imports
(``rich``, ``tomllib``, ``multiprocessing``, ``difflib``, the rule modules and their word
lists) happen inside the functions that need them; the output formats are small modules,
imported here so that `--format` lists them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import IO, TYPE_CHECKING, Any, TextIO, TypeVar

import click

from wirecheck import __version__
from wirecheck.feeds import FORMATS
from wirecheck.output import REPORT_FORMATS, STORY_FORMATS, FileReport, Output, Tally
from wirecheck.reading import STDIN, InputError, read_input

if TYPE_CHECKING:
    from wirecheck.batch import Job, Outcome
    from wirecheck.config import Config
    from wirecheck.fix import FixOutcome
    from wirecheck.output import Format

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class CommandError(click.ClickException):
    """A problem with what the user asked for, shown as ``wirecheck: message``, exit 2."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"wirecheck: {self.format_message()}", err=True, file=file)


# -- option values ----------------------------------------------------------------------


def _reference_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    from wirecheck.config import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _codes(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...] | None:
    """Codes given with the option, or None when it was not given (the config decides)."""
    from wirecheck.config import check_codes

    if not values:
        return None
    try:
        return check_codes([c for value in values for c in value.split(",") if c.strip()])
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _allow_file_words(path: str, key: str = "--allow-file") -> Iterator[str]:
    from wirecheck.decode import NotTextError, decode

    try:
        text = decode(read_input(path)).text
    except (InputError, NotTextError) as error:
        reason = error.reason if isinstance(error, InputError) else str(error)
        raise CommandError(f"{key}: {path}: {reason}") from None
    for line in text.split("\n"):
        word = line.strip()
        if word and not word.startswith("#"):
            yield word


# -- shared options -----------------------------------------------------------------------


def _files(command: F) -> F:
    return click.argument(
        "files", nargs=-1, type=click.Path(allow_dash=True), metavar="[FILES|FOLDERS|-]"
    )(command)


def _reference_date_option(command: F) -> F:
    return click.option(
        "--reference-date",
        metavar="YYYY-MM-DD",
        callback=_reference_date,
        help="Date the story was filed: a dateline date without a year gets the year nearest "
        "it (default: from a weekday the story names, else the latest such date up to today).",
    )(command)


def _input_format_option(command: F) -> F:
    return click.option(
        "--input-format",
        type=click.Choice(FORMATS),
        help="Read every input as this format instead of detecting it from its first bytes: "
        "plain text, or an agency feed (ANPA-1312, IPTC 7901, NITF, NewsML or NewsML-G2, ninjs).",
    )(command)


def _rule_options(command: F) -> F:
    """--select, --ignore, --allow, --allow-file."""
    options = [
        click.option(
            "--select",
            multiple=True,
            callback=_codes,
            metavar="CODES",
            help="Run only these rules: codes or prefixes such as WC101 or WC1, "
            "comma-separated or repeated (replaces the config's select).",
        ),
        click.option(
            "--ignore",
            multiple=True,
            callback=_codes,
            metavar="CODES",
            help="Skip these rules: codes or prefixes, comma-separated or repeated "
            "(replaces the config's ignore).",
        ),
        click.option(
            "--allow",
            multiple=True,
            metavar="WORD",
            help="Accept this word as spelled (case-sensitive); repeat for more. Added to "
            "the config's allow.",
        ),
        click.option(
            "--allow-file",
            multiple=True,
            metavar="PATH",
            help="Accept the words in this file: one a line, case-sensitive; blank lines and "
            "# comments skipped.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _run_options(command: F) -> F:
    """--config, --isolated, --include, --jobs, --quiet: where settings and files come
    from and how the run goes."""
    options = [
        click.option(
            "--config",
            "config_path",
            metavar="PATH",
            help="Read settings from this file (a pyproject.toml with [tool.wirecheck], or a "
            ".wirecheck.toml) instead of looking for one from the current folder up.",
        ),
        click.option("--isolated", is_flag=True, help="Ignore configuration files: defaults only."),
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="File names to take from FOLDERS (repeatable; default: *.txt, *.md, *.text).",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            metavar="N",
            help="Worker processes for many files (default: the number of CPUs).",
        ),
        click.option(
            "--quiet", "-q", is_flag=True, help="No progress bar, no summary: findings only."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _output_option(command: F) -> F:
    return click.option(
        "--output",
        "-o",
        "output_path",
        metavar="FILE",
        help="Write to FILE instead of stdout (- for stdout).",
    )(command)


# -- settings -----------------------------------------------------------------------------


def _config(config_path: str | None, isolated: bool) -> Config:
    from wirecheck.config import Config, ConfigError, find, load

    if config_path and isolated:
        raise click.UsageError("--config and --isolated cannot be used together")
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
        raise CommandError(str(error)) from None


def _job(
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
) -> Job:
    """How to parse each input: the command line's options over the config's."""
    from wirecheck.batch import Job
    from wirecheck.rules.base import CheckOptions

    words = set(config.allow) | set(allow)
    for path in config.allow_files:
        words.update(_allow_file_words(str(path), key="allow-file"))
    for name in allow_file:
        words.update(_allow_file_words(name))
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
    )


# -- running the inputs ------------------------------------------------------------------


def _inputs(files: Sequence[str]) -> tuple[str, ...]:
    if files:
        return tuple(files)
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        # A person typed the bare command: waiting silently for stdin would look like a hang.
        raise click.UsageError("no input: name FILES, pipe a story in, or give - to type one")
    return (STDIN,)


def _paths(files: Sequence[str], include: tuple[str, ...], config: Config) -> list[str]:
    from wirecheck.batch import DEFAULT_INCLUDE, discover

    return discover(_inputs(files), include or DEFAULT_INCLUDE, config.exclude, config.root)


def _several(files: Sequence[str], paths: Sequence[str]) -> int:
    """How many inputs a format should expect: a named folder means several, however
    many files it holds, so ``parse FOLDER`` always gives JSON Lines."""
    import os

    folder = any(f != STDIN and os.path.isdir(f) for f in files)
    return max(len(paths), 2) if folder else len(paths)


def _reports(outcomes: Iterable[Outcome], failures: list[str]) -> Iterator[FileReport]:
    """The reports of the inputs read; the others go to stderr (in order) and ``failures``."""
    for outcome in outcomes:
        if outcome.report is not None:
            yield outcome.report
        else:
            failures.append(outcome.path)
            click.echo(f"wirecheck: {outcome.path}: {outcome.error}", err=True)


def _counted(reports: Iterable[FileReport], tally: Tally) -> Iterator[FileReport]:
    for report in reports:
        tally.add(report)
        yield report


def _ticking(items: Iterable[T], advance: Callable[[], None]) -> Iterator[T]:
    for item in items:
        yield item
        advance()


def _stderr_is_terminal() -> bool:
    stderr = sys.stderr
    return stderr is not None and stderr.isatty()


@contextmanager
def _destination(output_path: str | None) -> Iterator[TextIO]:
    """stdout, or the ``--output`` file (created or truncated)."""
    if output_path is None or output_path == STDIN:
        yield sys.stdout
        return
    try:
        stream = open(output_path, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise CommandError(f"--output: {output_path}: {error.strerror or error}") from None
    with stream:
        yield stream


@contextmanager
def _progress_for(
    paths: Sequence[str], quiet: bool, label: str, stream: TextIO
) -> Iterator[tuple[Callable[[], None], TextIO]]:
    """A progress bar when there are many inputs and stderr is a terminal (else none)."""
    if quiet or not _stderr_is_terminal():
        yield (lambda: None), stream
        return
    from wirecheck.output.terminal import PROGRESS_MIN_INPUTS, progress

    if len(paths) < PROGRESS_MIN_INPUTS:
        yield (lambda: None), stream
        return
    with progress(len(paths), label, stream) as shown:
        yield shown


def _jobs(jobs: int | None) -> int:
    from wirecheck.batch import cpu_count

    return jobs or cpu_count()


def _render(
    render: Format,
    job: Job,
    files: Sequence[str],
    paths: Sequence[str],
    *,
    jobs: int | None,
    quiet: bool,
    output_path: str | None,
    color: bool | None = None,
    tally: Tally | None = None,
) -> list[str]:
    """Run ``job`` over ``paths`` and write the results with ``render``; returns the
    inputs that could not be read."""
    from wirecheck.batch import run

    failures: list[str] = []
    with (
        _destination(output_path) as stream,
        _progress_for(paths, quiet, "Checking", stream) as (advance, shown),
    ):
        out = Output(
            stream=shown,
            terminal=stream.isatty(),
            inputs=_several(files, paths),
            color=color,
            quiet=quiet,
        )
        reports = _reports(_ticking(run(job, paths, _jobs(jobs)), advance), failures)
        render(_counted(reports, tally) if tally is not None else reports, out)
    return failures


# -- commands -----------------------------------------------------------------------------


@click.group(
    context_settings=CONTEXT,
    epilog="""\b
Examples:
  wirecheck parse story.txt
  wirecheck check stories/
  wirecheck fix --diff stories/
  wirecheck rule WC101
""",
)
@click.version_option(
    __version__, "--version", prog_name="wirecheck", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Parse and validate news-agency wire copy.

    wirecheck turns raw wire stories (pasted, scraped or archived text) into clean JSON and
    reports typos, dateline and structure problems a copy desk would catch. Run
    `wirecheck COMMAND --help` for the options of each command.
    """


@cli.command(
    epilog="""\b
Examples:
  wirecheck parse story.txt
  wirecheck parse a.txt b.txt > stories.jsonl
  wirecheck parse --jobs 8 --output stories.jsonl archive/
  curl -s https://example.com/story.txt | wirecheck parse --format text
""",
)
@_files
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(STORY_FORMATS)),
    default="json",
    show_default=True,
    help="json: the wirecheck.story/1 object (JSON Lines for several inputs); "
    "text: the clean story as plain text; ninjs: IPTC ninjs 2.x JSON.",
)
@_output_option
@_reference_date_option
@_input_format_option
@click.option("--no-check", is_flag=True, help="Skip the diagnostics rules (faster).")
@_run_options
def parse(
    files: tuple[str, ...],
    fmt: str,
    output_path: str | None,
    reference_date: date | None,
    input_format: str | None,
    no_check: bool,
    config_path: str | None,
    isolated: bool,
    include: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
) -> None:
    """Parse wire stories into clean JSON.

    Reads each FILE, the stories in each FOLDER, or stdin for - or no argument, and prints
    each story: one JSON object for one input, JSON Lines (one story a line, in input
    order) for several. The JSON is indented when printed to a terminal.
    """
    config = _config(config_path, isolated)
    job = _job(config, check=not no_check, reference_date=reference_date, input_format=input_format)
    paths = _paths(files, include, config)
    failures = _render(
        STORY_FORMATS[fmt], job, files, paths, jobs=jobs, quiet=quiet, output_path=output_path
    )
    sys.exit(EXIT_USAGE if failures else EXIT_OK)


def _report_format(fmt: str | None, config: Config, terminal: bool) -> str:
    """--format, else the config's, else github under GitHub Actions, else text on a
    terminal and concise elsewhere."""
    import os

    if fmt or config.format:
        return fmt or config.format or ""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "text" if terminal else "concise"


@cli.command(
    epilog="""\b
Examples:
  wirecheck check story.txt
  wirecheck check --select WC1 --allow Storchak stories/
  wirecheck check --format sarif --output wirecheck.sarif stories/
  wirecheck check --format json - < story.txt
""",
)
@_files
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(REPORT_FORMATS)),
    help="text: a report with the source marked (default on a terminal); concise: "
    "path:line:col: CODE message (default otherwise); json: all files and a summary; jsonl: "
    "one diagnostic a line; github: workflow annotations (default under GitHub Actions); "
    "sarif: SARIF 2.1.0 for code scanning.",
)
@_output_option
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report: auto colours a terminal unless NO_COLOR is set.",
)
@_rule_options
@_reference_date_option
@_input_format_option
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@_run_options
def check(
    files: tuple[str, ...],
    fmt: str | None,
    output_path: str | None,
    color: str,
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...] | None,
    allow: tuple[str, ...],
    allow_file: tuple[str, ...],
    reference_date: date | None,
    input_format: str | None,
    strict: bool,
    config_path: str | None,
    isolated: bool,
    include: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
) -> None:
    """Check wire stories and report problems.

    Runs the diagnostics rules (`wirecheck rules` lists them) over each FILE, the stories
    in each FOLDER, or stdin for - or no argument. Exit status: 0 when there are no errors,
    1 when there are errors (or warnings, with --strict), 2 on a usage error or an input
    that cannot be read.
    """
    config = _config(config_path, isolated)
    job = _job(
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
    paths = _paths(files, include, config)
    to_terminal = output_path in (None, STDIN) and sys.stdout.isatty()
    render = REPORT_FORMATS[_report_format(fmt, config, to_terminal)]
    tally = Tally()
    failures = _render(
        render,
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
        sys.exit(EXIT_USAGE)
    found = tally.errors or (strict and tally.warnings)
    sys.exit(EXIT_FOUND if found else EXIT_OK)


def _fixed_line(outcome: FixOutcome, would: bool) -> str:
    parts = []
    if outcome.fixes:
        parts.append(f"{outcome.fixes} fix{'' if outcome.fixes == 1 else 'es'}")
    if outcome.stripped:
        parts.append(f"{outcome.stripped} line{'' if outcome.stripped == 1 else 's'} stripped")
    return f"{outcome.path}: {'would apply' if would else 'applied'} {', '.join(parts)}"


@cli.command(
    epilog="""\b
Examples:
  wirecheck fix story.txt
  wirecheck fix --diff stories/
  wirecheck fix --strip --select WC1 stories/
  wirecheck fix - < story.txt > fixed.txt
""",
)
@_files
@click.option(
    "--strip",
    is_flag=True,
    help="Also remove the lines that are not the story (what parse puts in `removed`: "
    "boilerplate, the repeated headline, wire codes).",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print the changes as a unified diff and write nothing; exit 1 if there are any.",
)
@_rule_options
@_run_options
def fix(
    files: tuple[str, ...],
    strip: bool,
    diff: bool,
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...] | None,
    allow: tuple[str, ...],
    allow_file: tuple[str, ...],
    config_path: str | None,
    isolated: bool,
    include: tuple[str, ...],
    jobs: int | None,
    quiet: bool,
) -> None:
    """Apply the safe fixes in place.

    Fixes known misspellings that have exactly one correction (WC101), doubled spaces and
    spaces before punctuation (WC405), invisible and no-break spaces (WC504), mojibake
    (WC501) and trailing whitespace, in each FILE and the stories in each FOLDER. Each
    file keeps its encoding and line endings and is only written when something changes.
    With - (or no argument) the fixed story from stdin goes to stdout. Exit status: 0, or
    1 with --diff when something would change, 2 when an input cannot be read or written.
    """
    from functools import partial

    from wirecheck.batch import ordered_map, warm_up
    from wirecheck.fix import fix_one

    config = _config(config_path, isolated)
    job = _job(config, select=select, ignore=ignore, allow=allow, allow_file=allow_file)
    paths = _paths(files, include, config)
    workers = 1 if STDIN in paths else _jobs(jobs)
    failures = changed = fixes = 0
    with _progress_for(paths, quiet, "Fixing", sys.stdout) as (advance, stdout):
        outcomes = ordered_map(
            partial(fix_one, job, strip, diff), paths, workers, warm=partial(warm_up, job)
        )
        for outcome in _ticking(outcomes, advance):
            if outcome.error is not None:
                failures += 1
                click.echo(f"wirecheck: {outcome.path}: {outcome.error}", err=True)
                continue
            if diff and outcome.diff:
                stdout.write(outcome.diff)
            elif outcome.data is not None:
                stdout.flush()
                sys.stdout.buffer.write(outcome.data)
                sys.stdout.buffer.flush()
            if outcome.changed:
                changed += 1
                fixes += outcome.fixes + outcome.stripped
                if not quiet and outcome.path != STDIN:
                    click.echo(_fixed_line(outcome, diff), err=True)
    if not quiet:
        files_word = f"{changed} file{'' if changed == 1 else 's'}"
        done = "Would fix" if diff else "Fixed"
        click.echo(f"{done} {files_word}." if changed else "Nothing to fix.", err=True)
    if failures:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FOUND if diff and changed else EXIT_OK)


@cli.command(
    epilog="""\b
Example:
  wirecheck rules
""",
)
def rules() -> None:
    """List every rule: code, name, default severity and summary."""
    from wirecheck.rules.registry import all_rules

    found = all_rules()
    if not found:
        return
    name_width = max(len(r.name) for r in found)
    for rule in found:
        click.echo(f"{rule.code}  {rule.name:<{name_width}}  {rule.severity:<7}  {rule.summary}")


@cli.command(
    epilog="""\b
Example:
  wirecheck rule WC101
""",
)
@click.argument("code")
def rule(code: str) -> None:
    """Explain one rule: what it does, why, an example, and what to use instead."""
    from wirecheck.output.base import explain
    from wirecheck.rules.registry import find_rule

    found = find_rule(code)
    if found is None:
        raise CommandError(f"unknown rule code {code!r}; `wirecheck rules` lists them")
    title, body = explain(found)
    click.echo(title)
    click.echo(f"Severity: {found.severity}")
    click.echo(f"Fixable: {'yes' if found.fixable else 'no'}")
    if body:
        click.echo()
        click.echo(body)


def main(argv: Sequence[str] | None = None) -> None:
    """The ``wirecheck`` console script."""
    stdout = sys.stdout
    encoding = (getattr(stdout, "encoding", None) or "").lower().replace("_", "-")
    if stdout is not None and not encoding.startswith("utf") and hasattr(stdout, "reconfigure"):
        # A story in any script must not crash on a terminal that cannot show it.
        stdout.reconfigure(errors="replace")
    cli.main(args=list(argv) if argv is not None else None, prog_name="wirecheck")
