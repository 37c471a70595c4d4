"""Who may read a workspace's files, and what a crash left behind.

- ``protect``: the data folder, the database with its WAL/SHM, the backup folder and
  the key files readable by the current user only (POSIX 0700/0600; an owner-only ACL
  on Windows through ``store.owner_only``). Done at every open, so a workspace made by
  an older version is tightened too.
- ``scratch``: a private temporary folder for full snapshots (backup, restore), locked
  while in use so ``clean_leftovers`` of another program never takes it away.
- ``clean_leftovers``: scratch folders (``.ekinerja-tmp-*``) whose owner is gone and
  stale ``*.ekbak.part`` files are removed on open; beside an encrypted database every
  file in a scratch folder is overwritten before it is deleted, so no plaintext snapshot
  (e.g. of a plain backup being restored into it) survives.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ekinerja_desktop.services import keyslots, paths
from ekinerja_desktop.store import owner_only

SCRATCH_PREFIX = ".ekinerja-tmp-"
_LOCK_NAME = ".in-use"
PART_SUFFIX = ".ekbak.part"
STALE_PART_SECONDS = 15 * 60  # a .part being written changes every few seconds


def protect(data_dir: Path) -> None:
    data_dir = Path(data_dir)
    owner_only.tighten(data_dir, folder=True)
    db = paths.database_file(data_dir)
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if path.exists():
            owner_only.tighten(path)
    for folder in (paths.backup_dir(data_dir), data_dir / "keys", paths.evidence_dir(data_dir)):
        if folder.is_dir():
            owner_only.tighten(folder, folder=True)
    for name in (paths.KEYSLOTS_FILENAME, keyslots.GUARD_FILENAME):
        if (data_dir / name).exists():
            owner_only.tighten(data_dir / name)


def _try_lock(handle: IO[bytes]) -> bool:
    """An exclusive, non-blocking lock on an open file (released when it closes)."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def scratch(near: Path) -> Iterator[Path]:
    """A private temporary folder in ``near``, removed afterwards (plaintext files in
    it overwritten first); locked while in use."""
    near.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=near))  # mode 0700
    owner_only.tighten(path, folder=True)
    lock = (path / _LOCK_NAME).open("wb")
    try:
        _try_lock(lock)
        yield path
    finally:
        lock.close()
        _remove_scratch(path)


def _remove_scratch(path: Path) -> None:
    """Remove a scratch folder; beside an encrypted database its files are overwritten
    first (a plaintext snapshot or evidence copy must not survive there)."""
    if paths.is_encrypted(path.parent):
        for file in path.rglob("*"):
            if file.is_file() and file.name != _LOCK_NAME:
                with contextlib.suppress(OSError):
                    keyslots.shred(file)
    shutil.rmtree(path, ignore_errors=True)


def _abandoned(folder: Path) -> bool:
    lock_file = folder / _LOCK_NAME
    if not lock_file.exists():
        # made by an older version, or the crash came before the lock: old enough?
        with contextlib.suppress(OSError):
            return time.time() - folder.stat().st_mtime > STALE_PART_SECONDS
        return False
    try:
        with lock_file.open("ab") as handle:
            return _try_lock(handle)
    except OSError:
        return False


def clean_leftovers(data_dir: Path, backup_folders: list[Path] | None = None) -> list[Path]:
    """Remove what crashes left (see the module text); returns what was removed."""
    removed: list[Path] = []
    data_dir = Path(data_dir)
    for folder in sorted(data_dir.glob(SCRATCH_PREFIX + "*")):
        if folder.is_dir() and _abandoned(folder):
            _remove_scratch(folder)
            removed.append(folder)
    now = time.time()
    for folder in {paths.backup_dir(data_dir), *(backup_folders or [])}:
        if not folder.is_dir():
            continue
        for part in folder.glob("ekinerja-*" + PART_SUFFIX):
            with contextlib.suppress(OSError):
                if now - part.stat().st_mtime > STALE_PART_SECONDS:
                    part.unlink()
                    removed.append(part)
    return removed
