"""The guide database's schema version and what a usable database must contain."""

from __future__ import annotations

# Raise with every change to hrguide/build/schema.sql; the store refuses other versions.
SCHEMA_VERSION = 8  # 2: translations; 3: source roles and periods; 4: prices; 5: career_programs;
# 6: the interest check (ip_items, interest_profiles, …) and national_pay; 7: states;
# 8: wages.not_released (BLS footnote 8), credentials.url and reviewed_on, the snapshot
# tables (snapshot_occupations, snapshot_tasks, occupation_outlook, occupation_pay)

# Tables the app cannot work without, with the fewest rows a sound build has.
REQUIRED_TABLES: dict[str, int] = {
    "meta": 2,
    "sources": 10,
    "source_roles": 8,
    "careers": 8,
    "occupations": 5,
    "wages": 100,
    "projections": 5,
    "credentials": 2,
    "career_facts": 8,
    "institutions": 100,
    "programs": 100,
    "pages": 5,
    "translations": 1,
    "search_index": 10,
    "snapshot_occupations": 900,  # O*NET's occupations (1,016 in 30.3)
    "occupation_outlook": 500,  # BLS's detailed occupations (832 in 2024-34)
    "occupation_pay": 500,
}


# The parts sources play (source_roles.role). A data release changes which source plays a
# part, never these names; the UI shows the period of whatever source plays it.
WAGES_CURRENT = "wages.current"  # OEWS: national, state, metro and industry wages
WAGES_EARLIER = "wages.earlier"  # the article's year, for the "earlier figures" view
PROJECTIONS_CURRENT = "projections.current"  # growth, openings, entry education
PROJECTIONS_EARLIER = "projections.earlier"
# the release before the current one, for fields the current one lacks (work experience,
# on-the-job training, BLS's reasons for the projected change)
PROJECTIONS_DETAILS = "projections.details"
ONET_CURRENT = "onet.current"  # tasks, skills, education, titles, related occupations
PROGRAMS_COMPLETIONS = "programs.completions"  # IPEDS completions: programs and graduates
SCHOOLS_DIRECTORY = "schools.directory"  # IPEDS directory: names, places, status
SCHOOLS_TUITION = "schools.tuition"  # IPEDS student charges
SCHOOLS_DISTANCE = "schools.distance"  # IPEDS distance education
SCHOOLS_PRICE_NEWER = "schools.price_newer"  # a newer published price, where there is one
CROSSWALK = "crosswalk.cip_soc"  # programs to occupations
OUTCOMES_EARNINGS = "outcomes.earnings"  # graduates' earnings and debt by program family
OUTCOMES_NET_PRICE = "outcomes.net_price"  # average net price by family income
OUTCOMES_GRADUATION = "outcomes.graduation"  # graduation rates
OUTCOMES_MEASURES = "outcomes.measures"  # Outcome Measures award rates
LOAN_TERMS = "loans.terms"  # the federal loan rate the monthly payment assumes
PRICES_REGIONAL = "prices.regional"  # cost of living by area (regional price parities)

ROLES = (
    WAGES_CURRENT,
    WAGES_EARLIER,
    PROJECTIONS_CURRENT,
    PROJECTIONS_EARLIER,
    PROJECTIONS_DETAILS,
    ONET_CURRENT,
    PROGRAMS_COMPLETIONS,
    SCHOOLS_DIRECTORY,
    SCHOOLS_TUITION,
    SCHOOLS_DISTANCE,
    SCHOOLS_PRICE_NEWER,
    CROSSWALK,
    OUTCOMES_EARNINGS,
    OUTCOMES_NET_PRICE,
    OUTCOMES_GRADUATION,
    OUTCOMES_MEASURES,
    LOAN_TERMS,
    PRICES_REGIONAL,
)
