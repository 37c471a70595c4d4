"""Page contract and registry: the main window only lists and hosts registered pages."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext

if TYPE_CHECKING:
    from ekinerja_desktop.gui.tasks import CancelToken, OnDone, OnFailed, Work

ADMINS = frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT})
EMPLOYEES = frozenset({Role.PEGAWAI})
ATASAN_AND_ADMINS = frozenset({Role.ATASAN, Role.ADMIN_OPD, Role.ADMIN_PUSAT})
ATASAN = frozenset({Role.ATASAN})
CENTRAL_ADMINS = frozenset({Role.ADMIN_PUSAT})


class TaskHost:
    """For widgets holding ``ctx`` (pages and their dialogs): ``run_task``."""

    ctx: GuiContext

    def run_task(
        self,
        work: Work,
        done: OnDone | None = None,
        *,
        failed: OnFailed | None = None,
        label: str | None = None,
        cancellable: bool = False,
    ) -> CancelToken:
        """``work`` on the runner with this widget as the parent of its progress dialog
        (shown with ``label`` when it lasts); ``done``/``failed`` on the UI thread."""
        assert isinstance(self, QWidget)
        return self.ctx.runner.run(
            work,
            on_success=done,
            on_failure=failed,
            parent=self,
            label=label,
            cancellable=cancellable,
        )


class Page(TaskHost, QWidget):
    """Base for a module page. Subclasses build widgets in ``__init__`` and load data in
    ``refresh`` (through ``ctx.runner``, never directly)."""

    # Set by pages that ask for notes (``ask_note``): the dialog factory tests replace,
    # and the dialog open at the moment.
    note_dialog_factory: Callable[..., Any]
    dialog: Any

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog = None

    def refresh(self) -> None:
        """Reload the page's data; called when the page is shown."""

    def on_changes(self, changes: set[str]) -> None:
        """Something changed elsewhere; refresh if it concerns this page."""

    def can_leave(self) -> bool:
        """Return False to keep the user on the page (unsaved input)."""
        return True

    def ask_note(
        self, title: str, prompt: str, placeholder: str, on_note: Callable[[str], object]
    ) -> None:
        """Ask for a mandatory note (a return, a rejection, a reason) in a
        ``note_dialog_factory`` dialog; the note goes to ``on_note``."""
        dialog = self.note_dialog_factory(title, prompt, placeholder, self)
        dialog.submitted.connect(on_note)
        self.dialog = dialog
        dialog.open()


class ReloadingPage(Page):
    """A page whose data comes from ``load()``: loaded when first shown, and again after
    a change of a kind in ``watched`` - at once when the page is visible and
    ``reload_visible``, else when it is next shown. ``load`` sets ``stale`` to False."""

    watched: ClassVar[frozenset[str]] = frozenset()
    reload_visible: ClassVar[bool] = True

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.stale = True

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self.stale:
            self.load()

    def on_changes(self, changes: set[str]) -> None:
        if changes & self.watched:
            self.stale = True
            if self.reload_visible and self.isVisible():
                self.load()


@dataclass(frozen=True)
class PageSpec:
    key: str
    context: str  # translation context of ``title``
    title: str  # Indonesian source text, translated at display time
    order: int
    factory: Callable[[GuiContext], Page]
    roles: frozenset[Role] | None = None  # None: everyone
    # A finer check than roles, for pages whose audience depends on data (e.g. only the
    # atasan who heads an OPD sees the dashboard). Called once when the window is built.
    available: Callable[[GuiContext], bool] | None = None

    def visible_for(self, roles: frozenset[Role]) -> bool:
        return self.roles is None or bool(self.roles & roles)

    def shown_to(self, ctx: GuiContext) -> bool:
        """Whether the page appears in ``ctx``'s navigation."""
        if not self.visible_for(ctx.actor.roles):
            return False
        return self.available is None or self.available(ctx)

    def display_title(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


def appraises_or_acts_for_outsiders(ctx: GuiContext) -> bool:
    """Supervisors; and administrators who enter what an external Pejabat Penilai (the
    Wali Kota for the Sekda) decided - they supervise nobody but approve and appraise for
    that person (SKP Tim, Penilaian)."""
    if Role.ATASAN in ctx.actor.roles:
        return True
    from ekinerja_desktop.domain.timeutil import today_wita
    from ekinerja_desktop.services import access

    return access.acts_for_outsiders(ctx.ws, ctx.actor, today_wita())


_REGISTRY: dict[str, PageSpec] = {}


def register(spec: PageSpec) -> PageSpec:
    _REGISTRY[spec.key] = spec
    return spec


PageT = TypeVar("PageT", bound=Page)


def navigation_page(
    key: str,
    title: object,
    order: int,
    roles: frozenset[Role] | None = None,
    *,
    available: Callable[[GuiContext], bool] | None = None,
) -> Callable[[type[PageT]], type[PageT]]:
    """Class decorator: register the page in the navigation; ``title`` is marked with
    ``QT_TRANSLATE_NOOP("Navigation", ...)`` where it is written."""

    def add(page: type[PageT]) -> type[PageT]:
        register(PageSpec(key, "Navigation", str(title), order, page, roles, available))
        return page

    return add


def appraiser_page(key: str, title: object, order: int) -> Callable[[type[PageT]], type[PageT]]:
    """A page of supervisors, and of admins who enter what an external Pejabat Penilai
    decided (``appraises_or_acts_for_outsiders``)."""
    return navigation_page(
        key, title, order, ATASAN_AND_ADMINS, available=appraises_or_acts_for_outsiders
    )


def registered_pages() -> list[PageSpec]:
    _load_builtin_pages()
    return sorted(_REGISTRY.values(), key=lambda s: s.order)


# Importing a page module registers it; the list is the one place to add a module.
PAGE_MODULES = (
    "home",
    "skp_page",
    "dailylog_page",
    "review_page",
    "skp_team_page",
    "my_evaluation_page",
    "evaluation_page",
    "training_page",
    "training_admin_page",
    "verify_page",
    "recap_page",
    "employees_page",
    "units_page",
    "mapping_page",
    "accounts_page",
    "dashboard_page",
    "arrivals_page",
    "central_lists_page",
    "sync_page",
    "conflicts_page",
    "backup_page",
    "audit_page",
    "security_page",
    "settings_page",
)


def _load_builtin_pages() -> None:
    for name in PAGE_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def preload_next() -> bool:
    """Import the next page module not imported yet; False when all are. The login
    window calls it one module per event-loop turn while it waits for the password, so
    the main window after login only builds widgets (issue 19: the first main window
    spent about half a second importing every page)."""
    for name in PAGE_MODULES:
        full = f"{__name__}.{name}"
        if full not in sys.modules:
            importlib.import_module(full)
            return True
    return False
