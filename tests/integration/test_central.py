"""Central dashboard: figures per OPD against hand-counted data, the daily-log rollup
following every change, drill-down, reward/coaching/JP lists, permissions, export."""

from __future__ import annotations

import csv
from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import text, update

from ekinerja_desktop.services import central
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import DailyLog, Skp
from tests.helpers.central import (
    LOG_APPROVED_DAYS,
    LOG_PERSON,
    YEAR,
    city_node,
    drop_rollup_triggers,
    first_working_days,
    working_days,
)
from tests.helpers.master import actor_for
from tests.helpers.statements import recorded
from tests.helpers.training import training_row

pytestmark = pytest.mark.db


@pytest.fixture
def city(data_dir, database_url):
    with city_node(data_dir, database_url) as made:
        yield made


def _row(table: central.DataTable, first: str) -> dict[str, object]:
    for values in table.as_dicts():
        if next(iter(values.values())) == first:
            return values
    raise AssertionError(f"{first!r} not in {table.key}: {table.rows}")


def _log_rate(days: int, people: int) -> float:
    return round(100.0 * days / (people * working_days(YEAR)), 1)


def test_dashboard_figures_follow_the_stated_definitions(city):
    ws, admin, _c = city
    d = central.dashboard(ws, admin, YEAR)
    assert d.period_code == f"{YEAR}-AKHIR"
    assert d.scope_label == "Seluruh OPD"
    assert d.skp_status.drill == "opd"
    assert len(d.skp_status.row_ids) == 4

    kes = _row(d.skp_status, "Dinas Kesehatan")
    # a2 has an approved revision 1 and a draft revision 2: still "Disetujui"
    assert (kes["pegawai"], kes["belum"], kes["diajukan"], kes["disetujui"]) == (12, 1, 1, 10)
    assert kes["pct_disetujui"] == 83.3
    dik = _row(d.skp_status, "Dinas Pendidikan")
    assert (dik["draft"], dik["ditolak"], dik["disetujui"], dik["pct_disetujui"]) == (
        1,
        1,
        6,
        75.0,
    )

    pred = _row(d.predikat, "Dinas Kesehatan")
    assert pred["org_predikat"] == "Butuh Perbaikan"
    assert (pred["dinilai"], pred["sangat_baik"], pred["baik"]) == (10, 2, 6)
    assert (pred["butuh_perbaikan"], pred["kurang"], pred["sangat_kurang"]) == (1, 1, 0)
    assert pred["peringatan"] == 2
    warnings = [r[2] for r in d.predikat_warnings.rows]
    assert any("Butuh Perbaikan 10" in w and "minimal 60%" in w for w in warnings)
    assert any("Sangat Baik 20" in w and "maksimal 10%" in w for w in warnings)
    # b1's correction (revision 2) is a draft: the predikat of the signed revision counts
    assert _row(d.predikat, "Dinas Pendidikan")["baik"] == 5
    assert _row(d.predikat, "Dinas Pendidikan")["org_predikat"] == "-"

    jp = _row(d.jp, "Dinas Kesehatan")
    # 24, 24, 24, 20, 21.5 reach 20 JP; 10 (+15 only submitted), 10 and 19.99 do not
    assert (jp["pns"], jp["pns_20"], jp["pct_pns_20"]) == (8, 5, 62.5)
    assert (jp["pppk"], jp["pppk_ok"]) == (4, 3)  # 30 JP is over the PPPK cap
    assert _row(d.jp, "Dinas Pendidikan")["pct_pns_20"] == 100.0

    akhir = _row(d.evaluation_progress, "Akhir")
    assert (akhir["skp_disetujui"], akhir["belum"], akhir["draft"]) == (20, 0, 1)
    assert (akhir["ditandatangani"], akhir["pct_selesai"]) == (19, 95.0)
    q1 = _row(d.evaluation_progress, "Triwulan I")
    assert (q1["belum"], q1["draft"], q1["ditandatangani"], q1["diakui"]) == (17, 1, 1, 1)

    jan = d.log_by_month.as_dicts()[0]
    assert jan["hari_disetujui"] == LOG_APPROVED_DAYS
    # Saturday, the draft-only day and the tombstoned entry are not counted
    assert _row(d.log_by_opd, "Dinas Kesehatan")["tahun"] == _log_rate(LOG_APPROVED_DAYS, 12)
    assert _row(d.log_by_opd, "Dinas Pendidikan")["tahun"] == 0.0
    assert _row(d.summary, "Pegawai aktif")["nilai"] == 24.0

    top = [r for r in d.top_bottom.as_dicts() if r["indikator"] == "SKP disetujui"]
    assert top[0]["posisi"] == "Teratas"
    assert top[0]["nilai"] == 100.0
    assert d.top_bottom.row_ids[0] in d.skp_status.row_ids


