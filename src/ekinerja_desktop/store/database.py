"""Engine and session factory for SQLite (embedded default) and PostgreSQL (central).

An encrypted workspace is an SQLCipher file opened with a raw 256-bit key (``PRAGMA key =
"x'...'"``: no passphrase derivation per connection, so opening stays as cheap as plain
SQLite). The key never appears in a URL: engines get it through ``creator``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store.base import SyncMixin, new_uuid
from ekinerja_desktop.store.models import LocalNode

DB_FILENAME = "ekinerja.sqlite3"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module (imported on first use)."""
    from sqlcipher3 import dbapi2

    module: ModuleType = dbapi2
    return module


def sqlite_errors() -> tuple[type[Exception], ...]:
    """DB-API error classes of both drivers (sqlcipher3 has its own hierarchy)."""
    return (sqlite3.Error, sqlcipher().Error)


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection and prove the key opens the file."""
    # Wrong keys are reported to the caller as exceptions; keep SQLCipher's own
    # diagnostics (which go to stderr) quiet.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(_key_pragma(key))
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def connect_sqlite(
    path: Path | str, *, key: bytes | None = None, readonly: bool = False, timeout: float = 30
) -> Any:
    """A raw DB-API connection: sqlite3 for a plain file, sqlcipher3 keyed for an
    encrypted one. ``readonly`` opens with ``mode=ro`` (never creates or converts)."""
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    if key is None:
        return sqlite3.connect(target, uri=True, timeout=timeout)
    connection = sqlcipher().connect(target, uri=True, timeout=timeout)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def copy_sqlite(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy the SQLite database ``source`` into ``target`` with SQLite's online backup
    (both plain, or both under ``key``)."""
    src = connect_sqlite(source, key=key, readonly=True)
    try:
        dst = connect_sqlite(target, key=key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Copy a plain SQLite file into a new SQLCipher file (``sqlcipher_export``)."""
    connection = sqlcipher().connect(f"file:{plain}?mode=ro", uri=True, timeout=30)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself so DDL and DML share real transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # Power cuts are common in the offices; FULL keeps every committed entry on disk
    # (NORMAL in WAL mode may lose the last commits on power loss).
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(
    url: str, *, echo: bool = False, immediate: bool = False, key: bytes | None = None
) -> Engine:
    """Create an engine with the pragmas and pooling this application relies on.

    ``immediate`` (SQLite only) starts every transaction with BEGIN IMMEDIATE: writers
    take the write lock up front and queue on busy_timeout instead of failing with
    SQLITE_BUSY when a read turns into a write. ``key`` (SQLite only) opens an
    SQLCipher-encrypted file; NullPool means no keyed connection outlives its use.
    """
    if is_sqlite(url):
        if key is not None:
            path = sqlite_path(url)
            if path is None:
                raise ValueError("an encrypted database needs a file path")
            engine = create_engine(
                url,
                echo=echo,
                poolclass=NullPool,
                module=sqlcipher(),
                creator=lambda: connect_sqlite(path, key=key, timeout=30),
            )
        else:
            engine = create_engine(url, echo=echo, poolclass=NullPool)
        begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql(begin_sql)

        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5)


@dataclass
class SessionContext:
    """What the unit of work needs to stamp synchronised rows."""

    node_id: str
    actor: str = "system"


def _allocate_sequences(session: Session, count: int) -> int:
    """Reserve ``count`` origin sequence numbers for this node; returns the first."""
    conn = session.connection()
    node_id = session.info["node_id"]
    conn.execute(
        update(LocalNode).where(LocalNode.id == node_id).values(next_seq=LocalNode.next_seq + count)
    )
    after = conn.execute(select(LocalNode.next_seq).where(LocalNode.id == node_id)).scalar_one()
    return int(after) - count


def _stamp_sync_rows(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("raw_sync") or "node_id" not in session.info:
        return
    rows: list[SyncMixin] = [o for o in session.new if isinstance(o, SyncMixin)]
    rows += [
        o
        for o in session.dirty
        if isinstance(o, SyncMixin) and session.is_modified(o, include_collections=False)
    ]
    if not rows:
        return
    first = _allocate_sequences(session, len(rows))
    now = now_utc()
    actor = session.info.get("actor", "system")
    for offset, row in enumerate(rows):
        if not row.id:
            row.id = new_uuid()
        row.version = (row.version or 0) + 1
        row.origin_node = session.info["node_id"]
        row.origin_seq = first + offset
        row.updated_at = now
        row.updated_by = actor


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
    event.listen(factory, "before_flush", _stamp_sync_rows)
    return factory


@contextmanager
def unit_of_work(
    factory: sessionmaker[Session], *, node_id: str | None, actor: str = "system"
) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    session = factory()
    if node_id is not None:
        session.info["node_id"] = node_id
    session.info["actor"] = actor
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def database_url_from_env() -> str | None:
    return os.environ.get("EKINERJA_DATABASE_URL") or None
