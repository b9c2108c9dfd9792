"""The protocol's words: mutation ops, push outcomes, pull item kinds, refusal codes and stock-move causes."""

from __future__ import annotations

from typing import Final, Literal

# What a mutation does to its record.
Op = Literal["upsert", "delete", "increment"]
UPSERT: Final = "upsert"
DELETE: Final = "delete"
INCREMENT: Final = "increment"  # counters such as stock: the server adds the deltas to its value
OPS: Final[tuple[Op, ...]] = (UPSERT, DELETE, INCREMENT)

# What the server did with one pushed mutation.
Outcome = Literal["applied", "merged", "conflict", "rejected"]
APPLIED: Final = "applied"  # taken as sent; the server's row is now exactly the device's
MERGED: Final = "merged"  # taken, combined with someone else's change since the device's base
CONFLICT: Final = "conflict"  # a guarded field changed meanwhile: the server kept its value
REJECTED: Final = "rejected"  # refused (a rule or a right); the reason says why
OUTCOMES: Final[tuple[Outcome, ...]] = (APPLIED, MERGED, CONFLICT, REJECTED)

# What a pull or snapshot item tells the device to do with its copy.
ItemKind = Literal["upsert", "tombstone", "remove"]
TOMBSTONE: Final = "tombstone"  # deleted on the server
REMOVE: Final = "remove"  # left the user's scope: drop the copy without pushing a delete
ITEM_KINDS: Final[tuple[ItemKind, ...]] = (UPSERT, TOMBSTONE, REMOVE)

# The `error` of a request refused whole (nothing applied), by HTTP status.
GAP: Final = "gap"  # 409: the first new seq is not last_applied_seq + 1; `expected_seq` says which
DEVICE_FORKED: Final = "device_forked"  # 409: another mutation under a known seq (restored or copied store)
RESET_REQUIRED: Final = "reset_required"  # 410: the history after the cursor is gone; download the snapshot
UPGRADE_REQUIRED: Final = "upgrade_required"  # 426: the server serves none of the client's schema versions
INVALID_MUTATION: Final = "invalid_mutation"  # 422: a mutation no correct client sends
NOT_FOUND: Final = "not_found"  # 404

# Why a stock counter moves (an increment's `cause`): an order's reservation, release or shipment,
# or a manager's adjustment.
CauseKind = Literal["reserve", "release", "ship", "adjust"]
RESERVE: Final = "reserve"
RELEASE: Final = "release"
SHIP: Final = "ship"
ADJUST: Final = "adjust"
