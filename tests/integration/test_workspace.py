"""Workspace life cycle on a real database: create, open, migrate, refuse bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import paths
from ekinerja_desktop.services.errors import ValidationError, WorkspaceError
from ekinerja_desktop.services.workspace import init_workspace, open_workspace
from ekinerja_desktop.store.migrate import (
    DatabaseTooNewError,
    NotOurDatabaseError,
    current_revision,
    head_revision,
)
from tests.helpers import new_workspace

pytestmark = pytest.mark.db


@pytest.mark.real_migrations
def test_init_creates_node_admin_and_schema_at_head(ws, database_url):
    assert ws.node.id
    assert ws.node.role is NodeRole.OFFICE
    assert ws.node.agency == "Pemerintah Kota Palu"
    assert ws.migration.created
    assert current_revision(ws.engine) == head_revision()
    reopened = open_workspace(ws.data_dir, database_url)
    try:
        assert reopened.node == ws.node
        assert not reopened.migration.upgraded
    finally:
        reopened.close()


def test_init_refuses_existing_workspace(ws, database_url):
    with pytest.raises(WorkspaceError) as info:
        init_workspace(
            ws.data_dir,
            role=NodeRole.OFFICE,
            agency="X",
            admin_username="admin2",
            admin_password="rahasia-baru-123",
            database_url=database_url,
        )
    assert info.value.code == "workspace_exists"


@pytest.mark.parametrize(
    ("agency", "password", "error", "message"),
    [
        ("Pemkot", "short", ValidationError, "terlalu pendek"),
        ("  ", "panjang-sekali-1", WorkspaceError, "instansi wajib"),
    ],
)
def test_init_validates_input(tmp_path, database_url, agency, password, error, message):
    with pytest.raises(error, match=message):
        init_workspace(
            tmp_path / "w",
            role=NodeRole.OFFICE,
            agency=agency,
            admin_username="admin",
            admin_password=password,
            database_url=database_url,
        )


@pytest.mark.sqlite_only
def test_sqlite_uses_wal_and_foreign_keys(ws):
    with ws.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_open_missing_workspace_says_how_to_create(tmp_path):
    with pytest.raises(WorkspaceError) as info:
        open_workspace(tmp_path / "nothing")
    assert info.value.code == "no_workspace"
    assert "ekinerja init" in info.value.hint


def test_damaged_file_is_refused_and_left_untouched(tmp_path):
    data_dir = tmp_path / "ws"
    data_dir.mkdir()
    db = paths.database_file(data_dir)
    garbage = b"this is not a database at all\n" * 100
    db.write_bytes(garbage)
    with pytest.raises(NotOurDatabaseError) as info:
        open_workspace(data_dir)
    assert "rusak atau bukan basis data" in info.value.message
    assert "tidak diubah" in info.value.hint
    assert db.read_bytes() == garbage


def test_foreign_sqlite_database_is_refused(tmp_path):
    data_dir = tmp_path / "ws"
    data_dir.mkdir()
    db = paths.database_file(data_dir)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(NotOurDatabaseError):
        open_workspace(data_dir)
    assert db.read_bytes() == before


def test_newer_database_is_refused_untouched(ws, database_url):
    with ws.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ws.close()
    db = paths.database_file(ws.data_dir)
    before = db.read_bytes() if database_url is None else b""
    with pytest.raises(DatabaseTooNewError) as info:
        open_workspace(ws.data_dir, database_url)
    assert "lebih baru" in info.value.message
    assert "Perbarui aplikasi" in info.value.hint
    if database_url is None:
        assert db.read_bytes() == before
    else:
        from ekinerja_desktop.store.database import make_engine

        engine = make_engine(database_url)
        assert current_revision(engine) == "9999_future"
        engine.dispose()


def test_read_only_data_dir_is_reported_via_unwritable_path(tmp_path):
    # Works for root too: a regular file where the folder should be cannot be written into.
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(WorkspaceError) as info:
        new_workspace(blocker / "sub", agency="X", password="panjang-sekali-1")
    assert info.value.code == "data_dir_readonly"
    assert "--data-dir" in info.value.hint


def test_sync_columns_are_stamped_on_save(ws):
    from ekinerja_desktop.store.models import OrgUnit

    with ws.write(actor="tester") as session:
        unit = OrgUnit(name="Dinas Kesehatan")
        session.add(unit)
        session.flush()
        unit_id = unit.id
    with ws.read() as session:
        unit = session.get(OrgUnit, unit_id)
        assert unit.version == 1
        assert unit.origin_node == ws.node.id
        assert unit.updated_by == "tester"
        first_seq = unit.origin_seq
        assert first_seq > 0
    with ws.write(actor="tester2") as session:
        unit = session.get(OrgUnit, unit_id)
        unit.name = "Dinas Kesehatan Kota Palu"
    with ws.read() as session:
        unit = session.get(OrgUnit, unit_id)
        assert unit.version == 2
        assert unit.origin_seq > first_seq
        assert unit.updated_by == "tester2"
        assert unit.deleted is False


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    "revision",
    [
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0008",
        "0009",
        "0010",
        "0011",
        "0014",
    ],
)
def test_stored_older_schema_is_backed_up_then_upgraded(tmp_path, revision):
    """A workspace stored at an older schema (real file, made by the real migrations of
    that release) is copied to a backup first, then upgraded, keeping its data."""
    import shutil

    from ekinerja_desktop.services import audit, auth

    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = paths.database_file(data_dir)
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", db)
    ws = open_workspace(data_dir)
    try:
        assert ws.migration.before == revision
        assert ws.migration.upgraded
        assert current_revision(ws.engine) == head_revision()
        backup = ws.migration.backup
        assert backup is not None
        assert backup.parent == paths.backup_dir(data_dir)
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert con.execute("SELECT name FROM employee").fetchone()[0] == "Nurhayati"
        con.close()
        assert ws.node.agency == "Pemerintah Kota Palu"
        assert auth.login(ws, "admin", "fixture-pass-1").username == "admin"
        assert audit.verify(ws).ok
        with ws.read() as session:
            assert session.execute(text("SELECT nip FROM employee")).scalar() == (
                "198507142010012003"
            )
    finally:
        ws.close()


def test_head_revision_constant_is_the_newest_migration():
    """store.migrate.HEAD_REVISION (what a start compares without loading Alembic) is the
    head of the migration scripts: a new migration must move it."""
    from alembic.script import ScriptDirectory

    from ekinerja_desktop.store.migrate import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_opening_a_workspace_at_head_does_not_load_alembic(tmp_path):
    """A start opens the embedded SQLite workspace (already at head) without Alembic."""
    import subprocess
    import sys

    data = tmp_path / "ws"
    new_workspace(data, agency="Uji", password="fixture-pass-1").close()
    probe = (
        "import sys; from pathlib import Path; "
        "from ekinerja_desktop.services.workspace import open_workspace; "
        f"open_workspace(Path({str(data)!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_every_older_revision_has_a_stored_fixture():
    """Each released schema needs an upgrade fixture (scripts/make_schema_fixture.py)."""
    from alembic.script import ScriptDirectory

    from ekinerja_desktop.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    older = [r.revision for r in script.walk_revisions() if r.revision != head_revision()]
    missing = [r for r in older if not (FIXTURES / f"schema_{r}.sqlite3").exists()]
    assert older, "expected at least one older revision"
    assert missing == []


def test_paths_do_not_import_sqlalchemy():
    import subprocess
    import sys

    code = (
        "import sys, ekinerja_desktop.services.paths, ekinerja_desktop.services.preferences;"
        "sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_default_data_dir_honours_env(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("EKINERJA_DATA_DIR", str(tmp_path / "x"))
    assert paths.default_data_dir() == tmp_path / "x"
