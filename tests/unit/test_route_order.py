"""A day's route, pure: addresses read by cpca, the order that shortens the way, fixed times kept, stops without
coordinates grouped, foreign addresses kept, QR texts that fit."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from crm_desktop.domain.route import export, plan
from crm_desktop.domain.route.address import Address, compose, parse_many
from crm_desktop.domain.route.geo import DEVICE, DISTRICT, UNKNOWN, Point, haversine_km, valid_point
from crm_desktop.domain.route.order import Stop, order_stops, path_km

CST = timezone(timedelta(hours=8))
DAY = date(2026, 12, 8)


def at(hour: int) -> datetime:
    return datetime(2026, 12, 8, hour, tzinfo=CST)


def test_haversine_gives_known_distances():
    beijing, shanghai = Point(39.9042, 116.4074), Point(31.2304, 121.4737)
    assert 1060 < haversine_km(beijing, shanghai) < 1075  # the published straight line is about 1,067 km
    assert haversine_km(beijing, beijing) == 0
    assert valid_point(0.0, 0.0) is None and valid_point(91, 10) is None and valid_point(None, 3) is None


def test_a_shuffled_route_is_made_shorter_and_a_line_is_walked_end_to_end():
    line = [Point(31.20, 121.40 + k * 0.02) for k in range(12)]  # twelve shops along one street, 2 km apart
    shuffled = list(range(12))
    random.Random(5).shuffle(shuffled)
    stops = [Stop(line[k]) for k in shuffled]
    order = order_stops(stops)
    before = path_km([s.point for s in stops])
    after = path_km([stops[i].point for i in order])
    assert after < before / 2
    assert sorted(order) == list(range(12))
    walked = [shuffled[i] for i in order]
    assert walked in (list(range(12)), list(range(11, -1, -1)))  # one end to the other, no zigzag
    assert abs(after - path_km(line)) < 1e-6


def test_the_route_starts_where_the_rep_is():
    line = [Point(31.20, 121.40 + k * 0.02) for k in range(5)]
    stops = [Stop(p) for p in (line[2], line[0], line[4], line[1], line[3])]
    order = order_stops(stops, start=Point(31.20, 121.50))  # beyond the east end
    assert [stops[i].point for i in order] == line[::-1]


def test_random_routes_never_get_longer_than_nearest_neighbour_from_the_start():
    rng = random.Random(11)
    for _ in range(20):
        stops = [Stop(Point(30 + rng.random(), 120 + rng.random())) for _ in range(15)]
        order = order_stops(stops, start=stops[0].point)
        assert sorted(order) == list(range(15))
        assert path_km([stops[i].point for i in order], stops[0].point) <= path_km(
            [s.point for s in stops], stops[0].point) + 1e-9


def test_fixed_times_keep_their_order_whatever_the_map_says():
    west, middle, east = Point(31.2, 121.30), Point(31.2, 121.45), Point(31.2, 121.60)
    stops = [Stop(east, at(9)), Stop(west, at(15)), Stop(middle), Stop(Point(31.2, 121.59)), Stop(Point(31.2, 121.31))]
    order = order_stops(stops, start=west)
    assert order.index(0) < order.index(1)  # 09:00 before 15:00 though the day starts beside the 15:00 one
    # Untied, the way from the west is shortest west to east.
    free = order_stops([Stop(s.point) for s in stops], start=west)
    assert free.index(1) < free.index(0)


def test_a_fixed_stop_without_coordinates_goes_among_the_fixed_ones_by_time():
    stops = [Stop(Point(31.2, 121.4), at(9)), Stop(None, at(12)), Stop(Point(31.3, 121.5), at(15)),
             Stop(Point(31.25, 121.45))]
    order = order_stops(stops)
    assert order.index(0) < order.index(1) < order.index(2)


def test_without_coordinates_stops_are_grouped_by_district_in_the_order_the_day_meets_them():
    chaoyang = ("北京市", "北京市", "朝阳区")
    haidian = ("北京市", "北京市", "海淀区")
    pudong = ("上海市", "上海市", "浦东新区")
    groups = [chaoyang, haidian, chaoyang, pudong, haidian, (), chaoyang]
    stops = [Stop(group=g) for g in groups]
    order = order_stops(stops)
    assert [groups[i] for i in order] == [chaoyang, chaoyang, chaoyang, haidian, haidian, pudong, ()]
    assert order[:3] == [0, 2, 6]  # within a district, the day's order


def test_foreign_addresses_stay_unparsed_and_are_kept_at_the_end():
    texts = ["北京市朝阳区建国路88号", "Hauptstraße 5, 10115 Berlin", "1 Infinite Loop, Cupertino, CA",
             "广州天河区体育西路1号", "上海市浦东新区世纪大道100号", "北京市海淀区中关村大街1号"]
    addresses = parse_many(texts, [None, "Germany", None, None, None, "Deutschland"])
    assert [a.parsed for a in addresses] == [True, False, False, True, True, False]  # a German record stays German
    assert addresses[1].text == texts[1] and addresses[1].centre is None and addresses[1].group() == ("", "", "")
    stops = [Stop(a.centre, group=a.group()) for a in addresses]
    order = order_stops(stops)
    assert sorted(order) == list(range(6))
    assert set(order[-3:]) == {1, 2, 5}  # kept, at the tail, in the day's order
    assert order[-3:] == [1, 2, 5]


def test_cpca_reads_province_city_district_and_the_street_with_a_centre():
    beijing, shanghai, guangzhou, county = parse_many(
        ["北京市朝阳区建国路88号", "上海浦东新区世纪大道100号", "广州市天河区体育西路1号", "浙江省杭州市西湖区"])
    assert (beijing.province, beijing.city, beijing.district) == ("北京市", "北京市", "朝阳区")
    assert beijing.rest == "建国路88号"
    assert beijing.adcode == "110105" and beijing.centre_level == DISTRICT
    assert shanghai.district == "浦东新区" and shanghai.city == "上海市"
    assert (guangzhou.province, guangzhou.city, guangzhou.district) == ("广东省", "广州市", "天河区")
    assert county.district == "西湖区" and county.rest is None
    assert beijing.centre is not None and shanghai.centre is not None
    assert 1000 < haversine_km(beijing.centre, shanghai.centre) < 1150
    assert haversine_km(beijing.centre, Point(39.92, 116.44)) < 10  # 朝阳区 is east of the centre of Beijing


def test_a_district_many_cities_have_is_the_big_citys_unless_the_address_says_otherwise():
    bare, changchun, shanghai = parse_many(["朝阳区建国路88号", "吉林省长春市朝阳区人民大街1号", "宝山区友谊路1号"])
    assert (bare.city, bare.district, bare.adcode) == ("北京市", "朝阳区", "110105")
    assert (changchun.city, changchun.district, changchun.adcode) == ("长春市", "朝阳区", "220104")
    assert shanghai.city == "上海市"


def test_compose_does_not_repeat_what_the_street_says():
    assert compose(["北京市", "北京市", "朝阳区", "朝阳区建国路88号"]) == "北京市朝阳区建国路88号"
    assert compose(["上海市", None, "", "浦东新区世纪大道100号"]) == "上海市浦东新区世纪大道100号"
    assert compose([None, "Berlin", "Mitte", "Hauptstraße 5"]) == "Hauptstraße 5, Mitte, Berlin"


def _stop(n: int, address: Address, point: Point | None = None, hour: int = 9) -> plan.RouteStop:
    return plan.RouteStop(activity_id=f"a{n}", kind="visit", subject=f"拜访{n}", starts_at=at(hour), ends_at=None,
                          done=False, customer=f"客户{n}", contact=None, account_id=None, contact_id=None,
                          address=address, point=point or address.centre,
                          precision=DEVICE if point else (address.centre_level if address.centre else UNKNOWN))


def test_the_plan_measures_legs_moves_stops_and_gives_times_in_order():
    addresses = parse_many(["北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号", "北京市海淀区中关村大街1号"])
    route = plan.with_legs(plan.DayRoute(DAY, tuple(_stop(n, a, hour=9 + n) for n, a in enumerate(addresses))))
    assert route.stops[0].leg_km is None and route.stops[1].leg_km > 1000
    better = plan.optimised(route, keep_times=False)
    assert better.total_km < route.total_km
    ids = [s.activity_id for s in better.stops]
    assert abs(ids.index("a0") - ids.index("a2")) == 1 and ids[1] != "a1"  # the two in Beijing one after the other
    kept = plan.optimised(route, keep_times=True)
    assert [s.activity_id for s in kept.stops] == ["a0", "a1", "a2"]
    moved = plan.moved(route, 2, -1)
    assert [s.activity_id for s in moved.stops] == ["a0", "a2", "a1"] and moved.total_km < route.total_km
    assert plan.moved(route, 0, -1) is route
    times = plan.times_in_order(moved)
    assert [(s.activity_id, start.hour) for s, start, _end in times] == [("a0", 9), ("a2", 10), ("a1", 11)]


def test_qr_texts_stay_under_the_limit_and_number_every_stop():
    addresses = parse_many(["广东省广州市天河区体育西路" + "很长的大厦名称" * 3 + f"{n}号" for n in range(40)])
    route = plan.with_legs(plan.DayRoute(DAY, tuple(_stop(n, a) for n, a in enumerate(addresses))))
    texts = export.qr_texts(route, limit=700)
    assert len(texts) > 1
    assert all(len(t.encode("utf-8")) <= 700 for t in texts)
    assert texts[0].startswith(f"Route for 2026-12-08 (1/{len(texts)})")
    joined = "\n".join(texts)
    assert all(f"\n{n}. " in joined for n in range(1, 41))
    lone = export.qr_texts(plan.DayRoute(DAY, (_stop(1, Address("x" * 2000)),)), limit=300)
    assert len(lone) == 1 and len(lone[0].encode("utf-8")) <= 300 and lone[0].endswith("…")


def test_a_visit_planned_for_the_day_only_is_free_to_move_and_keeps_no_time():
    beijing, shanghai, haidian = parse_many(["北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号",
                                             "北京市海淀区中关村大街1号"])
    def local(hour: int) -> datetime:
        return datetime.combine(DAY, time(hour)).astimezone()

    day_only = replace(_stop(2, haidian), starts_at=local(0))  # local midnight: no time of day
    stops = (replace(_stop(0, beijing), starts_at=local(9)), replace(_stop(1, shanghai), starts_at=local(15)), day_only)
    route = plan.with_legs(plan.DayRoute(DAY, stops))
    assert not day_only.set_time and stops[0].set_time
    kept = plan.optimised(route, keep_times=True)
    ids = [s.activity_id for s in kept.stops]
    assert ids[-1] == "a1"  # Beijing twice (the day-only one where it fits best), then the 15:00 in Shanghai
    times = {s.activity_id: start.astimezone().hour for s, start, _end in plan.times_in_order(kept)}
    assert times == {"a0": 9, "a2": 0, "a1": 15}
    text = export.qr_texts(kept)[0]
    assert f"\n{ids.index('a2') + 1}. 客户2\n北京市 海淀区 中关村大街1号" in text
    assert f"\n{ids.index('a0') + 1}. 09:00 客户0" in text
    from icalendar import Calendar

    events = Calendar.from_ical(export.ics_bytes(kept)).walk("VEVENT")
    kinds = [type(e.decoded("dtstart")).__name__ for e in events]
    assert kinds == ["date" if i == "a2" else "datetime" for i in ids]  # the day-only one as an all-day event


def test_a_reload_follows_the_order_chosen_and_puts_new_stops_after():
    addresses = parse_many(["北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号", "北京市海淀区中关村大街1号"])
    route = plan.with_legs(plan.DayRoute(DAY, tuple(_stop(n, a, hour=9 + n) for n, a in enumerate(addresses))))
    followed = plan.following(route, ["a2", "gone", "a0"])
    assert [s.activity_id for s in followed.stops] == ["a2", "a0", "a1"]
    assert followed.stops[0].leg_km is None and followed.stops[1].leg_km < 20
