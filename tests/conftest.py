"""Shared fixtures: isolated user dirs, offscreen Qt, and a workspace on SQLite or
PostgreSQL (EKINERJA_TEST_DATABASE_URL)."""

from __future__ import annotations

import atexit
import os
import pickle
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

# Qt must never try to reach a display in unit/GUI tests (it aborts the process).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = tempfile.mkdtemp(prefix="ekinerja-test-home-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
# Windows: platformdirs asks the shell for the known folders (not the environment), so
# its override variables point them into the same throw-away home; a test run never
# touches the real %LOCALAPPDATA%\PemkotPalu\ekinerja-desktop.
for var, folder in (("LOCAL_APPDATA", "localappdata"), ("APPDATA", "appdata")):
    os.environ[f"WIN_PD_OVERRIDE_{var}"] = os.path.join(_HOME, folder)
    os.environ[var.replace("_", "")] = os.path.join(_HOME, folder)
os.environ.pop("EKINERJA_DATABASE_URL", None)
os.environ.pop("EKINERJA_DATA_DIR", None)

# Production-strength argon2 costs about a second per hash; see tests/helpers/argon2_cost.py.
from tests.helpers import ADMIN_PASSWORD  # noqa: E402
from tests.helpers.argon2_cost import production_argon2, use_cheap_argon2  # noqa: E402
from tests.helpers.prepared import SNAPSHOT_DIR, copy_state, key_of, shared_state  # noqa: E402

use_cheap_argon2()

PG_URL = os.environ.get("EKINERJA_TEST_DATABASE_URL") or None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Engine-specific tests run only against their engine: the others are deselected
    (not skipped), so every collected test really runs. The PostgreSQL run also
    deselects ``db`` tests that never take the configured database (no ``database_url``
    among their fixtures: they make their own SQLite workspaces), which the SQLite run
    already ran exactly as they would run again."""
    engine = "postgresql" if PG_URL else "sqlite"
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        wrong_engine = (engine == "sqlite" and item.get_closest_marker("postgres_only")) or (
            engine == "postgresql" and item.get_closest_marker("sqlite_only")
        )
        wrong_engine = wrong_engine or (
            engine == "postgresql"
            and item.get_closest_marker("db")
            and "database_url" not in getattr(item, "fixturenames", ())
        )
        needs_root = item.get_closest_marker("needs_root") and not is_root
        not_windows = item.get_closest_marker("windows_only") and os.name != "nt"
        (dropped if wrong_engine or needs_root or not_windows else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


# --- PostgreSQL databases ----------------------------------------------------------------
# Every test gets an empty database (``database_url``). Emptying one is a DROP DATABASE
# and CREATE DATABASE; a new workspace then replaces it at once by a copy of the
# migrated template (below), so the emptying is done lazily: ``database_url`` only
# notes that the database must be emptied, and the first connection to it (any engine,
# through the dialect's do_connect event) empties it first - unless a new workspace's
# template copy or a prepared copy replaces the database before anything connects.
_worker_urls: dict[str, str] = {}
_to_empty: set[str] = set()  # databases to empty before their next connection
_admin_engines: dict[str, Engine] = {}


def _admin(url: URL) -> Engine:
    """An AUTOCOMMIT engine on the server's ``postgres`` database (kept for the run)."""
    from sqlalchemy import create_engine

    key = url.set(database="postgres").render_as_string(hide_password=False)
    if key not in _admin_engines:
        _admin_engines[key] = create_engine(key, isolation_level="AUTOCOMMIT")
    return _admin_engines[key]


def _recreate_database(url: URL, name: str, template: str | None = None) -> None:
    """DROP and CREATE database ``name`` (ending its sessions), empty or as a copy of
    ``template`` (which must have no sessions)."""
    from sqlalchemy import text

    _to_empty.discard(name)
    with _admin(url).connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if template is not None:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": template},
            )
        conn.execute(
            text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        )


def _empty_before_connecting(
    dialect: object, conn_rec: object, cargs: object, cparams: dict[str, Any]
) -> None:
    name = cparams.get("dbname")
    if name in _to_empty and PG_URL:
        from sqlalchemy import make_url

        _recreate_database(make_url(PG_URL), str(name))  # the same server as PG_URL


if PG_URL:
    from sqlalchemy import Engine as _Engine
    from sqlalchemy import event

    event.listen(_Engine, "do_connect", _empty_before_connecting)


