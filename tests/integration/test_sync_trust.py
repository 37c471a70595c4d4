"""Sync trust (issue 16): really enrolled nodes with valid signatures but wrong rights.

Every attack is a bundle signed by an enrolled node: the receiving node refuses what the
sender may not write, with a clear Indonesian reason, leaves the data unchanged, and
still accepts the matching legitimate change (the control)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain import i18n
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import central as central_service
from ekinerja_desktop.services import master, sync_service
from ekinerja_desktop.store.migrate import head_revision
from ekinerja_desktop.store.models import (
    DailyLog,
    DisciplineRecord,
    Employee,
    HeldRecord,
    KnownNode,
    LocalNode,
    Skp,
    SyncAck,
)
from ekinerja_desktop.sync import enrollment
from ekinerja_desktop.sync.container import BundleWriter, open_bundle
from ekinerja_desktop.sync.exporter import MANIFEST, MANIFEST_FORMAT, public_of
from ekinerja_desktop.sync.strictjson import dumps_canonical
from tests.helpers.cli_login import cli_login
from tests.helpers.dailylog import past_monday, setup
from tests.helpers.sync import data_digest, digest, enroll, make_node, prepared_node

pytestmark = pytest.mark.db


@dataclass
class Net:
    tmp: Path
    central: Any
    c_admin: Any
    chain: Any
    staf_skp: Any
    nodes: dict[str, tuple[Any, Any]]
    n: int = 0

    def add(self, name: str, role: NodeRole, units: list[str]) -> tuple[Any, Any]:
        ws, admin = make_node(self.tmp / name, role)
        enroll(self.central, self.c_admin, ws, admin, self.tmp / f"e-{name}", units)
        self.nodes[name] = (ws, admin)
        return ws, admin

    def folder(self, label: str) -> Path:
        self.n += 1
        path = self.tmp / f"{self.n:02d}-{label}"
        path.mkdir()
        return path

    def to_central(self, name: str):
        """Export node ``name``'s changes to central and import them there."""
        ws, admin = self.nodes[name]
        out = sync_service.export_bundle(ws, admin, "pusat", self.folder(f"{name}-c"))
        return sync_service.import_bundle(self.central, self.c_admin, out.path)

    def from_central(self, name: str):
        ws, admin = self.nodes[name]
        out = sync_service.export_bundle(
            self.central, self.c_admin, ws.node.id, self.folder(f"c-{name}")
        )
        report = sync_service.import_bundle(ws, admin, out.path)
        assert report.ok, report.summary()
        return report


def _log(
    ws, employee_id: str, day: date, activity: str, *, status: str = "Diajukan", **values: Any
) -> str:
    """A daily-log row (08:00-09:00) written straight into a node's database (as its own
    change; a forged one with the ``id`` of another)."""
    with ws.write("admin") as session:
        row = DailyLog(
            employee_id=employee_id,
            day=day,
            start_time=time(8),
            end_time=time(9),
            activity=activity,
            status=status,
            **values,
        )
        session.add(row)
        session.flush()
        return row.id


def _edit(ws, model, row_id: str, **values: Any) -> None:
    with ws.write("admin") as session:
        row = session.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def _row(ws, model, row_id: str) -> dict[str, Any] | None:
    with ws.read() as session:
        row = session.get(model, row_id)
        if row is None:
            return None
        return {c.name: getattr(row, c.name) for c in model.__table__.columns}


@pytest.fixture
def net(tmp_path):
    """Central with the sekda -> kadis -> kabid -> staf chain and cascading approved SKPs
    (staf's RHK cascade from kabid's, kabid's from kadis', the OPD head's)."""
    c_ws, c_admin, (chain, staf_skp) = prepared_node(tmp_path / "central", NodeRole.CENTRAL, setup)
    made = Net(tmp_path, c_ws, c_admin, chain, staf_skp, {})
    yield made
    for ws, _admin in made.nodes.values():
        ws.close()
    c_ws.close()


