"""Shared builders for the evaluation tests: a chain with approved SKPs and daily logs."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import update

from ekinerja_desktop.services import evaluation as evaluation_svc
from ekinerja_desktop.services import master
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import (
    DailyLog,
    DailyLogEvidence,
    Employee,
    Evaluation,
    Evidence,
)
from tests.helpers.master import actor_for, make_employee
from tests.helpers.skp import (
    YEAR,
    Chain,
    approved,
    fill_and_approve,
    ind,
    lead_skps,
    make_chain,
    row,
)

PAST = YEAR - 1


@dataclass
class Setup:
    chain: Chain
    year: int
    kadis_skp: skp_svc.SkpDetail
    kabid_skp: skp_svc.SkpDetail
    staf_skp: skp_svc.SkpDetail
    staf2_skp: skp_svc.SkpDetail


def build(ws, admin, year: int = PAST) -> Setup:
    """sekda -> kadis (head of Dinas Kesehatan) -> kabid -> staf, staf2, SKPs approved."""
    chain = make_chain(ws, admin, years=(year,))
    with ws.write() as session:
        session.execute(
            update(Employee).where(Employee.id == chain.kadis.id).values(is_unit_head=True)
        )
    kadis, kabid = lead_skps(ws, chain, year)
    staf_rows = (
        row(
            "Tersusunnya dokumen akreditasi",
            ind("Jumlah dokumen akreditasi", "12", "Dokumen"),
            ind("Ketepatan waktu penyusunan", "12", "Bulan", "Waktu"),
            parent=kabid.rhk[0].id,
        ),
        row("Terlaksananya rapat koordinasi", parent=kabid.rhk[0].id, kind="Tambahan"),
    )
    staf = approved(ws, chain.a_staf, chain.a_kabid, staf_rows, year=year)
    staf2 = approved(ws, _staf2_actor(ws, admin, chain), chain.a_kabid, staf_rows, year=year)
    return Setup(chain, year, kadis, kabid, staf, staf2)


def make_fungsional(ws, employee_id: str) -> None:
    """Make the employee a jabatan fungsional Ahli Pertama (so angka kredit applies)."""
    with ws.write() as session:
        session.execute(
            update(Employee)
            .where(Employee.id == employee_id)
            .values(jabatan_kind="fungsional", jabatan_level="Ahli Pertama")
        )


def rate_opd(
    ws, admin, chain: Chain, period: str, predikat: str = "Baik", capaian: str = ""
) -> str:
    """Set (as ``admin``) the organisation predikat of the kadis' OPD for ``period``;
    the OPD's unit id."""
    opd = chain.kadis.data.unit_id
    evaluation_svc.set_org_predikat(ws, admin, opd, period, predikat, capaian=capaian)
    return opd


def _staf2_actor(ws, admin, chain):
    from tests.helpers.master import actor_for

    return actor_for(ws, admin, "staf2", ["pegawai"], chain.staf2.id)


def add_logs(ws, employee_id: str, rhk_id: str, start: date, quantities, *, status="Disetujui"):
    """One log per quantity on consecutive days from ``start``, each with one evidence."""
    with ws.write() as session:
        for i, qty in enumerate(quantities):
            log = DailyLog(
                id=new_uuid(),
                employee_id=employee_id,
                day=start + timedelta(days=i),
                start_time=time(8, 0),
                end_time=time(10, 0),
                activity=f"Menyusun dokumen {i + 1}",
                rhk_id=rhk_id,
                quantity=qty,
                unit="Dokumen",
                status=status,
            )
            evidence = Evidence(
                id=new_uuid(),
                owner_employee_id=employee_id,
                sha256=f"{i:064d}",
                name=f"bukti-{i}.pdf",
            )
            session.add_all([log, evidence])
            session.flush()
            session.add(DailyLogEvidence(id=new_uuid(), log_id=log.id, evidence_id=evidence.id))


def backdate_signing(ws, evaluation_id: str, days: int, *, received: bool = False) -> None:
    """Pretend the evaluation was signed ``days`` days ago (and, with ``received``, that
    the employee received it then: the keberatan days start at receipt)."""
    from ekinerja_desktop.domain.timeutil import now_utc

    moment = now_utc() - timedelta(days=days)
    values = {"signed_at": moment, **({"received_at": moment} if received else {})}
    with ws.write() as session:
        session.execute(update(Evaluation).where(Evaluation.id == evaluation_id).values(**values))


AUG_1 = date(PAST, 8, 1)


def promoted_mid_year(ws, admin):
    """Sitti, Pranata Komputer Ahli Pertama under the kabid from 1 January; promoted to
    Ahli Muda on 1 August with the kadis as her new penilai."""
    setup = build(ws, admin)
    chain = setup.chain
    sitti = make_employee(
        ws,
        admin,
        7,
        "Sitti Rahmawati",
        chain.staf.data.unit_id,
        back_title="S.Kom.",
        jabatan_name="Pranata Komputer Ahli Pertama",
        jabatan_kind="fungsional",
        jabatan_level="Ahli Pertama",
        pangkat_code="III/b",
    )
    master.set_supervisor(ws, admin, sitti.id, chain.kabid.id, PAST)
    a_sitti = actor_for(ws, admin, "sitti", ["pegawai"], sitti.id)
    first = fill_and_approve(
        ws,
        a_sitti,
        chain.a_kabid,
        skp_svc.create_skp(ws, a_sitti, PAST).summary.id,
        (
            row(
                "Terkelolanya jaringan komputer puskesmas",
                ind("Jumlah laporan pemeliharaan jaringan", "12", "Laporan"),
                parent=setup.kabid_skp.rhk[0].id,
            ),
        ),
    )
    # The promotion: new jabatan and jenjang, new penilai from the TMT.
    master.save_employee(
        ws,
        admin,
        dataclasses.replace(
            sitti.data,
            jabatan_name="Pranata Komputer Ahli Muda",
            jabatan_level="Ahli Muda",
            pangkat_code="III/c",
        ),
        sitti.id,
    )
    master.set_supervisor(ws, admin, sitti.id, chain.kadis.id, PAST, valid_from=AUG_1)
    second = skp_svc.start_new_skp_period(
        ws, a_sitti, sitti.id, AUG_1, "promosi", reference="800/123/BKPSDM"
    )
    second = fill_and_approve(
        ws,
        a_sitti,
        chain.a_kadis,
        second.summary.id,
        (
            row(
                "Tersedianya sistem informasi kesehatan terintegrasi",
                ind("Jumlah modul sistem informasi", "2", "Modul"),
                parent=setup.kadis_skp.rhk[0].id,
            ),
        ),
    )
    return setup, sitti, a_sitti, first, second
