"""The interest check's rules: scoring the O*NET Interest Profiler, telling a flat profile
from one that points somewhere, and placing occupations by how closely their interest
profile follows the student's.

Scoring is O*NET's (data/sources/onet-interest-profiler/scoring_rules.md): each answer
counts its value minus one (Strongly Dislike 0 … Strongly Like 4), summed per area; the
Mini-IP gives 0-20 per area, the 60-item Short Form 0-40. Scores are sums, not percentiles.

Matching is the guide's own method, not O*NET's: the Pearson correlation between the
student's six scores and an occupation's six interest ratings (O*NET's OI scale, 1-7).
The correlation compares the shape of two profiles (which areas are high, which low)
whatever their scales, a profile-similarity index studied by Brown & Gore (1994), "An
evaluation of interest congruence indices", Journal of Vocational Behavior 45(3), 310-327.
Fit labels use Cohen's (1988) conventional sizes for a correlation (.5 large, .3 medium,
.1 small). See docs/interest-check.md.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

AREAS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
ANSWER_VALUES = (1, 2, 3, 4, 5)  # Strongly Dislike … Strongly Like
FLAT_SPREAD = 0.15  # highest minus lowest area under 15 % of an area's range: no direction
STRONG, MODERATE, WEAK, LITTLE = "strong", "moderate", "weak", "little"


class Item(NamedTuple):
    form: str  # "mini" or "short"
    number: int
    area: str
    text: str  # O*NET's words, never changed


class InterestProfile(NamedTuple):
    onet_code: str
    soc_code: str
    title: str
    job_zone: int | None
    ratings: tuple[float, ...]  # the six OI ratings, in AREAS order


class Match(NamedTuple):
    profile: InterestProfile
    r: float  # the correlation with the student's scores
    rank: int  # 1 = closest of all occupations


def area_maximum(items: Sequence[Item]) -> int:
    """The highest score an area can reach on this form (4 per item)."""
    per_area = {a: 0 for a in AREAS}
    for it in items:
        per_area[it.area] += 1
    return 4 * max(per_area.values())


def score(items: Sequence[Item], answers: Mapping[int, int]) -> tuple[int, ...]:
    """The six area scores (AREAS order) from answers keyed by item number (values 1-5).
    Every item must be answered."""
    sums = dict.fromkeys(AREAS, 0)
    for it in items:
        value = answers.get(it.number)
        if value not in ANSWER_VALUES:
            raise ValueError(f"item {it.number} is not answered with 1-5: {value!r}")
        sums[it.area] += value - 1
    return tuple(sums[a] for a in AREAS)


def is_flat(scores: Sequence[int], maximum: int) -> bool:
    """True when the answers do not point anywhere: every area within FLAT_SPREAD of the
    range of one another (all answers the same, all "Unsure", or nearly so). A ranked list
    from such a profile would be noise."""
    return max(scores) - min(scores) < FLAT_SPREAD * maximum


def pearson(a: Sequence[float], b: Sequence[float]) -> float | None:
    """The Pearson correlation of two equal-length profiles; None when either is flat."""
    n = len(a)
    if n != len(b) or n < 2:
        raise ValueError("profiles of equal length, at least two values")
    ma, mb = sum(a) / n, sum(b) / n
    da, db = [x - ma for x in a], [y - mb for y in b]
    sa, sb = math.sqrt(sum(x * x for x in da)), math.sqrt(sum(y * y for y in db))
    if sa == 0 or sb == 0:
        return None
    return sum(x * y for x, y in zip(da, db, strict=True)) / (sa * sb)


def rank_all(scores: Sequence[int], profiles: Sequence[InterestProfile]) -> list[Match]:
    """Every occupation ordered from the closest profile to the farthest (ties by title,
    then code, so the order never depends on the input order). Occupations whose own
    profile is flat are left out (nothing to correlate)."""
    scored = [(pearson(scores, p.ratings), p) for p in profiles]
    kept = sorted(
        ((r, p) for r, p in scored if r is not None),
        key=lambda rp: (-rp[0], rp[1].title, rp[1].onet_code),
    )
    return [Match(p, r, i + 1) for i, (r, p) in enumerate(kept)]


def fit(r: float) -> str:
    """A fit label from the correlation (Cohen's sizes)."""
    if r >= 0.5:
        return STRONG
    if r >= 0.3:
        return MODERATE
    if r >= 0.1:
        return WEAK
    return LITTLE


def top_areas(values: Sequence[float], most: int = 3) -> list[str]:
    """The highest areas, highest first; an area tied with the last one kept comes too
    (never more than `most` + ties), and only areas above the profile's lowest."""
    order = sorted(range(len(AREAS)), key=lambda i: (-values[i], i))
    low = min(values)
    kept: list[int] = []
    for i in order:
        if values[i] <= low:
            break
        if len(kept) >= most and values[i] < values[kept[-1]]:
            break
        kept.append(i)
    return [AREAS[i] for i in kept]


def highest(values: Sequence[float]) -> str:
    return AREAS[max(range(len(AREAS)), key=lambda i: (values[i], -i))]


YOURS, THEIRS = "yours", "theirs"


class Why(NamedTuple):
    """What a student and an occupation share, and where they part most: the areas among
    the top areas of both (in the student's order), and the area whose place differs most
    once each side's scores are put on its own scale from lowest (0) to highest (1); `side`
    says whose it is higher for (YOURS or THEIRS; "" with no difference at all). Fit says
    how close the whole shapes are; this says which areas make it so."""

    shared: tuple[str, ...]
    apart: str
    side: str


def _scaled(values: Sequence[float]) -> list[float]:
    low, high = min(values), max(values)
    return [0.0 if high == low else (v - low) / (high - low) for v in values]


def why(scores: Sequence[int], ratings: Sequence[float]) -> Why:
    theirs = top_areas(ratings)
    shared = tuple(a for a in top_areas(scores) if a in theirs)
    gaps = [m - t for m, t in zip(_scaled(scores), _scaled(ratings), strict=True)]
    i = max(range(len(AREAS)), key=lambda k: (abs(gaps[k]), -k))
    if abs(gaps[i]) < 1e-9:
        return Why(shared, "", "")
    return Why(shared, AREAS[i], YOURS if gaps[i] > 0 else THEIRS)


def scores_text(scores: Sequence[int], form: str) -> str:
    """The six scores as short plain text (what a kiosk's QR code carries: no answers,
    no name): "O*NET Interest Profiler (mini): R 3, I 5, A 0, S 12, E 9, C 18"."""
    parts = ", ".join(f"{a[0]} {s}" for a, s in zip(AREAS, scores, strict=True))
    return f"O*NET Interest Profiler ({form}): {parts}"
