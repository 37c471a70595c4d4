"""Rekap Bulanan: the monthly daily-log recap and TPP performance component, with export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_number, month_name
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.pages.dailylog_recurring import MessageLine
from ekinerja_desktop.gui.pages.units_page import fill_unit_combo
from ekinerja_desktop.gui.table_model import Column, RowTableModel, fit_columns
from ekinerja_desktop.gui.tasks import AfterPaint, CancelToken
from ekinerja_desktop.gui.widgets import MessageLabel, make_table, selected_row_of
from ekinerja_desktop.services import master, recap

SELF = "__self__"
TEAM = "__team__"
# Rows computed before the recap of a large unit is first shown (the table shows about
# 10 rows at 1366x768 and 25 on a tall screen); the rest follows in the background and
# is appended.
FIRST_SCREEN = 30


class RecapPage(MessageLine, Page):
    """Pick whose recap (own, own team, or a unit with its sub-units for admins) and the
    month; the table shows one row per employee, the lower table the selected employee's
    activities per RHK. *Ekspor* writes what is shown to .xlsx or PDF."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.recap: recap.UnitRecap | None = None  # what is shown (complete or the first screen)
        self._generation = 0  # the load whose results are wanted
        self._rest: CancelToken | None = None  # the running computation of the rest
        self._stale = True
        self._units_loaded = False
        actor = ctx.actor
        lang = ctx.language

        self.scope = QComboBox()
        self.scope.setObjectName("recapScope")
        self.scope.setMinimumContentsLength(32)
        if actor.employee_id:
            self.scope.addItem(self.tr("Rekap saya"), SELF)
        if actor.employee_id and actor.has(Role.ATASAN):
            self.scope.addItem(self.tr("Tim saya (yang saya nilai)"), TEAM)
        today = today_wita()
        self.month = QComboBox()
        self.month.setObjectName("recapMonth")
        for m in range(1, 13):
            self.month.addItem(month_name(m, lang), m)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setObjectName("recapYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setObjectName("showRecap")
        self.export_button = QPushButton(self.tr("Ekspor..."))
        self.export_button.setObjectName("exportRecap")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rekap")))
        top.addWidget(self.scope, 2)
        top.addWidget(QLabel(self.tr("Bulan")))
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.summary = QLabel("")
        self.summary.setObjectName("recapSummary")
        self.summary.setWordWrap(True)

        def num(decimals: int) -> Any:
            return lambda v: format_number(v, lang, decimals)

        self.model = RowTableModel(
            [
                Column("employee_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("jabatan", self.tr("Jabatan")),
                Column("working_days", self.tr("Hari\nkerja"), "right"),
                Column("days_with_entries", self.tr("Hari\nberisi log"), "right"),
                Column("days_approved", self.tr("Hari\ndisetujui"), "right"),
                Column("hours", self.tr("Jam\ndisetujui"), "right", num(1)),
                Column("approved_entries", self.tr("Kegiatan\ndisetujui"), "right"),
                Column("late_entries", self.tr("Entri\nterlambat"), "right"),
                Column("capaian_percent", self.tr("Capaian\n(%)"), "right", num(1)),
                Column("score", self.tr("Nilai\nkinerja"), "right", num(1)),
                Column("tpp_percent", self.tr("TPP\nkinerja (%)"), "right", num(1)),
            ],
            parent=self,
        )
        self.table = make_table("recapTable", self.model)
        # Name and position share the width left by the numbers: no sideways scrolling.
        fit_columns(self.table, stretch=(0, 2))

        self.detail_label = QLabel("")
        self.detail_label.setObjectName("recapDetailLabel")
        self.detail_label.setWordWrap(True)
        self.rhk_model = RowTableModel(
            [
                Column("text", self.tr("RHK")),
                Column("activities", self.tr("Kegiatan disetujui"), "right"),
                Column("quantity", self.tr("Kuantitas"), "right", num(1)),
                Column("monthly_target", self.tr("Target bulanan"), "right", num(2)),
                Column(
                    "capaian_percent",
                    self.tr("Capaian (%)"),
                    "right",
                    lambda v: format_number(v, lang, 1),
                ),
            ],
            parent=self,
        )
        self.rhk_table = make_table("recapRhkTable", self.rhk_model)
        self.rhk_table.setColumnWidth(0, 620)
        for column in range(1, self.rhk_model.columnCount()):
            self.rhk_table.resizeColumnToContents(column)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.rhk_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.rule = QLabel("")
        self.rule.setObjectName("recapRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color:#555;")
        self.message = MessageLabel("recapMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)

        self.show_button.clicked.connect(self.load)
        self.scope.activated.connect(lambda _i: self.load())
        self.month.activated.connect(lambda _i: self.load())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        self.export_button.clicked.connect(self.ask_export)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.actor.is_admin and not self._units_loaded:
            self.load_units()
        elif self._stale:
            self.load()

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"dailylog", "settings", "employee", "mapping", "unit", "skp"}:
            self._stale = True
            if changes & {"unit"}:
                self._units_loaded = False
            if self.isVisible():
                self.refresh()

    def load_units(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: master.list_units(ws, actor, include_inactive=False),
            on_success=self._units,
            on_failure=self._failed,
            parent=self,
        )

    def _units(self, units: list[master.UnitRow]) -> None:
        self._units_loaded = True
        current = self.scope.currentData()
        fixed = [
            (self.scope.itemText(i), self.scope.itemData(i)) for i in range(self.scope.count())
        ]
        fixed = [(text, data) for text, data in fixed if data in (SELF, TEAM)]
        fill_unit_combo(self.scope, units, none_label=None)
        for i, (text, data) in enumerate(fixed):
            self.scope.insertItem(i, text, data)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.load()

    def selection(self) -> tuple[str, int, int]:
        return (
            str(self.scope.currentData() or ""),
            self.year.value(),
            int(self.month.currentData()),
        )

    def load(self) -> None:
        scope, year, month = self.selection()
        if not scope:
            self.summary.setText(self.tr("Pilih unit kerja."))
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        if self._rest is not None:
            self._rest.cancel()
            self._rest = None
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(first: int | None) -> Any:
            def run(progress: Any) -> recap.UnitRecap:
                if scope == SELF:
                    return recap.my_recap(ws, actor, year, month)
                if scope == TEAM:
                    return recap.team_recap(ws, actor, year, month, first=first, progress=progress)
                return recap.unit_recap(
                    ws, actor, scope, year, month, first=first, progress=progress
                )

            return run

        def first_screen(result: recap.UnitRecap) -> None:
            if generation != self._generation:
                return
            self._loaded(result)
            if not result.complete:
                # The rest of a large unit: in the background, no dialog, cancelled by
                # the next load. It starts computing once the first screen is painted:
                # its Python work holds the interpreter lock that every cell the table
                # paints needs (0.1-0.3 s more for the first screen otherwise).
                painted = AfterPaint(self.table.viewport())
                whole = work(None)

                def rest(progress: Any) -> Any:
                    painted.wait()
                    return whole(progress)

                self._rest = self.ctx.runner.run(
                    rest,
                    on_success=lambda full: self._completed(full, generation),
                    on_failure=self._failed,
                    parent=self,
                )

        self.message.hide()
        self.ctx.runner.run(
            work(FIRST_SCREEN),
            on_success=first_screen,
            on_failure=self._failed,
            parent=self,
            label=self.tr("Menyusun rekap bulanan..."),
        )

    def _completed(self, full: recap.UnitRecap, generation: int) -> None:
        if generation != self._generation:
            return
        self._rest = None
        shown = self.model.rows
        if [r.employee_id for r in shown] == [r.employee_id for r in full.rows[: len(shown)]]:
            self.recap = full
            self.model.append_rows(full.rows[len(shown) :])
            self._summarise(full)
            self._update_buttons()
        else:  # someone changed between the two reads: show the complete one as it is
            self._loaded(full)

    def _summarise(self, result: recap.UnitRecap) -> None:
        rows = result.rows
        lang = self.ctx.language
        # {u} {m} {y}: the unit and the month every summary starts with
        head = {"u": result.unit_name, "m": month_name(result.month, lang), "y": result.year}
        if not result.complete:
            # The first screen of a large unit: the averages wait for everyone.
            text = self.tr(
                "<b>{u}</b> · {m} {y} · {n} pegawai · {w} hari kerja · menghitung "
                "rata-rata {k} pegawai lainnya..."
            ).format(**head, n=result.total, w=result.working_days, k=result.total - len(rows))
        elif len(rows) == 1:
            only = rows[0]
            text = self.tr(
                "<b>{u}</b> · {m} {y} · nilai kinerja {s} · TPP kinerja {t}% · "
                "{late} entri terlambat"
            ).format(
                **head,
                s=format_number(only.score, lang, 1),
                t=format_number(only.tpp_percent, lang, 1),
                late=only.late_entries,
            )
        elif rows:
            mean = sum(r.tpp_percent for r in rows) / len(rows)
            text = self.tr(
                "<b>{u}</b> · {m} {y} · {n} pegawai · {w} hari kerja · rata-rata TPP "
                "kinerja {t}% · {late} entri terlambat"
            ).format(
                **head,
                n=len(rows),
                w=max(r.working_days for r in rows),
                t=format_number(mean, lang, 1),
                late=sum(r.late_entries for r in rows),
            )
        else:
            text = self.tr("<b>{u}</b> · {m} {y}: tidak ada pegawai dalam rekap ini.").format(
                **head
            )
        self.summary.setText(text)

    def _loaded(self, result: recap.UnitRecap) -> None:
        # The recap shown before (an OPD's thousands of rows) is freed once the new one
        # is painted: freeing it first put 7-10 ms before the first screen.
        retired = [self.recap, self.model.rows]
        AfterPaint(self.table.viewport(), then=retired.clear)
        self.recap = result
        self.model.set_rows(result.rows)
        self._summarise(result)
        rows = result.rows
        lang = self.ctx.language
        cfg = result.config
        default = cfg == recap.TppConfig()
        self.rule.setText(
            self.tr(
                "Nilai kinerja = {a} x cakupan hari disetujui + {b} x capaian - {c} per hari "
                "terlambat (0-100); TPP kinerja = nilai x {s}% dari pagu TPP. {origin}"
            ).format(
                a=format_number(cfg.weight_log_days, lang),
                b=format_number(cfg.weight_capaian, lang),
                c=format_number(cfg.late_penalty_per_day, lang),
                s=format_number(cfg.performance_share_percent, lang),
                origin=self.tr("Bobot bawaan aplikasi, bukan nilai resmi Pemkot Palu.")
                if default
                else self.tr("Bobot diatur admin (Pengaturan)."),
            )
        )
        if len(rows) == 1:
            self.table.selectRow(0)
        self._show_detail()
        self._update_buttons()

    def selected_row(self) -> recap.RecapRow | None:
        return selected_row_of(self.table, recap.RecapRow)

    def _show_detail(self) -> None:
        row = self.selected_row()
        if row is None:
            self.rhk_model.set_rows([])
            self.detail_label.setText(
                self.tr("Pilih pegawai untuk melihat kegiatan disetujui per RHK.")
            )
            return
        self.rhk_model.set_rows(row.per_rhk)
        self.detail_label.setText(
            self.tr(
                "<b>{n}</b> · {d} dari {w} hari kerja disetujui, {h} jam, {a} kegiatan "
                "disetujui dari {e} entri"
            ).format(
                n=row.employee_name,
                d=row.days_approved,
                w=row.working_days,
                h=format_number(row.hours, self.ctx.language, 1),
                a=row.approved_entries,
                e=row.entries,
            )
            if row.per_rhk
            else self.tr(
                "<b>{n}</b> · belum ada SKP {y} yang disetujui, jadi belum ada RHK."
            ).format(n=row.employee_name, y=self.recap.year if self.recap else "")
        )

    def _update_buttons(self) -> None:
        # Export writes everyone: only once the whole recap is there.
        self.export_button.setEnabled(self.recap is not None and self.recap.complete)

    # --- export ---------------------------------------------------------------------
    def default_file_name(self) -> str:
        if self.recap is None:
            return "rekap-log-harian.xlsx"
        return f"rekap-log-harian-{self.recap.year}-{self.recap.month:02d}.xlsx"

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor rekap bulanan"),
            self.default_file_name(),
            "Excel (*.xlsx);;PDF (*.pdf)",
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        result = self.recap
        if result is None or not result.complete:
            return
        if path.suffix.lower() not in recap.FORMATS:
            path = path.with_suffix(".xlsx")
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: recap.export_recap(result, path, ws=ws, actor=actor),
            on_success=lambda out: self._set_message(
                self.tr("Rekap ditulis ke {p}.").format(p=out)
            ),
            on_failure=self._failed,
            parent=self,
            label=self.tr("Menulis rekap..."),
        )


register(
    PageSpec(
        key="recap",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Rekap Bulanan")),
        order=145,
        factory=RecapPage,
        roles=frozenset({Role.PEGAWAI, Role.ATASAN, Role.ADMIN_OPD, Role.ADMIN_PUSAT}),
    )
)
