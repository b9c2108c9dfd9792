"""Human document numbers: one counter per series, kept in sync_state so every device counts on."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.store.models import SyncState


def next_number(session: Session, series: str) -> int:
    """The next number of `series` (e.g. "numbers/SO/2026"), counted in the caller's transaction."""
    state = session.get(SyncState, series)
    if state is None:
        state = SyncState(key=series, value=0)
        session.add(state)
    value = state.value
    number = (int(value) if isinstance(value, int | str) and value else 0) + 1
    state.value = number
    return number
