"""The review queue loads in pages of whole person-days: the pages together are the
whole queue, a page holds at most its limit of entries (unless one person-day is larger)
and loading a page costs the same statements whatever the size of the queue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ekinerja_desktop.services import dailylog as svc
from tests.helpers.dailylog import entry, past_monday, setup
from tests.helpers.master import actor_for
from tests.helpers.statements import recorded

pytestmark = pytest.mark.db


def _submit_days(ws, actor, monday, days: int, per_day: int) -> None:
    for d in range(days):
        for i in range(per_day):
            start = f"{8 + i:02d}:00"
            svc.save_entry(ws, actor, entry(monday + timedelta(days=d), start, f"{8 + i:02d}:30"))
    svc.submit_week(ws, actor, monday)


def _all_pages(ws, actor, limit: int) -> list[svc.QueuePage]:
    pages = [svc.review_queue_page(ws, actor, limit=limit)]
    while pages[-1].next_after is not None:
        pages.append(svc.review_queue_page(ws, actor, after=pages[-1].next_after, limit=limit))
        assert len(pages) < 50
    return pages


def _ids(groups) -> list[str]:
    return sorted(e.id for g in groups for e in g.entries)


def test_pages_cover_the_queue_in_whole_person_days(ws, admin):
    chain, _skp = setup(ws, admin)
    monday = past_monday()
    _submit_days(ws, chain.a_staf, monday, 4, 2)  # 4 person-days of 2 entries
    staf2 = actor_for(ws, admin, "staf2", ["pegawai"], chain.staf2.id)
    _submit_days(ws, staf2, monday, 2, 3)  # 2 person-days of 3 entries
    whole = svc.review_queue(ws, chain.a_kabid)
    assert sum(len(g.entries) for g in whole) == 14

    pages = _all_pages(ws, chain.a_kabid, limit=5)
    assert _ids(g for p in pages for g in p.groups) == _ids(whole)
    assert all(sum(len(g.entries) for g in p.groups) <= 5 for p in pages)
    assert len(pages) >= 3
    keys = [(g.employee_id, g.day) for p in pages for g in p.groups]
    assert len(keys) == len(set(keys)) == len(whole)  # no person-day split over pages

    # A page smaller than one person-day still returns that whole person-day.
    tiny = _all_pages(ws, chain.a_kabid, limit=1)
    assert [len(p.groups) for p in tiny] == [1] * 6
    assert _ids(g for p in tiny for g in p.groups) == _ids(whole)

    # The first page's rows are bounded by the limit, not by the queue.
    def statements(fn):
        """(fn's result, statements it ran) - on PostgreSQL the read engine is also the
        write engine, so only the page call itself is listened to."""
        with recorded(ws.read_engine) as seen:
            result = fn()
        return result, len(seen)

    first, small = statements(lambda: svc.review_queue_page(ws, chain.a_kabid, limit=5))
    _submit_days(ws, chain.a_staf, monday + timedelta(weeks=1), 5, 3)
    again, big = statements(lambda: svc.review_queue_page(ws, chain.a_kabid, limit=5))
    assert big == small
    assert sum(len(g.entries) for g in first.groups) <= 5
    assert sum(len(g.entries) for g in again.groups) <= 5
    assert again.next_after is not None
