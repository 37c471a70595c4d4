"""The file formats of a printable report (recap, JP report): PDF or Excel, chosen by
the output file's suffix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services.errors import ValidationError

if TYPE_CHECKING:
    from pathlib import Path

FORMATS = (".pdf", ".xlsx")


def checked_format(out: Path) -> str:
    """The suffix of ``out`` (lower case) when it is one of ``FORMATS``; else a
    ValidationError on the ``out`` field."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            _("Format laporan {s!r} tidak didukung.").format(s=out.suffix or out.name),
            problems=[("out", _("Gunakan akhiran .pdf atau .xlsx."))],
            hint=_("Beri nama berkas berakhiran .pdf atau .xlsx."),
        )
    return suffix
