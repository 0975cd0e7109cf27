-- hrguide guide database. Built by `hrguide db build` from data/sources and data/content.
-- Readable names, declared foreign keys; every figure row points at a source.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    source_id TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    title TEXT NOT NULL,
    short_label TEXT NOT NULL,      -- e.g. "BLS OEWS"
    release TEXT NOT NULL,          -- e.g. "May 2025"
    year INTEGER,                   -- the year the figures describe, NULL for non-figures
    licence TEXT NOT NULL,
    attribution TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '', -- data/sources/<folder> with its PROVENANCE.md
    period TEXT NOT NULL DEFAULT ''  -- the period its figures describe, as shown on screen:
                                     -- "May 2025", "2024-34", "2023-24"
);

-- Which source plays which part in the guide (the app never names a release in its code:
-- it asks for the source of a role and shows that source's period).
CREATE TABLE source_roles (
    role TEXT PRIMARY KEY,          -- e.g. 'wages.current', 'schools.tuition'
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE occupations (
    soc_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    soc_version TEXT NOT NULL       -- '2018' or '2010'
);

CREATE TABLE onet_occupations (
    onet_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    job_zone INTEGER,
    job_zone_name TEXT,
    is_legacy INTEGER NOT NULL,     -- 1 for a former (SOC 2010) code from an older release
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE careers (
    career_id TEXT PRIMARY KEY,     -- stable across data releases
    title TEXT NOT NULL,
    soc_code TEXT NOT NULL REFERENCES occupations(soc_code),
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    ratings_onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    historical_soc_code TEXT REFERENCES occupations(soc_code),
    is_core INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    summary TEXT NOT NULL,
    grouping_note TEXT NOT NULL,
    keywords TEXT NOT NULL
);

CREATE TABLE onet_tasks (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    task_id INTEGER NOT NULL,
    task TEXT NOT NULL,
    task_type TEXT,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, task_id)
);

CREATE TABLE onet_ratings (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    domain TEXT NOT NULL,           -- skill, knowledge, work_style, interest
    element_id TEXT NOT NULL,
    element_name TEXT NOT NULL,
    importance REAL,                -- 1-5 (interests: 1-7 occupational interest)
    level REAL,                     -- 0-7, NULL where O*NET gives none
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, domain, element_id)
);

CREATE TABLE onet_education (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    category INTEGER NOT NULL,
    category_label TEXT NOT NULL,
    percent REAL NOT NULL,          -- share of respondents naming this required level
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, category)
);

CREATE TABLE alternate_titles (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,             -- alternate, reported
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, title, kind)
);

CREATE TABLE related_occupations (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    related_code TEXT NOT NULL,
    related_title TEXT NOT NULL,
    tier TEXT NOT NULL,
    rank INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, related_code)
);

CREATE TABLE technology_skills (
    onet_code TEXT NOT NULL REFERENCES onet_occupations(onet_code),
    example TEXT NOT NULL,
    category TEXT NOT NULL,
    hot_technology INTEGER NOT NULL,
    in_demand INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, example, category)
);

CREATE TABLE wages (
    soc_code TEXT NOT NULL REFERENCES occupations(soc_code),
    area_type TEXT NOT NULL,        -- N national, S state, M metro/nonmetro area
    area_code TEXT NOT NULL,
    area_title TEXT NOT NULL,
    state_fips TEXT NOT NULL,
    industry_code TEXT NOT NULL,    -- 000000 = all industries
    industry_title TEXT NOT NULL,
    industry_level INTEGER NOT NULL,
    employment INTEGER,
    mean_annual INTEGER,
    pct10_annual INTEGER,
    pct25_annual INTEGER,
    median_annual INTEGER,
    pct75_annual INTEGER,
    pct90_annual INTEGER,
    median_hourly REAL,
    jobs_per_1000 REAL,
    location_quotient REAL,
    top_coded TEXT NOT NULL DEFAULT '', -- fields at the release's top value ("at least")
    not_released TEXT NOT NULL DEFAULT '', -- fields BLS did not release (footnote 8)
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (source_id, soc_code, area_code, industry_code)
);
-- an occupation's figures of one kind of area (national, by state, by metro area) and one
-- industry: a career card's national pay is a seek here, not a scan of ~740 rows
CREATE INDEX wages_by_area_type ON wages(soc_code, source_id, area_type, industry_code);

