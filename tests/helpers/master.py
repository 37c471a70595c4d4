"""Shared builders for the master-data tests: units, employees and logged-in actors."""

from __future__ import annotations

from dataclasses import dataclass

from ekinerja_desktop.services import auth, master


def nip(seq: int, *, sex: int = 1) -> str:
    """A valid PNS NIP: born 1 Jan 1985, TMT CPNS Jan 2010, sequence ``seq``."""
    return f"198501012010011{seq:03d}" if sex == 1 else f"198501012010012{seq:03d}"


@dataclass
class Org:
    a: master.UnitRow  # Dinas Kesehatan
    a_bidang: master.UnitRow
    a_seksi: master.UnitRow
    b: master.UnitRow  # Dinas Pendidikan
    b_bidang: master.UnitRow


def make_org(ws, actor) -> Org:
    a = master.create_unit(ws, actor, master.UnitInput(name="Dinas Kesehatan", code="DINKES"))
    a_bidang = master.create_unit(
        ws, actor, master.UnitInput(name="Bidang Pelayanan", kind="bidang", parent_id=a.id)
    )
    a_seksi = master.create_unit(
        ws, actor, master.UnitInput(name="Seksi Rujukan", kind="seksi", parent_id=a_bidang.id)
    )
    b = master.create_unit(ws, actor, master.UnitInput(name="Dinas Pendidikan", code="DIKBUD"))
    b_bidang = master.create_unit(
        ws, actor, master.UnitInput(name="Bidang Pelayanan", kind="bidang", parent_id=b.id)
    )
    return Org(a, a_bidang, a_seksi, b, b_bidang)


def make_employee(ws, actor, seq: int, name: str, unit_id: str, **kw) -> master.EmployeeDetail:
    return master.save_employee(
        ws, actor, master.EmployeeInput(nip=nip(seq), name=name, unit_id=unit_id, **kw)
    )


def make_employees(ws, actor, *people: tuple[str, str]) -> list[master.EmployeeDetail]:
    """Employees ``(name, unit_id)``, the first with ``nip(1)``, the next ``nip(2)``, ..."""
    return [
        make_employee(ws, actor, seq, name, unit_id)
        for seq, (name, unit_id) in enumerate(people, start=1)
    ]


def actor_for(ws, admin, username: str, roles: list[str], employee_id: str | None):
    """Create an account (as ``admin``) and log in with it."""
    password = f"sandi-{username}-1"
    master.create_account(
        ws, admin, username=username, password=password, roles=roles, employee_id=employee_id
    )
    return auth.login(ws, username, password)


# The GUI tests' office: used by the master-data and external-signatory pages.
SEED_YEAR = 2025


def seed_office(ws, actor):
    """An OPD with a bidang, a head and three staff, created through the services."""
    from ekinerja_desktop.services import master

    opd = master.create_unit(ws, actor, master.UnitInput(name="Dinas Kesehatan", code="DINKES"))
    bidang = master.create_unit(
        ws, actor, master.UnitInput(name="Bidang Pelayanan", kind="bidang", parent_id=opd.id)
    )
    people = [
        ("197501012000031002", "Hasan Basri", "IV/b", "Kepala Dinas", "jpt", "Pratama", opd.id),
        ("198503152010011001", "Andi Saputra", "III/c", "Kepala Bidang", "administrasi",
         "Administrator", bidang.id),
        ("199002202015032003", "Siti Aminah", "III/a", "Perawat", "fungsional", "Ahli Pertama",
         bidang.id),
        ("199207072019031004", "Budi Santoso", "II/c", "Pengadministrasi", "administrasi",
         "Pelaksana", bidang.id),
    ]  # fmt: skip
    ids = {}
    for nip, name, pangkat, jabatan, kind, level, unit_id in people:
        detail = master.save_employee(
            ws,
            actor,
            master.EmployeeInput(
                nip=nip,
                name=name,
                pangkat_code=pangkat,
                jabatan_name=jabatan,
                jabatan_kind=kind,
                jabatan_level=level,
                unit_id=unit_id,
            ),
        )
        ids[name] = detail.id
    return opd, bidang, ids
