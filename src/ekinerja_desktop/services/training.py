"""Competency development use cases: JP catalogue, training records, JP meters, plans."""

# Ownership (architecture.md): the employee records their own activities; the Pejabat
# Penilai Kinerja of the activity's year (or an admin whose scope covers the employee)
# verifies or rejects them, never their own record. The catalogue of kinds and JP rules is
# central-owned master data: admin pusat edits it anywhere; admin OPD only on an office
# PC or laptop (a local override until the central catalogue arrives). Certificates are
# stored content-addressed in the shared evidence store. Every write is audited.

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import (
    DEFAULT_JP_CATALOGUE,
    PNS_MIN_JP_PER_YEAR,
    PPPK_MAX_JP_PER_YEAR,
    DevRoute,
    JpMode,
    JpRule,
    contract_year,
    jp_by_month,
    jp_status,
    suggest_jp,
)
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.parsing import norm_key
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.services import access, audit, organisation, settings
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import (
    DevPlanItem,
    Employee,
    Evidence,
    FollowUp,
    SupervisorAssignment,
    Training,
    TrainingKind,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.evidence import StoredFile
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
        return JpRule(
            kind=self.code,
            label=self.label,
            route=DevRoute(self.route),
            mode=JpMode(self.mode),
            minutes_per_jp=self.minutes_per_jp,
            fixed_jp=self.fixed_jp,
            max_jp=self.max_jp,
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
def _dec(value: object, field: str, what: str) -> Decimal:
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


def _opt_dec(text: str) -> Decimal | None:
    text = (text or "").strip()
    return Decimal(text) if text else None


def decimal_text(value: Decimal | None) -> str:
    """Stored form of a JP/hours amount: '8', '10.67'."""
    return _text(value)


def _text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def _num(text: str) -> Decimal:
    try:
        return Decimal(text or "0")
    except InvalidOperation:
        return ZERO


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _stamp(moment: datetime | None) -> str:
    return to_wita(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError(
            _("Tahun {y} tidak masuk akal.").format(y=year),
            hint=_("Pilih tahun antara 2000 dan 2100."),
        )


def _my_employee_id(actor: Actor) -> str:
    if actor.employee_id is None:
        raise ValidationError(
            _(
                "Akun Anda belum ditautkan ke data pegawai, sehingga belum dapat mencatat "
                "pengembangan kompetensi."
            ),
            hint=_("Minta admin menautkan akun Anda ke data pegawai Anda."),
        )
    return actor.employee_id


def _audit(  # noqa: PLR0917 - one call shape for every audited write
    session: Session,
    ws: Workspace,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, object] | None = None,
) -> None:
    audit.record_action(
        session,
        ws,
        actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=dict(detail or {}),
    )


# --- access ----------------------------------------------------------------------------
def _team_of(session: Session, supervisor_id: str, year: int) -> set[str]:
    sa = SupervisorAssignment
    return {
        str(e)
        for e in session.execute(
            select(sa.employee_id).where(
                sa.year == year, sa.supervisor_id == supervisor_id, sa.deleted.is_(False)
            )
        ).scalars()
    }


def _admin_units(session: Session, ws: Workspace, actor: Actor) -> tuple[bool, frozenset[str]]:
    """(all units, unit ids) an admin covers; (False, empty) for non-admins."""
    scope = access.admin_scope_in(session, ws, actor)
    return scope.all_units, scope.unit_ids


def _admin_covers(session: Session, ws: Workspace, actor: Actor, emp: Employee) -> bool:
    return access.admin_covers(ws, actor, emp.unit_id, session)


def _can_review(session: Session, ws: Workspace, actor: Actor, emp: Employee, on: date) -> bool:
    return access.is_penilai(session, actor, emp.id, on) or _admin_covers(session, ws, actor, emp)


def _require_read(session: Session, ws: Workspace, actor: Actor, emp: Employee, year: int) -> None:
    me = actor.employee_id
    if me is not None and (me == emp.id or emp.id in _team_of(session, me, year)):
        return
    if _admin_covers(session, ws, actor, emp):
        return
    raise PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat data pengembangan kompetensi {n}: hanya pegawai "
            "itu, pejabat penilainya dan admin yang dapat melihatnya."
        ).format(n=organisation.display_name(emp)),
        hint=_("Minta pegawai itu atau atasannya untuk menunjukkannya."),
    )


def _require_write_for(session: Session, ws: Workspace, actor: Actor, emp: Employee) -> None:
    """Recording for someone: the employee themself or an admin covering them."""
    if actor.employee_id == emp.id:
        return
    if _admin_covers(session, ws, actor, emp):
        return
    raise PermissionDeniedError(
        _("Anda hanya dapat mencatat atau mengubah kegiatan pengembangan kompetensi Anda sendiri."),
        hint=_("Minta pegawai itu mencatatnya dari akunnya sendiri, atau minta admin OPD."),
    )


# --- catalogue -------------------------------------------------------------------------
def _seed_catalogue(session: Session) -> None:
    have = session.execute(select(func.count()).select_from(TrainingKind)).scalar_one()
    if have:
        return
    for rule in DEFAULT_JP_CATALOGUE:
        session.add(
            TrainingKind(
                code=rule.kind,
                label=rule.label,
                route=rule.route.value,
                mode=rule.mode.value,
                minutes_per_jp=rule.minutes_per_jp,
                fixed_jp=_text(rule.fixed_jp),
                max_jp=_text(rule.max_jp),
                active=True,
            )
        )
    session.flush()


def ensure_catalogue(ws: Workspace) -> None:
    """Seed the catalogue from the domain defaults when it is empty (first use)."""
    with ws.read() as session:
        have = session.execute(select(func.count()).select_from(TrainingKind)).scalar_one()
    if have:
        return
    with ws.write(actor="system") as session:
        _seed_catalogue(session)


def _kind_row(k: TrainingKind) -> KindRow:
    route = DevRoute.parse(k.route)
    return KindRow(
        id=k.id,
        code=k.code,
        label=k.label,
        route=route.value,
        route_label=route.label,
        mode=k.mode,
        minutes_per_jp=k.minutes_per_jp,
        fixed_jp=_opt_dec(k.fixed_jp),
        max_jp=_opt_dec(k.max_jp),
        active=k.active,
    )


