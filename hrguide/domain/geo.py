"""US states: FIPS codes, postal abbreviations, a tile-grid layout, and distances."""

from __future__ import annotations

import math

FIPS_TO_STATE = {
    "01": "AL",
    "02": "AK",
    "04": "AZ",
    "05": "AR",
    "06": "CA",
    "08": "CO",
    "09": "CT",
    "10": "DE",
    "11": "DC",
    "12": "FL",
    "13": "GA",
    "15": "HI",
    "16": "ID",
    "17": "IL",
    "18": "IN",
    "19": "IA",
    "20": "KS",
    "21": "KY",
    "22": "LA",
    "23": "ME",
    "24": "MD",
    "25": "MA",
    "26": "MI",
    "27": "MN",
    "28": "MS",
    "29": "MO",
    "30": "MT",
    "31": "NE",
    "32": "NV",
    "33": "NH",
    "34": "NJ",
    "35": "NM",
    "36": "NY",
    "37": "NC",
    "38": "ND",
    "39": "OH",
    "40": "OK",
    "41": "OR",
    "42": "PA",
    "44": "RI",
    "45": "SC",
    "46": "SD",
    "47": "TN",
    "48": "TX",
    "49": "UT",
    "50": "VT",
    "51": "VA",
    "53": "WA",
    "54": "WV",
    "55": "WI",
    "56": "WY",
    "66": "GU",
    "72": "PR",
    "78": "VI",
}

# (row, column) of each state in a 8 x 12 tile grid map that keeps neighbours together.
TILES: dict[str, tuple[int, int]] = {
    "AK": (0, 0),
    "ME": (0, 11),
    "VT": (1, 10),
    "NH": (1, 11),
    "WA": (2, 1),
    "ID": (2, 2),
    "MT": (2, 3),
    "ND": (2, 4),
    "MN": (2, 5),
    "IL": (2, 6),
    "WI": (2, 7),
    "MI": (2, 8),
    "NY": (2, 9),
    "RI": (2, 10),
    "MA": (2, 11),
    "OR": (3, 1),
    "NV": (3, 2),
    "WY": (3, 3),
    "SD": (3, 4),
    "IA": (3, 5),
    "IN": (3, 6),
    "OH": (3, 7),
    "PA": (3, 8),
    "NJ": (3, 9),
    "CT": (3, 10),
    "CA": (4, 1),
    "UT": (4, 2),
    "CO": (4, 3),
    "NE": (4, 4),
    "MO": (4, 5),
    "KY": (4, 6),
    "WV": (4, 7),
    "VA": (4, 8),
    "MD": (4, 9),
    "DE": (4, 10),
    "AZ": (5, 2),
    "NM": (5, 3),
    "KS": (5, 4),
    "AR": (5, 5),
    "TN": (5, 6),
    "NC": (5, 7),
    "SC": (5, 8),
    "DC": (5, 9),
    "OK": (6, 4),
    "LA": (6, 5),
    "MS": (6, 6),
    "AL": (6, 7),
    "GA": (6, 8),
    "HI": (7, 0),
    "TX": (7, 4),
    "FL": (7, 9),
    "PR": (7, 11),
}

EARTH_RADIUS_MILES = 3958.8


def miles_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in miles."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def city_points(
    places: list[tuple[str, str, float | None, float | None]],
) -> dict[str, tuple[float, float]]:
    """ "City, ST" -> the mean position of the schools there, from (city, state, latitude,
    longitude) rows (one per school; rows without a position are left out)."""
    sums: dict[str, list[float]] = {}
    for city, state, lat, lon in places:
        if lat is None or lon is None or not city:
            continue
        acc = sums.setdefault(f"{city}, {state}", [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    return {name: (a[0] / a[2], a[1] / a[2]) for name, a in sorted(sums.items())}


def zip_digits(text: str) -> str | None:
    """The five digits of a ZIP code a user typed ("35209", " 35209-1234 "), else None."""
    digits = text.strip().split("-")[0]
    return digits if len(digits) == 5 and digits.isascii() and digits.isdigit() else None


def zip_point(
    text: str, places: list[tuple[str, float | None, float | None]]
) -> tuple[float, float, str, int] | None:
    """Where to measure from for a ZIP code a user typed ("35209", "35209-1234"), from
    (ZIP, latitude, longitude) rows, one per school. The guide has no ZIP-code map: it
    uses the mean position of the schools with that ZIP code, else of those in its
    three-digit ZIP area ("352xx"). Returns (latitude, longitude, what it is, schools) or
    None (not a ZIP code, or no school in the data near it)."""
    digits = zip_digits(text)
    if digits is None:
        return None
    for prefix, label in ((digits, digits), (digits[:3], digits[:3] + "xx")):
        found = [
            (lat, lon)
            for zip_code, lat, lon in places
            if zip_code[: len(prefix)] == prefix and lat is not None and lon is not None
        ]
        if found:
            n = len(found)
            return sum(p[0] for p in found) / n, sum(p[1] for p in found) / n, label, n
    return None
