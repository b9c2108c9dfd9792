"""Chinese addresses read into province, city and district by cpca, with its approximate centre of each division.

cpca (and pandas, which its `transform` pulls in) is loaded once, on first use, under a lock: the window calls this
from the job runner, never from the GUI thread. Nothing is downloaded: cpca ships its table of divisions. An address
that is not Chinese (no Chinese characters, or another country given) is never handed to cpca and stays unparsed.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.route.geo import CITY, DISTRICT, PROVINCE, UNKNOWN, Point, valid_point

_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Countries an address may name that cpca reads; any other country leaves the address unparsed.
_CHINA = {"", "cn", "chn", "china", "prc", "中国", "中华人民共和国", "中國", "people's republic of china",
          "hk", "hong kong", "香港", "mo", "macau", "macao", "澳门"}
# cpca names a municipality's city level "市辖区" (or "县"): the province (北京市) is the city a person means.
_NO_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# District names several cities have, read without a province or city: the one in the biggest city is meant far
# more often (cpca would take 长春's 朝阳区 for "朝阳区建国路"). A province or city in the text still decides.
_LIKELY = {"朝阳区": "110105", "宝山区": "310113", "西湖区": "330106", "鼓楼区": "320106", "江北区": "500105"}

log = logging.getLogger(__name__)
_lock = threading.Lock()
_module: Any = None
_missing = False  # cpca failed to import: not tried again


@dataclass(frozen=True)
class Address:
    """What the route knows of a stop's address: the text as written, and the divisions cpca read in it."""

    text: str
    province: str | None = None
    city: str | None = None
    district: str | None = None
    rest: str | None = None  # the street, number, building: what follows the district
    adcode: str | None = None  # the division's code (6 digits): district, else city, else province
    centre: Point | None = None  # cpca's centre of the finest division read
    centre_level: str = UNKNOWN  # DISTRICT, CITY, PROVINCE or UNKNOWN

    @property
    def parsed(self) -> bool:
        return self.adcode is not None

    def group(self) -> tuple[str, str, str]:
        """Province, city and district for grouping stops that have no coordinates ("" where not known)."""
        return self.province or "", self.city or "", self.district or ""


def compose(parts: Sequence[str | None]) -> str:
    """Address fields (province, city, district, street, largest first) as one line; a part the street already
    holds is not repeated ("朝阳区" and "朝阳区建国路88号" give "朝阳区建国路88号")."""
    kept: list[str] = []
    cleaned = [p.strip() for p in parts if p and p.strip()]
    for index, part in enumerate(cleaned):
        if any(part in later for later in cleaned[index + 1:]):
            continue
        kept.append(part)
    latin = all(not _CHINESE.search(p) for p in kept)
    return (", " if latin else "").join(reversed(kept) if latin else kept)


def is_chinese(text: str, country: str | None = None) -> bool:
    """Worth handing to cpca: Chinese characters, and no other country named."""
    if country is not None and country.strip().lower() not in _CHINA:
        return False
    return bool(_CHINESE.search(text))


def loaded() -> bool:
    return _module is not None


def _cpca() -> Any:
    """cpca, imported once (it reads its division table then: about 0.1 s; pandas at the first parse). None where
    it cannot load (it reads its table through setuptools' pkg_resources): addresses then stay unparsed."""
    global _module, _missing
    with _lock:
        if _module is None and not _missing:
            try:
                _module = importlib.import_module("cpca")
            except ImportError:
                log.warning("cpca cannot be imported: addresses are not read into districts", exc_info=True)
                _missing = True
        return _module


def parse_many(texts: Sequence[str], countries: Sequence[str | None] | None = None) -> list[Address]:
    """Each text as an Address; the Chinese ones read in one call to cpca, the others left unparsed."""
    countries = countries if countries is not None else [None] * len(texts)
    out = [Address(text.strip()) for text in texts]
    wanted = [i for i, (text, country) in enumerate(zip(texts, countries, strict=True)) if is_chinese(text, country)]
    if not wanted:
        return out
    cpca = _cpca()
    if cpca is None:
        return out
    with _lock:  # cpca's matcher keeps state while it scans: one scan at a time
        records = cpca.transform([texts[i] for i in wanted], umap=_LIKELY).to_dict("records")
    for i, record in zip(wanted, records, strict=True):
        out[i] = _address(cpca, texts[i].strip(), record)
    return out


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None  # pandas gives NaN for a missing part


def _address(cpca: Any, text: str, record: dict[str, object]) -> Address:
    adcode = _text(record.get("adcode"))
    if adcode is None:
        return Address(text)
    province, city, district = _text(record.get("省")), _text(record.get("市")), _text(record.get("区"))
    if city in _NO_CITY:
        city = province if province and province.endswith("市") else None
    centre, level = _centre(cpca, adcode)
    return Address(text, province, city, district, _text(record.get("地址")), adcode, centre, level)


def _centre(cpca: Any, adcode: str) -> tuple[Point | None, str]:
    """The finest division's centre cpca has (a municipality's "市辖区" has none: its province's is taken)."""
    table = getattr(cpca, "ad_2_addr_dict", {})
    tries = [(adcode, DISTRICT if not adcode.endswith("00") else CITY if not adcode.endswith("0000") else PROVINCE),
             (adcode[:4] + "00", CITY), (adcode[:2] + "0000", PROVINCE)]
    for code, level in tries:
        info = table.get(code.ljust(12, "0"))
        if info is None:
            continue
        try:
            point = valid_point(float(info.latitude), float(info.longitude))
        except (TypeError, ValueError):
            continue
        if point is not None:
            return point, level
    return None, UNKNOWN
