"""Reports layer: official PDF documents and generic table exports (plain data in, file out).

Builders take frozen dataclasses or plain sequences and write to a path or binary file
object; they never see a database session, ORM objects or Qt.

- ``build_skp_pdf``: Dokumen SKP with the Lampiran page.
- ``build_evaluation_pdf`` / ``build_evaluation_cover_pdf``: Evaluasi Kinerja Pegawai and
  its one-page cover (Dokumen Evaluasi Kinerja Pegawai).
- ``build_objection_pdf``: keberatan atas hasil evaluasi and the atasan's decision.
- ``build_table_pdf`` / ``build_sections_pdf``: generic tabular and sectioned reports.
- ``write_table_xlsx``: streaming Excel export (NIP columns as text, real dates).

The official documents take an optional ``stamp`` (``VerificationStamp``): the
verification code, content hash and QR code in every page footer, the QR payload in the
PDF metadata, and deterministic bytes (``services.issuance`` registers their hash).
"""

from ekinerja_desktop.reports.documents import (
    EVALUATION_FINAL_STATUSES,
    SKP_FINAL_STATUS,
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
    VerificationStamp,
)
from ekinerja_desktop.reports.evaluation_pdf import (
    EVALUATION_DRAFT_TEXT,
    build_evaluation_cover_pdf,
    build_evaluation_pdf,
)
from ekinerja_desktop.reports.objection_pdf import ObjectionDocument, build_objection_pdf
from ekinerja_desktop.reports.skp_pdf import SKP_DRAFT_TEXT, build_skp_pdf
from ekinerja_desktop.reports.table_pdf import (
    BarChart,
    Column,
    Section,
    TableBlock,
    build_sections_pdf,
    build_table_pdf,
)
from ekinerja_desktop.reports.xlsx import Sheet, write_table_xlsx

__all__ = [
    "EVALUATION_DRAFT_TEXT",
    "EVALUATION_FINAL_STATUSES",
    "SKP_DRAFT_TEXT",
    "SKP_FINAL_STATUS",
    "BarChart",
    "Column",
    "EvaluationCover",
    "EvaluationDocument",
    "EvaluationIndicator",
    "EvaluationPerilakuRow",
    "EvaluationRhkRow",
    "Lampiran",
    "ObjectionDocument",
    "PerilakuRow",
    "PersonBlock",
    "Section",
    "Sheet",
    "SkpDocument",
    "SkpIndicator",
    "SkpRhkRow",
    "TableBlock",
    "VerificationStamp",
    "build_evaluation_cover_pdf",
    "build_evaluation_pdf",
    "build_objection_pdf",
    "build_sections_pdf",
    "build_skp_pdf",
    "build_table_pdf",
    "write_table_xlsx",
]
