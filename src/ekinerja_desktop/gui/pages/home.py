"""Beranda: who is logged in, this node, and where to go next."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register


class HomePage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        actor = ctx.actor
        node = ctx.ws.node
        greeting = QLabel(
            self.tr("<h2>Selamat datang, {name}</h2>").format(name=actor.display_name)
        )
        greeting.setTextFormat(Qt.TextFormat.RichText)
        roles = ", ".join(sorted(r.label for r in actor.roles))
        info = QLabel(
            self.tr(
                "<p>Peran Anda: <b>{roles}</b><br>Instansi: {agency}<br>"
                "Komputer ini: {node_role}</p>"
            ).format(roles=roles, agency=node.agency, node_role=node.role.label)
        )
        info.setTextFormat(Qt.TextFormat.RichText)
        todo = QGroupBox(self.tr("Yang perlu Anda kerjakan"))
        todo_layout = QVBoxLayout(todo)
        self.todo_label = QLabel(
            self.tr("Tidak ada pekerjaan yang menunggu. Pilih modul di menu kiri.")
        )
        self.todo_label.setObjectName("todoLabel")
        self.todo_label.setWordWrap(True)
        todo_layout.addWidget(self.todo_label)
        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(info)
        layout.addWidget(todo)
        layout.addStretch(1)


register(
    PageSpec(
        key="home",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Beranda")),
        order=0,
        factory=HomePage,
    )
)
