"""The per-user .ics feed on a real PostgreSQL: its URL works without a bearer token, a wrong secret gets 404,
and the calendar holds what the user may see."""

from datetime import UTC, datetime, timedelta

import icalendar

from crm_protocol.values import to_iso
from tests.server.sync_world import Device, account, new_id


def _events(response) -> dict[str, icalendar.Event]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_a_reps_feed_opens_by_its_secret_url_and_holds_their_visits_only(pg_world):
    client, _ids = pg_world
    wang, zhao, chen, boss = (Device(client, n).login() for n in ("wang", "zhao", "chen", "boss"))
    stage = new_id()
    boss.upsert("pipeline_stage", stage, {"name": "初访", "position": 1, "probability": 10})
    customer, visit, task, other = new_id(), new_id(), new_id(), new_id()
    start = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    wang.upsert("account", customer, account("华东客户"))
    wang.upsert("activity", visit, {"kind": "visit", "subject": "拜访华东客户", "account_id": customer,
                                    "occurred_at": to_iso(start), "ends_at": to_iso(start + timedelta(hours=2)),
                                    "place": "上海浦东"})
    wang.upsert("activity", task, {"kind": "task", "subject": "发报价", "account_id": customer, "done": False,
                                   "occurred_at": to_iso(start - timedelta(days=5)),
                                   "due_at": to_iso(start + timedelta(days=1))})
    followup_day = (start + timedelta(days=3)).date()
    contact, deal = new_id(), new_id()
    wang.upsert("contact", contact, {"name": "张伟", "account_id": customer,
                                     "next_followup_at": followup_day.isoformat()})
    wang.upsert("opportunity", deal, {"name": "扩容项目", "account_id": customer, "stage_id": stage, "amount": "1000",
                                      "expected_close": (start + timedelta(days=9)).date().isoformat()})
    zhao.upsert("activity", other, {"kind": "meeting", "subject": "华西会议", "account_id": None,
                                    "occurred_at": to_iso(start)})

    given = client.get("/calendar/feed-url", headers=wang.headers)
    assert given.status_code == 200
    url = given.json()["url"]
    assert url.endswith(".ics") and wang.user_id in url
    assert client.get("/calendar/feed-url").status_code == 401  # the URL itself is handed out to its user only

    events = _events(client.get(given.json()["path"]))  # no Authorization header: as a calendar client asks
    assert set(events) >= {visit, task} and other not in events
    assert str(events[visit]["SUMMARY"]) == "拜访华东客户" and str(events[visit]["LOCATION"]) == "上海浦东"
    assert events[visit]["DTSTART"].dt == start and events[visit]["DTEND"].dt == start + timedelta(hours=2)
    assert events[task]["DTSTART"].dt == start + timedelta(days=1)  # an open task sits at its due time
    assert events[f"{contact}-followup"]["DTSTART"].dt == followup_day  # all-day: the follow-up's day
    assert events[f"{deal}-deal"]["DTSTART"].dt == (start + timedelta(days=9)).date()  # the expected close

    # The manager's feed holds the team's visits; another team's rep never sees them.
    manager = _events(client.get(client.get("/calendar/feed-url", headers=chen.headers).json()["path"]))
    assert visit in manager and other not in manager
    west = _events(client.get(client.get("/calendar/feed-url", headers=zhao.headers).json()["path"]))
    assert other in west and visit not in west


def test_a_wrong_secret_or_someone_elses_url_opens_nothing(pg_world):
    client, ids = pg_world
    wang = Device(client, "wang").login()
    path = client.get("/calendar/feed-url", headers=wang.headers).json()["path"]
    token = path.rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(f"/calendar/{ids['wang']}/{'0' * len(token)}.ics").status_code == 404
    assert client.get(f"/calendar/{ids['zhao']}/{token}.ics").status_code == 404  # wang's secret, zhao's id
    assert client.get(f"/calendar/{new_id()}/{token}.ics").status_code == 404
    assert client.get(path).status_code == 200
    # The same URL from a second request (another node computes the same secret from the database).
    assert client.get("/calendar/feed-url", headers=wang.headers).json()["path"] == path
