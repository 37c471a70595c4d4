"""A conversion to encryption killed at any point leaves a usable workspace with every
row and every evidence file, and running it again finishes the job."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekinerja_desktop.services import auth, backup, encryption, evidence, keyslots
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.crash import crash_in_worker
from tests.helpers.encryption import EVIDENCE, fill, plain_counts, table_counts

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

POINTS = ["step:1", "step:2", "step:3", "step:4", "after-link", "after-swap", "step:5", "blob:1"]


def _crash(data_dir: Path, point: str) -> None:
    worker = "tests.integration.encryption_crash_worker"
    crash_in_worker(worker, str(data_dir), ADMIN_PASSWORD, point)


def _open(data_dir: Path):
    if keyslots.is_encrypted(data_dir):
        ws, _actor = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
        return ws
    return open_workspace(data_dir)


@pytest.mark.parametrize("point", POINTS)
def test_killed_conversion_leaves_a_usable_workspace(ws, admin, tmp_path, point):
    filled = fill(ws, admin)
    second = tmp_path / "dua.txt"
    second.write_bytes(b"bukti kedua " * 100)
    other = evidence.store_file(ws.data_dir, second, 5)
    data_dir = ws.data_dir
    db = data_dir / "ekinerja.sqlite3"
    ws.close()
    before = plain_counts(db)

    _crash(data_dir, point)

    encrypted = keyslots.is_encrypted(data_dir)
    # Up to the rename the plain database is the workspace; from it on, the encrypted one.
    assert encrypted == (point in ("after-swap", "step:5", "blob:1"))
    reopened = _open(data_dir)
    try:
        counts = table_counts(db, reopened.key)
        # Opening adds nothing but audit events (the conversion's own, login attempts).
        assert {k: v for k, v in counts.items() if k != "audit_event"} == {
            k: v for k, v in before.items() if k != "audit_event"
        }
        assert counts["audit_event"] >= before["audit_event"]
        assert evidence.read_blob(data_dir, filled.sha256, reopened.key) == EVIDENCE
        assert evidence.read_blob(data_dir, other.sha256, reopened.key) == second.read_bytes()
        # Running the conversion again completes it.
        admin_actor = auth.login(reopened, "admin", ADMIN_PASSWORD)
        result = encryption.encrypt_workspace(reopened, admin_actor, ADMIN_PASSWORD)
        assert (result.recovery_key is None) == encrypted
        status = encryption.status(reopened, admin_actor)
        assert status.encrypted
        assert status.plain_evidence == 0
        assert backup.check(reopened).ok
    finally:
        reopened.close()
    assert not [p for p in data_dir.iterdir() if p.name.endswith((".encrypting", ".plaintext-old"))]
    assert not list((data_dir / "evidence").rglob(".plain-*"))
    assert not evidence.stored_path(data_dir, filled.sha256).read_bytes().startswith(b"%PDF")
