"""Command-line behaviour that differed on Windows (issue #15): ``< NUL`` is not a
terminal, and ``ekinerja info`` prints the database path as the user knows it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ekinerja_desktop import cli
from ekinerja_desktop.cli import _common as cli_common

WINDOWS = sys.platform == "win32"


class _NulDevice:
    """What Windows' NUL device looks like to Python: ``isatty()`` is True."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 0


@pytest.mark.parametrize("console", [False, True])
def test_a_character_device_is_a_terminal_only_when_it_is_a_console(monkeypatch, console):
    monkeypatch.setattr(sys, "stdin", _NulDevice())
    monkeypatch.setattr(cli_common, "windows_console", lambda fd: console)
    monkeypatch.setattr(sys, "platform", "win32")
    assert cli.stdin_is_terminal() is console


def test_no_stdin_is_no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.stdin_is_terminal() is False


def test_stdin_from_nul_fails_with_the_password_hint_instead_of_prompting(tmp_path):
    """``ekinerja init ... < NUL`` (scheduled tasks, scripts): no prompt, a clear error.
    On Windows this waited for a password typed into a console that is not there."""
    env = {k: v for k, v in os.environ.items() if k != "EKINERJA_PASSWORD"}
    proc = subprocess.run(
        [sys.executable, "-m", "ekinerja_desktop", "init", "--data-dir", str(tmp_path / "w"),
         "--role", "office", "--agency", "Pemkot Palu", "--admin", "admin"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "EKINERJA_PASSWORD" in proc.stderr
    assert not (tmp_path / "w" / "ekinerja.sqlite3").exists()


def test_info_prints_the_database_file_path(tmp_path, monkeypatch, capsys):
    # A colon is what SQLAlchemy's URL percent-encodes (every Windows path has one).
    data = tmp_path / ("kantor bkpsdm" if WINDOWS else "kantor:bkpsdm")
    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    args = ["--data-dir", str(data)]
    assert cli.main(["init", *args, "--role", "office", "--agency", "P", "--admin", "admin"]) == 0
    capsys.readouterr()
    assert cli.main(["info", *args]) == 0
    out = capsys.readouterr().out
    assert f"Basis data: {data / 'ekinerja.sqlite3'}" in out
    assert "%3A" not in out
    assert "%5C" not in out
