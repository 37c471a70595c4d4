"""SKP widgets shared by "SKP Saya" and "SKP Tim": RHK tree, RHK dialog, BerAKHLAK, Lampiran."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.skp import Aspect, Perspektif, RhkType, SkpApproach
from ekinerja_desktop.gui.layout import line_edit, text_edit
from ekinerja_desktop.gui.pdf_preview import DocumentPdf
from ekinerja_desktop.gui.table_model import ROW_ROLE
from ekinerja_desktop.gui.widgets import ERROR_COLOR, push_button, read_only_rows
from ekinerja_desktop.services import skp

Index = QModelIndex | QPersistentModelIndex

RHK_INDEX_ROLE = Qt.ItemDataRole.UserRole + 3  # position of the RHK in the edited list

WAITING_BACKGROUND = "#fff3cd"
UNSUPPORTED_BACKGROUND = "#fde2e4"
UNITS = ("Dokumen", "Laporan", "Kegiatan", "Berkas", "Orang", "Paket", "%", "Bulan", "Hari")


def target_text(indicator: skp.IndicatorData) -> str:
    if indicator.target_value.strip():
        return f"{indicator.target_value} {indicator.target_unit}".strip()
    return indicator.target_text


# --- RHK tree -------------------------------------------------------------------------
class RhkModel(QAbstractItemModel):
    """Three levels: the groups A. Utama / B. Tambahan, their RHK, each RHK's indicators.

    Internal ids encode the parent: 0 for a group, 1 + group for an RHK, 10 + the RHK's
    position in the flat list for an indicator.
    """

    KEYS = ("text", "aspect", "target", "parent", "perspektif")
    PARENT_COLUMN = 3
    PERSPEKTIF_COLUMN = 4
    KINDS = (RhkType.UTAMA.value, RhkType.TAMBAHAN.value)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rhk: list[skp.RhkData] = []
        self._parents: dict[str, str] = {}
        self._groups: list[list[int]] = [[], []]
        self._pos: dict[int, tuple[int, int]] = {}  # flat RHK index -> (group, row)
        self._titles = (
            self.tr("Rencana Hasil Kerja / Indikator Kinerja Individu"),
            self.tr("Aspek"),
            self.tr("Target"),
            self.tr("RHK pimpinan yang diintervensi"),
            self.tr("Perspektif"),
        )
        self._group_titles = (self.tr("A. Utama"), self.tr("B. Tambahan"))

    # --- data -----------------------------------------------------------------------
    def set_rhk(self, rhk: Sequence[skp.RhkData], parent_texts: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._rhk = list(rhk)
        self._parents = dict(parent_texts)
        self._groups = [[], []]
        self._pos = {}
        for i, row in enumerate(self._rhk):
            g = 1 if row.kind == RhkType.TAMBAHAN.value else 0
            self._pos[i] = (g, len(self._groups[g]))
            self._groups[g].append(i)
        self.endResetModel()

    @property
    def rhk(self) -> list[skp.RhkData]:
        return list(self._rhk)

    def rhk_index(self, position: int) -> QModelIndex:
        """The tree index of the RHK at ``position`` in the flat list."""
        if position not in self._pos:
            return QModelIndex()
        g, row = self._pos[position]
        return self.createIndex(row, 0, 1 + g)

    def parent_text(self, rhk_id: str | None) -> str:
        if not rhk_id:
            return ""
        return self._parents.get(rhk_id, self.tr("(RHK pimpinan tidak ditemukan)"))

    # --- Qt model API ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        pid = parent.internalId()
        if pid == 0:
            return self.createIndex(row, column, 1 + parent.row())
        if pid in (1, 2):
            return self.createIndex(row, column, 10 + self._groups[pid - 1][parent.row()])
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        iid = child.internalId()
        if iid == 0:
            return QModelIndex()
        if iid in (1, 2):
            return self.createIndex(iid - 1, 0, 0)
        g, row = self._pos[iid - 10]
        return self.createIndex(row, 0, 1 + g)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 2
        if parent.column() != 0:
            return 0
        pid = parent.internalId()
        if pid == 0:
            return len(self._groups[parent.row()])
        if pid in (1, 2):
            return len(self._rhk[self._groups[pid - 1][parent.row()]].indicators)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.KEYS)

    def _node(self, index: Index) -> tuple[str, Any, int]:
        """(level, plain row, flat RHK index or group number)."""
        iid = index.internalId()
        if iid == 0:
            return "group", self.KINDS[index.row()], index.row()
        if iid in (1, 2):
            position = self._groups[iid - 1][index.row()]
            return "rhk", self._rhk[position], position
        position = iid - 10
        return "indicator", self._rhk[position].indicators[index.row()], position

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        level, row, position = self._node(index)
        key = self.KEYS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == RHK_INDEX_ROLE:
            return None if level == "group" else position
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(level, row, index.row(), key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.FontRole and level == "group":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and level == "rhk" and key == "parent":
            rhk_row: skp.RhkData = row
            if rhk_row.parent_rhk_id and rhk_row.parent_rhk_id not in self._parents:
                return QColor(ERROR_COLOR)
        return None

    def _text(self, level: str, row: Any, number: int, key: str) -> str:
        if level == "group":
            return self._group_titles[number] if key == "text" else ""
        if level == "rhk":
            rhk: skp.RhkData = row
            return {
                "text": f"{number + 1}. {rhk.text}",
                "parent": self.parent_text(rhk.parent_rhk_id),
                "perspektif": rhk.perspektif,
            }.get(key, "")
        indicator: skp.IndicatorData = row
        return {
            "text": indicator.text,
            "aspect": indicator.aspect,
            "target": target_text(indicator),
        }.get(key, "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None


class WrapDelegate(QStyledItemDelegate):
    """Row heights that fit word-wrapped text at the column's current width (a plain
    QTreeView measures text on one line, so long RHK would be elided)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return base
        width = self.view.columnWidth(index.column()) - 12
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + 1)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        rect = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, str(text)
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))


