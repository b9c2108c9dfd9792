"""Record identity and time: UUIDv7 made on the device, timestamps always in UTC (as the wire protocol has them)."""

from __future__ import annotations

from crm_protocol.ids import new_id, utcnow
from crm_protocol.values import ISO_FORMAT, from_iso, to_iso

__all__ = ["ISO_FORMAT", "from_iso", "new_id", "to_iso", "utcnow"]
