"""What covers the kiosk window: the idle countdown and the attract screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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


class Overlay(QWidget):
    """A full-window layer over the guide."""

    def __init__(self, host: QWidget, object_name: str) -> None:
        super().__init__(host)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def cover(self) -> None:
        host = self.parentWidget()
        assert host is not None  # an overlay always has its window
        self.setGeometry(host.rect())
        self.show()
        self.raise_()


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


class AttractScreen(Overlay):
    """Shown after a reset until the next touch: the app's name, career highlights, and the
    languages (a touch on one starts the guide in it)."""

    languageChosen = Signal(str)

    def __init__(self, host: QWidget, highlights: list[str]) -> None:
        super().__init__(host, "attractScreen")
        self.highlights = highlights or [""]
        self.position = 0
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(self.tr("Health Records Career Guide"))
        name.setObjectName("attractTitle")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        touch = QLabel(self.tr("Touch anywhere to explore careers in health records"))
        touch.setObjectName("attractPrompt")
        touch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.highlight = QLabel(self.highlights[0])
        self.highlight.setObjectName("attractHighlight")
        self.highlight.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.highlight.setWordWrap(True)
        self.highlight.setMinimumWidth(900)
        for w in (name, touch, self.highlight):
            lay.addWidget(w)
        languages = QHBoxLayout()
        languages.addStretch(1)
        self.language_buttons: list[QPushButton] = []
        for code, language in LANGUAGES.items():
            b = QPushButton(language)  # each language's own name, in every language
            b.setObjectName(f"attractLanguage-{code}")
            b.setMinimumHeight(b.fontMetrics().height() * 3)
            b.clicked.connect(lambda _c=False, c=code: self.languageChosen.emit(c))
            self.language_buttons.append(b)
            languages.addWidget(b)
        languages.addStretch(1)
        lay.addLayout(languages)
        self.rotate = QTimer(self)
        self.rotate.setInterval(6000)
        self.rotate.timeout.connect(self.next_highlight)

    def next_highlight(self) -> None:
        self.position = (self.position + 1) % len(self.highlights)
        self.highlight.setText(self.highlights[self.position])

    def cover(self) -> None:
        super().cover()
        self.rotate.start()

    def hideEvent(self, event) -> None:
        if hasattr(self, "rotate"):  # hide() runs once in the base constructor
            self.rotate.stop()
        super().hideEvent(event)


def career_highlights(store, lang: str) -> list[str]:
    """One line per career for the attract screen, each figure with its source."""
    lines = []
    for c in store.careers(lang=lang):
        wage = store.national_wage(c.soc_code)
        outlook = store.projection(c.soc_code)
        if wage is None or outlook is None:
            continue
        lines.append(
            QApplication.translate(
                "Kiosk",
                "{career}: median pay {pay} a year ({wage_source}); jobs expected to "
                "change {growth} over {period} ({outlook_source})",
            ).format(
                career=c.title,
                pay=fmt.wage(wage, "median_annual"),
                wage_source=fmt.cite(wage.source),
                growth=fmt.percent(outlook.change_percent),
                period=outlook.period,
                outlook_source=fmt.cite(outlook.source),
            )
        )
    return lines
