"""Sync with the private-cloud server: log in, run a round, report status, and settle sync issues.

Tokens live in the OS keyring (never in the store or the settings); where no keyring exists they
are kept in memory for this run only. The password is never stored by the app.
"""

from __future__ import annotations

import contextlib
import json
import platform
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.controllers.service import ticket_clock
from crm_desktop.controllers.sync.files import FilesStatus, FileSync, files_status
from crm_desktop.controllers.sync.fixes import FixField, fix_field, parse_fixes
from crm_desktop.controllers.sync.round import SyncEngine
from crm_desktop.domain.common.ids import from_iso, utcnow
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.secrets import NoKeyringAvailableError, load_secret, store_secret
from crm_desktop.store.database import Store
from crm_desktop.store.journal import record_resend
from crm_desktop.store.models import Conflict, SyncedRecord
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync import resolve
from crm_desktop.sync.engine import ACCOUNT, LAST_SYNC, SyncReport
from crm_desktop.sync.installation import Installation
from crm_desktop.sync.schema import entities
from crm_desktop.sync.transport import CredentialsError, SyncError, Tokens, Transport
from crm_desktop.tasks import TaskState

_USER_FIELDS = frozenset({"owner_id", "assignee_id", "author_id"})

__all__ = ["FilesStatus", "FixField", "SyncAccount", "SyncController", "SyncIssue", "SyncReport", "SyncStatus"]


@dataclass(frozen=True)
class SyncAccount:
    server: str
    username: str
    user_id: str
    device_id: str
    ca_bundle: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    account: SyncAccount | None
    pending: int
    issues: int
    last_sync_at: datetime | None


@dataclass(frozen=True)
class SyncIssue:
    id: str
    kind: str  # conflict | rejected
    entity: str
    record_id: str
    field: str
    base: object
    mine: object
    theirs: object
    reason: str | None
    created_at: datetime
    record_name: str = ""  # the record's name on this computer, for lists




