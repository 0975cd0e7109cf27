"""The schools' sources: IPEDS, the College Scorecard and the CIP-SOC crosswalk."""

from __future__ import annotations

from .readers import Row

PUBLIC_DOMAIN = "Public domain (work of the U.S. federal government)"
NCES = {  # what every IPEDS source shares
    "publisher": "U.S. Department of Education, NCES",
    "licence": PUBLIC_DOMAIN,
    "attribution": "U.S. Department of Education, National Center for Education Statistics, IPEDS",
    "url": "https://nces.ed.gov/ipeds/",
}

SCHOOL_SOURCES: list[Row] = [
    {
        "source_id": "ipeds-c2020",
        "period": "2019-20",
        "roles": [],
        **NCES,
        "title": "IPEDS Completions (C2020_A), awards conferred 2019-20: the "
        "five-year trend of graduates per program",
        "short_label": "IPEDS Completions",
        "release": "2019-20",
        "year": 2020,
        "folder": "ipeds-2024-wider-cip",
    },
    {
        "source_id": "ipeds-c2021",
        "period": "2020-21",
        "roles": [],
        **NCES,
        "title": "IPEDS Completions (C2021_A), awards conferred 2020-21: the "
        "five-year trend of graduates per program",
        "short_label": "IPEDS Completions",
        "release": "2020-21",
        "year": 2021,
        "folder": "ipeds-2024-wider-cip",
    },
    {
        "source_id": "ipeds-c2022",
        "period": "2021-22",
        "roles": [],
        **NCES,
        "title": "IPEDS Completions (C2022_A), awards conferred 2021-22: the "
        "five-year trend of graduates per program",
        "short_label": "IPEDS Completions",
        "release": "2021-22",
        "year": 2022,
        "folder": "ipeds-2024-wider-cip",
    },
    {
        "source_id": "ipeds-c2023",
        "period": "2022-23",
        "roles": [],
        **NCES,
        "title": "IPEDS Completions (C2023_A), awards conferred 2022-23: the "
        "five-year trend of graduates per program",
        "short_label": "IPEDS Completions",
        "release": "2022-23",
        "year": 2023,
        "folder": "ipeds-2024-wider-cip",
    },
    {
        "source_id": "scorecard-fos-2026",
        "period": "June 2026",
        "roles": ["outcomes.earnings"],
        "publisher": "U.S. Department of Education, College Scorecard (figures); packaged by "
        "Truewise",
        "title": "College Scorecard field-of-study outcomes (release of 10 June 2026): median "
        "earnings of completers (4 years after completion, or 1 year where that is all there "
        "is), median federal loan debt, typical high-school graduate earnings in the state; "
        "4-digit program families",
        "short_label": "College Scorecard",
        "release": "10 June 2026",
        "year": 2026,
        "licence": "Public domain figures; this copy CC BY 4.0 (Truewise)",
        "attribution": "Source: U.S. Department of Education, College Scorecard (release of "
        "10 June 2026), via Truewise value-check data (CC BY 4.0, truewise.dev)",
        "url": "https://collegescorecard.ed.gov/data/",
        "folder": "college-scorecard-fos-2026",
    },
    {
        "source_id": "scorecard-netprice-2026",
        "period": "June 2026",
        "roles": ["outcomes.net_price"],
        "publisher": "U.S. Department of Education, College Scorecard (from IPEDS Student "
        "Financial Aid); packaged by Truewise",
        "title": "Average net price for first-time full-time undergraduates with federal aid, "
        "overall and by family income (College Scorecard release of 10 June 2026)",
        "short_label": "College Scorecard net price",
        "release": "10 June 2026",
        "year": 2026,
        "licence": "Public domain figures; this copy CC BY 4.0 (Truewise)",
        "attribution": "Source: U.S. Department of Education, College Scorecard (release of "
        "10 June 2026), via Truewise published data (CC BY 4.0, truewise.dev)",
        "url": "https://collegescorecard.ed.gov/data/",
        "folder": "ipeds-outcomes-gr-om-netprice",
    },
    {
        "source_id": "ipeds-drvgr2024",
        "period": "2024-25",
        "roles": ["outcomes.graduation"],
        **NCES,
        "title": "IPEDS Graduation Rates, derived variables (DRVGR2024): graduation within 150 % "
        "of normal time, first-time full-time students",
        "short_label": "IPEDS Graduation Rates",
        "release": "2024-25",
        "year": 2024,
        "folder": "ipeds-outcomes-gr-om-netprice",
    },
    {
        "source_id": "ipeds-drvom2024",
        "period": "2024-25",
        "roles": ["outcomes.measures"],
        **NCES,
        "title": "IPEDS Outcome Measures, derived variables (DRVOM2024): awards within eight "
        "years for full-time, part-time, first-time and transfer entrants",
        "short_label": "IPEDS Outcome Measures",
        "release": "2024-25",
        "year": 2024,
        "folder": "ipeds-outcomes-gr-om-netprice",
    },
    {
        "source_id": "ipeds-c2024",
        "period": "2023-24",
        "roles": ["programs.completions"],
        **NCES,
        "title": "IPEDS Completions (C2024_A), awards conferred 2023-24",
        "short_label": "IPEDS Completions",
        "release": "2023-24 (provisional)",
        "year": 2024,
        "folder": "ipeds",
    },
    {
        "source_id": "ipeds-hd2024",
        "period": "2024-25",
        "roles": ["schools.directory"],
        **NCES,
        "title": "IPEDS Institutional Directory (HD2024)",
        "short_label": "IPEDS Directory",
        "release": "2024-25",
        "year": 2024,
        "folder": "ipeds",
    },
    {
        "source_id": "ipeds-ic2023",
        "period": "2023-24",
        "roles": ["schools.tuition"],
        **NCES,
        "title": "IPEDS Student Charges for academic-year programs (IC2023_AY): published "
        "tuition and required fees, 2023-24",
        "short_label": "IPEDS Student Charges",
        "release": "2023-24",
        "year": 2023,
        "folder": "ipeds-2023-25-price-distance",
    },
    {
        "source_id": "ipeds-drvcost2024",
        "period": "2024-25",
        "roles": ["schools.price_newer"],
        **NCES,
        "title": "IPEDS Cost component, derived variables (DRVCOST2024): published "
        "undergraduate in-district tuition and fees, 2024-25",
        "short_label": "IPEDS Cost",
        "release": "2024-25",
        "year": 2024,
        "folder": "ipeds-2023-25-price-distance",
    },
    {
        "source_id": "ipeds-ic2024",
        "period": "2024-25",
        "roles": ["schools.distance"],
        **NCES,
        "title": "IPEDS Institutional Characteristics (IC2024): distance education, 2024-25",
        "short_label": "IPEDS Institutional Characteristics",
        "release": "2024-25",
        "year": 2024,
        "folder": "ipeds-2023-25-price-distance",
    },
    {
        "source_id": "nces-cip-soc",
        "period": "CIP 2020 / SOC 2018",
        "roles": ["crosswalk.cip_soc"],
        "publisher": "U.S. Department of Education, NCES, with BLS",
        "title": "CIP 2020 to SOC 2018 crosswalk",
        "short_label": "NCES CIP-SOC crosswalk",
        "release": "CIP 2020 / SOC 2018",
        "year": None,  # a classification, not a dated figure
        "licence": PUBLIC_DOMAIN,
        "attribution": "National Center for Education Statistics and Bureau of Labor "
        "Statistics, CIP 2020 to SOC 2018 Crosswalk",
        "url": "https://nces.ed.gov/ipeds/cipcode/",
        "folder": "nces-cip-soc-crosswalk",
    },
]
