"""Public annual report (laporan kinerja ASN): aggregates per OPD and city-wide, with the
privacy rules applied, written as PDF, CSV, xlsx and a self-contained HTML page.

Privacy rules (the report's method note is generated from what was actually done):

- No names, NIPs or any other person-level field ever enter the report data.
- OPDs with fewer than ``MIN_GROUP`` (5) people are merged into one "Lainnya" row, and
  only those. When "Lainnya" itself has fewer than 5 people, every figure of that row
  (except its head count) is suppressed like a small cell.
- Every count of people is a cell of a table whose rows, columns and totals are
  published together (head counts per OPD, city totals). Cells of 1-4 people are
  suppressed, then complementary cells are suppressed over rows AND columns (the total
  row and column included) until no hidden cell can be computed or pinned to one value
  from the published equations (``domain.suppression``; the builder runs that attack on
  its own output). All suppressed cells print as "x".
- A rate is published only when its numerator and denominator counts are published (so
  a rate never tells more than the counts next to it, whatever its rounding) and the
  denominator has at least 5 people. Rates of working days (daily-log compliance) cover
  a whole row of at least 5 people and are hidden for a smaller "Lainnya".
- Predikat categories are never merged: a small category is suppressed instead.
- Narrative (achievements, challenges, next steps) is written by BKPSDM per year
  (:func:`save_narrative`) and printed with the figures.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR, PPPK_MAX_JP_PER_YEAR
from ekinerja_desktop.domain.ratings import Predikat
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.suppression import (
    MIN_GROUP,
    Line,
    grid_lines,
    is_small,
    suppress,
)
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import auth, issuance, settings
from ekinerja_desktop.services.central import (
    MONTHS,
    Aggregate,
    Figures,
    figures,
    group_people,
    opd_order,
    period_label,
    refresh_rollup,
    write_csv,
)
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import (
    LOG_YEAR_ROLLUP,
    Evaluation,
    FollowUp,
    Setting,
    Skp,
    Training,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

__all__ = [
    "FORMATS",
    "HIDDEN",
    "MIN_GROUP",
    "Narrative",
    "PublicFiles",
    "PublicReport",
    "PublicTable",
    "build_report",
    "narrative",
    "save_narrative",
    "write_report",
]

HIDDEN = "x"
OTHERS = "Lainnya (gabungan OPD kecil)"
FORMATS = ("pdf", "csv", "xlsx", "html")
NARRATIVE_SETTING = "public_report_narrative_{year}"
NARRATIVE_MAX = 6000  # characters per part
TOTAL_ROW = "__total__"
PEOPLE = "pegawai"


# --- plain data ------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicTable:
    """One public table: column labels, their kinds (text | int | percent), rows of
    numbers, "x" (suppressed), None (no data) or text, and notes."""

    key: str
    title: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Narrative:
    """BKPSDM's own words for a year: achievements, challenges, next steps."""

    achievements: str = ""
    challenges: str = ""
    next_steps: str = ""

    def parts(self) -> tuple[tuple[str, str], ...]:
        """(heading, text) of the parts that have text."""
        return tuple(
            (heading, text)
            for heading, text in (
                (_("Capaian"), self.achievements),
                (_("Tantangan"), self.challenges),
                (_("Langkah selanjutnya"), self.next_steps),
            )
            if text.strip()
        )

    @property
    def empty(self) -> bool:
        return not self.parts()


@dataclass(frozen=True)
class PublicReport:
    year: int
    agency: str
    period_code: str
    period_label: str
    as_of: date  # working days counted up to the day before
    generated_at: datetime
    people: int
    tables: tuple[PublicTable, ...]
    merged_opds: tuple[str, ...]  # OPD names merged into "Lainnya"
    suppressed_cells: int  # all hidden count cells (primary + complementary)
    primary_cells: int  # of which 1-4 people or a small "Lainnya"
    narrative: Narrative
    method: tuple[str, ...]

    def table(self, key: str) -> PublicTable:
        return next(t for t in self.tables if t.key == key)


@dataclass(frozen=True)
class PublicFiles:
    report: PublicReport
    files: tuple[Path, ...]
    pdf: Path | None = None
    csv: tuple[Path, ...] = ()
    xlsx: Path | None = None
    html: Path | None = None


# --- narrative -------------------------------------------------------------------------
def _narrative_key(year: int) -> str:
    if not 2000 <= year <= 2100:
        raise ValidationError(_("Tahun {y} tidak valid.").format(y=year))
    return NARRATIVE_SETTING.format(year=year)


def narrative(ws: Workspace, year: int) -> Narrative:
    """The stored narrative of ``year`` (empty when none was written)."""
    key = _narrative_key(year)
    with ws.read() as session:
        value = session.execute(select(Setting.value).where(Setting.key == key)).scalar()
    try:
        data = json.loads(value) if value else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return Narrative(
        str(data.get("achievements", "")),
        str(data.get("challenges", "")),
        str(data.get("next_steps", "")),
    )


