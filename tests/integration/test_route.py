"""A day's route over a real store: visits at accounts in 北京, 上海 and 广州 read into districts and ordered; the
order applied and undone; .ics read back by icalendar; QR codes written and read back; `crm route`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from crm_desktop.cli.main import main
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.domain.route.geo import DEVICE, DISTRICT, EARLIER, UNKNOWN

DAY = date(2026, 12, 8)
ROOT = Path(__file__).resolve().parents[2]


def at(hour: int, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


ACCOUNTS = (  # name, province, city, district, street, country
    ("恒通贸易", "北京市", "北京市", "朝阳区", "建国路88号", None),
    ("华信科技", "上海市", None, None, "上海市浦东新区世纪大道100号", None),
    ("南粤商行", "广东省", "广州市", "天河区", "体育西路1号", "中国"),
    ("京华电子", "北京", "北京", "海淀区", "中关村大街1号", None),
    ("Müller GmbH", None, "Berlin", "Mitte", "Hauptstraße 5", "Germany"),
    ("外滩商贸", "上海市", "上海市", "黄浦区", "中山东一路1号", None),
)


@pytest.fixture
def day_of_visits(crm):
    """One visit an hour from 09:00 (Beijing, Shanghai, Guangzhou, Beijing, Berlin, Shanghai: a zigzag), a meeting
    in a room (no address: the customer's counts), a call (not a stop) and a visit on another day."""
    ids = {}
    for hour, (name, province, city, district, street, country) in enumerate(ACCOUNTS, 9):
        account = crm.customers.create_account(AccountInput(name=name, province=province, city=city,
                                                            district=district, street=street, country=country))
        ids[name] = account.id
        crm.activities.log(ActivityInput(kind="visit", subject=f"拜访{name}", account_id=account.id,
                                         occurred_at=at(hour), done=False))
    person = crm.customers.create_contact(ContactInput(name="周强", account_id=ids["恒通贸易"]))
    crm.activities.log(ActivityInput(kind="meeting", subject="季度会", contact_id=person.id, occurred_at=at(16),
                                     place="会议室A", done=False))
    crm.activities.log(ActivityInput(kind="call", subject="电话", account_id=ids["恒通贸易"], occurred_at=at(17)))
    crm.activities.log(ActivityInput(kind="visit", subject="明天", account_id=ids["恒通贸易"],
                                     occurred_at=at(9, DAY + timedelta(days=1)), done=False))
    return ids


def opencv():
    """OpenCV (it comes with rapidocr) reads QR codes. Importing it points Qt's plugin and font paths at its own Qt
    in os.environ: they are put back, or a Qt window made later in this process aborts."""
    names = ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")
    kept = {name: os.environ.get(name) for name in names}
    cv2 = pytest.importorskip("cv2")
    for name, value in kept.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return cv2


def test_the_days_visits_are_read_into_districts_in_time_order(crm, day_of_visits):
    route = crm.route.day(DAY)
    assert [s.customer for s in route.stops] == [a[0] for a in ACCOUNTS] + ["恒通贸易"]
    assert [s.kind for s in route.stops][-1] == "meeting"
    by_name = {s.subject: s for s in route.stops}
    beijing = by_name["拜访恒通贸易"].address
    assert (beijing.province, beijing.city, beijing.district) == ("北京市", "北京市", "朝阳区")
    assert beijing.rest == "建国路88号"
    shanghai = by_name["拜访华信科技"].address
    assert (shanghai.city, shanghai.district, shanghai.rest) == ("上海市", "浦东新区", "世纪大道100号")
    assert by_name["拜访南粤商行"].address.district == "天河区"
    assert by_name["拜访京华电子"].address.district == "海淀区"
    berlin = by_name["拜访Müller GmbH"]
    assert not berlin.address.parsed and berlin.point is None and berlin.precision == UNKNOWN
    assert berlin.address.text == "Hauptstraße 5, Mitte, Berlin, Germany"
    meeting = by_name["季度会"]  # "会议室A" names no place: the customer's address is where it is
    assert meeting.address.district == "朝阳区" and meeting.precision == DISTRICT
    assert route.total_km > 3000  # Beijing, Shanghai, Guangzhou, Beijing, Shanghai, Beijing


def test_optimising_shortens_the_day_and_keeps_foreign_addresses_at_the_end(crm, day_of_visits):
    route = crm.route.day(DAY)
    free = crm.route.optimised(route, keep_times=False)
    assert free.total_km < route.total_km / 2
    cities = [s.address.city for s in free.stops]
    # Each city once, in one stretch; Berlin (unknown) last.
    stretches = [c for k, c in enumerate(cities) if k == 0 or c != cities[k - 1]]
    assert len(stretches) == len(set(stretches)) == 4 and cities[-1] is None
    assert crm.route.optimised(route, keep_times=True).activity_ids() == route.activity_ids()  # all are timed


def test_a_measured_position_beats_the_district_centre_and_an_earlier_visit_counts(crm, day_of_visits):
    account = day_of_visits["京华电子"]
    week_before = DAY - timedelta(days=7)
    crm.activities.log(ActivityInput(kind="visit", subject="上次", account_id=account, occurred_at=at(10, week_before),
                                     latitude=39.98340, longitude=116.31620))
    crm.activities.log(ActivityInput(kind="visit", subject="现场", account_id=day_of_visits["外滩商贸"],
                                     occurred_at=at(18), latitude=31.24000, longitude=121.49000))
    route = crm.route.day(DAY)
    by_name = {s.subject: s for s in route.stops}
    assert by_name["拜访京华电子"].precision == EARLIER and by_name["拜访京华电子"].point.latitude == 39.9834
    assert by_name["现场"].precision == DEVICE
    assert by_name["拜访外滩商贸"].precision == EARLIER  # the visit today measured it


def test_applying_the_order_gives_the_times_in_order_and_can_be_put_back(crm, day_of_visits):
    route = crm.route.optimised(crm.route.day(DAY), keep_times=False)
    new = crm.route.times_in_order(route)
    before = crm.route.set_times(new)
    again = crm.route.day(DAY)
    assert again.activity_ids() == route.activity_ids()  # time order is now the route's order
    assert [s.starts_at for s in again.stops] == sorted(s.starts_at for s in route.stops)
    crm.route.set_times(before)
    assert [s.customer for s in crm.route.day(DAY).stops] == [a[0] for a in ACCOUNTS] + ["恒通贸易"]


def test_the_ics_reads_back_with_every_stop_in_route_order(crm, day_of_visits, tmp_path):
    route = crm.route.optimised(crm.route.day(DAY), keep_times=False)
    path = crm.route.write_ics(route, tmp_path / "route.ics")
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == len(route.stops) == 7
    starts = [e.decoded("dtstart") for e in events]
    assert starts == sorted(starts)
    assert [str(e.get("summary")).split(". ", 1)[0] for e in events] == [str(n) for n in range(1, 8)]
    assert [str(e.get("uid")) for e in events] == [f"{i}@fieldcrm" for i in route.activity_ids()]
    locations = [str(e.get("location", "")) for e in events]
    assert any("朝阳区 建国路88号" in loc for loc in locations)
    assert "Hauptstraße 5, Mitte, Berlin, Germany" in locations


def test_qr_codes_carry_the_numbered_stops_and_read_back(crm, day_of_visits, tmp_path):
    cv2 = opencv()
    route = crm.route.day(DAY)
    texts = crm.route.qr_texts(route)
    assert len(texts) == 1 and texts[0].startswith("Route for 2026-12-08\n1. 09:00 恒通贸易\n北京市 朝阳区 建国路88号")
    png, = crm.route.write_qr(route, tmp_path / "route.png")
    # OpenCV's ArUco-based detector reads the larger versions its classic one misses.
    decoded, _points, _ = cv2.QRCodeDetectorAruco().detectAndDecode(cv2.imread(str(png)))
    assert decoded == texts[0]
    svg, = crm.route.write_qr(route, tmp_path / "route.svg")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in svg.read_text(encoding="utf-8")
    for n in range(1, 8):
        assert f"\n{n}. " in texts[0]


def test_a_long_day_is_split_into_several_codes(crm, tmp_path):
    account = crm.customers.create_account(AccountInput(name="长地址客户", province="广东省", city="广州市",
                                                        district="天河区", street="体育西路" + "很长的大厦名称" * 6))
    for k in range(24):
        crm.activities.log(ActivityInput(kind="visit", subject=f"拜访{k}", account_id=account.id,
                                         occurred_at=at(8) + timedelta(minutes=20 * k), done=False))
    route = crm.route.day(DAY)
    paths = crm.route.write_qr(route, tmp_path / "long.png")
    assert len(paths) > 1 and [p.name for p in paths][:2] == ["long-1.png", "long-2.png"]
    cv2 = opencv()
    decoded = [cv2.QRCodeDetectorAruco().detectAndDecode(cv2.imread(str(p)))[0] for p in paths]
    assert decoded == crm.route.qr_texts(route)
    assert decoded[1].startswith(f"Route for 2026-12-08 (2/{len(paths)})")


def test_crm_route_prints_json_and_writes_files(db_path, tmp_path, capsys):
    app = CrmApp.open(db_path)
    try:
        for hour, (name, province, city, district, street, _country) in enumerate(ACCOUNTS[:3], 9):
            account = app.customers.create_account(AccountInput(name=name, province=province, city=city,
                                                                district=district, street=street))
            app.activities.log(ActivityInput(kind="visit", subject=name, account_id=account.id, occurred_at=at(hour),
                                             done=False))
    finally:
        app.close()
    ics, qr = tmp_path / "r.ics", tmp_path / "r.svg"
    code = main(["--db", str(db_path), "route", "--date", DAY.isoformat(), "--json", "--ics", str(ics), "--qr",
                 str(qr), "--start", "39.9, 116.4"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and ics.exists() and qr.exists()
    assert out["datum"] == "WGS-84" and [s["customer"] for s in out["stops"]] == ["恒通贸易", "华信科技", "南粤商行"]
    assert out["stops"][0]["district"] == "朝阳区" and out["stops"][0]["position"] == DISTRICT
    assert out["stops"][0]["leg_km"] < 10  # from the start given, near the centre of Beijing
    assert out["written"] == [str(ics), str(qr)]
    # Chinese in a process of its own: the catalogue loads on a QCoreApplication, which a later window cannot share.
    chinese = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--lang", "zh_CN", "route", "--date",
                              DAY.isoformat()], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert chinese.returncode == 0, chinese.stderr
    assert "1\t09:00\t恒通贸易\t北京市 朝阳区\t建国路88号" in chinese.stdout
    code = main(["--db", str(db_path), "route", "--date", DAY.isoformat(), "--ics", str(tmp_path / "no" / "r.ics")])
    assert code == 1 and "Cannot write" in capsys.readouterr().err