def test_rollup_follows_every_kind_of_log_change(city):
    ws, admin, c = city
    person = c.people[LOG_PERSON]

    def approved_days() -> int:
        d = central.dashboard(ws, admin, YEAR)
        return int(d.log_by_month.as_dicts()[0]["hari_disetujui"])

    assert approved_days() == LOG_APPROVED_DAYS
    with ws.read() as session:
        assert rollup.dirty_count(session.connection()) == 0
    draft_day = first_working_days(YEAR, 1, LOG_APPROVED_DAYS + 1)[-1]
    with ws.write("test") as session:
        session.execute(
            update(DailyLog)
            .where(DailyLog.employee_id == person, DailyLog.day == draft_day)
            .values(status="Disetujui")
        )
    assert approved_days() == LOG_APPROVED_DAYS + 1
    with ws.write("test") as session:
        entry = session.execute(
            DailyLog.__table__.select().where(
                DailyLog.employee_id == person, DailyLog.day == draft_day
            )
        ).first()
        session.get(DailyLog, entry.id).deleted = True
    assert approved_days() == LOG_APPROVED_DAYS

    # A rebuilt table loses its triggers: the dashboard notices and shows no log figures
    # (never a build at open); building the rollup on request recomputes all.
    with ws.write("test") as session:
        drop_rollup_triggers(session, ws)
        session.add(
            DailyLog(
                id=new_uuid(),
                employee_id=person,
                day=draft_day,
                start_time=time(13, 0),
                end_time=time(14, 0),
                activity="Rapat",
                status="Disetujui",
            )
        )
    pending = central.dashboard(ws, admin, YEAR)
    assert not pending.logs_ready
    assert pending.log_by_month.as_dicts()[0]["hari_disetujui"] is None
    assert _row(pending.log_by_opd, "Dinas Kesehatan")["tahun"] is None
    assert _row(pending.summary, "Kepatuhan log harian (%)")["nilai"] is None
    assert any("belum dihitung" in note for note in pending.log_by_month.notes)
    assert _row(pending.skp_status, "Dinas Kesehatan")["disetujui"] == 10  # the rest is there
    with ws.read() as session:
        assert not rollup.triggers_present(session.connection())
    assert central.build_rollup(ws, admin) > 0
    assert approved_days() == LOG_APPROVED_DAYS + 1
    with ws.read() as session:
        assert rollup.triggers_present(session.connection())
    assert central.dashboard(ws, admin, YEAR).logs_ready


def _statements(ws, fn) -> list[str]:
    """The SQL statements ``fn`` runs, lower case on one line."""
    with recorded(ws.engine, ws.read_engine) as seen:
        fn()
    return [" ".join(s.lower().split()) for s in seen]


def _writes_to_rollup(ws, fn) -> list[str]:
    """The statements run by ``fn`` that write the rollup, its dirty list or triggers."""
    return [
        s
        for s in _statements(ws, fn)
        if s.startswith(("insert", "update", "delete", "create trigger"))
        and ("log_year_rollup" in s or "log_rollup_dirty" in s or "trigger" in s)
    ]


