"""Employee master data in Excel: template, export, and a previewed all-or-nothing import."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.nip import NipError, NipInfo, clean_nip
from ekinerja_desktop.domain.parsing import norm_key
from ekinerja_desktop.services import audit, master
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Employee

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

SHEET = "Pegawai"
HEADER_SCAN_ROWS = 20
MAX_ROWS = 100_000
TEMPLATE_ROWS = 5000
DATE_FORMAT = "dd/mm/yyyy"
_TEXT_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
_EXCEL_MAX_SERIAL = 2958465  # 31/12/9999
_FLOATY = re.compile(r"^\s*'?\d+([.,]\d+)?[eE][+]?\d+\s*$")


@dataclass(frozen=True)
class Column:
    field: str  # EmployeeInput field
    header: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    width: int = 16
    help: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("nip", "NIP", True, ("NI PPPK", "NIP/NI PPPK"), 22, "18 digit, ketik sebagai teks."),
    Column("name", "Nama", True, ("Nama Pegawai", "Nama Lengkap"), 30, "Tanpa gelar."),
    Column("front_title", "Gelar Depan", aliases=("Gelar Dpn",), width=12, help="Contoh: Dr."),
    Column("back_title", "Gelar Belakang", aliases=("Gelar Blkg",), width=14, help="S.Kom."),
    Column("status", "Status", True, ("Status ASN", "Status Pegawai"), 10, "PNS atau PPPK."),
    Column(
        "pangkat_code",
        "Pangkat/Golongan",
        aliases=("Pangkat", "Golongan", "Pangkat/Gol. Ruang", "Pangkat/Gol Ruang", "Gol"),
        width=16,
        help="PNS: III/a (atau Penata Muda); PPPK: IX.",
    ),
    Column("jabatan_name", "Jabatan", aliases=("Nama Jabatan",), width=30),
    Column(
        "jabatan_kind",
        "Jenis Jabatan",
        width=14,
        help="JPT, Administrasi atau Fungsional.",
    ),
    Column(
        "jabatan_level",
        "Jenjang Jabatan",
        aliases=("Jenjang",),
        width=16,
        help="Contoh: Pratama, Administrator, Pengawas, Pelaksana, Ahli Pertama, Terampil.",
    ),
    Column(
        "unit_id",
        "Unit Kerja",
        True,
        ("Unit", "Unit Organisasi", "OPD"),
        36,
        "Nama unit, kodenya, atau jalur 'OPD / Bidang'.",
    ),
    Column("kelas_jabatan", "Kelas Jabatan", aliases=("Kelas",), width=12, help="1-17."),
    Column(
        "active_from",
        "Aktif Sejak",
        aliases=("Mulai Aktif", "TMT"),
        width=13,
        help="Tanggal dd/mm/yyyy; boleh kosong.",
    ),
    Column(
        "active_to",
        "Aktif Sampai",
        aliases=("Selesai Aktif",),
        width=13,
        help="Kosong bila masih aktif.",
    ),
)
_BY_FIELD = {c.field: c for c in COLUMNS}

# Indonesian templates; translated with _() where they are used.
_HINTS = {
    "nip": ("Periksa 18 digit NIP: tanggal lahir, TMT, jenis kelamin dan nomor urut."),
    "name": ("Isi nama lengkap pegawai tanpa gelar."),
    "front_title": ("Singkatkan gelar (paling banyak 64 karakter)."),
    "back_title": ("Singkatkan gelar (paling banyak 64 karakter)."),
    "status": ("Tulis PNS atau PPPK."),
    "pangkat_code": ("PNS: kode I/a sampai IV/e (contoh III/a); PPPK: golongan I sampai XVII."),
    "jabatan_name": ("Persingkat nama jabatan."),
    "jabatan_kind": ("Tulis JPT, Administrasi atau Fungsional."),
    "jabatan_level": ("Pilih jenjang yang sesuai dengan jenis jabatan."),
    "unit_id": ("Tulis nama unit persis seperti di menu Unit Organisasi, kodenya, atau jalurnya."),
    "kelas_jabatan": ("Tulis angka 1 sampai 17, atau kosongkan."),
    "active_from": ("Tulis tanggal sebagai dd/mm/yyyy (contoh 01/03/2024) atau yyyy-mm-dd."),
    "active_to": ("Tulis tanggal sebagai dd/mm/yyyy (contoh 31/12/2026) atau yyyy-mm-dd."),
}


def _hint(field_name: str) -> str:
    return _(_HINTS[field_name]) if field_name in _HINTS else ""


# --- results ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportProblem:
    """One finding: ``row`` is the Excel row number (0 = the whole file)."""

    row: int
    column: str
    value: str
    message: str
    hint: str
    severity: str = "error"  # error | warning

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def line(self) -> str:
        where = _("Baris {r}").format(r=self.row) if self.row else _("Berkas")
        if self.column:
            where += _(", kolom {c}").format(c=self.column)
        if self.value:
            where += f" ({self.value!r})"
        kind = _("GALAT") if self.is_error else _("PERINGATAN")
        text = f"{kind} {where}: {self.message}"
        return f"{text} {_('Perbaikan:')} {self.hint}" if self.hint else text


@dataclass(frozen=True)
class ImportRow:
    row: int
    nip: str
    name: str
    action: str  # insert | update | unchanged | rejected
    changes: tuple[str, ...] = ()  # column headers that would change


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing has been written."""

    path: str
    sheet: str
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]

    def _count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def inserted(self) -> int:
        return self._count("insert")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def rejected(self) -> int:
        return self._count("rejected")

    @property
    def file_error(self) -> bool:
        return any(p.is_error and p.row == 0 for p in self.problems)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def summary(self) -> str:
        return _(
            "Ditambah: {i}, diubah: {u}, tidak berubah: {s}, ditolak: {r} (dari {n} baris)."
        ).format(
            i=self.inserted, u=self.updated, s=self.unchanged, r=self.rejected, n=len(self.rows)
        )


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    problems: tuple[ImportProblem, ...] = ()  # warnings only: errors refuse the import

    def summary(self) -> str:
        return _("Ditambah: {i}, diubah: {u}, tidak berubah: {s}, ditolak: {r}.").format(
            i=self.inserted, u=self.updated, s=self.unchanged, r=self.rejected
        )


