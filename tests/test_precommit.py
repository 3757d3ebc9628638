"""The pre-commit hook: its definition, the README's config, and the real thing.

The network test runs the real ``pre-commit try-repo`` against this repository in a new
git repository: pre-commit builds the hook's environment (installing wirecheck and its
dependencies from PyPI), then a story with a known misspelling fails the hook, which is
what blocks a commit, and a clean one passes. It is skipped where git or pre-commit is
missing, or when the environment cannot be installed (no network).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"
HOOKS = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_hook_definition() -> None:
    assert re.search(r"^- id: wirecheck$", HOOKS, re.MULTILINE)
    for line in ("entry: wirecheck check", "language: python", "types: [text]"):
        assert re.search(rf"^  {re.escape(line)}$", HOOKS, re.MULTILINE), line


def test_readme_config_uses_the_hook() -> None:
    found = re.search(r"<!-- pre-commit-config -->\s*```yaml\n(.*?)^```", README, re.S | re.M)
    assert found, "README.md has no .pre-commit-config.yaml block"
    config = found.group(1)
    assert re.search(r"^repos:\n  - repo: \S+.*\n    rev: \S+.*\n    hooks:\n", config, re.M)
    assert "      - id: wirecheck\n" in config


def _pre_commit() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        found = shutil.which("pre-commit")
        if found is None:
            pytest.skip("pre-commit is not installed (pip install pre-commit)")
        return [found]
    return [sys.executable, "-m", "pre_commit"]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.network
def test_pre_commit_blocks_a_misspelling_and_passes_a_clean_story(tmp_path: Path) -> None:
    pre_commit = _pre_commit()
    repo = tmp_path / "stories"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "desk@example.com")
    _git(repo, "config", "user.name", "Copy Desk")
    bad = SEED.read_text(encoding="utf-8")
    (repo / "bad.txt").write_text(bad, encoding="utf-8")
    (repo / "good.txt").write_text(bad.replace("disolved", "dissolved"), encoding="utf-8")
    _git(repo, "add", ".")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PRE_COMMIT_COLOR": "never",
    }
    env.pop("GITHUB_ACTIONS", None)

    def try_repo(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*pre_commit, "try-repo", str(ROOT), "wirecheck", "--files", name],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    blocked = try_repo("bad.txt")
    if blocked.returncode == 3:  # pre-commit's own failure: installing the environment
        log = tmp_path / "cache" / "pre-commit.log"
        detail = log.read_text(errors="replace")[-400:] if log.exists() else blocked.stdout
        pytest.skip(f"could not install the hook environment (no network?): {detail}")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "wirecheck" in blocked.stdout and "Failed" in blocked.stdout
    assert "bad.txt:35:96: WC101 `disolved` is a known misspelling of `dissolved`" in (
        blocked.stdout
    )
    passed = try_repo("good.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
