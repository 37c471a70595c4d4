"""Bundle, strict-JSON and node-key errors: a stable ``code`` plus an Indonesian message."""

from __future__ import annotations

from ekinerja_desktop.domain.errors import EkinerjaError

# The usual "what to do" of a damaged bundle.
RESEND = "Minta pengirim mengekspor ulang bundel."

# code -> (what happened, what to do). The codes are stable; tests and the importer use them.
MESSAGES: dict[str, tuple[str, str]] = {
    # outer container
    "read_failed": (
        "Berkas bundel tidak dapat dibaca.",
        "Periksa bahwa berkas masih ada dan media penyimpanan (flashdisk) terpasang.",
    ),
    "too_large": (
        "Berkas bundel melebihi batas ukuran yang diizinkan.",
        "Minta pengirim mengekspor data dalam beberapa bundel yang lebih kecil.",
    ),
    "container_corrupt": ("Berkas bundel rusak atau terpotong.", RESEND),
    "unexpected_member": (
        "Berkas bundel berisi bagian yang tidak dikenal atau kehilangan bagian wajib.",
        "Berkas ini bukan bundel e-Kinerja yang sah. " + RESEND,
    ),
    "unsafe_name": (
        "Berkas bundel berisi nama berkas yang tidak aman (misalnya ../ atau path absolut).",
        "Bundel ditolak demi keamanan. Laporkan ke admin BKPSDM.",
    ),
    "duplicate_member": (
        "Berkas bundel berisi nama berkas ganda.",
        "Bundel ditolak demi keamanan. " + RESEND,
    ),
    # header
    "header_too_large": ("Kepala (header) bundel terlalu besar.", RESEND),
    "header_invalid": ("Kepala (header) bundel tidak sah atau rusak.", RESEND),
    "format_unknown": (
        "Berkas ini bukan bundel e-Kinerja.",
        "Pilih berkas berekstensi .ekb yang diekspor dari e-Kinerja Desktop.",
    ),
    "format_too_new": (
        "Bundel dibuat oleh versi aplikasi yang lebih baru.",
        "Perbarui aplikasi e-Kinerja Desktop.",
    ),
    "unsupported_cipher": (
        "Bundel memakai metode enkripsi yang tidak dikenal.",
        "Perbarui aplikasi e-Kinerja Desktop.",
    ),
    # signer and signature
    "unknown_signer": (
        "Pengirim bundel tidak dikenal oleh node ini.",
        "Daftarkan node pengirim terlebih dahulu (pendaftaran node), lalu impor ulang.",
    ),
    "revoked_signer": (
        "Kunci pengirim bundel sudah dicabut.",
        "Bundel ditolak. Hubungi admin BKPSDM untuk pendaftaran ulang node pengirim.",
    ),
    "bad_signature": (
        "Berkas bundel rusak atau dipalsukan (tanda tangan tidak cocok).",
        RESEND,
    ),
    # recipient and payload
    "not_for_me": (
        "Bundel ini tidak ditujukan untuk node ini.",
        "Pastikan berkas yang dipilih benar, atau minta pengirim mengekspor untuk node ini.",
    ),
    "recipient_key_mismatch": (
        "Bundel ditujukan untuk node ini tetapi dengan kunci yang berbeda (kunci lama?).",
        "Minta pengirim memperbarui kunci node ini, lalu mengekspor ulang.",
    ),
    "payload_mismatch": ("Isi bundel rusak atau terpotong (hash tidak cocok).", RESEND),
    "decrypt_failed": ("Isi bundel tidak dapat didekripsi (rusak atau dipalsukan).", RESEND),
    # inner payload
    "inner_corrupt": ("Isi bundel rusak (arsip di dalam bundel tidak sah).", RESEND),
    "bad_member_name": (
        "Isi bundel berisi nama berkas yang tidak diizinkan.",
        "Bundel ditolak. Perbarui aplikasi pengirim dan ekspor ulang.",
    ),
    "too_many_members": (
        "Isi bundel berisi terlalu banyak berkas.",
        "Minta pengirim mengekspor dalam beberapa bundel.",
    ),
    "member_too_large": (
        "Salah satu berkas di dalam bundel melebihi batas ukuran.",
        "Minta pengirim mengekspor dalam beberapa bundel.",
    ),
    "total_too_large": (
        "Total isi bundel setelah diekstrak melebihi batas ukuran.",
        "Minta pengirim mengekspor dalam beberapa bundel.",
    ),
    "compression_ratio": (
        "Isi bundel mencurigakan (rasio kompresi terlalu tinggi, kemungkinan 'zip bomb').",
        "Bundel ditolak demi keamanan. Laporkan ke admin BKPSDM.",
    ),
    "size_mismatch": (
        "Ukuran berkas di dalam bundel tidak sesuai dengan yang dinyatakan.",
        "Bundel ditolak demi keamanan. " + RESEND,
    ),
    "member_not_found": (
        "Berkas yang dibutuhkan tidak ada di dalam bundel.",
        "Bundel tidak lengkap. " + RESEND,
    ),
    "line_too_long": (
        "Satu baris data di dalam bundel melebihi batas panjang.",
        "Bundel ditolak. " + RESEND,
    ),
    "blob_hash_mismatch": (
        "Lampiran (berkas bukti) di dalam bundel tidak cocok dengan hash-nya.",
        RESEND,
    ),
    "temp_failed": (
        "Ruang penyimpanan sementara tidak cukup untuk membuka bundel.",
        "Kosongkan ruang disk, lalu ulangi impor.",
    ),
    "bundle_closed": (
        "Bundel sudah ditutup.",
        "Buka ulang berkas bundel. (Kesalahan program, laporkan ke pengembang.)",
    ),
    # strict JSON
    "json_too_large": ("Data JSON melebihi batas ukuran.", RESEND),
    "json_not_utf8": ("Data JSON bukan teks UTF-8 yang sah.", RESEND),
    "json_bom": ("Data JSON diawali penanda BOM yang tidak diizinkan.", RESEND),
    "json_invalid": ("Data JSON tidak sah.", RESEND),
    "json_nan": ("Data JSON berisi NaN atau Infinity yang tidak diizinkan.", RESEND),
    "json_duplicate_key": ("Data JSON berisi kunci ganda.", RESEND),
    "json_too_deep": ("Data JSON terlalu dalam bersarang.", RESEND),
    "json_unencodable": (
        "Data tidak dapat disimpan sebagai JSON kanonik.",
        "Kesalahan program, laporkan ke pengembang.",
    ),
    # writer
    "write_failed": (
        "Berkas bundel gagal ditulis.",
        "Periksa ruang kosong dan izin tulis pada folder tujuan, lalu ulangi ekspor.",
    ),
    "payload_too_large": (
        "Data yang diekspor terlalu besar untuk satu bundel.",
        "Ekspor dalam beberapa bagian (misalnya per unit kerja atau per periode).",
    ),
    "writer_misuse": (
        "Pembuatan bundel dipakai dengan cara yang salah.",
        "Kesalahan program, laporkan ke pengembang.",
    ),
    # node keys
    "key_missing": (
        "Berkas kunci node tidak ditemukan.",
        "Lakukan pendaftaran node atau pulihkan folder kunci dari cadangan.",
    ),
    "key_invalid": (
        "Berkas kunci node rusak atau tidak sah.",
        "Pulihkan folder kunci dari cadangan atau lakukan pendaftaran ulang node.",
    ),
    "key_passphrase_required": (
        "Kunci node dilindungi kata sandi.",
        "Masukkan kata sandi kunci node.",
    ),
    "key_passphrase_wrong": (
        "Kata sandi kunci node salah.",
        "Periksa kata sandi lalu coba lagi.",
    ),
    "key_exists": (
        "Folder kunci node sudah berisi kunci.",
        "Pilih folder lain; kunci lama tidak ditimpa agar tidak hilang.",
    ),
    "key_write_failed": (
        "Berkas kunci node gagal ditulis.",
        "Periksa izin tulis dan ruang kosong pada folder kunci, lalu ulangi.",
    ),
    "invalid_node_id": (
        "ID node tidak sah.",
        "Gunakan huruf, angka, titik, garis bawah atau tanda hubung (maksimal 128 karakter).",
    ),
}


