"""Pengaturan: language, idle auto-lock, the daily-log deadline and the TPP rule (admins)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
)

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.skp import DEFAULT_LOG_GRACE_WORKING_DAYS
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import (
    FormRows,
    buttons_row,
    double_spin_box,
    form,
    label,
    spin_box,
    vbox,
)
from ekinerja_desktop.gui.pages import Page, navigation_page
from ekinerja_desktop.gui.pages.dailylog_recurring import MessageLine
from ekinerja_desktop.gui.widgets import MessageLabel, push_button, push_buttons
from ekinerja_desktop.services import dailylog, preferences, recap
from ekinerja_desktop.services import settings as settings_service


@navigation_page("settings", QT_TRANSLATE_NOOP("Navigation", "Pengaturan"), 900)
class SettingsPage(MessageLine, Page):
    language_changed = Signal(str)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.apply_language = push_button(
            self.tr("Terapkan bahasa"), "applyLanguage", clicked=self._apply_language
        )
        # The idle lock cannot be switched off (services.settings).
        self.idle = spin_box(
            "idleMinutes",
            settings_service.IDLE_LOCK_MIN,
            settings_service.IDLE_LOCK_MAX,
            suffix=self.tr(" menit"),
        )
        self.save_button = push_button(self.tr("Simpan"), "saveSettings", clicked=self._save)
        self.message = MessageLabel("settingsMessage")

        personal = QGroupBox(self.tr("Tampilan"))
        form((self.tr("Bahasa"), self.language), ("", self.apply_language), parent=personal)
        workspace = QGroupBox(self.tr("Ruang kerja (admin)"))
        form(
            (self.tr("Kunci otomatis setelah diam"), self.idle),
            ("", self.save_button),
            parent=workspace,
        )
        workspace.setEnabled(ctx.actor.is_admin)

        # Daily-log deadline and the TPP performance rule: regional policy, so editable,
        # with the application's defaults shown as defaults (never as Palu's values).
        defaults = recap.TppConfig()
        rows = FormRows()
        self.grace = rows.add(
            self.tr("Tenggat pengajuan sesudah hari kegiatan"),
            spin_box(
                "graceDays", 0, 30, suffix=self.tr(" hari kerja"), special=self.tr("hari itu juga")
            ),
        )
        self.weight_days = rows.add(
            self.tr("Bobot cakupan hari disetujui (0-1)"),
            double_spin_box("weightLogDays", 0, 1, step=0.05),
        )
        self.weight_capaian = rows.add(
            self.tr("Bobot capaian (0-1)"), double_spin_box("weightCapaian", 0, 1, step=0.05)
        )
        self.late_penalty = rows.add(
            self.tr("Potongan per hari terlambat"),
            double_spin_box("latePenalty", 0, 100, step=0.5, suffix=self.tr(" poin/hari")),
        )
        self.capaian_cap = rows.add(
            self.tr("Batas capaian per RHK"),
            double_spin_box("capaianCap", 1, 200, step=5, suffix=" %"),
        )
        self.min_minutes = rows.add(
            self.tr("Menit minimal agar hari dihitung"),
            spin_box("minMinutes", 0, 24 * 60, suffix=self.tr(" menit")),
        )
        self.share = rows.add(
            self.tr("Porsi kinerja dari pagu TPP"),
            double_spin_box("performanceShare", 0, 100, step=5, suffix=" %"),
        )
        self.rules_state = label("rulesState")
        note = label(
            "rulesDefaultsNote",
            self.tr(
                "Nilai bawaan aplikasi, bukan nilai resmi Pemkot Palu: tenggat {g} hari kerja "
                "(hari kerja berikutnya); bobot cakupan hari {a} dan capaian {b}; potongan {c} "
                "poin per hari terlambat; batas capaian {cap}%; porsi kinerja {s}% dari pagu "
                "TPP. Sesuaikan dengan Perwali yang berlaku."
            ).format(
                g=DEFAULT_LOG_GRACE_WORKING_DAYS,
                a=format_number(defaults.weight_log_days, ctx.language),
                b=format_number(defaults.weight_capaian, ctx.language),
                c=format_number(defaults.late_penalty_per_day, ctx.language),
                cap=format_number(defaults.capaian_cap_percent, ctx.language),
                s=format_number(defaults.performance_share_percent, ctx.language),
            ),
            style="color:#555;",
        )
        self.save_rules_button, self.defaults_button = push_buttons(
            (self.tr("Simpan aturan"), "saveRules", self.save_rules),
            (self.tr("Isi nilai bawaan"), "rulesDefaults", lambda: self.show_rules(DEFAULT_RULES)),
        )
        rules = QGroupBox(self.tr("Log harian dan TPP (admin)"))
        form(
            *rows,
            note,
            self.rules_state,
            buttons_row(self.save_rules_button, self.defaults_button),
            parent=rules,
        )
        rules.setEnabled(ctx.actor.is_admin)

        vbox(personal, workspace, rules, self.message, 1, parent=self)

    def refresh(self) -> None:
        ws = self.ctx.ws

        def work(_p: Any) -> tuple[int, int, recap.TppConfig]:
            return (
                settings_service.get_int(ws, "idle_lock_minutes"),
                dailylog.grace_working_days(ws),
                recap.tpp_config(ws),
            )

        self.run_task(work, self._loaded, failed=self._failed)

    def _loaded(self, value: tuple[int, int, recap.TppConfig]) -> None:
        idle, grace, config = value
        self.idle.setValue(idle)
        self.show_rules((grace, config))

    def show_rules(self, rules: tuple[int, recap.TppConfig]) -> None:
        grace, config = rules
        self.grace.setValue(grace)
        self.weight_days.setValue(config.weight_log_days)
        self.weight_capaian.setValue(config.weight_capaian)
        self.late_penalty.setValue(config.late_penalty_per_day)
        self.capaian_cap.setValue(config.capaian_cap_percent)
        self.min_minutes.setValue(config.min_minutes_per_day)
        self.share.setValue(config.performance_share_percent)
        self.rules_state.setText(
            self.tr("Nilai yang tampil: nilai bawaan.")
            if rules == DEFAULT_RULES
            else self.tr("Nilai yang tampil berbeda dari nilai bawaan.")
        )

    def rules_value(self) -> tuple[int, recap.TppConfig]:
        return self.grace.value(), recap.TppConfig(
            weight_log_days=round(self.weight_days.value(), 4),
            weight_capaian=round(self.weight_capaian.value(), 4),
            late_penalty_per_day=round(self.late_penalty.value(), 4),
            capaian_cap_percent=round(self.capaian_cap.value(), 4),
            min_minutes_per_day=self.min_minutes.value(),
            performance_share_percent=round(self.share.value(), 4),
        )

    def _apply_language(self) -> None:
        lang = str(self.language.currentData())
        preferences.save(self.ctx.ws.data_dir, language=lang)
        self.language_changed.emit(lang)

    def _save(self) -> None:
        ws, actor, minutes = self.ctx.ws, self.ctx.actor, self.idle.value()

        def done(_result: object) -> None:
            self._set_message(self.tr("Pengaturan disimpan."))
            self.ctx.changed({"settings"})

        self.run_task(
            lambda _p: settings_service.set_value(ws, actor, "idle_lock_minutes", str(minutes)),
            done,
            failed=self._failed,
        )

    def save_rules(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        grace, config = self.rules_value()

        def work(_p: Any) -> tuple[int, recap.TppConfig]:
            # The TPP rule is validated first: a refused rule leaves the deadline unchanged.
            saved = recap.set_tpp_config(ws, actor, config)
            dailylog.set_grace_working_days(ws, actor, grace)
            return grace, saved

        def done(rules: tuple[int, recap.TppConfig]) -> None:
            self.show_rules(rules)
            self._set_message(self.tr("Aturan log harian dan TPP disimpan."))
            self.ctx.changed({"settings"})

        self.run_task(work, done, failed=self._failed)


DEFAULT_RULES = (DEFAULT_LOG_GRACE_WORKING_DAYS, recap.TppConfig())
