"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from ekinerja_desktop.store.base import Base, add_origin_indexes
from ekinerja_desktop.store.models.central import (
    LOG_YEAR_ROLLUP,
    CentralImport,
    LogRollupDirty,
)
from ekinerja_desktop.store.models.core import AuditEvent, LocalNode, Setting, User
from ekinerja_desktop.store.models.dailylog import (
    DailyLog,
    DailyLogEvidence,
    Evidence,
    RecurringLog,
)
from ekinerja_desktop.store.models.discipline import DisciplineRecord
from ekinerja_desktop.store.models.documents import IssuedDocument
from ekinerja_desktop.store.models.evaluation import (
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
    FollowUp,
    Objection,
    OrgPerformance,
)
from ekinerja_desktop.store.models.master import (
    CalendarDay,
    Employee,
    OrgUnit,
    SupervisorAssignment,
)
from ekinerja_desktop.store.models.skp import (
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpLampiranItem,
    SkpRhk,
)
from ekinerja_desktop.store.models.sync import (
    Conflict,
    HeldRecord,
    ImportedBundle,
    KnownNode,
    SyncAck,
)
from ekinerja_desktop.store.models.training import DevPlanItem, Training, TrainingKind

add_origin_indexes(Base.metadata)

__all__ = [
    "LOG_YEAR_ROLLUP",
    "AuditEvent",
    "CalendarDay",
    "CentralImport",
    "Conflict",
    "DailyLog",
    "DailyLogEvidence",
    "DevPlanItem",
    "DisciplineRecord",
    "Employee",
    "Evaluation",
    "EvaluationBehaviour",
    "EvaluationResult",
    "Evidence",
    "FollowUp",
    "HeldRecord",
    "ImportedBundle",
    "IssuedDocument",
    "KnownNode",
    "LocalNode",
    "LogRollupDirty",
    "Objection",
    "OrgPerformance",
    "OrgUnit",
    "RecurringLog",
    "Setting",
    "Skp",
    "SkpBehaviour",
    "SkpIndicator",
    "SkpLampiranItem",
    "SkpRhk",
    "SupervisorAssignment",
    "SyncAck",
    "Training",
    "TrainingKind",
    "User",
]
