"""Daily log service: entries, bad input, copy/recurring, submit, review, calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import dailylog as svc
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ekinerja_desktop.store.models import AuditEvent, CalendarDay
from tests.helpers.dailylog import LOG_YEAR, entry, past_monday, save_days, setup, t
from tests.helpers.master import actor_for
from tests.helpers.skp import row, save_kuantitatif

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=setup)]


@pytest.fixture
def env(prepared):
    return prepared


def _actions(ws) -> list[str]:
    with ws.read() as session:
        return list(
            session.execute(
                select(AuditEvent.action).where(AuditEvent.action.like("daily_log.%"))
            ).scalars()
        )


def test_save_list_update_delete(ws, env):
    chain, skp = env
    day = past_monday()
    first = svc.save_entry(
        ws,
        chain.a_staf,
        entry(
            day,
            "08:00",
            "10:00",
            "  Menyusun   laporan rujukan ",
            rhk_id=skp.rhk[0].id,
            quantity="1",
            unit="Dokumen",
        ),
    )
    assert first.activity == "Menyusun laporan rujukan"
    assert first.status == "Draft"
    assert first.rhk_text == skp.rhk[0].text
    assert first.minutes == 120
    assert not first.non_working_day
    svc.save_entry(ws, chain.a_staf, entry(day, "07:00", "08:00", "Apel pagi"))
    view = svc.list_day(ws, chain.a_staf, day)
    assert [e.activity for e in view.entries] == ["Apel pagi", "Menyusun laporan rujukan"]
    assert view.minutes == 180
    assert view.is_working_day
    updated = svc.save_entry(
        ws, chain.a_staf, entry(day, "08:00", "10:30", "Menyusun laporan rujukan", id=first.id)
    )
    assert updated.minutes == 150
    assert updated.rhk_id is None
    svc.delete_entry(ws, chain.a_staf, first.id)
    assert [e.activity for e in svc.list_day(ws, chain.a_staf, day).entries] == ["Apel pagi"]
    assert {"daily_log.create", "daily_log.update", "daily_log.delete"} <= set(_actions(ws))


def test_end_before_start_refused(ws, env):
    chain, _skp = env
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "10:00", "09:00"))
    assert "harus sesudah jam mulai" in str(exc.value)
    assert exc.value.problems[0][0] == "end"
    with pytest.raises(ValidationError):
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "10:00", "10:00"))


def test_overlap_refused_but_touching_allowed(ws, env):
    chain, _skp = env
    day = past_monday()
    svc.save_entry(ws, chain.a_staf, entry(day, "08:00", "10:00", "Rapat koordinasi"))
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(day, "09:30", "11:00"))
    assert "bertumpang tindih" in str(exc.value)
    assert "Rapat koordinasi" in str(exc.value)
    svc.save_entry(ws, chain.a_staf, entry(day, "10:00", "11:00"))
    # Another employee's entries never overlap with mine.
    svc.save_entry(ws, chain.a_kabid, entry(day, "08:00", "10:00"))


def test_empty_activity_bad_quantity_bad_link_future_day(ws, env):
    chain, _skp = env
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "08:00", "09:00", "   "))
    assert exc.value.problems[0][0] == "activity"
    with pytest.raises(ValidationError):
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "08:00", "09:00", quantity="dua"))
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "08:00", "09:00", link_url="ftp://x"))
    assert "http" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(today_wita() + timedelta(days=2), "08:00", "09:00"))
    assert "belum tiba" in str(exc.value)


def test_length_messages_name_the_field(ws, env):
    chain, _skp = env
    too_long = "a" * (svc.MAX_ACTIVITY + 1)
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(past_monday(), "08:00", "09:00", too_long))
    assert exc.value.problems == [
        ("activity", f"Uraian kegiatan maksimal {svc.MAX_ACTIVITY} karakter.")
    ]


def test_non_working_day_allowed_and_flagged(ws, env, admin):
    chain, _skp = env
    saturday = past_monday() + timedelta(days=5)
    saved = svc.save_entry(ws, chain.a_staf, entry(saturday, "08:00", "09:00", "Kerja bakti"))
    assert saved.non_working_day
    view = svc.list_day(ws, chain.a_staf, saturday)
    assert not view.is_working_day
    assert view.day_kind == "weekend"
    # A cuti bersama from the editable calendar is flagged too and named in the calendar.
    tuesday = past_monday() + timedelta(days=1)
    with ws.write() as session:
        session.add(CalendarDay(day=tuesday, kind="cuti_bersama", name="Cuti bersama Natal"))
    saved = svc.save_entry(ws, chain.a_staf, entry(tuesday, "08:00", "09:00"))
    assert saved.non_working_day
    cells = {c.day: c for c in svc.month_calendar(ws, chain.a_staf, tuesday.year, tuesday.month)}
    assert cells[tuesday].name == "Cuti bersama Natal"
    assert cells[tuesday].kind == "cuti_bersama"


def test_rhk_from_other_year_or_unapproved_skp_refused(ws, env, admin):
    chain, skp = env
    day = past_monday()
    last_year = date(LOG_YEAR - 1, 6, 3)
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(last_year, "08:00", "09:00", rhk_id=skp.rhk[0].id))
    assert f"tahun {LOG_YEAR}" in str(exc.value)
    # kabid's RHK is not part of staf's SKP.
    kabid_rhk = skp_svc.get_my_skp(ws, chain.a_kabid, LOG_YEAR).rhk[0].id
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(day, "08:00", "09:00", rhk_id=kabid_rhk))
    assert "bukan bagian dari SKP Anda" in str(exc.value)
    # staf2 has only a draft SKP: its RHK cannot be used.
    staf2 = actor_for(ws, admin, "staf2", ["pegawai"], chain.staf2.id)
    draft = skp_svc.create_skp(ws, staf2, LOG_YEAR)
    draft = save_kuantitatif(
        ws, staf2, draft.summary.id, (row("Terolahnya data", parent=kabid_rhk),)
    )
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, staf2, entry(day, "08:00", "09:00", rhk_id=draft.rhk[0].id))
    assert "belum (atau tidak lagi) disetujui" in str(exc.value)
    assert svc.rhk_options(ws, staf2, LOG_YEAR) == []
    assert [o.id for o in svc.rhk_options(ws, chain.a_staf, LOG_YEAR)] == [r.id for r in skp.rhk]


def test_copy_previous_day_and_recurring(ws, env):
    chain, skp = env
    monday = past_monday()
    tuesday = monday + timedelta(days=1)
    svc.save_entry(ws, chain.a_staf, entry(monday, "07:30", "08:00", "Apel", rhk_id=skp.rhk[0].id))
    svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "12:00", "Entri data rujukan"))
    svc.save_entry(ws, chain.a_staf, entry(tuesday, "08:00", "09:00", "Rapat"))
    copied = svc.copy_previous_day(ws, chain.a_staf, tuesday)
    assert [c.activity for c in copied] == ["Apel"]  # the 08:00-12:00 one would overlap
    assert copied[0].rhk_id == skp.rhk[0].id
    assert copied[0].status == "Draft"
    with pytest.raises(ValidationError):
        svc.copy_previous_day(ws, chain.a_staf, monday - timedelta(days=60))

    rec = svc.create_recurring(
        ws,
        chain.a_staf,
        svc.RecurringInput(
            weekdays=(0, 2), start=t("13:00"), end=t("14:00"), activity="Rapat staf"
        ),
    )
    assert rec.weekdays == (0, 2)
    assert [r.id for r in svc.list_recurring(ws, chain.a_staf)] == [rec.id]
    with_rhk = svc.create_recurring(
        ws,
        chain.a_staf,
        svc.RecurringInput(
            weekdays=(3,), start=t("07:30"), end=t("08:00"), activity="Apel", rhk_id=skp.rhk[1].id
        ),
    )
    assert with_rhk.rhk_text == skp.rhk[1].text
    listed = svc.list_recurring(ws, chain.a_staf)
    assert [(r.activity, r.rhk_text) for r in listed] == [
        ("Apel", skp.rhk[1].text),
        ("Rapat staf", ""),
    ]
    with pytest.raises(PermissionDeniedError):
        svc.delete_recurring(ws, chain.a_kabid, with_rhk.id)
    svc.delete_recurring(ws, chain.a_staf, with_rhk.id)
    assert [e.activity for e in svc.apply_recurring(ws, chain.a_staf, monday)] == ["Rapat staf"]
    assert svc.apply_recurring(ws, chain.a_staf, monday) == []  # already there
    assert svc.apply_recurring(ws, chain.a_staf, tuesday) == []  # not a Tuesday template
    with pytest.raises(ValidationError):
        svc.create_recurring(
            ws,
            chain.a_staf,
            svc.RecurringInput(weekdays=(), start=t("13:00"), end=t("14:00"), activity="X"),
        )
    svc.delete_recurring(ws, chain.a_staf, rec.id)
    assert svc.list_recurring(ws, chain.a_staf) == []


def test_submit_late_review_approve_lock_and_return(ws, env):
    chain, _skp = env
    monday = past_monday()
    a = svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00", "Laporan"))
    b = svc.save_entry(ws, chain.a_staf, entry(monday, "09:00", "10:00", "Entri data"))
    result = svc.submit_day(ws, chain.a_staf, monday)
    assert (result.submitted, result.late) == (2, 2)  # two weeks ago: past the deadline
    view = svc.list_day(ws, chain.a_staf, monday)
    assert {e.status for e in view.entries} == {"Diajukan"}
    assert all(e.is_late for e in view.entries)
    # Submitted entries cannot be edited until reviewed.
    with pytest.raises(ValidationError):
        svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00", "X", id=a.id))

    queue = svc.review_queue(ws, chain.a_kabid)
    assert [(g.employee_id, g.day, len(g.entries)) for g in queue] == [(chain.staf.id, monday, 2)]
    assert svc.review_queue(ws, chain.a_kadis) == []
    # Only the supervisor of that day reviews.
    with pytest.raises(PermissionDeniedError):
        svc.approve(ws, chain.a_kadis, [a.id])
    with pytest.raises(PermissionDeniedError):
        svc.approve(ws, chain.a_staf, [a.id])
    assert svc.approve(ws, chain.a_kabid, [a.id]) == 1
    with pytest.raises(ValidationError) as exc:
        svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00", "X", id=a.id))
    assert "sudah disetujui" in str(exc.value)
    with pytest.raises(ValidationError):
        svc.delete_entry(ws, chain.a_staf, a.id)
    with pytest.raises(ValidationError):
        svc.return_entries(ws, chain.a_kabid, [a.id], "Ubah")  # approved stays locked

    with pytest.raises(ValidationError):
        svc.return_entries(ws, chain.a_kabid, [b.id], "   ")
    assert svc.return_entries(ws, chain.a_kabid, [b.id], "Lampirkan bukti dukung") == 1
    returned = svc.get_entry(ws, chain.a_staf, b.id)
    assert returned.status == "Revisi"
    assert returned.review_note == "Lampirkan bukti dukung"
    assert returned.reviewer_name.startswith("Moh. Rizal")
    fixed = svc.save_entry(ws, chain.a_staf, entry(monday, "09:00", "10:00", "Entri", id=b.id))
    assert fixed.status == "Revisi"
    assert svc.submit_day(ws, chain.a_staf, monday).submitted == 1
    assert svc.review_queue(ws, chain.a_kabid)[0].entries[0].id == b.id
    assert {"daily_log.submit", "daily_log.approve", "daily_log.return"} <= set(_actions(ws))
    with pytest.raises(NotFoundError):
        svc.approve(ws, chain.a_kabid, ["nope"])


def test_withdraw_entry_and_day_back_to_draft(ws, env):
    chain, _skp = env
    monday = past_monday()
    a = svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00", "Laporan"))
    b = svc.save_entry(ws, chain.a_staf, entry(monday, "09:00", "10:00", "Entri data"))
    c = svc.save_entry(ws, chain.a_staf, entry(monday, "10:00", "11:00", "Rapat"))
    # Nothing submitted yet: nothing to withdraw.
    with pytest.raises(ValidationError) as exc:
        svc.withdraw(ws, chain.a_staf, a.id)
    assert "belum diajukan" in str(exc.value)
    with pytest.raises(ValidationError):
        svc.withdraw_day(ws, chain.a_staf, monday)
    assert svc.submit_day(ws, chain.a_staf, monday).late == 3
    # Only the owner withdraws; the supervisor reviews instead.
    with pytest.raises(PermissionDeniedError):
        svc.withdraw(ws, chain.a_kabid, a.id)
    back = svc.withdraw(ws, chain.a_staf, a.id)
    assert (back.status, back.is_late, back.submitted_at) == ("Draft", False, "")
    assert [e.id for g in svc.review_queue(ws, chain.a_kabid) for e in g.entries] == [b.id, c.id]
    # A reviewed entry stays as it is: approved is locked, returned is fixed directly.
    svc.approve(ws, chain.a_kabid, [b.id])
    with pytest.raises(ValidationError) as exc:
        svc.withdraw(ws, chain.a_staf, b.id)
    assert "sudah disetujui" in str(exc.value)
    assert svc.withdraw_day(ws, chain.a_staf, monday) == 1  # only c was still waiting
    statuses = {e.id: e.status for e in svc.list_day(ws, chain.a_staf, monday).entries}
    assert statuses == {a.id: "Draft", b.id: "Disetujui", c.id: "Draft"}
    assert svc.review_queue(ws, chain.a_kabid) == []
    # The withdrawn entries can be edited and are judged late again when re-submitted.
    svc.save_entry(ws, chain.a_staf, entry(monday, "07:30", "09:00", "Laporan", id=a.id))
    assert svc.submit_day(ws, chain.a_staf, monday).late == 2
    assert _actions(ws).count("daily_log.withdraw") == 2


def test_deadline_setting_and_on_time_submission(ws, env, admin):
    chain, _skp = env
    today = today_wita()
    svc.save_entry(ws, chain.a_staf, entry(today, "00:00", "00:01", "Entri hari ini"))
    assert svc.submit_day(ws, chain.a_staf, today).late == 0
    with pytest.raises(PermissionDeniedError):
        svc.set_grace_working_days(ws, chain.a_staf, 3)
    with pytest.raises(ValidationError):
        svc.set_grace_working_days(ws, admin, -1)
    svc.set_grace_working_days(ws, admin, 30)
    assert svc.grace_working_days(ws) == 30
    monday = past_monday()
    svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00"))
    assert svc.submit_day(ws, chain.a_staf, monday).late == 0


def test_submit_week_and_bulk_approve_and_filters(ws, env):
    chain, skp = env
    monday = past_monday()
    save_days(ws, chain, skp, monday)
    assert svc.submit_week(ws, chain.a_staf, monday + timedelta(days=2)).submitted == 3
    with pytest.raises(ValidationError):
        svc.submit_week(ws, chain.a_staf, monday - timedelta(weeks=20))
    assert len(svc.review_queue(ws, chain.a_kabid)) == 3
    by_rhk = svc.review_queue(ws, chain.a_kabid, svc.QueueFilter(rhk_id=skp.rhk[1].id))
    assert [g.day for g in by_rhk] == [monday + timedelta(days=1)]
    by_date = svc.review_queue(
        ws,
        chain.a_kabid,
        svc.QueueFilter(start=monday + timedelta(days=1), end=monday + timedelta(days=2)),
    )
    assert len(by_date) == 2
    assert svc.review_queue(ws, chain.a_kabid, svc.QueueFilter(employee_id=chain.staf2.id)) == []
    ids = [e.id for g in svc.review_queue(ws, chain.a_kabid) for e in g.entries]
    assert svc.approve(ws, chain.a_kabid, ids) == 3
    assert svc.review_queue(ws, chain.a_kabid) == []
    cells = {c.day: c for c in svc.month_calendar(ws, chain.a_staf, monday.year, monday.month)}
    assert cells[monday].statuses == (("Disetujui", 1),)
    assert cells[monday].minutes == 60


def test_read_permissions(ws, env, admin):
    chain, _skp = env
    day = past_monday()
    svc.save_entry(ws, chain.a_staf, entry(day, "08:00", "09:00"))
    assert len(svc.list_day(ws, chain.a_kabid, day, chain.staf.id).entries) == 1
    assert len(svc.list_day(ws, admin, day, chain.staf.id).entries) == 1
    with pytest.raises(PermissionDeniedError):
        svc.list_day(ws, chain.a_guru, day, chain.staf.id)
    with pytest.raises(PermissionDeniedError):
        svc.month_calendar(ws, chain.a_guru, day.year, day.month, chain.staf.id)
    with pytest.raises(ValidationError):
        svc.save_entry(ws, admin, entry(day, "08:00", "09:00"))  # admin has no employee
    e = svc.list_day(ws, chain.a_staf, day).entries[0]
    with pytest.raises(PermissionDeniedError):
        svc.save_entry(ws, chain.a_kabid, entry(day, "08:00", "09:00", id=e.id))


def test_month_calendar_marks(ws, env):
    chain, _skp = env
    monday = past_monday()
    svc.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:30"))
    cells = svc.month_calendar(ws, chain.a_staf, monday.year, monday.month)
    assert len({c.day.month for c in cells}) == 1
    by_day = {c.day: c for c in cells}
    assert by_day[monday].entry_count == 1
    assert by_day[monday].minutes == 90
    assert by_day[monday].statuses == (("Draft", 1),)
    assert by_day[monday + timedelta(days=1)].missing
    assert not by_day[monday + timedelta(days=6)].is_working_day
    with pytest.raises(ValidationError):
        svc.month_calendar(ws, chain.a_staf, monday.year, 13)
