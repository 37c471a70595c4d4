"""Evaluation lifecycle: open (create the draft from the approved SKP), read, receive,
rate, sign and correct (revision N+1), and finding the evaluation of a period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import EvaluationAction, EvaluationStatus, evaluation_transition
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.errors import NotFoundError, ValidationError, required_text
from ekinerja_desktop.services.evaluation.access import (
    access_of,
    deny_read,
    not_penilai,
    require_editable,
    require_penilai,
)
from ekinerja_desktop.services.evaluation.common import (
    SIGNED_STATUSES,
    EvaluationDetail,
    audit_evaluation,
    behaviour_rows,
    clean_text,
    evaluated_span,
    heads_organisation,
    latest_evaluation,
    load_evaluation,
    org_head_rating_of,
    org_predikat_value,
    parse_rating,
    part_for,
    part_reference,
    penilai_atasan,
    require_latest_evaluation,
    result_row,
    result_rows,
    to_period,
)
from ekinerja_desktop.services.evaluation.detail import (
    build_detail,
    gather_facts,
    period_logs,
    signed_content_hash,
    skp_indicators,
    take_snapshots,
)
from ekinerja_desktop.services.skp import (
    acts_for_external_penilai,
    current_approved,
    effective_period,
)
from ekinerja_desktop.store.base import copy_row, new_uuid
from ekinerja_desktop.store.models import (
    Employee,
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def open_evaluation(
    ws: Workspace, actor: Actor, employee_id: str, period_code: str, part: int | None = None
) -> EvaluationDetail:
    """The latest revision for the employee, period and SKP period ``part`` (default:
    the SKP period in force in the evaluation period); creates the draft (from that
    approved SKP, realisasi prefilled from approved daily logs) when there is none.
    The penilai of that SKP period within the evaluation period, or the employee, may
    create it: after a mutasi the old penilai evaluates the old SKP's months."""
    period = to_period(period_code)
    with ws.write(actor=actor.username) as session:
        chosen = part_for(session, employee_id, period, part)
        ev = latest_evaluation(session, employee_id, period.code, chosen)
        if ev is None:
            emp = organisation.employee(session, employee_id)
            if emp is None:
                raise NotFoundError(_("Data pegawai tidak ditemukan."))
            on = part_reference(session, employee_id, period, chosen)
            penilai, atasan = penilai_atasan(session, employee_id, period, on)
            me = actor.employee_id
            acting = penilai is None and acts_for_external_penilai(
                session, ws, actor, employee_id, on
            )
            if not acting and (me is None or me not in {penilai, employee_id}):
                raise not_penilai(emp, period)
            ev = _create_draft(
                session, ws, actor, emp, period, people=(penilai, atasan), part=chosen
            )
        elif not access_of(session, ws, actor, ev).can_read:
            raise deny_read()
        return build_detail(session, ws, actor, ev)


