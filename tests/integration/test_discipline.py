"""Hukuman disiplin records (issue 18 item 9): who records, who reads, cancellation
without loss, the audit trail, and the flag on the Baperjakat list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import discipline
from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import AuditEvent, DisciplineRecord
from tests.helpers.evaluation import PAST, build
from tests.helpers.master import actor_for, make_employee
from tests.helpers.report_samples import pdf_text

pytestmark = pytest.mark.db


def _record(ws, actor, employee_id, kind="potong_tukin_6", days_ago=30, sk="862/17/BKPSDM"):
    day = today_wita() - timedelta(days=days_ago)
    return discipline.record(
        ws,
        actor,
        employee_id,
        kind=kind,
        sk_number=sk,
        sk_date=day,
        tmt=day,
        violation="Tidak masuk kerja 12 hari tanpa alasan yang sah",
        decided_by="Wali Kota Palu",
    )


def test_admins_of_the_unit_record_and_the_right_people_read(ws, admin):
    setup = build(ws, admin)
    chain = setup.chain
    staf = chain.staf
    # an Admin OPD of Dinas Pendidikan does not cover staf (Dinas Kesehatan)
    clerk = make_employee(ws, admin, 9, "Admin Dikbud", chain.guru.data.unit_id)
    admin_b = actor_for(ws, admin, "admindikbud", ["admin_opd"], clerk.id)
    with pytest.raises(PermissionDeniedError):
        _record(ws, admin_b, staf.id)
    with pytest.raises(PermissionDeniedError):  # nor does a supervisor without admin role
        _record(ws, chain.a_kabid, staf.id)
    row = _record(ws, admin, staf.id)
    assert (row.level, row.kind_label, row.end_date) == (
        "sedang",
        "Pemotongan tunjangan kinerja 25% selama 6 bulan",
        # six months from the TMT, the day before
        discipline.rules.end_date("potong_tukin_6", row.tmt),
    )
    assert row.end_date is not None
    assert row.end_date > row.tmt
    for reader in (admin, chain.a_staf, chain.a_kabid):
        assert [r.id for r in discipline.records_of(ws, reader, staf.id)] == [row.id]
    for outsider in (chain.a_sekda, chain.a_guru, admin_b):
        with pytest.raises(PermissionDeniedError):
            discipline.records_of(ws, outsider, staf.id)


def test_bad_input_is_refused_with_every_problem_named(ws, admin):
    chain = build(ws, admin).chain
    today = today_wita()
    with pytest.raises(ValidationError) as err:
        discipline.record(
            ws,
            admin,
            chain.staf.id,
            kind="kurungan",
            sk_number=" ",
            sk_date=today + timedelta(days=1),
            tmt=today,
            violation="",
        )
    fields = {f for f, _m in err.value.problems}
    assert fields == {"kind", "sk_number", "violation", "sk_date", "tmt"}
    assert "Nomor SK wajib diisi" in str(err.value)
    with ws.read() as session:
        assert session.execute(select(DisciplineRecord)).first() is None


def test_cancelling_keeps_the_record_and_the_trail(ws, admin):
    chain = build(ws, admin).chain
    row = _record(ws, admin, chain.staf.id)
    with pytest.raises(ValidationError):
        discipline.cancel(ws, admin, row.id, "  ")
    with pytest.raises(PermissionDeniedError):
        discipline.cancel(ws, chain.a_staf, row.id, "Saya keberatan")
    done = discipline.cancel(ws, admin, row.id, "Dibatalkan putusan banding 12/2026")
    assert (done.status, done.cancel_reason) == ("Dibatalkan", "Dibatalkan putusan banding 12/2026")
    assert not done.running_on(done.tmt)
    with pytest.raises(ValidationError):
        discipline.cancel(ws, admin, row.id, "lagi")
    [kept] = discipline.records_of(ws, admin, chain.staf.id)
    assert kept.status == "Dibatalkan"
    with ws.read() as session:
        actions = [
            a
            for (a,) in session.execute(
                select(AuditEvent.action).where(AuditEvent.entity_id == row.id)
            )
        ]
    assert actions == ["discipline.record", "discipline.cancel"]


def test_the_baperjakat_list_flags_a_sedang_or_berat_hukuman(ws, admin, tmp_path):
    setup = build(ws, admin)
    chain = setup.chain
    ev = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-AKHIR")
    svc.save_rating(ws, chain.a_kabid, ev.id, rating_hasil="Di Atas", rating_perilaku="Di Atas")
    signed = svc.sign(ws, chain.a_kabid, ev.id)
    svc.add_follow_up(
        ws, chain.a_kabid, signed.id, "reward", "Usulan promosi", subtype="pertimbangan_promosi"
    )
    [row] = svc.follow_up_list(ws, chain.a_kabid, PAST)
    assert row.discipline == ""
    _record(ws, admin, chain.staf.id, kind="teguran_tertulis", sk="862/1")  # ringan: no flag
    assert svc.follow_up_list(ws, chain.a_kabid, PAST)[0].discipline == ""
    heavy = _record(ws, admin, chain.staf.id, kind="turun_jabatan", days_ago=400, sk="862/2")
    # started 400 days ago but runs 12 months: over now, and more than a year ago
    assert svc.follow_up_list(ws, chain.a_kabid, PAST)[0].discipline == ""
    assert heavy.end_date is not None
    assert heavy.end_date < today_wita()
    recent = _record(ws, admin, chain.staf.id, kind="potong_tukin_9", days_ago=60, sk="862/3")
    [row] = svc.follow_up_list(ws, chain.a_kabid, PAST)
    assert row.discipline == "Pemotongan tunjangan kinerja 25% selama 9 bulan"
    text = pdf_text(svc.export_follow_up_list(ws, chain.a_kabid, PAST, tmp_path / "l.pdf"))
    assert "Hukuman disiplin: Pemotongan tunjangan kinerja 25% selama 9 bulan" in text
    discipline.cancel(ws, admin, recent.id, "Dibatalkan putusan banding")
    assert svc.follow_up_list(ws, chain.a_kabid, PAST)[0].discipline == ""
