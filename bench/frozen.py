"""Frozen vs unfrozen: build size, and start time to the login window, in the same run.

Usage: .venv/bin/python bench/frozen.py [--app dist/ekinerja] [--runs N]
(build first: .venv/bin/python installer/build.py). Aim: size < 150 MB, ratio <= 1.2x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common import alternate_until_shown, init_workspace

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-pass-1"


@dataclass(frozen=True)
class FrozenResult:
    size_bytes: int
    runs: int
    unfrozen_s: float
    frozen_s: float

    @property
    def ratio(self) -> float:
        return self.frozen_s / self.unfrozen_s


def executable(app_dir: Path) -> Path:
    # Windows: the console twin of ekinerja.exe (the windowed one has no stdout to report on).
    return app_dir / ("ekinerja-cli.exe" if sys.platform == "win32" else "ekinerja")


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def measure(app_dir: Path, runs: int = 7) -> FrozenResult:
    exe = executable(app_dir)
    if not exe.exists():
        raise SystemExit(f"{exe} not found: build first (python installer/build.py)")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "ws"
        init_workspace([str(exe)], data_dir, env, PASSWORD)
        shown_env = dict(env, EKINERJA_EXIT_WHEN_SHOWN="1")
        unfrozen = [sys.executable, "-m", "ekinerja_desktop", "--data-dir", str(data_dir)]
        frozen = [str(exe), "--data-dir", str(data_dir)]
        u, f = alternate_until_shown((unfrozen, shown_env), (frozen, shown_env), runs)
    return FrozenResult(
        size_bytes=dir_size(app_dir),
        runs=runs,
        unfrozen_s=statistics.median(u),
        frozen_s=statistics.median(f),
    )


def print_result(r: FrozenResult) -> None:
    print(f"frozen build size:         {r.size_bytes / 1e6:.1f} MB (aim < 150 MB)")
    print(f"unfrozen (venv) to window: median {r.unfrozen_s * 1000:.0f} ms over {r.runs} runs")
    print(f"frozen to window:          median {r.frozen_s * 1000:.0f} ms over {r.runs} runs")
    print(f"ratio frozen/unfrozen:     {r.ratio:.2f}x (aim <= 1.2x)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "ekinerja")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print_result(measure(args.app, runs=args.runs))


if __name__ == "__main__":
    main()
