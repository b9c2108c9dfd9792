"""The SLA policy and the working week (Mon 23 .. Fri 27 November 2026, Shanghai) of the service GUI tests."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
POLICY = {
    "version": 1,
    "calendar": {"timezone": "Asia/Shanghai", "working_days": ["mon", "tue", "wed", "thu", "fri"],
                 "working_hours": [["09:00", "12:00"], ["13:00", "18:00"]], "holidays": [],
                 "extra_working_days": []},
    "warn_at_percent": 75,
    "priorities": {
        "urgent": {"first_response_hours": 1, "resolution_hours": 4, "around_the_clock": True},
        "high": {"first_response_hours": 2, "resolution_hours": 8},
        "normal": {"first_response_hours": 4, "resolution_hours": 16},
        "low": {"first_response_hours": 8, "resolution_hours": 40},
    },
}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of the week of Monday 23 November 2026 in Shanghai, as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)
