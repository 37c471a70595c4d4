"""Backups, restores and encryption at rest follow the Windows file rules: fsync only on
handles opened for writing, no replacing or deleting a file that is still open. On
Linux the rules are simulated (tests/helpers/windows_rules.py); under Windows (or wine) they are
the real ones. Each of these failed on Windows before the fix (issue #15)."""

from __future__ import annotations

import os
import shutil

import pytest

from ekinerja_desktop.services import auth, backup, encryption, evidence, keyslots
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers import ADMIN_PASSWORD, windows_rules
from tests.helpers.encryption import EMPLOYEE_NAME, EVIDENCE, fill
from tests.helpers.master import make_employee, make_org

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def rules(monkeypatch):
    windows_rules.apply(monkeypatch)


def _names(ws) -> set[str]:
    from sqlalchemy import select

    from ekinerja_desktop.store.models import Employee

    with ws.read() as session:
        return set(session.execute(select(Employee.name)).scalars())


def test_the_rules_hold(tmp_path, rules):
    """The simulation (or Windows) refuses what Windows refuses."""
    path = tmp_path / "a.bin"
    path.write_bytes(b"x")
    with path.open("rb") as handle, pytest.raises(OSError):
        os.fsync(handle.fileno())
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())  # a handle opened for writing may be flushed
    other = tmp_path / "b.bin"
    other.write_bytes(b"y")
    with path.open("rb"):
        with pytest.raises(OSError) as err:
            os.replace(other, path)
        assert windows_rules.is_open_refused(err.value)
        with pytest.raises(OSError) as err:
            path.unlink()
        assert windows_rules.is_open_refused(err.value)
    os.replace(other, path)  # closed: fine
    assert path.read_bytes() == b"y"


def test_backup_and_restore_round_trip(ws, admin, tmp_path, rules):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    src = tmp_path / "surat.pdf"
    src.write_bytes(b"%PDF surat tugas")
    evidence.store_file(ws.data_dir, src, 5)
    info = backup.backup_now(ws, admin, tmp_path / "usb")
    assert backup.inspect_backup(info.path).node_id == ws.node.id
    assert backup.check(ws).ok
    # Restore into an empty folder (a new PC) and over the open workspace.
    backup.restore_into_empty(tmp_path / "pc-baru", info.path)
    with open_workspace(tmp_path / "pc-baru") as new:
        assert _names(new) == {"Andi Lamarauna"}
    make_employee(ws, admin, 2, "Pegawai Sementara", org.a.id)
    backup.restore(ws, admin, info.path)
    assert _names(ws) == {"Andi Lamarauna"}


def test_turning_on_encryption(ws, admin, rules):
    filled = fill(ws, admin)
    result = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    assert result.evidence_files == 1
    assert ws.encrypted
    assert EMPLOYEE_NAME in _names(ws)
    data_dir = ws.data_dir
    ws.close()
    assert not [
        p.name for p in data_dir.iterdir() if p.name.endswith((".encrypting", ".plaintext-old"))
    ]
    assert not list((data_dir / "evidence").rglob(".plain-*"))
    assert b"SURAT TUGAS" not in filled.blob.read_bytes()
    reopened, _actor = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    with reopened:
        assert evidence.read_blob(data_dir, filled.sha256, reopened.key) == EVIDENCE
        assert backup.check(reopened).ok


def test_a_swap_interrupted_before_the_rename_is_repaired_at_open(ws, admin):
    make_org(ws, admin)
    data_dir = ws.data_dir
    ws.close()
    db = data_dir / "ekinerja.sqlite3"
    aside = keyslots.plain_aside(db)
    os.link(db, aside)  # the conversion died between the second name and the rename
    with open_workspace(data_dir) as reopened:
        assert not aside.exists()
        assert not reopened.encrypted
        assert backup.check(reopened).ok


def test_a_swap_interrupted_after_the_rename_is_wiped_at_open(ws, admin):
    fill(ws, admin)
    data_dir = ws.data_dir
    db = data_dir / "ekinerja.sqlite3"
    plain_copy = data_dir.parent / "plain-copy.sqlite3"
    ws.close()
    shutil.copyfile(db, plain_copy)
    reopened = open_workspace(data_dir)
    actor = auth.login(reopened, "admin", ADMIN_PASSWORD)
    encryption.encrypt_workspace(reopened, actor, ADMIN_PASSWORD)
    reopened.close()
    # The conversion died after the rename, before the old plaintext was overwritten.
    aside = keyslots.plain_aside(db)
    shutil.copyfile(plain_copy, aside)
    wiped_through = data_dir.parent / "same-file"
    os.link(aside, wiped_through)  # to look at the content after the name is gone
    again, _actor = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    with again:
        assert not aside.exists()
        assert EMPLOYEE_NAME in _names(again)
    assert set(wiped_through.read_bytes()) == {0}


def test_interrupted_blob_swaps_are_repaired(tmp_path):
    key = keyslots.new_data_key()
    data_dir = tmp_path / "ws"
    stored = []
    for n in range(3):
        src = tmp_path / f"f{n}.pdf"
        src.write_bytes(b"%PDF bukti " + bytes([65 + n]) * 200)
        stored.append(evidence.store_file(data_dir, src, 5).sha256)
    plain, done, lost = (evidence.stored_path(data_dir, s) for s in stored)
    # 1. second name made, swap not yet done: the same file under two names.
    os.link(plain, plain.with_name(".plain-" + plain.name))
    # 2. swapped, the old plaintext not yet overwritten.
    old = done.read_bytes()
    assert evidence.encrypt_stored_blob(done, key)
    done.with_name(".plain-" + done.name).write_bytes(old)
    # 3. only the second name left (cannot happen with hard links; handled all the same).
    os.replace(lost, lost.with_name(".plain-" + lost.name))
    assert evidence.finish_blob_swaps(data_dir) == 3
    assert not list((data_dir / "evidence").rglob(".plain-*"))
    assert evidence.read_blob(data_dir, stored[0], None).startswith(b"%PDF bukti A")
    assert evidence.read_blob(data_dir, stored[1], key).startswith(b"%PDF bukti B")
    assert evidence.read_blob(data_dir, stored[2], None).startswith(b"%PDF bukti C")
