"""Measure the parser on the naeb-dev set: whole news pages saved as text, with gold.

Usage: python scripts/eval_naeb.py [DATA_DIR] [--show N] [--worst N]

DATA_DIR defaults to ../shared/data/naeb-dev beside the project root. The data is never
copied into the repository; this script only reads it. Scoring follows the set's README:
4-token shingles of `\\w+` tokens, multiset overlap per page, precision and recall averaged
over pages, F1 of the means. It also reports headline and byline accuracy and lost words
(input words that appear nowhere in the parse output).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from wirecheck import Story, parse
from wirecheck.patterns.credits import ORGANISATIONS

_TOKEN_RE = re.compile(r"\w+")
_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "naeb-dev"


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text.lower())
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0)))


def overlap(gold: str, pred: str) -> tuple[float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    precision = 1.0 if fp == 0 and fn == 0 else tp / (tp + fp) if tp + fp else 0.0
    recall = 1.0 if fp == 0 and fn == 0 else tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _norm_names(names: list[str]) -> list[str]:
    return sorted(_norm(n) for n in names if n.strip())


def _is_org(name: str) -> bool:
    key = name.casefold().strip(" .")
    return key in ORGANISATIONS or key.removeprefix("the ") in ORGANISATIONS


def lost_words(raw: str, story_json: str) -> list[str]:
    out = Counter(_TOKEN_RE.findall(story_json))
    return [w for w in set(_TOKEN_RE.findall(raw)) if w not in out]


_WIRE_DATELINE = "WASHINGTON (AP) —"
_WIRE_TOP = f"By Jane Doe\nAssociated Press Writer\n\n{_WIRE_DATELINE} "


def _hard_wrapped(text: str) -> str:
    """Paragraphs wrapped at 68 columns, each opening with an indent, no blank lines."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return "\n".join(textwrap.fill(p, 68, initial_indent="   ") for p in paragraphs) + "\n"


def _wrap(paragraph: str, width: int, first: str = "", rest: str = "") -> str:
    return textwrap.fill(
        paragraph, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    )


def _fmt_tab(paragraph: str, width: int) -> str:
    """A paragraph wrapped the way `fmt` does under a leading tab: the tab takes 8 columns."""
    return "\t" + _wrap(paragraph, width, " " * 8)[8:]


# Archive layouts of one story (title, paragraphs): the hard-wrapped shapes of
# wire-styles.md section 2. Each must give the paragraphs that the same story with one
# line per paragraph gives.
_ARCHIVE_LAYOUTS: dict[str, Callable[[str, list[str]], str]] = {
    "first-line indent 4, 68 columns": lambda t, ps: (
        t + "\n\n" + "\n".join(_wrap(p, 68, "    ") for p in ps)
    ),
    "tab indent as fmt wraps it, 72": lambda t, ps: (
        t + "\n\n" + "\n".join(_fmt_tab(p, 72) for p in ps)
    ),
    "tab indent counted as 1 column, 72": lambda t, ps: (
        t + "\n\n" + "\n".join(_wrap(p, 72, "\t") for p in ps)
    ),
    "hanging indent 5, 76": lambda t, ps: (
        t + "\n\n" + "\n".join(_wrap(p, 76, "", "     ") for p in ps)
    ),
    "blank line between paragraphs, 64": lambda t, ps: (
        t + "\n\n" + "\n\n".join(_wrap(p, 64) for p in ps)
    ),
    "no blank lines, By line under the title": lambda t, ps: (
        t + "\nBy Jane Doe\n" + "\n".join(_wrap(p, 70, "   ") for p in ps)
    ),
    "short story (3 paragraphs), indent 4": lambda t, ps: (
        t + "\n\n" + "\n".join(_wrap(p, 68, "    ") for p in ps[:3])
    ),
}


def _squeezed(paragraphs: Sequence[str]) -> list[str]:
    return [re.sub(r"\s+", "", p) for p in paragraphs]


def _same_story(a: Story, b: Story) -> bool:
    """The same headline (in any case) and the same paragraphs (wrapping aside)."""
    return (a.headline or "").casefold() == (b.headline or "").casefold() and _squeezed(
        a.body
    ) == _squeezed(b.body)


