"""Crash tests: a worker process killed (``os._exit``, no clean-up of any kind) at a chosen
point, as a power cut would; the test then opens what it left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# The exit code of a worker that died at its point (a normal end is 0).
POWER_CUT = 9


def crash_in_worker(module: str, *args: str) -> None:
    """Run ``python -m module args`` from the repository root and require that it died at
    its point (exit code ``POWER_CUT``; its stderr is the message otherwise)."""
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
        timeout=120,
    )
    assert proc.returncode == POWER_CUT, proc.stderr


def os_dying_after(call: str) -> Any:
    """A stand-in for the ``os`` module (for a module's ``os`` attribute) whose ``call``
    (``replace``, ``link``) is done and then the process dies."""
    real = getattr(os, call)

    class DyingOs:
        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

    def dying(*args: Any) -> None:
        real(*args)
        os._exit(POWER_CUT)

    setattr(DyingOs, call, staticmethod(dying))
    return DyingOs()
