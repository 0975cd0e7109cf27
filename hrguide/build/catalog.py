"""The data-folder sources: publisher, release, licence and attribution, as their PROVENANCE.md states."""

from __future__ import annotations

from .catalog_schools import SCHOOL_SOURCES
from .readers import Row

# O*NET's attribution (onetcenter.org/license_db.html). hrguide changes the data (it
# selects, ranks and translates labels), so the "modified" sentence is required too: the
# disclaimer that follows it refers to those modifications.
MODIFIED = (
    "hrguide has modified all or some of this information. USDOL/ETA has not approved, "
    "endorsed, or tested these modifications."
)


def _onet_cc_by(release: str) -> str:
    return (
        f"This product includes information from O*NET {release} Database by the U.S. "
        "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
        "the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. " + MODIFIED
    )


def _legacy_onet(release: str) -> str:
    """Earlier releases came under the O*NET database licence of their time (public use
    with attribution)."""
    return (
        f"This product includes information from the O*NET {release} Database by the U.S. "
        "Department of Labor, Employment and Training Administration (USDOL/ETA), used under "
        "the O*NET database license of that release. O*NET® is a trademark of USDOL/ETA. "
        + MODIFIED
    )


# The Career Exploration Tools' own licence sentence (CC BY-ND 4.0: used unmodified).
IP_ATTRIBUTION = (
    "This page includes information from the O*NET Career Exploration Tools by the U.S. "
    "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
    "CC BY-ND 4.0 license. O*NET® is a trademark of USDOL/ETA."
)

PUBLIC_DOMAIN = "Public domain (work of the U.S. federal government)"

