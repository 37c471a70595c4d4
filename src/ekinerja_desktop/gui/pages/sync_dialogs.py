"""Dialogs of the Sinkronisasi page: import preview, node enrollment with a unit picker,
and fingerprints set large for reading over the phone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.gui.layout import close_buttons, label, search_edit, vbox
from ekinerja_desktop.services.master import UnitRow
from ekinerja_desktop.services.sync_service import BundleReport, EnrollResult, RequestInfo

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four as two lines of four, wide apart: easy to read aloud."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


class FingerprintLabel(QLabel):
    """A key fingerprint in a large fixed-width font, grouped, selectable."""

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.7)
        font.setBold(True)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = ""
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.setText(fingerprint_lines(fingerprint) if fingerprint else "")
        self.setAccessibleName(fingerprint)


class PreviewDialog(QDialog):
    """The dry-run reports of the chosen bundles; Accept applies them.

    An enrollment bundle from a central office not known yet shows the signer's
    fingerprint large: Terapkan stays disabled until the admin confirms it equals the
    one BKPSDM read out over the phone (a rogue reply imported first would lock out the
    real central)."""

    def __init__(self, reports: list[BundleReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau impor (uji coba)"))
        self.reports = reports
        enrolling = [r for r in reports if r.kind == "enrollment" and r.status == "applied"]
        signers = sorted({r.signer_fingerprint for r in enrolling})
        # the fingerprint the admin confirmed (given to the import), or "" (none needed)
        self.central_fingerprint = signers[0] if len(signers) == 1 else ""
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(r.summary() for r in reports))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        apply_button.setText(self.tr("Terapkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.apply_button = apply_button
        self.can_apply = any(r.status == "applied" for r in reports)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Belum ada data yang disimpan. Periksa laporan, lalu pilih Terapkan."))
        )
        layout.addWidget(self.text)
        self.fingerprint: FingerprintLabel | None = None
        self.confirmed: QCheckBox | None = None
        if self.central_fingerprint:
            intro = QLabel(
                self.tr(
                    "Bundel pendaftaran. Sidik jari kunci pusat yang menandatanganinya "
                    "(bandingkan dengan yang dibacakan BKPSDM lewat telepon):"
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.fingerprint = FingerprintLabel(self.central_fingerprint)
            self.fingerprint.setObjectName("previewCentralFingerprint")
            layout.addWidget(self.fingerprint)
            self.confirmed = QCheckBox(
                self.tr("Sidik jari ini sama dengan yang dibacakan BKPSDM lewat telepon")
            )
            self.confirmed.setObjectName("previewFingerprintConfirmed")
            self.confirmed.toggled.connect(self._update)
            layout.addWidget(self.confirmed)
        elif len(signers) > 1:
            self.can_apply = False  # two different "centrals": never guess
        layout.addWidget(self.buttons)
        self._update()
        self.resize(720, 560 if self.central_fingerprint else 480)

    def _update(self, *_args: object) -> None:
        confirmed = self.confirmed is None or self.confirmed.isChecked()
        self.apply_button.setEnabled(self.can_apply and confirmed)


class UnitPicker(QWidget):
    """The unit tree from master data with check boxes and a filter (name or code)."""

    def __init__(self, units: Sequence[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = search_edit("unitFilter", self.tr("Cari unit (nama atau kode)..."))
        self.tree = QTreeWidget()
        self.tree.setObjectName("unitTree")
        self.tree.setHeaderLabels([self.tr("Unit kerja"), self.tr("Kode"), self.tr("Pegawai")])
        self.items: dict[str, QTreeWidgetItem] = {}
        for unit in units:  # tree order: parents first
            parent_item = self.items.get(unit.parent_id or "")
            item = QTreeWidgetItem([unit.name, unit.code, str(unit.employee_count)])
            item.setData(0, UNIT_ID_ROLE, unit.id)
            item.setToolTip(0, unit.path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent_item is None:
                self.tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            self.items[unit.id] = item
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self.apply_filter)

    def selected_ids(self) -> list[str]:
        return [
            unit_id
            for unit_id, item in self.items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, unit_id: str, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.items[unit_id].setCheckState(0, state)

    def apply_filter(self, text: str) -> None:
        """Show matching units with their ancestors (expanded); everything when empty."""
        key = text.strip().casefold()
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            item.setHidden(bool(key))
            iterator += 1
        if not key:
            return
        for item in self.items.values():
            if key in item.text(0).casefold() or key in item.text(1).casefold():
                node: QTreeWidgetItem | None = item
                while node is not None:
                    node.setHidden(False)
                    node.setExpanded(True)
                    node = node.parent()


class EnrollDialog(QDialog):
    """Central enrolls a node: who asks, its fingerprint to compare by phone, and the
    units (with their sub-units) the node may write."""

    def __init__(
        self, info: RequestInfo, units: Sequence[UnitRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Daftarkan node"))
        self.info = info
        form = QFormLayout()
        form.addRow(self.tr("ID node"), QLabel(info.node_id))
        form.addRow(self.tr("Peran yang diminta"), QLabel(info.role))
        self.role = QComboBox()
        self.role.setObjectName("enrollRole")
        self.role.addItem(self.tr("PC Kantor (office)"), "office")
        self.role.addItem(self.tr("Laptop Atasan (laptop)"), "laptop")
        self.role.setCurrentIndex(max(0, self.role.findData(info.role)))
        self.role.setToolTip(
            self.tr("Peran ditentukan pusat; peran yang diminta node hanya ditampilkan.")
        )
        form.addRow(self.tr("Daftarkan sebagai"), self.role)
        form.addRow(self.tr("Instansi"), QLabel(info.agency))
        self.fingerprint = FingerprintLabel(info.fingerprint)
        self.fingerprint.setObjectName("enrollNodeFingerprint")
        self.confirmed = QCheckBox(
            self.tr("Sidik jari ini sama dengan yang dibacakan petugas node lewat telepon")
        )
        self.confirmed.setObjectName("enrollConfirmed")
        self.picker = UnitPicker(units)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Daftarkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Sidik jari node (minta petugas node membacakan miliknya):"))
        )
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirmed)
        units_label = QLabel(
            self.tr("Unit yang boleh ditulis node ini (termasuk semua sub-unitnya):")
        )
        units_label.setWordWrap(True)
        layout.addWidget(units_label)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.picker.tree.itemChanged.connect(self._update)
        self.confirmed.toggled.connect(self._update)
        self._update()
        self.resize(640, 620)

    def selected_unit_ids(self) -> list[str]:
        return self.picker.selected_ids()

    def selected_role(self) -> str:
        return str(self.role.currentData())

    def _update(self, *_args: object) -> None:
        units_ok = bool(self.picker.selected_ids())
        self.ok_button.setEnabled(self.confirmed.isChecked() and units_ok)


class EnrollResultDialog(QDialog):
    """After enrolling: central's fingerprint to read to the node, and the files."""

    def __init__(self, result: EnrollResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollResultDialog")
        self.setWindowTitle(self.tr("Node terdaftar"))
        self.central = FingerprintLabel(result.central_fingerprint)
        self.central.setObjectName("enrollCentralFingerprint")
        self.node = FingerprintLabel(result.fingerprint)
        self.node.setObjectName("enrollNodeFingerprint")
        files = QLabel("\n".join(str(p) for p in result.bundles or (result.bundle,)))
        files.setObjectName("enrollFiles")
        files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files.setWordWrap(True)
        intro = self.tr(
            "Node {n} terdaftar. Bacakan sidik jari pusat di bawah kepada petugas node; "
            "ia memasukkannya saat mengimpor bundel pendaftaran."
        ).format(n=result.node_id)
        vbox(
            label(text=intro),
            QLabel(self.tr("Sidik jari pusat:")),
            self.central,
            QLabel(self.tr("Sidik jari node:")),
            self.node,
            QLabel(self.tr("Bundel pendaftaran (kirim ke node):")),
            files,
            close_buttons(self),
            parent=self,
        )
        self.resize(600, self.sizeHint().height())
