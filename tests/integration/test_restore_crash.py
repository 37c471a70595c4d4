"""A restore killed at any point (issue 16, item 9) leaves either the old database with
its old sync epoch, or the restored one with a NEW epoch - never restored data under the
old epoch, which would make the node reuse sequence numbers central already holds. The
next open finishes an interrupted restore (key slots, one audit event) and removes the
journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import audit, backup, encryption, master, restore_journal
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import AuditEvent, OrgUnit
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.crash import crash_in_worker

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

# (kill point, whether the database has been replaced when the process dies)
POINTS = [
    ("after:safety", False),
    ("after:evidence", False),
    ("after:epoch", False),
    ("after:journal", False),
    ("after:copy", True),
    ("after:upgrade", True),
    ("after:audit", True),  # inside the audit transaction: never committed
    ("before:clear", True),
]


def _crash(data_dir: Path, file: Path, point: str) -> None:
    worker = "tests.integration.restore_crash_worker"
    crash_in_worker(worker, str(data_dir), ADMIN_PASSWORD, str(file), point)


def _prepare(ws, admin, tmp_path: Path) -> tuple[Path, str]:
    master.create_unit(ws, admin, master.UnitInput(name="Sebelum Cadangan", code="SBL"))
    info = backup.backup_now(ws, admin, tmp_path / "cadangan")
    master.create_unit(ws, admin, master.UnitInput(name="Sesudah Cadangan", code="SSD"))
    return info.path, ws.node.epoch


def _state(ws) -> tuple[set[str], list[dict[str, object]]]:
    with ws.read() as session:
        units = set(session.execute(select(OrgUnit.name)).scalars())
        events = [
            json.loads(d)
            for d in session.execute(
                select(AuditEvent.detail).where(AuditEvent.action == "db.restore")
            ).scalars()
        ]
    return units, events


@pytest.mark.parametrize(("point", "replaced"), POINTS, ids=[p for p, _r in POINTS])
def test_killed_restore_never_keeps_the_old_epoch(ws, admin, tmp_path, point, replaced):
    file, old_epoch = _prepare(ws, admin, tmp_path)
    data_dir = ws.data_dir
    ws.close()

    _crash(data_dir, file, point)

    reopened = open_workspace(data_dir)  # finishes what the journal says
    try:
        assert not restore_journal.journal_file(data_dir).exists()
        units, events = _state(reopened)
        assert "Sebelum Cadangan" in units
        assert ("Sesudah Cadangan" not in units) == replaced
        epoch = reopened.node.epoch
        if replaced:
            assert epoch != old_epoch
            assert [e["new_epoch"] for e in events] == [epoch]  # recorded exactly once
        else:
            assert epoch == old_epoch
            assert events == []
        assert audit.verify(reopened).ok
        assert backup.check(reopened).ok
        # The restore can be run (again) to the end.
        from ekinerja_desktop.services.auth import login

        result = backup.restore(reopened, login(reopened, "admin", ADMIN_PASSWORD), file)
        assert reopened.node.epoch == result.new_epoch not in (old_epoch, epoch)
        assert "Sesudah Cadangan" not in _state(reopened)[0]
    finally:
        reopened.close()


@pytest.mark.parametrize("point", ["after:copy", "after:slots"])
def test_killed_restore_of_an_encrypted_workspace_keeps_its_accounts_usable(
    ws, admin, tmp_path, point
):
    encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    data_dir = ws.data_dir
    ws.close()
    ws, admin = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    file, old_epoch = _prepare(ws, admin, tmp_path)
    ws.close()

    _crash(data_dir, file, point)

    reopened, _actor = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    try:
        assert not restore_journal.journal_file(data_dir).exists()
        units, events = _state(reopened)
        assert "Sesudah Cadangan" not in units
        assert reopened.node.epoch != old_epoch
        assert [e["new_epoch"] for e in events] == [reopened.node.epoch]
    finally:
        reopened.close()
