"""The model classes behave as the frozen, slotted dataclasses ``dataclass`` would make of
them: their written-out ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` (see
``wirecheck.model``) are checked against a twin that ``dataclass`` generates in full."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import wirecheck
from wirecheck import model
from wirecheck.rules.base import CheckOptions

CLASSES = (
    model.Source,
    model.Byline,
    model.Dateline,
    model.Caption,
    model.Related,
    model.Removed,
    model.Diagnostic,
    model.Span,
    model.Paragraph,
    model.Story,
    CheckOptions,
)
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _twin(cls: type) -> Any:
    """``cls`` as ``@dataclass(frozen=True, slots=True)`` makes it, methods generated."""
    namespace: dict[str, Any] = {
        "__annotations__": {f.name: f.type for f in dataclasses.fields(cls)},
        "__qualname__": cls.__qualname__,
        "__module__": __name__,
    }
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f.name] = dataclasses.field(default=f.default, compare=f.compare)
    return dataclasses.dataclass(frozen=True, slots=True)(type(cls.__name__, (), namespace))


TWINS: dict[type, Any] = {cls: _twin(cls) for cls in CLASSES}


def _objects(value: object) -> Iterator[Any]:
    """Every model object in ``value``, ``value`` included, depth first."""
    if isinstance(value, tuple):
        for item in value:
            yield from _objects(item)
    elif type(value) in TWINS:
        yield value
        for f in dataclasses.fields(value):  # type: ignore[arg-type]
            yield from _objects(getattr(value, f.name))


def _as_twin(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_as_twin(item) for item in value)
    if type(value) not in TWINS:
        return value
    values = {f.name: _as_twin(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return TWINS[type(value)](**values)


def _stories() -> list[model.Story]:
    names = ("upi-diaz-canel-moscow.txt", "ap-web-chrome.txt", "reuters-web.txt")
    stories = [wirecheck.parse((FIXTURES / name).read_bytes(), path=name) for name in names]
    return [*stories, dataclasses.replace(stories[0], wire={"service": "UPI"})]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_a_model_class_is_a_frozen_slotted_dataclass(cls: Any) -> None:
    twin = TWINS[cls]
    assert "__dict__" not in cls.__dict__  # slotted: instances have no __dict__
    assert cls.__slots__ == twin.__slots__
    assert cls.__match_args__ == twin.__match_args__
    ours, theirs = inspect.signature(cls), inspect.signature(twin)
    assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
        (p.name, p.kind, p.default) for p in theirs.parameters.values()
    ]
    assert dataclasses.is_dataclass(cls)


def test_model_objects_repr_compare_and_hash_as_generated_ones_do() -> None:
    stories = _stories()
    options = CheckOptions(allow=frozenset({"Storchak"}), reference_date=date(2024, 11, 2))
    seen = 0
    for top in (*stories, options, CheckOptions()):
        for obj in _objects(top):
            twin = _as_twin(obj)
            assert repr(obj) == repr(twin)
            assert hash(obj) == hash(twin)
            assert obj == copy.copy(obj) and obj == pickle.loads(pickle.dumps(obj))
            assert obj != twin  # another class: as a dataclass, never equal
            seen += 1
    assert seen > 100
    # `wire` does not compare, as `field(compare=False)` says; every other field does.
    plain, with_wire = stories[0], stories[-1]
    assert plain == with_wire and hash(plain) == hash(with_wire)
    assert plain != dataclasses.replace(plain, headline="Another headline")
    first = plain.paragraphs[0]
    assert first != dataclasses.replace(first, spans=first.spans[:1] * 2)


def test_model_objects_are_frozen_and_work_with_the_dataclass_functions() -> None:
    story = _stories()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        story.headline = "Changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del story.source.path
    assert dataclasses.asdict(story)["source"]["sha256"] == story.source.sha256
    changed = dataclasses.replace(story, headline="Changed")
    assert (changed.headline, changed.paragraphs) == ("Changed", story.paragraphs)
    assert model.Span(1, 2, 3) == model.Span(start=1, line=2, column=3)
    with pytest.raises(TypeError):
        model.Span(1, 2)  # type: ignore[call-arg]
