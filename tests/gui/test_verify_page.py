"""Periksa dokumen page: every role has it; a typed code and an opened PDF give the
verdict in words, and an actor who may not read the record sees no names."""

from __future__ import annotations

import pytest

from tests.helpers.controller import open_page
from tests.helpers.skp import KADIS_RHK, approved, make_chain

pytestmark = pytest.mark.gui

WAIT = 15_000


@pytest.fixture
def printed(ws, admin, tmp_path):
    from ekinerja_desktop.services import skp

    chain = make_chain(ws, admin)
    detail = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK)
    out = skp.export_pdf(ws, chain.a_kadis, detail.summary.id, tmp_path / "skp.pdf")
    return chain, detail, out


def _page(qtbot, ws, runner, actor):
    from ekinerja_desktop.gui.pages.verify_page import VerifyPage

    return open_page(qtbot, VerifyPage, ws, runner, actor, size=(1000, 600), refresh=False)


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def _code(path) -> str:
    from pypdf import PdfReader

    return PdfReader(str(path)).metadata["/Keywords"].split(":")[1]


def test_registered_for_every_role():
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.gui.pages import registered_pages

    spec = {s.key: s for s in registered_pages()}["verify"]
    for role in Role:
        assert spec.visible_for(frozenset({role}))
    assert spec.display_title() == "Periksa dokumen"


def test_typed_code_and_opened_pdf(qtbot, ws, runner, printed, monkeypatch, tmp_path):
    from ekinerja_desktop.gui.pages import verify_page
    from ekinerja_desktop.services import skp

    chain, detail, out = printed
    page = _page(qtbot, ws, runner, chain.a_kadis)
    page.code.setText(_code(out).lower())
    page.check_button.click()
    _idle(qtbot, runner)
    assert page.verdict.text().startswith("TERDAFTAR")
    assert "Andi Sulastri" in page.details.text()
    assert "Revisi 1 (revisi terbaru)" in page.details.text()

    monkeypatch.setattr(verify_page, "choose_pdf", lambda *_a: out)
    page.open_button.click()
    _idle(qtbot, runner)
    assert page.verdict.text().startswith("ASLI")

    skp.start_revision(ws, chain.a_kadis, detail.summary.id, "Perubahan")
    page.open_button.click()
    _idle(qtbot, runner)
    assert page.verdict.text().startswith("USANG")
    assert "revisi 2 yang lebih baru ada" in page.details.text()

    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x04
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(bytes(data))
    monkeypatch.setattr(verify_page, "choose_pdf", lambda *_a: fake)
    page.open_button.click()
    _idle(qtbot, runner)
    assert page.verdict.text().startswith("TIDAK COCOK")

    page.code.setText("ABCD-EFGH")
    page.code.returnPressed.emit()
    _idle(qtbot, runner)
    assert "bukan kode verifikasi yang sah" in page.verdict.text()


def test_unauthorised_actor_sees_no_names(qtbot, ws, runner, printed):
    chain, _detail, out = printed
    page = _page(qtbot, ws, runner, chain.a_guru)
    page.check_file(out)
    _idle(qtbot, runner)
    shown = page.verdict.text() + page.details.text()
    assert page.verdict.text().startswith("ASLI")
    assert "Dokumen SKP" in shown
    assert "Andi Sulastri" not in shown
    assert "kadis" not in shown
    assert "hanya ditampilkan kepada yang berwenang" in shown


def test_english_session(qtbot, ws, runner, printed):
    from ekinerja_desktop.domain.i18n import set_language

    chain, _detail, out = printed
    page = _page(qtbot, ws, runner, chain.a_kadis)
    set_language("en")
    try:
        page.check_file(out)
        _idle(qtbot, runner)
        assert page.verdict.text().startswith("AUTHENTIC")
        assert "Verification code" in page.details.text()
    finally:
        set_language("id")
