"""Monthly recap of daily logs, TPP configuration, export and the CLI."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from ekinerja_desktop import cli
from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.services import recap
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from tests.helpers.cli_login import cli_login
from tests.helpers.dailylog import logged_monday
from tests.helpers.statements import recorded

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_logged")]


@pytest.fixture
def logged(prepared):
    return prepared


def _logged(ws, admin):
    return logged_monday(ws, admin, second_rhk=True)


def test_employee_recap_counts_and_capaian(ws, logged):
    chain, skp, monday = logged
    row = recap.employee_recap(ws, chain.a_staf, None, monday.year, monday.month)
    first = monday.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    assert row.working_days == WorkCalendar().count_working_days(first, last)
    assert row.days_with_entries == 2
    assert row.days_approved == 1
    assert row.entries == 3
    assert row.approved_entries == 1
    assert row.hours == 2.5
    assert row.late_entries == 2  # both Monday entries were submitted two weeks late
    by_rhk = {r.rhk_id: r for r in row.per_rhk}
    # Target 4 Dokumen a year -> 0.33 a month; 1 approved Dokumen is capped at 100 %.
    assert by_rhk[skp.rhk[0].id].activities == 1
    assert by_rhk[skp.rhk[0].id].capaian_percent == 100.0
    assert by_rhk[skp.rhk[1].id].activities == 0  # submitted, not approved
    assert by_rhk[skp.rhk[1].id].capaian_percent == 0.0
    assert row.capaian_percent == 50.0
    cfg = recap.TppConfig()
    coverage = 100 * 1 / row.working_days
    expected = round(0.5 * coverage + 0.5 * 50 - 1.0 * 1, 2)
    assert row.score == expected
    assert row.tpp_percent == round(expected * cfg.performance_share_percent / 100, 2)
    assert recap.employee_recap(ws, chain.a_kabid, chain.staf.id, monday.year, monday.month)
    with pytest.raises(PermissionDeniedError):
        recap.employee_recap(ws, chain.a_guru, chain.staf.id, monday.year, monday.month)
    with pytest.raises(ValidationError):
        recap.employee_recap(ws, chain.a_staf, None, monday.year, 0)


def test_tpp_config_editable_and_validated(ws, logged, admin):
    chain, _skp, monday = logged
    assert recap.tpp_config(ws) == recap.TppConfig()
    with pytest.raises(PermissionDeniedError):
        recap.set_tpp_config(ws, chain.a_staf, recap.TppConfig())
    with pytest.raises(ValidationError) as exc:
        recap.set_tpp_config(ws, admin, recap.TppConfig(weight_log_days=0.9, weight_capaian=0.9))
    assert "Jumlah kedua bobot" in str(exc.value)
    cfg = replace(recap.TppConfig(), late_penalty_per_day=0, performance_share_percent=100)
    recap.set_tpp_config(ws, admin, cfg)
    assert recap.tpp_config(ws) == cfg
    row = recap.employee_recap(ws, chain.a_staf, None, monday.year, monday.month)
    assert row.tpp_percent == row.score


def test_unit_recap_export_xlsx_pdf_and_cli(ws, logged, admin, tmp_path, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    chain, _skp, monday = logged
    seksi = chain.staf.data.unit_id
    unit = recap.unit_recap(ws, admin, seksi, monday.year, monday.month)
    assert [r.employee_id for r in unit.rows] == [chain.staf2.id, chain.staf.id]
    assert unit.rows[0].entries == 0
    # The kabid sees the team inside the unit; an unrelated employee is refused.
    assert len(recap.unit_recap(ws, chain.a_kabid, seksi, monday.year, monday.month).rows) == 2
    with pytest.raises(PermissionDeniedError):
        recap.unit_recap(ws, chain.a_guru, seksi, monday.year, monday.month)
    xlsx = recap.export_recap(unit, tmp_path / "rekap.xlsx")
    rows = list(load_workbook(xlsx, read_only=True)["Rekap"].iter_rows(values_only=True))
    assert rows[0][1] == "Nama"
    assert rows[2][1].startswith("Nurhayati")
    pdf = recap.export_recap(unit, tmp_path / "rekap.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError):
        recap.export_recap(unit, tmp_path / "rekap.doc")

    args = ["report", "recap", "--data-dir", str(ws.data_dir), "--database-url", ws.url]
    out = tmp_path / "cli" / "dinkes.xlsx"
    month = f"{monday.year}-{monday.month:02d}"
    code = cli.main([*args, "--unit", "DINKES", "--month", month, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "4 pegawai" in capsys.readouterr().out
    assert out.exists()
    code = cli.main([*args, "--unit", "DINKES", "--month", "2026/03", "--out", str(out)])
    assert code == 1
    assert "YYYY-MM" in capsys.readouterr().err


def test_first_screen_is_the_head_of_the_whole_recap(ws, logged, admin, monkeypatch):
    """``first=`` computes the rows of the first people only; they equal the same rows of
    the whole recap, and the count and working days are those of everyone."""
    chain, _skp, monday = logged
    seksi = chain.staf.data.unit_id
    whole = recap.unit_recap(ws, admin, seksi, monday.year, monday.month)
    assert whole.complete
    assert whole.total == len(whole.rows) == 2
    head = recap.unit_recap(ws, admin, seksi, monday.year, monday.month, first=1)
    assert not head.complete
    assert (head.total, head.working_days) == (2, whole.working_days)
    assert head.rows == whole.rows[:1]
    team_head = recap.team_recap(ws, chain.a_kabid, monday.year, monday.month, first=1)
    team = recap.team_recap(ws, chain.a_kabid, monday.year, monday.month)
    assert team_head.rows == team.rows[:1]
    assert team_head.total == team.total == 2
    assert whole.working_days == max(r.working_days for r in whole.rows)
    seen: list[int] = []
    # A large unit's first names are read in name order instead (the same rows).
    monkeypatch.setattr(recap, "NAME_ORDER_FROM", 1)
    assert recap.unit_recap(ws, admin, seksi, monday.year, monday.month, first=1) == head
    recap.unit_recap(
        ws, admin, seksi, monday.year, monday.month, progress=lambda d, t, _l: seen.append(t)
    )
    assert seen == [2]


def test_own_team_and_month_bound_permissions(ws, logged, admin):
    chain, skp, monday = logged
    year, month = monday.year, monday.month
    mine = recap.my_recap(ws, chain.a_staf, year, month)
    assert [r.employee_id for r in mine.rows] == [chain.staf.id]
    assert [k.rhk_id for k in mine.rows[0].per_rhk] == [r.id for r in skp.rhk]
    team = recap.team_recap(ws, chain.a_kabid, year, month)
    assert {r.employee_id for r in team.rows} == {chain.staf.id, chain.staf2.id}
    assert team.unit_name.startswith("Tim Moh. Rizal")
    assert recap.team_recap(ws, chain.a_guru, year, month).rows == ()
    with pytest.raises(ValidationError):
        recap.my_recap(ws, admin, year, month)  # no employee record
    # The mapping starts on 1 January: in December of the year before, the kabid was
    # nobody's penilai, so the recap of that month is not theirs to read.
    assert recap.team_recap(ws, chain.a_kabid, year - 1, 12).rows == ()
    with pytest.raises(PermissionDeniedError):
        recap.employee_recap(ws, chain.a_kabid, chain.staf.id, year - 1, 12)
    seksi = chain.staf.data.unit_id
    with pytest.raises(PermissionDeniedError):
        recap.unit_recap(ws, chain.a_kabid, seksi, year - 1, 12)
    # The admin's scope does not depend on the mapping; an unknown unit is reported.
    assert len(recap.unit_recap(ws, admin, seksi, year - 1, 12).rows) == 2
    with pytest.raises(NotFoundError):
        recap.unit_recap(ws, admin, "no-such-unit", year, month)


def test_unit_recap_reads_per_employee_data_in_few_queries(ws, logged, admin):
    """The recap of a big unit must not run queries per employee (a whole OPD has
    thousands): count the statements for 2 and for 4 employees."""
    chain, _skp, monday = logged
    with recorded(ws.read_engine) as statements:
        recap.unit_recap(ws, admin, chain.staf.data.unit_id, monday.year, monday.month)
        small = len(statements)
        statements.clear()
        dinkes = chain.kadis.data.unit_id
        big = recap.unit_recap(ws, admin, dinkes, monday.year, monday.month)
    assert len(big.rows) == 4
    assert len(statements) == small
