"""Many inputs: finding the files under folders, and running a job over them in parallel.

``discover`` turns the command line's paths into the list of inputs: folders are walked
in sorted order (hidden folders such as ``.git`` skipped) for files matching the include
patterns; ``exclude`` patterns from the configuration drop files wherever they come
from, named ones too, because pre-commit names every staged file.

``ordered_map`` runs a function over the inputs in worker processes, in chunks, and
yields the results in input order. At most a few chunks are in flight at once, so memory
holds a few chunks of results however many files there are. One worker (``--jobs 1``),
or one input, runs in this process: no pool is started.

``Job`` is what ``check`` and ``parse`` do to one input: read it, ``wirecheck.parse``
it, give the diagnostics the configured severities. It is a picklable value, so a
worker process gets it with its chunk.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from wirecheck.config import excluded, severity_of
from wirecheck.model import Severity
from wirecheck.output.base import FileReport
from wirecheck.reading import STDIN, InputError, read_input

if TYPE_CHECKING:
    from pathlib import Path

    from wirecheck.model import Story
    from wirecheck.rules.base import CheckOptions

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.text")

# Chunks of inputs sent to a worker at once: big enough that the hand-over costs little
# next to parsing (~1 ms a story), small enough that the workers finish together.
_MAX_CHUNK = 32
# Chunks in flight per worker: one being worked on, one waiting, so no worker idles.
_IN_FLIGHT = 2


def cpu_count() -> int:
    """The CPUs this process may run on (the default of ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def discover(
    paths: Iterable[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
    root: Path | None = None,
) -> list[str]:
    """The inputs named by ``paths``: files as given, folders walked (sorted, hidden
    folders skipped) for files matching ``include``, minus those matching ``exclude``
    (see ``config.excluded``; relative to ``root``, default the current directory). ``-``
    (stdin) is kept as is, and a path that does not exist too, to be reported when read."""
    base: str | Path = root if root is not None else os.getcwd()
    found: list[str] = []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            if path == STDIN or not excluded(path, exclude, base):
                found.append(path)
            continue
        from fnmatch import fnmatchcase  # only a folder needs it

        # A folder that cannot be listed is kept as an input, to be reported when read:
        # skipped, it would let a check pass on stories it never read.
        def unlisted(error: OSError, top: str = path) -> None:
            found.append(str(error.filename or top))

        for folder, dirs, files in os.walk(path, onerror=unlisted):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".") and not excluded(os.path.join(folder, d), exclude, base)
            )
            for name in sorted(files):
                full = os.path.join(folder, name)
                if (
                    any(fnmatchcase(name, p) for p in include)
                    and not _project_doc(name)
                    and not excluded(full, exclude, base)
                    and not _special(full)
                ):
                    found.append(full)
    return found


# A repository's own documents (`README.md`, `CHANGELOG.txt`, `LICENSE.md`): a folder of
# stories keeps them beside the stories, and they are no story (`fix` would "correct" a
# README's examples). Named on the command line, they are read as asked.
_PROJECT_DOCS = frozenset(
    "README CHANGELOG CHANGES HISTORY CONTRIBUTING CODE_OF_CONDUCT SECURITY LICENSE LICENCE "
    "COPYING NOTICE AUTHORS".split()
)


def _project_doc(name: str) -> bool:
    return name.split(".", 1)[0].upper() in _PROJECT_DOCS


