"""Master data use cases: organisation units, employees, supervisor mapping, accounts.

Permissions: admin pusat may change everything; admin OPD only inside the OPD (top-level
unit) its own employee record belongs to; everybody else may only read what their
screens need. Every change is audited. All functions take plain data and return plain
data (frozen dataclasses), never ORM objects.

An admin OPD account without an employee record (the first administrator created by
``ekinerja init`` on an office PC or laptop) manages every unit of its node; on the
central node such an account manages nothing until it is linked to an employee.
"""

from __future__ import annotations

from ekinerja_desktop.services.master.accounts import (
    AccountRow,
    create_account,
    default_admin_actor,
    list_accounts,
    reset_password,
    set_account_locked,
    set_roles,
)
from ekinerja_desktop.services.master.employees import (
    FIELD_LABELS,
    EmployeeCheckContext,
    EmployeeDetail,
    EmployeeFilter,
    EmployeeInput,
    EmployeeRow,
    NipCheck,
    apply_employee,
    check_nip,
    employee_context,
    employee_filter_clause,
    employee_values,
    filter_unit_ids,
    get_employee,
    list_employees,
    normalize_employee,
    save_employee,
)
from ekinerja_desktop.services.master.mapping import (
    MAX_EXTERNAL,
    MappingRow,
    confirm_mapping,
    copy_mapping,
    employees_without_supervisor,
    list_mapping,
    set_external_atasan,
    set_external_penilai,
    set_supervisor,
    supervisor_of,
)
from ekinerja_desktop.services.master.scope import (
    MAX_KELAS_JABATAN,
    MAX_YEAR,
    MIN_YEAR,
    UNIT_KINDS,
    admin_scope,
)
from ekinerja_desktop.services.master.units import (
    UnitInput,
    UnitRow,
    create_unit,
    list_units,
    resolve_unit,
    set_unit_active,
    update_unit,
)

__all__ = [
    "FIELD_LABELS",
    "MAX_EXTERNAL",
    "MAX_KELAS_JABATAN",
    "MAX_YEAR",
    "MIN_YEAR",
    "UNIT_KINDS",
    "AccountRow",
    "EmployeeCheckContext",
    "EmployeeDetail",
    "EmployeeFilter",
    "EmployeeInput",
    "EmployeeRow",
    "MappingRow",
    "NipCheck",
    "UnitInput",
    "UnitRow",
    "admin_scope",
    "apply_employee",
    "check_nip",
    "confirm_mapping",
    "copy_mapping",
    "create_account",
    "create_unit",
    "default_admin_actor",
    "employee_context",
    "employee_filter_clause",
    "employee_values",
    "employees_without_supervisor",
    "filter_unit_ids",
    "get_employee",
    "list_accounts",
    "list_employees",
    "list_mapping",
    "list_units",
    "normalize_employee",
    "reset_password",
    "resolve_unit",
    "save_employee",
    "set_account_locked",
    "set_external_atasan",
    "set_external_penilai",
    "set_roles",
    "set_supervisor",
    "set_unit_active",
    "supervisor_of",
    "update_unit",
]
