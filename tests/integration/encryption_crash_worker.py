"""Subprocess for test_encryption_crash: turns encryption on and dies (os._exit, no
clean-up of any kind) at a chosen point of the conversion.

Usage: python -m tests.integration.encryption_crash_worker DATA_DIR PASSWORD POINT
POINT: ``step:N`` (at the N-th progress report), ``after-link`` (the plain database
has its second name, the encrypted file is not yet renamed over it), ``after-swap``
(right after the encrypted file replaced the plain one) or ``blob:N`` (after N
evidence files).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    from ekinerja_desktop.services import encryption, evidence, master
    from ekinerja_desktop.services.workspace import open_workspace
    from tests.helpers.crash import os_dying_after

    data_dir, password, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    kind, _sep, arg = point.partition(":")

    def progress(done: int, _total: int, _label: str) -> None:
        if kind == "step" and done == int(arg):
            os._exit(9)

    if kind == "after-swap":
        encryption.os = os_dying_after("replace")
    if kind == "after-link":
        encryption.os = os_dying_after("link")
    if kind == "blob":
        real = evidence.encrypt_stored_blob
        seen = {"n": 0}

        def counting(path: Path, key: bytes) -> bool:
            if seen["n"] == int(arg):
                os._exit(9)
            seen["n"] += 1
            return real(path, key)

        evidence.encrypt_stored_blob = counting  # type: ignore[assignment]

    ws = open_workspace(data_dir)
    encryption.encrypt_workspace(ws, master.default_admin_actor(ws), password, progress)
    os._exit(0)


if __name__ == "__main__":
    main()
