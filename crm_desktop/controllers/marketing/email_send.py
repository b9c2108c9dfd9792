"""One send run of the e-mail outbox: rate-limited, each message recorded before and after the server has it."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.controllers.marketing.controller import reachable
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.domain.customers.entities import ActivityInput
from crm_desktop.domain.customers.enums import ActivityKind
from crm_desktop.domain.customers.rules import clean_activity
from crm_desktop.domain.marketing.mail import MailSettings, MessageStatus, SendProblem
from crm_desktop.domain.marketing.rules import MEMBER_ORDER, MemberStatus
from crm_desktop.mail.smtp import LoginError, PermanentError, ServerGoneError, TlsError, TransientError, build_message
from crm_desktop.store.database import Store
from crm_desktop.store.models import Activity, EmailMessage
from crm_desktop.store.unit_of_work import UnitOfWork

RETRY_DELAY = 60.0  # seconds before a deferred (4xx) message is tried again, times the tries it has had
_SLICE = 1.0  # longest single sleep, so a cancel is noticed within a second
OPTED_OUT = "The contact opted out after the message was queued."
NO_ADDRESS = "The contact has no e-mail address any more."
LEFT_CAMPAIGN = "The contact was removed from the campaign."


def _problem(error: Exception) -> str:
    if isinstance(error, LoginError):
        return SendProblem.LOGIN
    return SendProblem.TLS if isinstance(error, TlsError) else SendProblem.OFFLINE


def skip_reason(uow: UnitOfWork, message: EmailMessage) -> str | None:
    """Why this message must not go out now (None: it may). Checked again at send time because a
    contact may have opted out after the campaign was queued."""
    contact = uow.contacts.get(message.contact_id)
    if contact is None or not contact.email:
        return NO_ADDRESS
    if not reachable(contact):
        return OPTED_OUT
    member = uow.members.get(message.member_id, include_deleted=True) if message.member_id else None
    if member is not None and member.deleted_at is not None:
        return LEFT_CAMPAIGN
    return None


def record_sent(uow: UnitOfWork, message: EmailMessage, at: datetime) -> None:
    """The server has it: the message, an e-mail activity on the contact (journaled for sync like any
    activity) and the member's status, all in the caller's one transaction."""
    message.status, message.sent_at, message.error = MessageStatus.SENT, at, None
    contact = uow.contacts.get(message.contact_id, include_deleted=True)
    if contact is not None:
        values = clean_activity(ActivityInput(kind=ActivityKind.EMAIL, subject=message.subject, body=message.body,
                                              contact_id=contact.id, account_id=contact.account_id, occurred_at=at))
        uow.activities.add(Activity(**values), flush=False)
        account = uow.accounts.get(contact.account_id, include_deleted=True) if contact.account_id else None
        # A mass mailing moves "last contacted" but leaves the rep's own follow-ups alone.
        for record in (contact, account):
            if record is not None and record.deleted_at is None and (
                    record.last_activity_at is None or at >= record.last_activity_at):
                record.last_activity_at = at
    member = uow.members.get(message.member_id, include_deleted=True) if message.member_id else None
    if member is not None:
        if MEMBER_ORDER[MemberStatus(member.status)] < MEMBER_ORDER[MemberStatus.SENT]:
            member.status = MemberStatus.SENT  # only forward: a reply already recorded stays
        member.sent_at = member.sent_at or at


@dataclass
class _Item:
    id: str
    not_before: float = 0.0  # clock time before which a deferred message is not tried again


class SendRun:
    """Sends the given queued messages in order through one connection. `make_client()` gives the client
    (an unconnected mail.smtp.SmtpClient or alike: connect(), send(email), close())."""

    def __init__(self, store: Store, settings: MailSettings, make_client: Callable, state, clock: Callable[[], float],
                 sleep: Callable[[float], None]) -> None:
        self.store, self.settings, self.make_client, self.state = store, settings, make_client, state
        self.clock, self.sleep = clock, sleep
        self.counts = {"sent": 0, "failed": 0, "skipped": 0, "unsure": 0}

    def run(self, ids: list[str]) -> tuple[dict, str | None, str]:
        """(counts, the SendProblem that stopped the run or None, the server's words)."""
        work, total, done = deque(_Item(i) for i in ids), len(ids), 0
        interval = 60.0 / self.settings.rate_per_minute
        last_start: float | None = None
        client = None
        try:
            while work:
                item = work.popleft()
                if self.state is not None and self.state.cancelled:
                    return self.counts, SendProblem.CANCELLED, ""
                if self._skipped(item.id):
                    done += 1
                    self._progress(done, total, "")
                    continue
                # The rate limit spaces the starts of real sends; a deferred message also waits its turn.
                start_at = max(item.not_before, last_start + interval if last_start is not None else 0.0)
                if not self._wait_until(start_at):
                    return self.counts, SendProblem.CANCELLED, ""
                if client is None:
                    try:
                        client = self.make_client()
                        client.connect()
                    except (ServerGoneError, LoginError, TlsError) as error:
                        client = None
                        return self.counts, _problem(error), error.reply
                claimed = self._claim(item.id)
                if claimed is None:
                    continue
                last_start = self.clock()
                outcome = self._send(client, item, claimed[1])
                if isinstance(outcome, tuple):
                    return self.counts, *outcome
                if outcome == "retry":
                    work.append(item)
                else:
                    done += 1
                self._progress(done, total, claimed[0])
            return self.counts, None, ""
        finally:
            if client is not None:
                client.close()

    def _send(self, client, item: _Item, email) -> str | tuple[str, str]:
        """"done" or "retry", or (problem, reply) when the run must stop."""
        try:
            client.send(email)
        except PermanentError as error:
            self._finish(item.id, MessageStatus.FAILED, error.reply)
            return "done"
        except TransientError as error:
            attempts = self._finish(item.id, MessageStatus.QUEUED, error.reply, give_up_at=self.settings.max_attempts)
            if attempts >= self.settings.max_attempts:
                return "done"
            item.not_before = self.clock() + RETRY_DELAY * attempts
            return "retry"
        except (ServerGoneError, LoginError, TlsError) as error:
            # Sent whole but not answered: it may be in the recipient's inbox already, so the user decides.
            unsure = isinstance(error, ServerGoneError) and error.maybe_delivered
            self._finish(item.id, MessageStatus.UNSURE if unsure else MessageStatus.QUEUED, error.reply, count=unsure)
            return _problem(error), error.reply
        with UnitOfWork(self.store) as uow:
            row = self._message(uow, item.id)
            row.attempts += 1
            record_sent(uow, row, utcnow())
            uow.commit()
        self.counts["sent"] += 1
        return "done"

    def _progress(self, done: int, total: int, address: str) -> None:
        if self.state is not None:
            self.state.progress(done, total, address)

    def _wait_until(self, moment: float) -> bool:
        """Sleep until the clock reaches `moment`, in short naps so a cancel is heard; False if cancelled."""
        while True:
            if self.state is not None and self.state.cancelled:
                return False
            left = moment - self.clock()
            if left <= 0:
                return True
            self.sleep(min(left, _SLICE))

    def _skipped(self, message_id: str) -> bool:
        with UnitOfWork(self.store) as uow:
            row = uow.email.get(message_id)
            if row is None or row.status != MessageStatus.QUEUED:
                return False
            reason = skip_reason(uow, row)
            if reason is None:
                return False
            row.status, row.error = MessageStatus.SKIPPED, reason
            uow.commit()
        self.counts["skipped"] += 1
        return True

    def _claim(self, message_id: str):
        """Mark it "sending" and commit before the server sees it: a run that dies now leaves a trace,
        and the message is never sent again without the user's word. (address, the email), or None."""
        with UnitOfWork(self.store) as uow:
            row = uow.email.get(message_id)
            contact = uow.contacts.get(row.contact_id) if row is not None else None
            if row is None or row.status != MessageStatus.QUEUED or contact is None or skip_reason(uow, row):
                return None  # changed since the last look: the next run sees it afresh
            row.to_address = contact.email  # a corrected address is used
            try:
                email = build_message(self.settings, row.to_address, row.subject, row.body, row.message_id,
                                      row.headers)
            except ValueError as error:  # e.g. a header the mail library refuses: no server would take it
                row.status, row.error = MessageStatus.FAILED, str(error)
                uow.commit()
                self.counts["failed"] += 1
                return None
            row.status = MessageStatus.SENDING
            uow.commit()
            return row.to_address, email

    def _finish(self, message_id: str, status: str, error: str, count: bool = True,
                give_up_at: int | None = None) -> int:
        """Record an outcome other than "sent" (a deferred one that has had `give_up_at` tries fails);
        returns the tries the message has had."""
        with UnitOfWork(self.store) as uow:
            row = self._message(uow, message_id)
            row.attempts += 1 if count else 0
            if give_up_at is not None and row.attempts >= give_up_at:
                status = MessageStatus.FAILED
            row.status, row.error = status, error
            attempts = row.attempts
            uow.commit()
        if status in (MessageStatus.FAILED, MessageStatus.UNSURE):
            self.counts[str(status)] += 1
        return attempts

    @staticmethod
    def _message(uow: UnitOfWork, message_id: str) -> EmailMessage:
        row = uow.email.get(message_id)
        if row is None:
            raise NotFoundError(message_id)
        return row
