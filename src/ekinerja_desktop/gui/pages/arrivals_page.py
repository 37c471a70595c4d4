"""Kedatangan Data (central office): when data last arrived per OPD and from which node,
silent nodes, the bundle import log with each report, and importing a chosen or watched
folder of bundles."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.domain.timeutil import now_utc, to_wita
from ekinerja_desktop.gui import geometry
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.data_table import ID_KEY, TablePanel
from ekinerja_desktop.gui.layout import buttons_row, hbox, label, spin_box, splitter, vbox
from ekinerja_desktop.gui.pages import CENTRAL_ADMINS, ReloadingPage, navigation_page
from ekinerja_desktop.gui.widgets import MessageLabel, push_button, push_buttons, selected_row_of
from ekinerja_desktop.services import central

IMPORT_CHANGES = {"sync", "employee", "unit", "skp", "dailylog", "training", "evaluation"}
WATCH_INTERVAL_MS = 15_000
Snapshot = dict[str, tuple[int, int]]  # file path -> (size, mtime_ns)


def ask_folder(parent: QWidget, title: str, start: str = "") -> str:
    """A folder ("" when cancelled); tests replace this."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def settings() -> QSettings:
    return geometry.settings()  # one settings store for the whole program


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class WatchResult:
    snapshot: Snapshot  # the pending files seen now, for the next check
    waiting: int  # pending files still changing (or new): imported on a later check
    imported: central.FolderImportResult | None


def check_watched_folder(
    ws: Any, actor: Any, folder: Path, previous: Snapshot, progress: Any = None
) -> WatchResult:
    """Import the new bundles of ``folder`` whose size and time did not change since the
    previous check, so a file still being copied is never read (``*.partial`` files are
    never bundles). The stable files are copied to a private folder first: a file
    arriving meanwhile cannot slip into the import. Runs on the worker thread."""
    pending = central.pending_files(ws, actor, folder)
    now: Snapshot = {}
    stable: list[Path] = []
    for path in pending:
        state = _stat(path)
        if state is None:
            continue
        now[str(path)] = state
        if previous.get(str(path)) == state:
            stable.append(path)
    if not stable:
        return WatchResult(now, len(now), None)
    with tempfile.TemporaryDirectory(prefix="ekinerja-watch-") as tmp:
        staging = Path(tmp)
        copied = 0
        for path in stable:
            target = staging / path.name
            shutil.copyfile(path, target)
            if _stat(path) == now[str(path)]:
                copied += 1
            else:  # changed while copying: leave it for the next check
                target.unlink()
        result = central.import_folder(ws, actor, staging, progress=progress) if copied else None
    return WatchResult(now, len(now) - copied, result)