def _refused(report, row_id: str, text: str) -> None:
    assert report.status == "applied", report.summary()
    reasons = [r.reason for r in report.rejections if r.row_id == row_id]
    assert reasons, report.summary()
    assert text in reasons[0], reasons
    assert "Ditolak" in report.summary()
    assert "hubungi admin pengirim" in report.summary()


# --- 1. owner swap --------------------------------------------------------------------


def test_laptop_cannot_take_over_someone_elses_approved_log_by_id(net):
    """The supervisor laptop of a bidang rewrites kadis' approved log (outside its scope)
    as a deleted log of its own staff: refused, central's row untouched."""
    chain = net.chain
    office, _o = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    net.add("laptop", NodeRole.LAPTOP, [chain.kabid.data.unit_id])
    day = past_monday()
    log_id = _log(office, chain.kadis.id, day, "Rapat pimpinan")
    _edit(office, DailyLog, log_id, status="Disetujui", reviewer_id=chain.sekda.id)
    assert net.to_central("office-a").ok
    before = _row(net.central, DailyLog, log_id)

    laptop = net.nodes["laptop"][0]
    # a hostile laptop forges a row with that id
    _log(
        laptop,
        chain.staf.id,
        day,
        "Diambil alih",
        id=log_id,
        status="Disetujui",
        reviewer_id=chain.kabid.id,
        deleted=True,
        version=50,
    )
    report = net.to_central("laptop")
    _refused(report, log_id, "baris yang akan diganti milik pegawai di luar cakupan")
    after = _row(net.central, DailyLog, log_id)
    assert after == before
    assert after["employee_id"] == chain.kadis.id
    assert not after["deleted"]


def test_office_of_one_opd_cannot_overwrite_another_opds_row_by_id(net):
    chain = net.chain
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    office_b, _b = net.add("office-b", NodeRole.OFFICE, ["DIKBUD"])
    day = past_monday()
    victim = _log(office_a, chain.staf.id, day, "Menyusun laporan rujukan")
    assert net.to_central("office-a").ok
    before = data_digest(net.central)
    # guru is in office B's scope
    _log(office_b, chain.guru.id, day, "Ditimpa kantor lain", id=victim, status="Draft", version=9)
    report = net.to_central("office-b")
    _refused(report, victim, "node lain tidak boleh menimpanya")
    assert data_digest(net.central) == before  # no synchronised row changed
    row = _row(net.central, DailyLog, victim)
    assert row["employee_id"] == chain.staf.id
    assert row["activity"] == "Menyusun laporan rujukan"
    # control: office B's own new row is accepted (the refused one is sent again
    # until central acknowledges office B's changes, and refused again)
    own = _log(office_b, chain.guru.id, day, "Mengajar")
    report = net.to_central("office-b")
    assert [r.row_id for r in report.rejections] == [victim]
    assert report.total("inserted") == 1
    assert _row(net.central, DailyLog, own)["activity"] == "Mengajar"


def test_owner_of_a_row_cannot_be_changed_and_approved_rows_stay_frozen(net):
    chain = net.chain
    office, _o = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    day = past_monday()
    moved = _log(office, chain.staf.id, day, "Mengolah data")
    frozen = _log(office, chain.staf.id, day + timedelta(days=1), "Rapat")
    _edit(office, DailyLog, frozen, status="Disetujui", reviewer_id=chain.kabid.id)
    assert net.to_central("office-a").ok
    # both people are in the office's scope, yet a row never changes hands, and an
    # approved log never changes (even with a higher version, still "approved")
    _edit(office, DailyLog, moved, employee_id=chain.staf2.id)
    _edit(office, DailyLog, frozen, activity="Diubah setelah disetujui")
    report = net.to_central("office-a")
    _refused(report, moved, "tidak boleh diganti")
    _refused(report, frozen, "sudah disetujui")
    assert _row(net.central, DailyLog, moved)["employee_id"] == chain.staf.id
    assert _row(net.central, DailyLog, frozen)["activity"] == "Rapat"


# --- 5. laptop: review fields only ----------------------------------------------------


