"""A long handout never cuts a table row across two pages and repeats each table's header
on every page it runs onto (issue 31, item 8), checked in the PDF's own text."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess

import pytest

from hrguide.store.userdata import MEMORY, UserStore
from hrguide.ui.html.handout import Handout, handout_html
from hrguide.ui.print.handout import write_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

CITY = re.compile(r"\b[A-Z][A-Za-z.' -]+, [A-Z]{2}\b")  # "Louisville, KY": a program row


def _pages(store, tmp_path, programs: int, page: str) -> list[str]:
    user = UserStore(MEMORY)
    lst = user.create("A long list")
    for c in store.careers():
        user.add(lst.list_id, "career", c.career_id, c.title)
    picked = [p for p in store.programs() if p.cip_code in ("51.0707", "51.0713")][:programs]
    for p in picked:
        user.add(lst.list_id, "program", p.program_id, p.school, p.program)
    html = handout_html(
        store, Handout(lst.name, user.items(lst.list_id), date=datetime.date(2026, 12, 7))
    )
    pdf = tmp_path / "handout.pdf"
    write_pdf(pdf, html, title="A long list", page=page)
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout.split("\f")


@pytest.mark.parametrize(("programs", "page"), [(30, "letter"), (23, "a4"), (12, "letter")])
def test_no_row_is_cut_and_every_page_of_a_table_has_its_header(
    qapp, store, tmp_path, programs, page
):
    pages = _pages(store, tmp_path, programs, page)
    assert len(pages) > 2  # long enough to run over pages
    outcome = "Graduates of this program family"
    assert sum(text.count(outcome) for text in pages) == programs
    for n, text in enumerate(pages, 1):
        if outcome not in text:
            continue
        assert "In-state tuition" in text, f"page {n} has program rows but no header"
        before = text[: text.index(outcome)]
        # the first outcome line on a page follows its own program's row (school, city),
        # not the tail of a row that began on the page before
        assert CITY.search(before[before.rfind("Out-of-state") :]), f"page {n} starts mid-row"
        # and every outcome line that starts on a page ends there
        assert text.count(outcome) == text.count("(College Scorecard,"), f"page {n}"
    compared = [t for t in pages if "Estimated monthly" in t]
    assert len(compared) == 1 and "payment" in compared[0]
