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


DATABASE_URL_FILENAME = "database-url.txt"


def database_url_file(data_dir: Path) -> Path:
    """Where ``ekinerja db migrate-to`` records the server a workspace moved to."""
    return Path(data_dir) / DATABASE_URL_FILENAME


def configured_database_url(data_dir: Path, explicit: str | None = None) -> str | None:
    """The database a data folder uses: ``--database-url``, else the environment's
    ``EKINERJA_DATABASE_URL``, else the URL saved in the data folder (so a central office
    that moved to PostgreSQL opens it by double-click too), else None (the SQLite file)."""
    if explicit:
        return explicit
    env = os.environ.get("EKINERJA_DATABASE_URL")
    if env:
        return env
    try:
        saved = database_url_file(data_dir).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return saved or None


def save_database_url(data_dir: Path, url: str) -> Path:
    """Record ``url`` for the data folder (readable by the owner only - mode 0600, or an
    owner-only ACL on Windows: it may hold a password; a ~/.pgpass entry keeps it out of
    the URL)."""
    from ekinerja_desktop.store import owner_only

    target = database_url_file(data_dir)
    owner_only.write_private(target, (url.strip() + "\n").encode("utf-8"))
    return target


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def evidence_dir(data_dir: Path) -> Path:
    return data_dir / "evidence"


KEYSLOTS_FILENAME = "keyslots.json"
SQLITE_MAGIC = b"SQLite format 3\x00"


def keyslots_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEYSLOTS_FILENAME


def has_plain_header(db_file: Path) -> bool:
    """True for a plain SQLite file (or one too short to tell); False for anything
    else, e.g. an SQLCipher file whose first bytes are a random salt."""
    try:
        with Path(db_file).open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return True
    return len(head) < len(SQLITE_MAGIC) or head == SQLITE_MAGIC


def is_encrypted(data_dir: Path, database_url: str | None = None) -> bool:
    """The workspace's database is an SQLCipher file with its key slots beside it.

    The database file itself is the truth: an interrupted conversion can leave a key
    slot file beside a still-plain database, which stays a plain workspace."""
    if database_url:
        return False
    db_file = database_file(Path(data_dir))
    return db_file.exists() and not has_plain_header(db_file) and keyslots_file(data_dir).exists()


def workspace_exists(data_dir: Path, database_url: str | None = None) -> bool:
    """True when there is something to open (an existing file, or an external server)."""
    if database_url:
        return True
    return database_file(data_dir).exists()
