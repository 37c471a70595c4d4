"""Encryption at rest: no plaintext on disk, key slots per account, recovery key, tampering,
conversion, backup/restore and the database check of an encrypted workspace."""

from __future__ import annotations

import base64
import json
import zipfile

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import auth, backup, encryption, evidence, keyslots, master
from ekinerja_desktop.services.errors import AuthError, ValidationError, WorkspaceError
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import AuditEvent, Employee, User
from tests.helpers import ADMIN_PASSWORD, assert_locked_after, new_workspace
from tests.helpers.encryption import (
    EMPLOYEE_NAME,
    EMPLOYEE_NIP,
    EVIDENCE,
    fill,
    plain_counts,
    raw_bytes,
    table_counts,
)

pytestmark = pytest.mark.sqlite_only


def _db(ws):
    return ws.data_dir / "ekinerja.sqlite3"


def _names(ws) -> set[str]:
    with ws.read() as session:
        return set(session.execute(select(Employee.name)).scalars())


def _account(ws, admin, username: str) -> str:
    password = f"sandi-{username}-1"
    master.create_account(
        ws, admin, username=username, password=password, roles=["pegawai"], employee_id=None
    )
    return password


def _user_id(ws, admin, username: str) -> str:
    return next(a.id for a in master.list_accounts(ws, admin) if a.username == username)


def _encrypt(ws, admin) -> encryption.EncryptResult:
    result = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    assert result.recovery_key is not None
    return result


def _opens(data_dir, username: str, password: str) -> bool:
    try:
        ws, _actor = encryption.open_with_password(data_dir, None, username, password)
    except AuthError:
        return False
    ws.close()
    return True


def test_production_argon2_parameters(real_argon2, ws, admin):
    """The rest of the suite hashes with cheap argon2 parameters (tests/helpers/argon2_cost.py):
    this test checks that production uses RFC 9106's low-memory profile for password
    hashes and key slots, and that hashing, login and unlocking work with it."""
    from argon2 import extract_parameters
    from argon2.profiles import RFC_9106_LOW_MEMORY

    from tests.helpers.argon2_cost import CHEAP, PRODUCTION_COST, PRODUCTION_HASHER

    profile = RFC_9106_LOW_MEMORY
    assert auth._hasher is PRODUCTION_HASHER
    assert (PRODUCTION_COST.time, PRODUCTION_COST.memory_kib, PRODUCTION_COST.parallelism) == (
        profile.time_cost,
        profile.memory_cost,
        profile.parallelism,
    )
    assert PRODUCTION_COST != CHEAP
    with ws.read() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    params = extract_parameters(stored)
    assert (params.type, params.time_cost, params.memory_cost, params.parallelism) == (
        profile.type,
        profile.time_cost,
        profile.memory_cost,
        profile.parallelism,
    )
    assert not auth._hasher.check_needs_rehash(stored)
    with pytest.raises(AuthError):
        auth.login(ws, "admin", "salah-sandi-1")

    _encrypt(ws, admin)
    ws.close()
    [slot] = keyslots.KeySlots.load(ws.data_dir).user_slots(admin.user_id)
    kdf = slot["kdf"]
    assert (kdf["alg"], kdf["t"], kdf["m"], kdf["p"]) == (
        keyslots.KDF_ARGON2ID,
        profile.time_cost,
        profile.memory_cost,
        profile.parallelism,
    )
    assert _opens(ws.data_dir, "admin", ADMIN_PASSWORD)
    assert not _opens(ws.data_dir, "admin", "salah-sandi-1")


