"""Composition root: builds the windows, opens the workspace off the UI thread, wires all.

Import discipline: nothing here imports SQLAlchemy at module level; the login window is
shown first and the database layer is imported by the worker thread meanwhile.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ekinerja_desktop.domain import i18n
from ekinerja_desktop.gui.dialogs import error_text, show_error
from ekinerja_desktop.gui.idle import IdleWatcher
from ekinerja_desktop.gui.login import LoginWidget
from ekinerja_desktop.gui.tasks import Progress, TaskRunner
from ekinerja_desktop.resources import resource_path
from ekinerja_desktop.services import paths, preferences

if TYPE_CHECKING:
    import logging

    from ekinerja_desktop.gui.account_dialogs import LockDialog
    from ekinerja_desktop.gui.wizard import FirstRunWizard, WizardResult


def _log() -> logging.Logger:
    # logging is imported lazily: it is not needed before the first window is shown.
    import logging

    return logging.getLogger(__name__)


I18N_DIR = Path(__file__).resolve().parent / "i18n"
_PROCESS_START = time.perf_counter()
# Page modules are imported after the login window has been painted (see show_login).
PRELOAD_DELAY_MS = 300


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load our .qm (English) and Qt's own dialog translations for ``lang``."""
    for old in getattr(app, "_ekinerja_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
    )
    if lang != "id":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"ekinerja_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            _log().warning("translation for %s not found in %s", lang, I18N_DIR)
    # Qt's own widgets (context menus, file/print/message dialogs): Qt ships no
    # Indonesian, so ours comes first; other languages use Qt's catalogue.
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", str(I18N_DIR)) or qt_tr.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    elif lang == "id":
        _log().warning("Indonesian Qt translation not found in %s", I18N_DIR)
    app._ekinerja_translators = installed  # type: ignore[attr-defined]
    return installed


class LoginWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("e-Kinerja Desktop - Masuk"))
        self.login = LoginWidget()
        self.setCentralWidget(self.login)
        self.resize(640, 460)


def _refused(login: LoginWidget | None) -> Callable[[BaseException], None]:
    """The failure handler of a login attempt: the reason under the form, the password
    cleared for another try."""

    def failed(error: BaseException) -> None:
        if login:
            message, hint = error_text(error)
            login.set_busy(False)
            login.show_message(f"{message} {hint}".strip(), error=True)
            login.clear_password()

    return failed


