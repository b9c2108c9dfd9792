"""`crm mail setup`, `crm campaign send` and `crm segment count` against a real SMTP server on a loopback
port: a dry run sends nothing, JSON figures, exit codes, and clear one-line reasons when something is missing."""

from __future__ import annotations

import json

import keyring
import pytest

from crm_desktop.cli.main import main
from crm_desktop.controllers.shell.app import CrmApp
from crm_desktop.domain.customers.entities import AccountInput, ContactInput
from crm_desktop.domain.marketing.rules import CampaignInput, SegmentInput, SegmentRule, TemplateInput
from crm_desktop.secrets import SERVICE
from tests.integration.loopback_smtp import PASSWORD, LoopbackSmtp


@pytest.fixture
def smtp():
    server = LoopbackSmtp()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def prepared(db_path):
    """A store with a segment, a campaign of four members (one opted out) and one without a template."""
    app = CrmApp.open(db_path)
    try:
        c, m = app.customers, app.marketing
        acme = c.create_account(AccountInput(name="上海电气", city="上海"))
        people = [c.create_contact(ContactInput(name=name, account_id=acme.id, email=email, do_not_contact=dnc))
                  for name, email, dnc in (("王芳", "wang@example.cn", False), ("赵磊", "zhao@example.cn", False),
                                           ("孙丽", "sun@example.cn", False), ("李强", "li@example.cn", True))]
        c.create_contact(ContactInput(name="陈静", email="chen@example.cn"))  # not in 上海
        segment = m.save_segment(SegmentInput("上海客户", SegmentRule(cities=("上海",))))
        template = m.save_template(TemplateInput("邀请函", "{{name}}，诚邀您参加{{campaign}}",
                                                 "尊敬的{{name}}：您好。"))
        campaign = m.save_campaign(CampaignInput("春季发布会", template_id=template.id, segment_id=segment.id))
        m.launch(campaign.id)
        bare = m.save_campaign(CampaignInput("无模板活动", segment_id=segment.id))
        m.launch(bare.id)
        return {"campaign": campaign.id, "bare": bare.id, "people": people}
    finally:
        app.close()