def test_laptop_writes_review_fields_only_even_inside_its_units(net):
    chain = net.chain
    office, _o = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    laptop, _l = net.add("laptop", NodeRole.LAPTOP, [chain.kabid.data.unit_id])
    day = past_monday()
    text = _log(office, chain.staf.id, day, "Teks pegawai")
    review = _log(office, chain.staf.id, day + timedelta(days=1), "Untuk disetujui")
    assert net.to_central("office-a").ok
    net.from_central("laptop")
    _edit(laptop, DailyLog, text, activity="Diubah atasan")  # staf's own text
    _edit(laptop, DailyLog, review, status="Disetujui", reviewer_id=chain.kabid.id)
    own = _log(laptop, chain.kabid.id, day, "Kegiatan kabid sendiri")  # the laptop's owner
    report = net.to_central("laptop")
    _refused(report, text, "kolom milik pegawai berbeda: activity")
    assert _row(net.central, DailyLog, text)["activity"] == "Teks pegawai"
    assert _row(net.central, DailyLog, review)["status"] == "Disetujui"  # control
    assert _row(net.central, DailyLog, own)["activity"] == "Kegiatan kabid sendiri"
    assert len(report.rejections) == 1


# --- 6. former supervisor -------------------------------------------------------------


def test_former_supervisor_neither_receives_nor_approves_after_a_remapping(net):
    chain = net.chain
    office, _o = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    laptop, _l = net.add("sekda-laptop", NodeRole.LAPTOP, ["DIKBUD"])  # sekda appraises kadis
    year = today_wita().year
    early, late = date(year, 1, 5), date(year, 12, 1)
    # from 1 July kadis is appraised by someone in a unit outside the laptop's scope
    setda = master.create_unit(
        net.central, net.c_admin, master.UnitInput(name="Sekretariat Daerah", code="SETDA")
    )
    asisten = master.save_employee(
        net.central,
        net.c_admin,
        master.EmployeeInput(
            nip="198501012010011099", name="Asisten Pemerintahan", unit_id=setda.id
        ),
    )
    master.set_supervisor(
        net.central, net.c_admin, chain.kadis.id, asisten.id, year, valid_from=date(year, 7, 1)
    )
    net.from_central("office-a")
    before_log = _log(office, chain.kadis.id, early, "Januari")
    after_log = _log(office, chain.kadis.id, late, "Desember")
    assert net.to_central("office-a").ok
    net.from_central("sekda-laptop")
    assert _row(laptop, DailyLog, before_log) is not None
    assert _row(laptop, DailyLog, after_log) is None  # not sent to the former supervisor
    # a forged approval of the new-period log and a real one of the old period
    _edit(laptop, DailyLog, before_log, status="Disetujui", reviewer_id=chain.sekda.id)
    _log(
        laptop,
        chain.kadis.id,
        late,
        "Desember",
        id=after_log,
        status="Disetujui",
        reviewer_id=chain.sekda.id,
        version=5,
    )
    report = net.to_central("sekda-laptop")
    _refused(report, after_log, "di luar cakupan")
    assert _row(net.central, DailyLog, after_log)["status"] == "Diajukan"
    assert _row(net.central, DailyLog, before_log)["status"] == "Disetujui"  # control


# --- 7. a bidang-scoped node gets everything it needs ---------------------------------


def test_bidang_laptop_receives_all_of_its_scope_and_nothing_is_held(net):
    chain = net.chain
    laptop, _l = net.add("laptop", NodeRole.LAPTOP, [chain.kabid.data.unit_id])
    rhk = net.staf_skp.rhk[0].id
    day = past_monday()
    ids = [
        _log(net.central, chain.staf.id, day + timedelta(days=i % 2), f"Entri {i}", rhk_id=rhk)
        for i in range(6)
    ]
    with net.central.read() as session:
        kabid_rhk = session.execute(
            select(DailyLog.id).where(DailyLog.employee_id == chain.kabid.id)
        ).all()
    assert kabid_rhk == []
    report = net.from_central("laptop")
    assert report.total("held") == 0, report.summary()
    with laptop.read() as session:
        assert session.query(HeldRecord).count() == 0
        got = set(session.execute(select(DailyLog.id)).scalars())
        skps = set(session.execute(select(Skp.employee_id)).scalars())
    assert set(ids) <= got
    assert {chain.staf.id, chain.kabid.id} <= skps  # the SKPs the cascade runs through