class SyncController:
    def __init__(self, store: Store, policy: Callable | None = None, client_factory: Callable | None = None,
                 installation: Installation | None = None) -> None:
        """`policy`: returns the SLA policy (running ticket clocks of pulled tickets);
        `client_factory(server, ca_bundle)`: the HTTP client (tests hand in the server in process);
        `installation`: where this computer's identity is kept (the user's config folder)."""
        self.store, self._policy, self._client_factory = store, policy, client_factory
        self.installation = installation or Installation()
        self._memory_tokens: Tokens | None = None
        self._open: set[Transport] = set()  # connections in use, closed by interrupt()

    # --- account -------------------------------------------------------------------------

    def account(self) -> SyncAccount | None:
        with UnitOfWork(self.store) as uow:
            value = uow.sync_state.value(ACCOUNT)
        if not value or not value.get("server"):
            return None
        return SyncAccount(value["server"], value["username"], value["user_id"], value["device_id"],
                           value.get("ca_bundle"))

    def login(self, server: str, username: str, password: str, ca_bundle: str | None = None) -> SyncAccount:
        """Exchange the password for tokens (raises transport errors: offline, credentials, ...)."""
        server = server.strip().rstrip("/")
        transport = self._transport(server, ca_bundle, None)
        try:
            engine = SyncEngine(self.store, transport, installation=self.installation)
            tokens = engine.login(server, username.strip(), password, platform.node() or "laptop")
        finally:
            transport.close()
        with UnitOfWork(self.store) as uow:
            uow.sync_state.put(ACCOUNT, {**uow.sync_state.value(ACCOUNT), "ca_bundle": ca_bundle or None})
            uow.commit()
        account = self.account()
        self._keep_tokens(account, tokens)
        return account

    def logout(self) -> None:
        account = self.account()
        if account is None:
            return
        tokens = self._tokens(account)
        if tokens is not None:
            transport = self._transport(account.server, account.ca_bundle, tokens)
            try:
                transport.logout()
            except SyncError:
                pass  # offline or already revoked: the tokens are forgotten here anyway
            finally:
                transport.close()
        self._forget_tokens(account)

    def is_logged_in(self) -> bool:
        account = self.account()
        return account is not None and self._tokens(account) is not None

    # --- one round -----------------------------------------------------------------------

    def sync(self, state: TaskState | None = None) -> SyncReport:
        """Push, then pull until up to date (snapshot first if needed). Raises CredentialsError
        when not logged in, and the transport's errors (offline, revoked, upgrade required); `state`
        hears the progress and cancels between pages (TaskCancelledError)."""
        with self._connected() as transport:
            report = SyncEngine(self.store, transport, self._after_apply, self.installation).sync(state)
            self._sync_files(transport, report, state)
            return report

    def _sync_files(self, transport: Transport, report: SyncReport, state: TaskState | None) -> None:
        """Attachment files once the records are in ("records first, files later"): `state` hears
        `progress(files done, files in all, "files")` and may cancel. A file that fails, or a connection
        lost now, is counted in the report and tried again next round; the records stay synced."""
        files = FileSync(self.store, transport).run(state)
        report.files_sent, report.files_received = files.sent, files.received
        report.files_failed, report.files_waiting, report.files_error = files.failed, files.waiting, files.stopped

    def files_status(self) -> FilesStatus:
        """Attachment files left to send and to fetch, and those failing (from this laptop's tables only)."""
        return files_status(self.store)

    def wait_for_changes(self, timeout: float = 25.0) -> bool:
        """Long-poll: True as soon as the server has something new for this device."""
        with self._connected() as transport:
            cursor = SyncEngine(self.store, transport).state("sync/cursor") or ""
            return transport.wait(cursor, timeout)

    @contextmanager
    def _connected(self) -> Iterator[Transport]:
        """A transport with this device's tokens (refreshed ones are kept), closable by interrupt()."""
        account = self.account()
        tokens = self._tokens(account) if account else None
        if account is None or tokens is None:
            raise CredentialsError("not logged in")
        transport = self._transport(account.server, account.ca_bundle, tokens,
                                    on_tokens=lambda t: self._keep_tokens(account, t))
        self._open.add(transport)
        try:
            yield transport
        finally:
            self._open.discard(transport)
            transport.close()

    def connected(self) -> contextlib.AbstractContextManager[Transport]:
        """A transport with this device's tokens, for a request beside the sync (CredentialsError when this
        laptop is connected to no server)."""
        return self._connected()

    def interrupt(self) -> None:
        """Drop the connections of a running long-poll or sync (the app is closing): their
        threads end at once with an offline error; committed pages stay, the rest is redone."""
        for transport in list(self._open):
            transport.close()

    def status(self) -> SyncStatus:
        with UnitOfWork(self.store) as uow:
            pending = uow.outbox.pending_count()
            issues = uow.conflicts.open_count()
            last = uow.sync_state.value(LAST_SYNC)
        last_at = from_iso(last) if last else None
        return SyncStatus(self.account(), pending, issues, last_at)

    # --- sync issues ---------------------------------------------------------------------

    def issues(self) -> list[SyncIssue]:
        with UnitOfWork(self.store) as uow:
            return [SyncIssue(c.id, c.kind, c.entity, c.record_id, c.field, c.base, c.mine, c.theirs, c.reason,
                              c.created_at, uow.entities.name_of(c.entity, c.record_id)) for c in uow.conflicts.open()]

    def issues_of(self, record_id: str) -> list[SyncIssue]:
        return [i for i in self.issues() if i.record_id == record_id]

    def keep_theirs(self, issue_id: str) -> None:
        """The server's value stays: it is written here too (unless the field was edited again since)."""
        with UnitOfWork(self.store, remote=True) as uow:  # the server's value: nothing to push
            issue = self._issue(uow, issue_id)
            if issue.kind == "conflict":
                resolve.keep_theirs(uow.session, issue)
            issue.resolved_at = utcnow()
            uow.commit()

    def keep_mine(self, issue_id: str) -> None:
        """Write my value again, as a new edit on top of the server's: it is pushed next sync."""
        with UnitOfWork(self.store) as uow:
            issue = self._issue(uow, issue_id)
            if issue.kind == "conflict":
                resolve.keep_mine(uow.session, issue)
            issue.resolved_at = utcnow()
            uow.commit()

    def fix_fields(self, issue_id: str) -> list[FixField]:
        """The fields of a rejected change with the record's values on this computer, to fix in place."""
        with UnitOfWork(self.store) as uow:
            issue = uow.conflicts.get(issue_id)
            row = uow.entities.get(issue.entity, issue.record_id) if issue is not None else None
            if issue is None or row is None or (issue.mutation or {}).get("op") == "increment":
                return []  # a stock move is made again as it was, or given up
            specs = entities()[issue.entity].fields
            return [fix_field(specs[name], _shown_value(uow, type(row), name, getattr(row, name)))
                    for name in (issue.mine or {}) if name in specs]

    def retry(self, issue_id: str, typed: dict[str, str] | None = None) -> None:
        """Send a rejected change again, after the user fixed what the reason named: `typed` holds
        the fields fixed here (as text; ValidationError when one does not read), and the record's
        current values of the change's fields go out as a new edit. The other rejected changes of
        the same user action go with it, as one action again (the server judges them together)."""
        with UnitOfWork(self.store) as uow:
            issue = self._issue(uow, issue_id)
            fixes = parse_fixes(entities()[issue.entity].fields, typed or {})
            for each in resolve.action_of(uow.session, issue):
                row = uow.entities.get(each.entity, each.record_id)
                if (each.mutation or {}).get("op") == "increment":
                    resolve.resend(uow.session, each)
                elif row is not None:
                    changed = set()
                    for name, value in (fixes if each is issue else {}).items():
                        if getattr(row, name) != value:
                            setattr(row, name, value)  # journaled as an edit of its own
                            changed.add(name)
                    record_resend(uow.session, row, [f for f in each.mine or {} if f not in changed])
                each.resolved_at = utcnow()
            uow.commit()

    def discard(self, issue_id: str) -> None:
        """Give up a rejected change (with the rest of its user action): the next sync fetches the
        server's copy of the records (or drops the local ones, when the server has none)."""
        with UnitOfWork(self.store) as uow:
            issue = uow.conflicts.get(issue_id)
            if issue is not None:
                for each in resolve.action_of(uow.session, issue):
                    resolve.give_up(uow.session, each)
                    each.resolved_at = utcnow()
                uow.commit()

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _issue(uow: UnitOfWork, issue_id: str) -> Conflict:
        issue = uow.conflicts.get(issue_id)
        if issue is None:
            raise NotFoundError(issue_id)
        return issue

    def _after_apply(self, uow: UnitOfWork, touched: set) -> None:
        """Pulled tickets get their running SLA clock (a local field, from this desk's policy)."""
        if self._policy is None:
            return
        ids = [record_id for entity, record_id in touched if entity == "ticket"]
        if ids:
            policy = self._policy()
            for ticket in uow.tickets.with_ids(ids):
                ticket_clock.follow_clock(ticket, policy)

    def _transport(self, server: str, ca_bundle: str | None, tokens: Tokens | None, on_tokens=None) -> Transport:
        client = self._client_factory(server, ca_bundle) if self._client_factory else None
        return Transport(server, ca_bundle, tokens, on_tokens, client=client)

    def _secret_name(self, account: SyncAccount) -> str:
        # Per store file too: two stores on one computer (say, a copy for a trial) keep their own device.
        return f"sync-tokens:{account.server}|{account.username}|{self.store.path}"

    def _tokens(self, account: SyncAccount) -> Tokens | None:
        if self._memory_tokens is not None:
            return self._memory_tokens  # the keyring is asked once a run (it may be slow: D-Bus)
        try:
            raw = load_secret(self._secret_name(account))
        except NoKeyringAvailableError:
            return None
        if not raw:
            return None
        self._memory_tokens = Tokens(**json.loads(raw))
        return self._memory_tokens

    def _keep_tokens(self, account: SyncAccount, tokens: Tokens) -> None:
        self._memory_tokens = tokens
        # Without a keyring: this run only; the next start asks for the password again.
        with contextlib.suppress(NoKeyringAvailableError):
            store_secret(self._secret_name(account), json.dumps(tokens.__dict__))

    def _forget_tokens(self, account: SyncAccount) -> None:
        self._memory_tokens = None
        with contextlib.suppress(NoKeyringAvailableError):
            store_secret(self._secret_name(account), "")


def _shown_value(uow: UnitOfWork, model: type[SyncedRecord], field: str, value: object) -> object:
    """A reference as the name of what it points at (a user's display name, an account's name)."""
    if value is None:
        return None
    if field in _USER_FIELDS:  # people are referred to by id without a foreign key (they sync later)
        user = uow.users.get(value)
        return user.display_name if user is not None else value
    entity = uow.entities.entity_referenced(model, field)
    if entity is not None and isinstance(value, str):
        return uow.entities.name_of(entity, value) or value
    return value