def test_encrypted_files_hold_no_plaintext(ws, admin):
    filled = fill(ws, admin)
    password = _account(ws, admin, "andi")
    plain = raw_bytes(_db(ws))
    # The test can fail: before encryption the personal data is readable on disk.
    assert EMPLOYEE_NIP.encode() in plain
    assert EMPLOYEE_NAME.encode() in plain
    assert filled.blob.read_bytes() == EVIDENCE

    result = _encrypt(ws, admin)
    assert result.evidence_files == 1
    assert ws.encrypted
    assert EMPLOYEE_NAME in _names(ws)  # the open session carries on, now encrypted
    ws.close()

    data_dir = ws.data_dir
    on_disk = raw_bytes(_db(ws))
    assert not on_disk.startswith(b"SQLite format 3")
    for secret in (EMPLOYEE_NIP, EMPLOYEE_NAME, "Dinas Kesehatan", "argon2id"):
        assert secret.encode() not in on_disk, secret
    blob = filled.blob.read_bytes()
    assert blob != EVIDENCE
    assert b"SURAT TUGAS" not in blob
    slot_file = keyslots.keyslots_file(data_dir).read_bytes()
    for secret in (ADMIN_PASSWORD, password, result.recovery_key):
        assert secret.encode() not in slot_file
    # No stray plaintext copies were left in the data folder.
    leftovers = [
        p.name
        for p in data_dir.iterdir()
        if p.name.endswith((".encrypting", "-journal")) or p.name.startswith(".")
    ]
    assert leftovers == []
    # Without a key the workspace is refused; with a password it opens.
    with pytest.raises(WorkspaceError) as err:
        open_workspace(data_dir)
    assert err.value.code == "encrypted_locked"
    reopened, actor = encryption.open_with_password(data_dir, None, "andi", password)
    try:
        assert actor.username == "andi"
        assert EMPLOYEE_NAME in _names(reopened)
        assert evidence.read_blob(data_dir, filled.sha256, reopened.key) == EVIDENCE
        view = evidence.viewable_path(data_dir, filled.sha256, "surat tugas.pdf", reopened.key)
        assert view.read_bytes() == EVIDENCE
        assert view.name == "surat tugas.pdf"
    finally:
        reopened.close()
    assert not view.exists()  # the decrypted copy is wiped when the workspace closes


def test_each_account_opens_with_its_own_password_and_a_locked_one_cannot(ws, admin):
    andi = _account(ws, admin, "andi")
    budi = _account(ws, admin, "budi")
    result = _encrypt(ws, admin)
    assert result.pending_users == 2
    citra = _account(ws, admin, "citra")  # created while encrypted: the admin holds the key
    status = encryption.status(ws, admin)
    assert (status.users_with_slot, status.users_pending) == (4, 2)
    assert status.users_without_slot == ()
    budi_id = _user_id(ws, admin, "budi")
    ws.close()
    data_dir = ws.data_dir
    for username, password in (("andi", andi), ("budi", budi), ("citra", citra)):
        assert _opens(data_dir, username, password), username
        assert not _opens(data_dir, username, ADMIN_PASSWORD), username
    # The first login replaced the pending slot (made from the old hash) by a normal one.
    slots = keyslots.KeySlots.load(data_dir)
    assert [s["kdf"]["alg"] for s in slots.user_slots(budi_id)] == ["argon2id"]

    ws, admin = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    try:
        master.set_account_locked(ws, admin, budi_id, True)
        assert keyslots.KeySlots.load(data_dir).user_slots(budi_id) == []
        # Unlocking alone would leave budi unable to open the data: refused with a hint.
        with pytest.raises(ValidationError) as err:
            master.set_account_locked(ws, admin, budi_id, False)
        assert "kata sandi" in err.value.hint
    finally:
        ws.close()
    with pytest.raises(AuthError) as err:
        encryption.open_with_password(data_dir, None, "budi", budi)
    assert err.value.message == "Nama pengguna atau kata sandi salah."

    ws, admin = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    try:
        master.reset_password(ws, admin, budi_id, "sandi-baru-budi-1")
        master.set_account_locked(ws, admin, budi_id, False)
    finally:
        ws.close()
    assert _opens(data_dir, "budi", "sandi-baru-budi-1")
    assert not _opens(data_dir, "budi", budi)


