"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from ekinerja_desktop.store.models.core import AuditEvent, LocalNode, Setting, User
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

__all__ = [
    "AuditEvent",
    "CalendarDay",
    "Conflict",
    "Employee",
    "HeldRecord",
    "ImportedBundle",
    "KnownNode",
    "LocalNode",
    "OrgUnit",
    "Setting",
    "Skp",
    "SkpBehaviour",
    "SkpIndicator",
    "SkpLampiranItem",
    "SkpRhk",
    "SupervisorAssignment",
    "SyncAck",
    "User",
]
