"""Shared pieces of the benches: paired runs against a floor, one result row, and the
start of the program up to its first window."""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def ensure_bytecode() -> None:
    """Compile the program's modules once, as an installed program has them: with
    PYTHONDONTWRITEBYTECODE set (CI, some shells) every measured process would compile
    its source again (~0.1 s for the page modules alone) and time that instead."""
    compileall.compile_dir(str(SRC), quiet=1)


@dataclass(frozen=True)
class Result:
    """One measure next to its floor measured in the same run. ``ratio`` is the median
    of the per-pair ratios (A/B of each adjacent pair), not a ratio of medians."""

    measure: str
    value: float  # seconds, median
    floor: float  # seconds, median
    ratio: float
    goal: str  # text, e.g. "<= 100 ms"
    ok: bool
    floor_name: str = ""

    @property
    def verdict(self) -> str:
        return "ok" if self.ok else "MISS"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def child_output(args: list[str], env: dict[str, str], timeout: float) -> list[str]:
    """The whitespace-split standard output of ``python args`` (it must succeed)."""
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    ).stdout.split()


def paired(
    product: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[float, float, float, list[float]]:
    """Alternate A, B, A, B ... (machine drift hits both); each callable returns its own
    elapsed seconds. Returns (median A, median B, median of pair ratios, pair ratios)."""
    product()
    floor()  # warm both once
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(product())
        b.append(floor())
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios), ratios


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def print_table(results: list[Result]) -> None:
    head = ("measure", "value", "floor", "ratio", "goal", "verdict")
    rows = [
        (r.measure, ms(r.value), ms(r.floor), f"{r.ratio:.2f}x", r.goal, r.verdict) for r in results
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    print(line.format(*head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row))
    floors = [f"  {r.measure}: {r.floor_name}" for r in results if r.floor_name]
    if floors:
        print("\nfloors:")
        print("\n".join(floors))


def init_workspace(program: list[str], data_dir: Path, env: dict[str, str], password: str) -> None:
    """``program init`` an office workspace in ``data_dir`` (admin ``admin``)."""
    subprocess.run(
        [
            *program,
            "init",
            "--data-dir",
            str(data_dir),
            "--role",
            "office",
            "--agency",
            "Bench",
            "--admin",
            "admin",
        ],
        env=dict(env, EKINERJA_PASSWORD=password),
        check=True,
        capture_output=True,
    )


def time_until_shown(cmd: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Wall time from process launch to the program's "shown" line (first window up)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout)
            return elapsed
    proc.wait(timeout)
    raise RuntimeError(f"{cmd} never reported a shown window")


def floor_queries(year: int) -> list[str]:
    """The rows the central dashboard reads for ``year``, as bare SQL: its floor."""
    first, last = f"{year}-01-01", f"{year}-12-31"
    return [
        f"SELECT * FROM log_year_rollup WHERE year = {year}",
        "SELECT id, unit_id, status, active_from, active_to FROM employee "
        "WHERE active = 1 AND deleted = 0",
        f"SELECT employee_id, revision, status FROM skp WHERE year = {year} AND deleted = 0",
        "SELECT employee_id, period_code, revision, status, predikat FROM evaluation "
        f"WHERE year = {year} AND deleted = 0",
        "SELECT employee_id, jp_credited FROM training WHERE status = 'Diverifikasi' "
        f"AND start_date >= '{first}' AND start_date <= '{last}' AND deleted = 0",
    ]


def alternate_until_shown(
    a: tuple[list[str], dict[str, str]], b: tuple[list[str], dict[str, str]], runs: int
) -> tuple[list[float], list[float]]:
    """``time_until_shown`` of two (command, environment) pairs ``runs`` times each: the
    page cache warmed once for both, then alternated so that drift hits both equally."""
    time_until_shown(*a)
    time_until_shown(*b)
    a_times, b_times = [], []
    for _ in range(runs):
        a_times.append(time_until_shown(*a))
        b_times.append(time_until_shown(*b))
    return a_times, b_times
