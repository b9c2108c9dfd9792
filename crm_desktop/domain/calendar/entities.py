"""Plain data of the calendar: an entry (an activity's slot, a customer's follow-up, a deal's expected close),
whose calendar it is, and what an import did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

ACTIVITY, FOLLOWUP, DEAL = "activity", "followup", "deal"
# Whose calendar: mine, one user's (a manager's team member), or the whole team's.
ME, USER, TEAM = "me", "user", "team"


@dataclass(frozen=True)
class CalendarEntry:
    """One thing in the calendar. Timed entries have `start`/`end` (UTC); all-day ones a local `day`.
    `id` is the activity's, the customer's (a follow-up: `entity` says contact or account) or the deal's."""

    source: str  # ACTIVITY | FOLLOWUP | DEAL
    id: str
    kind: str  # an activity's kind, or "followup" / "deal"
    subject: str
    start: datetime | None = None
    end: datetime | None = None
    day: date | None = None
    done: bool = True
    overdue: bool = False
    owner_id: str | None = None
    owner_name: str = ""
    entity: str = ""  # a follow-up's customer: "contact" | "account"
    account_id: str | None = None
    contact_id: str | None = None
    opportunity_id: str | None = None
    customer: str = ""  # the customer's name, as the entry shows it
    contact_email: str | None = None
    place: str = ""
    body: str = ""
    whole_day: bool = False  # an activity from midnight to midnight (an all-day meeting imported): in the all-day row

    @property
    def all_day(self) -> bool:
        return self.start is None or self.whole_day

    @property
    def movable(self) -> bool:
        """Dragging moves an activity's slot or a follow-up's day; a deal's close date is edited on the deal."""
        return self.source in (ACTIVITY, FOLLOWUP)

    def local_day(self) -> date:
        if self.day is not None:
            return self.day
        assert self.start is not None
        return self.start.astimezone().date()


@dataclass(frozen=True)
class OwnerChoice:
    """An entry of the owner selector: `kind` ME, USER (with `user_id`) or TEAM."""

    kind: str
    user_id: str | None = None
    name: str = ""


@dataclass(frozen=True)
class Owners:
    """Whose calendars this user may open: a manager (or admin) sees the team's; a rep only their own."""

    me: str
    manages: bool
    members: tuple[OwnerChoice, ...] = ()


@dataclass(frozen=True)
class Slot:
    """An activity's time as a move found or left it (an undo puts it back)."""

    activity_id: str
    start: datetime
    end: datetime | None


@dataclass(frozen=True)
class VisitDetails:
    """What the calendar's visit form edits on an activity (its time is moved by dragging)."""

    subject: str
    account_id: str | None = None
    contact_id: str | None = None
    place: str | None = None


@dataclass
class ImportReport:
    """What an .ics import did: activities created and updated, contacts matched by e-mail, events skipped
    (with the reason, in English for the log and as a code the window translates)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    matched_contacts: int = 0
    recurring_expanded: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (event summary or UID, reason code)
    activity_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "matched_contacts": self.matched_contacts, "recurring_expanded": self.recurring_expanded,
                "skipped": [{"event": event, "reason": reason} for event, reason in self.skipped]}
