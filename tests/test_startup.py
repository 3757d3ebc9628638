"""Start-up: a command imports only what it needs.

A pre-commit hook starts wirecheck for every commit, so heavy modules stay out of the
paths that do not use them: rich renders a terminal report only, dateutil reads feed
timestamps only, ftfy repairs mojibake only, and the rule modules and word lists load only
when rules run (and only the selected ones). Each case runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecheck.rules import registry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"
HEAVY = ("rich", "dateutil", "ftfy", "defusedxml")

_PROBE = """
import io, json, sys
code = sys.argv[1]
out = sys.stdout
sys.stdout = io.StringIO()
try:
    exec(code)
except SystemExit:
    pass
finally:
    sys.stdout = out
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after(code: str, cwd: Path | None = None) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, code], capture_output=True, text=True, check=True, cwd=cwd
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _cli(*args: str) -> str:
    argv = ["wirecheck", *args]
    return f"import sys\nsys.argv = {argv!r}\nfrom wirecheck.entry import main\nmain()"


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in HEAVY}


def _rule_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m.startswith("wirecheck.rules.wc")}


def test_rule_modules_are_named_after_their_codes() -> None:
    """The registry imports a rule by its module name; name and code must agree."""
    for name in registry._module_names():
        assert registry._load(name).code == name[:5].upper(), name


def test_cli_import_loads_no_rule_and_no_heavy_module() -> None:
    modules = _modules_after("import wirecheck.cli")
    assert not _heavy(modules)
    assert not _rule_modules(modules)
    assert "wirecheck.spelling" not in modules


def test_parse_without_rules_loads_no_rule_module() -> None:
    modules = _modules_after(
        f"from wirecheck import parse\nparse(open({str(SEED)!r}, 'rb').read(), check=False)"
    )
    assert not _rule_modules(modules)
    assert not _heavy(modules)
    assert "wirecheck.spelling" not in modules


def test_check_of_plain_copy_loads_no_heavy_module() -> None:
    modules = _modules_after(_cli("check", "--format", "concise", str(SEED)))
    assert not _heavy(modules)
    assert "wirecheck.rules.wc402_article_before_possessive_name" in modules


def test_plain_check_of_files_does_not_import_click(tmp_path: Path) -> None:
    """`wirecheck check FILE...`, what a pre-commit hook runs, skips click (~25 ms)."""
    assert "click" not in _modules_after(_cli("check", str(SEED)), cwd=tmp_path)
    # with an option, the click command line runs
    assert "click" in _modules_after(_cli("check", "--quiet", str(SEED)), cwd=tmp_path)


def test_check_of_one_story_loads_neither_pathlib_nor_openssl(tmp_path: Path) -> None:
    """pathlib (with urllib.parse and ipaddress) only once a config file is found, hashlib
    (OpenSSL) only for a large input: together ~6 ms of a ~130 ms command."""
    modules = _modules_after(_cli("check", "--format", "concise", str(SEED)), cwd=tmp_path)
    assert "pathlib" not in modules
    assert "hashlib" not in modules


def test_story_digest_is_the_same_whichever_module_computes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    from wirecheck import api

    inputs = [b"", b"Storm hits coast\n", "é".encode() * 40_000, b"x" * (api._OPENSSL_FROM - 1)]
    expected = [hashlib.sha256(data).hexdigest() for data in inputs]
    # Without hashlib loaded, small inputs take CPython's own SHA-256 module.
    monkeypatch.delitem(sys.modules, "hashlib")
    assert [api._sha256(data) for data in inputs] == expected


@pytest.mark.parametrize(("select", "prefix"), [("WC4", "wc4"), ("WC101", "wc101")])
def test_select_imports_only_the_selected_rules(select: str, prefix: str) -> None:
    modules = _modules_after(_cli("check", "--select", select, str(SEED)))
    loaded = {m.rsplit(".", 1)[1] for m in _rule_modules(modules)}
    assert loaded
    assert all(name.startswith(prefix) for name in loaded), loaded
