"""Every rule, whoever wrote it, documents itself and proves its examples.

For each rule in the registry: a docstring with the four sections that `wirecheck rule CODE`
prints (What it does / Why / Example / Use instead), at least one good and one bad example,
and each example parsed end to end with only that rule selected: the bad ones must yield a
diagnostic of the rule's code, the good ones none.
"""

from __future__ import annotations

import re

import pytest

import wirecheck
from wirecheck.rules.base import Example, Rule
from wirecheck.rules.registry import all_rules

SECTIONS = ("What it does", "Why", "Example", "Use instead")
SEVERITIES = {"error", "warning", "info"}

# Rules about how a file's bytes were read cannot show their bad case as text: the bad
# example stands for the same text saved in this encoding (a legacy editor's file).
BAD_EXAMPLE_ENCODING = {"WC505": "cp1252"}

RULES = all_rules()


def _ids(rule: Rule) -> str:
    return rule.code


def _section_titles(doc: str) -> set[str]:
    """Lines that are a section title: `What it does`, `## Why`, `Example:` ..."""
    titles = set()
    for line in doc.splitlines():
        title = line.strip().lstrip("#").strip().rstrip(":").strip()
        if title:
            titles.add(title.casefold())
    return titles


def _example_input(rule: Rule, example: Example) -> str | bytes:
    encoding = BAD_EXAMPLE_ENCODING.get(rule.code)
    if encoding and not example.good:
        return example.text.encode(encoding)
    return example.text


def test_there_are_rules() -> None:
    assert RULES, "the registry found no rule modules"


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_identity(rule: Rule) -> None:
    assert re.fullmatch(r"WC[1-9]\d\d", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)
    assert rule.severity in SEVERITIES
    assert rule.summary.strip()
    assert callable(rule.check)


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_doc_has_the_four_sections(rule: Rule) -> None:
    titles = _section_titles(rule.doc)
    missing = [s for s in SECTIONS if s.casefold() not in titles]
    assert not missing, f"{rule.code} doc lacks {missing}"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_has_good_and_bad_examples(rule: Rule) -> None:
    assert any(e.good for e in rule.examples), f"{rule.code} has no good example"
    assert any(not e.good for e in rule.examples), f"{rule.code} has no bad example"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_examples_hold(rule: Rule) -> None:
    for example in rule.examples:
        story = wirecheck.parse(_example_input(rule, example), check=True, select=[rule.code])
        codes = [d.code for d in story.diagnostics]
        if example.good:
            assert rule.code not in codes, (
                f"{rule.code} flags its good example: {story.diagnostics}\n{example.text}"
            )
        else:
            assert rule.code in codes, f"{rule.code} misses its bad example:\n{example.text}"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_diagnostics_are_well_formed(rule: Rule) -> None:
    for example in rule.examples:
        story = wirecheck.parse(_example_input(rule, example), check=True, select=[rule.code])
        lines = len(example.text.split("\n"))
        for d in story.diagnostics:
            assert (d.code, d.rule, d.severity) == (rule.code, rule.name, rule.severity)
            assert 1 <= d.line <= d.end_line <= lines
            assert d.column >= 1 and d.end_column >= 1
            if d.line == d.end_line:
                assert d.end_column >= d.column
            assert d.message.strip()
