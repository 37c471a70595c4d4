"""What a file really is, from its content (magic bytes), not from the name its sender
gave it: ``Laporan Q1.pdf.hta`` is whatever its bytes say.

Only the types on the allow list are *viewable*: opened by the desktop's viewer without
asking (documents and images that do not run code when opened). Everything else -
programs, scripts, HTML/HTA, archives, Office files with macros, unknown data - is opened
only after the person confirmed, with the real type named.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from ekinerja_desktop.domain.i18n import N_


@dataclass(frozen=True)
class FileType:
    code: str  # pdf, png, ..., exe, html, unknown
    label: str  # Indonesian, for people (translate with _())
    extension: str  # the extension the viewed copy gets (".pdf"; "" for unknown)
    mime: str
    viewable: bool


_OOXML = "application/vnd.openxmlformats-officedocument."
_ODF = "application/vnd.oasis.opendocument."


def _viewable(code: str, label: str, mime: str, extension: str = "") -> FileType:
    """A type opened without asking; its copy is named ``.CODE`` unless said otherwise."""
    return FileType(code, label, extension or "." + code, mime, True)


def _blocked(code: str, label: str, mime: str) -> FileType:
    """A type opened only after confirmation, as ``.bin``."""
    return FileType(code, label, ".bin", mime, False)


PDF = _viewable("pdf", N_("dokumen PDF"), "application/pdf")
PNG = _viewable("png", N_("gambar PNG"), "image/png")
JPEG = _viewable("jpeg", N_("gambar JPEG"), "image/jpeg", ".jpg")
GIF = _viewable("gif", N_("gambar GIF"), "image/gif")
WEBP = _viewable("webp", N_("gambar WebP"), "image/webp")
BMP = _viewable("bmp", N_("gambar BMP"), "image/bmp")
TIFF = _viewable("tiff", N_("gambar TIFF"), "image/tiff", ".tif")
DOCX = _viewable("docx", N_("dokumen Word"), _OOXML + "wordprocessingml.document")
XLSX = _viewable("xlsx", N_("lembar kerja Excel"), _OOXML + "spreadsheetml.sheet")
PPTX = _viewable("pptx", N_("presentasi PowerPoint"), _OOXML + "presentationml.presentation")
ODT = _viewable("odt", N_("dokumen OpenDocument"), _ODF + "text")
ODS = _viewable("ods", N_("lembar kerja OpenDocument"), _ODF + "spreadsheet")
TEXT = _viewable("text", N_("teks biasa"), "text/plain", ".txt")
OFFICE_MACRO = _blocked(
    "office_macro", N_("berkas Office dengan makro"), "application/vnd.ms-office.macroEnabled"
)
OLE = _blocked(
    "ole", N_("berkas Office lama (.doc/.xls, dapat memuat makro)"), "application/x-ole-storage"
)
EXE = _blocked("exe", N_("program Windows (.exe/.dll)"), "application/x-msdownload")
ELF = _blocked("elf", N_("program Linux"), "application/x-executable")
HTML = _blocked("html", N_("halaman web/HTA (dapat menjalankan skrip)"), "text/html")
SCRIPT = _blocked("script", N_("skrip"), "text/x-script")
ZIP = _blocked("zip", N_("arsip ZIP"), "application/zip")
ARCHIVE = _blocked("archive", N_("arsip terkompresi"), "application/x-archive")
LNK = _blocked("lnk", N_("pintasan Windows"), "application/x-ms-shortcut")
UNKNOWN = _blocked("unknown", N_("jenis tidak dikenal"), "application/octet-stream")

_MAGIC: tuple[tuple[bytes, FileType], ...] = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"BM", BMP),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"MZ", EXE),
    (b"\x7fELF", ELF),
    (b"L\x00\x00\x00\x01\x14\x02\x00", LNK),
    (b"Rar!", ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", ARCHIVE),
    (b"\x1f\x8b", ARCHIVE),
    (b"#!", SCRIPT),
)
_MARKUP = (b"<!doctype html", b"<html", b"<hta:", b"<script", b"<svg", b"<?xml", b"<head", b"<body")
_SCRIPT_WORDS = (b"@echo", b"powershell", b"wscript", b"createobject(", b"set-executionpolicy")


def _zip_type(data: bytes) -> FileType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                kind = zf.read("mimetype")[:100]
                if kind == b"application/vnd.oasis.opendocument.text":
                    return ODT
                if kind == b"application/vnd.oasis.opendocument.spreadsheet":
                    return ODS
            if "[Content_Types].xml" in names:
                types = zf.read("[Content_Types].xml")[:200_000].lower()
                if b"macroenabled" in types or any(
                    n.lower().endswith("vbaproject.bin") for n in names
                ):
                    return OFFICE_MACRO
                if any(n.startswith("word/") for n in names):
                    return DOCX
                if any(n.startswith("xl/") for n in names):
                    return XLSX
                if any(n.startswith("ppt/") for n in names):
                    return PPTX
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError):
        return UNKNOWN
    return ZIP


def _is_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the sample's end
            return False
    return True


def detect(data: bytes) -> FileType:
    """The type of ``data`` from its content."""
    head = data[:16]
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_type(data)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _is_text(data):
        lowered = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if lowered.startswith(_MARKUP) or b"<script" in lowered or b"<hta:" in lowered:
            return HTML
        if any(word in lowered for word in _SCRIPT_WORDS):
            return SCRIPT
        return TEXT
    return UNKNOWN


def view_name(name: str, kind: FileType) -> str:
    """The name of the copy handed to the viewer: the sender's name without its
    extensions, plus the extension of the REAL type (``Laporan Q1.pdf.hta`` holding a
    PDF becomes ``Laporan Q1.pdf``; holding HTML, ``Laporan Q1.bin``)."""
    stem = name.replace("\\", "/").rsplit("/", 1)[-1]
    sender_ext = stem.rsplit(".", 1)[-1].lower() if "." in stem else ""
    extension = kind.extension
    if kind.code == "ole" and sender_ext in ("doc", "xls", "ppt"):
        extension = "." + sender_ext  # opened only after confirmation
    while "." in stem:
        base, ext = stem.rsplit(".", 1)
        if not base or len(ext) > 5:
            break
        stem = base
    return (stem or "bukti") + extension
