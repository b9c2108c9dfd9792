"""The check-in rules the app and the server share: the canonical hash, the chain's verification and the
plausibility doubts (clock, speed, check-out order, distance from the customer)."""

import hashlib
from datetime import UTC, datetime, timedelta

from crm_protocol.rules import checkins as rules
from crm_protocol.rules.checkins import (
    BEFORE_PREVIOUS,
    CLOCK_AHEAD,
    CLOCK_OFF,
    EDITED,
    FAR,
    LATE,
    MISSING_PREVIOUS,
    OUT_BEFORE_IN,
    SPEED,
    Doubt,
    checkin_hash,
    format_doubts,
    haversine_km,
    parse_doubts,
    plausibility,
    verify_chain,
)

T0 = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
SHANGHAI = (31.2304, 121.4737)
BEIJING = (39.9042, 116.4074)


def checkin(n: int, at: datetime, where=SHANGHAI, source="device", prev=None, event="in", accuracy=25.0) -> dict:
    row = {"id": f"c{n}", "activity_id": f"a{n}", "event": event, "at": at, "latitude": where[0],
           "longitude": where[1], "accuracy_m": accuracy, "position_source": source,
           "place": "上海市 黄浦区 南京东路1号", "photo_id": None, "prev_hash": prev}
    row["hash"] = checkin_hash(row)
    return row


def chain(count: int) -> list[dict]:
    rows: list[dict] = []
    for n in range(count):
        rows.append(checkin(n, T0 + timedelta(hours=n), prev=rows[-1]["hash"] if rows else None))
    return rows


def test_the_hash_is_sha256_over_the_documented_text():
    row = checkin(1, T0)
    text = ('["checkin-v1","c1","a1","in","2026-12-07T09:30:00.000000Z","31.2304000","121.4737000","25.0",'
            '"device","上海市 黄浦区 南京东路1号",null,null]')
    assert rules.canonical_text(row) == text
    assert row["hash"] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_hash_is_the_same_from_wire_values_and_ignores_the_servers_doubt():
    row = checkin(1, T0)
    wire = {**row, "at": "2026-12-07T09:30:00.000000Z", "latitude": 31.2304, "accuracy_m": 25, "doubt": "late:90"}
    assert checkin_hash(wire) == row["hash"]


def test_every_hashed_field_changes_the_hash():
    row = checkin(1, T0, prev="ab" * 32)
    changed = {"id": "x", "activity_id": "x", "event": "out", "at": T0 + timedelta(seconds=1),
               "latitude": 31.2305, "longitude": 121.4738, "accuracy_m": 30.0, "position_source": "address",
               "place": "别处", "photo_id": "p", "prev_hash": "cd" * 32}
    assert set(changed) == set(rules.HASH_FIELDS)
    for name, value in changed.items():
        assert checkin_hash({**row, name: value}) != row["hash"], name


def test_an_intact_chain_has_no_breaks():
    assert verify_chain(chain(4)) == []


def test_an_edited_row_shows_as_edited():
    rows = chain(4)
    rows[1] = {**rows[1], "latitude": 22.5431}  # moved to Shenzhen after the fact
    assert [(b.record_id, b.reason) for b in verify_chain(rows)] == [("c1", EDITED)]


def test_an_edited_and_rehashed_row_breaks_the_next_link():
    rows = chain(4)
    forged = {**rows[1], "at": rows[1]["at"] - timedelta(hours=1)}
    rows[1] = {**forged, "hash": checkin_hash(forged)}
    assert [(b.record_id, b.reason) for b in verify_chain(rows)] == [("c2", MISSING_PREVIOUS)]


def test_a_removed_row_breaks_the_next_link():
    rows = chain(4)
    del rows[2]
    assert [(b.record_id, b.reason) for b in verify_chain(rows)] == [("c3", MISSING_PREVIOUS)]


def test_haversine_between_shanghai_and_beijing():
    assert 1060 < haversine_km(*SHANGHAI, *BEIJING) < 1075


