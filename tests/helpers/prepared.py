"""Workspace states built once per test run and copied per test.

The test processes of one run (pytest-xdist workers) share them: the first process to
need a state builds it under a lock, the others wait for it and copy it, so each state is
built once per run instead of once per worker. The controller makes the folder and hands
it to its workers through the environment. The ``prepared`` marker (tests/conftest.py)
uses this for the ``ws`` office; ``prepared_node`` for the extra nodes of sync tests.
Only SQLite workspaces (a folder) are shared this way."""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_SHARED = "EKINERJA_TEST_PREPARED_DIR"
if os.environ.get(_SHARED) and os.environ.get("PYTEST_XDIST_WORKER"):
    SNAPSHOT_DIR = Path(os.environ[_SHARED])
else:
    SNAPSHOT_DIR = Path(tempfile.mkdtemp(prefix="ekinerja-test-prepared-"))
    atexit.register(shutil.rmtree, SNAPSHOT_DIR, ignore_errors=True)
    os.environ[_SHARED] = str(SNAPSHOT_DIR)


@contextmanager
def _lock(name: str) -> Iterator[None]:
    """Hold the run-wide lock of state ``name`` (one process builds it at a time)."""
    try:
        import fcntl
    except ImportError:  # Windows: the tests there run in one process
        yield
        return
    with open(SNAPSHOT_DIR / f"{name}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_state(key: str, make: Callable[[], Any], *data_dirs: Path) -> tuple[Path, bytes]:
    """The run-wide copy of the state ``key``: ``make()`` builds it in ``data_dirs`` (one
    or more workspace folders, closed when it returns) in the first process that asks;
    every later caller gets a copy of those folders at its own ``data_dirs``. Returns
    (the kept folder, the pickle of what ``make`` returned)."""
    name = hashlib.sha256(key.encode()).hexdigest()[:16]
    folder = SNAPSHOT_DIR / name
    saved = folder.with_suffix(".pickle")
    with _lock(name):
        if not saved.exists():
            made = make()
            for index, data_dir in enumerate(data_dirs):
                shutil.copytree(data_dir, folder / str(index))
            saved.write_bytes(pickle.dumps(made))  # last: its presence says "complete"
            return folder, saved.read_bytes()
    copy_state(folder, *data_dirs)
    return folder, saved.read_bytes()


def copy_state(folder: Path, *data_dirs: Path) -> None:
    """Copy the kept state ``folder`` to ``data_dirs`` (as ``shared_state`` keeps them)."""
    for index, data_dir in enumerate(data_dirs):
        shutil.copytree(folder / str(index), data_dir)


def key_of(build: Callable[..., Any]) -> str:
    """The qualified name of a build function: the key of the state it makes."""
    return f"{build.__module__}.{build.__qualname__}"
