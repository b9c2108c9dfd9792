"""A small SMTP client over smtplib: one connection per send run, each refusal classed permanent or transient."""

from __future__ import annotations

import re
import smtplib
import ssl
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate

from crm_desktop.domain.marketing.mail import MailSecurity, MailSettings

TIMEOUT = 30  # seconds a server may keep us waiting for any one answer


class MailError(Exception):
    """A message, or the whole run, could not be handed over; `reply` is the server's answer (or why not)."""

    def __init__(self, reply: str, code: int | None = None) -> None:
        super().__init__(reply)
        self.reply = reply
        self.code = code


class PermanentError(MailError):
    """The server refused this message for good (5xx): trying again would not help."""


class TransientError(MailError):
    """The server asked to try this message again later (4xx)."""


class ServerGoneError(MailError):
    """The server cannot be reached or went away. `maybe_delivered`: it went away after the whole
    message was sent and before it answered, so it may have accepted it."""

    def __init__(self, reply: str, code: int | None = None, maybe_delivered: bool = False) -> None:
        super().__init__(reply, code)
        self.maybe_delivered = maybe_delivered


class LoginError(MailError):
    """The server refused the username or password (or offers no login)."""


class TlsError(MailError):
    """No encrypted connection: a certificate that does not verify, or no STARTTLS on offer."""


def build_message(settings: MailSettings, to_address: str, subject: str, body: str, message_id: str,
                  headers: dict | None = None) -> EmailMessage:
    """The message as it goes out. Its Message-ID was fixed when it was queued, so a message sent
    again after a lost answer is recognisably the same one."""
    utf8 = not (to_address.isascii() and settings.from_address.isascii())
    message = EmailMessage(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    message["From"] = formataddr((settings.from_name or "", settings.from_address))
    message["To"] = to_address
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = message_id
    # Mail clients show an "unsubscribe" button for this; the request comes back to the sender.
    message["List-Unsubscribe"] = f"<mailto:{settings.from_address}?subject=unsubscribe>"
    for name, value in (headers or {}).items():
        if name not in message:
            message[name] = value
    # base64 keeps Chinese text 7-bit clean for servers without 8BITMIME.
    message.set_content(body, charset="utf-8", cte=None if body.isascii() else "base64")
    return message


def _text(raw) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def refusal(code: int, text) -> MailError:
    """The error for a reply that is not the one hoped for."""
    reply = f"{code} {_text(text)}".strip()
    if code == 421:  # the server is closing the connection: nothing more goes through it this run
        return ServerGoneError(reply, code)
    if 500 <= code < 600:
        return PermanentError(reply, code)
    return TransientError(reply, code)


def _dot_stuffed(data: bytes) -> bytes:
    """The DATA payload: lines starting with a dot get a second one, then the closing dot."""
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class SmtpClient:
    """`with SmtpClient(settings, password) as client: client.send(message)`."""

    def __init__(self, settings: MailSettings, password: str | None = None, timeout: float = TIMEOUT) -> None:
        self.settings = settings
        self.password = password
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpClient:
        self.connect()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def connect(self) -> None:
        s = self.settings
        smtp = None
        try:
            if s.security == MailSecurity.SSL:
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            smtp.ehlo()
            if s.security == MailSecurity.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise TlsError("The server does not offer STARTTLS.")
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.username:
                if not smtp.has_extn("auth"):
                    raise LoginError("The server does not offer a login.")
                smtp.login(s.username, self.password or "")
        except MailError:
            _quietly_close(smtp)
            raise
        except (smtplib.SMTPAuthenticationError, UnicodeEncodeError) as error:
            _quietly_close(smtp)
            raise LoginError(_describe(error), getattr(error, "smtp_code", None)) from error
        except (ssl.SSLError, ssl.CertificateError) as error:  # before OSError: they are OSErrors too
            _quietly_close(smtp)
            raise TlsError(_describe(error)) from error
        except (smtplib.SMTPException, OSError) as error:
            _quietly_close(smtp)
            raise ServerGoneError(_describe(error), getattr(error, "smtp_code", None)) from error
        self._smtp = smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def send(self, message: EmailMessage) -> str:
        """Hand one message over; the server's acceptance reply, or a MailError saying what happened."""
        sender = self.settings.from_address
        to_address = message["To"].addresses[0].addr_spec
        data = message.as_bytes()
        options = []
        if not (sender.isascii() and to_address.isascii()):
            if not self._connection().has_extn("smtputf8"):
                raise PermanentError("The server cannot deliver to an address with non-ASCII characters.")
            options.append("SMTPUTF8")
        handed_over = False
        try:
            try:
                code, text = self._connection().mail(sender, options)
            except (smtplib.SMTPServerDisconnected, OSError):
                # An idle connection the server closed between messages: nothing was handed over yet,
                # so one fresh connection is safe.
                self.close()
                self.connect()
                code, text = self._connection().mail(sender, options)
            self._expect(code, text, 250)
            code, text = self._smtp.rcpt(to_address)
            self._expect(code, text, 250, 251)
            code, text = self._smtp.docmd("data")
            self._expect(code, text, 354)
            handed_over = True
            self._smtp.send(_dot_stuffed(data))
            code, text = self._smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self._drop()
            raise ServerGoneError(_describe(error), maybe_delivered=handed_over) from error
        self._expect(code, text, 250)
        return f"{code} {_text(text)}"

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is None:
            self.connect()
        return self._smtp

    def _expect(self, code: int, text, *wanted: int) -> None:
        if code in wanted:
            return
        error = refusal(code, text)
        if isinstance(error, ServerGoneError):
            self._drop()
        else:
            try:  # start the next message on a clean transaction
                self._smtp.rset()
            except (smtplib.SMTPException, OSError):
                self._drop()
        raise error

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        _quietly_close(smtp)


def _describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return str(error) or type(error).__name__


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        smtp.close()
