"""Schema migrations with Alembic: create, back up then upgrade, or refuse a newer schema.

Alembic (with its migration scripts) is imported only when a schema is created or
upgraded: a workspace already at HEAD_REVISION opens without it (0.2-0.6 s of imports
and script parsing on every start).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.store import owner_only
from ekinerja_desktop.store.database import copy_sqlite, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration (a test holds it to the scripts' head): with it, opening a
# workspace at this schema reads one row instead of loading Alembic.
HEAD_REVISION = "0017"


class DatabaseTooNewError(EkinerjaError):
    code = "database_too_new"


class NotOurDatabaseError(EkinerjaError):
    code = "not_a_database"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def created(self) -> bool:
        return self.before is None

    @property
    def upgraded(self) -> bool:
        return self.before is not None and self.before != self.after


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _at_head(conn: Connection) -> bool:
    """The schema is HEAD_REVISION (one version row): nothing to do."""
    if not inspect(conn).has_table("alembic_version"):
        return False
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows == [HEAD_REVISION]


def backup_sqlite(db_path: Path, backup_dir: Path, label: str, key: bytes | None = None) -> Path:
    """Consistent copy via SQLite's online backup API (safe while WAL is in use). An
    encrypted database (``key``) is copied encrypted with the same key."""
    owner_only.make_folder(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{db_path.stem}-{stamp}-{label}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{db_path.stem}-{stamp}-{label}-{counter}.sqlite3"
    owner_only.create_private(target)  # a full copy: readable by the owner only
    copy_sqlite(db_path, target, key)
    return target


def _not_our_database(where: str) -> NotOurDatabaseError:
    return NotOurDatabaseError(
        _("Berkas basis data di {where} rusak atau bukan basis data e-Kinerja.").format(
            where=where
        ),
        hint=_("Berkas itu tidak diubah. Pulihkan dari cadangan, atau pilih folder data lain."),
    )


SQLITE_MAGIC = b"SQLite format 3\x00"


def precheck_sqlite_file(db_path: Path) -> None:
    """Inspect an existing SQLite file read-only before anything opens it for writing
    (opening switches it to WAL mode, which would already change a foreign file)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    where = str(db_path)
    try:
        with db_path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _not_our_database(where) from exc
    if magic != SQLITE_MAGIC:
        raise _not_our_database(where)
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _not_our_database(where) from exc
    if tables - {"alembic_version"} and revision is None:
        raise _not_our_database(where)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise _too_new(where, revision)


def _too_new(where: str, revision: str) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        _(
            "Basis data di {where} dibuat oleh versi e-Kinerja Desktop yang lebih baru "
            "(skema {rev})."
        ).format(where=where, rev=revision),
        hint=_("Perbarui aplikasi ke versi terbaru. Basis data tidak diubah."),
    )


def upgrade_database(
    engine: Engine, *, backup_dir: Path | None, key: bytes | None = None
) -> MigrationResult:
    """Bring the schema to head. A new database is created; an older one is backed up
    first (SQLite) and upgraded in one transaction; a newer one is refused untouched."""
    where = str(sqlite_path(str(engine.url)) or engine.url.render_as_string(hide_password=True))
    try:
        with engine.connect() as conn:
            if _at_head(conn):
                return MigrationResult(HEAD_REVISION, HEAD_REVISION, None)
            from alembic.runtime.migration import MigrationContext

            before = MigrationContext.configure(conn).get_current_revision()
            table_names = set(inspect(conn).get_table_names())
    except (DatabaseError, OperationalError) as exc:
        raise _not_our_database(where) from exc
    head = head_revision()
    if before is None and table_names - {"alembic_version"}:
        raise _not_our_database(where)
    if before is not None and before not in known_revisions():
        raise _too_new(where, before)
    if before == head:
        return MigrationResult(before, head, None)
    backup: Path | None = None
    db_path = sqlite_path(str(engine.url))
    if before is not None and db_path is not None and backup_dir is not None:
        backup = backup_sqlite(db_path, backup_dir, f"sebelum-upgrade-{before}", key)
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationResult(before, head, backup)
