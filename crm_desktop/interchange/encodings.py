"""Text encodings of imported files: BOM, UTF-16 by its NULs, UTF-8, else charset-normalizer on a sample."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

HEAD_BYTES = 256 * 1024  # detection reads this much of the beginning of a file ...
TAIL_BYTES = 64 * 1024  # ... and of its end (exports often add people with foreign names last)
SCAN_CHUNK = 1 << 20  # a file that starts all ASCII is scanned in pieces of this size for its first other byte
SAMPLE_BYTES = 64 * 1024  # lines with non-ASCII bytes given to the detector
PREVIEW_LINES = 5
CLOSE = 0.1  # candidates whose scores differ less than this are both offered to the user
MAX_CHOICES = 4
DAMAGED = 0.1  # score penalty of an encoding that fails on a few lines of the sample

# Legacy code pages that spreadsheet programs and phones write, the commoner first: the order breaks
# ties. Supersets stand for their subsets: GB18030 for GBK and GB2312, CP950 for Big5, CP932 for
# Shift_JIS, CP949 for EUC-KR, CP1252 for Latin-1 (which stays, last, for bytes CP1252 leaves undefined).
CANDIDATES = ("gb18030", "cp950", "cp932", "cp949", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254",
              "cp1257", "latin-1")
_DETECTOR_NAMES = {"latin-1": "latin_1"}

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CJK = frozenset({"gb18030", "cp950", "cp932", "cp949"})
RARITY_CHARS = 16 * 1024  # of the decoded sample, for the rarity measure (a Python loop)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORDS = re.compile(r"[^\W\d_]+")
# Punctuation that text in any of the candidates uses; only the first kind comes right before letters
# (£ukasz is Polish Łukasz read as CP1252).
_BEFORE_LETTERS = frozenset("\u00a0“”‘’‚„«»‹›¡¿–—…•·°")
_PUNCTUATION = _BEFORE_LETTERS | frozenset("€£¥§©®™×")
# CP1252's florin sign (Shift_JIS katakana read as CP1252 give ƒ^ƒiƒJ); Greek letters that CP1251's а and А become.
_RARE_LETTERS = frozenset("ƒΐΰ")
# Letters beyond ASCII of the languages the Latin code pages serve: German, French, Spanish, Portuguese,
# Italian, Catalan, Dutch, Danish and Norwegian, Swedish and Finnish, Polish, Czech, Slovak,
# Hungarian, Croatian and Slovenian, Romanian, Turkish, Lithuanian, Latvian, Estonian, Albanian.
_ALPHABETS = tuple(frozenset(a) for a in (
    "äöüß", "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "áâãàçéêíóôõú", "àèéìíîòóùú", "àçèéíïòóúü", "áéíóúàèëïöü",
    "æøåéó", "åäöéšž", "ąćęłńóśźż", "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "áéíóöőúüű",
    "čćđšž", "ăâîșțşţ", "çğıöşüâîûİ", "ąčęėįšųūž", "āčēģīķļņšūž", "äöõüšž", "çë"))


@dataclass(frozen=True)
class EncodingChoice:
    """An encoding a file may be in, for the import wizard to offer.

    encoding: a Python codec name that `checked_encoding` and `open_table(path, encoding)` accept.
    sure: whether detection is sure of it (only ever true on the first choice; then the wizard need not ask).
    preview: a few lines of the file decoded with it (the lines whose bytes are not ASCII, where the
        choices differ), undecodable bytes shown as U+FFFD.
    """

    encoding: str
    sure: bool
    preview: tuple[str, ...]


def bom_encoding(head: bytes) -> str | None:
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes on one side of the pairs (ASCII digits, commas, newlines)."""
    sample = head[:1024]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 4:
        return None
    if odd.count(0) > len(odd) // 10 and even.count(0) <= len(even) // 100:
        return "utf-16-le"
    if even.count(0) > len(even) // 10 and odd.count(0) <= len(odd) // 100:
        return "utf-16-be"
    return None


def detect_encoding(path: Path) -> str:
    """The likeliest encoding of a text file (see encoding_choices)."""
    return encoding_choices(path)[0].encoding


def encoding_choices(path: Path) -> list[EncodingChoice]:
    """The likeliest encodings of a text file, best first; never empty, at most MAX_CHOICES.

    A BOM, UTF-16 without one (NUL bytes), pure ASCII and valid UTF-8 are sure without asking
    charset-normalizer. Otherwise the lines with non-ASCII bytes among the first 256 KB and the last
    64 KB (and, for a file that starts all ASCII, the first piece that is not) are scored by
    charset-normalizer's mess and language measures plus how common the characters are in the
    encoding (GBK text read as Big5 gives rare characters). Each choice decodes that sample into
    a different text. Detection is unsure when a second choice scores close to the best, when the
    best leaves a line undecodable (a damaged or cut-off file), or when a UTF-8 file has lines that
    are not: the wizard then shows the previews of the choices and lets the user pick.
    """
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
        if wide := wide_encoding(head):
            return [EncodingChoice(wide, True, _head_preview(head, wide))]
        pieces = sample_pieces(f, head)
    lines = []
    for piece in pieces:
        budget = SAMPLE_BYTES // len(pieces)  # the tail has its say however foreign the head is
        for line in piece.split(b"\n"):
            if budget <= 0:
                break
            if not line.isascii():
                lines.append(line)
                budget -= len(line) + 1
    return choices_for(lines) if lines else [EncodingChoice("utf-8", True, _head_preview(head, "utf-8"))]


