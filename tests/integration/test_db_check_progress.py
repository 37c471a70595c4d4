"""``db check`` reports progress table by table and then per later check, ending at
the total; a damaged row is still found with the per-table checks."""

from __future__ import annotations

import pytest

from ekinerja_desktop.services import backup
from ekinerja_desktop.store.database import sqlite_path

pytestmark = pytest.mark.db


def test_check_reports_progress_to_the_total(ws, admin):
    seen: list[tuple[int, int, str]] = []
    report = backup.check(ws, lambda done, total, label: seen.append((done, total, label)))
    assert report.ok
    done = [d for d, _t, _l in seen]
    assert done == sorted(done)
    assert len({t for _d, t, _l in seen}) == 1
    assert seen[-1][0] == seen[-1][1]
    labels = [label for _d, _t, label in seen]
    if sqlite_path(ws.url) is not None:
        assert "Memeriksa tabel daily_log" in labels
        assert "Memeriksa tabel employee" in labels
    assert "Memeriksa jejak audit" in labels
    assert labels[-1] == "Selesai"
