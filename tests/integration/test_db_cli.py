"""``ekinerja db backup|restore|check`` run in-process through ``main``."""

from __future__ import annotations

import sqlite3

from ekinerja_desktop.cli import main
from tests.helpers.cli_login import cli_login


def _init(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("EKINERJA_PASSWORD", "rahasia-cli-1")
    data = str(tmp_path / "ws")
    args = ["init", "--data-dir", data, "--role", "office", "--agency", "Pemkot Palu"]
    assert main([*args, "--admin", "admin"]) == 0
    return data


def test_backup_check_restore_round_trip(tmp_path, monkeypatch, capsys):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    data = _init(tmp_path, monkeypatch)
    usb = tmp_path / "usb"
    assert main(["db", "backup", "--data-dir", data, "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    files = list(usb.glob("*.ekbak"))
    assert len(files) == 1
    assert str(files[0]) in out

    assert main(["db", "check", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "[OK]" in out
    assert "[MASALAH]" not in out

    # Without --yes and without a terminal the restore refuses to run.
    assert main(["db", "restore", "--data-dir", data, str(files[0])]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["db", "restore", "--yes", "--data-dir", data, str(files[0])]) == 0
    out = capsys.readouterr().out
    assert "epoch sinkronisasi baru" in out
    assert "Salinan pengaman" in out

    # Into a fresh folder (replacement PC).
    fresh = str(tmp_path / "baru")
    assert main(["db", "restore", "--yes", "--data-dir", fresh, str(files[0])]) == 0
    assert main(["db", "check", "--data-dir", fresh]) == 0


def test_check_exits_non_zero_on_problems(tmp_path, monkeypatch, capsys):
    data = _init(tmp_path, monkeypatch)
    con = sqlite3.connect(f"{data}/ekinerja.sqlite3")
    con.execute("UPDATE audit_event SET actor = 'penyusup' WHERE seq = 1")
    con.commit()
    con.close()
    assert main(["db", "check", "--data-dir", data]) == 1
    assert "[MASALAH]" in capsys.readouterr().err


def test_restore_of_a_bad_file_explains(tmp_path, monkeypatch, capsys):
    data = _init(tmp_path, monkeypatch)
    junk = tmp_path / "bukan.ekbak"
    junk.write_bytes(b"bukan zip")
    assert main(["db", "restore", "--yes", "--data-dir", data, str(junk)]) == 1
    err = capsys.readouterr().err
    assert "bukan berkas cadangan" in err


def test_a_big_database_gets_the_quick_check_and_says_so(tmp_path, monkeypatch, capsys):
    """Issue 19: above the size limit the default is the quick check (no integrity_check:
    minutes on a city), named in the output; --full runs SQLite's integrity_check."""
    from ekinerja_desktop.services import backup

    data = _init(tmp_path, monkeypatch)
    monkeypatch.setattr(backup, "QUICK_CHECK_FROM_BYTES", 0)
    capsys.readouterr()
    assert main(["db", "check", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pemeriksaan cepat")
    assert "integrity_check" in out
    assert "--full" in out
    assert main(["db", "check", "--full", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pemeriksaan lengkap")
    assert "Struktur basis data utuh (integrity_check)" in out
