"""The list of rules and how they are run.

Rule modules are imported only when rules run, so ``wirecheck parse --no-check`` and the
library's structure-only path never pay for word lists.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache

from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Rule

# One line per rule module, in code order.
RULE_MODULES: tuple[str, ...] = ()


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in code order."""
    rules = tuple(importlib.import_module(f"wirecheck.rules.{name}").RULE for name in RULE_MODULES)
    return tuple(sorted(rules, key=lambda r: r.code))


def find_rule(code: str) -> Rule | None:
    """The rule with this code (case-insensitive), or None."""
    wanted = code.upper()
    return next((r for r in all_rules() if r.code == wanted), None)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.upper()) for p in patterns)


def selected_rules(
    select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> tuple[Rule, ...]:
    """Rules whose code starts with a ``select`` prefix (all if none) and no ``ignore`` one."""
    select, ignore = tuple(select), tuple(ignore)
    return tuple(
        r
        for r in all_rules()
        if (not select or _matches(r.code, select)) and not _matches(r.code, ignore)
    )


def run_rules(ctx: Context, rules: Iterable[Rule]) -> tuple[Diagnostic, ...]:
    """Run the rules over one story; diagnostics sorted by position, then code."""
    found: list[Diagnostic] = []
    for rule in rules:
        found.extend(rule.check(ctx))
    found.sort(key=lambda d: (d.line, d.column, d.code))
    return tuple(found)
