"""Pemetaan Penilai (admins): who appraises whom in a year, and who still has nobody."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import show_error
from ekinerja_desktop.gui.filter_proxy import (
    EmployeeFilterProxy,
    EmployeePicker,
    nip_text,
    text_filter_proxy,
)
from ekinerja_desktop.gui.layout import (
    FormDialog,
    date_edit,
    error_line,
    hbox,
    label,
    line_edit,
    search_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    make_table,
    push_buttons,
    to_date,
    to_qdate,
    year_spin,
)
from ekinerja_desktop.services import master


class SupervisorDialog(FormDialog):
    """Pick the Pejabat Penilai for one employee from a searchable list."""

    submitted = Signal(object, object, str)  # supervisor EmployeeRow, valid_from, note

    def __init__(
        self,
        employee_name: str,
        *,
        candidates: Sequence[master.EmployeeRow],
        year: int,
        valid_from: date,
        current_supervisor_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("supervisorDialog", "", parent)
        self.setWindowTitle(self.tr("Ubah penilai: {name}").format(name=employee_name))
        self.resize(820, 560)
        intro = self.tr(
            "Pilih Pejabat Penilai Kinerja untuk <b>{name}</b> pada tahun {year}. "
            "Klik dua kali atau pilih lalu tekan Simpan."
        ).format(name=employee_name, year=year)
        self.picker = EmployeePicker(candidates, self)
        if current_supervisor_id:
            self.picker.select_id(current_supervisor_id)
        self.valid_from = date_edit("validFrom", to_qdate(valid_from))
        # Any plausible date can be typed; one outside the year is refused with a message
        # (a narrow range would silently replace what was typed).
        self.valid_from.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.year = year
        self.note = line_edit("mappingNote", self.tr("mis. mutasi jabatan, SK nomor ..."))
        self.build(
            (self.tr("Berlaku mulai"), self.valid_from),
            (self.tr("Catatan"), self.note),
            message=error_line("supervisorMessage"),
            intro=intro,
            before=((self.picker, 1),),
            on_save=self._submit,
        )
        self.picker.picked.connect(lambda _row: self._submit())
        # An old complaint goes as soon as the date or the choice changes.
        self.valid_from.dateChanged.connect(lambda _d: self.message.setText(""))
        self.picker.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.message.setText("")
        )

    def _submit(self) -> None:
        supervisor = self.picker.selected()
        if supervisor is None:
            self.message.setText(self.tr("Pilih dulu pegawai yang menjadi penilai."))
            return
        chosen = self.valid_from.date()
        valid_from = to_date(chosen)
        if valid_from.year != self.year:
            self.message.setText(
                self.tr(
                    "Tanggal berlaku mulai {d} di luar tahun {y}: pilih tanggal antara "
                    "01-01-{y} dan 31-12-{y}."
                ).format(d=self.valid_from.text(), y=self.year)
            )
            self.valid_from.setFocus()
            return
        self.submitted.emit(supervisor, valid_from, self.note.text().strip())


class ExternalSignatoryDialog(FormDialog):
    """Name an external signatory (e.g. the Wali Kota): name, jabatan, optional NIP."""

    submitted = Signal(str, str, str, object)  # nama, jabatan, nip, valid_from or None

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        valid_from: date | None = None,
        allow_clear: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("externalSignatoryDialog", title, parent)
        self.resize(520, 260)
        self.nama = line_edit("externalNama", self.tr("nama lengkap dengan gelar"))
        self.jabatan = line_edit("externalJabatan", self.tr("mis. Wali Kota Palu"))
        self.nip = line_edit("externalNip", self.tr("boleh kosong"))
        self.valid_from: QDateEdit | None = None
        if valid_from is not None:
            self.valid_from = date_edit("externalValidFrom", to_qdate(valid_from))
        self.build(
            (self.tr("Nama"), self.nama),
            (self.tr("Jabatan"), self.jabatan),
            (self.tr("NIP"), self.nip),
            (self.tr("Berlaku mulai"), self.valid_from) if self.valid_from else None,
            message=error_line("externalMessage"),
            intro=intro,
            on_save=self._submit,
        )
        if allow_clear:
            clear = self.buttons.addButton(self.tr("Hapus"), QDialogButtonBox.ButtonRole.ResetRole)
            clear.setObjectName("clearExternal")
            clear.clicked.connect(lambda: self.submitted.emit("", "", "", None))

    def _submit(self) -> None:
        if not self.nama.text().strip():
            self.message.setText(self.tr("Isi nama penanda tangan."))
            return
        start = None
        if self.valid_from is not None:
            chosen = self.valid_from.date()
            start = date(chosen.year(), chosen.month(), chosen.day())
        self.submitted.emit(self.nama.text(), self.jabatan.text(), self.nip.text(), start)


class MappingTarget(NamedTuple):
    """Whose Pejabat Penilai a mapping command sets, for which year, from which day."""

    employee_id: str
    name: str
    current_supervisor_id: str | None
    year: int
    start: date


@navigation_page("mapping", QT_TRANSLATE_NOOP("Navigation", "Pemetaan Penilai"), 400, ADMINS)
class MappingPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.candidates: list[master.EmployeeRow] = []
        self.external_dialog: ExternalSignatoryDialog | None = None
        lang = ctx.language

        self.year = year_spin("mappingYear")
        self.search = search_edit("mappingSearch", self.tr("Cari pegawai atau penilai..."))
        self.change_button, self.external_button, self.atasan_button, self.copy_button = (
            push_buttons(
                (self.tr("Ubah penilai..."), "changeSupervisor", self.change_supervisor),
                (
                    self.tr("Penilai dari luar..."),
                    "externalPenilai",
                    self.set_external_penilai,
                    self.tr(
                        "Pejabat penilai yang bukan pegawai dalam data, mis. Wali Kota bagi "
                        "Sekretaris Daerah. Admin mengisi keputusan penilai itu; dokumen mencetak "
                        "namanya."
                    ),
                ),
                (
                    self.tr("Atasan penilai dari luar..."),
                    "externalAtasan",
                    self.set_external_atasan,
                    self.tr(
                        "Atasan pejabat penilai yang bukan pegawai dalam data, mis. Wali Kota bagi "
                        "kepala OPD; tanpa isian, atasan adalah penilai dari pejabat penilai."
                    ),
                ),
                (self.tr("Salin dari tahun lalu"), "copyMapping", self.copy_from_last_year),
            )
        )
        self.message = label("mappingMessage", wrap=False)

        def day(v: date) -> str:
            return format_date(v, lang, "medium")

        flag = self.tr("perlu konfirmasi")
        self.model = RowTableModel(
            [
                Column("employee_name", self.tr("Pegawai yang dinilai")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("supervisor_name", self.tr("Pejabat Penilai")),
                Column("atasan_penilai_name", self.tr("Atasan Pejabat Penilai")),
                Column("valid_from", self.tr("Berlaku dari"), fmt=day),
                Column("valid_to", self.tr("Sampai"), fmt=day),
                Column("needs_confirmation", self.tr("Status"), fmt=lambda v: flag if v else ""),
            ],
            parent=self,
        )
        self.proxy = text_filter_proxy(self.model, self)
        self.table = make_table("mappingTable", self.proxy, sortable=True)
        for column, width in enumerate((200, 165, 200, 200, 100, 100)):
            self.table.setColumnWidth(column, width)

        self.missing_model = RowTableModel(
            [
                Column("display_name", self.tr("Nama")),
                Column("nip", self.tr("NIP"), fmt=nip_text),
                Column("jabatan_name", self.tr("Jabatan")),
                Column("unit_name", self.tr("Unit kerja")),
            ],
            parent=self,
        )
        self.missing_proxy = EmployeeFilterProxy(self)
        self.missing_proxy.setSourceModel(self.missing_model)
        self.missing_table = make_table("missingTable", self.missing_proxy, sortable=True)
        for column, width in enumerate((250, 170, 250)):
            self.missing_table.setColumnWidth(column, width)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mappingTabs")
        self.tabs.addTab(self.table, self.tr("Pemetaan"))
        self.tabs.addTab(self.missing_table, self.tr("Tanpa penilai"))

        top = hbox(
            QLabel(self.tr("Tahun")),
            self.year,
            (self.search, 1),
            self.change_button,
            self.external_button,
            self.atasan_button,
            self.copy_button,
        )
        vbox(top, self.message, self.tabs, parent=self)

        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.search.textChanged.connect(self._search)
        self.table.doubleClicked.connect(lambda _i: self.change_supervisor())
        self.missing_table.doubleClicked.connect(lambda _i: self.change_supervisor())

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()

        def work(_p: Any) -> tuple[Any, Any, Any]:
            return (
                master.list_mapping(ws, actor, year),
                master.employees_without_supervisor(ws, actor, year),
                master.list_employees(ws, actor, master.EmployeeFilter(active=True)),
            )

        self.run_task(work, self._loaded)

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"mapping", "employee"} and self.isVisible():
            self.refresh()

    def _loaded(self, value: tuple[Any, Any, Any]) -> None:
        mapping, missing, candidates = value
        self.model.set_rows(mapping)
        self.missing_model.set_rows(missing)
        self.candidates = candidates
        self.tabs.setTabText(0, self.tr("Pemetaan ({n})").format(n=len(mapping)))
        self.tabs.setTabText(1, self.tr("Tanpa penilai ({n})").format(n=len(missing)))

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.missing_proxy.set_text(text)

    # --- actions --------------------------------------------------------------------
    def _selected_employee(self) -> tuple[str, str, str | None, bool] | None:
        """(employee id, name, current supervisor id, already mapped)."""
        if self.tabs.currentIndex() == 0:
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            m: master.MappingRow = self.proxy.data(rows[0], ROW_ROLE)
            return m.employee_id, m.employee_name, m.supervisor_id, True
        rows = self.missing_table.selectionModel().selectedRows()
        if not rows:
            return None
        e: master.EmployeeRow = self.missing_proxy.data(rows[0], ROW_ROLE)
        return e.id, e.display_name, None, False

    def _mapping_target(self) -> MappingTarget | None:
        """The selected employee (else a message asking for one), the year, and the day a
        new mapping starts: today for an employee mapped this year, else 1 January."""
        selected = self._selected_employee()
        if selected is None:
            self.message.setText(self.tr("Pilih dulu satu pegawai di tabel."))
            return None
        employee_id, name, current, mapped = selected
        year = self.year.value()
        today = today_wita()
        start = today if mapped and today.year == year else date(year, 1, 1)
        return MappingTarget(employee_id, name, current, year, start)

    def change_supervisor(self) -> None:
        target = self._mapping_target()
        if target is None:
            return
        employee_id, year = target.employee_id, target.year
        dialog = SupervisorDialog(
            target.name,
            candidates=[c for c in self.candidates if c.id != employee_id],
            year=year,
            valid_from=target.start,
            current_supervisor_id=target.current_supervisor_id,
            parent=self,
        )
        ws, actor = self.ctx.ws, self.ctx.actor

        def save(supervisor: master.EmployeeRow, valid_from: date, note: str) -> Any:
            return master.set_supervisor(
                ws, actor, employee_id, supervisor.id, year, valid_from=valid_from, note=note
            )

        dialog.save_with(self.ctx.runner, save, self._mapping_saved(dialog))
        self.dialog = dialog
        dialog.open()

    def _mapping_saved(self, dialog: Any) -> Callable[[master.MappingRow], None]:
        """What a mapping dialog does once the service saved its row."""

        def done(row: master.MappingRow) -> None:
            dialog.accept()
            self.message.setText(
                self.tr("Penilai {employee} sekarang {supervisor}.").format(
                    employee=row.employee_name, supervisor=row.supervisor_name
                )
            )
            self.ctx.changed({"mapping"})

        return done

    def set_external_penilai(self) -> None:
        target = self._mapping_target()
        if target is None:
            return
        employee_id, name, year = target.employee_id, target.name, target.year
        dialog = ExternalSignatoryDialog(
            self.tr("Penilai dari luar: {name}").format(name=name),
            self.tr(
                "Pejabat Penilai Kinerja <b>{name}</b> tahun {year} yang bukan pegawai dalam "
                "data (mis. Wali Kota). NIP boleh kosong."
            ).format(name=name, year=year),
            valid_from=target.start,
            parent=self,
        )
        ws, actor = self.ctx.ws, self.ctx.actor

        def save(nama: str, jabatan: str, nip: str, valid_from: date | None) -> Any:
            return master.set_external_penilai(
                ws,
                actor,
                employee_id,
                year,
                nama=nama,
                jabatan=jabatan,
                nip=nip,
                valid_from=valid_from,
            )

        self._open_external(dialog, save, self._mapping_saved(dialog))

    def set_external_atasan(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.tabs.currentIndex() == 0 else []
        if not rows:
            self.message.setText(self.tr("Pilih dulu satu baris pemetaan."))
            return
        row: master.MappingRow = self.proxy.data(rows[0], ROW_ROLE)
        dialog = ExternalSignatoryDialog(
            self.tr("Atasan penilai dari luar: {name}").format(name=row.employee_name),
            self.tr(
                "Atasan Pejabat Penilai <b>{name}</b> yang bukan pegawai dalam data (mis. "
                "Wali Kota bagi kepala OPD). Hapus untuk kembali ke penilai dari pejabat "
                "penilai."
            ).format(name=row.employee_name),
            allow_clear=True,
            parent=self,
        )
        ws, actor = self.ctx.ws, self.ctx.actor

        def save(nama: str, jabatan: str, nip: str, _valid_from: object) -> Any:
            return master.set_external_atasan(
                ws, actor, row.id, nama=nama, jabatan=jabatan, nip=nip
            )

        def done(saved: master.MappingRow) -> None:
            dialog.accept()
            self.message.setText(
                self.tr("Atasan penilai {employee} sekarang {atasan}.").format(
                    employee=saved.employee_name, atasan=saved.atasan_penilai_name or "-"
                )
            )
            self.ctx.changed({"mapping"})

        self._open_external(dialog, save, done)

    def _open_external(
        self,
        dialog: ExternalSignatoryDialog,
        save: Callable[[str, str, str, date | None], Any],
        done: Callable[[master.MappingRow], None],
    ) -> None:
        """Open ``dialog``; what it submits is saved by ``save(nama, jabatan, nip,
        valid_from)`` in the runner, ``done`` on success, a refusal shown in the dialog."""

        dialog.save_with(self.ctx.runner, save, done)
        self.external_dialog = dialog
        dialog.open()

    def copy_from_last_year(self) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()

        def done(count: int) -> None:
            self.message.setText(
                self.tr("{n} pemetaan disalin dari tahun {year}.").format(n=count, year=year - 1)
            )
            self.ctx.changed({"mapping"})

        self.run_task(
            lambda _p: master.copy_mapping(ws, actor, year - 1, year),
            done,
            failed=lambda error: show_error(self, error),
            label=self.tr("Menyalin pemetaan..."),
        )
