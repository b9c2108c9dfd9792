"""Plain data of the activities module: the agenda's rows and groups, and what a step did to a follow-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from crm_desktop.domain.customers.entities import ActivityData

# The agenda's groups, in the order they are shown.
OVERDUE, TODAY, WEEK, LATER = "overdue", "today", "week", "later"
GROUPS = (OVERDUE, TODAY, WEEK, LATER)
FOLLOWUP, TASK = "followup", "task"


@dataclass(frozen=True)
class AgendaItem:
    """A customer's planned follow-up, or an open task. `entity`/`record_id` name the customer; `name` is
    that record's name, `person` the one to talk to (an account's primary contact) and `phone` theirs."""

    kind: str  # FOLLOWUP | TASK
    due: date  # local day
    overdue: bool
    entity: str  # "contact" | "account"
    record_id: str
    name: str
    subject: str  # a task's subject; for a follow-up, the subject of the activity that planned it
    activity_id: str | None = None  # the task
    group: str = ""
    person: str = ""
    company: str = ""
    phone: str | None = None
    due_at: datetime | None = None  # a task's due time (UTC)


@dataclass(frozen=True)
class Agenda:
    """The agenda by group; a long group holds its first rows only (`counts` says how many there are)."""

    today: date
    items: tuple[AgendaItem, ...]
    counts: dict[str, int] = field(default_factory=dict, hash=False)

    def group(self, name: str) -> list[AgendaItem]:
        return [i for i in self.items if i.group == name]


@dataclass(frozen=True)
class AgendaRef:
    """What an agenda action changes: a customer's follow-up, or a task (`activity_id`)."""

    kind: str
    entity: str
    record_id: str
    activity_id: str | None = None

    @classmethod
    def of(cls, item: AgendaItem) -> AgendaRef:
        return cls(item.kind, item.entity, item.record_id, item.activity_id)


@dataclass(frozen=True)
class DueState:
    """When one agenda entry is due: a follow-up's day (None: no follow-up) or a task's due time."""

    ref: AgendaRef
    day: date | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class FollowupState:
    """A customer's next follow-up, as a step found or left it."""

    entity: str  # "contact" | "account"
    record_id: str
    day: date | None


@dataclass(frozen=True)
class ActivityStep:
    """An activity logged, edited, deleted or restored, and its customer's follow-up before and after: an
    undo puts `before` back exactly, whatever rule moved it."""

    activity: ActivityData
    before: FollowupState | None = None
    after: FollowupState | None = None
