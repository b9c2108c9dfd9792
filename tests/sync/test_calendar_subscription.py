"""The calendar subscription end to end: a rep's laptop asks its server for the feed URL, a visit planned on the
laptop is synced, and a calendar client (no login, just the URL) finds it in the feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import icalendar
import pytest

from crm_desktop.controllers.calendar.feed import subscription_url
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput
from crm_desktop.sync.transport import CredentialsError
from tests.server.sync_world import PASSWORD


def test_a_visit_planned_on_the_laptop_shows_in_the_subscribed_feed(live_server, tmp_path):
    app = CrmApp.open(tmp_path / "wang.db")
    try:
        with pytest.raises(CredentialsError):
            subscription_url(app.sync)  # connected to no server yet
        app.sync.login(live_server, "wang", PASSWORD)
        account = app.customers.create_account(AccountInput(name="华东客户"))
        start = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
        visit = app.calendar.create_visit(start, start + timedelta(hours=1), "拜访华东客户", account_id=account.id,
                                          place="上海")
        app.sync.sync()
        url = subscription_url(app.sync)
        assert url.startswith(live_server) and url.endswith(".ics")
        response = httpx.get(url)  # as a calendar client asks: no Authorization header
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
        events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}
        assert events[visit]["DTSTART"].dt == start and str(events[visit]["LOCATION"]) == "上海"
    finally:
        app.close()
