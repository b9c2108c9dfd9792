"""vCard lines as properties: unfolding, parameters, quoted-printable and base64 values, charsets, escapes."""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crm_desktop.interchange.delimited import DECODE_FAILED
from crm_desktop.interchange.errors import InterchangeError

_TRANSFER = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}  # vCard 2.1 may name them without ENCODING=
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_CARETS = {"n": "\n", "^": "^", "'": '"'}
_CARET = re.compile(r"\^([n^'])")  # RFC 6868 escapes in parameter values
_KEY = re.compile(rb'(?:[^":]+|"[^"]*")*')  # up to the first colon outside a quoted parameter value
_NAME = re.compile(r"(?:[\w-]+\.)?[\w-]+", re.ASCII)
_ANDROID_LABEL = re.compile(r"X-CUSTOM\((.*)\)$", re.I | re.DOTALL)
# CHARSET labels -> the codec that reads what their writers really put under them: Outlook's GB2312 is
# GBK, Windows' Big5 and Shift_JIS have vendor additions, ISO-8859-1 is read as Windows-1252 (as browsers do).
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "shift_jis": "cp932", "euc_kr": "cp949",
              "iso8859-1": "cp1252", "ascii": "utf-8"}


@dataclass
class Property:
    name: str  # upper case, without its group
    raw: bytes  # the value as written: still escaped, possibly quoted-printable or base64
    group: str = ""  # "item1" of Apple's "item1.TEL"
    params: dict[str, str] = field(default_factory=dict)  # upper-case keys
    types: set[str] = field(default_factory=set)  # lower case, from TYPE= and 2.1 bare parameters
    encoding: str = "utf-8"  # the file's, for values without CHARSET
    line: int = 0  # where the property starts in the file
    label: str = ""  # Android 2.1's TEL;X-CUSTOM(...) label

    @property
    def transfer(self) -> str:
        return self.params.get("ENCODING", "").upper()


def parse_line(line: bytes | str, encoding: str = "utf-8", number: int = 0) -> Property | None:
    """`group.NAME;PARAM=x;BARE:value`; None for a line without a property (stray base64 data)."""
    if isinstance(line, str):
        line, encoding = line.encode("utf-8"), "utf-8"
    colon = _KEY.match(line).end()
    if line[colon:colon + 1] != b":":  # an unbalanced quote: the first colon then
        colon = line.find(b":")
    if colon < 0:
        return None
    key, value = line[:colon].decode(encoding, "replace"), line[colon + 1:]
    name, *params = _split_unquoted(key, ";") if '"' in key else key.split(";")
    name = name.strip()
    if not _NAME.fullmatch(name):
        return None  # a line of a value some writer did not fold
    group, _, name = name.rpartition(".")
    prop = Property(name.upper(), value, group, encoding=encoding, line=number)
    for param in params:
        pname, eq, pvalue = param.partition("=")
        pname = pname.strip().upper()
        if pname.startswith("X-CUSTOM("):
            if label := _ANDROID_LABEL.match(param.strip()):
                prop.label = _android_label(label.group(1))
        elif not eq:
            if pname in _TRANSFER:
                prop.params["ENCODING"] = pname
            elif pname:
                prop.types.add(pname.lower())
        elif pname == "TYPE":
            prop.types.update(t.strip().lower() for t in pvalue.strip().strip('"').split(",") if t.strip())
        else:
            pvalue = pvalue.strip().strip('"')
            prop.params[pname] = _CARET.sub(lambda m: _CARETS[m.group(1)], pvalue) if "^" in pvalue else pvalue
    return prop


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts, start, quoted = [], 0, False
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _android_label(inner: str) -> str:
    """TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=8A=9E=E5=85=AC): the label 办公."""
    *settings, label = inner.split(",")
    options = dict(s.partition("=")[::2] for s in settings)
    if options.get("ENCODING", "").upper() != "QUOTED-PRINTABLE":
        return label
    data = quopri.decodestring(label.encode("latin-1", "replace"))
    return _decoded(data, options.get("CHARSET"), "utf-8")


def _is_quoted_printable(line: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in _KEY.match(line).group().upper()


def logical_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """(number of the first physical line, line) with continuation lines (leading space or tab) and
    quoted-printable soft line breaks joined."""
    current, start = None, 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip(b"\r\n")
        if current is not None and current.endswith(b"=") and _is_quoted_printable(current):
            current = current[:-1] + line
        elif current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
        else:
            if current is not None:
                yield start, current
            current, start = line, number
    if current is not None:
        yield start, current


def cards(lines: Iterable[bytes], encoding: str = "utf-8") -> Iterator[list[Property]]:
    """The properties of each card, one card at a time; nested cards (2.1 AGENT) are skipped."""
    props, depth = None, 0
    for number, line in logical_lines(lines):
        prop = parse_line(line, encoding, number) if line.strip() else None
        if prop is None:
            continue
        marker = prop.raw.strip().upper() == b"VCARD"
        if prop.name == "BEGIN" and marker:
            depth += 1
            if depth == 1:
                props = []
        elif prop.name == "END" and marker:
            depth = max(depth - 1, 0)
            if depth == 0 and props is not None:
                yield props
                props = None
        elif depth == 1 and props is not None:
            props.append(prop)
    if props:
        yield props  # the last card lacks END:VCARD


def value_bytes(prop: Property) -> bytes | None:
    """The value's bytes after quoted-printable or base64 decoding; None for base64 that is not."""
    if prop.transfer in ("QUOTED-PRINTABLE", "QP"):
        return quopri.decodestring(prop.raw)
    if prop.transfer in ("B", "BASE64"):
        try:
            return base64.b64decode(b"".join(prop.raw.split()))
        except (binascii.Error, ValueError):
            return None
    return prop.raw


def text(prop: Property) -> str:
    """The value decoded with its CHARSET (else the file's encoding); still escaped.

    8-bit text without a CHARSET that the file's encoding cannot read is an error naming the line,
    as for CSV; a CHARSET that does not fit falls back to the file's encoding, then UTF-8.
    """
    data = value_bytes(prop)
    if data is None:
        return ""
    if data.isascii():
        return data.decode("ascii")
    charset = prop.params.get("CHARSET")
    if charset is None and prop.transfer not in ("QUOTED-PRINTABLE", "QP", "B", "BASE64"):
        try:
            return data.decode(prop.encoding)
        except UnicodeDecodeError:
            raise InterchangeError(DECODE_FAILED, line=prop.line, encoding=prop.encoding.upper()) from None
    return _decoded(data, charset, prop.encoding)


def _decoded(data: bytes, charset: str | None, fallback: str) -> str:
    chosen = _codec(charset) if charset else None
    for name in (chosen, fallback, "utf-8"):
        if name:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                continue
    return data.decode(chosen or fallback, "replace")


def _codec(charset: str) -> str | None:
    try:
        name = codecs.lookup(charset.strip()).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def components(value: str, separator: str = ";") -> list[str]:
    """Split a structured value (N, ORG, ADR; CATEGORIES at commas) at unescaped separators, then unescape."""
    parts, buffer, chars = [], [], iter(value)
    for char in chars:
        if char == "\\":
            buffer.append(char + next(chars, ""))
        elif char == separator:
            parts.append(unescape("".join(buffer)).strip())
            buffer = []
        else:
            buffer.append(char)
    parts.append(unescape("".join(buffer)).strip())
    return parts
