"""End to end: the real program in a real X window (Xvfb), driven by real key events."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import audit, master
from ekinerja_desktop.services.workspace import init_workspace, open_workspace

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
PASSWORD = "rahasia-e2e-1"

_missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def xserver():
    if _missing:
        pytest.fail(f"end-to-end test needs {', '.join(_missing)} (scripts/bootstrap.sh --test)")
    # Xvfb picks a free display number itself and reports it once it is ready, so
    # parallel test workers (and other programs' X servers) never collide.
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    ready, _w, _x = select.select([proc.stdout], [], [], 30)
    number = proc.stdout.readline().strip() if ready else ""
    if not number.isdigit():
        proc.kill()
        pytest.fail(f"Xvfb did not report its display (got {number!r})")
    display = f":{number}"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    _wait(
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
    proc.terminate()
    proc.wait(10)


def _window(env, title: str) -> str | None:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    return out[0] if out else None


def _xdo(env, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True)


def _screenshot(env, path: Path) -> None:
    code = (
        "import sys;from PySide6.QtGui import QGuiApplication;"
        "app=QGuiApplication(sys.argv);"
        "ok=app.primaryScreen().grabWindow(0).save(sys.argv[1]);sys.exit(0 if ok else 1)"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=30)


def test_login_through_real_key_events(xserver, tmp_path):
    data_dir = tmp_path / "ws"
    ws = init_workspace(
        data_dir,
        role=NodeRole.OFFICE,
        agency="Pemerintah Kota Palu",
        admin_username="admin",
        admin_password=PASSWORD,
    )
    ws.close()
    env = dict(xserver)
    env.pop("EKINERJA_PASSWORD", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "ekinerja_desktop", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        login = _wait(lambda: _window(env, "Masuk"), 30, "login window")
        _xdo(env, "windowfocus", "--sync", login)
        time.sleep(0.5)
        _xdo(env, "type", "--delay", "30", "admin")
        _xdo(env, "key", "Return")
        _xdo(env, "type", "--delay", "30", PASSWORD)
        _xdo(env, "key", "Return")
        _wait(lambda: _window(env, "Pemerintah Kota Palu"), 30, "main window")
        time.sleep(1.0)
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "e2e-main-window.png"
        _screenshot(env, shot)
        assert shot.stat().st_size > 10_000
        main = _window(env, "Pemerintah Kota Palu")
        _xdo(env, "windowfocus", "--sync", main)
        _xdo(env, "key", "ctrl+q")
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            print(app.communicate()[0])
    ws = open_workspace(data_dir)
    try:
        rows = audit.recent(ws, master.default_admin_actor(ws))
        assert any(r.action == "login.ok" and r.actor == "admin" for r in rows)
    finally:
        ws.close()


def test_login_window_is_painted_before_sqlalchemy_is_imported(tmp_path):
    """The database layer loads while the login window is already on screen."""
    data_dir = tmp_path / "ws"
    ws = init_workspace(
        data_dir,
        role=NodeRole.OFFICE,
        agency="Pemerintah Kota Palu",
        admin_username="admin",
        admin_password=PASSWORD,
    )
    ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EKINERJA_EXIT_WHEN_SHOWN="1")
    out = subprocess.run(
        [sys.executable, "-m", "ekinerja_desktop", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    shown = [line for line in out.splitlines() if line.startswith("shown ")]
    assert shown, out
    assert shown[0].endswith("sqlalchemy=no")
