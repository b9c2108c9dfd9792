"""Spreadsheet cells as the text a rep sees in Excel, whatever type the reader returned."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

# Export prefixes these with an apostrophe so Excel does not run them as a formula
# (interchange.cells.FORMULA_STARTS; repeated here because the domain does not import interchange).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A byte-order mark or zero-width space pasted from the web is invisible but breaks matching.
_INVISIBLE = "\ufeff\u200b"


def cell_text(value: object) -> str:
    """`13800138000.0` -> "13800138000", dates -> ISO, None -> "", text stripped."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.strip().strip(_INVISIBLE).strip()
        if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_STARTS:
            return text[1:].strip()
        return text
    # bool before int: True is an int, but Excel shows it as TRUE.
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        spec = "minutes" if value.second == 0 and value.microsecond == 0 else "seconds"
        return value.isoformat(sep=" ", timespec=spec)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _float_text(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    if value.is_integer():
        return str(int(value))
    # Excel keeps 15 significant digits; more would show binary noise (0.30000000000000004).
    return f"{value:.15g}"
