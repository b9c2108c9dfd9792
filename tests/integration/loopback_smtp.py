"""A real SMTP server on a loopback port (aiosmtpd) that records what it accepts and misbehaves on request."""

from __future__ import annotations

import socket
from collections import Counter
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

PASSWORD = "s3cret-pass-4711"


class Recorder:
    """An SMTP server's handler: keeps what it accepted, and refuses or defers on request."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.logins: list[tuple[str, str]] = []
        self.reject: set[str] = set()  # answered 550
        self.defer: dict[str, int] = {}  # address -> how many more times to answer 451
        self.hang_up_after: set[str] = set()  # keep the message, then drop the line before answering

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        if self.defer.get(address, 0) > 0:
            self.defer[address] -= 1
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(envelope.content)
        if self.hang_up_after & set(envelope.rcpt_tos):
            server.transport.close()
        return "250 2.0.0 Ok: queued"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        """Any user name; the one password."""
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password.decode() == PASSWORD)

    def messages(self):
        return [message_from_bytes(raw, policy=policy.default) for raw in self.received]

    def by_message_id(self) -> Counter:
        return Counter(m["Message-ID"] for m in self.messages())


class LoopbackSmtp:
    """The server, stoppable mid-run and started again on the same port."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.recorder = Recorder()
        self.controller = None

    def start(self) -> None:
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port,
                                     authenticator=self.recorder.authenticate, auth_require_tls=False)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
