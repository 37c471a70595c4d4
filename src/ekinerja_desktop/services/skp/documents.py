"""SKP: the data of the SKP document and its PDF export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.skp import RhkType, SkpStatus
from ekinerja_desktop.domain.timeutil import to_wita, today_wita
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import issuance
from ekinerja_desktop.services.skp.access import readable
from ekinerja_desktop.services.skp.common import indicator_target_text, skp_entity
from ekinerja_desktop.services.skp.parts import skp_people, skp_reference
from ekinerja_desktop.services.skp.people import load_snapshot, person_snapshot, signatory_snapshots
from ekinerja_desktop.services.skp.reading import build_detail, document_hash

if TYPE_CHECKING:
    from ekinerja_desktop.reports import SkpDocument
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def skp_document(ws: Workspace, actor: Actor, skp_id: str) -> SkpDocument:
    """The plain data printed on the Dokumen SKP (snapshots of the last submission or
    approval; live data for a draft)."""
    from ekinerja_desktop.reports import Lampiran, PerilakuRow, PersonBlock, SkpRhkRow
    from ekinerja_desktop.reports import SkpDocument as Document
    from ekinerja_desktop.reports import SkpIndicator as DocIndicator
    from ekinerja_desktop.services import settings

    with ws.read() as session:
        skp = readable(session, ws, actor, skp_id)[0]
        detail = build_detail(session, ws, actor, skp)
        live = skp.status in (SkpStatus.DRAFT.value, SkpStatus.DITOLAK.value)
        if live:
            ids = skp_people(session, skp)
            pegawai_snap = person_snapshot(session, skp.employee_id)
            penilai_snap, _atasan = signatory_snapshots(
                session,
                skp.employee_id,
                skp_reference(session, skp),
                ids,
            )
        else:
            pegawai_snap = load_snapshot(skp.pegawai_snapshot)
            penilai_snap = load_snapshot(skp.penilai_snapshot)
        decided = skp.decided_at
    tempat = settings.signature_place(ws)

    is_jpt = (
        pegawai_snap.get("jabatan_kind") == JabatanKind.JPT.value
        if "jabatan_kind" in pegawai_snap
        else detail.is_jpt
    )
    approved = detail.summary.status == SkpStatus.DISETUJUI.value and decided is not None
    return Document(
        instansi=ws.node.agency,
        tahun=detail.summary.year,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
        pendekatan=detail.summary.approach,
        pegawai=PersonBlock.from_snapshot(pegawai_snap),
        penilai=PersonBlock.from_snapshot(penilai_snap),
        hasil_kerja=tuple(
            SkpRhkRow(
                jenis="Tambahan" if r.kind == RhkType.TAMBAHAN.value else "Utama",
                rhk_pimpinan=r.parent_text,
                rhk=r.text,
                indicators=tuple(
                    DocIndicator(
                        aspek=i.aspect,
                        indikator=i.text,
                        target=indicator_target_text(i),
                    )
                    for i in r.indicators
                ),
                perspektif=r.perspektif,
            )
            for r in detail.rhk
        ),
        perilaku=tuple(
            PerilakuRow(nama_nilai=b.value_name, perilaku=b.behaviours, ekspektasi=b.expectation)
            for b in detail.behaviours
        ),
        lampiran=Lampiran(
            dukungan_sumber_daya=detail.lampiran.dukungan_sumber_daya,
            skema_pertanggungjawaban=detail.lampiran.skema_pertanggungjawaban,
            konsekuensi=detail.lampiran.konsekuensi,
        ),
        tanggal=to_wita(decided).date() if approved and decided else today_wita(),
        status=detail.summary.status,
        tempat=tempat,
        revisi=detail.summary.revision,
        is_jpt=is_jpt,
    )


def export_pdf(ws: Workspace, actor: Actor, skp_id: str, out: Path) -> Path:
    """Build the Dokumen SKP via ``reports.build_skp_pdf`` from the snapshots, stamped
    with a verification code and registered (``services.issuance``)."""
    from ekinerja_desktop.reports import build_skp_pdf

    doc = skp_document(ws, actor, skp_id)
    with ws.read() as session:
        skp = skp_entity(session, skp_id)
        ref = issuance.RecordRef(
            kind=DocumentKind.SKP,
            table="skp",
            record_id=skp.id,
            revision=skp.revision,
            status=skp.status,
            final=doc.is_final,
            content_hash=document_hash(session, skp),
        )
    issued = issuance.issue_pdf(
        ws, actor, ref, Path(out), lambda stamp, f: build_skp_pdf(doc, f, stamp=stamp)
    )
    return issued.path
