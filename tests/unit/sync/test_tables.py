"""Row decoding: the generated fast decoder accepts and refuses exactly what the
per-column decoder does."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from ekinerja_desktop.store import models  # noqa: F401 - registers the tables
from ekinerja_desktop.sync.tables import RowError, decode_row, decode_value, sync_tables

ROW = {
    "id": "0b9f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "version": 1,
    "origin_node": "kantor-1",
    "origin_seq": 7,
    "updated_at": "2026-11-01T08:00:00.123456",
    "updated_by": "admin",
    "deleted": False,
    "employee_id": "1b9f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    "day": "2026-03-04",
    "start_time": "08:00:00.000000",
    "end_time": "08:45:00.000000",
    "activity": "Menyusun laporan, rapat",
    "rhk_id": None,
    "quantity": "1",
    "unit": "Laporan",
    "link_url": "",
    "status": "Diajukan",
    "submitted_at": None,
    "is_late": False,
    "reviewer_id": None,
    "reviewed_at": None,
    "review_note": "",
}


def _spec():
    return sync_tables()["daily_log"]


def test_complete_row_is_decoded_to_python_values():
    out = decode_row(_spec(), dict(ROW))
    assert out["updated_at"] == datetime(2026, 11, 1, 8, 0, 0, 123456)
    assert out["day"] == date(2026, 3, 4)
    assert out["end_time"] == time(8, 45)
    assert out["deleted"] is False
    assert out["submitted_at"] is None
    assert list(out) == [c.name for c in _spec().table.columns]


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("activity", "a\x00b", "NUL"),
        ("deleted", 1, "boolean"),
        ("version", True, "bilangan bulat"),
        ("origin_seq", 2**63, "bilangan bulat"),
        ("quantity", "1" * 17, "melebihi 16"),
        ("employee_id", None, "wajib diisi"),
        ("reviewer_id", 5, "teks"),
        ("day", "2026-13-01", "tanggal ISO"),
        ("day", "20260301", "tanggal ISO"),
        ("updated_at", "2026-11-01T08:00:00+08:00", "UTC"),
        ("start_time", "25:00", "jam ISO"),
        ("version", 0, "version/origin"),
        ("origin_node", "", "version/origin"),
    ],
)
def test_bad_values_are_refused_with_the_column_named(column, value, reason):
    row = dict(ROW, **{column: value})
    with pytest.raises(RowError, match=reason):
        decode_row(_spec(), row)
    # the per-column decoder agrees (the missing-column path uses it)
    partial = {k: v for k, v in row.items() if k != "link_url"}
    with pytest.raises(RowError, match=reason):
        decode_row(_spec(), partial)


def test_missing_and_unknown_columns():
    partial = {k: v for k, v in ROW.items() if k not in ("link_url", "rhk_id")}
    out = decode_row(_spec(), partial)
    assert (out["link_url"], out["rhk_id"]) == ("", None)
    with pytest.raises(RowError, match="tidak ada"):
        decode_row(_spec(), {k: v for k, v in ROW.items() if k != "version"})
    with pytest.raises(RowError, match="tidak dikenal: x"):
        decode_row(_spec(), dict(ROW, x=1))
    column = _spec().table.c.day
    assert decode_value(column, "2026-03-04") == date(2026, 3, 4)
