"""A career's profile: everything about one career, every figure with its source."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...domain.models import CareerProfile
from ...domain.shortlist import CAREER
from ..context import Context, Link
from ..look import fmt
from ..look.retranslate import live
from ..widgets.basics import ScrollPage, heading, prose, source_note
from ..widgets.flow import FlowLayout
from ..widgets.star import StarButton
from ..widgets.wrap_label import WrapLabel

if TYPE_CHECKING:
    from ...store.protocols import CareerReader

    class PageStore(CareerReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


class CareerProfileView(ScrollPage):
    """Everything about one career, every figure with its source."""

    def __init__(self, ctx: Context, profile: CareerProfile, parent: QWidget | None = None):
        super().__init__("careerProfile", parent)
        self.career_id = profile.career.career_id
        self.ctx = ctx
        self.store = _store(ctx)
        self._in = {ctx.lang: profile}  # the profile in each language shown so far
        self._build_summary(profile)
        self._build_work(profile)
        self._build_skills(profile)
        self._build_education(profile)
        self._build_related(profile)
        self._build_actions(profile)
        self.finish()

    def _build_summary(self, profile: CareerProfile) -> None:
        """The title, other names, the summary, key figures and how they are counted."""
        c = profile.career
        self.add(live(heading(c.title, 1, "careerTitle"), lambda: self._now().career.title))
        if profile.alternate_titles:
            also = live(
                QLabel(),
                lambda: self.tr("Also called: {titles}").format(
                    titles=", ".join(self._now().alternate_titles[:8])
                ),
            )
            also.setWordWrap(True)
            also.setObjectName("alsoCalled")
            self.add(also)
        self.add(live(prose(c.summary), lambda: self._now().career.summary))
        self._key_figures(profile)
        if c.grouping_note:
            note = live(
                QLabel(),
                lambda: self.tr("How the figures are counted: {note}").format(
                    note=self._now().career.grouping_note
                ),
            )
            note.setWordWrap(True)
            note.setProperty("role", "note")
            self.add(note)

    def _build_work(self, profile: CareerProfile) -> None:
        self.add(heading(self.tr("What they do"), 2))
        self.add(live(prose(profile.description), lambda: self._now().description))
        if profile.tasks:
            self.add(
                live(
                    prose("", "careerTasks"),
                    lambda: "\n".join(f"- {t.task}" for t in self._now().tasks[:10]),
                )
            )
        self.add(source_note([profile.description_source]))

    def _build_skills(self, profile: CareerProfile) -> None:
        c = profile.career
        self.add(heading(self.tr("Skills and knowledge"), 2))
        if profile.skills:
            self.add(
                live(
                    prose(""),
                    lambda: self.tr("**Most important skills:** {skills}").format(
                        skills=", ".join(r.element_name for r in self._now().skills)
                    ),
                )
            )
        if profile.knowledge:
            self.add(
                live(
                    prose(""),
                    lambda: self.tr("**Knowledge used most:** {knowledge}").format(
                        knowledge=", ".join(r.element_name for r in self._now().knowledge)
                    ),
                )
            )
        if c.ratings_are_legacy:
            legacy_note = live(
                QLabel(),
                lambda: self.tr(
                    "O*NET has not yet rated skills and education for this occupation; these "
                    "ratings describe the former, broader occupation (O*NET code {code})."
                ).format(code=c.ratings_onet_code),
            )
            legacy_note.setWordWrap(True)
            legacy_note.setProperty("role", "note")
            self.add(legacy_note)
        self.add(source_note([r.source for r in profile.skills[:1] + profile.knowledge[:1]]))

    def _build_education(self, profile: CareerProfile) -> None:
        """BLS's entry education, what workers say, and the credentials that help."""
        self.add(heading(self.tr("Education"), 2))
        if profile.outlook and profile.outlook.entry_education:
            level = profile.outlook.entry_education
            self.add(
                live(
                    QLabel(),
                    lambda: self.tr("Typical education for entry (BLS): {level}").format(
                        level=level
                    ),
                )
            )
        if profile.education:
            self.add(live(prose(""), lambda: self._education(self._now())))
            self.add(source_note([profile.education[0].source]))

        if profile.credentials:
            self.add(heading(self.tr("Credentials that help"), 2))
            self.add(live(prose("", "careerCredentials"), lambda: _credentials(self._now())))
            prefix = lambda: self.tr("Requirements as stated by:")  # noqa: E731
            self.add(source_note([cr.source for cr in profile.credentials], prefix))

    def _build_related(self, profile: CareerProfile) -> None:
        ctx = self.ctx
        if profile.related:
            self.add(heading(self.tr("Related careers"), 2))
            row = QWidget()
            flow = FlowLayout(row)  # as many side by side as the width holds, none cut
            for r in profile.related[:9]:
                if r.career_id:
                    b = QPushButton(r.title)
                    live(b, partial(self._open_name, r.title), "setAccessibleName")
                    b.clicked.connect(
                        lambda _=False, cid=r.career_id: ctx.router.go(Link("careers", career=cid))
                    )
                    flow.addWidget(b)
                else:
                    flow.addWidget(QLabel("• " + r.title))
            self.add(row)
            self.add(source_note([profile.description_source]))

    def _build_actions(self, profile: CareerProfile) -> None:
        """Compare this career, or star it."""
        c = profile.career
        ctx = self.ctx
        buttons = QHBoxLayout()
        compare = QPushButton(self.tr("Compare with other careers"))
        compare.setObjectName("compareThisCareer")
        compare.clicked.connect(lambda: ctx.router.go(Link("compare", careers=(self.career_id,))))
        buttons.addWidget(compare)
        buttons.addWidget(
            StarButton(
                ctx.shortlister,
                lambda: (CAREER, c.career_id, c.title, c.soc_code),
                "starThisCareer",
            )
        )
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        self.add(holder)

    def _now(self) -> CareerProfile:
        """The profile in the language shown (what the live texts read)."""
        lang = self.ctx.lang
        if lang not in self._in:
            self._in[lang] = self.store.profile(self.career_id, lang=lang)
        return self._in[lang]

    def _open_name(self, title: str) -> str:
        return self.tr("Open {career}").format(career=title)

    def _education(self, profile: CareerProfile) -> str:
        lines = "\n".join(
            f"- {e.label.split(' - ')[0]}: {fmt.percent(e.percent, signed=False)}"
            for e in sorted(profile.education, key=lambda e: -e.percent)[:5]
        )
        return self.tr("What workers say the job requires:") + "\n\n" + lines

    def _key_figures(self, p: CareerProfile) -> None:
        box = QFrame()
        box.setObjectName("keyFigures")
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 12, 16, 12)
        wage, outlook = p.national_wage, p.outlook
        items: list[
            Callable[[], tuple[str, str, str]]
        ] = [  # (label, value, source): made again in another language
            lambda: (
                self.tr("Median pay"),
                fmt.wage(wage, "median_annual"),
                fmt.cite(wage.source if wage else None),
            ),
            lambda: (
                self.tr("Middle half earn"),
                f"{fmt.wage(wage, 'pct25_annual')} – {fmt.wage(wage, 'pct75_annual')}",
                fmt.cite(wage.source if wage else None),
            ),
            lambda: (
                self.tr("Job growth"),
                fmt.percent(outlook.change_percent if outlook else None),
                fmt.cite(outlook.source if outlook else None),
            ),
            lambda: (
                self.tr("Openings a year ({period} average)").format(
                    period=outlook.period if outlook else ""
                ),
                fmt.count(outlook.openings_per_year if outlook else None),
                fmt.cite(outlook.source if outlook else None),
            ),
        ]
        for col, item in enumerate(items):
            label, value, cite = item()
            # at 200 % text or in Spanish a label takes two lines
            name = live(WrapLabel(), partial(_part, item, "{0}"))
            name.setProperty("role", "figureLabel")
            val = live(WrapLabel(), partial(_part, item, "{1}"))
            val.setProperty("role", "figureValue")
            live(val, partial(_part, item, "{0}: {1}"), "setAccessibleName")
            src = QLabel(cite)
            src.setProperty("role", "source")
            src.setWordWrap(True)
            grid.addWidget(name, 0, col)
            grid.addWidget(val, 1, col)
            grid.addWidget(src, 2, col)
        self.add(box)


def _credentials(profile: CareerProfile) -> str:
    return "\n".join(
        f"- **{cr.abbreviation or cr.name}** ({cr.name}, {cr.issuer_abbreviation or cr.issuer}): "
        f"{cr.requirements}"
        for cr in profile.credentials
    )


def _part(item: Callable[[], tuple[str, str, str]], form: str) -> str:
    return form.format(*item())
