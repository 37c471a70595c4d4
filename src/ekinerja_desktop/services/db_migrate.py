"""Move a SQLite workspace into an empty PostgreSQL database (``ekinerja db migrate-to``).

Every table is copied - master and module data, sync bookkeeping, the audit chain, the
dashboard rollup - from one consistent snapshot of the source, in one transaction on
the target (all or nothing). Afterwards the row counts of every table and the audit
chain are verified on the target, and a ``db.migrate_to`` event continues the chain.
Evidence files, node keys and backups are files in the data folder: they stay where
they are, so the workspace keeps using the same ``--data-dir`` with the new URL.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import audit, auth
from ekinerja_desktop.services.errors import ValidationError, WorkspaceError
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.base import Base
from ekinerja_desktop.store.database import make_engine, make_session_factory
from ekinerja_desktop.store.migrate import current_revision, upgrade_database

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

BATCH = 5000


@dataclass(frozen=True)
class MigrateResult:
    target: str  # URL without password
    rows: dict[str, int]  # per table, verified equal on both sides
    audit_events: int
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        return _(
            "{n} baris dari {t} tabel disalin ke {u} dan diperiksa (jumlah baris sama, "
            "rantai jejak audit utuh: {a} peristiwa) dalam {s:.0f} detik."
        ).format(n=self.total, t=len(self.rows), u=self.target, a=self.audit_events, s=self.seconds)


def _tables() -> list[Table]:
    from ekinerja_desktop.store import models  # noqa: F401 - registers every table

    return list(Base.metadata.sorted_tables)


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


def _check_target_empty(conn: Connection, where: str) -> None:
    names = set(inspect(conn).get_table_names()) - {"alembic_version"}
    if not names:
        return
    if names - {t.name for t in _tables()}:
        raise WorkspaceError(
            _("Basis data tujuan {u} sudah berisi tabel lain; tidak ada yang disalin.").format(
                u=where
            ),
            hint=_("Buat basis data PostgreSQL baru yang kosong (createdb), lalu ulangi."),
            code="target_not_empty",
        )
    filled = [
        name
        for name in sorted(names)
        if conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None
    ]
    if filled:
        raise WorkspaceError(
            _(
                "Basis data tujuan {u} tidak kosong ({n} tabel berisi data, mis. {t}); "
                "tidak ada yang disalin."
            ).format(u=where, n=len(filled), t=filled[0]),
            hint=_(
                "Pindahkan ke basis data PostgreSQL baru yang kosong (createdb), atau "
                "kosongkan basis data itu lebih dulu."
            ),
            code="target_not_empty",
        )


def _self_ref_order(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose self-reference points at a row not yet placed come later."""
    columns = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    pk = next(iter(table.primary_key.columns)).name
    placed: set[Any] = set()
    out: list[dict[str, Any]] = []
    pending = rows
    while pending:
        later = []
        for row in pending:
            refs = [row[c] for c in columns if row[c] is not None and row[c] != row[pk]]
            if all(r in placed for r in refs):
                out.append(row)
                placed.add(row[pk])
            else:
                later.append(row)
        if len(later) == len(pending):  # dangling or cyclic: let the database report it
            out.extend(later)
            break
        pending = later
    return out


def _batches(src: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    self_ref = any(fk.column.table is table for fk in table.foreign_keys)
    order = list(table.primary_key.columns)
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    if self_ref:
        rows = [dict(r) for r in result.mappings()]
        ordered = _self_ref_order(table, rows)
        for start in range(0, len(ordered), BATCH):
            yield ordered[start : start + BATCH]
        return
    for part in result.mappings().partitions(BATCH):
        yield [dict(r) for r in part]


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    count = 0
    names = [c.name for c in table.columns]
    raw = dst.connection.driver_connection if dst.dialect.name == "postgresql" else None
    for rows in _batches(src, table):
        if raw is not None:
            # COPY is several times faster than INSERT for the large tables.
            cols = ", ".join(f'"{n}"' for n in names)
            with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as cp:
                for row in rows:
                    cp.write_row([row[n] for n in names])
        else:
            dst.execute(table.insert(), rows)
        count += len(rows)
    return count


def _reset_sequences(dst: Connection) -> None:
    """PostgreSQL serial columns continue after the copied values."""
    if dst.dialect.name != "postgresql":
        return
    for table in _tables():
        pk = list(table.primary_key.columns)
        if (
            len(pk) == 1
            and isinstance(pk[0].type, Integer)
            and pk[0].autoincrement
            in (
                True,
                "auto",
            )
        ):
            col = pk[0].name
            dst.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{col}'), "
                    f'COALESCE(MAX("{col}"), 1), MAX("{col}") IS NOT NULL) FROM "{table.name}"'
                )
            )