class AppController:
    """Owns the top-level windows and the flow: wizard -> login -> main window -> lock."""

    def __init__(self, app: QApplication, data_dir: Path, database_url: str | None) -> None:
        self.app = app
        self.data_dir = data_dir
        self.database_url = database_url
        self.runner = TaskRunner()
        self.background = TaskRunner()  # scheduled backups: never in the way of pages
        self.ws: Any = None
        self.open_error: BaseException | None = None
        self.actor: Any = None
        self.main_window: Any = None
        self.login_window: LoginWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.lock_dialog: LockDialog | None = None
        self.pending_login: tuple[str, str] | None = None
        self.recovery_dialog: Any = None
        self.recovery_key_dialog: Any = None
        self._open_after_paint: _AfterFirstPaint | None = None
        self._scheduler: Any = None
        # A bundle given on the command line (double-clicked .ekb): previewed after login.
        self.pending_file: Path | None = None
        self.language = preferences.load(data_dir)["language"]
        self.idle = IdleWatcher(app)  # listens from the first lock time on (login)
        self.idle.idle.connect(self.lock)
        install_translators(app, self.language)

    # --- start --------------------------------------------------------------------
    def encrypted(self) -> bool:
        """The workspace on disk is encrypted: it opens only at login, with the key from
        the user's key slot (a look at the file header, cheap before the first paint)."""
        return paths.is_encrypted(self.data_dir, self.database_url)

    def start(self) -> QWidget:
        if paths.workspace_exists(self.data_dir, self.database_url):
            window = self.show_login()
            if self.encrypted():
                return window
            # Start importing SQLAlchemy only once the login window has been painted: a
            # worker importing it holds the GIL and would delay the first paint. The
            # timer covers a window that never paints (minimised, hidden).
            self._open_after_paint = _AfterFirstPaint(window, self.open_workspace)
            return window
        return self.show_wizard()

    def show_wizard(self) -> FirstRunWizard:
        from ekinerja_desktop.gui.wizard import FirstRunWizard

        self.wizard = FirstRunWizard()
        self.wizard.completed.connect(self._wizard_done)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()
        return self.wizard

    def show_login(self, message: str = "") -> LoginWindow:
        self.login_window = LoginWindow()
        self.login_window.login.login_requested.connect(self.request_login)
        self.login_window.login.recovery_requested.connect(self.show_recovery)
        self.login_window.login.set_encrypted(self.encrypted())
        if message:
            self.login_window.login.show_message(message)
        self.login_window.show()
        # While the password is typed, import the page modules one per event-loop turn
        # (after the first paint): the main window after login then only builds widgets.
        QTimer.singleShot(PRELOAD_DELAY_MS, self._preload_pages)
        return self.login_window

    def _preload_pages(self) -> None:
        from ekinerja_desktop.gui.pages import preload_next

        if self.main_window is None and preload_next():
            QTimer.singleShot(0, self._preload_pages)

    def _wizard_done(self, result: WizardResult) -> None:
        data_dir, url = self.data_dir, self.database_url
        wizard = self.wizard

        def work(progress: Progress) -> Any:
            if result.demo:
                from ekinerja_desktop.services import demo

                return demo.create_demo_workspace(
                    data_dir, scale="office", database_url=url, progress=progress
                )
            from ekinerja_desktop.domain.roles import NodeRole
            from ekinerja_desktop.services.workspace import init_workspace

            ws = init_workspace(
                data_dir,
                role=NodeRole(result.role),
                agency=result.agency,
                admin_username=result.admin_username,
                admin_password=result.admin_password,
                database_url=url,
            )
            if result.encrypt and url is None:
                from ekinerja_desktop.services import encryption, master

                try:
                    admin = master.default_admin_actor(ws)
                    done_ = encryption.encrypt_workspace(ws, admin, result.admin_password, progress)
                finally:
                    ws.close()  # an encrypted workspace opens at login
                return done_
            return ws

        def done(value: Any) -> None:
            from ekinerja_desktop.services.encryption import EncryptResult
            from ekinerja_desktop.services.workspace import Workspace

            # The login window is shown before the wizard closes: with no window on
            # screen for a moment, Qt would end the program.
            if isinstance(value, EncryptResult):
                window = self.show_login()
                window.login.username.setText(result.admin_username)
                window.login.password.setFocus()
                if value.recovery_key:
                    from ekinerja_desktop.gui.pages.security_page import RecoveryKeyDialog

                    self.recovery_key_dialog = RecoveryKeyDialog(
                        value.recovery_key, result.agency, window
                    )
                    self.recovery_key_dialog.open()
            elif isinstance(value, Workspace):
                self._workspace_opened(value)
                window = self.show_login()
                window.login.username.setText(result.admin_username)
                window.login.password.setFocus()
            else:
                window = self.show_login(
                    self.app.translate(
                        "AppController",
                        "Ruang kerja demo siap. Akun demo: admin, kaban, kabid, pegawai - "
                        "kata sandi demo12345.",
                    )
                )
                window.login.username.setText("pegawai")
                window.login.password.setFocus()
                self.open_workspace()
            window.activateWindow()
            if wizard is not None:
                wizard.finish()
                wizard.deleteLater()
            self.wizard = None

        def failed(error: BaseException) -> None:
            if wizard is None:
                show_error(None, error)
                self.show_wizard()
                return
            wizard.set_working(False)
            show_error(wizard, error)

        self.runner.run(
            work,
            on_success=done,
            on_failure=failed,
            parent=wizard,
            label=self.app.translate("AppController", "Menyiapkan ruang kerja..."),
        )

    # --- workspace ----------------------------------------------------------------
    def open_workspace(self) -> None:
        data_dir, url = self.data_dir, self.database_url
        if self.login_window and not self.login_window.login.status.text():
            self.login_window.login.set_busy(
                False, self.app.translate("AppController", "Membuka basis data...")
            )

        def work(_p: Progress) -> Any:
            from ekinerja_desktop.services.workspace import open_workspace

            return open_workspace(data_dir, url)

        self.runner.run(work, on_success=self._workspace_opened, on_failure=self._open_failed)

    def _workspace_opened(self, ws: Any) -> None:
        self.ws = ws
        if self.login_window:
            self.login_window.login.set_agency(ws.node.agency)
            if ws.migration.upgraded:
                self.login_window.login.show_message(
                    self.app.translate(
                        "AppController",
                        "Basis data diperbarui ke versi baru; cadangan disimpan di {p}.",
                    ).format(p=ws.migration.backup)
                )
            elif self.login_window.login.status.text() == self.app.translate(
                "AppController", "Membuka basis data..."
            ):
                self.login_window.login.show_message("")
        if self.pending_login:
            username, password = self.pending_login
            self.pending_login = None
            self.request_login(username, password)

    def _open_failed(self, error: BaseException) -> None:
        self.open_error = error
        message, hint = error_text(error)
        if self.login_window:
            self.login_window.login.show_message(f"{message}\n{hint}", error=True)
            self.login_window.login.button.setEnabled(False)

    # --- login / logout -----------------------------------------------------------
    def request_login(self, username: str, password: str) -> None:
        if self.ws is None and self.encrypted():
            self._unlock_and_login(username, password)
            return
        if self.ws is None:
            if self.open_error is None:
                self.pending_login = (username, password)
            return
        login = self.login_window.login if self.login_window else None
        if login:
            login.set_busy(True, self.app.translate("AppController", "Memeriksa..."))
        ws = self.ws

        def work(_p: Progress) -> Any:
            from ekinerja_desktop.services import auth
            from ekinerja_desktop.services import settings as settings_service

            actor = auth.login(ws, username, password)
            minutes = settings_service.get_int(ws, "idle_lock_minutes")
            return actor, minutes

        self.runner.run(work, on_success=self._logged_in, on_failure=_refused(login))

    def _unlock_and_login(self, username: str, password: str) -> None:
        """Encrypted workspace: the password opens the user's key slot, the data key
        opens the database, then the normal login check runs (one background task)."""
        login = self.login_window.login if self.login_window else None
        if login:
            login.set_busy(True, self.app.translate("AppController", "Membuka data terenkripsi..."))
        data_dir, url = self.data_dir, self.database_url

        def work(_p: Progress) -> Any:
            from ekinerja_desktop.services import encryption
            from ekinerja_desktop.services import settings as settings_service

            ws, actor = encryption.open_with_password(data_dir, url, username, password)
            return ws, actor, settings_service.get_int(ws, "idle_lock_minutes")

        self.runner.run(work, on_success=self._unlocked, on_failure=_refused(login))

    def _unlocked(self, value: tuple[Any, Any, int]) -> None:
        ws, actor, minutes = value
        self.ws = ws
        self._logged_in((actor, minutes))

    def show_recovery(self) -> None:
        from ekinerja_desktop.gui.login import RecoveryDialog

        dialog = RecoveryDialog(self.login_window)
        self.recovery_dialog = dialog
        data_dir, url = self.data_dir, self.database_url

        def submit(recovery_key: str, username: str, new_password: str) -> None:
            def work(_p: Progress) -> Any:
                from ekinerja_desktop.services import encryption
                from ekinerja_desktop.services import settings as settings_service

                ws, actor = encryption.open_with_recovery(
                    data_dir, url, recovery_key, username, new_password
                )
                return ws, actor, settings_service.get_int(ws, "idle_lock_minutes")

            def ok(value: tuple[Any, Any, int]) -> None:
                dialog.accept()
                self.recovery_dialog = None
                self._unlocked(value)

            def failed(error: BaseException) -> None:
                message, hint = error_text(error)
                dialog.show_error(f"{message} {hint}".strip())

            self.runner.run(work, on_success=ok, on_failure=failed)

        dialog.submitted.connect(submit)
        dialog.open()

    def _logged_in(self, value: tuple[Any, int]) -> None:
        from ekinerja_desktop.gui.account_dialogs import show_about
        from ekinerja_desktop.gui.context import GuiContext
        from ekinerja_desktop.gui.main_window import MainWindow

        actor, minutes = value
        self.actor = actor
        ctx = GuiContext(
            ws=self.ws,
            actor=actor,
            runner=self.runner,
            language=self.language,
            background=self.background,
        )
        window = MainWindow(ctx)
        window.logout_requested.connect(self.logout)
        window.lock_requested.connect(self.lock)
        window.change_password_requested.connect(self.change_password)
        window.about_requested.connect(
            lambda: show_about(
                window, data_dir=self.data_dir, node_id=self.ws.node.id, agency=self.ws.node.agency
            )
        )
        settings_page = None
        if "settings" in window.page_keys():
            settings_page = window.page("settings")
            settings_page.language_changed.connect(self.switch_language)  # type: ignore[attr-defined]
        del settings_page
        window.restored.connect(self._after_restore)
        from ekinerja_desktop.gui.backup_scheduler import BackupScheduler

        scheduler = BackupScheduler(ctx, parent=window)
        self._scheduler = scheduler
        # The file name, not the whole path: it fits the status bar of a 1366 px screen
        # (the Cadangan Data page lists where the backups are).
        scheduler.done.connect(
            lambda path: window.statusBar().showMessage(
                self.app.translate("AppController", "Cadangan otomatis tersimpan: {f}").format(
                    f=Path(path).name
                )
            )
        )
        scheduler.failed.connect(window.statusBar().showMessage)
        scheduler.start()
        self.main_window = window
        window.show_fitted()
        self._open_pending_file(window)
        if self.login_window:
            self.login_window.close()
            self.login_window.deleteLater()
            self.login_window = None
        self.idle.set_minutes(minutes)

    def _open_pending_file(self, window: Any) -> None:
        """Show the dry-run import preview of the bundle the program was opened with."""
        path, self.pending_file = self.pending_file, None
        if path is None:
            return
        if "sync" not in window.page_keys():
            window.statusBar().showMessage(
                self.app.translate(
                    "AppController", "Bundel {f} hanya dapat diimpor oleh admin (Sinkronisasi)."
                ).format(f=path.name)
            )
            return
        window.show_page("sync").preview_file(path)

    def handle_second_start(self, request: dict[str, Any]) -> None:
        """Another start of the program (e.g. a double-clicked bundle) handed over its
        request: come to the front and open the bundle, now or after login."""
        window = self.main_window or self.login_window or self.wizard
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()
        file = request.get("file")
        if not file:
            return
        self.pending_file = Path(file)
        if self.main_window is not None and self.lock_dialog is None:
            self._open_pending_file(self.main_window)
        elif self.login_window is not None:
            self.login_window.login.show_message(
                self.app.translate("AppController", "Bundel {f} dibuka setelah Anda masuk.").format(
                    f=self.pending_file.name
                )
            )

    def logout(self) -> None:
        self.idle.stop()
        if self._scheduler is not None:
            self._scheduler.timer.stop()
            self._scheduler = None
        if self.lock_dialog:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        if self.main_window:
            self.main_window.hide()
            self.main_window.deleteLater()
            self.main_window = None
        self.actor = None
        agency = self.ws.node.agency if self.ws else ""
        if self.ws is not None and self.ws.encrypted:
            # The data key leaves memory with the session; the next login unlocks again.
            ws, self.ws = self.ws, None
            background = self.background

            def close(_p: object) -> None:
                background.wait_for_done(-1)  # a scheduled backup still reading it
                ws.close()

            self.runner.run(close)
        window = self.show_login()
        window.login.set_agency(agency)

    def _after_restore(self) -> None:
        """The database was restored from a backup: reopen it and ask for a new login."""
        self.logout()
        if self.ws is not None:
            self.background.wait_for_done()
            self.ws.close()
        self.ws = None
        if self.login_window:
            self.login_window.login.show_message(
                self.app.translate(
                    "AppController", "Data dipulihkan dari cadangan; silakan masuk lagi."
                )
            )
        if not self.encrypted():
            self.open_workspace()

    def switch_language(self, lang: str) -> None:
        self.language = lang
        install_translators(self.app, lang)
        self.logout()

    def lock(self) -> None:
        if self.main_window is None or self.lock_dialog is not None:
            return
        from ekinerja_desktop.gui.account_dialogs import LockDialog

        self.idle.stop()
        dialog = LockDialog(self.actor.username, self.main_window)
        dialog.unlock_requested.connect(self._unlock)
        dialog.logout_requested.connect(self.logout)
        self.lock_dialog = dialog
        self.main_window.centralWidget().setVisible(False)
        dialog.show()
        dialog.password.setFocus()

    def _unlock(self, password: str) -> None:
        ws, username = self.ws, self.actor.username

        def work(_p: Progress) -> Any:
            from ekinerja_desktop.services import auth
            from ekinerja_desktop.services import settings as settings_service

            return auth.login(ws, username, password), settings_service.get_int(
                ws, "idle_lock_minutes"
            )

        def ok(value: tuple[Any, int]) -> None:
            if self.lock_dialog:
                self.lock_dialog.hide()
                self.lock_dialog.deleteLater()
                self.lock_dialog = None
            if self.main_window:
                self.main_window.centralWidget().setVisible(True)
            self.idle.set_minutes(value[1])

        def failed(error: BaseException) -> None:
            if self.lock_dialog:
                message, hint = error_text(error)
                self.lock_dialog.show_error(f"{message} {hint}".strip())

        self.runner.run(work, on_success=ok, on_failure=failed)

    def change_password(self) -> None:
        from ekinerja_desktop.gui.account_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.main_window)
        ws, actor = self.ws, self.actor

        def submit(old: str, new: str) -> None:
            from ekinerja_desktop.services import auth

            def failed(error: BaseException) -> None:
                message, hint = error_text(error)
                dialog.message.setText(f"{message} {hint}".strip())

            self.runner.run(
                lambda _p: auth.change_password(ws, actor, old, new),
                on_success=lambda _r: dialog.accept(),
                on_failure=failed,
            )

        dialog.submitted.connect(submit)
        dialog.open()

    def shutdown(self) -> None:
        self.runner.wait_for_done()
        self.background.wait_for_done()
        if self.ws is not None:
            self.ws.close()


