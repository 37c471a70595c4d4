"""Errors of the exporter, importer and enrollment, with Indonesian messages."""

from __future__ import annotations

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.sync.errors import MESSAGES, RESEND, BundleError

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "enroll_invalid": (
        "Berkas pendaftaran node atau sertifikat tidak sah atau rusak.",
        "Buat ulang berkas permintaan pendaftaran di node tersebut, lalu ulangi.",
    ),
    "enroll_unexpected": (
        "Bundel pendaftaran ini bukan untuk node ini atau node ini sudah terdaftar.",
        "Periksa berkasnya; bila perlu minta BKPSDM membuat bundel pendaftaran baru.",
    ),
    "enroll_fingerprint": (
        "Sidik jari kunci pusat tidak sama dengan yang diberikan.",
        "Jangan impor bundel ini. Hubungi BKPSDM dan bandingkan sidik jari lewat telepon.",
    ),
    "certificate_expired": (
        "Sertifikat node pengirim sudah kedaluwarsa.",
        "Minta BKPSDM memperpanjang pendaftaran node pengirim.",
    ),
    "manifest_invalid": ("Daftar isi (manifest) bundel tidak sah.", RESEND),
    "schema_too_new": (
        "Bundel berisi data dari versi aplikasi yang lebih baru.",
        "Perbarui aplikasi e-Kinerja Desktop, lalu impor ulang.",
    ),
    "row_invalid": ("Bundel berisi baris data yang tidak sah.", RESEND),
    "blob_mismatch": (
        "Lampiran (berkas bukti dukung) di dalam bundel tidak cocok dengan manifest.",
        RESEND,
    ),
    "blob_too_large": (
        "Lampiran (berkas bukti dukung) di dalam bundel melebihi batas ukuran bukti dukung "
        "di node ini.",
        "Naikkan batas ukuran bukti dukung (evidence_max_mb) di Pengaturan node ini agar "
        "sama dengan node pengirim, lalu impor ulang.",
    ),
    "member_hash": ("Isi tabel di dalam bundel tidak cocok dengan manifest.", RESEND),
    "node_not_enrolled": (
        "Node tujuan belum terdaftar di node ini.",
        "Lakukan pendaftaran node terlebih dahulu (ekinerja sync enroll).",
    ),
    "node_ambiguous": (
        "Nama node tujuan cocok dengan lebih dari satu node.",
        "Tulis ID node selengkapnya.",
    ),
    "ranges_foreign": (
        N_(
            "Bundel menyatakan menerima atau membawa data milik node lain; hanya pusat "
            "yang boleh meneruskan data node lain."
        ),
        N_("Jangan gunakan bundel ini. Hubungi admin node pengirim dan BKPSDM."),
    ),
    "enroll_fingerprint_missing": (
        N_("Sidik jari kunci pusat belum dibandingkan untuk bundel pendaftaran ini."),
        N_(
            "Bandingkan sidik jari pusat lewat telepon dengan BKPSDM, lalu impor dengan "
            "--fingerprint SIDIK_JARI (atau konfirmasi sidik jarinya di halaman Sinkronisasi)."
        ),
    ),
    "bundle_invalid": (
        N_("Bundel berisi nilai yang tidak dapat diproses."),
        N_("Minta pengirim mengekspor ulang bundel; bundel lain tetap diimpor."),
    ),
    "not_central": (
        "Perintah ini hanya dapat dijalankan di node pusat (BKPSDM).",
        "Jalankan di komputer BKPSDM.",
    ),
}


class SyncError(BundleError):
    """A bundle or enrollment rejected by the sync layer (not by the container)."""

    def __init__(self, code: str, detail: str = "") -> None:
        what, todo = (
            SYNC_MESSAGES.get(code)
            or MESSAGES.get(code)
            or (
                "Bundel tidak dapat diproses.",
                RESEND,
            )
        )
        what, todo = _(what), _(todo)
        EkinerjaError.__init__(self, f"{what} {todo}", hint=todo, code=code)
        self.detail = detail
