"""The command line: a thin click layer over ``wirecheck.runner`` and ``wirecheck.parse``.

The console script is ``wirecheck.entry``: it runs `wirecheck check FILE...` through
``runner.check_files`` without click and hands everything else to ``main`` here. Each
command reads its settings (``wirecheck.config``), finds its inputs and runs them,
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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from wirecheck import __version__
from wirecheck.feeds import FORMATS
from wirecheck.output import REPORT_FORMATS, STORY_FORMATS
from wirecheck.reading import STDIN
from wirecheck.runner import (
    EXIT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    Problem,
    check_files,
    config_for,
    jobs_for,
    make_job,
    paths_for,
    progress_for,
    run_and_write,
    safe_stdout,
    say,
    ticking,
)

if TYPE_CHECKING:
    from wirecheck.fix import FixOutcome
    from wirecheck.rules.base import Rule

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class CommandError(click.ClickException):
    """A problem with what the user asked for, shown as ``wirecheck: message``, exit 2."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"wirecheck: {self.format_message()}", err=True, file=file)


@contextmanager
def _problems() -> Iterator[None]:
    """The runner's problems as click's errors: a misuse with the usage line, else one
    ``wirecheck: ...`` line; exit 2 either way."""
    try:
        yield
    except Problem as problem:
        if problem.usage:
            raise click.UsageError(str(problem)) from None
        raise CommandError(str(problem)) from None


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


# -- shared options -----------------------------------------------------------------------


def _files(command: F) -> F:
    # No checks here (click's `readable` would stop the whole run at one unreadable file):
    # each input that cannot be read is reported on its own line and the others still run.
    return click.argument(
        "files",
        nargs=-1,
        type=click.Path(allow_dash=True, readable=False),
        metavar="[FILES|FOLDERS|-]",
    )(command)


def _reference_date_option(command: F) -> F:
    return click.option(
        "--reference-date",
        metavar="YYYY-MM-DD",
        callback=_reference_date,
        help="Date the story was filed: a dateline date without a year is the latest such date "
        "up to a month after it (default: from a weekday the story names, else the latest such "
        "date up to tomorrow).",
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
            "--quiet",
            "-q",
            is_flag=True,
            help="No progress bar and no summary line: only the results (findings, stories "
            "or changes).",
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
@click.option(
    "--split",
    is_flag=True,
    help="Print every story of a file that holds several (a Nexis or Factiva export, a "
    "wire dump), one JSON object a line; without it, the first.",
)
@_run_options
def parse(
    files: tuple[str, ...],
    fmt: str,
    output_path: str | None,
    reference_date: date | None,
    input_format: str | None,
    no_check: bool,
    split: bool,
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
    with _problems():
        config = config_for(config_path, isolated)
        job = make_job(
            config,
            check=not no_check,
            reference_date=reference_date,
            input_format=input_format,
            split=split,
        )
        paths = paths_for(files, include, config)
        failures = run_and_write(
            STORY_FORMATS[fmt],
            job,
            files,
            paths,
            jobs=jobs,
            quiet=quiet,
            output_path=output_path,
            several_stories=split,
        )
    sys.exit(EXIT_USAGE if failures else EXIT_OK)


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
def check(files: tuple[str, ...], **options: Any) -> None:
    """Check wire stories and report problems.

    Runs the diagnostics rules (`wirecheck rules` lists them) over each FILE, the stories
    in each FOLDER, or stdin for - or no argument. Exit status: 0 when there are no errors,
    1 when there are errors (or warnings, with --strict), 2 on a usage error or an input
    that cannot be read.
    """
    with _problems():
        # The options arrive under check_files' own keyword names.
        code = check_files(files, **options)
    sys.exit(code)


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
    (WC501), Windows-1252 punctuation read as control bytes and spacing controls between
    words (WC503), HTML entities (WC506), ligatures (WC507), Greek or Cyrillic look-alike
    letters in Latin words (WC508) and trailing whitespace, in each FILE and the stories in
    each FOLDER. Each
    file keeps its encoding and line endings and is only written when something changes.
    With - (or no argument) the fixed story from stdin goes to stdout. Exit status: 0, or
    1 with --diff when something would change, 2 when an input cannot be read or written.
    """
    from functools import partial

    from wirecheck.batch import ordered_map, warm_up
    from wirecheck.fix import fix_one

    with _problems():
        config = config_for(config_path, isolated)
        job = make_job(config, select=select, ignore=ignore, allow=allow, allow_file=allow_file)
        paths = paths_for(files, include, config)
    workers = 1 if STDIN in paths else jobs_for(jobs)
    failures = changed = fixes = 0
    with progress_for(paths, quiet, "Fixing", sys.stdout) as (advance, stdout):
        outcomes = ordered_map(
            partial(fix_one, job, strip, diff), paths, workers, warm=partial(warm_up, job)
        )
        for outcome in ticking(outcomes, advance):
            if outcome.error is not None:
                failures += 1
                say(f"wirecheck: {outcome.path}: {outcome.error}")
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
        click.echo(_fix_summary(changed, failures, diff), err=True)
    if failures:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FOUND if diff and changed else EXIT_OK)


def _fix_summary(changed: int, failures: int, diff: bool) -> str:
    """The closing line of ``fix``: `Fixed 2 files.`; `Nothing to fix.` only when every
    input was read (a file that could not be is not one with nothing to fix)."""
    files_word = f"{changed} file{'' if changed == 1 else 's'}"
    done = f"{'Would fix' if diff else 'Fixed'} {files_word}"
    if failures:
        return f"{done}; {failures} file{'' if failures == 1 else 's'} could not be fixed."
    return f"{done}." if changed else "Nothing to fix."


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


def _fixable_by(found: Rule) -> str:
    """What `rule` says of a rule's fixes: `fix` applies only the safe rules' (``SAFE_CODES``);
    the others' single suggestions reach editors and code scanners (SARIF) only."""
    from wirecheck.fix import SAFE_CODES

    if not found.fixable:
        return "no"
    if found.code in SAFE_CODES:
        return "yes, by `wirecheck fix`"
    return "a suggested fix, left to a person (`wirecheck fix` does not apply it)"


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
    click.echo(f"Fixable: {_fixable_by(found)}")
    if body:
        click.echo()
        click.echo(body)


def main(argv: Sequence[str] | None = None) -> None:
    """The click command line (``wirecheck.entry.main`` is the console script)."""
    safe_stdout()
    cli.main(args=list(argv) if argv is not None else None, prog_name="wirecheck")
