"""wirecheck against codespell and against the floors of any Python tool, in one run.

    python benchmarks/bench.py                 # the full run (a few minutes)
    python benchmarks/bench.py --quick         # fewer rounds, linearity up to 10 MB
    python benchmarks/bench.py --corpus DIR    # your own stories (*.txt under DIR)

Every figure is a median of several rounds; within a round the commands run one after the
other (alternating), so a slow moment of the machine hits them all alike. Times are wall
clock of whole commands, start-up included, as a pre-commit hook or a CI step pays them;
wirecheck's bytecode is compiled first, as ``pip install`` does for an installed package,
and its regex cache is filled by the uncounted warm-up round, as any earlier run fills it.
Peak memory is the maximum resident set size of the command and its children
(``os.wait4``). Prints every ratio with PASS/FAIL against the targets of issue 7; the exit
status is 0 even when a target fails (this is a measurement, not a test).

Needs ``codespell`` on PATH or next to this Python (``pip install codespell``); without it
the codespell comparisons are reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BIN = Path(sys.executable).parent

# The targets of issue 7.
ONE_STORY_VS_CODESPELL = 0.6
ONE_STORY_VS_CLICK = 2.0
CORPUS_VS_CODESPELL = 0.8
CORPUS_VS_TOKENISE = 3.0
TWO_JOBS_SPEEDUP = 1.7
PEAK_MB = 60.0
LINEARITY = 1.3

# The floor of the corpus: read every file and split it into words, nothing else.
TOKENISE = """\
import re, sys
word = re.compile(r"\\w+(?:['’]\\w+)*")
n = 0
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        n += len(word.findall(f.read().decode("utf-8", "replace")))
print(n)
"""


@dataclass
class Run:
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    failed: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def peak(self) -> float:
        return max(self.peak_mb) if self.peak_mb else float("nan")


def tool(name: str) -> str | None:
    """The console script ``name`` of this environment, else the one on PATH."""
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def timed(argv: Sequence[str], run: Run, ok: tuple[int, ...] = (0, 1)) -> None:
    """Run ``argv`` once, adding its wall time and peak RSS to ``run``."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in ok:
        run.failed = f"exit {code}: {stderr.strip()[-300:]}"
        return
    run.seconds.append(elapsed)
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    run.peak_mb.append(usage.ru_maxrss * scale / 1e6)


def alternate(
    commands: dict[str, list[str] | None], rounds: int, ok: dict[str, tuple[int, ...]]
) -> dict[str, Run]:
    """Run each command once per round, in turn; a warm-up round is not counted."""
    runs = {name: Run() for name in commands}
    for round_no in range(rounds + 1):
        for name, argv in commands.items():
            if argv is None:
                continue
            target = runs[name] if round_no else Run()
            timed(argv, target, ok.get(name, (0, 1)))
            if target.failed:
                runs[name].failed = target.failed
    return runs


# -- the corpus ---------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"\b\d{1,3}\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
_SLIPS = (
    ("the", "teh"),
    ("government", "goverment"),
    ("received", "recieved"),
    ("said", "siad"),
    ("which", "wich"),
)


def _vary(text: str, rng: random.Random) -> str:
    """Another story of the same shape: numbers, weekdays and the paragraph order changed,
    now and then a known misspelling, so no two stories of the corpus are alike."""
    text = _NUMBER_RE.sub(lambda m: str(rng.randint(1, 999)), text)
    text = _WEEKDAY_RE.sub(lambda m: rng.choice(_WEEKDAYS), text)
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 6:
        middle = paragraphs[3:-2]
        rng.shuffle(middle)
        paragraphs = paragraphs[:3] + middle + paragraphs[-2:]
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.3:
        right, wrong = rng.choice(_SLIPS)
        text = re.sub(rf"\b{right}\b", wrong, text, count=1)
    return text


