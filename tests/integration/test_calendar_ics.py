"""The calendar's .ics export and import on a real store and real files: our own file round-trips unchanged,
Outlook, Google and 钉钉 exports become meetings matched to contacts by e-mail in the right time zone, a second
import creates nothing, a broken file imports nothing; and the same through `crm calendar`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from crm_desktop.cli.main import main
from crm_desktop.domain.calendar.ics_import import NOT_CALENDAR, CalendarFileError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.sales.entities import OpportunityInput

# Dates a little ahead, inside the import's window (90 days back, a year ahead).
DAY = (datetime.now(UTC) + timedelta(days=20)).date()
STAMP = DAY.strftime("%Y%m%d")

OUTLOOK = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:China Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Wei Zhang":mailto:ZhangWei@Example.com
ATTENDEE;CN=Me;RSVP=TRUE:mailto:rep@ourcompany.cn
UID:040000008200E00074C5B7101A82E0080000000080D1
SUMMARY;LANGUAGE=zh-cn:季度业务回顾
DTSTART;TZID="China Standard Time":{STAMP}T140000
DTEND;TZID="China Standard Time":{STAMP}T153000
LOCATION:华为坂田基地 F1
DESCRIPTION:议程：续约与扩容\\n请带报价
END:VEVENT
END:VCALENDAR
"""