# --- 2. ack poisoning -----------------------------------------------------------------


def _forge(net: Net, name: str, sender: str, **manifest: Any) -> Path:
    """A bundle from enrolled node ``sender`` with a valid signature and a hostile
    manifest (no rows)."""
    ws, _admin = net.nodes[sender]
    net.n += 1
    doc = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "schema": head_revision(),
        "sender": ws.node.id,
        "sender_role": "office",
        "sender_epoch": ws.node.epoch,
        "recipient": net.central.node.id,
        "previous": 0,
        "tables": [],
        "ranges": [],
        "acks": [],
        "revoked": [],
    }
    doc.update(manifest)
    writer = BundleWriter(
        net.tmp / f"{net.n:02d}-{name}.ekb",
        sender=sync_service.node_keys(ws),
        sender_epoch=ws.node.epoch,
        sequence=1000 + net.n,
        recipients=[sync_service.node_keys(net.central).public()],
        kind="data",
    )
    with writer:
        writer.add_member(MANIFEST, dumps_canonical(doc))
    return writer.path


def _central_acks(net: Net) -> dict[tuple[str, str, str], int]:
    with net.central.read() as session:
        return {
            (a.holder, a.origin, a.origin_epoch): a.seq
            for a in session.execute(select(SyncAck)).scalars()
        }


