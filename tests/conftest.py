"""Test-wide settings: property tests draw the same examples on every run.

CI must be deterministic, so the default hypothesis profile derandomizes (a fixed seed per
test) and keeps no example database. To hunt for new failures, run with
``HYPOTHESIS_PROFILE=explore``: random examples, and failures are remembered.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import settings

# The compiled-regex cache (wirecheck.regexes) of this run, and of the commands the tests
# start, goes to a folder of its own rather than the user's cache.
if "WIRECHECK_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="wirecheck-test-cache-")
    os.environ["WIRECHECK_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
