"""The detail panel of the school finder: one school, its programs, tuition and caveats."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Institution
from ...domain.schools import SchoolIndex
from ...domain.shortlist import PROGRAM
from ..look import fmt
from ..models.schools import LEVEL_LABELS, online_text
from .basics import plain_wrapping
from .qr import qr_pixmap
from .star import StarButton


def _t(text: object) -> str:  # (QT_TRANSLATE_NOOP labels are typed object)
    return QCoreApplication.translate("Schools", str(text))


def _money(value: int | None) -> str:
    return (
        fmt.money(value)
        if value is not None
        else QCoreApplication.translate("Schools", "not reported")
    )


class SchoolDetail(QFrame):
    """Everything the data says about one school. Web addresses are shown, never opened."""

    closed = Signal()
    homeRequested = Signal(int)

    def __init__(
        self,
        shortlister=None,
        selected_program=None,
        parent: QWidget | None = None,
        *,
        periods: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schoolDetail")
        # the periods of the sources it names, read from the data (fmt.school_periods)
        self.periods = periods or {
            "completions": "",
            "tuition": "",
            "distance": "",
            "directory": "",
        }
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.unitid: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("schoolDetailTitle")
        self.title.setProperty("heading", 2)
        plain_wrapping(self.title)
        top.addWidget(self.title, 1)
        self.close_button = QPushButton(QCoreApplication.translate("Schools", "Close"))
        self.close_button.setObjectName("schoolDetailClose")
        self.close_button.setAccessibleName(
            QCoreApplication.translate("Schools", "Close the school details")
        )
        self.close_button.clicked.connect(self.close_panel)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.qr = QLabel()
        self.qr.setObjectName("schoolQr")
        self.qr_caption = QLabel()
        self.qr_caption.setProperty("role", "source")
        self.qr_caption.setWordWrap(True)
        qr_row = QHBoxLayout()
        qr_row.addWidget(self.qr)
        qr_row.addWidget(self.qr_caption, 1)
        lay.addLayout(qr_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QLabel()
        self.body.setObjectName("schoolDetailBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll.setWidget(self.body)
        self.body_scroll = scroll  # (not `scroll`: that is QWidget.scroll())
        lay.addWidget(scroll, 1)
        self.home_button = QPushButton(
            QCoreApplication.translate("Schools", "Measure distances from this school")
        )
        self.home_button.setObjectName("useAsHome")
        self.home_button.clicked.connect(
            lambda: self.unitid and self.homeRequested.emit(self.unitid)
        )
        lay.addWidget(self.home_button)
        self.star = None
        if shortlister is not None and selected_program is not None:

            def item():
                p = selected_program()
                if p is None:
                    return None
                return (
                    PROGRAM,
                    p.program_id,
                    p.school,
                    f"{p.program} ({p.award_label}), {p.city}, {p.state}",
                )

            self.star = StarButton(shortlister, item, "starProgram")
            lay.addWidget(self.star)
        self.hide()

    def show_school(self, index: SchoolIndex, institution: Institution) -> None:
        unitid = self.unitid = institution.unitid
        rows = [i for i, p in enumerate(index.programs) if p.unitid == unitid]
        first = index.programs[rows[0]] if rows else None
        self.title.setText(institution.name)
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
            self.qr.setPixmap(qr_pixmap(i.web_address, 3))
            self.qr.setAccessibleName(
                QCoreApplication.translate("Schools", "QR code of the web address {url}").format(
                    url=i.web_address
                )
            )
            self.qr_caption.setText(
                QCoreApplication.translate(
                    "Schools", "Scan with a phone camera to open {url}"
                ).format(url=i.web_address)
            )
        self.qr.setVisible(bool(i.web_address))
        self.qr_caption.setVisible(bool(i.web_address))
        parts.append(
            "<p>{} · {}</p>".format(
                escape(i.control_label),
                escape(
                    QCoreApplication.translate("Schools", "closed {date}").format(
                        date=i.closed_date
                    )
                )
                if i.closed_date
                else escape(
                    QCoreApplication.translate("Schools", "open in the {period} directory").format(
                        period=self.periods["directory"]
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
            "<tr><th align='left'>{}</th><th align='left'>{}</th>"
            "<th align='right'>{}</th></tr>".format(
                escape(QCoreApplication.translate("Schools", "Program")),
                escape(QCoreApplication.translate("Schools", "Credential")),
                escape(
                    QCoreApplication.translate("Schools", "Graduates {period}").format(
                        period=self.periods["completions"]
                    )
                ),
            )
        )
        for r in sorted(
            rows, key=lambda r: (index.programs[r].program, index.programs[r].level_sort)
        ):
            p = index.programs[r]
            parts.append(
                f"<tr><td>{escape(p.program)}</td><td>{escape(p.award_label)}</td><td align='right'>{fmt.count(p.completions)}</td></tr>"
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
                        ).format(period=self.periods["tuition"])
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
                escape(
                    QCoreApplication.translate("Schools", "Undergraduate programs entirely online")
                ),
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
                        "accredited programs before you enrol.",
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
                        **{k: self.periods[k] for k in ("completions", "directory", "tuition")},
                    )
                )
            )
        )
        self.body.setText("".join(parts))
        if self.star is not None:
            self.star.refresh()
        self.body_scroll.verticalScrollBar().setValue(0)
        self.show()

    def close_panel(self) -> None:
        self.unitid = None
        self.hide()
        self.closed.emit()
