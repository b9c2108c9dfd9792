"""The server's reasons for refusing a change, in the user's language: the server speaks English;
the reasons a rep meets in the field are translated here, any other is shown as the server said it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (a piece of the server's reason, what the user reads)
_KNOWN = (
    ("group_rejected", QT_TRANSLATE_NOOP(
        "SyncReasons", "Another change made in the same action was refused, so this one was not applied either.")),
    ("only managers and admins adjust stock", QT_TRANSLATE_NOOP(
        "SyncReasons", "Only managers and administrators adjust stock.")),
    ("stock moves only through orders", QT_TRANSLATE_NOOP(
        "SyncReasons", "Stock changes only through orders, or a manager's adjustment with a reason.")),
    ("stock cannot go below zero", QT_TRANSLATE_NOOP("SyncReasons", "The stock would fall below zero.")),
    ("comes with its order becoming", QT_TRANSLATE_NOOP(
        "SyncReasons", "The order's status changed on the server meanwhile, so its stock was not moved.")),
    ("does not match the order's lines", QT_TRANSLATE_NOOP(
        "SyncReasons", "The order's lines changed on the server meanwhile, so its stock was not moved.")),
    ("only admins change the pipeline stages", QT_TRANSLATE_NOOP(
        "SyncReasons", "Only an administrator changes the pipeline stages.")),
    ("only admins change the loss reasons", QT_TRANSLATE_NOOP(
        "SyncReasons", "Only an administrator changes the list of loss reasons.")),
    ("only managers and admins change products", QT_TRANSLATE_NOOP(
        "SyncReasons", "Only managers and administrators change products.")),
    ("only its author, a manager or an admin", QT_TRANSLATE_NOOP(
        "SyncReasons", "Only its author, a manager or an administrator changes it.")),
    ("outside your scope", QT_TRANSLATE_NOOP(
        "SyncReasons", "This record is no longer yours: it was handed to someone else or moved to another team.")),
    ("may not give records to", QT_TRANSLATE_NOOP(
        "SyncReasons", "You may not give records to someone outside your team.")),
    ("not_found", QT_TRANSLATE_NOOP("SyncReasons", "The record it belongs to no longer exists on the server.")),
)


def reason_text(reason: str | None) -> str:
    if not reason:
        return ""
    for key, text in _KNOWN:
        if key in reason:
            return QCoreApplication.translate("SyncReasons", text)
    return reason
