"""Competency development: statuses, plain result types, small parsers and the
access checks shared by the training modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import (
    DevRoute,
    JpMode,
    JpRule,
    suggest_jp,
)
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.timeutil import to_wita
from ekinerja_desktop.services import access, organisation
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import (
    Employee,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


DIAJUKAN = "Diajukan"
DIVERIFIKASI = "Diverifikasi"
DITOLAK = "Ditolak"
STATUSES = (DIAJUKAN, DIVERIFIKASI, DITOLAK)
PLAN_SOURCES = ("manual", "evaluation")
MAX_HOURS = Decimal(10000)
MAX_JP = Decimal(1000)
ZERO = Decimal(0)


# --- plain results ---------------------------------------------------------------------
@dataclass(frozen=True)
class KindRow:
    id: str
    code: str
    label: str
    route: str  # DevRoute value
    route_label: str
    mode: str  # JpMode value
    minutes_per_jp: int
    fixed_jp: Decimal | None
    max_jp: Decimal | None
    active: bool

    @property
    def rule(self) -> JpRule:
        return record_from(
            JpRule, self, kind=self.code, route=DevRoute(self.route), mode=JpMode(self.mode)
        )

    def suggest(self, hours: Decimal | float | int | str) -> Decimal:
        return suggest_jp(self.rule, Decimal(str(hours)))


@dataclass(frozen=True)
class KindInput:
    code: str
    label: str
    route: str
    mode: str = JpMode.PER_HOUR.value
    minutes_per_jp: int = 45
    fixed_jp: str = ""
    max_jp: str = ""
    active: bool = True


@dataclass(frozen=True)
class TrainingInput:
    route: str
    kind_code: str
    title: str
    start_date: date
    end_date: date
    hours: Decimal | str | int | float
    organiser: str = ""
    jp_credited: Decimal | str | int | float | None = None  # None: the rule's suggestion
    jp_reason: str = ""
    certificate_no: str = ""
    certificate_file: Path | None = None  # a new file to attach
    remove_certificate: bool = False


@dataclass(frozen=True)
class TrainingRow:
    id: str
    employee_id: str
    employee_name: str
    employee_nip: str
    route: str
    route_label: str
    kind_code: str
    kind_label: str
    title: str
    organiser: str
    start_date: date
    end_date: date
    hours: Decimal
    jp_credited: Decimal
    jp_suggested: Decimal | None
    jp_reason: str
    certificate_no: str
    evidence_id: str | None
    certificate_name: str
    event_id: str
    status: str
    verified_by_name: str
    verified_at: str
    note: str
    version: int

    @property
    def editable(self) -> bool:
        return self.status != DIVERIFIKASI


@dataclass(frozen=True)
class JpMeter:
    """Verified JP of one employee in one year against the yearly rule."""

    employee_id: str
    employee_name: str
    employee_nip: str
    unit_name: str
    asn_status: str  # PNS | PPPK
    year: int
    verified_jp: Decimal
    pending_jp: Decimal
    limit_jp: int  # 20 (PNS minimum) or 24 (PPPK cap)
    ok: bool
    message: str
    monthly: tuple[Decimal, ...]  # verified JP per month, January first
    # PPPK with a known appointment date: verified JP of the contract year (the cap's
    # period) and its first and last day; None otherwise.
    contract_jp: Decimal | None = None
    contract: tuple[date, date] | None = None

    @property
    def is_pppk(self) -> bool:
        return self.asn_status == AsnStatus.PPPK.value

    @property
    def below_target(self) -> bool:
        return not self.is_pppk and self.verified_jp < self.limit_jp

    @property
    def over_cap(self) -> bool:
        counted = self.contract_jp if self.contract_jp is not None else self.verified_jp
        return self.is_pppk and counted > self.limit_jp

    @property
    def shortfall(self) -> Decimal:
        return max(ZERO, Decimal(self.limit_jp) - self.verified_jp) if not self.is_pppk else ZERO

    @property
    def percent(self) -> int:
        """Progress towards the limit (0-100+), for progress bars."""
        if self.limit_jp <= 0:
            return 0
        return int(self.verified_jp * 100 / self.limit_jp)


@dataclass(frozen=True)
class PlanInput:
    title: str
    kind_code: str = ""
    planned_month: int = 0  # 0: any time in the year
    planned_jp: Decimal | str | int | float = 0
    note: str = ""


@dataclass(frozen=True)
class PlanItemRow:
    id: str
    employee_id: str
    year: int
    kind_code: str
    kind_label: str
    title: str
    planned_month: int
    planned_jp: Decimal
    source: str  # manual | evaluation
    follow_up_id: str | None
    training_id: str | None
    training_title: str
    training_status: str
    realised_jp: Decimal  # verified JP of the linked training
    note: str

    @property
    def realised(self) -> bool:
        return self.training_status == DIVERIFIKASI


@dataclass(frozen=True)
class PlanSummary:
    employee_id: str
    year: int
    items: tuple[PlanItemRow, ...]
    planned_jp: Decimal
    realised_jp: Decimal
    realised_count: int


# --- small helpers ---------------------------------------------------------------------
def parse_dec(value: object, field: str, what: str) -> Decimal:
    try:
        number = (
            value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", "."))
        )
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(
            _("{what} harus berupa angka, bukan {v!r}.").format(what=what, v=value),
            problems=[(field, _("Isi dengan angka, mis. 8 atau 2,5."))],
            hint=_("Perbaiki isian {what}.").format(what=what),
        ) from exc
    if not number.is_finite():
        raise ValidationError(
            _("{what} harus berupa angka, bukan {v!r}.").format(what=what, v=value),
            problems=[(field, _("Isi dengan angka, mis. 8 atau 2,5."))],
        )
    return number


def opt_dec(text: str) -> Decimal | None:
    text = (text or "").strip()
    return Decimal(text) if text else None


def decimal_text(value: Decimal | None) -> str:
    """Stored form of a JP/hours amount: '8', '10.67'."""
    return dec_text(value)


def dec_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def num_of(text: str) -> Decimal:
    try:
        return Decimal(text or "0")
    except InvalidOperation:
        return ZERO


def clean_text(text: str) -> str:
    return " ".join((text or "").split())


def stamp_text(moment: datetime | None) -> str:
    return to_wita(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError(
            _("Tahun {y} tidak masuk akal.").format(y=year),
            hint=_("Pilih tahun antara 2000 dan 2100."),
        )


def my_employee_id(actor: Actor) -> str:
    if actor.employee_id is None:
        raise ValidationError(
            _(
                "Akun Anda belum ditautkan ke data pegawai, sehingga belum dapat mencatat "
                "pengembangan kompetensi."
            ),
            hint=_("Minta admin menautkan akun Anda ke data pegawai Anda."),
        )
    return actor.employee_id


# --- access ----------------------------------------------------------------------------
def admin_units(session: Session, ws: Workspace, actor: Actor) -> tuple[bool, frozenset[str]]:
    """(all units, unit ids) an admin covers; (False, empty) for non-admins."""
    scope = access.admin_scope_in(session, ws, actor)
    return scope.all_units, scope.unit_ids


def admin_covers(session: Session, ws: Workspace, actor: Actor, emp: Employee) -> bool:
    return access.admin_covers(ws, actor, emp.unit_id, session)


def can_review(session: Session, ws: Workspace, actor: Actor, emp: Employee, on: date) -> bool:
    return access.is_penilai(session, actor, emp.id, on) or admin_covers(session, ws, actor, emp)


def require_allowed(  # noqa: PLR0917 - the relation, then what a refusal says
    session: Session,
    ws: Workspace,
    actor: Actor,
    emp: Employee,
    related: bool,
    message: str,
    hint: str,
) -> None:
    """Pass when the actor is ``related`` to ``emp`` (the caller's rule) or an admin covers
    ``emp``; else a PermissionDeniedError: ``message`` (its ``{n}``: the employee's name)."""
    if related or admin_covers(session, ws, actor, emp):
        return
    raise PermissionDeniedError(message.format(n=organisation.display_name(emp)), hint=hint)


def require_read(session: Session, ws: Workspace, actor: Actor, emp: Employee, year: int) -> None:
    me = actor.employee_id
    related = me is not None and (
        me == emp.id or emp.id in organisation.mapped_to(session, me, year)
    )
    message = _(
        "Anda tidak berwenang melihat data pengembangan kompetensi {n}: hanya pegawai "
        "itu, pejabat penilainya dan admin yang dapat melihatnya."
    )
    hint = _("Minta pegawai itu atau atasannya untuk menunjukkannya.")
    require_allowed(session, ws, actor, emp, related, message, hint)


def require_write_for(session: Session, ws: Workspace, actor: Actor, emp: Employee) -> None:
    """Recording for someone: the employee themself or an admin covering them."""
    message = _(
        "Anda hanya dapat mencatat atau mengubah kegiatan pengembangan kompetensi Anda sendiri."
    )
    hint = _("Minta pegawai itu mencatatnya dari akunnya sendiri, atau minta admin OPD.")
    require_allowed(session, ws, actor, emp, actor.employee_id == emp.id, message, hint)
