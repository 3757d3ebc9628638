"""Test-wide settings: property tests draw the same examples on every run.

CI must be deterministic, so the default hypothesis profile derandomizes (a fixed seed per
test) and keeps no example database. To hunt for new failures, run with
``HYPOTHESIS_PROFILE=explore``: random examples, and failures are remembered.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