def make_rhk_tree(name: str, model: RhkModel) -> QTreeView:
    tree = read_only_rows(QTreeView(), name, model)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.setIndentation(16)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    for column in (0, RhkModel.PARENT_COLUMN):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    tree.setColumnWidth(1, 80)
    tree.setColumnWidth(2, 100)
    tree.setColumnWidth(RhkModel.PERSPEKTIF_COLUMN, 130)
    tree.setItemDelegate(WrapDelegate(tree))
    header.sectionResized.connect(lambda *_a: tree.doItemsLayout())

    def expand() -> None:
        tree.expandAll()
        for g in range(model.rowCount()):
            tree.setFirstColumnSpanned(g, QModelIndex(), True)

    model.modelReset.connect(expand)
    expand()
    return tree


def selected_rhk_position(tree: QTreeView) -> int | None:
    indexes = tree.selectionModel().selectedRows()
    if not indexes:
        return None
    value = indexes[0].data(RHK_INDEX_ROLE)
    return value if isinstance(value, int) else None


# --- RHK dialog ---------------------------------------------------------------------
class IndicatorRow(QFrame):
    """One IKI: aspect, text and either target value + unit or a narrative target."""

    remove_requested = Signal(object)

    def __init__(self, approach: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorRow")
        self.indicator_id: str | None = None
        self.aspect = QComboBox()
        self.aspect.setObjectName("indicatorAspect")
        for aspect in Aspect:
            self.aspect.addItem(aspect.value, aspect.value)
        self.text = line_edit("indicatorText", self.tr("Indikator kinerja individu"))
        self.value = line_edit("indicatorValue", self.tr("Target"))
        self.value.setMaximumWidth(80)
        self.unit = QComboBox()
        self.unit.setObjectName("indicatorUnit")
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.unit.setCurrentIndex(0)
        self.unit.setMaximumWidth(120)
        # Target triwulan I-IV (rencana aksi); empty = derived from the annual target,
        # shown as the placeholder.
        self.quarters: list[QLineEdit] = []
        for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
            edit = QLineEdit()
            edit.setObjectName(f"indicatorQuarter{q}")
            edit.setMaximumWidth(46)
            edit.setToolTip(
                self.tr(
                    "Target triwulan {q}. Kosongkan untuk memakai pembagian otomatis dari "
                    "target tahunan (ditampilkan samar)."
                ).format(q=roman)
            )
            self.quarters.append(edit)
        self.narrative = QLineEdit()
        self.narrative.setObjectName("indicatorNarrative")
        self.narrative.setPlaceholderText(self.tr("Target naratif"))
        self.remove_button = push_button(self.tr("Hapus"), "removeIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.aspect)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.value)
        layout.addWidget(self.unit)
        self.quarter_label = QLabel(self.tr("TW"))
        self.quarter_label.setToolTip(self.tr("Target triwulan I-IV (rencana aksi)"))
        layout.addWidget(self.quarter_label)
        for edit in self.quarters:
            layout.addWidget(edit)
        layout.addWidget(self.narrative, 2)
        layout.addWidget(self.remove_button)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.period: tuple[date, date] | None = None
        self.value.textChanged.connect(self._refresh_defaults)
        self.unit.currentTextChanged.connect(self._refresh_defaults)
        self.aspect.currentIndexChanged.connect(self._refresh_defaults)
        self.set_approach(approach)

    def set_approach(self, approach: str) -> None:
        narrative = approach == SkpApproach.KUALITATIF.value
        self.value.setVisible(not narrative)
        self.unit.setVisible(not narrative)
        self.quarter_label.setVisible(not narrative)
        for edit in self.quarters:
            edit.setVisible(not narrative)
        self.narrative.setVisible(narrative)

    def set_period(self, start: date, end: date) -> None:
        self.period = (start, end)
        self._refresh_defaults()

    def _refresh_defaults(self, *_args: object) -> None:
        """Placeholders show the quarterly targets that apply when left empty."""
        if self.period is None:
            return
        defaults = skp.quarter_targets(
            skp.IndicatorData(
                aspect=str(self.aspect.currentData()),
                text="",
                target_value=self.value.text().strip(),
                target_unit=self.unit.currentText().strip(),
            ),
            *self.period,
        )
        for edit, default in zip(self.quarters, defaults, strict=True):
            edit.setPlaceholderText(default)

    def set_value(self, data: skp.IndicatorData) -> None:
        self.indicator_id = data.id
        self.aspect.setCurrentIndex(max(0, self.aspect.findData(data.aspect)))
        self.text.setText(data.text)
        self.value.setText(data.target_value)
        self.unit.setCurrentText(data.target_unit)
        self.narrative.setText(data.target_text)
        stored = data.quarter_targets if len(data.quarter_targets) == 4 else ("",) * 4
        for edit, value in zip(self.quarters, stored, strict=True):
            edit.setText(value)

    def data(self, approach: str) -> skp.IndicatorData:
        narrative = approach == SkpApproach.KUALITATIF.value
        return skp.IndicatorData(
            aspect=str(self.aspect.currentData()),
            text=self.text.text().strip(),
            target_value="" if narrative else self.value.text().strip(),
            target_unit="" if narrative else self.unit.currentText().strip(),
            target_text=self.narrative.text().strip() if narrative else "",
            id=self.indicator_id,
            quarter_targets=()
            if narrative or not any(e.text().strip() for e in self.quarters)
            else tuple(e.text().strip() for e in self.quarters),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.aspect, self.unit):
            widget.setEnabled(not read_only)
        for edit in (self.text, self.value, self.narrative, *self.quarters):
            edit.setReadOnly(read_only)
        self.remove_button.setVisible(not read_only)


class IndicatorList(QWidget):
    """The indicators of one RHK, with add and remove."""

    def __init__(
        self,
        approach: str,
        parent: QWidget | None = None,
        *,
        period: tuple[date, date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.approach = approach
        self.period = period
        self.rows: list[IndicatorRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        self.add_button = push_button(self.tr("Tambah indikator"), "addIndicator")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_empty)

    def _add_empty(self) -> None:
        self.add_row()

    def add_row(self, data: skp.IndicatorData | None = None) -> IndicatorRow:
        row = IndicatorRow(self.approach, self)
        if data is not None:
            row.set_value(data)
        if self.period is not None:
            row.set_period(*self.period)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.text.setFocus()
        return row

    def remove_row(self, row: IndicatorRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._rows_layout.removeWidget(row)
            row.deleteLater()

    def value(self) -> tuple[skp.IndicatorData, ...]:
        return tuple(row.data(self.approach) for row in self.rows)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)


class ParentCombo(QComboBox):
    """Searchable pick of the supervisor's RHK; each item says how many RHK support it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parentCombo")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(40)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Ketik untuk mencari RHK pimpinan..."))

    def set_options(
        self,
        options: Sequence[skp.ParentRhkOption],
        current_id: str | None,
        *,
        optional: bool = False,
    ) -> None:
        self.clear()
        self.addItem(
            self.tr("(tanpa RHK pimpinan)") if optional else self.tr("(pilih RHK pimpinan)"), None
        )
        for option in options:
            if option.supported_by:
                support = self.tr("didukung {n} RHK").format(n=option.supported_by)
            else:
                support = self.tr("belum didukung")
            self.addItem(f"{option.text}  [{support}]", option.id)
            self.setItemData(self.count() - 1, option.text, Qt.ItemDataRole.ToolTipRole)
        if current_id and self.findData(current_id) < 0:
            self.addItem(
                self.tr("(RHK pimpinan sebelumnya tidak tersedia lagi - pilih yang lain)"),
                current_id,
            )
        self.setCurrentIndex(max(0, self.findData(current_id)) if current_id else 0)

    def is_valid_choice(self) -> bool:
        return self.currentText() == self.itemText(self.currentIndex())

    def selected_id(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None


class RhkDialog(QDialog):
    """Add or edit one RHK of the SKP being drafted (kept in memory until Simpan)."""

    submitted = Signal(object)  # skp.RhkData

    def __init__(
        self,
        *,
        approach: str,
        is_jpt: bool,
        options: Sequence[skp.ParentRhkOption],
        rhk: skp.RhkData | None = None,
        read_only: bool = False,
        period: tuple[date, date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rhkDialog")
        self.rhk = rhk
        self.approach = approach
        self.setWindowTitle(self.tr("Ubah RHK") if rhk else self.tr("Tambah RHK"))
        self.kind = QComboBox()
        self.kind.setObjectName("rhkKind")
        self.kind.addItem(self.tr("Utama"), RhkType.UTAMA.value)
        self.kind.addItem(self.tr("Tambahan"), RhkType.TAMBAHAN.value)
        self.text = QPlainTextEdit()
        self.text.setObjectName("rhkText")
        self.text.setPlaceholderText(self.tr("Rencana hasil kerja yang akan dicapai"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.parent_combo = ParentCombo()
        parent_hint = QLabel(
            self.tr(
                "Atasan Anda belum memiliki SKP yang disetujui untuk tahun ini, jadi RHK "
                "pimpinan belum dapat dipilih. Simpan dulu tanpa RHK pimpinan, lalu pilih "
                "setelah SKP atasan disetujui."
            )
            if not options
            else self.tr("Pilih RHK atasan yang didukung oleh RHK ini.")
        )
        parent_hint.setObjectName("parentHint")
        parent_hint.setWordWrap(True)
        parent_hint.setStyleSheet("color: #555;")
        self.perspektif = QComboBox()
        self.perspektif.setObjectName("rhkPerspektif")
        self.perspektif.addItem(self.tr("(pilih)"), "")
        for item in Perspektif:
            self.perspektif.addItem(item.value, item.value)
        self.indicators = IndicatorList(approach, period=period)
        self.indicators.setObjectName("indicatorList")
        indicator_box = QGroupBox(
            self.tr(
                "Indikator Kinerja Individu (target tahunan angka dan satuan; TW I-IV: "
                "target triwulan, kosong = dibagi otomatis)"
            )
            if approach != SkpApproach.KUALITATIF.value
            else self.tr("Indikator Kinerja Individu (target naratif)")
        )
        QVBoxLayout(indicator_box).addWidget(self.indicators)

        form = QFormLayout()
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("RHK"), self.text)
        form.addRow(self.tr("RHK pimpinan"), self.parent_combo)
        form.addRow("", parent_hint)
        if is_jpt:
            form.addRow(self.tr("Perspektif"), self.perspektif)
        else:
            self.perspektif.hide()
        self.message = QLabel("")
        self.message.setObjectName("rhkMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Terapkan"))
        self.ok_button.setObjectName("applyRhk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Tutup") if read_only else self.tr("Batal")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(indicator_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(860)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        self.parent_combo.set_options(
            options, rhk.parent_rhk_id if rhk else None, optional=is_jpt or not options
        )
        if rhk is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(rhk.kind)))
            self.text.setPlainText(rhk.text)
            self.perspektif.setCurrentIndex(max(0, self.perspektif.findData(rhk.perspektif)))
            for indicator in rhk.indicators:
                self.indicators.add_row(indicator)
        else:
            self.indicators.add_row()
        if read_only:
            self.kind.setEnabled(False)
            self.text.setReadOnly(True)
            self.parent_combo.setEnabled(False)
            self.perspektif.setEnabled(False)
            self.indicators.set_read_only(True)
            self.ok_button.hide()
        self.text.setFocus()

    def value(self) -> skp.RhkData:
        return skp.RhkData(
            kind=str(self.kind.currentData()),
            text=self.text.toPlainText().strip(),
            indicators=self.indicators.value(),
            parent_rhk_id=self.parent_combo.selected_id(),
            perspektif=str(self.perspektif.currentData() or ""),
            id=self.rhk.id if self.rhk else None,
        )

    def _submit(self) -> None:
        # Only what the dialog cannot leave half-done is checked here; the service
        # validates the whole SKP (targets, parents, perspektif) on Simpan.
        value = self.value()
        problems = []
        if not value.text:
            problems.append(self.tr("Tulis rencana hasil kerja (RHK)."))
        if not self.parent_combo.is_valid_choice():
            problems.append(self.tr("Pilih RHK pimpinan dari daftar (hasil pencarian)."))
        if not value.indicators:
            problems.append(self.tr("Tambahkan minimal satu indikator kinerja individu."))
        elif any(not i.text for i in value.indicators):
            problems.append(self.tr("Setiap indikator perlu teks indikatornya."))
        if problems:
            self.message.setText("\n".join(problems))
            return
        self.message.setText("")
        self.submitted.emit(value)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not close the dialog with half-filled indicators.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)


# --- BerAKHLAK ------------------------------------------------------------------------
class BehaviourPanel(QScrollArea):
    """The seven BerAKHLAK values, their behaviours and the supervisor's expectation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("behaviourPanel")
        self.setWidgetResizable(True)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._original: dict[str, str] = {}
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self.setWidget(self._inner)

    def set_behaviours(self, items: Sequence[skp.BehaviourData], *, editable: bool) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self.labels.clear()
        self._original = {b.value_code: b.expectation for b in items}
        header_value = QLabel(self.tr("<b>Perilaku Kerja</b>"))
        header_expect = QLabel(self.tr("<b>Ekspektasi Khusus Pimpinan</b>"))
        self._grid.addWidget(header_value, 0, 0)
        self._grid.addWidget(header_expect, 0, 1)
        for number, item in enumerate(items, start=1):
            bullets = "".join(f"<li>{b}</li>" for b in item.behaviours)
            value = QLabel(f"<b>{number}. {item.value_name}</b><ul style='margin:0'>{bullets}</ul>")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(value, number, 0)
            if editable:
                editor = QPlainTextEdit(item.expectation)
                editor.setObjectName(f"expectation_{item.value_code}")
                editor.setPlaceholderText(self.tr("Ekspektasi khusus pimpinan untuk nilai ini"))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(74)
                editor.textChanged.connect(self.changed.emit)
                self.editors[item.value_code] = editor
                self._grid.addWidget(editor, number, 1)
            else:
                label = QLabel(item.expectation or self.tr("(belum diisi atasan)"))
                label.setObjectName(f"expectation_{item.value_code}")
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setStyleSheet(
                    "background:#f6f8fa; border:1px solid #d0d7de; padding:4px;"
                    + ("" if item.expectation else " color:#777;")
                )
                self.labels[item.value_code] = label
                self._grid.addWidget(label, number, 1)
        self._grid.setRowStretch(len(items) + 1, 1)

    def expectations(self) -> dict[str, str]:
        if not self.editors:
            return dict(self._original)
        return {code: editor.toPlainText().strip() for code, editor in self.editors.items()}

    def is_modified(self) -> bool:
        return any(
            editor.toPlainText().strip() != self._original.get(code, "").strip()
            for code, editor in self.editors.items()
        )


# --- Lampiran -------------------------------------------------------------------------
class LampiranEditor(QWidget):
    """The three Lampiran lists, one item per line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lampiranEditor")
        self.dukungan = text_edit("lampiranDukungan")
        self.skema = text_edit("lampiranSkema")
        self.konsekuensi = text_edit("lampiranKonsekuensi")
        note = QLabel(self.tr("Satu butir per baris."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        for title, edit in (
            (self.tr("Dukungan Sumber Daya"), self.dukungan),
            (self.tr("Skema Pertanggungjawaban"), self.skema),
            (self.tr("Konsekuensi"), self.konsekuensi),
        ):
            label = QLabel(f"<b>{title}</b>")
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.changed.emit)
        layout.addWidget(note)

    @staticmethod
    def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
        return tuple(
            line.strip().lstrip("•-").strip()
            for line in edit.toPlainText().splitlines()
            if line.strip()
        )

    def value(self) -> skp.LampiranData:
        return skp.LampiranData(
            dukungan_sumber_daya=self._lines(self.dukungan),
            skema_pertanggungjawaban=self._lines(self.skema),
            konsekuensi=self._lines(self.konsekuensi),
        )

    def set_value(self, data: skp.LampiranData) -> None:
        for edit, items in (
            (self.dukungan, data.dukungan_sumber_daya),
            (self.skema, data.skema_pertanggungjawaban),
            (self.konsekuensi, data.konsekuensi),
        ):
            edit.blockSignals(True)
            edit.setPlainText("\n".join(items))
            edit.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.dukungan, self.skema, self.konsekuensi):
            edit.setReadOnly(read_only)


# --- PDF ------------------------------------------------------------------------------
class SkpPdf(DocumentPdf):
    """Builds the Dokumen SKP into a temporary folder (in the runner), then previews it."""

    prefix = "ekinerja-skp-"

    def show(
        self,
        summary: skp.SkpSummary,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.export(
            f"SKP-{summary.employee_nip or summary.employee_id[:8]}-{summary.year}",
            lambda ws, actor, out: skp.export_pdf(ws, actor, summary.id, out),
            self.tr("Dokumen SKP {name} tahun {year}").format(
                name=summary.employee_name, year=summary.year
            ),
            self.tr("Menyusun dokumen SKP..."),
            on_failure,
            revision=summary.revision,
        )
