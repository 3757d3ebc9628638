"""The ``wirecheck`` console script (and ``python -m wirecheck``).

``wirecheck check FILE...`` with no options is what a pre-commit hook runs on every
commit, so it goes straight to ``runner.check_files`` without importing click, which
with the modules it brings costs about 25 ms of a start of about 100. Everything else,
options included, goes through the click command line (``wirecheck.cli``), which calls
the same function: the two paths cannot differ in what they do, and a test holds their
output and exit status equal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _plain_check(args: Sequence[str]) -> bool:
    """``check`` and file or folder names only (no options, no ``-`` for stdin)."""
    return len(args) >= 2 and args[0] == "check" and not any(a.startswith("-") for a in args[1:])


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: the process's arguments)."""
    import gc

    # Start-up allocates tens of thousands of long-lived objects (modules, functions,
    # compiled patterns), and with the default threshold of 700 the collector runs some 28
    # times over them in a one-story check, 4-6 ms of its 70. A young generation of 50,000
    # objects lets the imports pass without a collection; a story's own garbage is still
    # collected, and memory on the bench corpus is unchanged (mypy raises it likewise).
    # Only the command line's own process: the library leaves the collector as it finds it.
    gc.set_threshold(50_000, 20, 20)
    from wirecheck.runner import safe_stdout

    args = list(sys.argv[1:] if argv is None else argv)
    safe_stdout()
    if _plain_check(args):
        sys.exit(_check(args[1:]))
    from wirecheck.cli import main as click_main

    click_main(args)


def _check(files: Sequence[str]) -> int:
    import os

    from wirecheck.runner import EXIT_FOUND, EXIT_USAGE, Problem, check_files, say

    try:
        return check_files(files)
    except Problem as problem:  # a configuration file that cannot be read, for one
        say(f"wirecheck: {problem}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("\nAborted!")  # as click says it
        return EXIT_FOUND
    except BrokenPipeError:
        # `wirecheck check ... | head`: the reader left; stop quietly, as click does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FOUND
