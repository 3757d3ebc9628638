"""Scale past one machine: ``parse`` is picklable and pure, and the Dask example runs.

The Dask tests are skipped when Dask is not installed (``pip install 'dask[bag]'``).
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from wirecheck import parse
from wirecheck.rules.base import CheckOptions

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _stories() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


def test_parse_and_its_options_pickle() -> None:
    assert pickle.loads(pickle.dumps(parse)) is parse
    options = CheckOptions(allow=frozenset({"Storchak"}))
    assert pickle.loads(pickle.dumps(options)) == options


@pytest.mark.parametrize("path", _stories(), ids=lambda p: p.name)
def test_a_parsed_story_round_trips_through_pickle(path: Path) -> None:
    story = parse(path.read_bytes(), path=path.name)
    again = pickle.loads(pickle.dumps(story, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == story
    assert again.to_dict() == story.to_dict()


def test_parse_keeps_no_state_between_stories() -> None:
    """A story parses the same alone, after others, and with other options in between."""
    paths = _stories()
    alone = {p.name: parse(p.read_bytes()).to_dict() for p in paths}
    for p in paths:
        parse(p.read_bytes(), select=("WC1",), options=CheckOptions(allow=frozenset({"the"})))
    for p in reversed(paths):
        assert parse(p.read_bytes()).to_dict() == alone[p.name], p.name


def _example() -> ModuleType:
    pytest.importorskip("dask.bag")
    spec = importlib.util.spec_from_file_location("dask_parse", ROOT / "examples" / "dask_parse.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    # Worker processes cannot import a file outside the package: ship its functions by
    # value, as Dask does for a script run as __main__.
    cloudpickle = pytest.importorskip("cloudpickle")
    cloudpickle.register_pickle_by_value(module)
    return module


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_dask_example_matches_parse(tmp_path: Path, scheduler: str) -> None:
    example = _example()
    archive = tmp_path / "archive"
    (archive / "2024").mkdir(parents=True)
    stories = _stories()
    for path in stories:
        shutil.copy(path, archive / "2024" / path.name)
    (archive / "2024" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")  # not text
    out = tmp_path / "out"

    counts = example.run(str(archive), str(out), scheduler=scheduler, partition_size=7)

    records = [
        json.loads(line)
        for part in sorted(out.glob("stories-*.jsonl"))
        for line in part.read_text("utf-8").splitlines()
    ]
    assert len(records) == len(stories) + 1
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert by_name["photo.txt"]["schema"] == "wirecheck.error/1"
    expected: dict[str, int] = {}
    for path in stories:
        story = parse(path.read_bytes(), path=str(archive / "2024" / path.name)).to_dict()
        assert by_name[path.name] == story, path.name
        for diagnostic in story["diagnostics"]:
            expected[diagnostic["code"]] = expected.get(diagnostic["code"], 0) + 1
    assert counts == dict(sorted(expected.items()))
