"""Import and export words in the user's language: error messages, field labels, entity names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.common.validation import NotFoundError, ValidationError
from crm_desktop.gui.common.labels import translate_message
from crm_desktop.gui.shell.disk_full_notice import disk_full_or_none
from crm_desktop.gui.shell.translation import current_language
from crm_desktop.interchange.errors import TR_CONTEXT, InterchangeError
from crm_desktop.interchange.fields import FIELDS_OF


def error_text(error: BaseException) -> str:
    """What went wrong, translated, for a message label or box (never a traceback)."""
    if (full := disk_full_or_none(error)) is not None:  # before the file error that may wrap it
        return full
    if isinstance(error, InterchangeError):
        try:
            return translate_message(TR_CONTEXT, error.message).format(**error.params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str(error)
    if isinstance(error, ValidationError):
        return "\n".join(translate_message("Validation", m) for m in error.errors.values())
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("ImportExport", "This import is no longer in the history.")
    if isinstance(error, OSError):
        text = QCoreApplication.translate("ImportExport", "The file cannot be read or written (%1).")
        return text.replace("%1", error.strerror or str(error))
    return str(error) or type(error).__name__


def field_label(entity: str, key: str) -> str:
    """The import field's label in the UI language (the same words as the export headers)."""
    language = current_language()
    for spec in FIELDS_OF[entity]:
        if spec.key == key:
            return spec.header(language)
    if key == "account_id":
        return field_label("contact", "company")
    return key


def entity_plural(entity: str) -> str:
    if entity == "contact":
        return QCoreApplication.translate("ImportExport", "Contacts")
    return QCoreApplication.translate("ImportExport", "Accounts")


def record_field_label(entity: str, key: str) -> str:
    """A stored field's label, for the list of records changed after an import."""
    extra = {
        "is_primary": QCoreApplication.translate("ImportExport", "Primary contact"),
        "last_activity_at": QCoreApplication.translate("ImportExport", "Last activity"),
        "next_followup_at": QCoreApplication.translate("ImportExport", "Next follow-up"),
        "owner_id": QCoreApplication.translate("ImportExport", "Owner"),
        "in_pool": QCoreApplication.translate("ImportExport", "Public pool"),
        "merged_into_id": QCoreApplication.translate("ImportExport", "Merged"),
        "created_at": QCoreApplication.translate("ImportExport", "Created"),
        "contacts": QCoreApplication.translate("ImportExport", "Has other contacts now"),
    }
    return extra.get(key) or field_label(entity, key)
