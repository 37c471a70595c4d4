"""Shared pieces of the evaluation pages: editable result/behaviour models and the PDF preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import followup
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import buttons_row
from ekinerja_desktop.gui.look import DATE_FORMAT
from ekinerja_desktop.gui.pages import ReloadingPage
from ekinerja_desktop.gui.pdf_preview import DocumentPdf
from ekinerja_desktop.gui.widgets import NoteDialog, year_spin
from ekinerja_desktop.services import evaluation, period_scheme

Index = QModelIndex | QPersistentModelIndex

RATING_CHOICES = ("", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
ORG_CHOICES = ("Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")


def fill_periods(combo: QComboBox, ws: Any, year: int) -> None:
    """The evaluation periods of ``year`` in ``combo`` (signals held back), the last one
    that has ended chosen."""
    today = today_wita()
    combo.blockSignals(True)
    combo.clear()
    current = 0
    for i, p in enumerate(period_scheme.periods(ws, year)):
        combo.addItem(f"{p.label} ({p.code})", p.code)
        if p.end < today:
            current = i
    combo.setCurrentIndex(current)
    combo.blockSignals(False)


class EvaluationPeriodPage(ReloadingPage):
    """What the Penilaian and Evaluasi Saya pages share: the year and period choice (the
    ``period_bar`` layout, object names ``{name}Year`` and ``{name}Period``), the PDF
    helper, and a note dialog whose text goes to an action on the evaluation shown."""

    detail: evaluation.EvaluationDetail | None

    def __init__(self, ctx: GuiContext, name: str) -> None:
        super().__init__(ctx)
        self.detail = None
        self.note_dialog_factory: Callable[..., Any] = NoteDialog
        self.pdf = EvaluationPdf(ctx, self)
        self.year = year_spin(f"{name}Year")
        self.period = QComboBox()
        self.period.setObjectName(f"{name}Period")
        self.period_bar = buttons_row(
            QLabel(self.tr("Tahun")), self.year, QLabel(self.tr("Periode")), self.period
        )
        self.year.valueChanged.connect(lambda _v: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.load())

    def _fill_periods(self, *, load: bool = True) -> None:
        fill_periods(self.period, self.ctx.ws, self.year.value())
        if load:
            self.load()

    def period_code(self) -> str:
        return str(self.period.currentData() or "")

    def _run(self, fn: Callable[[], Any], done: str) -> None:
        raise NotImplementedError

    def _ask_note(self, title: str, prompt: str, action: Callable[[str], Any], done: str) -> None:
        """Ask for a note in a dialog; on submit run ``action(note)`` and say ``done``."""
        self.ask_note(title, prompt, "", lambda note: self._run(lambda: action(note), done))

    def _act(self, action: Callable[[Any, Any, str], Any], done: str) -> None:
        """Run ``action(ws, actor, evaluation id)`` on the evaluation shown, if any."""
        d = self.detail
        if d is not None:
            ws, actor, eid = self.ctx.ws, self.ctx.actor, d.id
            self._run(lambda: action(ws, actor, eid), done)

    def _ask_reason(
        self, title: str, prompt: str, action: Callable[[Any, Any, str, str], Any], done: str
    ) -> None:
        """Ask for a reason, then run ``action(ws, actor, evaluation id, reason)`` on the
        evaluation shown (a correction, an objection)."""
        d = self.detail
        if d is not None:
            ws, actor, eid = self.ctx.ws, self.ctx.actor, d.id
            self._ask_note(title, prompt, lambda reason: action(ws, actor, eid, reason), done)


class _EditableModel(QAbstractTableModel):
    """Rows of plain dataclasses; some columns editable, edits kept per row key."""

    def __init__(
        self, columns: Sequence[tuple[str, str]], key: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[Any] = []
        self._edits: dict[tuple[str, str], str] = {}
        self.editable: frozenset[str] = frozenset()

    def set_rows(self, rows: Sequence[Any], editable: frozenset[str] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._edits = {}
        self.editable = editable
        self.endResetModel()

    def value(self, row: int, column_key: str) -> str:
        item = self._rows[row]
        edited = self._edits.get((getattr(item, self._key), column_key))
        return edited if edited is not None else self._display(item, column_key)

    def _display(self, item: Any, column_key: str) -> str:
        return str(getattr(item, column_key, "") or "")

    def edits(self, column_key: str) -> dict[str, str]:
        return {k: v for (k, c), v in self._edits.items() if c == column_key}

    @property
    def dirty(self) -> bool:
        return bool(self._edits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            # Two-word titles on two lines: the narrow number columns stay readable.
            return self._columns[section][1].replace(" ", "\n", 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key = self._columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(index.row(), key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self._tooltip(self._rows[index.row()], key) or self.value(index.row(), key) or None
            )
        return None

    def _tooltip(self, item: Any, column_key: str) -> str:
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()][0] in self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self._columns[index.column()][0]
        if key not in self.editable:
            return False
        item = self._rows[index.row()]
        self._edits[(getattr(item, self._key), key)] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True


class ResultsModel(_EditableModel):
    """Indicators of an evaluation: target, approved-log prefill, realisasi, feedback."""

    # Width in characters; feedback takes the rest. Together they fit the rating tab on
    # a 1366-pixel screen without sideways scrolling (texts wrap).
    WIDTHS: ClassVar[dict[str, int]] = {
        "rhk_text": 22,
        "indicator_text": 20,
        "target": 11,
        "logs": 14,
        "capaian": 8,
        "self_realisasi": 12,
        "realisasi": 12,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], "indicator_id", parent)
        self._columns = [
            ("rhk_text", self.tr("RHK")),
            ("indicator_text", self.tr("Indikator")),
            ("target", self.tr("Target")),
            ("logs", self.tr("Aktivitas disetujui")),
            ("self_realisasi", self.tr("Realisasi mandiri")),
            ("realisasi", self.tr("Realisasi")),
            ("capaian", self.tr("Capaian")),
            ("feedback", self.tr("Umpan balik")),
        ]

    def _display(self, item: Any, column_key: str) -> str:
        if column_key == "logs":
            if not item.log_count:
                return ""
            if item.prefillable:
                return self.tr("{n} entri, {q}, {e} bukti").format(
                    n=item.log_count, q=item.log_quantity or "0", e=item.evidence_count
                )
            return self.tr("{n} entri, {e} bukti (dinilai penilai)").format(
                n=item.log_count, e=item.evidence_count
            )
        if column_key == "capaian":
            return f"{item.capaian} %" if item.capaian else ""
        return super()._display(item, column_key)

    def _tooltip(self, item: Any, column_key: str) -> str:
        if column_key == "target" and item.annual_target and item.annual_target != item.target:
            return self.tr("Target periode ini: {p}\nTarget tahunan: {a}").format(
                p=item.target, a=item.annual_target
            )
        if column_key == "logs" and item.evidence:
            lines = [
                self.tr("Aktivitas harian disetujui pada periode ini (bukti dukung):")
                if not item.prefillable
                else self.tr(
                    "Aktivitas harian disetujui; yang bertanda * dijumlahkan ke realisasi "
                    "karena satuannya sama dengan satuan target:"
                )
            ]
            for entry in item.evidence[:40]:
                qty = f" - {entry.quantity} {entry.unit}".rstrip() if entry.quantity else ""
                files = f" [{', '.join(entry.files)}]" if entry.files else ""
                mark = "* " if entry.counted else "  "
                lines.append(f"{mark}{entry.day.strftime('%d-%m-%Y')} {entry.activity}{qty}{files}")
            if len(item.evidence) > 40:
                lines.append(self.tr("... dan {n} entri lain").format(n=len(item.evidence) - 40))
            return "\n".join(lines)
        return ""


class BehaviourModel(_EditableModel):
    """The seven BerAKHLAK values with the leader's expectation and the feedback."""

    WIDTHS: ClassVar[dict[str, int]] = {"value_name": 20, "expectation": 44}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], "value_code", parent)
        self._columns = [
            ("value_name", self.tr("Nilai")),
            ("expectation", self.tr("Ekspektasi khusus pimpinan")),
            ("feedback", self.tr("Umpan balik")),
        ]


