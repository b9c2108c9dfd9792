"""Passwords (Argon2), throttled logins, devices, and short-lived access with rotating refresh tokens.

Tokens are random strings handed to the device once; the database keeps only their SHA-256, so
any API node can check any token (nodes keep no state) and a leaked database holds no usable token.

Logins are throttled per (username, source address) with growing delays, and per address across
usernames, so a stranger can slow down only their own guesses, never lock a rep out. A refresh
token's immediate predecessor stays usable for a short grace window while the pair that replaced it
is unused, so a refresh answer lost on the way does not log the device out.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, Update, delete, func, select, update
from sqlalchemy.orm import Session

from crm_server.models import Device, FailedLogin, Token, User, new_id, utcnow
from crm_server.settings import ServerSettings

ROLES = ("admin", "manager", "rep")
_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so timing does not tell names apart.
_DUMMY_HASH = _hasher.hash("not a password")


class AuthError(Exception):
    """Refused: `reason` is a short code for the client, `status` the HTTP status."""

    def __init__(self, reason: str, status: int = 401, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after


@dataclass(frozen=True)
class Grant:
    access_token: str
    refresh_token: str
    expires_in: int
    device_id: str
    user_id: str
    role: str


@dataclass(frozen=True)
class Caller:
    """Who is asking: the user behind a valid access token, and from which device."""

    user_id: str
    username: str
    role: str
    team_id: str | None
    device_id: str


def bearer_token(authorization: str) -> str:
    """The token of an `Authorization: Bearer ...` header, or AuthError."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise AuthError("missing_token")
    return token


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("A password has at least 8 characters.")
    return _hasher.hash(password)


def source_address(peer: str | None, forwarded_for: str, trusted_proxies: Sequence[str]) -> str:
    """Where a request comes from: the TCP peer, or, when the peer is a trusted proxy, the right-most
    `X-Forwarded-For` hop that is not itself one. Hops further left are whatever the client wrote."""
    address = peer or "unknown"
    if _trusted(address, tuple(trusted_proxies)):
        for hop in reversed([hop.strip() for hop in forwarded_for.split(",") if hop.strip()]):
            address = hop
            if not _trusted(hop, tuple(trusted_proxies)):
                break
    return _canonical(address)


def _canonical(address: str) -> str:
    """One spelling per address (`2001:DB8::1` and `2001:db8:0::1` are counted together)."""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return address[:64]


