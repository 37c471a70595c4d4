"""Re-keying an encrypted workspace: a NEW data key for the database, the evidence files
and the node keys, put into every remaining key slot - when an account is locked and
when the recovery key is replaced, so an old ``keyslots.json`` (every encrypted backup
carries one) plus the locked account's password, or plus the old recovery key, no
longer opens the current workspace.

Steps (crash-safe in this order):

1. new slot file ``keyslots.json.next``: the sealed slots re-sealed to the new key
   (``KeySlots.rekeyed``; no password needed), the old key kept in ``previous`` wrapped
   with the new one, ``pending_work`` = evidence and node keys;
2. ``PRAGMA rekey`` on the database: one SQLCipher transaction, the file either still
   opens with the old key or with the new one. Other programs that have the workspace
   open fail on their next read ("file is not a database") instead of writing stale
   data;
3. the next file replaces ``keyslots.json``;
4. evidence blobs re-encrypted and node keys resealed (``finish``), then
   ``pending_work`` cleared.

A crash before 2 leaves the old key everywhere (the next file is dropped at the next
unlock); after 2 the next unlock finds the database opening only with the next file's
key and makes it current (``keyslots._settle_next``); ``finish`` runs at every unlock
while ``pending_work`` is not empty.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.services import keyslots
from ekinerja_desktop.services.errors import ServiceError
from ekinerja_desktop.store.database import connect_sqlite, sqlite_path
from ekinerja_desktop.store.models import User

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

WORK_EVIDENCE = "evidence"
WORK_NODE_KEYS = "node_keys"


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str | None  # a new recovery key to show once (None: unchanged)
    pending_accounts: int  # accounts that open with a slot made from their password hash
    recovery_dropped: bool  # an old-format recovery slot could not be carried over


def rekey(
    ws: Workspace,
    *,
    drop_user: str | None = None,
    new_recovery: bool = False,
) -> RekeyResult:
    """Give the open encrypted workspace a new data key (see the module text).
    ``drop_user``: remove that account's slots first (lock); ``new_recovery``: replace
    the recovery slot with a new recovery key (returned)."""
    old = ws.key
    db = sqlite_path(ws.url)
    if old is None or db is None:
        return RekeyResult(None, 0, False)
    new = keyslots.new_data_key()
    with keyslots.edit(ws.data_dir) as current:
        if drop_user:
            current.remove_user(drop_user)
        had_recovery = current.has_recovery
        staged, left_out = current.rekeyed(old, new)
    pending = 0
    if left_out:
        # Old-format slots of other accounts: their passwords are unknown, their hashes
        # are known - a pending slot, replaced by a normal one at their next login.
        with ws.read() as session:
            rows = session.execute(
                select(User.id, User.username, User.password_hash).where(
                    User.id.in_(left_out), User.active.is_(True), User.admin_locked.is_(False)
                )
            ).all()
        for user_id, username, password_hash in rows:
            with contextlib.suppress(ValueError, IndexError):
                staged.add_pending(new, user_id, username, password_hash)
                pending += 1
    recovery = staged.set_recovery(new) if new_recovery else None
    dropped = had_recovery and not staged.has_recovery
    staged.pending_work = [WORK_EVIDENCE, WORK_NODE_KEYS]
    staged.save_next(ws.data_dir)
    ws.engine.dispose()
    ws.read_engine.dispose()
    con = connect_sqlite(db, key=old)
    try:
        # Fold the WAL in first (its frames are under the old key), re-key, and empty it
        # again: no page stays readable with the old key in the WAL file.
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    _promote(ws.data_dir)
    ws.reopen(new)
    finish(ws)
    return RekeyResult(recovery, pending, dropped)


def _promote(data_dir: Path) -> None:
    keyslots.next_file(data_dir).replace(keyslots.keyslots_file(data_dir))
    keyslots.fsync_dir(data_dir)


def _reseal_node_keys(folder: Path, key: bytes, old_keys: list[bytes]) -> None:
    """Private key files sealed under an older data key are resealed under ``key``
    (nothing to do when there are none or they already are)."""
    from ekinerja_desktop.sync.errors import NodeKeyError
    from ekinerja_desktop.sync.keys import NodeKeys

    if not NodeKeys.sealed(folder):
        return
    try:
        NodeKeys.load(folder, keyslots.node_keys_passphrase(key))
        return
    except NodeKeyError as exc:
        if exc.code == "key_missing":
            return
    for old in old_keys:
        try:
            keys = NodeKeys.load(folder, keyslots.node_keys_passphrase(old))
        except NodeKeyError:
            continue
        keys.reseal(folder, keyslots.node_keys_passphrase(key))
        return


def finish(ws: Workspace) -> None:
    """Re-encrypt what still uses an older key (evidence, node keys); resumable."""
    if ws.key is None:
        return
    current = keyslots.KeySlots.load(ws.data_dir)
    if not current.pending_work:
        return
    old_keys = list(reversed(current.previous_keys(ws.key)))
    if WORK_NODE_KEYS in current.pending_work:
        _reseal_node_keys(ws.data_dir / "keys", ws.key, old_keys)
    if WORK_EVIDENCE in current.pending_work:
        from ekinerja_desktop.services import evidence

        root = ws.evidence_dir
        if root.is_dir():
            for path in sorted(root.glob("*/*")):
                if path.is_file() and len(path.name) == 64:
                    # a damaged blob stays as it is; 'db check' reports it
                    with contextlib.suppress(ServiceError, OSError):
                        evidence.rekey_stored_blob(path, old_keys, ws.key)
    with keyslots.edit(ws.data_dir) as slots:
        slots.pending_work = []
