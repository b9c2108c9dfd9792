"""vCard 2.1, 3.0 and 4.0 files read as a table: a header row, then one row per card."""

from __future__ import annotations

import codecs
import io
import threading
from collections.abc import Iterator
from pathlib import Path

from crm_desktop.interchange.delimited import CHUNK, DetectedEncoding, TextTable, decoding, open_text
from crm_desktop.interchange.encodings import (
    HEAD_BYTES,
    SAMPLE_BYTES,
    EncodingChoice,
    choices_for,
    encoding_choices,
    sample_pieces,
    wide_encoding,
)
from crm_desktop.interchange.sheets import Cell
from crm_desktop.interchange.vcard_fields import HEADERS, card_fields, column_order
from crm_desktop.interchange.vcard_parse import cards, parse_line, value_bytes

__all__ = ["HEADERS", "VCardFile", "parse_line", "vcard_encoding_choices"]

_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# Header rows of recently read files by path, size, times and encoding: the wizard's preview and the import
# itself open the same file, and the first pass over a big one takes seconds.
_HEADER_CACHE: dict[tuple, list[str]] = {}
_CACHED_FILES = 8
_CACHE_LOCK = threading.Lock()  # the wizard reads files in worker threads


def vcard_encoding_choices(path: Path) -> list[EncodingChoice]:
    """The likeliest encodings of the values of a vCard file that name no CHARSET (see encoding_choices).

    Only those values count: quoted-printable ones decoded first (Outlook's 2.1 cards are ASCII files
    whose values are GBK or Windows-1252 bytes), those with a CHARSET of their own left out.
    """
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
        if wide_encoding(head):
            return encoding_choices(path)
        pieces = sample_pieces(f, head)
    values, budget = [], SAMPLE_BYTES
    for props in cards(line for piece in pieces for line in piece.split(b"\n")):
        for prop in props:
            if "CHARSET" in prop.params or prop.name in _BINARY or prop.transfer in ("B", "BASE64"):
                continue
            data = value_bytes(prop)
            if data and not data.isascii():
                values.append(data)
                budget -= len(data)
        if budget <= 0:
            break
    return choices_for(values) if values else [EncodingChoice("utf-8", True, ())]


class VCardFile(TextTable, DetectedEncoding):
    """A vCard file as one sheet; cards are parsed one at a time while the rows are read.

    The header row is HEADERS plus the columns some card needs (Mobile 2, District, NICKNAME...), found
    by a first pass over the file; each row has a value or "" under every header. Values are decoded
    with their own CHARSET, else with `encoding` (detected from the values without one when not given).
    """

    format = "vcard"

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self._set_encoding(encoding)
        codec = codecs.lookup(self.encoding).name
        self._wide = codec.startswith(("utf-16", "utf-32"))
        # UTF-16 files are read as text and handed on as UTF-8; a BOM is no part of a value.
        self._values_encoding = "utf-8" if self._wide or codec == "utf-8-sig" else self.encoding
        self._headers: list[str] | None = None

    def _detect(self) -> list[EncodingChoice]:
        return vcard_encoding_choices(self.path)

    def rows(self, sheet: str | None = None) -> Iterator[list[Cell]]:
        self._check(sheet)
        return self._rows()

    def headers(self) -> list[str]:
        """The header row: a pass over the whole file the first time, one card at a time."""
        if self._headers is None:
            stat = self.path.stat()
            key = (str(self.path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns,
                   self.encoding)
            with _CACHE_LOCK:
                headers = _HEADER_CACHE.get(key)
            if headers is None:
                seen: dict[str, None] = {}
                for fields in self._cards():
                    seen.update(dict.fromkeys(fields))
                headers = column_order(seen)
                with _CACHE_LOCK:
                    while len(_HEADER_CACHE) >= _CACHED_FILES:
                        del _HEADER_CACHE[next(iter(_HEADER_CACHE))]
                    _HEADER_CACHE[key] = headers
            self._headers = headers
        return self._headers

    def _rows(self) -> Iterator[list[Cell]]:
        headers = self.headers()
        yield list(headers)
        for fields in self._cards():
            yield [fields.get(header, "") for header in headers]

    def _cards(self) -> Iterator[dict[str, str]]:
        for props in cards(self._lines(), self._values_encoding):
            if (fields := card_fields(props)) is not None:
                yield fields

    def _lines(self) -> Iterator[bytes]:
        if self._wide:
            with decoding(self.path, self.encoding), open_text(self.path, self.encoding) as f:
                for line in f:
                    yield line.lstrip("\ufeff").encode("utf-8")
            return
        # Latin-1 maps bytes to characters one to one: the text layer only splits lines at CR, LF or
        # CRLF (old Macs wrote CR alone), which no byte of a GBK, Big5 or Shift_JIS character contains.
        with open(self.path, "rb") as raw, io.TextIOWrapper(raw, "latin-1", newline="") as f:
            for number, line in enumerate(f):
                data = line.encode("latin-1")
                yield data.removeprefix(codecs.BOM_UTF8) if number == 0 else data

    def estimated_rows(self, sheet: str | None = None) -> int:
        """Cards counted in the first megabyte, scaled to the file size; plus the header row."""
        self._check(sheet)
        with open(self.path, "rb") as f:
            data = f.read(CHUNK)
        found = codecs.getincrementaldecoder(self.encoding)("replace").decode(data).upper().count("BEGIN:VCARD")
        size = self.path.stat().st_size
        return 1 + (found if len(data) >= size else round(found * size / max(len(data), 1)))
