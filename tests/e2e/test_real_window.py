"""End to end: the real program in a real X window (Xvfb), driven by real key events."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.helpers import new_workspace
from tests.helpers.xwindow import (
    ARTIFACTS,
    focus,
    keys,
    last_logins,
    program_window,
    screenshot,
    start_program,
    stop_program,
    type_text,
    xvfb_screen,
)

pytestmark = pytest.mark.e2e
PASSWORD = "rahasia-e2e-1"


def test_login_through_real_key_events(tmp_path):
    data_dir = tmp_path / "ws"
    new_workspace(data_dir, password=PASSWORD).close()
    with xvfb_screen(1280, 800) as env:
        app = start_program(env, "--data-dir", str(data_dir))
        try:
            login = program_window(env, app, "Masuk", 60)
            focus(env, login)
            type_text(env, "admin")
            keys(env, "Return")
            type_text(env, PASSWORD)
            keys(env, "Return")
            main = program_window(env, app, "Pemerintah Kota Palu", 60)
            time.sleep(1.0)
            shot = screenshot(env, ARTIFACTS / "e2e-main-window.png")
            assert shot.stat().st_size > 10_000
            focus(env, main)
            keys(env, "ctrl+q")
            assert app.wait(30) == 0
        finally:
            out = stop_program(app)
        assert "Traceback" not in out, out
    assert "admin" in last_logins(data_dir)


def test_login_window_is_painted_before_sqlalchemy_is_imported(tmp_path):
    """The database layer loads while the login window is already on screen."""
    data_dir = tmp_path / "ws"
    ws = new_workspace(data_dir, password=PASSWORD)
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
