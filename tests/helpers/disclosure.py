"""The differencing attack on the published public-report files.

An outsider reads the generated CSV (or xlsx) files - not the program's objects - and
writes down every published equation: row sums (a partition of each OPD's head count),
column sums into the city total row, the same quantity in several tables, and every
rate with its rounding interval. Each suppressed cell ("x") is an unknown non-negative
integer. Interval propagation to a fixpoint, then shaving (try each end of an interval,
propagate, drop it when that is infeasible), bounds every unknown; a cell whose
interval is a single value is recovered.

This is written independently of ``domain/suppression.py`` on purpose.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

HIDDEN = "x"
BIG = 10**9
TOTAL = "Jumlah kota"


@dataclass
class System:
    bounds: dict[object, list[int]] = field(default_factory=dict)
    sums: list[tuple[list[object], object]] = field(default_factory=list)
    ratios: list[tuple[object, list[object], float, float]] = field(default_factory=list)
    cells: set[object] = field(default_factory=set)  # suppressed cells as printed

    def var(self, key: object, text: str | None = None) -> object:
        """A variable; ``text`` is the printed cell ("x", a number or empty)."""
        if key not in self.bounds:
            self.bounds[key] = [0, BIG]
        if text is not None and text != "":
            if text == HIDDEN:
                self.cells.add(key)
            else:
                value = int(float(text))
                lo, hi = self.bounds[key]
                assert lo <= value <= hi, (key, value, lo, hi)  # the same quantity agrees
                self.bounds[key] = [value, value]
        return key

    def add_sum(self, parts: list[object], total: object) -> None:
        for k in (*parts, total):
            self.var(k)
        self.sums.append((list(parts), total))

    def add_rate(self, num: object, dens: list[object], text: str) -> None:
        """``text`` is a printed percentage with one decimal (any rounding)."""
        if text in ("", HIDDEN):
            return
        r = float(text)
        self.ratios.append((num, list(dens), max(0.0, r - 0.05), r + 0.05))

    # -- the attack ------------------------------------------------------------------
    @staticmethod
    def _propagate(b: dict[object, list[int]], sums, ratios) -> bool:
        """Tighten ``b`` in place; False when infeasible."""
        for _round in range(500):
            changed = False
            for parts, total in sums:
                lo_sum = sum(b[k][0] for k in parts)
                hi_sum = sum(b[k][1] for k in parts)
                t = b[total]
                nt = [max(t[0], lo_sum), min(t[1], hi_sum)]
                if nt != t:
                    b[total] = nt
                    changed = True
                for k in parts:
                    lo, hi = b[k]
                    new = [max(lo, nt[0] - (hi_sum - hi)), min(hi, nt[1] - (lo_sum - lo))]
                    if new != [lo, hi]:
                        b[k] = new
                        lo_sum += new[0] - lo
                        hi_sum += new[1] - hi
                        changed = True
            for num, dens, r_lo, r_hi in ratios:
                d_lo = sum(b[k][0] for k in dens)
                d_hi = sum(b[k][1] for k in dens)
                n = b[num]
                new_n = [
                    max(n[0], math.ceil(r_lo * d_lo / 100 - 1e-9)),
                    min(n[1], math.floor(r_hi * d_hi / 100 + 1e-9)),
                ]
                if new_n != n:
                    b[num] = new_n
                    changed = True
                if len(dens) == 1:
                    (d,) = dens
                    lo_d = math.ceil(new_n[0] * 100 / r_hi - 1e-9)
                    hi_d = math.floor(new_n[1] * 100 / r_lo + 1e-9) if r_lo > 0 else BIG
                    new_d = [max(b[d][0], lo_d), min(b[d][1], hi_d)]
                    if new_d != b[d]:
                        b[d] = new_d
                        changed = True
            if any(lo > hi for lo, hi in b.values()):
                return False
            if not changed:
                return True
        return True

    def attack(self, *, shave: bool = True) -> dict[object, tuple[int, int]]:
        """The interval of every suppressed cell after propagation and shaving."""
        b = {k: list(v) for k, v in self.bounds.items()}
        assert self._propagate(b, self.sums, self.ratios), "the published figures disagree"
        if shave:
            for key in sorted(self.cells, key=str):
                for end in (0, 1):
                    for _try in range(6):
                        lo, hi = b[key]
                        if lo >= hi:
                            break
                        trial = {k: list(v) for k, v in b.items()}
                        probe = lo if end == 0 else hi
                        trial[key] = [probe, probe]
                        if self._propagate(trial, self.sums, self.ratios):
                            break
                        b[key] = [lo + 1, hi] if end == 0 else [lo, hi - 1]
                        assert self._propagate(b, self.sums, self.ratios)
        return {k: (b[k][0], b[k][1]) for k in self.cells}

    def recovered(self) -> dict[object, int]:
        return {k: lo for k, (lo, hi) in self.attack().items() if lo == hi}


# --- reading the files ----------------------------------------------------------------
def read_csv_tables(folder: Path, base: str) -> dict[str, list[list[str]]]:
    out = {}
    for path in sorted(folder.glob(f"{base}-*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            out[path.stem[len(base) + 1 :]] = list(csv.reader(fh))
    return out


def read_xlsx_tables(path: Path) -> dict[str, list[list[str]]]:
    """The same tables from the workbook (sheets named by table key). Percentage cells
    come back as percent points; counts as integers."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = {}
    for sheet in wb.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = [str(c) for c in rows[0]]
        body = []
        for short in rows[1:]:
            cells = []
            row = (*short, *([None] * (len(header) - len(short))))  # trailing empty cells
            for name, value in zip(header, row, strict=False):
                if isinstance(value, int | float) and name.endswith("(%)"):
                    cells.append(repr(round(value * 100, 4)))
                elif isinstance(value, float) and value.is_integer():
                    cells.append(str(int(value)))
                else:
                    cells.append("" if value is None else str(value))
            body.append(cells)
        out[sheet.title] = [header, *body]
    return out


