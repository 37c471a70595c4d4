"""Startup benchmark: process start -> login window shown, next to a bare PySide6 window
(QMainWindow + QTableView) measured in the same run. Prints medians and the ratio.

Usage: .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from common import alternate_until_shown, ensure_bytecode, init_workspace

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
from PySide6.QtCore import QEvent, QObject
class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self); print("shown", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.setCentralWidget(QTableView())
probe = Probe(); w.installEventFilter(probe); w.show()
app.exec()
"""


def measure(runs: int) -> tuple[float, float, float, list[float]]:
    """Login window vs the bare window: (median app, median bare, median pair ratio,
    pair ratios), runs alternating."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    ensure_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "ws"
        init_workspace([sys.executable, "-m", "ekinerja_desktop"], data_dir, env, "bench-pass-1")
        app_cmd = [sys.executable, "-m", "ekinerja_desktop", "--data-dir", str(data_dir)]
        app_env = dict(env, EKINERJA_EXIT_WHEN_SHOWN="1")
        bare_cmd = [sys.executable, "-c", BARE]
        bare, app = alternate_until_shown((bare_cmd, env), (app_cmd, app_env), runs)
    ratios = [a / b for a, b in zip(app, bare, strict=True)]
    return statistics.median(app), statistics.median(bare), statistics.median(ratios), ratios


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    a, b, ratio, _pairs = measure(args.runs)
    print(f"bare PySide6 window (floor): median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"e-Kinerja login window:      median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio: {ratio:.2f}x the floor, median of pairs (goal <= 1.3x, issue 19)")


if __name__ == "__main__":
    main()
