"""Shared fixtures: isolated user dirs, offscreen Qt, and a workspace on SQLite or
PostgreSQL (EKINERJA_TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

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

ADMIN_PASSWORD = "rahasia-admin-1"
PG_URL = os.environ.get("EKINERJA_TEST_DATABASE_URL") or None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Engine-specific tests run only against their engine: the others are deselected
    (not skipped), so every collected test really runs."""
    engine = "postgresql" if PG_URL else "sqlite"
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        wrong_engine = (engine == "sqlite" and item.get_closest_marker("postgres_only")) or (
            engine == "postgresql" and item.get_closest_marker("sqlite_only")
        )
        needs_root = item.get_closest_marker("needs_root") and not is_root
        (dropped if wrong_engine or needs_root else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def database_url() -> Iterator[str | None]:
    """None for the embedded SQLite file, or a freshly emptied PostgreSQL database."""
    if PG_URL:
        _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def ws(data_dir: Path, database_url: str | None) -> Iterator[object]:
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import init_workspace

    workspace = init_workspace(
        data_dir,
        role=NodeRole.OFFICE,
        agency="Pemerintah Kota Palu",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        database_url=database_url,
    )
    yield workspace
    workspace.close()


@pytest.fixture
def admin(ws: object) -> object:
    from ekinerja_desktop.services import auth

    return auth.login(ws, "admin", ADMIN_PASSWORD)  # type: ignore[arg-type]
