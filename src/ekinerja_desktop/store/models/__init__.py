"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from ekinerja_desktop.store.models.core import AuditEvent, LocalNode, Setting, User
from ekinerja_desktop.store.models.master import (
    CalendarDay,
    Employee,
    OrgUnit,
    SupervisorAssignment,
)

__all__ = [
    "AuditEvent",
    "CalendarDay",
    "Employee",
    "LocalNode",
    "OrgUnit",
    "Setting",
    "SupervisorAssignment",
    "User",
]
