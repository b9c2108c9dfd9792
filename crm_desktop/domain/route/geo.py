"""Points on the map and straight-line distances between them (haversine on the mean Earth radius)."""

from __future__ import annotations

from dataclasses import dataclass
from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0088

# How a stop's point is known, most to least precise. Measured points are WGS-84 as the device's location service
# gives them; centres come from cpca's table of divisions (a point per district, city or province: a few km off).
DEVICE = "device"  # measured at this visit's check-in
EARLIER = "earlier"  # measured at an earlier visit to the same customer
DISTRICT = "district"  # the centre of the address's district
CITY = "city"
PROVINCE = "province"
UNKNOWN = "none"
MEASURED = frozenset({DEVICE, EARLIER})


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float

    def text(self) -> str:
        """Degrees to six places (about 0.1 m): what a map's search box takes, latitude first."""
        return f"{self.latitude:.6f}, {self.longitude:.6f}"


def valid_point(latitude: float | None, longitude: float | None) -> Point | None:
    """A point when both degrees are given and on the globe (0, 0 is a device's "no fix", not a place)."""
    if latitude is None or longitude is None:
        return None
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0) or (latitude == 0.0 and longitude == 0.0):
        return None
    return Point(float(latitude), float(longitude))


def haversine_km(a: Point, b: Point) -> float:
    """The great-circle distance: the straight line, not the road (roads are longer, often by a third)."""
    lat1, lat2 = radians(a.latitude), radians(b.latitude)
    dlat, dlon = lat2 - lat1, radians(b.longitude - a.longitude)
    h = sin(dlat / 2) ** 2 + cos(lat1) * cos(lat2) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(h)))
