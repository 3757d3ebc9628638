"""The command line: a thin click layer over ``wirecheck.parse``.

Each command reads its inputs, hands the bytes to the library and passes the results to an
output format from ``wirecheck.output``. Errors become one line at this edge, never a
traceback: an unreadable input is reported on stderr as ``wirecheck: PATH: reason`` and the
other inputs still run. Exit status: 0 clean, 1 errors found (``check``), 2 usage or input
error.

Start-up time matters (a pre-commit hook runs this for every commit), so heavy imports
(``rich``, the rule modules and their word lists) happen inside the functions that need
them; the output formats are small modules, imported here so that `--format` lists them.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from wirecheck import __version__
from wirecheck.feeds import FORMATS
from wirecheck.output import REPORT_FORMATS, STORY_FORMATS, FileReport, Output, Tally
from wirecheck.reading import STDIN, InputError, read_input

if TYPE_CHECKING:
    from wirecheck.model import Story

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

# Rule codes and prefixes: "WC" and up to three digits (WC, WC1, WC10, WC101).
_CODE_RE = re.compile(r"WC\d{0,3}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class CommandError(click.ClickException):
    """A problem with what the user asked for, shown as ``wirecheck: message``, exit 2."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"wirecheck: {self.format_message()}", err=True, file=file)


# -- option values ----------------------------------------------------------------------


def _reference_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not _DATE_RE.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _codes(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for value in values for c in value.split(",") if c.strip())
    for code in codes:
        if not _CODE_RE.fullmatch(code):
            raise click.BadParameter(f"{code!r} is not a rule code or prefix (WC101, WC1, ...)")
        if len(code) == 5:
            from wirecheck.rules.registry import find_rule

            if find_rule(code) is None:
                raise click.BadParameter(f"no rule {code}; `wirecheck rules` lists them")
    return codes


def _allow_file_words(path: str) -> Iterator[str]:
    from wirecheck.decode import NotTextError, decode

    try:
        text = decode(read_input(path)).text
    except InputError as error:
        raise click.BadParameter(f"{path}: {error.reason}") from None
    except NotTextError as error:
        raise click.BadParameter(f"{path}: {error}") from None
    for line in text.split("\n"):
        word = line.strip()
        if word and not word.startswith("#"):
            yield word


# -- shared options -----------------------------------------------------------------------


def _files(command: F) -> F:
    return click.argument("files", nargs=-1, type=click.Path(allow_dash=True), metavar="[FILES|-]")(
        command
    )


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


# -- running the inputs ------------------------------------------------------------------


def _inputs(files: Sequence[str]) -> tuple[str, ...]:
    if files:
        return tuple(files)
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        # A person typed the bare command: waiting silently for stdin would look like a hang.
        raise click.UsageError("no input: name FILES, pipe a story in, or give - to type one")
    return (STDIN,)


def _reports(
    paths: Sequence[str], parse: Callable[[bytes, str | None], Story], failures: list[str]
) -> Iterator[FileReport]:
    """Read and parse each input in order; unreadable ones go to stderr and ``failures``."""
    from wirecheck.decode import NotTextError

    for path in paths:
        try:
            data = read_input(path)
            story = parse(data, None if path == STDIN else path)
        except InputError as error:
            reason = error.reason
        except NotTextError as error:
            reason = str(error)
        except Exception as error:  # a bug in a rule or the parser: one line, not a traceback
            reason = f"internal error ({type(error).__name__}: {error}); please report it"
        else:
            yield FileReport(path=path, story=story, data=data)
            continue
        failures.append(path)
        click.echo(f"wirecheck: {path}: {reason}", err=True)


def _counted(reports: Iterable[FileReport], tally: Tally) -> Iterator[FileReport]:
    for report in reports:
        tally.add(report)
        yield report


def _output(inputs: int) -> Output:
    stream = sys.stdout
    return Output(stream=stream, terminal=stream.isatty(), inputs=inputs)


# -- commands -----------------------------------------------------------------------------