def test_the_drill_down_reuses_the_dashboards_figures(city):
    """The dashboard keeps the city's figures; a drill-down into an OPD (with the period
    the dashboard chose) is cut from them without reading the rollup again."""
    ws, admin, _c = city
    d = central.dashboard(ws, admin, YEAR)
    opd = d.skp_status.row_ids[0]
    read = _statements(
        ws, lambda: central.drill_opd(ws, admin, YEAR, opd, period_code=d.period_code)
    )
    assert not [s for s in read if "log_year_rollup" in s or "from skp" in s]


def test_a_prepared_drill_down_is_the_same_table(city):
    """prepare_drill sums each unit once on the kept figures; the drill-downs cut from
    them equal those computed from scratch, for every OPD."""
    ws, admin, _c = city
    d = central.dashboard(ws, admin, YEAR)
    fresh = {
        opd: central.drill_opd(ws, admin, YEAR, opd, period_code=d.period_code)
        for opd in d.skp_status.row_ids
    }
    central.prepare_drill(ws, admin, YEAR, period_code=d.period_code)
    for opd, table in fresh.items():
        assert central.drill_opd(ws, admin, YEAR, opd, period_code=d.period_code) == table


def test_opening_the_dashboard_never_builds_the_rollup(city):
    """Issue 19: a central whose rollup was never built (no triggers: an upgraded or
    restored central, a table rebuilt by a migration) opens its dashboard and drill-down
    at once with the other figures; the rollup is left untouched until asked for."""
    ws, admin, _c = city
    with ws.write("test") as session:
        drop_rollup_triggers(session, ws)
        session.execute(text("DELETE FROM log_year_rollup"))
    opd = central.dashboard(ws, admin, YEAR).skp_status.row_ids[0]
    writes = _writes_to_rollup(
        ws,
        lambda: (
            central.dashboard(ws, admin, YEAR),
            central.drill_opd(ws, admin, YEAR, opd),
        ),
    )
    assert writes == []
    with ws.read() as session:
        assert session.execute(text("SELECT count(*) FROM log_year_rollup")).scalar_one() == 0
        assert not rollup.triggers_present(session.connection())
    units = central.drill_opd(ws, admin, YEAR, opd)
    assert all(row[units.index("pct_log")] is None for row in units.rows)


def test_the_dashboard_recomputes_a_few_changed_months_but_never_many(city, monkeypatch):
    ws, admin, c = city
    central.dashboard(ws, admin, YEAR)
    day = first_working_days(YEAR, 1, LOG_APPROVED_DAYS + 1)[-1]
    with ws.write("test") as session:
        session.execute(
            update(DailyLog)
            .where(DailyLog.employee_id == c.people[LOG_PERSON], DailyLog.day == day)
            .values(status="Disetujui")
        )
    monkeypatch.setattr(central, "OPEN_REFRESH_LIMIT", 0)
    stale = central.dashboard(ws, admin, YEAR)
    assert (stale.rollup_refreshed, stale.logs_ready) == (0, False)
    monkeypatch.setattr(central, "OPEN_REFRESH_LIMIT", 2_000)
    fresh = central.dashboard(ws, admin, YEAR)
    assert (fresh.rollup_refreshed, fresh.logs_ready) == (1, True)
    assert fresh.log_by_month.as_dicts()[0]["hari_disetujui"] == LOG_APPROVED_DAYS + 1


def test_a_local_save_is_seen_by_the_next_dashboard(city):
    ws, admin, c = city
    before = _row(central.dashboard(ws, admin, YEAR).skp_status, "Dinas Kesehatan")
    with ws.write("test") as session:
        session.execute(
            update(Skp).where(Skp.employee_id == c.people["a10"]).values(status="Disetujui")
        )
        # a bulk UPDATE bypasses the unit of work; an ORM save advances the node sequence
        session.get(Skp, c.skp["a0"]).decision_note = "dicatat"
    after = _row(central.dashboard(ws, admin, YEAR).skp_status, "Dinas Kesehatan")
    assert (before["disetujui"], after["disetujui"]) == (10, 11)


