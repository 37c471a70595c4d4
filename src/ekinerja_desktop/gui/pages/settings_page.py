"""Pengaturan: language (per workspace, before login too) and idle auto-lock."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.services import preferences
from ekinerja_desktop.services import settings as settings_service


class SettingsPage(Page):
    language_changed = Signal(str)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.apply_language = QPushButton(self.tr("Terapkan bahasa"))
        self.apply_language.setObjectName("applyLanguage")
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" menit"))
        self.idle.setSpecialValueText(self.tr("tidak pernah"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("saveSettings")
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")

        personal = QGroupBox(self.tr("Tampilan"))
        form = QFormLayout(personal)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow("", self.apply_language)
        workspace = QGroupBox(self.tr("Ruang kerja (admin)"))
        wform = QFormLayout(workspace)
        wform.addRow(self.tr("Kunci otomatis setelah diam"), self.idle)
        wform.addRow("", self.save_button)
        workspace.setEnabled(ctx.actor.is_admin)

        layout = QVBoxLayout(self)
        layout.addWidget(personal)
        layout.addWidget(workspace)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.apply_language.clicked.connect(self._apply_language)
        self.save_button.clicked.connect(self._save)

    def refresh(self) -> None:
        ws = self.ctx.ws
        self.ctx.runner.run(
            lambda _p: settings_service.get_int(ws, "idle_lock_minutes"),
            on_success=self.idle.setValue,
            parent=self,
        )

    def _apply_language(self) -> None:
        lang = str(self.language.currentData())
        preferences.save(self.ctx.ws.data_dir, language=lang)
        self.language_changed.emit(lang)

    def _save(self) -> None:
        ws, actor, minutes = self.ctx.ws, self.ctx.actor, self.idle.value()

        def done(_result: object) -> None:
            self.message.setText(self.tr("Pengaturan disimpan."))
            self.ctx.changed({"settings"})

        self.ctx.runner.run(
            lambda _p: settings_service.set_value(ws, actor, "idle_lock_minutes", str(minutes)),
            on_success=done,
            parent=self,
        )


register(
    PageSpec(
        key="settings",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Pengaturan")),
        order=900,
        factory=SettingsPage,
    )
)
