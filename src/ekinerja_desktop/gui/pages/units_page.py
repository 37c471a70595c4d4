"""Unit Kerja (admins): the organisation tree with add, rename, move and (de)activate."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QTreeView,
    QWidget,
)

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import show_error
from ekinerja_desktop.gui.layout import (
    FormDialog,
    FormRow,
    buttons_row,
    error_line,
    label,
    line_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.widgets import push_button, push_buttons
from ekinerja_desktop.services import master

ID_ROLE = Qt.ItemDataRole.UserRole + 10
UNIT_KINDS: dict[str, str] = {
    "opd": str(QT_TRANSLATE_NOOP("UnitKind", "OPD")),
    "bidang": str(QT_TRANSLATE_NOOP("UnitKind", "Bidang")),
    "bagian": str(QT_TRANSLATE_NOOP("UnitKind", "Bagian")),
    "seksi": str(QT_TRANSLATE_NOOP("UnitKind", "Seksi")),
    "subbagian": str(QT_TRANSLATE_NOOP("UnitKind", "Subbagian")),
    "uptd": str(QT_TRANSLATE_NOOP("UnitKind", "UPTD")),
    "kecamatan": str(QT_TRANSLATE_NOOP("UnitKind", "Kecamatan")),
    "kelurahan": str(QT_TRANSLATE_NOOP("UnitKind", "Kelurahan")),
}
# What a new child usually is, given its parent's kind.
_CHILD_KIND = {
    "opd": "bidang",
    "bidang": "seksi",
    "bagian": "subbagian",
    "kecamatan": "kelurahan",
    "uptd": "seksi",
}
_INACTIVE = QBrush(QColor("#8a8a8a"))


def unit_kind_label(kind: str) -> str:
    source = UNIT_KINDS.get(kind)
    return QCoreApplication.translate("UnitKind", source) if source else kind


def unit_depths(units: Sequence[master.UnitRow]) -> dict[str, int]:
    """Depth of each unit in the tree (OPD = 0), for indented combo boxes."""
    parents = {u.id: u.parent_id for u in units}
    depths: dict[str, int] = {}
    for unit in units:
        depth, seen, current = 0, {unit.id}, parents.get(unit.id)
        while current is not None and current in parents and current not in seen:
            seen.add(current)
            depth += 1
            current = parents[current]
        depths[unit.id] = depth
    return depths


def subtree_ids(units: Sequence[master.UnitRow], root_id: str) -> set[str]:
    """``root_id`` and every unit below it."""
    children: dict[str | None, list[str]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit.id)
    found, stack = set(), [root_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


def fill_unit_combo(
    combo: QComboBox,
    units: Sequence[master.UnitRow],
    *,
    none_label: str | None,
    exclude: Collection[str] = (),
    keep_inactive_id: str | None = None,
) -> None:
    """Indented unit names; inactive units are left out unless ``keep_inactive_id``."""
    depths = unit_depths(units)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for unit in units:
        if unit.id in exclude or (not unit.active and unit.id != keep_inactive_id):
            continue
        combo.addItem("    " * depths[unit.id] + unit.name, unit.id)


class UnitDialog(FormDialog):
    """Name, kind, code, working days and (for a move) the parent of one unit;
    ``submitted`` carries a master.UnitInput."""

    def __init__(
        self,
        title: str,
        *,
        units: Sequence[master.UnitRow],
        unit: master.UnitRow | None = None,
        parent_id: str | None = None,
        kind: str = "opd",
        choose_parent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("unitDialog", title, parent)
        self.setMinimumWidth(460)
        self._unit = unit
        self._parent_id = parent_id
        self.name = line_edit("unitName", text=unit.name if unit else "")
        self.kind = QComboBox()
        self.kind.setObjectName("unitKind")
        for code in UNIT_KINDS:
            self.kind.addItem(unit_kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind if unit else kind)))
        self.code = line_edit("unitCode", text=unit.code if unit else "")
        self.saturday = QCheckBox(self.tr("Sabtu termasuk hari kerja"))
        self.saturday.setChecked(unit.saturday_workday if unit else False)
        self.parent_combo = QComboBox()
        self.parent_combo.setObjectName("unitParent")
        if choose_parent and unit is not None:
            fill_unit_combo(
                self.parent_combo,
                units,
                none_label=self.tr("(tingkat teratas - OPD)"),
                exclude=subtree_ids(units, unit.id),
            )
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(unit.parent_id)))
        rows: tuple[FormRow, ...]
        if choose_parent and unit is not None:
            intro = self.tr("Pindahkan {name} beserta sub-unitnya ke bawah unit:")
            rows = (label(text=intro.format(name=unit.name)), self.parent_combo)
        else:
            rows = (
                (self.tr("Nama unit"), self.name),
                (self.tr("Jenis"), self.kind),
                (self.tr("Kode (opsional)"), self.code),
                ("", self.saturday),
            )
        self._choose_parent = choose_parent
        self.build(*rows, message=error_line("unitMessage"), on_save=self._submit)

    def value(self) -> master.UnitInput:
        parent_id = (
            self.parent_combo.currentData()
            if self._choose_parent
            else (self._unit.parent_id if self._unit else self._parent_id)
        )
        return master.UnitInput(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            parent_id=parent_id,
            code=self.code.text().strip(),
            saturday_workday=self.saturday.isChecked(),
        )

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("Nama unit wajib diisi."))
            return
        self.submitted.emit(self.value())


@navigation_page("units", QT_TRANSLATE_NOOP("Navigation", "Unit Kerja"), 200, ADMINS)
class UnitsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.units: list[master.UnitRow] = []
        self._select_after: str | None = None
        self._loaded = False
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Unit kerja"),
                self.tr("Jenis"),
                self.tr("Kode"),
                self.tr("Jumlah pegawai"),
                self.tr("Termasuk sub-unit"),
                self.tr("Hari kerja"),
            ]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate((440, 90, 100, 110, 140)):
            self.tree.setColumnWidth(column, width)

        self.add_root_button = push_button(
            self.tr("Tambah OPD"), "addRootUnit", clicked=self._add_root
        )
        self.add_root_button.setVisible(False)  # until we know the admin's scope
        self.add_child_button, self.rename_button, self.move_button, self.active_button = (
            push_buttons(
                (self.tr("Tambah sub-unit"), "addChildUnit", self._add_child),
                (self.tr("Ubah..."), "renameUnit", self._rename),
                (self.tr("Pindahkan..."), "moveUnit", self._move),
                (self.tr("Nonaktifkan"), "toggleUnitActive", self._toggle_active),
            )
        )
        self.summary = label("unitSummary", wrap=False)
        buttons = buttons_row(
            self.add_root_button,
            self.add_child_button,
            self.rename_button,
            self.move_button,
            self.active_button,
            trail=self.summary,
        )
        vbox(buttons, self.tree, parent=self)

        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.tree.doubleClicked.connect(lambda _i: self._rename())
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(_p: Any) -> tuple[list[master.UnitRow], bool]:
            units = master.list_units(ws, actor, include_inactive=True)
            return units, master.admin_scope(ws, actor).all_units

        self.run_task(work, self._loaded_units)

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"unit", "employee"} and self.isVisible():
            self.refresh()

    def _loaded_units(self, value: tuple[list[master.UnitRow], bool]) -> None:
        units, all_units = value
        # Only an admin over all units (admin pusat, or a single-office admin) adds an OPD.
        self.add_root_button.setVisible(all_units)
        selected = self.selected_unit()
        expanded = self._expanded_ids()
        self.units = units
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        totals = {u.id: u.employee_count for u in units}
        for unit in reversed(units):  # children come after their parents
            if unit.parent_id in totals:
                totals[unit.parent_id] += totals[unit.id]
        for unit in units:
            row = self._row_items(unit, totals[unit.id])
            parent = items.get(unit.parent_id) if unit.parent_id else None
            (parent or self.model.invisibleRootItem()).appendRow(row)
            items[unit.id] = row[0]
        if self._loaded:
            for unit_id in expanded:
                if unit_id in items:
                    self.tree.setExpanded(items[unit_id].index(), True)
        else:
            self.tree.expandToDepth(0)
            self._loaded = True
        wanted = self._select_after or (selected.id if selected is not None else None)
        self._select_after = None
        if wanted in items:
            self.tree.setCurrentIndex(items[wanted].index())
            self.tree.scrollTo(items[wanted].index())
        active = sum(1 for u in units if u.active)
        self.summary.setText(
            self.tr("{n} unit aktif, {m} nonaktif").format(n=active, m=len(units) - active)
        )
        self._update_buttons()

    def _row_items(self, unit: master.UnitRow, total: int) -> list[QStandardItem]:
        name = unit.name if unit.active else self.tr("{name} (nonaktif)").format(name=unit.name)
        days = self.tr("Senin-Sabtu") if unit.saturday_workday else self.tr("Senin-Jumat")
        cells = [
            name,
            unit_kind_label(unit.kind),
            unit.code,
            str(unit.employee_count),
            str(total),
            days,
        ]
        row = []
        for text in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(unit.id, ID_ROLE)
            if not unit.active:
                item.setForeground(_INACTIVE)
            row.append(item)
        for cell in (row[3], row[4]):
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row[0].setToolTip(unit.path)
        return row

    def _expanded_ids(self) -> set[str]:
        found: set[str] = set()

        def walk(parent: QModelIndex) -> None:
            for i in range(self.model.rowCount(parent)):
                index = self.model.index(i, 0, parent)
                if self.tree.isExpanded(index):
                    found.add(str(index.data(ID_ROLE)))
                walk(index)

        walk(QModelIndex())
        return found

    # --- selection ------------------------------------------------------------------
    def selected_unit(self) -> master.UnitRow | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        unit_id = index.data(ID_ROLE)
        return next((u for u in self.units if u.id == unit_id), None)

    def select_unit(self, unit_id: str) -> bool:
        matches = self.model.match(
            self.model.index(0, 0),
            ID_ROLE,
            unit_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if not matches:
            return False
        self.tree.setCurrentIndex(matches[0])
        self.tree.scrollTo(matches[0])
        return True

    def _update_buttons(self) -> None:
        unit = self.selected_unit()
        for button in (self.add_child_button, self.rename_button, self.move_button):
            button.setEnabled(unit is not None and unit.active)
        self.active_button.setEnabled(unit is not None)
        self.active_button.setText(
            self.tr("Aktifkan") if unit is not None and not unit.active else self.tr("Nonaktifkan")
        )

    # --- actions --------------------------------------------------------------------
    def _open_dialog(self, dialog: UnitDialog, work: Callable[[master.UnitInput], Any]) -> None:
        def done(row: master.UnitRow) -> None:
            dialog.accept()
            self._select_after = row.id
            self.ctx.changed({"unit"})

        def failed(error: BaseException) -> None:
            if isinstance(error, EkinerjaError):
                dialog.show_error(error)
            else:
                show_error(dialog, error)

        dialog.save_with(self.ctx.runner, work, done, failed)
        self.dialog = dialog
        dialog.open()

    def _add_root(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = UnitDialog(self.tr("Tambah OPD"), units=self.units, kind="opd", parent=self)
        self._open_dialog(dialog, lambda data: master.create_unit(ws, actor, data))

    def _add_child(self) -> None:
        parent = self.selected_unit()
        if parent is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = UnitDialog(
            self.tr("Tambah sub-unit di bawah {name}").format(name=parent.name),
            units=self.units,
            parent_id=parent.id,
            kind=_CHILD_KIND.get(parent.kind, "seksi"),
            parent=self,
        )
        self._open_dialog(dialog, lambda data: master.create_unit(ws, actor, data))

    def _rename(self) -> None:
        unit = self.selected_unit()
        if unit is not None and unit.active:
            self._update(unit, self.tr("Ubah unit {name}"), choose_parent=False)

    def _move(self) -> None:
        unit = self.selected_unit()
        if unit is not None:
            self._update(unit, self.tr("Pindahkan {name}"), choose_parent=True)

    def _update(self, unit: master.UnitRow, title: str, *, choose_parent: bool) -> None:
        """The unit dialog on ``unit`` (``title`` names it); saved by update_unit."""
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = UnitDialog(
            title.format(name=unit.name),
            units=self.units,
            unit=unit,
            choose_parent=choose_parent,
            parent=self,
        )
        self._open_dialog(dialog, lambda data: master.update_unit(ws, actor, unit.id, data))

    def _toggle_active(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        ws, actor, active = self.ctx.ws, self.ctx.actor, not unit.active
        self.run_task(
            lambda _p: master.set_unit_active(ws, actor, unit.id, active),
            lambda _row: self.ctx.changed({"unit"}),
        )