def save_narrative(ws: Workspace, actor: Actor, year: int, text: Narrative) -> Narrative:
    """Store the narrative of ``year`` (Admin Pusat); audited as a setting change."""
    auth.require(actor, Role.ADMIN_PUSAT)
    key = _narrative_key(year)
    clean = Narrative(text.achievements.strip(), text.challenges.strip(), text.next_steps.strip())
    too_long = [
        name
        for name, value in (
            ("achievements", clean.achievements),
            ("challenges", clean.challenges),
            ("next_steps", clean.next_steps),
        )
        if len(value) > NARRATIVE_MAX
    ]
    if too_long:
        raise ValidationError(
            _("Narasi terlalu panjang (maksimal {n} karakter per bagian).").format(
                n=format_number(NARRATIVE_MAX)
            ),
            problems=[(name, _("Persingkat teks ini.")) for name in too_long],
        )
    value = json.dumps(
        {
            "achievements": clean.achievements,
            "challenges": clean.challenges,
            "next_steps": clean.next_steps,
        },
        ensure_ascii=False,
    )
    settings.write(ws, actor, key, value, "")
    return clean


# --- groups ----------------------------------------------------------------------------
@dataclass
class _Group:
    name: str
    agg: Aggregate
    opd_ids: list[str]
    small: bool = False  # fewer than MIN_GROUP people: every figure suppressed
    approved_by_month: list[int] = field(default_factory=lambda: [0] * 12)


def _groups(data: Figures, by_opd: dict[str, Aggregate]) -> tuple[list[_Group], list[str]]:
    """One group per OPD of at least MIN_GROUP people; the smaller OPDs (only those)
    merged into "Lainnya" at the end."""
    opds = opd_order(data, by_opd)
    keep = [o for o in opds if by_opd[o].people >= MIN_GROUP]
    small = [o for o in opds if by_opd[o].people < MIN_GROUP]
    groups = [_Group(data.tree.by_id[o].name, by_opd[o], [o]) for o in keep]
    if small:
        others = Aggregate()
        for o in small:
            others.merge(by_opd[o])
        groups.append(_Group(_(OTHERS), others, small, small=others.people < MIN_GROUP))
    return groups, [data.tree.by_id[o].name for o in small]


# --- building --------------------------------------------------------------------------
def _has_data(ws: Workspace, year: int) -> bool:
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ws.read() as session:
        for stmt in (
            select(func.count()).select_from(Skp).where(Skp.year == year, Skp.deleted.is_(False)),
            select(func.count())
            .select_from(Evaluation)
            .where(Evaluation.year == year, Evaluation.deleted.is_(False)),
            select(func.count()).select_from(LOG_YEAR_ROLLUP).where(LOG_YEAR_ROLLUP.c.year == year),
            select(func.count())
            .select_from(Training)
            .where(
                Training.start_date >= first,
                Training.start_date <= last,
                Training.deleted.is_(False),
            ),
        ):
            if session.execute(stmt).scalar_one():
                return True
    return False


def _approval_months(ws: Workspace, data: Figures) -> dict[str, int]:
    """Employee id -> month index (0-11) from which an approved SKP of the year exists
    (the decision date; January when the record has none)."""
    out: dict[str, int] = {}
    with ws.read() as session:
        rows = session.execute(
            select(Skp.employee_id, Skp.decided_at).where(
                Skp.year == data.year, Skp.status == "Disetujui", Skp.deleted.is_(False)
            )
        ).all()
    for emp, decided in rows:
        if emp not in data.people:
            continue
        month = 0
        if decided is not None:
            month = (
                0
                if decided.year < data.year
                else 12
                if decided.year > data.year
                else (decided.month - 1)
            )
        out[str(emp)] = min(out.get(str(emp), 12), month)
    return out


def _follow_up_people(ws: Workspace, data: Figures) -> dict[str, int]:
    with ws.read() as session:
        rows = session.execute(
            select(FollowUp.kind, FollowUp.employee_id)
            .where(FollowUp.year == data.year, FollowUp.deleted.is_(False))
            .distinct()
        ).all()
    counts: Counter[str] = Counter()
    for kind, emp in rows:
        if emp in data.people:
            counts[str(kind)] += 1
    return dict(counts)