class _AfterFirstPaint(QObject):
    """Calls ``action`` once, right after ``widget``'s first paint (or after a timeout)."""

    def __init__(self, widget: QWidget, action: Callable[[], None], timeout_ms: int = 500):
        super().__init__(widget)
        self._action: Callable[[], None] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(timeout_ms, self._fire)

    def _fire(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False


class _FirstPaintProbe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            loaded = "yes" if "sqlalchemy" in sys.modules else "no"
            print(
                f"shown {time.perf_counter() - _PROCESS_START:.4f} sqlalchemy={loaded}",
                flush=True,
            )
            if os.environ.get("EKINERJA_EXIT_WHEN_SHOWN") == "now":
                # farm-bench times whole processes: leave at once, without waiting for
                # the workspace that opens in the background behind the login window.
                os._exit(0)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _setup_logging(data_dir: Path) -> None:
    import logging

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(data_dir / "ekinerja.log", encoding="utf-8"))
    except OSError:
        pass
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    import logging

    logging.getLogger("ekinerja").error("unhandled", exc_info=(exc_type, exc, tb))
    show_error(QApplication.activeWindow(), exc)


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("e-Kinerja Desktop")
    app.setOrganizationName("Pemerintah Kota Palu")
    app.setApplicationDisplayName("e-Kinerja Desktop")
    app.setWindowIcon(QIcon(str(resource_path("icon.png"))))
    return app