def _counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in _tables()
    }


def migrate_to(
    ws: Workspace, actor: Actor, target_url: str, *, progress: Progress | None = None
) -> MigrateResult:
    """Copy the open SQLite workspace ``ws`` into the empty database at ``target_url``
    (migrated to the current schema first), then verify counts and the audit chain."""
    auth.require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    started = time.perf_counter()
    if not ws.is_sqlite:
        raise ValidationError(
            _("Ruang kerja ini sudah memakai server basis data, bukan berkas SQLite."),
            hint=_("migrate-to memindahkan ruang kerja SQLite ke PostgreSQL."),
        )
    where = _safe_url(target_url)
    if target_url.strip() == ws.url:
        raise ValidationError(
            _("Tujuan sama dengan basis data ruang kerja ini."),
            hint=_("Berikan URL basis data PostgreSQL yang baru."),
        )
    try:
        engine = make_engine(target_url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise ValidationError(
            _("URL basis data tujuan tidak dapat dipakai: {u}.").format(u=where),
            hint=_("Contoh: postgresql+psycopg://ekinerja@server/ekinerja_pusat"),
        ) from exc
    try:
        try:
            with engine.connect() as conn:
                _check_target_empty(conn, where)
            upgrade_database(engine, backup_dir=None)
        except SQLAlchemyError as exc:
            raise WorkspaceError(
                _("Basis data tujuan {u} tidak dapat dibuka: {e}").format(
                    u=where, e=str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                ),
                hint=_(
                    "Periksa URL, nama pengguna, kata sandi dan bahwa server PostgreSQL "
                    "berjalan dan basis datanya sudah dibuat (createdb)."
                ),
                code="target_unreachable",
            ) from exc
        tables = _tables()
        with ws.read_engine.connect() as src, src.begin():
            source_counts = _counts(src)
            had_triggers = rollup.triggers_present(src)
            total = sum(source_counts.values())
            done = 0
            with engine.begin() as dst:
                for table in tables:
                    if progress is not None:
                        progress(done, total, table.name)
                    done += _copy_table(src, dst, table)
                _reset_sequences(dst)
                if had_triggers:
                    # The copied dirty list matches the copied rollup: keep both.
                    rollup.install_triggers(dst)
                target_counts = _counts(dst)
        mismatched = [
            f"{name}: {source_counts[name]} -> {target_counts.get(name)}"
            for name in source_counts
            if source_counts[name] != target_counts.get(name)
        ]
        if mismatched:
            raise WorkspaceError(
                _("Jumlah baris tidak sama setelah disalin: {m}.").format(m="; ".join(mismatched)),
                hint=_("Kosongkan basis data tujuan dan ulangi; laporkan bila terulang."),
                code="migrate_mismatch",
            )
        factory = make_session_factory(engine)
        factory.configure(info={"audit_key": ws.audit_key})
        with factory() as session:
            chain = audit.verify_chain(session, audit_key=ws.audit_key)
        if not chain.ok:
            raise WorkspaceError(
                _("Rantai jejak audit di basis data tujuan rusak pada peristiwa #{s}.").format(
                    s=chain.broken_at
                ),
                hint=_("Periksa sumber dengan 'ekinerja audit verify', lalu ulangi."),
                code="migrate_audit",
            )
        with factory.begin() as session:
            detail = {
                "from": str(ws.data_dir),
                "to": where,
                "rows": sum(source_counts.values()),
                "schema": current_revision(engine),
            }
            audit.record_node(session, ws, actor, "db.migrate_to", detail)
    finally:
        engine.dispose()
    return MigrateResult(where, source_counts, chain.checked, time.perf_counter() - started)