def test_password_change_rewraps_one_slot_and_never_reencrypts(ws, admin):
    filled = fill(ws, admin)
    andi = _account(ws, admin, "andi")
    _encrypt(ws, admin)
    ws.close()
    data_dir = ws.data_dir
    before_key = keyslots.unlock(data_dir, "admin", ADMIN_PASSWORD).key
    ws, actor = encryption.open_with_password(data_dir, None, "andi", andi)
    try:
        slots_before = keyslots.KeySlots.load(data_dir)
        others_before = [s for s in slots_before.slots if s.get("user_id") != actor.user_id]
        blob_before = filled.blob.read_bytes()
        auth.change_password(ws, actor, andi, "kata-sandi-andi-baru")
    finally:
        ws.close()
    slots_after = keyslots.KeySlots.load(data_dir)
    assert [s for s in slots_after.slots if s.get("user_id") != actor.user_id] == others_before
    assert len(slots_after.user_slots(actor.user_id)) == 1
    assert filled.blob.read_bytes() == blob_before  # evidence untouched
    after = keyslots.unlock(data_dir, "andi", "kata-sandi-andi-baru")
    assert after.key == before_key  # the same data key: nothing was re-encrypted
    assert not _opens(data_dir, "andi", andi)
    assert _opens(data_dir, "andi", "kata-sandi-andi-baru")


def test_recovery_key_resets_an_admin_and_a_wrong_or_old_key_is_refused(ws, admin):
    _account(ws, admin, "andi")
    result = _encrypt(ws, admin)
    ws.close()
    data_dir = ws.data_dir
    for wrong in ("", "ABCD-EFGH", "0000-0000-0000-0000-0000-0000-0000-0000"):
        with pytest.raises(AuthError) as err:
            encryption.open_with_recovery(data_dir, None, wrong, "admin", "sandi-pulih-1")
        assert err.value.code == "bad_recovery_key"
    # Only for admin accounts.
    with pytest.raises(AuthError) as err:
        encryption.open_with_recovery(data_dir, None, result.recovery_key, "andi", "sandi-pulih-1")
    assert err.value.code == "recovery_not_admin"
    # Typed in lower case without dashes: still accepted.
    typed = result.recovery_key.replace("-", "").lower()
    ws, actor = encryption.open_with_recovery(data_dir, None, typed, "admin", "sandi-pulih-1")
    try:
        assert actor.is_admin
        new_key = encryption.rotate_recovery_key(ws, actor, "sandi-pulih-1")
        assert new_key != result.recovery_key
        with ws.read() as session:
            actions = set(session.execute(select(AuditEvent.action)).scalars())
        assert {"encryption.recovery_used", "encryption.recovery_rotate"} <= actions
    finally:
        ws.close()
    assert not _opens(data_dir, "admin", ADMIN_PASSWORD)
    assert _opens(data_dir, "admin", "sandi-pulih-1")
    with pytest.raises(AuthError):  # the old recovery key stopped working
        keyslots.unlock_with_recovery(data_dir, result.recovery_key)
    assert keyslots.unlock_with_recovery(data_dir, new_key).key


