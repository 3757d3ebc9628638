"""Every fixture parses to its golden JSON (fixtures/<name>.json), field for field.

A failure here means the parser's or a rule's output changed. If the change is meant,
regenerate with `python scripts/update_golden.py NAME` and review the JSON diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from update_golden import golden  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_matches_golden(path: Path) -> None:
    expected_path = path.with_suffix(".json")
    assert expected_path.exists(), f"no golden file; run scripts/update_golden.py {path.stem}"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert json.loads(golden(path)) == expected
