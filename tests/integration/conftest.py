"""Fixtures of the integration tests."""

from __future__ import annotations

import pytest

from tests.helpers.demo import demo_result


@pytest.fixture
def demo(ws, prepared):
    """The office demo (a ``DemoResult``) of a module marked
    ``prepared(build=office_demo)``, for this test's copy ``ws``."""
    return demo_result(ws, prepared)
