"""``ekinerja db migrate-to``: a SQLite workspace copied into an empty database, verified
(row counts, audit chain), usable afterwards; a non-empty target is refused untouched."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, select, text

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.services import audit, auth, central, db_migrate, paths
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.database import sqlite_url
from ekinerja_desktop.store.models import AuditEvent
from tests.helpers.central import PASSWORD, YEAR, build_city, central_node
from tests.helpers.cli_login import cli_login
from tests.helpers.sync import enroll, make_node, ship
from tests.helpers.windows_rules import assert_owner_only


@pytest.fixture
def source(tmp_path):
    """A central SQLite workspace with a city, a node that sent a bundle, a built rollup."""
    ws, admin = central_node(tmp_path / "src")
    build_city(ws)
    office, o_admin = make_node(tmp_path / "office", NodeRole.OFFICE)
    try:
        enroll(ws, admin, office, o_admin, tmp_path, ["DINKES"])
        report = ship(office, o_admin, ws, admin, "pusat", tmp_path / "o2c")
        assert report.status == "applied"
    finally:
        office.close()
    figures = [t.rows for t in central.dashboard(ws, admin, YEAR).tables()]
    yield ws, admin, figures
    ws.close()


def _check_copy(ws, admin, figures, target_url, tmp_path):
    result = db_migrate.migrate_to(ws, admin, target_url)
    assert result.rows["daily_log"] == 9
    assert result.rows["sync_known_node"] >= 1
    assert result.rows["sync_imported_bundle"] >= 1
    assert result.rows["log_year_rollup"] >= 1
    assert result.audit_events == result.rows["audit_event"]
    assert "diperiksa" in result.summary()
    moved = open_workspace(ws.data_dir, target_url)
    try:
        assert moved.node == ws.node
        assert audit.verify(moved).ok
        with moved.read() as session:
            last = session.execute(
                select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)
            ).scalar_one()
        assert last == "db.migrate_to"
        admin2 = auth.login(moved, "admin", PASSWORD)  # new audit events continue the chain
        assert audit.verify(moved).ok
        with moved.read() as session:
            assert rollup.triggers_present(session.connection())
            assert rollup.dirty_count(session.connection()) == 0
        d = central.dashboard(moved, admin2, YEAR)
        assert d.rollup_refreshed == 0
        assert [t.rows for t in d.tables()] == figures
    finally:
        moved.close()
    return result


@pytest.mark.db
@pytest.mark.postgres_only
def test_sqlite_workspace_moves_to_postgresql(source, database_url, tmp_path):
    ws, admin, figures = source
    _check_copy(ws, admin, figures, database_url, tmp_path)
    # a second run meets a non-empty target and changes nothing
    with pytest.raises(Exception) as err:
        db_migrate.migrate_to(ws, admin, database_url)
    assert err.value.code == "target_not_empty"


@pytest.mark.sqlite_only
def test_copy_into_an_empty_sqlite_file_is_complete(source, tmp_path):
    ws, admin, figures = source
    target = sqlite_url(tmp_path / "copy" / "copy.sqlite3")
    (tmp_path / "copy").mkdir()
    _check_copy(ws, admin, figures, target, tmp_path)


@pytest.mark.sqlite_only
def test_non_empty_or_foreign_target_is_refused_untouched(source, tmp_path):
    ws, admin, _figures = source
    other, _other_admin = central_node(tmp_path / "other")
    other_url = other.url
    other.close()
    with pytest.raises(Exception) as err:
        db_migrate.migrate_to(ws, admin, other_url)
    assert err.value.code == "target_not_empty"
    assert "tidak kosong" in err.value.message

    foreign = tmp_path / "foreign.sqlite3"
    engine = create_engine(sqlite_url(foreign))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY)"))
    with pytest.raises(Exception) as err:
        db_migrate.migrate_to(ws, admin, sqlite_url(foreign))
    assert err.value.code == "target_not_empty"
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["pelanggan"]
    engine.dispose()

    with pytest.raises(Exception) as err:
        db_migrate.migrate_to(ws, admin, ws.url)
    assert err.value.code == "invalid"
    staff = auth.Actor("x", "pegawai", "Pegawai", frozenset({Role.PEGAWAI}), None)
    with pytest.raises(Exception) as err:
        db_migrate.migrate_to(ws, staff, sqlite_url(tmp_path / "y.sqlite3"))
    assert err.value.code == "permission_denied"


@pytest.mark.sqlite_only
def test_cli_migrate_to_prints_what_to_do_next(source, tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    ws, _admin, _figures = source
    target = sqlite_url(tmp_path / "cli.sqlite3")
    assert main(["db", "migrate-to", target, "--data-dir", str(ws.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "diperiksa" in out
    # The server is recorded in the data folder: a double-click opens it from now on.
    saved = paths.database_url_file(ws.data_dir)
    assert saved.name in out
    assert_owner_only(saved)  # may hold a password: owner only (an ACL on Windows)
    assert paths.configured_database_url(ws.data_dir) == target
    # The source of a second run is still the SQLite file, and the target is not empty.
    assert main(["db", "migrate-to", target, "--data-dir", str(ws.data_dir)]) == 1
    assert "tidak kosong" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_database_url_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv("EKINERJA_DATABASE_URL", raising=False)
    assert paths.configured_database_url(tmp_path) is None
    paths.save_database_url(tmp_path, "postgresql+psycopg://pusat/ekinerja ")
    assert paths.configured_database_url(tmp_path) == "postgresql+psycopg://pusat/ekinerja"
    monkeypatch.setenv("EKINERJA_DATABASE_URL", "postgresql+psycopg://env/x")
    assert paths.configured_database_url(tmp_path) == "postgresql+psycopg://env/x"
    assert paths.configured_database_url(tmp_path, "sqlite:///a.db") == "sqlite:///a.db"
