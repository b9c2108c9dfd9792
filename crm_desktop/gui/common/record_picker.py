"""A type-ahead combo over the search index for choosing an account or a contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP, ValidationError

NOT_PICKED = QT_TRANSLATE_NOOP("Validation", "Pick a name from the list, or leave the field empty.")


class RecordPicker:
    """An editable combo that finds accounts or contacts as the user types (search index)."""

    def __init__(self, combo: QComboBox, search, kind: str, placeholder: str, jobs) -> None:
        self.combo, self._search, self._kind, self._jobs = combo, search, kind, jobs
        combo.setEditable(True)
        combo.lineEdit().setPlaceholderText(placeholder)
        combo.addItem("", None)
        combo.lineEdit().textEdited.connect(self._find)

    def set_record(self, record_id: str | None, name: str | None) -> None:
        if record_id:
            self.combo.addItem(name or "", record_id)
            self.combo.setCurrentIndex(self.combo.count() - 1)

    def on_picked(self, callback: Callable[[str], None]) -> None:
        """Call `callback(record_id)` when the user chooses a record from the list."""
        self.combo.activated.connect(lambda index: self.combo.itemData(index) and callback(
            self.combo.itemData(index)))

    def _find(self, text: str) -> None:
        if self._search is None or not text.strip():
            return
        self._jobs.run_db(self._search, text, 30, on_done=lambda hits: self._found(text, hits))

    def _found(self, text: str, hits) -> None:
        if text != self.combo.currentText():
            return  # typed on meanwhile: the newer text's answer follows
        hits = [h for h in hits if h.type == self._kind][:15]
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for hit in hits:
            self.combo.addItem(f"{hit.name} · {hit.account}" if hit.account and self._kind == "contact"
                               else hit.name, hit.id)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)
        if hits:
            self.combo.showPopup()

    def picked_id(self, field: str) -> str | None:
        """The chosen record; ValidationError for text that names none of the choices."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.currentIndex()
        if index > 0 and self.combo.itemText(index) == self.combo.currentText():
            return self.combo.itemData(index)  # the item chosen, even among equal names
        matches = [i for i in range(1, self.combo.count()) if self.combo.itemText(i).casefold() == text.casefold()]
        if len(matches) == 1:
            return self.combo.itemData(matches[0])
        raise ValidationError({field: NOT_PICKED})


def picked_ids(pickers: dict) -> dict[str, str | None]:
    """{field: chosen id} of several pickers; one ValidationError naming every picker at fault."""
    errors, picked = {}, {}
    for field, picker in pickers.items():
        try:
            picked[field] = picker.picked_id(field)
        except ValidationError as error:
            errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return picked