class ImportRejectedError(ValidationError):
    """The file has errors; nothing was written. ``preview`` lists every problem."""

    code = "import_rejected"

    def __init__(self, preview: ImportPreview) -> None:
        errors = [p for p in preview.problems if p.is_error]
        super().__init__(
            _("Impor dibatalkan: {n} masalah ditemukan, tidak ada data yang diubah.").format(
                n=len(errors)
            ),
            problems=[(f"{p.row}:{p.column}", p.message) for p in errors],
            hint=_("Perbaiki baris yang disebut di laporan, lalu impor ulang berkas yang sama."),
        )
        self.preview = preview


# --- reading a workbook ----------------------------------------------------------------
@dataclass
class _Sheet:
    path: str
    title: str
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


def _file_problem(
    message: str, hint: str, value: str = "", severity: str = "error"
) -> ImportProblem:
    return ImportProblem(0, "", value, message, hint, severity)


def _header_key(text: str) -> str:
    return norm_key(re.sub(r"\(.*?\)|\*", "", text))


_HEADER_KEYS: dict[str, str] = {}
for _col in COLUMNS:
    for _name in (_col.header, *_col.aliases):
        _HEADER_KEYS[_header_key(_name)] = _col.field


def _load(path: Path) -> Workbook:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.is_file():
        raise ValidationError(
            _("Berkas {p} tidak ditemukan.").format(p=path),
            hint=_("Periksa nama dan folder berkasnya."),
        )
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            _("Berkas {n} berformat Excel lama (.xls) yang tidak didukung.").format(n=path.name),
            hint=_("Buka di Excel, lalu Simpan Sebagai 'Excel Workbook (*.xlsx)'."),
        )
    from defusedxml import DefusedXmlException

    _check_workbook_size(path)
    try:
        try:
            book = load_workbook(path, data_only=True)
        except ValueError as wrapped:
            # openpyxl wraps the parser's refusal in a ValueError; say what it was.
            cause = wrapped.__cause__ or wrapped.__context__
            if isinstance(cause, DefusedXmlException):
                raise cause from wrapped
            raise
    except DefusedXmlException as exc:
        raise ValidationError(
            _(
                "Berkas {n} ditolak: isinya memuat definisi entitas XML yang tidak diizinkan."
            ).format(n=path.name),
            hint=_(
                "Buku kerja Excel biasa tidak memuat entitas XML. Buat ulang berkas dari "
                "templat aplikasi."
            ),
        ) from exc
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        SyntaxError,  # xml.etree ParseError: broken XML inside the archive
    ) as exc:
        raise ValidationError(
            _("Berkas {n} bukan buku kerja Excel (.xlsx) yang dapat dibaca.").format(n=path.name),
            hint=_(
                "Gunakan templat dari aplikasi, atau buka berkas di Excel lalu Simpan Sebagai "
                "'Excel Workbook (*.xlsx)'."
            ),
        ) from exc
    for sheet in book.worksheets:
        if sheet.max_row > MAX_IMPORT_ROWS + HEADER_SCAN_ROWS:
            book.close()
            raise _too_big(path, _("{r} baris").format(r=f"{sheet.max_row:,}".replace(",", ".")))
    return book


