"""A small filesystem mounted for a test (tests marked ``needs_root``)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (mount's notation: ``200k``, ``4m``) mounted at the new folder
    ``path`` for the block, unmounted after."""
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    assert mounted.returncode == 0, mounted.stderr.decode(errors="replace")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=False)