DATA_SOURCES: list[Row] = [
    {
        "source_id": "bls-oews-2025",
        "period": "May 2025",
        "roles": ["wages.current"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "title": "Occupational Employment and Wage Statistics (OEWS)",
        "short_label": "BLS OEWS",
        "release": "May 2025",
        "year": 2025,
        "licence": PUBLIC_DOMAIN,
        "attribution": "U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
        "Statistics, May 2025",
        "url": "https://www.bls.gov/oes/",
        "folder": "bls-oews-may2025",
    },
    {
        "source_id": "bls-oes-2015",
        "period": "May 2015",
        "roles": ["wages.earlier"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "title": "Occupational Employment Statistics (OES), national estimates",
        "short_label": "BLS OES",
        "release": "May 2015",
        "year": 2015,
        "licence": PUBLIC_DOMAIN,
        "attribution": "U.S. Bureau of Labor Statistics, Occupational Employment Statistics, "
        "May 2015",
        "url": "https://www.bls.gov/oes/",
        "folder": "bls-oes-may2015",
    },
    {
        "source_id": "bls-ep-2025",
        "period": "2025-35",
        "roles": ["projections.current"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "title": "BLS Employment Projections 2025-35 (employment, percent change, openings and "
        "typical entry education), as transcribed by a third party from BLS's tables; "
        "replaced when BLS's own table is available",
        "short_label": "BLS projections",
        "release": "2025-35",
        "year": 2025,
        "licence": "Public domain figures (work of the U.S. federal government); the "
        "transcription is a third party's",
        "attribution": "U.S. Bureau of Labor Statistics, Employment Projections 2025-35, "
        "Table 1.2, as transcribed by a third party (published on GitHub by gutierrezsof)",
        "url": "https://www.bls.gov/emp/",
        "folder": "bls-ep-2025-35",
    },
    {
        "source_id": "bls-ep-2024",
        "period": "2024-34",
        "roles": ["projections.details"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "title": "Employment Projections 2024-34 (Tables 1.2, 1.10, 1.12; Table 1.2 for every "
        "occupation)",
        "short_label": "BLS projections",
        "release": "2024-34",
        "year": 2024,
        "licence": PUBLIC_DOMAIN,
        "attribution": "U.S. Bureau of Labor Statistics, Employment Projections 2024-34",
        "url": "https://www.bls.gov/emp/",
        "folder": "bls-employment-projections",
    },
    {
        "source_id": "bls-ep-2014",
        "period": "2014-24",
        "roles": ["projections.earlier"],
        "publisher": "U.S. Bureau of Labor Statistics",
        "title": "Employment Projections 2014-24 (employment in 2014 and 2024)",
        "short_label": "BLS projections",
        "release": "2014-24",
        "year": 2014,
        "licence": PUBLIC_DOMAIN,
        "attribution": "U.S. Bureau of Labor Statistics, Employment Projections 2014-24 "
        "(percent change computed from the published employment figures)",
        "url": "https://www.bls.gov/emp/",
        "folder": "bls-employment-projections",
    },
    {
        "source_id": "onet-30.3",
        "period": "May 2026",
        "roles": ["onet.current"],
        "publisher": "National Center for O*NET Development, for USDOL/ETA",
        "title": "O*NET 30.3 Database (CSV edition): occupations, tasks, essential and "
        "transferable skills, education, job zones, career interest types, related "
        "occupations, reported titles, software skills",
        "short_label": "O*NET 30.3",
        "release": "May 2026",
        "year": 2026,
        "licence": "CC BY 4.0",
        "attribution": _onet_cc_by("30.3"),
        "url": "https://www.onetcenter.org/database.html",
        "folder": "onet-30.3",
    },
    {
        "source_id": "onet-ip",
        "period": "2016",
        "roles": [],
        "publisher": "National Center for O*NET Development, for USDOL/ETA",
        "title": "O*NET Interest Profiler: Mini Interest Profiler (30 items) and Interest "
        "Profiler Short Form (60 items), shown word for word",
        "short_label": "O*NET Interest Profiler",
        "release": "Mini-IP 2016",
        "year": 2016,
        "licence": "CC BY-ND 4.0",
        "attribution": IP_ATTRIBUTION,
        "url": "https://www.onetcenter.org/IP.html",
        "folder": "onet-interest-profiler",
    },
    {
        "source_id": "onet-29.3",
        "period": "May 2025",
        "roles": [],
        "publisher": "National Center for O*NET Development, for USDOL/ETA",
        "title": "O*NET 29.3 Database: knowledge, work styles and alternate titles, and the "
        "task statements of every occupation",
        "short_label": "O*NET 29.3",
        "release": "May 2025",
        "year": 2025,
        "licence": "CC BY 4.0",
        "attribution": _onet_cc_by("29.3"),
        "url": "https://www.onetcenter.org/database.html",
        "folder": "onet-29.3",
    },
    {
        "source_id": "onet-23",
        "period": "2018-19",
        "roles": [],
        "publisher": "National Center for O*NET Development, for USDOL/ETA",
        "title": "O*NET 23.x Database (skills of former SOC 2010 occupations)",
        "short_label": "O*NET 23.x (former occupation)",
        "release": "2018-19",
        "year": 2018,
        "licence": "O*NET Database license (public use with attribution)",
        "attribution": _legacy_onet("23.x"),
        "url": "https://www.onetcenter.org/database.html",
        "folder": "onet-23.x-legacy",
    },
    {
        "source_id": "onet-20.3",
        "period": "April 2016",
        "roles": [],
        "publisher": "National Center for O*NET Development, for USDOL/ETA",
        "title": "O*NET 20.3 Database (former SOC 2010 occupations)",
        "short_label": "O*NET 20.3 (former occupation)",
        "release": "April 2016",
        "year": 2016,
        "licence": "O*NET Database license (public use with attribution)",
        "attribution": _legacy_onet("20.3"),
        "url": "https://www.onetcenter.org/database.html",
        "folder": "onet-20.3-legacy",
    },
]
DATA_SOURCES += SCHOOL_SOURCES
DATA_SOURCES.append(
    {
        "source_id": "bea-rpp-2024",
        "period": "2024",
        "roles": ["prices.regional"],
        "publisher": "U.S. Bureau of Economic Analysis",
        "title": "Regional Price Parities (all items), states, metropolitan areas and "
        "nonmetropolitan portions of states, 2024 (release of 19 February 2026)",
        "short_label": "BEA Regional Price Parities",
        "release": "2024 (released 19 February 2026)",
        "year": 2024,
        "licence": PUBLIC_DOMAIN,
        "attribution": "U.S. Bureau of Economic Analysis, Regional Price Parities by state and "
        "metropolitan area",
        "url": "https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area",
        "folder": "bea-rpp-2024",
    }
)