def test_the_device_clock_against_the_servers():
    row = checkin(1, T0)
    assert plausibility(row, received_at=T0 + timedelta(minutes=9)) == []
    assert plausibility(row, received_at=T0 - timedelta(minutes=9)) == []
    assert plausibility(row, received_at=T0 - timedelta(hours=3)) == [Doubt(CLOCK_AHEAD, 180)]
    assert plausibility(row, received_at=T0 + timedelta(minutes=95)) == [Doubt(LATE, 95)]


def test_with_the_devices_clock_known_an_offline_day_is_no_doubt_but_a_wrong_clock_is():
    row = checkin(1, T0)
    a_day_later = T0 + timedelta(days=1)
    assert plausibility(row, received_at=a_day_later, clock_offset=timedelta(minutes=2)) == []
    assert plausibility(row, received_at=a_day_later, clock_offset=timedelta(minutes=-95)) == [Doubt(CLOCK_OFF, -95)]
    # A time after the push that carried it, on the device's own clock: typed in by hand.
    assert plausibility(row, received_at=T0 - timedelta(hours=1), clock_offset=timedelta(0)) == [
        Doubt(CLOCK_AHEAD, 60)]
    assert parse_doubts(format_doubts([Doubt(CLOCK_OFF, -95)])) == [Doubt(CLOCK_OFF, -95)]


def test_an_implausible_speed_since_the_previous_measured_checkin():
    previous = checkin(0, T0)
    by_plane = checkin(1, T0 + timedelta(hours=4), where=BEIJING)
    teleported = checkin(1, T0 + timedelta(hours=1), where=BEIJING)
    assert plausibility(by_plane, previous=previous) == []  # 1,068 km in 4 h: 267 km/h, a fast train or a flight
    doubts = plausibility(teleported, previous=previous)
    assert [d.code for d in doubts] == [SPEED] and 1050 < doubts[0].number < 1080


def test_no_speed_doubt_without_two_measured_positions_or_within_the_fixes_accuracy():
    previous = checkin(0, T0)
    assert plausibility(checkin(1, T0 + timedelta(minutes=10), where=BEIJING, source="address"),
                        previous=previous) == []
    near = (SHANGHAI[0] + 0.004, SHANGHAI[1])  # 445 m in 10 s: within two city fixes of 300 m
    assert plausibility(checkin(1, T0 + timedelta(seconds=10), where=near, accuracy=300.0),
                        previous=checkin(0, T0, accuracy=300.0)) == []


def test_a_checkin_earlier_than_the_previous_one_means_the_clock_went_back():
    previous = checkin(0, T0)
    assert plausibility(checkin(1, T0 - timedelta(minutes=30)), chained=previous) == [Doubt(BEFORE_PREVIOUS, 30)]
    assert plausibility(checkin(1, T0 - timedelta(minutes=30)), previous=previous) == []  # not its chain: no doubt


def test_a_checkout_before_its_checkin():
    out = checkin(1, T0, event="out")
    assert plausibility(out, checked_in_at=T0 + timedelta(minutes=20)) == [Doubt(OUT_BEFORE_IN, 20)]
    assert plausibility(out, checked_in_at=T0 - timedelta(minutes=20)) == []


def test_far_from_where_the_customer_is_known_to_be():
    row = checkin(1, T0)
    assert plausibility(row, known_position=(SHANGHAI[0] + 0.01, SHANGHAI[1])) == []  # 1.1 km
    assert plausibility(row, known_position=BEIJING)[0].code == FAR
    assert plausibility({**row, "position_source": "address"}, known_position=BEIJING) == []


def test_doubts_round_trip_through_the_field():
    doubts = [Doubt(CLOCK_AHEAD, 180), Doubt(SPEED, 1068)]
    assert format_doubts(doubts) == "clock_ahead:180;speed:1068"
    assert parse_doubts("clock_ahead:180;speed:1068") == doubts
    assert format_doubts([]) is None and parse_doubts(None) == []
    assert parse_doubts("odd;late:x") == [Doubt("odd", 0), Doubt("late", 0)]
