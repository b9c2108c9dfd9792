"""Visit check-in and check-out on a real store: the visit's summary, the duration, the address when nothing is
measured, the chain and its audit entries, an edit made behind the app's back found, and what syncs."""

import importlib.util
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.domain.activities.checkins import Position
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ActivityInput, ContactInput
from crm_protocol.rules.checkins import EDITED, MISSING_PREVIOUS, checkin_hash

T0 = datetime(2026, 12, 7, 1, 30, tzinfo=UTC)
HERE = Position(31.2304, 121.4737, 35.0)


@pytest.fixture
def customer(crm):
    return crm.customers.create_account(AccountInput(name="恒通贸易", province="上海市", city="上海市",
                                                     district="黄浦区", street="南京东路100号"))


@pytest.fixture
def planned(crm, customer):
    return crm.activities.log(ActivityInput(kind="visit", subject="年度拜访", account_id=customer.id,
                                            occurred_at=T0, done=False))


def test_check_in_and_out_of_a_planned_visit(crm, planned):
    came = crm.checkins.check_in(planned.id, position=HERE, now=T0)
    assert (came.event, came.position_source, came.latitude, came.accuracy_m) == ("in", "device", 31.2304, 35.0)
    left = crm.checkins.check_out(planned.id, now=T0 + timedelta(minutes=47))
    assert left.duration == timedelta(minutes=47)
    visit = crm.activities.get(planned.id)
    assert visit.done and (visit.latitude, visit.longitude) == (31.2304, 121.4737)
    assert visit.place == "上海市 黄浦区 南京东路100号"
    with sqlite3.connect(crm.db_path) as db:
        checked = db.execute("SELECT checked_in_at, checked_out_at FROM activities WHERE id = ?",
                             (planned.id,)).fetchone()
    assert checked == ("2026-12-07T01:30:00.000000Z", "2026-12-07T02:17:00.000000Z")
    assert [c.event for c in crm.checkins.of_visit(planned.id)] == ["in", "out"]
    assert crm.checkins.of_visit(planned.id)[1].duration == timedelta(minutes=47)


def test_without_a_position_the_customers_address_stands_in_not_measured(crm, planned):
    came = crm.checkins.check_in(planned.id, now=T0)
    assert (came.position_source, came.latitude, came.longitude) == ("address", None, None)
    assert came.place == "上海市 黄浦区 南京东路100号"


def test_a_customer_without_an_address_checks_in_with_no_position(crm):
    person = crm.customers.create_contact(ContactInput(name="赵总", mobile="13900139000"))
    came = crm.checkins.check_in(contact_id=person.id, now=T0)
    assert (came.position_source, came.place) == ("none", None)


def test_a_new_visit_is_made_when_there_is_none(crm, customer):
    came = crm.checkins.check_in(account_id=customer.id, position=HERE, note="签了合同", subject="拜访恒通", now=T0)
    visit = crm.activities.get(came.activity_id)
    assert (visit.kind, visit.subject, visit.done, visit.account_id) == ("visit", "拜访恒通", False, customer.id)
    assert visit.body == "签了合同"
    assert crm.customers.get_account(customer.id).last_activity_at == T0


def test_a_visit_is_checked_in_and_out_once(crm, planned):
    with pytest.raises(ValidationError):
        crm.checkins.check_out(planned.id, now=T0)
    crm.checkins.check_in(planned.id, now=T0)
    with pytest.raises(ValidationError):
        crm.checkins.check_in(planned.id, now=T0)
    crm.checkins.check_out(planned.id, now=T0 + timedelta(minutes=5))
    with pytest.raises(ValidationError):
        crm.checkins.check_out(planned.id, now=T0 + timedelta(minutes=6))


def test_no_customer_and_no_visit_is_refused_and_writes_nothing(crm):
    with pytest.raises(ValidationError):
        crm.checkins.check_in(now=T0)
    with sqlite3.connect(crm.db_path) as db:
        assert db.execute("SELECT count(*) FROM checkins").fetchone() == (0,)


def test_an_unreadable_photo_is_refused_before_anything_is_written(crm, planned, tmp_path):
    with pytest.raises(ValidationError) as refused:
        crm.checkins.check_in(planned.id, photo=tmp_path / "missing.jpg", now=T0)
    assert "photo" in refused.value.errors
    assert crm.checkins.of_visit(planned.id) == []


def _chain(crm, customer, count):
    made = []
    for n in range(count):
        came = crm.checkins.check_in(account_id=customer.id, position=HERE, now=T0 + timedelta(hours=2 * n))
        made.append(came)
        made.append(crm.checkins.check_out(came.activity_id, now=T0 + timedelta(hours=2 * n, minutes=30)))
    return made


