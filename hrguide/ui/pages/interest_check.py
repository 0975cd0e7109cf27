"""Interest check: the O*NET Interest Profiler (Mini-IP by default, or the 60-item Short
Form), one item at a time with big touch targets, then where the guide's careers stand
among every occupation with an interest profile. Answers live in memory only: never
written, gone on a kiosk reset. Items are shown exactly as O*NET wrote them (CC BY-ND 4.0),
in English in every language of the guide."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import interests as rules
from ...domain.schema import WAGES_CURRENT
from ..context import Context, Link
from ..widgets.basics import ScrollPage, heading
from ..widgets.flow import FlowLayout
from ..widgets.interest_places import placements
from ..widgets.interest_results import InterestResults, ResultsFacts
from ..widgets.qr import qr_pixmap

if TYPE_CHECKING:
    from ...store.protocols import CareerReader, InterestReader, SnapshotReader, SourceReader

    class PageStore(CareerReader, InterestReader, SnapshotReader, SourceReader, Protocol):
        """What this module's pages read of the guide database (for mypy: no cost at run
        time)."""


def _store(ctx: Context) -> PageStore:
    """The guide's store as these pages read it (mypy checks that it fits)."""
    return ctx.store


def _answer_label(value: int) -> str:
    return {
        1: QCoreApplication.translate("InterestCheck", "Strongly Dislike"),
        2: QCoreApplication.translate("InterestCheck", "Dislike"),
        3: QCoreApplication.translate("InterestCheck", "Unsure"),
        4: QCoreApplication.translate("InterestCheck", "Like"),
        5: QCoreApplication.translate("InterestCheck", "Strongly Like"),
    }[value]


