"""Backup, rotation, schedule, restore (new epoch) and the health check (SQLite)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import audit, backup, master, settings
from ekinerja_desktop.services.errors import PermissionDeniedError
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import AuditEvent, Employee, Evidence, LocalNode
from tests.helpers.audit import audit_actions
from tests.helpers.master import actor_for, make_employee, make_org
from tests.helpers.mount import tmpfs


def _evidence(ws, content: bytes) -> Path:
    digest = hashlib.sha256(content).hexdigest()
    path = ws.evidence_dir / digest[:2] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _names(ws) -> set[str]:
    with ws.read() as session:
        return set(session.execute(select(Employee.name)).scalars())


def test_backup_is_a_complete_consistent_file(ws, admin, tmp_path):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    _evidence(ws, b"surat tugas")
    info = backup.backup_now(ws, admin, tmp_path / "usb")
    assert info.path.suffix == ".ekbak"
    assert info.path.exists()
    assert info.evidence_files == 1
    assert not list((tmp_path / "usb").glob("*.part"))
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["node_id"] == ws.node.id
        names = set(zf.namelist())
    assert "ekinerja.sqlite3" in names
    assert any(n.startswith("evidence/") for n in names)
    checked = backup.inspect_backup(info.path)
    assert checked.node_id == ws.node.id
    assert "backup.create" in audit_actions(ws)
    listed = backup.list_backups(tmp_path / "usb")
    assert [b.path for b in listed] == [info.path]


def test_only_admins_back_up_and_restore(ws, admin, tmp_path):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    pegawai = actor_for(ws, admin, "andi", ["pegawai", "atasan"], emp.id)
    with pytest.raises(PermissionDeniedError):
        backup.backup_now(ws, pegawai, tmp_path)
    info = backup.backup_now(ws, admin, tmp_path)
    with pytest.raises(PermissionDeniedError):
        backup.restore(ws, pegawai, info.path)


def test_rotation_keeps_newest_of_this_node_only(ws, admin, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    foreign = folder / "ekinerja-20200101-000000-deadbeef.ekbak"
    foreign.write_bytes(b"another PC's backup")
    settings.set_value(ws, admin, "backup_keep", "3")
    made = [backup.backup_now(ws, admin, folder).path for _ in range(5)]
    left = sorted(p.name for p in folder.glob("*.ekbak"))
    assert foreign.name in left
    assert sorted(p.name for p in made[-3:]) == sorted(n for n in left if n != foreign.name)
    assert "backup.rotate" in audit_actions(ws)


def test_schedule_due_and_run(ws, admin, tmp_path):
    settings.set_value(ws, admin, "backup_dir", str(tmp_path / "jadwal"))
    assert backup.due(ws)  # never backed up
    # The configured folder (e.g. a USB stick) is not there: refused, not created.
    with pytest.raises(backup.BackupError) as err:
        backup.run_scheduled(ws)
    assert err.value.code == "backup_folder_missing"
    assert not (tmp_path / "jadwal").exists()
    (tmp_path / "jadwal").mkdir()
    info = backup.run_scheduled(ws)
    assert info is not None
    assert info.path.parent == tmp_path / "jadwal"
    assert not backup.due(ws)
    assert backup.run_scheduled(ws) is None
    assert backup.due(ws, now_utc() + timedelta(hours=25))
    settings.set_value(ws, admin, "backup_interval_hours", "0")
    assert not backup.due(ws, now_utc() + timedelta(days=30))
    with ws.read() as session:
        actor = session.execute(
            select(AuditEvent.actor).where(AuditEvent.action == "backup.create")
        ).scalar_one()
    assert actor == "system"


def test_restore_brings_data_back_with_new_epoch(ws, admin, tmp_path):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Sebelum Cadangan", org.a.id)
    ev = _evidence(ws, b"bukti lama")
    info = backup.backup_now(ws, admin, tmp_path / "b")
    make_employee(ws, admin, 2, "Sesudah Cadangan", org.a.id)
    ev.unlink()
    epoch_before = ws.node.epoch
    result = backup.restore(ws, admin, info.path)
    assert _names(ws) == {"Sebelum Cadangan"}
    assert ev.exists()
    assert result.new_epoch != epoch_before
    assert result.old_epoch == epoch_before
    assert ws.node.epoch == result.new_epoch
    with ws.read() as session:
        assert session.execute(select(LocalNode.epoch)).scalar_one() == result.new_epoch
    assert result.safety_copy is not None
    assert result.safety_copy.exists()
    # The safety copy holds the state just before the restore.
    con = sqlite3.connect(result.safety_copy)
    assert {r[0] for r in con.execute("SELECT name FROM employee")} == {
        "Sebelum Cadangan",
        "Sesudah Cadangan",
    }
    con.close()
    assert audit_actions(ws)[-1] == "db.restore"
    assert audit.verify(ws).ok
    assert backup.check(ws).ok
    # Writing continues normally and reopening works.
    make_employee(ws, admin, 3, "Setelah Pulih", org.a.id)
    ws.close()
    again = open_workspace(ws.data_dir)
    try:
        assert again.node.epoch == result.new_epoch
        assert _names(again) == {"Sebelum Cadangan", "Setelah Pulih"}
    finally:
        again.close()


def test_restore_into_empty_folder(ws, admin, tmp_path):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Pegawai Lama", org.a.id)
    _evidence(ws, b"bukti")
    info = backup.backup_now(ws, admin, tmp_path / "b")
    result = backup.restore_into_empty(tmp_path / "pc-baru", info.path)
    new = open_workspace(tmp_path / "pc-baru")
    try:
        assert _names(new) == {"Pegawai Lama"}
        assert new.node.epoch == result.new_epoch != ws.node.epoch
        assert backup.check(new).ok
    finally:
        new.close()
    with pytest.raises(backup.BackupError) as err:
        backup.restore_into_empty(tmp_path / "pc-baru", info.path)
    assert err.value.code == "workspace_exists"


def _rewrite_zip(src: Path, dst: Path, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item.filename, data)
    return dst


def test_restore_refuses_bad_backups_and_leaves_data_alone(ws, admin, tmp_path):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Tetap Ada", org.a.id)
    info = backup.backup_now(ws, admin, tmp_path / "b")
    with zipfile.ZipFile(info.path) as zf:
        db_bytes = zf.read("ekinerja.sqlite3")
        manifest = json.loads(zf.read("manifest.json"))

    truncated = tmp_path / "potong.ekbak"
    truncated.write_bytes(info.path.read_bytes()[:2000])

    flipped = _rewrite_zip(
        info.path,
        tmp_path / "flip.ekbak",
        lambda n, d: d[:5000] + bytes([d[5000] ^ 1]) + d[5001:] if n == "ekinerja.sqlite3" else d,
    )

    def with_database(name: str, sql: str, start: bytes = b"") -> Path:
        """The backup with its database replaced by ``start`` changed by ``sql``, the
        manifest's hash of it updated to match."""
        path = tmp_path / f"{name}.sqlite3"
        path.write_bytes(start)
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()
        data = path.read_bytes()
        members = {**manifest["members"], "ekinerja.sqlite3": hashlib.sha256(data).hexdigest()}
        text = json.dumps({**manifest, "members": members}).encode()
        return _rewrite_zip(
            info.path,
            tmp_path / f"{name}.ekbak",
            lambda n, d: data if n == "ekinerja.sqlite3" else text if n == "manifest.json" else d,
        )

    newer = with_database(
        "newer", "UPDATE alembic_version SET version_num = '9999_future'", db_bytes
    )
    foreign = with_database("foreign", "CREATE TABLE x (a)")
    expected = {
        truncated: "bad_backup",
        flipped: "bad_backup",
        newer: "backup_too_new",
        foreign: "bad_backup",
    }
    for path, code in expected.items():
        with pytest.raises(backup.BackupError) as err:
            backup.restore(ws, admin, path)
        assert err.value.code == code, path
        assert err.value.hint
    assert _names(ws) == {"Tetap Ada"}
    assert "db.restore" not in audit_actions(ws)


