"""Every page fits a 1366x768 laptop screen, in Indonesian and in English.

A page whose fixed rows (buttons, long labels) need more width than the screen forces
the whole main window wider than the screen: the stacked widget takes the largest
minimum width of all its pages.
"""

from __future__ import annotations

import pytest

from ekinerja_desktop.services.demo import DEMO_PASSWORD, create_demo_workspace
from ekinerja_desktop.services.workspace import open_workspace

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]

SCREEN_WIDTH = 1366
SCREEN_HEIGHT = 768


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fit") / "demo"
    create_demo_workspace(folder, log_weeks=1)
    ws = open_workspace(folder)
    yield ws
    ws.close()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("username", ["admin", "kabid", "pegawai"])
def test_every_page_fits_a_laptop_screen(qtbot, qapp, demo, runner, username, language):
    from ekinerja_desktop.gui.app import install_translators
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import auth

    install_translators(qapp, language)
    actor = auth.login(demo, username, DEMO_PASSWORD)
    window = MainWindow(GuiContext(ws=demo, actor=actor, runner=runner))
    qtbot.addWidget(window)
    window.show()
    too_wide = {}
    for key in window.page_keys():
        window.show_page(key)
        runner.wait_for_done()
        qapp.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > SCREEN_WIDTH or hint.height() > SCREEN_HEIGHT:
            too_wide[key] = (hint.width(), hint.height())
    runner.wait_for_done()
    assert too_wide == {}, f"pages that do not fit {SCREEN_WIDTH}x{SCREEN_HEIGHT}: {too_wide}"