def test_period_choice_and_bad_input(city):
    ws, admin, _c = city
    codes = [code for code, _label in central.period_choices(ws, YEAR)]
    assert codes[-1] == f"{YEAR}-AKHIR"
    assert f"{YEAR}-Q1" in codes
    q1 = central.dashboard(ws, admin, YEAR, period_code=f"{YEAR}-Q1")
    assert list(q1.period_choices) == central.period_choices(ws, YEAR)
    assert _row(q1.predikat, "Dinas Kesehatan")["dinilai"] == 2
    assert q1.period_label == "Triwulan I"
    with pytest.raises(ValidationError):
        central.dashboard(ws, admin, YEAR, period_code="2001-Q1")
    with pytest.raises(ValidationError):
        central.dashboard(ws, admin, 1850)


def test_drill_down_from_opd_to_unit_to_person(city):
    ws, admin, c = city
    d = central.dashboard(ws, admin, YEAR)
    kes = d.skp_status.row_ids[d.skp_status.column_values("opd").index("Dinas Kesehatan")]
    units = central.drill_opd(ws, admin, YEAR, kes)
    assert units.drill == "unit"
    assert [r[0] for r in units.rows] == ["Dinas Kesehatan", "Bidang Pelayanan"]
    assert [r[1] for r in units.rows] == [1, 11]
    people = central.drill_unit(ws, admin, YEAR, c.units["a_bid"])
    assert people.drill == "person"
    assert len(people.rows) == 11
    me = dict(zip(people.row_ids, people.as_dicts(), strict=True))[c.people[LOG_PERSON]]
    assert me["hari_disetujui"] == LOG_APPROVED_DAYS
    assert me["hari_kerja"] == working_days(YEAR)
    assert me["predikat"] == "Sangat Baik"
    assert me["skp"] == "Disetujui"
    assert " " in me["nip"]  # printed NIP
    with pytest.raises(Exception) as missing:
        central.drill_opd(ws, admin, YEAR, "no-such-unit")
    assert missing.value.code == "not_found"


def test_reward_coaching_and_jp_lists(city):
    ws, admin, c = city
    reward = central.reward_list(ws, admin, YEAR)
    got = dict(zip(reward.row_ids, reward.column_values("penghargaan"), strict=True))
    assert got == {c.people["a0"]: "Ya", c.people["a1"]: "Belum", c.people["b0"]: "Belum"}
    assert "Akhir" in reward.notes[0]
    coaching = central.coaching_list(ws, admin, YEAR)
    plans = dict(zip(coaching.row_ids, coaching.column_values("rencana"), strict=True))
    assert plans == {
        c.people["a7"]: "Ada",
        c.people["a8"]: "Belum ada",
        c.people["d0"]: "Belum ada",
    }
    below = central.below_jp_list(ws, admin, YEAR)
    short = dict(zip(below.row_ids, below.column_values("kurang"), strict=True))
    assert set(short) == {c.people[k] for k in ("a5", "a6", "a7", "c0", "c1", "c2", "d0")}
    assert short[c.people["a7"]] == pytest.approx(0.01)
    assert below.column_values("opd")[0] == "Badan Arsip"  # sorted by OPD, then name


