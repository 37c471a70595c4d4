"""Builders for the sync tests: a central workspace, enrolled nodes, SKP rows, hashes."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from unittest import mock

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import auth, sync_service
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import (
    Conflict,
    HeldRecord,
    ImportedBundle,
    KnownNode,
    Skp,
    SyncAck,
)
from ekinerja_desktop.sync.tables import content_digest
from tests.helpers import ADMIN_PASSWORD, new_workspace
from tests.helpers.master import Org, make_employee, make_org
from tests.helpers.prepared import key_of, shared_state
from tests.helpers.rows import annual_skp

PASSWORD = ADMIN_PASSWORD
T = TypeVar("T")
BOOKKEEPING = [t.__table__ for t in (KnownNode, ImportedBundle, SyncAck, Conflict, HeldRecord)]


def make_node(path: Path, role: NodeRole, database_url: str | None = None):
    ws = new_workspace(path, role, password=PASSWORD, database_url=database_url)
    return ws, auth.login(ws, "admin", PASSWORD)


def prepared_node(path: Path, role: NodeRole, build: Callable[[Any, Any], T]) -> tuple[Any, Any, T]:
    """``make_node(path, role)`` with ``build(ws, admin)`` applied: (ws, admin, what
    ``build`` returned). The state is built once per test run and each caller gets its
    own copy at ``path`` (tests/helpers/prepared.py), as the ``prepared`` marker does for
    the ``ws`` office."""

    def make() -> tuple[Any, T]:
        ws, admin = make_node(path, role)
        try:
            return admin, build(ws, admin)
        finally:
            ws.close()

    _folder, saved = shared_state(f"node:{role.value}:{key_of(build)}", make, path)
    admin, value = pickle.loads(saved)
    return open_workspace(path), admin, value


def enroll(
    central, c_admin, node, n_admin, tmp: Path, units: list[str], role: str | None = None
) -> None:
    """Full enrollment round trip: request file -> central -> enrollment bundle -> node
    (the role central gives: ``role``, else the node's own; fingerprint compared)."""
    req = sync_service.write_enroll_request(node, n_admin, tmp / f"req-{node.node.id}.json")
    res = sync_service.enroll_node(
        central,
        c_admin,
        req.path,
        units,
        tmp / "enroll" / "e.ekb",
        role=role or node.node.role.value,
    )
    report = sync_service.import_bundle(
        node, n_admin, res.bundle, expect_fingerprint=res.central_fingerprint
    )
    assert report.status == "applied", report.summary()


@dataclass
class Central:
    ws: Any
    admin: Any
    org: Org
    staff: list[Any]  # the employees made, in the order named
    office: Any = None  # with enrolled_office: the office node and its admin
    o_admin: Any = None


@contextmanager
def enrolled_central(
    ws,
    admin,
    tmp: Path,
    staff: dict[str, str] | None = None,
    *,
    at: Path | None = None,
    database_url: str | None = None,
) -> Iterator[Central]:
    """A central node (at ``at``, else ``tmp``/central) with the test organisation and
    ``staff`` (name -> the ``Org`` unit they work in, numbered from 1; Budi in Dinas
    Kesehatan's bidang unless named), and the ``ws`` office enrolled for Dinas Kesehatan;
    closed after."""
    c_ws, c_admin = make_node(at or tmp / "central", NodeRole.CENTRAL, database_url)
    try:
        org = make_org(c_ws, c_admin)
        people = [
            make_employee(c_ws, c_admin, seq, name, getattr(org, unit).id)
            for seq, (name, unit) in enumerate(
                (staff if staff is not None else {"Budi": "a_bidang"}).items(), 1
            )
        ]
        enroll(c_ws, c_admin, ws, admin, tmp, ["DINKES"])
        yield Central(c_ws, c_admin, org, people)
    finally:
        c_ws.close()


@contextmanager
def enrolled_office(
    tmp: Path, staff: dict[str, str] | None = None, **central_at: Any
) -> Iterator[Central]:
    """``enrolled_central`` (``central_at``: its ``at`` and ``database_url``) for a new
    office node (``tmp``/office, in ``Central.office``; no staff unless named); both nodes
    closed after."""
    office, o_admin = make_node(tmp / "office", NodeRole.OFFICE)
    try:
        with enrolled_central(office, o_admin, tmp, staff or {}, **central_at) as central:
            central.office, central.o_admin = office, o_admin
            yield central
    finally:
        office.close()


def exchange(ws, admin, c_ws, c_admin, tmp: Path) -> None:
    """One round: the office's bundle to central, then central's back to the office."""
    ship(ws, admin, c_ws, c_admin, "pusat", tmp / "o2c")
    ship(c_ws, c_admin, ws, admin, ws.node.id, tmp / "c2o")


def ship(src, s_admin, dst, d_admin, to: str, folder: Path, **kw):
    """Export from ``src`` to ``to`` and import the file on ``dst``; returns the report."""
    out = sync_service.export_bundle(src, s_admin, to, folder)
    return sync_service.import_bundle(dst, d_admin, out.path, **kw)


def add_skp(ws, actor, employee_id: str, *, year: int = 2026, note: str = "") -> str:
    with ws.write(actor.username) as session:
        skp = annual_skp(employee_id, year, decision_note=note)
        session.add(skp)
        session.flush()
        return skp.id


def copy_row_raw(src, dst, model, row_id: str) -> None:
    """Copy the ``model`` row ``row_id`` of ``src`` into ``dst`` as it is, the way an
    import writes it (``raw_sync``: no audit event, no sync log of its own)."""
    with dst.write("admin") as session:
        session.info["raw_sync"] = True
        with src.read() as cs:
            row = cs.get(model, row_id)
            values = {c.name: getattr(row, c.name) for c in model.__table__.columns}
        session.add(model(**values))


def edit_skp(ws, actor, skp_id: str, **values) -> None:
    with ws.write(actor.username) as session:
        skp = session.get(Skp, skp_id)
        for key, value in values.items():
            setattr(skp, key, value)


def skp_row(ws, skp_id: str):
    """The SKP row as a plain namespace (or None)."""
    from types import SimpleNamespace

    with ws.read() as session:
        row = session.get(Skp, skp_id)
        if row is None:
            return None
        return SimpleNamespace(**{c.name: getattr(row, c.name) for c in Skp.__table__.columns})


def digest(ws) -> str:
    """Content hash of every synchronised row plus the sync bookkeeping tables."""
    with ws.read() as session:
        return content_digest(session, extra_tables=BOOKKEEPING)


def data_digest(ws) -> str:
    with ws.read() as session:
        return content_digest(session)


# --- hostile bundles (tests/integration/test_sync_adversarial.py, test_sync_evidence.py)


def cli_import(net: Any, path: Path, capsys: Any) -> tuple[int, str]:
    """``ekinerja bundle import`` of ``path`` into ``net.c_dir``: exit code and output."""
    capsys.readouterr()
    # CLI commands name their user (plain workspace too)
    login = {"EKINERJA_USER": "admin", "EKINERJA_PASSWORD": PASSWORD}
    with mock.patch.dict(os.environ, login):
        code = main(["bundle", "import", "--data-dir", net.c_dir, str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def rejected(net: Any, path: Path, code: str, capsys: Any, *, message: str = "") -> None:
    """The bundle is refused by the service (with ``code``) and by the command line
    (exit 1), with a clear Indonesian message, and the database content is unchanged."""
    before = digest(net.central)
    report = sync_service.import_bundle(net.central, net.c_admin, path)
    assert report.status == "rejected", (path.name, report.status)
    assert report.error_code == code, (path.name, report.error_code, report.error)
    text = report.summary()
    assert "DITOLAK" in text
    assert "Tidak ada data yang diubah" in text
    assert message in text
    exit_code, output = cli_import(net, path, capsys)
    assert exit_code == 1, path.name
    assert "DITOLAK" in output
    assert digest(net.central) == before, path.name
