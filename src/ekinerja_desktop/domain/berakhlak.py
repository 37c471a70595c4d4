"""The 7 BerAKHLAK core values of ASN and their standard behaviours (SE MenPANRB 20/2021)."""

from __future__ import annotations

from dataclasses import dataclass

from ekinerja_desktop.domain.parsing import norm_key


@dataclass(frozen=True)
class CoreValue:
    """One core value: stable code, display name and its 3 standard behaviours."""

    code: str
    name: str
    behaviours: tuple[str, str, str]

    @property
    def number(self) -> int:
        """1-based position, as numbered in the Perilaku Kerja table."""
        return BERAKHLAK.index(self) + 1


BERAKHLAK: tuple[CoreValue, ...] = (
    CoreValue(
        code="berorientasi_pelayanan",
        name="Berorientasi Pelayanan",
        behaviours=(
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    CoreValue(
        code="akuntabel",
        name="Akuntabel",
        behaviours=(
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    CoreValue(
        code="kompeten",
        name="Kompeten",
        behaviours=(
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    CoreValue(
        code="harmonis",
        name="Harmonis",
        behaviours=(
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    CoreValue(
        code="loyal",
        name="Loyal",
        behaviours=(
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    CoreValue(
        code="adaptif",
        name="Adaptif",
        behaviours=(
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    CoreValue(
        code="kolaboratif",
        name="Kolaboratif",
        behaviours=(
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
)

_BY_KEY = {norm_key(v.code): v for v in BERAKHLAK} | {norm_key(v.name): v for v in BERAKHLAK}


def core_value(code: str) -> CoreValue:
    """Look up a core value by code ("akuntabel") or name ("Berorientasi Pelayanan")."""
    found = _BY_KEY.get(norm_key(code))
    if found is None:
        valid = ", ".join(v.code for v in BERAKHLAK)
        raise ValueError(f"Nilai BerAKHLAK tidak dikenal: {code!r}. Kode yang valid: {valid}.")
    return found
