"""QtCharts views of service DataTables: bars, stacked bars and lines drawn from a
``ChartSpec``, with Indonesian axis numbers, one colour per status/predikat everywhere,
abbreviated long names (full text in the tooltip) and a chart/table switch.

QtCharts is slow to import: only the dashboard imports this module, when it is opened.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPercentBarSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QPushButton,
    QScrollArea,
    QToolTip,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.gui.data_table import TablePanel
from ekinerja_desktop.services import central

if TYPE_CHECKING:
    from ekinerja_desktop.gui.tasks import TaskRunner

# One colour per meaning, the same in every chart (status, predikat, metric).
SERIES_COLORS = {
    # SKP and evaluation status: grey (nothing yet) -> blue (draft) -> amber -> green
    "belum": "#bdbdbd",
    "draft": "#90caf9",
    "diajukan": "#ffb74d",
    "dinilai": "#ffb74d",
    "ditolak": "#e53935",
    "disetujui": "#43a047",
    "ditandatangani": "#43a047",
    "diakui": "#1b5e20",
    # predikat kinerja pegawai
    "sangat_baik": "#1b5e20",
    "baik": "#66bb6a",
    "butuh_perbaikan": "#fdd835",
    "kurang": "#fb8c00",
    "sangat_kurang": "#c62828",
    # percentages
    "pct_skp": "#1e88e5",
    "pct_disetujui": "#43a047",
    "pct_log": "#43a047",
    "tahun": "#43a047",
    "pct_terisi": "#90caf9",
    "pct_selesai": "#00897b",
    "pct_evaluasi": "#00897b",
    "pct_jp": "#8e24aa",
    "pct_pns_20": "#8e24aa",
}
FALLBACK_COLORS = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41")
ABBREVIATIONS = (
    ("Kecamatan ", "Kec. "),
    ("Kelurahan ", "Kel. "),
    ("Sekretariat ", "Sekr. "),
    ("Pemberdayaan ", "Pemb. "),
    ("Perlindungan ", "Perl. "),
    ("Pengembangan ", "Pengemb. "),
    ("Kependudukan ", "Kependud. "),
    ("Perencanaan ", "Perenc. "),
    (" dan ", " & "),
)
LABEL_LIMIT = 34
# A table of more rows opens as the table (sortable, filterable) until the user picks the
# chart: QtCharts lays out and paints every bar (the largest OPD's 197 units, three bars
# each: 0.3-0.5 s), and a chart taller than twenty screens is read as a table anyway.
CHART_ROWS = 60
ROW_HEIGHT = 24  # pixels per category of a horizontal chart
MIN_CHART_HEIGHT = 220


def series_color(key: str, index: int) -> QColor:
    return QColor(SERIES_COLORS.get(key, FALLBACK_COLORS[index % len(FALLBACK_COLORS)]))


def short_label(text: str, limit: int = LABEL_LIMIT) -> str:
    """A category label that fits beside a bar: common words abbreviated; of a unit path
    ("Sekretariat / Subbagian Umum") the end is kept, it names the unit; then cut."""
    out = str(text)
    if len(out) > limit:
        for long, short in ABBREVIATIONS:
            out = out.replace(long, short)
    if len(out) > limit and " / " in out:
        out = "… / " + out.rsplit(" / ", 1)[1]
    if len(out) > limit:
        out = out[: limit - 1].rstrip() + "…"
    return out


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 x 10^n) giving about ``ticks`` intervals up to ``maximum``."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return float(max(1, factor * power)) if maximum >= ticks else float(factor * power)
    return float(10 * power)


def value_axis(maximum: float, *, percent: bool) -> QCategoryAxis:
    """A value axis whose tick labels are Indonesian numbers ("2.000", "80%")."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    top = 100.0 if percent else max(1.0, float(maximum))
    step = 20.0 if percent else nice_step(top)
    end = step * math.ceil(top / step) if not percent else 100.0
    axis.setStartValue(0)
    axis.setRange(0, end)
    value = 0.0
    while value <= end + 1e-9:
        text = format_number(value, decimals=0 if step >= 1 else 1)
        axis.append(text + ("%" if percent else ""), value)
        value += step
    axis.setGridLineVisible(True)
    return axis


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