def _kinds(session: Session) -> dict[str, TrainingKind]:
    return {
        norm_key(k.code): k
        for k in session.execute(
            select(TrainingKind).where(TrainingKind.deleted.is_(False))
        ).scalars()
    }


def list_kinds_in(session: Session) -> list[KindRow]:
    """The catalogue inside an open session (demo generator, other services)."""
    return [_kind_row(k) for k in _kinds(session).values()]


def list_kinds(ws: Workspace, *, include_inactive: bool = False) -> list[KindRow]:
    """The catalogue (readable by everyone), ordered by route then label."""
    ensure_catalogue(ws)
    with ws.read() as session:
        rows = [_kind_row(k) for k in _kinds(session).values()]
    order = {r.value: i for i, r in enumerate(DevRoute)}
    rows = [r for r in rows if include_inactive or r.active]
    return sorted(rows, key=lambda r: (order.get(r.route, 9), r.label.casefold()))


def _require_catalogue_admin(ws: Workspace, actor: Actor) -> None:
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    if actor.has(Role.ADMIN_PUSAT) or ws.node.role is not NodeRole.CENTRAL:
        return
    raise PermissionDeniedError(
        _("Katalog jenis kegiatan dan aturan JP di kantor pusat hanya diubah oleh admin pusat."),
        hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
    )


def save_kind(ws: Workspace, actor: Actor, data: KindInput, kind_id: str | None = None) -> KindRow:
    """Create or change a catalogue entry (its code is fixed once created)."""
    _require_catalogue_admin(ws, actor)
    ensure_catalogue(ws)
    problems: list[tuple[str, str]] = []
    code = "".join(
        ch for ch in data.code.strip().lower().replace(" ", "_") if ch.isalnum() or ch == "_"
    )
    label = _clean(data.label)
    if not code or len(code) > 32:
        problems.append(("code", _("Kode wajib diisi, 1-32 huruf/angka/garis bawah.")))
    if not label:
        problems.append(("label", _("Nama jenis kegiatan wajib diisi.")))
    try:
        route = DevRoute.parse(data.route)
    except ValueError as exc:
        problems.append(("route", str(exc)))
        route = DevRoute.PELATIHAN_KLASIKAL
    try:
        mode = JpMode(data.mode)
    except ValueError:
        problems.append(("mode", _("Cara penghitungan JP harus per jam atau tetap.")))
        mode = JpMode.PER_HOUR
    fixed = max_jp = None
    try:
        fixed = _opt_dec(data.fixed_jp.replace(",", "."))
        max_jp = _opt_dec(data.max_jp.replace(",", "."))
    except InvalidOperation:
        problems.append(("fixed_jp", _("JP tetap dan batas JP harus angka.")))
    try:
        JpRule(code or "x", label or "x", route, mode, data.minutes_per_jp, fixed, max_jp)
    except ValueError as exc:
        problems.append(("mode", str(exc)))
    if problems:
        raise ValidationError(
            _("Jenis kegiatan belum dapat disimpan: {p}").format(
                p="; ".join(m for _f, m in problems)
            ),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai lalu simpan lagi."),
        )
    with ws.write(actor=actor.username) as session:
        kinds = _kinds(session)
        if kind_id is None:
            if norm_key(code) in kinds:
                raise ValidationError(
                    _("Kode jenis kegiatan {c} sudah ada di katalog.").format(c=code),
                    problems=[("code", _("Sudah dipakai."))],
                    hint=_("Pilih kode lain, atau ubah jenis kegiatan yang sudah ada."),
                )
            kind = TrainingKind(code=code)
            session.add(kind)
            before: dict[str, object] = {}
        else:
            found = session.get(TrainingKind, kind_id)
            if found is None or found.deleted:
                raise NotFoundError(
                    _("Jenis kegiatan tidak ditemukan."), hint=_("Muat ulang katalog.")
                )
            kind = found
            before = {
                "label": kind.label,
                "route": kind.route,
                "mode": kind.mode,
                "minutes_per_jp": kind.minutes_per_jp,
                "fixed_jp": kind.fixed_jp,
                "max_jp": kind.max_jp,
                "active": kind.active,
            }
        kind.label = label
        kind.route = route.value
        kind.mode = mode.value
        kind.minutes_per_jp = data.minutes_per_jp
        kind.fixed_jp = _text(fixed)
        kind.max_jp = _text(max_jp)
        kind.active = data.active
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training_kind.save",
            "training_kind",
            kind.id,
            {
                "code": kind.code,
                "before": before,
                "after": {
                    "label": label,
                    "route": route.value,
                    "mode": mode.value,
                    "minutes_per_jp": data.minutes_per_jp,
                    "fixed_jp": kind.fixed_jp,
                    "max_jp": kind.max_jp,
                    "active": data.active,
                },
            },
        )
        return _kind_row(kind)


# --- evidence --------------------------------------------------------------------------
def _store_certificate(ws: Workspace, source: Path | None) -> StoredFile | None:
    """Copy a certificate into the shared content-addressed evidence store (outside the
    transaction: a file without a database row is harmless)."""
    if source is None:
        return None
    from ekinerja_desktop.services import evidence

    max_mb = settings.get_int(ws, "evidence_max_mb")
    return evidence.store_file(
        ws.data_dir, Path(source), max_mb, field="certificate_file", key=ws.key
    )


def _evidence_row(session: Session, owner_id: str, stored: StoredFile) -> Evidence:
    row = Evidence(
        owner_employee_id=owner_id,
        sha256=stored.sha256,
        name=stored.name,
        mime=stored.mime,
        size=stored.size,
    )
    session.add(row)
    session.flush()
    return row


def certificate_path(ws: Workspace, actor: Actor, training_id: str) -> Path:
    """Where the stored certificate file of a record is (for opening it)."""
    with ws.read() as session:
        training = _training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        _require_read(session, ws, actor, emp, training.start_date.year)
        evidence = session.get(Evidence, training.evidence_id) if training.evidence_id else None
        if evidence is None:
            raise NotFoundError(
                _("Kegiatan ini belum memiliki berkas sertifikat."),
                hint=_("Lampirkan berkas sertifikat saat mengubah kegiatan."),
            )
        sha256, name = evidence.sha256, evidence.name
    from ekinerja_desktop.services.evidence import viewable_path

    return viewable_path(ws.data_dir, sha256, name, ws.key)


