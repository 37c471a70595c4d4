"""Store a workspace at an older schema revision as a test fixture for upgrade tests.

Usage: .venv/bin/python scripts/make_schema_fixture.py 0001 tests/fixtures/schema_0001.sqlite3
The fixture is made with the real migrations of that revision plus a node, an admin
account (password ``fixture-pass-1``), a unit, an employee and an audit event.
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from ekinerja_desktop.services.audit_trail import GENESIS_HASH, _event_hash
from ekinerja_desktop.services.auth import hash_password
from ekinerja_desktop.store.database import make_engine, sqlite_url
from ekinerja_desktop.store.migrate import alembic_config


def main() -> None:
    revision, out = sys.argv[1], Path(sys.argv[2])
    out.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(out))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(
            text(
                "INSERT INTO local_node (id, role, agency, epoch, next_seq, is_demo, created_at) "
                "VALUES ('node-fixture', 'office', 'Pemerintah Kota Palu', 'epoch-1', 3, 0, "
                "'2026-01-05 01:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO app_user (id, username, password_hash, roles, display_name, active, "
                "failed_attempts, admin_locked, must_change_password, created_at) VALUES "
                "('user-1', 'admin', :h, 'admin_opd', 'Administrator', 1, 0, 0, 0, "
                "'2026-01-05 01:00:00')"
            ),
            {"h": hash_password("fixture-pass-1")},
        )
        sync = "version, origin_node, origin_seq, updated_at, updated_by, deleted"
        conn.execute(
            text(
                f"INSERT INTO org_unit (id, parent_id, code, name, kind, active, saturday_workday, "
                f"sort_order, {sync}) VALUES ('unit-1', NULL, 'DINKES', 'Dinas Kesehatan', 'opd', "
                f"1, 0, 0, 1, 'node-fixture', 1, '2026-01-05 01:00:00', 'admin', 0)"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO employee (id, nip, name, front_title, back_title, sex, birth_date, "
                f"status, pangkat_code, jabatan_name, jabatan_kind, jabatan_level, unit_id, "
                f"kelas_jabatan, is_unit_head, active, {sync}) VALUES ('emp-1', "
                f"'198507142010012003', 'Nurhayati', '', 'S.Kep.', 2, '1985-07-14', 'PNS', "
                f"'III/c', "
                f"'Perawat Ahli Muda', 'fungsional', 'Ahli Muda', 'unit-1', 9, 0, 1, 1, "
                f"'node-fixture', 2, '2026-01-05 01:00:00', 'admin', 0)"
            )
        )
        at = "2026-01-05 01:00:00"
        from datetime import datetime

        h = _event_hash(
            GENESIS_HASH,
            key=None,  # an old workspace: its first open keys the chain (pinned there)
            event_id="ev-1",
            at=datetime.fromisoformat(at),
            node_id="node-fixture",
            actor="system",
            action="workspace.init",
            entity="local_node",
            entity_id="node-fixture",
            detail="{}",
        )
        conn.execute(
            text(
                "INSERT INTO audit_event (id, at, node_id, actor, action, entity, entity_id, "
                "detail, prev_hash, hash) VALUES ('ev-1', :at, 'node-fixture', 'system', "
                "'workspace.init', 'local_node', 'node-fixture', '{}', :p, :h)"
            ),
            {"at": at, "p": GENESIS_HASH, "h": h},
        )
    engine.dispose()
    # Fold the WAL into the main file so the fixture is one self-contained file.
    import sqlite3

    con = sqlite3.connect(out)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    print(f"wrote {out} at revision {revision}")


if __name__ == "__main__":
    main()