def _run(capsys, db_path, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _setup(capsys, db_path, smtp, user="cli-sender", *extra) -> tuple[int, str, str]:
    return _run(capsys, db_path, "mail", "setup", "--host", "127.0.0.1", "--port", str(smtp.port), "--security",
                "none", "--user", user, "--from", "market@example.cn", "--from-name", "市场部", "--rate", "6000",
                *extra)


def test_mail_setup_keeps_the_password_in_the_keyring_and_refuses_bad_settings(capsys, db_path, smtp, prepared,
                                                                             monkeypatch):
    monkeypatch.setenv("CRM_SMTP_PASSWORD", PASSWORD)
    code, out, _err = _setup(capsys, db_path, smtp)
    assert code == 0 and "127.0.0.1" in out and "market@example.cn" in out
    assert keyring.get_password(SERVICE, "smtp|127.0.0.1|cli-sender") == PASSWORD
    code, _out, err = _run(capsys, db_path, "mail", "setup", "--host", "smtp.example.cn", "--from", "nobody")
    assert code == 2 and "--from" in err and "not a valid e-mail address" in err


def test_a_dry_run_sends_nothing_then_the_campaign_goes_out(capsys, db_path, smtp, prepared, monkeypatch):
    monkeypatch.setenv("CRM_SMTP_PASSWORD", PASSWORD)
    _setup(capsys, db_path, smtp)
    code, out, _err = _run(capsys, db_path, "campaign", "send", prepared["campaign"], "--dry-run", "--json")
    figures = json.loads(out)
    assert code == 0 and figures["dry_run"] and (figures["queued"], figures["opted_out"]) == (3, 1)
    assert {p["subject"] for p in figures["preview"]} == {"王芳，诚邀您参加春季发布会", "赵磊，诚邀您参加春季发布会",
                                                         "孙丽，诚邀您参加春季发布会"}
    assert smtp.recorder.received == [] and smtp.recorder.logins == []
    code, out, _err = _run(capsys, db_path, "campaign", "send", prepared["campaign"], "--dry-run")
    assert code == 0 and "Would queue 3" in out and "Nothing was written or sent" in out

    code, out, _err = _run(capsys, db_path, "campaign", "send", prepared["campaign"], "--json")
    figures = json.loads(out)
    assert code == 0
    assert {k: figures[k] for k in ("queued", "sent", "failed", "remaining", "skipped", "opted_out", "no_email")} \
        == {"queued": 3, "sent": 3, "failed": 0, "remaining": 0, "skipped": 0, "opted_out": 1, "no_email": 0}
    assert len(smtp.recorder.received) == 3 and smtp.recorder.logins[0] == ("cli-sender", PASSWORD)
    code, out, _err = _run(capsys, db_path, "campaign", "send", "春季发布会")  # by name; nobody twice
    assert code == 0 and "Queued 0 new messages" in out and "3 queued before" in out and "Sent 0" in out
    assert len(smtp.recorder.received) == 3


def test_a_refused_recipient_and_a_missing_password_give_a_nonzero_exit(capsys, db_path, smtp, prepared,
                                                                        monkeypatch):
    monkeypatch.delenv("CRM_SMTP_PASSWORD", raising=False)
    code, _out, err = _setup(capsys, db_path, smtp, "nobody-saved-this")
    assert code == 0 and "No password given" in err  # not a terminal: no prompt either
    code, out, err = _run(capsys, db_path, "campaign", "send", prepared["campaign"], "--json")
    assert code == 1 and json.loads(out)["remaining"] == 3 and "Cannot log in" in err
    assert smtp.recorder.received == []

    monkeypatch.setenv("CRM_SMTP_PASSWORD", PASSWORD)  # the password from the environment instead
    smtp.recorder.reject.add("zhao@example.cn")
    code, out, err = _run(capsys, db_path, "campaign", "send", prepared["campaign"])
    assert code == 1 and "Sent 2, failed 1" in out and err == ""
    assert len(smtp.recorder.received) == 2


def test_clear_messages_when_the_campaign_template_or_server_is_missing(capsys, db_path, smtp, prepared):
    code, _out, err = _run(capsys, db_path, "campaign", "send", "no-such-id")
    assert code == 2 and err.strip() == "crm campaign send: no such campaign: no-such-id"
    code, _out, err = _run(capsys, db_path, "campaign", "send", prepared["campaign"])
    assert code == 2 and "no mail server set up" in err and len(err.strip().splitlines()) == 1
    _setup(capsys, db_path, smtp)
    code, _out, err = _run(capsys, db_path, "campaign", "send", prepared["bare"])
    assert code == 2 and "campaign has no template" in err
    assert smtp.recorder.received == []


def test_segment_count_prints_the_live_count(capsys, db_path, prepared):
    code, out, _err = _run(capsys, db_path, "segment", "count", "上海客户", "--json")
    assert code == 0 and json.loads(out) == {"segment": "上海客户", "target": "contact", "count": 4}
    code, out, _err = _run(capsys, db_path, "segment", "count", "上海客户")
    assert code == 0 and out.strip() == "上海客户: 4 contacts"
    code, out, err = _run(capsys, db_path, "segment", "count", "北京客户")
    assert code == 2 and out == "" and "no segment named '北京客户'" in err and "上海客户" in err


def test_export_takes_a_segment(capsys, db_path, prepared, tmp_path):
    out = tmp_path / "上海.csv"
    code, printed, _err = _run(capsys, db_path, "export", "contacts", str(out), "--segment", "上海客户")
    assert code == 0 and json.loads(printed)["exported"] == 4
    names = {line.split(",")[0] for line in out.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert names == {"王芳", "赵磊", "孙丽", "李强"}  # an export is not a mailing: opted-out contacts are listed
    code, printed, err = _run(capsys, db_path, "export", "contacts", str(out), "--segment", "北京客户")
    assert code == 1 and printed == "" and "No segment named '北京客户'" in err