# --- training records ------------------------------------------------------------------
def _training_entity(session: Session, training_id: str) -> Training:
    training = session.get(Training, training_id)
    if training is None or training.deleted:
        raise NotFoundError(
            _("Kegiatan pengembangan kompetensi tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang daftar kegiatan."),
        )
    return training


@dataclass(frozen=True)
class _Clean:
    route: str
    kind: TrainingKind
    title: str
    organiser: str
    start_date: date
    end_date: date
    hours: Decimal
    jp: Decimal
    suggested: Decimal
    reason: str
    certificate_no: str


EARLIEST_TRAINING = date(2000, 1, 1)


def training_date_limits() -> tuple[date, date]:
    """The dates a recorded activity may have: from 2000 up to today (WITA).

    Only activities already carried out are recorded (with their certificate, for
    verification); what is still to come belongs in the development plan."""
    return EARLIEST_TRAINING, today_wita()


def _date_problems(start: date, end: date) -> list[tuple[str, str]]:
    earliest, today = training_date_limits()
    problems: list[tuple[str, str]] = []
    for field, label, value in (
        ("start_date", _("Tanggal mulai"), start),
        ("end_date", _("Tanggal selesai"), end),
    ):
        if value > today:
            problems.append(
                (
                    field,
                    _(
                        "{f} {d} belum terjadi: catat kegiatan yang sudah dilaksanakan "
                        "(paling lambat hari ini, {t}); kegiatan yang akan datang dicatat "
                        "sebagai rencana pengembangan."
                    ).format(f=label, d=value.strftime("%d/%m/%Y"), t=today.strftime("%d/%m/%Y")),
                )
            )
        elif value < earliest:
            problems.append(
                (
                    field,
                    _("{f} {d} tidak masuk akal (paling awal {e}).").format(
                        f=label, d=value.strftime("%d/%m/%Y"), e=earliest.strftime("%d/%m/%Y")
                    ),
                )
            )
    return problems


def _check_input(session: Session, data: TrainingInput) -> _Clean:
    problems: list[tuple[str, str]] = []
    kinds = _kinds(session)
    kind = kinds.get(norm_key(data.kind_code or ""))
    if kind is None:
        problems.append(
            ("kind_code", _("Jenis kegiatan {k!r} tidak ada di katalog.").format(k=data.kind_code))
        )
    try:
        route = DevRoute.parse(data.route or (kind.route if kind else "")).value
    except ValueError as exc:
        problems.append(("route", str(exc)))
        route = ""
    if kind is not None and route and route != kind.route:
        problems.append(
            (
                "route",
                _("Jenis {k} termasuk jalur {r}, bukan jalur yang dipilih.").format(
                    k=kind.label, r=DevRoute.parse(kind.route).label
                ),
            )
        )
    title = _clean(data.title)
    if not title:
        problems.append(("title", _("Judul kegiatan wajib diisi.")))
    elif len(title) > 300:
        problems.append(("title", _("Judul kegiatan maksimal 300 karakter.")))
    organiser = _clean(data.organiser)[:200]
    problems.extend(_date_problems(data.start_date, data.end_date))
    if data.end_date < data.start_date:
        problems.append(
            (
                "end_date",
                _("Tanggal selesai ({e}) lebih awal dari tanggal mulai ({s}).").format(
                    e=data.end_date.strftime("%d/%m/%Y"), s=data.start_date.strftime("%d/%m/%Y")
                ),
            )
        )
    hours = _dec(data.hours, "hours", _("Jumlah jam"))
    if hours < 0 or hours > MAX_HOURS:
        problems.append(("hours", _("Jumlah jam harus 0 sampai {m}.").format(m=MAX_HOURS)))
    suggested = ZERO
    if kind is not None and 0 <= hours <= MAX_HOURS:
        suggested = _kind_row(kind).suggest(hours)
        if kind.mode == JpMode.PER_HOUR.value and hours == 0:
            problems.append(("hours", _("Isi jumlah jam pelajaran/kegiatan sesuai sertifikat.")))
    jp = suggested if data.jp_credited in (None, "") else _dec(data.jp_credited, "jp", "JP")
    jp = jp.quantize(Decimal("0.01"))
    reason = (data.jp_reason or "").strip()
    if jp < 0 or jp > MAX_JP:
        problems.append(("jp_credited", _("JP harus 0 sampai {m}.").format(m=MAX_JP)))
    elif kind is not None and jp != suggested and not reason:
        problems.append(
            (
                "jp_reason",
                _(
                    "JP {jp} berbeda dari aturan katalog ({s} JP untuk {h} jam); tuliskan "
                    "alasannya (mis. JP yang tertera pada sertifikat)."
                ).format(jp=_text(jp), s=_text(suggested), h=_text(hours)),
            )
        )
    certificate_no = _clean(data.certificate_no)
    if len(certificate_no) > 100:
        problems.append(("certificate_no", _("Nomor sertifikat maksimal 100 karakter.")))
    if problems:
        raise ValidationError(
            _("Kegiatan belum dapat disimpan: {p}").format(p="; ".join(m for _f, m in problems)),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai lalu simpan lagi."),
        )
    assert kind is not None
    return _Clean(
        route,
        kind,
        title,
        organiser,
        data.start_date,
        data.end_date,
        hours,
        jp,
        suggested,
        reason,
        certificate_no,
    )


def _check_duplicate(
    session: Session, employee_id: str, clean: _Clean, exclude_id: str | None = None
) -> Training | None:
    candidates = session.execute(
        select(Training).where(
            Training.employee_id == employee_id,
            Training.start_date == clean.start_date,
            Training.kind_code == clean.kind.code,
            Training.deleted.is_(False),
        )
    ).scalars()
    key = clean.title.casefold()
    for t in candidates:
        if t.id != exclude_id and _clean(t.title).casefold() == key:
            return t
    return None