class BundleError(EkinerjaError):
    """Any failure reading or writing a bundle, strict JSON, or node keys.

    ``code`` is stable and machine-readable; ``message`` is the full Indonesian text
    (what happened + what to do); ``hint`` is the what-to-do part alone; ``detail`` is
    a technical English explanation for logs, never shown as the main message.
    """

    code = "bundle_error"

    def __init__(self, code: str, detail: str = "") -> None:
        what, todo = MESSAGES.get(code, ("Bundel tidak dapat diproses.", RESEND))
        super().__init__(f"{what} {todo}", hint=todo, code=code)
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message} [{self.code}: {self.detail}]" if self.detail else self.message

    def __reduce__(self) -> tuple[type[BundleError], tuple[str, str]]:
        return (type(self), (self.code, self.detail))


class ContainerError(BundleError):
    """The outer .ekb file is too large, not canonical, truncated or has unsafe names."""


class HeaderError(BundleError):
    """header.json is malformed, of an unknown format, or too new."""


class SignerError(BundleError):
    """The signer is unknown or revoked, or the signature does not verify."""


class RecipientError(BundleError):
    """The bundle is not addressed to this node, or not to its current key."""


class PayloadError(BundleError):
    """payload.bin does not match the header or fails authenticated decryption."""


class MemberError(BundleError):
    """The inner archive or one of its members breaks a rule or a limit."""


class StrictJsonError(BundleError):
    """JSON text rejected by the strict parser (or not encodable canonically)."""


class BundleWriteError(BundleError):
    """The writer could not produce a complete bundle; no final file was left behind."""


class NodeKeyError(BundleError):
    """Node key files are missing, corrupt, or the passphrase is wrong."""