def _special(path: str) -> bool:
    """A named pipe, socket or device found in a folder: reading one blocks or never ends,
    so a walk skips it (named on the command line, it is read as asked). A file whose
    status cannot be read is kept, to be reported when it is read."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _apply(function: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [function(item) for item in chunk]


def ordered_map(
    function: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    warm: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``map(function, items)``, in ``jobs`` worker processes, results in input order.

    ``function`` must be picklable (a module-level function or a ``partial`` of one).
    ``warm`` runs here before the workers start, so that forked workers share what it
    loads (modules, word lists) instead of each loading its own.
    """
    if jobs <= 1 or len(items) <= 1:
        yield from map(function, items)
        return
    import multiprocessing

    if warm is not None:
        warm()

    size = max(1, min(_MAX_CHUNK, len(items) // (jobs * 4)))
    chunks = (items[i : i + size] for i in range(0, len(items), size))
    workers = min(jobs, -(-len(items) // size))
    # fork starts a worker in milliseconds with the parent's modules already imported;
    # where there is none (Windows) or it is unsafe (macOS), the platform's default.
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods and sys.platform.startswith("linux") else None
    pool = multiprocessing.get_context(method).Pool(workers)
    try:
        pending = deque(
            pool.apply_async(_apply, (function, chunk))
            for chunk in islice(chunks, workers * _IN_FLIGHT)
        )
        while pending:
            done = pending.popleft().get()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.apply_async(_apply, (function, following)))
            yield from done
    finally:
        pool.terminate()
        pool.join()


class Outcome(NamedTuple):
    """One input's result: its report, or why it could not be read (``error``).

    A NamedTuple: cheaper than a dataclass to define at start-up and to pickle back from
    a worker."""

    path: str
    report: FileReport | None = None
    error: str | None = None
    # The input's further stories, with ``split`` (``wirecheck parse --split``).
    more: tuple[FileReport, ...] = ()


class Job(NamedTuple):
    """How to parse every input: the arguments of ``wirecheck.parse`` and the severities
    the configuration gives some rules. A NamedTuple, as ``Outcome``."""

    reference_date: date | None = None
    check: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    options: CheckOptions | None = None
    extra_boilerplate: tuple[str, ...] = ()
    input_format: str | None = None
    severity: tuple[tuple[str, Severity], ...] = ()
    # False for ``check``, whose formats read a report's diagnostics and input bytes only:
    # the story's text (paragraphs, captions, related and removed lines) is then left out
    # of the report, so a worker does not pickle it back (about two thirds of the time
    # the hand-over of a story costs, and much of the parent's CPU under --jobs 2).
    story_text: bool = True
    # Every story of a file that holds several, not the first only (``parse --split``).
    split: bool = False

    def parse(self, data: bytes, path: str | None) -> Story:
        """The story of ``data``, diagnostics at their configured severities."""
        return self.parse_each(data, path)[0]

    def parse_each(self, data: bytes, path: str | None) -> tuple[Story, ...]:
        """The story of ``data`` (each one, with ``split``), as ``parse`` gives it."""
        from wirecheck.api import parse, parse_all

        kwargs: dict[str, Any] = {
            "path": path,
            "reference_date": self.reference_date,
            "check": self.check,
            "select": self.select,
            "ignore": self.ignore,
            "options": self.options,
            "extra_boilerplate": self.extra_boilerplate,
            "input_format": self.input_format,
        }
        stories = parse_all(data, **kwargs) if self.split else (parse(data, **kwargs),)
        return tuple(self._leveled(story) for story in stories)

    def _leveled(self, story: Story) -> Story:
        """``story`` with its diagnostics at their configured severities."""
        if not self.severity or not story.diagnostics:
            return story
        diagnostics = tuple(
            replace(d, severity=level)
            if (level := severity_of(d.code, self.severity)) and level != d.severity
            else d
            for d in story.diagnostics
        )
        return replace(story, diagnostics=diagnostics)


def failure_reason(error: Exception) -> str:
    """The one-line reason shown for an input that could not be read or parsed."""
    from wirecheck.decode import NotTextError

    if isinstance(error, InputError):
        return error.reason
    if isinstance(error, NotTextError):
        return str(error)
    # A bug in a rule or the parser: one line, not a traceback.
    return f"internal error ({type(error).__name__}: {error}); please report it"


def run_one(job: Job, path: str) -> Outcome:
    """Read and parse one input; any failure becomes the outcome's ``error``."""
    try:
        data = read_input(path)
        stories = job.parse_each(data, None if path == STDIN else path)
    except Exception as error:
        return Outcome(path=path, error=failure_reason(error))
    if not job.story_text:
        stories = tuple(
            replace(story, captions=(), paragraphs=(), related=(), removed=()) for story in stories
        )
    first, *more = (FileReport(path=path, story=story, data=data) for story in stories)
    return Outcome(path=path, report=first, more=tuple(more))


# A story that loads the parser, the rules and their word lists when parsed.
_WARM_UP = b"Council meets\n\nSPRINGFIELD (AP) -- The town council met on Tuesday.\n"


def run(job: Job, paths: Sequence[str], jobs: int) -> Iterator[Outcome]:
    """``run_one`` over ``paths`` in ``jobs`` processes, in input order. Stdin is read
    here, never in a worker."""
    if STDIN in paths:
        jobs = 1
    return ordered_map(partial(run_one, job), paths, jobs, warm=partial(warm_up, job))


def warm_up(job: Job) -> None:
    """Parse a small story, loading what every worker needs before they are forked."""
    job.parse(_WARM_UP, None)
