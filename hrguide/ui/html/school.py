"""The school detail's text, as HTML built from the data (every data text escaped)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.models import Institution
from ...domain.schools import SchoolIndex
from ..look import fmt, vocab
from ..models.schools import LEVEL_LABELS, online_text


def _t(text: object) -> str:  # (QT_TRANSLATE_NOOP labels are typed object)
    return QCoreApplication.translate("Schools", str(text))


def _money(value: int | None) -> str:
    return (
        fmt.money(value)
        if value is not None
        else QCoreApplication.translate("Schools", "not reported")
    )


def school_html(index: SchoolIndex, institution: Institution, periods: dict[str, str]) -> str:
    """The school's details as HTML: address and web address, status, distance, its
    programs for these careers, tuition, distance education, accreditation and sources.
    Every text from the data is escaped."""
    rows = [n for n, p in enumerate(index.programs) if p.unitid == institution.unitid]
    first = index.programs[rows[0]] if rows else None
    i = institution
    parts = []
    address = ", ".join(x for x in (i.address, i.city, f"{i.state} {i.zip}") if x)
    parts.append(f"<p>{escape(address)}</p>")
    if i.web_address:
        parts.append(
            "<p><b>{}</b> {}</p>".format(
                escape(QCoreApplication.translate("Schools", "Web address:")),
                escape(i.web_address),
            )
        )
    parts.append(
        "<p>{} · {}</p>".format(
            escape(i.control_label),
            escape(
                QCoreApplication.translate("Schools", "closed {date}").format(date=i.closed_date)
            )
            if i.closed_date
            else escape(
                QCoreApplication.translate("Schools", "open in the {period} directory").format(
                    period=periods["directory"]
                )
            ),
        )
    )
    distance = index.distance[rows[0]] if rows else None
    if distance is not None:
        parts.append(
            "<p>{}</p>".format(
                escape(
                    QCoreApplication.translate(
                        "Schools", "{miles} miles from your home school"
                    ).format(miles=fmt.count(distance))
                )
            )
        )

    parts.append(
        "<h3>{}</h3><table cellspacing='0' cellpadding='3'>".format(
            escape(QCoreApplication.translate("Schools", "Programs for these careers"))
        )
    )
    parts.append(
        "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='right'>{}</th></tr>".format(
            escape(QCoreApplication.translate("Schools", "Program")),
            escape(QCoreApplication.translate("Schools", "Credential")),
            escape(
                QCoreApplication.translate("Schools", "Graduates {period}").format(
                    period=periods["completions"]
                )
            ),
        )
    )
    for r in sorted(rows, key=lambda r: (index.programs[r].program, index.programs[r].level_sort)):
        p = index.programs[r]
        parts.append(
            f"<tr><td>{escape(p.program)}</td><td>{escape(vocab.award(p.award_label))}</td><td align='right'>{fmt.count(p.completions)}</td></tr>"
        )
    parts.append("</table>")

    parts.append(
        "<h3>{}</h3>".format(
            escape(QCoreApplication.translate("Schools", "Tuition and required fees"))
        )
    )
    if i.tuition_year:
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, key in (
            (
                QCoreApplication.translate("Schools", "Undergraduate, in-district"),
                "ug_in_district",
            ),
            (QCoreApplication.translate("Schools", "Undergraduate, in-state"), "ug_in_state"),
            (
                QCoreApplication.translate("Schools", "Undergraduate, out-of-state"),
                "ug_out_of_state",
            ),
            (QCoreApplication.translate("Schools", "Graduate, in-state"), "grad_in_state"),
            (
                QCoreApplication.translate("Schools", "Graduate, out-of-state"),
                "grad_out_of_state",
            ),
        ):
            parts.append(
                f"<tr><td>{escape(label)}</td><td align='right'>{escape(_money(getattr(i, key)))}</td></tr>"
            )
        parts.append(
            "</table><p><i>{}</i></p>".format(
                escape(
                    QCoreApplication.translate(
                        "Schools",
                        "Published prices for {year} reported to IPEDS; they will have changed. "
                        "Ask the school for current tuition and fees.",
                    ).format(year=i.tuition_year)
                )
            )
        )
    else:
        parts.append(
            "<p>{}</p>".format(
                escape(
                    QCoreApplication.translate(
                        "Schools",
                        "This school reported no yearly tuition to IPEDS for {period} (schools that "
                        "charge by program report elsewhere). Ask the school for its costs.",
                    ).format(period=periods["tuition"])
                )
            )
        )

    if i.newer_ug_in_district is not None and i.newer_price_year:
        parts.append(
            "<p>{}</p>".format(
                escape(
                    QCoreApplication.translate(
                        "Schools",
                        "Newer figure: undergraduate in-district tuition and fees for {year} were "
                        "{amount} (IPEDS cost survey, {year}).",
                    ).format(year=i.newer_price_year, amount=_money(i.newer_ug_in_district))
                )
            )
        )
    parts.append(
        "<h3>{}</h3>".format(
            escape(QCoreApplication.translate("Schools", "Distance education (whole school)"))
        )
    )
    parts.append(
        "<p>{}: {}<br>{}: {}<br>{}: {}</p>".format(
            escape(QCoreApplication.translate("Schools", "Undergraduate programs entirely online")),
            escape(online_text(first.online_ug if first else None)),
            escape(QCoreApplication.translate("Schools", "Graduate programs entirely online")),
            escape(online_text(first.online_grad if first else None)),
            escape(QCoreApplication.translate("Schools", "Some courses online")),
            escape(online_text(i.online_courses)),
        )
    )
    parts.append(
        "<p><i>{}</i></p>".format(
            escape(
                QCoreApplication.translate(
                    "Schools",
                    "IPEDS reports distance education for the school as a whole, not for each "
                    "program: ask whether this program can be taken online.",
                )
            )
        )
    )

    parts.append(
        "<h3>{}</h3><p>{}</p>".format(
            escape(QCoreApplication.translate("Schools", "Accreditation")),
            escape(
                QCoreApplication.translate(
                    "Schools",
                    "The RHIT and RHIA exams require a program accredited by CAHIIM (the Commission on "
                    "Accreditation for Health Informatics and Information Management Education). "
                    "Program accreditation is not in this data: check the CAHIIM directory of "
                    "accredited programs before you enroll.",
                )
            ),
        )
    )
    accredited = [index.programs[r] for r in rows if index.programs[r].accreditation]
    for p in accredited:
        parts.append(f"<p>{escape(p.program)}: {escape(p.accreditation or '')}</p>")
    levels = sorted(
        {index.programs[r].level_group for r in rows}, key=lambda g: list(LEVEL_LABELS).index(g)
    )
    parts.append(
        "<p style='color:#55636d'>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "Schools",
                    "Sources: IPEDS Completions {completions}, Directory {directory}, "
                    "Student Charges {tuition}. Levels offered: {levels}.",
                ).format(
                    levels=", ".join(_t(LEVEL_LABELS[g]) for g in levels),
                    **{k: periods[k] for k in ("completions", "directory", "tuition")},
                )
            )
        )
    )
    return "".join(parts)
