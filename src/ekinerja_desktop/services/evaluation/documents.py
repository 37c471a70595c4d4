"""Evaluation: the data of the evaluation and keberatan documents and their PDF export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.ratings import Rating
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.skp import keberatan_deadline
from ekinerja_desktop.domain.timeutil import to_wita, today_wita
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import issuance, settings
from ekinerja_desktop.services.evaluation.access import (
    access_of,
    acts_for_external_atasan,
    deny_read,
    hidden_error,
)
from ekinerja_desktop.services.evaluation.common import (
    CHANGE,
    OBJECTION_DECIDED,
    SIGNED_STATUSES,
    EvaluationDetail,
    ResultRow,
    employee_unit,
    keberatan_start,
    load_evaluation,
    load_objection,
    org_row_of,
    signatory_snaps,
    to_period,
    top_unit,
)
from ekinerja_desktop.services.evaluation.detail import (
    build_detail,
    pegawai_snap,
    signed_content_hash,
)
from ekinerja_desktop.services.evaluation.team import calibration_of
from ekinerja_desktop.services.skp import load_snapshot
from ekinerja_desktop.store.models import Skp, SkpRhk

if TYPE_CHECKING:
    from ekinerja_desktop.reports import (
        EvaluationCover,
        EvaluationDocument,
        ObjectionDocument,
        VerificationStamp,
    )
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def evaluation_document(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDocument:
    """Data of the Evaluasi Kinerja Pegawai (snapshots taken at signing)."""
    from ekinerja_desktop.reports import (
        EvaluationDocument as Document,
    )
    from ekinerja_desktop.reports import (
        EvaluationIndicator,
        EvaluationPerilakuRow,
        EvaluationRhkRow,
    )

    detail, people, org, pattern, tanggal, tempat = _document_parts(ws, actor, evaluation_id)
    context: dict[str, tuple[str, str]] = people["rhk_context"]
    groups: dict[str, list[ResultRow]] = {}
    for r in detail.results:
        groups.setdefault(r.rhk_id, []).append(r)
    rows = []
    for items in groups.values():
        first = items[0]
        rows.append(
            EvaluationRhkRow(
                jenis="Tambahan" if first.rhk_kind == "Tambahan" else "Utama",
                rhk=first.rhk_text,
                indicators=tuple(
                    EvaluationIndicator(
                        indikator=i.indicator_text,
                        target=i.target,
                        realisasi=i.realisasi,
                        aspek=i.aspect,
                    )
                    for i in items
                ),
                umpan_balik="\n".join(i.feedback for i in items if i.feedback),
                rhk_pimpinan=context.get(first.rhk_id, ("", ""))[0],
                perspektif=context.get(first.rhk_id, ("", ""))[1],
            )
        )
    return Document(
        instansi=ws.node.agency,
        tahun=detail.year,
        periode_label=detail.period_label,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
        pendekatan=people["approach"],
        pegawai=people["pegawai"],
        penilai=people["penilai"],
        atasan_penilai=people["atasan"],
        capaian_kinerja_organisasi=org,
        pola_distribusi=pattern,
        hasil_kerja=tuple(rows),
        rating_hasil_kerja=detail.rating_hasil,
        perilaku=tuple(
            EvaluationPerilakuRow(
                nama_nilai=b.value_name, perilaku=b.behaviours, umpan_balik=b.feedback
            )
            for b in detail.behaviours
        ),
        rating_perilaku_kerja=detail.rating_perilaku,
        predikat=detail.predikat,
        tanggal=tanggal,
        status=detail.status,
        catatan=detail.notes,
        tempat=tempat,
        is_jpt=people["is_jpt"],
    )


def evaluation_cover(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationCover:
    """Data of the one-page Dokumen Evaluasi Kinerja Pegawai."""
    from ekinerja_desktop.reports import EvaluationCover as Cover

    detail, people, org, _pattern, tanggal, tempat = _document_parts(ws, actor, evaluation_id)
    return Cover(
        periode_label=detail.period_label,
        instansi=ws.node.agency,
        pegawai=people["pegawai"],
        penilai=people["penilai"],
        atasan_penilai=people["atasan"],
        capaian_kinerja_organisasi=org,
        predikat=detail.predikat,
        tanggal=tanggal,
        status=detail.status,
        catatan_rekomendasi=detail.notes,
        tempat=tempat,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
    )


def export_pdf(
    ws: Workspace, actor: Actor, evaluation_id: str, out: Path, *, cover: bool = False
) -> Path:
    """The Evaluasi Kinerja Pegawai (or its one-page cover) as PDF, stamped with a
    verification code and registered (``services.issuance``)."""
    from ekinerja_desktop.reports import build_evaluation_cover_pdf, build_evaluation_pdf

    cover_doc = evaluation_cover(ws, actor, evaluation_id) if cover else None
    doc = None if cover else evaluation_document(ws, actor, evaluation_id)
    final = cover_doc.is_final if cover_doc is not None else doc is not None and doc.is_final

    def build(stamp: VerificationStamp, f: BinaryIO) -> None:
        if cover_doc is not None:
            build_evaluation_cover_pdf(cover_doc, f, stamp=stamp)
        elif doc is not None:
            build_evaluation_pdf(doc, f, stamp=stamp)

    with ws.read() as session:
        ev = load_evaluation(session, evaluation_id)
        ref = issuance.RecordRef(
            kind=DocumentKind.EVALUATION_COVER if cover else DocumentKind.EVALUATION,
            table="evaluation",
            record_id=ev.id,
            revision=ev.revision,
            status=ev.status,
            final=final,
            content_hash=signed_content_hash(session, ev),
        )
    return issuance.issue_pdf(ws, actor, ref, Path(out), build).path


def objection_document(ws: Workspace, actor: Actor, objection_id: str) -> ObjectionDocument:
    """Data of the keberatan form and its decision (the evaluation's signed snapshots)."""
    from ekinerja_desktop.reports import ObjectionDocument as Document
    from ekinerja_desktop.reports import PersonBlock

    with ws.read() as session:
        obj = load_objection(session, objection_id)
        ev = load_evaluation(session, obj.evaluation_id)
        access = access_of(session, ws, actor, ev)
        if not (access.can_read or acts_for_external_atasan(session, ws, actor, ev)):
            raise deny_read()
        period = to_period(ev.period_code)
        snaps = [load_snapshot(t) for t in (ev.pegawai_snapshot, ev.penilai_snapshot)]
        snaps.append(load_snapshot(ev.atasan_snapshot))
        start = keberatan_start(ev)
        changed = obj.decision == CHANGE and obj.new_rating_hasil and obj.new_rating_perilaku
        new_predikat = (
            matrix_predikat(
                Rating.parse(obj.new_rating_hasil), Rating.parse(obj.new_rating_perilaku)
            ).value
            if changed
            else ""
        )
        decided = obj.status == OBJECTION_DECIDED and obj.decided_at is not None
        keputusan = ""
        if decided:
            keputusan = "Hasil evaluasi diubah" if changed else "Hasil evaluasi tetap"
        tempat = settings.signature_place(ws)

        return Document(
            instansi=ws.node.agency,
            periode_label=f"{period.label} {period.year}",
            periode_awal=period.start,
            periode_akhir=period.end,
            pegawai=PersonBlock.from_snapshot(snaps[0]),
            penilai=PersonBlock.from_snapshot(snaps[1]),
            atasan_penilai=PersonBlock.from_snapshot(snaps[2]),
            rating_hasil=ev.rating_hasil,
            rating_perilaku=ev.rating_perilaku,
            predikat=ev.predikat,
            ditandatangani=to_wita(ev.signed_at).date() if ev.signed_at else None,
            diterima=start,
            batas=keberatan_deadline(start) if start else None,
            diajukan=to_wita(obj.filed_at).date(),
            alasan=obj.reason,
            diputuskan=to_wita(obj.decided_at).date() if decided and obj.decided_at else None,
            keputusan=keputusan,
            rating_hasil_baru=obj.new_rating_hasil if changed else "",
            rating_perilaku_baru=obj.new_rating_perilaku if changed else "",
            predikat_baru=new_predikat,
            alasan_keputusan=obj.decision_reason,
            tempat=tempat,
        )


def export_objection_pdf(ws: Workspace, actor: Actor, objection_id: str, out: Path) -> Path:
    """The keberatan form with the decision (once made) as PDF."""
    from ekinerja_desktop.reports import build_objection_pdf

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_objection_pdf(objection_document(ws, actor, objection_id), out)
    return out


def _document_parts(
    ws: Workspace, actor: Actor, evaluation_id: str
) -> tuple[EvaluationDetail, dict[str, Any], str, str, date, str]:
    from ekinerja_desktop.reports import PersonBlock

    with ws.read() as session:
        ev = load_evaluation(session, evaluation_id)
        access = access_of(session, ws, actor, ev)
        if not access.can_read:
            raise deny_read()
        if access.owner_only and ev.status not in SIGNED_STATUSES:
            raise hidden_error()
        detail = build_detail(session, ws, actor, ev)
        if ev.status in SIGNED_STATUSES:
            snaps = [load_snapshot(t) for t in (ev.pegawai_snapshot, ev.penilai_snapshot)]
            snaps.append(load_snapshot(ev.atasan_snapshot))
        else:
            snaps = [pegawai_snap(session, ev), *signatory_snaps(session, ev)]
        skp = session.get(Skp, ev.skp_id)
        approach = skp.approach if skp else ""
        org_row = org_row_of(session, ev)
        org = ev.org_predikat
        if org_row is not None and org_row.capaian:
            org = f"{org} - {org_row.capaian}" if org else org_row.capaian
        pattern = ""
        if ev.org_predikat:
            # The distribution inside the unit whose predikat applies (bidang or OPD).
            top = (
                org_row.unit_id
                if org_row is not None
                else top_unit(session, employee_unit(session, ev.employee_id))
            )
            if top:
                cal = calibration_of(session, ws, actor, top, to_period(ev.period_code))
                pattern = ", ".join(f"{p}: {n}" for p, n in cal.counts if n)
        signed = ev.signed_at
        rhk_context = _rhk_context(session, ev.skp_id)
    tempat = settings.signature_place(ws)

    people: dict[str, Any] = {
        "pegawai": PersonBlock.from_snapshot(snaps[0]),
        "penilai": PersonBlock.from_snapshot(snaps[1]),
        "atasan": PersonBlock.from_snapshot(snaps[2]),
        "approach": approach,
        "is_jpt": snaps[0].get("jabatan_kind") == JabatanKind.JPT.value,
        "rhk_context": rhk_context,
    }
    tanggal = to_wita(signed).date() if signed else today_wita()
    return detail, people, org, pattern, tanggal, tempat


def _rhk_context(session: Session, skp_id: str | None) -> dict[str, tuple[str, str]]:
    """Per RHK of the SKP: (the leader's RHK it intervenes in, perspektif) - the same
    columns the Dokumen SKP prints, so both documents of one SKP agree."""
    if not skp_id:
        return {}
    parent = aliased(SkpRhk)
    rows = session.execute(
        select(SkpRhk.id, parent.text, SkpRhk.perspektif)
        .outerjoin(parent, parent.id == SkpRhk.parent_rhk_id)
        .where(SkpRhk.skp_id == skp_id)
    ).all()
    return {str(rid): (ptext or "", persp or "") for rid, ptext, persp in rows}
