"""From a card to a saved contact: read the card, open the contact editor on it, say what was not attached."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.gui.cards.card_contact_dialog import CardContactDialog
from crm_desktop.gui.cards.card_dialog import CardDialog

_CONTEXT = "CardFlow"


def attach_problem(error: Exception) -> str:
    """Why the card's image was not attached, in the user's language where the error carries its source text."""
    problem = getattr(error, "problem", None)
    if problem is not None and hasattr(error, "message"):
        from crm_desktop.domain.attachments.entities import MESSAGES
        from crm_desktop.domain.attachments.entities import TR_CONTEXT as ATTACHMENTS

        return str(error.message(QCoreApplication.translate(ATTACHMENTS, MESSAGES[problem])))
    return str(error)


def contact_from_card(shell: QWidget, crm, open_editor: Callable[[CardContactDialog], None]) -> None:
    """The whole flow; `open_editor(dialog)` runs the editor as the customers module runs its own (undo, the
    change announced, the new contact shown)."""
    reader = CardDialog(crm.cards, shell.jobs, parent=shell)
    if not reader.exec() or reader.card is None:
        return
    editor = CardContactDialog(crm.cards, crm.customers, shell.jobs, reader.card, search=crm.search.search,
                               parent=shell)
    open_editor(editor)
    saved = editor.card_saved
    if saved is not None and saved.contact is not None and saved.attach_error is not None:
        QMessageBox.warning(shell, QCoreApplication.translate(_CONTEXT, "Card not attached"),
                            QCoreApplication.translate(
                                _CONTEXT, "The contact is saved, but the card's image could not be attached: %1")
                            .replace("%1", attach_problem(saved.attach_error)))
