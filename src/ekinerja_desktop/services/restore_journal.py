"""The restore journal: a restore interrupted by a crash is finished on the next open.

A restore replaces the database in one atomic SQLite backup step. Before that step the
restored copy already carries its NEW sync epoch (a restored node must never reuse the
sequence numbers of its earlier life), and ``restore-pending.json`` in the data folder
records what the rest of the restore still has to do: the key slots of the restored
accounts (encrypted workspaces) and the ``db.restore`` audit event. Whoever opens the
workspace next - the restore itself, or the next start after a power cut - finishes it:

- database epoch == the journal's new epoch: the database was replaced; apply the key
  slots and record the audit event (once), then drop the journal;
- otherwise the crash came before the replacement: the old database is untouched; the
  journal is dropped with a ``db.restore_interrupted`` event.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.services import audit_trail, keyslots
from ekinerja_desktop.store import owner_only
from ekinerja_desktop.store.models import AuditEvent, LocalNode, User


class Workspace(audit_trail.HasNode, Protocol):  # services.workspace.Workspace
    @property
    def data_dir(self) -> Path: ...
    @property
    def key(self) -> bytes | None: ...
    def read(self) -> AbstractContextManager[Session]: ...
    def write(self, actor: str = "system") -> AbstractContextManager[Session]: ...


JOURNAL_NAME = "restore-pending.json"
FORMAT = "ekinerja-restore-journal"


def journal_file(data_dir: Path) -> Path:
    return Path(data_dir) / JOURNAL_NAME


def begin(
    data_dir: Path,
    *,
    actor: str,
    detail: dict[str, Any],
    restored_slots: str | None,
    pending_slots: bool,
) -> None:
    """Write the journal (atomic, fsynced, owner-only) before the database is replaced.

    ``detail`` is the audit detail and must hold ``new_epoch``; ``restored_slots`` is the
    backup's keyslots.json text (an encrypted backup) and ``pending_slots`` asks for
    slots made from the restored accounts' password hashes (a plain backup restored into
    an encrypted workspace)."""
    doc = {
        "format": FORMAT,
        "actor": actor,
        "detail": detail,
        "restored_slots": restored_slots,
        "pending_slots": pending_slots,
    }
    owner_only.write_private(journal_file(data_dir), json.dumps(doc, sort_keys=True).encode())


def pending(data_dir: Path) -> dict[str, Any] | None:
    """The journal of an unfinished restore, or None. A damaged journal (a crash while
    it was written cannot leave one: it is replaced atomically) counts as none."""
    path = journal_file(data_dir)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"format": FORMAT, "damaged": True}
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return {"format": FORMAT, "damaged": True}
    return doc


def clear(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        journal_file(data_dir).unlink()
    owner_only.fsync_dir(Path(data_dir))


def _apply_key_slots(ws: Workspace, journal: dict[str, Any]) -> None:
    """Key slots that match the restored accounts. An encrypted backup brings its own
    slots (the passwords of its time) but keeps this workspace's current recovery slot
    when both belong to the same encrypted workspace (a rotated recovery key stays
    rotated). A plain backup gets pending slots made from its accounts' password hashes."""
    if ws.key is None:
        return
    current = keyslots.KeySlots.load(ws.data_dir)
    text = journal.get("restored_slots")
    if isinstance(text, str):
        doc = json.loads(text)
        restored = keyslots.KeySlots(str(doc["workspace_id"]), list(doc["slots"]))
        if restored.workspace_id == current.workspace_id:
            restored.slots = [
                s for s in restored.slots if s.get("kind") != keyslots.KIND_RECOVERY
            ] + [s for s in current.slots if s.get("kind") == keyslots.KIND_RECOVERY]
        restored.save(ws.data_dir)
        return
    if not journal.get("pending_slots"):
        return
    with ws.read() as session:
        users = session.execute(
            select(User.id, User.username, User.password_hash).where(User.active.is_(True))
        ).all()
    for user_id, username, password_hash in users:
        with contextlib.suppress(ValueError, IndexError):
            current.add_pending(ws.key, user_id, username, password_hash)
    current.save(ws.data_dir)


def _already_recorded(ws: Workspace, new_epoch: str) -> bool:
    with ws.read() as session:
        rows = session.execute(
            select(AuditEvent.detail)
            .where(AuditEvent.action == "db.restore")
            .order_by(AuditEvent.seq.desc())
            .limit(5)
        ).scalars()
        return any(new_epoch in (row or "") for row in rows)


def finish(ws: Workspace, repin: Callable[[Any], dict[str, Any]] | None = None) -> bool:
    """Finish the journalled restore of ``ws`` (see the module docstring). Returns True
    when the database had been replaced, False when there was nothing to finish or the
    restore never replaced it. ``repin`` (``integrity.repin_after_restore``) moves the
    keyed audit chain's start point to the restored chain; what it returns goes into the
    audit event."""
    journal = pending(ws.data_dir)
    if journal is None:
        return False
    detail = dict(journal.get("detail") or {})
    new_epoch = str(detail.get("new_epoch", ""))
    with ws.read() as session:
        epoch = session.execute(select(LocalNode.epoch)).scalar_one_or_none()
    replaced = bool(new_epoch) and epoch == new_epoch and not journal.get("damaged")
    if replaced:
        _apply_key_slots(ws, journal)
        if not _already_recorded(ws, new_epoch):
            if repin is not None:
                detail.update(repin(ws))
            with ws.write(actor=str(journal.get("actor") or "system")) as session:
                actor = str(journal.get("actor") or "system")[:64]
                audit_trail.record_node(session, ws, actor, "db.restore", detail)
    else:
        with ws.write(actor="system") as session:
            what = {"file": detail.get("file", ""), "damaged": bool(journal.get("damaged"))}
            audit_trail.record_node(session, ws, "system", "db.restore_interrupted", what)
    clear(ws.data_dir)
    return replaced
