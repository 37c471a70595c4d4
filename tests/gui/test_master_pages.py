"""Master data pages: unit tree, employee list and form, supervisor mapping, accounts."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers.controller import new_user_window
from tests.helpers.master import SEED_YEAR as YEAR
from tests.helpers.master import seed_office as _seed

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(gui_ctx):
    return _seed(gui_ctx.ws, gui_ctx.actor)


def _accept(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_master_pages_are_registered_in_order(main_window):
    keys = main_window.page_keys()
    master_pages = [k for k in keys if k in {"units", "employees", "mapping", "accounts"}]
    assert master_pages == ["units", "employees", "mapping", "accounts"]
    assert keys[0] == "home"
    assert keys[-2:] == ["audit", "settings"]


# --- units ---------------------------------------------------------------------------
def test_unit_tree_shows_hierarchy_counts_and_adds_child(qtbot, qtmodeltester, main_window, seeded):
    from ekinerja_desktop.services import master

    _opd, bidang, _ids = seeded
    page = main_window.show_page("units")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.model)
    root = page.model.index(0, 0)
    assert root.data() == "Dinas Kesehatan"
    child = page.model.index(0, 0, root)
    assert child.data() == "Bidang Pelayanan"
    assert page.model.index(0, 3, root).data() == "3"

    assert page.select_unit(bidang.id)
    qtbot.mouseClick(page.add_child_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.kind.currentData() == "seksi"
    dialog.name.setText("Seksi Pelayanan Dasar")
    _accept(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: len(page.units) == 3, timeout=5000)
    created = next(u for u in master.list_units(page.ctx.ws, page.ctx.actor) if u.kind == "seksi")
    assert created.parent_id == bidang.id
    assert page.selected_unit().id == created.id  # the new unit is selected
    qtmodeltester.check(page.model)


def test_unit_deactivate_greys_out_and_move_changes_parent(qtbot, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import master

    _opd, bidang, _ids = seeded
    empty = master.create_unit(gui_ctx.ws, gui_ctx.actor, master.UnitInput(name="Dinas Sosial"))
    page = main_window.show_page("units")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.select_unit(empty.id)
    assert page.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(u.id == empty.id and not u.active for u in page.units), timeout=5000
    )
    assert page.select_unit(empty.id)
    index = page.tree.currentIndex()
    assert "nonaktif" in index.data()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert page.active_button.text() == "Aktifkan"

    # Move the bidang under the other (reactivated) OPD.
    master.set_unit_active(gui_ctx.ws, gui_ctx.actor, empty.id, True)
    page.refresh()
    qtbot.waitUntil(lambda: all(u.active for u in page.units), timeout=5000)
    assert page.select_unit(bidang.id)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    options = [dialog.parent_combo.itemData(i) for i in range(dialog.parent_combo.count())]
    assert bidang.id not in options  # cannot move under itself
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(empty.id))
    _accept(dialog)
    qtbot.waitUntil(
        lambda: any(u.id == bidang.id and u.parent_id == empty.id for u in page.units),
        timeout=5000,
    )


# --- employees -----------------------------------------------------------------------
def _employees_page(qtbot, main_window, count):
    page = main_window.show_page("employees")
    # The page shows a first screenful, then the full list with the unit filter.
    qtbot.waitUntil(lambda: page.is_loaded and page.model.rowCount() == count, timeout=5000)
    return page


def test_employee_list_filters_as_you_type(qtbot, qtmodeltester, main_window, seeded):
    opd, bidang, _ids = seeded
    page = _employees_page(qtbot, main_window, 4)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.count.text() == "4 pegawai"

    qtbot.keyClicks(page.search, "san")  # Hasan Basri, Budi Santoso
    names = sorted(r.name for r in page.proxy.visible_rows())
    assert names == ["Budi Santoso", "Hasan Basri"]
    assert page.count.text() == "2 pegawai (dari 4)"
    qtbot.keyClicks(page.search, "to")
    assert [r.name for r in page.proxy.visible_rows()] == ["Budi Santoso"]

    page.search.setText("2015 03")  # NIP digits, spaces ignored
    assert [r.name for r in page.proxy.visible_rows()] == ["Siti Aminah"]
    page.search.clear()

    page.unit_filter.setCurrentIndex(page.unit_filter.findData(opd.id))  # includes sub-units
    assert page.proxy.rowCount() == 4
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(bidang.id))
    assert page.proxy.rowCount() == 3
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("fungsional"))
    assert [r.name for r in page.proxy.visible_rows()] == ["Siti Aminah"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("PPPK"))
    assert page.proxy.rowCount() == 0
    assert page.count.text() == "0 pegawai (dari 4)"
    qtmodeltester.check(page.proxy)


def test_employee_filter_proxy_is_fast_enough_structure_for_many_rows(qtmodeltester):
    """11,000 rows: filtering is in memory and keeps the proxy consistent."""
    from ekinerja_desktop.gui.filter_proxy import EmployeeFilterProxy
    from ekinerja_desktop.gui.table_model import Column, RowTableModel
    from ekinerja_desktop.services.master import EmployeeRow

    rows = [
        EmployeeRow(
            id=str(i),
            nip=f"19900101201501{i % 2 + 1}{i:03d}"[:18].ljust(18, "0"),
            name=f"Pegawai {i:05d}",
            display_name=f"Pegawai {i:05d}",
            status="PNS" if i % 3 else "PPPK",
            pangkat_code="III/a",
            jabatan_name="Pelaksana",
            jabatan_kind="administrasi",
            unit_id="u1" if i % 2 else "u2",
            unit_name="Unit",
            active=i % 10 != 0,
        )
        for i in range(11_000)
    ]
    model = RowTableModel([Column("name", "Nama"), Column("nip", "NIP")], rows)
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 11_000
    proxy.set_text("pegawai 0012")
    assert [r.name for r in proxy.visible_rows()][:2] == ["Pegawai 00120", "Pegawai 00121"]
    assert proxy.rowCount() == 10
    proxy.set_text("")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # sorts the source rows in Python
    assert proxy.visible_rows()[0].name == "Pegawai 10999"
    proxy.set_active(True)
    proxy.set_unit_ids({"u1"})
    assert proxy.rowCount() == sum(1 for r in rows if r.active and r.unit_id == "u1")
    qtmodeltester.check(proxy)


def test_employee_form_shows_nip_parse_results_and_errors(qtbot, gui_ctx):
    from ekinerja_desktop.gui.pages.employee_form import EmployeeForm

    form = EmployeeForm(gui_ctx, [])
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.nip, "19850315 201001 1 001")
    info = form.nip_info.text()
    assert "19850315 201001 1 001" in info
    assert "15 Maret 1985" in info
    assert "Laki-laki" in info
    assert "Januari 2010" in info
    assert form.nip_problems.text() == ""

    form.nip.setText("19850315201001")
    assert form.nip_info.text() == ""
    assert "18 digit" in form.nip_problems.text()
    assert "#b00020" in form.nip_problems.styleSheet()

    # Status decides the pangkat catalogue.
    assert form.pangkat.findData("III/a") > 0
    form.status.setCurrentIndex(form.status.findData("PPPK"))
    assert form.pangkat.findData("III/a") == -1
    assert form.pangkat.findData("IX") > 0
    # Kind decides the levels.
    form.kind.setCurrentIndex(form.kind.findData("fungsional"))
    levels = [form.level.itemData(i) for i in range(form.level.count())]
    assert "Ahli Pertama" in levels
    assert "Pelaksana" not in levels


def test_employee_form_nip_limit_stable_layout_and_messages_that_go(qtbot, gui_ctx):
    from ekinerja_desktop.gui.pages.employee_form import EmployeeForm
    from ekinerja_desktop.services.errors import ValidationError

    form = EmployeeForm(gui_ctx, [])
    qtbot.addWidget(form)
    form.show()
    # At most 18 digits: the 19th is refused (spaces as printed are fine).
    qtbot.keyClicks(form.nip, "19850315 201001 1 001")
    assert form.nip.text() == "19850315 201001 1 001"
    qtbot.keyClicks(form.nip, "7")
    assert form.nip.text() == "19850315 201001 1 001"
    form.nip.clear()
    qtbot.keyClicks(form.nip, "1234567890123456789")
    assert form.nip.text() == "123456789012345678"
    qtbot.keyClicks(form.nip, "x")
    assert form.nip.text() == "123456789012345678"

    # Typing a NIP digit by digit never moves the fields below it.
    form.nip.clear()
    qtbot.wait(1)
    name_y = form.name.mapTo(form, form.name.rect().topLeft()).y()
    save_y = form.save_button.mapTo(form, form.save_button.rect().topLeft()).y()
    for digit in "198503152010011001":
        qtbot.keyClicks(form.nip, digit)
        qtbot.wait(1)
        assert form.name.mapTo(form, form.name.rect().topLeft()).y() == name_y
        assert form.save_button.mapTo(form, form.save_button.rect().topLeft()).y() == save_y
    assert "15 Maret 1985" in form.nip_info.text()

    # A field's save problem goes as soon as that field is changed, without moving
    # anything; the summary goes with the last problem.
    error = ValidationError(
        "Data pegawai belum dapat disimpan: 2 isian perlu diperbaiki.",
        problems=[("name", "Nama pegawai wajib diisi."), ("jabatan_name", "Isi nama jabatan.")],
    )
    form.show_problems(error)
    qtbot.wait(1)
    assert form.errors["name"].text() == "Nama pegawai wajib diisi."
    assert form.message.text()
    jabatan_y = form.jabatan_name.mapTo(form, form.jabatan_name.rect().topLeft()).y()
    qtbot.keyClicks(form.name, "Rina")
    qtbot.wait(1)
    assert form.errors["name"].text() == ""
    assert form.message.text()  # jabatan is still wrong
    qtbot.keyClicks(form.jabatan_name, "Analis")
    qtbot.wait(1)
    assert form.errors["jabatan_name"].text() == ""
    assert form.message.text() == ""
    assert form.jabatan_name.mapTo(form, form.jabatan_name.rect().topLeft()).y() == jabatan_y
    form.grab().save("artifacts/employee-form.png")


def test_new_employee_saved_through_form(qtbot, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import master

    _opd, bidang, _ids = seeded
    page = _employees_page(qtbot, main_window, 4)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    assert form.isVisible()

    # First an invalid NIP: the problem appears next to the field, nothing is saved.
    form.nip.setText("12345")
    form.name.setText("Rina Wulandari")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "perlu diperbaiki" in form.message.text(), timeout=5000)
    # Shown once: under the NIP (live check, now red), not again as a save error.
    assert "18 digit" in form.nip_problems.text()
    assert "#b00020" in form.nip_problems.styleSheet()
    assert form.errors["nip"].text() == ""
    assert form.isVisible()

    form.nip.setText("199404042020122005")
    form.pangkat.setCurrentIndex(form.pangkat.findData("III/a"))
    form.jabatan_name.setText("Analis Kebijakan")
    form.kind.setCurrentIndex(form.kind.findData("fungsional"))
    form.level.setCurrentIndex(form.level.findData("Ahli Pertama"))
    form.unit.setCurrentIndex(form.unit.findData(bidang.id))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)

    rows = master.list_employees(gui_ctx.ws, gui_ctx.actor, master.EmployeeFilter(text="Rina"))
    assert len(rows) == 1
    detail = master.get_employee(gui_ctx.ws, gui_ctx.actor, rows[0].id)
    assert detail.data.nip == "199404042020122005"
    assert detail.data.unit_id == bidang.id
    assert detail.data.jabatan_level == "Ahli Pertama"
    assert detail.birth_date == date(1994, 4, 4)


def test_edit_employee_from_list(qtbot, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import master

    _opd, _bidang, ids = seeded
    page = _employees_page(qtbot, main_window, 4)
    page.search.setText("Siti")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=5000)
    form = page.form
    assert form.name.text() == "Siti Aminah"
    assert form.level.currentData() == "Ahli Pertama"
    form.back_title.setText("S.Kep.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    detail = master.get_employee(gui_ctx.ws, gui_ctx.actor, ids["Siti Aminah"])
    assert detail.data.back_title == "S.Kep."
    qtbot.waitUntil(
        lambda: any(r.display_name.endswith("S.Kep.") for r in page.proxy.visible_rows()),
        timeout=5000,
    )


def test_discipline_recorded_from_the_employee_list(qtbot, main_window, gui_ctx, seeded):
    """Pegawai -> Hukuman disiplin...: a refused form keeps what was typed and names the
    problem; a saved record shows with its derived end date; cancelling keeps the row."""
    from ekinerja_desktop.domain.fmt import format_date
    from ekinerja_desktop.domain.timeutil import today_wita
    from ekinerja_desktop.services import discipline

    _opd, _bidang, ids = seeded
    page = _employees_page(qtbot, main_window, 4)
    page.search.setText("Siti")
    page.table.selectRow(0)
    qtbot.mouseClick(page.discipline_button, Qt.MouseButton.LeftButton)
    dialog = page.discipline_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.empty.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None
    form.kind.setCurrentIndex(form.kind.findData("potong_tukin_9"))
    form.violation.setPlainText("Tidak masuk kerja 12 hari tanpa alasan yang sah")
    _accept(form)  # no SK number yet
    qtbot.waitUntil(form.message.isVisible, timeout=5000)
    assert "Nomor SK wajib diisi" in form.message.text()
    assert form.isVisible()
    assert form.violation.toPlainText().startswith("Tidak masuk")
    form.sk_number.setText("862/045/BKPSDM/2026")
    _accept(form)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert not form.isVisible()
    [row] = discipline.records_of(gui_ctx.ws, gui_ctx.actor, ids["Siti Aminah"])
    assert row.end_date == discipline.rules.end_date("potong_tukin_9", today_wita())
    assert dialog.model.index(0, 5).data() == format_date(row.end_date)
    assert dialog.model.index(0, 1).data() == "Pemotongan tunjangan kinerja 25% selama 9 bulan"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    note = dialog.note
    assert note is not None
    note.note.setPlainText("Putusan banding 3/2026")
    note.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.index(0, 6).data() == "Dibatalkan", timeout=5000)
    assert dialog.model.rowCount() == 1


def test_atasan_without_admin_role_gets_no_master_data_pages(qtbot, ws, runner, gui_ctx, seeded):
    """Employee records are personal data: only admins browse them (issue 11)."""
    from ekinerja_desktop.domain.roles import Role

    window = new_user_window(qtbot, ws, runner, "kabid", Role.ATASAN)
    assert not {"employees", "units", "mapping", "accounts"} & set(window.page_keys())


def test_export_filtered_list_and_reimport(qtbot, main_window, gui_ctx, seeded, tmp_path):
    _opd, bidang, _ids = seeded
    page = _employees_page(qtbot, main_window, 4)
    target = tmp_path / "pegawai.xlsx"
    page.ask_save_path = lambda *_a: str(target)
    page.ask_open_path = lambda *_a: str(target)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(bidang.id))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 pegawai diekspor" in page.message.text(), timeout=10000)
    assert target.exists()

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None, timeout=10000)
    dialog = page.import_dialog
    assert "tidak berubah: 3" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Impor selesai" in page.message.text(), timeout=10000)


# --- mapping -------------------------------------------------------------------------
def test_mapping_change_shows_in_table(qtbot, qtmodeltester, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import master

    _opd, _bidang, ids = seeded
    ws, actor = gui_ctx.ws, gui_ctx.actor
    master.set_supervisor(ws, actor, ids["Andi Saputra"], ids["Hasan Basri"], YEAR)
    page = main_window.page("mapping")
    page.year.setValue(YEAR)
    main_window.show_page("mapping")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.missing_model.rowCount() >= 2, timeout=5000)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.missing_model)
    assert page.tabs.tabText(1).startswith("Tanpa penilai")
    missing = {r.id for r in page.missing_model.rows}
    assert ids["Siti Aminah"] in missing

    dialog = _change_siti(qtbot, page)
    assert dialog.isVisible()
    assert dialog.valid_from.date().toPython() == date(YEAR, 1, 1)
    assert ids["Siti Aminah"] not in {r.id for r in dialog.picker.model.rows}  # not herself
    qtbot.keyClicks(dialog.picker.search, "Andi")
    assert dialog.picker.proxy.rowCount() == 1
    dialog.picker.table.selectRow(0)
    _accept(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    row = next(r for r in page.model.rows if r.employee_id == ids["Siti Aminah"])
    assert row.supervisor_name.startswith("Andi Saputra")
    assert row.atasan_penilai_name.startswith("Hasan Basri")
    assert ids["Siti Aminah"] not in {r.id for r in page.missing_model.rows}
    assert "Andi Saputra" in page.message.text()


def _change_siti(qtbot, page):
    """Open the change-penilai dialog for Siti from the page's "without penilai" tab."""
    page.tabs.setCurrentIndex(1)
    page.search.setText("Siti")
    page.missing_table.selectRow(0)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    return dialog


