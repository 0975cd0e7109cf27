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


def _p(text: str, style: str = "") -> str:
    """A paragraph of plain text (escaped), italic with style "i"."""
    body = escape(text)
    return f"<p><i>{body}</i></p>" if style == "i" else f"<p>{body}</p>"


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def school_html(index: SchoolIndex, institution: Institution, periods: dict[str, str]) -> str:
    """The school's details as HTML: address and web address, status, distance, its
    programs for these careers, tuition, distance education, accreditation and sources.
    Every text from the data is escaped."""
    rows = [n for n, p in enumerate(index.programs) if p.unitid == institution.unitid]
    return "".join(
        (
            _where(index, institution, rows, periods),
            _programs(index, rows, periods),
            _tuition(institution, periods),
            _online(index, institution, rows),
            _accreditation(index, rows),
            _sources(index, rows, periods),
        )
    )


def _where(index: SchoolIndex, i: Institution, rows: list[int], periods: dict[str, str]) -> str:
    """The address, web address, kind of school and status, and the distance from home."""
    address = ", ".join(x for x in (i.address, i.city, f"{i.state} {i.zip}") if x)
    parts = [_p(address)]
    if i.web_address:
        label = QCoreApplication.translate("Schools", "Web address:")
        parts.append(f"<p><b>{escape(label)}</b> {escape(i.web_address)}</p>")
    status = (
        QCoreApplication.translate("Schools", "closed {date}").format(date=i.closed_date)
        if i.closed_date
        else QCoreApplication.translate("Schools", "open in the {period} directory").format(
            period=periods["directory"]
        )
    )
    parts.append(_p(f"{i.control_label} · {status}"))
    distance = index.distance[rows[0]] if rows else None
    if distance is not None:
        parts.append(
            _p(
                QCoreApplication.translate("Schools", "{miles} miles from your home school").format(
                    miles=fmt.count(distance)
                )
            )
        )
    return "".join(parts)


