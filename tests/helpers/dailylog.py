"""Shared builders for the daily-log tests: a chain with approved SKPs and past days."""

from __future__ import annotations

from datetime import date, time, timedelta

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import dailylog as svc
from tests.helpers.skp import approved, lead_skps, make_chain, row


def past_monday(weeks_back: int = 2) -> date:
    """A Monday ``weeks_back`` weeks ago that is a plain working day (no holiday)."""
    today = today_wita()
    day = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks_back)
    from ekinerja_desktop.domain.calendar import WorkCalendar

    cal = WorkCalendar()
    while not all(cal.is_working_day(day + timedelta(days=i)) for i in range(2)):
        day -= timedelta(weeks=1)
    return day


# The year the daily-log tests write in: the year of ``past_monday()`` - last year during
# the first weeks of January, when two weeks ago was still December.
LOG_YEAR = past_monday().year


def t(text: str) -> time:
    h, m = text.split(":")
    return time(int(h), int(m))


def entry(day: date, start: str, end: str, activity: str = "Menyusun laporan", **kw):
    return svc.EntryInput(day=day, start=t(start), end=t(end), activity=activity, **kw)


def setup(ws, admin):
    """The chain plus approved SKPs for kadis, kabid and staf (of ``LOG_YEAR``)."""
    chain = make_chain(ws, admin, years=(LOG_YEAR,))
    _kadis, kabid = lead_skps(ws, chain, LOG_YEAR)
    staf = approved(
        ws,
        chain.a_staf,
        chain.a_kabid,
        (
            row("Tersusunnya laporan rujukan", parent=kabid.rhk[0].id),
            row("Terkelolanya data rujukan pasien", parent=kabid.rhk[0].id, kind="Tambahan"),
        ),
        year=LOG_YEAR,
    )
    return chain, staf


def logged_monday(ws, admin, *, second_rhk: bool = False):
    """``setup`` plus staf's log of ``past_monday()`` (08:00-10:30 on the first RHK, one
    Dokumen; with ``second_rhk`` also 10:30-11:00 on the second) and 08:00-09:00 the day
    after; the Monday submitted and its first entry approved: (chain, skp, monday)."""
    chain, skp = setup(ws, admin)
    monday = past_monday()
    a = svc.save_entry(
        ws,
        chain.a_staf,
        entry(monday, "08:00", "10:30", rhk_id=skp.rhk[0].id, quantity="1", unit="Dokumen"),
    )
    if second_rhk:
        svc.save_entry(ws, chain.a_staf, entry(monday, "10:30", "11:00", rhk_id=skp.rhk[1].id))
    svc.save_entry(ws, chain.a_staf, entry(monday + timedelta(days=1), "08:00", "09:00"))
    svc.submit_day(ws, chain.a_staf, monday)
    svc.approve(ws, chain.a_kabid, [a.id])
    return chain, skp, monday


def save_days(ws, chain, skp, monday: date, days: int = 3) -> list:
    """staf's entries of 08:00-09:00 on ``days`` days from ``monday``, on ``skp``'s first
    and second RHK in turn (saved, not submitted)."""
    return [
        svc.save_entry(
            ws,
            chain.a_staf,
            entry(monday + timedelta(days=i), "08:00", "09:00", rhk_id=skp.rhk[i % 2].id),
        )
        for i in range(days)
    ]


def staf_entry(ws, admin):
    """``setup`` plus staf's saved (draft) entry of ``past_monday()``, 08:00-09:00:
    (chain, entry)."""
    chain, _skp = setup(ws, admin)
    saved = svc.save_entry(ws, chain.a_staf, entry(past_monday(), "08:00", "09:00"))
    return chain, saved
