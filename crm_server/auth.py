"""Passwords (Argon2), throttled logins, devices, and short-lived access with rotating refresh tokens.

Tokens are random strings handed to the device once; the database keeps only their SHA-256, so
any API node can check any token (nodes keep no state) and a leaked database holds no usable token.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_server.models import Device, FailedLogin, Token, User, utcnow
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


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite returns naive UTC


class AuthService:
    def __init__(self, session: Session, settings: ServerSettings) -> None:
        self.session, self.settings = session, settings

    # --- login, refresh, logout ----------------------------------------------------------

    def login(self, username: str, password: str, device_name: str, device_id: str | None = None) -> Grant:
        """Check the password (throttled per username) and register the device or take it up again."""
        now = utcnow()
        self._throttle(username, now)
        user = self.session.scalars(select(User).where(User.username == username)).first()
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
            ok = user is not None and not user.disabled
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            self.session.add(FailedLogin(username=username, at=now))
            self.session.commit()
            raise AuthError("invalid_credentials")
        self.session.execute(delete(FailedLogin).where(FailedLogin.username == username))
        device = self.session.get(Device, device_id) if device_id else None
        if device is not None and (device.user_id != user.id or device.revoked_at is not None):
            raise AuthError("device_not_allowed", 403)
        if device is None:
            device = Device(user_id=user.id, name=(device_name or "device")[:120])
            self.session.add(device)
            self.session.flush()
        device.last_seen_at = now
        grant = self._issue(user, device, now)
        self.session.commit()
        return grant

    def refresh(self, refresh_token: str) -> Grant:
        """A new pair for a valid refresh token, which is used up; a reused one revokes the device's
        tokens (someone holds a copy)."""
        now = utcnow()
        token = self._token(refresh_token, "refresh")
        if token is None:
            raise AuthError("invalid_token")
        if token.revoked_at is not None:
            self._revoke_device_tokens(token.device_id, now)
            self.session.commit()
            raise AuthError("token_reused")
        if _aware(token.expires_at) <= now:
            raise AuthError("token_expired")
        user, device = self.session.get(User, token.user_id), self.session.get(Device, token.device_id)
        if user.disabled or device.revoked_at is not None:
            raise AuthError("device_not_allowed", 403)
        token.revoked_at = now
        device.last_seen_at = now
        grant = self._issue(user, device, now)
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

    def _throttle(self, username: str, now: datetime) -> None:
        since = now - timedelta(seconds=self.settings.failed_login_window_seconds)
        failures = self.session.scalar(select(func.count()).select_from(FailedLogin).where(
            FailedLogin.username == username, FailedLogin.at > since))
        if failures >= self.settings.max_failed_logins:
            raise AuthError("too_many_attempts", 429, self.settings.failed_login_window_seconds)

    def _issue(self, user: User, device: Device, now: datetime) -> Grant:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        ttl = timedelta(minutes=self.settings.access_token_minutes)
        self.session.add_all([
            Token(token_hash=_digest(access), kind="access", device_id=device.id, user_id=user.id,
                  expires_at=now + ttl),
            Token(token_hash=_digest(refresh), kind="refresh", device_id=device.id, user_id=user.id,
                  expires_at=now + timedelta(days=self.settings.refresh_token_days)),
        ])
        return Grant(access, refresh, int(ttl.total_seconds()), device.id, user.id, user.role)

    def _token(self, raw: str, kind: str) -> Token | None:
        token = self.session.scalars(select(Token).where(Token.token_hash == _digest(raw or ""))).first()
        return token if token is not None and token.kind == kind else None

    def _revoke_device_tokens(self, device_id: str, now: datetime) -> None:
        self.session.execute(update(Token).where(Token.device_id == device_id, Token.revoked_at.is_(None))
                             .values(revoked_at=now))
