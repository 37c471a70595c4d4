"""Akun Pengguna (admins): create accounts for employees, reset passwords, lock, roles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.filter_proxy import EmployeePicker, nip_text, text_filter_proxy
from ekinerja_desktop.gui.layout import (
    FormDialog,
    error_line,
    form,
    hbox,
    label,
    line_edit,
    search_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    make_table,
    push_buttons,
    save_cancel,
    selected_row_of,
)
from ekinerja_desktop.services import master


def role_labels(roles: Sequence[str]) -> str:
    labels = []
    for code in roles:
        try:
            labels.append(Role(code).label)
        except ValueError:
            labels.append(code)
    return ", ".join(labels)


class _FormDialog(FormDialog):
    """Common bits: an error line and Save/Cancel buttons; ``submit`` is overridden."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__("", title, parent)
        self.message = error_line("dialogMessage")
        self.buttons = save_cancel(self, self.submit)

    def submit(self) -> None:
        raise NotImplementedError


class RolesBox(QGroupBox):
    """One checkbox per role; admin pusat can only be granted by an admin pusat."""

    def __init__(self, actor_roles: frozenset[Role], checked: Sequence[str] = ("pegawai",)) -> None:
        super().__init__(self.tr("Peran"))
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role.label)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role.value in checked)
            if role is Role.ADMIN_PUSAT and Role.ADMIN_PUSAT not in actor_roles:
                box.setEnabled(False)
                box.setToolTip(self.tr("Hanya Admin Pusat yang dapat memberi peran ini."))
            layout.addWidget(box)
            self.boxes[role.value] = box

    def roles(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class CreateAccountDialog(_FormDialog):
    submitted = Signal(object)  # dict: username, password, roles, employee_id

    def __init__(
        self,
        employees: Sequence[master.EmployeeRow],
        actor_roles: frozenset[Role],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Buat akun pengguna"), parent)
        self.setObjectName("createAccountDialog")
        self.resize(860, 600)
        self.picker = EmployeePicker(employees, self)
        self.username = line_edit("newUsername", self.tr("huruf, angka, titik, garis; mis. NIP"))
        self.password = _password_edit("newPassword")
        self.confirm = _password_edit("confirmPassword")
        self.roles_box = RolesBox(actor_roles)
        note = self.tr("Pengguna wajib mengganti kata sandi ini saat pertama kali masuk.")
        fields = form(
            (self.tr("Nama pengguna"), self.username),
            (self.tr("Kata sandi awal"), self.password),
            (self.tr("Ulangi kata sandi"), self.confirm),
            ("", label(text=note)),
        )
        vbox(
            QLabel(self.tr("Pegawai pemilik akun:")),
            (self.picker, 1),
            hbox((fields, 2), (self.roles_box, 1)),
            self.message,
            self.buttons,
            parent=self,
        )
        self.picker.selection_changed.connect(self._suggest_username)

    def _suggest_username(self, row: master.EmployeeRow | None) -> None:
        if row is not None and not self.username.isModified():
            self.username.setText(row.nip)

    def submit(self) -> None:
        employee = self.picker.selected()
        if employee is None:
            self.message.setText(self.tr("Pilih dulu pegawai pemilik akun."))
            return
        if self.password.text() != self.confirm.text():
            self.message.setText(self.tr("Kata sandi dan ulangannya tidak sama."))
            return
        if not self.roles_box.roles():
            self.message.setText(self.tr("Pilih sedikitnya satu peran."))
            return
        self.submitted.emit(
            {
                "username": self.username.text().strip(),
                "password": self.password.text(),
                "roles": self.roles_box.roles(),
                "employee_id": employee.id,
            }
        )


class ResetPasswordDialog(_FormDialog):
    submitted = Signal(str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Atur ulang kata sandi: {u}").format(u=username), parent)
        self.setObjectName("resetPasswordDialog")
        self.password = _password_edit("resetPassword")
        self.confirm = _password_edit("resetConfirm")
        form(
            (self.tr("Kata sandi baru"), self.password),
            (self.tr("Ulangi kata sandi"), self.confirm),
            self.message,
            self.buttons,
            parent=self,
        )
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.message.setText(self.tr("Kata sandi dan ulangannya tidak sama."))
            return
        self.submitted.emit(self.password.text())


class RolesDialog(_FormDialog):
    submitted = Signal(object)  # list[str]

    def __init__(
        self,
        username: str,
        roles: Sequence[str],
        actor_roles: frozenset[Role],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Peran untuk {u}").format(u=username), parent)
        self.setObjectName("rolesDialog")
        self.roles_box = RolesBox(actor_roles, roles)
        vbox(self.roles_box, self.message, self.buttons, parent=self)
        self.setMinimumWidth(360)

    def submit(self) -> None:
        if not self.roles_box.roles():
            self.message.setText(self.tr("Pilih sedikitnya satu peran."))
            return
        self.submitted.emit(self.roles_box.roles())


@navigation_page("accounts", QT_TRANSLATE_NOOP("Navigation", "Akun Pengguna"), 600, ADMINS)
class AccountsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.employees: list[master.EmployeeRow] = []
        status_locked, status_active, status_off = (
            self.tr("Terkunci"),
            self.tr("Aktif"),
            self.tr("Nonaktif"),
        )

        def status(row: master.AccountRow) -> str:
            if row.locked:
                return status_locked
            return status_active if row.active else status_off

        self.model = RowTableModel(
            [
                Column("username", self.tr("Nama pengguna")),
                Column("display_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("roles", self.tr("Peran"), fmt=role_labels),
                Column("status", self.tr("Status")),
                Column("last_login_at", self.tr("Terakhir masuk")),
            ],
            parent=self,
        )
        self._status = status
        self.proxy = text_filter_proxy(self.model, self)
        self.table = make_table("accountTable", self.proxy, sortable=True)
        for column, width in enumerate((170, 240, 170, 260, 90)):
            self.table.setColumnWidth(column, width)

        self.search = search_edit("accountSearch", self.tr("Cari nama pengguna, nama atau NIP..."))
        self.create_button, self.reset_button, self.lock_button, self.roles_button = push_buttons(
            (self.tr("Buat akun..."), "createAccount", self.create_account),
            (self.tr("Atur ulang kata sandi..."), "resetPassword", self.reset_password),
            (self.tr("Kunci"), "toggleLock", self.toggle_lock),
            (self.tr("Ubah peran..."), "editRoles", self.edit_roles),
        )
        self.message = MessageLabel("accountMessage")
        top = hbox(
            (self.search, 1),
            self.create_button,
            self.reset_button,
            self.lock_button,
            self.roles_button,
        )
        vbox(top, self.message, self.table, parent=self)

        self.search.textChanged.connect(lambda t: self.proxy.setFilterFixedString(t.strip()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(_p: Any) -> tuple[Any, Any]:
            return (
                master.list_accounts(ws, actor),
                master.list_employees(ws, actor, master.EmployeeFilter(active=True)),
            )

        self.run_task(work, self._loaded)

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"account", "employee"} and self.isVisible():
            self.refresh()

    def _loaded(self, value: tuple[list[master.AccountRow], list[master.EmployeeRow]]) -> None:
        accounts, employees = value
        selected = self.selected_account()
        rows = [self._with_status(a) for a in accounts]
        self.model.set_rows(rows)
        with_account = {a.employee_id for a in accounts if a.employee_id}
        self.employees = [e for e in employees if e.id not in with_account]
        if selected is not None:
            self.select_username(selected.username)
        self._update_buttons()

    def _with_status(self, account: master.AccountRow) -> dict[str, Any]:
        row = {f: getattr(account, f) for f in master.AccountRow.__dataclass_fields__}
        row["status"] = self._status(account)
        row["account"] = account
        return row

    # --- selection ------------------------------------------------------------------
    def selected_account(self) -> master.AccountRow | None:
        row = selected_row_of(self.table, dict)
        return row["account"] if row is not None else None

    def select_username(self, username: str) -> bool:
        for i in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(i, 0), ROW_ROLE)["username"] == username:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        account = self.selected_account()
        for button in (self.reset_button, self.lock_button, self.roles_button):
            button.setEnabled(account is not None)
        self.lock_button.setText(
            self.tr("Buka kunci") if account is not None and account.locked else self.tr("Kunci")
        )

    # --- actions --------------------------------------------------------------------
    def _run_dialog(
        self, dialog: _FormDialog, work: Callable[[Any], Any], done_text: Callable[[Any], str]
    ) -> None:
        def done(result: Any) -> None:
            dialog.accept()
            self.message.show_text(done_text(result))
            self.ctx.changed({"account"})

        dialog.save_with(self.ctx.runner, work, done)
        self.dialog = dialog
        dialog.open()

    def create_account(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = CreateAccountDialog(self.employees, actor.roles, self)
        self._run_dialog(
            dialog,
            lambda v: master.create_account(ws, actor, **v),
            lambda row: self.tr("Akun {u} dibuat.").format(u=row.username),
        )

    def reset_password(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = ResetPasswordDialog(account.username, self)
        self._run_dialog(
            dialog,
            lambda password: master.reset_password(ws, actor, account.id, password),
            lambda _r: self.tr(
                "Kata sandi {u} diatur ulang; pengguna wajib menggantinya saat masuk."
            ).format(u=account.username),
        )

    def edit_roles(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        dialog = RolesDialog(account.username, account.roles, actor.roles, self)
        self._run_dialog(
            dialog,
            lambda roles: master.set_roles(ws, actor, account.id, roles),
            lambda _r: self.tr("Peran {u} diperbarui.").format(u=account.username),
        )

    def toggle_lock(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        ws, actor, lock = self.ctx.ws, self.ctx.actor, not account.locked

        def done(_r: object) -> None:
            text = self.tr("Akun {u} dikunci.") if lock else self.tr("Akun {u} dibuka.")
            self.message.show_text(text.format(u=account.username))
            self.ctx.changed({"account"})

        self.run_task(lambda _p: master.set_account_locked(ws, actor, account.id, lock), done)
