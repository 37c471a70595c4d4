"""Penghargaan & Pembinaan: the year's reward list (Sangat Baik), coaching list (with
whether a coaching plan exists) and PNS below 20 JP, each filterable and exportable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.data_table import TablePanel
from ekinerja_desktop.gui.pages import ADMINS, ReloadingPage, navigation_page
from ekinerja_desktop.gui.widgets import MessageLabel, push_button
from ekinerja_desktop.services import central

CHANGES = frozenset({"sync", "employee", "unit", "evaluation", "training"})
TODO_BACKGROUND = "#fff3cd"  # follow-up not recorded yet


def _missing_plan(row: dict[str, Any]) -> str | None:
    # The service writes the translated word; compare with the same translation.
    return TODO_BACKGROUND if row.get("rencana") == _("Belum ada") else None


def _missing_reward(row: dict[str, Any]) -> str | None:
    return TODO_BACKGROUND if row.get("penghargaan") == _("Belum") else None


@navigation_page(
    "central_lists", QT_TRANSLATE_NOOP("Navigation", "Penghargaan & Pembinaan"), 25, ADMINS
)
class CentralListsPage(ReloadingPage):
    watched = CHANGES

    """Three lists of people for the chosen year (admins: all OPDs or their own)."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self._request = 0
        self.year = QSpinBox()
        self.year.setObjectName("listsYear")
        self.year.setRange(2000, 2100)
        # The same default year as the dashboard; before the Akhir evaluations exist the
        # lists use the latest signed period and say so in their note.
        self.year.setValue(today_wita().year)
        self.show_button = push_button(self.tr("Tampilkan"), "listsShow")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.message = MessageLabel("listsMessage")

        runner = ctx.runner
        self.reward = TablePanel(runner, "rewardList", highlight=_missing_reward)
        self.coaching = TablePanel(runner, "coachingList", highlight=_missing_plan)
        self.below_jp = TablePanel(runner, "belowJpList")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("listsTabs")
        self.tabs.addTab(self.reward, self.tr("Penghargaan (Sangat Baik)"))
        self.tabs.addTab(self.coaching, self.tr("Pembinaan"))
        self.tabs.addTab(
            self.below_jp, self.tr("PNS di bawah {n} JP").format(n=PNS_MIN_JP_PER_YEAR)
        )
        for panel in (self.reward, self.coaching, self.below_jp):
            panel.message.connect(self.message.show_text)
        legend = QLabel(self.tr("Baris kuning: penghargaan atau rencana pembinaan belum dicatat."))
        legend.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(legend)
        self.show_button.clicked.connect(self.load)

    def load(self) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        self.stale = False
        self._request += 1
        request = self._request

        def work(_p: Any) -> tuple[central.DataTable, ...]:
            return (
                central.reward_list(ws, actor, year),
                central.coaching_list(ws, actor, year),
                central.below_jp_list(ws, actor, year),
            )

        self.message.show_text("")
        self.run_task(
            work,
            lambda tables: self._loaded(request, tables),
            failed=self.message.show_error,
            label=self.tr("Memuat daftar..."),
            cancellable=True,
        )

    def _loaded(self, request: int, tables: tuple[central.DataTable, ...]) -> None:
        if request != self._request:
            return
        reward, coaching, below = tables
        self.reward.set_table(reward)
        self.coaching.set_table(coaching)
        self.below_jp.set_table(below)
        for i, table in enumerate(tables):
            self.tabs.setTabText(
                i,
                (
                    self.tr("Penghargaan (Sangat Baik): {n}"),
                    self.tr("Pembinaan: {n}"),
                    self.tr("PNS di bawah {jp} JP: {n}"),
                )[i].format(n=len(table.rows), jp=PNS_MIN_JP_PER_YEAR),
            )
