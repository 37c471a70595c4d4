"""Splitting long id lists for ``IN (...)`` queries (SQLite allows 999 parameters in
older builds; PostgreSQL is happier with bounded statements too)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

DEFAULT_SIZE = 500


def chunks(items: Sequence[T], size: int = DEFAULT_SIZE) -> Iterator[list[T]]:
    """``items`` in consecutive lists of at most ``size`` elements."""
    if size < 1:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
