"""The pipeline stages the app ships (data/sales/pipeline_stages.json): every laptop creates them under the
same ids, so the server can tell a laptop's untouched copy of one from an edit of it."""

from __future__ import annotations

import json
import sys
import uuid
from functools import cache
from pathlib import Path
from typing import Any

# Shipped data sits beside the packages (a frozen build unpacks it next to the executable).
DATA_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
STAGES_FILE = DATA_ROOT / "data" / "sales" / "pipeline_stages.json"
_SHIPPED = uuid.UUID("6f1c5b2e-2a44-4c1e-9d0b-5d3f7c1a9e10")
# What a laptop's first copy of a shipped stage may carry besides the stage itself.
_BOOKKEEPING = frozenset({"created_at", "owner_id", "deleted_at"})


def shipped_stage_id(key: str) -> str:
    """The id of a shipped default stage: the same on every device, so each laptop's defaults are
    one set of stages on the server, whichever laptop synced first."""
    return str(uuid.uuid5(_SHIPPED, f"pipeline_stage/{key}"))


@cache
def shipped_stages() -> tuple[dict[str, Any], ...]:
    """The shipped stages as the file has them: key, name_en, name_zh, probability, won, lost."""
    return tuple(json.loads(STAGES_FILE.read_text(encoding="utf-8")))


def is_shipped_copy(record_id: str, values: dict[str, Any]) -> bool:
    """Whether `values` (a new stage's fields as pushed) are exactly a shipped stage, in either
    language, under its shipped id: only then may anyone create it, since every laptop does."""
    for position, row in enumerate(shipped_stages()):
        if record_id != shipped_stage_id(row["key"]):
            continue
        expected = {"key": row["key"], "position": position, "probability": row["probability"],
                    "is_won": row["won"], "is_lost": row["lost"]}
        stage = {name: value for name, value in values.items() if name not in _BOOKKEEPING}
        names = (row["name_en"], row["name_zh"])
        return (values.get("deleted_at") is None and stage.pop("name", None) in names
                and {**{"is_won": False, "is_lost": False}, **stage} == expected)
    return False
