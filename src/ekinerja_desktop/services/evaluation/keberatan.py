"""Evaluation: the employee's side (self-assessment, acknowledgement, keberatan) and the
atasan penilai's decision on a keberatan."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import (
    EvaluationAction,
    EvaluationStatus,
    evaluation_transition,
    keberatan_deadline,
)
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
    required_text,
)
from ekinerja_desktop.services.evaluation.access import acts_for_external_atasan, external_atasan
from ekinerja_desktop.services.evaluation.common import (
    CHANGE,
    OBJECTION_DECIDED,
    OBJECTION_OPEN,
    SIGNED_STATUSES,
    UPHOLD,
    EvaluationDetail,
    ObjectionRow,
    audit_evaluation,
    clean_text,
    keberatan_start,
    load_evaluation,
    load_objection,
    objection_row,
    objections_of,
    parse_rating,
    require_latest_evaluation,
    result_row,
    result_rows,
)
from ekinerja_desktop.services.evaluation.detail import build_detail, signed_content_hash
from ekinerja_desktop.services.evaluation.lifecycle import copy_revision
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import Evaluation, Objection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


# --- employee use cases ----------------------------------------------------------------
def _own_evaluation(
    session: Session, actor: Actor, evaluation_id: str, refusal: str, hint: str = ""
) -> Evaluation:
    """The evaluation, which only the appraised employee may act on here (else
    PermissionDeniedError ``refusal``, ``hint``)."""
    ev = load_evaluation(session, evaluation_id)
    if actor.employee_id != ev.employee_id:
        raise PermissionDeniedError(refusal, hint=hint)
    return ev


def save_self_assessment(
    ws: Workspace,
    actor: Actor,
    evaluation_id: str,
    self_realisasi: Mapping[str, str],
    *,
    submit: bool = False,
) -> EvaluationDetail:
    """The employee's own realisasi per indicator; ``submit`` hands it to the penilai
    (no more changes afterwards). Only before the penilai rated."""
    refusal = _("Hanya pegawai yang dinilai yang dapat mengisi penilaian mandirinya.")
    hint = _("Minta pegawai itu mengisinya dari akunnya sendiri.")
    with ws.write(actor=actor.username) as session:
        ev = _own_evaluation(session, actor, evaluation_id, refusal, hint)
        if ev.self_submitted_at is not None:
            raise ValidationError(
                _("Penilaian mandiri sudah diserahkan dan tidak dapat diubah lagi."),
                hint=_("Sampaikan tambahan kepada pejabat penilai secara langsung."),
            )
        if ev.status != EvaluationStatus.DRAFT.value:
            raise ValidationError(
                _("Pejabat penilai sudah menilai (status {s}); penilaian mandiri ditutup.").format(
                    s=ev.status
                ),
                hint=_("Sampaikan tambahan kepada pejabat penilai secara langsung."),
            )
        rows = {r.indicator_id: r for r in result_rows(session, ev.id)}
        for indicator_id, text in self_realisasi.items():
            row = result_row(rows, indicator_id)
            row.self_realisasi = clean_text(text, "self_realisasi")
        if submit:
            missing = [r for r in rows.values() if not r.self_realisasi.strip()]
            if missing:
                raise ValidationError(
                    _("Realisasi mandiri belum diisi untuk {n} indikator.").format(n=len(missing)),
                    problems=[("self_realisasi", _("Wajib diisi."))],
                    hint=_("Isi realisasi setiap indikator, lalu serahkan."),
                )
            ev.self_submitted_at = now_utc()
        audit_evaluation(
            session,
            ws,
            actor,
            "evaluation.self_submit" if submit else "evaluation.self_save",
            ev,
            indicators=len(self_realisasi),
        )
        return build_detail(session, ws, actor, ev)


def acknowledge(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    refusal = _("Hanya pegawai yang dinilai yang dapat menyatakan menerima hasil evaluasi.")
    with ws.write(actor=actor.username) as session:
        ev = _own_evaluation(session, actor, evaluation_id, refusal)
        try:
            ev.status = evaluation_transition(ev.status, EvaluationAction.ACKNOWLEDGE).value
        except ValueError as exc:
            raise ValidationError(
                _("Evaluasi berstatus {s} belum dapat diakui.").format(s=ev.status),
                hint=_("Tunggu sampai pejabat penilai menandatanganinya."),
            ) from exc
        ev.acknowledged_at = now_utc()
        if ev.received_at is None:
            ev.received_at = ev.acknowledged_at
        audit_evaluation(session, ws, actor, "evaluation.acknowledge", ev)
        return build_detail(session, ws, actor, ev)


def file_objection(ws: Workspace, actor: Actor, evaluation_id: str, reason: str) -> ObjectionRow:
    """Keberatan by the evaluated employee within 14 days of receiving the signed result
    (``keberatan_start``); decided by the Atasan Pejabat Penilai, or - when that is an
    external signatory such as the Wali Kota for a Kepala OPD - recorded by the admin."""
    text = required_text(
        reason,
        "reason",
        _("Alasan keberatan wajib diisi."),
        _("Tulis alasan keberatan Anda."),
        _("Jelaskan bagian mana yang Anda keberatan dan mengapa."),
    )
    refusal = _("Keberatan hanya dapat diajukan oleh pegawai yang dinilai sendiri.")
    hint = _("Pegawai itu perlu mengajukannya dari akunnya sendiri.")
    with ws.write(actor=actor.username) as session:
        ev = _own_evaluation(session, actor, evaluation_id, refusal, hint)
        require_latest_evaluation(session, ev)
        if ev.status not in SIGNED_STATUSES or ev.signed_at is None:
            raise ValidationError(
                _("Keberatan hanya dapat diajukan atas evaluasi yang sudah ditandatangani."),
                hint=_("Tunggu sampai pejabat penilai menandatangani evaluasi."),
            )
        if ev.received_at is None and ev.acknowledged_at is None:
            ev.received_at = now_utc()  # objecting is receiving
        start = keberatan_start(ev)
        assert start is not None
        deadline = keberatan_deadline(start)
        if today_wita() > deadline:
            raise ValidationError(
                _(
                    "Batas waktu keberatan sudah lewat: paling lambat {d} (14 hari sejak "
                    "hasil evaluasi diterima)."
                ).format(d=deadline.isoformat()),
                hint=_("Keberatan tidak dapat diajukan lagi untuk evaluasi ini."),
            )
        if objections_of(session, ev.id, open_only=True):
            raise ValidationError(
                _("Sudah ada keberatan yang menunggu keputusan untuk evaluasi ini."),
                hint=_("Tunggu keputusan atasan pejabat penilai."),
            )
        if not ev.atasan_penilai_id and not external_atasan(session, ev):
            raise ValidationError(
                _(
                    "Atasan pejabat penilai belum tercatat, sehingga keberatan tidak dapat "
                    "diproses."
                ),
                hint=_("Minta admin melengkapi pemetaan atasan."),
            )
        obj = Objection(
            id=new_uuid(),
            evaluation_id=ev.id,
            employee_id=ev.employee_id,
            filed_at=now_utc(),
            reason=clean_text(text, "reason"),
            status=OBJECTION_OPEN,
        )
        session.add(obj)
        session.flush()
        audit_evaluation(session, ws, actor, "evaluation.objection", ev, objection_id=obj.id)
        return objection_row(session, obj)


def decide_objection(
    ws: Workspace,
    actor: Actor,
    objection_id: str,
    decision: str,
    reason: str,
    *,
    rating_hasil: str = "",
    rating_perilaku: str = "",
) -> ObjectionRow:
    """The Atasan Pejabat Penilai upholds or changes the ratings (final). A change makes
    a new signed revision with the new ratings; the objected one stays on record."""
    text = (reason or "").strip()
    if decision not in (UPHOLD, CHANGE):
        raise ValidationError(
            _("Keputusan keberatan harus 'uphold' (tetap) atau 'change' (ubah)."),
        )
    if not text:
        raise ValidationError(
            _("Alasan keputusan wajib diisi."),
            problems=[("reason", _("Tulis alasan keputusan."))],
            hint=_("Jelaskan dasar keputusan Anda."),
        )
    hasil = parse_rating(rating_hasil, "rating_hasil", _("Rating Hasil Kerja"))
    perilaku = parse_rating(rating_perilaku, "rating_perilaku", _("Rating Perilaku Kerja"))
    with ws.write(actor=actor.username) as session:
        obj = load_objection(session, objection_id)
        ev = load_evaluation(session, obj.evaluation_id)
        mine = actor.employee_id is not None and actor.employee_id == ev.atasan_penilai_id
        if not mine and not acts_for_external_atasan(session, ws, actor, ev):
            raise PermissionDeniedError(
                _("Keberatan hanya dapat diputuskan oleh Atasan Pejabat Penilai Kinerja."),
                hint=_("Keputusan ada pada atasan dari pejabat penilai pegawai ini."),
            )
        if obj.status != OBJECTION_OPEN:
            raise ValidationError(
                _("Keberatan ini sudah diputuskan; keputusan itu final."),
            )
        if decision == CHANGE:
            if hasil is None or perilaku is None:
                raise ValidationError(
                    _("Untuk mengubah hasil, pilih Rating Hasil Kerja dan Rating Perilaku Kerja."),
                    problems=[
                        ("rating_hasil", _("Wajib diisi.")),
                        ("rating_perilaku", _("Wajib diisi.")),
                    ],
                )
            new = copy_revision(session, ev, _("Keputusan keberatan: {r}").format(r=text))
            new.rating_hasil = hasil.value
            new.rating_perilaku = perilaku.value
            new.predikat = matrix_predikat(hasil, perilaku).value
            new.status = EvaluationStatus.DITANDATANGANI.value
            new.signed_at = now_utc()
            new.pegawai_snapshot = ev.pegawai_snapshot
            new.penilai_snapshot = ev.penilai_snapshot
            new.atasan_snapshot = ev.atasan_snapshot
            session.flush()
            new.content_hash = signed_content_hash(session, new)
            obj.new_rating_hasil = hasil.value
            obj.new_rating_perilaku = perilaku.value
        obj.status = OBJECTION_DECIDED
        obj.decision = decision
        obj.decision_reason = clean_text(text, "reason")
        obj.decided_by = actor.employee_id
        obj.decided_at = now_utc()
        audit_evaluation(
            session,
            ws,
            actor,
            "evaluation.objection_decide",
            ev,
            objection_id=obj.id,
            decision=decision,
            rating_hasil=obj.new_rating_hasil,
            rating_perilaku=obj.new_rating_perilaku,
        )
        return objection_row(session, obj)


def objections_to_decide(ws: Workspace, actor: Actor) -> list[ObjectionRow]:
    """Open objections where the actor is the Atasan Pejabat Penilai, and for an admin
    those whose atasan penilai is an external signatory (decision recorded for them)."""
    with ws.read() as session:
        out: list[ObjectionRow] = []
        if actor.employee_id is not None:
            objs = session.execute(
                select(Objection)
                .join(Evaluation, Evaluation.id == Objection.evaluation_id)
                .where(
                    Evaluation.atasan_penilai_id == actor.employee_id,
                    Objection.status == OBJECTION_OPEN,
                    Objection.deleted.is_(False),
                )
                .order_by(Objection.filed_at)
            ).scalars()
            out += [objection_row(session, o) for o in objs]
        if actor.is_admin:
            pairs = session.execute(
                select(Objection, Evaluation)
                .join(Evaluation, Evaluation.id == Objection.evaluation_id)
                .where(
                    Evaluation.atasan_penilai_id.is_(None),
                    Objection.status == OBJECTION_OPEN,
                    Objection.deleted.is_(False),
                )
                .order_by(Objection.filed_at)
            ).all()
            out += [
                objection_row(session, o)
                for o, ev in pairs
                if acts_for_external_atasan(session, ws, actor, ev)
            ]
        return out
