"""Files only the current user may read: the saved database URL, node private keys and
key slots.

POSIX: mode 0600 (folders 0700). Windows ignores those modes, so the file gets a
*protected* DACL (no inherited entries) that grants full control to the current user
and to SYSTEM only - the same rule OpenSSH for Windows applies to private keys. Set
through the Win32 security API with ctypes (no pywin32). The DACL is set on the empty
temporary file before the secret is written into it, and a rename keeps it.

Deliberately free of SQLAlchemy: the login window's imports use it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

WINDOWS = sys.platform == "win32"

# Win32 constants (winnt.h, sddl.h, winerror.h).
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1
_SDDL_REVISION_1 = 1
_DACL_SECURITY_INFORMATION = 0x00000004
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
# File systems without ACLs (FAT on a flash disk): nothing to protect with.
_NO_ACL_ERRORS = (1, 50)  # ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED


def _win32() -> tuple[Any, Any]:
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    kernel32.LocalFree.restype = ctypes.c_void_p
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    ]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_void_p,
    ]
    advapi32.SetFileSecurityW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, ctypes.c_void_p]
    advapi32.GetFileSecurityW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW.argtypes = [
        ctypes.c_void_p,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.LPWSTR),
        ctypes.c_void_p,
    ]
    return advapi32, kernel32


def _error() -> OSError:
    import ctypes

    error: OSError = ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    return error


def current_user_sid() -> str:
    """The string SID of the account running this process (Windows only)."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _win32()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), _TOKEN_QUERY, token):
        raise _error()
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, _TOKEN_USER, buffer, size, ctypes.byref(size)):
            raise _error()
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            raise _error()
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def owner_only_sddl(sid: str, *, folder: bool = False) -> str:
    """A protected DACL: full control for ``sid`` and SYSTEM, nothing inherited."""
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{sid})(A;{inherit};FA;;;SY)"


def _set_windows_acl(path: Path, *, folder: bool) -> bool:
    import ctypes

    advapi32, kernel32 = _win32()
    descriptor = ctypes.c_void_p()
    sddl = owner_only_sddl(current_user_sid(), folder=folder)
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, _SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise _error()
    try:
        flags = _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION
        if not advapi32.SetFileSecurityW(str(path), flags, descriptor):
            err = _error()
            if getattr(err, "winerror", None) in _NO_ACL_ERRORS:
                return False
            raise err
    finally:
        kernel32.LocalFree(descriptor)
    return True


def describe_acl(path: Path) -> str:
    """The DACL of ``path`` as SDDL (Windows only; tests and diagnostics)."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _win32()
    needed = wintypes.DWORD()
    advapi32.GetFileSecurityW(str(path), _DACL_SECURITY_INFORMATION, None, 0, needed)
    buffer = ctypes.create_string_buffer(needed.value)
    if not advapi32.GetFileSecurityW(
        str(path), _DACL_SECURITY_INFORMATION, buffer, needed, ctypes.byref(needed)
    ):
        raise _error()
    text = wintypes.LPWSTR()
    if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
        buffer, _SDDL_REVISION_1, _DACL_SECURITY_INFORMATION, ctypes.byref(text), None
    ):
        raise _error()
    try:
        return str(text.value)
    finally:
        kernel32.LocalFree(text)


def restrict(path: Path, *, folder: bool = False) -> bool:
    """Let only the current user read and write ``path`` (and SYSTEM, on Windows).
    Returns False where the file system has no permissions to set (FAT on Windows)."""
    if WINDOWS:
        return _set_windows_acl(Path(path), folder=folder)
    os.chmod(path, 0o700 if folder else 0o600)
    return True


def tighten(path: Path, *, folder: bool = False) -> bool:
    """``restrict`` that never fails: False where nothing could be set (a FAT flash disk,
    a file of another user, a file that vanished)."""
    try:
        return restrict(Path(path), folder=folder)
    except OSError:
        return False


def create_private(path: Path) -> None:
    """Create ``path`` empty (it must not exist) with owner-only access, before any data
    is written into it."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    tighten(Path(path))


def make_folder(path: Path) -> None:
    """Create ``path`` (and parents) if missing; a new folder gets owner-only access."""
    path = Path(path)
    if path.is_dir():
        return
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    restrict(path, folder=True)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename), readable by the
    current user only. The permissions are on the temp file before the data is."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")  # 0600 on POSIX
    os.close(fd)
    try:
        restrict(Path(tmp))
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