def run_gui(
    *,
    data_dir: Path,
    database_url: str | None,
    smoke: bool = False,
    open_file: Path | None = None,
) -> int:
    if smoke:
        return run_smoke()
    app = make_application()
    from ekinerja_desktop.gui.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if instance.forward(open_file):
        # The program already runs for this data folder: it took the request and comes
        # to the front; a second copy would only find the database locked.
        return 0
    # Listening loads QtNetwork: after the first window is on screen, not before.
    QTimer.singleShot(300, instance.listen)
    sys.excepthook = _excepthook
    controller = AppController(app, data_dir, database_url)
    controller.pending_file = open_file
    instance.received.connect(controller.handle_second_start)
    first = controller.start()
    # Logging to the data folder is set up once the first window is on its way.
    QTimer.singleShot(0, lambda: _setup_logging(data_dir))
    if os.environ.get("EKINERJA_EXIT_WHEN_SHOWN"):
        # Used by bench/startup.py: report when the first window has been painted.
        probe = _FirstPaintProbe(app)
        first.installEventFilter(probe)
    code = app.exec()
    instance.close()
    controller.shutdown()
    return int(code)


def run_smoke() -> int:
    """Start, create and migrate a workspace, show the main window offscreen, exit 0."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import audit, auth, selfcheck
    from ekinerja_desktop.services.workspace import init_workspace

    app = make_application()
    with tempfile.TemporaryDirectory(prefix="ekinerja-smoke-") as tmp:
        ws = init_workspace(
            Path(tmp) / "ws",
            role=NodeRole.OFFICE,
            agency="Smoke Test",
            admin_username="admin",
            admin_password="asap-pagi-kopi-1",
        )
        try:
            actor = auth.login(ws, "admin", "asap-pagi-kopi-1")
            runner = TaskRunner()
            window = MainWindow(GuiContext(ws=ws, actor=actor, runner=runner))
            window.show()
            for key in window.page_keys():
                window.show_page(key)
                app.processEvents()
            runner.wait_for_done()
            app.processEvents()
            report = audit.verify(ws)
            window.close()
            problems = selfcheck.check(ws, actor, Path(tmp) / "scratch")
            for problem in problems:
                print(f"SMOKE CHECK FAILED: {problem}", flush=True)
            ok = report.ok and bool(window.page_keys()) and not problems
        finally:
            ws.close()
    print("SMOKE OK" if ok else "SMOKE FAILED", flush=True)
    return 0 if ok else 1
