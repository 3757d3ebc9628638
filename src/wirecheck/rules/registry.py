"""The list of rules and how they are run.

Rule modules are imported only when rules run, so ``wirecheck parse --no-check`` and the
library's structure-only path never pay for word lists.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from functools import cache

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules.base import Context, Rule

# Rule modules are named after their code (`wc101_known_misspelling.py`) and found by that
# name, so adding a rule is adding a module: no list to keep in step with the files.
_RULE_MODULE_RE = regex(r"^wc\d{3}_\w+$")


@cache
def _module_names() -> tuple[str, ...]:
    # The folder is listed directly: pkgutil (and the importlib.util it loads) would cost
    # ~0.7 ms of start-up for the same names.
    names = (n.removesuffix(".py") for n in os.listdir(os.path.dirname(__file__)))
    return tuple(sorted(n for n in names if _RULE_MODULE_RE.match(n)))


@cache
def _load(name: str) -> Rule:
    rule: Rule = importlib.import_module(f"wirecheck.rules.{name}").RULE
    return rule


def _module_code(name: str) -> str:
    return name[:5].upper()  # `wc101_known_misspelling` -> `WC101`


def module_codes() -> tuple[str, ...]:
    """Every rule's code, read from the module names (no rule is imported)."""
    return tuple(_module_code(name) for name in _module_names())


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule module's ``RULE``, in code order."""
    return tuple(sorted((_load(name) for name in _module_names()), key=lambda r: r.code))


def find_rule(code: str) -> Rule | None:
    """The rule with this code (case-insensitive), or None."""
    wanted = code.upper()
    # Only the module named after the code is imported (a test keeps names and codes in
    # step), so `--select WC101` does not pay for the other rules' imports.
    for name in _module_names():
        if _module_code(name) == wanted and _load(name).code == wanted:
            return _load(name)
    return next((r for r in all_rules() if r.code == wanted), None)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.upper()) for p in patterns)


def selected_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> tuple[Rule, ...]:
    """Rules whose code starts with a ``select`` prefix (all if none) and no ``ignore`` one.

    With ``select``, only the modules named after selected codes are imported; a code no
    module is named after is looked for among all rules.
    """
    select, ignore = tuple(select), tuple(ignore)
    names = [n for n in _module_names() if _matches(_module_code(n), select)] if select else []
    if names:
        candidates = tuple(sorted((_load(n) for n in names), key=lambda r: r.code))
    else:
        candidates = all_rules()
    return tuple(
        r
        for r in candidates
        if (not select or _matches(r.code, select)) and not _matches(r.code, ignore)
    )


def run_rules(ctx: Context, rules: Iterable[Rule]) -> tuple[Diagnostic, ...]:
    """Run the rules over one story; diagnostics sorted by position, then code."""
    found: list[Diagnostic] = []
    for rule in rules:
        found.extend(rule.check(ctx))
    found.sort(key=lambda d: (d.line, d.column, d.code))
    return tuple(found)
