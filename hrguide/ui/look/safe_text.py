"""Text from the site config and the guide database is shown as text, never as markup that
could load a file.

Qt reads a label's or a tool tip's text as rich text when it merely looks like HTML, and
rich text (and Markdown) loads what an `<img src=...>` or `![](...)` names from disk: a
FIFO there hangs the app, /dev/zero exhausts its memory. So:

- every QLabel that does not say otherwise shows plain text: `PlainLabels`, an event filter
  on the application, turns Qt's "guess" (AutoText) into PlainText before a label is first
  shown. A label that shows the guide's own markup says so with setTextFormat(RichText),
  and escapes the data it puts into it (html.escape, as the pages do);
- Markdown prose (WrapLabel) goes through `clean_markdown`: no image, no HTML;
- an item view's tool tip carries data, and is shown through `tooltip_text`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def html_text(text: str) -> str:
    """Data inside rich text: every character shown as itself."""
    import html  # deferred (bench/deferred_imports.py)

    return html.escape(text, quote=True)


_MD_IMAGE = r"!\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])"


def clean_markdown(markdown: str) -> str:
    """Markdown with the guide's own formatting (emphasis, lists, headings, links shown as
    text) and nothing that loads: an image becomes its alt text, and a `<` starts no HTML."""
    if "!" in markdown:  # (most prose has no image: no pattern to compile)
        markdown = re.sub(_MD_IMAGE, r"\1", markdown)
    return markdown.replace("<", "\\<")


def tooltip_text(text: str) -> str:
    """A tool tip shows data as written: as rich text made from plain text, so that a tag
    in the data is shown, not obeyed."""
    if not text:
        return text
    return "<p>" + html_text(text).replace("\n", "<br>") + "</p>"


class PlainLabels(QObject):
    """Two guards on the whole application, for text from the config and the database:

    - before a label is first shown (its Polish event), Qt's AutoText becomes PlainText;
      Qt's own tool-tip label is left alone (tool tips wrap only as rich text);
    - an item view's tool tip (the model's ToolTipRole: sources, notes, names) is shown
      as text: made into rich text from plain text by `tooltip_text`.

    It is installed once the first page is painted (MainWindow), so that Qt's namespace
    of enums is not built on the way to it; the first page's labels are plain from the
    start (WrapLabel), and `install` makes plain any label made before it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # deferred (bench/deferred_imports.py)

        self.auto, self.plain = Qt.TextFormat.AutoText, Qt.TextFormat.PlainText
        self.polish, self.tooltip = QEvent.Type.Polish, QEvent.Type.ToolTip

    def make_plain(self, label: QLabel) -> None:
        if label.textFormat() == self.auto and label.objectName() != "qtooltip_label":
            label.setTextFormat(self.plain)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype == self.polish:
            if isinstance(obj, QLabel):
                self.make_plain(obj)
        elif etype == self.tooltip:
            return _item_tooltip(obj, event)
        return False


def _item_tooltip(obj: QObject, event: QEvent) -> bool:
    """Show an item view's tool tip as text; True when handled (the view's own is not)."""
    from PySide6.QtCore import Qt  # deferred (bench/deferred_imports.py)
    from PySide6.QtWidgets import (  # deferred (bench/deferred_imports.py)
        QAbstractItemView,
        QHeaderView,
        QToolTip,
    )

    view = obj.parent() if isinstance(obj, QWidget) else None
    if (
        not isinstance(event, QHelpEvent)
        or not isinstance(view, QAbstractItemView)
        or isinstance(view, QHeaderView)
        or obj is not view.viewport()
    ):
        return False
    index = view.indexAt(event.pos())
    tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
    if tip:
        QToolTip.showText(event.globalPos(), tooltip_text(str(tip)), view.viewport())
    else:
        QToolTip.hideText()
    return True


def install() -> None:
    """Once per application: the guard, and every label made so far made plain."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(PlainLabels) is not None:
        return
    guard = PlainLabels(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, QLabel):
            guard.make_plain(widget)
