"""data/metadata.json in Datasette's format: titles, descriptions, source and licence per table."""

from __future__ import annotations

from .readers import Row

TABLES: dict[str, tuple[str, str | None]] = {
    # table: (description, source id or None for editorial / derived tables)
    "meta": ("Schema version and the data releases this file was built from.", None),
    "sources": ("Every publisher, release, licence and attribution behind the figures.", None),
    "source_roles": (
        "Which source plays which part in the guide (current wages, tuition, "
        "...): the app looks sources up by role.",
        None,
    ),
    "occupations": ("SOC occupations that BLS publishes figures for.", "bls-oews-2025"),
    "onet_occupations": ("O*NET occupations: description and job zone.", "onet-30.3"),
    "careers": ("The careers the guide presents, each mapped to its SOC and O*NET code.", None),
    "onet_tasks": ("What workers in each occupation report doing.", "onet-30.3"),
    "onet_ratings": (
        "Skills, knowledge, work styles and interests with O*NET ratings.",
        "onet-30.3",
    ),
    "onet_education": ("Share of workers naming each required level of education.", "onet-30.3"),
    "alternate_titles": ("Other job titles for each occupation.", "onet-30.3"),
    "related_occupations": ("Occupations O*NET links to each occupation.", "onet-30.3"),
    "technology_skills": ("Software and tools used in each occupation.", "onet-30.3"),
    "wages": (
        "Employment and annual wages: national, by state, metro area and industry.",
        "bls-oews-2025",
    ),
    "projections": (
        "Employment change and openings over ten-year projection periods.",
        "bls-ep-2025",
    ),
    "projection_factors": ("BLS's reasons for each occupation's projected change.", "bls-ep-2024"),
    "organizations": ("Bodies that issue credentials or accredit programs.", None),
    "credentials": ("Certifications and licences, their requirements and issuers.", None),
    "career_credentials": ("Which credentials help in which career.", None),
    "career_facts": ("The comparison grid's written rows, each with its source.", None),
    "cip_programs": (
        "Official NCES titles of the instructional programs (CIP 2020).",
        "ipeds-c2024",
    ),
    "cip_soc": ("Which programs prepare for which occupations.", "nces-cip-soc"),
    "career_programs": (
        "Which programs the school finder lists for each career: crosswalk links, and the "
        "editors' links marked as such.",
        None,
    ),
    "award_levels": ("IPEDS award levels and the level group shown in the app.", "ipeds-c2024"),
    "institutions": (
        "Colleges that award a relevant program: directory and distance education flags.",
        "ipeds-hd2024",
    ),
    "states": (
        "The name of each state (and DC, Puerto Rico, ...) that has a school, from the FIPS "
        "code in the school's directory row and NCES's label for it.",
        "ipeds-hd2024",
    ),
    "tuition": (
        "Published tuition and required fees (one academic year). Missing stays missing.",
        "ipeds-ic2023",
    ),
    "prices": (
        "A newer published undergraduate price, where the cost survey has one.",
        "ipeds-drvcost2024",
    ),
    "programs": (
        "Institution x program x award level, with completions in 2023-24.",
        "ipeds-c2024",
    ),
    "program_trend": ("Graduates per program per year, 2019-20 to 2023-24.", "ipeds-c2024"),
    "program_outcomes": (
        "Graduates' median earnings and debt by school, 4-digit program family and credential.",
        "scorecard-fos-2026",
    ),
    "school_outcomes": (
        "Graduation rates and Outcome Measures award rates by school, percent.",
        "ipeds-drvgr2024",
    ),
    "net_prices": (
        "Average net price by family income, dollars a year.",
        "scorecard-netprice-2026",
    ),
    "price_parities": ("Regional price levels (US = 100) for the wage areas.", "bea-rpp-2024"),
    "ip_items": (
        "O*NET Interest Profiler items, word for word (CC BY-ND 4.0), both forms.",
        "onet-ip",
    ),
    "ip_answers": ("The Interest Profiler's five-point answer scale.", "onet-ip"),
    "interest_profiles": (
        "Every occupation's six interest ratings (OI, 1-7) and job zone.",
        "onet-30.3",
    ),
    "interest_activities": ("Illustrative work activities of each interest area.", "onet-30.3"),
    "job_zones": ("O*NET's job zones (how much preparation an occupation needs).", "onet-30.3"),
    "national_pay": ("Every detailed occupation's national median pay.", "bls-oews-2025"),
    "snapshot_occupations": (
        "Every O*NET occupation's title, description and job zone (snapshots).",
        "onet-30.3",
    ),
    "snapshot_tasks": ("Every occupation's task statements, core ones marked.", "onet-29.3"),
    "occupation_outlook": (
        "BLS projections 2024-34 and entry requirements of every detailed occupation.",
        "bls-ep-2024",
    ),
    "occupation_pay": (
        "Every occupation's pay (median, 10th and 90th percentiles), national and by state.",
        "bls-oews-2025",
    ),
    "pathway_steps": ("The career pathway map's steps (lanes and rows).", "editors"),
    "pathway_links": ("What each move on the pathway map takes, and its basis.", None),
    "loan_terms": ("The federal loan rate and term the monthly payment assumes.", "fsa-rates"),
    "pages": ("The guide's page prose in Markdown, by language.", None),
    "translations": ("Spanish (and later other) versions of the editors' career texts.", None),
    "search_index": ("Text the app searches (careers, titles, credentials, pages, schools).", None),
}


def build_metadata(sources: dict[str, Row]) -> Row:
    tables = {}
    for name, (description, source_id) in TABLES.items():
        entry: dict[str, str] = {"description": description}
        if source_id:
            src = sources[source_id]
            entry["source"] = f"{src['publisher']}: {src['title']}, {src['release']}"
            entry["source_url"] = src["url"]
            entry["license"] = src["licence"]
        else:
            entry["source"] = "hrguide editors (data/content), from the sources table"
        tables[name] = entry
    return {
        "title": "hrguide: careers in health records management",
        "description": "Careers, wages, outlook, credentials, schools and programs, with the "
        "source of every figure. Built by `hrguide db build`.",
        "license": "Mixed: see each table and the sources table (O*NET data is CC BY 4.0)",
        "databases": {"guide": {"tables": tables}},
    }
