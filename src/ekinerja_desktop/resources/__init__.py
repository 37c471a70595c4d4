"""Packaged resource files (icons), found the same way from source, wheel and frozen build."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    """Filesystem path of resource ``name`` in this package (e.g. ``"icon.png"``).

    ``importlib.resources`` yields a real path for an installed or editable package and,
    in a PyInstaller build, a path under the unpacked bundle (the spec collects this
    folder as data). The fallback covers loaders that return a non-path traversable.
    """
    ref = files(__name__) / name
    if isinstance(ref, Path):
        return ref
    return Path(__file__).resolve().parent / name
