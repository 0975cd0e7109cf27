"""Program and school outcomes: College Scorecard field-of-study earnings and debt (4-digit
CIP families), IPEDS graduation rates and Outcome Measures, net price by family income,
and the federal loan terms the monthly payment uses."""

from __future__ import annotations

from pathlib import Path

from .readers import Row, integer, num, read_csv

FOS = "college-scorecard-fos-2026"
GR_OM_NP = "ipeds-outcomes-gr-om-netprice"
HORIZONS = {"4yr_after_completion": 4, "1yr_after_completion": 1}
# the Scorecard's credential levels, in the words the guide uses for award levels
CREDENTIALS = {
    1: "Undergraduate certificate",
    2: "Associate degree",
    3: "Bachelor's degree",
    4: "Post-baccalaureate certificate",
    5: "Master's degree",
    6: "Doctoral degree",
    7: "First professional degree",
    8: "Graduate certificate",
}


def _family(code: str) -> str:
    """Scorecard's 4-digit CIP ("5107") as the guide writes a family ("51.07")."""
    return f"{code[:2]}.{code[2:]}"


def program_outcomes(src: Path, units: set[int]) -> list[Row]:
    """One row per school x program family x credential level, for the guide's schools.
    Suppressed values stay missing (None), never zero."""
    rows = []
    for r in read_csv(src / FOS / "value_check_cip4_5107_5122_5127_1108.csv"):
        unitid, level = int(r["unitid"]), int(r["credential_level"])
        if unitid not in units or level not in CREDENTIALS:
            continue
        rows.append(
            {
                "unitid": unitid,
                "cip_family": _family(r["cip_code"]),
                "family_title": r["cip_desc"].strip().rstrip("."),
                "credential_level": level,
                "credential": CREDENTIALS[level],
                "completers": integer(r["completers_count"]),
                "earnings": integer(r["earnings"]),
                "earnings_years": HORIZONS.get(r["earnings_horizon"]),
                "hs_earnings_state": integer(r["earnings_threshold_state"]),
                "debt_median": integer(r["debt_median"]),
                "source_id": "scorecard-fos-2026",
            }
        )
    return rows


def school_outcomes(src: Path, units: set[int]) -> list[Row]:
    """Graduation rate (DRVGR2024, 150 % of normal time) and Outcome Measures award rates
    after eight years (DRVOM2024) for the four entering groups."""
    folder = src / GR_OM_NP
    gr = {int(r["UNITID"]): r for r in read_csv(folder / "drvgr2024_subset.csv")}
    om = {int(r["UNITID"]): r for r in read_csv(folder / "drvom2024_subset.csv")}
    rows = []
    for unitid in sorted(units & (set(gr) | set(om))):
        g, o = gr.get(unitid, {}), om.get(unitid, {})
        rows.append(
            {
                "unitid": unitid,
                "graduation_rate": num(g.get("GRRTTOT")),
                "transfer_out_rate": num(g.get("TRRTTOT")),
                "award_8yr_ft_first": num(o.get("OM1TOTLAWDP8")),
                "award_8yr_pt_first": num(o.get("OM2TOTLAWDP8")),
                "award_8yr_ft_transfer": num(o.get("OM3TOTLAWDP8")),
                "award_8yr_pt_transfer": num(o.get("OM4TOTLAWDP8")),
                "graduation_source_id": "ipeds-drvgr2024" if g else None,
                "measures_source_id": "ipeds-drvom2024" if o else None,
            }
        )
    return rows


def net_prices(src: Path, units: set[int]) -> list[Row]:
    rows = []
    for r in read_csv(src / GR_OM_NP / "scorecard_net_price_subset.csv"):
        unitid = int(r["unitid"])
        if unitid not in units:
            continue
        rows.append(
            {
                "unitid": unitid,
                "average": integer(r["net_price_avg"]),
                "income_0_30k": integer(r["net_price_0_30k"]),
                "income_30_48k": integer(r["net_price_30_48k"]),
                "income_48_75k": integer(r["net_price_48_75k"]),
                "income_75_110k": integer(r["net_price_75_110k"]),
                "income_110k_plus": integer(r["net_price_110k_plus"]),
                "source_id": "scorecard-netprice-2026",
            }
        )
    return rows


def price_parities(src: Path, areas: list[tuple[str, str]]) -> list[Row]:
    """BEA's all-items Regional Price Parity (US = 100) for each OEWS area in `areas`
    ((area_type, area_code) pairs): a state's own, a metro area's (its CBSA code), and for
    an OEWS nonmetropolitan area its state's nonmetropolitan portion (BEA has none of its
    own). Areas BEA does not cover are left out."""
    rpp = {
        (r["LEVEL"], r["GeoFIPS"]): num(r["RPP_ALL_ITEMS_2024"])
        for r in read_csv(src / "bea-rpp-2024" / "rpp_all_items_2023_2024.csv")
    }
    rows = []
    for area_type, code in sorted(set(areas)):
        if area_type == "S":
            key, basis = ("state", code[:2] + "000"), "state"
        elif code.startswith("00"):
            key, basis = ("msa", code[2:]), "metro area"
        else:
            key, basis = ("state_portion", code[:2] + "999"), "state nonmetropolitan portion"
        value = rpp.get(key)
        if value is not None:
            rows.append(
                {"area_code": code, "rpp": value, "basis": basis, "source_id": "bea-rpp-2024"}
            )
    return rows