def _duplicate_error(emp: Employee, clean: _Clean) -> ValidationError:
    return ValidationError(
        _(
            'Kegiatan "{t}" ({k}, mulai {d}) sudah tercatat untuk {n}; kegiatan yang sama '
            "tidak dapat dicatat dua kali."
        ).format(
            t=clean.title,
            k=clean.kind.label,
            d=clean.start_date.strftime("%d/%m/%Y"),
            n=organisation.display_name(emp),
        ),
        problems=[("title", _("Sudah tercatat."))],
        hint=_("Buka kegiatan yang sudah ada dan ubah bila perlu."),
    )


def _apply(training: Training, clean: _Clean) -> dict[str, list[object]]:
    values: dict[str, object] = {
        "route": clean.route,
        "kind_code": clean.kind.code,
        "title": clean.title,
        "organiser": clean.organiser,
        "start_date": clean.start_date,
        "end_date": clean.end_date,
        "hours": _text(clean.hours),
        "jp_credited": _text(clean.jp),
        "jp_reason": clean.reason,
        "certificate_no": clean.certificate_no,
    }
    changes: dict[str, list[object]] = {}
    for key, value in values.items():
        old = getattr(training, key, None)
        if old != value:
            changes[key] = [str(old) if old is not None else None, str(value)]
            setattr(training, key, value)
    return changes


def _rows(session: Session, trainings: Sequence[Training]) -> list[TrainingRow]:
    kinds = {k.code: k for k in _kinds(session).values()}
    emp_ids = {t.employee_id for t in trainings} | {
        t.verified_by for t in trainings if t.verified_by
    }
    emps = (
        {
            e.id: e
            for e in session.execute(
                select(Employee).where(Employee.id.in_(sorted(emp_ids)))
            ).scalars()
        }
        if emp_ids
        else {}
    )
    ev_ids = sorted({t.evidence_id for t in trainings if t.evidence_id})
    evidence = (
        {
            e.id: e.name
            for e in session.execute(select(Evidence).where(Evidence.id.in_(ev_ids))).scalars()
        }
        if ev_ids
        else {}
    )
    out: list[TrainingRow] = []
    for t in trainings:
        kind = kinds.get(t.kind_code)
        hours = _num(t.hours)
        suggested = _kind_row(kind).suggest(hours) if kind is not None else None
        emp = emps.get(t.employee_id)
        try:
            route_label = DevRoute.parse(t.route).label
        except ValueError:
            route_label = t.route
        out.append(
            TrainingRow(
                id=t.id,
                employee_id=t.employee_id,
                employee_name=organisation.display_name(emp),
                employee_nip=emp.nip if emp else "",
                route=t.route,
                route_label=route_label,
                kind_code=t.kind_code,
                kind_label=kind.label if kind else t.kind_code,
                title=t.title,
                organiser=t.organiser,
                start_date=t.start_date,
                end_date=t.end_date,
                hours=hours,
                jp_credited=_num(t.jp_credited),
                jp_suggested=suggested,
                jp_reason=t.jp_reason,
                certificate_no=t.certificate_no,
                evidence_id=t.evidence_id,
                certificate_name=evidence.get(t.evidence_id, "") if t.evidence_id else "",
                event_id=t.event_id,
                status=t.status,
                verified_by_name=organisation.display_name(emps.get(t.verified_by or "")),
                verified_at=_stamp(t.verified_at),
                note=t.note,
                version=t.version,
            )
        )
    return out


def _row(session: Session, training: Training) -> TrainingRow:
    return _rows(session, [training])[0]


def suggest(ws: Workspace, kind_code: str, hours: Decimal | str | int | float) -> Decimal:
    """The catalogue's suggested JP for ``hours`` of an activity kind."""
    ensure_catalogue(ws)
    with ws.read() as session:
        kind = _kinds(session).get(norm_key(kind_code))
        if kind is None:
            raise ValidationError(
                _("Jenis kegiatan {k!r} tidak ada di katalog.").format(k=kind_code),
                hint=_("Pilih jenis kegiatan dari daftar."),
            )
        return _kind_row(kind).suggest(_dec(hours, "hours", _("Jumlah jam")))


def record_training(
    ws: Workspace, actor: Actor, data: TrainingInput, *, employee_id: str | None = None
) -> TrainingRow:
    """Record an activity (status Diajukan) for the actor, or (admin) for an employee."""
    ensure_catalogue(ws)
    target = employee_id or _my_employee_id(actor)
    stored = _store_certificate(ws, data.certificate_file)
    with ws.write(actor=actor.username) as session:
        emp = organisation.require_employee(session, target)
        _require_write_for(session, ws, actor, emp)
        clean = _check_input(session, data)
        if _check_duplicate(session, emp.id, clean) is not None:
            raise _duplicate_error(emp, clean)
        training = Training(employee_id=emp.id, status=DIAJUKAN)
        _apply(training, clean)
        if stored is not None:
            training.evidence_id = _evidence_row(session, emp.id, stored).id
        session.add(training)
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training.create",
            "training",
            training.id,
            {
                "employee_id": emp.id,
                "title": clean.title,
                "jp": _text(clean.jp),
                "jp_suggested": _text(clean.suggested),
                "jp_reason": clean.reason,
                "certificate": bool(training.evidence_id),
            },
        )
        return _row(session, training)


