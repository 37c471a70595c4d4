"""Employee Excel import/export: malformed workbooks, previews, idempotence, the CLI."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from ekinerja_desktop.cli import main
from ekinerja_desktop.services import employee_excel as xl
from ekinerja_desktop.services import master
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Employee
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.cli_login import cli_login
from tests.helpers.master import actor_for, make_employee, make_org, nip

pytestmark = pytest.mark.db

HEADER = [c.header for c in xl.COLUMNS]


def _row(seq: int, name: str, unit: str = "DINKES", **kw) -> list:
    values = {
        "NIP": nip(seq),
        "Nama": name,
        "Status": "PNS",
        "Pangkat/Golongan": "III/a",
        "Jabatan": "Pranata Komputer",
        "Jenis Jabatan": "Fungsional",
        "Jenjang Jabatan": "Ahli Pertama",
        "Unit Kerja": unit,
        "Kelas Jabatan": 8,
    } | kw
    return [values.get(h) for h in HEADER]


def _book(path, rows, *, header=HEADER, title="Pegawai"):
    wb = Workbook()
    sheet = wb.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def _count(ws) -> int:
    with ws.read() as session:
        return int(session.execute(select(func.count()).select_from(Employee)).scalar_one())


def _errors(preview):
    return [(p.row, p.column, p.message) for p in preview.problems if p.is_error]


@pytest.fixture
def org(ws, admin):
    return make_org(ws, admin)


def test_template_has_the_agreed_columns(tmp_path, ws, admin, org):
    path = tmp_path / "templat.xlsx"
    xl.write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Pegawai"
    assert [c.value for c in wb["Pegawai"][1]] == [
        "NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Status", "Pangkat/Golongan", "Jabatan",
        "Jenis Jabatan", "Jenjang Jabatan", "Unit Kerja", "Kelas Jabatan", "Aktif Sejak",
        "Aktif Sampai",
    ]  # fmt: skip
    assert wb["Pegawai"]["A2"].number_format == "@"
    preview = xl.preview_import(ws, admin, path)
    assert preview.ok
    assert preview.rows == ()


def test_import_then_reimport_changes_nothing(tmp_path, ws, admin, org):
    path = _book(
        tmp_path / "a.xlsx",
        [
            _row(1, "Andi", "dinkes", **{"Aktif Sejak": "01/03/2024"}),
            _row(2, "Budi", "Dinas Kesehatan / Bidang Pelayanan", **{"Aktif Sejak": "2024-03-02"}),
            _row(3, "Citra", "seksi rujukan", **{"Aktif Sejak": 45354}),  # Excel serial
            _row(4, "Dewi", "DIKBUD", **{"Aktif Sejak": datetime(2024, 3, 4)}),
        ],
    )
    preview = xl.preview_import(ws, admin, path)
    assert _errors(preview) == []
    assert (preview.inserted, preview.updated, preview.unchanged) == (4, 0, 0)
    assert _count(ws) == 0  # a preview writes nothing
    result = xl.apply_import(ws, admin, path)
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (4, 0, 0, 0)
    rows = {r.name: r for r in master.list_employees(ws, admin, master.EmployeeFilter())}
    assert rows["Budi"].unit_id == org.a_bidang.id
    assert rows["Citra"].unit_id == org.a_seksi.id
    starts = {r.name: master.get_employee(ws, admin, r.id).data.active_from for r in rows.values()}
    assert starts == {
        "Andi": date(2024, 3, 1),
        "Budi": date(2024, 3, 2),
        "Citra": date(2024, 3, 3),
        "Dewi": date(2024, 3, 4),
    }
    again = xl.apply_import(ws, admin, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    versions = {r.id: master.get_employee(ws, admin, r.id).version for r in rows.values()}
    # One changed cell updates that one row and names the column.
    _book(
        path,
        [
            _row(1, "Andi", "dinkes", **{"Aktif Sejak": "01/03/2024"}),
            _row(2, "Budi", "Dinas Kesehatan / Bidang Pelayanan", **{"Aktif Sejak": "2024-03-02"}),
            _row(3, "Citra", "seksi rujukan", **{"Aktif Sejak": 45354, "Kelas Jabatan": 9}),
            _row(4, "Dewi", "DIKBUD", **{"Aktif Sejak": datetime(2024, 3, 4)}),
        ],
    )
    preview = xl.preview_import(ws, admin, path)
    assert [(r.name, r.action, r.changes) for r in preview.rows if r.action != "unchanged"] == [
        ("Citra", "update", ("Kelas Jabatan",))
    ]
    assert xl.apply_import(ws, admin, path).updated == 1
    changed = [
        rid for rid, v in versions.items() if master.get_employee(ws, admin, rid).version != v
    ]
    assert changed == [rows["Citra"].id]


def test_export_round_trip_is_unchanged(tmp_path, ws, admin, org):
    make_employee(
        ws,
        admin,
        1,
        "Andi",
        org.a_bidang.id,
        back_title="S.Kom.",
        pangkat_code="III/b",
        jabatan_level="Pelaksana",
        kelas_jabatan=7,
        active_from=date(2020, 1, 2),
    )
    make_employee(ws, admin, 2, "Budi", org.b_bidang.id, active_to=date(2021, 5, 6))
    path = tmp_path / "ekspor.xlsx"
    flt = master.EmployeeFilter(active=None)
    assert xl.export_employees(ws, admin, flt, path) == 2
    sheet = load_workbook(path)["Pegawai"]
    assert sheet["A2"].value == nip(1)
    assert sheet["A2"].number_format == "@"
    # "Bidang Pelayanan" exists twice: the export writes the unambiguous path.
    assert sheet["J2"].value == "Dinas Kesehatan / Bidang Pelayanan"
    preview = xl.preview_import(ws, admin, path)
    assert _errors(preview) == []
    assert preview.unchanged == 2
    assert xl.export_employees(ws, admin, master.EmployeeFilter(unit_id=org.b.id), path) == 0


def test_wrong_sheet_name_uses_first_sheet_and_says_so(tmp_path, ws, admin, org):
    path = _book(tmp_path / "s.xlsx", [_row(1, "Andi")], title="Sheet1")
    preview = xl.preview_import(ws, admin, path)
    assert preview.sheet == "Sheet1"
    warning = preview.problems[0]
    assert warning.severity == "warning"
    assert "lembar pertama 'Sheet1'" in warning.message
    assert xl.apply_import(ws, admin, path).inserted == 1


def test_missing_required_columns(tmp_path, ws, admin, org):
    path = _book(tmp_path / "m.xlsx", [[nip(1), "Andi"]], header=["NIP", "Nama"])
    preview = xl.preview_import(ws, admin, path)
    assert preview.file_error
    assert "Status, Unit Kerja" in preview.problems[0].message
    with pytest.raises(xl.ImportRejectedError):
        xl.apply_import(ws, admin, path)
    no_nip = _book(tmp_path / "n.xlsx", [["Andi"]], header=["Nama"])
    assert "Kolom NIP tidak ditemukan" in xl.preview_import(ws, admin, no_nip).problems[0].message


def test_title_rows_aliases_and_merged_cells(tmp_path, ws, admin, org):
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Pegawai"
    sheet.append(["DAFTAR PEGAWAI DINAS KESEHATAN"])
    sheet.merge_cells("A1:D1")
    sheet.append(["NIP", "Nama Pegawai", "Status (PNS/PPPK)", "Unit", "Catatan"])
    sheet.append([nip(1), "Andi", "PNS", "Dinas Kesehatan", "x"])
    sheet.append([nip(2), "Budi", "PNS", None])
    sheet.append([nip(3), "Citra", "PNS", None])
    sheet.merge_cells("D3:D5")  # one unit cell spanning three employees
    path = tmp_path / "merge.xlsx"
    wb.save(path)
    preview = xl.preview_import(ws, admin, path)
    assert _errors(preview) == []
    messages = " ".join(p.message for p in preview.problems)
    assert "digabung" in messages
    assert "D3:D5" in messages
    assert "'Catatan' tidak dikenal" in messages
    assert [r.row for r in preview.rows] == [3, 4, 5]
    assert xl.apply_import(ws, admin, path).inserted == 3
    units = {r.unit_id for r in master.list_employees(ws, admin, master.EmployeeFilter())}
    assert units == {org.a.id}


def test_nip_cells(tmp_path, ws, admin, org):
    path = _book(
        tmp_path / "nip.xlsx",
        [
            _row(1, "Float", **{"NIP": 1.98501012010011e17}),
            _row(2, "Spasi", **{"NIP": "19850101 201001 1 002"}),
            _row(3, "Petik", **{"NIP": "'198501012010011003"}),
            _row(4, "Teks E", **{"NIP": "1.98501012010011E+17"}),
            _row(5, "Salah", **{"NIP": "198501012010131005"}),
            _row(6, "Kosong", **{"NIP": None}),
        ],
    )
    preview = xl.preview_import(ws, admin, path)
    by_row = {p.row: p for p in preview.problems if p.is_error}
    assert "ketik nip sebagai teks" in by_row[2].hint.casefold()
    assert "digit terakhirnya hilang" in by_row[2].message
    assert 3 not in by_row
    assert 4 not in by_row
    assert "teks" in by_row[5].hint
    assert by_row[6].column == "NIP"
    assert "Bulan TMT CPNS" in by_row[6].message
    assert "kosong" in by_row[7].message
    assert [r.action for r in preview.rows] == [
        "rejected", "insert", "insert", "rejected", "rejected", "rejected",
    ]  # fmt: skip
    assert preview.rejected == 4


def test_every_problem_of_a_row_is_listed(tmp_path, ws, admin, org):
    path = _book(
        tmp_path / "bad.xlsx",
        [
            _row(
                1,
                "",
                "Dinas Entah",
                **{
                    "Status": "Honorer",
                    "Kelas Jabatan": "delapan",
                    "Aktif Sejak": "31/02/2024",
                    "Aktif Sampai": "besok",
                },
            ),
            _row(2, "Budi", "Bidang Pelayanan"),
        ],
    )
    preview = xl.preview_import(ws, admin, path)
    row2 = {p.column for p in preview.problems if p.row == 2}
    assert row2 == {"Nama", "Status", "Unit Kerja", "Kelas Jabatan", "Aktif Sejak", "Aktif Sampai"}
    ambiguous = next(p for p in preview.problems if p.row == 3)
    assert ambiguous.column == "Unit Kerja"
    assert "2 unit" in ambiguous.message
    assert "kode unit" in ambiguous.hint
    for problem in preview.problems:
        assert problem.message
        assert problem.hint
        assert problem.line().startswith(f"GALAT Baris {problem.row}, kolom {problem.column}")


def test_duplicate_nips_in_file(tmp_path, ws, admin, org):
    path = _book(
        tmp_path / "dup.xlsx",
        [_row(1, "Andi"), _row(2, "Budi"), _row(1, "Andi Lagi", **{"NIP": "'" + nip(1)})],
    )
    preview = xl.preview_import(ws, admin, path)
    assert {(p.row, p.column) for p in preview.problems} == {(2, "NIP"), (4, "NIP")}
    assert "baris 4" in preview.problems[0].message
    assert "baris 2" in preview.problems[1].message
    assert (preview.inserted, preview.rejected) == (1, 2)


def test_apply_is_all_or_nothing(tmp_path, ws, admin, org):
    make_employee(ws, admin, 1, "Andi", org.a.id)
    path = _book(
        tmp_path / "x.xlsx",
        [_row(1, "Andi Baru"), _row(2, "Budi"), _row(3, "Citra", **{"Status": "X"})],
    )
    with pytest.raises(xl.ImportRejectedError) as info:
        xl.apply_import(ws, admin, path)
    assert info.value.preview.rejected == 1
    assert "tidak ada data yang diubah" in info.value.message
    assert _count(ws) == 1
    assert master.list_employees(ws, admin, master.EmployeeFilter())[0].name == "Andi"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("teks.xlsx", b"bukan excel", "bukan buku kerja Excel"),
        ("data.csv", b"NIP,Nama\n1,2\n", "bukan buku kerja Excel"),
        ("lama.xls", b"\xd0\xcf\x11\xe0", "Excel lama (.xls)"),
        ("rusak.xlsx", b"PK\x03\x04rusak", "bukan buku kerja Excel"),
    ],
)
def test_files_that_are_not_xlsx(tmp_path, ws, admin, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        xl.preview_import(ws, admin, path)
    assert expected in info.value.message
    assert info.value.hint


def test_missing_file(tmp_path, ws, admin):
    with pytest.raises(ValidationError) as info:
        xl.preview_import(ws, admin, tmp_path / "tidak-ada.xlsx")
    assert "tidak ditemukan" in info.value.message


def test_admin_opd_import_limited_to_own_opd(tmp_path, ws, admin, org):
    own = make_employee(ws, admin, 1, "Admin Dinkes", org.a.id)
    make_employee(ws, admin, 2, "Guru", org.b.id)
    admin_a = actor_for(ws, admin, "admindinkes", ["admin_opd"], own.id)
    path = _book(
        tmp_path / "opd.xlsx",
        [_row(2, "Guru", "DIKBUD"), _row(3, "Baru", "DIKBUD"), _row(4, "Perawat", "DINKES")],
    )
    preview = xl.preview_import(ws, admin_a, path)
    messages = {p.row: p.message for p in preview.problems}
    assert "di luar OPD Anda" in messages[2]
    assert "di luar OPD Anda" in messages[3]
    assert [r.action for r in preview.rows] == ["rejected", "rejected", "insert"]
    pegawai = actor_for(ws, admin, "guru", ["pegawai"], None)
    from ekinerja_desktop.services.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        xl.preview_import(ws, pegawai, path)


# --- CLI ----------------------------------------------------------------------------------
def test_cli_import_export(tmp_path, ws, admin, org, capsys, monkeypatch):
    monkeypatch.delenv("EKINERJA_PASSWORD", raising=False)
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    data = str(ws.data_dir)
    if ws.url.startswith("postgresql"):
        monkeypatch.setenv("EKINERJA_DATABASE_URL", ws.url)
    bad = _book(tmp_path / "bad.xlsx", [_row(1, "Andi"), _row(2, "Budi", "Tidak Ada")])
    assert main(["employees", "import", str(bad), "--data-dir", data]) == 1
    out = capsys.readouterr()
    assert "Baris 3, kolom Unit Kerja" in out.err
    assert "ditolak: 1" in out.out
    assert _count(ws) == 0
    good = _book(tmp_path / "good.xlsx", [_row(1, "Andi"), _row(2, "Budi", "DIKBUD")])
    assert main(["employees", "import", str(good), "--dry-run", "--data-dir", data]) == 0
    assert "Ditambah: 2" in capsys.readouterr().out
    assert _count(ws) == 0
    assert main(["employees", "import", str(good), "--data-dir", data]) == 0
    assert "Ditambah: 2" in capsys.readouterr().out
    assert main(["employees", "import", str(good), "--data-dir", data]) == 0
    assert "tidak berubah: 2" in capsys.readouterr().out
    # --as USER logs in with EKINERJA_PASSWORD and is audited as that user.
    out_file = tmp_path / "dinkes.xlsx"
    monkeypatch.setenv("EKINERJA_PASSWORD", ADMIN_PASSWORD)
    args = ["employees", "export", str(out_file), "--unit", "dinkes", "--as", "admin"]
    assert main([*args, "--data-dir", data]) == 0
    assert "1 pegawai diekspor" in capsys.readouterr().out
    names = [
        r[1] for r in load_workbook(out_file)["Pegawai"].iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["Andi"]
    monkeypatch.setenv("EKINERJA_PASSWORD", "salah-sekali")
    assert main([*args, "--data-dir", data]) == 1
    assert "kata sandi salah" in capsys.readouterr().err
    monkeypatch.delenv("EKINERJA_PASSWORD")
    assert main([*args, "--data-dir", data]) == 1
    assert "EKINERJA_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("EKINERJA_PASSWORD", ADMIN_PASSWORD)
    assert main(["employees", "export", str(out_file), "--unit", "entah", "--data-dir", data]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    not_xlsx = tmp_path / "x.xlsx"
    not_xlsx.write_text("halo")
    assert main(["employees", "import", str(not_xlsx), "--data-dir", data]) == 1
    assert "bukan buku kerja Excel" in capsys.readouterr().err
    template = tmp_path / "t.xlsx"
    assert main(["employees", "template", str(template)]) == 0
    assert template.exists()
