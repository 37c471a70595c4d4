"""audit.recent: admins only, and an admin OPD sees only its own scope (as in search)."""

from __future__ import annotations

import pytest

from ekinerja_desktop.services import audit
from ekinerja_desktop.services.errors import PermissionDeniedError
from tests.helpers.master import actor_for, make_employee, make_org

pytestmark = pytest.mark.db


def test_recent_requires_an_admin(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    pegawai = actor_for(ws, admin, "andi", ["pegawai"], emp.id)
    atasan = actor_for(ws, admin, "budi", ["pegawai", "atasan"], None)
    for actor in (pegawai, atasan):
        with pytest.raises(PermissionDeniedError):
            audit.recent(ws, actor)
    rows = audit.recent(ws, admin, limit=5)
    assert len(rows) == 5
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert rows[0].action == "login.ok"
    assert rows[0].actor == "budi"