@click.group(
    context_settings=CONTEXT,
    epilog="""\b
Examples:
  wirecheck parse story.txt
  wirecheck check stories/*.txt
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
@_reference_date_option
@_input_format_option
@click.option("--no-check", is_flag=True, help="Skip the diagnostics rules (faster).")
def parse(
    files: tuple[str, ...],
    fmt: str,
    reference_date: date | None,
    input_format: str | None,
    no_check: bool,
) -> None:
    """Parse wire stories into clean JSON.

    Reads each FILE (or stdin for - or no argument) and prints its story: one JSON object for
    one input, JSON Lines (one story a line, in input order) for several. The JSON is
    indented when printed to a terminal.
    """
    from wirecheck.api import parse as parse_story

    paths = _inputs(files)
    failures: list[str] = []

    def run(data: bytes, path: str | None) -> Story:
        return parse_story(
            data,
            path=path,
            reference_date=reference_date,
            check=not no_check,
            input_format=input_format,
        )

    STORY_FORMATS[fmt](_reports(paths, run, failures), _output(len(paths)))
    sys.exit(EXIT_USAGE if failures else EXIT_OK)


@cli.command(
    epilog="""\b
Examples:
  wirecheck check story.txt
  wirecheck check --select WC1 --allow Storchak stories/*.txt
  wirecheck check --format json - < story.txt
""",
)
@_files
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(REPORT_FORMATS)),
    help="text: a report with the source marked (default on a terminal); concise: "
    "path:line:col: CODE message (default otherwise); json: all files and a summary.",
)
@click.option(
    "--select",
    multiple=True,
    callback=_codes,
    metavar="CODES",
    help="Run only these rules: codes or prefixes such as WC101 or WC1, comma-separated "
    "or repeated.",
)
@click.option(
    "--ignore",
    multiple=True,
    callback=_codes,
    metavar="CODES",
    help="Skip these rules: codes or prefixes, comma-separated or repeated.",
)
@click.option(
    "--allow",
    multiple=True,
    metavar="WORD",
    help="Accept this word as spelled (case-sensitive); repeat for more.",
)
@click.option(
    "--allow-file",
    multiple=True,
    metavar="PATH",
    help="Accept the words in this file: one a line, case-sensitive; blank lines and "
    "# comments skipped.",
)
@_reference_date_option
@_input_format_option
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
def check(
    files: tuple[str, ...],
    fmt: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    allow: tuple[str, ...],
    allow_file: tuple[str, ...],
    reference_date: date | None,
    input_format: str | None,
    strict: bool,
) -> None:
    """Check wire stories and report problems.

    Runs the diagnostics rules (`wirecheck rules` lists them) over each FILE, or stdin for
    - or no argument. Exit status: 0 when there are no errors, 1 when there are errors (or
    warnings, with --strict), 2 on a usage error or an input that cannot be read.
    """
    from wirecheck.api import parse as parse_story
    from wirecheck.rules.base import CheckOptions

    words = set(allow)
    for path in allow_file:
        words.update(_allow_file_words(path))
    options = CheckOptions(allow=frozenset(words), reference_date=reference_date)
    paths = _inputs(files)
    output = _output(len(paths))
    failures: list[str] = []

    def run(data: bytes, path: str | None) -> Story:
        return parse_story(
            data,
            path=path,
            reference_date=reference_date,
            check=True,
            select=select,
            ignore=ignore,
            options=options,
            input_format=input_format,
        )

    tally = Tally()
    render = REPORT_FORMATS[fmt or ("text" if output.terminal else "concise")]
    render(_counted(_reports(paths, run, failures), tally), output)
    if failures:
        sys.exit(EXIT_USAGE)
    found = tally.errors or (strict and tally.warnings)
    sys.exit(EXIT_FOUND if found else EXIT_OK)


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
    from wirecheck.rules.registry import find_rule

    found = find_rule(code)
    if found is None:
        raise CommandError(f"unknown rule code {code!r}; `wirecheck rules` lists them")
    # A rule's doc opens with its own title line ("WC101 known-misspelling: ..."); a doc
    # without one gets it built from the rule's fields, so every explanation looks alike.
    doc = inspect.cleandoc(found.doc).strip()
    title, _, body = doc.partition("\n")
    if not title.startswith(found.code):
        title, body = f"{found.code} {found.name}: {found.summary}", doc
    click.echo(title)
    click.echo(f"Severity: {found.severity}")
    click.echo(f"Fixable: {'yes' if found.fixable else 'no'}")
    if body.strip():
        click.echo()
        click.echo(body.strip())


def main(argv: Sequence[str] | None = None) -> None:
    """The ``wirecheck`` console script."""
    stdout = sys.stdout
    encoding = (getattr(stdout, "encoding", None) or "").lower().replace("_", "-")
    if stdout is not None and not encoding.startswith("utf") and hasattr(stdout, "reconfigure"):
        # A story in any script must not crash on a terminal that cannot show it.
        stdout.reconfigure(errors="replace")
    cli.main(args=list(argv) if argv is not None else None, prog_name="wirecheck")