# A city has about 11,000 employees; an import workbook is a few MB at most. Far larger
# files are refused before openpyxl builds them in memory (a 2.5 MB workbook of tiny
# repeated cells once took 690 MB and 87 s).
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
MAX_PACKING_RATIO = 100  # a zip bomb packs far tighter than any real worksheet
MAX_IMPORT_ROWS = 50_000


def _too_big(path: Path, what: str) -> ValidationError:
    return ValidationError(
        _("Berkas {n} terlalu besar untuk diimpor ({w}).").format(n=path.name, w=what),
        hint=_(
            "Impor paling banyak {r} baris pegawai sekaligus dari buku kerja yang dibuat "
            "dengan templat; bagi data yang lebih besar ke beberapa berkas."
        ).format(r=f"{MAX_IMPORT_ROWS:,}".replace(",", ".")),
    )


def _check_workbook_size(path: Path) -> None:
    """Refuse oversized and zip-bomb workbooks before they are unpacked."""
    size = path.stat().st_size
    if size > MAX_WORKBOOK_BYTES:
        raise _too_big(path, _("{m} MB").format(m=size // (1024 * 1024)))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = 0
            for info in archive.infolist():
                unpacked += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 1024 * 1024 and ratio > MAX_PACKING_RATIO:
                    raise _too_big(path, _("isi terkompresi {x} kali").format(x=int(ratio)))
            if unpacked > MAX_UNPACKED_BYTES:
                raise _too_big(path, _("{m} MB setelah dibuka").format(m=unpacked // (1024 * 1024)))
    except zipfile.BadZipFile:
        return  # not a zip at all: load_workbook says so in the user's words


def _merged_values(
    sheet: Worksheet, first_row: int
) -> tuple[dict[tuple[int, int], Any], list[str]]:
    filled: dict[tuple[int, int], Any] = {}
    ranges: list[str] = []
    for rng in sheet.merged_cells.ranges:
        if rng.max_row < first_row:
            continue
        value = sheet.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                filled[(r, c)] = value
        ranges.append(rng.coord)
    return filled, ranges


def _find_header(sheet: Worksheet) -> int | None:
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS):
        for cell in row:
            if isinstance(cell.value, str) and _HEADER_KEYS.get(_header_key(cell.value)) == "nip":
                return int(cell.row)
    return None


def read_sheet(path: str | Path) -> _Sheet:
    """Read the employee sheet into raw cell values per row; file-level problems listed."""
    p = Path(path)
    wb = _load(p)
    try:
        sheet = next((s for s in wb.worksheets if s.title.strip().casefold() == "pegawai"), None)
        out = _Sheet(str(p), "")
        if sheet is None:
            if not wb.worksheets:
                out.problems.append(
                    _file_problem(_("Buku kerja tidak berisi lembar kerja."), _("Gunakan templat."))
                )
                return out
            sheet = wb.worksheets[0]
            out.problems.append(
                _file_problem(
                    _("Lembar '{s}' tidak ada; yang dibaca lembar pertama '{t}'.").format(
                        s=SHEET, t=sheet.title
                    ),
                    _("Bila itu keliru, ganti nama lembar data menjadi '{s}'.").format(s=SHEET),
                    sheet.title,
                    "warning",
                )
            )
        out.title = sheet.title
        header_row = _find_header(sheet)
        if header_row is None:
            out.problems.append(
                _file_problem(
                    _("Kolom NIP tidak ditemukan di {n} baris pertama lembar '{t}'.").format(
                        n=HEADER_SCAN_ROWS, t=sheet.title
                    ),
                    _("Pakai baris judul kolom seperti pada templat: {c}.").format(
                        c=", ".join(c.header for c in COLUMNS)
                    ),
                )
            )
            return out
        filled, merged = _merged_values(sheet, header_row)
        columns: dict[int, str] = {}
        for cell in next(sheet.iter_rows(min_row=header_row, max_row=header_row)):
            raw = filled.get((header_row, cell.column), cell.value)
            if raw is None or not str(raw).strip():
                continue
            key = _HEADER_KEYS.get(_header_key(str(raw)))
            if key is None:
                out.problems.append(
                    _file_problem(
                        _("Kolom '{h}' tidak dikenal dan diabaikan.").format(h=raw),
                        _("Hapus kolom itu atau ganti judulnya sesuai templat."),
                        str(raw),
                        "warning",
                    )
                )
            elif key in columns.values():
                out.problems.append(
                    _file_problem(
                        _("Kolom {h} muncul lebih dari sekali.").format(h=_BY_FIELD[key].header),
                        _("Hapus salah satu kolom itu."),
                        str(raw),
                    )
                )
            else:
                columns[int(cell.column)] = key
        missing = [c.header for c in COLUMNS if c.required and c.field not in columns.values()]
        if missing:
            out.problems.append(
                _file_problem(
                    _("Kolom wajib tidak ada: {m}.").format(m=", ".join(missing)),
                    _("Tambahkan kolom itu dengan judul persis seperti templat."),
                )
            )
            return out
        if merged:
            out.problems.append(
                _file_problem(
                    _(
                        "Ada sel yang digabung (merge): {r}; nilainya dipakai untuk setiap sel."
                    ).format(r=", ".join(sorted(merged)[:10])),
                    _("Periksa hasilnya di pratinjau; sebaiknya pisahkan gabungan sel."),
                    severity="warning",
                )
            )
        for row in sheet.iter_rows(min_row=header_row + 1):
            values: dict[str, Any] = {}
            row_no = int(row[0].row) if row else 0
            for cell in row:
                key = columns.get(int(cell.column)) if cell.column else None
                if key is None:
                    continue
                value = filled.get((row_no, int(cell.column)), cell.value)
                if isinstance(value, str) and not value.strip():
                    value = None
                values[key] = value
            if all(v is None for v in values.values()):
                continue
            if len(out.rows) >= MAX_ROWS:
                out.problems.append(
                    _file_problem(
                        _("Berkas berisi lebih dari {n} baris pegawai.").format(n=MAX_ROWS),
                        _("Bagi berkas menjadi beberapa bagian."),
                    )
                )
                break
            out.rows.append((row_no, values))
        if not out.rows and not any(p.is_error for p in out.problems):
            out.problems.append(
                _file_problem(
                    _("Lembar '{t}' tidak berisi data pegawai.").format(t=sheet.title),
                    _("Isi data mulai baris di bawah judul kolom."),
                    severity="warning",
                )
            )
        return out
    finally:
        wb.close()


# --- cell conversion -------------------------------------------------------------------
class _CellError(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() != datetime.min.time():
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return _show(value)
    return " ".join(str(value).split())


_NIP_AS_TEXT = (
    "Ketik NIP sebagai teks: format kolom NIP sebagai Teks lalu ketik ulang NIP, atau awali "
    "NIP dengan tanda petik (')."
)


def _nip(value: Any) -> tuple[str, str | None]:
    """NIP text and an optional warning; raises _CellError when digits were lost."""
    if value is None:
        return "", None
    if isinstance(value, float) or (isinstance(value, str) and _FLOATY.match(value)):
        raise _CellError(
            _("NIP tersimpan sebagai angka ({v}) sehingga digit terakhirnya hilang.").format(
                v=value
            ),
            _(_NIP_AS_TEXT),
        )
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value), _("NIP tersimpan sebagai angka; Excel dapat merusaknya saat disimpan.")
    return str(value).replace("\u00a0", " ").strip(), None


def _kelas(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _CellError(_("Kelas jabatan harus angka."), _hint("kelas_jabatan"))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    raise _CellError(_("Kelas jabatan harus bilangan bulat."), _hint("kelas_jabatan"))


def _date(value: Any, field_name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        if 1 <= value <= _EXCEL_MAX_SERIAL:
            converted = from_excel(value)
            if isinstance(converted, datetime):
                return converted.date()
            if isinstance(converted, date):
                return converted
        raise _CellError(_("Angka {v} bukan tanggal Excel.").format(v=value), _hint(field_name))
    text = str(value).strip()
    for fmt in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _CellError(_("Tanggal tidak dikenali."), _hint(field_name))


# --- planning --------------------------------------------------------------------------
@dataclass
class _Planned:
    row: int
    action: str
    data: master.EmployeeInput
    info: NipInfo
    employee_id: str | None
    changes: tuple[str, ...]


_COMPARED = (
    "nip",
    "name",
    "front_title",
    "back_title",
    "status",
    "pangkat_code",
    "jabatan_name",
    "jabatan_kind",
    "jabatan_level",
    "unit_id",
    "kelas_jabatan",
    "is_unit_head",
    "active_from",
    "active_to",
    "birth_date",
    "sex",
    "active",
    "deleted",
)


# Columns not in the sheet and the column they follow from.
_DERIVED_FROM = {
    "birth_date": "nip",
    "sex": "nip",
    "active": "active_to",
    "is_unit_head": "jabatan_name",
}


def _existing(session: Session) -> dict[str, dict[str, Any]]:
    cols = [getattr(Employee, name) for name in _COMPARED]
    rows = session.execute(select(Employee.id, *cols)).all()
    return {r[1]: {"id": r[0], **dict(zip(_COMPARED, r[1:], strict=True))} for r in rows}


def _plan(
    session: Session, ws: Workspace, actor: Actor, sheet: _Sheet
) -> tuple[ImportPreview, list[_Planned]]:
    ctx = master.employee_context(session, ws, actor)
    problems: list[ImportProblem] = list(sheet.problems)
    if any(p.is_error for p in problems):
        return ImportPreview(sheet.path, sheet.title, (), tuple(problems)), []
    existing = _existing(session)
    first_row_of: dict[str, int] = {}
    planned: list[_Planned] = []
    rows: list[ImportRow] = []
    rejected_rows: set[int] = set()

    def fail(row_no: int, field_name: str, raw: Any, message: str, hint: str) -> None:
        problems.append(
            ImportProblem(row_no, _BY_FIELD[field_name].header, _show(raw), message, hint)
        )
        rejected_rows.add(row_no)

    for row_no, cells in sheet.rows:
        failed: set[str] = set()
        try:
            nip_text, warning = _nip(cells.get("nip"))
            if warning:
                problems.append(
                    ImportProblem(
                        row_no, "NIP", _show(cells.get("nip")), warning, _(_NIP_AS_TEXT), "warning"
                    )
                )
        except _CellError as exc:
            fail(row_no, "nip", cells.get("nip"), exc.message, exc.hint)
            failed.add("nip")
            nip_text = ""
        converted: dict[str, Any] = {}
        for name, convert in (
            ("kelas_jabatan", _kelas),
            ("active_from", lambda v: _date(v, "active_from")),
            ("active_to", lambda v: _date(v, "active_to")),
        ):
            try:
                converted[name] = convert(cells.get(name))
            except _CellError as exc:
                fail(row_no, name, cells.get(name), exc.message, exc.hint)
                failed.add(name)
                converted[name] = None
        unit_text = _text(cells.get("unit_id"))
        unit_id: str | None = None
        if unit_text:
            found = ctx.tree.match(unit_text)
            if len(found) == 1:
                unit_id = found[0].id
            elif not found:
                fail(
                    row_no,
                    "unit_id",
                    unit_text,
                    _("Unit kerja tidak ditemukan."),
                    _hint("unit_id"),
                )
                failed.add("unit_id")
            else:
                fail(
                    row_no,
                    "unit_id",
                    unit_text,
                    _("Nama unit ini dipakai oleh {n} unit: {p}.").format(
                        n=len(found), p="; ".join(sorted(ctx.tree.path(u.id) for u in found))
                    ),
                    _("Tulis kode unit atau jalur lengkap seperti 'Dinas X / Bidang Y'."),
                )
                failed.add("unit_id")
        try:
            key = clean_nip(nip_text)
        except NipError:
            key = nip_text
        current = existing.get(key)
        data = master.EmployeeInput(
            nip=nip_text,
            name=_text(cells.get("name")),
            front_title=_text(cells.get("front_title")),
            back_title=_text(cells.get("back_title")),
            status=_text(cells.get("status")),
            pangkat_code=_text(cells.get("pangkat_code")),
            jabatan_name=_text(cells.get("jabatan_name")),
            jabatan_kind=_text(cells.get("jabatan_kind")),
            jabatan_level=_text(cells.get("jabatan_level")),
            unit_id=unit_id,
            kelas_jabatan=converted["kelas_jabatan"],
            is_unit_head=bool(current["is_unit_head"]) if current else False,
            active_from=converted["active_from"],
            active_to=converted["active_to"],
        )
        clean, info, found_problems = master.normalize_employee(data, ctx)
        for name, message in found_problems:
            if name in failed:
                continue
            raw = cells.get(name) if name in cells else getattr(data, name, "")
            fail(row_no, name, raw, message, _hint(name))
        if current is not None and info is not None:
            if current["deleted"]:
                fail(
                    row_no,
                    "nip",
                    cells.get("nip"),
                    _("NIP ini milik data pegawai yang sudah dihapus."),
                    _("Minta admin pusat memulihkan data itu, atau hapus baris ini."),
                )
            elif not ctx.scope.covers(current["unit_id"]):
                fail(
                    row_no,
                    "nip",
                    cells.get("nip"),
                    _("Pegawai ini terdaftar di {u}, di luar OPD Anda.").format(
                        u=ctx.tree.path(current["unit_id"]) if current["unit_id"] else "-"
                    ),
                    _("Hapus baris ini, atau minta admin pusat memindahkan pegawainya."),
                )
        if info is not None:
            if info.nip in first_row_of:
                other = first_row_of[info.nip]
                fail(
                    row_no,
                    "nip",
                    cells.get("nip"),
                    _("NIP ini sudah muncul di baris {r}.").format(r=other),
                    _("Hapus salah satu baris, atau perbaiki NIP yang salah ketik."),
                )
                fail(
                    other,
                    "nip",
                    info.nip,
                    _("NIP ini muncul lagi di baris {r}.").format(r=row_no),
                    _("Hapus salah satu baris, atau perbaiki NIP yang salah ketik."),
                )
            else:
                first_row_of[info.nip] = row_no
        changes: tuple[str, ...] = ()
        action = "insert"
        if info is not None and current is not None:
            values = master.employee_values(clean, info, ctx.today)
            changed = [f for f, v in values.items() if current.get(f) != v]
            changes = tuple(
                dict.fromkeys(_BY_FIELD[_DERIVED_FROM.get(f, f)].header for f in changed)
            )
            action = "update" if changed else "unchanged"
        if info is not None:
            planned.append(
                _Planned(row_no, action, clean, info, current["id"] if current else None, changes)
            )
        rows.append(ImportRow(row_no, clean.nip, clean.name, action, changes))
    final_rows = tuple(
        ImportRow(r.row, r.nip, r.name, "rejected", ()) if r.row in rejected_rows else r
        for r in rows
    )
    order = {c.header: i for i, c in enumerate(COLUMNS)}
    problems.sort(key=lambda p: (p.row, order.get(p.column, -1)))
    preview = ImportPreview(sheet.path, sheet.title, final_rows, tuple(problems))
    return preview, [p for p in planned if p.row not in rejected_rows]


def preview_import(ws: Workspace, actor: Actor, path: str | Path) -> ImportPreview:
    """Read ``path`` and report, per row, what an import would do; writes nothing."""
    sheet = read_sheet(path)
    with ws.read() as session:
        preview, _planned = _plan(session, ws, actor, sheet)
    return preview


def apply_import(ws: Workspace, actor: Actor, path: str | Path) -> ImportResult:
    """Import ``path`` in one transaction; refuses (ImportRejectedError) on any error."""
    sheet = read_sheet(path)
    with ws.write(actor=actor.username) as session:
        preview, planned = _plan(session, ws, actor, sheet)
        if not preview.ok:
            raise ImportRejectedError(preview)
        today = master.employee_context(session, ws, actor).today
        inserted: list[str] = []
        updated: dict[str, list[str]] = {}
        for item in planned:
            if item.action == "unchanged":
                continue
            if item.employee_id is None:
                emp = Employee()
                session.add(emp)
                inserted.append(item.data.nip)
            else:
                emp = session.get_one(Employee, item.employee_id)
                updated[item.data.nip] = list(item.changes)
            master.apply_employee(emp, item.data, item.info, today)
        session.flush()
        if inserted or updated:
            audit.record_action(
                session,
                ws,
                actor,
                action="employee.import",
                entity="employee",
                detail={
                    "file": Path(path).name,
                    "inserted": inserted,
                    "updated": updated,
                    "unchanged": preview.unchanged,
                },
            )
    return ImportResult(
        inserted=len(inserted),
        updated=len(updated),
        unchanged=preview.unchanged,
        rejected=0,
        problems=preview.problems,
    )


# --- writing ---------------------------------------------------------------------------
def _new_book(with_help: bool) -> tuple[Workbook, Worksheet]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, col in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, index, col.header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = col.width
    sheet.freeze_panes = "A2"
    last = TEMPLATE_ROWS + 1
    status = DataValidation(type="list", formula1='"PNS,PPPK"', allow_blank=True)
    status.add(f"E2:E{last}")
    kinds = DataValidation(type="list", formula1='"JPT,Administrasi,Fungsional"', allow_blank=True)
    kinds.add(f"H2:H{last}")
    sheet.add_data_validation(status)
    sheet.add_data_validation(kinds)
    if with_help:
        guide = wb.create_sheet("Petunjuk")
        guide.append([_("Kolom"), _("Wajib"), _("Keterangan")])
        for col in COLUMNS:
            guide.append([col.header, _("ya") if col.required else "", col.help])
        guide.append([])
        guide.append(
            [_("Isi data pada lembar 'Pegawai' mulai baris 2. NIP harus teks (18 digit).")]
        )
        guide.append(
            [
                _(
                    "Pegawai dicocokkan dengan NIP: impor ulang berkas yang sama tidak "
                    "mengubah apa pun."
                )
            ]
        )
        for cell in guide[1]:
            cell.font = bold
        guide.column_dimensions["A"].width = 20
        guide.column_dimensions["C"].width = 80
    return wb, sheet


def _format_rows(sheet: Worksheet, first: int, last: int) -> None:
    nip_col = 1
    date_cols = [i for i, c in enumerate(COLUMNS, start=1) if c.field.startswith("active_")]
    for row in range(first, last + 1):
        sheet.cell(row, nip_col).number_format = "@"
        for col in date_cols:
            sheet.cell(row, col).number_format = DATE_FORMAT


def _save(wb: Workbook, path: str | Path) -> None:
    target = Path(path)
    try:
        wb.save(target)
    except OSError as exc:
        raise ValidationError(
            _("Berkas {p} tidak dapat ditulis ({r}).").format(p=target, r=exc.strerror or exc),
            hint=_("Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain."),
        ) from exc


def write_template(path: str | Path) -> None:
    """An empty import template: header row, NIP column as text, lists, a help sheet."""
    wb, sheet = _new_book(with_help=True)
    _format_rows(sheet, 2, TEMPLATE_ROWS + 1)
    _save(wb, path)


def _unit_labels(tree: Any) -> dict[str, str]:
    """Per unit the shortest text that the importer resolves back to exactly that unit."""
    labels: dict[str, str] = {}
    for unit_id, unit in tree.by_id.items():
        for candidate in (unit.name, tree.path(unit_id), unit.code):
            if candidate and [u.id for u in tree.match(candidate)] == [unit_id]:
                labels[unit_id] = candidate
                break
        else:
            labels[unit_id] = tree.path(unit_id)
    return labels


def _kind_label(kind: str) -> str:
    try:
        parsed = JabatanKind.parse(kind)
    except ValueError:
        return kind
    return "JPT" if parsed is JabatanKind.JPT else parsed.value.capitalize()


def _export_rows(
    session: Session, ws: Workspace, actor: Actor, flt: master.EmployeeFilter
) -> Iterator[list[Any]]:
    ctx = master.employee_context(session, ws, actor)
    unit_ids = master.filter_unit_ids(session, flt)
    if not ctx.scope.all_units:
        unit_ids = set(ctx.scope.unit_ids) if unit_ids is None else unit_ids & ctx.scope.unit_ids
    labels = _unit_labels(ctx.tree)
    fields = [c.field for c in COLUMNS]
    stmt = master.employee_filter_clause(
        select(*[getattr(Employee, f) for f in fields]), flt, unit_ids
    ).order_by(Employee.name, Employee.nip)
    for values in session.execute(stmt):
        row = dict(zip(fields, values, strict=True))
        row["unit_id"] = labels.get(row["unit_id"] or "", "")
        row["jabatan_kind"] = _kind_label(row["jabatan_kind"])
        yield [row[f] if row[f] != "" else None for f in fields]


def export_employees(
    ws: Workspace, actor: Actor, flt: master.EmployeeFilter, path: str | Path
) -> int:
    """Write the filtered employees in the template layout (re-importable); returns rows."""
    with ws.read() as session:
        rows = list(_export_rows(session, ws, actor, flt))
    from ekinerja_desktop.reports.cells import keep_as_text

    wb, sheet = _new_book(with_help=False)
    for values in rows:
        sheet.append(values)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            keep_as_text(cell)  # a name like "=HYPERLINK(...)" stays text
    _format_rows(sheet, 2, len(rows) + 1)
    _save(wb, path)
    return len(rows)
