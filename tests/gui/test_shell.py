"""Main window shell, pages, table model and the background task helper."""

from __future__ import annotations

import threading
import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.gui.tasks import PROGRESS_DELAY_MS, Cancelled, TaskRunner
from tests.helpers.controller import new_user_window

pytestmark = pytest.mark.gui


def test_main_window_shows_user_node_and_pages(main_window, gui_ctx):
    assert "Administrator" in main_window.user_label.text()
    assert "Admin OPD" in main_window.user_label.text()
    assert gui_ctx.ws.node.id[:8] in main_window.node_label.text()
    assert main_window.page_keys() == [
        "home",
        "dashboard",
        "central_lists",
        "recap",
        "training_admin",
        "verify",
        "units",
        "employees",
        "mapping",
        "accounts",
        "sync",
        "conflicts",
        "backup",
        "security",
        "audit",
        "settings",
    ]
    titles = [main_window.nav.item(i).text() for i in range(main_window.nav.count())]
    assert titles == [
        "Beranda",
        "Dasbor",
        "Penghargaan & Pembinaan",
        "Rekap Bulanan",
        "Kompetensi Tim",
        "Periksa dokumen",
        "Unit Kerja",
        "Pegawai",
        "Pemetaan Penilai",
        "Akun Pengguna",
        "Sinkronisasi",
        "Konflik",
        "Cadangan Data",
        "Keamanan",
        "Jejak Audit",
        "Pengaturan",
    ]
    assert main_window.current_page().objectName() == "page_home"


def test_pages_are_role_filtered(qtbot, ws, runner):
    from ekinerja_desktop.domain.roles import Role

    window = new_user_window(qtbot, ws, runner, "budi", Role.PEGAWAI)
    assert "audit" not in window.page_keys()
    assert "home" in window.page_keys()


def test_audit_page_loads_and_verifies(qtbot, main_window):
    page = main_window.show_page("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=5000)
    actions = {page.model.row_at(i).action for i in range(page.model.rowCount())}
    assert {"workspace.init", "login.ok"} <= actions
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "utuh" in page.result.text(), timeout=5000)


def test_audit_table_model_passes_modeltester(qtmodeltester, main_window, qtbot):
    page = main_window.show_page("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=5000)
    qtmodeltester.check(page.model)


def test_settings_page_saves_idle_minutes(qtbot, main_window, gui_ctx):
    from ekinerja_desktop.services import settings

    page = main_window.show_page("settings")
    qtbot.waitUntil(lambda: page.idle.value() == 15, timeout=5000)
    page.idle.setValue(7)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=5000)
    assert settings.get_int(gui_ctx.ws, "idle_lock_minutes") == 7


def test_row_table_model_roles_and_modeltester(qtmodeltester):
    model = RowTableModel(
        [Column("name", "Nama"), Column("jp", "JP", "right", fmt=lambda v: f"{v} JP")],
        [{"name": "Andi", "jp": 12}, {"name": "Budi", "jp": None}],
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "12 JP"
    assert model.data(model.index(1, 1)) == ""
    assert model.data(model.index(0, 0), ROW_ROLE) == {"name": "Andi", "jp": 12}
    assert model.headerData(1, Qt.Orientation.Horizontal) == "JP"
    model.set_rows([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_task_runner_delivers_results_in_order_on_ui_thread(qtbot):
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    main = threading.get_ident()
    worker_threads: set[int] = set()

    def work(n: int):
        def fn(_p):
            worker_threads.add(threading.get_ident())
            return n

        return fn

    for n in range(5):
        runner.run(work(n), on_success=lambda v: seen.append((v, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5000)
    assert seen == [(n, True) for n in range(5)]
    assert main not in worker_threads
    assert len(worker_threads) == 1  # serialised on one worker


def test_task_runner_reports_failure(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom(_p):
        raise ValueError("x")

    runner.run(boom, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_progress_dialog_appears_only_after_delay_and_cancel_stops(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    outcome: list[str] = []
    quick: list[int] = []

    runner.run(lambda _p: 1, on_success=quick.append, label="Cepat")
    qtbot.waitUntil(lambda: quick == [1], timeout=5000)
    qtbot.wait(PROGRESS_DELAY_MS + 200)
    assert not [w for w in qtbot_top_level() if isinstance(w, QProgressDialog) and w.isVisible()]

    def slow(progress):
        for i in range(1000):
            progress(i, 1000, f"baris {i}")
            if release.wait(0.01):
                break
        outcome.append("finished")
        return "done"

    runner.run(slow, on_success=outcome.append, label="Lama", cancellable=True)
    qtbot.waitUntil(
        lambda: any(isinstance(w, QProgressDialog) and w.isVisible() for w in qtbot_top_level()),
        timeout=5000,
    )
    dialog = next(w for w in qtbot_top_level() if isinstance(w, QProgressDialog) and w.isVisible())
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()
    assert runner.wait_for_done(5000)
    qtbot.wait(50)
    assert "done" not in outcome  # cancelled: on_success never called


def qtbot_top_level():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_progress_cancel_raises_cancelled():
    from ekinerja_desktop.gui.tasks import CancelToken, Progress

    token = CancelToken()
    calls: list[tuple[int, int, str]] = []
    progress = Progress(token, lambda a, b, c: calls.append((a, b, c)))
    progress(1, 2, "x")
    token.cancel()
    with pytest.raises(Cancelled):
        progress(2, 2, "y")
    assert calls == [(1, 2, "x")]
    time.sleep(0)


def test_unexpected_error_is_shown_generic_and_logged(caplog):
    from ekinerja_desktop.domain.errors import EkinerjaError
    from ekinerja_desktop.gui.dialogs import error_text

    with caplog.at_level("ERROR"):
        message, hint = error_text(KeyError("boom"))
    assert "tak terduga" in message
    assert "KeyError" in message
    assert "log" in hint
    assert any("unexpected error" in r.message for r in caplog.records)
    assert error_text(EkinerjaError("Pesan.", hint="Saran.")) == ("Pesan.", "Saran.")


def test_page_with_unsaved_input_keeps_the_user(main_window):
    home = main_window.current_page()
    home.can_leave = lambda: False
    main_window.nav.setCurrentRow(main_window.page_keys().index("settings"))
    assert main_window.current_page() is home
    assert main_window.nav.currentRow() == main_window.page_keys().index("home")
    home.can_leave = lambda: True
    main_window.nav.setCurrentRow(main_window.page_keys().index("settings"))
    assert main_window.current_page().objectName() == "page_settings"


def test_every_page_has_a_title_an_icon_and_one_look_for_saving(main_window):
    from PySide6.QtWidgets import QPushButton

    for row in range(main_window.nav.count()):
        assert not main_window.nav.item(row).icon().isNull()
    page = main_window.show_page("settings")
    assert main_window.page_title.text() == "Pengaturan"
    saving = [
        b for b in page.findChildren(QPushButton) if b.text().replace("&", "").startswith("Simpan")
    ]
    assert saving
    assert all(b.property("primary") is True for b in saving)
    others = [b for b in page.findChildren(QPushButton) if b not in saving]
    assert all(not b.property("primary") for b in others if "Ajukan" not in b.text())
    main_window.show_page("home")
    assert main_window.page_title.text() == "Beranda"
