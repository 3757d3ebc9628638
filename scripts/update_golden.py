"""Rewrite the golden files: fixtures/<name>.json, the expected parse of fixtures/<name>.txt.

Usage: python scripts/update_golden.py [NAME ...]

Run it only after a deliberate change of the parser or the rules, then read the diff of
the .json files before committing it: the goldens are the record of what changed. The
output is made with today fixed at GOLDEN_TODAY, so dateline years do not drift.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from wirecheck import parse

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
GOLDEN_TODAY = date(2026, 11, 29)


def golden(path: Path) -> str:
    """The golden JSON text for one fixture (path shown relative to the repository)."""
    story = parse(path.read_bytes(), path=f"fixtures/{path.name}", today=GOLDEN_TODAY)
    return json.dumps(story.to_dict(), ensure_ascii=False, indent=2) + "\n"


def main(names: list[str]) -> int:
    paths = [FIXTURES / f"{n}.txt" for n in names] if names else sorted(FIXTURES.glob("*.txt"))
    for path in paths:
        target = path.with_suffix(".json")
        text = golden(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
