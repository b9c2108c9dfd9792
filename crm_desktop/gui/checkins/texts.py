"""Check-ins in words: the server's doubts, the chain's state, where a position came from, coordinates shown
honestly (WGS-84 from the device; Chinese maps use GCJ-02 / BD-09), and a visit's duration."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.gui.common.formats import number_text
from crm_protocol.rules.checkins import (
    ADDRESS,
    BEFORE_PREVIOUS,
    CLOCK_AHEAD,
    CLOCK_OFF,
    DEVICE,
    EDITED,
    FAR,
    LATE,
    MISSING_PREVIOUS,
    OUT_BEFORE_IN,
    SPEED,
    Doubt,
)


def minutes_text(minutes: int) -> str:
    """"95 min" up to two hours, then "3 h 20 min", then days."""
    if minutes < 120:
        return QCoreApplication.translate("CheckIns", "%1 min").replace("%1", number_text(minutes))
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        return (QCoreApplication.translate("CheckIns", "%1 h %2 min").replace("%1", number_text(hours))
                .replace("%2", number_text(rest)))
    return QCoreApplication.translate("CheckIns", "%1 days").replace("%1", number_text(minutes // (24 * 60)))


def duration_text(span: timedelta) -> str:
    return minutes_text(max(0, int(span.total_seconds() // 60)))


# code -> (what it says, whether its number is minutes); %1 is the number.
_DOUBTS = {
    CLOCK_AHEAD: (QT_TRANSLATE_NOOP("CheckIns", "Device clock %1 ahead of the server's"), True),
    CLOCK_OFF: (QT_TRANSLATE_NOOP("CheckIns", "Device clock %1 ahead of the server's when it sent this check-in"),
                True),
    LATE: (QT_TRANSLATE_NOOP("CheckIns", "Arrived %1 after its time (offline, or the device clock is behind)"), True),
    BEFORE_PREVIOUS: (QT_TRANSLATE_NOOP("CheckIns", "%1 earlier than the check-in before it (the clock went back)"),
                      True),
    SPEED: (QT_TRANSLATE_NOOP("CheckIns", "Implausible journey since the previous check-in: %1 km/h"), False),
    OUT_BEFORE_IN: (QT_TRANSLATE_NOOP("CheckIns", "Checked out %1 before checking in"), True),
    FAR: (QT_TRANSLATE_NOOP("CheckIns", "%1 km from where this customer was measured before"), False),
}


def doubt_text(doubt: Doubt) -> str:
    if doubt.code == CLOCK_OFF and doubt.number < 0:
        behind = QCoreApplication.translate("CheckIns",
                                            "Device clock %1 behind the server's when it sent this check-in")
        return behind.replace("%1", minutes_text(-doubt.number))
    known = _DOUBTS.get(doubt.code)
    if known is None:
        return f"{doubt.code} {doubt.number}"  # a doubt a newer server knows: shown as stored
    text, in_minutes = known
    number = minutes_text(doubt.number) if in_minutes else number_text(doubt.number)
    return QCoreApplication.translate("CheckIns", text).replace("%1", number)


def doubts_text(doubts: tuple[Doubt, ...] | list[Doubt]) -> str:
    return "; ".join(doubt_text(d) for d in doubts)


def chain_text(broken: str | None) -> str:
    if broken is None:
        return QCoreApplication.translate("CheckIns", "Intact")
    if broken == EDITED:
        return QCoreApplication.translate("CheckIns", "Changed after it was made")
    if broken == MISSING_PREVIOUS:
        return QCoreApplication.translate("CheckIns", "The check-in before it is missing or was changed")
    return broken


def source_text(source: str, accuracy_m: float | None = None) -> str:
    if source == DEVICE:
        if accuracy_m is None:
            return QCoreApplication.translate("CheckIns", "Measured")
        return QCoreApplication.translate("CheckIns", "Measured (±%1 m)").replace("%1", number_text(round(accuracy_m)))
    if source == ADDRESS:
        return QCoreApplication.translate("CheckIns", "Not measured: the customer's address")
    return QCoreApplication.translate("CheckIns", "Not measured")


def coordinates_text(latitude: float | None, longitude: float | None) -> str:
    """Degrees with six decimals (about 10 cm), latitude first, as the device gave them."""
    if latitude is None or longitude is None:
        return ""
    return f"{latitude:.6f}, {longitude:.6f}"


def wgs84_note() -> str:
    return QCoreApplication.translate(
        "CheckIns", "Coordinates are WGS-84, from the device. Chinese maps (高德 Amap, 百度 Baidu) use GCJ-02 or "
                    "BD-09: there a point may look about 500 m off.")
