"""The in-memory employee filter: every criterion, and no stale decision after the rows
change (the proxy decides all rows in one pass and keeps the result until either
changes)."""

from __future__ import annotations

import pytest

from ekinerja_desktop.gui.filter_proxy import EmployeeFilterProxy
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.services.master import EmployeeRow

pytestmark = pytest.mark.gui


def _row(i: int, name: str, unit: str = "u1", status: str = "PNS", active: bool = True):
    nip = f"1980010120100110{i:02d}"
    return EmployeeRow(str(i), nip, name, name, status, "III/a", "Staf", "pelaksana", unit,
                       "Unit", active)  # fmt: skip


def _names(proxy: EmployeeFilterProxy) -> list[str]:
    return [row.name for row in proxy.visible_rows()]


def test_criteria_combine_and_follow_the_rows(qtbot):
    model = RowTableModel(
        [Column("display_name", "Nama")],
        [
            _row(1, "Andi Lasimpo"),
            _row(2, "Nur Andini", "u2", "PPPK"),
            _row(3, "Rizal", active=False),
        ],
    )
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    assert _names(proxy) == ["Andi Lasimpo", "Nur Andini", "Rizal"]
    proxy.set_text("ANDI")
    assert _names(proxy) == ["Andi Lasimpo", "Nur Andini"]
    proxy.set_status("PPPK")
    assert _names(proxy) == ["Nur Andini"]
    proxy.set_status(None)
    proxy.set_unit_ids({"u1"})
    assert _names(proxy) == ["Andi Lasimpo"]
    proxy.set_unit_ids(None)
    proxy.set_text("198001012010011003")  # digits: the NIP
    assert _names(proxy) == ["Rizal"]
    proxy.set_active(True)
    assert _names(proxy) == []
    proxy.set_active(None)
    proxy.set_text("andi")
    model.set_rows([_row(4, "Andika Putra"), _row(5, "Sari")])  # new rows, same criteria
    assert _names(proxy) == ["Andika Putra"]
    proxy.set_text("")
    assert _names(proxy) == ["Andika Putra", "Sari"]


def test_a_keystroke_is_one_layout_change_and_keeps_the_selection(qtbot):
    """Every other row going away is announced once (not once per run of rows), and the
    selected employee stays selected while still shown."""
    from ekinerja_desktop.gui.widgets import make_table, selected_row_of

    rows = [_row(i, f"{'Andi' if i % 2 else 'Budi'} {i:02d}") for i in range(40)]
    model = RowTableModel([Column("display_name", "Nama")], rows)
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    table = make_table("t", proxy)
    qtbot.addWidget(table)
    table.selectRow(3)  # "Andi 03"
    signals: list[str] = []
    proxy.rowsRemoved.connect(lambda *_a: signals.append("removed"))
    proxy.rowsInserted.connect(lambda *_a: signals.append("inserted"))
    proxy.layoutChanged.connect(lambda *_a: signals.append("layout"))
    proxy.set_text("andi")
    assert signals == ["layout"]
    assert proxy.rowCount() == 20
    assert selected_row_of(table, EmployeeRow).name == "Andi 03"
    proxy.set_text("")
    assert proxy.rowCount() == 40
    assert selected_row_of(table, EmployeeRow).name == "Andi 03"
