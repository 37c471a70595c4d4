"""Employee form dialog: live NIP feedback, catalogue combos, problems shown per field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.jabatan import JabatanKind, levels_for
from ekinerja_desktop.domain.pangkat import PANGKAT_PNS, PPPK_GOLONGAN
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import error_text, show_error
from ekinerja_desktop.gui.layout import (
    combo_box,
    error_line,
    form,
    hbox,
    label,
    line_edit,
    spin_box,
    vbox,
)
from ekinerja_desktop.gui.look import DATE_FORMAT
from ekinerja_desktop.gui.pages import TaskHost
from ekinerja_desktop.gui.pages.units_page import fill_unit_combo
from ekinerja_desktop.gui.widgets import save_cancel, to_qdate
from ekinerja_desktop.services import master
from ekinerja_desktop.services.errors import ValidationError

ERROR_COLOR = "#b00020"
WARNING_COLOR = "#b45f06"
NIP_PATTERN = r"^\s*(\d\s*){0,18}$"


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a checkbox enables the date editor."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class EmployeeForm(TaskHost, QDialog):
    """Create (``detail`` None) or edit one employee; saves through the task runner."""

    saved = Signal(object)  # master.EmployeeDetail

    def __init__(
        self,
        ctx: GuiContext,
        units: Sequence[master.UnitRow],
        detail: master.EmployeeDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setObjectName("employeeForm")
        self.setWindowTitle(self.tr("Ubah pegawai") if detail else self.tr("Tambah pegawai"))
        self.errors: dict[str, QLabel] = {}

        # Identity
        self.nip = line_edit("nipEdit", self.tr("18 digit, spasi boleh"))
        self.nip.setMaxLength(30)
        # At most 18 digits; spaces (as printed: 19850315 201001 1 001) are allowed.
        self.nip.setValidator(QRegularExpressionValidator(QRegularExpression(NIP_PATTERN), self))
        # The NIP's reading and its problems keep their lines while typing, so the fields
        # below never jump.
        lines = self.fontMetrics().lineSpacing()
        self.nip_info = label("nipInfo")
        self.nip_info.setMinimumHeight(3 * lines)  # NIP, then birth · sex · appointment
        self.nip_problems = label("nipProblems")
        self.nip_problems.setMinimumHeight(2 * lines)
        self.status = combo_box("statusCombo", [("PNS", "PNS"), ("PPPK", "PPPK")])
        self.name = line_edit("nameEdit")
        self.front_title = line_edit("", self.tr("mis. dr., Ir."))
        self.back_title = line_edit("", self.tr("mis. S.Kom., M.Si."))

        # Position
        self.pangkat = combo_box("pangkatCombo")
        self.jabatan_name = line_edit("jabatanEdit")
        self.kind = combo_box(
            "kindCombo", [(self.tr("(pilih)"), ""), *((k.label, k.value) for k in JabatanKind)]
        )
        self.level = combo_box("levelCombo")
        self.unit = combo_box("unitCombo")
        current_unit = detail.data.unit_id if detail else None
        fill_unit_combo(
            self.unit,
            units,
            none_label=self.tr("(belum ditempatkan)"),
            keep_inactive_id=current_unit,
        )
        self.kelas = spin_box("kelasSpin", 0, 17, special=self.tr("(kosong)"))
        self.unit_head = QCheckBox(self.tr("Kepala unit ini"))
        self.active_from = OptionalDateEdit(self.tr("diisi"))
        self.active_to = OptionalDateEdit(self.tr("diisi"))

        field = self._field
        identity = QGroupBox(self.tr("Identitas"))
        form(
            (self.tr("Status ASN"), field("status", self.status)),
            (self.tr("NIP"), field("nip", self.nip, self.nip_info, self.nip_problems)),
            (self.tr("Nama (tanpa gelar)"), field("name", self.name)),
            (self.tr("Gelar depan"), field("front_title", self.front_title)),
            (self.tr("Gelar belakang"), field("back_title", self.back_title)),
            parent=identity,
        )

        position = QGroupBox(self.tr("Kepegawaian"))
        form(
            (self.tr("Pangkat/golongan"), field("pangkat_code", self.pangkat)),
            (self.tr("Nama jabatan"), field("jabatan_name", self.jabatan_name)),
            (self.tr("Jenis jabatan"), field("jabatan_kind", self.kind)),
            (self.tr("Jenjang"), field("jabatan_level", self.level)),
            (self.tr("Unit kerja"), field("unit_id", self.unit)),
            (self.tr("Kelas jabatan"), field("kelas_jabatan", self.kelas)),
            ("", field("is_unit_head", self.unit_head)),
            (self.tr("Aktif sejak"), field("active_from", self.active_from)),
            (self.tr("Aktif sampai"), field("active_to", self.active_to)),
            parent=position,
        )

        self.message = error_line("formMessage")
        self.message.setMinimumHeight(lines)  # reserved: the buttons stay put
        self.buttons = save_cancel(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveEmployee")

        columns = hbox((identity, 1), (position, 1))
        vbox(columns, self.message, self.buttons, parent=self)
        self.setMinimumWidth(920)

        self.nip.textChanged.connect(self._check_nip)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.pangkat.currentIndexChanged.connect(self._check_nip)
        self.kind.currentIndexChanged.connect(self._fill_levels)
        # A field's message goes as soon as the field is changed.
        edited = {
            "nip": self.nip.textEdited,
            "status": self.status.currentIndexChanged,
            "name": self.name.textEdited,
            "front_title": self.front_title.textEdited,
            "back_title": self.back_title.textEdited,
            "pangkat_code": self.pangkat.currentIndexChanged,
            "jabatan_name": self.jabatan_name.textEdited,
            "jabatan_kind": self.kind.currentIndexChanged,
            "jabatan_level": self.level.currentIndexChanged,
            "unit_id": self.unit.currentIndexChanged,
            "kelas_jabatan": self.kelas.valueChanged,
            "is_unit_head": self.unit_head.toggled,
            "active_from": self.active_from.check.toggled,
            "active_to": self.active_to.check.toggled,
        }
        for key, signal in edited.items():
            signal.connect(lambda *_a, key=key: self.clear_problem(key))
        self.active_from.edit.dateChanged.connect(lambda _d: self.clear_problem("active_from"))
        self.active_to.edit.dateChanged.connect(lambda _d: self.clear_problem("active_to"))

        self._fill_pangkat()
        self._fill_levels()
        if detail is not None:
            self._load(detail.data)
        self._check_nip()

    # --- construction helpers -------------------------------------------------------
    def _field(self, key: str, widget: QWidget, *extra: QWidget) -> QWidget:
        """The widget with a (hidden until needed) error label and ``extra`` under it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel("")
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.hide()
        layout.addWidget(error)
        for other in extra:
            layout.addWidget(other)
        self.errors[key] = error
        return box

    def _fill_pangkat(self) -> None:
        current = self.pangkat.currentData()
        self.pangkat.blockSignals(True)
        self.pangkat.clear()
        self.pangkat.addItem(self.tr("(kosong)"), "")
        if self.status.currentData() == "PPPK":
            for golongan in PPPK_GOLONGAN:
                self.pangkat.addItem(golongan.label, golongan.code)
        else:
            for pangkat in PANGKAT_PNS:
                self.pangkat.addItem(pangkat.label, pangkat.code)
        self.pangkat.setCurrentIndex(max(0, self.pangkat.findData(current)))
        self.pangkat.blockSignals(False)

    def _fill_levels(self) -> None:
        current = self.level.currentData()
        self.level.clear()
        kind = self.kind.currentData()
        if not kind:
            self.level.addItem(self.tr("(pilih jenis jabatan dulu)"), "")
            self.level.setEnabled(False)
            return
        self.level.setEnabled(True)
        for level in levels_for(kind):
            self.level.addItem(level.label, level.value)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))

    def _load(self, data: master.EmployeeInput) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self._fill_pangkat()
        self.nip.setText(data.nip)
        self.name.setText(data.name)
        self.front_title.setText(data.front_title)
        self.back_title.setText(data.back_title)
        self.pangkat.setCurrentIndex(max(0, self.pangkat.findData(data.pangkat_code)))
        self.jabatan_name.setText(data.jabatan_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.jabatan_kind)))
        self._fill_levels()
        self.level.setCurrentIndex(max(0, self.level.findData(data.jabatan_level)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(data.unit_id)))
        self.kelas.setValue(data.kelas_jabatan or 0)
        self.unit_head.setChecked(data.is_unit_head)
        self.active_from.set_value(data.active_from)
        self.active_to.set_value(data.active_to)

    # --- live feedback --------------------------------------------------------------
    def _status_changed(self) -> None:
        self._fill_pangkat()
        self._check_nip()

    def _check_nip(self) -> None:
        text = self.nip.text().strip()
        if not text:
            self.nip_info.setText("")
            self.nip_problems.setText("")
            return
        result = master.check_nip(
            text, str(self.status.currentData()), pangkat_code=str(self.pangkat.currentData())
        )
        if result.birth_date is not None:
            lang = self.ctx.language
            self.nip_info.setText(
                self.tr("{nip}\nLahir {born} · {sex} · diangkat {appointment}").format(
                    nip=result.formatted,
                    born=format_date(result.birth_date, lang),
                    sex=result.sex_label,
                    appointment=result.appointment,
                )
            )
        else:
            self.nip_info.setText("")
        color = WARNING_COLOR if result.ok else ERROR_COLOR
        self.nip_problems.setStyleSheet(f"color: {color};")
        self.nip_problems.setText("\n".join(f"• {p}" for p in result.problems))

    # --- saving ---------------------------------------------------------------------
    def value(self) -> master.EmployeeInput:
        kelas = self.kelas.value()
        return master.EmployeeInput(
            nip=self.nip.text().strip(),
            name=self.name.text().strip(),
            front_title=self.front_title.text().strip(),
            back_title=self.back_title.text().strip(),
            status=str(self.status.currentData()),
            pangkat_code=str(self.pangkat.currentData() or ""),
            jabatan_name=self.jabatan_name.text().strip(),
            jabatan_kind=str(self.kind.currentData() or ""),
            jabatan_level=str(self.level.currentData() or ""),
            unit_id=self.unit.currentData(),
            kelas_jabatan=kelas or None,
            is_unit_head=self.unit_head.isChecked(),
            active_from=self.active_from.value(),
            active_to=self.active_to.value(),
        )

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.setText("")
            error.setMinimumHeight(0)
            error.hide()
        self.message.setText("")

    def clear_problem(self, key: str) -> None:
        """The field was changed: its message goes (its line stays until the next save,
        so nothing moves while typing); the summary goes with the last one."""
        label = self.errors.get(key)
        if label is not None and label.text():
            label.setMinimumHeight(label.height())
            label.setText("")
        if self.message.text() and not any(other.text() for other in self.errors.values()):
            self.message.setText("")

    def show_problems(self, error: ValidationError) -> None:
        self.clear_problems()
        general: list[str] = []
        shown_live = self.nip_problems.text()
        for field, text in error.problems:
            label = self.errors.get(field)
            if label is None:
                general.append(text)
                continue
            if field == "nip" and text in shown_live:
                # Already under the field (live NIP check): once is enough, in red.
                self.nip_problems.setStyleSheet(f"color: {ERROR_COLOR};")
                continue
            label.setText(f"{label.text()}\n{text}".strip())
            label.show()
        message, hint = error_text(error)
        # The hint repeats the first problem, which is already shown next to its field.
        first = message if error.problems else f"{message} {hint}".strip()
        self.message.setText("\n".join([first, *general]))

    def save(self) -> None:
        data, ws, actor = self.value(), self.ctx.ws, self.ctx.actor
        employee_id = self.detail.id if self.detail else None
        self.clear_problems()
        self.save_button.setEnabled(False)

        def done(detail: master.EmployeeDetail) -> None:
            self.save_button.setEnabled(True)
            self.detail = detail
            self.saved.emit(detail)
            self.accept()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(error, ValidationError):
                self.show_problems(error)
            else:
                show_error(self, error)

        self.run_task(
            lambda _p: master.save_employee(ws, actor, data, employee_id), done, failed=failed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a line edit must not save half-filled data; only the button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
