"""Subprocess for test_restore_crash: restores a backup and dies (os._exit, no clean-up
of any kind) at a chosen point of the restore.

Usage: python -m tests.integration.restore_crash_worker DATA_DIR PASSWORD BACKUP POINT
POINT: ``after:NAME`` dies right after the step ``NAME`` returned, ``before:NAME`` right
before it runs (NAME: safety, evidence, epoch, journal, copy, upgrade, slots, audit,
clear).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    from ekinerja_desktop.services import backup, encryption, keyslots, restore_journal
    from ekinerja_desktop.services.auth import login
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, password, file, point = (
        Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    )  # fmt: skip
    when, _sep, name = point.partition(":")
    steps: dict[str, tuple[Any, str]] = {
        "safety": (backup, "backup_sqlite"),
        "evidence": (backup, "_merge_evidence"),
        "epoch": (backup, "_set_epoch"),
        "journal": (restore_journal, "begin"),
        "copy": (backup, "_copy_database"),
        "upgrade": (backup, "upgrade_database"),
        "slots": (restore_journal, "_apply_key_slots"),
        "audit": (restore_journal.audit_trail, "record"),
        "clear": (restore_journal, "clear"),
    }
    owner, attr = steps[name]
    real = getattr(owner, attr)

    def dying(*args: Any, **kwargs: Any) -> Any:
        if when == "before":
            os._exit(9)
        result = real(*args, **kwargs)
        os._exit(9)
        return result

    if keyslots.is_encrypted(data_dir):
        ws, actor = encryption.open_with_password(data_dir, None, "admin", password)
    else:
        ws = open_workspace(data_dir)
        actor = login(ws, "admin", password)
    setattr(owner, attr, dying)
    backup.restore(ws, actor, file)
    os._exit(0)


if __name__ == "__main__":
    main()