def test_check_reports_each_problem(ws, admin):
    org = make_org(ws, admin)
    andi = make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    good = _evidence(ws, b"bukti benar")
    with ws.write() as session:
        session.add(
            Evidence(
                owner_employee_id=andi.id,
                sha256=hashlib.sha256(b"bukti benar").hexdigest(),
                name="surat.pdf",
                mime="application/pdf",
                size=11,
            )
        )
    report = backup.check(ws)
    assert report.ok, report.text()
    assert {i.key for i in report.items} == {
        "integrity",
        "foreign_keys",
        "audit_chain",
        "signed_records",
        "evidence",
    }
    good.write_bytes(b"diubah diam-diam")
    with ws.write() as session:
        session.add(
            Evidence(owner_employee_id=andi.id, sha256="ab" * 32, name="hilang.pdf", size=1)
        )
    with ws.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 1).values(actor="penyusup"))
    db = ws.data_dir / "ekinerja.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(
        "UPDATE employee SET unit_id = '00000000-0000-0000-0000-000000000000' WHERE name = ?",
        ("Andi Lamarauna",),
    )
    con.commit()
    con.close()
    report = backup.check(ws)
    assert not report.ok
    failed = {i.key for i in report.items if not i.ok}
    assert failed == {"foreign_keys", "audit_chain", "evidence"}
    text = report.text()
    assert "#1" in text
    assert "bukti dukung rusak" in text
    assert "rujukan" in text
    assert "1 berkas hilang" in text


def _damage_table(db: Path, table: str) -> None:
    """Overwrite the b-tree page header of ``table``'s root page with garbage."""
    con = sqlite3.connect(db)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 12] = b"\x00" * 12
    db.write_bytes(bytes(data))


