"""Master-data benchmark at city scale (~11,000 employees): employee list shown, each
keystroke of a name filter answered, employee form opened - in ms, next to the bare
query floor (raw sqlite3 over the same rows) measured in the same run.

Usage: .venv/bin/python bench/master.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

BARE_SQL = (
    "SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.status, e.pangkat_code, "
    "e.jabatan_name, e.jabatan_kind, e.unit_id, u.name, e.active "
    "FROM employee e LEFT JOIN org_unit u ON u.id = e.unit_id ORDER BY e.name"
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.employee_form import EmployeeForm
    from ekinerja_desktop.gui.pages.employees_page import EmployeesPage
    from ekinerja_desktop.gui.tasks import TaskRunner
    from ekinerja_desktop.services import auth, master
    from ekinerja_desktop.services.demo import create_demo_workspace
    from ekinerja_desktop.services.paths import database_file
    from ekinerja_desktop.services.workspace import open_workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "city"
        t0 = time.perf_counter()
        create_demo_workspace(data_dir, scale="city", seed=2026)
        print(f"city demo built in {time.perf_counter() - t0:.1f} s")
        ws = open_workspace(data_dir)
        actor = auth.login(ws, "admin", "demo12345")

        con = sqlite3.connect(database_file(data_dir))
        floor = []
        for _ in range(args.runs):
            t = time.perf_counter()
            rows = con.execute(BARE_SQL).fetchall()
            floor.append(time.perf_counter() - t)
        con.close()
        n = len(rows)

        service = []
        for _ in range(args.runs):
            t = time.perf_counter()
            master.list_employees(ws, actor, master.EmployeeFilter(active=None))
            service.append(time.perf_counter() - t)

        runner = TaskRunner()
        shown, full, keys, forms = [], [], [], []
        for _ in range(args.runs):
            page = EmployeesPage(GuiContext(ws=ws, actor=actor, runner=runner))
            page.resize(1200, 700)
            page.show()
            t = time.perf_counter()
            page.refresh()
            while page.model.rowCount() == 0:
                app.processEvents()
            page.table.viewport().repaint()
            shown.append(time.perf_counter() - t)
            while not page.is_loaded:
                app.processEvents()
            page.table.viewport().repaint()
            full.append(time.perf_counter() - t)
            typed = ""
            for ch in "moh ri":
                typed += ch
                t = time.perf_counter()
                page.search.setText(typed)
                page.table.viewport().repaint()
                keys.append(time.perf_counter() - t)
            page.search.clear()
            row = page.model.row_at(n // 2)
            t = time.perf_counter()
            detail = master.get_employee(ws, actor, row.id)
            form = EmployeeForm(page.ctx, page.units, detail, page)
            form.show()
            form.repaint()
            forms.append(time.perf_counter() - t)
            form.close()
            page.close()
            page.deleteLater()
            app.processEvents()
        runner.wait_for_done()
        ws.close()

    f = statistics.median(floor)
    print(f"employees: {n}")
    print(f"bare query floor (sqlite3 fetchall)   {_ms(f)}")
    print(
        f"service list_employees                {_ms(statistics.median(service))}"
        f"  ({statistics.median(service) / f:.1f}x floor)"
    )
    print(
        f"employee list shown (first screen)    {_ms(statistics.median(shown))}"
        f"  ({statistics.median(shown) / f:.1f}x floor; target 100 ms)"
    )
    print(
        f"full list loaded (all rows, filters)  {_ms(statistics.median(full))}"
        f"  ({statistics.median(full) / f:.1f}x floor)"
    )
    print(
        f"keystroke filter, median / worst      {_ms(statistics.median(keys))} /"
        f" {_ms(max(keys))}  (target 100 ms)"
    )
    print(f"employee form opened                  {_ms(statistics.median(forms))}  (target 100 ms)")


if __name__ == "__main__":
    main()
