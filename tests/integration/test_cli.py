"""The headless commands, run in-process through ``main``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ekinerja_desktop import __version__
from ekinerja_desktop.cli import main
from ekinerja_desktop.store.models import AuditEvent


def _init(data_dir, role: str, agency: str) -> int:
    """``ekinerja init`` of a workspace with the administrator ``admin``."""
    return main(
        [
            "init",
            "--data-dir",
            str(data_dir),
            "--role",
            role,
            "--agency",
            agency,
            "--admin",
            "admin",
        ]
    )


def test_version_and_help():
    def program(option: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "ekinerja_desktop", option],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert __version__ in program("--version")
    out = program("--help")
    for command in ("init", "demo", "audit", "--data-dir", "--database-url"):
        assert command in out


def test_init_then_audit_verify(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    data = str(tmp_path / "ws")
    code = _init(data, "laptop", "Pemkot Palu")
    assert code == 0
    assert "Ruang kerja dibuat" in capsys.readouterr().out
    assert main(["audit", "verify", "--data-dir", data]) == 0
    assert "utuh" in capsys.readouterr().out
    # A second init on the same folder is refused with an explanation.
    code = _init(data, "laptop", "X")
    assert code == 1
    assert "Sudah ada ruang kerja" in capsys.readouterr().err


def test_audit_verify_reports_broken_chain(tmp_path, monkeypatch, capsys):
    from ekinerja_desktop.services.workspace import open_workspace

    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    data = tmp_path / "ws"
    assert _init(str(data), "office", "P") == 0
    ws = open_workspace(data)
    with ws.write() as session:
        session.query(AuditEvent).update({"actor": "mallory"})
    ws.close()
    capsys.readouterr()
    assert main(["audit", "verify", "--data-dir", str(data)]) == 1
    assert "RUSAK" in capsys.readouterr().err


def test_missing_password_without_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("EKINERJA_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code = _init(str(tmp_path / "w"), "office", "P")
    assert code == 1
    assert "EKINERJA_PASSWORD" in capsys.readouterr().err


@pytest.mark.parametrize("role", ["office", "laptop", "central"])
def test_init_roles(tmp_path, monkeypatch, role):
    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    assert _init(str(tmp_path / role), role, "P") == 0


def test_plain_workspace_commands_need_a_user_and_password(tmp_path, monkeypatch, capsys):
    """Issue 20, item 7: no silent "first admin" on a plain workspace."""
    from ekinerja_desktop.services.workspace import open_workspace

    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    data = str(tmp_path / "ws")
    init = ["init", "--data-dir", data, "--role", "office", "--agency", "P", "--admin", "admin"]
    assert main(init) == 0
    add = ["units", "add", "Dinas Kesehatan", "--code", "DINKES", "--data-dir", data]
    monkeypatch.delenv("EKINERJA_PASSWORD")
    capsys.readouterr()
    assert main(add) == 1  # no user, no password (not a terminal): refused
    err = capsys.readouterr().err
    assert "perlu nama pengguna dan kata sandi" in err
    monkeypatch.setenv("EKINERJA_PASSWORD", "salah-sekali-1")
    assert main([*add, "--user", "admin"]) == 1
    assert "kata sandi salah" in capsys.readouterr().err
    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    assert main([*add, "--user", "admin"]) == 0
    ws = open_workspace(tmp_path / "ws")
    try:
        with ws.read() as session:
            actor = session.query(AuditEvent.actor).filter_by(action="unit.create").scalar()
        assert actor == "admin"
    finally:
        ws.close()
