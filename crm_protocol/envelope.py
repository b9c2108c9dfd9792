"""The messages of the sync protocol as the wire carries them: push and pull requests and answers.

Both sides build and read these shapes from here: the server's request models are checked against
them (tests/unit/test_protocol_envelope.py), the app builds its requests with them.
"""

# No `from __future__ import annotations`: TypedDict reads NotRequired[...] from the evaluated annotations.

from typing import Any, Final, NotRequired, TypedDict

from crm_protocol.outcomes import APPLIED, REJECTED, ItemKind, Op, Outcome

SCHEMA_VERSION: Final = 1  # the wire schema this release speaks; every request carries it

PUSH_PATH: Final = "/sync/push"
PULL_PATH: Final = "/sync/pull"
SNAPSHOT_PATH: Final = "/sync/snapshot"
WAIT_PATH: Final = "/sync/wait"
RECORD_PATH: Final = "/records/{entity}/{record_id}"
LOGIN_PATH: Final = "/auth/login"
REFRESH_PATH: Final = "/auth/refresh"
DEVICES_PATH: Final = "/auth/devices"
LOGOUT_PATH: Final = "/auth/logout"

ID_LENGTH: Final = 36  # record, mutation, group and device ids (UUID text)
ENTITY_NAME_LENGTH: Final = 32
DEVICE_TIME_LENGTH: Final = 40
PAGE_ROWS: Final = 2000  # the most items one pull or snapshot page carries


class StockCause(TypedDict, total=False):
    """Why an increment moves a counter: {"kind": reserve|release|ship, "order_id"} or {"kind": adjust, "reason"}."""

    kind: str
    order_id: str
    reason: str


class Mutation(TypedDict):
    """One edit of one record, numbered by the device (`seq` 1, 2, 3 ... without gaps)."""

    seq: int
    mutation_id: str
    group_id: str | None  # one user action: its mutations are applied all or none
    entity: str
    record_id: str
    op: Op
    changes: dict[str, Any]  # the changed fields only (deltas for an increment)
    base_version: int  # the server version the user edited; 0 for a new record
    base_values: dict[str, Any] | None  # the base values of those fields (for three-way conflicts)
    device_time: str | None  # shown to people only ("edited offline Tue 14:02")
    # Fields whose edit builds on an older server value than `base_version` (the device kept its
    # pending value through a pull): field -> the version that value was based on.
    base_versions: NotRequired[dict[str, int]]
    cause: NotRequired[StockCause]  # increments only
    schema_version: NotRequired[int]  # accepted, not needed: the push carries it


class PushRequest(TypedDict):
    device_id: str
    schema_version: int
    mutations: list[Mutation]  # in seq order
    # The device's clock when it sent the push (fixed-width UTC text): the server measures how far that clock is
    # off its own, so a check-in made offline a day ago is not taken for a wrong clock. Optional: older apps.
    sent_at: NotRequired[str]


class Conflict(TypedDict):
    """A guarded field someone else changed since the device's base: the server kept `theirs`."""

    id: str
    field: str
    base: Any
    mine: Any
    theirs: Any


class MutationOutcome(TypedDict):
    seq: int
    mutation_id: str
    entity: str | None
    record_id: str | None
    outcome: Outcome
    version: int | None  # the row's version after the mutation
    conflicts: list[Conflict]
    reason: str | None  # a rejection's reason
    server_fields: dict[str, Any]  # values the server set or kept (numbers, owners, counters)
    echo: NotRequired[bool]  # answered from the mutation's first application (under another device)


class PushAnswer(TypedDict):
    results: list[MutationOutcome]
    last_applied_seq: int


class PullItem(TypedDict):
    entity: str
    id: str
    kind: ItemKind
    version: int
    field_versions: NotRequired[dict[str, int]]  # upserts
    data: NotRequired[dict[str, Any]]  # upserts: the full current row
    deleted_at: NotRequired[str | None]  # tombstones


class PullAnswer(TypedDict):
    items: list[PullItem]
    cursor: str
    has_more: bool


class SnapshotAnswer(TypedDict):
    items: list[PullItem]
    token: str | None  # the next page's continuation; None once done
    done: bool
    cursor: str  # where to pull from once the snapshot is done


class WaitAnswer(TypedDict):
    changed: bool


class TokenAnswer(TypedDict):
    """The answer to a login, a refresh or a device registration."""

    access_token: str
    refresh_token: str
    token_type: str
    expires_in: int
    device_id: str
    user_id: str
    role: str


def new_outcome(seq: int, mutation_id: str, entity: str, record_id: str) -> MutationOutcome:
    """The answer to a mutation before the server decided anything: applied, nothing else yet."""
    return {"seq": seq, "mutation_id": mutation_id, "entity": entity, "record_id": record_id,
            "outcome": APPLIED, "version": None, "conflicts": [], "reason": None, "server_fields": {}}


def rejected_outcome(seq: int, mutation_id: str, entity: str, record_id: str, reason: str) -> MutationOutcome:
    return {"seq": seq, "mutation_id": mutation_id, "entity": entity, "record_id": record_id,
            "outcome": REJECTED, "version": None, "conflicts": [], "server_fields": {}, "reason": reason}


def mark_rejected(outcome: MutationOutcome, reason: str) -> None:
    """Turn an answer into a rejection: a rejected mutation leaves no version, conflict or value behind."""
    outcome["outcome"] = REJECTED
    outcome["reason"] = reason
    outcome["version"] = None
    outcome["conflicts"] = []
    outcome["server_fields"] = {}
