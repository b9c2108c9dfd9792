"""The e-mail outbox against a real SMTP server on a loopback port (aiosmtpd): campaigns queued offline,
sent at the set rate, refusals and deferrals handled, and no message ever sent twice."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from crm_desktop.controllers.marketing.email_outbox import MailNotSetUpError
from crm_desktop.controllers.marketing.email_send import RETRY_DELAY
from crm_desktop.domain.common.validation import ValidationError
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.marketing.mail import MailSettings
from crm_desktop.domain.marketing.rules import CampaignInput, TemplateInput
from crm_desktop.secrets import SERVICE
from crm_desktop.store.models import EmailMessage, OutboxEntry
from tests.fakes import RecordingState
from tests.integration.loopback_smtp import PASSWORD, LoopbackSmtp


class FakeTime:
    """A clock that moves only when slept on; `on_sleep` lets a test act in a pause between sends."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.naps: list[float] = []
        self.on_sleep = None

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            self.on_sleep(len(self.naps))


@pytest.fixture
def smtp():
    server = LoopbackSmtp()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake_time(crm):
    fake = FakeTime()
    crm.email.clock, crm.email.sleep = fake.clock, fake.sleep
    return fake


@pytest.fixture
def world(crm, smtp, fake_time):
    """A campaign with a Chinese template and six members: four reachable, one who asked not to be
    contacted, one unsubscribed, one without an address."""
    c, m = crm.customers, crm.marketing
    acme = c.create_account(AccountInput(name="上海电气", city="上海"))
    bank = c.create_account(AccountInput(name="成都银行", city="成都"))
    people = {
        "wang": c.create_contact(ContactInput(name="王芳", account_id=acme.id, email="wang@example.cn",
                                              title="采购经理")),
        "zhao": c.create_contact(ContactInput(name="赵磊", account_id=acme.id, email="zhao@example.cn")),
        "chen": c.create_contact(ContactInput(name="陈静", account_id=bank.id, email="chen@example.cn")),
        "sun": c.create_contact(ContactInput(name="孙丽", email="sun@example.cn")),
        "li": c.create_contact(ContactInput(name="李强", account_id=acme.id, email="li@example.cn",
                                            do_not_contact=True)),
        "liu": c.create_contact(ContactInput(name="刘洋", account_id=bank.id, email="liu@example.cn",
                                             unsubscribed=True)),
        "zhang": c.create_contact(ContactInput(name="张伟", account_id=bank.id)),
    }
    template = m.save_template(TemplateInput("邀请函", "{{name}}，{{campaign}}诚邀您参加",
                                             "尊敬的{{name}}：\n\n{{company}}{{title}}您好，欢迎莅临{{city}}。"))
    campaign = m.save_campaign(CampaignInput("春季新品发布会", template_id=template.id))
    m.add_members(campaign.id, [p.id for p in people.values()])
    crm.email.save_settings(MailSettings(host="127.0.0.1", port=smtp.port, security="none", username="sender",
                                         from_address="Market@Example.cn", from_name="华东销售部"), PASSWORD)
    return {"campaign": campaign, "template": template, **people}


def _outbox(crm) -> dict[str, object]:
    return {m.to_address: m for m in crm.email.outbox()}


def test_a_campaign_queued_offline_is_sent_personalised_once_and_logged(crm, smtp, world):
    smtp.stop()  # offline: queueing needs no server
    report = crm.email.queue_campaign(world["campaign"].id)
    assert (report.queued, report.opted_out, report.no_email, report.already_queued) == (4, 2, 1, 0)
    assert crm.email.counts()["queued"] == 4
    assert crm.email.queue_campaign(world["campaign"].id).already_queued == 4  # nobody queued twice
    queued_ids = {m.to_address: m.message_id for m in crm.email.outbox()}

    smtp.start()
    sent = crm.email.send_queued()
    assert (sent.sent, sent.failed, sent.remaining, sent.skipped, sent.problem) == (4, 0, 0, 0, None)
    assert smtp.recorder.logins == [("sender", PASSWORD)]  # once a run, with the keyring's password
    received = {m["To"].addresses[0].addr_spec: m for m in smtp.recorder.messages()}
    assert set(received) == {"wang@example.cn", "zhao@example.cn", "chen@example.cn", "sun@example.cn"}
    wang = received["wang@example.cn"]
    assert wang["Subject"] == "王芳，春季新品发布会诚邀您参加"
    body = wang.get_content().replace("\r\n", "\n").strip()  # text travels with CRLF line ends
    assert body == "尊敬的王芳：\n\n上海电气采购经理您好，欢迎莅临上海。"
    assert wang["Message-ID"] == queued_ids["wang@example.cn"]
    assert wang["From"].addresses[0].display_name == "华东销售部"
    assert wang["From"].addresses[0].addr_spec == "market@example.cn"
    assert "unsubscribe" in wang["List-Unsubscribe"] and wang["Date"]

    assert crm.email.counts()["sent"] == 4 and crm.email.send_queued().sent == 0
    assert len(smtp.recorder.received) == 4
    [activity] = crm.activities.timeline(contact_id=world["wang"].id)
    assert (activity.kind, activity.subject) == ("email", "王芳，春季新品发布会诚邀您参加")
    assert activity.account_id == world["wang"].account_id and "采购经理" in activity.body
    members = {x.name: x for x in crm.marketing.members(world["campaign"].id)}
    assert {n for n, x in members.items() if x.status == "sent"} == {"王芳", "赵磊", "陈静", "孙丽"}
    assert members["王芳"].sent_at is not None and members["李强"].status == "targeted"
    assert crm.customers.get_contact(world["wang"].id).last_activity_at is not None
    with crm.store.sessions() as s:  # the activities go to the server with the next sync
        entities = Counter(s.scalars(select(OutboxEntry.entity)))
    assert entities["activity"] == 4


