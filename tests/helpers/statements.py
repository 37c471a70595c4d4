"""Recording the SQL statements a piece of code runs (query-count and write tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def recorded(*engines) -> Iterator[list[str]]:
    """The statements the ``engines`` run inside the block, in order (the same engine
    named twice is listened to once)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    listened = list(dict.fromkeys(engines))
    for engine in listened:
        event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        for engine in listened:
            event.remove(engine, "before_cursor_execute", note)
