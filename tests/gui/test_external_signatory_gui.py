"""Pemetaan Penilai: an external penilai (Wali Kota) and an external atasan penilai."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers.master import SEED_YEAR as YEAR
from tests.helpers.master import seed_office as _seed

pytestmark = pytest.mark.gui


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_external_penilai_and_atasan_from_the_mapping_page(qtbot, main_window, gui_ctx):
    from ekinerja_desktop.services import master

    ws, actor = gui_ctx.ws, gui_ctx.actor
    _opd, _bidang, ids = _seed(ws, actor)
    master.set_supervisor(ws, actor, ids["Andi Saputra"], ids["Hasan Basri"], YEAR)
    page = main_window.page("mapping")
    page.year.setValue(YEAR)
    main_window.show_page("mapping")
    qtbot.waitUntil(lambda: page.missing_model.rowCount() >= 1, timeout=5000)
    # The Kepala Dinas has nobody in the data above him: the Wali Kota appraises him.
    page.tabs.setCurrentIndex(1)
    page.search.setText("Hasan")
    page.missing_table.selectRow(0)
    page.external_button.click()
    dialog = page.external_dialog
    assert dialog is not None
    _save(dialog)
    assert "nama" in dialog.message.text()
    dialog.nama.setText("H. Andi Mappaturung, S.E.")
    _save(dialog)
    qtbot.waitUntil(lambda: "Jabatan" in dialog.message.text(), timeout=5000)
    dialog.jabatan.setText("Wali Kota Palu")
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    rows = {r.employee_id: r for r in page.model.rows}
    assert rows[ids["Hasan Basri"]].supervisor_name == "H. Andi Mappaturung, S.E."
    assert rows[ids["Andi Saputra"]].atasan_penilai_name == "H. Andi Mappaturung, S.E."
    # An explicit atasan penilai on the Kabid's row, then cleared again.
    page.tabs.setCurrentIndex(0)
    page.search.setText("Andi")
    page.table.selectRow(0)
    page.atasan_button.click()
    dialog = page.external_dialog
    dialog.nama.setText("Dr. Irmayanti Pettalolo")
    dialog.jabatan.setText("Sekretaris Daerah Provinsi")
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(
        lambda: any(r.external_atasan.startswith("Dr. Irmayanti") for r in page.model.rows),
        timeout=5000,
    )
    assert "Dr. Irmayanti Pettalolo" in page.message.text()


def test_admin_who_acts_for_an_external_penilai_sees_skp_tim_and_penilaian(qtbot, ws, runner):
    """An admin supervises nobody, but enters the Wali Kota's approvals and appraisals of
    the Kepala Dinas: SKP Tim and Penilaian appear (and list him) once such a mapping
    exists in the admin's scope - before that they stay out of the navigation."""
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.domain.timeutil import today_wita
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import auth, master, skp
    from tests.helpers import ADMIN_PASSWORD

    admin = auth.login(ws, "admin", ADMIN_PASSWORD)
    assert not admin.has(Role.ATASAN)
    year = today_wita().year
    _opd, _bidang, ids = _seed(ws, admin)

    def window_keys() -> list[str]:
        window = MainWindow(GuiContext(ws=ws, actor=admin, runner=runner))
        qtbot.addWidget(window)
        return window.page_keys()

    before = window_keys()
    assert "skp_team" not in before
    assert "evaluation" not in before
    master.set_external_penilai(
        ws, admin, ids["Hasan Basri"], year, nama="H. Andi Mappaturung, S.E.", jabatan="Wali Kota"
    )
    after = window_keys()
    assert "skp_team" in after
    assert "evaluation" in after
    team = skp.team_skps(ws, admin, year)
    assert [row.employee_id for row in team] == [ids["Hasan Basri"]]