def wide_encoding(head: bytes) -> str | None:
    """UTF-8 with a BOM, UTF-16 or UTF-32 as the beginning of a file shows; None for other text."""
    return bom_encoding(head) or utf16_without_bom(head)


def sample_pieces(f: BinaryIO, head: bytes) -> list[bytes]:
    """Whole lines of the head, of the first piece with non-ASCII bytes after an all-ASCII head, and of the tail."""
    size = f.seek(0, 2)
    pieces, end = [_whole_lines(head, first=True, last=len(head) >= size)], len(head)
    if end < size and head.isascii():
        f.seek(end)
        while chunk := f.read(SCAN_CHUNK):
            end += len(chunk)
            if not chunk.isascii():
                pieces.append(_whole_lines(chunk, first=False, last=end >= size))
                break
    if end < size:
        f.seek(max(end, size - TAIL_BYTES))
        pieces.append(_whole_lines(f.read(), first=False, last=True))
    return pieces


def choices_for(lines: list[bytes]) -> list[EncodingChoice]:
    """The choices for some lines (or values) of text with non-ASCII bytes: see encoding_choices."""
    valid = [_decodes(line, "utf-8") for line in lines]
    if all(valid):
        return [EncodingChoice("utf-8", True, _preview("utf-8", lines))]
    if valid[0] and sum(valid) * 2 > len(valid):
        # Mostly UTF-8, some lines not: files pasted together. Reading stops at the first bad line, naming it.
        others = _ranked([line for line, ok in zip(lines, valid, strict=True) if not ok])
        ranked = [("utf-8", 0.0, True), *others]
    else:
        ranked = _ranked(lines)
    if not ranked:  # nothing decodes: the least damaged, so that reading names the first bad line
        best = min(CANDIDATES, key=lambda c: sum(not _decodes(line, c) for line in lines))
        return [EncodingChoice(best, False, _preview(best, lines))]
    (best, score, damaged), rest = ranked[0], ranked[1:]
    sure = not damaged and (not rest or rest[0][1] - score >= CLOSE)
    return [EncodingChoice(best, sure, _preview(best, lines)),
            *(EncodingChoice(c, False, _preview(c, lines)) for c, _, _ in rest[:MAX_CHOICES - 1])]


def _whole_lines(data: bytes, *, first: bool, last: bool) -> bytes:
    """Without the partial lines at a cut: a split line could end in half a character."""
    if not first:
        data = data.partition(b"\n")[2]
    if not last and b"\n" in data:
        data = data[:data.rindex(b"\n")]
    return data


