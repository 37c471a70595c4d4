"""Sinkronisasi (admins): this node, known nodes (enroll, revoke), export and import of
bundles with a dry-run preview, history of imported bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.tasks import Progress
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.services.sync_service import (
    BundleReport,
    ExportSummary,
    NodeIdentity,
    PeerNode,
)

# --- dialogs tests replace -------------------------------------------------------------


def ask_folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def ask_import_files(parent: QWidget, title: str) -> list[str]:
    files, _filter = QFileDialog.getOpenFileNames(parent, title, "", "Bundel (*.ekb)")
    return list(files)


def ask_request_file(parent: QWidget, title: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", "JSON (*.json)")
    return path


def ask_text(parent: QWidget, title: str, label: str) -> str:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else ""


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class PreviewDialog(QDialog):
    """The dry-run reports of the chosen bundles; Accept applies them."""

    def __init__(self, reports: list[BundleReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau impor (uji coba)"))
        self.reports = reports
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(r.summary() for r in reports))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        apply_button.setText(self.tr("Terapkan"))
        apply_button.setEnabled(any(r.status == "applied" for r in reports))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Belum ada data yang disimpan. Periksa laporan, lalu pilih Terapkan."))
        )
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(720, 480)


class SyncPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.identity: NodeIdentity | None = None
        self.preview: PreviewDialog | None = None
        self.last_reports: list[BundleReport] = []

        self.node_id = QLabel("")
        self.node_id.setObjectName("syncNodeId")
        self.node_role = QLabel("")
        self.node_role.setObjectName("syncNodeRole")
        self.fingerprint = QLabel("")
        self.fingerprint.setObjectName("syncFingerprint")
        for label in (self.node_id, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        me = QGroupBox(self.tr("Node ini"))
        form = QFormLayout(me)
        form.addRow(self.tr("ID node"), self.node_id)
        form.addRow(self.tr("Peran"), self.node_role)
        form.addRow(self.tr("Sidik jari"), self.fingerprint)

        self.peers = RowTableModel(
            [
                Column("node_id", self.tr("ID node")),
                Column("role", self.tr("Peran")),
                Column("agency", self.tr("Instansi")),
                Column("status", self.tr("Status")),
                Column("fingerprint", self.tr("Sidik jari")),
                Column("last_sent", self.tr("Bundel terakhir dikirim"), "right"),
            ]
        )
        self.peers_table = QTableView()
        self.peers_table.setObjectName("syncPeers")
        self.peers_table.setModel(self.peers)
        self.peers_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.peers_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.enroll_button = QPushButton(self.tr("Daftarkan node..."))
        self.enroll_button.setObjectName("syncEnroll")
        self.revoke_button = QPushButton(self.tr("Cabut node"))
        self.revoke_button.setObjectName("syncRevoke")
        self.export_button = QPushButton(self.tr("Ekspor bundel..."))
        self.export_button.setObjectName("syncExport")
        self.import_button = QPushButton(self.tr("Impor berkas..."))
        self.import_button.setObjectName("syncImportFiles")
        self.import_folder_button = QPushButton(self.tr("Impor folder..."))
        self.import_folder_button.setObjectName("syncImportFolder")

        self.history = RowTableModel(
            [
                Column(
                    "imported_at",
                    self.tr("Diimpor (WITA)"),
                    fmt=lambda v: format_datetime_wita(v, lang),
                ),
                Column("sender", self.tr("Pengirim")),
                Column("sequence", self.tr("No."), "right"),
                Column("kind", self.tr("Jenis")),
                Column("imported_by", self.tr("Oleh")),
                Column("summary", self.tr("Laporan"), fmt=lambda v: v.splitlines()[0] if v else ""),
            ]
        )
        self.history_table = QTableView()
        self.history_table.setObjectName("syncHistory")
        self.history_table.setModel(self.history)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel("")
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.export_button,
            self.import_button,
            self.import_folder_button,
            self.enroll_button,
            self.revoke_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(me)
        layout.addWidget(QLabel(self.tr("Node yang dikenal")))
        layout.addWidget(self.peers_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Riwayat bundel yang diimpor")))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.status)

        central = Role.ADMIN_PUSAT in ctx.actor.roles and ctx.ws.node.role.value == "central"
        self.enroll_button.setVisible(central)
        self.revoke_button.setVisible(central)
        self.enroll_button.clicked.connect(self.enroll)
        self.revoke_button.clicked.connect(self.revoke)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_files)
        self.import_folder_button.clicked.connect(self.import_folder)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def load(_p: Progress) -> tuple[NodeIdentity, list[PeerNode], list[object]]:
            return (
                sync_service.identity(ws, actor),
                sync_service.list_peers(ws, actor),
                list(sync_service.list_imported(ws, actor)),
            )

        self.ctx.runner.run(load, on_success=self._loaded, parent=self)

    def _loaded(self, data: tuple[NodeIdentity, list[PeerNode], list[object]]) -> None:
        me, peers, history = data
        self.identity = me
        self.node_id.setText(me.node_id)
        self.node_role.setText(me.role)
        self.fingerprint.setText(me.fingerprint)
        self.peers.set_rows(peers)
        self.history.set_rows(history)
        self.peers_table.resizeColumnsToContents()
        self.history_table.resizeColumnsToContents()

    def selected_peer(self) -> PeerNode | None:
        rows = self.peers_table.selectionModel().selectedRows()
        if not rows:
            return None
        peer: PeerNode = self.peers.row_at(rows[0].row())
        return peer

    # -- actions -------------------------------------------------------------------------

    def enroll(self) -> None:
        request = ask_request_file(self, self.tr("Pilih berkas permintaan pendaftaran"))
        if not request:
            return
        units = ask_text(
            self,
            self.tr("Unit kerja node"),
            self.tr("Kode unit yang boleh ditulis node ini (pisahkan dengan koma):"),
        )
        if not units.strip():
            return
        folder = ask_folder(self, self.tr("Folder untuk bundel pendaftaran"))
        if not folder:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        unit_list = [u.strip() for u in units.split(",") if u.strip()]
        out = Path(folder) / (Path(request).stem + "-pendaftaran.ekb")

        def done(result: sync_service.EnrollResult) -> None:
            self.status.setText(
                self.tr(
                    "Node {n} terdaftar; sidik jarinya {f}. Bundel pendaftaran: {p}. Sidik jari "
                    "pusat untuk dibacakan: {c}."
                ).format(
                    n=result.node_id,
                    f=result.fingerprint,
                    p=result.bundle,
                    c=result.central_fingerprint,
                )
            )
            self.refresh()

        self.ctx.runner.run(
            lambda _p: sync_service.enroll_node(ws, actor, Path(request), unit_list, out),
            on_success=done,
            parent=self,
            label=self.tr("Mendaftarkan node..."),
        )

    def revoke(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            self.status.setText(self.tr("Pilih node yang akan dicabut."))
            return
        text = self.tr("Cabut node {n}? Bundel dari node itu akan ditolak mulai sekarang.").format(
            n=peer.node_id
        )
        if not confirm(self, self.tr("Cabut node"), text):
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(_result: object) -> None:
            self.status.setText(self.tr("Node {n} dicabut.").format(n=peer.node_id))
            self.refresh()

        self.ctx.runner.run(
            lambda _p: sync_service.revoke_node(ws, actor, peer.node_id),
            on_success=done,
            parent=self,
        )

    def export(self) -> None:
        """One bundle per recipient (the selected node, or every enrolled node)."""
        folder = ask_folder(self, self.tr("Folder tujuan bundel"))
        if not folder:
            return
        peer = self.selected_peer()
        targets = [peer] if peer is not None else list(self.peers.rows)
        recipients = [p.node_id for p in targets if p.status == "enrolled"]
        if not recipients:
            self.status.setText(self.tr("Belum ada node terdaftar untuk dikirimi bundel."))
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(progress: Progress) -> list[ExportSummary]:
            out = []
            for number, node_id in enumerate(recipients):
                progress(number, len(recipients), node_id)
                out.append(sync_service.export_bundle(ws, actor, node_id, Path(folder)))
            progress(len(recipients), len(recipients), "")
            return out

        def done(results: list[ExportSummary]) -> None:
            self.status.setText("\n".join(r.summary() for r in results))
            self.refresh()

        self.ctx.runner.run(
            work, on_success=done, parent=self, label=self.tr("Mengekspor bundel...")
        )

    def import_files(self) -> None:
        files = ask_import_files(self, self.tr("Pilih bundel (.ekb)"))
        if files:
            self.start_import([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder berisi bundel (.ekb)"))
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> None:
        """Dry run first; the preview dialog applies on accept."""
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: sync_service.import_bundles(ws, actor, paths, dry_run=True),
            on_success=lambda reports: self._preview(paths, reports),
            parent=self,
            label=self.tr("Memeriksa bundel..."),
        )

    def _preview(self, paths: list[Path], reports: list[BundleReport]) -> None:
        if not reports:
            self.status.setText(self.tr("Tidak ada berkas .ekb yang ditemukan."))
            return
        self.preview = PreviewDialog(reports, self)
        self.preview.accepted.connect(lambda: self.apply_import(paths))
        self.preview.open()

    def apply_import(self, paths: list[Path]) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(reports: list[BundleReport]) -> None:
            self.last_reports = reports
            self.status.setText("\n\n".join(r.summary() for r in reports))
            self.ctx.changed({"sync", "employee", "unit", "skp", "dailylog"})
            self.refresh()

        self.ctx.runner.run(
            lambda _p: sync_service.import_bundles(ws, actor, paths),
            on_success=done,
            parent=self,
            label=self.tr("Mengimpor bundel..."),
        )


register(
    PageSpec(
        key="sync",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Sinkronisasi")),
        order=700,
        factory=SyncPage,
        roles=frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT}),
    )
)
