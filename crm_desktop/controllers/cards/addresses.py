"""A card's address as the contact keeps it: province, city and district split off a Chinese address by `cpca`
(its own place list, offline), the rest as the street; any other address whole as the street."""

from __future__ import annotations

import math
import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
_STREET_MAX = 200  # the column's width
_MUNICIPAL = "市辖区"  # cpca's city of a municipality (北京 上海 天津 重庆): the municipality itself


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value).strip() or None


def address_parts(address: str | None) -> dict[str, str | None]:
    """{province, city, district, street} (only those found); {} for no address."""
    if not address:
        return {}
    if not _HAN.search(address):
        return {"street": address[:_STREET_MAX]}
    try:
        import cpca  # type: ignore[import-untyped]
    except ImportError:  # the place list is missing from this copy: the address is kept whole
        return {"street": address[:_STREET_MAX]}
    row = cpca.transform([address]).to_dict("records")[0]
    province, city, district = _text(row.get("省")), _text(row.get("市")), _text(row.get("区"))
    if city == _MUNICIPAL:
        city = province
    street = _text(row.get("地址"))
    if not (province or city or district):
        return {"street": address[:_STREET_MAX]}
    return {"province": province, "city": city, "district": district,
            "street": (street or "")[:_STREET_MAX] or None}
