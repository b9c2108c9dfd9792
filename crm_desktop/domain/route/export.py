"""A route as others read it: text for QR codes (split to stay scannable), an iCalendar file, printable HTML.

Words go through `say(context, text)` (the window's Qt translation, or the command line's), so the marked sources
below are what the translators see.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.route.geo import DEVICE, EARLIER, UNKNOWN
from crm_desktop.domain.route.plan import DayRoute, RouteStop, times_in_order

Say = Callable[[str, str], str]
CONTEXT = "Route"
# A QR code holds up to 2,953 bytes, but one that big is too dense to scan from a screen or a print: each code
# carries at most this many bytes of UTF-8 (a Chinese character is 3), the route split across codes by stops.
QR_BYTES = 700
ELLIPSIS = "…"
NBSP = "\u00a0"
_WIDTHS = (3, 7, 16, 17, 27, 10, 20)  # per cent of the page, for the columns of COLUMNS

TITLE = QT_TRANSLATE_NOOP("Route", "Route for {day}")
TITLE_PART = QT_TRANSLATE_NOOP("Route", "Route for {day} ({part}/{parts})")
WGS84_NOTE = QT_TRANSLATE_NOOP(
    "Route", "Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and may show the point "
    "about 500 m away.")
CENTRE_NOTE = QT_TRANSLATE_NOOP(
    "Route", "Stops without a measured position are placed at the centre of their district (a few km off); "
    "distances are straight lines, roads are longer.")
STOP_OF = QT_TRANSLATE_NOOP("Route", "Stop {n} of {count}")
TOTAL = QT_TRANSLATE_NOOP("Route", "Total (straight line): {km} km")
COLUMNS = (QT_TRANSLATE_NOOP("Route", "#"), QT_TRANSLATE_NOOP("Route", "Time"),
           QT_TRANSLATE_NOOP("Route", "Customer"), QT_TRANSLATE_NOOP("Route", "Province / city / district"),
           QT_TRANSLATE_NOOP("Route", "Address"), QT_TRANSLATE_NOOP("Route", "Distance"),
           QT_TRANSLATE_NOOP("Route", "Coordinates"))
START_FROM = QT_TRANSLATE_NOOP("Route", "Start: {place}")
NO_STOPS = QT_TRANSLATE_NOOP("Route", "No visits on this day.")


def identity(_context: str, text: str) -> str:
    return text


def division(stop: RouteStop) -> str:
    """Province, city and district as one would write them (a municipality once: 北京市 朝阳区)."""
    address = stop.address
    parts = [p for p in (address.province, address.city, address.district) if p]
    return " ".join(p for i, p in enumerate(parts) if p not in parts[:i])


def street(stop: RouteStop) -> str:
    """What follows the district, or the whole text where it was not read."""
    return (stop.address.rest or "") if stop.address.parsed else stop.address.text


def km_text(km: float | None) -> str:
    return "" if km is None else f"{km:.1f} km"


def clock(stop: RouteStop) -> str:
    """The planned time of day, local; "" for a visit planned for the day only."""
    return stop.starts_at.astimezone().strftime("%H:%M") if stop.set_time else ""


def coordinates(stop: RouteStop) -> str:
    """Measured points only: a district's centre is no coordinate to drive to."""
    return stop.point.text() if stop.point is not None and stop.measured else ""


def stop_lines(stop: RouteStop, n: int) -> str:
    where = " ".join(p for p in (division(stop), street(stop)) if p)
    lines = [" ".join(p for p in (f"{n}.", clock(stop), stop.customer) if p)]
    if where:
        lines.append(where)
    if coordinates(stop):
        lines.append(f"WGS-84 {coordinates(stop)}")
    return "\n".join(lines)


def _fit(text: str, limit: int) -> str:
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = text
    while cut and len((cut + ELLIPSIS).encode("utf-8")) > limit:
        cut = cut[:-1]
    return cut + ELLIPSIS


