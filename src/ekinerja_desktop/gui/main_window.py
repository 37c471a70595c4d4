"""Thin main window: navigation, a stack of registered pages, status bar, menus."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop import __version__
from ekinerja_desktop.gui import geometry, look
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, registered_pages


class MainWindow(QMainWindow):
    logout_requested = Signal()
    lock_requested = Signal()
    change_password_requested = Signal()
    about_requested = Signal()
    # The workspace was replaced (restore from backup): everyone must log in again.
    restored = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.changed = self.broadcast_changes
        ctx.navigate = self.show_page
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("e-Kinerja Desktop - {agency}").format(agency=ctx.ws.node.agency)
        )
        self._specs: list[PageSpec] = [s for s in registered_pages() if s.shown_to(ctx)]
        self._pages: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 5px 8px; }")
        for spec in self._specs:
            item = QListWidgetItem(look.nav_icon(spec.key), spec.display_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        # A fixed width that fits the longest title: a wide page must not squeeze the
        # navigation, and it must not jump between pages.
        metrics = self.nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(s.display_title()) for s in self._specs), default=0
        )
        self.nav.setFixedWidth(min(max(180, longest + 64), 320))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.page_title = QLabel("")
        self.page_title.setObjectName("pageTitle")
        self.setStyleSheet(look.STYLE)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if ctx.ws.node.is_demo:
            banner = QLabel(
                self.tr("DEMO - ruang kerja contoh; data di sini bukan data sebenarnya.")
            )
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#f9a825; color:#000; font-weight:bold; padding:4px;")
            layout.addWidget(banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        pane = QVBoxLayout()
        pane.setContentsMargins(10, 0, 0, 0)
        pane.setSpacing(0)
        pane.addWidget(self.page_title)
        pane.addWidget(self.stack, 1)
        body.addLayout(pane, 1)
        # The pages take all spare height; the DEMO banner keeps its natural height.
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._show_row)
        if self._specs:
            self.nav.setCurrentRow(0)
        self.resize(geometry.fit_size(self, QSize(1280, 800)))

    def show_fitted(self) -> None:
        """Show at the size and place the user left it, or fitted to this screen
        (maximised on a laptop screen)."""
        if geometry.restore_window(self, "mainWindow", QSize(1280, 800)):
            self.showMaximized()
        else:
            self.show()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, logged out or locked away; not minimised
            geometry.save_window(self, "mainWindow")
        super().hideEvent(event)

    # --- construction -------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Akun"))
        self.action_lock = self._action(self.tr("&Kunci layar"), "Ctrl+L", self.lock_requested)
        self.action_password = self._action(
            self.tr("Ganti &kata sandi..."), None, self.change_password_requested
        )
        self.action_logout = self._action(self.tr("&Keluar akun"), None, self.logout_requested)
        quit_action = QAction(self.tr("Tutup a&plikasi"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.action_lock, self.action_password, self.action_logout):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        help_menu.addAction(self._action(self.tr("&Tentang..."), None, self.about_requested))

    def _action(self, text: str, shortcut: str | None, signal: SignalInstance) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(signal.emit)
        return action

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        roles = ", ".join(sorted(r.label for r in actor.roles))
        self.user_label = QLabel(
            self.tr("Masuk sebagai: {name} ({roles})").format(name=actor.display_name, roles=roles)
        )
        self.user_label.setObjectName("statusUser")
        node = self.ctx.ws.node
        self.node_label = QLabel(
            self.tr("Node: {role} · {id}").format(role=node.role.label, id=node.id[:8])
        )
        self.node_label.setObjectName("statusNode")
        self.node_label.setToolTip(node.id)
        self.busy_label = QLabel("")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.node_label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        # A bound method (not a lambda): Qt drops the connection when this window is
        # deleted, while the runner lives on across logins.
        self.ctx.runner.idle_changed.connect(self._show_busy)

    def _show_busy(self, idle: bool) -> None:
        self.busy_label.setText("" if idle else self.tr("Memproses..."))

    # --- navigation ---------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def page(self, key: str) -> Page:
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            page = spec.factory(self.ctx)
            page.setObjectName(f"page_{key}")
            look.mark_primary_buttons(page)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def show_page(self, key: str) -> Page:
        row = self.page_keys().index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        current = self.current_page()
        target_key = self._specs[row].key
        leaving = current is not None and current is not self._pages.get(target_key)
        if leaving and current is not None and not current.can_leave():
            # Stay: put the navigation selection back without re-entering here.
            back = self.page_keys().index(current.objectName().removeprefix("page_"))
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(back)
            self.nav.blockSignals(False)
            return
        page = self.page(target_key)
        self.page_title.setText(self._specs[row].display_title())
        self.stack.setCurrentWidget(page)
        page.refresh()

    def broadcast_changes(self, changes: set[str]) -> None:
        if "restored" in changes:
            self.restored.emit()
            return
        for page in self._pages.values():
            page.on_changes(changes)
