"""The look's layer (high contrast and the text size's font sizes) on the parts of a window
that are shown, and on the others when they are next shown.

A change of style sheet re-styles every widget under it, hidden or not: the application's
sheet took 4.2 s for high contrast with every page built, a sheet on the main window 0.6 s
for a text-size step, and each page alone a measurable time (bench/look.py). So the layer is set
on each *part* of a window (the header, the page buttons, the tab bar, each page, each
overlay or dialog it parents), and a change reaches the parts on screen at once and the
hidden pages as they are shown, before they paint. The window, its central widget and the
tab widget behind the pages are *frames*: they take the change through a property their
rules in the application's sheet look at (`highContrast`), one widget each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QWidget
from shiboken6 import Shiboken

CONTRAST = "highContrast"  # the frames' property (light.qss)


def _children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.children() if isinstance(c, QWidget)]


def _is_central(widget: QObject) -> bool:
    parent = widget.parent()
    return parent is not None and getattr(parent, "centralWidget", lambda: None)() is widget


def parts_of(window: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """(frames, parts) of `window`: see the module's note. A window without a central
    widget (a dialog) is one part."""
    central = getattr(window, "centralWidget", lambda: None)()
    if central is None:
        return [], [window]
    frames: list[QWidget] = [window, central]
    parts: list[QWidget] = [c for c in _children(window) if c is not central]
    for child in _children(central):
        if isinstance(child, QTabWidget):
            frames.append(child)
            parts.append(child.tabBar())
            parts += [w for i in range(child.count()) if (w := child.widget(i)) is not None]
        else:
            parts.append(child)
    return frames, parts


class Layers(QObject):
    """Keeps every part of the windows it is given in the current layer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer = ""
        self.contrast = False
        self._roots: list[QWidget] = []
        self._parts: list[QWidget] = []

    def add_window(self, window: QWidget) -> None:
        self._roots = [w for w in self._roots if Shiboken.isValid(w)] + [window]
        if self.layer or self.contrast:
            self._refresh(window)
        # else nothing to put on: the parts are found (and watched) the first time there is,
        # so that a window in the usual look pays no event filter on its way to the screen

    def _host(self, window: QWidget) -> None:
        """Watch `window` (and its central widget) for parts made later: dialogs, overlays."""
        if window.property("lookHost"):
            return
        window.setProperty("lookHost", True)
        window.installEventFilter(self)
        central = getattr(window, "centralWidget", lambda: None)()
        if central is not None:
            central.installEventFilter(self)

    def windows(self) -> list[QWidget]:
        self._roots = [w for w in self._roots if Shiboken.isValid(w)]
        return list(self._roots)

    def set_look(self, layer: str, contrast: bool) -> None:
        """The new layer: on every part shown now, on the others when shown."""
        self.layer, self.contrast = layer, contrast
        for root in [w for w in self._roots if Shiboken.isValid(w)]:
            self._refresh(root)

    def _refresh(self, window: QWidget) -> None:
        self._host(window)
        frames, parts = parts_of(window)
        for frame in frames:
            if bool(frame.property(CONTRAST)) != self.contrast:
                frame.setProperty(CONTRAST, self.contrast)
                frame.style().unpolish(frame)  # this widget's own rules only
                frame.style().polish(frame)
                frame.update()
        for part in parts:
            self._watch(part)
            # a part of a window not shown yet, or with nothing built in it, costs little to
            # dress, and what is built in it later is then styled once (not twice)
            fresh = not window.isVisible() or not _children(part)
            if part.isVisible() or part.isWindow() or fresh:
                self.dress(part)

    def _watch(self, part: QWidget) -> None:
        if not any(p is part for p in self._parts):
            self._parts = [p for p in self._parts if Shiboken.isValid(p)] + [part]
            part.installEventFilter(self)

    def dress(self, part: QWidget) -> None:
        if part.styleSheet() != self.layer:
            part.setStyleSheet(self.layer)

    def _is_part(self, obj: QObject) -> bool:
        return any(p is obj for p in self._parts)

    def _is_host(self, obj: QObject) -> bool:
        """A window, or its central widget: what parts are made in."""
        for root in self.windows():
            if obj is root or obj is getattr(root, "centralWidget", lambda: None)():
                return True
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QWidget) and self._is_part(obj):
            self.dress(obj)  # a hidden part catches up before it paints
        elif kind == QEvent.Type.ChildPolished and self._is_host(obj):
            # a part made later (a dialog, an overlay, the search results): whole by now,
            # unlike at ChildAdded, which comes from inside its constructor
            child = event.child()  # type: ignore[attr-defined]
            frame = isinstance(child, QTabWidget) or _is_central(child)
            if isinstance(child, QWidget) and child.parentWidget() is obj and not frame:
                self._watch(child)  # dressed as it is shown, just after
        return False