def _worker_database(url: str) -> str:
    """Under pytest-xdist each worker gets its own database next to the configured one
    (``<name>_gw0``...), so parallel tests never share a schema."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    if url not in _worker_urls:
        from sqlalchemy import make_url

        base = make_url(url)
        _worker_urls[url] = base.set(database=f"{base.database}_{worker}").render_as_string(
            hide_password=False
        )
    return _worker_urls[url]


# --- template schema ---------------------------------------------------------------------
# Running the Alembic migrations costs about a second of CPU per new workspace. Every
# new SQLite workspace in this process starts instead from a copy of one database the
# real migrations built at the start (migrations add no rows, so the copy is exactly what
# they would produce); on PostgreSQL an empty database is replaced by a copy of a
# migrated template database. Tests marked ``real_migrations`` still run them each time; opening
# or upgrading an existing database always runs the real code.
_TEMPLATE_DIR = tempfile.mkdtemp(prefix="ekinerja-test-schema-")
atexit.register(shutil.rmtree, _TEMPLATE_DIR, ignore_errors=True)
_template_lock = threading.Lock()  # GUI tests may create workspaces on worker threads


def _template_schema() -> Path:
    from ekinerja_desktop.store.database import make_engine, sqlite_url
    from ekinerja_desktop.store.migrate import upgrade_database

    path = Path(_TEMPLATE_DIR) / "schema.sqlite3"
    with _template_lock:
        if not path.exists():
            building = path.with_suffix(".building")
            engine = make_engine(sqlite_url(building), immediate=True)
            try:
                upgrade_database(engine, backup_dir=None)
            finally:
                engine.dispose()
            for leftover in ("-wal", "-shm"):
                assert not Path(f"{building}{leftover}").exists()
            building.rename(path)
    return path


def _empty_database(engine: Engine) -> bool:
    from sqlalchemy import inspect

    with engine.connect() as conn:
        return not inspect(conn).get_table_names()


_postgres_templates: set[str] = set()


def _clone_postgres_template(url: URL) -> None:
    """Replace the (empty) PostgreSQL database of ``url`` by a copy of a template database
    the real migrations built once per test process (CREATE DATABASE ... TEMPLATE)."""
    from ekinerja_desktop.store.database import make_engine
    from ekinerja_desktop.store.migrate import upgrade_database

    name = str(url.database)
    template = f"{name}_template"
    if template not in _postgres_templates:
        _recreate_database(url, template)
        building = make_engine(url.set(database=template).render_as_string(False))
        try:
            upgrade_database(building, backup_dir=None)
        finally:
            building.dispose()
        _postgres_templates.add(template)
    _recreate_database(url, name, template)


@pytest.fixture(autouse=True)
def _new_workspaces_from_template(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("real_migrations"):
        return
    from ekinerja_desktop.services import workspace
    from ekinerja_desktop.store.database import sqlite_path
    from ekinerja_desktop.store.migrate import MigrationResult, upgrade_database

    def upgrade_from_template(
        engine: Engine, *, backup_dir: Path | None, key: bytes | None = None
    ) -> MigrationResult:
        db_file = sqlite_path(str(engine.url))
        if key is None and db_file is not None and not db_file.exists():
            shutil.copyfile(_template_schema(), db_file)
        elif engine.dialect.name == "postgresql" and (
            engine.url.database in _to_empty or _empty_database(engine)
        ):
            engine.dispose()
            _clone_postgres_template(engine.url)
        else:
            return upgrade_database(engine, backup_dir=backup_dir, key=key)
        result = upgrade_database(engine, backup_dir=backup_dir)
        assert result.before == result.after, result  # the copy is at head
        return MigrationResult(None, result.after, None)

    monkeypatch.setattr(workspace, "upgrade_database", upgrade_from_template)


@pytest.fixture
def real_argon2() -> Iterator[None]:
    """Production argon2 parameters for one test (the suite uses cheap ones)."""
    with production_argon2():
        yield


@pytest.fixture
def database_url() -> str | None:
    """None for the embedded SQLite file, or a freshly emptied PostgreSQL database."""
    if not PG_URL:
        return None
    from sqlalchemy import make_url

    url = _worker_database(PG_URL)
    _to_empty.add(str(make_url(url).database))  # emptied before anything connects to it
    return url


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def ws(_prepared: Prepared | None, data_dir: Path, database_url: str | None) -> Iterator[object]:
    if _prepared is not None:
        yield _prepared.ws
        return
    workspace = _new_office(data_dir, database_url)
    yield workspace
    workspace.close()


@pytest.fixture
def admin(_prepared: Prepared | None, ws: object) -> object:
    if _prepared is not None and _prepared.admin is not None:
        return _prepared.admin  # logged in before the build, as a fresh test would have
    from ekinerja_desktop.services import auth

    return auth.login(ws, "admin", ADMIN_PASSWORD)  # type: ignore[arg-type]


# --- prepared workspaces ------------------------------------------------------------------
# Many modules start every test from the same prepared state (an appraisal chain with
# approved SKPs, a populated office demo ...), which costs seconds per test to make
# through the services. A module marked ``pytest.mark.prepared(build=f)`` gets it once
# per test run - a new office workspace, the admin logged in, ``f(ws, admin)`` - and
# keeps a copy (the data folder, shared by the run's processes: tests/helpers/prepared.py;
# on PostgreSQL a database made from the worker's database as a template, per process).
# Each of its tests that uses the fixture ``prepared`` (what ``f`` returned, unpickled
# afresh) gets its own copy as ``ws`` and the same ``admin``: the state is exactly what
# the build left, nothing is shared between tests.
@dataclass
class Prepared:
    ws: Workspace
    admin: Actor | None  # None: the build ran without logging the admin in
    value: Any


@dataclass(frozen=True)
class _Snapshot:
    folder: Path
    database: str | None  # PostgreSQL: the database holding the prepared rows
    saved: bytes  # pickle of (admin, value)


_snapshots: dict[tuple[str, str], _Snapshot] = {}


def _new_office(data_dir: Path, database_url: str | None) -> Workspace:
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import init_workspace

    return init_workspace(
        data_dir,
        role=NodeRole.OFFICE,
        agency="Pemerintah Kota Palu",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        database_url=database_url,
    )


def _build_snapshot(
    build: Callable[[Any, Any], Any], login: bool, data_dir: Path, database_url: str | None
) -> tuple[Any, Any]:
    """A new office workspace in ``data_dir``, the admin logged in (``login``), ``build``
    run on it, the workspace closed: (the admin or None, what ``build`` returned)."""
    from ekinerja_desktop.services import auth

    ws = _new_office(data_dir, database_url)
    try:
        admin = auth.login(ws, "admin", ADMIN_PASSWORD) if login else None
        return admin, build(ws, admin)
    finally:
        ws.close()


@pytest.fixture
def _prepared(
    request: pytest.FixtureRequest, data_dir: Path, database_url: str | None
) -> Iterator[Prepared | None]:
    """The test's copy of the workspace its ``prepared(build=...)`` marker names (see
    above) when the test uses the ``prepared`` fixture (directly or through another
    fixture), else None. ``build(ws, admin)`` is a module-level function, or the name of
    one in the test module (its qualified name is the key); its result must pickle.
    ``prepared(build=f, login=False)`` builds without logging the admin in first (admin
    is None: the ``admin`` fixture then logs in on the test's copy); ``login="if-used"``
    logs in first only for tests that use the ``admin`` fixture (two prepared states),
    as a fixture ``f(ws)`` after ``ws, admin`` would."""
    marker = request.node.get_closest_marker("prepared")
    if marker is None or "prepared" not in request.fixturenames:
        yield None  # a test of the module that does not use the prepared state
        return
    from sqlalchemy import make_url

    from ekinerja_desktop.services.workspace import open_workspace

    build: Callable[[Any, Any], Any] = marker.kwargs["build"]
    if isinstance(build, str):  # a function of the test module, defined below its marker
        build = getattr(request.module, build)
    login = marker.kwargs.get("login", True)
    if login == "if-used":
        login = "admin" in request.fixturenames
    key = (f"{key_of(build)}:{login}", database_url or "")
    snapshot = _snapshots.get(key)
    if snapshot is not None:
        copy_state(snapshot.folder, data_dir)
        if snapshot.database is not None:
            url = make_url(database_url)
            _recreate_database(url, str(url.database), snapshot.database)
    elif database_url is None:
        folder, saved = shared_state(
            key[0], lambda: _build_snapshot(build, login, data_dir, None), data_dir
        )
        snapshot = _snapshots[key] = _Snapshot(folder, None, saved)
    else:
        made = _build_snapshot(build, login, data_dir, database_url)
        url = make_url(database_url)
        folder = SNAPSHOT_DIR / f"{os.getpid()}-{len(_snapshots)}"
        shutil.copytree(data_dir, folder / "0")
        database = f"{url.database}_prepared{len(_snapshots)}"
        _recreate_database(url, database, str(url.database))
        snapshot = _Snapshot(folder, database, pickle.dumps(made))
        _snapshots[key] = snapshot
    ws = open_workspace(data_dir, database_url)
    admin, value = pickle.loads(snapshot.saved)
    yield Prepared(ws, admin, value)
    ws.close()


@pytest.fixture
def prepared(_prepared: Prepared | None) -> Any:
    """What the ``prepared(build=...)`` marker's build returned (this test's copy)."""
    assert _prepared is not None, "the test needs a @pytest.mark.prepared(build=...) marker"
    return _prepared.value