@navigation_page(
    "arrivals", QT_TRANSLATE_NOOP("Navigation", "Kedatangan Data"), 705, CENTRAL_ADMINS
)
class ArrivalsPage(ReloadingPage):
    watched = frozenset({"sync"})

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self._snapshot: Snapshot = {}
        self._settings_key = f"central/{ctx.ws.node.id}"
        self.is_central = ctx.ws.node.role is NodeRole.CENTRAL

        self.import_button, self.reload_button = push_buttons(
            (self.tr("Impor folder..."), "arrivalsImportFolder", self.ask_import_folder),
            (self.tr("Muat ulang"), "arrivalsReload", self.load),
        )
        self.silent_days = spin_box(
            "silentDays", 1, 365, suffix=self.tr(" hari"), value=central.DEFAULT_SILENT_DAYS
        )
        self.silent_save = push_button(
            self.tr("Simpan batas"), "silentDaysSave", clicked=self.save_silent_days
        )
        top = buttons_row(
            self.import_button,
            self.reload_button,
            trail=hbox(
                QLabel(self.tr("Node senyap bila tanpa kiriman lebih dari")),
                self.silent_days,
                self.silent_save,
            ),
        )

        self.watch = QCheckBox(self.tr("Pantau folder ini dan impor bundel baru otomatis"))
        self.watch.setObjectName("watchEnabled")
        self.watch_folder = QLabel(self.tr("(belum dipilih)"))
        self.watch_folder.setObjectName("watchFolder")
        self.watch_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.watch_choose = push_button(
            self.tr("Pilih folder..."), "watchChoose", clicked=self.choose_watch_folder
        )
        self.watch_status = label("watchStatus", wrap=False, style="color: #555;")
        watch_box = QGroupBox(self.tr("Folder pantauan"))
        watch_row = hbox((self.watch_folder, 1), self.watch_choose)
        vbox(watch_row, self.watch, self.watch_status, parent=watch_box)

        self.message = MessageLabel("arrivalsMessage")
        self.node_note = label(
            text=self.tr(
                "Komputer ini bukan node kantor pusat: hanya bundel yang dialamatkan ke node "
                "ini yang dapat diimpor."
            )
        )
        self.node_note.setVisible(not self.is_central)

        runner = ctx.runner
        self.arrivals = TablePanel(runner, "arrivals", highlight=self._arrival_color)
        self.silent = TablePanel(runner, "silentNodes")
        self.log = TablePanel(runner, "importLog", highlight=self._log_color)
        self.problems_only = QCheckBox(self.tr("Hanya yang ditolak atau sebagian ditolak"))
        self.problems_only.setObjectName("problemsOnly")
        self.log.toolbar.insertWidget(1, self.problems_only)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Pilih satu baris untuk melihat laporan impornya."))
        log_split = splitter(Qt.Orientation.Vertical, self.log, self.report, stretch=(3, 2))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("arrivalsTabs")
        self.tabs.addTab(self.arrivals, self.tr("Kedatangan per OPD"))
        self.tabs.addTab(self.silent, self.tr("Node senyap"))
        self.tabs.addTab(log_split, self.tr("Riwayat impor"))
        for panel in (self.arrivals, self.silent, self.log):
            panel.message.connect(self.message.show_text)

        vbox(top, self.node_note, watch_box, self.message, (self.tabs, 1), parent=self)

        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.check_watched)
        self.watch.toggled.connect(self._watch_toggled)
        self.problems_only.toggled.connect(lambda _c: self.load())
        self.log.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_report())
        self._restore_watch()

    # --- colours --------------------------------------------------------------------
    @staticmethod
    def _arrival_color(row: dict[str, Any]) -> str | None:
        if row.get("diterima") is None:
            return "#eeeeee"  # never sent anything (or no node at all)
        # The service writes the translated word; compare with the same translation.
        return None if row.get("status") == _("Aktif") else "#fff3cd"  # silent

    @staticmethod
    def _log_color(row: dict[str, Any]) -> str | None:
        refused = {_(central.STATUS_LABELS[s]) for s in ("rejected", "partial")}
        return "#fde0dc" if row.get("status") in refused else None

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        problems = self.problems_only.isChecked()
        self.stale = False

        def work(_p: Any) -> tuple[Any, ...]:
            return (
                central.arrivals(ws, actor),
                central.silent_nodes(ws, actor),
                central.import_log(ws, actor, problems_only=problems),
                central.silent_days(ws),
            )

        self.run_task(
            work,
            lambda result: self._loaded(*result),
            failed=self.message.show_error,
            label=self.tr("Memuat kedatangan data..."),
        )

    def _loaded(
        self,
        arrivals: central.DataTable,
        silent: central.DataTable,
        log: central.DataTable,
        days: int,
    ) -> None:
        self.arrivals.set_table(arrivals)
        self.silent.set_table(silent)
        self.log.set_table(log)
        self.silent_days.setValue(days)
        self.tabs.setTabText(1, self.tr("Node senyap: {n}").format(n=len(silent.rows)))
        self.report.clear()

    # --- import log report ----------------------------------------------------------
    def show_report(self) -> None:
        row = selected_row_of(self.log.table, dict)
        if row is None:
            self.report.clear()
            return
        ws, actor, log_id = self.ctx.ws, self.ctx.actor, str(row[ID_KEY])
        self.run_task(
            lambda _p: central.import_report(ws, actor, log_id),
            self.report.setPlainText,
            failed=self.message.show_error,
        )

    # --- silent threshold -----------------------------------------------------------
    def save_silent_days(self) -> None:
        ws, actor, days = self.ctx.ws, self.ctx.actor, self.silent_days.value()
        self.run_task(
            lambda _p: central.set_silent_days(ws, actor, days),
            self._silent_saved,
            failed=self.message.show_error,
        )

    def _silent_saved(self, days: int) -> None:
        self.message.show_text(self.tr("Batas node senyap: {d} hari.").format(d=days))
        self.load()

    # --- import a chosen folder -----------------------------------------------------
    def ask_import_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder berisi bundel (.ekb) dari kantor-kantor"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(progress: Any) -> central.FolderImportResult | None:
            if not central.pending_files(ws, actor, folder):
                return None
            return central.import_folder(ws, actor, folder, progress=progress)

        self.message.show_text("")
        self.run_task(
            work,
            lambda result: self._imported(folder, result),
            failed=self.message.show_error,
            label=self.tr("Mengimpor bundel..."),
            cancellable=True,
        )

    def _imported(self, folder: Path, result: central.FolderImportResult | None) -> None:
        if result is None:
            self.message.show_text(self.tr("Tidak ada bundel baru di {p}.").format(p=folder))
            return
        self.message.show_text(result.summary(), bool(result.rejected))
        self.ctx.changed(set(IMPORT_CHANGES))
        self.load()

    # --- watched folder -------------------------------------------------------------
    def _restore_watch(self) -> None:
        store = settings()
        folder = str(store.value(f"{self._settings_key}/watch_folder", "") or "")
        enabled = str(store.value(f"{self._settings_key}/watch_enabled", "false")) == "true"
        self._set_watch_folder(folder)
        self.watch.setChecked(enabled and bool(folder))
        self._watch_toggled(self.watch.isChecked())

    def _set_watch_folder(self, folder: str) -> None:
        self.watch_folder.setText(folder or self.tr("(belum dipilih)"))
        self.watch_folder.setProperty("path", folder)
        self.watch.setEnabled(bool(folder) and self.is_central)

    def watched_folder(self) -> str:
        return str(self.watch_folder.property("path") or "")

    def choose_watch_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder yang dipantau"), self.watched_folder())
        if folder:
            self.set_watch_folder(folder)

    def set_watch_folder(self, folder: str) -> None:
        self._set_watch_folder(folder)
        self._snapshot = {}
        settings().setValue(f"{self._settings_key}/watch_folder", folder)

    def _watch_toggled(self, enabled: bool) -> None:
        settings().setValue(f"{self._settings_key}/watch_enabled", "true" if enabled else "false")
        if enabled and self.watched_folder():
            self.timer.start()
            self.watch_status.setText(
                self.tr("Diperiksa setiap {s} detik selama aplikasi terbuka.").format(
                    s=self.timer.interval() // 1000
                )
            )
            QTimer.singleShot(0, self.check_watched)
        else:
            self.timer.stop()
            self.watch_status.setText(self.tr("Tidak dipantau."))

    def check_watched(self) -> None:
        folder = self.watched_folder()
        if not (self.watch.isChecked() and folder) or self.ctx.runner.busy:
            return  # the next tick tries again; never queue checks behind other work
        ws, actor, previous = self.ctx.ws, self.ctx.actor, dict(self._snapshot)
        self.run_task(
            lambda p: check_watched_folder(ws, actor, Path(folder), previous, p),
            self._watched,
            failed=self._watch_failed,
        )

    def _watched(self, result: WatchResult) -> None:
        self._snapshot = result.snapshot
        at = to_wita(now_utc()).strftime("%H.%M")
        imported = result.imported
        if imported is not None:
            done = sum(1 for f in imported.files if f.status != "rejected")
            self.watch_status.setText(
                self.tr(
                    "Terakhir diperiksa {t} WITA: {n} bundel baru diimpor ({r} ditolak)."
                ).format(t=at, n=done, r=imported.rejected)
            )
            self.ctx.changed(set(IMPORT_CHANGES))
            self.load()
        elif result.waiting:
            self.watch_status.setText(
                self.tr(
                    "Terakhir diperiksa {t} WITA: {n} berkas baru menunggu sampai selesai disalin."
                ).format(t=at, n=result.waiting)
            )
        else:
            self.watch_status.setText(
                self.tr("Terakhir diperiksa {t} WITA: tidak ada bundel baru.").format(t=at)
            )

    def _watch_failed(self, error: BaseException) -> None:
        self.message.show_error(error)
        self.watch_status.setText(self.tr("Pemantauan gagal; diperiksa lagi nanti."))