class _Ledger:
    """Every count cell of the report, its lines, and what is primary/locked."""

    def __init__(self) -> None:
        self.values: dict[Any, int] = {}
        self.lines: list[Line] = []
        self.primary: set[Any] = set()
        self.locked: set[Any] = set()
        self.margins: set[Any] = set()
        self.implicit: set[Any] = set()  # complements not printed (the rest of a pair)
        self.hidden: frozenset[Any] = frozenset()

    def grid(
        self,
        name: str,
        groups: Sequence[_Group],
        columns: Sequence[str],
        counts: Sequence[Sequence[int]],
    ) -> None:
        """A table per group (rows) of a partition of its people (columns) with the
        city total row; the head count column closes every row."""
        rows = [(name, i) for i in range(len(groups))]
        total = (name, TOTAL_ROW)
        for row, group, cells in zip(rows, groups, counts, strict=True):
            for column, value in zip(columns, cells, strict=True):
                self.values[(row, column)] = value
                if group.small or is_small(value):
                    self.primary.add((row, column))
            self.values[(row, PEOPLE)] = group.agg.people
            self.locked.add((row, PEOPLE))
        for j, column in enumerate(columns):
            value = sum(cells[j] for cells in counts)
            self.values[(total, column)] = value
            self.margins.add((total, column))
            if is_small(value):
                self.primary.add((total, column))
        self.values[(total, PEOPLE)] = sum(g.agg.people for g in groups)
        self.locked.add((total, PEOPLE))
        self.lines += grid_lines(rows, columns, total, PEOPLE)

    def pair(self, key: Any, part: int, total: int) -> None:
        """A single-row partition: ``part`` and ``total - part`` of ``total`` people."""
        self.values[(key, "ya")] = part
        self.values[(key, "tidak")] = total - part
        self.values[(key, PEOPLE)] = total
        self.locked.add((key, PEOPLE))
        self.implicit.add((key, "tidak"))
        if is_small(part) or is_small(total - part) or total < MIN_GROUP:
            self.primary |= {(key, "ya"), (key, "tidak")}
        self.lines.append(Line(((key, "ya"), (key, "tidak")), (key, PEOPLE)))

    def single(self, key: Any, value: int) -> None:
        self.values[key] = value
        if is_small(value):
            self.primary.add(key)

    def solve(self) -> None:
        self.hidden = suppress(
            self.values, self.primary, self.lines, locked=self.locked, margins=self.margins
        )

    def cell(self, key: Any) -> int | str:
        return HIDDEN if key in self.hidden else self.values[key]

    def known(self, key: Any) -> bool:
        return key not in self.hidden


def _rate(ledger: _Ledger, part: Any, whole: Iterable[Any]) -> float | str | None:
    """part / sum(whole) in percent (1 decimal) when every count is published and the
    denominator has at least MIN_GROUP people; "x" otherwise; None without people."""
    keys = list(whole)
    if not all(ledger.known(k) for k in (part, *keys)):
        return HIDDEN
    denominator = sum(ledger.values[k] for k in keys)
    if denominator == 0:
        return None
    if denominator < MIN_GROUP:
        return HIDDEN
    return round(100.0 * ledger.values[part] / denominator, 1)


def _day_rate(group: _Group, value: float | None) -> float | str | None:
    return HIDDEN if group.small and value is not None else value


PREDIKATS = tuple(Predikat)


def build_report(ws: Workspace, actor: Actor, year: int) -> PublicReport:
    """The public report data of ``year`` (Admin Pusat). Raises ValidationError when the
    year has no performance data or too few people to publish anything."""
    auth.require(actor, Role.ADMIN_PUSAT)
    refresh_rollup(ws)
    if not _has_data(ws, year):
        raise ValidationError(
            _("Belum ada data kinerja untuk tahun {y}: laporan publik tidak dibuat.").format(
                y=year
            ),
            hint=_("Pilih tahun yang sudah berisi SKP, log harian, evaluasi atau pelatihan."),
        )
    with ws.read() as session:
        data = figures(ws, session, year, period_code=None, opd_ids=None)
    by_opd = group_people(data, lambda p: p.opd_id)
    city = Aggregate()
    for agg in by_opd.values():
        city.merge(agg)
    if city.people < MIN_GROUP:
        raise ValidationError(
            _("Terlalu sedikit pegawai ({n}) untuk laporan publik (minimal {m}).").format(
                n=city.people, m=MIN_GROUP
            ),
            hint=_("Laporan publik hanya memuat kelompok minimal {m} orang.").format(m=MIN_GROUP),
        )
    groups, merged = _groups(data, by_opd)
    period = period_label(data)
    approvals = _approval_months(ws, data)
    follow_ups = _follow_up_people(ws, data)
    return _assemble(
        ws,
        data,
        year=year,
        period=period,
        city=city,
        groups=groups,
        merged=merged,
        approvals=approvals,
        follow_ups=follow_ups,
    )