def test_tampered_or_swapped_key_slots_are_refused(ws, admin):
    andi = _account(ws, admin, "andi")
    budi = _account(ws, admin, "budi")
    _encrypt(ws, admin)
    ws.close()
    data_dir = ws.data_dir
    assert _opens(data_dir, "andi", andi)
    assert _opens(data_dir, "budi", budi)  # both normal slots now
    path = keyslots.keyslots_file(data_dir)
    original = json.loads(path.read_text())

    def slot(doc, name):
        return next(s for s in doc["slots"] if s.get("username") == name)

    def write(doc):
        path.write_text(json.dumps(doc))

    # A flipped byte in the wrapped key.
    doc = json.loads(json.dumps(original))
    wrapped = bytearray(base64.b64decode(slot(doc, "andi")["wrapped"]))
    wrapped[5] ^= 0x01
    slot(doc, "andi")["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    write(doc)
    assert not _opens(data_dir, "andi", andi)
    # Budi's slot content moved under andi's name (and the reverse): the associated data
    # still names the other user id, so neither opens with the password it is wrapped for.
    doc = json.loads(json.dumps(original))
    a, b = slot(doc, "andi"), slot(doc, "budi")
    a["user_id"], b["user_id"] = b["user_id"], a["user_id"]
    write(doc)
    assert not _opens(data_dir, "andi", andi)
    assert not _opens(data_dir, "budi", budi)
    # A slot file whose workspace id was changed opens for nobody.
    doc = json.loads(json.dumps(original))
    doc["workspace_id"] = "0" * 32
    write(doc)
    assert not _opens(data_dir, "admin", ADMIN_PASSWORD)
    # A damaged file says so.
    path.write_text("{not json")
    with pytest.raises(WorkspaceError) as err:
        keyslots.unlock(data_dir, "admin", ADMIN_PASSWORD)
    assert err.value.code == "bad_keyslots"
    write(original)
    assert _opens(data_dir, "andi", andi)


def test_wrong_passwords_lock_before_unlock_and_reach_the_audit_trail(ws, admin):
    andi = _account(ws, admin, "andi")
    _encrypt(ws, admin)
    ws.close()
    data_dir = ws.data_dir
    assert_locked_after(
        lambda: keyslots.unlock(data_dir, "andi", "salah-sekali"), auth.MAX_FAILED_ATTEMPTS - 1
    )
    with pytest.raises(AuthError) as err:  # even the right password waits out the lock
        keyslots.unlock(data_dir, "andi", andi)
    assert err.value.code == "account_locked"
    with pytest.raises(AuthError) as err:  # an unknown name gets the ordinary message
        keyslots.unlock(data_dir, "siapa", "salah-sekali")
    assert err.value.code == "auth_failed"
    guard = keyslots.guard_file(data_dir).read_text()
    assert "andi" not in json.dumps(json.loads(guard)["users"])  # names are hashed there
    ws, admin = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    try:
        with ws.read() as session:
            events = session.execute(
                select(AuditEvent.actor, AuditEvent.action).where(
                    AuditEvent.detail.contains("before_unlock")
                )
            ).all()
        andi_id = _user_id(ws, admin, "andi")
        master.set_account_locked(ws, admin, andi_id, False)  # an admin unlock ends it
    finally:
        ws.close()
    assert events.count(("andi", "login.failed")) == auth.MAX_FAILED_ATTEMPTS
    assert ("andi", "login.refused_locked") in events
    assert ("siapa", "login.unknown_user") in events
    assert _opens(data_dir, "andi", andi)


def test_conversion_keeps_every_row_and_the_audit_chain(ws, admin):
    fill(ws, admin)
    for name in ("andi", "budi", "citra"):
        _account(ws, admin, name)
    before = plain_counts(_db(ws))
    _encrypt(ws, admin)
    after = table_counts(_db(ws), ws.key)
    assert after["audit_event"] == before["audit_event"] + 1  # + encryption.enable
    after["audit_event"] -= 1
    assert after == before
    assert sum(before.values()) > 40
    report = backup.check(ws)
    assert report.ok, report.text()
    assert {i.key for i in report.items} >= {"integrity", "audit_chain", "evidence", "encryption"}


def test_check_reports_a_damaged_encrypted_blob(ws, admin):
    filled = fill(ws, admin)
    _encrypt(ws, admin)
    data = bytearray(filled.blob.read_bytes())
    data[-3] ^= 0xFF
    filled.blob.write_bytes(bytes(data))
    report = backup.check(ws)
    bad = next(i for i in report.items if i.key == "evidence")
    assert not bad.ok
    with pytest.raises(ValidationError):
        evidence.read_blob(ws.data_dir, filled.sha256, ws.key)


def test_backup_of_encrypted_workspace_stays_encrypted_and_restores(ws, admin, tmp_path):
    filled = fill(ws, admin)
    andi = _account(ws, admin, "andi")
    plain_backup = backup.backup_now(ws, admin, tmp_path / "lama")
    _encrypt(ws, admin)
    info = backup.backup_now(ws, admin, tmp_path / "usb")
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        db_bytes = zf.read("ekinerja.sqlite3")
        blob = zf.read(f"evidence/{filled.sha256[:2]}/{filled.sha256}")
        assert "keyslots.json" in zf.namelist()
    assert manifest["encrypted"] is True
    assert EMPLOYEE_NAME.encode() not in db_bytes
    assert EMPLOYEE_NIP.encode() not in db_bytes
    assert blob != EVIDENCE
    assert backup.inspect_backup(info.path).node_id == ws.node.id
    assert backup.inspect_backup(info.path, key=ws.key).schema == info.schema

    org_id = next(u.id for u in master.list_units(ws, admin) if u.name == "Dinas Kesehatan")
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(nip="198501012010011099", name="Sesudah Cadangan", unit_id=org_id),
    )
    backup.restore(ws, admin, info.path)
    assert "Sesudah Cadangan" not in _names(ws)
    assert EMPLOYEE_NAME.encode() not in raw_bytes(_db(ws))
    assert keyslots.is_encrypted(ws.data_dir)
    # A plain backup from before the encryption comes back encrypted (its evidence too).
    filled.blob.unlink()
    backup.restore(ws, admin, plain_backup.path)
    assert EMPLOYEE_NAME in _names(ws)
    assert evidence.read_blob(ws.data_dir, filled.sha256, ws.key) == EVIDENCE
    ws.close()
    assert EMPLOYEE_NAME.encode() not in raw_bytes(_db(ws))
    assert evidence.is_encrypted_blob(filled.blob)
    assert _opens(ws.data_dir, "andi", andi)
    assert _opens(ws.data_dir, "admin", ADMIN_PASSWORD)

    # Into an empty folder (a new laptop): needs a password valid at backup time.
    with pytest.raises(backup.BackupError) as err:
        backup.restore_into_empty(tmp_path / "baru", info.path)
    assert err.value.code == "backup_encrypted"
    assert not (tmp_path / "baru" / "ekinerja.sqlite3").exists()

    def unlocker(folder):
        return keyslots.unlock(folder, "andi", andi)

    with keyslots.unlocking_with(unlocker):
        result = backup.restore_into_empty(tmp_path / "baru", info.path)
    assert result.new_epoch
    assert keyslots.is_encrypted(tmp_path / "baru")
    assert _opens(tmp_path / "baru", "andi", andi)