def equations(tables: dict[str, list[list[str]]]) -> System:
    """Every published equation of the report's tables (the structure the method note
    describes: each OPD table partitions the OPD's head count; 'Jumlah kota' is the sum
    of the OPD rows; the city tables repeat the 'Jumlah kota' row)."""
    s = System()

    def people(row: str) -> object:
        return ("pegawai", row)

    def grid(key: str, parts: list[str], extra: dict[str, list[str]] | None = None) -> None:
        header, *rows = tables[key]
        col = {name: i for i, name in enumerate(header)}
        labels = [r[0] for r in rows]
        opds = [lb for lb in labels if lb != TOTAL]
        for r in rows:
            s.var(people(r[0]), r[col["Pegawai"]])
            for name in parts + list(extra or {}):
                s.var((key, r[0], name), r[col[name]])
            s.add_sum([(key, r[0], name) for name in parts], people(r[0]))
            for name, others in (extra or {}).items():
                # e.g. Dinilai + Belum dinilai = Pegawai
                s.add_sum([(key, r[0], name), *((key, r[0], o) for o in others)], people(r[0]))
        s.add_sum([people(o) for o in opds], people(TOTAL))
        for name in parts + list(extra or {}):
            s.add_sum([(key, o, name) for o in opds], (key, TOTAL, name))

    grid("opd_skp", ["SKP disetujui", "SKP belum disetujui"])
    pred = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang", "Belum dinilai"]
    grid("opd_predikat", pred, {"Dinilai": ["Belum dinilai"]})
    jp_header = tables["opd_jp"][0]
    jp_parts = jp_header[2:6]
    grid("opd_jp", jp_parts)
    # rates of the OPD tables
    for key, rate_col, num, dens in (
        ("opd_skp", "SKP disetujui (%)", ("opd_skp", "SKP disetujui"), ["pegawai"]),
        ("opd_predikat", "Evaluasi selesai (%)", ("opd_predikat", "Dinilai"), ["skp"]),
        ("opd_jp", jp_header[6], ("opd_jp", jp_parts[0]), [jp_parts[0], jp_parts[1]]),
        ("opd_jp", jp_header[7], ("opd_jp", jp_parts[2]), [jp_parts[2], jp_parts[3]]),
    ):
        header, *rows = tables[key]
        i = header.index(rate_col)
        for r in rows:
            if dens == ["pegawai"]:
                den_keys = [people(r[0])]
            elif dens == ["skp"]:
                den_keys = [("opd_skp", r[0], "SKP disetujui")]
            else:
                den_keys = [(key, r[0], d) for d in dens]
            s.add_rate((num[0], r[0], num[1]), den_keys, r[i])
    # the city predikat table repeats the total row
    header, *rows = tables["predikat"]
    dinilai = ("opd_predikat", TOTAL, "Dinilai")
    for r in rows:
        key = dinilai if r[0] == "Jumlah dinilai" else ("opd_predikat", TOTAL, r[0])
        s.var(key, r[1])
        s.add_rate(key, [dinilai], r[2])
    # the summary repeats city totals
    for label, value in tables["ringkasan"][1:]:
        if label == "Pegawai ASN aktif":
            s.var(people(TOTAL), value)
        elif label.startswith("Pegawai dengan predikat"):
            s.var(dinilai, value)
        elif label == "SKP disetujui (%)":
            s.add_rate(("opd_skp", TOTAL, "SKP disetujui"), [people(TOTAL)], value)
        elif label.startswith("PNS >="):
            s.add_rate(
                ("opd_jp", TOTAL, jp_parts[0]),
                [("opd_jp", TOTAL, jp_parts[0]), ("opd_jp", TOTAL, jp_parts[1])],
                value,
            )
        elif label.startswith("Evaluasi"):
            s.add_rate(dinilai, [("opd_skp", TOTAL, "SKP disetujui")], value)
    # monthly trends: each month partitions its active staff twice
    header, *rows = tables["tren_bulanan"]
    col = {name: i for i, name in enumerate(header)}
    for r in rows:
        month = r[0]
        active = s.var(("aktif", month), r[col["Pegawai aktif"]])
        for name in ("Dengan SKP disetujui", "Dengan log harian"):
            part = s.var(("tren", month, name), r[col[name]])
            rest = s.var(("tren", month, name, "tanpa"))
            s.add_sum([part, rest], active)
            s.add_rate(part, [active], r[col[name + " (%)"]])
    for label, value in tables["tindak_lanjut"][1:]:
        s.var(("tindak", label), value)
    return s
