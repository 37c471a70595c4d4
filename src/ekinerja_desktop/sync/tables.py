"""Which tables travel in bundles, how their rows are encoded, and who owns them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Table, Time, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.supervision import MappingSpan, penilai_periods
from ekinerja_desktop.store.base import Base, SyncMixin
from ekinerja_desktop.store.models import Employee, OrgUnit, SupervisorAssignment
from ekinerja_desktop.sync.strictjson import dumps_canonical

# Written only by the central office (architecture.md section 5, ownership table): units,
# employees, supervisor mapping, calendar, the JP catalogue and organisation predikat.
MASTER_TABLES = frozenset(
    {
        "org_unit",
        "employee",
        "supervisor_assignment",
        "calendar_day",
        "training_kind",
        "org_performance",
    }
)
# Columns naming the employee who owns a row (first match wins).
OWNER_COLUMNS = ("employee_id", "owner_employee_id")
# Columns every synchronised row carries (store.base.SyncMixin).
SYNC_COLUMNS = (
    "id",
    "version",
    "origin_node",
    "origin_seq",
    "updated_at",
    "updated_by",
    "deleted",
)


def _all_but(table: str, *employee_fields: str) -> tuple[str, ...]:
    """Every business column of ``table`` except ``employee_fields``."""
    columns = Base.metadata.tables[table].columns
    return tuple(
        c.name for c in columns if c.name not in SYNC_COLUMNS and c.name not in employee_fields
    )


# Review fields: what the node of a supervisor may write on rows of the employees it
# supervises (supervisor mapping from central) when those employees are outside its own
# unit scope. Every other column stays the employee's: a supervisor's bundle that changes
# one of them is rejected. Keep small and explicit.
SUPERVISOR_COLUMNS: dict[str, tuple[str, ...]] = {
    # SKP approval / return (skp.approve, skp.reject): status, decision, identity snapshots.
    "skp": (
        "status",
        "penilai_id",
        "atasan_penilai_id",
        "pegawai_snapshot",
        "penilai_snapshot",
        "atasan_snapshot",
        "decided_at",
        "decision_note",
        "content_hash",
    ),
    # Ekspektasi Khusus Pimpinan per BerAKHLAK value, written by the supervisor.
    "skp_behaviour": ("expectation",),
    # Daily-log review (dailylog.approve / return_entries).
    "daily_log": ("status", "reviewer_id", "reviewed_at", "review_note"),
    # Training verification (training.verify / reject).
    "training": ("status", "verified_by", "verified_at", "note"),
    # Evaluations are the penilai's records; the employee keeps self-assessment and
    # acknowledgement.
    "evaluation": _all_but("evaluation", "self_submitted_at", "acknowledged_at", "received_at"),
    "evaluation_result": _all_but("evaluation_result", "self_realisasi"),
    "evaluation_behaviour": _all_but("evaluation_behaviour"),
    "follow_up": _all_but("follow_up"),
}
# Tables where a supervisor's node may also create rows (the others it only reviews).
SUPERVISOR_INSERTS = frozenset(
    {"skp_behaviour", "evaluation", "evaluation_result", "evaluation_behaviour", "follow_up"}
)
# Rows recorded by administrators from official decisions (services.discipline): an
# office or central writes them for its scope; a supervisor's laptop never does, not even
# for its own owner (a supervisor must not cancel their own hukuman disiplin).
ADMIN_TABLES = frozenset({"discipline_record"})
# A row whose status is one of these is frozen: later edits are rejected everywhere, and
# in a concurrent edit the frozen version wins.
IMMUTABLE_STATUS: dict[str, frozenset[str]] = {
    "skp": frozenset({"Disetujui"}),
    "daily_log": frozenset({"Disetujui"}),
    "training": frozenset({"Diverifikasi"}),
}
# Why a frozen row cannot change (Indonesian, shown in import reports).
IMMUTABLE_REASON: dict[str, str] = {
    "skp": "SKP sudah disetujui dan tidak dapat diubah lagi",
    "daily_log": "log harian sudah disetujui dan terkunci",
    "training": "pengembangan kompetensi sudah diverifikasi dan terkunci",
}


@dataclass(frozen=True)
class SyncTable:
    """One synchronised table and the rule that decides which employee owns a row."""

    name: str
    table: Table
    master: bool
    owner_column: str | None  # employee id column on this table
    parent: tuple[str, str] | None  # (fk column, parent table) whose owner owns this row

    @property
    def columns(self) -> list[Column[Any]]:
        return list(self.table.columns)

    @property
    def member(self) -> str:
        return f"{self.name}.ndjson"


def _sync_table_names() -> set[str]:
    names: set[str] = set()
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncMixin) and getattr(cls, "__sync__", False):
            names.add(str(getattr(mapper.local_table, "name", "")))
    return names


def _build_registry() -> dict[str, SyncTable]:
    names = _sync_table_names()
    registry: dict[str, SyncTable] = {}
    for table in Base.metadata.sorted_tables:  # parents before children
        if table.name not in names:
            continue
        owner: str | None = None
        parent: tuple[str, str] | None = None
        master = table.name in MASTER_TABLES
        if not master:
            owner = next((c for c in OWNER_COLUMNS if c in table.columns), None)
            if owner is None:
                for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
                    target = fk.column.table.name
                    if target != table.name and target in registry and not registry[target].master:
                        parent = (fk.parent.name, target)
                        break
            if owner is None and parent is None:
                master = True  # no employee to own it: treat as master data
        registry[table.name] = SyncTable(table.name, table, master, owner, parent)
    return registry


_REGISTRY: dict[str, SyncTable] = {}


def sync_tables() -> dict[str, SyncTable]:
    """All synchronised tables in dependency order (parents first)."""
    if not _REGISTRY:
        _REGISTRY.update(_build_registry())
    return _REGISTRY


# --- row encoding ----------------------------------------------------------------------


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="microseconds")
    return value


def encode_row(row: Any) -> dict[str, Any]:
    """A database row mapping as a JSON-ready dict (dates ISO, datetimes with microseconds)."""
    return {key: encode_value(value) for key, value in row.items()}


class RowError(ValueError):
    """A row does not fit the local schema; ``args[0]`` is an Indonesian reason."""


_Clock = TypeVar("_Clock", datetime, time)


def _naive_iso(
    value: Any, name: str, parse: Callable[[str], _Clock], *, max_len: int, what: str, naive: str
) -> _Clock:
    """``value`` as ISO text of at most ``max_len`` characters, parsed, without a zone."""
    if not isinstance(value, str) or len(value) > max_len:
        raise RowError(f"kolom {name} harus {what}")
    try:
        parsed = parse(value)
    except ValueError as exc:
        raise RowError(f"kolom {name} harus {what}") from exc
    if parsed.tzinfo is not None:
        raise RowError(f"kolom {name} harus {naive}")
    return parsed


def decode_value(column: Column[Any], value: Any) -> Any:
    """Check an incoming JSON value against ``column``'s type and convert it."""
    name = column.name
    if value is None:
        if not column.nullable:
            raise RowError(f"kolom {name} wajib diisi")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise RowError(f"kolom {name} harus boolean")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**63:
            raise RowError(f"kolom {name} harus bilangan bulat")
        return value
    if isinstance(kind, DateTime):
        return _naive_iso(
            value,
            name,
            datetime.fromisoformat,
            max_len=40,
            what="tanggal-waktu ISO",
            naive="waktu UTC tanpa zona",
        )
    if isinstance(kind, Time):
        return _naive_iso(
            value, name, time.fromisoformat, max_len=20, what="jam ISO", naive="jam tanpa zona"
        )
    if isinstance(kind, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise RowError(f"kolom {name} harus tanggal ISO")
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise RowError(f"kolom {name} harus tanggal ISO") from exc
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise RowError(f"kolom {name} harus teks")
        if kind.length is not None and len(value) > kind.length:
            raise RowError(f"kolom {name} melebihi {kind.length} karakter")
        if "\x00" in value:
            raise RowError(f"kolom {name} berisi karakter NUL")
        return value
    raise RowError(f"kolom {name} bertipe tidak didukung")  # pragma: no cover


def _missing_default(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    if column.nullable:
        return None
    raise RowError(f"kolom {column.name} tidak ada")


Decoder = Callable[[Any], Any]


def _fast_decoder(column: Column[Any]) -> Decoder:
    """``decode_value`` for ``column`` with a fast path for plainly valid values."""
    kind = column.type
    nullable = bool(column.nullable)

    def slow(value: Any) -> Any:
        return decode_value(column, value)

    if isinstance(kind, Boolean):

        def boolean(value: Any) -> Any:
            if type(value) is bool or (value is None and nullable):
                return value
            return slow(value)

        return boolean
    if isinstance(kind, Integer):

        def integer(value: Any) -> Any:
            if (type(value) is int and -(2**63) < value < 2**63) or (value is None and nullable):
                return value
            return slow(value)

        return integer
    if isinstance(kind, DateTime | Time):
        parse = datetime.fromisoformat if isinstance(kind, DateTime) else time.fromisoformat
        longest = 40 if isinstance(kind, DateTime) else 20

        def naive_iso(value: Any) -> Any:
            if type(value) is str and len(value) <= longest:
                try:
                    parsed = parse(value)
                except ValueError:
                    return slow(value)
                if parsed.tzinfo is None:
                    return parsed
            return None if value is None and nullable else slow(value)

        return naive_iso
    if isinstance(kind, Date):

        def day(value: Any) -> Any:
            if type(value) is str and len(value) == 10:
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    return slow(value)
            return None if value is None and nullable else slow(value)

        return day
    if isinstance(kind, String) and not isinstance(kind, (Date, DateTime, Time)):
        limit = kind.length if kind.length is not None else 1 << 62

        def text(value: Any) -> Any:
            if type(value) is str and len(value) <= limit and "\x00" not in value:
                return value
            if value is None and nullable:
                return None
            return slow(value)

        return text
    return slow


@dataclass(frozen=True)
class _RowDecoder:
    names: frozenset[str]
    columns: tuple[tuple[str, Decoder, bool, Column[Any]], ...]
    # Every column present (the normal case): one generated function, no per-column calls
    # for plainly valid text, numbers and flags.
    complete: Callable[[dict[str, Any]], dict[str, Any]]


_DECODERS: dict[str, _RowDecoder] = {}
_INT_LIMIT = 2**63


def _check_expr(column: Column[Any], var: str) -> str | None:
    """A Python condition that is True when ``var`` needs the column's full decoder
    (None: always use the decoder, e.g. dates)."""
    kind = column.type
    if isinstance(kind, Boolean):
        bad = f"type({var}) is not bool"
    elif isinstance(kind, Integer):
        bad = f"(type({var}) is not int or not -{_INT_LIMIT} < {var} < {_INT_LIMIT})"
    elif isinstance(kind, String) and not isinstance(kind, (Date, DateTime, Time)):
        limit = f" or len({var}) > {int(kind.length)}" if kind.length is not None else ""
        bad = f"(type({var}) is not str{limit} or '\\x00' in {var})"
    else:
        return None
    return f"{var} is not None and {bad}" if column.nullable else bad


def _compile_complete(spec: SyncTable, decoders: list[Decoder]) -> Callable[..., Any]:
    """Generate ``decode(data)`` for a row holding exactly the table's columns."""
    lines = ["def decode(data):"]
    items = []
    for index, column in enumerate(spec.table.columns):
        var = f"v{index}"
        lines.append(f"    {var} = data[{column.name!r}]")
        check = _check_expr(column, var)
        if check is None:
            lines.append(f"    {var} = D[{index}]({var})")
        else:
            lines.append(f"    if {check}:")
            lines.append(f"        {var} = D[{index}]({var})")
        items.append(f"{column.name!r}: {var}")
    lines.append("    return {" + ", ".join(items) + "}")
    namespace: dict[str, Any] = {"D": tuple(decoders)}
    exec("\n".join(lines), namespace)  # noqa: S102 - source built from our own schema
    function: Callable[..., Any] = namespace["decode"]
    return function


def _row_decoder(spec: SyncTable) -> _RowDecoder:
    found = _DECODERS.get(spec.name)
    if found is None:
        columns = list(spec.table.columns)
        decoders = [_fast_decoder(c) for c in columns]
        cols = tuple(
            (c.name, d, c.name in SYNC_COLUMNS, c) for c, d in zip(columns, decoders, strict=True)
        )
        found = _RowDecoder(
            frozenset(spec.table.columns.keys()), cols, _compile_complete(spec, decoders)
        )
        _DECODERS[spec.name] = found
    return found


def decode_row(spec: SyncTable, data: Any) -> dict[str, Any]:
    """Validate an incoming row (known columns, types, lengths) and convert it."""
    if type(data) is not dict:
        raise RowError("baris bukan objek JSON")
    decoder = _row_decoder(spec)
    if not decoder.names.issuperset(data):
        unknown = sorted(set(data) - decoder.names)
        raise RowError("kolom tidak dikenal: " + ", ".join(unknown[:5]))
    if len(data) == len(decoder.columns):
        out = decoder.complete(data)
    else:
        out = {}
        for name, decode, required, column in decoder.columns:
            if name in data:
                out[name] = decode(data[name])
            elif required:
                raise RowError(f"kolom {name} tidak ada")
            else:
                out[name] = _missing_default(column)
    if out["version"] < 1 or out["origin_seq"] < 0 or not out["origin_node"]:
        raise RowError("kolom sinkronisasi (version/origin) tidak sah")
    return out


def content_of(row: dict[str, Any]) -> dict[str, Any]:
    """The business content of a row (everything but the sync bookkeeping columns)."""
    return {k: v for k, v in row.items() if k not in SYNC_COLUMNS or k in ("id", "deleted")}


# --- scope -----------------------------------------------------------------------------


def unit_subtrees(session: Session, roots: Iterable[str]) -> set[str]:
    """The given units and every unit below them (from the local unit tree)."""
    children: dict[str | None, list[str]] = {}
    for unit_id, parent_id in session.execute(select(OrgUnit.id, OrgUnit.parent_id)):
        children.setdefault(parent_id, []).append(unit_id)
    out: set[str] = set()
    stack = list(roots)
    while stack:
        current = stack.pop()
        if current in out:
            continue
        out.add(current)
        stack.extend(children.get(current, []))
    return out


def employees_in_units(session: Session, units: set[str]) -> set[str]:
    rows = session.execute(select(Employee.id, Employee.unit_id))
    return {emp_id for emp_id, unit_id in rows if unit_id in units}


def supervised_by(session: Session, supervisors: set[str]) -> set[str]:
    """Employees appraised by one of ``supervisors`` in any year (supervisor mapping)."""
    rows = session.execute(
        select(SupervisorAssignment.employee_id, SupervisorAssignment.supervisor_id).where(
            SupervisorAssignment.deleted.is_(False)
        )
    )
    return {emp for emp, sup in rows if sup in supervisors}


# The dates a row is about: the supervisor mapping valid then decides who reviews it.
Span = tuple[date, date] | None


def _year_span(year: Any) -> Span:
    if type(year) is int and 1 <= year <= 9999:
        return date(year, 1, 1), date(year, 12, 31)
    return None


def row_span(row: Any) -> Span:
    """The period a row belongs to (None: no date, any mapping counts): the day of a
    daily log, the period of an SKP, the dates of a training or follow-up, else its
    year. Child rows take their parent's (see the importer and exporter)."""
    keys = row.keys()
    if "day" in keys and isinstance(row["day"], date):
        return row["day"], row["day"]
    for first, last in (("period_start", "period_end"), ("start_date", "end_date")):
        if first in keys and isinstance(row[first], date):
            end = row[last] if last in keys and isinstance(row[last], date) else row[first]
            return (row[first], end) if end >= row[first] else (row[first], row[first])
    if "year" in keys:
        return _year_span(row["year"])
    return None


SPAN_COLUMNS = ("day", "period_start", "period_end", "start_date", "end_date", "year")


@dataclass
class SupervisorMap:
    """Who appraises whom when: the supervisor mapping (not deleted rows) turned into
    each employee's penilai periods by the one rule (``domain.supervision``), so sync
    scopes agree with every service (e.g. a mapping keyed in from 1 July also covers
    January-June when no other mapping of that year says otherwise)."""

    by_employee: dict[str, list[tuple[str, date, date]]]

    @classmethod
    def load(cls, session: Session) -> SupervisorMap:
        sa = SupervisorAssignment
        rows = session.execute(
            select(sa.employee_id, sa.year, sa.supervisor_id, sa.valid_from, sa.valid_to).where(
                sa.deleted.is_(False)
            )
        )
        spans: dict[str, list[MappingSpan]] = {}
        for emp, year, sup, start, end in rows:
            spans.setdefault(emp, []).append(MappingSpan(int(year), start, end, sup or ""))
        out: dict[str, list[tuple[str, date, date]]] = {}
        for emp, mine in spans.items():
            for year in sorted({s.year for s in mine}):
                out.setdefault(emp, []).extend(
                    (sup, start, end)
                    for start, end, sup in penilai_periods(mine, year)
                    if sup  # an external penilai has no node: only the admin acts for them
                )
        return cls(out)

    def supervisors_of(self, employee: str, span: Span) -> set[str]:
        """Who appraises ``employee`` during ``span`` (None: at any time)."""
        found: set[str] = set()
        for sup, start, end in self.by_employee.get(employee, ()):
            if span is None or (start <= span[1] and span[0] <= end):
                found.add(sup)
        return found

    def appraised_by(self, employee: str, supervisors: set[str], span: Span) -> bool:
        return not self.supervisors_of(employee, span).isdisjoint(supervisors)

    def ever_appraised_by(self, supervisors: set[str]) -> set[str]:
        return {
            emp
            for emp, entries in self.by_employee.items()
            if any(sup in supervisors for sup, _s, _e in entries)
        }


# --- content digest --------------------------------------------------------------------


def iter_table_rows(
    session: Session, spec: SyncTable, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    stmt = select(spec.table).order_by(spec.table.c.id).execution_options(yield_per=batch)
    for row in session.execute(stmt).mappings():
        yield dict(row)


def content_digest(session: Session, *, extra_tables: Iterable[Table] = ()) -> str:
    """SHA-256 over every synchronised row (and ``extra_tables``), in a stable order."""
    digest = hashlib.sha256()
    for spec in sync_tables().values():
        digest.update(spec.name.encode() + b"\n")
        for row in iter_table_rows(session, spec):
            digest.update(dumps_canonical(encode_row(row)) + b"\n")
    for table in extra_tables:
        digest.update(table.name.encode() + b"\n")
        pk = list(table.primary_key.columns)
        for mapping in session.execute(select(table).order_by(*pk)).mappings():
            digest.update(dumps_canonical(encode_row(dict(mapping))) + b"\n")
    return digest.hexdigest()