def _assemble(
    ws: Workspace,
    data: Figures,
    *,
    year: int,
    period: str,
    city: Aggregate,
    groups: list[_Group],
    merged: list[str],
    approvals: dict[str, int],
    follow_ups: dict[str, int],
) -> PublicReport:
    from ekinerja_desktop.services.evaluation import PEMBINAAN, REWARD

    ledger = _Ledger()
    skp_cols = ("skp_ya", "skp_tidak")
    ledger.grid(
        "skp",
        groups,
        skp_cols,
        [(g.agg.skp["Disetujui"], g.agg.people - g.agg.skp["Disetujui"]) for g in groups],
    )
    pred_cols = (*(p.name for p in PREDIKATS), "belum")
    ledger.grid(
        "predikat",
        groups,
        pred_cols,
        [
            (*(g.agg.predikat[p.value] for p in PREDIKATS), g.agg.people - g.agg.evaluated)
            for g in groups
        ],
    )
    jp_cols = ("pns_ok", "pns_kurang", "pppk_ok", "pppk_lebih")
    ledger.grid(
        "jp",
        groups,
        jp_cols,
        [
            (
                g.agg.pns_ok,
                g.agg.pns - g.agg.pns_ok,
                g.agg.pppk_ok,
                g.agg.pppk - g.agg.pppk_ok,
            )
            for g in groups
        ],
    )
    months = [m for m in range(12) if city.work[m]]
    active = dict.fromkeys(months, 0)
    with_skp = dict.fromkeys(months, 0)
    with_log = dict.fromkeys(months, 0)
    for person in data.people.values():
        first = approvals.get(person.id, 12)
        for m in months:
            if person.work[m]:
                active[m] += 1
                with_skp[m] += first <= m
                with_log[m] += person.logged[m] > 0
    for m in months:
        ledger.pair(("tren_skp", m), with_skp[m], active[m])
        ledger.pair(("tren_log", m), with_log[m], active[m])
    ledger.single(("tindak", REWARD), follow_ups.get(REWARD, 0))
    ledger.single(("tindak", PEMBINAAN), follow_ups.get(PEMBINAAN, 0))
    ledger.solve()

    rows_of: list[tuple[str, Any]] = [*(("g", i) for i in range(len(groups))), ("t", TOTAL_ROW)]
    total_label = _("Jumlah kota")

    def row_key(name: str, which: tuple[str, Any]) -> tuple[str, Any]:
        return (name, which[1])

    def label(which: tuple[str, Any]) -> str:
        return total_label if which[0] == "t" else groups[int(which[1])].name

    def group_of(which: tuple[str, Any]) -> _Group:
        if which[0] == "t":
            return _Group(total_label, city, [])
        return groups[int(which[1])]

    def opd_rows(
        name: str, cells: Callable[[tuple[str, Any], _Group], Sequence[Any]]
    ) -> tuple[tuple[Any, ...], ...]:
        """A row per OPD and the city total: label, people, then ``cells(key, group)``."""
        rows = []
        for which in rows_of:
            r = row_key(name, which)
            rows.append((label(which), ledger.cell((r, PEOPLE)), *cells(r, group_of(which))))
        return tuple(rows)

    # SKP and daily logs per OPD
    skp_rows = opd_rows(
        "skp",
        lambda r, g: (
            ledger.cell((r, "skp_ya")),
            ledger.cell((r, "skp_tidak")),
            _rate(ledger, (r, "skp_ya"), [(r, PEOPLE)]),
            _day_rate(g, g.agg.log_rate()),
        ),
    )
    opd_skp = PublicTable(
        "opd_skp",
        _("SKP dan log harian per OPD {y}").format(y=year),
        (
            _("OPD"),
            _("Pegawai"),
            _("SKP disetujui"),
            _("SKP belum disetujui"),
            _("SKP disetujui (%)"),
            _("Kepatuhan log harian (%)"),
        ),
        ("text", "int", "int", "int", "percent", "percent"),
        skp_rows,
    )
    # Predikat per OPD
    pred_rows = []
    for which in rows_of:
        r = row_key("predikat", which)
        s = row_key("skp", which)
        g = group_of(which)
        belum = (r, "belum")
        evaluated: int | str = (
            g.agg.people - ledger.values[belum]
            if ledger.known(belum) and ledger.known((r, PEOPLE))
            else HIDDEN
        )
        if isinstance(evaluated, int) and ledger.known((s, "skp_ya")):
            approved = ledger.values[(s, "skp_ya")]
            done: float | str | None = (
                None
                if approved == 0
                else HIDDEN
                if approved < MIN_GROUP
                else round(100.0 * evaluated / approved, 1)
            )
        else:
            done = HIDDEN
        pred_rows.append(
            (
                label(which),
                ledger.cell((r, PEOPLE)),
                *(ledger.cell((r, p.name)) for p in PREDIKATS),
                ledger.cell(belum),
                evaluated,
                done,
            )
        )
    opd_predikat = PublicTable(
        "opd_predikat",
        _("Predikat kinerja pegawai per OPD - {p} {y}").format(p=period, y=year),
        (
            _("OPD"),
            _("Pegawai"),
            *(p.short_label for p in PREDIKATS),
            _("Belum dinilai"),
            _("Dinilai"),
            _("Evaluasi selesai (%)"),
        ),
        ("text", "int", *("int" for _p in PREDIKATS), "int", "int", "percent"),
        tuple(pred_rows),
        (
            _(
                "Dinilai = pegawai dengan predikat periode {p} yang ditandatangani; "
                "Evaluasi selesai = Dinilai dibagi pegawai dengan SKP disetujui."
            ).format(p=period),
        ),
    )
    # Predikat city-wide (the total row, never merged)
    t_pred = ("predikat", TOTAL_ROW)
    evaluated_city: int | str = (
        city.people - ledger.values[(t_pred, "belum")]
        if ledger.known((t_pred, "belum")) and ledger.known((t_pred, PEOPLE))
        else HIDDEN
    )
    city_rows: list[tuple[Any, ...]] = []
    for p in PREDIKATS:
        cell = ledger.cell((t_pred, p.name))
        share: float | str | None = HIDDEN
        if isinstance(cell, int) and isinstance(evaluated_city, int):
            share = (
                round(100.0 * cell / evaluated_city, 1)
                if evaluated_city >= MIN_GROUP
                else None
                if evaluated_city == 0
                else HIDDEN
            )
        city_rows.append((p.short_label, cell, share))
    city_rows.append(
        (
            _("Jumlah dinilai"),
            evaluated_city,
            HIDDEN if evaluated_city == HIDDEN else 100.0 if evaluated_city else None,
        )
    )
    predikat_city = PublicTable(
        "predikat",
        _("Distribusi predikat kinerja pegawai - {p} {y}").format(p=period, y=year),
        (_("Predikat"), _("Jumlah pegawai"), _("Persentase (%)")),
        ("text", "int", "percent"),
        tuple(city_rows),
        (_("Persentase dari pegawai yang dinilai; 'x' = disembunyikan."),),
    )
    # JP per OPD
    jp_rows = opd_rows(
        "jp",
        lambda r, _g: (
            *(ledger.cell((r, c)) for c in jp_cols),
            _rate(ledger, (r, "pns_ok"), [(r, "pns_ok"), (r, "pns_kurang")]),
            _rate(ledger, (r, "pppk_ok"), [(r, "pppk_ok"), (r, "pppk_lebih")]),
        ),
    )
    pns_ok = _("PNS >= {n} JP").format(n=PNS_MIN_JP_PER_YEAR)
    pppk_ok = _("PPPK <= {n} JP").format(n=PPPK_MAX_JP_PER_YEAR)
    opd_jp = PublicTable(
        "opd_jp",
        _("Pengembangan kompetensi (JP) per OPD {y}").format(y=year),
        (
            _("OPD"),
            _("Pegawai"),
            pns_ok,
            _("PNS < {n} JP").format(n=PNS_MIN_JP_PER_YEAR),
            pppk_ok,
            _("PPPK > {n} JP").format(n=PPPK_MAX_JP_PER_YEAR),
            pns_ok + " (%)",
            pppk_ok + " (%)",
        ),
        ("text", "int", "int", "int", "int", "int", "percent", "percent"),
        jp_rows,
        (
            _(
                "JP terverifikasi dalam tahun {y}. PNS: minimal {a} JP per tahun; PPPK: "
                "paling banyak {b} JP per tahun kontrak (PPPK <= {b} JP = sesuai batas)."
            ).format(y=year, a=PNS_MIN_JP_PER_YEAR, b=PPPK_MAX_JP_PER_YEAR),
        ),
    )
    # Organisation performance
    org_rows: list[tuple[Any, ...]] = []
    org_counts: Counter[str] = Counter()
    unset = _("Belum ditetapkan")
    for g in groups:
        predikats = [data.org_predikat.get(o, "") or unset for o in g.opd_ids]
        if g.small:  # a group this small is not described, not even by its units
            org_rows.append((g.name, HIDDEN))
            continue
        org_counts.update(predikats)
        if g.name != _(OTHERS):
            org_rows.append((g.name, predikats[0]))
        else:
            shown = Counter(predikats)
            org_rows.append((g.name, "; ".join(f"{k}: {v} OPD" for k, v in sorted(shown.items()))))
    organisasi = PublicTable(
        "organisasi",
        _("Predikat kinerja organisasi per OPD - {p} {y}").format(p=period, y=year),
        (_("OPD"), _("Predikat kinerja organisasi")),
        ("text", "text"),
        tuple(org_rows),
        (
            _("Jumlah OPD per predikat: {c}.").format(
                c=", ".join(f"{k} {v}" for k, v in sorted(org_counts.items()))
            ),
        ),
    )
    # Trends per month
    tren_rows = []
    for m in months:
        s, lg = ("tren_skp", m), ("tren_log", m)
        tren_rows.append(
            (
                f"{MONTHS[m]} {year}",
                active[m] if ledger.known((s, PEOPLE)) and ledger.known((lg, PEOPLE)) else HIDDEN,
                ledger.cell((s, "ya")),
                _rate(ledger, (s, "ya"), [(s, PEOPLE)]),
                ledger.cell((lg, "ya")),
                _rate(ledger, (lg, "ya"), [(lg, PEOPLE)]),
                city.work[m],
                city.approved[m],
                city.log_rate(m),
            )
        )
    tren = PublicTable(
        "tren_bulanan",
        _("Kepatuhan SKP dan log harian per bulan {y}").format(y=year),
        (
            _("Bulan"),
            _("Pegawai aktif"),
            _("Dengan SKP disetujui"),
            _("Dengan SKP disetujui (%)"),
            _("Dengan log harian"),
            _("Dengan log harian (%)"),
            _("Hari kerja pegawai"),
            _("Hari dengan log disetujui"),
            _("Kepatuhan hari kerja (%)"),
        ),
        ("text", "int", "int", "percent", "int", "percent", "int", "int", "percent"),
        tuple(tren_rows),
        (
            _(
                "Pegawai aktif = pegawai dengan hari kerja pada bulan itu; SKP disetujui s.d. "
                "akhir bulan (tanggal keputusan); log harian = minimal satu entri pada bulan itu."
            ),
        ),
    )
    # Follow-ups
    tindak = PublicTable(
        "tindak_lanjut",
        _("Tindak lanjut hasil evaluasi {y}").format(y=year),
        (_("Tindak lanjut"), _("Pegawai")),
        ("text", "int"),
        (
            (_("Penghargaan tercatat"), ledger.cell(("tindak", REWARD))),
            (_("Rencana pembinaan tercatat"), ledger.cell(("tindak", PEMBINAAN))),
        ),
        (_("Pegawai dengan minimal satu tindak lanjut jenis itu pada tahun {y}.").format(y=year),),
    )
    # Summary (the city totals of the tables above, with the same suppression)
    t_skp = ("skp", TOTAL_ROW)
    t_jp = ("jp", TOTAL_ROW)
    city_done = pred_rows[-1][-1]
    summary = PublicTable(
        "ringkasan",
        _("Ringkasan kota {y}").format(y=year),
        (_("Indikator"), _("Nilai")),
        ("text", "text"),
        (
            (_("Pegawai ASN aktif"), ledger.cell((t_skp, PEOPLE))),
            (_("Kelompok OPD dalam laporan"), len(groups)),
            (_("SKP disetujui (%)"), _rate(ledger, (t_skp, "skp_ya"), [(t_skp, PEOPLE)])),
            (_("Kepatuhan log harian (%)"), city.log_rate()),
            (_("Pegawai dengan predikat {p}").format(p=period), evaluated_city),
            (_("Evaluasi {p} selesai (%)").format(p=period), city_done),
            (
                pns_ok + " (%)",
                _rate(ledger, (t_jp, "pns_ok"), [(t_jp, "pns_ok"), (t_jp, "pns_kurang")]),
            ),
        ),
    )
    text = narrative(ws, year)
    hidden_total = len(ledger.hidden - ledger.implicit)
    primary_total = len(ledger.primary - ledger.implicit)
    method = _method(
        data,
        year=year,
        period=period,
        groups=groups,
        merged=merged,
        hidden=hidden_total,
        primary=primary_total,
    )
    tables = (
        summary,
        predikat_city,
        opd_skp,
        opd_predikat,
        opd_jp,
        organisasi,
        tren,
        tindak,
    )
    return PublicReport(
        year=year,
        agency=ws.node.agency,
        period_code=data.period_code,
        period_label=period,
        as_of=data.cutoff,
        generated_at=now_utc(),
        people=city.people,
        tables=tables,
        merged_opds=tuple(merged),
        suppressed_cells=hidden_total,
        primary_cells=primary_total,
        narrative=text,
        method=method,
    )


