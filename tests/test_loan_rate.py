"""The loan rate carries its period (issue 32, item 5): "first disbursed in 2025-26"; a site
file can supply a newer year's rate; once the rate's year is over the guide says the rate
shown is that year's. The clock is pinned on both sides of 30 June."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest
from conftest import GUIDE_DB

from hrguide.config import ConfigError, read_file
from hrguide.domain.outcomes import is_academic_year
from hrguide.store.guide import GuideStore

LOANS = Path(__file__).resolve().parents[1] / "data" / "content" / "loans.toml"


def _content_loan() -> dict:
    with LOANS.open("rb") as fh:
        return tomllib.load(fh)["loan"][0]


@pytest.fixture
def store():
    s = GuideStore(GUIDE_DB)
    yield s
    s.close()


def test_the_rate_holds_until_the_30_june_after_its_year(store):
    loan = store.loan_terms()
    assert loan is not None and loan.academic_year == _content_loan()["academic_year"]
    last = datetime.date(int(loan.academic_year[:4]) + 1, 6, 30)
    assert not loan.has_ended(last)
    assert loan.has_ended(last + datetime.timedelta(days=1))


def test_the_words_name_the_period_and_say_when_it_is_over(store, qapp):
    from hrguide.ui.html.outcomes import loan_words

    raw = _content_loan()
    loan = store.loan_terms()
    first = int(raw["academic_year"][:4])
    during = loan_words(loan, datetime.date(first + 1, 3, 1))
    after = loan_words(loan, datetime.date(first + 1, 12, 7))
    rate = f"{raw['rate_percent']:.2f}%"
    for text in (during, after):
        assert f"at {rate} a year" in text
        assert f"first disbursed in {raw['academic_year']} (July 1 to June 30" in text
    assert "That year is over" not in during
    assert f"That year is over: {rate} is the {raw['academic_year']} rate" in after


def test_a_site_file_supplies_a_newer_rate_and_an_older_one_is_not_used(tmp_path, store):
    data = store.loan_terms()
    first = int(data.academic_year[:4])
    store.use_site_loan(7.05, f"{first + 1}-{(first + 2) % 100:02d}", "Federal Student Aid")
    newer = store.loan_terms()
    assert newer.rate_percent == 7.05 and newer.academic_year.startswith(str(first + 1))
    assert newer.term_years == data.term_years and newer.source.short_label == "Federal Student Aid"
    store.use_site_loan(5.0, f"{first - 1}-{first % 100:02d}", "old")
    assert store.loan_terms() == data


def test_the_site_file_sets_the_three_loan_keys_together(tmp_path):
    good = tmp_path / "site.toml"
    good.write_text('[loan]\nrate_percent = 7.05\nacademic_year = "2026-27"\nsource = "FSA"\n')
    assert read_file(good)["loan.academic_year"] == "2026-27"
    partial = tmp_path / "partial.toml"
    partial.write_text("[loan]\nrate_percent = 7.05\n")
    with pytest.raises(ConfigError, match="together"):
        read_file(partial)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[loan]\nrate_percent = 7.05\nacademic_year = "2026-28"\nsource = "FSA"\n')
    with pytest.raises(ConfigError, match="academic year"):
        read_file(wrong)
    assert is_academic_year("1999-00") and not is_academic_year("2026")


def test_a_window_made_with_a_newer_site_rate_uses_it(qtbot):
    from hrguide.app import create_main_window
    from hrguide.config import LoanRate, SiteConfig

    win = create_main_window(GUIDE_DB, config=SiteConfig(loan=LoanRate(7.05, "2099-00", "FSA")))
    qtbot.addWidget(win)
    assert win.ctx.store.loan_terms().rate_percent == 7.05