def test_a_node_cannot_acknowledge_another_nodes_changes_for_central(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    net.add("office-b", NodeRole.OFFICE, ["DIKBUD"])
    _log(office_a, net.chain.staf.id, past_monday(), "Belum sampai di pusat")
    a = office_a.node
    poison = _forge(
        net,
        "ranges",
        "office-b",
        ranges=[{"origin": a.id, "epoch": a.epoch, "from": 0, "to": 10**6}],
    )
    before = digest(net.central)
    report = sync_service.import_bundle(net.central, net.c_admin, poison)
    assert report.status == "rejected"
    assert report.error_code == "ranges_foreign"
    assert "data milik node lain" in report.summary()
    assert "Tidak ada data yang diubah" in report.summary()
    assert digest(net.central) == before
    capsys.readouterr()
    code = main(["bundle", "import", "--data-dir", str(net.tmp / "central"), str(poison)])
    assert code == 1
    assert "DITOLAK" in capsys.readouterr().err
    # office A's own changes still arrive
    report = net.to_central("office-a")
    assert report.ok
    assert report.total("inserted") == 1


def _manifest_for(ws, path: Path) -> dict[str, Any]:
    keys = sync_service.node_keys(ws)
    with ws.read() as session:
        known = {n.id: public_of(n) for n in session.execute(select(KnownNode)).scalars()}
    with open_bundle(path, me=keys, lookup_signer=known.get) as bundle:
        return bundle.read_json(MANIFEST, max_bytes=1 << 24)


def test_central_tells_each_node_only_its_own_acknowledgements(net):
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    office_b, _b = net.add("office-b", NodeRole.OFFICE, ["DIKBUD"])
    _log(office_a, net.chain.staf.id, past_monday(), "A")
    _log(office_b, net.chain.guru.id, past_monday(), "B")
    assert net.to_central("office-a").ok
    assert net.to_central("office-b").ok
    out = sync_service.export_bundle(net.central, net.c_admin, office_b.node.id, net.folder("b"))
    manifest = _manifest_for(office_b, out.path)
    assert {a["origin"] for a in manifest["acks"]} == {office_b.node.id}
    assert office_a.node.id not in {a["origin"] for a in manifest["acks"]}


def test_inflated_acknowledgements_are_capped_at_what_exists(net):
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    c = net.central.node
    poison = _forge(
        net, "acks", "office-a", acks=[{"origin": c.id, "epoch": c.epoch, "seq": 10**9}]
    )
    report = sync_service.import_bundle(net.central, net.c_admin, poison)
    assert report.ok, report.summary()
    acks = _central_acks(net)
    with net.central.read() as session:
        last = session.execute(select(LocalNode)).scalar_one().next_seq - 1
    assert acks[(office_a.node.id, c.id, c.epoch)] <= last


# --- 8. poison bundle -----------------------------------------------------------------


def test_out_of_range_numbers_refuse_one_bundle_and_never_stop_a_folder(net):
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    c = net.central.node
    inbox = net.folder("inbox")
    poison = _forge(
        net, "seq", "office-a", acks=[{"origin": c.id, "epoch": c.epoch, "seq": 10**30}]
    )
    poison.rename(inbox / "a-poison.ekb")
    log_id = _log(office_a, net.chain.staf.id, past_monday(), "Tetap sampai")
    sync_service.export_bundle(office_a, net.nodes["office-a"][1], "pusat", inbox)
    for _run in range(2):
        result = central_service.import_folder(net.central, net.c_admin, inbox)
        assert result is not None
    assert _row(net.central, DailyLog, log_id)["activity"] == "Tetap sampai"
    report = sync_service.import_bundle(net.central, net.c_admin, inbox / "a-poison.ekb")
    assert report.status == "rejected"
    assert report.error_code == "manifest_invalid"


# --- 3. role chosen by central --------------------------------------------------------


def test_role_is_chosen_by_central_never_by_the_request(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    rogue, r_admin = make_node(net.tmp / "rogue", NodeRole.OFFICE)
    net.nodes["rogue"] = (rogue, r_admin)
    keys = sync_service.node_keys(rogue)
    request = net.tmp / "rogue-req.json"
    request.write_bytes(enrollment.make_request(keys, role="central", agency="Palu"))
    info = sync_service.read_enroll_request(net.central, net.c_admin, request)
    assert info.role == "central"  # shown to the admin, not trusted
    args = ["sync", "enroll", "--data-dir", str(net.tmp / "central"), "--request", str(request)]
    with pytest.raises(SystemExit):  # --role is required
        main([*args, "--unit", "DINKES", "--out", str(net.tmp / "r.ekb")])
    capsys.readouterr()
    code = main([*args, "--unit", "DINKES", "--role", "office", "--out", str(net.tmp / "r.ekb")])
    assert code == 0
    assert "didaftarkan sebagai office" in capsys.readouterr().out
    with net.central.read() as session:
        node = session.get(KnownNode, rogue.node.id)
        assert node.role == "office"
        assert '"role":"office"' in node.certificate
    with pytest.raises(Exception, match="Peran node"):
        sync_service.enroll_node(
            net.central, net.c_admin, request, ["DINKES"], net.tmp / "x.ekb", role="central"
        )
    fingerprint = sync_service.node_keys(net.central).public().fingerprint()
    report = sync_service.import_bundle(
        rogue, r_admin, net.tmp / "r.ekb", expect_fingerprint=fingerprint
    )
    assert report.ok, report.summary()
    # the node acts as what central made it: master data from it is refused
    units = master.list_units(rogue, r_admin)
    dinkes = next(u for u in units if u.code == "DINKES")
    with rogue.write("admin") as session:
        from ekinerja_desktop.store.models import OrgUnit

        session.get(OrgUnit, dinkes.id).name = "Dinas Milik Penyusup"
    report = net.to_central("rogue")
    _refused(report, dinkes.id, "data induk hanya boleh diubah oleh pusat")


# --- 4. fingerprint required at enrollment --------------------------------------------


def test_enrollment_reply_needs_the_compared_fingerprint(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    office, o_admin = make_node(net.tmp / "office", NodeRole.OFFICE)
    net.nodes["office"] = (office, o_admin)
    rogue, g_admin = make_node(net.tmp / "rogue-central", NodeRole.CENTRAL)
    net.nodes["rogue-central"] = (rogue, g_admin)
    master.create_unit(rogue, g_admin, master.UnitInput(name="Dinas Kesehatan", code="DINKES"))
    req = sync_service.write_enroll_request(office, o_admin, net.tmp / "req.json")
    fake = sync_service.enroll_node(
        rogue, g_admin, req.path, ["DINKES"], net.tmp / "fake" / "f.ekb", role="office"
    )
    real = sync_service.enroll_node(
        net.central, net.c_admin, req.path, ["DINKES"], net.tmp / "real" / "r.ekb", role="office"
    )
    before = digest(office)
    # no fingerprint: refused, whoever signed it (trust on first use is gone)
    for reply in (fake.bundle, real.bundle):
        report = sync_service.import_bundle(office, o_admin, reply)
        assert report.status == "rejected"
        assert report.error_code == "enroll_fingerprint_missing"
        assert "Sidik jari kunci pusat belum dibandingkan" in report.summary()
    assert digest(office) == before
    o_dir = ["--data-dir", str(net.tmp / "office")]
    capsys.readouterr()
    assert main(["bundle", "import", *o_dir, str(real.bundle)]) == 1
    assert "--fingerprint" in capsys.readouterr().err
    # the preview (dry run) shows the signer's fingerprint to compare
    preview = sync_service.import_bundle(office, o_admin, fake.bundle, dry_run=True)
    assert preview.signer_fingerprint == fake.central_fingerprint
    assert digest(office) == before
    # the real central's fingerprint, read over the phone, refuses the rogue reply
    report = sync_service.import_bundle(
        office, o_admin, fake.bundle, expect_fingerprint=real.central_fingerprint
    )
    assert report.error_code == "enroll_fingerprint"
    assert digest(office) == before
    code = main(
        ["bundle", "import", *o_dir, str(real.bundle), "--fingerprint", real.central_fingerprint]
    )
    assert code == 0
    assert sync_service.identity(office, o_admin).enrolled


# --- 9. odds and ends -----------------------------------------------------------------


def test_split_parts_are_imported_in_part_order(tmp_path):
    for name in ("reply-3.ekb", "reply.ekb", "reply-2.ekb", "kantor-10.ekb", "kantor-9.ekb"):
        (tmp_path / name).write_bytes(b"")
    names = [p.name for p in sync_service.bundle_files([tmp_path])]
    assert names == ["kantor-9.ekb", "kantor-10.ekb", "reply.ekb", "reply-2.ekb", "reply-3.ekb"]


def test_rejection_reasons_have_english_text(net):
    office_a, _a = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    office_b, _b = net.add("office-b", NodeRole.OFFICE, ["DIKBUD"])
    victim = _log(office_a, net.chain.staf.id, past_monday(), "A")
    assert net.to_central("office-a").ok
    with office_b.write("admin") as session:
        row = DailyLog(
            id=victim,
            employee_id=net.chain.guru.id,
            day=past_monday(),
            start_time=time(8),
            end_time=time(9),
            activity="B",
        )
        session.add(row)
    report = net.to_central("office-b")
    [rejection] = report.rejections
    try:
        i18n.set_language("en")
        english = rejection.text()
    finally:
        i18n.set_language("id")
    assert english != rejection.reason
    assert "outside" in english


# --- headless: what a central needs before anyone can enroll ---------------------------


def test_units_mapping_and_enrollment_from_the_command_line(tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    central, _c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    office, _o_admin = make_node(tmp_path / "office", NodeRole.LAPTOP)
    central.close()
    office.close()
    c_dir, o_dir = (
        ["--data-dir", str(tmp_path / "central")],
        ["--data-dir", str(tmp_path / "office")],
    )
    assert main(["units", "add", "Dinas Kesehatan", "--code", "DINKES", *c_dir]) == 0
    assert (
        main(["units", "add", "Bidang Pelayanan", "--kind", "bidang", "--parent", "DINKES", *c_dir])
        == 0
    )
    assert main(["units", "rename", "DINKES", "Dinas Kesehatan Kota Palu", *c_dir]) == 0
    assert main(["units", "add", "Dinas Lain", "--parent", "TIDAK-ADA", *c_dir]) == 1
    capsys.readouterr()
    assert main(["units", "list", *c_dir]) == 0
    listing = capsys.readouterr().out
    assert "Dinas Kesehatan Kota Palu / Bidang Pelayanan" in listing
    from ekinerja_desktop.services.workspace import open_workspace

    ws = open_workspace(tmp_path / "central")
    try:
        admin = sync_service.auth.login(ws, "admin", "rahasia-admin-1")
        units = {u.name: u.id for u in master.list_units(ws, admin)}
        kabid = master.save_employee(
            ws,
            admin,
            master.EmployeeInput(
                nip="198501012010011003", name="Kabid", unit_id=units["Bidang Pelayanan"]
            ),
        )
        master.save_employee(
            ws,
            admin,
            master.EmployeeInput(
                nip="198501012010011004", name="Staf", unit_id=units["Bidang Pelayanan"]
            ),
        )
    finally:
        ws.close()
    year = str(today_wita().year)
    mapping = ["mapping", "set", "--employee", "198501012010011004", "--year", year, *c_dir]
    assert main([*mapping, "--supervisor", "198501012010011003"]) == 0
    assert main([*mapping, "--supervisor", "198501012010011004"]) == 1  # self: refused
    capsys.readouterr()
    assert main(["mapping", "list", "--year", year, *c_dir]) == 0
    assert "Staf  <-  198501012010011003 Kabid" in capsys.readouterr().out
    assert kabid.id
    # the README's enrollment flow, only commands
    req, reply = tmp_path / "req.json", tmp_path / "reply.ekb"
    assert main(["sync", "enroll-request", *o_dir, "--out", str(req)]) == 0
    bidang = "Dinas Kesehatan Kota Palu / Bidang Pelayanan"
    enroll_args = ["sync", "enroll", *c_dir, "--request", str(req), "--unit", bidang]
    capsys.readouterr()
    assert main([*enroll_args, "--role", "laptop", "--out", str(reply)]) == 0
    fingerprint = capsys.readouterr().out.split("Sidik jari pusat: ")[1].splitlines()[0]
    assert main(["bundle", "import", *o_dir, str(reply)]) == 1  # no fingerprint
    assert main(["bundle", "import", *o_dir, str(reply), "--fingerprint", fingerprint]) == 0
    capsys.readouterr()
    assert main(["sync", "nodes", *o_dir]) == 0
    assert "central" in capsys.readouterr().out


# --- 9. node keys in an encrypted workspace ---------------------------------------------


@pytest.mark.sqlite_only  # encryption at rest is SQLCipher: a PostgreSQL server is refused
def test_node_private_keys_are_sealed_under_the_workspace_data_key(ws, admin):
    from ekinerja_desktop.services import encryption
    from ekinerja_desktop.sync.errors import NodeKeyError
    from ekinerja_desktop.sync.keys import NodeKeys
    from tests.helpers import ADMIN_PASSWORD

    before = sync_service.node_keys(ws).public()  # written in the clear (plain workspace)
    folder = sync_service.keys_dir(ws)
    assert not NodeKeys.sealed(folder)
    encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    data_dir = ws.data_dir
    ws.close()
    opened, actor = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    try:
        assert opened.key is not None
        assert sync_service.node_keys(opened).public() == before  # same identity
        assert NodeKeys.sealed(folder)
        for name in ("sign_key.pem", "enc_key.pem"):
            assert b"ENCRYPTED PRIVATE KEY" in (folder / name).read_bytes()
        with pytest.raises(NodeKeyError):  # the disk alone does not give the keys
            NodeKeys.load(folder, None)
        assert sync_service.identity(opened, actor).fingerprint == before.fingerprint()
    finally:
        opened.close()


def test_output_into_a_closed_pipe_is_not_a_traceback(tmp_path, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    import subprocess
    import sys

    central, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    master.create_unit(central, c_admin, master.UnitInput(name="Dinas Kesehatan", code="DK"))
    central.close()
    command = [sys.executable, "-m", "ekinerja_desktop", "units", "list"]
    command += ["--data-dir", str(tmp_path / "central")]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # like "| head" that has already exited
    _out, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
    assert proc.returncode == 0


# --- 10. an incremental export does not scan whole tables ------------------------------


@pytest.mark.sqlite_only  # the query plan checked is SQLite's
def test_incremental_export_finds_an_origins_rows_through_the_origin_index(ws):
    from sqlalchemy.dialects import sqlite

    from ekinerja_desktop.sync.exporter import OriginRange, _range_clause
    from ekinerja_desktop.sync.tables import sync_tables

    ranges = [OriginRange("node-a", "epoch-a", 10, 20), OriginRange("node-b", "epoch-b", 0, 5)]
    for spec in sync_tables().values():
        stmt = select(spec.table.c.id).where(_range_clause(spec, ranges))
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with ws.read() as session:
            plan = " | ".join(
                str(r[-1])
                for r in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            )
        assert f"INDEX ix_{spec.name}_origin" in plan, (spec.name, plan)
        assert f"SCAN {spec.name}" not in plan, (spec.name, plan)


# --- hukuman disiplin (issue 18 item 9) ------------------------------------------------


def _discipline(ws, employee_id: str, sk: str, **values: Any) -> str:
    """A hukuman disiplin row written straight into a node's database."""
    day = today_wita() - timedelta(days=40)
    with ws.write("admin") as session:
        row = DisciplineRecord(
            employee_id=employee_id,
            level="sedang",
            kind="potong_tukin_6",
            sk_number=sk,
            sk_date=day,
            tmt=day,
            end_date=day + timedelta(days=180),
            violation="Tidak masuk kerja tanpa alasan sah",
            decided_by="Wali Kota Palu",
            status="Berlaku",
            cancel_reason="",
            **values,
        )
        session.add(row)
        session.flush()
        return row.id


def test_a_laptop_never_writes_hukuman_disiplin_not_even_its_owners(net):
    """A supervisor's laptop (valid signature) neither records a hukuman for its team nor
    cancels the one of its own owner; the office of the unit records and central keeps it."""
    chain = net.chain
    office, _o = net.add("office-a", NodeRole.OFFICE, ["DINKES"])
    laptop, _l = net.add("laptop", NodeRole.LAPTOP, [chain.kabid.data.unit_id])
    own = _discipline(office, chain.kabid.id, "862/1/DINKES")  # the laptop owner's hukuman
    assert net.to_central("office-a").ok  # control: the office of the unit may
    assert _row(net.central, DisciplineRecord, own)["status"] == "Berlaku"
    net.from_central("laptop")
    assert _row(laptop, DisciplineRecord, own) is not None  # the owner sees it
    _edit(laptop, DisciplineRecord, own, status="Dibatalkan", cancel_reason="hapus")
    forged = _discipline(laptop, chain.staf.id, "862/2/PALSU")
    report = net.to_central("laptop")
    _refused(report, own, "laptop atasan tidak boleh")
    _refused(report, forged, "laptop atasan tidak boleh")
    assert _row(net.central, DisciplineRecord, own)["status"] == "Berlaku"
    assert _row(net.central, DisciplineRecord, forged) is None


def test_an_office_records_hukuman_disiplin_only_for_its_own_units(net):
    chain = net.chain
    office_b, _b = net.add("office-b", NodeRole.OFFICE, ["DIKBUD"])
    net.from_central("office-b")
    # a hostile office copies staf's employee row (DINKES, outside its scope) to refer to
    staf_row = _row(net.central, Employee, chain.staf.id)
    with office_b.write("admin") as session:
        session.execute(Employee.__table__.insert().values(**staf_row))
    other = _discipline(office_b, chain.staf.id, "862/3/DIKBUD")
    mine = _discipline(office_b, chain.guru.id, "862/4/DIKBUD")
    report = net.to_central("office-b")
    _refused(report, other, "di luar cakupan unit")
    assert _row(net.central, DisciplineRecord, other) is None
    assert _row(net.central, DisciplineRecord, mine)["sk_number"] == "862/4/DIKBUD"
