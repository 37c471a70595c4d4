"""Where the suite's CPU goes: ``pytest -p tests.helpers.cpu_report`` writes, per test,
the CPU seconds its set-up, call and tear-down took in the test process and in the
programs it started (children that ended), to ``artifacts/test-cpu-<worker>.tsv``.
``python -m tests.helpers.cpu_report`` sums those files per test module.

Wall-clock durations (``--durations``) mislead on a loaded machine and count sleeps; CPU
seconds are what a parallel run on two cores actually shares out."""

from __future__ import annotations

import os
import resource
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    own_before, children_before = _cpu()
    yield
    own_after, children_after = _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    ARTIFACTS.mkdir(exist_ok=True)
    with open(ARTIFACTS / f"test-cpu-{worker}.tsv", "a", encoding="utf-8") as out:
        out.write(
            f"{item.nodeid}\t{own_after - own_before:.3f}\t{children_after - children_before:.3f}\n"
        )


def main() -> None:
    own: dict[str, float] = defaultdict(float)
    children: dict[str, float] = defaultdict(float)
    for path in sorted(ARTIFACTS.glob("test-cpu-*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            nodeid, cpu, child = line.split("\t")
            module = nodeid.split("::")[0]
            own[module] += float(cpu)
            children[module] += float(child)
    total = sum(own.values()) + sum(children.values())
    print(f"{'own':>8} {'children':>8}  module   (total {total:.0f} CPU-s)")
    for module in sorted(own, key=lambda m: own[m] + children[m], reverse=True)[:60]:
        print(f"{own[module]:8.1f} {children[module]:8.1f}  {module}")


if __name__ == "__main__":
    sys.exit(main())