def _text_of(raw: bytes) -> str:
    """A story's text (UTF-16 with a BOM, UTF-8, else Windows-1252), with LF newlines."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def build_corpus(directory: Path, stories: int, seed: int = 7) -> list[Path]:
    """``stories`` files made from the text fixtures with variation, written as UTF-8."""
    sources = []
    for path in sorted(FIXTURES.glob("*.txt")):
        if path.name == "README.md":
            continue
        sources.append(_text_of(path.read_bytes()))
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(stories):
        path = directory / f"story-{i:05d}.txt"
        path.write_text(_vary(sources[i % len(sources)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def big_input(path: Path, stories: Sequence[Path], megabytes: float, seed: int = 11) -> Path:
    """One input of about ``megabytes`` MB: corpus stories one after another, and once the
    corpus is used up, fresh variants of them (``_vary``), never a story twice verbatim.

    Repeating the corpus verbatim made the larger inputs cheaper per MB than the smaller
    ones for a reason real copy does not have: the parser measures a line it has already
    seen once (``classify``), so the second and later copies of the corpus in a 10 or
    100 MB input cost well under the first (0.59 / 0.30 / 0.21 s per MB at 1 / 10 / 100 MB)."""
    size = int(megabytes * 1_000_000)
    rng = random.Random(seed)
    chunks: list[bytes] = []
    total = 0
    first_pass = True
    while total < size:
        for story in stories:
            if first_pass:
                data = story.read_bytes()
            else:
                data = _vary(_text_of(story.read_bytes()), rng).encode("utf-8")
            data += b"\n\n"
            chunks.append(data)
            total += len(data)
            if total >= size:
                break
        first_pass = False
    path.write_bytes(b"".join(chunks)[:size])
    return path


# -- reporting ----------------------------------------------------------------------------


class Report:
    def __init__(self) -> None:
        self.rows: list[dict[str, object]] = []

    def line(self, text: str = "") -> None:
        print(text, flush=True)

    def target(
        self, name: str, value: float | None, limit: float, at_most: bool, detail: str
    ) -> None:
        if value is None or value != value:  # NaN: a command was missing or failed
            verdict = "SKIP"
            shown = "n/a"
        else:
            passed = value <= limit if at_most else value >= limit
            verdict = "PASS" if passed else "FAIL"
            shown = f"{value:.2f}"
        op = "<=" if at_most else ">="
        self.line(f"  [{verdict}] {name}: {shown} (target {op} {limit:g}) {detail}")
        self.rows.append(
            {
                "target": name,
                "value": None if shown == "n/a" else value,
                "limit": limit,
                "at_most": at_most,
                "verdict": verdict,
            }
        )


def ratio(a: Run, b: Run) -> float | None:
    if not a.seconds or not b.seconds:
        return None
    return a.median / b.median


def describe(name: str, run: Run) -> str:
    if run.failed and not run.seconds:
        return f"  {name:34} failed ({run.failed})"
    if not run.seconds:
        return f"  {name:34} skipped (not installed or not available)"
    spread = f"{min(run.seconds) * 1000:.0f}-{max(run.seconds) * 1000:.0f}"
    return (
        f"  {name:34} median {run.median * 1000:8.1f} ms  (range {spread} ms, "
        f"n={len(run.seconds)}, peak {run.peak:.1f} MB)"
    )


def compile_bytecode(python: str) -> None:
    """Write wirecheck's bytecode, as ``pip install`` does for an installed package.

    An editable install leaves that to the first run, and where PYTHONDONTWRITEBYTECODE is
    set (some CI images and development shells) no run ever writes it: every command then
    compiles each module edited since bytecode was last written, tens of milliseconds that
    codespell and click, compiled when pip installed them, never pay."""
    code = (
        "import compileall, os, wirecheck; "
        "compileall.compile_dir(os.path.dirname(wirecheck.__file__), quiet=2)"
    )
    subprocess.run([python, "-c", code], capture_output=True, check=False)


def has_jobs(wirecheck: str) -> bool:
    out = subprocess.run([wirecheck, "check", "--help"], capture_output=True, text=True)
    return "--jobs" in out.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a directory of stories (*.txt, recursive)")
    parser.add_argument(
        "--stories",
        type=int,
        default=2250,
        help="stories to build when no --corpus is given (default 2250)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="3 rounds instead of 7/5, linearity on 1, 3 and 10 MB"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    wirecheck = tool("wirecheck")
    if wirecheck is None:
        print("bench: no wirecheck command; install the project (pip install -e .)")
        return 2
    codespell = tool("codespell")
    python = sys.executable
    story_rounds, corpus_rounds = (3, 2) if args.quick else (11, 5)
    sizes = (1, 3, 10) if args.quick else (1, 10, 100)
    report = Report()
    compile_bytecode(python)
    jobs = has_jobs(wirecheck)

    with tempfile.TemporaryDirectory(prefix="wirecheck-bench-") as tmp_name:
        tmp = Path(tmp_name)
        # wirecheck keeps its compiled regexes in a cache (wirecheck.regexes), filled by
        # the uncounted warm-up round, as any earlier run fills it on a user's machine.
        # A folder of this run's own, so no earlier state counts; the cache-off row shows
        # what a first run pays.
        os.environ["WIRECHECK_CACHE_DIR"] = str(tmp / "cache")
        if args.corpus:
            files = sorted(p for p in args.corpus.rglob("*.txt") if p.is_file())
        else:
            files = build_corpus(tmp / "corpus", args.stories)
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        one = FIXTURES / "upi-diaz-canel-moscow.txt"
        names = [str(p) for p in files]
        report.line(
            f"wirecheck benchmark: {len(files)} stories, {size_mb:.1f} MB; one story: "
            f"{one.name} ({one.stat().st_size / 1000:.1f} KB); {os.cpu_count()} CPUs; "
            f"Python {sys.version.split()[0]}"
        )
        if codespell is None:
            report.line(
                "codespell is not installed: its comparisons are skipped (pip install codespell)"
            )
        if not jobs:
            report.line(
                "NOTE: this wirecheck has no `check --jobs` yet; the corpus runs "
                "without it (one process), and the two-jobs target is skipped."
            )

        # 1. One story.
        report.line("\nOne story (start-up dominates):")
        single = alternate(
            {
                "wirecheck check": [wirecheck, "check", str(one)],
                "wirecheck check, regex cache off": [
                    "env",
                    "WIRECHECK_CACHE_DIR=",
                    wirecheck,
                    "check",
                    str(one),
                ],
                "codespell": [codespell, str(one)] if codespell else None,
                'python -c "import click"': [python, "-c", "import click"],
            },
            story_rounds,
            {"codespell": (0, 1, 65)},
        )
        for name, run in single.items():
            report.line(describe(name, run))
        wc, cs, floor = (
            single["wirecheck check"],
            single["codespell"],
            single['python -c "import click"'],
        )
        report.target(
            "one story vs codespell",
            ratio(wc, cs),
            ONE_STORY_VS_CODESPELL,
            True,
            "(wirecheck / codespell)",
        )
        report.target(
            "one story vs click floor",
            ratio(wc, floor),
            ONE_STORY_VS_CLICK,
            True,
            "(wirecheck / python -c 'import click')",
        )

        # 2. The corpus.
        report.line(f"\nCorpus ({len(files)} stories):")
        base = [wirecheck, "check", "--format", "concise"]
        commands: dict[str, list[str] | None] = {
            "wirecheck check --jobs 1": [*base, "--jobs", "1", *names] if jobs else [*base, *names],
            "wirecheck check --jobs 2": [*base, "--jobs", "2", *names] if jobs else None,
            "codespell": [codespell, *names] if codespell else None,
            "read + regex tokenise (python)": [python, "-c", TOKENISE, *names],
        }
        corpus = alternate(commands, corpus_rounds, {"codespell": (0, 1, 65)})
        for name, run in corpus.items():
            report.line(describe(name, run))
        one_job, two_jobs = corpus["wirecheck check --jobs 1"], corpus["wirecheck check --jobs 2"]
        report.target(
            "corpus one job vs codespell",
            ratio(one_job, corpus["codespell"]),
            CORPUS_VS_CODESPELL,
            True,
            "(wirecheck / codespell)",
        )
        report.target(
            "corpus one job vs tokenise floor",
            ratio(one_job, corpus["read + regex tokenise (python)"]),
            CORPUS_VS_TOKENISE,
            True,
            "(wirecheck / read+tokenise)",
        )
        report.target(
            "two jobs speed-up",
            ratio(one_job, two_jobs),
            TWO_JOBS_SPEEDUP,
            False,
            "(one job / two jobs)" if jobs else "(no --jobs yet)",
        )

        # 3. Peak memory: the corpus, and the corpus four times over (it must not grow).
        report.line("\nPeak memory (max RSS of the command and its children):")
        big_list = names * (2 if args.quick else 4)
        one_job_args = [*base, "--jobs", "1"] if jobs else base
        memory = alternate({"corpus x4": [*one_job_args, *big_list]}, 1, {})
        peaks = [one_job.peak, two_jobs.peak, memory["corpus x4"].peak]
        report.line(
            f"  corpus, one job: {one_job.peak:.1f} MB; two jobs: "
            f"{two_jobs.peak:.1f} MB; corpus x{len(big_list) // len(names)} "
            f"({len(big_list)} stories): {memory['corpus x4'].peak:.1f} MB"
        )
        report.target(
            "peak memory (MB)",
            max(p for p in peaks if p == p),
            PEAK_MB,
            True,
            "(largest of the corpus runs)",
        )

        # 4. Linearity: one input of growing size, time per MB after start-up.
        # Start-up (interpreter, imports, word lists) is what checking one story costs.
        report.line("\nOne input of growing size (time per MB, one story's time subtracted):")
        startup = wc.median if wc.seconds else 0.0
        per_mb: dict[float, float] = {}
        for mb in sizes:
            path = big_input(tmp / f"big-{mb}.txt", files, mb)
            # A small input is cheap and its time the most at the mercy of a noisy machine
            # (start-up is a large share of it): more rounds there.
            rounds = 1 if mb >= 50 else (2 if mb >= 5 else 7)
            run = alternate({f"{mb} MB": [wirecheck, "check", str(path)]}, rounds, {})[f"{mb} MB"]
            if not run.seconds:
                report.line(f"  {mb:>4} MB: failed ({run.failed})")
                continue
            per_mb[mb] = (run.median - startup) / mb
            report.line(
                f"  {mb:>4} MB: {run.median:7.2f} s, {per_mb[mb]:.3f} s/MB, peak {run.peak:.0f} MB"
            )
            path.unlink()
        spread = max(per_mb.values()) / min(per_mb.values()) if len(per_mb) > 1 else None
        report.target(
            f"time per MB flat, {sizes[0]}-{sizes[-1]} MB",
            spread,
            LINEARITY,
            True,
            "(slowest / fastest s/MB)",
        )

        if args.json:
            figures = {
                "stories": len(files),
                "megabytes": size_mb,
                "jobs_option": jobs,
                "one_story": {k: v.seconds for k, v in single.items()},
                "corpus": {k: v.seconds for k, v in corpus.items()},
                "peak_mb": {
                    "one_job": one_job.peak,
                    "two_jobs": two_jobs.peak,
                    "corpus_x": memory["corpus x4"].peak,
                },
                "seconds_per_mb": per_mb,
                "targets": report.rows,
            }
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
