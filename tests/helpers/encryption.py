"""Shared builders for the encryption tests: a workspace with personal data and evidence."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ekinerja_desktop.services import encryption, evidence
from ekinerja_desktop.store.database import connect_sqlite
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.master import make_employee, make_org, nip

EMPLOYEE_NAME = "Sitti Nurhayati Lamarauna"
EMPLOYEE_NIP = nip(7)
EVIDENCE = b"%PDF-1.4 SURAT TUGAS RAHASIA nomor 800/117/BKPSDM " * 40


@dataclass
class Filled:
    blob: Path
    sha256: str


def fill(ws, admin) -> Filled:
    """Units, employees (one with a known name and NIP), and one evidence file."""
    org = make_org(ws, admin)
    for n in range(1, 12):
        make_employee(ws, admin, n + 20, f"Pegawai Contoh {n}", org.a.id)
    emp = make_employee(ws, admin, 7, EMPLOYEE_NAME, org.a_bidang.id)
    assert emp.data.nip == EMPLOYEE_NIP
    src = ws.data_dir.parent / "surat-tugas.pdf"
    src.write_bytes(EVIDENCE)
    stored = evidence.store_file(ws.data_dir, src, 5, key=ws.key)
    assert stored.sha256 == hashlib.sha256(EVIDENCE).hexdigest()
    return Filled(evidence.stored_path(ws.data_dir, stored.sha256), stored.sha256)


def raw_bytes(db: Path) -> bytes:
    """The database file and its WAL, as an attacker holding the disk would read them."""
    data = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def table_counts(db: Path, key: bytes | None = None) -> dict[str, int]:
    con = connect_sqlite(db, key=key, readonly=True)
    try:
        return encryption._table_counts(con)
    finally:
        con.close()


def plain_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(FULL)")
    finally:
        con.close()
    return table_counts(db)


__all__ = ["ADMIN_PASSWORD", "EMPLOYEE_NAME", "EMPLOYEE_NIP", "EVIDENCE", "fill"]