def test_check_and_restore_detect_a_corrupted_page(ws, admin, tmp_path):
    org = make_org(ws, admin)
    for n in range(1, 40):
        make_employee(ws, admin, n, f"Pegawai Nomor {n}", org.a.id)
    info = backup.backup_now(ws, admin, tmp_path)
    with zipfile.ZipFile(info.path) as zf:
        bad = tmp_path / "bad.sqlite3"
        bad.write_bytes(zf.read("ekinerja.sqlite3"))
    _damage_table(bad, "employee")
    with pytest.raises(backup.BackupError) as err:
        backup.validate_database_file(bad, "bad.sqlite3")
    assert err.value.code == "bad_backup"
    # The same damage in the live database is reported by check().
    ws.close()
    _damage_table(ws.data_dir / "ekinerja.sqlite3", "employee")
    damaged = open_workspace(ws.data_dir)
    try:
        report = backup.check(damaged)
    finally:
        damaged.close()
    assert not report.ok
    assert next(i.key for i in report.items if not i.ok) == "integrity"


def test_full_disk_during_backup_leaves_nothing(ws, admin, tmp_path, monkeypatch):
    """Simulated ENOSPC at the copy step (see test_full_disk_on_tiny_filesystem for the
    real thing)."""
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)

    def full(zf, src, name):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy_into_zip", full)
    folder = tmp_path / "usb"
    with pytest.raises(backup.BackupError) as err:
        backup.backup_now(ws, admin, folder)
    assert err.value.code == "disk_full"
    assert "penuh" in err.value.message
    assert err.value.hint
    assert list(folder.iterdir()) == []
    assert "backup.create" not in audit_actions(ws)


@pytest.mark.needs_root
def test_full_disk_on_tiny_filesystem(ws, admin, tmp_path):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    # Incompressible evidence makes the backup much larger than the 200 KiB medium.
    _evidence(ws, os.urandom(600_000))
    with tmpfs(tmp_path / "tiny", "200k") as mnt:
        with pytest.raises(backup.BackupError) as err:
            backup.backup_now(ws, admin, mnt)
        assert err.value.code == "disk_full"
        assert list(mnt.iterdir()) == []
        # The workspace is untouched and still writable.
        make_employee(ws, admin, 2, "Tetap Bisa Simpan", org.a.id)
        assert backup.check(ws).ok


@pytest.mark.db
def test_check_runs_on_any_database(ws, admin):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    report = backup.check(ws)
    assert report.ok, report.text()
    keys = {i.key for i in report.items}
    assert {"audit_chain", "evidence"} <= keys
    assert ("integrity" in keys) == ws.is_sqlite
    assert not backup.due(ws) or ws.is_sqlite  # no file backups of a server database


@pytest.mark.db
@pytest.mark.postgres_only
def test_postgres_workspace_refuses_file_backup(ws, admin, tmp_path):
    with pytest.raises(backup.BackupError) as err:
        backup.backup_now(ws, admin, tmp_path)
    assert err.value.code == "backup_unsupported"


def test_master_data_survives_round_trip_of_accounts(ws, admin, tmp_path):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    actor_for(ws, admin, "andi", ["pegawai"], emp.id)
    info = backup.backup_now(ws, admin, tmp_path)
    master.create_account(
        ws, admin, username="baru", password="sandi-baru-1", roles=["pegawai"], employee_id=None
    )
    backup.restore(ws, admin, info.path)
    names = {a.username for a in master.list_accounts(ws, admin)}
    assert names == {"admin", "andi"}


def test_the_quick_check_finds_broken_references_and_names_what_it_skipped(ws, admin, monkeypatch):
    """The quick check (a city's default) checks foreign keys per distinct value, along
    an index where there is one, and names the columns of big tables it left to --full."""
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    quick = backup.check(ws, full=False)
    assert quick.ok, quick.text()
    assert not quick.full
    assert quick.text().startswith("Pemeriksaan cepat")
    assert next(i for i in quick.items if i.key == "integrity").message.startswith(
        "Struktur berkas tidak diperiksa"
    )
    con = sqlite3.connect(ws.data_dir / "ekinerja.sqlite3")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE employee SET unit_id = '00000000-0000-0000-0000-000000000000'")
    con.commit()
    con.close()
    report = backup.check(ws, full=False)
    failed = next(i for i in report.items if i.key == "foreign_keys")
    assert not failed.ok
    assert any("tabel employee kolom unit_id" in d for d in failed.details)
    assert not backup.check(ws, full=True).ok  # SQLite's own check agrees

    monkeypatch.setattr(backup, "QUICK_SCAN_ROWS", -1)
    skipped = next(i for i in backup.check(ws, full=False).items if i.key == "foreign_keys")
    assert any("tidak diperiksa" in d and "daily_log.reviewer_id" in d for d in skipped.details)


def test_the_quick_check_rehashes_the_newest_signed_documents(ws, admin, monkeypatch):
    monkeypatch.setattr(backup, "QUICK_SIGNED", 0)
    item = next(i for i in backup.check(ws, full=False).items if i.key == "signed_records")
    assert item.ok
    assert item.message.startswith("0 SKP/evaluasi")
