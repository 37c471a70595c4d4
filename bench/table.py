"""``make bench``: runs the benches and prints ONE table - measure, floor, ratio (the
median of per-pair ratios, each pair run back to back), goal, verdict.

Rows: start-up to the login window (floor: a bare PySide6 window), login to the home
page (floor: the same login with the pages imported on the path, as before issue 19),
bundle import of 50k and 200k daily logs into a real central (floor: raw executemany of
the same rows into the same central, bench/sync.py; --million adds 1,000,000 rows, one
pair after the warm one, about a quarter of an hour), then the city pages of
bench/pages.py on a city workspace built once and reused (EKINERJA_BENCH_CITY;
--no-city leaves them out).

Usage: .venv/bin/python bench/table.py [--runs N] [--city DIR] [--no-city] [--million]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import login
import pages
import startup
import sync
from common import Result, print_table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--city", type=Path, default=pages.DEFAULT_CITY)
    parser.add_argument("--no-city", action="store_true")
    parser.add_argument("--million", action="store_true", help="add the 1M-row import")
    args = parser.parse_args()
    results: list[Result] = []
    a, b, ratio, _pairs = startup.measure(args.runs)
    results.append(
        Result(
            "start -> login window",
            a,
            b,
            ratio,
            "<= 1.3x",
            ratio <= 1.3,
            "a bare PySide6 window (QMainWindow + QTableView), fresh process",
        )
    )
    product, before = login.measure(args.runs)
    home = [p[0] for p in product]
    old = [p[0] for p in before]
    ratios = [x / y for x, y in zip(home, old, strict=True)]
    results.append(
        Result(
            "password accepted -> home",
            statistics.median(home),
            statistics.median(old),
            statistics.median(ratios),
            "<= 300 ms",
            statistics.median(home) <= 0.3,
            "the same login with the page modules imported on the path",
        )
    )
    for rows in (50_000, 200_000):
        results.append(sync.measure_import(rows, min(args.runs, 3)))
    if args.million:
        results.append(sync.measure_import(1_000_000, 1))
    if not args.no_city:
        results += pages.city_cases(args.city, args.runs)
    print()
    print_table(results)


if __name__ == "__main__":
    main()
