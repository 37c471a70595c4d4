"""Competency development: training records - record, change, delete, verify or
reject, the verification queue, bulk entry for a group, certificates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import (
    DevRoute,
    JpMode,
)
from ekinerja_desktop.domain.parsing import norm_key
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import audit, organisation, settings
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    check_problems,
    live_row,
)
from ekinerja_desktop.services.evidence import evidence_row
from ekinerja_desktop.services.training.catalogue import (
    ensure_catalogue,
    kind_row,
    kinds_by_code,
)
from ekinerja_desktop.services.training.common import (
    DIAJUKAN,
    DITOLAK,
    DIVERIFIKASI,
    MAX_HOURS,
    MAX_JP,
    ZERO,
    TrainingInput,
    TrainingRow,
    admin_covers,
    admin_units,
    can_review,
    check_year,
    clean_text,
    dec_text,
    my_employee_id,
    num_of,
    parse_dec,
    require_read,
    require_write_for,
    stamp_text,
)
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import (
    DevPlanItem,
    Employee,
    Evidence,
    Training,
    TrainingKind,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.evidence import StoredFile
    from ekinerja_desktop.services.workspace import Workspace


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


def certificate_path(ws: Workspace, actor: Actor, training_id: str) -> Path:
    """Where the stored certificate file of a record is (for opening it)."""
    with ws.read() as session:
        training = training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        require_read(session, ws, actor, emp, training.start_date.year)
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
def training_entity(session: Session, training_id: str) -> Training:
    missing = _("Kegiatan pengembangan kompetensi tidak ditemukan (mungkin sudah dihapus).")
    return live_row(session, Training, training_id, missing, _("Muat ulang daftar kegiatan."))


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
    kinds = kinds_by_code(session)
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
    title = clean_text(data.title)
    if not title:
        problems.append(("title", _("Judul kegiatan wajib diisi.")))
    elif len(title) > 300:
        problems.append(("title", _("Judul kegiatan maksimal 300 karakter.")))
    organiser = clean_text(data.organiser)[:200]
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
    hours = parse_dec(data.hours, "hours", _("Jumlah jam"))
    if hours < 0 or hours > MAX_HOURS:
        problems.append(("hours", _("Jumlah jam harus 0 sampai {m}.").format(m=MAX_HOURS)))
    suggested = ZERO
    if kind is not None and 0 <= hours <= MAX_HOURS:
        suggested = kind_row(kind).suggest(hours)
        if kind.mode == JpMode.PER_HOUR.value and hours == 0:
            problems.append(("hours", _("Isi jumlah jam pelajaran/kegiatan sesuai sertifikat.")))
    jp = suggested if data.jp_credited in (None, "") else parse_dec(data.jp_credited, "jp", "JP")
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
                ).format(jp=dec_text(jp), s=dec_text(suggested), h=dec_text(hours)),
            )
        )
    certificate_no = clean_text(data.certificate_no)
    if len(certificate_no) > 100:
        problems.append(("certificate_no", _("Nomor sertifikat maksimal 100 karakter.")))
    check_problems(
        problems,
        _("Kegiatan belum dapat disimpan: {p}"),
        _("Perbaiki isian yang ditandai lalu simpan lagi."),
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
        if t.id != exclude_id and clean_text(t.title).casefold() == key:
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
        "hours": dec_text(clean.hours),
        "jp_credited": dec_text(clean.jp),
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


def training_rows(session: Session, trainings: Sequence[Training]) -> list[TrainingRow]:
    kinds = {k.code: k for k in kinds_by_code(session).values()}
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
        hours = num_of(t.hours)
        suggested = kind_row(kind).suggest(hours) if kind is not None else None
        emp = emps.get(t.employee_id)
        try:
            route_label = DevRoute.parse(t.route).label
        except ValueError:
            route_label = t.route
        out.append(
            record_from(
                TrainingRow,
                t,
                employee_name=organisation.display_name(emp),
                employee_nip=emp.nip if emp else "",
                route_label=route_label,
                kind_label=kind.label if kind else t.kind_code,
                hours=hours,
                jp_credited=num_of(t.jp_credited),
                jp_suggested=suggested,
                certificate_name=evidence.get(t.evidence_id, "") if t.evidence_id else "",
                verified_by_name=organisation.display_name(emps.get(t.verified_by or "")),
                verified_at=stamp_text(t.verified_at),
            )
        )
    return out


def _row(session: Session, training: Training) -> TrainingRow:
    return training_rows(session, [training])[0]


def suggest(ws: Workspace, kind_code: str, hours: Decimal | str | int | float) -> Decimal:
    """The catalogue's suggested JP for ``hours`` of an activity kind."""
    ensure_catalogue(ws)
    with ws.read() as session:
        kind = kinds_by_code(session).get(norm_key(kind_code))
        if kind is None:
            raise ValidationError(
                _("Jenis kegiatan {k!r} tidak ada di katalog.").format(k=kind_code),
                hint=_("Pilih jenis kegiatan dari daftar."),
            )
        return kind_row(kind).suggest(parse_dec(hours, "hours", _("Jumlah jam")))