class ChartView(QChartView):
    """One chart of a DataTable; ``activated(row)`` on a double-click of a bar (row index
    in the table given to :meth:`draw`)."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.table: central.DataTable | None = None
        self._reversed = False
        self._keep: list[Any] = []  # Python references to series/sets of the chart

    def draw(self, table: central.DataTable, *, shares: bool = False) -> None:
        """Draw ``table``; ``shares`` draws stacked bars as shares of 100%."""
        self.table = table
        spec = table.chart
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 24, 4))  # room for the last axis label
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._keep = []
        if spec is not None and table.rows:
            if spec.kind == "line":
                self._line(chart, table, spec)
            else:
                self._bars(chart, table, spec, shares=shares)
        chart.legend().setVisible(bool(spec and len(spec.series) > 1))
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        if spec is not None and spec.horizontal:
            self.setMinimumHeight(max(MIN_CHART_HEIGHT, ROW_HEIGHT * len(table.rows) + 90))
        else:
            self.setMinimumHeight(MIN_CHART_HEIGHT)

    def series_labels(self) -> list[str]:
        """Legend texts in series order (tests and screenshots)."""
        table, spec = self.table, self.table.chart if self.table else None
        if table is None or spec is None:
            return []
        labels = {c.key: c.label for c in table.columns}
        return [labels[k] for k in spec.series]

    def category_labels(self) -> list[str]:
        """Category labels as drawn, first table row first."""
        labels = []
        for axis in self.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                labels = list(axis.categories())
        return labels[::-1] if self._reversed else labels

    # --- builders -------------------------------------------------------------------
    def _categories(self, table: central.DataTable, key: str) -> list[str]:
        return [short_label(str(v)) for v in table.column_values(key)]

    def _bars(
        self, chart: QChart, table: central.DataTable, spec: central.ChartSpec, *, shares: bool
    ) -> None:
        stacked = spec.kind == "stacked"
        shares = shares and stacked
        series: QAbstractBarSeries
        if shares:
            series = QHorizontalPercentBarSeries() if spec.horizontal else QPercentBarSeries()
        elif spec.horizontal:
            series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        else:
            series = QStackedBarSeries() if stacked else QBarSeries()
        # Horizontal charts draw the first category at the bottom: reverse so the first
        # row of the table is on top, as in the table view.
        self._reversed = spec.horizontal
        order = list(range(len(table.rows)))
        if self._reversed:
            order.reverse()
        labels = {c.key: c.label for c in table.columns}
        for i, key in enumerate(spec.series):
            values = table.column_values(key)
            bar_set = QBarSet(labels[key])
            color = series_color(key, i)
            bar_set.setColor(color)
            bar_set.setBorderColor(color.darker(115))
            for row in order:
                bar_set.append(_number(values[row]))
            bar_set.hovered.connect(
                lambda status, index, key=key: self._hover_bar(status, index, key)
            )
            bar_set.doubleClicked.connect(self._bar_double_clicked)
            series.append(bar_set)
            self._keep.append(bar_set)
        series.setBarWidth(0.75 if spec.horizontal else 0.6)
        chart.addSeries(series)
        self._keep.append(series)
        categories = self._categories(table, spec.category)
        category_axis = QBarCategoryAxis()
        category_axis.append([categories[row] for row in order])
        if stacked:
            top = max(
                (sum(_number(table.rows[r][table.index(k)]) for k in spec.series) for r in order),
                default=0.0,
            )
        else:
            top = max(
                (_number(v) for k in spec.series for v in table.column_values(k)), default=0.0
            )
        axis = value_axis(top, percent=spec.percent or shares)
        small = QFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        category_axis.setLabelsFont(small)
        axis.setLabelsFont(small)
        if spec.horizontal:
            # Tall charts scroll: the scale and the legend go on top, where they are seen.
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(axis, Qt.AlignmentFlag.AlignTop)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(axis)
        self._keep += [category_axis, axis]

    def _line(self, chart: QChart, table: central.DataTable, spec: central.ChartSpec) -> None:
        self._reversed = False
        labels = {c.key: c.label for c in table.columns}
        category_axis = QBarCategoryAxis()
        category_axis.append(self._categories(table, spec.category))
        top = max((_number(v) for k in spec.series for v in table.column_values(k)), default=0)
        axis = value_axis(top, percent=spec.percent)
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        for i, key in enumerate(spec.series):
            line = QLineSeries()
            line.setName(labels[key])
            pen = QPen(series_color(key, i))
            pen.setWidth(3)
            line.setPen(pen)
            line.setPointsVisible(True)
            for row, value in enumerate(table.column_values(key)):
                if value is not None:
                    line.append(QPointF(row, _number(value)))
            line.hovered.connect(lambda point, state, key=key: self._hover_line(point, state, key))
            chart.addSeries(line)
            line.attachAxis(category_axis)
            line.attachAxis(axis)
            self._keep.append(line)
        self._keep += [category_axis, axis]

    # --- interaction ----------------------------------------------------------------
    def _row(self, index: int) -> int:
        if self.table is None:
            return -1
        return len(self.table.rows) - 1 - index if self._reversed else index

    def tooltip(self, row: int, key: str) -> str:
        table = self.table
        if table is None or table.chart is None or not 0 <= row < len(table.rows):
            return ""
        column = table.columns[table.index(key)]
        category = table.rows[row][table.index(table.chart.category)]
        value = central.cell_text(table.rows[row][table.index(key)], column.kind)
        return f"{category}\n{column.label}: {value}"

    def _hover_bar(self, status: bool, index: int, key: str) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.tooltip(self._row(index), key), self)
        else:
            QToolTip.hideText()

    def _hover_line(self, point: QPointF, state: bool, key: str) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip(round(point.x()), key), self)
        else:
            QToolTip.hideText()

    def _bar_double_clicked(self, index: int) -> None:
        row = self._row(index)
        if row >= 0:
            self.activated.emit(row)


class ChartPanel(TablePanel):
    """A TablePanel with a *Grafik* / *Tabel* switch; the chart draws the visible rows
    (filtered and sorted as in the table), and a double-clicked bar drills like a row."""

    def __init__(self, runner: TaskRunner, name: str, **options: Any) -> None:
        """``options``: those of :class:`TablePanel` (heat, highlight, parent)."""
        super().__init__(runner, name, **options)
        self.chart_view = ChartView()
        self.chart_view.setObjectName(f"{name}Chart")
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart_view)
        self.views.insertWidget(0, self.chart_scroll)
        self.chart_button = QPushButton(self.tr("Grafik"))
        self.chart_button.setObjectName(f"{name}ChartMode")
        self.table_button = QPushButton(self.tr("Tabel"))
        self.table_button.setObjectName(f"{name}TableMode")
        group = QButtonGroup(self)
        for button in (self.chart_button, self.table_button):
            button.setCheckable(True)
            group.addButton(button)
        self.shares = QCheckBox(self.tr("Dalam persen"))
        self.shares.setObjectName(f"{name}Shares")
        self.shares.setToolTip(self.tr("Tiap batang sebagai 100%: bandingkan OPD besar dan kecil"))
        self.shares.hide()
        self.toolbar.insertWidget(1, self.shares)
        self.toolbar.insertWidget(2, self.chart_button)
        self.toolbar.insertWidget(3, self.table_button)
        self.chart_button.setChecked(True)
        self._chart_picked = False  # the user clicked Grafik: large tables draw too
        self.shares.toggled.connect(lambda _c: self._draw())
        self.chart_button.clicked.connect(self._pick_chart)
        self.table_button.clicked.connect(self._pick_table)
        self.chart_view.activated.connect(self._bar_activated)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self._draw)
        self.proxy.layoutChanged.connect(self.table_changed)
        self._shown: central.DataTable | None = None
        self._dirty = False  # the chart waits until it is seen (hidden tabs cost nothing)

    @property
    def has_chart(self) -> bool:
        table = self.data_table
        return table is not None and table.chart is not None

    def is_chart_shown(self) -> bool:
        return self.views.currentWidget() is self.chart_scroll

    def show_chart(self, chart: bool) -> None:
        chart = chart and self.has_chart
        self.views.setCurrentWidget(self.chart_scroll if chart else self.table)
        self.chart_button.setChecked(chart)
        self.table_button.setChecked(not chart)
        self.filter.setPlaceholderText(
            self.tr("Saring grafik...") if chart else self.tr("Saring...")
        )
        table = self.data_table
        stacked = table is not None and table.chart is not None and table.chart.kind == "stacked"
        self.shares.setVisible(chart and stacked)
        if chart and self._dirty:
            self._draw()

    def _pick_chart(self) -> None:
        self._chart_picked = True
        self.show_chart(True)

    def _pick_table(self) -> None:
        self._chart_picked = False
        self.show_chart(False)

    def set_table(self, table: central.DataTable | None) -> None:
        super().set_table(table)
        for button in (self.chart_button, self.table_button):
            button.setVisible(self.has_chart)
        large = table is not None and len(table.rows) > CHART_ROWS and not self._chart_picked
        self._redraw.stop()
        self._dirty = True
        if not self.has_chart or large:
            self.show_chart(False)
        elif not self.table_button.isChecked():
            self.show_chart(True)  # draws
        if self._dirty:
            self._draw()

    def table_changed(self) -> None:
        if hasattr(self, "_redraw"):
            self._redraw.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._draw()

    def _draw(self) -> None:
        if not self.is_chart_shown():
            # Drawn when the chart is picked (a large table opens as the table).
            self._dirty = True
            return
        if not self.isVisible():
            # Drawn when shown (a dashboard fills nine panels; one tab is on screen).
            self._dirty = True
            return
        self._dirty = False
        table = self.visible_table()
        self._shown = table
        if table is None or table.chart is None:
            return
        self.chart_view.draw(table, shares=self.shares.isChecked())

    def _bar_activated(self, row: int) -> None:
        shown = self._shown
        if shown is None or not shown.drill or not 0 <= row < len(shown.row_ids):
            return
        values = dict(zip((c.key for c in shown.columns), shown.rows[row], strict=True))
        values["_id"] = shown.row_ids[row]
        self.activate_row(values)
