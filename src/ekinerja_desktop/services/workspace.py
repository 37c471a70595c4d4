"""Open, create and describe a workspace: one data directory (or server URL) per node."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.services import audit, paths
from ekinerja_desktop.services.errors import WorkspaceError
from ekinerja_desktop.store.database import (
    is_sqlite,
    make_engine,
    make_session_factory,
    sqlite_path,
    sqlite_url,
    unit_of_work,
)
from ekinerja_desktop.store.migrate import (
    MigrationResult,
    precheck_sqlite_file,
    upgrade_database,
)
from ekinerja_desktop.store.models import LocalNode


@dataclass(frozen=True)
class NodeInfo:
    id: str
    role: NodeRole
    agency: str
    epoch: str
    is_demo: bool


@dataclass
class Workspace:
    """An open workspace. Thread-safe to share: every unit of work opens its own session."""

    data_dir: Path
    url: str
    engine: Engine
    read_engine: Engine
    node: NodeInfo
    migration: MigrationResult
    _factory: sessionmaker[Session] = field(repr=False)
    _read_factory: sessionmaker[Session] = field(repr=False)

    @contextmanager
    def write(self, actor: str = "system") -> Iterator[Session]:
        """A write transaction (SQLite: BEGIN IMMEDIATE, so writers queue, never deadlock)."""
        with unit_of_work(self._factory, node_id=self.node.id, actor=actor) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot that never blocks writers."""
        session = self._read_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def evidence_dir(self) -> Path:
        return paths.evidence_dir(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()


def _check_writable(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise WorkspaceError(
            _("Folder data {path} tidak dapat ditulisi ({reason}).").format(
                path=data_dir, reason=exc.strerror or exc
            ),
            hint=_(
                "Pilih folder lain dengan --data-dir, atau minta admin memberi hak tulis "
                "pada folder itu."
            ),
            code="data_dir_readonly",
        ) from exc


def _engines(url: str) -> tuple[Engine, Engine]:
    engine = make_engine(url, immediate=True)
    if not is_sqlite(url):
        return engine, engine
    return engine, make_engine(url)


def resolve_url(data_dir: Path, database_url: str | None) -> str:
    return database_url or sqlite_url(paths.database_file(data_dir))


def _open(data_dir: Path, url: str) -> Workspace:
    db_file = sqlite_path(url)
    if db_file is not None:
        precheck_sqlite_file(db_file)
    engine, read_engine = _engines(url)
    try:
        migration = upgrade_database(
            engine, backup_dir=paths.backup_dir(data_dir) if is_sqlite(url) else None
        )
        factory = make_session_factory(engine)
        read_factory = make_session_factory(read_engine)
        with read_factory() as session:
            row = session.execute(select(LocalNode)).scalars().first()
        node = (
            NodeInfo(row.id, NodeRole(row.role), row.agency, row.epoch, row.is_demo)
            if row is not None
            else NodeInfo("", NodeRole.OFFICE, "", "", False)
        )
    except BaseException:
        engine.dispose()
        read_engine.dispose()
        raise
    return Workspace(data_dir, url, engine, read_engine, node, migration, factory, read_factory)


def open_workspace(data_dir: Path, database_url: str | None = None) -> Workspace:
    """Open an existing workspace, migrating it (with a backup first) when it is older."""
    if not paths.workspace_exists(data_dir, database_url):
        raise WorkspaceError(
            _("Belum ada ruang kerja di {path}.").format(path=data_dir),
            hint=_("Buat dengan 'ekinerja init' atau jalankan aplikasi untuk wizard awal."),
            code="no_workspace",
        )
    if database_url is None:
        db_file = paths.database_file(data_dir)
        if not os.access(db_file, os.R_OK):
            raise WorkspaceError(
                _("Berkas basis data {path} tidak dapat dibaca.").format(path=db_file),
                hint=_("Periksa hak akses berkas itu."),
                code="data_dir_readonly",
            )
        _check_writable(data_dir)
    ws = _open(data_dir, resolve_url(data_dir, database_url))
    if not ws.node.id:
        ws.close()
        raise WorkspaceError(
            _("Ruang kerja di {path} belum selesai dibuat.").format(path=data_dir),
            hint=_("Jalankan 'ekinerja init' lagi untuk folder itu."),
            code="no_workspace",
        )
    return ws


def init_workspace(
    data_dir: Path,
    *,
    role: NodeRole,
    agency: str,
    admin_username: str,
    admin_password: str,
    database_url: str | None = None,
    is_demo: bool = False,
) -> Workspace:
    """Create a new workspace with its node identity and the first administrator."""
    from ekinerja_desktop.services import auth

    agency = agency.strip()
    if not agency:
        raise WorkspaceError(
            _("Nama instansi wajib diisi."), hint=_("Contoh: Pemerintah Kota Palu.")
        )
    auth.check_username(admin_username)
    auth.check_password_strength(admin_password)
    if database_url is None:
        _check_writable(data_dir)
        if paths.database_file(data_dir).exists():
            raise WorkspaceError(
                _("Sudah ada ruang kerja di {path}.").format(path=data_dir),
                hint=_("Buka ruang kerja itu, atau pilih folder lain untuk ruang kerja baru."),
                code="workspace_exists",
            )
    ws = _open(data_dir, resolve_url(data_dir, database_url))
    try:
        if ws.node.id:
            raise WorkspaceError(
                _("Basis data itu sudah berisi ruang kerja."),
                hint=_("Buka ruang kerja itu, atau pakai basis data kosong."),
                code="workspace_exists",
            )
        with ws.write() as session:
            node = LocalNode(role=role.value, agency=agency, is_demo=is_demo)
            session.add(node)
            session.flush()
            session.info["node_id"] = node.id
            admin = auth.create_user_unchecked(
                session,
                username=admin_username,
                password=admin_password,
                roles={Role.ADMIN_PUSAT if role is NodeRole.CENTRAL else Role.ADMIN_OPD},
                display_name="Administrator",
            )
            audit.record(
                session,
                node_id=node.id,
                actor="system",
                action="workspace.init",
                entity="local_node",
                entity_id=node.id,
                detail={"role": role.value, "agency": agency, "admin": admin.username},
            )
            node_info = NodeInfo(node.id, role, agency, node.epoch, is_demo)
        ws.node = node_info
    except BaseException:
        ws.close()
        raise
    return ws
