"""Daily log use cases: day entries, recurring templates, submit, supervisor review, calendar.

The modules import each other one way: ``common`` (limits, result types, the actor's
employee, the work calendar, the deadline setting) <- ``entries`` (entry rows, entity
checks, audit) <- ``reading``, ``writing`` <- ``recurring``; ``submit`` and ``review``
build on ``common`` and ``entries`` only.
"""

from __future__ import annotations

from ekinerja_desktop.services.dailylog.common import (
    GRACE_SETTING,
    MAX_ACTIVITY,
    CalendarCell,
    DayView,
    Entry,
    EntryInput,
    QueueFilter,
    QueueGroup,
    Recurring,
    RecurringInput,
    RhkOption,
    grace_days,
    grace_working_days,
    minutes_between,
    my_employee,
    save_setting,
    set_grace_working_days,
    target_employee,
    work_calendar,
    work_calendars,
)
from ekinerja_desktop.services.dailylog.entries import core_rows, log_entity, require_editable
from ekinerja_desktop.services.dailylog.reading import (
    get_entry,
    list_day,
    month_calendar,
    rhk_options,
)
from ekinerja_desktop.services.dailylog.recurring import (
    apply_recurring,
    create_recurring,
    delete_recurring,
    list_recurring,
)
from ekinerja_desktop.services.dailylog.review import (
    REVIEW_PAGE_ROWS,
    QueuePage,
    approve,
    return_entries,
    review_queue,
    review_queue_page,
)
from ekinerja_desktop.services.dailylog.submit import (
    SubmitResult,
    submit_day,
    submit_week,
    withdraw,
    withdraw_day,
)
from ekinerja_desktop.services.dailylog.writing import (
    copy_previous_day,
    delete_entry,
    save_entry,
)

__all__ = [
    "GRACE_SETTING",
    "MAX_ACTIVITY",
    "REVIEW_PAGE_ROWS",
    "CalendarCell",
    "DayView",
    "Entry",
    "EntryInput",
    "QueueFilter",
    "QueueGroup",
    "QueuePage",
    "Recurring",
    "RecurringInput",
    "RhkOption",
    "SubmitResult",
    "apply_recurring",
    "approve",
    "copy_previous_day",
    "core_rows",
    "create_recurring",
    "delete_entry",
    "delete_recurring",
    "get_entry",
    "grace_days",
    "grace_working_days",
    "list_day",
    "list_recurring",
    "log_entity",
    "minutes_between",
    "month_calendar",
    "my_employee",
    "require_editable",
    "return_entries",
    "review_queue",
    "review_queue_page",
    "rhk_options",
    "save_entry",
    "save_setting",
    "set_grace_working_days",
    "submit_day",
    "submit_week",
    "target_employee",
    "withdraw",
    "withdraw_day",
    "work_calendar",
    "work_calendars",
]
