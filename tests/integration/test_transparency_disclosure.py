"""The differencing attack on the public report's GENERATED files (CSV and xlsx): every
published row sum, column sum, city total, repeated figure and rounded rate is written
down, and no suppressed cell may come out as a single value. Run on the office demo, on
small synthetic cities built to be hard, and on hypothesis-generated tables."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.suppression import grid_lines, is_small, suppress
from ekinerja_desktop.services import auth, transparency
from ekinerja_desktop.services.demo import DEMO_ADMIN, create_demo_workspace
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers.central import YEAR, build_opds, central_node
from tests.helpers.disclosure import HIDDEN, System, equations, read_csv_tables, read_xlsx_tables

pytestmark = pytest.mark.db


def _attack_files(folder, year):
    base = f"laporan-kinerja-ASN-{year}"
    from_csv = equations(read_csv_tables(folder, base))
    from_xlsx = equations(read_xlsx_tables(folder / f"{base}.xlsx"))
    return from_csv, from_xlsx


def _publish(ws, admin, year, out):
    return transparency.write_report(ws, admin, year, out, formats=("csv", "xlsx"))


def _assert_safe(files, year):
    report = files.report
    from_csv, from_xlsx = _attack_files(files.csv[0].parent, year)
    assert len(from_csv.cells) == len(from_xlsx.cells) >= report.suppressed_cells > 0
    for system in (from_csv, from_xlsx):
        assert system.recovered() == {}
    return from_csv


# --- the office demo ------------------------------------------------------------------
@pytest.fixture(scope="module")
def office_demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office-demo")
    create_demo_workspace(folder / "ws", scale="office", seed=2026, log_weeks=2)
    ws = open_workspace(folder / "ws")
    actor = auth.login(ws, *DEMO_ADMIN)
    # The office demo is an office node; the report is the central office's: same data.
    actor = dataclasses.replace(actor, roles=actor.roles | {Role.ADMIN_PUSAT})
    yield ws, actor, folder
    ws.close()


def _demo_year(ws, actor):
    from ekinerja_desktop.domain.timeutil import today_wita

    return today_wita().year


def test_office_demo_files_survive_the_differencing_attack(office_demo):
    ws, actor, folder = office_demo
    year = _demo_year(ws, actor)
    files = _publish(ws, actor, year, folder / "out")
    system = _assert_safe(files, year)
    report = files.report
    # Sekretariat Daerah (1 person) is the only small OPD; BKPSDM (60) is never merged.
    assert report.merged_opds == ("Sekretariat Daerah",)
    note = next(n for n in report.method if "digabung" in n and "Sekretariat Daerah" in n)
    assert "Badan Kepegawaian" not in note
    assert "1 pegawai" in note
    # predikat categories are never merged: every category has its own row
    rows = report.table("predikat").rows
    assert [r[0] for r in rows[:-1]] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang",
        "Sangat Kurang",
    ]
    assert not any("/" in str(r[0]) for r in rows)
    assert system.cells  # something had to be hidden


def test_weak_suppression_is_caught_by_the_attack(office_demo, monkeypatch):
    """The test has teeth: with primary suppression only (the old rule's weakness) the
    same attack recovers hidden cells from the same files."""
    ws, actor, folder = office_demo
    year = _demo_year(ws, actor)

    def primary_only(values, primary, lines, **_kw):
        return frozenset(primary)

    monkeypatch.setattr(transparency, "suppress", primary_only)
    files = _publish(ws, actor, year, folder / "weak")
    from_csv, _x = _attack_files(files.csv[0].parent, year)
    assert from_csv.recovered()


def test_rates_never_reveal_a_small_complement(office_demo):
    ws, actor, folder = office_demo
    year = _demo_year(ws, actor)
    files = _publish(ws, actor, year, folder / "rates")
    for table in files.report.tables:
        for row in table.rows:
            for value, kind, name in zip(row, table.kinds, table.columns, strict=True):
                if kind == "int" and isinstance(value, int):
                    assert not is_small(value) or name in ("Pegawai", "Pegawai aktif"), (
                        table.key,
                        row,
                    )


# --- synthetic cities built to be hard ------------------------------------------------
def _person(pred="Baik", status="PNS", skp="Disetujui", jp="20"):
    return (status, skp, pred if skp == "Disetujui" else "", jp)


def _tiny_opds():
    """Tiny OPDs (1-3 people), one-person cells everywhere, a big OPD with one
    unevaluated person (rate near 100%) and a Lainnya that stays under 5."""
    big = [_person() for _ in range(214)] + [_person("Sangat Kurang"), _person(skp="")]
    return [
        ("Dinas Besar", big),
        ("Dinas Sedang", [_person()] * 7 + [_person("Kurang"), _person("Sangat Baik")]),
        ("Badan Kecil", [_person("Sangat Baik"), _person(status="PPPK", jp="30")]),
        ("Kantor Mini", [_person("Butuh Perbaikan")]),
        ("Dinas Lima", [_person("Sangat Baik")] * 4 + [_person("Kurang", status="PPPK")]),
    ]


def _one_person_cells():
    """Every OPD has exactly one person in each rare category."""
    out = []
    for i in range(4):
        people = [_person() for _ in range(6 + i)]
        people += [
            _person("Sangat Baik"),
            _person("Butuh Perbaikan"),
            _person("Kurang", status="PPPK", jp="0"),
            _person("Sangat Kurang", jp="0"),
            _person(skp="Draft"),
        ]
        out.append((f"Dinas {i + 1}", people))
    return out


def _near_hundred():
    """Rates of 99.5%: 215 of 216 evaluated, 1 PNS below 20 JP, 1 without an approved
    SKP; a second OPD of exactly 5 people all Baik."""
    big = [_person() for _ in range(214)]
    big += [_person(jp="3"), _person(skp="Diajukan")]
    return [("Dinas Besar", big), ("Dinas Kecil", [_person() for _ in range(5)])]


def _random_city(seed):
    rng = random.Random(seed)
    preds = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
    weights = [6, 70, 12, 7, 5]
    out = []
    for i in range(rng.randint(2, 7)):
        size = rng.choice([1, 2, 3, 4, 5, 6, 8, 12, 20, 40])
        people = []
        for _ in range(size):
            skp = rng.choices(["Disetujui", "Draft", ""], [85, 10, 5])[0]
            people.append(
                _person(
                    rng.choices(preds, weights)[0] if rng.random() < 0.9 else "",
                    rng.choices(["PNS", "PPPK"], [80, 20])[0],
                    skp,
                    rng.choice(["0", "10", "20", "24", "30"]),
                )
            )
        out.append((f"OPD Acak {i + 1}", people))
    return out


CITIES = {
    "tiny-opds": _tiny_opds,
    "one-person-cells": _one_person_cells,
    "near-100-percent": _near_hundred,
    **{f"random-{seed}": (lambda s=seed: _random_city(s)) for seed in (1, 2, 3, 4)},
}


@pytest.mark.parametrize("name", sorted(CITIES))
def test_hard_synthetic_city_files_survive_the_attack(name, data_dir, database_url, tmp_path):
    ws, admin = central_node(data_dir, database_url)
    try:
        build_opds(ws, CITIES[name]())
        files = _publish(ws, admin, YEAR, tmp_path / "out")
    finally:
        ws.close()
    _assert_safe(files, YEAR)
    report = files.report
    # only OPDs under 5 people are merged, and the note says exactly which
    sizes = {n: len(p) for n, p in CITIES[name]()}
    assert set(report.merged_opds) == {n for n, k in sizes.items() if k < 5}
    if name == "near-100-percent":
        summary = dict(report.table("ringkasan").rows)
        # 215 of 216 evaluated: the rate and the count of the unevaluated are hidden
        assert summary["Pegawai dengan predikat Akhir"] == HIDDEN
        rows = {r[0]: r for r in report.table("opd_predikat").rows}
        assert rows["Dinas Besar"][-2] == HIDDEN  # Dinilai
        assert rows["Dinas Besar"][-1] == HIDDEN  # Evaluasi selesai (%)


# --- hypothesis: any table ------------------------------------------------------------
@st.composite
def tables(draw):
    n_rows = draw(st.integers(1, 6))
    n_cols = draw(st.integers(2, 6))
    small = st.integers(0, 6)
    mixed = st.one_of(small, st.integers(0, 60))
    values = [
        [draw(mixed if draw(st.booleans()) else small) for _c in range(n_cols)]
        for _r in range(n_rows)
    ]
    return values


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_any_table_survives_the_attack(values):
    """The engine on a random table with its row and column totals; the attack reads
    only the printed cells (numbers and "x")."""
    rows = list(range(len(values)))
    cols = list(range(len(values[0])))
    cells = {(r, c): values[r][c] for r in rows for c in cols}
    for r in rows:
        cells[(r, "T")] = sum(values[r])
    for c in [*cols, "T"]:
        cells[("S", c)] = sum(cells[(r, c)] for r in rows)
    lines = grid_lines(rows, cols, "S", "T")
    # as in the report: a cell of 1-4 people, and every cell of a row under 5 people
    small_rows = {r for r in rows if sum(values[r]) < 5}
    primary = [
        k
        for k, v in cells.items()
        if k[1] != "T" and (is_small(v) or (k[0] in small_rows and k[0] != "S"))
    ]
    hidden = suppress(
        cells,
        primary,
        lines,
        locked=[(r, "T") for r in [*rows, "S"]],
        margins=[("S", c) for c in cols],
    )
    assert set(primary) <= hidden
    printed = {k: (HIDDEN if k in hidden else str(v)) for k, v in cells.items()}
    system = System()
    for k, text in printed.items():
        system.var(k, text)
    for r in [*rows, "S"]:
        system.add_sum([(r, c) for c in cols], (r, "T"))
    for c in [*cols, "T"]:
        system.add_sum([(r, c) for r in rows], ("S", c))
    assert system.recovered() == {}
