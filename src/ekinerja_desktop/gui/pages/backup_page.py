"""Cadangan Data (admins): back up now, schedule, list, restore and the database check.

After a successful restore the page emits ``ctx.changed({"restored"})``: the data (and
accounts) of the running session are gone, so the shell must end the session and show
the login window again. The page disables itself meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_button
from ekinerja_desktop.services import backup
from ekinerja_desktop.services import settings as settings_service

CONFIRM_WORD = "PULIHKAN"


def ask_folder(parent: QWidget, title: str, start: str) -> str:
    """A folder chosen by the user ("" when cancelled); tests replace this."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_restore_confirmation(parent: QWidget, title: str, text: str) -> str:
    """What the user typed to confirm a restore ("" when cancelled); tests replace this."""
    value, ok = QInputDialog.getText(parent, title, text)
    return value if ok else ""


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(1, n // 1024)} KB"


class BackupPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.choose_button = push_button(self.tr("Pilih folder..."), "chooseBackupFolder")
        self.backup_button = push_button(self.tr("Cadangkan sekarang"), "backupNow")

        self.interval = QSpinBox()
        self.interval.setObjectName("backupInterval")
        self.interval.setRange(0, 720)
        self.interval.setSuffix(self.tr(" jam"))
        self.interval.setSpecialValueText(self.tr("tidak otomatis"))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 1000)
        self.save_schedule_button = push_button(self.tr("Simpan jadwal"), "saveBackupSchedule")

        self.model = RowTableModel(
            [
                Column(
                    "created_at",
                    self.tr("Dibuat (WITA)"),
                    fmt=lambda v: format_datetime_wita(v.replace(tzinfo=None), lang),
                ),
                Column("agency", self.tr("Instansi")),
                Column("node_id", self.tr("Node"), fmt=lambda v: str(v)[:8]),
                Column("size", self.tr("Ukuran"), "right", fmt=_size),
                Column("evidence_files", self.tr("Bukti dukung"), "right"),
                Column("path", self.tr("Berkas"), fmt=lambda p: Path(p).name),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = push_button(
            self.tr("Pulihkan dari cadangan terpilih..."), "restoreBackup"
        )
        self.check_button = push_button(self.tr("Periksa basis data"), "checkDatabase")
        self.full_check = QCheckBox(self.tr("Pemeriksaan lengkap"))
        self.full_check.setObjectName("checkFull")
        self.full_check.setToolTip(
            self.tr(
                "Juga struktur berkas (integrity_check) dan semua dokumen yang "
                "ditandatangani: beberapa menit pada data besar, yang secara bawaan "
                "mendapat pemeriksaan cepat"
            )
        )
        self.report = QPlainTextEdit()
        self.report.setObjectName("checkReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(140)
        self.message = QLabel("")
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)

        now_box = QGroupBox(self.tr("Cadangkan ke folder atau flashdisk"))
        row = QHBoxLayout(now_box)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.backup_button)
        schedule_box = QGroupBox(self.tr("Cadangan otomatis (ke folder di atas)"))
        form = QFormLayout(schedule_box)
        form.addRow(self.tr("Setiap"), self.interval)
        form.addRow(self.tr("Simpan paling banyak"), self.keep)
        form.addRow("", self.save_schedule_button)
        list_box = QGroupBox(self.tr("Cadangan di folder ini"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table)
        list_layout.addWidget(self.restore_button)
        check_box = QGroupBox(self.tr("Pemeriksaan"))
        check_layout = QVBoxLayout(check_box)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.full_check)
        check_row.addStretch(1)
        check_layout.addLayout(check_row)
        check_layout.addWidget(self.report)

        layout = QVBoxLayout(self)
        layout.addWidget(now_box)
        layout.addWidget(schedule_box)
        layout.addWidget(list_box, 1)
        layout.addWidget(check_box)
        layout.addWidget(self.message)

        self.choose_button.clicked.connect(self._choose)
        self.backup_button.clicked.connect(self._backup)
        self.save_schedule_button.clicked.connect(self._save_schedule)
        self.restore_button.clicked.connect(self._restore)
        self.check_button.clicked.connect(self._check)
        self.folder.editingFinished.connect(self._list)

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.ws

        def load(_p: object) -> tuple[str, int, int]:
            return (
                str(backup.default_dir(ws)),
                settings_service.get_int(ws, "backup_interval_hours"),
                settings_service.get_int(ws, "backup_keep"),
            )

        def loaded(values: tuple[str, int, int]) -> None:
            folder, hours, keep = values
            if not self.folder.text():
                self.folder.setText(folder)
            self.interval.setValue(hours)
            self.keep.setValue(keep)
            self._list()

        self.ctx.runner.run(load, on_success=loaded, parent=self)

    def _list(self) -> None:
        folder = Path(self.folder.text().strip())
        self.ctx.runner.run(
            lambda _p: backup.list_backups(folder), on_success=self.model.set_rows, parent=self
        )

    # --- actions ------------------------------------------------------------------
    def _choose(self) -> None:
        path = ask_folder(self, self.tr("Pilih folder cadangan"), self.folder.text())
        if path:
            self.folder.setText(path)
            self._list()

    def _backup(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None

        def done(info: backup.BackupInfo) -> None:
            self.message.setText(self.tr("Cadangan dibuat: {p}").format(p=info.path))
            self._list()

        self.ctx.runner.run(
            lambda progress: backup.backup_now(ws, actor, folder, progress),
            on_success=done,
            parent=self,
            label=self.tr("Membuat cadangan..."),
        )

    def _save_schedule(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        values = {
            "backup_interval_hours": str(self.interval.value()),
            "backup_keep": str(self.keep.value()),
            "backup_dir": self.folder.text().strip(),
        }

        def work(_p: object) -> None:
            current = settings_service.get_all(ws)
            for key, value in values.items():
                if current.get(key) != value:
                    settings_service.set_value(ws, actor, key, value)

        self.ctx.runner.run(
            work,
            on_success=lambda _r: self.message.setText(self.tr("Jadwal cadangan disimpan.")),
            parent=self,
        )

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info: backup.BackupInfo = self.model.row_at(rows[0].row())
        return info

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            QMessageBox.information(
                self,
                self.tr("Pulihkan"),
                self.tr("Pilih dulu cadangan yang akan dipulihkan dari daftar."),
            )
            return
        when = format_datetime_wita(info.created_at.replace(tzinfo=None), self.ctx.language)
        typed = ask_restore_confirmation(
            self,
            self.tr("Pulihkan dari cadangan"),
            self.tr(
                "SEMUA data ruang kerja ini akan diganti dengan isi cadangan {when}. "
                "Perubahan sesudah waktu itu hilang (data saat ini disimpan dulu sebagai "
                "salinan pengaman). Semua pengguna harus masuk lagi.\n\n"
                "Ketik {word} untuk melanjutkan:"
            ).format(when=when, word=CONFIRM_WORD),
        )
        if typed.strip() != CONFIRM_WORD:
            self.message.setText(self.tr("Pemulihan dibatalkan."))
            return
        ws, actor, path = self.ctx.ws, self.ctx.actor, info.path

        def done(result: backup.RestoreResult) -> None:
            self.setEnabled(False)
            self.message.setText(
                self.tr(
                    "Data dipulihkan dari cadangan {when}. Salinan pengaman data sebelumnya: "
                    "{safety}. Silakan masuk lagi."
                ).format(when=when, safety=result.safety_copy)
            )
            self.ctx.changed({"restored"})

        self.ctx.runner.run(
            lambda progress: backup.restore(ws, actor, path, progress),
            on_success=done,
            parent=self,
            label=self.tr("Memulihkan data..."),
        )

    def _check(self) -> None:
        ws = self.ctx.ws
        full = True if self.full_check.isChecked() else None  # None: quick when big

        def show(report: backup.CheckReport) -> None:
            self.report.setPlainText(report.text())
            self.message.setText(
                self.tr("Basis data sehat.")
                if report.ok
                else self.tr("Ada masalah: pulihkan dari cadangan terakhir yang sehat.")
            )

        self.ctx.runner.run(
            lambda progress: backup.check(ws, progress, full=full),
            on_success=show,
            parent=self,
            label=self.tr("Memeriksa basis data..."),
        )


register(
    PageSpec(
        key="backup",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Cadangan Data")),
        order=750,
        factory=BackupPage,
        roles=frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT}),
    )
)
