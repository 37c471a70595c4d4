"""Evaluation use cases: periodic/annual appraisal, calibration, signing, objections, follow-up.

Ownership: the employee writes the self-assessment (self realisasi) and files objections;
the Pejabat Penilai Kinerja (supervisor of the period, from the mapping) writes realisasi,
feedback, ratings and notes and signs; the Atasan Pejabat Penilai decides objections. A
signed revision is immutable: a correction is revision N+1 with a reason, both kept.
Every write is permission-checked and audited; functions return frozen dataclasses.

The modules import each other one way: ``common`` (configuration, result types, period
and SKP-period helpers, loading) <- ``access`` (who may read/write an evaluation) <-
``detail`` (the detail view, daily-log facts, snapshots, content hash) <- ``lifecycle``
(open, rate, sign, correct), ``team`` (team list, calibration, organisation predikat),
``keberatan`` (self-assessment, acknowledgement, objections; takes the revision copy
from ``lifecycle``), ``annual`` (annual result, angka kredit, follow-up) and
``documents`` (PDF data and export; takes the calibration from ``team``)."""

from __future__ import annotations

from ekinerja_desktop.services.evaluation.access import can_read
from ekinerja_desktop.services.evaluation.annual import (
    CreditRow,
    FollowUpListRow,
    add_follow_up,
    annual_result,
    credit_conversion,
    export_credit_conversion,
    export_follow_up_list,
    follow_up_list,
    follow_ups,
)
from ekinerja_desktop.services.evaluation.common import (
    BELUM_DIBUAT,
    CHANGE,
    MAX_TEXT,
    OBJECTION_DECIDED,
    OBJECTION_OPEN,
    ORG_HEAD_RATING,
    PEMBINAAN,
    PEMBINAAN_PREDIKAT,
    REWARD,
    SIGNED_STATUSES,
    UPHOLD,
    AnnualResult,
    BehaviourRow,
    Calibration,
    EvaluationDetail,
    EvidenceEntry,
    FollowUpRow,
    ObjectionRow,
    ResultRow,
    TeamRow,
    keberatan_start,
    org_head_rating,
    period_code,
)
from ekinerja_desktop.services.evaluation.detail import evaluation_hash, signed_content_hash
from ekinerja_desktop.services.evaluation.documents import (
    evaluation_cover,
    evaluation_document,
    export_objection_pdf,
    export_pdf,
    objection_document,
)
from ekinerja_desktop.services.evaluation.keberatan import (
    acknowledge,
    decide_objection,
    file_objection,
    objections_to_decide,
    save_self_assessment,
)
from ekinerja_desktop.services.evaluation.lifecycle import (
    find_evaluation,
    get_evaluation,
    my_evaluation,
    open_evaluation,
    save_rating,
    sign,
    start_correction,
)
from ekinerja_desktop.services.evaluation.team import (
    calibration,
    export_org_predikat,
    set_org_predikat,
    set_scheme,
    team,
    unit_calibration,
)
from ekinerja_desktop.store.revisions import superseding_revision

__all__ = [
    "BELUM_DIBUAT",
    "CHANGE",
    "MAX_TEXT",
    "OBJECTION_DECIDED",
    "OBJECTION_OPEN",
    "ORG_HEAD_RATING",
    "PEMBINAAN",
    "PEMBINAAN_PREDIKAT",
    "REWARD",
    "SIGNED_STATUSES",
    "UPHOLD",
    "AnnualResult",
    "BehaviourRow",
    "Calibration",
    "CreditRow",
    "EvaluationDetail",
    "EvidenceEntry",
    "FollowUpListRow",
    "FollowUpRow",
    "ObjectionRow",
    "ResultRow",
    "TeamRow",
    "acknowledge",
    "add_follow_up",
    "annual_result",
    "calibration",
    "can_read",
    "credit_conversion",
    "decide_objection",
    "evaluation_cover",
    "evaluation_document",
    "evaluation_hash",
    "export_credit_conversion",
    "export_follow_up_list",
    "export_objection_pdf",
    "export_org_predikat",
    "export_pdf",
    "file_objection",
    "find_evaluation",
    "follow_up_list",
    "follow_ups",
    "get_evaluation",
    "keberatan_start",
    "my_evaluation",
    "objection_document",
    "objections_to_decide",
    "open_evaluation",
    "org_head_rating",
    "period_code",
    "save_rating",
    "save_self_assessment",
    "set_org_predikat",
    "set_scheme",
    "sign",
    "signed_content_hash",
    "start_correction",
    "superseding_revision",
    "team",
    "unit_calibration",
]