def update_training(
    ws: Workspace,
    actor: Actor,
    training_id: str,
    data: TrainingInput,
    *,
    expected_version: int | None = None,
) -> TrainingRow:
    """Change a record that is not verified yet; a rejected record goes back to Diajukan."""
    stored = _store_certificate(ws, data.certificate_file)
    with ws.write(actor=actor.username) as session:
        training = _training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        _require_write_for(session, ws, actor, emp)
        if training.status == DIVERIFIKASI:
            raise ValidationError(
                _('Kegiatan "{t}" sudah diverifikasi dan tidak dapat diubah lagi.').format(
                    t=training.title
                ),
                hint=_("Bila ada kekeliruan, minta pejabat penilai atau admin menanganinya."),
            )
        if expected_version is not None and training.version != expected_version:
            raise ValidationError(
                _("Kegiatan ini telah diubah orang lain sejak Anda membukanya."),
                hint=_("Muat ulang kegiatan lalu ulangi perubahan Anda."),
            )
        clean = _check_input(session, data)
        if _check_duplicate(session, emp.id, clean, exclude_id=training.id) is not None:
            raise _duplicate_error(emp, clean)
        changes = _apply(training, clean)
        if data.remove_certificate and training.evidence_id:
            changes["certificate"] = [training.evidence_id, None]
            training.evidence_id = None
        if stored is not None:
            evidence = _evidence_row(session, emp.id, stored)
            changes["certificate"] = [training.evidence_id, evidence.id]
            training.evidence_id = evidence.id
        if training.status == DITOLAK:
            changes["status"] = [DITOLAK, DIAJUKAN]
            training.status = DIAJUKAN
        session.flush()
        _audit(session, ws, actor, "training.update", "training", training.id, {"changes": changes})
        return _row(session, training)


def delete_training(ws: Workspace, actor: Actor, training_id: str) -> None:
    """Withdraw a record that is not verified (tombstone; plan links are cleared)."""
    with ws.write(actor=actor.username) as session:
        training = _training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        _require_write_for(session, ws, actor, emp)
        if training.status == DIVERIFIKASI:
            raise ValidationError(
                _('Kegiatan "{t}" sudah diverifikasi dan tidak dapat dihapus.').format(
                    t=training.title
                ),
                hint=_("Minta admin bila catatan itu keliru."),
            )
        training.deleted = True
        for item in session.execute(
            select(DevPlanItem).where(DevPlanItem.training_id == training.id)
        ).scalars():
            item.training_id = None
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training.delete",
            "training",
            training.id,
            {"title": training.title},
        )


def get_training(ws: Workspace, actor: Actor, training_id: str) -> TrainingRow:
    with ws.read() as session:
        training = _training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        _require_read(session, ws, actor, emp, training.start_date.year)
        return _row(session, training)


def _year_trainings(
    session: Session, employee_ids: Iterable[str], year: int, *, status: str | None = None
) -> list[Training]:
    ids = sorted(set(employee_ids))
    if not ids:
        return []
    stmt = select(Training).where(
        Training.employee_id.in_(ids),
        Training.start_date >= date(year, 1, 1),
        Training.start_date <= date(year, 12, 31),
        Training.deleted.is_(False),
    )
    if status is not None:
        stmt = stmt.where(Training.status == status)
    return list(session.execute(stmt.order_by(Training.start_date, Training.title)).scalars())


def _overlapping_trainings(
    session: Session, employee_ids: Iterable[str], year: int
) -> list[Training]:
    """Records that ran at least one day in ``year`` (started the year before included)."""
    ids = sorted(set(employee_ids))
    if not ids:
        return []
    stmt = select(Training).where(
        Training.employee_id.in_(ids),
        Training.start_date <= date(year, 12, 31),
        Training.end_date >= date(year, 1, 1),
        Training.deleted.is_(False),
    )
    return list(session.execute(stmt.order_by(Training.start_date, Training.title)).scalars())


def list_trainings(
    ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None
) -> list[TrainingRow]:
    """One employee's records of a year (default: the actor's own), oldest first."""
    _check_year(year)
    target = employee_id or _my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        _require_read(session, ws, actor, emp, year)
        return _rows(session, _year_trainings(session, [emp.id], year))


def _check_review(session: Session, ws: Workspace, actor: Actor, training: Training) -> Employee:
    emp = organisation.require_employee(session, training.employee_id)
    if actor.employee_id is not None and actor.employee_id == training.employee_id:
        raise PermissionDeniedError(
            _("Anda tidak dapat memverifikasi atau menolak kegiatan Anda sendiri."),
            hint=_("Kegiatan Anda diverifikasi oleh pejabat penilai Anda atau admin."),
        )
    if not _can_review(session, ws, actor, emp, training.start_date):
        raise PermissionDeniedError(
            _(
                "Anda bukan pejabat penilai {n} pada tahun {y} dan bukan admin yang "
                "membawahinya, sehingga tidak dapat memverifikasi kegiatan ini."
            ).format(n=organisation.display_name(emp), y=training.start_date.year),
            hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya."),
        )
    if training.status != DIAJUKAN:
        raise ValidationError(
            _(
                'Kegiatan "{t}" berstatus {s}; hanya kegiatan berstatus Diajukan yang dapat '
                "diverifikasi atau ditolak."
            ).format(t=training.title, s=training.status),
            hint=_("Muat ulang daftar verifikasi."),
        )
    return emp


def verify(ws: Workspace, actor: Actor, training_id: str, note: str = "") -> TrainingRow:
    """Verify a submitted record: its JP now counts in the yearly meter."""
    with ws.write(actor=actor.username) as session:
        training = _training_entity(session, training_id)
        _check_review(session, ws, actor, training)
        training.status = DIVERIFIKASI
        training.verified_by = actor.employee_id
        training.verified_at = now_utc()
        training.note = (note or "").strip()
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training.verify",
            "training",
            training.id,
            {"employee_id": training.employee_id, "jp": training.jp_credited},
        )
        return _row(session, training)


def reject(ws: Workspace, actor: Actor, training_id: str, note: str) -> TrainingRow:
    """Return a submitted record with a note saying what to fix."""
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            _("Tuliskan catatan penolakan: apa yang perlu diperbaiki pegawai."),
            problems=[("note", _("Wajib diisi."))],
            hint=_("Mis. sertifikat belum dilampirkan atau JP tidak sesuai sertifikat."),
        )
    with ws.write(actor=actor.username) as session:
        training = _training_entity(session, training_id)
        _check_review(session, ws, actor, training)
        training.status = DITOLAK
        training.verified_by = actor.employee_id
        training.verified_at = now_utc()
        training.note = note
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training.reject",
            "training",
            training.id,
            {"employee_id": training.employee_id, "note": note},
        )
        return _row(session, training)


