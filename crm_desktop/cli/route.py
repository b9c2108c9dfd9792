"""Command line of a day's route: `crm route [--date DATE] [--start PLACE] [--json] [--ics OUT] [--qr OUT]`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.cli.errors import translated
from crm_desktop.domain.common.validation import QT_TRANSLATE_NOOP
from crm_desktop.domain.route import export
from crm_desktop.domain.route.plan import DayRoute

CANNOT_WRITE = QT_TRANSLATE_NOOP("Route", "Cannot write {file}: {reason}")
WROTE = QT_TRANSLATE_NOOP("Route", "Written: {file}")


def add_commands(sub: Any) -> None:
    route = sub.add_parser("route", help="the day's visits in the order that shortens the way; .ics and QR codes",
                           description="Visits (and meetings with a place) of the day, addresses read into province,"
                                       " city and district, ordered by straight-line distance. Coordinates are"
                                       " WGS-84 from devices; Chinese maps use GCJ-02.")
    route.add_argument("--date", dest="day", type=_date, default=None, metavar="DATE",
                       help="the day, YYYY-MM-DD (default: today)")
    route.add_argument("--start", default=None, metavar="PLACE",
                       help="where the day starts: an address, or 'LAT,LON' in WGS-84 degrees")
    route.add_argument("--ignore-times", action="store_true",
                       help="reorder visits planned at a time of day too (default: they keep their time order)")
    route.add_argument("--as-planned", action="store_true", help="keep the planned time order; do not optimise")
    route.add_argument("--json", action="store_true")
    route.add_argument("--ics", type=Path, default=None, metavar="OUT.ics", help="write the route as iCalendar")
    route.add_argument("--qr", type=Path, default=None, metavar="OUT.png|svg",
                       help="write the route as QR code(s); a long route gives OUT-1, OUT-2, …")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def cmd_route(app: Any, args: argparse.Namespace) -> int:
    language = args.lang or "en"

    def say(context: str, text: str) -> str:
        return translated(language, context, text)

    route = app.route.plan(args.day, args.start, keep_times=not args.ignore_times, optimise=not args.as_planned)
    written: list[Path] = []
    try:
        if args.ics is not None:
            written.append(app.route.write_ics(route, args.ics, say))
        if args.qr is not None:
            written.extend(app.route.write_qr(route, args.qr, say))
    except OSError as error:
        target = error.filename or (args.qr if args.ics is None or written else args.ics)
        print("crm: " + say("Route", CANNOT_WRITE).replace("{file}", str(target))
              .replace("{reason}", error.strerror or str(error)), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(_as_json(route, written), ensure_ascii=False))
        return 0
    print(say("Route", export.TITLE).replace("{day}", route.day.isoformat()))
    if route.start is not None:
        print(say("Route", export.START_FROM).replace("{place}", route.start.text))
    if not route.stops:
        print(say("Route", export.NO_STOPS))
    for n, stop in enumerate(route.stops, 1):
        print("\t".join([str(n), export.clock(stop), stop.customer, export.division(stop),
                         export.street(stop), export.km_text(stop.leg_km), export.coordinates(stop)]))
    if route.stops:
        print(say("Route", export.TOTAL).replace("{km}", f"{route.total_km:.1f}"))
    if any(s.measured for s in route.stops):
        print(say("Route", export.WGS84_NOTE))
    for path in written:
        print(say("Route", WROTE).replace("{file}", str(path)), file=sys.stderr)
    return 0


def _as_json(route: DayRoute, written: list[Path]) -> dict[str, Any]:
    stops: list[dict[str, Any]] = []
    for n, stop in enumerate(route.stops, 1):
        address = stop.address
        stops.append({
            "n": n, "activity_id": stop.activity_id, "kind": stop.kind, "subject": stop.subject,
            "starts_at": stop.starts_at.astimezone().isoformat(),
            "ends_at": stop.ends_at.astimezone().isoformat() if stop.ends_at else None,
            "customer": stop.customer, "contact": stop.contact, "address": address.text, "parsed": address.parsed,
            "province": address.province, "city": address.city, "district": address.district,
            "street": address.rest, "adcode": address.adcode,
            "latitude": stop.point.latitude if stop.point else None,
            "longitude": stop.point.longitude if stop.point else None,
            # device | earlier: measured, WGS-84; district | city | province: that division's centre; none
            "position": stop.precision, "leg_km": round(stop.leg_km, 3) if stop.leg_km is not None else None})
    return {"date": route.day.isoformat(), "datum": "WGS-84", "total_km": round(route.total_km, 3),
            "start": route.start.text if route.start else None, "stops": stops,
            "written": [str(p) for p in written]}
