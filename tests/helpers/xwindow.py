"""Helpers for the end-to-end tests: a private Xvfb screen and xdotool to drive it."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
MISSING_TOOLS = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def xvfb_screen(width: int = 1366, height: int = 768) -> Iterator[dict[str, str]]:
    """A fresh virtual X screen; yields the environment that points programs at it."""
    if MISSING_TOOLS:
        pytest.fail(
            f"end-to-end test needs {', '.join(MISSING_TOOLS)} (scripts/bootstrap.sh --test)"
        )
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            "1",
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        # Xvfb picks a free display number itself and reports it once it is ready, so
        # parallel test workers (and other X servers) never collide.
        assert proc.stdout is not None
        ready, _w, _x = select.select([proc.stdout], [], [], 30)
        number = proc.stdout.readline().strip() if ready else ""
        if not number.isdigit():
            pytest.fail(f"Xvfb did not report its display (got {number!r})")
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        env.pop("EKINERJA_PASSWORD", None)
        wait_for(
            lambda: (
                subprocess.run(
                    ["xdotool", "getmouselocation"], env=env, capture_output=True, check=False
                ).returncode
                == 0
            ),
            20,
            "Xvfb",
        )
        yield env
    finally:
        proc.terminate()
        proc.wait(10)


def window_id(env: dict[str, str], title: str) -> str | None:
    """The id of a visible window whose title contains ``title``."""
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    return out[0] if out else None


def window_geometry(env: dict[str, str], wid: str) -> tuple[int, int, int, int]:
    out = subprocess.run(
        ["xdotool", "getwindowgeometry", "--shell", wid],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def xdo(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True)


def focus(env: dict[str, str], wid: str) -> None:
    # Xvfb runs no window manager: focus the window directly.
    xdo(env, "windowfocus", "--sync", wid)
    time.sleep(0.4)


def keys(env: dict[str, str], *names: str, pause: float = 0.3) -> None:
    for name in names:
        xdo(env, "key", "--delay", "60", name)
        time.sleep(pause)


def type_text(env: dict[str, str], text: str) -> None:
    xdo(env, "type", "--delay", "30", text)


def screenshot(env: dict[str, str], path: Path) -> Path:
    code = (
        "import sys;from PySide6.QtGui import QGuiApplication;"
        "app=QGuiApplication(sys.argv);"
        "ok=app.primaryScreen().grabWindow(0).save(sys.argv[1]);sys.exit(0 if ok else 1)"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=30)
    return path


def start_program(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ekinerja_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def program_window(
    env: dict[str, str], app: subprocess.Popen[str], title: str, timeout: float
) -> str:
    """The id of the program's window titled ``title`` once it shows; if it does not
    within ``timeout`` seconds, fail with whether the program still ran and what it
    printed (a bare time-out says nothing about why)."""
    try:
        return wait_for(lambda: window_id(env, title), timeout, f"the {title!r} window")
    except AssertionError as missing:
        state = "still running" if app.poll() is None else f"exited with {app.returncode}"
        output = stop_program(app)
        raise AssertionError(f"{missing}; the program {state}, printed:\n{output}") from None


def stop_program(app: subprocess.Popen[str]) -> str:
    """Kill the program if it still runs; returns what it printed."""
    if app.poll() is None:
        app.kill()
    if app.stdout is not None and app.stdout.closed:  # already collected
        return ""
    out, _ = app.communicate(timeout=30)
    return out or ""


def last_logins(data_dir: Path) -> set[str]:
    """User names with a successful login in the workspace's audit trail."""
    from ekinerja_desktop.services import audit, master
    from ekinerja_desktop.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        rows = audit.recent(ws, master.default_admin_actor(ws))
        return {r.actor for r in rows if r.action == "login.ok"}
    finally:
        ws.close()
