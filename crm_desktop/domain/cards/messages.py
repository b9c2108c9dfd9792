"""What the window and the command line say about a card image (translated in the "Cards" context)."""

from __future__ import annotations

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP

TR_CONTEXT = "Cards"
NO_FILE = QT_TRANSLATE_NOOP("Cards", "There is no file {file}.")
NOT_READABLE = QT_TRANSLATE_NOOP("Cards", "The file {file} cannot be read: {reason}")
NOT_IMAGE = QT_TRANSLATE_NOOP("Cards", "{file} is not an image this app can read (use a JPEG, PNG, BMP, TIFF or WebP "
                                       "photo or scan of the card).")
TOO_LARGE = QT_TRANSLATE_NOOP("Cards", "{file} is too large for a card image ({size} MB; at most {limit} MB).")
NOTHING_FOUND = QT_TRANSLATE_NOOP("Cards", "No text was recognised on this image. Try a sharper photo, taken "
                                           "straight on, with the card filling most of it.")
NO_FIELDS = QT_TRANSLATE_NOOP("Cards", "Text was found, but nothing on it reads as a name, company, phone or "
                                       "e-mail address.")
DAMAGED = QT_TRANSLATE_NOOP("Cards", "The image {file} is damaged or incomplete (perhaps it was not copied in full).")
OCR_MISSING = QT_TRANSLATE_NOOP("Cards", "Card reading is not installed with this copy of the app "
                                         "(rapidocr-onnxruntime is missing).")
ENGLISH_NAME = QT_TRANSLATE_NOOP("Cards", "English name: {name}")
