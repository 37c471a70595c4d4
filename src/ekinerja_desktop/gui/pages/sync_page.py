"""Sinkronisasi (admins): this node, known nodes (enroll, revoke), export and import of
bundles with a dry-run preview, history of imported bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import buttons_row, form, label, spin_box, table_view, vbox
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.pages.sync_dialogs import (
    EnrollDialog,
    EnrollResultDialog,
    FingerprintLabel,
    PreviewDialog,
)
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.tasks import Progress
from ekinerja_desktop.gui.widgets import push_buttons
from ekinerja_desktop.services import master, sync_service
from ekinerja_desktop.services import settings as settings_service
from ekinerja_desktop.services.master import UnitRow
from ekinerja_desktop.services.sync_service import (
    BundleReport,
    ExportSummary,
    NodeIdentity,
    PeerNode,
    RequestInfo,
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


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _node_role_label(role: object) -> str:
    """ "office" -> "PC Kantor" (the stored code is never shown)."""
    try:
        return NodeRole(str(role)).label
    except ValueError:
        return str(role)


@navigation_page("sync", QT_TRANSLATE_NOOP("Navigation", "Sinkronisasi"), 700, ADMINS)
class SyncPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.identity: NodeIdentity | None = None
        self.preview: PreviewDialog | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.enroll_result: EnrollResultDialog | None = None
        self.last_reports: list[BundleReport] = []
        self.last_exports: list[ExportSummary] = []

        self.node_id = label("syncNodeId", wrap=False)
        self.node_role = label("syncNodeRole", wrap=False)
        self.fingerprint = FingerprintLabel()
        self.fingerprint.setObjectName("syncFingerprint")
        self.node_id.setTextInteractionFlags(self.fingerprint.textInteractionFlags())
        self.max_mb = spin_box("syncMaxMb", 1, 2000, suffix=" MB")
        self.max_mb.setMinimumWidth(self.max_mb.fontMetrics().horizontalAdvance("0000 MB") + 40)
        self.max_mb.setToolTip(
            self.tr(
                "Ekspor yang lebih besar dipecah menjadi beberapa bundel, masing-masing "
                "lengkap; impor semuanya dalam urutan apa pun."
            )
        )
        me = QGroupBox(self.tr("Node ini"))
        size_hint = QLabel(self.tr("(ekspor yang lebih besar dipecah menjadi beberapa bundel)"))
        form(
            (self.tr("ID node"), self.node_id),
            (self.tr("Peran"), self.node_role),
            (self.tr("Sidik jari"), self.fingerprint),
            (self.tr("Ukuran bundel paling besar"), buttons_row(self.max_mb, size_hint)),
            parent=me,
        )

        self.peers = RowTableModel(
            [
                Column("node_id", self.tr("ID node")),
                Column("role", self.tr("Peran"), fmt=_node_role_label),
                Column("agency", self.tr("Instansi")),
                Column("status", self.tr("Status"), fmt=self._node_status_label),
                Column("fingerprint", self.tr("Sidik jari")),
                Column("last_sent", self.tr("Bundel terakhir dikirim"), "right"),
            ]
        )
        self.peers_table = table_view("syncPeers", self.peers, stretch_last=False)
        (
            self.enroll_button,
            self.revoke_button,
            self.export_button,
            self.import_button,
            self.import_folder_button,
        ) = push_buttons(
            (self.tr("Daftarkan node..."), "syncEnroll", self.enroll),
            (self.tr("Cabut node"), "syncRevoke", self.revoke),
            (self.tr("Ekspor bundel..."), "syncExport", self.export),
            (self.tr("Impor berkas..."), "syncImportFiles", self.import_files),
            (self.tr("Impor folder..."), "syncImportFolder", self.import_folder),
        )

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
        self.history_table = table_view("syncHistory", self.history, select_rows=False)
        self.status = label("syncStatus")

        buttons = buttons_row(
            self.export_button,
            self.import_button,
            self.import_folder_button,
            self.enroll_button,
            self.revoke_button,
        )
        vbox(
            me,
            QLabel(self.tr("Node yang dikenal")),
            (self.peers_table, 1),
            buttons,
            QLabel(self.tr("Riwayat bundel yang diimpor")),
            (self.history_table, 1),
            self.status,
            parent=self,
        )

        central = Role.ADMIN_PUSAT in ctx.actor.roles and ctx.ws.node.role.value == "central"
        self.enroll_button.setVisible(central)
        self.revoke_button.setVisible(central)
        self.max_mb.editingFinished.connect(self.save_max_mb)
        self._loaded_max_mb = 0

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def load(_p: Progress) -> tuple[NodeIdentity, list[PeerNode], list[object], int]:
            return (
                sync_service.identity(ws, actor),
                sync_service.list_peers(ws, actor),
                list(sync_service.list_imported(ws, actor)),
                settings_service.get_int(ws, "bundle_max_mb"),
            )

        self.run_task(load, self._loaded)

    def _loaded(self, data: tuple[NodeIdentity, list[PeerNode], list[object], int]) -> None:
        me, peers, history, max_mb = data
        self.identity = me
        self.node_id.setText(me.node_id)
        self.node_role.setText(_node_role_label(me.role))
        self.fingerprint.set_fingerprint(me.fingerprint)
        self._loaded_max_mb = max_mb
        self.max_mb.setValue(max_mb)
        self.peers.set_rows(peers)
        self.history.set_rows(history)
        self.peers_table.resizeColumnsToContents()
        self.history_table.resizeColumnsToContents()

    def _node_status_label(self, status: object) -> str:
        labels = {
            "enrolled": self.tr("Terdaftar"),
            "revoked": self.tr("Dicabut"),
            "self": self.tr("Komputer ini"),
        }
        return labels.get(str(status), str(status))

    def selected_peer(self) -> PeerNode | None:
        rows = self.peers_table.selectionModel().selectedRows()
        if not rows:
            return None
        peer: PeerNode = self.peers.row_at(rows[0].row())
        return peer

    def save_max_mb(self) -> None:
        value = self.max_mb.value()
        if value == self._loaded_max_mb:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(_r: object) -> None:
            self._loaded_max_mb = value
            self.status.setText(
                self.tr("Bundel di atas {m} MB akan dipecah menjadi beberapa berkas.").format(
                    m=value
                )
            )

        self.run_task(
            lambda _p: settings_service.set_value(ws, actor, "bundle_max_mb", str(value)), done
        )

    # -- enrollment ------------------------------------------------------------------------

    def enroll(self) -> None:
        """Central: read a node's request, pick its units, compare fingerprints, enroll."""
        request = ask_request_file(self, self.tr("Pilih berkas permintaan pendaftaran"))
        if not request:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def load(_p: Progress) -> tuple[RequestInfo, list[UnitRow]]:
            info = sync_service.read_enroll_request(ws, actor, Path(request))
            return info, master.list_units(ws, actor, include_inactive=False)

        self.run_task(
            load,
            lambda data: self.ask_units(Path(request), *data),
            label=self.tr("Membaca permintaan..."),
        )

    def ask_units(self, request: Path, info: RequestInfo, units: list[UnitRow]) -> None:
        dialog = EnrollDialog(info, units, self)
        self.enroll_dialog = dialog
        dialog.accepted.connect(
            lambda: self.enroll_units(
                request, dialog.selected_unit_ids(), role=dialog.selected_role()
            )
        )
        dialog.open()

    def enroll_units(self, request: Path, unit_ids: list[str], *, role: str) -> None:
        folder = ask_folder(self, self.tr("Folder untuk bundel pendaftaran"))
        if not folder:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        out = Path(folder) / (request.stem + "-pendaftaran.ekb")

        def done(result: sync_service.EnrollResult) -> None:
            self.status.setText(
                self.tr("Node {n} terdaftar. Bundel pendaftaran: {p}.").format(
                    n=result.node_id, p=", ".join(str(p) for p in result.bundles)
                )
            )
            self.enroll_result = EnrollResultDialog(result, self)
            self.enroll_result.open()
            self.refresh()

        self.run_task(
            lambda _p: sync_service.enroll_node(ws, actor, request, unit_ids, out, role=role),
            done,
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

        self.run_task(lambda _p: sync_service.revoke_node(ws, actor, peer.node_id), done)

    # -- export and import -------------------------------------------------------------------

    def export(self) -> None:
        """One bundle per recipient (the selected node, or every enrolled node); a large
        export becomes several bundles. Runs with progress; Batal leaves no file."""
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
        prefix = self.tr("Untuk node {i} dari {k} ({n})")

        def work(progress: Progress) -> list[ExportSummary]:
            out = []
            for number, node_id in enumerate(recipients, start=1):
                head = prefix.format(i=number, k=len(recipients), n=node_id[:8])

                def step(done: int, total: int, label: str, head: str = head) -> None:
                    progress(done, total, f"{head}: {label}")

                out.append(
                    sync_service.export_bundle(ws, actor, node_id, Path(folder), progress=step)
                )
            return out

        def done(results: list[ExportSummary]) -> None:
            self.last_exports = results
            self.status.setText("\n".join(r.summary() for r in results))
            self.refresh()

        self.run_task(work, done, label=self.tr("Mengekspor bundel..."), cancellable=True)

    def import_files(self) -> None:
        files = ask_import_files(self, self.tr("Pilih bundel (.ekb)"))
        if files:
            self.start_import([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder berisi bundel (.ekb)"))
        if folder:
            self.start_import([Path(folder)])

    def preview_file(self, path: Path) -> None:
        """Open a bundle given from outside (double-clicked ``.ekb``): dry run first."""
        self.status.setText(self.tr("Memeriksa {f}...").format(f=path.name))
        self.start_import([path])

    def start_import(self, paths: list[Path]) -> None:
        """Dry run first; the preview dialog applies on accept."""
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda progress: sync_service.import_bundles(
                ws, actor, paths, dry_run=True, progress=progress
            ),
            lambda reports: self._preview(paths, reports),
            label=self.tr("Memeriksa bundel..."),
            cancellable=True,
        )

    def _preview(self, paths: list[Path], reports: list[BundleReport]) -> None:
        if not reports:
            self.status.setText(self.tr("Tidak ada berkas .ekb yang ditemukan."))
            return
        preview = PreviewDialog(reports, self)
        self.preview = preview
        preview.accepted.connect(
            lambda: self.apply_import(paths, fingerprint=preview.central_fingerprint)
        )
        preview.open()

    def apply_import(self, paths: list[Path], *, fingerprint: str = "") -> None:
        """All chosen bundles in one transaction: Batal leaves the database unchanged.
        ``fingerprint``: central's, as confirmed by the admin in the preview (enrollment)."""
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(reports: list[BundleReport]) -> None:
            self.last_reports = reports
            self.status.setText("\n\n".join(r.summary() for r in reports))
            self.ctx.changed({"sync", "employee", "unit", "skp", "dailylog", "training"})
            self.refresh()

        self.run_task(
            lambda progress: sync_service.import_bundles(
                ws, actor, paths, progress=progress, expect_fingerprint=fingerprint or None
            ),
            done,
            label=self.tr("Mengimpor bundel..."),
            cancellable=True,
        )
