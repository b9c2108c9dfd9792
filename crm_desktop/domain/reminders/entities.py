"""Plain data of reminders: what may remind (a candidate), a reminder due, what was raised, and a notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

TIMED_KINDS = ("visit", "meeting", "call")  # remind before their start (occurred_at) while not done
TASK, FOLLOWUP = "task", "followup"
NO_REMINDER = -1  # an activity's remind_minutes: never remind
LEAD_CHOICES = (0, 5, 10, 15, 30, 60, 1440)  # minutes; the last is one day
DEFAULT_LEAD = 15
MAX_LEAD = 1440  # a longer lead (synced from elsewhere) is cut to a day: the controller looks a day ahead
DEFAULT_FOLLOWUP_TIME = time(9, 0)
# What was due while the CRM was closed is raised on start if it is at most this old; older ones are the
# agenda's overdue list, not a flood of notifications.
MISSED_HORIZON = timedelta(hours=24)
# The longest the GUI's timer sleeps without looking again (a day ends, something synced quietly).
MAX_SLEEP = timedelta(hours=6)
SNOOZES = ("5m", "15m", "1h", "tomorrow")


@dataclass(frozen=True)
class Candidate:
    """Something of mine that may remind: an open activity with a time, or a customer's follow-up day."""

    key: str  # the activity's id, or the customer's for a follow-up (the raised table's key)
    kind: str  # visit | meeting | call | task | followup
    at: datetime  # when it is due (aware): a visit's start, a task's due time, a follow-up's day at the set time
    subject: str
    customer: str  # the contact's or the account's name
    entity: str  # what Open opens: "activity", or "contact" / "account" for a follow-up
    record_id: str
    company: str = ""  # a contact's company
    place: str = ""
    remind_minutes: int | None = None  # the activity's own lead; None: the user's default


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: str
    at: datetime  # when the thing is due (UTC); with `key`, what the raised table remembers
    remind_at: datetime  # when the reminder falls due
    subject: str
    customer: str
    entity: str
    record_id: str
    company: str = ""
    place: str = ""
    snoozed: bool = False  # back from a snooze

    @property
    def is_followup(self) -> bool:
        return self.kind == FOLLOWUP


@dataclass(frozen=True)
class Raised:
    """A reminder this laptop raised (or snoozed): `snoozed_until` None means it is settled."""

    key: str
    at: datetime
    raised_at: datetime
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class Poll:
    """One look at the clock: the reminders due now (already marked raised) and when to look again."""

    due: tuple[Reminder, ...]
    wake: datetime


@dataclass(frozen=True)
class Notice:
    """What one notification says: a single reminder, or a group (several at once, or missed while closed)."""

    reminders: tuple[Reminder, ...]
    missed: int = 0  # how many fell due while the CRM was closed

    @property
    def single(self) -> Reminder | None:
        return self.reminders[0] if len(self.reminders) == 1 and not self.missed else None