def _reviewable_ids(session: Session, ws: Workspace, actor: Actor, year: int) -> set[str]:
    """Employees whose records the actor may verify in ``year`` (team and admin scope)."""
    ids: set[str] = set()
    if actor.employee_id is not None:
        ids |= _team_of(session, actor.employee_id, year)
    all_units, unit_ids = _admin_units(session, ws, actor)
    if all_units or unit_ids:
        stmt = select(Employee.id).where(Employee.deleted.is_(False))
        if not all_units:
            stmt = stmt.where(Employee.unit_id.in_(sorted(unit_ids)))
        ids |= {str(e) for e in session.execute(stmt).scalars()}
    ids.discard(actor.employee_id or "")
    return ids


def verification_queue(ws: Workspace, actor: Actor, year: int) -> list[TrainingRow]:
    """Submitted records of ``year`` the actor may verify (team members, admin scope)."""
    _check_year(year)
    with ws.read() as session:
        ids = _reviewable_ids(session, ws, actor, year)
        all_units, unit_ids = _admin_units(session, ws, actor)
        trainings = _year_trainings(session, ids, year, status=DIAJUKAN)
        units = (
            {
                str(e): u
                for e, u in session.execute(
                    select(Employee.id, Employee.unit_id).where(
                        Employee.id.in_(sorted({t.employee_id for t in trainings}))
                    )
                ).all()
            }
            if trainings
            else {}
        )
        me = actor.employee_id

        def allowed(t: Training) -> bool:
            unit = units.get(t.employee_id)
            if all_units or (unit is not None and unit in unit_ids):
                return True
            return (
                me is not None and organisation.penilai(session, t.employee_id, t.start_date) == me
            )

        return _rows(session, [t for t in trainings if allowed(t)])


def bulk_record(
    ws: Workspace, actor: Actor, data: TrainingInput, employee_ids: Sequence[str]
) -> list[TrainingRow]:
    """(Admin) One event for many attendees, verified at once with a shared event id.
    Refused as a whole when an attendee already has the same event recorded."""
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    ensure_catalogue(ws)
    ids = list(dict.fromkeys(e for e in employee_ids if e))
    if not ids:
        raise ValidationError(
            _("Pilih minimal satu peserta kegiatan."),
            problems=[("employee_ids", _("Belum ada peserta."))],
            hint=_("Centang pegawai yang mengikuti kegiatan."),
        )
    if data.certificate_file is not None:
        raise ValidationError(
            _("Entri massal tidak melampirkan berkas sertifikat perorangan."),
            hint=_("Lampirkan sertifikat masing-masing peserta setelah entri massal."),
        )
    event_id = new_uuid()
    with ws.write(actor=actor.username) as session:
        clean = _check_input(session, data)
        emps = [organisation.require_employee(session, e) for e in ids]
        outside = [e for e in emps if not _admin_covers(session, ws, actor, e)]
        if outside:
            raise PermissionDeniedError(
                _("{n} peserta berada di luar OPD Anda: {names}.").format(
                    n=len(outside),
                    names=", ".join(organisation.display_name(e) for e in outside[:5]),
                ),
                hint=_("Hapus mereka dari daftar, atau minta admin pusat (BKPSDM)."),
            )
        dupes = [e for e in emps if _check_duplicate(session, e.id, clean) is not None]
        if dupes:
            raise ValidationError(
                _(
                    'Kegiatan "{t}" (mulai {d}) sudah tercatat untuk {n} peserta: {names}. '
                    "Kegiatan yang sama tidak dapat dicatat dua kali."
                ).format(
                    t=clean.title,
                    d=clean.start_date.strftime("%d/%m/%Y"),
                    n=len(dupes),
                    names=", ".join(organisation.display_name(e) for e in dupes[:5]),
                ),
                problems=[("employee_ids", organisation.display_name(e)) for e in dupes],
                hint=_("Hapus peserta itu dari daftar lalu simpan lagi."),
            )
        now = now_utc()
        created: list[Training] = []
        for emp in emps:
            training = Training(employee_id=emp.id, event_id=event_id)
            _apply(training, clean)
            training.status = DIVERIFIKASI
            training.verified_by = actor.employee_id
            training.verified_at = now
            session.add(training)
            created.append(training)
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "training.bulk",
            "training",
            event_id,
            {
                "title": clean.title,
                "jp": _text(clean.jp),
                "count": len(created),
                "training_ids": [t.id for t in created],
            },
        )
        return _rows(session, created)


# --- JP meter --------------------------------------------------------------------------
def _meters(
    session: Session, emps: Sequence[Employee], year: int, unit_names: dict[str, str]
) -> list[JpMeter]:
    trainings = _overlapping_trainings(session, [e.id for e in emps], year)
    verified: dict[str, list[Decimal]] = {e.id: [ZERO] * 12 for e in emps}
    pending: dict[str, Decimal] = {e.id: ZERO for e in emps}
    for t in trainings:
        # An activity across a year end counts in each year for its days there.
        shares = jp_by_month(_num(t.jp_credited), t.start_date, t.end_date)
        for (y, month), jp in shares.items():
            if y != year:
                continue
            if t.status == DIVERIFIKASI:
                verified[t.employee_id][month - 1] += jp
            elif t.status == DIAJUKAN:
                pending[t.employee_id] += jp
    contracts = _contract_totals(session, emps, year)
    out: list[JpMeter] = []
    for emp in emps:
        total = sum(verified[emp.id], ZERO)
        try:
            asn = AsnStatus.parse(emp.status)
        except ValueError:
            asn = AsnStatus.PNS
        window, contract_total = contracts.get(emp.id, (None, None))
        counted = contract_total if contract_total is not None else total
        ok, message = jp_status(asn, counted, contract=window)
        out.append(
            JpMeter(
                employee_id=emp.id,
                employee_name=organisation.display_name(emp),
                employee_nip=emp.nip,
                unit_name=unit_names.get(emp.unit_id or "", ""),
                asn_status=asn.value,
                year=year,
                verified_jp=total,
                pending_jp=pending[emp.id],
                limit_jp=PPPK_MAX_JP_PER_YEAR if asn is AsnStatus.PPPK else PNS_MIN_JP_PER_YEAR,
                ok=ok,
                message=message,
                monthly=tuple(verified[emp.id]),
                contract_jp=contract_total,
                contract=window,
            )
        )
    return out


