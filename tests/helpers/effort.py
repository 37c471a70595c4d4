"""How hard the randomised soak tests try (kills at random points, random histories).

The test command (scripts/test.sh) runs them at the ``ci`` effort: enough random points
to catch a half-applied write, in a fraction of the time. ``EKINERJA_TEST_EFFORT=deep``
runs the counts the tests were written with, for a soak before a release."""

from __future__ import annotations

import os

DEEP = os.environ.get("EKINERJA_TEST_EFFORT", "ci").strip().lower() == "deep"


def effort(ci: int, deep: int) -> int:
    """``deep`` under EKINERJA_TEST_EFFORT=deep, else ``ci``."""
    return deep if DEEP else ci
