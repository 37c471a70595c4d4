"""Employees: validation (NIP, pangkat, jabatan), permissions, the fast filtered list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import master
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import AuditEvent, Employee
from tests.helpers.master import actor_for, make_employee, make_org, nip

pytestmark = pytest.mark.db


def _problems(exc: ValidationError) -> dict[str, str]:
    return dict(exc.problems)


def test_save_normalises_and_derives_from_nip(ws, admin):
    org = make_org(ws, admin)
    detail = master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip="  19850101 201001 2 007 ",
            name="  Siti   Aminah ",
            back_title="S.Kom.",
            pangkat_code="3a",
            jabatan_name="Pranata Komputer",
            jabatan_kind="Jabatan Fungsional",
            jabatan_level="ahli pertama",
            unit_id=org.a_bidang.id,
            kelas_jabatan=8,
        ),
    )
    assert detail.data.nip == "198501012010012007"
    assert detail.data.name == "Siti Aminah"
    assert detail.data.pangkat_code == "III/a"
    assert (detail.data.jabatan_kind, detail.data.jabatan_level) == ("fungsional", "Ahli Pertama")
    assert detail.birth_date == date(1985, 1, 1)
    assert detail.sex == 2
    assert detail.active
    assert master.get_employee(ws, admin, detail.id) == detail
    with ws.read() as session:
        entity_id = session.execute(
            select(AuditEvent.entity_id).where(AuditEvent.action == "employee.create")
        ).scalar_one()
    assert entity_id == detail.id
    # The level alone is enough: the kind follows from it.
    other = make_employee(ws, admin, 8, "Rudi", org.a.id, jabatan_level="JPT Pratama")
    assert (other.data.jabatan_kind, other.data.jabatan_level) == ("jpt", "JPT Pratama")


def test_nip_validation_messages(ws, admin):
    org = make_org(ws, admin)
    cases = {
        "198501012010131001": "Bulan TMT CPNS",
        "19850101201001100": "harus 18 digit",
        "198501012010013001": "Digit jenis kelamin",
        "19850101201001100x": "hanya boleh berisi angka",
        "198502302010011001": "bukan tanggal yang valid",
    }
    for value, expected in cases.items():
        with pytest.raises(ValidationError) as info:
            master.save_employee(
                ws, admin, master.EmployeeInput(nip=value, name="X", unit_id=org.a.id)
            )
        assert expected in _problems(info.value)["nip"], value


def test_several_problems_reported_at_once(ws, admin):
    org = make_org(ws, admin)
    master.set_unit_active(ws, admin, org.b_bidang.id, False)
    with pytest.raises(ValidationError) as info:
        master.save_employee(
            ws,
            admin,
            master.EmployeeInput(
                nip=nip(1),
                name="",
                status="PNS",
                pangkat_code="IX",
                jabatan_kind="fungsional",
                jabatan_level="Administrator",
                unit_id=org.b_bidang.id,
                kelas_jabatan=30,
                active_from=date(2024, 5, 1),
                active_to=date(2024, 1, 1),
            ),
        )
    problems = _problems(info.value)
    assert set(problems) == {
        "name",
        "pangkat_code",
        "jabatan_level",
        "unit_id",
        "kelas_jabatan",
        "active_to",
    }
    assert "tidak aktif" in problems["unit_id"]
    with pytest.raises(ValidationError) as info:
        master.save_employee(ws, admin, master.EmployeeInput(nip=nip(1), name="A"))
    assert "wajib" in _problems(info.value)["unit_id"]
    with pytest.raises(ValidationError) as info:
        master.save_employee(
            ws,
            admin,
            master.EmployeeInput(nip=nip(1), name="A", status="Honorer", unit_id=org.a.id),
        )
    assert "PNS atau PPPK" in _problems(info.value)["status"]


def test_duplicate_nip_refused(ws, admin):
    org = make_org(ws, admin)
    first = make_employee(ws, admin, 1, "Andi", org.a.id)
    with pytest.raises(ValidationError) as info:
        make_employee(ws, admin, 1, "Budi", org.b.id)
    assert "sudah dipakai oleh Andi" in _problems(info.value)["nip"]
    # Saving the same employee again with its own NIP is fine.
    again = master.save_employee(
        ws, admin, master.EmployeeInput(nip=nip(1), name="Andi S", unit_id=org.a.id), first.id
    )
    assert again.version == first.version + 1


def test_pppk_golongan_and_status(ws, admin):
    org = make_org(ws, admin)
    pppk = master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip="199001012022031005", name="P", status="pppk", pangkat_code="9", unit_id=org.a.id
        ),
    )
    assert (pppk.data.status, pppk.data.pangkat_code) == ("PPPK", "IX")
    with pytest.raises(ValidationError) as info:
        master.save_employee(
            ws,
            admin,
            master.EmployeeInput(
                nip="199001012022031006",
                name="Q",
                status="PPPK",
                pangkat_code="III/a",
                unit_id=org.a.id,
            ),
        )
    assert "Golongan PPPK tidak dikenal" in _problems(info.value)["pangkat_code"]


def test_version_conflict_and_end_date(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a.id)
    data = master.EmployeeInput(nip=nip(1), name="Andi", unit_id=org.a.id)
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip=nip(1), name="Andi", unit_id=org.a.id, active_to=today_wita() - timedelta(days=1)
        ),
        emp.id,
        expected_version=emp.version,
    )
    assert not master.get_employee(ws, admin, emp.id).active
    with pytest.raises(ValidationError) as info:
        master.save_employee(ws, admin, data, emp.id, expected_version=emp.version)
    assert "diubah orang lain" in info.value.message


def test_permissions(ws, admin):
    org = make_org(ws, admin)
    in_a = make_employee(ws, admin, 1, "Admin Dinkes", org.a.id)
    in_b = make_employee(ws, admin, 2, "Guru", org.b_bidang.id)
    pegawai = actor_for(ws, admin, "guru", ["pegawai"], in_b.id)
    with pytest.raises(PermissionDeniedError):
        make_employee(ws, pegawai, 3, "X", org.b.id)
    # A pegawai reads only their own record; an admin reads everyone in scope.
    assert [r.id for r in master.list_employees(ws, pegawai, master.EmployeeFilter())] == [in_b.id]
    assert len(master.list_employees(ws, admin, master.EmployeeFilter())) == 2
    with pytest.raises(PermissionDeniedError):
        master.get_employee(ws, pegawai, in_a.id)
    admin_a = actor_for(ws, admin, "admindinkes", ["admin_opd"], in_a.id)
    created = make_employee(ws, admin_a, 4, "Perawat", org.a_seksi.id)
    assert created.data.unit_id == org.a_seksi.id
    with pytest.raises(ValidationError) as info:
        make_employee(ws, admin_a, 5, "Guru Baru", org.b_bidang.id)
    assert "di luar OPD Anda" in _problems(info.value)["unit_id"]
    with pytest.raises(PermissionDeniedError):
        master.save_employee(
            ws,
            admin_a,
            master.EmployeeInput(nip=in_b.data.nip, name="Guru", unit_id=org.a.id),
            in_b.id,
        )


def test_list_filters(ws, admin):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Wijaya", org.a.id, front_title="Dr.", back_title="M.Kes.")
    make_employee(ws, admin, 2, "Budi 100%_x", org.a_seksi.id, jabatan_kind="fungsional")
    make_employee(ws, admin, 3, "Citra", org.b_bidang.id, active_to=date(2020, 1, 1))
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip="199001012022031005", name="Dewi", status="PPPK", unit_id=org.a_bidang.id
        ),
    )

    def names(**kw):
        return [r.name for r in master.list_employees(ws, admin, master.EmployeeFilter(**kw))]

    assert names() == ["Andi Wijaya", "Budi 100%_x", "Dewi"]
    assert names(active=None) == ["Andi Wijaya", "Budi 100%_x", "Citra", "Dewi"]
    assert names(active=False) == ["Citra"]
    assert names(text="wija") == ["Andi Wijaya"]
    assert names(text="100%_") == ["Budi 100%_x"]
    assert names(text="%") == ["Budi 100%_x"]  # wildcards are literal
    assert names(text="1985 0101") == ["Andi Wijaya", "Budi 100%_x"]
    assert names(text="'2022") == ["Dewi"]
    assert names(unit_id=org.a_bidang.id) == ["Budi 100%_x", "Dewi"]  # includes sub-units
    assert names(unit_id=org.a.id, status="PPPK") == ["Dewi"]
    assert names(jabatan_kind="Fungsional") == ["Budi 100%_x"]
    row = master.list_employees(ws, admin, master.EmployeeFilter(text="andi"))[0]
    assert row.display_name == "Dr. Andi Wijaya, M.Kes."
    assert row.unit_name == "Dinas Kesehatan"


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite syntax
def test_list_query_uses_indexes(ws, admin):
    org = make_org(ws, admin)
    for flt, index in (
        (master.EmployeeFilter(), "ix_employee_name"),
        (master.EmployeeFilter(unit_id=org.a.id), "ix_employee_unit_name"),
    ):
        with ws.read() as session:
            stmt = master.employee_filter_clause(
                select(Employee.id, Employee.name), flt, master.filter_unit_ids(session, flt)
            ).order_by(Employee.name)
            sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert index in plan, plan
        assert "TEMP B-TREE" not in plan or flt.unit_id is not None


def test_check_nip_explains_and_warns():
    check = master.check_nip("198609262015051001", "PNS", today=date(2026, 1, 15))
    assert check.ok
    assert check.formatted == "19860926 201505 1 001"
    assert check.birth_date == date(1986, 9, 26)
    assert check.sex_label == "Laki-laki"
    assert check.appointment == "Mei 2015"
    assert check.problems == ()
    gol = master.check_nip("198609262015051001", pangkat_code="IX", today=date(2026, 1, 15))
    assert gol.ok
    assert "golongan PPPK" in gol.problems[0]
    high = master.check_nip("198609262024051001", pangkat_code="IV/d", today=date(2026, 1, 15))
    assert high.ok
    assert "terlalu tinggi" in high.problems[0]
    pppk = master.check_nip("199001012022031005", "PPPK", pangkat_code="III/a")
    assert pppk.appointment == "2022"
    assert "pangkat PNS" in pppk.problems[0]
    bad = master.check_nip("198609262015131001", "PNS")
    assert not bad.ok
    assert "Bulan TMT CPNS" in bad.problems[0]
    assert "NI PPPK" in bad.problems[1]  # it would be valid for a PPPK


def test_list_employees_limit_returns_the_first_rows_in_order(ws, admin):
    from ekinerja_desktop.services import master

    unit = master.create_unit(ws, admin, master.UnitInput(name="Dinas Uji", kind="opd"))
    nips = ["198001012005011001", "198101012005012002", "198201012005011003"]
    for number, name in zip(nips, ["Citra", "Andi", "Budi"], strict=True):
        master.save_employee(
            ws, admin, master.EmployeeInput(nip=number, name=name, status="PNS", unit_id=unit.id)
        )
    everyone = master.list_employees(ws, admin, master.EmployeeFilter(active=None))
    first = master.list_employees(ws, admin, master.EmployeeFilter(active=None), limit=2)
    assert [r.name for r in first] == [r.name for r in everyone][:2] == ["Andi", "Budi"]