def qr_texts(route: DayRoute, say: Say = identity, limit: int = QR_BYTES) -> list[str]:
    """The route as text for QR codes, numbered stops with their addresses: one text per code, none over `limit`
    bytes; a stop too long for a code alone is cut short (with "…")."""
    day = route.day.isoformat()
    heading = say(CONTEXT, TITLE).replace("{day}", day)
    room = limit - len(heading.encode("utf-8")) - 16  # "(9/9)" in any language, and the line breaks
    blocks = [_fit(stop_lines(stop, n), room) for n, stop in enumerate(route.stops, 1)]
    chunks: list[list[str]] = [[]]
    for block in blocks:
        used = sum(len(b.encode("utf-8")) + 1 for b in chunks[-1])
        if chunks[-1] and used + len(block.encode("utf-8")) > room:
            chunks.append([])
        chunks[-1].append(block)
    if len(chunks) == 1:
        return ["\n".join([heading, *chunks[0]])]
    parts = len(chunks)
    return ["\n".join([say(CONTEXT, TITLE_PART).replace("{day}", day).replace("{part}", str(k))
                       .replace("{parts}", str(parts)), *chunk]) for k, chunk in enumerate(chunks, 1)]


def ics_bytes(route: DayRoute, say: Say = identity, prodid: str = "-//FieldCRM//Route//EN") -> bytes:
    """An iCalendar file of the route: one event a stop, in route order, at the times that order gives (what
    applying it writes), with LOCATION, and GEO where the position was measured (WGS-84, as RFC 5545 says)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", say(CONTEXT, TITLE).replace("{day}", route.day.isoformat()))
    count = len(route.stops)
    for n, (stop, start, end) in enumerate(times_in_order(route), 1):
        event = Event()
        event.add("uid", f"{stop.activity_id}@fieldcrm")
        event.add("summary", f"{n}. {stop.customer}: {stop.subject}" if stop.subject else f"{n}. {stop.customer}")
        if stop.set_time:
            event.add("dtstart", start)
            event.add("dtend", end)
        else:  # planned for the day only: an all-day event, not one at midnight
            event.add("dtstart", start.astimezone().date())
        event.add("dtstamp", datetime.now().astimezone())
        location = " ".join(p for p in (division(stop), street(stop)) if p)
        if location:
            event.add("location", location)
        if stop.point is not None and stop.precision in (DEVICE, EARLIER):
            event.add("geo", (stop.point.latitude, stop.point.longitude))
        event.add("description", say(CONTEXT, STOP_OF).replace("{n}", str(n)).replace("{count}", str(count)))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def html(route: DayRoute, say: Say = identity) -> str:
    """A printable page: the day, where it starts, the stops in a table, the total and what the figures mean."""
    title = escape(say(CONTEXT, TITLE).replace("{day}", route.day.isoformat()))
    out = [f"<h2>{title}</h2>"]
    if route.start is not None and route.start.text:
        out.append(f"<p>{escape(say(CONTEXT, START_FROM).replace('{place}', route.start.text))}</p>")
    if not route.stops:
        out.append(f"<p>{escape(say(CONTEXT, NO_STOPS))}</p>")
        return "\n".join(out)
    head = "".join(f"<th align='left' width='{w}%'>{escape(say(CONTEXT, c))}</th>"
                   for c, w in zip(COLUMNS, _WIDTHS, strict=True))
    out.append(f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>")
    for n, stop in enumerate(route.stops, 1):
        cells = (str(n), clock(stop), stop.customer, division(stop), street(stop), km_text(stop.leg_km),
                 coordinates(stop))
        # Times, distances and coordinates stay on one line (no-break spaces); names and addresses wrap.
        out.append("<tr>" + "".join(f"<td>{escape(c.replace(' ', NBSP) if k in (1, 5, 6) else c)}</td>"
                                    for k, c in enumerate(cells)) + "</tr>")
    out.append("</table>")
    out.append(f"<p><b>{escape(say(CONTEXT, TOTAL).replace('{km}', f'{route.total_km:.1f}'))}</b></p>")
    if any(s.measured for s in route.stops):
        out.append(f"<p><small>{escape(say(CONTEXT, WGS84_NOTE))}</small></p>")
    if any(not s.measured and s.precision != UNKNOWN for s in route.stops):
        out.append(f"<p><small>{escape(say(CONTEXT, CENTRE_NOTE))}</small></p>")
    return "\n".join(out)