def _contract_totals(
    session: Session, emps: Sequence[Employee], year: int
) -> dict[str, tuple[tuple[date, date], Decimal]]:
    """PPPK with an appointment date (``active_from``): the contract year around the
    meter's reference day (today within ``year``, else its last day) and the verified
    JP credited in it (domain.jp: a PPPK's cap is per contract year)."""
    today = today_wita()
    on = min(max(today, date(year, 1, 1)), date(year, 12, 31))
    windows = {
        e.id: contract_year(e.active_from, on)
        for e in emps
        if e.status == AsnStatus.PPPK.value and e.active_from is not None
    }
    if not windows:
        return {}
    totals = dict.fromkeys(windows, ZERO)
    first = min(w[0] for w in windows.values())
    last = max(w[1] for w in windows.values())
    for chunk_start in range(0, len(windows), 500):
        ids = sorted(windows)[chunk_start : chunk_start + 500]
        for t in session.execute(
            select(Training).where(
                Training.employee_id.in_(ids),
                Training.start_date <= last,
                Training.end_date >= first,
                Training.status == DIVERIFIKASI,
                Training.deleted.is_(False),
            )
        ).scalars():
            start, end = windows[t.employee_id]
            for (y, m), jp in jp_by_month(_num(t.jp_credited), t.start_date, t.end_date).items():
                if start <= date(y, m, 1) <= end or (y, m) == (start.year, start.month):
                    totals[t.employee_id] += jp
    return {e: (windows[e], totals[e]) for e in windows}


def jp_meter(ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None) -> JpMeter:
    """Verified JP of one employee (default: the actor) in ``year`` against the rule."""
    _check_year(year)
    target = employee_id or _my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        _require_read(session, ws, actor, emp, year)

        tree = organisation.load_tree(session)
        names = {emp.unit_id: tree.path(emp.unit_id)} if emp.unit_id else {}
        return _meters(session, [emp], year, {k: v for k, v in names.items() if k})[0]


def _scope_employees(
    session: Session, ws: Workspace, actor: Actor, year: int, unit_id: str | None
) -> tuple[list[Employee], dict[str, str]]:
    """Active employees of a unit subtree (or the actor's team and admin scope), by name,
    with the full path of their units."""

    tree = organisation.load_tree(session)
    all_units, scope_ids = _admin_units(session, ws, actor)
    stmt = select(Employee).where(Employee.deleted.is_(False), Employee.active.is_(True))
    if unit_id is not None:
        wanted = tree.subtree(unit_id)
        if not all_units and not wanted <= scope_ids:
            raise PermissionDeniedError(
                _("Unit itu berada di luar wewenang Anda."),
                hint=_("Pilih unit di OPD Anda, atau minta admin pusat (BKPSDM)."),
            )
        stmt = stmt.where(Employee.unit_id.in_(sorted(wanted)))
    elif not all_units:
        ids = set(_team_of(session, actor.employee_id, year)) if actor.employee_id else set()
        if scope_ids:
            ids |= {
                str(e)
                for e in session.execute(
                    select(Employee.id).where(Employee.unit_id.in_(sorted(scope_ids)))
                ).scalars()
            }
        stmt = stmt.where(Employee.id.in_(sorted(ids)))
    emps = list(session.execute(stmt.order_by(Employee.name, Employee.nip)).scalars())
    names = {u: tree.path(u) for u in {e.unit_id for e in emps if e.unit_id}}
    return emps, names


