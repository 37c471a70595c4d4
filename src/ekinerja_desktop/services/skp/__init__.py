"""SKP use cases: create, edit content, submit, approve/reject, revise, parent linking.

The modules import each other one way: ``common`` (result types, limits, small helpers,
audit) <- ``parts`` (the SKP periods of a year and the one in force) <- ``people``
(penilai/atasan penilai, signatory snapshots) <- ``access`` (who may read/write) <-
``reading`` (stored content as plain data, summaries, detail, hashes) <- ``content``
(validation and writing of the content, parent RHK options) <- ``periods`` (create, new
SKP period after a mutasi/promosi, lookups), ``lifecycle`` (submit, withdraw, approve,
reject, revise), ``team`` (the penilai's team list, cascading coverage) and ``documents``
(the SKP document data and PDF)."""

from __future__ import annotations

from ekinerja_desktop.services.skp.access import can_read
from ekinerja_desktop.services.skp.common import (
    BELUM_DIBUAT,
    LAMPIRAN_SECTIONS,
    MAX_LINE,
    MAX_ROWS,
    MAX_TEXT,
    REASON_LABELS,
    BehaviourData,
    IndicatorData,
    LampiranData,
    ParentRhkOption,
    RhkData,
    SkpDetail,
    SkpSummary,
    period_label,
    quarter_targets,
)
from ekinerja_desktop.services.skp.content import parent_options, save_content
from ekinerja_desktop.services.skp.documents import export_pdf, skp_document
from ekinerja_desktop.services.skp.lifecycle import (
    approve,
    reject,
    set_expectations,
    start_revision,
    submit,
    withdraw,
)
from ekinerja_desktop.services.skp.parts import (
    current_approved,
    effective_period,
    part_on,
    parts_of,
)
from ekinerja_desktop.services.skp.people import (
    acts_for_external_penilai,
    load_snapshot,
    person_snapshot,
    signatory_snapshots,
)
from ekinerja_desktop.services.skp.periods import (
    create_skp,
    find_skp,
    get_my_skp,
    get_skp,
    my_skp_periods,
    start_new_skp_period,
)
from ekinerja_desktop.services.skp.reading import content_hash, document_hash, hash_content
from ekinerja_desktop.services.skp.team import coverage, team_skps
from ekinerja_desktop.store.revisions import superseding_revision

__all__ = [
    "BELUM_DIBUAT",
    "LAMPIRAN_SECTIONS",
    "MAX_LINE",
    "MAX_ROWS",
    "MAX_TEXT",
    "REASON_LABELS",
    "BehaviourData",
    "IndicatorData",
    "LampiranData",
    "ParentRhkOption",
    "RhkData",
    "SkpDetail",
    "SkpSummary",
    "acts_for_external_penilai",
    "approve",
    "can_read",
    "content_hash",
    "coverage",
    "create_skp",
    "current_approved",
    "document_hash",
    "effective_period",
    "export_pdf",
    "find_skp",
    "get_my_skp",
    "get_skp",
    "hash_content",
    "load_snapshot",
    "my_skp_periods",
    "parent_options",
    "part_on",
    "parts_of",
    "period_label",
    "person_snapshot",
    "quarter_targets",
    "reject",
    "save_content",
    "set_expectations",
    "signatory_snapshots",
    "skp_document",
    "start_new_skp_period",
    "start_revision",
    "submit",
    "superseding_revision",
    "team_skps",
    "withdraw",
]
