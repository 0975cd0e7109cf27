"""A number box with a − and a + button beside it, instead of a spin box's two small
arrows: a target a finger can hit (48 x 48 px on a kiosk, by its style sheet), and what
each does is written on it. The spin box stays the control the page reads and the one
that takes typing and the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QSpinBox, QToolButton, QWidget

from ..look.retranslate import live


class _Follow(QObject):
    """The buttons follow the box: enabled with it, and each off at its end of the range."""

    def __init__(self, box: QSpinBox, less: QToolButton, more: QToolButton) -> None:
        super().__init__(box)
        self.box, self.less, self.more = box, less, more
        box.installEventFilter(self)
        box.valueChanged.connect(self.update)
        self.update()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self.update()
        return False

    def update(self, *_args: object) -> None:
        on = self.box.isEnabled()
        self.less.setEnabled(on and self.box.value() > self.box.minimum())
        self.more.setEnabled(on and self.box.value() < self.box.maximum())


def with_steppers(box: QSpinBox) -> QWidget:
    """`box` between a − and a + button, as one widget to lay out."""
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    holder = QWidget()
    holder.setObjectName(f"{box.objectName()}Stepper")
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)

    def less() -> str:
        name = box.accessibleName() or box.objectName()
        return QCoreApplication.translate("Stepper", "Less: {name}").format(name=name)

    def more() -> str:
        name = box.accessibleName() or box.objectName()
        return QCoreApplication.translate("Stepper", "More: {name}").format(name=name)

    buttons = []
    for text, label, step in (("−", less, box.stepDown), ("+", more, box.stepUp)):
        button = QToolButton()
        button.setText(text)
        button.setProperty("role", "stepper")
        live(button, label, "setAccessibleName")  # the box's name, in the language shown
        button.setAutoRepeat(True)  # held down, it keeps stepping
        button.clicked.connect(step)
        buttons.append(button)
    row.addWidget(buttons[0])
    row.addWidget(box)
    row.addWidget(buttons[1])
    buttons[0].setObjectName(f"{box.objectName()}Less")
    buttons[1].setObjectName(f"{box.objectName()}More")
    _Follow(box, buttons[0], buttons[1])
    return holder
