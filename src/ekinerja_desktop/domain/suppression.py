"""Cell suppression for published tables of person counts (statistical disclosure control).

A published table is a set of count cells tied by additive equations ("lines"): the
cells of a row add up to the row total, the cells of a column to the column total, the
column totals to the grand total. A cell holding 1-4 people (or a small group's every
cell) must not be published: it is *primary*-suppressed. Hiding it alone is useless -
the reader subtracts the other cells from the total - so further cells are hidden
(*complementary* suppression) until:

1. no line has exactly one hidden cell, iterated to a fixpoint over every line (rows,
   columns, the total row and the total column), and
2. no hidden cell can be pinned to a single value by interval propagation over all
   lines to a fixpoint, followed by shaving (the attack an outsider runs with the
   published figures: every hidden cell is a non-negative integer, each line bounds
   each of its cells by the others; an end of an interval that leads to a contradiction
   is dropped).

Both checks are pure Python; :func:`feasible_intervals` is the attack, used by the
builder to verify its own output.

Rates derived from suppressed counts are published only when their numerator and
denominator are published (callers enforce it), so a rate never tells more than the
counts beside it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

MIN_GROUP = 5  # the smallest count published; 1-4 are suppressed
UNBOUNDED = 10**12  # an upper bound nobody reaches: "not known from above"

Key = Hashable


@dataclass(frozen=True)
class Line:
    """``sum(parts) == total``: one published additive equation."""

    parts: tuple[Key, ...]
    total: Key

    @property
    def cells(self) -> tuple[Key, ...]:
        return (*self.parts, self.total)


def is_small(count: int) -> bool:
    """A count that must not be published (1-4 people); zero is published."""
    return 0 < count < MIN_GROUP


def grid_lines(
    rows: Sequence[Hashable],
    columns: Sequence[Hashable],
    total_row: Hashable | None,
    total_column: Hashable,
) -> list[Line]:
    """The lines of a table keyed ``(row, column)`` whose cells of each row add up to
    ``(row, total_column)`` and, with a ``total_row``, whose cells of each column
    (the total column included) add up to ``(total_row, column)``."""
    all_rows = [*rows, *([total_row] if total_row is not None else [])]
    lines = [Line(tuple((r, c) for c in columns), (r, total_column)) for r in all_rows]
    if total_row is not None:
        lines += [
            Line(tuple((r, c) for r in rows), (total_row, c)) for c in (*columns, total_column)
        ]
    return lines


def feasible_intervals(
    values: Mapping[Key, int],
    hidden: Iterable[Key],
    lines: Sequence[Line],
    *,
    lower: Mapping[Key, int] | None = None,
) -> dict[Key, tuple[int, int]]:
    """What an outsider can infer about each hidden cell: the interval of integers left
    by propagating every line to a fixpoint (published cells are exact, hidden cells are
    at least ``lower`` - default 0 - and otherwise unknown)."""
    hidden_set = set(hidden)
    bounds: dict[Key, tuple[int, int]] = {}
    for line in lines:
        for key in line.cells:
            if key in hidden_set:
                bounds[key] = ((lower or {}).get(key, 0), UNBOUNDED)
            else:
                bounds[key] = (values[key], values[key])
    for key in hidden_set:
        bounds.setdefault(key, ((lower or {}).get(key, 0), UNBOUNDED))
    watched = [line for line in lines if any(k in hidden_set for k in line.cells)]
    if not _propagate(bounds, watched):
        raise ValueError("published cells contradict each other")
    # Shaving: an end of an interval that leads to a contradiction is not feasible.
    for key in sorted(hidden_set, key=str):
        for end in (0, 1):
            for _step in range(MIN_GROUP + 1):
                lo, hi = bounds[key]
                if lo >= hi:
                    break
                probe = dict(bounds)
                probe[key] = (lo, lo) if end == 0 else (hi, hi)
                if _propagate(probe, watched):
                    break
                bounds[key] = (lo + 1, hi) if end == 0 else (lo, hi - 1)
                _propagate(bounds, watched)
    return {k: bounds[k] for k in hidden_set}


def _propagate(bounds: dict[Key, tuple[int, int]], lines: Sequence[Line]) -> bool:
    """Tighten ``bounds`` over ``lines`` to a fixpoint; False when contradictory."""
    changed = True
    rounds = 0
    while changed and rounds < 10_000:
        changed = False
        rounds += 1
        for line in lines:
            lo_sum = sum(bounds[k][0] for k in line.parts)
            hi_sum = sum(bounds[k][1] for k in line.parts)  # huge when any part is unknown
            t_lo, t_hi = bounds[line.total]
            new_total = (max(t_lo, lo_sum), min(t_hi, hi_sum))
            if new_total[0] > new_total[1]:
                return False
            if new_total != (t_lo, t_hi):
                bounds[line.total] = new_total
                changed = True
            t_lo, t_hi = new_total
            for k in line.parts:
                lo, hi = bounds[k]
                new = (max(lo, t_lo - (hi_sum - hi)), min(hi, t_hi - (lo_sum - lo)))
                if new[0] > new[1]:
                    return False
                if new != (lo, hi):
                    bounds[k] = new
                    lo_sum += new[0] - lo
                    hi_sum += new[1] - hi
                    changed = True
    return True


def suppress(
    values: Mapping[Key, int],
    primary: Iterable[Key],
    lines: Sequence[Line],
    *,
    locked: Iterable[Key] = (),
    margins: Iterable[Key] = (),
) -> frozenset[Key]:
    """The cells to hide: ``primary`` plus complementary cells, so that no hidden cell
    is recoverable from the published cells through ``lines`` (see the module doc).

    ``locked`` cells (e.g. head counts) are hidden only when nothing else protects a
    cell; ``margins`` (totals) are chosen after inner cells. Among the rest the choice
    prefers a cell whose other lines already hold a hidden cell (it closes a rectangle),
    then non-zero cells, then the smallest count - the usual least-information-loss
    heuristic."""
    hidden = set(primary)
    locked_set = set(locked)
    margin_set = set(margins)
    by_cell: dict[Key, list[Line]] = {}
    for line in lines:
        for key in line.cells:
            by_cell.setdefault(key, []).append(line)

    def hidden_in(line: Line) -> int:
        return sum(1 for k in line.cells if k in hidden)

    def pick(candidates: Iterable[Key]) -> Key | None:
        best: tuple[tuple[int, int, int, int, int], Key] | None = None
        for key in candidates:
            if key in hidden:
                continue
            closes = sum(1 for line in by_cell.get(key, []) if hidden_in(line) > 0)
            value = values[key]
            score = (
                key in locked_set,
                key in margin_set,
                -closes,
                value == 0,
                value,
            )
            if best is None or score < best[0]:
                best = (score, key)
        return None if best is None else best[1]

    for _round in range(len(values) + 1):
        lonely = next((line for line in lines if hidden_in(line) == 1), None)
        if lonely is not None:
            choice = pick(lonely.cells)
            if choice is None:  # every other cell is hidden already: cannot happen
                break
            hidden.add(choice)
            continue
        bounds = feasible_intervals(values, hidden, lines)
        pinned = sorted(
            (k for k, (lo, hi) in bounds.items() if lo == hi), key=lambda k: (values[k], str(k))
        )
        if not pinned:
            break
        cell = pinned[0]
        choice = pick(k for line in by_cell.get(cell, []) for k in line.cells)
        if choice is None:
            break
        hidden.add(choice)
    return frozenset(hidden)
