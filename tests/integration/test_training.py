"""Competency development service: records, verification, JP meters, plans, bulk entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import master, settings
from ekinerja_desktop.services import training as svc
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ekinerja_desktop.store.models import DevPlanItem, Evidence, Training
from tests.helpers.audit import audit_actions
from tests.helpers.skp import YEAR as THIS_YEAR
from tests.helpers.skp import make_chain
from tests.helpers.training import bimtek as a_bimtek

# Trainings are recorded after they happen: a past year has every date these tests use
# (this year's March is still in the future in January).
YEAR = THIS_YEAR - 1


def _chain(ws, admin):
    return make_chain(ws, admin, years=(YEAR, THIS_YEAR))


pytestmark = [pytest.mark.db, pytest.mark.prepared(build=_chain)]


@pytest.fixture
def chain(prepared):
    return prepared


def bimtek(title: str = "Bimtek Penyusunan SKP", **kw) -> svc.TrainingInput:
    return a_bimtek(date(YEAR, 3, 10), date(YEAR, 3, 11), title=title, **kw)


def _problems(error: ValidationError) -> dict[str, str]:
    return dict(error.problems)


def test_catalogue_is_seeded_from_defaults_and_admin_edits_it(ws, admin, chain):
    kinds = svc.list_kinds(ws)
    codes = {k.code for k in kinds}
    assert {"bimtek", "coaching", "e_learning", "pendidikan_formal"} <= codes
    bim = next(k for k in kinds if k.code == "bimtek")
    assert bim.suggest(6) == Decimal("8.00")  # 6 h x 60 / 45

    changed = svc.save_kind(
        ws,
        admin,
        svc.KindInput(
            code="bimtek",
            label=bim.label,
            route=bim.route,
            mode="per_hour",
            minutes_per_jp=60,
            max_jp="5",
        ),
        kind_id=bim.id,
    )
    assert changed.suggest(6) == Decimal("5.00")  # capped
    new = svc.save_kind(
        ws, admin, svc.KindInput(code="Sosialisasi", label="Sosialisasi", route="Klasikal")
    )
    assert new.code == "sosialisasi"
    assert new.route == "pelatihan_klasikal"
    with pytest.raises(ValidationError, match="sudah ada"):
        svc.save_kind(ws, admin, svc.KindInput(code="sosialisasi", label="X", route="Klasikal"))
    with pytest.raises(ValidationError) as info:
        svc.save_kind(
            ws, admin, svc.KindInput(code="tetap", label="Tetap", route="Klasikal", mode="fixed")
        )
    assert "mode" in _problems(info.value)
    with pytest.raises(PermissionDeniedError):
        svc.save_kind(ws, chain.a_staf, svc.KindInput(code="x", label="X", route="Klasikal"))
    assert audit_actions(ws).count("training_kind.save") == 2


def test_record_suggests_jp_and_verification_by_supervisor(ws, chain):
    row = svc.record_training(ws, chain.a_staf, bimtek())
    assert (row.status, row.jp_credited, row.jp_suggested) == ("Diajukan", Decimal(8), Decimal(8))
    assert row.employee_id == chain.staf.id
    assert row.kind_label.startswith("Bimbingan")
    # Not yet verified: the meter only shows it as pending.
    meter = svc.jp_meter(ws, chain.a_staf, YEAR)
    assert (meter.verified_jp, meter.pending_jp, meter.limit_jp) == (0, 8, 20)
    assert meter.below_target
    assert not meter.ok

    assert [r.id for r in svc.verification_queue(ws, chain.a_kabid, YEAR)] == [row.id]
    assert svc.verification_queue(ws, chain.a_kadis, YEAR) == []
    with pytest.raises(PermissionDeniedError, match="sendiri"):
        svc.verify(ws, chain.a_staf, row.id)
    with pytest.raises(PermissionDeniedError, match="bukan pejabat penilai"):
        svc.verify(ws, chain.a_kadis, row.id)
    done = svc.verify(ws, chain.a_kabid, row.id)
    assert done.status == "Diverifikasi"
    assert done.verified_by_name.startswith("Moh. Rizal")
    with pytest.raises(ValidationError, match="berstatus Diverifikasi"):
        svc.reject(ws, chain.a_kabid, row.id, "terlambat")
    with pytest.raises(ValidationError, match="sudah diverifikasi"):
        svc.update_training(ws, chain.a_staf, row.id, bimtek(hours="7"))

    meter = svc.jp_meter(ws, chain.a_kabid, YEAR, employee_id=chain.staf.id)
    assert meter.verified_jp == 8
    assert meter.monthly[2] == 8
    assert sum(meter.monthly) == 8
    assert meter.shortfall == 12
    assert "Kurang 12 JP" in meter.message
    with pytest.raises(PermissionDeniedError):
        svc.jp_meter(ws, chain.a_guru, YEAR, employee_id=chain.staf.id)
    assert {"training.create", "training.verify"} <= set(audit_actions(ws))


def test_reject_with_note_then_edit_resubmits(ws, chain):
    row = svc.record_training(ws, chain.a_staf, bimtek())
    with pytest.raises(ValidationError, match="catatan"):
        svc.reject(ws, chain.a_kabid, row.id, "  ")
    rejected = svc.reject(ws, chain.a_kabid, row.id, "Lampirkan sertifikat")
    assert (rejected.status, rejected.note) == ("Ditolak", "Lampirkan sertifikat")
    again = svc.update_training(ws, chain.a_staf, row.id, bimtek(certificate_no="123/BKPSDM/2026"))
    assert again.status == "Diajukan"
    assert again.certificate_no == "123/BKPSDM/2026"
    with pytest.raises(ValidationError, match="diubah orang lain"):
        svc.update_training(ws, chain.a_staf, row.id, bimtek(), expected_version=1)
    svc.delete_training(ws, chain.a_staf, row.id)
    assert svc.list_trainings(ws, chain.a_staf, YEAR) == []
    with pytest.raises(NotFoundError):
        svc.get_training(ws, chain.a_staf, row.id)


def test_future_or_absurd_dates_are_refused_not_saved_and_hidden(ws, chain):
    from datetime import timedelta

    from ekinerja_desktop.domain.timeutil import today_wita

    today = today_wita()
    with pytest.raises(ValidationError) as info:
        svc.record_training(
            ws, chain.a_staf, bimtek(start_date=date(2099, 3, 10), end_date=date(2099, 3, 11))
        )
    problems = _problems(info.value)
    assert "10/03/2099 belum terjadi" in problems["start_date"]
    assert "Tanggal selesai 11/03/2099 belum terjadi" in problems["end_date"]
    assert "paling lambat hari ini" in info.value.message
    # Tomorrow is the future too; today is fine (a one-day course ending today).
    tomorrow = today + timedelta(days=1)
    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(start_date=today, end_date=tomorrow))
    assert set(_problems(info.value)) == {"end_date"}
    row = svc.record_training(ws, chain.a_staf, bimtek(start_date=today, end_date=today))
    assert row.start_date == today
    # Changing a record is held to the same rule.
    with pytest.raises(ValidationError, match="belum terjadi"):
        svc.update_training(
            ws,
            chain.a_staf,
            row.id,
            bimtek(start_date=today, end_date=date(2099, 1, 1)),
            expected_version=row.version,
        )
    with pytest.raises(ValidationError) as info:
        svc.record_training(
            ws, chain.a_staf, bimtek(start_date=date(1999, 12, 31), end_date=date(2000, 1, 2))
        )
    assert "tidak masuk akal" in _problems(info.value)["start_date"]
    assert svc.training_date_limits() == (date(2000, 1, 1), today)
    assert [t.start_date for t in svc.list_trainings(ws, chain.a_staf, 2099)] == []


def test_bad_input_is_refused_with_clear_messages(ws, chain):
    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(end_date=date(YEAR, 3, 1)))
    assert "lebih awal" in _problems(info.value)["end_date"]

    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(jp_credited="10"))
    assert "alasannya" in _problems(info.value)["jp_reason"]
    row = svc.record_training(
        ws, chain.a_staf, bimtek(jp_credited="10", jp_reason="Sertifikat mencantumkan 10 JP")
    )
    assert (row.jp_credited, row.jp_suggested) == (Decimal(10), Decimal(8))

    with pytest.raises(ValidationError, match="dua kali"):
        svc.record_training(ws, chain.a_staf, bimtek(title="  bimtek  penyusunan skp "))
    # Same title on another day, or another person: fine.
    svc.record_training(
        ws, chain.a_staf, bimtek(start_date=date(YEAR, 4, 1), end_date=date(YEAR, 4, 1))
    )
    svc.record_training(ws, chain.a_kabid, bimtek())

    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(kind_code="sulap", hours="x"))
    assert "kind_code" in _problems(info.value) or "hours" in _problems(info.value)
    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(route="pendidikan"))
    assert "route" in _problems(info.value)
    with pytest.raises(ValidationError) as info:
        svc.record_training(ws, chain.a_staf, bimtek(title=" "))
    assert "title" in _problems(info.value)


def test_certificate_is_stored_content_addressed_and_size_limited(ws, admin, chain, tmp_path):
    cert = tmp_path / "sertifikat.pdf"
    cert.write_bytes(b"%PDF-1.4 sertifikat bimtek\n")
    row = svc.record_training(ws, chain.a_staf, bimtek(certificate_file=cert))
    assert row.certificate_name == "sertifikat.pdf"
    viewed = svc.certificate_path(ws, chain.a_kabid, row.id)  # a copy named by its type
    assert viewed.read_bytes() == cert.read_bytes()
    assert viewed.name == "sertifikat.pdf"
    with ws.read() as session:
        evidence = session.get(Evidence, row.evidence_id)
        stored = ws.evidence_dir / evidence.sha256[:2] / evidence.sha256
        assert stored.read_bytes() == cert.read_bytes()  # content-addressed
        assert (evidence.owner_employee_id, evidence.size) == (chain.staf.id, cert.stat().st_size)

    settings.set_value(ws, admin, "evidence_max_mb", "1")
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"0" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="terlalu besar") as info:
        svc.record_training(ws, chain.a_staf, bimtek(title="Lain", certificate_file=big))
    assert "certificate_file" in _problems(info.value)
    with ws.read() as session:
        assert session.execute(select(Training).where(Training.title == "Lain")).first() is None
    removed = svc.update_training(ws, chain.a_staf, row.id, bimtek(remove_certificate=True))
    assert removed.evidence_id is None
    with pytest.raises(NotFoundError):
        svc.certificate_path(ws, chain.a_staf, row.id)


def test_only_owner_or_admin_records(ws, admin, chain):
    with pytest.raises(PermissionDeniedError):
        svc.record_training(ws, chain.a_guru, bimtek(), employee_id=chain.staf.id)
    row = svc.record_training(ws, admin, bimtek(), employee_id=chain.staf.id)
    assert row.employee_id == chain.staf.id
    # The admin (no employee record) sees it in the queue and may verify it.
    assert [r.id for r in svc.verification_queue(ws, admin, YEAR)] == [row.id]
    assert svc.verify(ws, admin, row.id).status == "Diverifikasi"


def test_pppk_meter_against_cap_and_unit_overview(ws, admin, chain):
    org_unit = master.get_employee(ws, admin, chain.staf.id).data.unit_id
    pppk = master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip="199001012022031005", name="Dewi Lamaindi", status="PPPK", unit_id=org_unit
        ),
    )
    event = bimtek(title="Pelatihan Pelayanan Prima", hours="21")  # 28 JP
    rows = svc.bulk_record(ws, admin, event, [chain.staf.id, pppk.id, chain.staf2.id])
    assert {r.status for r in rows} == {"Diverifikasi"}
    assert len({r.event_id for r in rows}) == 1
    assert rows[0].event_id
    with pytest.raises(ValidationError, match="sudah tercatat untuk 1 peserta"):
        svc.bulk_record(ws, admin, event, [chain.staf.id, chain.kabid.id])
    with pytest.raises(PermissionDeniedError):
        svc.bulk_record(ws, chain.a_kabid, event, [chain.staf.id])

    meter = svc.jp_meter(ws, admin, YEAR, employee_id=pppk.id)
    assert (meter.verified_jp, meter.limit_jp, meter.over_cap, meter.below_target) == (
        28,
        24,
        True,
        False,
    )
    assert "Melebihi batas maksimal 24 JP" in meter.message

    overview = svc.unit_overview(ws, admin, YEAR, unit_id=org_unit)
    by_id = {m.employee_id: m for m in overview}
    assert set(by_id) == {chain.staf.id, chain.staf2.id, pppk.id}
    assert not by_id[chain.staf.id].below_target
    assert by_id[chain.staf.id].monthly[2] == 28
    # The atasan sees the team; the kabid is below target in the whole-office view.
    team = svc.unit_overview(ws, chain.a_kabid, YEAR)
    assert {m.employee_id for m in team} == {chain.staf.id, chain.staf2.id}
    everyone = svc.unit_overview(ws, admin, YEAR)
    assert any(m.employee_id == chain.kabid.id and m.below_target for m in everyone)
    with pytest.raises(PermissionDeniedError):
        svc.unit_overview(ws, chain.a_kabid, YEAR, unit_id=org_unit)


def test_development_plan_planned_vs_realised(ws, admin, chain):
    item = svc.add_plan_item(ws, chain.a_staf, YEAR, svc.PlanInput("Bimtek SKP", "bimtek", 3, "8"))
    assert item.source == "manual"
    assert not item.realised
    # The supervisor adds an item; an evaluation's coaching plan appears with its source.
    svc.add_plan_item(
        ws,
        chain.a_kabid,
        YEAR,
        svc.PlanInput("Mentoring penyusunan laporan", "mentoring", 6, "4"),
        employee_id=chain.staf.id,
    )
    with ws.write() as session:
        session.add(
            DevPlanItem(
                employee_id=chain.staf.id,
                year=YEAR,
                kind_code="coaching",
                title="Coaching kinerja (pembinaan)",
                planned_jp="6",
                source="evaluation",
            )
        )
    with pytest.raises(PermissionDeniedError):
        svc.add_plan_item(ws, chain.a_guru, YEAR, svc.PlanInput("X"), employee_id=chain.staf.id)
    with pytest.raises(ValidationError) as info:
        svc.add_plan_item(ws, chain.a_staf, YEAR, svc.PlanInput(" ", "sulap", 13))
    assert {"title", "kind_code", "planned_month"} <= set(_problems(info.value))

    row = svc.record_training(ws, chain.a_staf, bimtek())
    linked = svc.link_plan_item(ws, chain.a_staf, item.id, row.id)
    assert linked.training_title == row.title
    assert not linked.realised
    svc.verify(ws, chain.a_kabid, row.id)
    plan = svc.development_plan(ws, chain.a_kabid, YEAR, employee_id=chain.staf.id)
    assert len(plan.items) == 3
    assert {i.source for i in plan.items} == {"manual", "evaluation"}
    assert (plan.planned_jp, plan.realised_jp, plan.realised_count) == (18, 8, 1)
    other = svc.record_training(ws, chain.a_kabid, bimtek())
    with pytest.raises(ValidationError, match="pegawai lain"):
        svc.link_plan_item(ws, chain.a_staf, item.id, other.id)
    updated = svc.update_plan_item(
        ws, chain.a_staf, item.id, replace(svc.PlanInput("Bimtek SKP 2"), planned_jp="10")
    )
    assert updated.planned_jp == 10
    assert updated.training_id == row.id
    svc.delete_plan_item(ws, chain.a_staf, item.id)
    assert len(svc.development_plan(ws, chain.a_staf, YEAR).items) == 2
    assert {"dev_plan.create", "dev_plan.link", "dev_plan.update", "dev_plan.delete"} <= set(
        audit_actions(ws)
    )


def test_jp_across_a_year_end_counts_in_each_year(ws, admin):
    """A training from 27 December to 5 January (10 days, 10 JP) counts 5 JP in December
    of the first year and 5 JP in January of the next, not all in its start month."""
    chain = make_chain(ws, admin, years=(YEAR - 1, YEAR))
    row = svc.record_training(
        ws,
        chain.a_staf,
        bimtek(
            "Diklat akhir tahun",
            start_date=date(YEAR - 1, 12, 27),
            end_date=date(YEAR, 1, 5),
            jp_credited="10",
            jp_reason="JP pada sertifikat",
        ),
    )
    before = svc.jp_meter(ws, chain.a_staf, YEAR - 1)
    assert (before.verified_jp, before.pending_jp) == (0, 5)
    svc.verify(ws, chain.a_kabid, row.id)
    first = svc.jp_meter(ws, chain.a_staf, YEAR - 1)
    second = svc.jp_meter(ws, chain.a_staf, YEAR)
    assert (first.verified_jp, first.monthly[11]) == (5, 5)
    assert (second.verified_jp, second.monthly[0]) == (5, 5)


def test_jp_by_month_keeps_the_total():
    from ekinerja_desktop.domain.jp import jp_by_month

    shares = jp_by_month(Decimal(8), date(2025, 12, 30), date(2026, 1, 1))
    assert shares == {(2025, 12): Decimal("5.33"), (2026, 1): Decimal("2.67")}
    assert sum(shares.values()) == 8
    assert jp_by_month(Decimal(6), date(2026, 3, 10), date(2026, 3, 11)) == {(2026, 3): Decimal(6)}


def test_pppk_cap_counts_the_contract_year(ws, admin):
    """24 JP per contract year: appointed 1 September, JP of October and of the next
    March fall in one contract year although they are in two calendar years."""
    chain = make_chain(ws, admin, years=(YEAR - 1, YEAR))
    org_unit = master.get_employee(ws, admin, chain.staf.id).data.unit_id
    pppk = master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip="199001012022031005",
            name="Dewi Lamaindi",
            status="PPPK",
            unit_id=org_unit,
            active_from=date(YEAR - 2, 9, 1),
        ),
    )
    for title, day in (("Pelatihan A", date(YEAR - 1, 10, 6)), ("Pelatihan B", date(YEAR, 3, 9))):
        event = bimtek(title=title, start_date=day, end_date=day, hours="11.25")  # 15 JP
        svc.bulk_record(ws, admin, event, [pppk.id])
    meter = svc.jp_meter(ws, admin, YEAR - 1, employee_id=pppk.id)
    assert meter.verified_jp == 15  # the calendar year
    assert meter.contract == (date(YEAR - 1, 9, 1), date(YEAR, 8, 31))
    assert meter.contract_jp == 30
    assert meter.over_cap
    assert "per tahun kontrak 1 September" in meter.message
    assert "sebanyak 6 JP" in meter.message


def test_contract_year():
    from ekinerja_desktop.domain.jp import contract_year

    assert contract_year(date(2025, 9, 1), date(2026, 3, 9)) == (
        date(2025, 9, 1),
        date(2026, 8, 31),
    )
    assert contract_year(date(2024, 2, 29), date(2025, 3, 1)) == (
        date(2025, 2, 28),
        date(2026, 2, 27),
    )
