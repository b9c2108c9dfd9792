"""A fortnight of planned visits in the demo territory: the calendar, reminders and route have a day to show."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from crm_desktop.controllers.demo.rows import iso
from crm_desktop.domain.common.ids import new_id
from crm_desktop.store.bulk_demo import DemoStatements

DAYS = 14
# Start times a field rep books: two in the morning, two in the afternoon; a visit lasts an hour or ninety minutes.
SLOTS = (time(9, 0), time(10, 30), time(14, 0), time(15, 30))
SUBJECTS = {"zh": "拜访：{}", "en": "Visit: {}"}


def plan_visits(sql: DemoStatements, owners: list[str], today: date, seed: int, language: str) -> int:
    """Two to four open visits per working day for the next two weeks, per owner, at accounts they own.

    Written after the bulk load with ordinary inserts, so the activity statistics' triggers count them."""
    rng = random.Random(seed * 7919)
    template = SUBJECTS["zh" if language.startswith("zh") else "en"]
    now = iso(datetime.now().timestamp())
    rows = []
    for owner in dict.fromkeys(owners):  # the device user is listed twice (a bigger share of the territory)
        targets = sql.visit_targets(owner, 400)
        if not targets:
            continue
        # A rep spends a day in one city: the days go round the cities where they have the most customers.
        by_city: dict[str, list[tuple]] = {}
        for target in targets:
            by_city.setdefault(target[4], []).append(target)
        cities = sorted(by_city.values(), key=len, reverse=True)[:3]
        for offset in range(DAYS):
            day = today + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            in_town = cities[offset % len(cities)]
            for slot in sorted(rng.sample(SLOTS, rng.randint(2, len(SLOTS)))):
                account_id, name, address, contact_id, _city = in_town[rng.randrange(len(in_town))]
                start = datetime.combine(day, slot).astimezone()  # the laptop's time zone, as the rep plans
                end = start + timedelta(minutes=rng.choice((60, 90)))
                rows.append((new_id(), now, now, owner, template.format(name)[:200], iso(start.timestamp()),
                             account_id, contact_id or "", address[:200] or None, iso(end.timestamp())))
    sql.add_planned_visits(rows)
    return len(rows)
