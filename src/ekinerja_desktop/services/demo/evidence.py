"""Demo evidence (bukti dukung): small generated PDF and PNG files attached to approved
output entries of a few employees, so evaluation realisasi shows "N bukti dukung".

The files go through ``services.evidence.store_file`` (content-addressed, encrypted in
an encrypted workspace) exactly like an uploaded file; the Evidence and link rows are
added with ids from the seed.
"""

from __future__ import annotations

import random
import struct
import tempfile
import uuid
import zlib
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import LogStatus
from ekinerja_desktop.services import evidence, settings
from ekinerja_desktop.store.models import DailyLog, DailyLogEvidence, Employee, Evidence, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

PEOPLE = 12  # employees with evidence: the demo accounts first, then by NIP
PER_QUARTER = 2  # files per person per quarter (on output entries)


def pdf_bytes(lines: list[str]) -> bytes:
    """A minimal one-page PDF (Helvetica text) with a correct cross-reference table."""

    def esc(text: str) -> str:
        clean = text.encode("latin-1", "replace").decode("latin-1")
        return clean.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = "".join(f"({esc(line)}) Tj T* " for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 56 780 Td {text}ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def png_bytes(rng: random.Random, size: int = 24) -> bytes:
    """A small RGB PNG: a coloured "photo" with a stripe (valid, tiny)."""
    base = (rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200))
    rows = b""
    for y in range(size):
        pixel = bytes(base) if y % 8 else b"\xff\xff\xff"
        rows += b"\x00" + pixel * size

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def attach_evidence(ws: Workspace, result: DemoResult, *, seed: int, year: int) -> int:
    """Attach generated files to approved output entries of ``year``; returns how many."""
    rng = random.Random(seed * 9173 + year)
    id_rng = random.Random(seed * 9181 + year)

    def new_id() -> str:
        return str(uuid.UUID(int=id_rng.getrandbits(128), version=4))

    with ws.read() as session:
        accounts = [
            str(e)
            for e in session.execute(
                select(User.employee_id)
                .where(User.employee_id.is_not(None))
                .order_by(User.username)
            ).scalars()
        ]
        others = [
            str(e)
            for e in session.execute(
                select(Employee.id).where(Employee.deleted.is_(False)).order_by(Employee.nip)
            ).scalars()
        ]
        people = list(dict.fromkeys(accounts + others))
        picked: list[tuple[str, str, date, str]] = []
        for emp in people:
            rows = session.execute(
                select(DailyLog.id, DailyLog.day, DailyLog.activity)
                .where(
                    DailyLog.employee_id == emp,
                    DailyLog.status == LogStatus.DISETUJUI.value,
                    DailyLog.rhk_id.is_not(None),
                    DailyLog.quantity != "",
                    DailyLog.day >= date(year, 1, 1),
                    DailyLog.deleted.is_(False),
                )
                .order_by(DailyLog.day, DailyLog.start_time, DailyLog.id)
            ).all()
            if not rows:
                continue
            by_quarter: dict[int, list[tuple[str, date, str]]] = defaultdict(list)
            for log_id, day, activity in rows:
                by_quarter[(day.month - 1) // 3].append((str(log_id), day, str(activity)))
            for entries in by_quarter.values():
                for log_id, day, activity in rng.sample(entries, min(PER_QUARTER, len(entries))):
                    picked.append((emp, log_id, day, activity))
            if len({p[0] for p in picked}) >= PEOPLE:
                break
    max_mb = settings.get_int(ws, "evidence_max_mb")
    stored: list[tuple[str, str, evidence.StoredFile]] = []
    with tempfile.TemporaryDirectory(prefix="ekinerja-demo-") as tmp:
        for n, (emp, log_id, day, activity) in enumerate(picked, start=1):
            if n % 3:
                name = f"laporan_kegiatan_{day:%Y%m%d}_{n:03d}.pdf"
                data = pdf_bytes(
                    [
                        "Laporan Kegiatan (bukti dukung)",
                        f"Tanggal: {day:%d-%m-%Y}",
                        f"Kegiatan: {activity[:80]}",
                        f"Nomor: {n:03d}/{year}",
                    ]
                )
            else:
                name = f"foto_kegiatan_{day:%Y%m%d}_{n:03d}.png"
                data = png_bytes(rng)
            path = Path(tmp) / name
            path.write_bytes(data)
            stored.append((emp, log_id, evidence.store_file(ws.data_dir, path, max_mb, key=ws.key)))
    with ws.write(actor="demo") as session:
        links = []
        for emp, log_id, item in stored:
            row = Evidence(
                id=new_id(),
                owner_employee_id=emp,
                sha256=item.sha256,
                name=item.name,
                mime=item.mime,
                size=item.size,
            )
            session.add(row)
            links.append(DailyLogEvidence(id=new_id(), log_id=log_id, evidence_id=row.id))
        session.flush()  # the files before the links that point at them
        session.add_all(links)
    result.counts[_("Berkas bukti dukung {year}").format(year=year)] = len(stored)
    return len(stored)