class InterestCheckPage(ScrollPage):
    page_id = "interest-check"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("interestCheckPage", parent)
        self.ctx = ctx
        self.store = _store(ctx)
        store = self.store
        self._build_intro()
        self._build_form_choice()
        self.add(self._build_question())
        self._build_results()
        self.add(self._build_outputs())  # above the results: the QR and 'start again' in view
        self.add(self.results)
        self.add(self._attribution())
        self.finish()
        self._careers = store.careers(lang=ctx.lang)
        self.start()

    def _build_intro(self) -> None:
        self.add(heading(self.tr("Is this for me? An interest check"), 1))
        intro = QLabel(
            self.tr(
                "For each work activity, say how you would feel about doing it. Do not think "
                "about pay or the training it needs; there are no right answers. Your answers "
                "stay on this screen: they are never saved."
            )
        )
        intro.setWordWrap(True)
        self.add(intro)
        self.items_note = QLabel(  # shown in any language but English
            self.tr(
                "The activities are shown in English, exactly as O*NET wrote them: their "
                "license does not allow changing them, and no official translation is "
                "available to the guide."
            )
        )
        self.items_note.setObjectName("interestItemsLanguage")
        self.items_note.setWordWrap(True)
        self.items_note.setProperty("role", "note")
        self.items_note.setVisible(self.ctx.lang != "en")
        self.add(self.items_note)

    def _build_form_choice(self) -> None:
        form_row = QHBoxLayout()
        form_row.addWidget(QLabel(self.tr("Questions:")))
        self.form = QComboBox()
        self.form.setObjectName("interestForm")
        self.form.setAccessibleName(self.tr("How many questions"))
        self.form.addItem(self.tr("30 (about five minutes)"), "mini")
        self.form.addItem(self.tr("60 (longer, more reliable)"), "short")
        self.form.currentIndexChanged.connect(lambda _i: self.start())
        form_row.addWidget(self.form)
        form_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(form_row)
        self.add(holder)

    def _build_question(self) -> QWidget:
        """One item at a time: progress, the item, five answers, back and next."""
        self.question = QWidget()
        self.question.setObjectName("interestQuestion")
        q = QVBoxLayout(self.question)
        q.setContentsMargins(0, 0, 0, 0)
        self.progress = QLabel()
        self.progress.setObjectName("interestProgress")
        q.addWidget(self.progress)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        q.addWidget(self.bar)
        self.item = QLabel()
        self.item.setObjectName("interestItem")
        self.item.setTextFormat(Qt.TextFormat.PlainText)  # O*NET's words, as plain text
        self.item.setWordWrap(True)
        self.item.setProperty("heading", 2)
        q.addWidget(self.item)
        q.addLayout(self._answer_buttons())
        q.addLayout(self._question_nav())
        return self.question

    def _answer_buttons(self) -> FlowLayout:
        answers = FlowLayout()  # five answers side by side where they fit, else wrapped
        # plain buttons, not a QButtonGroup: each answer is a Tab stop of its own; _go
        # checks the one chosen
        self.buttons: dict[int, QPushButton] = {}
        for value in rules.ANSWER_VALUES:
            b = QPushButton(_answer_label(value))
            b.setCheckable(True)
            b.setProperty("role", "step")  # (the style marks the checked one)
            b.setMinimumHeight(self.fontMetrics().height() * 3)  # a big touch target
            b.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)  # "Like" too
            b.clicked.connect(lambda _c=False, v=value: self._answered(v))
            self.buttons[value] = b
            answers.addWidget(b)
        return answers

    def _question_nav(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.back = QPushButton(self.tr("← Back"))
        self.back.setObjectName("interestBack")
        self.back.clicked.connect(lambda: self._go(self.current - 1))
        nav.addWidget(self.back)
        self.next = QPushButton(self.tr("Next →"))
        self.next.setObjectName("interestNext")
        self.next.clicked.connect(lambda: self._go(self.current + 1))
        nav.addWidget(self.next)
        nav.addStretch(1)
        self.see = QPushButton(self.tr("See my results"))
        self.see.setObjectName("interestSeeResults")
        self.see.clicked.connect(self.show_results)
        nav.addWidget(self.see)
        return nav

    def _build_results(self) -> None:
        store, ctx = self.store, self.ctx
        total = len(store.interest_profiles())
        facts = ResultsFacts(
            store.job_zone_names(), store.interest_activities(), total, store.role(WAGES_CURRENT)
        )
        self.results = InterestResults(facts, tap_opens=ctx.kiosk)
        self.results.openCareer.connect(lambda cid: ctx.router.go(Link("careers", career=cid)))
        self.results.openOccupation.connect(
            lambda code: ctx.router.go(Link("occupation", occupation=code))
        )

    def _build_outputs(self) -> QWidget:
        """Start again, add to the handout (not at a kiosk) and the scores' QR code."""
        ctx = self.ctx
        out = FlowLayout()  # wraps where the buttons and the QR code's caption do not fit
        self.again = QPushButton(self.tr("Start again"))
        self.again.setObjectName("interestStartOver")
        self.again.clicked.connect(self.start)
        out.addWidget(self.again)
        self.to_handout = None
        if not ctx.kiosk:  # a counselor adds the results to the shortlist's handout
            self.to_handout = QPushButton(self.tr("Add these results to the handout"))
            self.to_handout.setObjectName("interestToHandout")
            self.to_handout.clicked.connect(self._add_to_handout)
            out.addWidget(self.to_handout)
        self.qr_caption = QLabel(self.tr("Scan to keep your six scores (no answers, no name)"))
        self.qr_caption.setObjectName("interestQrCaption")
        self.qr_caption.setWordWrap(True)
        out.addWidget(self.qr_caption)
        self.qr = QLabel()
        self.qr.setObjectName("interestQr")
        out.addWidget(self.qr)
        self.out = QWidget()
        self.out.setLayout(out)
        return self.out

    def _attribution(self) -> QLabel:
        store = self.store
        attribution = QLabel(
            "\n".join(
                s.attribution
                for s in (store.source_of("ip_items"), store.source_of("interest_profiles"))
                if s is not None
            )
        )
        attribution.setObjectName("interestAttribution")
        attribution.setProperty("role", "source")
        attribution.setWordWrap(True)
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        return attribution

    # -- answering ----------------------------------------------------------------------
    def start(self) -> None:
        """A fresh check on the chosen form: no answers, first item, no results."""
        self.items = self.store.ip_items(self.form.currentData())
        self.answers: dict[int, int] = {}
        self.scores: tuple[int, ...] | None = None
        self.ctx.comparison.set_scores(None)
        self.results.clear()  # nothing of the last answers stays, hidden or not
        self.qr.clear()
        self.qr.setAccessibleName("")
        self.results.hide()
        self.out.hide()
        self.question.show()
        self._go(0)

    def _go(self, index: int) -> None:
        self.current = max(0, min(index, len(self.items) - 1))
        it = self.items[self.current]
        self.item.setText(it.text)
        n, total = self.current + 1, len(self.items)
        self.progress.setText(self.tr("{n} of {total}").format(n=n, total=total))
        self.bar.setRange(0, total)
        self.bar.setValue(len(self.answers))
        chosen = self.answers.get(it.number)
        for value, b in self.buttons.items():
            b.setObjectName(f"answer-{it.number}-{value}")
            b.setAccessibleName(f"{_answer_label(value)}: {it.text}")
            b.setAccessibleDescription(it.text)  # (not a name made once for the first item)
            b.setChecked(value == chosen)
            # the chosen answer says so in text (and a darker fill), not by colour alone
            b.setText(("✓ " if value == chosen else "") + _answer_label(value))
        self.back.setEnabled(self.current > 0)
        self.next.setEnabled(chosen is not None and self.current < total - 1)
        self.see.setEnabled(len(self.answers) == total)

    def _answered(self, value: int) -> None:
        it = self.items[self.current]
        self.answers[it.number] = value
        if len(self.answers) == len(self.items):
            self._go(self.current)  # every item answered: "See my results" is on
            self.see.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        later = range(self.current + 1, len(self.items))
        unanswered = [i for i in later if self.items[i].number not in self.answers]
        self._go(unanswered[0] if unanswered else self.current)
        # the focus leaves the answer just chosen: on the next question the same button
        # would look chosen; it goes to the first answer, as for a question seen afresh
        self.buttons[rules.ANSWER_VALUES[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- results ------------------------------------------------------------------------
    def show_results(self) -> None:
        if len(self.answers) != len(self.items):
            return
        store = self.store
        self.scores = rules.score(self.items, self.answers)
        maximum = rules.area_maximum(self.items)
        self.ctx.comparison.set_scores((self.scores, maximum))
        ranked = rules.rank_all(self.scores, store.interest_profiles())
        placed, guide = placements(
            self.scores, ranked, self._careers, store.national_pay(), store.every_outlook()
        )
        self.results.show_results(self.scores, maximum, placed, guide)
        self.question.hide()
        self.results.show()
        self.out.show()
        text = rules.scores_text(self.scores, self.form.currentData())
        self.qr.setVisible(self.ctx.kiosk)
        self.qr_caption.setVisible(self.ctx.kiosk)
        if self.ctx.kiosk:  # the only way the results leave a kiosk: six numbers as text
            self.qr.setPixmap(qr_pixmap(text, 3))
            self.qr.setAccessibleName(
                self.tr("QR code of your six scores: {text}").format(text=text)
            )

    def _add_to_handout(self) -> None:
        if self.scores is not None:
            self.ctx.comparison.set_interest(
                rules.scores_text(self.scores, self.form.currentData())
            )
            if self.to_handout is not None:
                self.to_handout.setText(self.tr("Added to the handout"))

    # -- the Page protocol --------------------------------------------------------------
    def retranslate(self) -> None:
        """The question where it was, its answers kept; results shown again in the new
        language (their words and the guide's career titles)."""
        self.items_note.setVisible(self.ctx.lang != "en")
        self._careers = self.store.careers(lang=self.ctx.lang)
        self.results.retranslate()
        self._go(self.current)
        if self.scores is not None:
            self.show_results()

    def open(self, link: Link) -> None:
        pass

    def location(self) -> Link:
        return Link(self.page_id)

    def reset(self) -> None:
        self.form.blockSignals(True)
        self.form.setCurrentIndex(0)
        self.form.blockSignals(False)
        self.start()
        self.scroll_to_top()