def test_mapping_year_outside_the_year_is_refused_with_a_message(
    qtbot, main_window, gui_ctx, seeded
):
    from ekinerja_desktop.services import master

    _opd, _bidang, ids = seeded
    page = main_window.page("mapping")
    page.year.setValue(YEAR)
    main_window.show_page("mapping")
    qtbot.waitUntil(lambda: page.missing_model.rowCount() >= 2, timeout=5000)
    dialog = _change_siti(qtbot, page)
    qtbot.keyClicks(dialog.picker.search, "Andi")
    dialog.picker.table.selectRow(0)
    # Type 2099 into the year of "Berlaku mulai": it stays 2099 and is refused.
    edit = dialog.valid_from
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, "2099")
    assert edit.date().year() == 2099
    _accept(dialog)
    assert dialog.isVisible()
    assert "di luar tahun 2025" in dialog.message.text()
    assert "2099" in dialog.message.text()
    gui_ctx.runner.wait_for_done()
    assert master.list_mapping(gui_ctx.ws, gui_ctx.actor, YEAR) == []
    assert master.list_mapping(gui_ctx.ws, gui_ctx.actor, 2099) == []
    # Fixing the date takes the message away; then it saves.
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, "2025")
    assert dialog.message.text() == ""
    _accept(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    rows = master.list_mapping(gui_ctx.ws, gui_ctx.actor, YEAR)
    assert [r.employee_id for r in rows] == [ids["Siti Aminah"]]


def test_mapping_copy_from_last_year(qtbot, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import master

    _opd, _bidang, ids = seeded
    master.set_supervisor(
        gui_ctx.ws, gui_ctx.actor, ids["Andi Saputra"], ids["Hasan Basri"], YEAR - 1
    )
    page = main_window.page("mapping")
    page.year.setValue(YEAR)
    main_window.show_page("mapping")
    qtbot.waitUntil(lambda: page.missing_model.rowCount() >= 1, timeout=5000)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "1 pemetaan disalin" in page.message.text()


# --- accounts ------------------------------------------------------------------------
def test_account_creation_lock_and_roles(qtbot, qtmodeltester, main_window, gui_ctx, seeded):
    from ekinerja_desktop.services import auth, master

    _opd, _bidang, ids = seeded
    page = main_window.show_page("accounts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and len(page.employees) == 4, timeout=5000)
    qtmodeltester.check(page.model)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.roles_box.boxes["admin_pusat"].isEnabled()  # admin OPD cannot grant
    qtbot.keyClicks(dialog.picker.search, "Budi")
    dialog.picker.table.selectRow(0)
    assert dialog.username.text() == "199207072019031004"  # NIP suggested
    dialog.username.setText("budi")
    dialog.password.setText("awal-rahasia-1")
    dialog.confirm.setText("awal-rahasia-2")
    _accept(dialog)
    assert "tidak sama" in dialog.message.text()
    dialog.confirm.setText("awal-rahasia-1")
    dialog.roles_box.boxes["atasan"].setChecked(True)
    _accept(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    account = next(
        a for a in master.list_accounts(gui_ctx.ws, gui_ctx.actor) if a.username == "budi"
    )
    assert account.employee_id == ids["Budi Santoso"]
    assert set(account.roles) == {"pegawai", "atasan"}
    assert "budi" in page.message.text()
    assert ids["Budi Santoso"] not in {e.id for e in page.employees}

    # Lock, then unlock.
    assert page.select_username("budi")
    assert page.lock_button.text() == "Kunci"
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dikunci" in page.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.lock_button.text() == "Buka kunci", timeout=5000)
    assert next(
        a for a in master.list_accounts(gui_ctx.ws, gui_ctx.actor) if a.id == account.id
    ).locked
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.lock_button.text() == "Kunci", timeout=5000)

    # Roles: drop atasan.
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    roles_dialog = page.dialog
    roles_dialog.roles_box.boxes["atasan"].setChecked(False)
    _accept(roles_dialog)
    qtbot.waitUntil(lambda: not roles_dialog.isVisible(), timeout=5000)
    account = next(a for a in master.list_accounts(gui_ctx.ws, gui_ctx.actor) if a.id == account.id)
    assert set(account.roles) == {"pegawai"}

    # Reset password, then the user can log in with it.
    assert page.select_username("budi")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    reset = page.dialog
    reset.password.setText("baru-rahasia-9")
    reset.confirm.setText("baru-rahasia-9")
    _accept(reset)
    qtbot.waitUntil(lambda: not reset.isVisible(), timeout=5000)
    assert auth.login(gui_ctx.ws, "budi", "baru-rahasia-9").username == "budi"


def test_english_translation_covers_master_pages(qtbot, qapp, gui_ctx):
    from ekinerja_desktop.gui.app import install_translators
    from ekinerja_desktop.gui.pages.employees_page import EmployeesPage

    install_translators(qapp, "en")
    page = EmployeesPage(gui_ctx)
    qtbot.addWidget(page)
    assert page.add_button.text() == "Add"
    assert page.search.placeholderText() == "Search name or NIP..."
