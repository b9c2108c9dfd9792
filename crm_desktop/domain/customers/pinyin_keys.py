"""Pinyin search keys for Chinese names: full pinyin and initials, every reading of polyphones."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from crm_desktop.domain.customers.names import contains_cjk

# A three-character name of polyphones has dozens of readings; a rep types one of the first
# few, and the index should not balloon.
MAX_VARIANTS = 8
# Past this many characters (company names) readings vary one character at a time.
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
    from pypinyin import Style, pinyin  # its phrase dictionary takes 0.15 s to load: not at start-up

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings: list[str] = []
    for reading in found[0] if found else []:
        reading = reading.replace("ü", "v")
        if reading and reading not in readings:
            readings.append(reading)
    return tuple(readings) or (char,)


def _ordered_readings(chars: list[str]) -> list[tuple[str, ...]]:
    """Per character: its most common (or surname) reading first, then the others.

    Character by character rather than pypinyin's phrase segmentation: ten times faster
    (demo data and re-indexing touch a million names), and the alternatives are indexed too.
    """
    ordered = [_readings(c) for c in chars]
    surname = _SURNAME_READINGS.get(chars[0])
    if surname:
        ordered[0] = (surname, *(r for r in ordered[0] if r != surname))
    return ordered


def first_readings(chars: str) -> tuple[str, ...]:
    """The first reading of each of `chars` (Chinese characters only): a name's pinyin as a rep would
    first type it, one syllable per character (the first variant of pinyin_keys)."""
    return tuple(r[0] for r in _ordered_readings(list(chars))) if chars else ()


def _variant_indexes(options: list[tuple[str, ...]]) -> list[tuple[int, ...]]:
    """Reading choices, fewest alternatives first; long names vary one character at a time."""
    if len(options) <= MAX_POLYPHONE_CHARS:
        return sorted(product(*(range(len(o)) for o in options)), key=lambda i: sum(x > 0 for x in i))
    base = [0] * len(options)
    combos = [tuple(base)]
    for pos, readings in enumerate(options):
        for alt in range(1, len(readings)):
            combos.append(tuple(alt if p == pos else 0 for p in range(len(options))))
    return combos


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
    if all(len(o) == 1 for o in options):  # the common case: no polyphones
        return ("".join(o[0] for o in options),), ("".join(o[0][0] for o in options),)
    index_combos = _variant_indexes(options)
    fulls: list[str] = []
    initials: list[str] = []
    # Company names are long: their alternatives add much text to the index and little recall.
    cap = MAX_VARIANTS if len(chars) <= MAX_POLYPHONE_CHARS else 1
    for idx in index_combos[:cap]:
        combo = [options[pos][i] for pos, i in enumerate(idx)]
        full = "".join(combo)
        if full not in fulls:
            fulls.append(full)
        initial = "".join(r[0] for r in combo)
        if initial not in initials:
            initials.append(initial)
    return tuple(fulls), tuple(initials)