def unit_overview(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[JpMeter]:
    """JP meters of the active employees of a unit (and its sub-units) the actor may see:
    an admin's scope, or an atasan's team when no unit is given. Ordered by name."""
    _check_year(year)
    with ws.read() as session:
        emps, names = _scope_employees(session, ws, actor, year, unit_id)
        return _meters(session, emps, year, names)


def unit_trainings(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[TrainingRow]:
    """All records of ``year`` of the employees ``unit_overview`` shows (one query)."""
    _check_year(year)
    with ws.read() as session:
        emps, _names = _scope_employees(session, ws, actor, year, unit_id)
        order = {e.id: i for i, e in enumerate(emps)}
        trainings = _year_trainings(session, order, year)
        trainings.sort(key=lambda t: (order[t.employee_id], t.start_date, t.title))
        return _rows(session, trainings)


# --- development plan ------------------------------------------------------------------
def _plan_entity(session: Session, item_id: str) -> DevPlanItem:
    item = session.get(DevPlanItem, item_id)
    if item is None or item.deleted:
        raise NotFoundError(
            _("Rencana pengembangan tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang rencana pengembangan."),
        )
    return item


def _require_plan_write(
    session: Session, ws: Workspace, actor: Actor, emp: Employee, year: int
) -> None:
    me = actor.employee_id
    if me is not None and (
        me == emp.id
        or organisation.penilai(session, emp.id, date(year, 12, 31)) == me
        or emp.id in _team_of(session, me, year)
    ):
        return
    if _admin_covers(session, ws, actor, emp):
        return
    raise PermissionDeniedError(
        _(
            "Rencana pengembangan {n} hanya dapat diubah oleh pegawai itu, pejabat penilainya "
            "atau admin."
        ).format(n=organisation.display_name(emp)),
        hint=_("Minta pegawai itu atau atasannya untuk mengubahnya."),
    )


def _check_plan(session: Session, data: PlanInput) -> tuple[str, str, int, Decimal, str]:
    problems: list[tuple[str, str]] = []
    title = _clean(data.title)
    if not title:
        problems.append(("title", _("Nama rencana kegiatan wajib diisi.")))
    kind_code = ""
    if data.kind_code:
        kind = _kinds(session).get(norm_key(data.kind_code))
        if kind is None:
            problems.append(
                (
                    "kind_code",
                    _("Jenis kegiatan {k!r} tidak ada di katalog.").format(k=data.kind_code),
                )
            )
        else:
            kind_code = kind.code
    if not 0 <= data.planned_month <= 12:
        problems.append(("planned_month", _("Bulan rencana harus 1-12 (0 = kapan saja).")))
    jp = _dec(data.planned_jp, "planned_jp", _("JP rencana"))
    if jp < 0 or jp > MAX_JP:
        problems.append(("planned_jp", _("JP rencana harus 0 sampai {m}.").format(m=MAX_JP)))
    if problems:
        raise ValidationError(
            _("Rencana belum dapat disimpan: {p}").format(p="; ".join(m for _f, m in problems)),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai lalu simpan lagi."),
        )
    return title, kind_code, data.planned_month, jp, (data.note or "").strip()


def add_plan_item(
    ws: Workspace,
    actor: Actor,
    year: int,
    data: PlanInput,
    *,
    employee_id: str | None = None,
    follow_up_id: str | None = None,
) -> PlanItemRow:
    """Plan an activity for a year; with ``follow_up_id`` it comes from an evaluation's
    coaching plan (source "evaluation")."""
    _check_year(year)
    ensure_catalogue(ws)
    target = employee_id or _my_employee_id(actor)
    with ws.write(actor=actor.username) as session:
        emp = organisation.require_employee(session, target)
        _require_plan_write(session, ws, actor, emp, year)
        title, kind_code, month, jp, note = _check_plan(session, data)
        if follow_up_id is not None:
            follow = session.get(FollowUp, follow_up_id)
            if follow is None or follow.deleted or follow.employee_id != emp.id:
                raise NotFoundError(
                    _("Rencana pembinaan dari evaluasi tidak ditemukan untuk pegawai ini."),
                    hint=_("Muat ulang hasil evaluasi."),
                )
        item = DevPlanItem(
            employee_id=emp.id,
            year=year,
            kind_code=kind_code,
            title=title,
            planned_month=month,
            planned_jp=_text(jp),
            source="evaluation" if follow_up_id else "manual",
            follow_up_id=follow_up_id,
            note=note,
        )
        session.add(item)
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "dev_plan.create",
            "dev_plan_item",
            item.id,
            {"employee_id": emp.id, "year": year, "title": title, "source": item.source},
        )
        return _plan_rows(session, [item])[0]


def update_plan_item(ws: Workspace, actor: Actor, item_id: str, data: PlanInput) -> PlanItemRow:
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        title, kind_code, month, jp, note = _check_plan(session, data)
        before = [item.title, item.kind_code, item.planned_month, item.planned_jp, item.note]
        item.title, item.kind_code, item.planned_month = title, kind_code, month
        item.planned_jp, item.note = _text(jp), note
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "dev_plan.update",
            "dev_plan_item",
            item.id,
            {"before": before, "after": [title, kind_code, month, _text(jp), note]},
        )
        return _plan_rows(session, [item])[0]


def delete_plan_item(ws: Workspace, actor: Actor, item_id: str) -> None:
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        item.deleted = True
        session.flush()
        _audit(
            session, ws, actor, "dev_plan.delete", "dev_plan_item", item.id, {"title": item.title}
        )


def link_plan_item(
    ws: Workspace, actor: Actor, item_id: str, training_id: str | None
) -> PlanItemRow:
    """Mark a planned item as realised by one of the employee's records (None unlinks)."""
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        if training_id is not None:
            training = _training_entity(session, training_id)
            if training.employee_id != item.employee_id:
                raise ValidationError(
                    _("Kegiatan itu milik pegawai lain dan tidak dapat ditautkan ke rencana ini."),
                    hint=_("Pilih kegiatan milik pegawai yang sama."),
                )
            if training.start_date.year != item.year:
                raise ValidationError(
                    _(
                        "Kegiatan itu dilaksanakan tahun {a}, sedangkan rencana untuk tahun {b}."
                    ).format(a=training.start_date.year, b=item.year),
                    hint=_("Pilih kegiatan pada tahun rencana."),
                )
        before = item.training_id
        item.training_id = training_id
        session.flush()
        _audit(
            session,
            ws,
            actor,
            "dev_plan.link",
            "dev_plan_item",
            item.id,
            {"before": before, "after": training_id},
        )
        return _plan_rows(session, [item])[0]


def _plan_rows(session: Session, items: Sequence[DevPlanItem]) -> list[PlanItemRow]:
    kinds = {k.code: k.label for k in _kinds(session).values()}
    t_ids = sorted({i.training_id for i in items if i.training_id})
    trainings = (
        {t.id: t for t in session.execute(select(Training).where(Training.id.in_(t_ids))).scalars()}
        if t_ids
        else {}
    )
    out: list[PlanItemRow] = []
    for item in items:
        t = trainings.get(item.training_id or "")
        if t is not None and t.deleted:
            t = None
        out.append(
            PlanItemRow(
                id=item.id,
                employee_id=item.employee_id,
                year=item.year,
                kind_code=item.kind_code,
                kind_label=kinds.get(item.kind_code, item.kind_code),
                title=item.title,
                planned_month=item.planned_month,
                planned_jp=_num(item.planned_jp),
                source=item.source,
                follow_up_id=item.follow_up_id,
                training_id=t.id if t else None,
                training_title=t.title if t else "",
                training_status=t.status if t else "",
                realised_jp=_num(t.jp_credited) if t and t.status == DIVERIFIKASI else ZERO,
                note=item.note,
            )
        )
    return out


def development_plan(
    ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None
) -> PlanSummary:
    """Planned items of a year with what was realised (linked, verified records)."""
    _check_year(year)
    target = employee_id or _my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        _require_read(session, ws, actor, emp, year)
        items = list(
            session.execute(
                select(DevPlanItem)
                .where(
                    DevPlanItem.employee_id == emp.id,
                    DevPlanItem.year == year,
                    DevPlanItem.deleted.is_(False),
                )
                .order_by(DevPlanItem.planned_month, DevPlanItem.title)
            ).scalars()
        )
        rows = _plan_rows(session, items)
        emp_id = emp.id
    return PlanSummary(
        employee_id=emp_id,
        year=year,
        items=tuple(rows),
        planned_jp=sum((r.planned_jp for r in rows), ZERO),
        realised_jp=sum((r.realised_jp for r in rows), ZERO),
        realised_count=sum(1 for r in rows if r.realised),
    )
