"""Realistic Indonesian sample data and PDF text helpers for the report tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from ekinerja_desktop.reports.documents import (
    EvaluationCover,
    EvaluationDocument,
    EvaluationIndicator,
    EvaluationPerilakuRow,
    EvaluationRhkRow,
    Lampiran,
    PerilakuRow,
    PersonBlock,
    SkpDocument,
    SkpIndicator,
    SkpRhkRow,
)

PEGAWAI = PersonBlock(
    nama="Andi Rahmat Lamasituju, S.Kom., M.T.",
    nip="19850317 201001 1 004",
    pangkat="Penata Tingkat I (III/d)",
    jabatan="Pranata Komputer Ahli Muda",
    unit_kerja=(
        "Bidang Aplikasi Informatika, Dinas Komunikasi, Informatika, Persandian dan Statistik"
    ),
)
PENILAI = PersonBlock(
    nama="Dra. Hj. Nurhayati Lamakarate, M.Si.",
    nip="19720504 199803 2 007",
    pangkat="Pembina Tingkat I (IV/b)",
    jabatan="Kepala Bidang Aplikasi Informatika",
    unit_kerja="Dinas Komunikasi, Informatika, Persandian dan Statistik Kota Palu",
)
ATASAN = PersonBlock(
    nama="Dr. Ir. Muhammad Arief Tombolotutu, M.M.",
    nip="19680921 199403 1 002",
    pangkat="Pembina Utama Muda (IV/c)",
    jabatan="Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik",
    unit_kerja="Pemerintah Kota Palu",
)

LONG_RHK = (
    "Terlaksananya pengembangan, pemeliharaan dan integrasi aplikasi layanan publik "
    "berbasis elektronik pada seluruh perangkat daerah di lingkungan Pemerintah Kota Palu "
    "yang mencakup analisis kebutuhan pengguna, perancangan basis data, pengujian keamanan, "
    "penyusunan dokumentasi teknis dan manual pengguna, serta pendampingan operator di setiap "
    "kecamatan dan kelurahan sehingga layanan administrasi kependudukan, perizinan dan "
    "pengaduan masyarakat dapat diakses secara daring dengan waktu tanggap kurang dari satu "
    "hari kerja sesuai standar pelayanan minimal"
)
LONG_PIMPINAN = (
    "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik (SPBE) "
    "di lingkungan Pemerintah Kota Palu melalui keterpaduan layanan aplikasi umum dan khusus, "
    "tata kelola data yang andal, serta keamanan informasi yang terjamin bagi seluruh perangkat "
    "daerah, kecamatan dan kelurahan sehingga indeks SPBE Kota Palu mencapai predikat baik "
    "pada evaluasi nasional tahun berjalan"
)

TOPICS = [
    "penyusunan laporan pemeliharaan server dan jaringan pusat data",
    "pendampingan operator aplikasi e-Kinerja di kecamatan",
    "pengelolaan nama domain dan subdomain palukota.go.id",
    "pemutakhiran konten portal resmi Pemerintah Kota Palu",
    "penanganan insiden keamanan informasi dan pemulihan layanan",
    "penyusunan standar operasional prosedur pengelolaan aplikasi",
    "integrasi data kepegawaian dengan BKPSDM Kota Palu",
    "pelatihan literasi digital bagi aparatur kelurahan",
    "pengujian kerentanan aplikasi layanan publik",
    "pengelolaan layanan surat elektronik dinas",
    "pemantauan ketersediaan jaringan intra pemerintah",
    "pengumpulan dan validasi data statistik sektoral",
]

BERAKHLAK = [
    (
        "Berorientasi Pelayanan",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    (
        "Akuntabel",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin "
            "dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, "
            "efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    (
        "Kompeten",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    (
        "Harmonis",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    (
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI "
            "serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    (
        "Adaptif",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    (
        "Kolaboratif",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
]
VALUE_NAMES = [name for name, _ in BERAKHLAK]


def normalise(text: str) -> str:
    """Collapse whitespace so wrapped lines compare equal to the source text."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """Extract the text of every page."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    """Whitespace-normalised text of the whole PDF."""
    return normalise(" ".join(pdf_pages(path)))


def assert_all_in(text: str, *needles: str) -> None:
    """Every one of ``needles`` is in ``text`` (a failure names the one missing)."""
    for needle in needles:
        assert needle in text, needle


def written(build: Callable[[Any, Path], object], doc: object, path: Path) -> Path:
    """``path``, after ``build`` (a PDF builder) wrote ``doc`` to it."""
    build(doc, path)
    return path


# The headings every Dokumen SKP prints (a quantitative one of the city).
SKP_HEADINGS = (
    "SASARAN KINERJA PEGAWAI",
    "PENDEKATAN HASIL KERJA KUANTITATIF",
    "PEMERINTAH KOTA PALU",
    "PEGAWAI YANG DINILAI",
    "PEJABAT PENILAI KINERJA",
    "HASIL KERJA",
    "A. Utama",
    "B. Tambahan",
    "PERILAKU KERJA",
    "Ekspektasi Khusus Pimpinan",
    "LAMPIRAN SASARAN KINERJA PEGAWAI",
    "DUKUNGAN SUMBER DAYA",
    "SKEMA PERTANGGUNGJAWABAN",
    "KONSEKUENSI",
)


def one_rhk(rhk: str, indicator: SkpIndicator, rhk_pimpinan: str = "") -> tuple[SkpRhkRow]:
    """The results of an SKP with a single main RHK and its one indicator."""
    return (SkpRhkRow("Utama", rhk_pimpinan, rhk, (indicator,)),)


def make_rhk_rows(n_utama: int = 22, n_tambahan: int = 5) -> tuple[SkpRhkRow, ...]:
    rows: list[SkpRhkRow] = [
        SkpRhkRow(
            jenis="Utama",
            rhk_pimpinan=LONG_PIMPINAN,
            rhk=LONG_RHK,
            indicators=(
                SkpIndicator(
                    "Kuantitas", "Jumlah aplikasi layanan publik yang terintegrasi", "12 Aplikasi"
                ),
                SkpIndicator(
                    "Kualitas",
                    "Persentase aplikasi lulus uji keamanan tanpa temuan kritis",
                    "100 %",
                ),
                SkpIndicator("Waktu", "Waktu penyelesaian integrasi seluruh aplikasi", "12 Bulan"),
            ),
        )
    ]
    for i in range(1, n_utama):
        topic = TOPICS[i % len(TOPICS)]
        rows.append(
            SkpRhkRow(
                jenis="Utama",
                rhk_pimpinan=f"Meningkatnya kualitas layanan TIK melalui {topic} nomor {i}",
                rhk=f"Terlaksananya {topic} (kegiatan {i}) secara tepat waktu dan akurat",
                indicators=(
                    SkpIndicator("Kuantitas", f"Jumlah dokumen {topic} ke-{i}", f"{i + 2} Dokumen"),
                ),
            )
        )
    for i in range(n_tambahan):
        rows.append(
            SkpRhkRow(
                jenis="Tambahan",
                rhk_pimpinan="",
                rhk=f"Menjadi narasumber kegiatan sosialisasi SPBE tambahan {i + 1}",
                indicators=(
                    SkpIndicator(
                        "Kuantitas", f"Jumlah kegiatan narasumber tambahan {i + 1}", "2 Kegiatan"
                    ),
                ),
            )
        )
    return tuple(rows)


def make_skp(status: str = "Disetujui", **overrides: object) -> SkpDocument:
    fields: dict[str, object] = {
        "instansi": "Pemerintah Kota Palu",
        "tahun": 2025,
        "periode_awal": date(2025, 1, 1),
        "periode_akhir": date(2025, 12, 31),
        "pendekatan": "Kuantitatif",
        "pegawai": PEGAWAI,
        "penilai": PENILAI,
        "hasil_kerja": make_rhk_rows(),
        "perilaku": tuple(
            PerilakuRow(
                name,
                behaviours,
                f"Ekspektasi khusus pimpinan untuk nilai {name}: "
                "responsif terhadap permintaan layanan perangkat daerah.",
            )
            for name, behaviours in BERAKHLAK
        ),
        "lampiran": Lampiran(
            dukungan_sumber_daya=(
                "Anggaran pemeliharaan server pada DPA Dinas Kominfo Tahun 2025",
                "Akses jaringan intra pemerintah dan ruang server",
            ),
            skema_pertanggungjawaban=(
                "Laporan bulanan kepada Kepala Bidang Aplikasi Informatika",
                "Laporan akhir tahun yang diverifikasi oleh Sekretaris Dinas",
            ),
            konsekuensi=(
                "Apabila target tidak tercapai, pegawai wajib menyusun rencana perbaikan kinerja",
                "Capaian kinerja menjadi dasar pemberian Tambahan Penghasilan Pegawai (TPP)",
            ),
        ),
        "tanggal": date(2025, 1, 6),
        "status": status,
    }
    fields.update(overrides)
    return SkpDocument(**fields)  # type: ignore[arg-type]


# The three people of an evaluation document.
SIGNATORIES = {"pegawai": PEGAWAI, "penilai": PENILAI, "atasan_penilai": ATASAN}


def _period_of_2025(label: str, end: date) -> dict[str, object]:
    return {"periode_label": label, "periode_awal": date(2025, 1, 1), "periode_akhir": end}


def make_evaluation(status: str = "Ditandatangani", n_rows: int = 26) -> EvaluationDocument:
    rows: list[EvaluationRhkRow] = []
    for i, row in enumerate(make_rhk_rows(n_utama=n_rows - 4, n_tambahan=4)):
        rows.append(
            EvaluationRhkRow(
                jenis=row.jenis,
                rhk=row.rhk,
                rhk_pimpinan=row.rhk_pimpinan,
                indicators=tuple(
                    EvaluationIndicator(
                        indikator=ind.indikator,
                        target=ind.target,
                        realisasi=f"Realisasi {ind.target} sesuai bukti dukung nomor {i + 1}",
                        aspek=ind.aspek,
                    )
                    for ind in row.indicators
                ),
                umpan_balik=(
                    f"Umpan balik RHK {i + 1}: pertahankan kualitas dan "
                    "dokumentasikan bukti dukung."
                ),
            )
        )
    return EvaluationDocument(
        instansi="Pemerintah Kota Palu",
        tahun=2025,
        **_period_of_2025("Triwulan I", date(2025, 3, 31)),
        pendekatan="Kuantitatif",
        **SIGNATORIES,
        capaian_kinerja_organisasi="Baik",
        pola_distribusi=(
            "Baik: predikat Baik paling banyak 70%, minimal satu Butuh Perbaikan atau Kurang"
        ),
        hasil_kerja=tuple(rows),
        rating_hasil_kerja="Sesuai Ekspektasi",
        perilaku=tuple(
            EvaluationPerilakuRow(
                name, behaviours, f"Umpan balik perilaku {name}: sudah sesuai ekspektasi."
            )
            for name, behaviours in BERAKHLAK
        ),
        rating_perilaku_kerja="Di Atas Ekspektasi",
        predikat="Baik",
        catatan=(
            "Pegawai menunjukkan kinerja yang konsisten; "
            "perlu peningkatan dokumentasi bukti dukung."
        ),
        tanggal=date(2025, 4, 7),
        status=status,
    )


def make_cover(status: str = "Ditandatangani", catatan: str | None = None) -> EvaluationCover:
    return EvaluationCover(
        **_period_of_2025("Akhir", date(2025, 12, 31)),
        instansi="Pemerintah Kota Palu",
        **SIGNATORIES,
        capaian_kinerja_organisasi="Istimewa",
        predikat="Sangat Baik",
        catatan_rekomendasi=catatan
        if catatan is not None
        else "Direkomendasikan mengikuti pelatihan keamanan informasi tingkat lanjut.",
        tanggal=date(2026, 1, 12),
        status=status,
    )