def test_contacts_who_opt_out_after_queueing_receive_nothing(crm, smtp, world):
    crm.email.queue_campaign(world["campaign"].id)
    for key, flag in (("wang", "unsubscribed"), ("zhao", "do_not_contact")):
        person = world[key]
        crm.customers.update_contact(person.id, ContactInput(name=person.name, account_id=person.account_id,
                                                             email=person.email, **{flag: True}))
    report = crm.email.send_queued()
    assert (report.sent, report.skipped) == (2, 2)
    addresses = {m["To"].addresses[0].addr_spec for m in smtp.recorder.messages()}
    assert addresses == {"chen@example.cn", "sun@example.cn"}
    assert not addresses & {"li@example.cn", "liu@example.cn", "wang@example.cn", "zhao@example.cn"}
    outbox = _outbox(crm)
    assert outbox["wang@example.cn"].status == "skipped" and "opted out" in outbox["wang@example.cn"].error
    assert not crm.activities.timeline(contact_id=world["wang"].id)


def test_a_refused_recipient_fails_with_the_reason_and_the_others_go(crm, smtp, world):
    smtp.recorder.reject.add("zhao@example.cn")
    report = crm.email.send_campaign(world["campaign"].id)
    assert (report["queued"], report["sent"], report["failed"], report["remaining"]) == (4, 3, 1, 0)
    failed = _outbox(crm)["zhao@example.cn"]
    assert failed.status == "failed" and failed.error.startswith("550") and "mailbox unavailable" in failed.error
    assert len(smtp.recorder.received) == 3


def test_a_deferred_message_is_retried_later_and_given_up_after_the_set_attempts(crm, smtp, world, fake_time):
    settings = crm.email.settings()
    crm.email.save_settings(MailSettings(**{**settings.as_json(), "max_attempts": 3}))
    smtp.recorder.defer.update({"wang@example.cn": 2, "zhao@example.cn": 99})
    crm.email.queue_campaign(world["campaign"].id)
    report = crm.email.send_queued()
    assert (report.sent, report.failed, report.remaining) == (3, 1, 0)
    outbox = _outbox(crm)
    assert outbox["wang@example.cn"].status == "sent" and outbox["wang@example.cn"].attempts == 3
    gave_up = outbox["zhao@example.cn"]
    assert gave_up.status == "failed" and gave_up.attempts == 3 and gave_up.error.startswith("451")
    assert sum(fake_time.naps) >= RETRY_DELAY  # the retries waited instead of hammering the server
    assert smtp.recorder.by_message_id()[outbox["wang@example.cn"].message_id] == 1


def test_a_server_that_goes_away_mid_run_leaves_the_rest_queued_and_nothing_is_sent_twice(crm, smtp, world,
                                                                                        fake_time):
    crm.email.queue_campaign(world["campaign"].id)
    fake_time.on_sleep = lambda naps: smtp.stop() if naps == 1 else None  # gone in the pause after the first
    report = crm.email.send_queued()
    assert (report.sent, report.remaining, report.problem) == (1, 3, "offline")
    assert crm.email.counts()["queued"] == 3 and crm.email.counts()["sending"] == 0

    fake_time.on_sleep = None
    smtp.start()
    report = crm.email.send_queued()
    assert (report.sent, report.remaining, report.problem) == (3, 0, None)
    ids = smtp.recorder.by_message_id()
    assert len(ids) == 4 and set(ids.values()) == {1}
    assert ids.keys() == {m.message_id for m in crm.email.outbox()}


def test_an_answer_lost_after_the_whole_message_went_makes_it_unsure_not_resent(crm, smtp, world):
    smtp.recorder.hang_up_after.add("chen@example.cn")  # the server keeps it, but its answer never comes
    crm.email.queue_campaign(world["campaign"].id)
    report = crm.email.send_queued()
    assert (report.unsure, report.problem) == (1, "offline")
    chen = _outbox(crm)["chen@example.cn"]
    assert chen.status == "unsure"
    report = crm.email.send_queued()
    assert report.unsure == 0 and report.remaining == 0 and crm.email.counts()["sent"] == 3
    assert smtp.recorder.by_message_id()[chen.message_id] == 1 and len(smtp.recorder.received) == 4