def _trusted(address: str, trusted_proxies: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address in trusted_proxies  # a name, such as a test client's
    return any(ip in network for network in _networks(trusted_proxies))


@lru_cache(maxsize=8)
def _networks(trusted_proxies: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for entry in trusted_proxies:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue  # not an address: matched by name in _trusted
    return tuple(networks)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite returns naive UTC


class AuthService:
    def __init__(self, session: Session, settings: ServerSettings) -> None:
        self.session, self.settings = session, settings

    # --- login, refresh, logout ----------------------------------------------------------

    def login(self, username: str, password: str, device_name: str, device_id: str | None = None,
              address: str = "unknown") -> Grant:
        """Check the password (throttled per username and source address) and register the device or
        take it up again."""
        now = utcnow()
        self._throttle(username, address, now)
        user = self.session.scalars(select(User).where(User.username == username)).first()
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
            ok = user is not None and not user.disabled
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or user is None:
            self._record_failure(username, address, now)
            raise AuthError("invalid_credentials")
        self.session.execute(delete(FailedLogin).where(FailedLogin.address == address,
                                                       FailedLogin.username == username))
        device = self.session.get(Device, device_id) if device_id else None
        if device is not None and (device.user_id != user.id or device.revoked_at is not None):
            raise AuthError("device_not_allowed", 403)
        if device is None:
            device = self._new_device(user, device_name, now)
        device.last_seen_at = now
        grant = self._issue(user, device, now)
        self.session.commit()
        return grant

    def register_device(self, caller: Caller, device_name: str, refresh_token: str) -> Grant:
        """A new device for the caller, without the password: a restored or copied store must not go on
        numbering its mutations as the device it was copied from. The caller's own device and tokens
        stay as they are (another copy of the store may still use them). Takes the caller's live
        refresh token too: an access token alone is not worth a lasting login."""
        now = utcnow()
        token = self._token(refresh_token, "refresh")
        if token is None or token.device_id != caller.device_id or token.revoked_at is not None \
                or _aware(token.expires_at) <= now:
            raise AuthError("invalid_token")
        user = self.session.get_one(User, caller.user_id)
        device = self._new_device(user, device_name, now)
        device.last_seen_at = now
        grant = self._issue(user, device, now)
        self.session.commit()
        return grant

    def refresh(self, refresh_token: str) -> Grant:
        """A new pair for a valid refresh token, which is used up. Presented again within the grace
        window while the pair that replaced it is unused (its answer was lost), that pair is revoked
        and a fresh one issued; any other reuse revokes every token of the device (someone holds a copy)."""
        now = utcnow()
        token = self._token(refresh_token, "refresh")
        if token is None:
            raise AuthError("invalid_token")
        if token.revoked_at is not None and not self._in_grace(token, now):
            self._reused(token.device_id, now)
        if _aware(token.expires_at) <= now:
            raise AuthError("token_expired")
        user, device = self.session.get_one(User, token.user_id), self.session.get_one(Device, token.device_id)
        if user.disabled or device.revoked_at is not None:
            raise AuthError("device_not_allowed", 403)
        grant_id = new_id()
        if token.revoked_at is not None or not self._rotate(token, grant_id, now):
            # Already rotated (or a moment ago by a request racing this one): a retry of a lost answer?
            self.session.refresh(token)
            if not (self._in_grace(token, now) and self._replace_undelivered(token, grant_id, now)):
                self._reused(device.id, now)
        device.last_seen_at = now
        grant = self._issue(user, device, now, grant_id)
        self.session.commit()
        return grant

    def logout(self, caller: Caller) -> None:
        self._revoke_device_tokens(caller.device_id, utcnow())
        self.session.commit()

    def caller(self, access_token: str) -> Caller:
        """The caller behind a bearer token, or AuthError (expired, revoked, disabled user or device)."""
        # One round trip: every request pays for it.
        row = self.session.execute(
            select(Token.kind, Token.revoked_at, Token.expires_at, User.id, User.username, User.role, User.team_id,
                   User.disabled, Device.id, Device.revoked_at)
            .join(User, User.id == Token.user_id).join(Device, Device.id == Token.device_id)
            .where(Token.token_hash == _digest(access_token or ""))).first()
        if row is None or row[0] != "access" or row[1] is not None:
            raise AuthError("invalid_token")
        if _aware(row[2]) <= utcnow():
            raise AuthError("token_expired")
        if row[7] or row[9] is not None:
            raise AuthError("device_not_allowed", 403)
        return Caller(row[3], row[4], row[5], row[6], row[8])

    # --- administration ------------------------------------------------------------------

    def revoke_device(self, device_id: str) -> None:
        device = self.session.get(Device, device_id)
        if device is None:
            raise KeyError(device_id)
        now = utcnow()
        device.revoked_at = now
        self._revoke_device_tokens(device_id, now)
        self.session.commit()

    # --- helpers -------------------------------------------------------------------------

    def _throttle(self, username: str, address: str, now: datetime) -> None:
        """429 while this (username, address) or this address as a whole is waiting out its delay."""
        since = now - timedelta(seconds=self.settings.failed_login_window_seconds)
        mine = FailedLogin.username == username
        pair_count, pair_last, address_count, address_last = self.session.execute(
            select(func.count().filter(mine), func.max(FailedLogin.at).filter(mine), func.count(),
                   func.max(FailedLogin.at))
            .where(FailedLogin.address == address, FailedLogin.at > since)).one()
        wait = max(self._wait(pair_count, pair_last, self.settings.max_failed_logins, now),
                   self._wait(address_count, address_last, self.settings.max_failed_logins_per_address, now))
        if wait > 0:
            raise AuthError("too_many_attempts", 429, math.ceil(wait))

    def _wait(self, failures: int, last: datetime | None, allowed: int, now: datetime) -> float:
        """Seconds still to wait: none for the first `allowed` failures, then 1, 2, 4 ... after the latest
        failure, never more than the window."""
        if failures < allowed or last is None:
            return 0.0
        delay = min(2.0 ** (failures - allowed), self.settings.failed_login_window_seconds)
        return (_aware(last) + timedelta(seconds=delay) - now).total_seconds()

    def _record_failure(self, username: str, address: str, now: datetime) -> None:
        since = now - timedelta(seconds=self.settings.failed_login_window_seconds)
        # This address's forgotten failures go as it fails again: the table stays the size of the window.
        self.session.execute(delete(FailedLogin).where(FailedLogin.address == address, FailedLogin.at <= since))
        self.session.add(FailedLogin(username=username, address=address, at=now))
        self.session.commit()

    def _new_device(self, user: User, device_name: str, now: datetime) -> Device:
        device = Device(user_id=user.id, name=(device_name or "device")[:120], created_at=now)
        self.session.add(device)
        self.session.flush()
        return device

    def _issue(self, user: User, device: Device, now: datetime, grant_id: str | None = None) -> Grant:
        """A new access and refresh token, sharing one grant id."""
        grant_id = grant_id or new_id()
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        ttl = timedelta(minutes=self.settings.access_token_minutes)
        self.session.add_all([
            Token(token_hash=_digest(access), kind="access", device_id=device.id, user_id=user.id,
                  expires_at=now + ttl, grant_id=grant_id),
            Token(token_hash=_digest(refresh), kind="refresh", device_id=device.id, user_id=user.id,
                  expires_at=now + timedelta(days=self.settings.refresh_token_days), grant_id=grant_id),
        ])
        return Grant(access, refresh, int(ttl.total_seconds()), device.id, user.id, user.role)

    def _rotate(self, token: Token, grant_id: str, now: datetime) -> bool:
        """Use the refresh token up, naming its successor; False if another request got there first."""
        done = self._changed_rows(
            update(Token).where(Token.id == token.id, Token.revoked_at.is_(None))
            .values(revoked_at=now, replaced_by=grant_id).execution_options(synchronize_session=False))
        return done == 1

    def _changed_rows(self, statement: Update) -> int:
        return cast(CursorResult[Any], self.session.execute(statement)).rowcount

    def _in_grace(self, token: Token, now: datetime) -> bool:
        """Rotated (not revoked) no longer ago than the grace window."""
        grace = timedelta(seconds=self.settings.refresh_grace_seconds)
        return token.replaced_by is not None and token.revoked_at is not None and now - _aware(token.revoked_at) < grace

    def _replace_undelivered(self, token: Token, grant_id: str, now: datetime) -> bool:
        """Revoke the pair that replaced `token` if its refresh token is still unused, and name `grant_id`
        as the successor instead. False when that pair was used: `token` is no longer the immediate
        predecessor of the live token. The conditional update settles a race with a refresh of that pair."""
        successor = token.replaced_by
        taken = self._changed_rows(
            update(Token).where(Token.grant_id == successor, Token.kind == "refresh", Token.revoked_at.is_(None))
            .values(revoked_at=now).execution_options(synchronize_session=False))
        if taken != 1:
            return False
        self.session.execute(update(Token).where(Token.grant_id == successor, Token.revoked_at.is_(None))
                             .values(revoked_at=now).execution_options(synchronize_session=False))
        self.session.execute(update(Token).where(Token.id == token.id).values(replaced_by=grant_id)
                             .execution_options(synchronize_session=False))
        return True

    def _reused(self, device_id: str, now: datetime) -> None:
        """A used-up refresh token came back outside its grace: someone holds a copy. The device logs in again."""
        self._revoke_device_tokens(device_id, now)
        self.session.commit()
        raise AuthError("token_reused")

    def _token(self, raw: str, kind: str) -> Token | None:
        token = self.session.scalars(select(Token).where(Token.token_hash == _digest(raw or ""))).first()
        return token if token is not None and token.kind == kind else None

    def _revoke_device_tokens(self, device_id: str, now: datetime) -> None:
        self.session.execute(update(Token).where(Token.device_id == device_id, Token.revoked_at.is_(None))
                             .values(revoked_at=now))
