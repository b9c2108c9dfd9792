"""The loss reasons the app ships (data/sales/loss_reasons.json): every laptop creates them under the same
ids, so the server can tell a laptop's untouched copy of one from an edit of it (as with the stages)."""

from __future__ import annotations

import json
import uuid
from functools import cache
from typing import Any

from crm_protocol.shipped_stages import DATA_ROOT

REASONS_FILE = DATA_ROOT / "data" / "sales" / "loss_reasons.json"
_SHIPPED = uuid.UUID("0c7d2f6a-93b1-4f0e-8a55-2e6b1d4c7f31")
# What a laptop's first copy of a shipped reason may carry besides the reason itself.
_BOOKKEEPING = frozenset({"created_at", "owner_id", "deleted_at"})
# The reason a user writes in their own words: always offered, never a stored row.
OTHER = "other"


def shipped_loss_reason_id(code: str) -> str:
    """The id of a shipped loss reason: the same on every device, so every laptop's defaults are one set."""
    return str(uuid.uuid5(_SHIPPED, f"loss_reason/{code}"))


@cache
def shipped_loss_reasons() -> tuple[dict[str, Any], ...]:
    """The shipped reasons as the file has them: code, name_en, name_zh."""
    return tuple(json.loads(REASONS_FILE.read_text(encoding="utf-8")))


def is_shipped_copy(record_id: str, values: dict[str, Any]) -> bool:
    """Whether `values` (a new reason's fields as pushed) are exactly a shipped reason, in either language,
    under its shipped id: only then may anyone create it, since every laptop does."""
    for position, row in enumerate(shipped_loss_reasons()):
        if record_id != shipped_loss_reason_id(row["code"]):
            continue
        reason = {name: value for name, value in values.items() if name not in _BOOKKEEPING}
        names = (row["name_en"], row["name_zh"])
        return (values.get("deleted_at") is None and reason.pop("name", None) in names
                and reason == {"code": row["code"], "position": position})
    return False