CREATE TABLE projections (
    soc_code TEXT NOT NULL REFERENCES occupations(soc_code),
    period TEXT NOT NULL,           -- '2024-34'
    base_year INTEGER NOT NULL,
    target_year INTEGER NOT NULL,
    employment_base INTEGER,
    employment_target INTEGER,
    change_percent REAL,
    openings_per_year INTEGER,
    entry_education TEXT,
    work_experience TEXT,
    job_training TEXT,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (soc_code, period)
);

CREATE TABLE projection_factors (
    soc_code TEXT NOT NULL REFERENCES occupations(soc_code),
    industry_code TEXT NOT NULL,
    industry_title TEXT NOT NULL,
    factor TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (soc_code, industry_code)
);

CREATE TABLE organizations (
    org_id TEXT PRIMARY KEY,
    abbreviation TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    url TEXT NOT NULL
);

CREATE TABLE credentials (
    credential_id TEXT PRIMARY KEY,
    abbreviation TEXT NOT NULL,
    name TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES organizations(org_id),
    kind TEXT NOT NULL,             -- certification, licence
    requirements TEXT NOT NULL,
    summary TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',   -- the issuer's own page for it ('' = none known)
    reviewed_on TEXT,               -- YYYY-MM-DD a person compared it with that page; NULL: never
    sort_order INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE career_credentials (
    career_id TEXT NOT NULL REFERENCES careers(career_id),
    credential_id TEXT NOT NULL REFERENCES credentials(credential_id),
    rank INTEGER NOT NULL,
    PRIMARY KEY (career_id, credential_id)
);

CREATE TABLE career_facts (
    career_id TEXT NOT NULL REFERENCES careers(career_id),
    fact_key TEXT NOT NULL,         -- degree, field, certification, skills
    value TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (career_id, fact_key)
);

CREATE TABLE cip_programs (
    cip_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,            -- official NCES CIP 2020 title
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE career_programs (     -- which programs lead to which careers (programs.toml)
    career_id TEXT NOT NULL REFERENCES careers(career_id),
    cip_code TEXT NOT NULL REFERENCES cip_programs(cip_code),
    link TEXT NOT NULL CHECK (link IN ('crosswalk', 'editorial')),
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (career_id, cip_code)
);

CREATE TABLE cip_soc (
    cip_code TEXT NOT NULL,
    cip_title TEXT NOT NULL,
    soc_code TEXT NOT NULL,
    soc_title TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (cip_code, soc_code)
);

CREATE TABLE award_levels (
    award_level INTEGER PRIMARY KEY,
    label TEXT NOT NULL,            -- IPEDS label
    level_group TEXT NOT NULL,      -- certificate, associate, bachelor, postbacc, master, doctorate
    sort_order INTEGER NOT NULL
);

CREATE TABLE institutions (
    unitid INTEGER PRIMARY KEY,     -- IPEDS unit id, stable across releases
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    address TEXT NOT NULL,
    city TEXT NOT NULL,
    state TEXT NOT NULL,
    zip TEXT NOT NULL,
    web_address TEXT NOT NULL,
    net_price_url TEXT NOT NULL DEFAULT '', -- the school's net price calculator
    control INTEGER NOT NULL,       -- 1 public, 2 private nonprofit, 3 private for-profit
    control_label TEXT NOT NULL,
    iclevel INTEGER,
    latitude REAL,
    longitude REAL,
    county TEXT NOT NULL,
    closed_date TEXT,               -- HD2024 CLOSEDAT when the school reported closing
    online_ug_programs INTEGER,     -- IC2022 DSTNUGP: all undergraduate programs of some kind offered by distance; NULL = not reported / n.a.
    online_grad_programs INTEGER,   -- IC2022 DSTNGP
    online_courses INTEGER,         -- IC2022 DISTCRS
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    distance_source_id TEXT REFERENCES sources(source_id)
);

CREATE TABLE states (              -- the schools' states by name (IPEDS FIPS labels)
    state TEXT PRIMARY KEY,         -- postal code, as institutions.state
    fips TEXT NOT NULL,             -- '01'
    name TEXT NOT NULL,             -- 'Alabama'
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE tuition (
    unitid INTEGER PRIMARY KEY REFERENCES institutions(unitid),
    academic_year TEXT NOT NULL,    -- '2022-23'
    ug_in_district INTEGER,         -- published tuition and required fees, dollars
    ug_in_state INTEGER,
    ug_out_of_state INTEGER,
    grad_in_state INTEGER,          -- graduate tuition plus required fees
    grad_out_of_state INTEGER,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE prices (              -- the newest published price, beside the tuition year
    unitid INTEGER PRIMARY KEY REFERENCES institutions(unitid),
    academic_year TEXT NOT NULL,    -- '2024-25'
    ug_in_district INTEGER NOT NULL, -- undergraduate in-district tuition and fees, dollars
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE programs (
    program_id TEXT PRIMARY KEY,    -- '<unitid>:<cip>:<award level>', stable across releases
    unitid INTEGER NOT NULL REFERENCES institutions(unitid),
    cip_code TEXT NOT NULL REFERENCES cip_programs(cip_code),
    award_level INTEGER NOT NULL REFERENCES award_levels(award_level),
    completions INTEGER NOT NULL,
    completions_men INTEGER,
    completions_women INTEGER,
    accreditation TEXT,             -- empty in this data; an imported accreditor list may fill it
    accreditation_source TEXT,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);
CREATE INDEX programs_unitid ON programs(unitid);
CREATE INDEX programs_cip ON programs(cip_code);

CREATE TABLE pages (
    page_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (page_id, lang)
);

-- Other languages of the editors' texts (careers and the comparison grid's written rows).
CREATE TABLE translations (
    table_name TEXT NOT NULL,       -- careers, career_facts, credentials
    row_key TEXT NOT NULL,          -- career_id, or career_id:fact_key
    field TEXT NOT NULL,            -- title, summary, grouping_note, value
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    translated_by TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key, field, lang)
);

-- Common joins, for the app and for people browsing the file.
CREATE VIEW program_details AS
SELECT p.program_id, p.unitid, i.name AS school, i.alias, i.city, i.state,
       p.cip_code, c.title AS program, p.award_level, a.label AS award_label,
       a.level_group, a.sort_order AS level_sort, i.control, i.control_label,
       i.online_ug_programs, i.online_grad_programs,
       t.ug_in_state, t.ug_out_of_state, t.grad_in_state, t.grad_out_of_state,
       t.academic_year AS tuition_year, p.completions, i.latitude, i.longitude,
       p.accreditation, o.earnings, o.debt_median, i.iclevel,
       so.graduation_rate, so.award_8yr_ft_first, np.average AS net_price
FROM programs p
JOIN institutions i ON i.unitid = p.unitid
JOIN cip_programs c ON c.cip_code = p.cip_code
JOIN award_levels a ON a.award_level = p.award_level
LEFT JOIN tuition t ON t.unitid = p.unitid
LEFT JOIN school_outcomes so ON so.unitid = p.unitid
LEFT JOIN net_prices np ON np.unitid = p.unitid
-- the Scorecard row of the program's 4-digit family and credential (domain.outcomes'
-- CREDENTIAL_OF_AWARD, the same mapping)
LEFT JOIN program_outcomes o ON o.unitid = p.unitid
    AND o.cip_family = substr(p.cip_code, 1, 5)
    AND o.credential_level = CASE p.award_level
        WHEN 20 THEN 1 WHEN 21 THEN 1 WHEN 2 THEN 1 WHEN 4 THEN 1 WHEN 3 THEN 2
        WHEN 5 THEN 3 WHEN 6 THEN 4 WHEN 7 THEN 5 WHEN 8 THEN 8 WHEN 17 THEN 6
        WHEN 18 THEN 7 WHEN 19 THEN 6 END;

CREATE VIEW career_latest_wage AS
SELECT c.career_id, c.title, c.soc_code, w.median_annual, w.mean_annual, w.employment,
       w.pct10_annual, w.pct90_annual, w.source_id, s.release, s.year
FROM careers c
JOIN wages w ON w.soc_code = c.soc_code AND w.area_type = 'N' AND w.industry_code = '000000'
JOIN sources s ON s.source_id = w.source_id
WHERE s.year = (SELECT MAX(s2.year) FROM wages w2 JOIN sources s2 ON s2.source_id = w2.source_id
                WHERE w2.soc_code = c.soc_code AND w2.area_type = 'N');

CREATE VIEW career_outlook AS
SELECT c.career_id, c.title, c.soc_code, p.period, p.change_percent, p.openings_per_year,
       p.entry_education, p.source_id
FROM careers c JOIN projections p ON p.soc_code = c.soc_code;

CREATE TABLE program_trend (      -- graduates per year (one row per completions survey)
    program_id TEXT NOT NULL REFERENCES programs(program_id),
    source_id TEXT NOT NULL REFERENCES sources(source_id), -- its period is the year
    completions INTEGER NOT NULL,
    PRIMARY KEY (program_id, source_id)
);

CREATE TABLE program_outcomes (   -- College Scorecard field of study: 4-digit CIP families
    unitid INTEGER NOT NULL REFERENCES institutions(unitid),
    cip_family TEXT NOT NULL,       -- '51.07'
    family_title TEXT NOT NULL,
    credential_level INTEGER NOT NULL,
    credential TEXT NOT NULL,
    completers INTEGER,
    earnings INTEGER,               -- median, dollars a year; NULL = too few to report
    earnings_years INTEGER,         -- years after completion it was measured (4 or 1)
    hs_earnings_state INTEGER,      -- typical high-school graduate's earnings in the state
    debt_median INTEGER,            -- median federal loan debt at graduation
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (unitid, cip_family, credential_level)
);

CREATE TABLE school_outcomes (    -- IPEDS graduation rates and Outcome Measures, percent
    unitid INTEGER PRIMARY KEY REFERENCES institutions(unitid),
    graduation_rate REAL,           -- first-time full-time, within 150 % of normal time
    transfer_out_rate REAL,
    award_8yr_ft_first REAL,        -- award within 8 years: full-time first-time entrants
    award_8yr_pt_first REAL,
    award_8yr_ft_transfer REAL,
    award_8yr_pt_transfer REAL,
    graduation_source_id TEXT REFERENCES sources(source_id),
    measures_source_id TEXT REFERENCES sources(source_id)
);

CREATE TABLE net_prices (         -- average net price after grants, dollars a year
    unitid INTEGER PRIMARY KEY REFERENCES institutions(unitid),
    average INTEGER,
    income_0_30k INTEGER,
    income_30_48k INTEGER,
    income_48_75k INTEGER,
    income_75_110k INTEGER,
    income_110k_plus INTEGER,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE price_parities (      -- BEA all-items Regional Price Parity (US = 100)
    area_code TEXT PRIMARY KEY,      -- the OEWS area it applies to
    rpp REAL NOT NULL,
    basis TEXT NOT NULL,             -- state, metro area, or state nonmetropolitan portion
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE loan_terms (          -- the federal loan the monthly payment assumes
    loan TEXT PRIMARY KEY,
    rate_percent REAL NOT NULL,
    term_years INTEGER NOT NULL,
    academic_year TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

-- The interest check (O*NET Interest Profiler, CC BY-ND 4.0: items word for word).
CREATE TABLE ip_items (
    form TEXT NOT NULL,             -- mini (30 items) or short (60 items)
    number INTEGER NOT NULL,
    area TEXT NOT NULL,             -- Realistic … Conventional
    text TEXT NOT NULL,             -- as O*NET wrote it (the newer wording where chosen)
    older_text TEXT,                -- the 2015 copy's wording, where the newer one is used
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (form, number)
);
CREATE TABLE ip_answers (value INTEGER PRIMARY KEY, label TEXT NOT NULL);

CREATE TABLE interest_profiles (  -- every occupation with interest ratings (OI, 1-7)
    onet_code TEXT PRIMARY KEY,
    soc_code TEXT NOT NULL,
    title TEXT NOT NULL,
    job_zone INTEGER,
    realistic REAL NOT NULL,
    investigative REAL NOT NULL,
    artistic REAL NOT NULL,
    social REAL NOT NULL,
    enterprising REAL NOT NULL,
    conventional REAL NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);
CREATE TABLE interest_activities (
    area TEXT NOT NULL,
    activity TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (area, activity)
);
CREATE TABLE job_zones (job_zone INTEGER PRIMARY KEY, name TEXT NOT NULL, education TEXT NOT NULL);

-- Every occupation the guide names, in brief (issue 33): the snapshot of any O*NET code.
CREATE TABLE snapshot_occupations ( -- every O*NET 30.3 occupation
    onet_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    job_zone INTEGER,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE snapshot_tasks (       -- every task statement (O*NET 29.3), core ones marked
    onet_code TEXT NOT NULL,
    task_id INTEGER NOT NULL,
    task TEXT NOT NULL,
    core INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (onet_code, task_id)
) WITHOUT ROWID;

CREATE TABLE occupation_outlook (   -- BLS Table 1.2 (2024-34) for every detailed occupation
    soc_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    period TEXT NOT NULL,
    employment_base INTEGER,
    employment_target INTEGER,
    change_percent REAL,
    openings_per_year INTEGER,
    entry_education TEXT,
    work_experience TEXT,
    job_training TEXT,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

CREATE TABLE occupation_pay (       -- OEWS pay of every occupation, national and by state
    soc_code TEXT NOT NULL,
    area_code TEXT NOT NULL,        -- 0000000 national, else the state's OEWS area (states)
    pct10_annual INTEGER,
    median_annual INTEGER,
    pct90_annual INTEGER,
    top_coded TEXT NOT NULL DEFAULT '',
    not_released TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL REFERENCES sources(source_id),
    PRIMARY KEY (soc_code, area_code)
) WITHOUT ROWID;

CREATE TABLE national_pay (       -- every detailed occupation's national median (OEWS)
    soc_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    median_annual INTEGER,
    at_least INTEGER NOT NULL,      -- 1: top-coded, the median is at least this
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);

-- The career pathway map (data/content/pathways.toml): steps in lanes, and links that say
-- what a move takes and on what that rests (issuer, bls, onet or editors).
CREATE TABLE pathway_steps (
    step_id TEXT PRIMARY KEY,
    lane INTEGER NOT NULL,
    lane_group TEXT NOT NULL,       -- the award level group the lane starts from
    row INTEGER NOT NULL,
    career_id TEXT REFERENCES careers(career_id),  -- NULL: not profiled in the guide
    title TEXT,                     -- for a step that is not a career
    title_es TEXT,
    soc_code TEXT NOT NULL,
    onet_code TEXT NOT NULL
);
CREATE TABLE pathway_links (
    link_no INTEGER PRIMARY KEY,
    from_id TEXT NOT NULL REFERENCES pathway_steps(step_id),
    to_id TEXT NOT NULL REFERENCES pathway_steps(step_id),
    award_group TEXT NOT NULL,
    years INTEGER NOT NULL,         -- usual full-time length (the editors' reading)
    basis TEXT NOT NULL,            -- issuer, bls, onet, editors
    credential_id TEXT REFERENCES credentials(credential_id),
    note TEXT,                      -- the editors' words (basis editors)
    note_es TEXT,
    source_id TEXT NOT NULL REFERENCES sources(source_id)
);
