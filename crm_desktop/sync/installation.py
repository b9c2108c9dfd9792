"""Is this the store that last pushed from here? A restored backup or a copied file is not.

Each installation keeps a random id in the user's config folder, and beside it the latest epoch of
every store it pushed from. The store keeps the same three things (installation, path, epoch) in
its sync state. The epoch changes, in the store and beside it, whenever the store hands out push
numbers. A store restored from a backup carries an older epoch; a store copied to another path or
computer carries another path or installation id. Either is a new device to the server: it
registers anew and sends its unacknowledged edits again (sync-protocol.md, Identity). The server
catches what this misses (a whole home folder copied to a new laptop) as `device_forked`.
"""

from __future__ import annotations

import json
import os
import secrets
import uuid
from pathlib import Path

from platformdirs import user_config_dir
from sqlalchemy.orm import Session

from crm_desktop import APP_NAME, APP_ORG
from crm_desktop.store.models import SyncState

IDENTITY = "sync/identity"


class Installation:
    """This computer's user installation: its id and the epochs of the stores it pushed from."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else Path(user_config_dir(APP_NAME, APP_ORG))
        self._id: str | None = None

    @property
    def id(self) -> str:
        if self._id is None:
            path = self.folder / "installation-id"
            try:
                self._id = path.read_text(encoding="ascii").strip()
            except FileNotFoundError:
                self._id = str(uuid.uuid4())
                try:
                    self.folder.mkdir(parents=True, exist_ok=True)
                    _write_atomically(path, self._id)
                except OSError:
                    pass  # a full or read-only folder: the next run registers anew, losing nothing
        return self._id

    def epoch_of(self, store: Path) -> str | None:
        return self._ledger().get(str(store))

    def remember(self, store: Path, epoch: str) -> None:
        """Best effort: if this cannot be written (a full disk), the next check takes the store for a
        restored one and it registers anew, which costs a device id and loses nothing."""
        ledger = self._ledger()
        ledger[str(store)] = epoch
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.folder / "store-epochs.json", json.dumps(ledger, indent=1, sort_keys=True))
        except OSError:
            pass

    def _ledger(self) -> dict[str, str]:
        try:
            value = json.loads((self.folder / "store-epochs.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}


def is_same_store(session: Session, installation: Installation, store: Path) -> bool:
    """False for a restored or copied store. A store never bound (made by an older version, or
    never numbered a push) counts as the same: there is nothing it could repeat."""
    row = session.get(SyncState, IDENTITY)
    if row is None or not row.value:
        return True
    return row.value == {"installation": installation.id, "path": str(store),
                         "epoch": installation.epoch_of(store)}


def renew(session: Session, installation: Installation, store: Path) -> str:
    """A new epoch for the store, in the caller's transaction; `remember` it once committed."""
    epoch = secrets.token_hex(8)
    value = {"installation": installation.id, "path": str(store), "epoch": epoch}
    row = session.get(SyncState, IDENTITY)
    if row is None:
        session.add(SyncState(key=IDENTITY, value=value))
    else:
        row.value = value
    return epoch


def forget(session: Session) -> None:
    """The store was restored from a backup (in the caller's transaction): it must register anew."""
    row = session.get(SyncState, IDENTITY)
    if row is not None:
        row.value = {"restored": True}


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)  # a full disk leaves nothing half-written
        raise
