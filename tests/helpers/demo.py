"""The populated office demo the demo tests share (``pytest.mark.prepared``)."""

from __future__ import annotations

from ekinerja_desktop.services.demo import DemoResult
from ekinerja_desktop.services.demo import data as demo_data

SEED = 7


def office_demo(ws, _admin) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """Populate ``ws`` with the office-scale demo of ``SEED``; its accounts and counts."""
    result = DemoResult(ws.data_dir)
    demo_data.populate(ws, result, scale="office", seed=SEED, progress=lambda *_a: None)
    return result.accounts, result.counts


def demo_result(ws, prepared) -> DemoResult:
    """The ``DemoResult`` of ``office_demo`` for this test's copy ``ws``."""
    accounts, counts = prepared
    return DemoResult(ws.data_dir, accounts, counts)
