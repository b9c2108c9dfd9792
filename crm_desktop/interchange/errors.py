"""Errors of reading and writing exchange files, with messages the GUI translates."""

from __future__ import annotations

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

# Context under which interchange messages are translated (resources/translations/*.ts).
TR_CONTEXT = "Interchange"


class InterchangeError(Exception):
    """A file that cannot be read or written.

    `message` is an untranslated English sentence with `{name}` placeholders filled from
    `params`; the GUI translates it under TR_CONTEXT, the CLI prints `str(error)`.
    """

    def __init__(self, message: str, **params) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


NOT_A_TABLE = QT_TRANSLATE_NOOP("Interchange", "This file is not a spreadsheet, a CSV file or a vCard file.")
