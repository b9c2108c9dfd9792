"""What the window says about a full disk: the words in the user's language, one message box at a time, and a
last net for disk-full errors that no handler caught (a save, a background job)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.controllers.shell.disk_full import (
    CANNOT_OPEN,
    NOTHING_CHANGED,
    NOTHING_CHANGED_NO_FOLDER,
    TR_CONTEXT,
    disk_full_folder,
    is_disk_full,
)

_open_boxes: list[QMessageBox] = []  # the one shown, so a burst of failures does not stack boxes


def disk_full_text(error: BaseException | None = None, folder: Path | None = None) -> str:
    """"The disk is full: nothing was changed …", naming the folder the error names, else `folder`."""
    where = disk_full_folder(error) or folder
    if where is None:
        return QCoreApplication.translate(TR_CONTEXT, NOTHING_CHANGED_NO_FOLDER)
    # replace, not format: a translation that lost its placeholder still says what matters.
    return QCoreApplication.translate(TR_CONTEXT, NOTHING_CHANGED).replace("{folder}", str(where))


def cannot_open_text(folder: Path) -> str:
    return QCoreApplication.translate(TR_CONTEXT, CANNOT_OPEN).replace("{folder}", str(folder))


def disk_full_or_none(error: BaseException, folder: Path | None = None) -> str | None:
    """The full-disk text when `error` is a full disk, else None (the caller says what it says)."""
    return disk_full_text(error, folder) if is_disk_full(error, folder) else None


def show_disk_full(parent: QWidget | None, text: str) -> QMessageBox:
    """A window-modal warning that does not block the caller; while one is open, no second one."""
    for box in _open_boxes:
        if box.isVisible():
            return box
    _open_boxes.clear()
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DiskFull", "The disk is full"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("diskFullBox")
    box.open()
    _open_boxes.append(box)
    return box


def install_disk_full_net(folder: Path) -> None:
    """Errors nobody handled reach sys.excepthook (PySide6 hands it those of slots): a full disk among them
    gets the message box instead of a traceback on stderr. `folder`: the store's, when the error names none."""
    previous = sys.excepthook

    def hook(kind, error, traceback) -> None:
        if is_disk_full(error, folder):
            show_disk_full(QApplication.activeWindow(), disk_full_text(error, folder))
            return
        previous(kind, error, traceback)

    sys.excepthook = hook