def _method(
    data: Figures,
    *,
    year: int,
    period: str,
    groups: list[_Group],
    merged: list[str],
    hidden: int,
    primary: int,
) -> tuple[str, ...]:
    last_day = date.fromordinal(data.cutoff.toordinal() - 1)
    notes = [
        _(
            "Sumber: basis data e-Kinerja Desktop kantor pusat (BKPSDM) berisi kiriman semua "
            "OPD; data s.d. {d}. Pegawai dihitung di unit kerjanya saat ini (aktif)."
        ).format(d=last_day.strftime("%d-%m-%Y")),
        _(
            "SKP disetujui: pegawai yang memiliki SKP tahun {y} dengan status Disetujui, "
            "dibagi seluruh pegawai aktif."
        ).format(y=year),
        _(
            "Kepatuhan log harian: hari kerja (kalender unit, masa aktif pegawai) yang memiliki "
            "minimal satu entri log harian yang disetujui atasan, dibagi seluruh hari kerja "
            "pegawai s.d. tanggal data."
        ),
        _(
            "Predikat diambil dari revisi terakhir yang ditandatangani pada periode {p}; "
            "kategori predikat tidak pernah digabung."
        ).format(p=period),
        _(
            "Perlindungan data pribadi: laporan ini hanya memuat angka agregat, tanpa nama atau "
            "NIP. Angka 1-4 orang disembunyikan ('x'); lalu angka lain pada baris dan kolom "
            "yang sama (termasuk baris dan kolom jumlah) disembunyikan sampai tidak ada angka "
            "tersembunyi yang dapat dihitung atau dipersempit menjadi satu nilai dari jumlah, "
            "total kota atau persentase yang diterbitkan. Persentase hanya ditampilkan bila "
            "pembilang dan penyebutnya ditampilkan dan penyebutnya minimal {m} orang."
        ).format(m=MIN_GROUP),
        _(
            "Sel jumlah orang yang disembunyikan: {h} ({p} karena 1-4 orang atau kelompok "
            "kecil, {c} sebagai pelindung)."
        ).format(h=hidden, p=primary, c=hidden - primary),
    ]
    if merged:
        notes.append(
            _(
                "{n} OPD dengan kurang dari {m} pegawai digabung ke '{o}' ({k} pegawai): {names}."
            ).format(
                n=len(merged),
                m=MIN_GROUP,
                o=_(OTHERS),
                k=groups[-1].agg.people,
                names=", ".join(merged),
            )
        )
        if groups[-1].small:
            notes.append(
                _(
                    "'{o}' masih kurang dari {m} pegawai: semua angkanya selain jumlah "
                    "pegawai disembunyikan."
                ).format(o=_(OTHERS), m=MIN_GROUP)
            )
    else:
        notes.append(
            _("Tidak ada OPD yang digabung: semua OPD memiliki minimal {m} pegawai.").format(
                m=MIN_GROUP
            )
        )
    return tuple(notes)


