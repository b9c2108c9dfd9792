"""A full disk as the window and the command line catch and say it (they never import the store)."""

from crm_desktop.store.disk_full import (
    CANNOT_OPEN,
    NOTHING_CHANGED,
    NOTHING_CHANGED_NO_FOLDER,
    TR_CONTEXT,
    DiskFullError,
    disk_full_folder,
    error_chain,
    is_disk_full,
)

__all__ = ["CANNOT_OPEN", "NOTHING_CHANGED", "NOTHING_CHANGED_NO_FOLDER", "TR_CONTEXT", "DiskFullError",
           "disk_full_folder", "error_chain", "is_disk_full"]