def get_evaluation(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    with ws.read() as session:
        ev = load_evaluation(session, evaluation_id)
        if not access_of(session, ws, actor, ev).can_read:
            raise deny_read()
        if not _arrives(actor, ev):
            return build_detail(session, ws, actor, ev)
    return _receive(ws, actor, evaluation_id)


def my_evaluation(
    ws: Workspace, actor: Actor, period_code: str, part: int | None = None
) -> EvaluationDetail | None:
    """The logged-in employee's own latest evaluation of the period and SKP period
    (default: the one in force in the evaluation period; None when none)."""
    period = to_period(period_code)
    if actor.employee_id is None:
        return None
    with ws.read() as session:
        chosen = part_for(session, actor.employee_id, period, part)
        ev = latest_evaluation(session, actor.employee_id, period.code, chosen)
        if ev is None:
            return None
        if not _arrives(actor, ev):
            return build_detail(session, ws, actor, ev)
        evaluation_id = ev.id
    return _receive(ws, actor, evaluation_id)


def _arrives(actor: Actor, ev: Evaluation) -> bool:
    """The employee sees their signed result for the first time (on this node)."""
    return (
        actor.employee_id == ev.employee_id
        and ev.status in SIGNED_STATUSES
        and ev.received_at is None
    )


def _receive(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    """Record that the signed result reached the employee: the keberatan days start."""
    with ws.write(actor=actor.username) as session:
        ev = load_evaluation(session, evaluation_id)
        if _arrives(actor, ev):
            ev.received_at = now_utc()
            audit_evaluation(session, ws, actor, "evaluation.receive", ev)
        return build_detail(session, ws, actor, ev)


def save_rating(
    ws: Workspace,
    actor: Actor,
    evaluation_id: str,
    *,
    results: Mapping[str, tuple[str, str]] | None = None,
    behaviours: Mapping[str, str] | None = None,
    rating_hasil: str = "",
    rating_perilaku: str = "",
    notes: str | None = None,
) -> EvaluationDetail:
    """Penilai writes realisasi/feedback per indicator ({indicator_id: (realisasi,
    feedback)}), feedback per BerAKHLAK value, the two ratings and notes. The predikat
    follows the matrix. Allowed any time before signing (a draft until the period ends)."""
    hasil = parse_rating(rating_hasil, "rating_hasil", _("Rating Hasil Kerja"))
    perilaku = parse_rating(rating_perilaku, "rating_perilaku", _("Rating Perilaku Kerja"))
    with ws.write(actor=actor.username) as session:
        ev = load_evaluation(session, evaluation_id)
        require_penilai(session, ws, actor, ev)
        require_editable(ev)
        changed: list[str] = []
        if results:
            rows = {r.indicator_id: r for r in result_rows(session, ev.id)}
            for indicator_id, (realisasi, feedback) in results.items():
                row = result_row(rows, indicator_id)
                row.realisasi = clean_text(realisasi, "realisasi")
                row.feedback = clean_text(feedback, "feedback")
            changed.append("results")
        if behaviours:
            by_code = {b.value_code: b for b in behaviour_rows(session, ev.id)}
            codes = {v.code for v in BERAKHLAK}
            for code, feedback in behaviours.items():
                if code not in codes:
                    raise ValidationError(
                        _("Nilai BerAKHLAK tidak dikenal: {c}.").format(c=code),
                        hint=_("Gunakan salah satu dari tujuh nilai BerAKHLAK."),
                    )
                beh = by_code.get(code)
                if beh is None:  # rows without feedback may be absent (demo, sync)
                    beh = EvaluationBehaviour(id=new_uuid(), evaluation_id=ev.id, value_code=code)
                    session.add(beh)
                beh.feedback = clean_text(feedback, "feedback")
            changed.append("behaviours")
        if notes is not None:
            ev.notes = clean_text(notes, "notes")
            changed.append("notes")
        head_rating = org_head_rating_of(session, ev)
        if head_rating is not None:
            hasil = head_rating
        elif heads_organisation(session, ev.employee_id):
            hasil = None
        ev.rating_hasil = hasil.value if hasil else ""
        ev.rating_perilaku = perilaku.value if perilaku else ""
        ev.predikat = matrix_predikat(hasil, perilaku).value if hasil and perilaku else ""
        ev.org_predikat = org_predikat_value(session, ev)
        target = EvaluationStatus.DINILAI if ev.predikat else EvaluationStatus.DRAFT
        if ev.status != target.value:
            action = EvaluationAction.RATE if ev.predikat else EvaluationAction.REOPEN
            ev.status = evaluation_transition(ev.status, action).value
        audit_evaluation(
            session,
            ws,
            actor,
            "evaluation.rate",
            ev,
            changed=changed,
            rating_hasil=ev.rating_hasil,
            rating_perilaku=ev.rating_perilaku,
            predikat=ev.predikat,
        )
        return build_detail(session, ws, actor, ev)


def sign(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    """Penilai signs: only after the period ended and with both ratings; takes snapshots
    and a content hash; the revision is immutable afterwards."""
    with ws.write(actor=actor.username) as session:
        ev = load_evaluation(session, evaluation_id)
        require_penilai(session, ws, actor, ev)
        require_editable(ev)
        period = to_period(ev.period_code)
        ends = evaluated_span(session, ev)[1]
        if today_wita() <= ends:
            raise ValidationError(
                _(
                    "Periode {p} {y} belum berakhir (sampai {d}), sehingga evaluasi baru "
                    "dapat disimpan sebagai draf dan belum dapat ditandatangani."
                ).format(p=period.label, y=period.year, d=ends.isoformat()),
                hint=_("Simpan sebagai draf dan tandatangani setelah periode berakhir."),
            )
        if heads_organisation(session, ev.employee_id) and not ev.org_predikat:
            raise ValidationError(
                _(
                    "Pegawai ini kepala organisasi: Rating Hasil Kerjanya diambil dari "
                    "Predikat Kinerja Organisasi, yang belum ditetapkan untuk periode ini."
                ),
                hint=_("Minta pimpinan satu tingkat di atas atau admin menetapkannya dulu."),
            )
        if not ev.predikat:
            raise ValidationError(
                _("Rating Hasil Kerja dan Rating Perilaku Kerja wajib diisi sebelum tanda tangan."),
                problems=[
                    ("rating_hasil", _("Wajib diisi.")),
                    ("rating_perilaku", _("Wajib diisi.")),
                ],
                hint=_("Pilih kedua rating, simpan, lalu tandatangani."),
            )
        ev.status = evaluation_transition(ev.status, EvaluationAction.SIGN).value
        ev.signed_at = now_utc()
        take_snapshots(session, ev)
        ev.content_hash = signed_content_hash(session, ev)
        audit_evaluation(session, ws, actor, "evaluation.sign", ev, content_hash=ev.content_hash)
        return build_detail(session, ws, actor, ev)


def start_correction(
    ws: Workspace, actor: Actor, evaluation_id: str, reason: str
) -> EvaluationDetail:
    """From a signed revision: a new Draft revision N+1 copying its content (penilai)."""
    text = required_text(
        reason,
        "reason",
        _("Alasan koreksi wajib diisi."),
        _("Tulis mengapa evaluasi perlu dikoreksi."),
        _("Tulis alasan koreksi, mis. salah ketik realisasi."),
    )
    with ws.write(actor=actor.username) as session:
        old = load_evaluation(session, evaluation_id)
        require_penilai(session, ws, actor, old)
        require_latest_evaluation(session, old)
        if old.status not in SIGNED_STATUSES:
            raise ValidationError(
                _("Evaluasi berstatus {s} belum ditandatangani; ubah langsung isinya.").format(
                    s=old.status
                ),
                hint=_("Koreksi (revisi baru) hanya untuk evaluasi yang sudah ditandatangani."),
            )
        new = copy_revision(session, old, text)
        audit_evaluation(
            session, ws, actor, "evaluation.correct", new, previous_id=old.id, reason=text
        )
        return build_detail(session, ws, actor, new)


def find_evaluation(
    ws: Workspace, actor: Actor, nip: str, period_code: str, part: int | None = None
) -> EvaluationDetail:
    """Latest revision of the employee with ``nip`` for the period and SKP period
    (default: the one in force in the evaluation period; read rules apply)."""
    period = to_period(period_code)
    with ws.read() as session:
        emp = organisation.employee_by_nip(session, nip)
        ev = latest_evaluation(
            session, emp.id, period.code, part_for(session, emp.id, period, part)
        )
        if ev is None:
            raise NotFoundError(
                _("{n} belum memiliki evaluasi periode {p}.").format(
                    n=organisation.display_name(emp), p=period.code
                ),
                hint=_("Pejabat penilai perlu membuat evaluasinya lebih dulu."),
            )
        if not access_of(session, ws, actor, ev).can_read:
            raise deny_read()
        return build_detail(session, ws, actor, ev)


def _create_draft(
    session: Session,
    ws: Workspace,
    actor: Actor,
    emp: Employee,
    period: Period,
    *,
    people: tuple[str | None, str | None],
    part: int = 1,
) -> Evaluation:
    penilai, atasan = people
    skp = current_approved(session, emp.id, period.year, part=part)
    if skp is None:
        raise ValidationError(
            _(
                "{n} belum memiliki SKP tahun {y} yang disetujui, sehingga belum dapat dievaluasi."
            ).format(n=organisation.display_name(emp), y=period.year),
            hint=_("SKP perlu diajukan dan disetujui pejabat penilai lebih dulu."),
        )
    skp_start, skp_end = effective_period(session, skp)
    if period.end < skp_start or period.start > skp_end:
        raise ValidationError(
            _(
                "SKP {n} tahun {y} berlaku {a} s.d. {b}; periode {p} berada di luar periode "
                "SKP itu sehingga tidak dievaluasi."
            ).format(
                n=organisation.display_name(emp),
                y=period.year,
                a=skp_start.isoformat(),
                b=skp_end.isoformat(),
                p=period.label,
            ),
            hint=_("Pilih periode yang beririsan dengan periode SKP."),
        )
    ev = Evaluation(
        id=new_uuid(),
        employee_id=emp.id,
        skp_id=skp.id,
        year=period.year,
        period_code=period.code,
        skp_part=skp.part,
        revision=1,
        status=EvaluationStatus.DRAFT.value,
        penilai_id=penilai,
        atasan_penilai_id=atasan,
    )
    session.add(ev)
    session.flush()
    logs = period_logs(session, skp, period)
    pairs = skp_indicators(session, skp.id)
    served = effective_period(session, skp)
    for rhk, ind in pairs:
        siblings = [i for r, i in pairs if r.id == rhk.id]
        facts = gather_facts(skp, siblings, ind, logs.get(rhk.id, []), period, served=served)
        session.add(
            EvaluationResult(
                id=new_uuid(),
                evaluation_id=ev.id,
                rhk_id=rhk.id,
                indicator_id=ind.id,
                realisasi=facts.prefill,
            )
        )
    for value in BERAKHLAK:
        session.add(EvaluationBehaviour(id=new_uuid(), evaluation_id=ev.id, value_code=value.code))
    ev.org_predikat = org_predikat_value(session, ev)
    session.flush()
    audit_evaluation(session, ws, actor, "evaluation.create", ev, skp_id=skp.id)
    return ev


def copy_revision(session: Session, old: Evaluation, reason: str) -> Evaluation:
    new = Evaluation(
        id=new_uuid(),
        employee_id=old.employee_id,
        skp_id=old.skp_id,
        year=old.year,
        period_code=old.period_code,
        skp_part=old.skp_part,
        revision=old.revision + 1,
        previous_id=old.id,
        correction_reason=reason,
        status=EvaluationStatus.DRAFT.value,
        penilai_id=old.penilai_id,
        atasan_penilai_id=old.atasan_penilai_id,
        self_submitted_at=old.self_submitted_at,
        rating_hasil=old.rating_hasil,
        rating_perilaku=old.rating_perilaku,
        predikat=old.predikat,
        org_predikat=old.org_predikat,
        notes=old.notes,
    )
    session.add(new)
    session.flush()
    for r in result_rows(session, old.id):
        session.add(copy_row(r, evaluation_id=new.id))
    for b in behaviour_rows(session, old.id):
        session.add(copy_row(b, evaluation_id=new.id))
    if new.predikat:
        new.status = EvaluationStatus.DINILAI.value
    session.flush()
    return new
