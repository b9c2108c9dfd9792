"""One signal that fans out what an operation changed; each page decides whether to refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.common.changes import Changes


class ChangeBus(QObject):
    # (Changes, source): the source is the page that made the change, which has refreshed itself already
    # (Anki's operation_did_execute passes its handler the same way).
    sig_changed = Signal(object, object)

    def announce(self, changes: Changes, source: QObject | None = None) -> None:
        self.sig_changed.emit(changes, source)


def refresh_on(bus: ChangeBus, page: QWidget, *entities: str, hidden_too: bool = False,
               refresh: Callable[[], None] | None = None) -> None:
    """Refresh `page` when a change touches one of `entities`. A hidden page waits: the window refreshes a
    page when it is shown, so reloading one nobody sees would only cost time."""
    reload = refresh or page.refresh  # type: ignore[attr-defined]

    def changed(changes: Changes, source: object) -> None:
        if source is page or not changes.touches(*entities):
            return
        if hidden_too or page.isVisible():
            reload()

    bus.sig_changed.connect(changed)