GOOGLE = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Asia/Shanghai
BEGIN:VEVENT
DTSTART:{STAMP}T010000Z
DTEND:{STAMP}T020000Z
UID:abc123xyz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=lina@example.com:mailto:lina@example.com
SUMMARY:Weekly sync
RRULE:FREQ=WEEKLY;COUNT=3
END:VEVENT
BEGIN:VEVENT
DTSTART:{STAMP}T010000Z
DTEND:{STAMP}T020000Z
RECURRENCE-ID:{(DAY + timedelta(days=7)).strftime("%Y%m%d")}T010000Z
UID:abc123xyz@google.com
SUMMARY:Weekly sync (moved)
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:{STAMP}
DTEND;VALUE=DATE:{(DAY + timedelta(days=1)).strftime("%Y%m%d")}
UID:allday-1@google.com
SUMMARY:展会
END:VEVENT
BEGIN:VEVENT
DTSTART:{STAMP}T090000
UID:cancelled@google.com
STATUS:CANCELLED
SUMMARY:Cancelled one
END:VEVENT
END:VCALENDAR
"""

DINGTALK = f"""BEGIN:VCALENDAR
PRODID:-//DingTalk//Calendar//CN
VERSION:2.0
BEGIN:VEVENT
UID:dingtalk-7f3a9c
DTSTART;TZID=Asia/Shanghai:{STAMP}T093000
DTEND;TZID=Asia/Shanghai:{STAMP}T100000
SUMMARY:钉钉会议：比亚迪交付
ORGANIZER;CN=李娜:mailto:LiNa@Example.com
LOCATION:钉钉视频会议
END:VEVENT
BEGIN:VEVENT
UID:no-start
SUMMARY:没有开始时间
END:VEVENT
END:VCALENDAR
"""



def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


@pytest.fixture
def people(crm):
    acme = crm.customers.create_account(AccountInput(name="华为技术"))
    zhang = crm.customers.create_contact(ContactInput(name="张伟", account_id=acme.id, email="zhangwei@example.com"))
    li = crm.customers.create_contact(ContactInput(name="李娜", account_id=acme.id, email="lina@example.com"))
    return {"acme": acme.id, "zhang": zhang.id, "li": li.id}


def _meetings(crm) -> dict[str, object]:
    first, last = date.today() - timedelta(days=1), date.today() + timedelta(days=60)
    return {e.subject: e for e in crm.calendar.entries(first, last) if e.source == "activity"}


def test_our_own_export_imports_back_unchanged(crm, people, tmp_path):
    start = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    visit = crm.activities.log(ActivityInput(kind="visit", subject="拜访张伟", occurred_at=start,
                                             contact_id=people["zhang"], place="坂田"))
    crm.calendar.put_slot(crm.calendar.move(visit.id, start)[0].__class__(visit.id, start, start + timedelta(hours=2)))
    crm.sales.create(OpportunityInput(name="扩容项目", account_id=people["acme"], amount="1000",
                                      expected_close=date.today() + timedelta(days=10)))
    out = tmp_path / "mine.ics"
    assert crm.calendar.export_ics(out) == 2
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert events[visit.id]["DTSTART"].dt == start and events[visit.id]["DTEND"].dt == start + timedelta(hours=2)
    assert str(events[visit.id]["ATTENDEE"]) == "mailto:zhangwei@example.com"
    deal = next(e for uid, e in events.items() if uid.endswith("-deal"))
    assert deal["DTSTART"].dt == date.today() + timedelta(days=10)  # an all-day event

    report = crm.calendar.import_ics(out)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    assert [reason for _event, reason in report.skipped] == ["app_item"]  # the deal lives on the deal
    assert len(_meetings(crm)) == 1


def test_outlook_google_and_dingtalk_meetings_become_activities_matched_by_email(crm, people, tmp_path):
    outlook = crm.calendar.import_ics(_write(tmp_path, "outlook.ics", OUTLOOK))
    assert (outlook.created, outlook.matched_contacts) == (1, 1)
    google = crm.calendar.import_ics(_write(tmp_path, "google.ics", GOOGLE))
    # The series' three occurrences (its second one moved, imported as the changed event) and the all-day one.
    assert (google.created, google.recurring_expanded) == (4, 2)
    assert [reason for _event, reason in google.skipped] == ["cancelled"]
    dingtalk = crm.calendar.import_ics(_write(tmp_path, "dingtalk.ics", DINGTALK))
    assert dingtalk.created == 1 and [r for _e, r in dingtalk.skipped] == ["no_start"]

    meetings = _meetings(crm)
    review = meetings["季度业务回顾"]
    # 14:00 in China Standard Time (Outlook's Windows zone name) is 06:00 UTC, whatever this laptop's zone.
    assert review.start == datetime.combine(DAY, datetime.min.time(), UTC).replace(hour=6)
    assert review.end - review.start == timedelta(minutes=90)
    assert (review.kind, review.contact_id, review.account_id) == ("meeting", people["zhang"], people["acme"])
    assert review.place == "华为坂田基地 F1" and "请带报价" in review.body
    assert meetings["钉钉会议：比亚迪交付"].contact_id == people["li"]  # the organiser's address, any case
    assert meetings["钉钉会议：比亚迪交付"].start.astimezone(UTC).hour == 1  # 09:30 Shanghai
    assert meetings["Weekly sync"].contact_id == people["li"]
    assert "Weekly sync (moved)" in meetings
    assert meetings["展会"].all_day  # midnight to midnight: shown in the all-day row


def test_importing_the_same_files_again_creates_nothing_and_an_edit_there_updates_here(crm, people, tmp_path):
    paths = [_write(tmp_path, n, t) for n, t in (("o.ics", OUTLOOK), ("g.ics", GOOGLE), ("d.ics", DINGTALK))]
    for path in paths:
        crm.calendar.import_ics(path)
    before = len(_meetings(crm))
    for path in paths:
        again = crm.calendar.import_ics(path)
        assert (again.created, again.updated) == (0, 0) and again.unchanged >= 1
    assert len(_meetings(crm)) == before
    moved = _write(tmp_path, "o2.ics", OUTLOOK.replace("T140000", "T160000").replace("T153000", "T173000"))
    report = crm.calendar.import_ics(moved)
    assert (report.created, report.updated) == (0, 1)
    assert _meetings(crm)["季度业务回顾"].start.astimezone(UTC).hour == 8


@pytest.mark.parametrize("text", ["这不是日历", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", ""])
def test_a_broken_file_imports_nothing(crm, people, tmp_path, text):
    path = tmp_path / "broken.ics"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarFileError) as refused:
        crm.calendar.import_ics(path)
    assert refused.value.reason == NOT_CALENDAR
    assert _meetings(crm) == {}


def test_a_file_broken_half_way_imports_nothing_of_it(crm, people, tmp_path):
    text = OUTLOOK.replace("END:VCALENDAR", "") + "BEGIN:VEVENT\nthis line is no property\nEND:VEVENT\n"
    with pytest.raises(CalendarFileError):
        crm.calendar.import_ics(_write(tmp_path, "half.ics", text))
    assert _meetings(crm) == {}


def test_the_command_line_exports_and_imports_in_the_users_language(crm, people, tmp_path, capsys):
    db = crm.store.path
    crm.activities.log(ActivityInput(kind="visit", subject="拜访", occurred_at=datetime.now(UTC) + timedelta(days=1),
                                     contact_id=people["zhang"]))
    crm.close()
    out = tmp_path / "cli.ics"
    assert main(["--db", str(db), "calendar", "export", str(out), "--from", str(date.today()),
                 "--to", str(date.today() + timedelta(days=30))]) == 0
    assert json.loads(capsys.readouterr().out)["exported"] == 1
    assert main(["--db", str(db), "calendar", "import", str(_write(tmp_path, "o.ics", OUTLOOK)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert main(["--db", str(db), "--lang", "en", "calendar", "import", str(tmp_path / "missing.ics")]) == 1
    assert "Nothing was imported" in capsys.readouterr().err
    assert main(["--db", str(db), "calendar", "export", str(out), "--owner", "nobody"]) == 1
    assert "No user named nobody" in capsys.readouterr().err


def test_a_move_is_audited_and_waits_in_the_outbox_like_any_edit(crm, people):
    from crm_desktop.controllers.security.audit import AuditFilter

    start = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    visit = crm.calendar.create_visit(start, start + timedelta(hours=1), "拜访", contact_id=people["zhang"])
    pending = crm.sync.status().pending
    before, after = crm.calendar.move(visit, start + timedelta(hours=3))
    assert crm.sync.status().pending > pending
    query = crm.audit.query(AuditFilter(record_id=visit))
    rows = crm.audit.page(query, 0, 10)
    moved = [r for r in rows if r.action == "update"]
    assert moved and {"occurred_at", "ends_at"} <= set(moved[0].changes)
    crm.calendar.put_slot(before)
    assert crm.activities.get(visit).occurred_at == start
    assert (after.start - before.start) == timedelta(hours=3)
