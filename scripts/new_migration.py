"""Generate an Alembic revision by comparing the models with a database at head.

Usage: .venv/bin/python scripts/new_migration.py "add skp tables" [--rev-id 0002]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command

from ekinerja_desktop.store.database import make_engine, sqlite_url
from ekinerja_desktop.store.migrate import alembic_config, upgrade_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(sqlite_url(Path(tmp) / "head.sqlite3"))
        try:
            upgrade_database(engine, backup_dir=None)
        except Exception as exc:
            print(f"(no existing revisions applied: {exc})")
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id)


if __name__ == "__main__":
    main()
