"""Ownership by field: a supervisor's laptop reviews the daily logs and training of an
employee outside its units; the approvals travel through central back to the staff PC,
while the employee's own fields stay the employee's. The JP catalogue is master data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import dailylog, sync_service, training
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import DailyLog, Training, TrainingKind
from tests.helpers.dailylog import entry, past_monday
from tests.helpers.master import actor_for, make_org
from tests.helpers.skp import YEAR, make_chain
from tests.helpers.sync import enroll, make_node, prepared_node, ship
from tests.helpers.training import bimtek

pytestmark = pytest.mark.db

ROLES = ["pegawai", "atasan"]


@pytest.fixture
def net(ws, admin, tmp_path):
    """Central with the sekda -> kadis chain; the ``ws`` staff PC enrolled for Dinas
    Kesehatan (kadis works there); sekda's laptop enrolled for Dinas Pendidikan only."""
    c_ws, c_admin, chain = prepared_node(tmp_path / "central", NodeRole.CENTRAL, make_chain)
    training.list_kinds(c_ws)  # the catalogue exists at central before anyone enrolls
    laptop, l_admin = make_node(tmp_path / "laptop", NodeRole.LAPTOP)
    enroll(c_ws, c_admin, ws, admin, tmp_path, ["DINKES"])
    enroll(c_ws, c_admin, laptop, l_admin, tmp_path, ["DIKBUD"])
    yield c_ws, c_admin, laptop, l_admin, chain
    laptop.close()
    c_ws.close()


def _rows(node, model, ids):
    with node.read() as session:
        return {
            r.id: {c.name: getattr(r, c.name) for c in model.__table__.columns}
            for r in session.query(model).filter(model.id.in_(ids))
        }


def test_laptop_review_travels_to_staff_pc_and_central(ws, admin, net, tmp_path):
    c_ws, c_admin, laptop, l_admin, chain = net
    # kadis writes at the staff PC: two daily logs submitted, one training recorded
    kadis = actor_for(ws, admin, "kadis", ROLES, chain.kadis.id)
    day = past_monday()
    first = dailylog.save_entry(ws, kadis, entry(day, "08:00", "10:00", "Rapat koordinasi"))
    second = dailylog.save_entry(ws, kadis, entry(day, "10:00", "12:00", "Menyusun laporan"))
    dailylog.submit_day(ws, kadis, day)
    course = training.record_training(
        ws, kadis, bimtek(day, title="Bimtek Manajemen Kinerja", organiser="")
    )
    assert ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c").ok
    # central relays kadis' records to sekda's laptop: sekda appraises kadis
    report = ship(c_ws, c_admin, laptop, l_admin, laptop.node.id, tmp_path / "c2l")
    assert report.ok, report.summary()
    assert set(_rows(laptop, DailyLog, [first.id, second.id])) == {first.id, second.id}

    # sekda approves on the laptop; the laptop's admin also tampers with kadis' text
    sekda = actor_for(laptop, l_admin, "sekda", ROLES, chain.sekda.id)
    assert dailylog.approve(laptop, sekda, [first.id]) == 1
    verified = training.verify(laptop, sekda, course.id, note="sertifikat sesuai")
    assert verified.status == "Diverifikasi"
    with laptop.write("admin") as session:
        session.get(DailyLog, second.id).activity = "Diubah oleh atasan"

    report = ship(laptop, l_admin, c_ws, c_admin, "pusat", tmp_path / "l2c")
    assert report.status == "applied"
    assert report.total("updated") == 2  # the approval and the verification
    [rejection] = report.rejections
    assert rejection.row_id == second.id
    assert "kolom penilaian" in rejection.reason
    assert "activity" in rejection.reason
    at_central = _rows(c_ws, DailyLog, [first.id, second.id])
    assert at_central[first.id]["status"] == "Disetujui"
    assert at_central[first.id]["reviewer_id"] == chain.sekda.id
    assert at_central[second.id]["activity"] == "Menyusun laporan"
    assert _rows(c_ws, Training, [course.id])[course.id]["note"] == "sertifikat sesuai"

    # back at the staff PC: the approval and the verification arrive
    report = ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
    assert report.ok, report.summary()
    office_logs = _rows(ws, DailyLog, [first.id, second.id])
    assert office_logs[first.id] == at_central[first.id]
    assert office_logs[second.id]["activity"] == "Menyusun laporan"
    assert _rows(ws, Training, [course.id]) == _rows(c_ws, Training, [course.id])
    meter = training.jp_meter(ws, kadis, YEAR)
    assert meter.verified_jp == Decimal(8)
    # the approved log is locked at the staff PC as everywhere
    with pytest.raises(ValidationError, match="dikunci"):
        dailylog.save_entry(
            ws, kadis, entry(day, "08:00", "09:00", "Ubah setelah disetujui", id=first.id)
        )