def test_permissions_per_role(city):
    ws, admin, c = city
    staff = actor_for(ws, admin, "pegawai1", ["pegawai"], c.people["a5"])
    for call in (
        lambda a: central.dashboard(ws, a, YEAR),
        lambda a: central.drill_opd(ws, a, YEAR, c.units["a"]),
        lambda a: central.reward_list(ws, a, YEAR),
        lambda a: central.arrivals(ws, a),
        lambda a: central.import_log(ws, a),
    ):
        with pytest.raises(PermissionDeniedError):
            call(staff)

    opd_admin = actor_for(ws, admin, "adminkes", ["admin_opd"], c.people["a3"])
    d = central.dashboard(ws, opd_admin, YEAR)
    assert d.skp_status.column_values("opd") == ["Dinas Kesehatan"]
    assert d.scope_label == "Dinas Kesehatan"
    assert d.can_see_people
    assert len(central.drill_unit(ws, opd_admin, YEAR, c.units["a_bid"]).rows) == 11
    with pytest.raises(PermissionDeniedError):
        central.drill_opd(ws, opd_admin, YEAR, c.units["b"])
    assert set(central.reward_list(ws, opd_admin, YEAR).row_ids) == {
        c.people["a0"],
        c.people["a1"],
    }
    with pytest.raises(PermissionDeniedError):
        central.arrivals(ws, opd_admin)

    head = actor_for(ws, admin, "kadinkes", ["pegawai", "atasan"], c.people["a0"])
    d = central.dashboard(ws, head, YEAR)
    assert d.skp_status.column_values("opd") == ["Dinas Kesehatan"]
    assert not d.can_see_people
    assert len(central.drill_opd(ws, head, YEAR, c.units["a"]).rows) == 2
    with pytest.raises(PermissionDeniedError):
        central.drill_unit(ws, head, YEAR, c.units["a_bid"])
    with pytest.raises(PermissionDeniedError):
        central.coaching_list(ws, head, YEAR)


def test_tables_export_to_xlsx_and_csv(city, tmp_path):
    ws, admin, _c = city
    d = central.dashboard(ws, admin, YEAR)
    out = central.export_table(d.skp_status, tmp_path / "skp.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("OPD", "Pegawai")
    kes = next(r for r in rows if r[0] == "Dinas Kesehatan")
    assert kes[1] == 12
    assert kes[-1] == pytest.approx(0.833)
    path = central.export_table(d.predikat_warnings, tmp_path / "warn.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["OPD", "Predikat organisasi", "Peringatan"]
    assert len(lines) == 3
    book = central.export_tables(d.tables(), tmp_path / "all.xlsx")
    assert len(load_workbook(book).sheetnames) == len(d.tables())
    with pytest.raises(ValidationError):
        central.export_table(d.jp, tmp_path / "x.pdf")


def test_cell_text_is_indonesian():
    assert central.cell_text(83.33, "percent") == "83,3%"
    assert central.cell_text(12345, "int") == "12.345"
    assert central.cell_text(24.0, "decimal") == "24"
    assert central.cell_text(21.5, "decimal") == "21,5"
    assert central.cell_text(None, "percent") == "-"
    assert central.cell_text(date(2026, 8, 17), "date") == "17-08-2026"


def test_jp_sums_read_the_texts_as_the_form_does(city, monkeypatch):
    """The year's JP are summed in the database per distinct text (a comma decimal,
    blanks, junk = 0); the same figures as reading each training row, also on the
    row-by-row path taken for unusual texts."""
    from decimal import Decimal

    ws, _admin, c = city
    odd = ("2,5", " 3 ", "abc", "1.125", "-1", "", "0,25", "1e2")
    with ws.write("test") as session:
        for i, jp in enumerate(odd):
            day = date(YEAR, 6, 1 + i)
            session.add(
                training_row(c.people["a1" if i % 2 else "a3"], day, day, jp, title=f"Bimtek {i}")
            )

    def expected() -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        with ws.read() as session:
            for emp, jp in session.execute(
                text(
                    "SELECT employee_id, jp_credited FROM training WHERE status = 'Diverifikasi' "
                    "AND deleted = :no AND start_date >= :a AND start_date <= :b"
                ),
                {"no": False, "a": date(YEAR, 1, 1), "b": date(YEAR, 12, 31)},
            ).all():
                out[emp] = out.get(emp, Decimal(0)) + central._jp_value(jp)
        return out

    def loaded() -> dict[str, Decimal]:
        central._CACHE.clear()
        with ws.read() as session:
            data = central.figures(ws, session, YEAR, period_code=None, opd_ids=None)
        return {e: p.jp for e, p in data.people.items() if p.jp}

    want = {e: v for e, v in expected().items() if v}
    assert want[c.people["a1"]] != 0
    assert loaded() == want
    monkeypatch.setattr(central, "JP_SCALE", 0)  # the row-by-row path
    assert loaded() == want
