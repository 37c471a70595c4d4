"""A full disk during a save (a real, tiny file system): a clear Indonesian message, the
failed save leaves nothing behind, every earlier commit stays, and saving works again
once there is room. (Backups on a full medium: test_backup.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import auth, backup, encryption, master
from ekinerja_desktop.services.errors import WorkspaceError
from ekinerja_desktop.store.models import Employee
from tests.helpers import ADMIN_PASSWORD, new_workspace
from tests.helpers.mount import tmpfs

pytestmark = [pytest.mark.needs_root, pytest.mark.sqlite_only]


@pytest.fixture
def tiny(tmp_path):
    with tmpfs(tmp_path / "kecil", "4m") as mnt:
        yield mnt


def _fill(mnt: Path, leave: int) -> Path:
    """Fill the file system, then give ``leave`` bytes back."""
    filler = mnt / "isi.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _nip(n: int) -> str:
    return f"198501012010011{n:03d}"


@pytest.mark.parametrize("encrypted", [False, True])
def test_full_disk_during_saves_keeps_every_commit(tiny, encrypted):
    ws = new_workspace(tiny / "ws", NodeRole.LAPTOP)
    try:
        admin = auth.login(ws, "admin", ADMIN_PASSWORD)
        if encrypted:
            encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
        unit = master.create_unit(ws, admin, master.UnitInput(name="Dinas Uji", code="UJI"))
        filler = _fill(tiny, leave=96 * 1024)
        committed: list[str] = []
        failure: WorkspaceError | None = None
        for n in range(1, 999):
            try:
                detail = master.save_employee(
                    ws,
                    admin,
                    master.EmployeeInput(
                        nip=_nip(n), name=f"Pegawai Tersimpan {n} " + "x" * 150, unit_id=unit.id
                    ),
                )
            except WorkspaceError as exc:
                failure = exc
                break
            committed.append(detail.id)
        assert failure is not None, "the disk never filled up"
        assert failure.code == "disk_full"
        assert "penuh" in failure.message
        assert "TIDAK disimpan" in failure.message
        assert "Kosongkan" in failure.hint
        assert committed, "some saves should have fitted before the disk was full"
        filler.unlink()
        with ws.read() as session:
            present = set(session.execute(select(Employee.id)).scalars())
        assert set(committed) <= present
        assert len(present) == len(committed)  # the failed save left nothing behind
        master.save_employee(
            ws, admin, master.EmployeeInput(nip=_nip(999), name="Sesudah Lega", unit_id=unit.id)
        )
        report = backup.check(ws)
        assert report.ok, report.text()
    finally:
        ws.close()
