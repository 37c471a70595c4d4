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
    QGroupBox,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import (
    buttons_row,
    form,
    hbox,
    label,
    line_edit,
    spin_box,
    table_view,
    vbox,
)
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_button, push_buttons, selected_row_of
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


@navigation_page("backup", QT_TRANSLATE_NOOP("Navigation", "Cadangan Data"), 750, ADMINS)
class BackupPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.folder = line_edit("backupFolder")
        self.choose_button, self.backup_button = push_buttons(
            (self.tr("Pilih folder..."), "chooseBackupFolder", self._choose),
            (self.tr("Cadangkan sekarang"), "backupNow", self._backup),
        )

        self.interval = spin_box(
            "backupInterval", 0, 720, suffix=self.tr(" jam"), special=self.tr("tidak otomatis")
        )
        self.keep = spin_box("backupKeep", 1, 1000)
        self.save_schedule_button = push_button(
            self.tr("Simpan jadwal"), "saveBackupSchedule", clicked=self._save_schedule
        )

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
        self.table = table_view("backupTable", self.model)
        self.restore_button, self.check_button = push_buttons(
            (self.tr("Pulihkan dari cadangan terpilih..."), "restoreBackup", self._restore),
            (self.tr("Periksa basis data"), "checkDatabase", self._check),
        )
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
        self.message = label("backupMessage")

        now_box = QGroupBox(self.tr("Cadangkan ke folder atau flashdisk"))
        hbox((self.folder, 1), self.choose_button, self.backup_button, parent=now_box)
        schedule_box = QGroupBox(self.tr("Cadangan otomatis (ke folder di atas)"))
        form(
            (self.tr("Setiap"), self.interval),
            (self.tr("Simpan paling banyak"), self.keep),
            ("", self.save_schedule_button),
            parent=schedule_box,
        )
        list_box = QGroupBox(self.tr("Cadangan di folder ini"))
        vbox(self.table, self.restore_button, parent=list_box)
        check_box = QGroupBox(self.tr("Pemeriksaan"))
        vbox(buttons_row(self.check_button, self.full_check), self.report, parent=check_box)
        vbox(now_box, schedule_box, (list_box, 1), check_box, self.message, parent=self)
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

        self.run_task(load, loaded)

    def _list(self) -> None:
        folder = Path(self.folder.text().strip())
        self.run_task(lambda _p: backup.list_backups(folder), self.model.set_rows)

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

        self.run_task(
            lambda progress: backup.backup_now(ws, actor, folder, progress),
            done,
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

        self.run_task(work, lambda _r: self.message.setText(self.tr("Jadwal cadangan disimpan.")))

    def selected(self) -> backup.BackupInfo | None:
        return selected_row_of(self.table, backup.BackupInfo)

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

        self.run_task(
            lambda progress: backup.restore(ws, actor, path, progress),
            done,
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

        self.run_task(
            lambda progress: backup.check(ws, progress, full=full),
            show,
            label=self.tr("Memeriksa basis data..."),
        )
