"""Plain-data inputs for the official PDF documents (SKP, evaluation, evaluation cover)
and the verification stamp every registered document carries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ekinerja_desktop.domain import verification
from ekinerja_desktop.domain.skp import EvaluationStatus

JenisRhk = Literal["Utama", "Tambahan"]

#: SKP status that removes the draft mark from the printed SKP.
SKP_FINAL_STATUS = "Disetujui"

#: Evaluation statuses that remove the draft mark from printed evaluations.
# Signed evaluations, acknowledged ones included (an acknowledgement comes after signing):
# the statuses of domain.EvaluationStatus that print without the draft mark.
EVALUATION_FINAL_STATUSES = frozenset(
    {EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value}
)


@dataclass(frozen=True)
class PersonBlock:
    """Snapshot of one person as printed in identity and signature blocks."""

    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit_kerja: str

    @classmethod
    def from_snapshot(cls, snap: Mapping[str, str]) -> PersonBlock:
        """The block of a stored person snapshot (``nama``, ``nip``, ``pangkat``,
        ``jabatan``, ``unit``; missing keys print empty)."""
        return cls(
            nama=snap.get("nama", ""),
            nip=snap.get("nip", ""),
            pangkat=snap.get("pangkat", ""),
            jabatan=snap.get("jabatan", ""),
            unit_kerja=snap.get("unit", ""),
        )


@dataclass(frozen=True)
class SkpIndicator:
    """One IKI (Indikator Kinerja Individu) under an RHK."""

    aspek: str
    indikator: str
    target: str


@dataclass(frozen=True)
class SkpRhkRow:
    """One RHK (Rencana Hasil Kerja) with its indicators."""

    jenis: JenisRhk
    rhk_pimpinan: str
    rhk: str
    indicators: tuple[SkpIndicator, ...]
    perspektif: str = ""


@dataclass(frozen=True)
class PerilakuRow:
    """One BerAKHLAK value with its standard behaviours and the leader's expectation."""

    nama_nilai: str
    perilaku: tuple[str, ...]
    ekspektasi: str


@dataclass(frozen=True)
class Lampiran:
    """The three free-text lists of the SKP attachment page."""

    dukungan_sumber_daya: tuple[str, ...] = ()
    skema_pertanggungjawaban: tuple[str, ...] = ()
    konsekuensi: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SkpDocument:
    """Everything printed on a Dokumen SKP (main pages plus the Lampiran page)."""

    instansi: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    pendekatan: str
    pegawai: PersonBlock
    penilai: PersonBlock
    hasil_kerja: tuple[SkpRhkRow, ...]
    perilaku: tuple[PerilakuRow, ...]
    lampiran: Lampiran
    tanggal: date
    status: str
    tempat: str = "Palu"
    revisi: int = 1
    is_jpt: bool = False

    @property
    def is_final(self) -> bool:
        """True when the SKP is approved, i.e. printed without the draft mark."""
        return self.status == SKP_FINAL_STATUS


@dataclass(frozen=True)
class EvaluationIndicator:
    """One IKI line of an evaluated RHK: target versus evidence-based realisation."""

    indikator: str
    target: str
    realisasi: str
    aspek: str = ""


@dataclass(frozen=True)
class EvaluationRhkRow:
    """One evaluated RHK with its indicator lines and the supervisor's feedback."""

    jenis: JenisRhk
    rhk: str
    indicators: tuple[EvaluationIndicator, ...]
    umpan_balik: str
    rhk_pimpinan: str = ""
    perspektif: str = ""


@dataclass(frozen=True)
class EvaluationPerilakuRow:
    """Feedback on one BerAKHLAK value."""

    nama_nilai: str
    perilaku: tuple[str, ...]
    umpan_balik: str


@dataclass(frozen=True, kw_only=True)
class EvaluationDocument:
    """Everything printed on an Evaluasi Kinerja Pegawai document."""

    instansi: str
    tahun: int
    periode_label: str
    periode_awal: date
    periode_akhir: date
    pendekatan: str
    pegawai: PersonBlock
    penilai: PersonBlock
    atasan_penilai: PersonBlock
    capaian_kinerja_organisasi: str
    pola_distribusi: str
    hasil_kerja: tuple[EvaluationRhkRow, ...]
    rating_hasil_kerja: str
    perilaku: tuple[EvaluationPerilakuRow, ...]
    rating_perilaku_kerja: str
    predikat: str
    tanggal: date
    status: str
    catatan: str = ""
    tempat: str = "Palu"
    is_jpt: bool = False

    @property
    def is_final(self) -> bool:
        """True when the evaluation is signed, i.e. printed without the draft mark."""
        return self.status in EVALUATION_FINAL_STATUSES


@dataclass(frozen=True, kw_only=True)
class EvaluationCover:
    """The one-page Dokumen Evaluasi Kinerja Pegawai."""

    periode_label: str
    instansi: str
    pegawai: PersonBlock
    penilai: PersonBlock
    atasan_penilai: PersonBlock
    capaian_kinerja_organisasi: str
    predikat: str
    tanggal: date
    status: str
    catatan_rekomendasi: str = ""
    tempat: str = "Palu"
    periode_awal: date | None = None
    periode_akhir: date | None = None

    @property
    def is_final(self) -> bool:
        """True when the evaluation is signed, i.e. printed without the draft mark."""
        return self.status in EVALUATION_FINAL_STATUSES


@dataclass(frozen=True)
class VerificationStamp:
    """What a registered document prints in every page footer and in its metadata: the
    verification code, the SHA-256 of the record's content it was rendered from, and the
    QR payload made of the two (nothing personal)."""

    code: str
    content_hash: str

    @property
    def short_hash(self) -> str:
        return verification.short_hash(self.content_hash)

    @property
    def payload(self) -> str:
        return verification.payload(self.code, self.content_hash)
