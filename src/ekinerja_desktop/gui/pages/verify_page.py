"""Periksa dokumen: type the verification code printed on a document, or open its PDF,
and read whether it matches a document issued in this workspace (for every role)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QWidget,
)

from ekinerja_desktop.domain.verification import Verdict
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import hbox, label, line_edit, vbox
from ekinerja_desktop.gui.pages import Page, navigation_page
from ekinerja_desktop.gui.widgets import MessageLabel, push_buttons
from ekinerja_desktop.services import document_check

GOOD, WARN, BAD = "#2e7d32", "#b26a00", "#c62828"
VERDICT_COLORS = {
    Verdict.VALID: GOOD,
    Verdict.DRAFT: WARN,
    Verdict.OUTDATED: WARN,
    Verdict.TAMPERED: BAD,
    Verdict.UNKNOWN: BAD,
    Verdict.NO_CODE: BAD,
}


def choose_pdf(parent: QWidget, title: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", "PDF (*.pdf)")
    return Path(path) if path else None


@navigation_page("verify", QT_TRANSLATE_NOOP("Navigation", "Periksa dokumen"), 190)
class VerifyPage(Page):
    """A code field, *Periksa*, *Buka PDF...*, and the verdict in words."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        intro = label(
            text=self.tr(
                "Ketik kode verifikasi yang tercetak di kaki halaman dokumen "
                "(XXXX-XXXX-XX), atau buka berkas PDF-nya. Hasilnya menyatakan apakah "
                "dokumen cocok dengan dokumen yang diterbitkan di ruang kerja ini, revisi "
                "ke berapa, dan apakah ada revisi yang lebih baru."
            )
        )
        self.code = line_edit("verifyCode", "XXXX-XXXX-XX")
        self.code.setMaxLength(200)  # a scanned QR text fits too
        self.check_button, self.open_button = push_buttons(
            (self.tr("Periksa kode"), "verifyCheck", self.check_typed),
            (self.tr("Buka PDF..."), "verifyOpen", self.open_pdf),
        )
        row = hbox(
            QLabel(self.tr("Kode verifikasi")), (self.code, 1), self.check_button, self.open_button
        )

        self.message = MessageLabel("verifyMessage")
        self.verdict = label("verifyVerdict")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = label("verifyDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result: document_check.CheckResult | None = None

        vbox(intro, row, self.message, self.verdict, self.details, 1, parent=self)
        self.code.returnPressed.connect(self.check_typed)

    def check_typed(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.message.show_text(self.tr("Ketik kode verifikasinya dulu."), True)
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self._run(lambda _p: document_check.check_code(ws, actor, text))

    def open_pdf(self) -> None:
        path = choose_pdf(self, self.tr("Buka dokumen PDF"))
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self._run(lambda _p: document_check.check_file(ws, actor, path))

    def _run(self, work: Any) -> None:
        self.message.show_text("")
        self.run_task(
            work,
            self.show_result,
            failed=self.message.show_error,
            label=self.tr("Memeriksa dokumen..."),
        )

    def show_result(self, result: document_check.CheckResult) -> None:
        self.result = result
        lines = result.lines()
        color = VERDICT_COLORS[result.verdict]
        self.verdict.setStyleSheet(f"color: {color}; font-size: 13pt; font-weight: bold;")
        self.verdict.setText(lines[0])
        self.details.setText("\n".join(lines[1:]))
        if result.code and result.verdict is not Verdict.NO_CODE:
            self.code.setText(result.code)