def _programs(index: SchoolIndex, rows: list[int], periods: dict[str, str]) -> str:
    """The school's programs for these careers, with their graduates."""
    heads = (
        QCoreApplication.translate("Schools", "Program"),
        QCoreApplication.translate("Schools", "Credential"),
        QCoreApplication.translate("Schools", "Graduates {period}").format(
            period=periods["completions"]
        ),
    )
    parts = [
        _h3(QCoreApplication.translate("Schools", "Programs for these careers")),
        "<table cellspacing='0' cellpadding='3'>",
        "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='right'>{}</th></tr>".format(
            *map(escape, heads)
        ),
    ]
    for r in sorted(rows, key=lambda r: (index.programs[r].program, index.programs[r].level_sort)):
        p = index.programs[r]
        parts.append(
            f"<tr><td>{escape(p.program)}</td><td>{escape(vocab.award(p.award_label))}</td>"
            f"<td align='right'>{fmt.count(p.completions)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _tuition(i: Institution, periods: dict[str, str]) -> str:
    """Published tuition and fees by kind of student, and a newer figure when there is one."""
    parts = [_h3(QCoreApplication.translate("Schools", "Tuition and required fees"))]
    if i.tuition_year:
        charges = (
            (QCoreApplication.translate("Schools", "Undergraduate, in-district"), i.ug_in_district),
            (QCoreApplication.translate("Schools", "Undergraduate, in-state"), i.ug_in_state),
            (
                QCoreApplication.translate("Schools", "Undergraduate, out-of-state"),
                i.ug_out_of_state,
            ),
            (QCoreApplication.translate("Schools", "Graduate, in-state"), i.grad_in_state),
            (QCoreApplication.translate("Schools", "Graduate, out-of-state"), i.grad_out_of_state),
        )
        parts.append("<table cellspacing='0' cellpadding='3'>")
        parts += [
            f"<tr><td>{escape(label)}</td><td align='right'>{escape(_money(value))}</td></tr>"
            for label, value in charges
        ]
        parts.append("</table>")
        note = QCoreApplication.translate(
            "Schools",
            "Published prices for {year} reported to IPEDS; they will have changed. "
            "Ask the school for current tuition and fees.",
        ).format(year=i.tuition_year)
        parts.append(_p(note, "i"))
    else:
        note = QCoreApplication.translate(
            "Schools",
            "This school reported no yearly tuition to IPEDS for {period} (schools that "
            "charge by program report elsewhere). Ask the school for its costs.",
        ).format(period=periods["tuition"])
        parts.append(_p(note))
    if i.newer_ug_in_district is not None and i.newer_price_year:
        newer = QCoreApplication.translate(
            "Schools",
            "Newer figure: undergraduate in-district tuition and fees for {year} were "
            "{amount} (IPEDS cost survey, {year}).",
        ).format(year=i.newer_price_year, amount=_money(i.newer_ug_in_district))
        parts.append(_p(newer))
    return "".join(parts)


def _online(index: SchoolIndex, i: Institution, rows: list[int]) -> str:
    """Distance education, which IPEDS reports for the whole school."""
    first = index.programs[rows[0]] if rows else None
    lines = (
        (
            QCoreApplication.translate("Schools", "Undergraduate programs entirely online"),
            online_text(first.online_ug if first else None),
        ),
        (
            QCoreApplication.translate("Schools", "Graduate programs entirely online"),
            online_text(first.online_grad if first else None),
        ),
        (
            QCoreApplication.translate("Schools", "Some courses online"),
            online_text(i.online_courses),
        ),
    )
    note = QCoreApplication.translate(
        "Schools",
        "IPEDS reports distance education for the school as a whole, not for each "
        "program: ask whether this program can be taken online.",
    )
    body = "<br>".join(f"{escape(label)}: {escape(value)}" for label, value in lines)
    return (
        _h3(QCoreApplication.translate("Schools", "Distance education (whole school)"))
        + f"<p>{body}</p>"
        + _p(note, "i")
    )


def _accreditation(index: SchoolIndex, rows: list[int]) -> str:
    """What the data cannot say (program accreditation), and what it does say."""
    note = QCoreApplication.translate(
        "Schools",
        "The RHIT and RHIA exams require a program accredited by CAHIIM (the Commission on "
        "Accreditation for Health Informatics and Information Management Education). "
        "Program accreditation is not in this data: check the CAHIIM directory of "
        "accredited programs before you enroll.",
    )
    parts = [_h3(QCoreApplication.translate("Schools", "Accreditation")), _p(note)]
    accredited = [index.programs[r] for r in rows if index.programs[r].accreditation]
    parts += [_p(f"{p.program}: {p.accreditation or ''}") for p in accredited]
    return "".join(parts)


def _sources(index: SchoolIndex, rows: list[int], periods: dict[str, str]) -> str:
    levels = sorted(
        {index.programs[r].level_group for r in rows}, key=lambda g: list(LEVEL_LABELS).index(g)
    )
    text = QCoreApplication.translate(
        "Schools",
        "Sources: IPEDS Completions {completions}, Directory {directory}, "
        "Student Charges {tuition}. Levels offered: {levels}.",
    ).format(
        levels=", ".join(_t(LEVEL_LABELS[g]) for g in levels),
        **{k: periods[k] for k in ("completions", "directory", "tuition")},
    )
    return f"<p style='color:#55636d'>{escape(text)}</p>"


def disclaimer_html(periods: dict[str, str]) -> str:
    """The tuition disclaimer the school finder always shows."""
    return QCoreApplication.translate(
        "SchoolsPage",
        "<b>Schools charge tuition and fees.</b> The figures here are the published prices "
        "that schools reported to the US Department of Education (IPEDS) for the {period} "
        "school year, and they will have changed. Costs vary by program and by location: "
        "ask each school for its current tuition and fees before you enroll. No school pays "
        "to be listed here: the list is every school that reported a matching program.",
    ).format(period=escape(periods["tuition"]))
