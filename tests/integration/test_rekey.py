"""Locking an account and replacing the recovery key give the workspace a new data key
(issue 20, item 2): an old copy of keyslots.json (every encrypted backup carries one)
plus the locked account's password, or plus the old recovery key, opens nothing current -
with a clear message - while the remaining accounts, the evidence, the node keys and
older backups keep working."""

from __future__ import annotations

import shutil

import pytest

from ekinerja_desktop.services import (
    backup,
    encryption,
    evidence,
    keyslots,
    master,
    rekey,
    sync_service,
)
from ekinerja_desktop.services.errors import AuthError
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.encryption import EMPLOYEE_NAME, EVIDENCE, fill

pytestmark = [pytest.mark.db, pytest.mark.sqlite_only]


def _account(ws, admin, username: str) -> tuple[str, str]:
    password = f"sandi-{username}-panjang-1"
    master.create_account(
        ws, admin, username=username, password=password, roles=["pegawai"], employee_id=None
    )
    user_id = next(a.id for a in master.list_accounts(ws, admin) if a.username == username)
    return user_id, password


def _open(data_dir, username: str, password: str):
    return encryption.open_with_password(data_dir, None, username, password)


def _names(ws) -> set[str]:
    from ekinerja_desktop.store.models import Employee

    with ws.read() as session:
        return {e.name for e in session.query(Employee)}


def _data_intact(ws, encrypted) -> None:
    """The filled workspace's employee and evidence file read through ``ws``'s key."""
    assert EMPLOYEE_NAME in _names(ws)
    sha = encrypted["filled"].sha256
    assert evidence.read_blob(encrypted["data_dir"], sha, ws.key) == EVIDENCE


def _refused(data_dir, username: str, password: str) -> None:
    with pytest.raises(AuthError):
        keyslots.unlock(data_dir, username, password)


@pytest.fixture
def encrypted(ws, admin, tmp_path):
    filled = fill(ws, admin)
    budi, budi_pw = _account(ws, admin, "budi")
    _citra, citra_pw = _account(ws, admin, "citra")
    result = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    sync_service.node_keys(ws)  # node keys sealed under the data key
    ws.close()
    data_dir = ws.data_dir
    for name, pw in (("budi", budi_pw), ("citra", citra_pw)):  # normal (sealed) slots now
        opened, _actor = _open(data_dir, name, pw)
        opened.close()
    old_slots = tmp_path / "keyslots-copy.json"
    shutil.copyfile(keyslots.keyslots_file(data_dir), old_slots)
    return {
        "data_dir": data_dir,
        "filled": filled,
        "budi": (budi, budi_pw),
        "citra_pw": citra_pw,
        "recovery": result.recovery_key,
        "old_slots": old_slots,
    }


def test_locking_an_account_re_keys_the_workspace(encrypted):
    data_dir = encrypted["data_dir"]
    budi, budi_pw = encrypted["budi"]
    ws, admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    old_key = ws.key
    try:
        master.set_account_locked(ws, admin, budi, True)
        assert ws.key != old_key
        assert EMPLOYEE_NAME in _names(ws)  # the open workspace carries on
    finally:
        ws.close()
    # The attack: the old slot file (from a backup) and the locked account's password.
    current = data_dir / "keyslots-now.json"
    shutil.copyfile(keyslots.keyslots_file(data_dir), current)
    shutil.copyfile(encrypted["old_slots"], keyslots.keyslots_file(data_dir))
    with pytest.raises(AuthError) as err:
        keyslots.unlock(data_dir, "budi", budi_pw)
    assert err.value.code == "key_revoked"
    assert "berkas kunci lama" in err.value.message
    # With the current slot file: nothing for budi, the others as before, nothing lost.
    shutil.copyfile(current, keyslots.keyslots_file(data_dir))
    _refused(data_dir, "budi", budi_pw)
    ws, _admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    try:
        assert EMPLOYEE_NAME in _names(ws)
    finally:
        ws.close()


def test_the_remaining_accounts_evidence_and_node_keys_follow_the_new_key(encrypted):
    data_dir = encrypted["data_dir"]
    budi, budi_pw = encrypted["budi"]
    ws, admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    try:
        master.set_account_locked(ws, admin, budi, True)
    finally:
        ws.close()
    _refused(data_dir, "budi", budi_pw)
    ws, _citra = _open(data_dir, "citra", encrypted["citra_pw"])
    try:
        sha = encrypted["filled"].sha256
        assert evidence.read_blob(data_dir, sha, ws.key) == EVIDENCE
        assert sync_service.node_keys(ws).node_id == ws.node.id
        assert EMPLOYEE_NAME in _names(ws)
        assert keyslots.KeySlots.load(data_dir).pending_work == []
    finally:
        ws.close()


def test_a_new_recovery_key_re_keys_and_the_old_one_opens_nothing(encrypted):
    data_dir = encrypted["data_dir"]
    ws, admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    try:
        new_recovery = encryption.rotate_recovery_key(ws, admin, ADMIN_PASSWORD)
    finally:
        ws.close()
    with pytest.raises(AuthError) as err:  # current file: the old recovery slot is gone
        keyslots.unlock_with_recovery(data_dir, encrypted["recovery"])
    assert err.value.code == "bad_recovery_key"
    current = data_dir / "keyslots-now.json"
    shutil.copyfile(keyslots.keyslots_file(data_dir), current)
    shutil.copyfile(encrypted["old_slots"], keyslots.keyslots_file(data_dir))
    with pytest.raises(AuthError) as err:  # old file + old recovery key
        keyslots.unlock_with_recovery(data_dir, encrypted["recovery"])
    assert err.value.code == "key_revoked"
    shutil.copyfile(current, keyslots.keyslots_file(data_dir))
    assert keyslots.unlock_with_recovery(data_dir, new_recovery).key
    ws, _admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    try:
        assert EMPLOYEE_NAME in _names(ws)
    finally:
        ws.close()


def test_a_backup_from_before_the_re_key_still_restores_without_old_slots(encrypted, tmp_path):
    data_dir = encrypted["data_dir"]
    budi, budi_pw = encrypted["budi"]
    ws, admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    try:
        old_backup = backup.backup_now(ws, admin, tmp_path / "bk")
        master.set_account_locked(ws, admin, budi, True)
        backup.restore(ws, admin, old_backup.path)
        _data_intact(ws, encrypted)
    finally:
        ws.close()
    # The restore did not bring back budi's slot or the old key.
    _refused(data_dir, "budi", budi_pw)
    ws, _admin = _open(data_dir, "admin", ADMIN_PASSWORD)
    ws.close()


def test_a_crash_between_database_and_slot_file_is_finished_at_the_next_unlock(
    encrypted, monkeypatch
):
    data_dir = encrypted["data_dir"]
    budi, budi_pw = encrypted["budi"]
    ws, admin = _open(data_dir, "admin", ADMIN_PASSWORD)

    def crash(_data_dir):
        raise SystemExit("power cut")

    monkeypatch.setattr(rekey, "_promote", crash)
    try:
        with pytest.raises(SystemExit):
            master.set_account_locked(ws, admin, budi, True)
    finally:
        ws.engine.dispose()
        ws.read_engine.dispose()
    monkeypatch.undo()
    assert keyslots.next_file(data_dir).exists()
    ws2 = open_workspace(data_dir, key=keyslots.unlock(data_dir, "admin", ADMIN_PASSWORD).key)
    try:
        assert not keyslots.next_file(data_dir).exists()
        _data_intact(ws2, encrypted)
    finally:
        ws2.close()
    _refused(data_dir, "budi", budi_pw)