def test_laptop_cannot_create_or_delete_employee_records_it_only_reviews(ws, admin, net, tmp_path):
    c_ws, c_admin, laptop, l_admin, chain = net
    kadis = actor_for(ws, admin, "kadis", ROLES, chain.kadis.id)
    day = past_monday()
    kept = dailylog.save_entry(ws, kadis, entry(day, "08:00", "09:00", "Apel pagi"))
    ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    ship(c_ws, c_admin, laptop, l_admin, laptop.node.id, tmp_path / "c2l")
    with laptop.write("admin") as session:
        session.get(DailyLog, kept.id).deleted = True
        session.add(
            DailyLog(
                employee_id=chain.kadis.id,
                day=day,
                start_time=kept.start,
                end_time=kept.end,
                activity="Entri buatan laptop",
            )
        )
    report = ship(laptop, l_admin, c_ws, c_admin, "pusat", tmp_path / "l2c")
    reasons = sorted(r.reason for r in report.rejections)
    assert len(reasons) == 2
    assert "kolom milik pegawai berbeda: deleted" in reasons[0]
    assert "hanya boleh meninjau" in reasons[1]
    assert not _rows(c_ws, DailyLog, [kept.id])[kept.id]["deleted"]
    with c_ws.read() as session:
        assert session.query(DailyLog).filter_by(activity="Entri buatan laptop").count() == 0


def test_jp_catalogue_is_central_master_data(ws, admin, net, tmp_path):
    c_ws, c_admin, laptop, l_admin, _chain = net
    kinds = {k.code: k for k in training.list_kinds(c_ws)}
    bimtek = kinds["bimtek"]
    training.save_kind(
        c_ws,
        c_admin,
        training.KindInput(
            code="bimtek", label=bimtek.label, route=bimtek.route, minutes_per_jp=60
        ),
        kind_id=bimtek.id,
    )
    for node, node_admin, folder in ((ws, admin, "c2o"), (laptop, l_admin, "c2l")):
        report = ship(c_ws, c_admin, node, node_admin, node.node.id, tmp_path / folder)
        assert report.total("updated") == 1, report.summary()
        assert {k.code: k.minutes_per_jp for k in training.list_kinds(node)}["bimtek"] == 60
    # an office cannot change the catalogue: its edit is refused at central
    with ws.write("admin") as session:
        session.get(TrainingKind, bimtek.id).label = "Bimtek versi kantor"
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    [rejection] = report.rejections
    assert rejection.table == "training_kind"
    assert "hanya boleh diubah oleh pusat" in rejection.reason
    assert {k.code: k.label for k in training.list_kinds(c_ws)}["bimtek"] == bimtek.label


def test_catalogue_seeded_on_a_node_before_enrolling_gives_way_to_centrals(tmp_path):
    """Both sides seed the default catalogue on first use (different row ids, same
    codes): central's rows replace the node's own seed instead of clashing forever."""
    c_ws, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    office, o_admin = make_node(tmp_path / "office", NodeRole.OFFICE)
    try:
        make_org(c_ws, c_admin)
        central_ids = {k.code: k.id for k in training.list_kinds(c_ws)}
        assert {k.code: k.id for k in training.list_kinds(office)} != central_ids
        request = sync_service.write_enroll_request(office, o_admin, tmp_path / "req.json")
        reply = sync_service.enroll_node(
            c_ws, c_admin, request.path, ["DINKES"], tmp_path / "e.ekb", role="office"
        )
        report = sync_service.import_bundle(
            office, o_admin, reply.bundle, expect_fingerprint=reply.central_fingerprint
        )
        assert report.ok, report.summary()  # no clash on the catalogue codes
        assert {k.code: k.id for k in training.list_kinds(office)} == central_ids
        report = ship(office, o_admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
        assert report.ok, report.summary()
        with office.read() as session:
            assert session.query(TrainingKind).count() == len(central_ids)
    finally:
        office.close()
        c_ws.close()