def make_edit_table(name: str, model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Long RHK/indicator texts wrap inside readable columns instead of being cut to a
    # few characters while the feedback column takes all the width.
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widths: dict[str, int] = getattr(model, "WIDTHS", {})
    keys = [key for key, _title in getattr(model, "_columns", [])]

    def apply_widths() -> None:
        char = table.fontMetrics().averageCharWidth()
        for column, key in enumerate(keys):
            if key in widths:
                table.setColumnWidth(column, widths[key] * char)

    apply_widths()
    model.modelReset.connect(apply_widths)
    return table


class EvaluationPdf(DocumentPdf):
    """Builds the evaluation (or cover) PDF in the runner, then previews it."""

    prefix = "ekinerja-eval-"

    def show(
        self,
        detail: evaluation.EvaluationDetail,
        *,
        cover: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        kind = "Sampul" if cover else "Evaluasi"
        title = (
            self.tr("Dokumen Evaluasi Kinerja Pegawai {name} {period}")
            if cover
            else self.tr("Evaluasi Kinerja Pegawai {name} {period}")
        ).format(name=detail.employee_name, period=detail.period_code)
        self.export(
            f"{kind}-{detail.employee_nip or detail.employee_id[:8]}-{detail.period_code}",
            lambda ws, actor, out: evaluation.export_pdf(ws, actor, detail.id, out, cover=cover),
            title,
            self.tr("Menyusun dokumen evaluasi..."),
            on_failure,
            revision=detail.revision,
        )

    def show_objection(
        self,
        objection: evaluation.ObjectionRow,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """The keberatan form with the decision (once made)."""
        self.export(
            f"Keberatan-{objection.period_code}-{objection.id[:8]}",
            lambda ws, actor, out: evaluation.export_objection_pdf(ws, actor, objection.id, out),
            self.tr("Keberatan {name} {period}").format(
                name=objection.employee_name, period=objection.period_code
            ),
            self.tr("Menyusun dokumen keberatan..."),
            on_failure,
        )

    def show_follow_up_list(
        self, year: int, *, on_failure: Callable[[BaseException], None] | None = None
    ) -> None:
        """Rewards and coaching plans of ``year`` (Baperjakat / SK draft)."""
        self.export(
            f"Tindak-lanjut-{year}",
            lambda ws, actor, out: evaluation.export_follow_up_list(ws, actor, year, out),
            self.tr("Daftar tindak lanjut {year}").format(year=year),
            self.tr("Menyusun daftar tindak lanjut..."),
            on_failure,
        )

    def show_credit(
        self,
        employee_id: str,
        years: list[int],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Konversi predikat kinerja ke angka kredit over ``years``, with the total."""
        self.export(
            f"Angka-kredit-{employee_id[:8]}-{max(years)}",
            lambda ws, actor, out: evaluation.export_credit_conversion(
                ws, actor, employee_id, years, out
            ),
            self.tr("Konversi angka kredit"),
            self.tr("Menyusun konversi angka kredit..."),
            on_failure,
        )

    def show_org_predikat(
        self,
        unit_ids: list[str],
        period_code: str,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Penetapan Predikat Kinerja Organisasi with the distribution curve."""
        self.export(
            f"Predikat-organisasi-{period_code}",
            lambda ws, actor, out: evaluation.export_org_predikat(
                ws, actor, unit_ids, period_code, out
            ),
            self.tr("Penetapan Predikat Kinerja Organisasi {period}").format(period=period_code),
            self.tr("Menyusun penetapan predikat organisasi..."),
            on_failure,
        )


class FollowUpDialog(QDialog):
    """Reward or coaching plan (with suggested training, one per line) for an annual result."""

    submitted = Signal(object)  # dict of add_follow_up keyword arguments

    def __init__(self, kind: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.kind = kind
        coaching = kind == evaluation.PEMBINAAN
        self.setWindowTitle(self.tr("Rencana pembinaan") if coaching else self.tr("Penghargaan"))
        self.subtype = QComboBox()
        self.subtype.setObjectName("followUpType")
        catalogue = followup.COACHING_TYPES if coaching else followup.REWARD_TYPES
        for code, label in catalogue.items():
            self.subtype.addItem(_(label), code)
        self.description = QLineEdit()
        self.description.setObjectName("followUpDescription")
        self.targets = QLineEdit()
        self.targets.setObjectName("followUpTargets")
        self.start = QDateEdit(QDate(year + 1, 1, 2))
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(QDate(year + 1, 6, 30))
        self.end.setDisplayFormat(DATE_FORMAT)
        self.end.setCalendarPopup(True)
        self.training = QPlainTextEdit()
        self.training.setObjectName("followUpTraining")
        self.training.setPlaceholderText(self.tr("Satu judul pelatihan per baris"))
        form = QFormLayout()
        form.addRow(self.tr("Jenis"), self.subtype)
        form.addRow(self.tr("Uraian"), self.description)
        if coaching:
            form.addRow(self.tr("Target"), self.targets)
            form.addRow(self.tr("Mulai"), self.start)
            form.addRow(self.tr("Selesai"), self.end)
            form.addRow(self.tr("Usulan pelatihan"), self.training)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.windowTitle()))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        coaching = self.kind == evaluation.PEMBINAAN
        values: dict[str, Any] = {
            "kind": self.kind,
            "description": self.description.text(),
            "subtype": str(self.subtype.currentData()),
        }
        if coaching:
            values.update(
                targets=self.targets.text(),
                start_date=self.start.date().toPython(),
                end_date=self.end.date().toPython(),
                suggested_training=[
                    line for line in self.training.toPlainText().splitlines() if line.strip()
                ],
            )
        self.submitted.emit(values)
        self.accept()
