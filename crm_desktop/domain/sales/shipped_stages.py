"""The pipeline stages the app ships (data/sales/pipeline_stages.json), as every laptop creates them."""

from __future__ import annotations

from typing import Any

# Which pushed stage is a laptop's untouched copy of a shipped one is the server's question too.
from crm_protocol.shipped_stages import STAGES_FILE, is_shipped_copy, shipped_stages

__all__ = ["STAGES_FILE", "default_stages", "is_shipped_copy"]


def default_stages(language: str) -> list[dict[str, Any]]:
    """The shipped stages with names in `language` (Chinese for zh*, English otherwise)."""
    name = "name_zh" if language.lower().startswith("zh") else "name_en"
    return [{"key": r["key"], "name": r[name], "probability": r["probability"], "is_won": r["won"],
             "is_lost": r["lost"]} for r in shipped_stages()]
