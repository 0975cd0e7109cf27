"""What covers the kiosk window: the idle countdown and the attract screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..look import fmt
from ..look.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from ...domain.models import Projection
    from ...store.guide import GuideStore


class Overlay(QWidget):
    """A full-window layer over the guide."""

    def __init__(self, host: QWidget, object_name: str) -> None:
        super().__init__(host)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()
        host.installEventFilter(self)  # a turned screen resizes the window: follow it

    def cover(self) -> None:
        host = self.parentWidget()
        assert host is not None  # an overlay always has its window
        self.setGeometry(host.rect())
        self.show()
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.parentWidget() and self.isVisible():
            self.setGeometry(obj.rect())
        return super().eventFilter(obj, event)


class IdleOverlay(Overlay):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host, "idleOverlay")
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Still there?"))
        self.title.setObjectName("idleTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(self.tr("Touch the screen to keep going."))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.title, self.prompt, self.countdown):
            lay.addWidget(w)

    def set_seconds(self, seconds: int) -> None:
        self.countdown.setText(
            self.tr("The guide starts over for the next student in {n} s").format(n=seconds)
        )


class Highlight(NamedTuple):
    """One fact for the attract screen, in plain words, and the source it comes from."""

    fact: str
    source: str


class AttractScreen(Overlay):
    """Shown after a reset until the next touch: opaque (nothing of the page shows
    through), one large headline, one short fact at a time with its source in small type,
    and large language buttons (a touch on one starts the guide in it)."""

    languageChosen = Signal(str)

    def __init__(self, host: QWidget, highlights: list[Highlight]) -> None:
        super().__init__(host, "attractScreen")
        self.highlights = highlights or [Highlight("", "")]
        self.position = 0
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(24)
        name = self._line(self.tr("Health Records Career Guide"), "attractTitle")
        touch = self._line(
            self.tr("Touch anywhere to explore careers in health records"), "attractPrompt"
        )
        self.highlight = self._line("", "attractHighlight")
        self.source = self._line("", "attractSource")
        for w in (name, touch, self.highlight, self.source):
            lay.addWidget(w)
        languages = QHBoxLayout()
        languages.setSpacing(24)
        languages.addStretch(1)
        self.language_buttons: list[QPushButton] = []
        for code, language in LANGUAGES.items():
            b = QPushButton(language)  # each language's own name, in every language
            b.setObjectName(f"attractLanguage-{code}")
            b.clicked.connect(lambda _c=False, c=code: self.languageChosen.emit(c))
            self.language_buttons.append(b)
            languages.addWidget(b)
        languages.addStretch(1)
        lay.addLayout(languages)
        self._show_highlight()
        self.rotate = QTimer(self)
        self.rotate.setInterval(6000)
        self.rotate.timeout.connect(self.next_highlight)

    def _line(self, text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _show_highlight(self) -> None:
        fact, source = self.highlights[self.position]
        self.highlight.setText(fact)
        self.source.setText(self.tr("Source: {source}").format(source=source) if source else "")

    def next_highlight(self) -> None:
        self.position = (self.position + 1) % len(self.highlights)
        self._show_highlight()

    def cover(self) -> None:
        super().cover()
        self.rotate.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if hasattr(self, "rotate"):  # hide() runs once in the base constructor
            self.rotate.stop()
        super().hideEvent(event)


def career_highlights(store: GuideStore, lang: str) -> list[Highlight]:
    """Two facts per career for the attract screen, pay then job growth, each with the
    source it comes from (named apart, in small type)."""
    facts = []
    for c in store.careers(lang=lang):
        wage = store.national_wage(c.soc_code)
        if wage is not None and wage.median_annual is not None:
            pay = QApplication.translate("Kiosk", "{career}: half earn more than {pay} a year.")
            facts.append(
                Highlight(
                    pay.format(career=c.title, pay=fmt.wage(wage, "median_annual")),
                    fmt.cite(wage.source),
                )
            )
        outlook = store.projection(c.soc_code)
        if outlook is not None and outlook.change_percent is not None:
            facts.append(Highlight(_growth(c.title, outlook), fmt.cite(outlook.source)))
    return facts


def _growth(career: str, outlook: Projection) -> str:
    change = outlook.change_percent or 0.0  # (the caller passes only a projected change)
    if change > 0:
        text = QApplication.translate(
            "Kiosk", "{career}: jobs expected to grow {growth} over {period}."
        )
    else:
        text = QApplication.translate(
            "Kiosk", "{career}: jobs expected to change {growth} over {period}."
        )
    return text.format(career=career, growth=fmt.percent(change), period=outlook.period)
