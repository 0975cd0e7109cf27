"""Write a sample handout PDF and render its first page to docs/screenshots/ (needs pdftoppm).

python tools/handout_sample.py
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hrguide import paths
from hrguide.app import ensure_app
from hrguide.domain.interests import scores_text
from hrguide.store import GuideStore
from hrguide.store.userdata import UserStore
from hrguide.ui.html.handout import Handout, handout_html
from hrguide.ui.print.handout import write_pdf


def main() -> int:
    ensure_app()
    guide = GuideStore(paths.bundled_db())
    user = UserStore()
    lst = user.create("10th grade - spring visit")
    for cid, title in (
        ("health-information-technician", "Health information technician"),
        ("health-information-manager", "Health information manager"),
        ("medical-coder", "Medical coder"),
    ):
        user.add(lst.list_id, "career", cid, title)
    picks = [
        p
        for p in guide.programs()
        if p.state == "AL" and p.cip_code in ("51.0707", "51.0706", "51.0713")
    ][:4]
    for p in picks:
        user.add(lst.list_id, "program", p.program_id, p.school, p.program)
    first = user.items(lst.list_id)[0]
    user.set_note(first.item_id, "Likes working with data; ask about RHIT pass rates")
    html = handout_html(
        guide,
        Handout(
            lst.name,
            user.items(lst.list_id),
            date=datetime.date.today(),
            interest=scores_text([3, 5, 0, 12, 9, 18], "mini"),  # as the interest check adds it
        ),
    )
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "handout.pdf"
        write_pdf(pdf, html, title=f"Shortlist: {lst.name}")
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "110",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                "docs/screenshots/handout-page",
            ],
            check=True,
        )
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-f", "2", "-l", "2", str(pdf), "/tmp/handout-page"],
            check=False,  # a second page, if the handout has one, to look at
        )
    print("wrote docs/screenshots/handout-page-1.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
