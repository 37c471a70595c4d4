"""SKP service: workflow, cascading, revisions, bad input and permissions per role."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import update

from ekinerja_desktop.domain import BERAKHLAK
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ekinerja_desktop.store.models import Skp, SkpRhk
from tests.helpers.audit import audit_actions
from tests.helpers.skp import (
    KADIS_RHK,
    LAMPIRAN,
    YEAR,
    approved,
    ind,
    make_chain,
    row,
    save_kuantitatif,
)

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=make_chain)]


@pytest.fixture
def chain(prepared):
    return prepared


@pytest.fixture
def kadis_skp(ws, chain):
    return approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK)


def _kabid_rhk(kadis_skp):
    first, second = kadis_skp.rhk
    return (
        row(
            "Terlaksananya akreditasi puskesmas",
            ind("Jumlah puskesmas yang terakreditasi", "6", "Puskesmas"),
            ind("Waktu penyelesaian pendampingan akreditasi", "12", "Bulan", "Waktu"),
            parent=first.id,
        ),
        row("Tersusunnya laporan pelayanan kesehatan", parent=second.id, kind="Tambahan"),
    )


def _refused(ws, actor, skp_id: str, rhk, approach: str = "Kuantitatif") -> ValidationError:
    """The ValidationError ``save_content`` raises for ``rhk``."""
    with pytest.raises(ValidationError) as info:
        svc.save_content(ws, actor, skp_id, approach=approach, rhk=rhk, lampiran=LAMPIRAN)
    return info.value


def _draft(ws, chain, kadis_skp, actor=None) -> svc.SkpDetail:
    actor = actor or chain.a_kabid
    detail = svc.create_skp(ws, actor, YEAR)
    return save_kuantitatif(ws, actor, detail.summary.id, _kabid_rhk(kadis_skp))


# --- workflow --------------------------------------------------------------------------
def test_draft_submit_approve_freezes_and_snapshots(ws, chain):
    detail = svc.create_skp(ws, chain.a_kadis, YEAR)
    assert detail.summary.status == "Draft"
    assert detail.summary.revision == 1
    assert detail.is_jpt
    assert detail.editable_by_me
    assert [b.value_name for b in detail.behaviours] == [v.name for v in BERAKHLAK]
    assert detail.summary.penilai_id == chain.sekda.id
    skp_id = detail.summary.id
    detail = save_kuantitatif(ws, chain.a_kadis, skp_id, KADIS_RHK)
    assert [r.text for r in detail.rhk] == [r.text for r in KADIS_RHK]
    assert detail.rhk[0].indicators[0].target_value == "80"
    assert detail.lampiran == LAMPIRAN
    # The supervisor writes expectations before approval; the owner cannot.
    with pytest.raises(PermissionDeniedError):
        svc.set_expectations(ws, chain.a_kadis, skp_id, {"kompeten": "x"})
    sup_view = svc.set_expectations(
        ws, chain.a_sekda, skp_id, {"kompeten": "Mengikuti pelatihan kepemimpinan"}
    )
    assert sup_view.expectations_editable_by_me
    assert not sup_view.editable_by_me
    submitted = svc.submit(ws, chain.a_kadis, skp_id)
    assert submitted.summary.status == "Diajukan"
    assert submitted.summary.submitted_at
    assert not submitted.editable_by_me
    with pytest.raises(ValidationError) as info:  # content is locked while submitted
        save_kuantitatif(ws, chain.a_kadis, skp_id, KADIS_RHK)
    assert "Diajukan" in info.value.message
    done = svc.approve(ws, chain.a_sekda, skp_id)
    assert done.summary.status == "Disetujui"
    assert done.summary.decided_at
    expectation = {b.value_code: b.expectation for b in done.behaviours}
    assert expectation["kompeten"] == "Mengikuti pelatihan kepemimpinan"
    with ws.read() as session:
        stored = session.get(Skp, skp_id)
        pegawai = json.loads(stored.pegawai_snapshot)
        penilai = json.loads(stored.penilai_snapshot)
        assert len(stored.content_hash) == 64
    assert pegawai["nama"] == "dr. Andi Sulastri, M.Kes."
    assert pegawai["nip"] == "19850101 201001 1 002"
    assert pegawai["pangkat"] == "Pembina Utama Muda (IV/c)"
    assert pegawai["jabatan"] == "Kepala Dinas Kesehatan"
    assert pegawai["unit"] == "Dinas Kesehatan"
    assert penilai["nama"] == "Rahmat Lasimpo"
    # Frozen: neither content nor expectations change any more.
    with pytest.raises(ValidationError) as info:
        save_kuantitatif(ws, chain.a_kadis, skp_id, KADIS_RHK)
    assert "dikunci" in info.value.message
    with pytest.raises(ValidationError):
        svc.set_expectations(ws, chain.a_sekda, skp_id, {"kompeten": "lain"})
    assert audit_actions(ws, skp_id) == [
        "skp.create",
        "skp.save",
        "skp.expectations",
        "skp.submit",
        "skp.approve",
    ]


def test_reject_with_note_back_to_draft_then_approve(ws, chain, kadis_skp):
    detail = _draft(ws, chain, kadis_skp)
    skp_id = detail.summary.id
    assert detail.rhk[0].parent_text == kadis_skp.rhk[0].text
    svc.submit(ws, chain.a_kabid, skp_id)
    with pytest.raises(ValidationError) as info:
        svc.reject(ws, chain.a_kadis, skp_id, "   ")
    assert "Catatan penolakan wajib diisi" in info.value.message
    rejected = svc.reject(ws, chain.a_kadis, skp_id, "Target akreditasi terlalu rendah")
    assert rejected.summary.status == "Ditolak"
    mine = svc.get_my_skp(ws, chain.a_kabid, YEAR)
    assert mine.summary.decision_note == "Target akreditasi terlalu rendah"
    assert mine.editable_by_me
    rhk = list(_kabid_rhk(kadis_skp))
    rhk[0] = replace(rhk[0], indicators=(ind("Jumlah puskesmas yang terakreditasi", "8", "Unit"),))
    back = save_kuantitatif(ws, chain.a_kabid, skp_id, tuple(rhk))
    assert back.summary.status == "Draft"
    assert back.summary.decision_note == "Target akreditasi terlalu rendah"
    svc.submit(ws, chain.a_kabid, skp_id)
    done = svc.approve(ws, chain.a_kadis, skp_id)
    assert done.summary.status == "Disetujui"
    assert done.summary.decision_note == ""
    assert done.rhk[0].indicators[0].target_value == "8"
    assert audit_actions(ws, skp_id) == [
        "skp.create",
        "skp.save",
        "skp.submit",
        "skp.reject",
        "skp.save",
        "skp.submit",
        "skp.approve",
    ]


def test_withdraw_returns_to_draft(ws, chain, kadis_skp):
    skp_id = _draft(ws, chain, kadis_skp).summary.id
    svc.submit(ws, chain.a_kabid, skp_id)
    with pytest.raises(PermissionDeniedError):
        svc.withdraw(ws, chain.a_kadis, skp_id)
    assert svc.withdraw(ws, chain.a_kabid, skp_id).summary.status == "Draft"
    assert audit_actions(ws, skp_id)[-1] == "skp.withdraw"


def test_revision_after_approval_keeps_both(ws, chain, kadis_skp):
    first = approved(ws, chain.a_kabid, chain.a_kadis, _kabid_rhk(kadis_skp))
    with pytest.raises(ValidationError) as info:
        svc.start_revision(ws, chain.a_kabid, first.summary.id, "")
    assert "Alasan revisi" in info.value.message
    with pytest.raises(PermissionDeniedError):
        svc.start_revision(ws, chain.a_kadis, first.summary.id, "mutasi tugas")
    second = svc.start_revision(ws, chain.a_kabid, first.summary.id, "Perubahan tugas")
    assert second.summary.revision == 2
    assert second.summary.status == "Draft"
    assert [r.text for r in second.rhk] == [r.text for r in first.rhk]
    assert {r.id for r in second.rhk}.isdisjoint({r.id for r in first.rhk})
    assert [(s.revision, s.status) for s in second.revisions] == [(1, "Disetujui"), (2, "Draft")]
    assert {b.value_code: b.expectation for b in second.behaviours}["akuntabel"]
    # The approved revision stays frozen and readable; a third revision cannot start.
    old = svc.get_skp(ws, chain.a_kabid, first.summary.id)
    assert old.summary.status == "Disetujui"
    assert not old.editable_by_me
    with pytest.raises(ValidationError):
        save_kuantitatif(ws, chain.a_kabid, first.summary.id, _kabid_rhk(kadis_skp))
    with pytest.raises(ValidationError) as info:
        svc.start_revision(ws, chain.a_kabid, first.summary.id, "lagi")
    assert "digantikan" in info.value.message
    rhk = (*second.rhk, row("Terlaksananya supervisi klinik", parent=kadis_skp.rhk[0].id))
    save_kuantitatif(ws, chain.a_kabid, second.summary.id, rhk)
    svc.submit(ws, chain.a_kabid, second.summary.id)
    done = svc.approve(ws, chain.a_kadis, second.summary.id)
    assert done.summary.rhk_count == 3
    mine = svc.get_my_skp(ws, chain.a_kabid, YEAR)
    assert mine.summary.id == second.summary.id
    assert [(s.revision, s.status) for s in mine.revisions] == [
        (1, "Disetujui"),
        (2, "Disetujui"),
    ]
    assert svc.get_skp(ws, chain.a_kabid, first.summary.id).summary.rhk_count == 2
    assert audit_actions(ws, second.summary.id)[0] == "skp.revise"


def test_copy_from_last_year_relinks_parents(ws, admin):
    chain = make_chain(ws, admin, years=(YEAR - 1, YEAR))
    last_kadis = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK, year=YEAR - 1)
    rhk = (
        row("Terlaksananya akreditasi puskesmas", parent=last_kadis.rhk[0].id),
        row("Tersusunnya laporan pelayanan kesehatan", parent=last_kadis.rhk[1].id),
    )
    approved(ws, chain.a_kabid, chain.a_kadis, rhk, year=YEAR - 1)
    # This year the head keeps only the first RHK.
    this_kadis = approved(ws, chain.a_kadis, chain.a_sekda, KADIS_RHK[:1], copy_from_year=None)
    copy = svc.create_skp(ws, chain.a_kabid, YEAR, copy_from_year=YEAR - 1)
    assert copy.summary.status == "Draft"
    assert copy.summary.revision == 1
    assert [r.text for r in copy.rhk] == [r.text for r in rhk]
    assert [i.text for i in copy.rhk[0].indicators] == [i.text for i in rhk[0].indicators]
    assert copy.lampiran == LAMPIRAN
    assert copy.rhk[0].parent_rhk_id == this_kadis.rhk[0].id  # re-pointed
    assert copy.rhk[1].parent_rhk_id is None  # that RHK of the head is gone
    assert all(b.expectation == "" for b in copy.behaviours)  # new year, new expectations
    with pytest.raises(ValidationError) as info:
        svc.create_skp(ws, chain.a_staf, YEAR, copy_from_year=YEAR - 5)
    assert "Tidak ada SKP tahun" in info.value.message


# --- team view and coverage ------------------------------------------------------------
def test_team_view_and_coverage(ws, chain, kadis_skp):
    staf = svc.create_skp(ws, chain.a_staf, YEAR)
    kabid = approved(ws, chain.a_kabid, chain.a_kadis, _kabid_rhk(kadis_skp))
    svc.save_content(
        ws,
        chain.a_staf,
        staf.summary.id,
        approach="Kualitatif",
        rhk=(
            svc.RhkData(
                kind="Utama",
                text="Terlaksananya rekap data akreditasi",
                indicators=(
                    svc.IndicatorData(
                        aspect="Kualitas",
                        text="Rekap data akreditasi lengkap",
                        target_text="Rekap bulanan lengkap dan tepat waktu",
                    ),
                ),
                parent_rhk_id=kabid.rhk[0].id,
            ),
        ),
        lampiran=svc.LampiranData(),
    )
    svc.submit(ws, chain.a_staf, staf.summary.id)
    team = svc.team_skps(ws, chain.a_kabid, YEAR)
    assert [(t.employee_name, t.status) for t in team] == [
        ("Ikhsan Bakri", svc.BELUM_DIBUAT),
        ("Nurhayati Lamarauna, S.E.", "Diajukan"),
    ]
    assert team[0].id == ""
    assert team[0].penilai_id == chain.kabid.id
    assert [t.employee_id for t in svc.team_skps(ws, chain.a_kadis, YEAR)] == [chain.kabid.id]
    assert svc.team_skps(ws, chain.a_staf, YEAR) == []
    cover = svc.coverage(ws, chain.a_kabid, YEAR)
    assert [(c.text, c.supported_by) for c in cover] == [
        ("Terlaksananya akreditasi puskesmas", 1),
        ("Tersusunnya laporan pelayanan kesehatan", 0),
    ]
    assert [c.supported_by for c in svc.coverage(ws, chain.a_kadis, YEAR)] == [1, 1]
    options = svc.parent_options(ws, chain.a_staf, staf.summary.id)
    assert [o.id for o in options] == [c.id for c in cover]


# --- bad input -------------------------------------------------------------------------
def test_rhk_without_indicator_refused(ws, chain, kadis_skp):
    detail = svc.create_skp(ws, chain.a_kabid, YEAR)
    bad = (svc.RhkData(kind="Utama", text="Tanpa IKI", indicators=(), parent_rhk_id=None),)
    fields = dict(_refused(ws, chain.a_kabid, detail.summary.id, bad).problems)
    assert "sekurang-kurangnya satu indikator" in fields["rhk[0].indicators"]
    assert "RHK pimpinan yang diintervensi" in fields["rhk[0].parent_rhk_id"]


def test_indicator_without_target_refused(ws, chain, kadis_skp):
    detail = svc.create_skp(ws, chain.a_kabid, YEAR)
    parent = kadis_skp.rhk[0].id
    no_unit = (row("RHK", ind("Jumlah dokumen", "4", ""), parent=parent),)
    error = _refused(ws, chain.a_kabid, detail.summary.id, no_unit)
    assert "angka dan satuan" in error.message
    not_number = (row("RHK", ind("Jumlah dokumen", "empat", "Dokumen"), parent=parent),)
    error = _refused(ws, chain.a_kabid, detail.summary.id, not_number)
    assert "harus angka" in error.message
    # Kualitatif needs a narrative target.
    error = _refused(ws, chain.a_kabid, detail.summary.id, no_unit, approach="Kualitatif")
    assert "target naratif" in error.message
    assert svc.get_skp(ws, chain.a_kabid, detail.summary.id).rhk == ()


def test_jpt_needs_perspektif_but_no_parent(ws, chain):
    detail = svc.create_skp(ws, chain.a_kadis, YEAR)
    plain = (row("Meningkatnya derajat kesehatan"),)
    error = _refused(ws, chain.a_kadis, detail.summary.id, plain)
    assert "Perspektif" in error.message
    assert list(dict(error.problems)) == ["rhk[0].perspektif"]


def test_parent_must_be_from_my_penilai_approved_skp(ws, chain, kadis_skp):
    kabid = _draft(ws, chain, kadis_skp)
    svc.submit(ws, chain.a_kabid, kabid.summary.id)
    # staf's penilai is kabid, whose SKP is not approved yet; kadis' RHK is not theirs.
    staf = svc.create_skp(ws, chain.a_staf, YEAR)
    assert svc.parent_options(ws, chain.a_staf, staf.summary.id) == []
    for parent in (kabid.rhk[0].id, kadis_skp.rhk[0].id):
        error = _refused(ws, chain.a_staf, staf.summary.id, (row("Rekap data", parent=parent),))
        assert "parent_rhk_id" in error.problems[0][0]


def test_withdrawn_parent_refused(ws, chain, kadis_skp):
    draft = _draft(ws, chain, kadis_skp)
    # The head revises the SKP and drops the second RHK; once approved it is withdrawn.
    revision = svc.start_revision(ws, chain.a_kadis, kadis_skp.summary.id, "Refocusing anggaran")
    save_kuantitatif(ws, chain.a_kadis, revision.summary.id, revision.rhk[:1])
    # Until the revision is approved, the approved revision 1 still counts.
    assert svc.submit(ws, chain.a_kabid, draft.summary.id).summary.status == "Diajukan"
    svc.withdraw(ws, chain.a_kabid, draft.summary.id)
    svc.submit(ws, chain.a_kadis, revision.summary.id)
    new_head = svc.approve(ws, chain.a_sekda, revision.summary.id)
    with pytest.raises(ValidationError) as info:
        svc.submit(ws, chain.a_kabid, draft.summary.id)
    assert "ditarik" in info.value.message
    assert list(dict(info.value.problems)) == ["rhk[1].parent_rhk_id"]
    # The unchanged RHK is re-pointed to the revision in force on save.
    fixed = save_kuantitatif(ws, chain.a_kabid, draft.summary.id, draft.rhk[:1])
    assert fixed.rhk[0].parent_rhk_id == new_head.rhk[0].id
    assert svc.submit(ws, chain.a_kabid, draft.summary.id).summary.status == "Diajukan"


def test_deleted_parent_row_refused(ws, chain, kadis_skp):
    draft = _draft(ws, chain, kadis_skp)
    with ws.write() as session:  # e.g. a tombstone that arrived by sync
        session.execute(update(SkpRhk).where(SkpRhk.id == kadis_skp.rhk[0].id).values(deleted=True))
    with pytest.raises(ValidationError) as info:
        svc.submit(ws, chain.a_kabid, draft.summary.id)
    assert "dihapus" in info.value.message
    with ws.write() as session:
        session.execute(
            update(SkpRhk).where(SkpRhk.id == kadis_skp.rhk[0].id).values(deleted=False)
        )
        session.execute(update(Skp).where(Skp.id == kadis_skp.summary.id).values(status="Draft"))
    with pytest.raises(ValidationError) as info:
        svc.submit(ws, chain.a_kabid, draft.summary.id)
    assert "tidak lagi berstatus Disetujui" in info.value.message


def test_second_skp_same_year_refused(ws, chain):
    svc.create_skp(ws, chain.a_staf, YEAR)
    with pytest.raises(ValidationError) as info:
        svc.create_skp(ws, chain.a_staf, YEAR)
    assert "sudah memiliki SKP tahun" in info.value.message
    svc.create_skp(ws, chain.a_staf, YEAR + 1)  # another year is fine


def test_submit_needs_utama_and_penilai(ws, chain, kadis_skp):
    detail = svc.create_skp(ws, chain.a_kabid, YEAR)
    with pytest.raises(ValidationError) as info:
        svc.submit(ws, chain.a_kabid, detail.summary.id)
    assert "RHK Utama" in info.value.message
    sekda = svc.create_skp(ws, chain.a_sekda, YEAR)
    with pytest.raises(ValidationError) as info:
        svc.submit(ws, chain.a_sekda, sekda.summary.id)
    assert "Belum ada Pejabat Penilai" in info.value.message


def test_supervisor_cannot_approve_someone_they_do_not_appraise(ws, chain, kadis_skp):
    kabid = _draft(ws, chain, kadis_skp)
    svc.submit(ws, chain.a_kabid, kabid.summary.id)
    for outsider in (chain.a_sekda, chain.a_staf, chain.a_guru):
        with pytest.raises(PermissionDeniedError) as info:
            svc.approve(ws, outsider, kabid.summary.id)
        assert "bukan Pejabat Penilai Kinerja" in info.value.message
        with pytest.raises(PermissionDeniedError):
            svc.reject(ws, outsider, kabid.summary.id, "tidak")
    svc.approve(ws, chain.a_kadis, kabid.summary.id)
    with pytest.raises(ValidationError):  # approve twice: illegal transition
        svc.approve(ws, chain.a_kadis, kabid.summary.id)


# --- permissions per role --------------------------------------------------------------
def test_read_and_write_permissions_per_role(ws, chain, kadis_skp, admin):
    skp_id = _draft(ws, chain, kadis_skp, actor=chain.a_kabid).summary.id
    staf_id = svc.create_skp(ws, chain.a_staf, YEAR).summary.id
    # owner (kabid), penilai (kadis), atasan penilai (sekda) and admin read.
    for reader in (chain.a_kabid, chain.a_kadis, chain.a_sekda, admin):
        assert svc.get_skp(ws, reader, skp_id).summary.id == skp_id
    # kadis is the atasan penilai of staf (kabid appraises staf).
    assert svc.get_skp(ws, chain.a_kadis, staf_id).summary.id == staf_id
    # unrelated pegawai and a subordinate are refused.
    for outsider in (chain.a_guru, chain.a_staf):
        with pytest.raises(PermissionDeniedError) as info:
            svc.get_skp(ws, outsider, skp_id)
        assert "tidak berwenang melihat" in info.value.message
        with pytest.raises(PermissionDeniedError):
            svc.parent_options(ws, outsider, skp_id)
    # Only the owner edits content or submits.
    content = {"approach": "Kuantitatif", "rhk": _kabid_rhk(kadis_skp), "lampiran": LAMPIRAN}
    for other in (chain.a_kadis, chain.a_sekda, admin):
        with pytest.raises(PermissionDeniedError):
            svc.save_content(ws, other, skp_id, **content)
        with pytest.raises(PermissionDeniedError):
            svc.submit(ws, other, skp_id)
    with pytest.raises(PermissionDeniedError):
        svc.save_content(ws, chain.a_guru, skp_id, **content)
    # Only the penilai writes expectations (not the atasan, not an admin).
    for other in (chain.a_sekda, admin, chain.a_kabid):
        with pytest.raises(PermissionDeniedError):
            svc.set_expectations(ws, other, skp_id, {"loyal": "x"})
    svc.submit(ws, chain.a_kabid, skp_id)
    for other in (chain.a_sekda, admin, chain.a_kabid):
        with pytest.raises(PermissionDeniedError):
            svc.approve(ws, other, skp_id)
    view = svc.get_skp(ws, chain.a_kadis, skp_id)
    assert view.expectations_editable_by_me
    assert not view.editable_by_me
    assert not svc.get_skp(ws, chain.a_sekda, skp_id).expectations_editable_by_me
    with pytest.raises(NotFoundError):
        svc.get_skp(ws, admin, "00000000-0000-4000-8000-000000000000")


def test_account_without_employee(ws, admin):
    assert svc.get_my_skp(ws, admin, YEAR) is None
    assert svc.team_skps(ws, admin, YEAR) == []
    with pytest.raises(ValidationError) as info:
        svc.create_skp(ws, admin, YEAR)
    assert "belum ditautkan" in info.value.message


def test_bad_expectation_code_and_approach(ws, chain):
    detail = svc.create_skp(ws, chain.a_staf, YEAR)
    with pytest.raises(ValidationError) as info:
        svc.set_expectations(ws, chain.a_kabid, detail.summary.id, {"jujur": "x"})
    assert "BerAKHLAK" in info.value.message
    with pytest.raises(ValidationError):
        svc.create_skp(ws, chain.a_kabid, YEAR, approach="Campuran")
