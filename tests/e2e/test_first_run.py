"""First run as a new user meets it: the real program, an empty data folder, a real X
screen the size of an office laptop, and nothing but key presses.

These tests run the program's own event loop (``app.exec()`` in a separate process), so
they catch what in-process widget tests cannot: the process quitting when its last
window closes, a wizard button that never becomes *Selesai*, a window larger than the
screen.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers import new_workspace
from tests.helpers.xwindow import (
    ARTIFACTS,
    focus,
    keys,
    last_logins,
    screenshot,
    start_program,
    stop_program,
    type_text,
    wait_for,
    window_geometry,
    window_id,
    xvfb_screen,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
PASSWORD = "rahasia-baru-1"


def _fits(env, wid: str, width: int, height: int) -> None:
    x, y, w, h = window_geometry(env, wid)
    assert w <= width, f"window {w}x{h} does not fit {width}x{height}"
    assert h <= height, f"window {w}x{h} does not fit {width}x{height}"
    assert min(x, y) >= 0, (x, y, w, h)
    assert x + w <= width, (x, y, w, h)
    assert y + h <= height, (x, y, w, h)


def _main_window_fits_then_quit(env, app, screen: tuple[int, int], shot: str) -> None:
    """The main window opens, fits the screen (screenshot kept), and Ctrl+Q ends the
    program normally."""
    main = wait_for(lambda: window_id(env, "Pemerintah Kota Palu"), 60, "the main window")
    time.sleep(1.5)
    _fits(env, main, *screen)
    screenshot(env, ARTIFACTS / f"first-run-{shot}.png")
    focus(env, main)
    keys(env, "ctrl+q")
    assert app.wait(30) == 0


@pytest.mark.parametrize("screen", [(1366, 768), (1366, 728)], ids=["1366x768", "1366x728"])
def test_new_workspace_with_the_keyboard_only(tmp_path, screen):
    """Enter through the wizard with the prefilled agency, the login window stays,
    the first login opens the main window - and it fits the screen."""
    width, height = screen
    data_dir = tmp_path / "kosong"
    with xvfb_screen(width, height) as env:
        app = start_program(env, "--data-dir", str(data_dir))
        try:
            wizard = wait_for(lambda: window_id(env, "Persiapan"), 60, "the first-run wizard")
            _fits(env, wizard, width, height)
            focus(env, wizard)
            # Intro: "Buat ruang kerja baru" is preselected -> Enter = Lanjut.
            keys(env, "Return")
            # Agency page: the prefilled "Pemerintah Kota Palu" is a valid answer.
            keys(env, "Return")
            # Administrator page: user name prefilled; password twice, Enter = Selesai.
            keys(env, "Tab")
            type_text(env, PASSWORD)
            keys(env, "Tab")
            type_text(env, PASSWORD)
            keys(env, "Return")
            login = wait_for(lambda: window_id(env, "Masuk"), 90, "the login window")
            # The program must not quit after the wizard closed.
            time.sleep(3)
            assert app.poll() is None, stop_program(app)
            assert window_id(env, "Masuk") == login
            _fits(env, login, width, height)
            focus(env, login)
            # User name is filled in and the password field has the focus.
            type_text(env, PASSWORD)
            keys(env, "Return")
            _main_window_fits_then_quit(env, app, (width, height), f"main-{width}x{height}")
        finally:
            out = stop_program(app)
        assert "Traceback" not in out, out
    ws = open_workspace(data_dir)
    try:
        assert ws.node.agency == "Pemerintah Kota Palu"
    finally:
        ws.close()
    assert "admin" in last_logins(data_dir)


def test_demo_with_the_keyboard_only(tmp_path):
    """Choosing the demo (arrow down) and pressing Enter builds and opens the demo."""
    data_dir = tmp_path / "demo"
    with xvfb_screen(1366, 728) as env:
        app = start_program(env, "--data-dir", str(data_dir))
        try:
            wizard = wait_for(lambda: window_id(env, "Persiapan"), 60, "the first-run wizard")
            focus(env, wizard)
            keys(env, "Down", "Return")
            login = wait_for(lambda: window_id(env, "Masuk"), 240, "the demo login window")
            time.sleep(2)
            assert app.poll() is None, stop_program(app)
            focus(env, login)
            type_text(env, "demo12345")
            keys(env, "Return")
            _main_window_fits_then_quit(env, app, (1366, 728), "demo-1366x728")
        finally:
            out = stop_program(app)
        assert "Traceback" not in out, out
    ws = open_workspace(data_dir)
    try:
        assert ws.node.is_demo
    finally:
        ws.close()
    assert "pegawai" in last_logins(data_dir)


def test_second_start_with_a_bundle_hands_over_instead_of_locking(tmp_path):
    """Double-clicking an .ekb while the program runs: no second copy, no
    "database is locked" - the running program takes it."""

    data_dir = tmp_path / "ws"
    new_workspace(data_dir, password=PASSWORD).close()
    bundle = tmp_path / "dari-pusat.ekb"
    bundle.write_bytes(b"not opened before login")
    with xvfb_screen(1366, 728) as env:
        first = start_program(env, "--data-dir", str(data_dir))
        try:
            wait_for(lambda: window_id(env, "Masuk"), 60, "the login window")
            # The first program listens shortly after its window is up: wait for its
            # socket (a fixed pause was too short on a loaded machine).
            from ekinerja_desktop.gui.single_instance import server_name

            socket = Path(os.environ.get("TMPDIR") or "/tmp") / server_name(data_dir)
            wait_for(socket.exists, 30, "the first program's socket")
            second = start_program(env, "--data-dir", str(data_dir), str(bundle))
            assert second.wait(30) == 0, stop_program(second)
            out = stop_program(second)
            assert "locked" not in out, out
            assert first.poll() is None
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Masuk"],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.split()
            assert len(found) == 1, found
        finally:
            out = stop_program(first)
        assert "Traceback" not in out, out
