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


def untimed(max_examples: int | None = None, *, fixtures: bool = False):
    """Hypothesis settings without the per-example deadline (a slow machine is no
    failure), of ``max_examples`` when given; ``fixtures``: a property test over a
    function-scoped fixture (a workspace), slow by nature - those health checks are off."""
    from hypothesis import HealthCheck, settings

    values: dict = {"deadline": None}
    if max_examples is not None:
        values["max_examples"] = max_examples
    if fixtures:
        values["suppress_health_check"] = [
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
        ]
    return settings(**values)


UNTIMED = untimed()
