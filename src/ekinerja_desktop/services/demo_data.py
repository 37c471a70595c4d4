"""Demo data generation (master data first; later modules extend ``populate``)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import auth
from ekinerja_desktop.store.models import Employee, OrgUnit, SupervisorAssignment

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

Progress = Callable[[int, int, str], None]


def populate(
    ws: Workspace, result: DemoResult, *, scale: str, seed: int, progress: Progress
) -> None:
    rng = random.Random(seed)
    year = date.today().year
    progress(0, 1, "Data induk")
    with ws.write(actor="demo") as session:
        opd = OrgUnit(name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", code="BKPSDM")
        session.add(opd)
        session.flush()
        bidang = OrgUnit(name="Bidang Penilaian Kinerja", parent_id=opd.id, kind="bidang")
        session.add(bidang)
        session.flush()
        head = Employee(
            nip="197503152000031002",
            name="Ahmad Rizal",
            front_title="Drs.",
            back_title="M.Si.",
            sex=1,
            birth_date=date(1975, 3, 15),
            status="PNS",
            pangkat_code="IV/b",
            jabatan_name="Kepala BKPSDM",
            jabatan_kind="jpt",
            jabatan_level="JPT Pratama",
            unit_id=opd.id,
            is_unit_head=True,
        )
        kabid = Employee(
            nip="198207222006042003",
            name="Siti Nurhaliza",
            back_title="S.E., M.M.",
            sex=2,
            birth_date=date(1982, 7, 22),
            status="PNS",
            pangkat_code="IV/a",
            jabatan_name="Kepala Bidang Penilaian Kinerja",
            jabatan_kind="administrasi",
            jabatan_level="Administrator",
            unit_id=bidang.id,
            is_unit_head=True,
        )
        staff = Employee(
            nip="199001102015031004",
            name="Moh. Fadli",
            back_title="S.Kom.",
            sex=1,
            birth_date=date(1990, 1, 10),
            status="PNS",
            pangkat_code="III/b",
            jabatan_name="Analis SDM Aparatur",
            jabatan_kind="fungsional",
            jabatan_level="Ahli Pertama",
            unit_id=bidang.id,
        )
        session.add_all([head, kabid, staff])
        session.flush()
        for emp, sup in ((kabid, head), (staff, kabid)):
            session.add(
                SupervisorAssignment(
                    employee_id=emp.id,
                    supervisor_id=sup.id,
                    year=year,
                    valid_from=date(year, 1, 1),
                    valid_to=date(year, 12, 31),
                )
            )
        for username, emp, roles in (
            ("kaban", head, {Role.PEGAWAI, Role.ATASAN}),
            ("kabid", kabid, {Role.PEGAWAI, Role.ATASAN}),
            ("pegawai", staff, {Role.PEGAWAI}),
        ):
            auth.create_user_unchecked(
                session,
                username=username,
                password="demo12345",
                roles=roles,
                display_name=emp.name,
                employee_id=emp.id,
            )
            result.accounts.append(
                (username, "demo12345", ",".join(sorted(r.value for r in roles)))
            )
        rng.random()
        result.counts["Unit"] = 2
        result.counts["Pegawai"] = 3
    progress(1, 1, "Selesai")