def record_training(
    ws: Workspace, actor: Actor, data: TrainingInput, *, employee_id: str | None = None
) -> TrainingRow:
    """Record an activity (status Diajukan) for the actor, or (admin) for an employee."""
    ensure_catalogue(ws)
    target = employee_id or my_employee_id(actor)
    stored = _store_certificate(ws, data.certificate_file)
    with ws.write(actor=actor.username) as session:
        emp = organisation.require_employee(session, target)
        require_write_for(session, ws, actor, emp)
        clean = _check_input(session, data)
        if _check_duplicate(session, emp.id, clean) is not None:
            raise _duplicate_error(emp, clean)
        training = Training(employee_id=emp.id, status=DIAJUKAN)
        _apply(training, clean)
        if stored is not None:
            training.evidence_id = evidence_row(session, emp.id, stored).id
        session.add(training)
        session.flush()
        detail = {
            "employee_id": emp.id,
            "title": clean.title,
            "jp": dec_text(clean.jp),
            "jp_suggested": dec_text(clean.suggested),
            "jp_reason": clean.reason,
            "certificate": bool(training.evidence_id),
        }
        audit.record_row(session, ws, actor, "training.create", training, detail)
        return _row(session, training)


def _unverified(  # noqa: PLR0917 - the refusal and its hint belong to the caller
    session: Session, ws: Workspace, actor: Actor, training_id: str, refusal: str, hint: str
) -> tuple[Training, Employee]:
    """A record the actor may change and its employee; a verified record is refused with
    ``refusal`` (``{t}``: its title) and ``hint``."""
    training = training_entity(session, training_id)
    emp = organisation.require_employee(session, training.employee_id)
    require_write_for(session, ws, actor, emp)
    if training.status == DIVERIFIKASI:
        raise ValidationError(refusal.format(t=training.title), hint=hint)
    return training, emp


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
    refusal = _('Kegiatan "{t}" sudah diverifikasi dan tidak dapat diubah lagi.')
    hint = _("Bila ada kekeliruan, minta pejabat penilai atau admin menanganinya.")
    with ws.write(actor=actor.username) as session:
        training, emp = _unverified(session, ws, actor, training_id, refusal, hint)
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
            evidence = evidence_row(session, emp.id, stored)
            changes["certificate"] = [training.evidence_id, evidence.id]
            training.evidence_id = evidence.id
        if training.status == DITOLAK:
            changes["status"] = [DITOLAK, DIAJUKAN]
            training.status = DIAJUKAN
        session.flush()
        audit.record_row(session, ws, actor, "training.update", training, {"changes": changes})
        return _row(session, training)


def delete_training(ws: Workspace, actor: Actor, training_id: str) -> None:
    """Withdraw a record that is not verified (tombstone; plan links are cleared)."""
    refusal = _('Kegiatan "{t}" sudah diverifikasi dan tidak dapat dihapus.')
    hint = _("Minta admin bila catatan itu keliru.")
    with ws.write(actor=actor.username) as session:
        training, _emp = _unverified(session, ws, actor, training_id, refusal, hint)
        training.deleted = True
        for item in session.execute(
            select(DevPlanItem).where(DevPlanItem.training_id == training.id)
        ).scalars():
            item.training_id = None
        session.flush()
        audit.record_row(session, ws, actor, "training.delete", training, {"title": training.title})


def get_training(ws: Workspace, actor: Actor, training_id: str) -> TrainingRow:
    with ws.read() as session:
        training = training_entity(session, training_id)
        emp = organisation.require_employee(session, training.employee_id)
        require_read(session, ws, actor, emp, training.start_date.year)
        return _row(session, training)


def _trainings_where(
    session: Session, employee_ids: Iterable[str], *when: ColumnElement[bool]
) -> list[Training]:
    """The live records of ``employee_ids`` that meet ``when``, by start date and title."""
    ids = sorted(set(employee_ids))
    if not ids:
        return []
    stmt = select(Training).where(Training.employee_id.in_(ids), *when, Training.deleted.is_(False))
    return list(session.execute(stmt.order_by(Training.start_date, Training.title)).scalars())


