"""Corrected and deleted activities travel: an edit and a delete made offline on one laptop reach the server and
the rep's other laptop (its timeline, and the customer's follow-up and last activity), and an undo does too."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_desktop.sync.transport import Transport
from tests.server.sync_world import PASSWORD

SERVER = "http://testserver"
SOON, LATER = date.today() + timedelta(days=3), date.today() + timedelta(days=10)


@pytest.fixture
def laptops(world, tmp_path):
    client, _ids = world
    opened = []

    def laptop(username: str, name: str):
        app = CrmApp.open(tmp_path / f"{name}.db")
        engine = SyncEngine(app.store, Transport(SERVER, client=client))
        engine.login(SERVER, username, PASSWORD, name)
        opened.append(app)
        return app, engine

    yield laptop
    for app in opened:
        app.close()


def clean(report) -> bool:
    return report.pending == 0 and report.conflicts == 0 and report.rejected == 0


def test_an_edited_and_a_deleted_activity_reach_the_other_laptop(laptops):
    office, office_sync = laptops("wang", "office")
    home, home_sync = laptops("wang", "home")
    account = office.customers.create_account(AccountInput(name="恒通贸易", city="上海"))
    person = office.customers.create_contact(ContactInput(name="周强", account_id=account.id))
    visit = office.activities.log(ActivityInput(kind="visit", subject="拜房客户", contact_id=person.id,
                                                next_followup_on=SOON))
    wrong = office.activities.log(ActivityInput(kind="call", subject="打错了客户", contact_id=person.id))
    assert clean(office_sync.sync())
    home_sync.sync()
    assert {a.subject for a in home.activities.timeline(contact_id=person.id)} == {"拜房客户", "打错了客户"}

    fields = {f: getattr(visit, f) for f in ActivityInput.__dataclass_fields__}
    office.activities.update(visit.id, ActivityInput(**{**fields, "subject": "拜访客户", "next_followup_on": LATER}))
    office.activities.delete(wrong.id)
    report = office_sync.sync()
    assert report.pushed >= 2 and clean(report)
    assert home_sync.sync().pulled >= 2
    assert [a.subject for a in home.activities.timeline(contact_id=person.id)] == ["拜访客户"]
    assert home.customers.get_contact(person.id).next_followup_at == LATER
    assert home.activities.get(wrong.id).subject == "打错了客户"  # kept as a tombstone, not shown

    # The rep changes their mind on the home laptop: the delete is undone there, and travels back.
    step = home.activities.restore(wrong.id)
    assert step.activity.id == wrong.id
    assert clean(home_sync.sync())
    office_sync.sync()
    assert {a.subject for a in office.activities.timeline(contact_id=person.id)} == {"拜访客户", "打错了客户"}
