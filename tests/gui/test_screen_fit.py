"""Every page fits a 1366x768 laptop screen with a taskbar (1366x728, and about 30
pixels of that for the title bar), in Indonesian and in English.

A page whose fixed rows (buttons, long labels) need more width than the screen forces
the whole main window wider than the screen: the stacked widget takes the largest
minimum width of all its pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QAbstractScrollArea

from ekinerja_desktop.services.demo import DEMO_PASSWORD, create_demo_workspace
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers.prepared import shared_state

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]

SCREEN_WIDTH = 1366
SCREEN_HEIGHT = 728 - 30  # taskbar, then the window's title bar
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "pages"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fit") / "demo"
    # Built once per run: the workers that take some of the 8 cases copy it.
    shared_state("screen-fit:demo", lambda: create_demo_workspace(folder, log_weeks=1), folder)
    ws = open_workspace(folder)
    yield ws
    ws.close()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("username", ["admin", "kaban", "kabid", "pegawai"])
def test_every_page_fits_a_laptop_screen(qtbot, qapp, demo, runner, username, language):
    from ekinerja_desktop.gui.app import install_translators
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import auth

    install_translators(qapp, language)
    actor = auth.login(demo, username, DEMO_PASSWORD)
    window = MainWindow(GuiContext(ws=demo, actor=actor, runner=runner))
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    too_wide = {}
    scrolling = {}
    SHOTS.mkdir(parents=True, exist_ok=True)
    for key in window.page_keys():
        page = window.show_page(key)
        runner.wait_for_done()
        qapp.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > SCREEN_WIDTH or hint.height() > SCREEN_HEIGHT:
            too_wide[key] = (hint.width(), hint.height())
        # Tables that need sideways scrolling at this size hide columns off screen.
        sideways = [
            area.objectName() or type(area).__name__
            for area in page.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]
        if sideways:
            scrolling[key] = sideways
        window.grab().save(str(SHOTS / f"{language}-{username}-{key}.png"))
    runner.wait_for_done()
    assert too_wide == {}, f"pages that do not fit {SCREEN_WIDTH}x{SCREEN_HEIGHT}: {too_wide}"
    assert scrolling == {}, f"tables that scroll sideways: {scrolling}"
