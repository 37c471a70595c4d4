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

__all__ = [
    "AuditEvent",
    "CalendarDay",
    "Employee",
    "LocalNode",
    "OrgUnit",
    "Setting",
    "Skp",
    "SkpBehaviour",
    "SkpIndicator",
    "SkpLampiranItem",
    "SkpRhk",
    "SupervisorAssignment",
    "User",
]
