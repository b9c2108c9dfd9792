"""A per-user .ics subscription: calendar clients (Outlook, Google, 钉钉, phones) cannot send a bearer token, so
the feed's URL carries a secret of its own: an HMAC of the user id under the server's calendar secret. No table
holds it: any node computes it, and a new secret (CRM_SERVER_CALENDAR_SECRET) retires every URL at once.

The feed holds what the user may see (their role's scope, as sync has it) over a window: activities by their
slot, customers' follow-ups and open deals' expected closes as all-day events."""

# No `from __future__ import annotations`: FastAPI reads the route annotations, which name local aliases.

import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_protocol.calendar_events import (
    DEAL_SOURCE,
    FOLLOWUP_SOURCE,
    SHOWN_KINDS,
    all_day_event,
    new_calendar,
    slot,
    timed_event,
)
from crm_protocol.ids import utcnow
from crm_protocol.values import parse_moment, to_iso
from crm_server.auth import Caller
from crm_server.feed import FeedError
from crm_server.models import Base, Record, SyncMeta, User
from crm_server.scopes import Viewer

FEED_PATH = "/calendar/{user_id}/{token}.ics"
FEED_URL_PATH = "/calendar/feed-url"
DAYS_BACK, DAYS_AHEAD = 90, 365
MAX_EVENTS = 20_000
SECRET_KEY = "calendar_secret"  # in sync_meta when no secret is configured: one for every node
_RECORDS = Base.metadata.tables[Record.__tablename__]


class FeedUrl(BaseModel):
    url: str
    path: str


def calendar_secret(session: Session, configured: str | None) -> bytes:
    """The configured secret, else the one the first node made and kept in sync_meta."""
    if configured:
        return configured.encode()
    stored = session.get(SyncMeta, SECRET_KEY)
    if stored is None:
        try:
            session.add(SyncMeta(key=SECRET_KEY, value=secrets.token_hex(32)))
            session.commit()
        except IntegrityError:  # another node made it meanwhile: theirs holds
            session.rollback()
        stored = session.get(SyncMeta, SECRET_KEY)
    assert stored is not None
    return stored.value.encode()


def feed_token(secret: bytes, user_id: str) -> str:
    return hmac.new(secret, f"calendar-feed:{user_id}".encode(), hashlib.sha256).hexdigest()


def router(caller_dep: Callable[..., Caller], session_dep: Callable[..., Iterator[Session]]) -> APIRouter:
    api = APIRouter(tags=["calendar"])
    CallerDep = Annotated[Caller, Depends(caller_dep)]  # noqa: N806 - type aliases, named like ones
    SessionDep = Annotated[Session, Depends(session_dep)]  # noqa: N806

    @api.get(FEED_URL_PATH, response_model=FeedUrl)
    def feed_url(who: CallerDep, s: SessionDep, request: Request) -> FeedUrl:
        """The caller's calendar subscription URL (keep it private: it opens the feed without a login)."""
        token = feed_token(calendar_secret(s, request.app.state.settings.calendar_secret), who.user_id)
        path = FEED_PATH.format(user_id=who.user_id, token=token)
        return FeedUrl(url=str(request.base_url).rstrip("/") + path, path=path)

    @api.get(FEED_PATH, response_class=Response, responses={404: {"description": "no such feed"}})
    def feed(user_id: str, token: str, s: SessionDep, request: Request) -> Response:
        """The user's calendar as text/calendar, for a calendar client's subscription."""
        secret = calendar_secret(s, request.app.state.settings.calendar_secret)
        user = s.get(User, user_id) if len(user_id) <= 36 else None
        # One answer for a wrong secret and an unknown or disabled user: the URL tells nothing either way.
        if user is None or user.disabled or not hmac.compare_digest(feed_token(secret, user_id), token):
            raise FeedError(404, "not_found")
        viewer = Viewer.of(s, Caller(user.id, user.username, user.role, user.team_id, ""))
        body = calendar_of(s, viewer, user.display_name, utcnow())
        return Response(body, media_type="text/calendar; charset=utf-8",
                        headers={"Cache-Control": "private, max-age=300"})

    return api


def calendar_of(session: Session, viewer: Viewer, name: str, now: datetime) -> bytes:
    lo, hi = now - timedelta(days=DAYS_BACK), now + timedelta(days=DAYS_AHEAD)
    first, last = lo.date().isoformat(), hi.date().isoformat()
    cal = new_calendar(name)
    rows = session.execute(_records(viewer, lo, hi, first, last)).all()
    for row in rows:
        event = _event(row.entity, row.id, row.data, now, lo, hi)
        if event is not None:
            cal.add_component(event)
    return bytes(cal.to_ical())


def _records(viewer: Viewer, lo: datetime, hi: datetime, first: str, last: str) -> Any:
    data = _RECORDS.c.data
    occurred, due = data["occurred_at"].as_string(), data["due_at"].as_string()
    followup, close = data["next_followup_at"].as_string(), data["expected_close"].as_string()
    low, high = to_iso(lo), to_iso(hi)
    return (select(_RECORDS.c.entity, _RECORDS.c.id, _RECORDS.c.data)
            # Not the pool's shared accounts: their follow-ups are nobody's appointment yet.
            .where(_RECORDS.c.deleted_at.is_(None), viewer.clause(_RECORDS), _RECORDS.c.shared.is_(False),
                   or_(and_(_RECORDS.c.entity == "activity",
                            or_(and_(occurred >= low, occurred < high), and_(due >= low, due < high))),
                       and_(_RECORDS.c.entity.in_(("account", "contact")), followup >= first, followup < last),
                       and_(_RECORDS.c.entity == "opportunity", close >= first, close < last)))
            .limit(MAX_EVENTS))


def _event(entity: str, record_id: str, data: dict[str, Any], now: datetime, lo: datetime, hi: datetime) -> Any:
    try:
        if entity == "activity":
            kind = str(data.get("kind") or "")
            if kind not in SHOWN_KINDS or not data.get("occurred_at"):
                return None
            start, end = slot(kind, parse_moment(data["occurred_at"]),
                              parse_moment(data["due_at"]) if data.get("due_at") else None,
                              parse_moment(data["ends_at"]) if data.get("ends_at") else None, bool(data.get("done")))
            if end <= lo or start >= hi:
                return None
            return timed_event(record_id, str(data.get("subject") or ""), start, end, stamp=now,
                               description=data.get("body") or None, location=data.get("place") or None,
                               category=kind)
        if entity == "opportunity":
            if data.get("status", "open") != "open":
                return None
            return all_day_event(f"{record_id}-deal", str(data.get("name") or ""),
                                 date.fromisoformat(str(data["expected_close"])[:10]), stamp=now, category="deal",
                                 source=DEAL_SOURCE)
        return all_day_event(f"{record_id}-followup", str(data.get("name") or ""),
                             date.fromisoformat(str(data["next_followup_at"])[:10]), stamp=now, category="followup",
                             source=FOLLOWUP_SOURCE)
    except (KeyError, ValueError, TypeError):
        return None  # a record the feed cannot place (a malformed time) is left out, never the whole feed
