"""GUI fixtures: a logged-in main window over a real workspace."""

from __future__ import annotations

import pytest

from tests.helpers import ADMIN_PASSWORD


@pytest.fixture
def runner(qtbot):
    from ekinerja_desktop.gui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_for_done()


@pytest.fixture
def gui_ctx(ws, runner):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.services import auth

    actor = auth.login(ws, "admin", ADMIN_PASSWORD)
    return GuiContext(ws=ws, actor=actor, runner=runner)


@pytest.fixture
def main_window(qtbot, gui_ctx):
    from ekinerja_desktop.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    gui_ctx.runner.wait_for_done()


@pytest.fixture(autouse=True)
def _indonesian_after_each_test(qapp):
    """The controller installs translators app-wide; never let a language leak."""
    yield
    from ekinerja_desktop.gui.app import install_translators

    install_translators(qapp, "id")
