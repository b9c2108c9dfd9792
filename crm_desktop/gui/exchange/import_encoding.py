"""Import wizard: when detection is unsure of a text file's encoding, the first lines in each likely
one, for the user to pick the one that reads right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

PREVIEW_LINES = 3
PREVIEW_CHARS = 110

# Python codec names the reader may offer, as people know them.
ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("EncodingChooser", "UTF-8 (Unicode)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("EncodingChooser", "UTF-8 (Unicode)"),
    "utf-16": QT_TRANSLATE_NOOP("EncodingChooser", "UTF-16 (Unicode)"),
    "gb18030": QT_TRANSLATE_NOOP("EncodingChooser", "GBK / GB18030 (Simplified Chinese)"),
    "cp950": QT_TRANSLATE_NOOP("EncodingChooser", "Big5 (Traditional Chinese)"),
    "cp932": QT_TRANSLATE_NOOP("EncodingChooser", "Shift_JIS (Japanese)"),
    "cp949": QT_TRANSLATE_NOOP("EncodingChooser", "EUC-KR (Korean)"),
    "cp1252": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1252 (Western European)"),
    "cp1250": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1250 (Central European)"),
    "cp1251": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1251 (Cyrillic)"),
    "cp1253": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1253 (Greek)"),
    "cp1254": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1254 (Turkish)"),
    "cp1257": QT_TRANSLATE_NOOP("EncodingChooser", "Windows-1257 (Baltic)"),
    "latin-1": QT_TRANSLATE_NOOP("EncodingChooser", "ISO-8859-1 (Latin-1)"),
}


def encoding_name(encoding: str) -> str:
    source = ENCODING_NAMES.get(encoding.lower())
    return QCoreApplication.translate("EncodingChooser", source) if source else encoding.upper()


def preview_lines(previews: dict[str, list[list[str]] | str]) -> dict[str, list[str]]:
    """A few rows of the file in each encoding: the rows whose text differs between them (where
    the choice shows), else the first ones; cells joined, long lines cut. An error text stays as it is."""
    tables = {enc: rows for enc, rows in previews.items() if not isinstance(rows, str)}
    length = max((len(rows) for rows in tables.values()), default=0)

    def line(rows: list[list[str]], index: int) -> str:
        cells = rows[index] if index < len(rows) else []
        return " · ".join(c.strip() for c in cells if c and c.strip())

    differ = [i for i in range(length) if len({line(rows, i) for rows in tables.values()}) > 1]
    filled = [i for i in range(length) if any(line(rows, i) for rows in tables.values())]
    chosen = (differ or filled)[:PREVIEW_LINES]
    out = {}
    for enc, rows in previews.items():
        if isinstance(rows, str):
            out[enc] = [rows]
            continue
        texts = [line(rows, i) for i in chosen]
        out[enc] = [t if len(t) <= PREVIEW_CHARS else t[:PREVIEW_CHARS - 1] + "…" for t in texts]
    return out


class EncodingChooser(QGroupBox):
    """One radio button per likely encoding, each above the file's first differing lines read with it."""

    sig_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which text reads right?"))
        self.setObjectName("encodingChooser")
        self._layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("The file's text encoding could not be recognised for certain. "
                                    "Pick the one in which the names below read right:"))
        self.intro.setWordWrap(True)
        self._layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._toggled)
        self.radios: dict[str, QRadioButton] = {}
        self.previews: dict[str, QLabel] = {}
        self.setVisible(False)

    def set_choices(self, encodings: list[str], current: str | None) -> None:
        """The encodings to offer (nothing hides the box), the one the file is read with checked."""
        if list(self.radios) != list(encodings):
            for widget in (*self.radios.values(), *self.previews.values()):
                self._layout.removeWidget(widget)
                if isinstance(widget, QRadioButton):
                    self.group.removeButton(widget)
                widget.deleteLater()
            self.radios, self.previews = {}, {}
            for encoding in encodings:
                radio = QRadioButton(encoding_name(encoding))
                preview = QLabel(self.tr("Reading…"))
                preview.setStyleSheet("color: #33414f; margin-left: 22px; margin-bottom: 4px;")
                preview.setTextFormat(Qt.TextFormat.PlainText)
                self.group.addButton(radio)
                self._layout.addWidget(radio)
                self._layout.addWidget(preview)
                self.radios[encoding], self.previews[encoding] = radio, preview
        self.set_current(current)
        self.setVisible(bool(encodings))

    def set_current(self, encoding: str | None) -> None:
        radio = self.radios.get(encoding or "")
        if radio is not None and not radio.isChecked():
            self.group.blockSignals(True)
            radio.setChecked(True)
            self.group.blockSignals(False)

    def set_previews(self, previews: dict[str, list[list[str]] | str]) -> None:
        """Each encoding's top rows (or the error reading with it gave)."""
        for encoding, lines in preview_lines(previews).items():
            label = self.previews.get(encoding)
            if label is not None:
                label.setText("\n".join(lines) or self.tr("(no text)"))

    def current(self) -> str | None:
        return next((enc for enc, radio in self.radios.items() if radio.isChecked()), None)

    def _toggled(self, button, checked: bool) -> None:
        if checked:
            encoding = next(enc for enc, radio in self.radios.items() if radio is button)
            self.sig_chosen.emit(encoding)
