"""Correcting the customer's timeline in the real window: edit an activity in the logging form, filled in;
delete one with the Delete key (not the customer); undo and redo both."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from crm_desktop.domain.customers.entities import ActivityInput, ContactInput
from crm_desktop.gui.activities.activity_dialog import ActivityDialog
from tests.gui.conftest import settle, type_text, when_modal

WHEN = datetime.combine(date.today() - timedelta(days=2), time(10, 30)).astimezone()


@pytest.fixture
def shown(qtbot, window, crm):
    """A contact with one visit (and a follow-up it planned), open on the customers page."""
    contact = crm.customers.create_contact(ContactInput(name="周强"))
    visit = crm.activities.log(ActivityInput(kind="visit", subject="拜房客户", contact_id=contact.id,
                                             occurred_at=WHEN, outcome="已报价", place="浦东",
                                             next_followup_on=date.today() + timedelta(days=5)))
    window.open_record("contact", contact.id)
    settle(qtbot, window.jobs)
    timeline = window.page("customers").detail.timeline
    timeline.view.setCurrentIndex(timeline.model.index(0))
    return contact, visit, timeline


def subjects(timeline) -> list[str]:
    return [timeline.model.item(r).subject for r in range(timeline.model.rowCount())]


def test_an_activity_is_corrected_in_its_form_filled_in_and_the_undo_puts_it_back(qtbot, window, crm, shown):
    _contact, visit, timeline = shown
    seen = {}

    def correct(dialog):
        f = dialog.form
        seen.update(title=dialog.windowTitle(), subject=f.subjectEdit.text(), outcome=f.outcomeEdit.text(),
                    place=f.placeEdit.text(), kind=f.kindCombo.currentData(), planned=f.followupCheck.isChecked(),
                    when=f.occurredEdit.dateTime().toPython())
        f.subjectEdit.clear()
        type_text(qtbot, f.subjectEdit, "拜访客户")
        dialog.save()

    when_modal(ActivityDialog, correct)
    timeline.edit_button.click()
    settle(qtbot, window.jobs)
    assert seen == {"title": "Edit activity", "subject": "拜房客户", "outcome": "已报价", "place": "浦东",
                    "kind": "visit", "planned": True, "when": WHEN.replace(tzinfo=None)}
    assert subjects(timeline) == ["拜访客户"]
    stored = crm.activities.get(visit.id)
    assert (stored.occurred_at, stored.outcome) == (WHEN, "已报价")  # left as they were
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert subjects(timeline) == ["拜房客户"]
    window.redo_action.trigger()
    settle(qtbot, window.jobs)
    assert subjects(timeline) == ["拜访客户"]


def test_delete_in_the_timeline_deletes_the_activity_not_the_customer_and_undo_brings_it_back(
        qtbot, window, crm, shown):
    contact, _visit, timeline = shown
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_Delete)
    settle(qtbot, window.jobs)
    assert subjects(timeline) == []
    assert window.page("customers").detail.record.id == contact.id  # the customer is still there
    after = crm.customers.get_contact(contact.id)
    assert (after.last_activity_at, after.next_followup_at) == (None, None)
    window.undo_action.trigger()
    settle(qtbot, window.jobs)
    assert subjects(timeline) == ["拜房客户"]
    restored = crm.customers.get_contact(contact.id)
    assert (restored.last_activity_at, restored.next_followup_at) == (WHEN, date.today() + timedelta(days=5))


def test_a_visit_moved_to_next_week_in_its_form_is_planned_again_not_done(qtbot, window, crm, shown):
    """A visit booked for later reminds, shows as planned in the calendar and is checked in: it is not done."""
    _contact, visit, timeline = shown
    later = datetime.combine(date.today() + timedelta(days=7), time(14, 0))

    def move(dialog):
        dialog.form.occurredEdit.setDateTime(later)
        dialog.save()

    when_modal(ActivityDialog, move)
    timeline.edit_button.click()
    settle(qtbot, window.jobs)
    stored = crm.activities.get(visit.id)
    assert stored.occurred_at == later.astimezone() and stored.done is False
