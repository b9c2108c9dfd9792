"""Pinyin search keys for Chinese names: full pinyin and initials, every reading of polyphones."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from pypinyin import Style, lazy_pinyin, pinyin

from crm_desktop.domain.names import contains_cjk

# A three-character name of polyphones has dozens of readings; a rep types one of the first
# few, and the index should not balloon.
MAX_VARIANTS = 8
# Past this many characters (company names) only the contextual reading is indexed.
MAX_POLYPHONE_CHARS = 4
# Surnames read differently from the character's everyday reading.
_SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "区": "ou", "查": "zha", "解": "xie", "仇": "qiu", "朴": "piao",
    "盖": "ge", "尉": "yu", "乐": "yue", "缪": "miao", "覃": "qin", "召": "shao", "繁": "po",
    "员": "yun", "种": "chong", "翟": "zhai", "长": "chang", "重": "chong", "万": "wan",
}


@lru_cache(maxsize=32768)
def _readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one Chinese character, dictionary order."""
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings: list[str] = []
    for reading in found[0] if found else []:
        reading = reading.replace("ü", "v")
        if reading and reading not in readings:
            readings.append(reading)
    return tuple(readings) or (char,)


def _ordered_readings(chars: list[str]) -> list[tuple[str, ...]]:
    """Per character: the contextual (or surname) reading first, then the others."""
    contextual = [r.replace("ü", "v") for r in lazy_pinyin("".join(chars), style=Style.NORMAL)]
    if len(contextual) != len(chars):
        contextual = [_readings(c)[0] for c in chars]
    if chars[0] in _SURNAME_READINGS:
        contextual[0] = _SURNAME_READINGS[chars[0]]
    ordered = []
    for char, first in zip(chars, contextual, strict=True):
        rest = tuple(r for r in _readings(char) if r != first)
        ordered.append((first, *rest) if len(chars) <= MAX_POLYPHONE_CHARS else (first,))
    return ordered


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(full pinyin variants, initials variants) of the Chinese characters in `name`.

    `张伟` -> (('zhangwei',), ('zw',)); `曾伟` -> (('zengwei', 'cengwei'), ('zw', 'cw')).
    Variants with fewer alternative readings come first. Names without Chinese characters
    have no pinyin keys (the name itself is searched).
    """
    chars = [c for c in name if contains_cjk(c)]
    if not chars:
        return (), ()
    options = _ordered_readings(chars)
    index_combos = sorted(
        product(*(range(len(o)) for o in options)), key=lambda idx: sum(i > 0 for i in idx)
    )
    fulls: list[str] = []
    initials: list[str] = []
    for idx in index_combos[:MAX_VARIANTS]:
        combo = [options[pos][i] for pos, i in enumerate(idx)]
        full = "".join(combo)
        if full not in fulls:
            fulls.append(full)
        initial = "".join(r[0] for r in combo)
        if initial not in initials:
            initials.append(initial)
    return tuple(fulls), tuple(initials)
