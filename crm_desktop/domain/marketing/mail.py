"""Outgoing mail: the SMTP settings of this device, the outbox's statuses and the figures of a send run (pure)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, REQUIRED, Collector, FieldError
from crm_desktop.domain.customers.emails import normalize_email
from crm_desktop.domain.customers.names import tidy

BAD_PORT = QT_TRANSLATE_NOOP("Validation", "The port is a number from 1 to 65535.")
BAD_SECURITY = QT_TRANSLATE_NOOP("Validation", "Choose STARTTLS, SSL/TLS or no encryption.")
BAD_RATE = QT_TRANSLATE_NOOP("Validation", "Send at least one message a minute.")
BAD_ATTEMPTS = QT_TRANSLATE_NOOP("Validation", "Try each message at least once.")
BAD_HOST = QT_TRANSLATE_NOOP("Validation", "Write the mail server's name, e.g. smtp.example.com.")


class MailSecurity(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded to TLS (port 587)
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # a relay inside the office network only


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # handed to the server, its answer not yet recorded
    SENT = "sent"
    FAILED = "failed"
    UNSURE = "unsure"  # the run died while the server had it: the user decides whether to send again
    SKIPPED = "skipped"  # the contact opted out (or left the campaign) after it was queued


class SendProblem(StrEnum):
    """Why a send run stopped before the queue was empty."""

    OFFLINE = "offline"  # the server cannot be reached, or went away during the run
    LOGIN = "login"  # the server refused the username or password, or none was given
    TLS = "tls"  # the encrypted connection could not be made (certificate, protocol)
    BUSY = "busy"  # another run is sending from this outbox
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class MailSettings:
    """How this device sends e-mail. The password is never here: it lives in the keyring."""

    host: str
    port: int = 587
    security: str = MailSecurity.STARTTLS
    username: str | None = None
    from_address: str = ""
    from_name: str | None = None
    rate_per_minute: int = 30
    max_attempts: int = 5

    def as_json(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MailSettings:
        """Read stored settings; keys a newer version wrote are ignored."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @property
    def secret_name(self) -> str:
        """The keyring entry of the password."""
        return f"smtp|{self.host}|{self.username or ''}"


def clean_mail_settings(settings: MailSettings) -> MailSettings:
    """Tidied settings, or ValidationError naming every field at fault."""
    collector = Collector()
    host = tidy(settings.host).lower()
    if not host:
        collector.errors["host"] = REQUIRED
    elif any(c.isspace() or c in "/@:" for c in host):
        collector.errors["host"] = BAD_HOST
    port = collector.check("port", _whole, settings.port, "port", 1, 65535, BAD_PORT)
    security = str(settings.security or "").lower()
    if security not in {s.value for s in MailSecurity}:
        collector.errors["security"] = BAD_SECURITY
    from_address = collector.check("from_address", normalize_email, settings.from_address, "from_address")
    if from_address is None and "from_address" not in collector.errors:
        collector.errors["from_address"] = REQUIRED
    rate = collector.check("rate_per_minute", _whole, settings.rate_per_minute, "rate_per_minute", 1, 100_000,
                           BAD_RATE)
    attempts = collector.check("max_attempts", _whole, settings.max_attempts, "max_attempts", 1, 100, BAD_ATTEMPTS)
    collector.raise_if_any()
    # Only a failed check returns None, and raise_if_any raised for it.
    assert port is not None and from_address is not None and rate is not None and attempts is not None
    return replace(settings, host=host, port=port, security=security, username=tidy(settings.username) or None,
                   from_address=from_address, from_name=tidy(settings.from_name) or None, rate_per_minute=rate,
                   max_attempts=attempts)


def _whole(value: object, field_name: str, low: int, high: int, message: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise FieldError(field_name, message) from None
    if not low <= number <= high:
        raise FieldError(field_name, message)
    return number


@dataclass(frozen=True)
class QueueReport:
    """What queueing a campaign did: messages written, and the members left out and why."""

    queued: int
    opted_out: int  # do not contact, or unsubscribed
    no_email: int
    already_queued: int  # had a message for this campaign already (any status)


@dataclass(frozen=True)
class SendReport:
    """What a send run did; `problem` (a SendProblem) says why it stopped early, `detail` the server's words."""

    sent: int
    failed: int
    remaining: int  # still queued
    skipped: int
    unsure: int = 0  # found handed over but not recorded: not sent again until the user says so
    problem: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class MessageData:
    id: str
    campaign_id: str | None
    contact_id: str
    name: str
    to_address: str
    subject: str
    status: str
    attempts: int
    error: str | None
    message_id: str
    queued_at: datetime
    sent_at: datetime | None
