"""Who is the Pejabat Penilai Kinerja of an employee on a given day.

The one rule, used by every service (SKP, evaluation, daily-log review, training, to-do,
demo data) through ``services.organisation``. Pure: it takes an employee's supervisor
mapping rows and a day, and needs no database.

The rule, in the terms of the supervisor mapping (who appraises whom, per year):

1. The mapping of the day's year whose span (``valid_from`` .. ``valid_to``) contains the
   day decides. Where spans overlap, the one that started last wins.
2. A day before the year's first mapping is covered by that first mapping: a mapping
   keyed in from 1 July still names the penilai of January-June when no other mapping
   of that year says otherwise.
3. A day in a gap after a mapping ended (and before the next one starts, or after the
   last one ends) keeps the penilai of the latest mapping that started before the day.
4. An employee with no mapping in the day's year has no penilai (``None``).

The Atasan Pejabat Penilai is the penilai's own penilai on the same day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, order=True)
class MappingSpan:
    """One supervisor mapping row of an employee: ``supervisor_id`` from ``valid_from``
    to ``valid_to`` (both inclusive) within ``year``."""

    year: int
    valid_from: date
    valid_to: date
    supervisor_id: str


def penilai_on(spans: Iterable[MappingSpan], day: date) -> str | None:
    """The supervisor id that appraises the employee on ``day`` (see the module rule)."""
    rows = sorted((s for s in spans if s.year == day.year), key=lambda s: s.valid_from)
    if not rows:
        return None
    for span in reversed(rows):
        if span.valid_from <= day <= span.valid_to:
            return span.supervisor_id
    earlier = [s for s in rows if s.valid_from <= day]
    return (earlier[-1] if earlier else rows[0]).supervisor_id


def penilai_periods(spans: Iterable[MappingSpan], year: int) -> list[tuple[date, date, str]]:
    """The rule above as periods of ``year``: ``(first day, last day, supervisor id)``,
    consecutive days with the same penilai joined. ``penilai_on`` changes only where a
    span starts or ends, so evaluating it at those days gives every period exactly (sync
    scopes ask "who appraises X at any time during this row's dates" through it)."""
    rows = [s for s in spans if s.year == year]
    if not rows:
        return []
    first, last = date(year, 1, 1), date(year, 12, 31)
    cuts = {first}
    for span in rows:
        for day in (span.valid_from, span.valid_to + timedelta(days=1)):
            if first < day <= last:
                cuts.add(day)
    starts = sorted(cuts)
    periods: list[tuple[date, date, str]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - timedelta(days=1) if i + 1 < len(starts) else last
        supervisor = penilai_on(rows, start)
        if supervisor is None:
            continue
        if periods and periods[-1][2] == supervisor and periods[-1][1] + timedelta(days=1) == start:
            periods[-1] = (periods[-1][0], end, supervisor)
        else:
            periods.append((start, end, supervisor))
    return periods
