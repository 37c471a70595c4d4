"""Where a workspace lives on disk. Deliberately free of SQLAlchemy so the GUI can ask
these questions while the login window is being shown."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ekinerja-desktop"
APP_AUTHOR = "PemkotPalu"
DB_FILENAME = "ekinerja.sqlite3"


def default_data_dir() -> Path:
    env = os.environ.get("EKINERJA_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def database_file(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def evidence_dir(data_dir: Path) -> Path:
    return data_dir / "evidence"


def workspace_exists(data_dir: Path, database_url: str | None = None) -> bool:
    """True when there is something to open (an existing file, or an external server)."""
    if database_url:
        return True
    return database_file(data_dir).exists()
