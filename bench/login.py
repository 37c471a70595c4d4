"""Login-to-home benchmark: from the accepted password to the main window's first paint,
in a fresh process each run, with the page modules preloaded while the login window
waits (the product) and without (the page imports on the path, as before issue 19).
Runs alternate (A, B, A, B ...) so machine drift hits both; prints medians and the ratio.

Usage: .venv/bin/python bench/login.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import child_output, ensure_bytecode

PASSWORD = "bench-login-kopi-1"

CHILD = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from ekinerja_desktop.gui import app as appmod
from ekinerja_desktop.gui.app import AppController, make_application

preload = sys.argv[2] == "preload"
if not preload:
    appmod.PRELOAD_DELAY_MS = 10**8
qapp = make_application()
ctrl = AppController(qapp, Path(sys.argv[1]), None)
ctrl.start()
ctrl.runner.wait_for_done()
qapp.processEvents()
t = {}

class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and "shown" not in t:
            t["shown"] = time.perf_counter()
            QTimer.singleShot(0, qapp.quit)
        return False

probe = Probe()
orig = ctrl._logged_in

def logged_in(value):
    t["auth"] = time.perf_counter()
    orig(value)
    ctrl.main_window.installEventFilter(probe)

ctrl._logged_in = logged_in

def go():
    t["start"] = time.perf_counter()
    ctrl.request_login("admin", sys.argv[3])

# A person needs seconds to type a password; 4 s leaves the preloading time to finish.
QTimer.singleShot(4000, go)
qapp.exec()
print(f"{t['shown'] - t['auth']:.4f} {t['shown'] - t['start']:.4f}", flush=True)
os._exit(0)
"""


def _run(data_dir: Path, mode: str, env: dict[str, str]) -> tuple[float, float]:
    out = child_output(["-c", CHILD, str(data_dir), mode, PASSWORD], env, 120)
    return float(out[-2]), float(out[-1])


def measure(runs: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(preloaded, imported on login) runs, alternating; each (home, click-to-home)."""
    ensure_bytecode()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "ws"
        subprocess.run(
            [sys.executable, "-m", "ekinerja_desktop", "init", "--data-dir", str(data_dir),
             "--role", "office", "--agency", "Bench", "--admin", "admin"],
            env=dict(env, EKINERJA_PASSWORD=PASSWORD),
            check=True,
            capture_output=True,
        )  # fmt: skip
        _run(data_dir, "preload", env)  # warm the page cache
        product, before = [], []
        for _ in range(runs):
            product.append(_run(data_dir, "preload", env))
            before.append(_run(data_dir, "none", env))
    return product, before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    product, before = measure(args.runs)
    p_home = statistics.median(p[0] for p in product)
    b_home = statistics.median(b[0] for b in before)
    p_all = statistics.median(p[1] for p in product)
    print(f"password accepted -> home painted, pages preloaded: median {p_home * 1000:.0f} ms")
    print(f"password accepted -> home painted, imported on login: median {b_home * 1000:.0f} ms")
    print(f"login click -> home (with the argon2 check), preloaded: median {p_all * 1000:.0f} ms")
    print(f"ratio preloaded/before: {p_home / b_home:.2f} (goal: <= 300 ms after the check)")


if __name__ == "__main__":
    main()