def _with_dateline(story: Story) -> list[str]:
    """The body as the gold writes it: the dateline kept at the start of the first paragraph."""
    paragraphs = list(story.body)
    if story.dateline and paragraphs:
        paragraphs[0] = f"{story.dateline.raw} {paragraphs[0]}"
    return paragraphs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=_DEFAULT)
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with lowest F1")
    ap.add_argument("--titles", action="store_true", help="list headline misses")
    ap.add_argument("--authors", action="store_true", help="list byline misses")
    ap.add_argument("--archive", action="store_true", help="list archive-layout misses")
    args = ap.parse_args()
    gold_path = args.data / "gold.jsonl"
    if not gold_path.is_file():
        print(f"naeb-dev data not found at {args.data} (expected gold.jsonl); nothing measured.")
        return 1
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    precisions, recalls, per_page = [], [], []
    titles_ok = authors_ok = people_ok = pasted_ok = 0
    pasted_p, pasted_r = [], []
    wire_ok = wrapped_ok = 0
    wire_p, wire_r, wrapped_p, wrapped_r = [], [], [], []
    lost_total = 0
    archive_n = 0
    archive_same: Counter[str] = Counter()
    started = time.perf_counter()
    for row in rows:
        raw_bytes = (args.data / row["file"]).read_bytes()
        story = parse(raw_bytes, path=row["file"], check=False)
        pred = "\n\n".join(_with_dateline(story))
        p, r = overlap(row["text"], pred)
        precisions.append(p)
        recalls.append(r)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_page.append((f1, row["file"], p, r))
        if _norm(story.headline or "") == _norm(row["title"]):
            titles_ok += 1
        elif args.titles:
            print(f"TITLE {row['file']}: got {story.headline!r} want {row['title']!r}")
        gold_names = _norm_names(row["authors"].split(",")) if row["authors"] else []
        got_names = _norm_names(list(story.byline.names)) if story.byline else []
        if gold_names == got_names:
            authors_ok += 1
        # The spec says agencies are not people: score that reading too.
        if [n for n in gold_names if not _is_org(n)] == got_names:
            people_ok += 1
        elif args.authors:
            raw = story.byline.raw if story.byline else None
            print(f"AUTHOR {row['file']}: got {got_names} ({raw!r}) want {gold_names}")
        # The same story pasted clean: the gold title, a blank line, the gold text.
        pasted = parse(f"{row['title']}\n\n{row['text']}", check=False)
        pasted_ok += pasted.headline == row["title"]
        p, r = overlap(row["text"], "\n\n".join(_with_dateline(pasted)))
        pasted_p.append(p)
        pasted_r.append(r)
        # And as wire copy: headline, an AP byline and writer line, a dateline.
        wire = parse(f"{row['title']}\n\n{_WIRE_TOP}{row['text'].strip()}", check=False)
        wire_ok += (
            wire.headline == row["title"]
            and wire.byline is not None
            and wire.byline.names == ("Jane Doe",)
            and wire.dateline is not None
            and wire.dateline.raw == _WIRE_DATELINE
        )
        p, r = overlap(row["text"], "\n\n".join(wire.body))
        wire_p.append(p)
        wire_r.append(r)
        # And as archive copy: the title in capitals, paragraphs hard-wrapped and indented.
        wrapped = parse(f"{row['title'].upper()}\n\n{_hard_wrapped(row['text'])}", check=False)
        wrapped_ok += wrapped.headline == row["title"].upper()
        p, r = overlap(row["text"], "\n\n".join(wrapped.body))
        wrapped_p.append(p)
        wrapped_r.append(r)
        # And in each archive layout: the same headline and paragraphs as pasted copy.
        paragraphs = [p.strip() for p in row["text"].split("\n") if p.strip()]
        if len(paragraphs) >= 2:
            archive_n += 1
            # The reference: the same paragraphs as web copy, one line each.
            web = parse(f"{row['title']}\n\n" + "\n\n".join(paragraphs), check=False)
            short = parse(f"{row['title']}\n\n" + "\n\n".join(paragraphs[:3]), check=False)
            for name, layout in _ARCHIVE_LAYOUTS.items():
                reference = short if name.startswith("short") else web
                same = _same_story(parse(layout(row["title"], paragraphs), check=False), reference)
                archive_same[name] += same
                if not same and args.archive:
                    print(f"ARCHIVE {row['file']}: {name}")
        lost = lost_words(
            raw_bytes.decode("utf-8", "replace"), json.dumps(story.to_dict(), ensure_ascii=False)
        )
        lost_total += len(lost)
        if lost:
            print(f"LOST {row['file']}: {lost[:10]}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    n = len(rows)
    precision, recall = sum(precisions) / n, sum(recalls) / n
    f1 = 2 * precision * recall / (precision + recall)
    if args.worst:
        for f, name, p, r in sorted(per_page)[: args.worst]:
            print(f"{f:.3f}  P={p:.3f} R={r:.3f}  {name}")
    print(f"pages            {n}")
    print(f"body precision   {precision:.3f}")
    print(f"body recall      {recall:.3f}")
    print(f"body F1          {f1:.3f}   (target >= 0.92; raw page text 0.662)")
    print(f"headline equal   {titles_ok / n:.1%}   (target >= 95%)")
    print(f"byline names     {authors_ok / n:.1%}   (target >= 90%)")
    print(f"  people only    {people_ok / n:.1%}   (gold authors that are agencies not counted)")
    print(f"words lost       {lost_total}   (target 0)")
    pp, pr = sum(pasted_p) / n, sum(pasted_r) / n
    print(f"pasted clean     headline {pasted_ok / n:.1%}, body F1 {2 * pp * pr / (pp + pr):.3f}")
    print("                 (the gold title, a blank line and the gold text, parsed)")
    wp, wr = sum(wire_p) / n, sum(wire_r) / n
    print(
        f"as wire copy     headline, byline and dateline {wire_ok / n:.1%}, "
        f"body F1 {2 * wp * wr / (wp + wr):.3f}"
    )
    print(f"                 (gold title, `By Jane Doe` + AP writer line, `{_WIRE_DATELINE}` text)")
    ap, ar = sum(wrapped_p) / n, sum(wrapped_r) / n
    print(f"as archive copy  headline {wrapped_ok / n:.1%}, body F1 {2 * ap * ar / (ap + ar):.3f}")
    print("                 (the title in capitals, paragraphs wrapped at 68 columns, indented)")
    print("archive layouts  headline and paragraphs the same as in one-line paragraphs:")
    for name in _ARCHIVE_LAYOUTS:
        print(f"  {name:<40} {archive_same[name] / archive_n:.1%}")
    print(f"time             {elapsed:.2f} s ({elapsed / n * 1000:.1f} ms/page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
