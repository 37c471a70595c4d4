"""Pegawai: the employee list, loaded once and filtered in memory as the user types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import ask_save_file
from ekinerja_desktop.gui.filter_proxy import EmployeeFilterProxy, nip_text
from ekinerja_desktop.gui.layout import combo_box, hbox, label, search_edit, vbox
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.pages.discipline_dialog import DisciplineDialog
from ekinerja_desktop.gui.pages.employee_form import EmployeeForm
from ekinerja_desktop.gui.pages.units_page import fill_unit_combo, subtree_ids
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import make_table, push_buttons, selected_row_of
from ekinerja_desktop.services import employee_excel, master


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    return ask_save_file(parent, title, suggested, "Excel", ".xlsx")


def _ask_open_path(parent: QWidget, title: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", "Excel (*.xlsx)")
    return path


class ImportDialog(QDialog):
    """Shows what an import would do; the user confirms before anything is written."""

    confirmed = Signal()

    def __init__(self, preview: employee_excel.ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Pratinjau impor pegawai"))
        self.resize(760, 460)
        self.summary = QLabel(
            self.tr("Berkas {path}, lembar {sheet}.").format(
                path=Path(preview.path).name, sheet=preview.sheet
            )
            + "\n"
            + preview.summary()
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setPlainText(
            "\n".join(p.line() for p in preview.problems) or self.tr("Tidak ada masalah ditemukan.")
        )
        verdict = QLabel(
            self.tr("Siap diimpor. Tekan Impor untuk menyimpan semua baris sekaligus.")
            if preview.ok
            else self.tr(
                "Ada galat: tidak ada data yang akan diubah. Perbaiki berkas lalu impor ulang."
            )
        )
        verdict.setWordWrap(True)
        verdict.setStyleSheet("" if preview.ok else "color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        self.import_button = buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("confirmImport")
        self.import_button.setEnabled(preview.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(verdict)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirmed.emit)


FIRST_SCREEN_ROWS = 60


@navigation_page("employees", QT_TRANSLATE_NOOP("Navigation", "Pegawai"), 300, ADMINS)
class EmployeesPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.units: list[master.UnitRow] = []
        self.form: EmployeeForm | None = None
        self.form_factory = EmployeeForm  # injectable for tests
        self.import_dialog: ImportDialog | None = None
        self.ask_save_path: Callable[[QWidget, str, str], str] = _ask_save_path
        self.ask_open_path: Callable[[QWidget, str], str] = _ask_open_path
        self._stale = True
        self._complete = False
        self.can_edit = ctx.actor.is_admin

        self.search = search_edit("employeeSearch", self.tr("Cari nama atau NIP..."))
        self.unit_filter = combo_box("unitFilter", [(self.tr("Semua unit"), None)])
        self.unit_filter.setMinimumWidth(260)
        self.status_filter = combo_box(
            "statusFilter", [(self.tr("PNS dan PPPK"), None), ("PNS", "PNS"), ("PPPK", "PPPK")]
        )
        self.kind_filter = combo_box(
            "kindFilter",
            [(self.tr("Semua jenis jabatan"), None), *((k.label, k.value) for k in JabatanKind)],
        )
        self.active_filter = combo_box(
            "activeFilter",
            [
                (self.tr("Aktif"), True),
                (self.tr("Tidak aktif"), False),
                (self.tr("Aktif dan tidak aktif"), None),
            ],
        )

        self.count = label("employeeCount", wrap=False)
        (
            self.add_button,
            self.edit_button,
            self.export_button,
            self.import_button,
            self.template_button,
            self.discipline_button,
        ) = push_buttons(
            (self.tr("Tambah"), "addEmployee", self.add_employee),
            (self.tr("Ubah"), "editEmployee", self.edit_selected),
            (
                self.tr("Ekspor .xlsx..."),
                "exportEmployees",
                self.export_filtered,
                self.tr("Simpan daftar yang sedang disaring ke Excel."),
            ),
            (self.tr("Impor .xlsx..."), "importEmployees", self.import_file),
            (self.tr("Templat impor..."), "importTemplate", self.save_template),
            (
                self.tr("Hukuman disiplin..."),
                "employeeDiscipline",
                self.open_discipline,
                self.tr("Catatan hukuman disiplin pegawai terpilih (PP 94/2021)."),
            ),
        )
        self.discipline_dialog: DisciplineDialog | None = None
        for button in (
            self.add_button,
            self.edit_button,
            self.import_button,
            self.template_button,
            self.discipline_button,
        ):
            button.setVisible(self.can_edit)
        self.message = label("employeeMessage", wrap=False)

        yes, no = self.tr("ya"), self.tr("tidak")
        kinds = {
            "jpt": self.tr("JPT"),
            "administrasi": self.tr("Administrasi"),
            "fungsional": self.tr("Fungsional"),
        }
        self.model = RowTableModel(
            [
                Column("nip", self.tr("NIP"), fmt=nip_text),
                Column("display_name", self.tr("Nama")),
                Column("status", self.tr("Status"), "center"),
                Column("pangkat_code", self.tr("Gol."), "center"),
                Column("active", self.tr("Aktif"), "center", fmt=lambda v: yes if v else no),
                Column("jabatan_name", self.tr("Jabatan")),
                Column("jabatan_kind", self.tr("Jenis"), fmt=lambda v: kinds.get(v, v)),
                Column("unit_name", self.tr("Unit kerja")),
            ],
            parent=self,
        )
        self.proxy = EmployeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_active(True)
        self.table = make_table("employeeTable", self.proxy, sortable=True)
        for column, width in enumerate((165, 250, 55, 50, 50, 220, 100)):
            self.table.setColumnWidth(column, width)

        filters = hbox(
            (self.search, 2),
            (self.unit_filter, 2),
            self.status_filter,
            self.kind_filter,
            self.active_filter,
        )
        actions = hbox(
            self.count,
            (self.message, 1),
            self.add_button,
            self.edit_button,
            self.export_button,
            self.import_button,
            self.template_button,
            self.discipline_button,
        )
        vbox(filters, actions, self.table, parent=self)

        self.search.textChanged.connect(self.proxy.set_text)
        self.unit_filter.currentIndexChanged.connect(self._unit_changed)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData())
        )
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(self.kind_filter.currentData())
        )
        self.active_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_active(self.active_filter.currentData())
        )
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self._update_count()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._stale:
            return
        self._stale = False
        ws, actor = self.ctx.ws, self.ctx.actor

        def first_screen(_p: Any) -> list[master.EmployeeRow]:
            # A screenful first, so the list appears at once; the full list follows.
            return master.list_employees(
                ws, actor, master.EmployeeFilter(active=None), limit=FIRST_SCREEN_ROWS
            )

        def work(_p: Any) -> tuple[list[master.UnitRow], list[master.EmployeeRow]]:
            units = master.list_units(ws, actor, include_inactive=True)
            rows = master.list_employees(ws, actor, master.EmployeeFilter(active=None))
            return units, rows

        self._complete = False
        if self.model.rowCount() == 0:
            self.run_task(first_screen, self._first_screen)
        self.run_task(work, self._loaded)

    @property
    def is_loaded(self) -> bool:
        """True once the full list (not only the first screenful) is in the model."""
        return self._complete

    def _first_screen(self, rows: list[master.EmployeeRow]) -> None:
        if self._complete:
            return
        self.model.set_rows(rows)
        self.proxy.resort()
        if len(rows) < FIRST_SCREEN_ROWS:
            self._update_count()  # that was already the whole list
        else:
            self.count.setText(self.tr("Memuat daftar pegawai..."))

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"employee", "unit"}:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _loaded(self, value: tuple[list[master.UnitRow], list[master.EmployeeRow]]) -> None:
        units, rows = value
        self._complete = True
        self.units = units
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        fill_unit_combo(self.unit_filter, units, none_label=self.tr("Semua unit"))
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(current)))
        self.unit_filter.blockSignals(False)
        self._unit_changed()
        self.model.set_rows(rows)
        self.proxy.resort()
        self._update_count()

    def _unit_changed(self) -> None:
        unit_id = self.unit_filter.currentData()
        self.proxy.set_unit_ids(None if unit_id is None else subtree_ids(self.units, unit_id))

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        lang = self.ctx.language
        if shown == total:
            text = self.tr("{n} pegawai").format(n=format_number(shown, lang))
        else:
            text = self.tr("{n} pegawai (dari {total})").format(
                n=format_number(shown, lang), total=format_number(total, lang)
            )
        self.count.setText(text)

    # --- selection and editing ------------------------------------------------------
    def selected_row(self) -> master.EmployeeRow | None:
        return selected_row_of(self.table, master.EmployeeRow)

    def add_employee(self) -> None:
        if self.can_edit:
            self._open_form(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.can_edit:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(lambda _p: master.get_employee(ws, actor, row.id), self._open_form)

    def open_discipline(self) -> None:
        row = self.selected_row()
        if row is None:
            self.message.setText(self.tr("Pilih pegawai lebih dulu."))
            return
        dialog = DisciplineDialog(
            self.ctx, row.id, row.display_name, can_edit=self.can_edit, parent=self
        )
        self.discipline_dialog = dialog
        dialog.open()

    def _open_form(self, detail: master.EmployeeDetail | None) -> None:
        form = self.form_factory(self.ctx, self.units, detail, self)
        form.saved.connect(lambda _d: self.ctx.changed({"employee"}))
        self.form = form
        form.open()

    # --- Excel ----------------------------------------------------------------------
    def current_filter(self) -> master.EmployeeFilter:
        """The on-screen filters as a service filter (for export)."""
        return master.EmployeeFilter(
            text=self.search.text().strip(),
            unit_id=self.unit_filter.currentData(),
            status=self.status_filter.currentData(),
            jabatan_kind=self.kind_filter.currentData(),
            active=self.active_filter.currentData(),
        )

    def export_filtered(self) -> None:
        path = self.ask_save_path(self, self.tr("Ekspor pegawai"), "pegawai.xlsx")
        if not path:
            return
        ws, actor, flt = self.ctx.ws, self.ctx.actor, self.current_filter()

        def done(count: int) -> None:
            self.message.setText(
                self.tr("{n} pegawai diekspor ke {file}.").format(n=count, file=Path(path).name)
            )

        self.run_task(
            lambda _p: employee_excel.export_employees(ws, actor, flt, path),
            done,
            label=self.tr("Mengekspor pegawai..."),
        )

    def save_template(self) -> None:
        path = self.ask_save_path(self, self.tr("Simpan templat impor"), "templat-pegawai.xlsx")
        if not path:
            return
        self.run_task(
            lambda _p: employee_excel.write_template(path),
            lambda _r: self.message.setText(
                self.tr("Templat disimpan: {file}.").format(file=Path(path).name)
            ),
        )

    def import_file(self) -> None:
        path = self.ask_open_path(self, self.tr("Impor pegawai dari Excel"))
        if not path:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: employee_excel.preview_import(ws, actor, path),
            lambda preview: self._show_preview(preview, path),
            label=self.tr("Memeriksa berkas..."),
        )

    def _show_preview(self, preview: employee_excel.ImportPreview, path: str) -> None:
        dialog = ImportDialog(preview, self)
        ws, actor = self.ctx.ws, self.ctx.actor

        def apply() -> None:
            dialog.import_button.setEnabled(False)

            def done(result: employee_excel.ImportResult) -> None:
                dialog.accept()
                self.message.setText(
                    self.tr("Impor selesai. {summary}").format(summary=result.summary())
                )
                self.ctx.changed({"employee"})

            self.ctx.runner.run(
                lambda _p: employee_excel.apply_import(ws, actor, path),
                on_success=done,
                parent=dialog,
                label=self.tr("Mengimpor pegawai..."),
            )

        dialog.confirmed.connect(apply)
        self.import_dialog = dialog
        dialog.open()