def test_encrypted_backup_is_refused_by_a_plain_or_other_workspace(ws, admin, tmp_path):

    _encrypt(ws, admin)
    info = backup.backup_now(ws, admin, tmp_path / "usb")
    other = new_workspace(tmp_path / "lain", agency="Kantor Lain")
    try:
        other_admin = auth.login(other, "admin", ADMIN_PASSWORD)
        with pytest.raises(backup.BackupError) as err:
            backup.restore(other, other_admin, info.path)
        assert err.value.code == "backup_encrypted"
        encryption.encrypt_workspace(other, other_admin, ADMIN_PASSWORD)
        with pytest.raises(backup.BackupError) as err:
            backup.restore(other, other_admin, info.path)
        assert err.value.code == "backup_other_key"
        assert other.node.agency == "Kantor Lain"
    finally:
        other.close()


def test_encrypt_refuses_wrong_password_and_full_disk_without_changing_anything(
    ws, admin, monkeypatch
):
    fill(ws, admin)
    before = _db(ws).read_bytes()
    with pytest.raises(AuthError):
        encryption.encrypt_workspace(ws, admin, "bukan-sandi-admin")

    class Usage:
        free = 1024

    monkeypatch.setattr(encryption.shutil, "disk_usage", lambda _p: Usage())
    with pytest.raises(encryption.EncryptionError) as err:
        encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    assert err.value.code == "disk_full"
    assert not ws.encrypted
    assert not keyslots.keyslots_file(ws.data_dir).exists()
    assert _db(ws).read_bytes()[:16] == before[:16]
    assert EMPLOYEE_NAME in _names(ws)


def test_status_and_permissions(ws, admin):
    pegawai_password = _account(ws, admin, "andi")
    andi = auth.login(ws, "andi", pegawai_password)
    from ekinerja_desktop.services.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        encryption.status(ws, andi)
    with pytest.raises(PermissionDeniedError):
        encryption.encrypt_workspace(ws, andi, pegawai_password)
    status = encryption.status(ws, admin)
    assert status.supported
    assert not status.encrypted
    _encrypt(ws, admin)
    with pytest.raises(PermissionDeniedError):
        encryption.rotate_recovery_key(ws, andi, pegawai_password)
    # Running it again on an encrypted workspace only finishes the evidence step.
    again = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    assert again.recovery_key is None
