"""Windows file rules, simulated on Linux so the Linux suite catches code that only
breaks on Windows (see docs/packaging.md, "Windows check"):

- ``os.fsync`` needs a handle opened for writing (FlushFileBuffers wants GENERIC_WRITE);
- a file that is open (Python, SQLite and most programs open without
  FILE_SHARE_DELETE) can be neither replaced, renamed nor deleted.

On Windows itself nothing is patched: the real rules apply.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from typing import Any

import pytest

WINDOWS = sys.platform == "win32"


def _open_files() -> set[tuple[int, int]]:
    """(device, inode) of every regular file this process holds open."""
    found: set[tuple[int, int]] = set()
    for name in os.listdir("/proc/self/fd"):
        try:
            st = os.fstat(int(name))
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found.add((st.st_dev, st.st_ino))
    return found


def _identity(path: Any) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _refuse_if_open(*paths: Any) -> None:
    open_now = _open_files()
    for path in paths:
        ident = _identity(path)
        if ident is not None and ident in open_now:
            raise PermissionError(
                errno.EACCES, "[WinError 5] Access is denied (simulated: file is open)", str(path)
            )


def apply(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make this (Linux) process follow the Windows rules above until the test ends."""
    if WINDOWS:
        return
    import fcntl

    real_fsync, real_replace, real_rename = os.fsync, os.replace, os.rename
    real_unlink, real_remove = os.unlink, os.remove

    def fsync(fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        mode = os.fstat(number).st_mode
        flags = fcntl.fcntl(number, fcntl.F_GETFL)
        if stat.S_ISREG(mode) and flags & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor (simulated: fsync on read-only)")
        real_fsync(number)

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        _refuse_if_open(src, dst)
        real_replace(src, dst, **kwargs)

    def rename(src: Any, dst: Any, **kwargs: Any) -> None:
        _refuse_if_open(src, dst)
        real_rename(src, dst, **kwargs)

    def unlink(path: Any, **kwargs: Any) -> None:
        _refuse_if_open(path)
        real_unlink(path, **kwargs)

    def remove(path: Any, **kwargs: Any) -> None:
        _refuse_if_open(path)
        real_remove(path, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", remove)


def is_open_refused(exc: BaseException) -> bool:
    """What Windows (or the simulation) raises for an open file."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (5, 32)


def under_wine() -> bool:
    """Running as a Windows program under wine (its ntdll exports wine_get_version)."""
    if not WINDOWS:
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")  # type: ignore[attr-defined]


def assert_owner_only(path: Any, *, folder: bool = False) -> None:
    """Only the current user can open ``path``: mode 0600/0700 on POSIX; on Windows a
    protected DACL (nothing inherited) granting only the current user and SYSTEM."""
    if not WINDOWS:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode == (0o700 if folder else 0o600), oct(mode)
        return
    import re

    from ekinerja_desktop.store import owner_only

    sddl = owner_only.describe_acl(path)
    # Protected: no entries inherited from the folder. Wine 8 stores the entries but
    # does not report the protected flag (docs/packaging.md: what wine cannot show).
    assert sddl.startswith("D:P") or (under_wine() and sddl.startswith("D:(")), sddl
    trustees = set(re.findall(r"\(A;[^;]*;[^;]*;;;([^)]+)\)", sddl))
    assert "SY" in trustees, sddl
    others = trustees - {"SY"}
    assert len(others) == 1, sddl
    assert others <= {owner_only.current_user_sid(), "LA", "OW"}, sddl
    assert "(D;" not in sddl, sddl
    assert not {"WD", "BU", "AU", "IU", "BA"} & trustees, sddl
