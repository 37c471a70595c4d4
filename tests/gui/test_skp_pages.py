"""SKP Saya and SKP Tim pages, the RHK dialog and the PDF preview, over real services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ekinerja_desktop.domain.timeutil import today_wita
from tests.helpers.controller import idle, open_page
from tests.helpers.master import actor_for, make_employee, make_org
from tests.helpers.skp import (
    ADMINISTRATOR,
    JPT,
    PELAKSANA,
    fill_and_approve,
    ind,
    link_chain,
    row,
    save_kuantitatif,
)

pytestmark = [pytest.mark.gui, pytest.mark.prepared(build="seed")]

YEAR = today_wita().year
WAIT = 10_000


def _approved(ws, author, approver, rhk, expectations=None):
    from ekinerja_desktop.services import skp

    detail = skp.create_skp(ws, author, YEAR)
    lampiran = skp.LampiranData(dukungan_sumber_daya=("Anggaran kegiatan",))
    return fill_and_approve(
        ws, author, approver, detail.summary.id, rhk, lampiran=lampiran, expectations=expectations
    )


@dataclass
class Team:
    kabid_skp: Any
    a_kadis: Any
    a_kabid: Any
    a_staf: Any
    a_staf2: Any
    staf_id: str
    staf2_id: str


def seed(ws, admin) -> Team:
    """sekda -> kadis (JPT) -> kabid -> staf, staf2, with approved SKPs down to kabid."""
    org = make_org(ws, admin)
    sekda = make_employee(ws, admin, 1, "Rahmat Lasimpo", org.b.id, jabatan_name="Sekda", **JPT)
    kadis = make_employee(
        ws, admin, 2, "Andi Sulastri", org.a.id, jabatan_name="Kepala Dinas Kesehatan", **JPT
    )
    kabid = make_employee(
        ws,
        admin,
        3,
        "Moh. Rizal Tombolotutu",
        org.a_bidang.id,
        jabatan_name="Kepala Bidang Pelayanan",
        **ADMINISTRATOR,
    )
    staf = make_employee(
        ws, admin, 4, "Nurhayati Lamarauna", org.a_seksi.id, jabatan_name="Penata", **PELAKSANA
    )
    staf2 = make_employee(
        ws, admin, 5, "Ikhsan Bakri", org.a_seksi.id, jabatan_name="Pengolah Data", **PELAKSANA
    )
    link_chain(ws, admin, YEAR, sekda, kadis, kabid, staf, staf2)
    both = ["pegawai", "atasan"]
    a_sekda = actor_for(ws, admin, "sekda", both, sekda.id)
    a_kadis = actor_for(ws, admin, "kadis", both, kadis.id)
    a_kabid = actor_for(ws, admin, "kabid", both, kabid.id)
    a_staf = actor_for(ws, admin, "staf", ["pegawai"], staf.id)
    a_staf2 = actor_for(ws, admin, "staf2", ["pegawai"], staf2.id)
    kadis_skp = _approved(
        ws,
        a_kadis,
        a_sekda,
        (
            row(
                "Meningkatnya derajat kesehatan masyarakat Kota Palu",
                ind("Persentase puskesmas terakreditasi", "80", "%"),
                perspektif="Penerima Layanan",
            ),
        ),
    )
    parent = kadis_skp.rhk[0].id
    kabid_skp = _approved(
        ws,
        a_kabid,
        a_kadis,
        (
            row(
                "Terlaksananya akreditasi puskesmas",
                ind("Jumlah puskesmas terakreditasi", "6", "Puskesmas"),
                parent=parent,
            ),
            row(
                "Tersusunnya laporan pelayanan kesehatan",
                ind("Jumlah laporan pelayanan", "4", "Laporan"),
                parent=parent,
            ),
        ),
    )
    return Team(kabid_skp, a_kadis, a_kabid, a_staf, a_staf2, staf.id, staf2.id)


@pytest.fixture
def team(prepared):
    return prepared


def _ctx(ws, runner, actor):
    from ekinerja_desktop.gui.context import GuiContext

    return GuiContext(ws=ws, actor=actor, runner=runner)


def _page(qtbot, cls, ws, runner, actor):
    return open_page(qtbot, cls, ws, runner, actor)


def _skp_page(qtbot, ws, runner, actor):
    from ekinerja_desktop.gui.pages.skp_page import SkpPage

    page = _page(qtbot, SkpPage, ws, runner, actor)
    idle(qtbot, runner, finish=True)
    return page


def _team_page(qtbot, ws, runner, actor, rows: int):
    from ekinerja_desktop.gui.pages.skp_team_page import SkpTeamPage

    page = _page(qtbot, SkpTeamPage, ws, runner, actor)
    qtbot.waitUntil(lambda: page.team_model.rowCount() == rows, timeout=WAIT)
    return page


def _submit_staf_skp(ws, team, text="Terselenggaranya layanan rujukan"):
    from ekinerja_desktop.services import skp

    detail = skp.create_skp(ws, team.a_staf, YEAR)
    save_kuantitatif(
        ws,
        team.a_staf,
        detail.summary.id,
        (
            row(
                text,
                ind("Jumlah rujukan yang diproses", "120", "Berkas"),
                parent=team.kabid_skp.rhk[0].id,
            ),
        ),
        lampiran=skp.LampiranData(),
    )
    return skp.submit(ws, team.a_staf, detail.summary.id)


# --- navigation ----------------------------------------------------------------------
def test_skp_pages_follow_roles(qtbot, ws, runner, team):
    from ekinerja_desktop.gui.main_window import MainWindow

    staff_window = MainWindow(_ctx(ws, runner, team.a_staf))
    qtbot.addWidget(staff_window)
    assert "skp" in staff_window.page_keys()
    assert "skp_team" not in staff_window.page_keys()
    boss_window = MainWindow(_ctx(ws, runner, team.a_kabid))
    qtbot.addWidget(boss_window)
    keys = boss_window.page_keys()
    assert keys.index("skp") < keys.index("skp_team")
    titles = [boss_window.nav.item(i).text() for i in range(boss_window.nav.count())]
    assert "SKP Saya" in titles
    assert "SKP Tim" in titles


# --- SKP Saya ------------------------------------------------------------------------
def test_create_skp_add_rhk_with_indicators_and_submit(qtbot, qtmodeltester, ws, runner, team):
    from ekinerja_desktop.gui.pages.skp_editor import RhkDialog
    from ekinerja_desktop.services import skp

    page = _skp_page(qtbot, ws, runner, team.a_staf)
    assert page.stack.currentIndex() == 0
    assert str(YEAR) in page.empty_label.text()
    assert not page.save_button.isEnabled()
    page.approach_choice.setCurrentIndex(page.approach_choice.findData("Kuantitatif"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=WAIT)
    assert page.badge.text() == "Draft"
    assert page.add_button.isEnabled()
    # The seven BerAKHLAK values with the supervisor's (still empty) expectation, read-only.
    assert len(page.behaviours.labels) == 7
    assert not page.behaviours.editors

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RhkDialog)
    combo = dialog.parent_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any("Terlaksananya akreditasi puskesmas" in t and "belum didukung" in t for t in texts)
    dialog.text.setPlainText("Terselenggaranya layanan rujukan pasien")
    combo.setCurrentIndex(combo.findData(team.kabid_skp.rhk[0].id))
    first = dialog.indicators.rows[0]
    first.text.setText("Jumlah rujukan yang diproses")
    first.value.setText("120")
    first.unit.setCurrentText("Berkas")
    qtbot.mouseClick(dialog.indicators.add_button, Qt.MouseButton.LeftButton)
    second = dialog.indicators.rows[1]
    second.aspect.setCurrentIndex(second.aspect.findData("Waktu"))
    second.text.setText("Waktu penyelesaian rujukan")
    second.value.setText("12")
    second.unit.setCurrentText("Bulan")
    qtbot.mouseClick(dialog.indicators.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.indicators.rows[2].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.indicators.rows) == 2
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert page.dirty
    assert page.save_button.text() == "Simpan*"
    group = page.model.index(0, 0)
    assert group.data() == "A. Utama"
    rhk_index = page.model.index(0, 0, group)
    assert rhk_index.data() == "1. Terselenggaranya layanan rujukan pasien"
    assert page.model.index(0, 3, group).data() == "Terlaksananya akreditasi puskesmas"
    assert page.model.index(1, 0, rhk_index).data() == "Waktu penyelesaian rujukan"
    assert page.model.index(1, 2, rhk_index).data() == "12 Bulan"
    qtmodeltester.check(page.model)

    page.lampiran.dukungan.setPlainText("Akses SIMRS\nKendaraan operasional")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Draf SKP disimpan.", timeout=WAIT)
    assert not page.dirty
    stored = skp.get_my_skp(ws, team.a_staf, YEAR)
    assert [r.text for r in stored.rhk] == ["Terselenggaranya layanan rujukan pasien"]
    assert [i.target_unit for i in stored.rhk[0].indicators] == ["Berkas", "Bulan"]
    assert stored.rhk[0].parent_rhk_id == team.kabid_skp.rhk[0].id
    assert stored.lampiran.dukungan_sumber_daya == ("Akses SIMRS", "Kendaraan operasional")

    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.badge.status == "Diajukan", timeout=WAIT)
    assert "Moh. Rizal" in page.message.text()
    assert not page.add_button.isEnabled()
    assert not page.save_button.isEnabled()
    assert page.edit_button.text() == "Lihat..."
    assert skp.get_my_skp(ws, team.a_staf, YEAR).summary.status == "Diajukan"
    qtmodeltester.check(page.revisions_model)


def test_rhk_order_remove_and_service_refusal_shown(qtbot, qtmodeltester, ws, runner, team):
    from ekinerja_desktop.services import skp

    skp.create_skp(ws, team.a_staf, YEAR, approach="Kualitatif")
    page = _skp_page(qtbot, ws, runner, team.a_staf)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=WAIT)
    parent = team.kabid_skp.rhk[0].id
    for text, kind in (("Satu", "Utama"), ("Dua", "Utama"), ("Tambahan satu", "Tambahan")):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog.indicators.rows[0].narrative.isVisibleTo(dialog)  # kualitatif
        assert not dialog.indicators.rows[0].value.isVisibleTo(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.text.setPlainText(text)
        dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(parent))
        dialog.indicators.rows[0].text.setText(f"Indikator {text}")
        dialog.indicators.rows[0].narrative.setText("Tersusun sesuai standar")
        dialog.ok_button.click()
    assert [r.text for r in page.rhk] == ["Satu", "Dua", "Tambahan satu"]
    assert page.model.rowCount(page.model.index(0, 0)) == 2
    assert page.model.rowCount(page.model.index(1, 0)) == 1
    qtmodeltester.check(page.model)

    page.tree.setCurrentIndex(page.model.rhk_index(1))  # "Dua"
    page.up_button.click()
    assert [r.text for r in page.rhk] == ["Dua", "Satu", "Tambahan satu"]
    page.up_button.click()  # already first of A. Utama
    assert [r.text for r in page.rhk] == ["Dua", "Satu", "Tambahan satu"]
    page.confirm = lambda *_a: True
    page.tree.setCurrentIndex(page.model.rhk_index(2))
    page.remove_button.click()
    assert [r.text for r in page.rhk] == ["Dua", "Satu"]

    # An RHK without indicator is refused by the service; its message is shown.
    page.rhk.append(
        skp.RhkData(kind="Utama", text="Tanpa indikator", indicators=(), parent_rhk_id=parent)
    )
    page.dirty = True
    page.save_button.click()
    idle(qtbot, runner)
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=WAIT)
    assert "indikator" in page.message.text().lower()
    assert page.dirty  # the user's edits are kept
    assert [r.text for r in skp.get_my_skp(ws, team.a_staf, YEAR).rhk] == []


def test_rhk_dialog_checks_what_it_cannot_leave_half_done(qtbot):
    from ekinerja_desktop.gui.pages.skp_editor import RhkDialog
    from ekinerja_desktop.services.skp import ParentRhkOption

    options = [ParentRhkOption(id="p1", text="RHK atasan", kind="Utama", supported_by=2)]
    dialog = RhkDialog(approach="Kuantitatif", is_jpt=True, options=options)
    qtbot.addWidget(dialog)
    assert dialog.perspektif.isVisibleTo(dialog)
    assert "didukung 2 RHK" in dialog.parent_combo.itemText(1)
    received = []
    dialog.submitted.connect(received.append)
    dialog.ok_button.click()
    assert "Tulis rencana hasil kerja" in dialog.message.text()
    dialog.text.setPlainText("RHK")
    dialog.parent_combo.setEditText("tidak ada di daftar")
    dialog.ok_button.click()
    assert "Pilih RHK pimpinan dari daftar" in dialog.message.text()
    dialog.parent_combo.setCurrentIndex(1)
    dialog.indicators.rows[0].remove_button.click()
    dialog.ok_button.click()
    assert "minimal satu indikator" in dialog.message.text()
    row = dialog.indicators.add_row()
    row.text.setText("Persentase")
    row.value.setText("100")
    row.unit.setCurrentText("%")
    dialog.perspektif.setCurrentIndex(dialog.perspektif.findData("Anggaran"))
    dialog.ok_button.click()
    assert len(received) == 1
    assert received[0].parent_rhk_id == "p1"
    assert received[0].perspektif == "Anggaran"
    assert received[0].indicators[0].target_value == "100"


# --- SKP Tim -------------------------------------------------------------------------
def test_supervisor_sees_waiting_coverage_side_by_side_and_approves(
    qtbot, qtmodeltester, ws, runner, team
):
    from ekinerja_desktop.gui.pages.skp_editor import RhkModel
    from ekinerja_desktop.services import skp

    submitted = _submit_staf_skp(ws, team)
    page = _team_page(qtbot, ws, runner, team.a_kabid, rows=2)
    qtmodeltester.check(page.team_model)
    qtmodeltester.check(page.coverage_model)
    rows = {page.team_model.row_at(i).employee_name: i for i in range(2)}
    waiting = rows["Nurhayati Lamarauna"]
    status = page.team_model.index(waiting, 2)
    assert status.data() == "Diajukan · menunggu Anda"
    assert status.data(Qt.ItemDataRole.BackgroundRole) is not None
    absent = page.team_model.index(rows["Ikhsan Bakri"], 2)
    assert absent.data() == "Belum dibuat"
    assert absent.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 SKP menunggu persetujuan Anda" in page.waiting.text()

    # Coverage: my first RHK is supported once, the second by nobody yet.
    assert page.coverage_model.rowCount() == 2
    supported = {page.coverage_model.row_at(i).text: i for i in range(2)}
    gap = page.coverage_model.index(supported["Tersusunnya laporan pelayanan kesehatan"], 2)
    assert gap.data() == "belum didukung"
    assert gap.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 dari 2 RHK Anda belum didukung" in page.coverage_summary.text()

    assert page.select_member(submitted.summary.id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    assert isinstance(page.rhk_model, RhkModel)
    qtmodeltester.check(page.rhk_model)
    group = page.rhk_model.index(0, 0)
    assert page.rhk_model.index(0, 3, group).data() == "Terlaksananya akreditasi puskesmas"
    page.rhk_tree.setCurrentIndex(page.rhk_model.index(0, 0, group))
    selected = page.coverage.selectionModel().selectedRows()
    assert [i.data(Qt.ItemDataRole.DisplayRole) for i in selected] == ["Utama"]
    assert selected[0].row() == supported["Terlaksananya akreditasi puskesmas"]

    assert page.approve_button.isEnabled()
    assert len(page.behaviours.editors) == 7
    page.behaviours.editors["akuntabel"].setPlainText("Laporan rujukan tepat waktu")
    assert page.save_button.isEnabled()
    # Approving asks first, naming the person; declining changes nothing.
    asked = []
    page.confirm = lambda _parent, title, text: asked.append((title, text)) or False
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert asked[0][0] == "Setujui SKP"
    assert "Nurhayati Lamarauna" in asked[0][1]
    assert skp.get_skp(ws, team.a_kabid, submitted.summary.id).summary.status == "Diajukan"
    assert page.approve_button.isEnabled()
    page.confirm = lambda *_a: True
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    assert page.message.text() == "SKP Nurhayati Lamarauna disetujui."
    assert not page.approve_button.isEnabled()
    qtbot.waitUntil(lambda: "Tidak ada SKP yang menunggu" in page.waiting.text(), timeout=WAIT)
    stored = skp.get_skp(ws, team.a_kabid, submitted.summary.id)
    assert stored.summary.status == "Disetujui"
    assert {b.value_code: b.expectation for b in stored.behaviours}["akuntabel"] == (
        "Laporan rujukan tepat waktu"
    )
    assert not page.behaviours.editors  # frozen: expectations are read-only now
    qtmodeltester.check(page.team_model)


def test_return_requires_a_note_and_employee_sees_it(qtbot, ws, runner, team):
    from ekinerja_desktop.gui.widgets import NoteDialog

    submitted = _submit_staf_skp(ws, team)
    page = _team_page(qtbot, ws, runner, team.a_kabid, rows=2)
    assert page.select_member(submitted.summary.employee_id)
    qtbot.waitUntil(page.return_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NoteDialog)
    assert not dialog.ok_button.isEnabled()  # no note, no return
    dialog.note.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.note.setPlainText("Target waktu belum ada; tambahkan indikator aspek Waktu.")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.badge.status == "Ditolak", timeout=WAIT)
    assert "Target waktu belum ada" in page.note.text()

    # The service refuses an empty note too (not only the greyed-out button).
    page.return_skp("")
    idle(qtbot, runner)
    qtbot.waitUntil(lambda: page.message.styleSheet().startswith("color: #b00020"), timeout=WAIT)

    mine = _skp_page(qtbot, ws, runner, team.a_staf)
    qtbot.waitUntil(lambda: mine.badge.status == "Ditolak", timeout=WAIT)
    assert mine.rejection.isVisible()
    assert "Target waktu belum ada" in mine.rejection.text()
    assert mine.add_button.isEnabled()  # back to the employee for editing
    assert mine.submit_button.isEnabled()


def test_revision_of_approved_skp_keeps_both_visible(qtbot, qtmodeltester, ws, runner, team):
    from ekinerja_desktop.services import skp

    submitted = _submit_staf_skp(ws, team)
    skp.approve(ws, team.a_kabid, submitted.summary.id)
    page = _skp_page(qtbot, ws, runner, team.a_staf)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    assert not page.add_button.isEnabled()
    assert page.revise_button.isEnabled()
    qtbot.mouseClick(page.revise_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.note.setPlainText("Tambahan tugas setelah mutasi pegawai")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.revisions_model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(page.revisions_model)
    assert page.badge.status == "Draft"
    assert "revisi 2" in page.badge.text()
    assert page.add_button.isEnabled()
    statuses = sorted(r.status for r in page.revisions_model.rows)
    assert statuses == ["Disetujui", "Draft"]

    old = next(i for i, r in enumerate(page.revisions_model.rows) if r.status == "Disetujui")
    page.revisions.selectRow(old)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    assert page.notice.isVisible()
    assert "hanya baca" in page.notice.text()
    assert not page.add_button.isEnabled()
    assert not page.revise_button.isEnabled()  # a revision is already in progress


def test_new_skp_period_after_mutasi_lists_both_periods(qtbot, ws, runner, team):
    from datetime import date

    from ekinerja_desktop.gui.widgets import to_qdate
    from ekinerja_desktop.services import skp

    submitted = _submit_staf_skp(ws, team)
    skp.approve(ws, team.a_kabid, submitted.summary.id)
    page = _skp_page(qtbot, ws, runner, team.a_staf)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    assert not page.period_choice.isVisible()  # one period: nothing to choose
    assert page.new_period_button.isEnabled()
    qtbot.mouseClick(page.new_period_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    start = date(YEAR, 8, 1)
    dialog.start.setDate(to_qdate(start))
    dialog.reason.setCurrentIndex(dialog.reason.findData("mutasi"))
    dialog.reference.setText("821/45/BKPSDM")
    dialog.copy.setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.badge.status == "Draft", timeout=WAIT)
    assert page.period_choice.isVisible()
    texts = [page.period_choice.itemText(i) for i in range(page.period_choice.count())]
    assert texts == [
        f"1 Januari {YEAR} s.d. 31 Juli {YEAR}",
        f"1 Agustus {YEAR} s.d. 31 Desember {YEAR} (mutasi)",
    ]
    assert "(mutasi)" in page.info.text()
    assert len(page.rhk) == 1  # the content was copied
    assert "SKP baru mulai" in page.message.text()
    # Back to the first period: approved, read-only, its own end date.
    page.period_choice.setCurrentIndex(0)
    page.period_choice.activated.emit(0)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    assert f"31 Juli {YEAR}" in page.info.text()


# --- PDF -----------------------------------------------------------------------------
def test_pdf_preview_loads_saves_and_prints(qtbot, ws, team, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ekinerja_desktop.gui.pdf_preview import PdfPreviewDialog
    from ekinerja_desktop.services import skp

    pdf = skp.export_pdf(ws, team.a_kabid, team.kabid_skp.summary.id, tmp_path / "skp.pdf")
    dialog = PdfPreviewDialog(pdf, "Dokumen SKP")
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 2
    assert dialog.info.text() == f"{dialog.document.pageCount()} halaman"

    target = tmp_path / "out" / "salinan"
    target.parent.mkdir()
    dialog.ask_save_path = lambda *_a: str(target) + ".pdf"
    dialog.save_button.click()
    assert (tmp_path / "out" / "salinan.pdf").read_bytes() == pdf.read_bytes()

    printed = tmp_path / "printed.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    dialog.printer_factory = printer
    dialog.ask_printer = lambda *_a: True
    dialog.print_button.click()
    assert "halaman dikirim ke pencetak" in dialog.message.text()
    check = QPdfDocument()
    assert check.load(str(printed)) == QPdfDocument.Error.None_
    assert check.pageCount() == dialog.document.pageCount()
    check.close()


def test_lihat_pdf_opens_preview_from_the_page(qtbot, ws, runner, team):
    from PySide6.QtPdf import QPdfDocument

    page = _skp_page(qtbot, ws, runner, team.a_kabid)
    qtbot.waitUntil(lambda: page.badge.status == "Disetujui", timeout=WAIT)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf.preview is not None, timeout=WAIT)
    preview = page.pdf.preview
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 2
    assert "Moh. Rizal" in preview.windowTitle()
    preview.close_button.click()
    assert page.findChildren(QLabel)  # page still alive after the dialog closed


def test_skp_strings_are_translated(qapp):
    from ekinerja_desktop.gui.app import install_translators
    from ekinerja_desktop.gui.pages import registered_pages
    from ekinerja_desktop.gui.widgets import status_text

    install_translators(qapp, "en")
    titles = {s.key: s.display_title() for s in registered_pages()}
    assert titles["skp"] == "My SKP"
    assert titles["skp_team"] == "Team SKP"
    assert status_text("Ditolak") == "Returned"
