"""Qt's own widgets speak the user's language: context menus, standard buttons, dialogs."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

pytestmark = pytest.mark.gui


def _menu_texts(edit: QLineEdit) -> list[str]:
    menu = edit.createStandardContextMenu()
    try:
        return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    finally:
        menu.deleteLater()


def test_context_menu_and_buttons_in_indonesian_then_english(qtbot, qapp):
    from ekinerja_desktop.gui.app import install_translators

    install_translators(qapp, "id")
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    texts = _menu_texts(edit)
    for word in ("Batalkan", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"):
        assert word in texts, texts
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    labels = {b.text().replace("&", "") for b in box.buttons()}
    assert labels == {"Simpan", "Batal"}
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nama berkas:"

    install_translators(qapp, "en")
    assert "Copy" in _menu_texts(edit)
    install_translators(qapp, "id")
