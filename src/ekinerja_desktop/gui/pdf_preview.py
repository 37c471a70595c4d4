"""Preview of a generated PDF inside the app (QtPdf), with save-as and print; the base of
the objects that build a document in the runner and then preview it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.gui import geometry
from ekinerja_desktop.gui.dialogs import ask_save_file

if TYPE_CHECKING:
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

PRINT_DPI = 300  # enough for text; printer-native 1200 dpi would need ~0.5 GB per page


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    return ask_save_file(parent, title, suggested, "PDF", ".pdf")


def _ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page (or the printer's chosen range) onto ``printer``; returns the
    number of pages printed."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, printer.toPage() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                max(1, round(points.width() * PRINT_DPI / 72)),
                max(1, round(points.height() * PRINT_DPI / 72)),
            )
            image = document.render(page, size)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale = min(target.width() / size.width(), target.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            origin = QPointF((target.width() - width) / 2, (target.height() - height) / 2)
            painter.drawImage(QRectF(origin.x(), origin.y(), width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """Shows ``path``; the file lives in a temporary folder owned by the caller."""

    def __init__(self, path: Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.path = Path(path)
        self.setWindowTitle(title or self.tr("Pratinjau {name}").format(name=self.path.name))
        self.ask_save_path: Callable[[QWidget, str, str], str] = _ask_save_path
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = _ask_printer
        self.printer_factory: Callable[[], QPrinter] = lambda: QPrinter(
            QPrinter.PrinterMode.HighResolution
        )

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.info = QLabel("")
        self.info.setObjectName("pdfInfo")
        self.message = QLabel("")
        self.message.setObjectName("pdfMessage")
        self.zoom_out = QPushButton("−")
        self.zoom_out.setToolTip(self.tr("Perkecil"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Perbesar"))
        self.fit_button = QPushButton(self.tr("Sesuai lebar"))
        self.save_button = QPushButton(self.tr("Simpan sebagai..."))
        self.save_button.setObjectName("savePdf")
        self.print_button = QPushButton(self.tr("Cetak..."))
        self.print_button.setObjectName("printPdf")
        self.close_button = QPushButton(self.tr("Tutup"))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)

        bar = QHBoxLayout()
        bar.addWidget(self.info)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        geometry.fit_window(self, QSize(900, 980))

        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.accept)

        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        self.save_button.setEnabled(ok)
        self.print_button.setEnabled(ok)
        if ok:
            self.info.setText(self.tr("{n} halaman").format(n=self.document.pageCount()))
        else:
            self.message.setText(
                self.tr(
                    "Berkas PDF tidak dapat dibuka ({error}). Coba buat ulang dokumennya."
                ).format(error=error.name)
            )
            self.message.setStyleSheet("color: #b00020;")

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def save_as(self) -> None:
        target = self.ask_save_path(self, self.tr("Simpan PDF"), self.path.name)
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(
                self.tr("Tidak dapat menyimpan ke {file}: {reason}. Pilih folder lain.").format(
                    file=target, reason=exc.strerror or exc
                )
            )
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Disimpan: {file}").format(file=Path(target).name))

    def print_pdf(self) -> None:
        printer = self.printer_factory()
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, self.document.pageCount())
        if not self.ask_printer(self, printer):
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_document(self.document, printer)
        finally:
            self.unsetCursor()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("{n} halaman dikirim ke pencetak.").format(n=pages))

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


class DocumentPdf(QObject):
    """Builds a document into a temporary folder (in the runner), then previews it;
    subclasses say which document (SKP, evaluation) and name their temporary folders
    (``prefix``). ``preview_factory`` is replaced in tests."""

    prefix: ClassVar[str] = "ekinerja-"

    def __init__(self, ctx: GuiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.preview_factory: Callable[..., QDialog] = PdfPreviewDialog
        self.preview: QDialog | None = None
        # Removed by TemporaryDirectory's own finaliser when this object goes away.
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def folder(self) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix=self.prefix)
        return Path(self._folder.name)

    def open_preview(self, path: Path, title: str) -> None:
        dialog = self.preview_factory(path, title, self.widget)
        self.preview = dialog
        dialog.open()

    def build(
        self,
        work: Callable[[], object],
        title: str,
        label: str,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Runs ``work`` (writes the PDF, returns its path) in the runner with the progress
        text ``label``, then previews the PDF titled ``title``."""
        self.ctx.runner.run(
            lambda _p: work(),
            on_success=lambda path: self.open_preview(Path(str(path)), title),
            on_failure=on_failure,
            parent=self.widget,
            label=label,
        )

    def export(
        self,
        name: str,
        write: Callable[[Workspace, Actor, Path], object],
        title: str,
        label: str,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        revision: int = 1,
    ) -> None:
        """Writes ``name``.pdf (see ``pdf_path``) with ``write(ws, actor, path)`` in the
        runner, then previews it (see ``build``)."""
        ws, actor = self.ctx.ws, self.ctx.actor
        out = self.pdf_path(name, revision)
        self.build(lambda: write(ws, actor, out), title, label, on_failure)

    def pdf_path(self, name: str, revision: int = 1) -> Path:
        """``name``.pdf in the temporary folder, ``-revN`` added after the first revision."""
        suffix = f"-rev{revision}" if revision > 1 else ""
        return self.folder() / f"{name}{suffix}.pdf"
