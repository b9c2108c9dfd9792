"""E-mail controller: this device's SMTP settings, campaigns queued into the local outbox, and send runs."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from email.utils import make_msgid

from crm_desktop.controllers.marketing.controller import MarketingController, reachable
from crm_desktop.controllers.marketing.email_send import SendRun, record_sent
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from crm_desktop.domain.marketing.mail import (
    MailSettings,
    MessageData,
    MessageStatus,
    QueueReport,
    SendProblem,
    SendReport,
    clean_mail_settings,
)
from crm_desktop.domain.marketing.rules import render
from crm_desktop.mail.smtp import SmtpClient
from crm_desktop.secrets import NoKeyringAvailableError, load_secret, store_secret
from crm_desktop.store.database import Store
from crm_desktop.store.models import CampaignMember, Contact, EmailMessage
from crm_desktop.store.unit_of_work import UnitOfWork

SETTINGS_KEY = "mail/smtp"  # in sync_state: local to this device, never synced
NO_TEMPLATE = QT_TRANSLATE_NOOP("Validation", "Choose the e-mail template this campaign sends.")
NO_PASSWORD = "No password for the mail server: save one in the mail settings."
_PREVIEWS = 5


class MailNotSetUpError(RuntimeError):
    """Messages are waiting but no mail server is set up on this computer."""


class EmailController:
    """`password_lookup(settings)` is asked when the keyring has no password (the CLI: an environment
    variable or a prompt). `clock` and `sleep` pace the sends (tests pass a fake pair)."""

    def __init__(self, store: Store, password_lookup: Callable[[MailSettings], str | None] | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self.store = store
        self.password_lookup = password_lookup
        self.clock, self.sleep = clock, sleep
        self._memory_password: dict[str, str] = {}  # without a keyring: for this run of the app only
        self._running = threading.Lock()

    # --- settings ------------------------------------------------------------------------

    def settings(self) -> MailSettings | None:
        with UnitOfWork(self.store) as uow:
            value = uow.sync_state.value(SETTINGS_KEY)
            return MailSettings.from_json(value) if value else None

    def save_settings(self, settings: MailSettings, password: str | None = None) -> MailSettings:
        """Check and keep the settings; `password` (None: keep the saved one) goes to the keyring only."""
        settings = clean_mail_settings(settings)
        with UnitOfWork(self.store) as uow:
            uow.sync_state.put(SETTINGS_KEY, settings.as_json())
            uow.commit()
        if password is not None:
            self._memory_password[settings.secret_name] = password
            with contextlib.suppress(NoKeyringAvailableError):
                store_secret(settings.secret_name, password)
        return settings

    def has_password(self, settings: MailSettings | None = None) -> bool:
        settings = settings or self.settings()
        return settings is not None and bool(self._saved_password(settings))

    def _saved_password(self, settings: MailSettings) -> str | None:
        if settings.secret_name in self._memory_password:
            return self._memory_password[settings.secret_name]
        try:
            return load_secret(settings.secret_name)
        except NoKeyringAvailableError:
            return None

    def _password(self, settings: MailSettings) -> str | None:
        found = self._saved_password(settings)
        if not found and self.password_lookup is not None:
            found = self.password_lookup(settings)
        return found or None

    # --- queueing ------------------------------------------------------------------------

    def queue_campaign(self, campaign_id: str) -> QueueReport:
        """One personalised message per reachable member not yet queued. Works offline."""
        with UnitOfWork(self.store) as uow:
            report, rows = self._plan(uow, campaign_id)
            settings = self.settings()
            domain = settings.from_address.rpartition("@")[2] if settings else "localhost"
            now = utcnow()
            # A microsecond apart: queued order is the members' order, and sending order is queued order.
            uow.email.add_all(EmailMessage(
                campaign_id=campaign_id, member_id=member.id, contact_id=contact.id, to_address=contact.email,
                subject=subject, body=body, status=MessageStatus.QUEUED, attempts=0,
                message_id=make_msgid(domain=domain), queued_at=now + timedelta(microseconds=i))
                for i, (member, contact, subject, body) in enumerate(rows))
            uow.commit()
            return report

    def _plan(self, uow: UnitOfWork, campaign_id: str,
              ) -> tuple[QueueReport, list[tuple[CampaignMember, Contact, str, str]]]:
        campaign = uow.campaigns.get(campaign_id)
        if campaign is None:
            raise NotFoundError(campaign_id)
        template = uow.templates.get(campaign.template_id) if campaign.template_id else None
        if template is None:
            raise ValidationError({"template_id": NO_TEMPLATE})
        done = uow.email.contacts_messaged(campaign_id)
        members = uow.members.with_contacts(campaign_id, live_contacts_only=True)
        rows, opted_out, no_email, already = [], 0, 0, 0
        for member, contact in members:
            if contact.id in done:
                already += 1
            elif contact.do_not_contact or contact.unsubscribed:
                opted_out += 1
            elif not reachable(contact):
                no_email += 1
            else:
                values = MarketingController.placeholder_values(uow, contact, campaign)
                # Header fields are one line: a newline from a placeholder value must not split one.
                subject = " ".join(render(template.subject, values).split())
                rows.append((member, contact, subject, render(template.body, values)))
                done.add(contact.id)
        return QueueReport(len(rows), opted_out, no_email, already), rows

    # --- sending -------------------------------------------------------------------------

    def send_queued(self, state=None, campaign_id: str | None = None, smtp_factory=None) -> SendReport:
        """Send what is queued (only this campaign's with `campaign_id`), oldest first, at the set
        rate. `smtp_factory(settings, password)` makes the client (default: mail.smtp.SmtpClient).
        Raises MailNotSetUpError when messages wait and no server is set up."""
        if not self._running.acquire(blocking=False):
            return SendReport(0, 0, self._queued_count(campaign_id), 0, problem=SendProblem.BUSY)
        try:
            unsure = self._mark_unsure()
            ids = self._queued_ids(campaign_id)
            if not ids:  # nothing to do: no connection either
                return SendReport(0, 0, 0, 0, unsure)
            settings = self.settings()
            if settings is None:
                raise MailNotSetUpError()
            password = self._password(settings) if settings.username else None
            if settings.username and not password:
                return SendReport(0, 0, len(ids), 0, unsure, SendProblem.LOGIN, NO_PASSWORD)
            factory = smtp_factory or SmtpClient
            run = SendRun(self.store, settings, lambda: factory(settings, password), state, self.clock, self.sleep)
            counts, problem, detail = run.run(ids)
            return SendReport(counts["sent"], counts["failed"], self._queued_count(campaign_id), counts["skipped"],
                              unsure + counts["unsure"], problem, detail)
        finally:
            self._running.release()

    def send_campaign(self, campaign_id: str, dry_run: bool = False, state=None, smtp_factory=None) -> dict:
        """Queue the campaign, then send its queued messages. A dry run writes and sends nothing: it
        says what would be queued and sent, with the first subjects as they would read."""
        if dry_run:
            with UnitOfWork(self.store) as uow:
                queue, rows = self._plan(uow, campaign_id)
                preview = [{"to": c.email, "subject": subject} for _m, c, subject, _b in rows[:_PREVIEWS]]
            waiting = self._queued_count(campaign_id)
            return {"dry_run": True, **_figures(queue, SendReport(0, 0, queue.queued + waiting, 0)),
                    "would_send": queue.queued + waiting, "preview": preview}
        queue = self.queue_campaign(campaign_id)
        return _figures(queue, self.send_queued(state, campaign_id, smtp_factory))

    def _mark_unsure(self) -> int:
        """Messages left "sending" by a run that died between handing over and recording: the
        server may have them, so they wait for the user (resend_unsure or mark_sent)."""
        with UnitOfWork(self.store) as uow:
            rows = uow.email.in_status(MessageStatus.SENDING)
            for row in rows:
                row.status = MessageStatus.UNSURE
                row.error = "The app stopped while the server had this message: it may have been delivered."
            uow.commit()
            return len(rows)

    def resend_unsure(self, message_ids: list[str]) -> int:
        """Queue these again (unsure or failed ones): the user judged they did not arrive."""
        return self._move(message_ids, (MessageStatus.UNSURE, MessageStatus.FAILED), MessageStatus.QUEUED)

    def mark_sent(self, message_ids: list[str]) -> int:
        """Record these unsure messages as sent (the user knows they arrived), activity and all."""
        return self._move(message_ids, (MessageStatus.UNSURE,), MessageStatus.SENT)

    def _move(self, message_ids: list[str], allowed: tuple, status: str) -> int:
        moved = 0
        with UnitOfWork(self.store) as uow:
            for row in uow.email.with_ids(message_ids):
                if row.status not in allowed:
                    continue
                if status == MessageStatus.SENT:
                    record_sent(uow, row, utcnow())
                else:
                    row.status, row.error, row.attempts = status, None, 0
                moved += 1
            uow.commit()
        return moved

    # --- the outbox ----------------------------------------------------------------------

    def outbox(self, campaign_id: str | None = None, limit: int = 200) -> list[MessageData]:
        """Messages, newest first, with the contact's name."""
        with UnitOfWork(self.store) as uow:
            return [MessageData(m.id, m.campaign_id, m.contact_id, name or "", m.to_address, m.subject, m.status,
                                m.attempts, m.error, m.message_id, m.queued_at, m.sent_at)
                    for m, name in uow.email.newest(campaign_id, limit)]

    def counts(self, campaign_id: str | None = None) -> dict[str, int]:
        """Messages per status (every status present, zero or not)."""
        with UnitOfWork(self.store) as uow:
            found = uow.email.counts_by_status(campaign_id)
        return {str(status): found.get(status, 0) for status in MessageStatus}

    def _queued_ids(self, campaign_id: str | None) -> list[str]:
        with UnitOfWork(self.store) as uow:
            return uow.email.queued_ids(campaign_id)

    def _queued_count(self, campaign_id: str | None) -> int:
        return self.counts(campaign_id)[MessageStatus.QUEUED]


def _figures(queue: QueueReport, sent: SendReport) -> dict:
    return {"queued": queue.queued, "sent": sent.sent, "failed": sent.failed, "remaining": sent.remaining,
            "skipped": sent.skipped, "unsure": sent.unsure, "opted_out": queue.opted_out, "no_email": queue.no_email,
            "already_queued": queue.already_queued, "problem": sent.problem and str(sent.problem),
            "detail": sent.detail}
