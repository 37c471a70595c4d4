"""Dasbor: the city (or own OPD) dashboard per year and evaluation period, each chart also
as a table with export, drill-down OPD -> unit -> person, and the public annual report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.data_table import TablePanel, ask_export_path
from ekinerja_desktop.gui.layout import buttons_row, hbox, label, panel, text_edit, vbox
from ekinerja_desktop.gui.pages import ATASAN_AND_ADMINS, ReloadingPage, TaskHost, navigation_page
from ekinerja_desktop.gui.pdf_preview import PdfPreviewDialog
from ekinerja_desktop.gui.tasks import AfterPaint
from ekinerja_desktop.gui.widgets import MessageLabel, push_button, push_buttons, year_spin
from ekinerja_desktop.services import central

if TYPE_CHECKING:
    from ekinerja_desktop.gui.charts import ChartPanel

CHANGES = frozenset(
    {"sync", "employee", "unit", "skp", "dailylog", "training", "evaluation", "mapping"}
)
PREVIEW, EXTERNAL = "preview", "external"
# Panels made when first needed: key -> (object name, chart, heat).
PANELS: dict[str, tuple[str, bool, bool]] = {
    "skp_status": ("skpStatus", True, False),
    "log_by_month": ("logByMonth", True, False),
    "log_by_opd": ("logByOpd", True, True),
    "evaluation_progress": ("evaluationProgress", True, False),
    "evaluation_by_opd": ("evaluationByOpd", True, False),
    "predikat": ("predikat", True, False),
    "predikat_warnings": ("predikatWarnings", False, False),
    "jp": ("jp", True, False),
    "opd_units": ("opdUnits", True, False),
    "unit_people": ("unitPeople", True, False),
}


def ask_year(parent: QWidget, title: str, label: str, value: int) -> int | None:
    """The report year (None when cancelled); tests replace this."""
    year, ok = QInputDialog.getInt(parent, title, label, value, 2000, 2100)
    return year if ok else None


def ask_folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


# Save-dialog filter -> report format; the first is the default.
PUBLIC_FILTERS = (
    (str(QT_TRANSLATE_NOOP("DashboardPage", "PDF untuk dicetak (*.pdf)")), "pdf"),
    (str(QT_TRANSLATE_NOOP("DashboardPage", "Halaman web mandiri (*.html)")), "html"),
    (str(QT_TRANSLATE_NOOP("DashboardPage", "Excel untuk analisis (*.xlsx)")), "xlsx"),
    (
        str(
            QT_TRANSLATE_NOOP("DashboardPage", "CSV untuk analisis, satu berkas per tabel (*.csv)")
        ),
        "csv",
    ),
)


def ask_public_path(parent: QWidget, title: str, suggested: str) -> tuple[str, str]:
    """(file, format) of the public report ("" when cancelled); tests replace this."""
    from PySide6.QtCore import QCoreApplication

    names = [QCoreApplication.translate("DashboardPage", f) for f, _fmt in PUBLIC_FILTERS]
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(names))
    if not path:
        return "", ""
    fmt = next(
        (f for name, (_f, f) in zip(names, PUBLIC_FILTERS, strict=True) if name == chosen), ""
    )
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in {f for _n, f in PUBLIC_FILTERS}:
        fmt = suffix
    elif fmt:
        path += "." + fmt
    return path, fmt or "pdf"


class NarrativeDialog(TaskHost, QDialog):
    """BKPSDM's narrative of a year (achievements, challenges, next steps) for the public
    report; loading and saving run in the task runner."""

    def __init__(self, ctx: GuiContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.setObjectName("narrativeDialog")
        self.setWindowTitle(self.tr("Narasi laporan publik {y}").format(y=year))
        self.achievements = text_edit("narrativeAchievements")
        self.challenges = text_edit("narrativeChallenges")
        self.next_steps = text_edit("narrativeNextSteps")
        self.message = MessageLabel("narrativeMessage")
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Dicetak bersama angka pada laporan publik (PDF, HTML, xlsx, CSV). Jangan "
                "menulis nama atau NIP pegawai."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        for title, edit in (
            (self.tr("Capaian"), self.achievements),
            (self.tr("Tantangan"), self.challenges),
            (self.tr("Langkah selanjutnya"), self.next_steps),
        ):
            layout.addWidget(QLabel(title))
            layout.addWidget(edit, 1)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self._load()

    def _load(self) -> None:
        from ekinerja_desktop.services import transparency

        ws, year = self.ctx.ws, self.year
        self.buttons.setEnabled(False)
        self.run_task(
            lambda _p: transparency.narrative(ws, year),
            self._loaded,
            failed=self.message.show_error,
        )

    def _loaded(self, text: Any) -> None:
        self.achievements.setPlainText(text.achievements)
        self.challenges.setPlainText(text.challenges)
        self.next_steps.setPlainText(text.next_steps)
        self.buttons.setEnabled(True)

    def save(self) -> None:
        from ekinerja_desktop.services import transparency

        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year
        text = transparency.Narrative(
            self.achievements.toPlainText(),
            self.challenges.toPlainText(),
            self.next_steps.toPlainText(),
        )
        self.buttons.setEnabled(False)
        self.run_task(
            lambda _p: transparency.save_narrative(ws, actor, year, text),
            lambda _r: self.accept(),
            failed=self._failed,
            label=self.tr("Menyimpan narasi..."),
        )

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error)


def ask_open_pdf(parent: QWidget, title: str, text: str, labels: tuple[str, str, str]) -> str:
    """PREVIEW, EXTERNAL or "" (close)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    preview = box.addButton(labels[0], QMessageBox.ButtonRole.AcceptRole) if labels[0] else None
    external = box.addButton(labels[1], QMessageBox.ButtonRole.ActionRole)
    box.addButton(labels[2], QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return PREVIEW if clicked is preview else EXTERNAL if clicked is external else ""


def open_external(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


@dataclass(frozen=True)
class Crumb:
    kind: str  # "opd" | "unit"
    id: str
    label: str


class SummaryCards(QWidget):
    """The summary table as a row of big numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCards")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}

    def set_table(self, table: central.DataTable) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.values = {}
        kind = table.columns[1].kind
        for i, (name, value) in enumerate(table.rows):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet("QFrame { background: #f5f7fa; border-radius: 4px; }")
            number = QLabel(central.cell_text(value, kind))
            number.setObjectName(f"card{i}")
            number.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1a3d6d;")
            caption = QLabel(str(name))
            caption.setWordWrap(True)
            inner = QVBoxLayout(card)
            inner.addWidget(number)
            inner.addWidget(caption)
            self.grid.addWidget(card, 0, i)
            self.values[str(name)] = number


def _may_view(ctx: GuiContext) -> bool:
    """Admins always; an atasan only when the service grants a view (heads of an OPD)."""
    if ctx.actor.roles & {Role.ADMIN_PUSAT, Role.ADMIN_OPD}:
        return True
    from ekinerja_desktop.services.errors import PermissionDeniedError

    try:
        central.access(ctx.ws, ctx.actor)
    except PermissionDeniedError:
        return False
    return True


def panel_of(key: str) -> property:
    """A property of the dashboard: its panel of table ``key`` (``DashboardPage.panel``)."""
    return property(lambda page: page.panel(key))


# Heads of an OPD hold the atasan role; only they (and admins) see the page.
@navigation_page(
    "dashboard",
    QT_TRANSLATE_NOOP("Navigation", "Dasbor"),
    20,
    ATASAN_AND_ADMINS,
    available=_may_view,
)
class DashboardPage(ReloadingPage):
    watched = CHANGES

    """Tabs of charts for the chosen year and period; double-click an OPD (bar or row) for
    its units, a unit for its people (admins only). Loading runs in the task runner."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        # QtCharts (slow to import) and the chart panels wait until a tab or a drill-down
        # needs them: the page opens on the summary (cards and a table).
        self._charts: Any = None
        self._made: dict[str, TablePanel] = {}  # panel key -> panel, once created
        self._tables: dict[str, central.DataTable] = {}  # the latest table of every key
        self.dashboard: central.Dashboard | None = None
        self.crumbs: list[Crumb] = []
        self._request = 0
        self._requested_year = 0
        self.preview_factory: Callable[..., Any] = PdfPreviewDialog
        self.preview: Any = None
        self.is_central_admin = ctx.actor.has(Role.ADMIN_PUSAT)

        self.year = year_spin("dashboardYear")
        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        self.period.setMinimumContentsLength(16)
        self.reload_button, self.export_all_button, self.public_button = push_buttons(
            (self.tr("Muat ulang"), "dashboardReload", self.load),
            (
                self.tr("Ekspor semua..."),
                "dashboardExportAll",
                self.ask_export_all,
                self.tr("Semua tabel dasbor dalam satu berkas .xlsx"),
            ),
            (
                self.tr("Laporan Publik..."),
                "dashboardPublicReport",
                self.ask_public_report,
                self.tr(
                    "Laporan tahunan untuk publikasi: hanya angka agregat, tanpa nama atau NIP"
                ),
            ),
        )
        self.public_button.setVisible(self.is_central_admin)
        self.narrative_button = push_button(
            self.tr("Narasi Laporan..."),
            "dashboardNarrative",
            tip=self.tr(
                "Capaian, tantangan dan langkah selanjutnya tahun ini, dicetak di laporan publik"
            ),
            clicked=self.edit_narrative,
        )
        self.narrative_button.setVisible(self.is_central_admin)
        self.narrative_dialog: NarrativeDialog | None = None
        self.build_button = push_button(
            self.tr("Hitung kepatuhan log"),
            "dashboardBuildRollup",
            tip=self.tr(
                "Ringkasan log harian kantor pusat ini belum dihitung: hitung sekarang "
                "(beberapa menit pada data sekota; dasbor tetap dapat dipakai)"
            ),
            clicked=self.build_rollup,
        )
        self.build_button.setVisible(False)
        top = buttons_row(
            QLabel(self.tr("Tahun")),
            self.year,
            QLabel(self.tr("Periode evaluasi")),
            self.period,
            self.reload_button,
            self.build_button,
            trail=hbox(self.export_all_button, self.narrative_button, self.public_button),
        )

        self.info = label("dashboardInfo")
        self.back_button = push_button(self.tr("‹ Kembali"), "dashboardBack", clicked=self.back)
        self.breadcrumb = label("dashboardBreadcrumb", wrap=False)
        self.breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        crumbs = hbox(self.back_button, (self.breadcrumb, 1))
        self.message = MessageLabel("dashboardMessage")

        self.cards = SummaryCards()
        self.top_bottom = self._panel("topBottom", chart=False)
        self._made["top_bottom"] = self.top_bottom
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        summary = panel(self.cards, (self.top_bottom, 1), margins=None)
        self.tabs.addTab(summary, self.tr("Ringkasan"))
        # Tab -> the keys of its panels; each tab holds a placeholder until first shown.
        self._tab_keys: list[tuple[str, ...]] = [("top_bottom",)]
        for keys, title in (
            (("skp_status",), self.tr("Status SKP")),
            (("log_by_month",), self.tr("Log Bulanan")),
            (("log_by_opd",), self.tr("Log per OPD")),
            (("evaluation_progress",), self.tr("Evaluasi per Periode")),
            (("evaluation_by_opd",), self.tr("Evaluasi per OPD")),
            (("predikat", "predikat_warnings"), self.tr("Predikat")),
            (("jp",), self.tr("Capaian JP")),
        ):
            self.tabs.addTab(QWidget(), title)
            self._tab_keys.append(keys)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(QWidget())  # the OPD's units, made on the first drill-down
        self.stack.addWidget(QWidget())  # a unit's people
        self.hint = label(
            text=self.tr(
                "Klik dua kali batang grafik atau baris tabel sebuah OPD untuk rinciannya."
            ),
            wrap=False,
            style="color: #555;",
        )

        vbox(top, self.info, crumbs, self.message, (self.stack, 1), self.hint, parent=self)

        # Year: wait until the user stops clicking the arrows before loading.
        self._year_timer = QTimer(self)
        self._year_timer.setSingleShot(True)
        self._year_timer.setInterval(400)
        self._year_timer.timeout.connect(self._year_changed)
        self.year.valueChanged.connect(lambda _v: self._year_timer.start())
        self.period.activated.connect(lambda _i: self.load())
        self.breadcrumb.linkActivated.connect(lambda link: self.go_to(int(link)))
        self._show_level()
        self.export_all_button.setEnabled(False)

    def _panel(self, name: str, *, chart: bool = True, heat: bool = False) -> TablePanel:
        panel: TablePanel
        if chart:
            if self._charts is None:
                from ekinerja_desktop.gui import charts

                self._charts = charts
            panel = self._charts.ChartPanel(self.ctx.runner, name, heat=heat)
        else:
            panel = TablePanel(self.ctx.runner, name, heat=heat)
        panel.activated.connect(lambda row_id, label, p=panel: self._activated(p, row_id, label))
        panel.message.connect(self.message.show_text)
        return panel

    # --- panels, made when first needed ----------------------------------------------

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._tab_keys):
            self.panel(self._tab_keys[index][0])

    def panel(self, key: str) -> TablePanel:
        """The panel of ``key`` (a dashboard table key, "opd_units" or "unit_people"),
        made and put in its place on first use, with the latest table of its key."""
        made = self._made.get(key)
        if made is not None:
            return made
        tab = next((i for i, keys in enumerate(self._tab_keys) if key in keys), -1)
        group = self._tab_keys[tab] if tab >= 0 else (key,)
        for k in group:
            name, chart, heat = PANELS[k]
            self._made[k] = self._panel(name, chart=chart, heat=heat)
        if len(group) == 1:
            page: QWidget = self._made[key]
        else:  # Predikat: the distribution over its warnings
            splitter = QSplitter(Qt.Orientation.Vertical)
            for k in group:
                splitter.addWidget(self._made[k])
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            splitter.setChildrenCollapsible(False)
            page = splitter
        if tab >= 0:
            current = self.tabs.currentIndex()
            old = self.tabs.widget(tab)
            title = self.tabs.tabText(tab)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(tab)
            self.tabs.insertTab(tab, page, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        else:
            level = 1 if key == "opd_units" else 2
            old = self.stack.widget(level)
            assert old is not None
            current = self.stack.currentIndex()
            self.stack.removeWidget(old)
            self.stack.insertWidget(level, page)
            self.stack.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()
        for k in group:
            table = self._tables.get(k)
            if table is not None:
                self._made[k].set_table(table)
        return self._made[key]

    def panels(self) -> dict[str, TablePanel]:
        """Dashboard table key -> the panel showing it (every one made)."""
        return {key: self.panel(key) for keys in self._tab_keys for key in keys}

    def chart_panel(self, key: str) -> ChartPanel:
        panel = self.panel(key)
        assert isinstance(panel, self._charts.ChartPanel)
        return cast("ChartPanel", panel)

    opd_panel = panel_of("opd_units")
    unit_panel = panel_of("unit_people")
    skp = panel_of("skp_status")
    log_opd = panel_of("log_by_opd")

    # --- loading --------------------------------------------------------------------
    def _year_changed(self) -> None:
        if self.year.value() != self._requested_year:
            self.load()

    def selected_period(self, year: int) -> str | None:
        """The period chosen in the combo, when the combo belongs to ``year``."""
        if self.dashboard is None or self.dashboard.year != year:
            return None
        code = self.period.currentData()
        return str(code) if code else None

    def load(self) -> None:
        year = self.year.value()
        period = self.selected_period(year)
        ws, actor = self.ctx.ws, self.ctx.actor
        self.stale = False
        self._request += 1
        self._requested_year = year
        request = self._request

        def work(progress: Any) -> tuple[list[tuple[str, str]], central.Dashboard]:
            figures = central.dashboard(ws, actor, year, period_code=period, progress=progress)
            return list(figures.period_choices), figures

        self.message.show_text("")
        token = self.run_task(
            work,
            lambda result: None if token.cancelled else self._loaded(request, *result),
            failed=lambda error: self._failed(request, error),
            label=self.tr("Memuat dasbor..."),
            cancellable=True,
        )

    def _loaded(
        self, request: int, choices: list[tuple[str, str]], dashboard: central.Dashboard
    ) -> None:
        if request != self._request:
            return  # an older request; a newer one is on its way
        changed_year = self.dashboard is None or self.dashboard.year != dashboard.year
        self.dashboard = dashboard
        self.period.blockSignals(True)
        self.period.clear()
        for code, title in choices:
            self.period.addItem(title, code)
        self.period.setCurrentIndex(max(0, self.period.findData(dashboard.period_code)))
        self.period.blockSignals(False)
        self.info.setText(
            self.tr(
                "<b>{scope}</b> · tahun {y} · periode evaluasi {p} · log harian dihitung s.d. {d}"
            ).format(
                scope=dashboard.scope_label,
                y=dashboard.year,
                p=dashboard.period_label,
                d=format_date(dashboard.as_of - timedelta(days=1), self.ctx.language),
            )
        )
        self.build_button.setVisible(not dashboard.logs_ready)
        self.cards.set_table(dashboard.summary)
        for keys in self._tab_keys:
            for key in keys:
                self._tables[key] = getattr(dashboard, key)
                made = self._made.get(key)
                if made is not None:
                    made.set_table(self._tables[key])
        self.export_all_button.setEnabled(True)
        if changed_year:
            self.crumbs = []
            self._show_level()
        else:
            # Same year, other period: every open drill level shows the new period too.
            for crumb in self.crumbs:
                self._open(crumb, reopen=True)
        self._prepare_drill(dashboard)

    def _prepare_drill(self, dashboard: central.Dashboard) -> None:
        """Once the figures are painted, sum each unit's people in the background: the
        first click into an OPD then lists its units without adding anyone up."""
        ws, actor = self.ctx.ws, self.ctx.actor
        year, period = dashboard.year, dashboard.period_code
        painted = AfterPaint(self.cards)

        def prepare(_p: object) -> None:
            painted.wait()
            central.prepare_drill(ws, actor, year, period_code=period)

        # A warm-up only: a drill-down that fails says so itself.
        self.run_task(prepare, failed=lambda _error: None)

    def build_rollup(self) -> None:
        """Build the daily-log rollup the dashboard never builds when it opens, then
        load again."""
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda progress: central.build_rollup(ws, actor, progress),
            lambda _n: self.load(),
            failed=self.message.show_error,
            label=self.tr("Menghitung ringkasan log harian..."),
            cancellable=True,
        )

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.message.show_error(error)

    # --- drill-down -----------------------------------------------------------------
    def _activated(self, panel: TablePanel, row_id: str, label: str) -> None:
        table = panel.data_table
        if table is None or table.drill not in ("opd", "unit"):
            return
        self.drill(Crumb(table.drill, row_id, label))

    def drill(self, crumb: Crumb) -> None:
        self._open(crumb, reopen=False)

    def _open(self, crumb: Crumb, *, reopen: bool) -> None:
        if self.dashboard is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        year, period = self.dashboard.year, self.dashboard.period_code
        fetch = central.drill_opd if crumb.kind == "opd" else central.drill_unit
        self.message.show_text("")
        self.run_task(
            lambda _p: fetch(ws, actor, year, crumb.id, period_code=period),
            lambda table: self._drilled(crumb, table, reopen),
            failed=self.message.show_error,
            label=self.tr("Memuat rincian..."),
        )

    def _drilled(self, crumb: Crumb, table: central.DataTable, reopen: bool) -> None:
        if not reopen:
            level = 1 if crumb.kind == "opd" else 2
            self.crumbs = [*self.crumbs[: level - 1], crumb]
        panel = self.opd_panel if crumb.kind == "opd" else self.unit_panel
        panel.set_table(table)
        self._show_level()

    def back(self) -> None:
        self.go_to(len(self.crumbs) - 1)

    def go_to(self, level: int) -> None:
        self.crumbs = self.crumbs[: max(0, level)]
        self._show_level()

    def _show_level(self) -> None:
        level = len(self.crumbs)
        self.stack.setCurrentIndex(level)
        self.back_button.setVisible(level > 0)
        self.breadcrumb.setVisible(level > 0)
        home = self.tr("Dasbor")
        parts = [f'<a href="0">{home}</a>']
        for i, crumb in enumerate(self.crumbs, 1):
            text = crumb.label.replace("&", "&amp;").replace("<", "&lt;")
            parts.append(text if i == level else f'<a href="{i}">{text}</a>')
        self.breadcrumb.setText(" › ".join(parts))
        if level == 0:
            self.hint.setText(
                self.tr("Klik dua kali batang grafik atau baris tabel sebuah OPD untuk rinciannya.")
            )
        elif level == 1:
            self.hint.setText(
                self.tr("Klik dua kali sebuah unit untuk rincian per pegawai (khusus admin).")
            )
        else:
            self.hint.setText(self.tr("Rincian per pegawai unit ini."))

    def current_panel(self) -> TablePanel | None:
        level = len(self.crumbs)
        return self.opd_panel if level == 1 else self.unit_panel if level == 2 else None

    # --- export ---------------------------------------------------------------------
    def ask_export_all(self) -> None:
        if self.dashboard is None:
            return
        path = ask_export_path(
            self, self.tr("Ekspor semua tabel dasbor"), f"dasbor-{self.dashboard.year}.xlsx"
        )
        if path:
            self.export_all(Path(path).with_suffix(".xlsx"))

    def export_all(self, path: Path) -> None:
        dashboard = self.dashboard
        if dashboard is None:
            return
        self.run_task(
            lambda _p: central.export_tables(dashboard.tables(), path),
            lambda out: self.message.show_text(
                self.tr("Semua tabel dasbor ditulis ke {p}.").format(p=out)
            ),
            failed=self.message.show_error,
            label=self.tr("Mengekspor tabel..."),
        )

    # --- public report --------------------------------------------------------------
    def edit_narrative(self) -> None:
        year = self.dashboard.year if self.dashboard else self.year.value()
        self.narrative_dialog = NarrativeDialog(self.ctx, year, self)
        self.narrative_dialog.accepted.connect(
            lambda: self.message.show_text(
                self.tr("Narasi laporan publik {y} disimpan.").format(y=year)
            )
        )
        self.narrative_dialog.open()

    def ask_public_report(self) -> None:
        year = ask_year(
            self,
            self.tr("Laporan Publik"),
            self.tr("Tahun laporan kinerja ASN:"),
            self.dashboard.year if self.dashboard else self.year.value(),
        )
        if year is None:
            return
        path, fmt = ask_public_path(
            self, self.tr("Simpan laporan publik"), f"laporan-kinerja-ASN-{year}.pdf"
        )
        if path:
            self.public_report(year, Path(path), fmt)

    def public_report(self, year: int, path: Path, fmt: str = "pdf") -> None:
        """Write the report of ``year`` as ``fmt`` to ``path`` (CSV: one file per table
        named after ``path``) in the task runner."""
        from ekinerja_desktop.services import transparency

        ws, actor = self.ctx.ws, self.ctx.actor
        self.message.show_text("")
        self.run_task(
            lambda _p: transparency.write_report(
                ws, actor, year, path.parent, formats=(fmt,), base=path.stem
            ),
            self._public_done,
            failed=self.message.show_error,
            label=self.tr("Menyusun laporan publik..."),
        )

    def _public_done(self, files: Any) -> None:
        if files.pdf is None:
            first = Path(files.files[0])
            self.message.show_text(
                self.tr("Laporan publik {y} ditulis: {n} berkas di {dir} ({name}).").format(
                    y=files.report.year, n=len(files.files), dir=first.parent, name=first.name
                )
            )
            if (
                files.html is not None
                and ask_open_pdf(
                    self,
                    self.tr("Laporan Publik"),
                    self.tr("Halaman {name} sudah dibuat. Buka di peramban?").format(
                        name=Path(files.html).name
                    ),
                    ("", self.tr("Buka di peramban"), self.tr("Tutup")),
                )
                == EXTERNAL
                and not open_external(Path(files.html))
            ):
                self.message.show_text(
                    self.tr(
                        "Tidak ada aplikasi untuk membuka {p}. Buka berkasnya dari folder."
                    ).format(p=files.html),
                    True,
                )
            return
        pdf = Path(files.pdf)
        self.message.show_text(
            self.tr("Laporan publik {y} ditulis: {pdf} di {dir}.").format(
                y=files.report.year, pdf=pdf.name, dir=pdf.parent
            )
        )
        choice = ask_open_pdf(
            self,
            self.tr("Laporan Publik"),
            self.tr("Laporan {name} sudah dibuat. Buka sekarang?").format(name=pdf.name),
            (self.tr("Pratinjau"), self.tr("Buka di aplikasi lain"), self.tr("Tutup")),
        )
        if choice == PREVIEW:
            dialog = self.preview_factory(
                pdf, self.tr("Laporan kinerja ASN {y}").format(y=files.report.year), self
            )
            self.preview = dialog
            dialog.open()
        elif choice == EXTERNAL and not open_external(pdf):
            self.message.show_text(
                self.tr("Tidak ada aplikasi untuk membuka {p}. Buka berkasnya dari folder.").format(
                    p=pdf
                ),
                True,
            )