def year_trainings(
    session: Session, employee_ids: Iterable[str], year: int, *, status: str | None = None
) -> list[Training]:
    started = (Training.start_date >= date(year, 1, 1), Training.start_date <= date(year, 12, 31))
    with_status = () if status is None else (Training.status == status,)
    return _trainings_where(session, employee_ids, *started, *with_status)


def overlapping_trainings(
    session: Session, employee_ids: Iterable[str], year: int
) -> list[Training]:
    """Records that ran at least one day in ``year`` (started the year before included)."""
    ran = (Training.start_date <= date(year, 12, 31), Training.end_date >= date(year, 1, 1))
    return _trainings_where(session, employee_ids, *ran)


def list_trainings(
    ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None
) -> list[TrainingRow]:
    """One employee's records of a year (default: the actor's own), oldest first."""
    check_year(year)
    target = employee_id or my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        require_read(session, ws, actor, emp, year)
        return training_rows(session, year_trainings(session, [emp.id], year))


def _check_review(session: Session, ws: Workspace, actor: Actor, training: Training) -> Employee:
    emp = organisation.require_employee(session, training.employee_id)
    if actor.employee_id is not None and actor.employee_id == training.employee_id:
        raise PermissionDeniedError(
            _("Anda tidak dapat memverifikasi atau menolak kegiatan Anda sendiri."),
            hint=_("Kegiatan Anda diverifikasi oleh pejabat penilai Anda atau admin."),
        )
    if not can_review(session, ws, actor, emp, training.start_date):
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


def _decide(ws: Workspace, actor: Actor, training_id: str, status: str, note: str) -> TrainingRow:
    """The reviewer's decision on a submitted record (Diverifikasi or Ditolak), with its
    note and time; audited as training.verify (with the JP) or training.reject."""
    with ws.write(actor=actor.username) as session:
        training = training_entity(session, training_id)
        _check_review(session, ws, actor, training)
        training.status = status
        training.verified_by = actor.employee_id
        training.verified_at = now_utc()
        training.note = note
        session.flush()
        verified = status == DIVERIFIKASI
        action = "training.verify" if verified else "training.reject"
        outcome = {"jp": training.jp_credited} if verified else {"note": note}
        detail = {"employee_id": training.employee_id, **outcome}
        audit.record_row(session, ws, actor, action, training, detail)
        return _row(session, training)


def verify(ws: Workspace, actor: Actor, training_id: str, note: str = "") -> TrainingRow:
    """Verify a submitted record: its JP now counts in the yearly meter."""
    return _decide(ws, actor, training_id, DIVERIFIKASI, (note or "").strip())


def reject(ws: Workspace, actor: Actor, training_id: str, note: str) -> TrainingRow:
    """Return a submitted record with a note saying what to fix."""
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            _("Tuliskan catatan penolakan: apa yang perlu diperbaiki pegawai."),
            problems=[("note", _("Wajib diisi."))],
            hint=_("Mis. sertifikat belum dilampirkan atau JP tidak sesuai sertifikat."),
        )
    return _decide(ws, actor, training_id, DITOLAK, note)


def _reviewable_ids(session: Session, ws: Workspace, actor: Actor, year: int) -> set[str]:
    """Employees whose records the actor may verify in ``year`` (team and admin scope)."""
    ids: set[str] = set()
    if actor.employee_id is not None:
        ids |= organisation.mapped_to(session, actor.employee_id, year)
    all_units, unit_ids = admin_units(session, ws, actor)
    if all_units or unit_ids:
        stmt = select(Employee.id).where(Employee.deleted.is_(False))
        if not all_units:
            stmt = stmt.where(Employee.unit_id.in_(sorted(unit_ids)))
        ids |= {str(e) for e in session.execute(stmt).scalars()}
    ids.discard(actor.employee_id or "")
    return ids


def verification_queue(ws: Workspace, actor: Actor, year: int) -> list[TrainingRow]:
    """Submitted records of ``year`` the actor may verify (team members, admin scope)."""
    check_year(year)
    with ws.read() as session:
        ids = _reviewable_ids(session, ws, actor, year)
        all_units, unit_ids = admin_units(session, ws, actor)
        trainings = year_trainings(session, ids, year, status=DIAJUKAN)
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

        return training_rows(session, [t for t in trainings if allowed(t)])


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
        outside = [e for e in emps if not admin_covers(session, ws, actor, e)]
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
        detail = {
            "title": clean.title,
            "jp": dec_text(clean.jp),
            "count": len(created),
            "training_ids": [t.id for t in created],
        }
        audit.record_action(
            session,
            ws,
            actor,
            action="training.bulk",
            entity="training",
            entity_id=event_id,
            detail=detail,
        )
        return training_rows(session, created)
