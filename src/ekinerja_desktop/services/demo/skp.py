"""Demo SKPs: every demo employee gets a plausible SKP for the current year, cascaded
top-down from their supervisor's RHK, in a realistic mix of statuses.

Rows are inserted in bulk with the sync columns filled here (like ``demo_data``); the
content hash of approved SKPs is computed with the same function the service uses.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.nip import AsnStatus, format_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.domain.skp import Perspektif, SkpApproach, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.demo.bulk import Batch, insert_batches, record_demo
from ekinerja_desktop.services.skp import IndicatorData, LampiranData, RhkData, hash_content
from ekinerja_desktop.store.models import (
    Employee,
    OrgUnit,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpLampiranItem,
    SkpRhk,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace

CHUNK = 5000

# Status of an SKP whose supervisor's SKP is approved (weights).
STATUS_MIX = (
    (SkpStatus.DISETUJUI, 78),
    (SkpStatus.DIAJUKAN, 12),
    (SkpStatus.DRAFT, 6),
    (SkpStatus.DITOLAK, 4),
)
# People with a team are mostly approved early, so their staff can cascade.
LEADER_MIX = ((SkpStatus.DISETUJUI, 94), (SkpStatus.DIAJUKAN, 4), (SkpStatus.DRAFT, 2))
KUALITATIF_SHARE = 0.08
BIG_TEAM = 25  # people below a head whose SKP is always approved in the demo

Ind = tuple[str, str, str, str]  # aspect, indicator, value, unit
Tpl = tuple[str, tuple[Ind, ...]]  # RHK text, indicators

# --- texts ----------------------------------------------------------------------------
OPD_GOALS: dict[str, tuple[Tpl, ...]] = {
    "SETDA": (
        (
            "Meningkatnya kualitas penyelenggaraan pemerintahan daerah Kota Palu",
            (("Kuantitas", "Nilai Laporan Penyelenggaraan Pemerintahan Daerah", "3", "Nilai"),),
        ),
        (
            "Meningkatnya akuntabilitas kinerja perangkat daerah",
            (("Kualitas", "Nilai SAKIP Pemerintah Kota Palu", "75", "Nilai"),),
        ),
        (
            "Meningkatnya kualitas koordinasi perumusan kebijakan daerah",
            (("Kuantitas", "Persentase kebijakan daerah yang ditetapkan tepat waktu", "90", "%"),),
        ),
    ),
    "BKPSDM": (
        (
            "Meningkatnya profesionalitas ASN Pemerintah Kota Palu",
            (("Kuantitas", "Indeks Profesionalitas ASN", "75", "Nilai"),),
        ),
        (
            "Terwujudnya manajemen ASN berbasis sistem merit",
            (("Kualitas", "Nilai indeks sistem merit", "0,75", "Indeks"),),
        ),
        (
            "Meningkatnya kualitas layanan kepegawaian",
            (("Kualitas", "Indeks kepuasan layanan kepegawaian", "85", "Nilai IKM"),),
        ),
    ),
    "DINKES": (
        (
            "Meningkatnya derajat kesehatan masyarakat Kota Palu",
            (("Kuantitas", "Persentase puskesmas terakreditasi paripurna", "80", "%"),),
        ),
        (
            "Menurunnya prevalensi stunting pada balita",
            (("Kuantitas", "Prevalensi stunting pada balita", "14", "%"),),
        ),
        (
            "Meningkatnya cakupan pelayanan kesehatan dasar",
            (
                (
                    "Kuantitas",
                    "Persentase penduduk yang mendapat layanan kesehatan dasar",
                    "95",
                    "%",
                ),
            ),
        ),
    ),
    "DISDIKBUD": (
        (
            "Meningkatnya mutu pendidikan dasar di Kota Palu",
            (("Kuantitas", "Persentase satuan pendidikan terakreditasi minimal B", "90", "%"),),
        ),
        (
            "Meningkatnya akses layanan pendidikan",
            (("Kuantitas", "Angka partisipasi murni SMP", "85", "%"),),
        ),
        (
            "Terlestarikannya cagar budaya dan kesenian daerah",
            (("Kuantitas", "Jumlah objek cagar budaya yang dilestarikan", "12", "Objek"),),
        ),
    ),
}
GENERIC_GOALS: tuple[Tpl, ...] = (
    (
        "Meningkatnya kualitas pelayanan publik {opd}",
        (("Kualitas", "Indeks kepuasan masyarakat terhadap layanan {opd}", "85", "Nilai IKM"),),
    ),
    (
        "Meningkatnya akuntabilitas kinerja {opd}",
        (("Kualitas", "Nilai SAKIP {opd}", "75", "Nilai"),),
    ),
    (
        "Meningkatnya capaian program prioritas daerah pada {opd}",
        (("Kuantitas", "Persentase capaian indikator kinerja utama", "100", "%"),),
    ),
    (
        "Terwujudnya pengelolaan anggaran {opd} yang efektif",
        (("Kuantitas", "Persentase realisasi anggaran", "95", "%"),),
    ),
)
KECAMATAN_GOALS: tuple[Tpl, ...] = (
    (
        "Meningkatnya kualitas pelayanan administrasi di {opd}",
        (("Kualitas", "Indeks kepuasan masyarakat terhadap layanan kecamatan", "85", "Nilai IKM"),),
    ),
    (
        "Meningkatnya partisipasi masyarakat dalam pembangunan kelurahan",
        (
            (
                "Kuantitas",
                "Jumlah musyawarah perencanaan pembangunan yang terlaksana",
                "8",
                "Kegiatan",
            ),
        ),
    ),
    (
        "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan",
        (("Kuantitas", "Persentase gangguan ketertiban yang tertangani", "100", "%"),),
    ),
)
ADMINISTRATOR: tuple[Tpl, ...] = (
    (
        "Meningkatnya capaian program pada {unit}",
        (("Kuantitas", "Persentase capaian target kinerja program {unit}", "100", "%"),),
    ),
    (
        "Terlaksananya kegiatan {unit} sesuai rencana kerja",
        (
            ("Kuantitas", "Jumlah kegiatan yang terlaksana sesuai rencana", "12", "Kegiatan"),
            ("Waktu", "Waktu pelaksanaan kegiatan sesuai jadwal", "12", "Bulan"),
        ),
    ),
    (
        "Tersusunnya laporan kinerja {unit} yang akuntabel",
        (("Kuantitas", "Jumlah laporan kinerja yang disusun", "4", "Laporan"),),
    ),
)
PENGAWAS: tuple[Tpl, ...] = (
    (
        "Terlaksananya kegiatan {unit} yang tertib dan tepat waktu",
        (("Kuantitas", "Jumlah kegiatan {unit} yang terlaksana", "12", "Kegiatan"),),
    ),
    (
        "Tersusunnya laporan bulanan {unit}",
        (
            ("Kuantitas", "Jumlah laporan bulanan yang disusun", "12", "Laporan"),
            ("Waktu", "Ketepatan waktu penyampaian laporan", "12", "Bulan"),
        ),
    ),
    (
        "Terkelolanya administrasi dan data {unit}",
        (("Kualitas", "Persentase data yang mutakhir dan lengkap", "100", "%"),),
    ),
)
FUNGSIONAL: dict[str, tuple[Tpl, ...]] = {
    "Guru": (
        (
            "Terlaksananya pembelajaran yang berkualitas",
            (
                ("Kuantitas", "Jumlah perangkat pembelajaran yang disusun", "2", "Dokumen"),
                ("Kualitas", "Persentase peserta didik yang mencapai KKTP", "80", "%"),
            ),
        ),
        (
            "Terlaksananya penilaian hasil belajar peserta didik",
            (("Kuantitas", "Jumlah laporan hasil belajar yang disusun", "2", "Laporan"),),
        ),
    ),
    "Perawat": (
        (
            "Terlaksananya asuhan keperawatan pasien sesuai standar",
            (("Kuantitas", "Jumlah pasien yang mendapat asuhan keperawatan", "600", "Pasien"),),
        ),
        (
            "Terdokumentasinya asuhan keperawatan",
            (("Kualitas", "Persentase dokumen asuhan keperawatan yang lengkap", "95", "%"),),
        ),
    ),
    "Bidan": (
        (
            "Terlaksananya pelayanan kesehatan ibu dan anak",
            (
                (
                    "Kuantitas",
                    "Jumlah ibu hamil yang mendapat pemeriksaan antenatal",
                    "240",
                    "Orang",
                ),
            ),
        ),
        (
            "Terlaksananya pertolongan persalinan sesuai standar",
            (("Kuantitas", "Jumlah persalinan yang ditolong", "60", "Persalinan"),),
        ),
    ),
    "Dokter": (
        (
            "Terlaksananya pelayanan medis pasien rawat jalan",
            (("Kuantitas", "Jumlah pasien yang dilayani", "2400", "Pasien"),),
        ),
        (
            "Terlaksananya rujukan pasien secara tepat",
            (("Kualitas", "Persentase rujukan yang sesuai indikasi medis", "95", "%"),),
        ),
    ),
    "Analis Sumber Daya Manusia Aparatur": (
        (
            "Terlaksananya analisis kebutuhan diklat pegawai",
            (("Kuantitas", "Jumlah dokumen analisis kebutuhan diklat", "4", "Dokumen"),),
        ),
        (
            "Tersusunnya rekomendasi pengembangan karier ASN",
            (("Kuantitas", "Jumlah rekomendasi pengembangan karier", "12", "Rekomendasi"),),
        ),
    ),
    "Pranata Komputer": (
        (
            "Terkelolanya sistem informasi dan jaringan kantor",
            (
                ("Kuantitas", "Jumlah laporan pemeliharaan sistem", "12", "Laporan"),
                ("Kualitas", "Persentase ketersediaan layanan jaringan", "98", "%"),
            ),
        ),
    ),
    "Arsiparis": (
        (
            "Tertatanya arsip dinamis unit kerja",
            (("Kuantitas", "Jumlah berkas arsip yang ditata", "500", "Berkas"),),
        ),
    ),
    "Perencana": (
        (
            "Tersusunnya dokumen perencanaan dan evaluasi program",
            (("Kuantitas", "Jumlah dokumen perencanaan yang disusun", "3", "Dokumen"),),
        ),
    ),
    "Auditor": (
        (
            "Terlaksananya audit kinerja perangkat daerah",
            (("Kuantitas", "Jumlah laporan hasil audit", "6", "Laporan"),),
        ),
    ),
    "Polisi Pamong Praja": (
        (
            "Terlaksananya penegakan peraturan daerah",
            (("Kuantitas", "Jumlah kegiatan patroli dan penertiban", "48", "Kegiatan"),),
        ),
    ),
    "Penyuluh": (
        (
            "Terlaksananya penyuluhan kepada kelompok sasaran",
            (("Kuantitas", "Jumlah kegiatan penyuluhan", "24", "Kegiatan"),),
        ),
    ),
    "Analis": (
        (
            "Tersusunnya kajian dan rekomendasi kebijakan",
            (("Kuantitas", "Jumlah kajian yang disusun", "4", "Dokumen"),),
        ),
    ),
    "Pengawas": (
        (
            "Terlaksananya pengawasan sesuai rencana kerja",
            (("Kuantitas", "Jumlah laporan hasil pengawasan", "12", "Laporan"),),
        ),
    ),
}
FUNGSIONAL_DEFAULT: tuple[Tpl, ...] = (
    (
        "Terlaksananya tugas jabatan fungsional sesuai standar kompetensi",
        (("Kuantitas", "Jumlah kegiatan jabatan fungsional yang dilaksanakan", "12", "Kegiatan"),),
    ),
    (
        "Tersusunnya laporan pelaksanaan tugas jabatan fungsional",
        (("Kuantitas", "Jumlah laporan yang disusun", "4", "Laporan"),),
    ),
)
PELAKSANA: dict[str, tuple[Tpl, ...]] = {
    "Pengadministrasi Perkantoran": (
        (
            "Terkelolanya administrasi persuratan {unit}",
            (
                (
                    "Kuantitas",
                    "Jumlah surat masuk dan keluar yang diadministrasikan",
                    "600",
                    "Surat",
                ),
            ),
        ),
    ),
    "Operator Layanan Operasional": (
        (
            "Terlaksananya layanan operasional kantor",
            (("Kuantitas", "Jumlah layanan operasional yang diselesaikan", "240", "Layanan"),),
        ),
    ),
    "Pengelola Umum Operasional": (
        (
            "Terpeliharanya sarana dan prasarana kantor",
            (("Kuantitas", "Jumlah laporan pemeliharaan sarana prasarana", "12", "Laporan"),),
        ),
    ),
    "Pengolah Data dan Informasi": (
        (
            "Tersedianya data dan informasi {unit} yang mutakhir",
            (("Kuantitas", "Jumlah laporan pengolahan data", "12", "Laporan"),),
        ),
    ),
    "Pengelola Layanan Operasional": (
        (
            "Terkelolanya layanan administrasi kepegawaian dan keuangan",
            (("Kuantitas", "Jumlah berkas layanan yang diproses", "120", "Berkas"),),
        ),
    ),
    "Penata Layanan Operasional": (
        (
            "Tersusunnya bahan layanan operasional {unit}",
            (("Kuantitas", "Jumlah bahan layanan yang disusun", "12", "Dokumen"),),
        ),
    ),
    "Penelaah Teknis Kebijakan": (
        (
            "Tersusunnya telaahan teknis kebijakan",
            (("Kuantitas", "Jumlah telaahan staf yang disusun", "6", "Dokumen"),),
        ),
    ),
}
TAMBAHAN: tuple[Tpl, ...] = (
    (
        "Terlaksananya tugas sebagai panitia peringatan hari besar nasional",
        (("Kuantitas", "Jumlah kegiatan kepanitiaan yang diikuti", "2", "Kegiatan"),),
    ),
    (
        "Terlaksananya tugas sebagai anggota tim pengelola website instansi",
        (("Kuantitas", "Jumlah berita yang diunggah", "24", "Berita"),),
    ),
    (
        "Terlaksananya tugas sebagai anggota tim reformasi birokrasi",
        (("Kuantitas", "Jumlah rapat tim yang diikuti", "6", "Rapat"),),
    ),
)
EXPECTATIONS: dict[str, tuple[str, ...]] = {
    "berorientasi_pelayanan": (
        "Melayani pengguna layanan dengan ramah dan menyelesaikan permintaan pada hari yang sama",
        "Menindaklanjuti setiap keluhan masyarakat paling lambat dua hari kerja",
    ),
    "akuntabel": (
        "Menyelesaikan laporan tepat waktu tanpa catatan",
        "Hadir tepat waktu dan mengisi aktivitas harian setiap hari kerja",
    ),
    "kompeten": (
        "Mengikuti pengembangan kompetensi minimal 20 JP tahun ini",
        "Berbagi pengetahuan kepada rekan kerja melalui forum internal",
    ),
    "harmonis": (
        "Menjaga suasana kerja yang saling menghargai di unit kerja",
        "Membantu rekan kerja yang membutuhkan tanpa diminta",
    ),
    "loyal": (
        "Menjaga kerahasiaan data pegawai dan dokumen dinas",
        "Menjaga nama baik instansi di media sosial",
    ),
    "adaptif": (
        "Menggunakan aplikasi kerja baru tanpa menunda pekerjaan",
        "Mengusulkan minimal satu perbaikan proses kerja",
    ),
    "kolaboratif": (
        "Aktif berkoordinasi dengan bidang lain dalam kegiatan bersama",
        "Terbuka menerima masukan dan bekerja sama dalam tim",
    ),
}
LAMPIRAN_LINES = {
    "dukungan_sumber_daya": (
        "Anggaran kegiatan pada DPA unit kerja",
        "Sarana komputer dan jaringan internet kantor",
        "Dukungan data dari unit kerja terkait",
        "Aplikasi e-Kinerja dan SIMPEG",
    ),
    "skema_pertanggungjawaban": (
        "Laporan bulanan kepada atasan langsung",
        "Evaluasi kinerja triwulanan bersama pejabat penilai",
        "Laporan akhir tahun kepada pimpinan unit kerja",
    ),
    "konsekuensi": (
        "Capaian kinerja menjadi dasar pemberian TPP",
        "Rekomendasi pengembangan kompetensi bila target tidak tercapai",
        "Pembinaan oleh atasan langsung bila kinerja di bawah ekspektasi",
    ),
}
REJECT_NOTES = (
    "Target kuantitas belum menggambarkan beban kerja; sesuaikan dengan RHK atasan.",
    "Indikator kualitas belum terukur; tambahkan satuan yang jelas.",
    "RHK tambahan belum relevan dengan tugas jabatan; mohon diperbaiki.",
)


# --- model ----------------------------------------------------------------------------
@dataclass
class _Person:
    id: str
    nip: str
    name: str
    display: str
    status: str
    pangkat: str
    jabatan: str
    kind: str
    level: str
    unit_id: str | None
    head: bool
    snapshot: dict[str, str] = field(default_factory=dict)


@dataclass
class _Built:
    skp: dict[str, Any]
    rhk: list[dict[str, Any]]
    rhk_ids: list[str]


@dataclass
class _Rows:
    skp: list[dict[str, Any]] = field(default_factory=list)
    rhk: list[dict[str, Any]] = field(default_factory=list)
    indicator: list[dict[str, Any]] = field(default_factory=list)
    behaviour: list[dict[str, Any]] = field(default_factory=list)
    lampiran: list[dict[str, Any]] = field(default_factory=list)


class _Generator:
    def __init__(self, session: Session, seed: int, year: int, *, past: bool = False) -> None:
        self.rng = random.Random(seed * 7919 + year)
        # A past year's SKPs get ids of their own (the current year's stay as they were).
        self._id_rng = random.Random(seed * 104_729 + 3 + (year * 31 if past else 0))
        self.year = year
        self.past = past
        self.rows = _Rows()
        self.now = now_utc()
        self._load(session)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self._id_rng.getrandbits(128), version=4))

    def _load(self, session: Session) -> None:
        units = session.execute(
            select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.code).where(
                OrgUnit.deleted.is_(False)
            )
        ).all()
        self.unit_parent = {u[0]: u[1] for u in units}
        self.unit_name = {u[0]: u[2] for u in units}
        self.unit_code = {u[0]: u[3] for u in units}
        self.people: dict[str, _Person] = {}
        for e in session.execute(
            select(Employee)
            .where(Employee.deleted.is_(False), Employee.active.is_(True))
            .order_by(Employee.nip)
        ).scalars():
            if self.past and _appointed(e.nip) >= self.year:
                continue  # appointed (TMT CPNS / PPPK) that year or later: no full SKP
            self.people[e.id] = _Person(
                e.id,
                e.nip,
                e.name,
                person_display_name(e.front_title, e.name, e.back_title),
                e.status,
                e.pangkat_code,
                e.jabatan_name,
                e.jabatan_kind,
                e.jabatan_level,
                e.unit_id,
                e.is_unit_head,
            )
        self.supervisor: dict[str, str] = organisation.penilai_map(session, self.year)
        self.team: dict[str, list[str]] = {}
        self.subtree: dict[str, int] = {}
        for employee_id in self.people:
            boss = self.supervisor.get(employee_id)
            if boss in self.people:
                self.team.setdefault(boss, []).append(employee_id)

    # --- helpers ----------------------------------------------------------------------
    def _top(self, unit_id: str | None) -> str | None:
        current, seen = unit_id, set()
        while current and self.unit_parent.get(current) and current not in seen:
            seen.add(current)
            current = self.unit_parent[current]
        return current

    def _unit_label(self, unit_id: str | None) -> str:
        if not unit_id or unit_id not in self.unit_name:
            return ""
        top = self._top(unit_id)
        if top is None or top == unit_id:
            return self.unit_name[unit_id]
        return f"{self.unit_name[unit_id]}, {self.unit_name[top]}"

    def snapshot(self, person_id: str | None) -> dict[str, str]:
        person = self.people.get(person_id or "")
        if person is None:
            return {}
        if not person.snapshot:
            try:
                if person.status == AsnStatus.PPPK.value:
                    pangkat = pppk_golongan_by_code(person.pangkat).label
                else:
                    pangkat = pangkat_by_code(person.pangkat).label
            except ValueError:
                pangkat = person.pangkat
            person.snapshot = {
                "nama": person.display,
                "nip": format_nip(person.nip, person.status),
                "pangkat": pangkat,
                "jabatan": person.jabatan,
                "unit": self._unit_label(person.unit_id),
                "jabatan_kind": person.kind,
            }
        return person.snapshot

    def _short_unit(self, person: _Person) -> str:
        name = self.unit_name.get(person.unit_id or "", "unit kerja")
        for prefix in ("Subbagian ", "Seksi ", "Bidang ", "Bagian "):
            if name.startswith(prefix):
                return name[len(prefix) :]
        return name

    def _templates(self, person: _Person) -> tuple[tuple[Tpl, ...], dict[str, str]]:
        fmt = {
            "unit": self._short_unit(person),
            "opd": self.unit_name.get(person.unit_id or "", ""),
        }
        top = self._top(person.unit_id)
        if person.kind == JabatanKind.JPT.value:
            code = self.unit_code.get(top or "", "")
            fmt["opd"] = self.unit_name.get(top or "", "")
            if person.head and top == person.unit_id:
                return OPD_GOALS.get(code, GENERIC_GOALS), fmt
            return GENERIC_GOALS, fmt
        if person.level == "Administrator":
            if person.head and top == person.unit_id:  # camat
                fmt["opd"] = self.unit_name.get(top or "", "")
                return KECAMATAN_GOALS, fmt
            return ADMINISTRATOR, fmt
        if person.level == "Pengawas":
            return PENGAWAS, fmt
        if person.kind == JabatanKind.FUNGSIONAL.value:
            for key, templates in FUNGSIONAL.items():
                if person.jabatan.startswith(key):
                    return templates, fmt
            return FUNGSIONAL_DEFAULT, fmt
        return PELAKSANA.get(person.jabatan, PENGAWAS[:1] + FUNGSIONAL_DEFAULT[1:]), fmt

    def _sync(self, row: dict[str, Any]) -> dict[str, Any]:
        row.update(version=1, updated_at=self.now, updated_by="demo", deleted=False)
        return row

    def _moment(self, after: datetime | None, days: tuple[int, int]) -> datetime:
        start = after or datetime(self.year, 1, 2, 1, 0)
        moment = start + timedelta(
            days=self.rng.randint(*days),
            hours=self.rng.randint(0, 7),
            minutes=self.rng.randint(0, 59),
        )
        return min(moment, self.now - timedelta(minutes=self.rng.randint(5, 600)))

    # --- one SKP ----------------------------------------------------------------------
    def build(self, person: _Person, parent: _Built | None, order: int) -> _Built:
        rng = self.rng
        jpt = person.kind == JabatanKind.JPT.value
        penilai = self.supervisor.get(person.id)
        penilai = penilai if penilai in self.people else None
        atasan = self.supervisor.get(penilai or "")
        atasan = atasan if atasan in self.people else None
        parent_ok = parent is not None and parent.skp["status"] == SkpStatus.DISETUJUI.value
        opd_head = jpt and person.head and self._top(person.unit_id) == person.unit_id
        needs_parent = not jpt or not opd_head
        if penilai is None and not (jpt and opd_head):
            status = SkpStatus.DRAFT  # no penilai mapped yet: cannot be submitted
        elif needs_parent and not parent_ok and penilai is not None:
            status = SkpStatus.DRAFT  # waits for the supervisor's approved SKP
        else:
            size = self.subtree.get(person.id, 0)
            mix = STATUS_MIX if not size else LEADER_MIX
            # Heads of large trees approve early, or the whole tree would wait on them.
            status = SkpStatus.DISETUJUI if size >= BIG_TEAM else SkpStatus(self._pick(mix))
        if penilai is None and opd_head:
            status = SkpStatus.DISETUJUI  # the Sekda: approved by the Wali Kota, outside
        if self.past and (penilai is not None or opd_head):
            status = SkpStatus.DISETUJUI  # a past year: every SKP was approved
        approach = (
            SkpApproach.KUALITATIF
            if not jpt and rng.random() < KUALITATIF_SHARE
            else SkpApproach.KUANTITATIF
        )
        templates, fmt = self._templates(person)
        main = list(templates)
        rng.shuffle(main)
        count = min(len(main), rng.randint(2, 3)) if len(main) > 1 else 1
        chosen = [("Utama", t) for t in main[:count]]
        if not jpt and rng.random() < 0.35:
            chosen.append(("Tambahan", rng.choice(TAMBAHAN)))
        parents = parent.rhk_ids if parent_ok and parent is not None and needs_parent else []
        skp_id = self.new_id()
        rhk_rows: list[dict[str, Any]] = []
        rhk_data: list[RhkData] = []
        perspektif = list(Perspektif)
        for position, (kind, (text, indicators)) in enumerate(chosen):
            rhk_id = self.new_id()
            parent_id = parents[(order + position) % len(parents)] if parents else None
            persp = perspektif[position % len(perspektif)].value if jpt else ""
            rhk_text = text.format(**fmt)
            ind_data: list[IndicatorData] = []
            for ipos, (aspect, raw, value, unit) in enumerate(indicators):
                itext = raw.format(**fmt)
                if approach is SkpApproach.KUALITATIF:
                    value_, unit_ = "", ""
                    target_text = f"{itext} tercapai sesuai rencana dengan kualitas baik"
                else:
                    value_, unit_, target_text = value, unit, ""
                ind_id = self.new_id()
                self.rows.indicator.append(
                    self._sync(
                        {
                            "id": ind_id,
                            "rhk_id": rhk_id,
                            "position": ipos,
                            "aspect": aspect,
                            "text": itext,
                            "target_value": value_,
                            "target_unit": unit_,
                            "target_text": target_text,
                        }
                    )
                )
                ind_data.append(IndicatorData(aspect, itext, value_, unit_, target_text, ind_id))
            row = self._sync(
                {
                    "id": rhk_id,
                    "skp_id": skp_id,
                    "position": position,
                    "kind": kind,
                    "text": rhk_text,
                    "parent_rhk_id": parent_id,
                    "perspektif": persp,
                }
            )
            rhk_rows.append(row)
            rhk_data.append(RhkData(kind, rhk_text, tuple(ind_data), parent_id, persp, rhk_id))
        self.rows.rhk.extend(rhk_rows)
        lampiran: dict[str, tuple[str, ...]] = {}
        for section, lines in LAMPIRAN_LINES.items():
            picked = rng.sample(lines, rng.randint(1, 2))
            lampiran[section] = tuple(picked)
            for position, text in enumerate(picked):
                self.rows.lampiran.append(
                    self._sync(
                        {
                            "id": self.new_id(),
                            "skp_id": skp_id,
                            "section": section,
                            "position": position,
                            "text": text,
                        }
                    )
                )
        expectations: list[tuple[str, str]] = []
        if status is not SkpStatus.DRAFT or rng.random() < 0.3:
            for core in BERAKHLAK:
                if penilai is None:
                    break
                text = rng.choice(EXPECTATIONS[core.code])
                expectations.append((core.code, text))
                self.rows.behaviour.append(
                    self._sync(
                        {
                            "id": self.new_id(),
                            "skp_id": skp_id,
                            "value_code": core.code,
                            "expectation": text,
                        }
                    )
                )
        submitted = decided = None
        note = ""
        if status is not SkpStatus.DRAFT:
            floor = parent.skp["decided_at"] if parent_ok and parent is not None else None
            submitted = self._moment(floor, (1, 20))
        if status in (SkpStatus.DISETUJUI, SkpStatus.DITOLAK):
            decided = self._moment(submitted, (1, 10))
        if status is SkpStatus.DITOLAK:
            note = rng.choice(REJECT_NOTES)
        snapshots = status is not SkpStatus.DRAFT
        penilai_snapshot = self.snapshot(penilai) if snapshots else {}
        if snapshots and penilai is None:
            penilai_snapshot = {"nama": "Wali Kota Palu", "jabatan": "Wali Kota Palu"}
        start, end = date(self.year, 1, 1), date(self.year, 12, 31)
        skp = self._sync(
            {
                "id": skp_id,
                "employee_id": person.id,
                "year": self.year,
                "revision": 1,
                "previous_id": None,
                "period_start": start,
                "period_end": end,
                "approach": approach.value,
                "status": status.value,
                "penilai_id": penilai,
                "atasan_penilai_id": atasan,
                "pegawai_snapshot": json.dumps(
                    self.snapshot(person.id) if snapshots else {}, sort_keys=True
                ),
                "penilai_snapshot": json.dumps(penilai_snapshot, sort_keys=True),
                "atasan_snapshot": json.dumps(
                    self.snapshot(atasan) if snapshots else {}, sort_keys=True
                ),
                "submitted_at": submitted,
                "decided_at": decided,
                "decision_note": note,
                "content_hash": "",
            }
        )
        if status is SkpStatus.DISETUJUI:
            stored = dict(expectations)
            skp["content_hash"] = hash_content(
                employee_id=person.id,
                year=self.year,
                revision=1,
                period=(start, end),
                approach=approach.value,
                rhk=rhk_data,
                expectations=[(v.code, stored.get(v.code, "")) for v in BERAKHLAK],
                lampiran=LampiranData(**lampiran),
            )
        self.rows.skp.append(skp)
        return _Built(skp, rhk_rows, [r["id"] for r in rhk_rows if r["kind"] == "Utama"])

    def _pick(self, weighted: Sequence[tuple[SkpStatus, int]]) -> SkpStatus:
        items = [s for s, _w in weighted]
        weights = [w for _s, w in weighted]
        return self.rng.choices(items, weights)[0]

    def run(self) -> dict[str, int]:
        """Top-down (breadth-first from the people without a supervisor)."""
        built: dict[str, _Built] = {}
        roots = [p for p in self.people if self.supervisor.get(p) not in self.people]
        queue = list(roots)
        head = 0
        while head < len(queue):  # breadth-first order, then size every subtree
            queue.extend(self.team.get(queue[head], []))
            head += 1
        for person_id in reversed(queue):
            self.subtree[person_id] = sum(
                1 + self.subtree.get(m, 0) for m in self.team.get(person_id, [])
            )
        order: dict[str, int] = {}
        for person_id in queue:
            boss = self.supervisor.get(person_id)
            index = order.get(boss or "", 0)
            order[boss or ""] = index + 1
            built[person_id] = self.build(self.people[person_id], built.get(boss or ""), index)
        counts: dict[str, int] = {}
        for item in built.values():
            counts[item.skp["status"]] = counts.get(item.skp["status"], 0) + 1
        return counts


def _appointed(nip: str) -> int:
    """TMT CPNS year (PNS) or appointment year (PPPK): digits 9-12 of the NIP."""
    try:
        return int(nip[8:12])
    except ValueError:
        return 0


def populate_skps(
    ws: Workspace,
    result: DemoResult,
    *,
    seed: int,
    year: int,
    progress: Progress,
    past: bool = False,
) -> None:
    """Add the demo SKPs of ``year`` to a workspace that already has the demo master data
    (``past``: an earlier year, every SKP approved)."""
    progress(0, 1, _("Menyusun SKP contoh"))
    with ws.write(actor="demo") as session:
        gen = _Generator(session, seed, year, past=past)
        counts = gen.run()
        rows = gen.rows
        batches: list[Batch] = [
            (Skp, rows.skp, _("SKP")),
            (SkpRhk, rows.rhk, _("Rencana hasil kerja")),
            (SkpIndicator, rows.indicator, _("Indikator kinerja")),
            (SkpBehaviour, rows.behaviour, _("Ekspektasi perilaku")),
            (SkpLampiranItem, rows.lampiran, _("Lampiran SKP")),
        ]
        total = insert_batches(session, ws.node.id, batches, chunk=CHUNK, progress=progress)
        summary = {
            _("SKP {year} {status}").format(year=year, status=status.value): counts.get(
                status.value, 0
            )
            for status in SkpStatus
        }
        result.counts.update(summary)
        record_demo(
            session, ws, "demo.skp", {"year": year, "seed": seed, "skp": len(rows.skp), **counts}
        )
    progress(total, total, _("Selesai"))
