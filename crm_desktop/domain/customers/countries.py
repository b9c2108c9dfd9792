"""A row's country column as a phone region: names in the languages imports meet, ISO codes, dial codes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import phonenumbers

from crm_desktop.domain.customers.names import to_simplified

# Languages whose country names appear in exports our users bring (Babel's CLDR names).
_LANGUAGES = ("en", "zh", "zh_Hant", "de", "fr", "es", "ja", "it", "pt", "nl", "ru", "ko")
# Names people write that CLDR does not list as the territory's name.
_EXTRA = {
    "uk": "GB", "england": "GB", "great britain": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "america": "US", "united states of america": "US",
    "prc": "CN", "mainland china": "CN", "p.r. china": "CN", "p.r.china": "CN", "中华人民共和国": "CN",
    "中国大陆": "CN", "大陆": "CN", "内地": "CN", "中国香港": "HK", "香港特别行政区": "HK", "中国澳门": "MO",
    "中国台湾": "TW", "台湾省": "TW", "brd": "DE", "germany (deutschland)": "DE", "south korea": "KR",
    "韩国": "KR", "korea": "KR", "russia": "RU", "uae": "AE", "holland": "NL",
}
_SPACES = re.compile(r"\s+")
_DIAL_CODE = re.compile(r"^\+?(\d{1,3})$")


def _key(text: str) -> str:
    return _SPACES.sub(" ", to_simplified(unicodedata.normalize("NFKC", text)).strip().casefold())


@cache
def _names() -> dict[str, str]:
    from babel import Locale  # CLDR tables load in ~50 ms: only when a country column is read

    names: dict[str, str] = {}
    regions = phonenumbers.SUPPORTED_REGIONS
    for language in _LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in regions:
                names.setdefault(_key(name), code)
    for code in regions:
        names.setdefault(code.casefold(), code)
    names.update({_key(k): v for k, v in _EXTRA.items()})
    return names


@cache
def region_of_country(text: str | None) -> str | None:
    """ISO region for "Deutschland", "德国", "ドイツ", "DE", "+49" or "United Kingdom"; None if unknown."""
    if not text:
        return None
    key = _key(text)
    if not key:
        return None
    if found := _names().get(key):
        return found
    if dial := _DIAL_CODE.match(key):
        region = phonenumbers.region_code_for_country_code(int(dial.group(1)))
        return None if region == "ZZ" else region
    return None