def test_each_checkin_chains_to_the_previous_and_its_audit_entry_keeps_the_hash(crm, customer):
    made = _chain(crm, customer, 2)
    with sqlite3.connect(crm.db_path) as db:
        rows = db.execute("SELECT id, prev_hash, hash FROM checkins ORDER BY created_at").fetchall()
        audit = dict(db.execute("SELECT record_id, json_extract(changed_fields, '$.hash[1]') FROM audit_log"
                                " WHERE entity = 'checkin' AND action = 'create'").fetchall())
        pushed = db.execute("SELECT count(*) FROM outbox WHERE entity = 'checkin' AND op = 'upsert'").fetchone()
    assert [r[0] for r in rows] == [m.id for m in made]
    assert rows[0][1] is None and all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))
    assert audit == {r[0]: r[2] for r in rows}
    assert pushed == (4,)  # every check-in goes out with the next sync
    assert crm.checkins.verify_chain().intact


def test_an_edit_behind_the_apps_back_shows_in_the_chain(crm, customer):
    made = _chain(crm, customer, 2)
    with sqlite3.connect(crm.db_path) as db:
        db.execute("UPDATE checkins SET latitude = 22.5431, longitude = 114.0579 WHERE id = ?", (made[1].id,))
    report = crm.checkins.verify_chain()
    assert report.checked == 4 and [(b.record_id, b.reason) for b in report.breaks] == [(made[1].id, EDITED)]


def test_an_edit_with_its_hash_recomputed_still_shows(crm, customer):
    made = _chain(crm, customer, 2)
    with sqlite3.connect(crm.db_path) as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("SELECT * FROM checkins WHERE id = ?", (made[1].id,)).fetchone())
        row["at"] = "2026-12-07T01:45:00.000000Z"  # a shorter visit than it was
        db.execute("UPDATE checkins SET at = ?, hash = ? WHERE id = ?", (row["at"], checkin_hash(row), row["id"]))
    breaks = {(b.record_id, b.reason) for b in crm.checkins.verify_chain().breaks}
    assert breaks == {(made[1].id, EDITED), (made[2].id, MISSING_PREVIOUS)}


def test_the_list_shows_the_checkins_and_their_chain_state(crm, customer):
    made = _chain(crm, customer, 1)
    with sqlite3.connect(crm.db_path) as db:
        db.execute("UPDATE checkins SET place = '别处', doubt = 'speed:900' WHERE id = ?", (made[0].id,))
    rows = {r.id: r for r in crm.checkins.listing()}
    assert rows[made[0].id].broken == EDITED and rows[made[1].id].broken is None
    assert rows[made[0].id].doubts[0].code == "speed" and rows[made[0].id].customer == "恒通贸易"


# --- the optional photo: kept as an attachment of the visit (controllers/attachments) ------------------------

needs_attachments = pytest.mark.skipif(
    importlib.util.find_spec("crm_desktop.controllers.attachments") is None,
    reason="the attachments controller is not in this build")


@needs_attachments
def test_a_photo_is_kept_with_the_visit_and_named_in_the_hashed_checkin(crm, customer, tmp_path):
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "signed-form.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    assert image.save(str(photo))
    came = crm.checkins.check_in(account_id=customer.id, position=HERE, photo=photo, now=T0)
    (kept,) = crm.attachments.list_for("activity", came.activity_id)
    assert (kept.id, kept.kind, kept.file_name, kept.size) == (came.photo_id, "photo", "signed-form.png",
                                                                photo.stat().st_size)
    assert crm.attachments.preview_bytes(kept.id) == photo.read_bytes()
    assert crm.checkins.verify_chain().intact
    with sqlite3.connect(crm.db_path) as db:
        db.execute("UPDATE checkins SET photo_id = NULL")  # the photo "never taken"
    assert crm.checkins.verify_chain().breaks[0].reason == EDITED


@needs_attachments
def test_a_photo_over_the_limit_is_refused_before_the_visit_is_made(crm, customer, tmp_path):
    from crm_desktop.domain.attachments.entities import AttachmentError

    photo = tmp_path / "huge.jpg"
    photo.write_bytes(b"\xff\xd8" + b"\0" * 4096)
    crm.attachments.set_limits(1024, 10_000)
    with pytest.raises(AttachmentError):
        crm.checkins.check_in(account_id=customer.id, photo=photo, now=T0)
    assert crm.activities.timeline(account_id=customer.id) == []
    with sqlite3.connect(crm.db_path) as db:
        assert db.execute("SELECT count(*) FROM checkins").fetchone() == (0,)
