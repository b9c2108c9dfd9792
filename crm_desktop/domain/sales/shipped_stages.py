"""The pipeline stages the app ships (data/sales/pipeline_stages.json), as every laptop creates them."""

from __future__ import annotations

import json
from functools import cache

from crm_desktop.domain.sales.entities import shipped_stage_id
from crm_desktop.paths import DATA_DIR

STAGES_FILE = DATA_DIR / "sales" / "pipeline_stages.json"
# What a laptop's first copy of a shipped stage may carry besides the stage itself.
_BOOKKEEPING = frozenset({"created_at", "owner_id", "deleted_at"})


@cache
def _rows() -> tuple[dict, ...]:
    return tuple(json.loads(STAGES_FILE.read_text(encoding="utf-8")))


def default_stages(language: str) -> list[dict]:
    """The shipped stages with names in `language` (Chinese for zh*, English otherwise)."""
    name = "name_zh" if language.lower().startswith("zh") else "name_en"
    return [{"key": r["key"], "name": r[name], "probability": r["probability"], "is_won": r["won"],
             "is_lost": r["lost"]} for r in _rows()]


def is_shipped_copy(record_id: str, values: dict) -> bool:
    """Whether `values` (a new stage's fields as pushed) are exactly a shipped stage, in either
    language, under its shipped id: only then may anyone create it, since every laptop does."""
    for position, row in enumerate(_rows()):
        if record_id != shipped_stage_id(row["key"]):
            continue
        expected = {"key": row["key"], "position": position, "probability": row["probability"],
                    "is_won": row["won"], "is_lost": row["lost"]}
        stage = {name: value for name, value in values.items() if name not in _BOOKKEEPING}
        names = (row["name_en"], row["name_zh"])
        return (values.get("deleted_at") is None and stage.pop("name", None) in names
                and {**{"is_won": False, "is_lost": False}, **stage} == expected)
    return False