# --- writing ---------------------------------------------------------------------------
def base_name(year: int) -> str:
    return f"laporan-kinerja-ASN-{year}"


def _extra_tables(report: PublicReport) -> tuple[PublicTable, ...]:
    """The narrative and the method note as tables, for the CSV and xlsx files."""
    return (
        PublicTable(
            "narasi",
            _("Narasi BKPSDM {y}").format(y=report.year),
            (_("Bagian"), _("Teks")),
            ("text", "text"),
            report.narrative.parts(),
        ),
        PublicTable(
            "metode",
            _("Catatan metode"),
            (_("No"), _("Catatan")),
            ("int", "text"),
            tuple((i, note) for i, note in enumerate(report.method, 1)),
        ),
    )


def display(value: Any, kind: str) -> str:
    """Indonesian display of a cell for print and web ("83,3%", "1.234", "x", "-")."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if kind == "percent":
        return format_number(value, decimals=1) + "%"
    if isinstance(value, int):
        return format_number(value)
    return str(value)


def _chart_values(table: PublicTable, column: int) -> tuple[list[str], list[float | None]]:
    labels = [str(r[0]) for r in table.rows]
    values = [float(r[column]) if isinstance(r[column], int | float) else None for r in table.rows]
    return labels, values


def _write_csv(report: PublicReport, out_dir: Path, base: str) -> tuple[Path, ...]:
    return tuple(
        write_csv(out_dir / f"{base}-{table.key}.csv", table.columns, table.rows)
        for table in (*report.tables, *_extra_tables(report))
    )


def _write_xlsx(report: PublicReport, out: Path) -> Path:
    from ekinerja_desktop.reports import Sheet, write_table_xlsx

    sheets = []
    for table in (*report.tables, *_extra_tables(report)):
        formats: dict[str | int, Any] = {
            i: kind for i, kind in enumerate(table.kinds) if kind in ("int", "percent")
        }
        sheets.append(Sheet(table.key, list(table.columns), [list(r) for r in table.rows], formats))
    tmp = out.with_name(out.name + ".partial")
    write_table_xlsx(tmp, sheets)
    tmp.replace(out)
    return out


def _title(report: PublicReport) -> str:
    return _("Laporan Kinerja ASN {a} Tahun {y}").format(a=report.agency, y=report.year)


def _subtitle(report: PublicReport) -> str:
    return _("Data s.d. {d}; predikat periode {p}").format(
        d=date.fromordinal(report.as_of.toordinal() - 1).strftime("%d-%m-%Y"),
        p=report.period_label,
    )


# Which column of which table is drawn, and whether its axis is 0-100 %.
CHARTS: tuple[tuple[str, int, bool], ...] = (
    ("predikat", 2, True),
    ("opd_skp", 4, True),
    ("opd_skp", 5, True),
    ("opd_jp", 6, True),
    ("tren_bulanan", 3, True),
    ("tren_bulanan", 5, True),
)


def _write_html(report: PublicReport, out: Path) -> Path:
    from ekinerja_desktop.reports.public_html import HtmlChart, HtmlReport, HtmlTable, build_html

    charts: dict[str, list[HtmlChart]] = {}
    for key, column, percent in CHARTS:
        table = report.table(key)
        labels, values = _chart_values(table, column)
        if key in ("predikat", "opd_skp", "opd_jp"):  # the total is not a bar among them
            labels, values = labels[:-1], values[:-1]
        charts.setdefault(key, []).append(HtmlChart(table.columns[column], labels, values, percent))
    tables = [
        HtmlTable(
            t.title,
            list(t.columns),
            [[display(v, k) for v, k in zip(r, t.kinds, strict=True)] for r in t.rows],
            [k != "text" for k in t.kinds],
            list(t.notes),
            charts.get(t.key, []),
            _("Jumlah kota"),
        )
        for t in report.tables
        if t.key != "ringkasan"
    ]
    summary = report.table("ringkasan")
    doc = HtmlReport(
        title=_title(report),
        subtitle=_subtitle(report),
        generated=_("Dibuat {d}").format(d=report.generated_at.strftime("%d-%m-%Y")),
        key_figures=[
            (str(r[0]), display(r[1], "percent" if isinstance(r[1], float) else "int"))
            for r in summary.rows
        ],
        narrative_title=_("Narasi BKPSDM"),
        narrative=list(report.narrative.parts()),
        tables=tables,
        method_title=_("Catatan metode"),
        method=list(report.method),
        lang="id",
    )
    tmp = out.with_name(out.name + ".partial")
    tmp.write_text(build_html(doc), encoding="utf-8")
    tmp.replace(out)
    return out


def _pdf_doc(report: PublicReport) -> Any:
    from ekinerja_desktop.reports import BarChart, Column
    from ekinerja_desktop.reports.public_pdf import PublicReportDoc
    from ekinerja_desktop.reports.public_pdf import PublicTable as PdfTable

    def columns(t: PublicTable) -> list[Column]:
        return [
            Column(
                name,
                2.6 if kind == "text" and i == 0 else 1.0,
                "left" if kind == "text" else "right",
            )
            for i, (name, kind) in enumerate(zip(t.columns, t.kinds, strict=True))
        ]

    predikat = report.table("predikat")
    pie = [(str(r[0]), r[1]) for r in predikat.rows[:-1] if isinstance(r[1], int)]
    # A pie only when every category is published (a pie of a part misleads); else bars.
    pie_complete = len(pie) == len(predikat.rows) - 1
    tables = []
    for t in report.tables:
        if t.key == "ringkasan":
            continue
        rows = [[display(v, k) for v, k in zip(r, t.kinds, strict=True)] for r in t.rows]
        tables.append(PdfTable(t.title, columns(t), rows, t.notes))
        for key, column, percent in CHARTS:
            if key != t.key or (key == "predikat" and pie_complete):
                continue
            labels, values = _chart_values(t, column)
            if key in ("predikat", "opd_skp", "opd_jp"):  # the total is not a bar
                labels, values = labels[:-1], values[:-1]
            shown = [(lb, v) for lb, v in zip(labels, values, strict=True) if v is not None]
            if not shown:
                continue
            tables.append(
                PdfTable(
                    t.columns[column],
                    [],
                    [],
                    (),
                    BarChart(
                        [lb for lb, _v in shown],
                        {t.columns[column]: [v for _lb, v in shown]},
                        horizontal=key.startswith("opd_"),
                    ),
                    percent,
                )
            )
    summary = report.table("ringkasan")
    return PublicReportDoc(
        title=_title(report),
        subtitle_lines=[_subtitle(report)],
        key_figures=[
            (str(r[0]), display(r[1], "percent" if isinstance(r[1], float) else "int"))
            for r in summary.rows
        ],
        tables=tables,
        pie_labels=[lb for lb, _v in pie] if pie_complete else [],
        pie_values=[float(v) for _lb, v in pie] if pie_complete else [],
        pie_title=predikat.title,
        method_notes=report.method,
        generated_at=report.generated_at,
        narrative=list(report.narrative.parts()),
        narrative_title=_("Narasi BKPSDM"),
    )


def write_report(
    ws: Workspace,
    actor: Actor,
    year: int,
    out_dir: Path,
    *,
    formats: Sequence[str] = ("pdf", "csv"),
    base: str | None = None,
) -> PublicFiles:
    """Write the report into ``out_dir`` as ``BASE.pdf``, ``BASE-<table>.csv``,
    ``BASE.xlsx`` and/or ``BASE.html`` (``BASE`` default ``laporan-kinerja-ASN-YEAR``)."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValidationError(
            _("Format laporan publik tidak dikenal: {f}.").format(f=", ".join(unknown) or "-"),
            hint=_("Pilih pdf, csv, xlsx atau html."),
        )
    report = build_report(ws, actor, year)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = base or base_name(year)
    written: list[Path] = []
    pdf = xlsx = html = None
    csv_files: tuple[Path, ...] = ()
    if "pdf" in formats:
        from ekinerja_desktop.reports.public_pdf import build_public_pdf

        doc = _pdf_doc(report)
        ref = issuance.RecordRef(
            kind=DocumentKind.PUBLIC_REPORT,
            table="public_report",
            record_id=str(year),
            revision=0,
            status="",
            final=True,
            content_hash=issuance.content_digest(
                [
                    report.year,
                    report.period_code,
                    report.people,
                    report.as_of,
                    asdict(report.narrative),
                    *(asdict(table) for table in report.tables),
                ]
            ),
        )
        pdf = issuance.issue_pdf(
            ws,
            actor,
            ref,
            out_dir / f"{stem}.pdf",
            lambda stamp, f: build_public_pdf(doc, f, stamp=stamp),
        ).path
        written.append(pdf)
    if "csv" in formats:
        csv_files = _write_csv(report, out_dir, stem)
        written += csv_files
    if "xlsx" in formats:
        xlsx = _write_xlsx(report, out_dir / f"{stem}.xlsx")
        written.append(xlsx)
    if "html" in formats:
        html = _write_html(report, out_dir / f"{stem}.html")
        written.append(html)
    return PublicFiles(report, tuple(written), pdf, csv_files, xlsx, html)