def _decodes(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _head_preview(head: bytes, encoding: str) -> tuple[str, ...]:
    text = codecs.decode(head[:16 * 1024], encoding, "replace").lstrip("\ufeff")
    return tuple(text.splitlines()[:PREVIEW_LINES])


def _preview(encoding: str, lines: list[bytes]) -> tuple[str, ...]:
    return tuple(codecs.decode(line, encoding, "replace").strip("\r") for line in lines[:PREVIEW_LINES])


def _ranked(lines: list[bytes]) -> list[tuple[str, float, bool]]:
    """(encoding, score, damaged) of the candidates that read the lines, best (lowest score) first.

    One entry per distinct text: CP1252 and CP1250 read "Müller" alike, and the commoner name stands
    for both. A candidate that fails on very few lines is kept, scored on the others with a penalty
    and marked damaged: a cut-off GBK file must not go to a code page that reads any byte.
    """
    from charset_normalizer import from_bytes  # imported on first use: only files that need the detector pay

    names = {_DETECTOR_NAMES.get(c, c): c for c in CANDIDATES}
    best: dict[str, tuple[float, int, bool]] = {}

    def score(sample: bytes, candidates: list[str], penalty: float) -> set[str]:
        seen = set()
        for match in from_bytes(sample, cp_isolation=candidates, preemptive_behaviour=False):
            encodings = sorted((names[n] for n in match.could_be_from_charset if n in names), key=CANDIDATES.index)
            seen.update(encodings)
            if not encodings:
                continue
            text = sample.decode(encodings[0], "replace")
            value = 2 * match.chaos - 0.1 * match.coherence + _rarity(text, encodings[0]) + penalty
            new = (value, CANDIDATES.index(encodings[0]), penalty > 0)
            old = best.get(text, new)
            best[text] = (min(old[0], new[0]), min(old[1], new[1]), old[2] and new[2])
        return seen

    seen = score(b"\n".join(lines), list(names), 0.0)
    for name, encoding in names.items():
        good = [line for line in lines if _decodes(line, encoding)] if encoding not in seen else lines
        if 0 < len(lines) - len(good) <= max(1, len(lines) // 50):
            score(b"\n".join(good), [name], DAMAGED + (len(lines) - len(good)) / len(lines))
    ranked = sorted(best.values())
    return [(CANDIDATES[index], value, damaged) for value, index, damaged in ranked]


def _rarity(text: str, encoding: str) -> float:
    """How unlike real text in the encoding the decoded sample is: 0 for text that fits well, about 1 for noise.

    Sums the share of characters seldom seen in the encoding (rare ideographs, symbols inside words,
    capitals after small letters), the share of words mixing scripts, and for Latin text the share of
    accented letters that no single language's alphabet explains (Spanish ñ read as CP1250 gives a
    Polish ń among Czech á and í). Texts with common hanzi get a bonus (GBK 北京 read as Big5 gives 控儔).
    """
    text = text[:RARITY_CHARS]
    odd = [m.start() for m in _NON_ASCII.finditer(text)]
    if not odd:
        return 0.0
    rare = 0
    for i in odd:
        char, before, after = text[i], text[i - 1:i], text[i + 1:i + 2]
        if not _common(char, encoding):
            rare += 1
        elif char.isupper() and before.islower():
            rare += 1  # Greek ά read as CP1251 gives a capital Ь inside a word
        elif char == "ς" and after.isalpha():
            rare += 1  # a final sigma inside a word: Russian т read as CP1253
        elif not char.isalpha() and char not in _BEFORE_LETTERS and after.isalpha() and encoding not in _CJK:
            rare += 1
    words = mixed = 0
    letters: Counter[str] = Counter()
    han = frequent = 0
    for word in _WORDS.findall(text):
        if not word.isascii():
            scripts = {_script(c) for c in word}
            words += 1
            mixed += _mixes(scripts)
        for c in word:
            if c > "\x7f":
                script = _script(c)
                if script == "LATIN":
                    letters[c.lower() if len(c.lower()) == 1 else c] += 1
                elif script == "HAN":
                    han += 1
                    frequent += c in _frequent_han()
    score = rare / len(odd) + (mixed / words if words else 0.0)
    if letters:
        total = sum(letters.values())
        score += 1 - max(sum(n for c, n in letters.items() if c in alphabet) for alphabet in _ALPHABETS) / total
    return score - (0.2 * frequent / han if han else 0.0)


def _mixes(scripts: set[str]) -> bool:
    """Whether a word's scripts are an unlikely mix: Cyrillic Mьller, Korean-Chinese 檎츰, not Japanese 東京タワー."""
    if scripts & {"HAN", "KANA", "HANGUL"}:  # VIP客户, LG전자
        scripts -= {"LATIN", "FULLWIDTH", "HALFWIDTH"}
        if "HAN" in scripts:
            scripts.discard("KANA")
    return len(scripts) > 1


@lru_cache(maxsize=1)
def _frequent_han() -> frozenset[str]:
    """The few hundred commonest hanzi and kanji that charset-normalizer knows (not its documented API)."""
    try:
        from charset_normalizer.constant import COMMON_CJK_CHARACTERS
    except ImportError:
        return frozenset()
    return frozenset(COMMON_CJK_CHARACTERS)


@lru_cache(maxsize=8192)
def _common(char: str, encoding: str) -> bool:
    """Whether a character is among those text in the encoding mostly consists of (its first-level set)."""
    if encoding not in _CJK:
        return char not in _RARE_LETTERS and (char.isalpha() or char in _PUNCTUATION or not char.isprintable())
    try:
        data = char.encode(encoding)
    except UnicodeEncodeError:  # U+FFFD of a damaged line
        return False
    lead = data[0]
    if encoding == "gb18030":  # GB2312 punctuation, full-width forms and level-1 hanzi; 4-byte hanzi (𠀀)
        if len(data) == 4:
            return _script(char) == "HAN"  # other bytes seldom form these sequences by chance
        return len(data) == 2 and data[1] >= 0xA1 and (0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xD7)
    if encoding == "cp950":  # Big5 punctuation and frequent hanzi
        return len(data) == 2 and 0xA1 <= lead <= 0xC6
    if encoding == "cp932":  # JIS symbols, kana and level-1 kanji; half-width katakana
        return len(data) == 1 or 0x81 <= lead <= 0x83 or 0x889F <= int.from_bytes(data, "big") <= 0x9872
    return len(data) == 2 and data[1] >= 0xA1 and (0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xC8)  # KS X 1001


@lru_cache(maxsize=8192)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "IDEOGRAPHIC")):
        return "HAN"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "KANA"
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH KANA"  # not with kanji in a word: GBK read as CP932 gives ﾏ摠ﾛｲｿ
    return name.split(" ", 1)[0]
