"""Pengaturan: the daily-log deadline and the TPP rule, editable by admins only."""

from __future__ import annotations

import pytest

from tests.helpers.controller import idle, open_page

pytestmark = pytest.mark.gui


def _page(qtbot, ws, runner, actor):
    from ekinerja_desktop.gui.pages.settings_page import SettingsPage

    return open_page(qtbot, SettingsPage, ws, runner, actor, size=None, settle=True)


def test_admin_edits_deadline_and_tpp_rule(qtbot, ws, runner, admin):
    from ekinerja_desktop.services import dailylog, recap

    page = _page(qtbot, ws, runner, admin)
    # The defaults are shown and labelled as defaults, not as official values.
    assert page.grace.value() == 1
    assert page.weight_days.value() == 0.5
    assert page.share.value() == 60.0
    assert "nilai bawaan" in page.rules_state.text()
    note = page.findChild(type(page.rules_state), "rulesDefaultsNote")
    assert "bukan nilai resmi Pemkot Palu" in note.text()

    # Weights that do not add up to 1 are refused with the service's message.
    page.weight_days.setValue(0.7)
    page.save_rules_button.click()
    idle(qtbot, runner)
    assert "Jumlah kedua bobot harus 1" in page.message.text()
    assert recap.tpp_config(ws) == recap.TppConfig()

    page.weight_capaian.setValue(0.3)
    page.late_penalty.setValue(2)
    page.share.setValue(50)
    page.grace.setValue(3)
    page.save_rules_button.click()
    idle(qtbot, runner)
    assert "disimpan" in page.message.text()
    saved = recap.tpp_config(ws)
    assert (saved.weight_log_days, saved.weight_capaian) == (0.7, 0.3)
    assert (saved.late_penalty_per_day, saved.performance_share_percent) == (2.0, 50.0)
    assert dailylog.grace_working_days(ws) == 3
    assert "berbeda dari nilai bawaan" in page.rules_state.text()

    # A fresh page shows the saved rule; "Isi nilai bawaan" refills the defaults (unsaved).
    again = _page(qtbot, ws, runner, admin)
    assert (again.grace.value(), again.weight_days.value()) == (3, 0.7)
    again.defaults_button.click()
    assert (again.grace.value(), again.weight_days.value(), again.share.value()) == (1, 0.5, 60.0)
    assert "nilai bawaan" in again.rules_state.text()
    assert recap.tpp_config(ws) == saved


def test_rules_are_read_only_for_non_admins(qtbot, ws, runner, admin):
    from tests.helpers.dailylog import setup

    chain, _skp = setup(ws, admin)
    page = _page(qtbot, ws, runner, chain.a_staf)
    assert not page.save_rules_button.isEnabled()
    assert not page.grace.isEnabled()
    assert page.grace.value() == 1  # still shown