def test_an_unreachable_server_changes_nothing(crm, smtp, world):
    smtp.stop()
    assert crm.email.send_queued().problem is None  # nothing queued: not even a connection attempt
    crm.email.queue_campaign(world["campaign"].id)
    report = crm.email.send_queued()
    assert (report.sent, report.remaining, report.problem) == (0, 4, "offline")
    assert crm.email.counts()["queued"] == 4 and all(m.attempts == 0 for m in crm.email.outbox())


def test_a_message_left_sending_is_never_resent_until_the_user_says_so(crm, smtp, world):
    crm.email.queue_campaign(world["campaign"].id)
    with crm.store.sessions() as s:  # as if the app died after handing these two over
        rows = {r.to_address: r for r in s.scalars(select(EmailMessage))}
        for address in ("wang@example.cn", "zhao@example.cn"):
            rows[address].status = "sending"
        s.commit()
    report = crm.email.send_queued()
    assert (report.sent, report.unsure, report.remaining) == (2, 2, 0)
    outbox = _outbox(crm)
    assert outbox["wang@example.cn"].status == outbox["zhao@example.cn"].status == "unsure"
    assert crm.email.send_queued().sent == 0  # a later run leaves them alone too
    assert len(smtp.recorder.received) == 2

    assert crm.email.resend_unsure([outbox["wang@example.cn"].id]) == 1
    assert crm.email.mark_sent([outbox["zhao@example.cn"].id, outbox["chen@example.cn"].id]) == 1  # sent one: no
    assert crm.email.send_queued().sent == 1
    assert smtp.recorder.by_message_id()[outbox["wang@example.cn"].message_id] == 1
    assert outbox["zhao@example.cn"].message_id not in smtp.recorder.by_message_id()
    assert [a.kind for a in crm.activities.timeline(contact_id=world["zhao"].id)] == ["email"]
    assert crm.email.counts()["sent"] == 4


def test_sends_are_spaced_by_the_rate_and_a_cancel_stops_between_messages(crm, smtp, world, fake_time):
    settings = crm.email.settings()
    crm.email.save_settings(MailSettings(**{**settings.as_json(), "rate_per_minute": 6}))
    crm.email.queue_campaign(world["campaign"].id)
    state = RecordingState(cancel_after=2)
    report = crm.email.send_queued(state)
    assert (report.sent, report.remaining, report.problem) == (2, 2, "cancelled")
    assert sum(fake_time.naps) == pytest.approx(10.0)  # six a minute: ten seconds between sends
    fake_time.naps.clear()
    assert crm.email.send_queued().sent == 2 and sum(fake_time.naps) == pytest.approx(10.0)


def test_nothing_queued_means_no_connection_and_no_settings_means_a_clear_error(crm, db_path):
    assert crm.email.settings() is None
    report = crm.email.send_queued()
    assert (report.sent, report.failed, report.remaining) == (0, 0, 0)
    template = crm.marketing.save_template(TemplateInput("问候", "{{name}}您好", "正文"))
    contact = crm.customers.create_contact(ContactInput(name="王芳", email="wang@example.cn"))
    campaign = crm.marketing.save_campaign(CampaignInput("回访", template_id=template.id))
    crm.marketing.add_members(campaign.id, [contact.id])
    dry = crm.email.send_campaign(campaign.id, dry_run=True)
    assert dry["would_send"] == 1 and dry["preview"] == [{"to": "wang@example.cn", "subject": "王芳您好"}]
    assert crm.email.counts()["queued"] == 0
    crm.email.queue_campaign(campaign.id)
    with pytest.raises(MailNotSetUpError):
        crm.email.send_queued()
    bare = crm.marketing.save_campaign(CampaignInput("无模板"))
    with pytest.raises(ValidationError) as error:
        crm.email.queue_campaign(bare.id)
    assert set(error.value.errors) == {"template_id"}


def test_the_password_is_in_the_keyring_and_never_in_the_database(crm, db_path):
    import keyring

    with pytest.raises(ValidationError) as error:
        crm.email.save_settings(MailSettings(host="", port=0, security="tls", from_address="not an address"))
    assert set(error.value.errors) == {"host", "port", "security", "from_address"}
    saved = crm.email.save_settings(MailSettings(host=" SMTP.Example.cn ", port="465", security="ssl",
                                                 username="market", from_address="market@example.cn"),
                                    "pw-only-in-the-keyring-9321")
    assert (saved.host, saved.port) == ("smtp.example.cn", 465) and crm.email.settings() == saved
    assert keyring.get_password(SERVICE, "smtp|smtp.example.cn|market") == "pw-only-in-the-keyring-9321"
    assert crm.email.has_password()
    crm.close()
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert files and not any(b"pw-only-in-the-keyring" in p.read_bytes() for p in files)
    assert any(b"smtp.example.cn" in p.read_bytes() for p in files)  # the settings themselves are there
