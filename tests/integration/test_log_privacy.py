"""Log files never contain passwords, keys or evidence contents - even with every logger
(SQL statements included) at the most verbose level."""

from __future__ import annotations

import base64
import logging

import pytest

from ekinerja_desktop import cli
from ekinerja_desktop.services import auth, backup, encryption, evidence, keyslots
from ekinerja_desktop.services.errors import AuthError
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.dailylog import staf_entry

pytestmark = pytest.mark.sqlite_only

EVIDENCE_MARK = b"ISI-BUKTI-RAHASIA-7f3a9c"
STAFF_PASSWORD = "sandi-staf-rahasia-1"


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "ekinerja.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    engine_logger = logging.getLogger("sqlalchemy.engine")
    old = (root.level, engine_logger.level)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    engine_logger.setLevel(logging.INFO)  # SQL and its parameters too
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(old[0])
    engine_logger.setLevel(old[1])


def test_logs_hold_no_secrets(ws, admin, tmp_path, log_file, monkeypatch):
    chain, saved = staf_entry(ws, admin)
    src = tmp_path / "surat tugas.pdf"
    src.write_bytes(b"%PDF-1.4 " + EVIDENCE_MARK * 50)
    item = evidence.attach_file(ws, chain.a_staf, saved.id, src)
    with pytest.raises(AuthError):
        auth.login(ws, "admin", ADMIN_PASSWORD + "-salah")
    result = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    data_key = ws.key
    assert data_key is not None
    assert result.recovery_key
    evidence.evidence_path(ws, chain.a_staf, item.id)  # decrypts a viewing copy
    rotated = encryption.rotate_recovery_key(ws, admin, ADMIN_PASSWORD)
    backup.backup_now(ws, admin, tmp_path / "usb")
    staff = chain.a_staf.username
    auth.change_password(ws, chain.a_staf, f"sandi-{staff}-1", STAFF_PASSWORD)
    ws.close()
    with pytest.raises(AuthError):
        keyslots.unlock(ws.data_dir, staff, "tebakan-salah-1")
    reopened, _actor = encryption.open_with_password(ws.data_dir, None, staff, STAFF_PASSWORD)
    reopened.close()
    recovered, _actor = encryption.open_with_recovery(
        ws.data_dir, None, rotated, "admin", "sandi-admin-baru-1"
    )
    recovered.close()
    monkeypatch.setenv("EKINERJA_PASSWORD", "sandi-admin-baru-1")
    assert cli.main(["db", "check", "--data-dir", str(ws.data_dir), "--user", "admin"]) == 0
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_bytes()
    assert b"INSERT INTO" in text  # the log really captured the work (SQL included)
    secrets = [
        ADMIN_PASSWORD,
        STAFF_PASSWORD,
        "sandi-admin-baru-1",
        "tebakan-salah-1",
        result.recovery_key,
        result.recovery_key.replace("-", ""),
        rotated,
        rotated.replace("-", ""),
        data_key.hex(),
        data_key.hex().upper(),
        base64.b64encode(data_key).decode(),
    ]
    for secret in secrets:
        assert secret.encode() not in text, "a secret reached the log"
    assert EVIDENCE_MARK not in text
    assert data_key not in text
