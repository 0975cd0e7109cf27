"""A change of language in place: every text a widget shows that is one of the UI's strings
is put into the new language where it is, so nothing is rebuilt and nothing a user set is
lost (answers, filters, selections, scroll positions, an open school).

The UI's strings and their translations come from `resources/translations/hrguide_<lang>.json`
(written with the .ts by tools/update_translations.sh: source text -> translation). A text
found in a widget is traced to its source (English text is its own source), and the source
is kept on the widget (`trSource_<what>`), so a text that reads the same for two sources in
one language is never guessed. Texts made from data or with numbers in them (a career's
title, "Median pay $51,140 a year") are not in the catalogue: a page gives each such text
with `live(widget, make)`, and `make` is called again after the walk. What is neither (a
model's rows, a chart) the page puts right in its own `retranslate()`, which the router
calls last."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ... import paths

Getter = Callable[[], str]
Setter = Callable[[str], None]


class Catalogue:
    """The UI's strings in each language, read when a language is first switched."""

    def __init__(self) -> None:
        self._forward: dict[str, dict[str, str]] | None = None  # lang -> source -> text
        self._reverse: dict[str, dict[str, str]] = {}  # lang -> text -> source
        self._sources: set[str] = set()

    def _languages(self) -> dict[str, dict[str, str]]:
        if self._forward is None:
            self._forward = {}
            folder = paths.resources_dir() / "translations"
            import json  # deferred (bench/deferred_imports.py)

            for path in sorted(folder.glob("hrguide_*.json")):
                try:
                    forward = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue  # that language's texts stay as they are
                lang = path.stem.removeprefix("hrguide_")
                self._forward[lang] = forward
                self._reverse[lang] = {text: source for source, text in forward.items()}
                self._sources |= set(forward)
        return self._forward

    def source(self, text: str, lang: str) -> str | None:
        """The source of `text` shown in `lang`, if it is one of the UI's strings."""
        self._languages()
        if lang == "en":
            return text if text in self._sources else None
        return self._reverse.get(lang, {}).get(text)

    def text(self, source: str, lang: str) -> str:
        return source if lang == "en" else self._languages().get(lang, {}).get(source, source)


def _texts(w: QWidget) -> Iterator[tuple[str, Getter, Setter]]:
    """Each text `w` shows or names itself with: (what, read, write)."""
    # (imported here, when a language is switched: `live` is on the way to the first page,
    # and these classes cost PySide their enums)
    from PySide6.QtWidgets import (  # deferred (bench/deferred_imports.py)
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
    )

    yield "toolTip", w.toolTip, w.setToolTip
    yield "accessibleName", w.accessibleName, w.setAccessibleName
    yield "accessibleDescription", w.accessibleDescription, w.setAccessibleDescription
    if isinstance(w, (QLabel, QAbstractButton)):
        yield "text", w.text, w.setText
    if isinstance(w, QLineEdit):
        yield "placeholderText", w.placeholderText, w.setPlaceholderText
    if isinstance(w, QGroupBox):
        yield "title", w.title, w.setTitle
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"item{i}", partial(w.itemText, i), partial(w.setItemText, i)
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            yield f"item{i}", item.text, item.setText
    if w.isWindow():
        yield "windowTitle", w.windowTitle, w.setWindowTitle


W = TypeVar("W", bound=QWidget)
LIVE = "_live_texts"  # on a widget: [(setter name, make)]


def live(widget: W, make: Callable[[], str], setter: str = "setText") -> W:
    """`widget` shows what `make()` gives (with `setter`), now and after every change of
    language: `make` reads the language and formats in force when it runs."""
    texts = getattr(widget, LIVE, None)
    if texts is None:
        texts = []
        setattr(widget, LIVE, texts)
    texts.append((setter, make))
    getattr(widget, setter)(make())
    return widget


class Retranslator(QObject):
    """Moves the UI's strings of a widget tree from one language to another."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = Catalogue()

    def tree(self, root: QWidget, old: str, new: str) -> None:
        from PySide6.QtWidgets import QAbstractItemView  # deferred (bench/deferred_imports.py)

        widgets = [root, *root.findChildren(QWidget)]
        models: dict[int, object] = {}
        for w in widgets:
            for what, read, write in _texts(w):
                self._one(w, what, (read, write), (old, new))
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                models[id(w.model())] = w.model()
        for model in models.values():  # tables and lists: their headers and cells
            words_changed = getattr(model, "words_changed", None)
            if words_changed is not None:
                words_changed(lambda text: self._moved(text, old, new))
        for w in widgets:  # then the texts made from data and numbers
            for setter, make in getattr(w, LIVE, ()):
                text = make()
                if setter == "setText" and w.accessibleName() == getattr(w, "text", str)():
                    w.setAccessibleName(text)  # a name that repeated the text follows it
                getattr(w, setter)(text)

    def _one(
        self, w: QWidget, what: str, text_of: tuple[Getter, Setter], langs: tuple[str, str]
    ) -> None:
        """Move one of a widget's texts (`what`: read and written by `text_of`) from the
        language `langs[0]` to `langs[1]`, when the catalogue knows it."""
        (read, write), (old, new) = text_of, langs
        text = read()
        if not text:
            return
        key = f"trSource_{what}"
        source = w.property(key)
        if not (isinstance(source, str) and self.catalogue.text(source, old) == text):
            source = self.catalogue.source(text, old)  # set since, or never seen
        if source is None:
            return  # data, a name or a number: the page's own retranslate() sees to it
        w.setProperty(key, source)
        moved = self.catalogue.text(source, new)
        if moved != text:
            write(moved)

    def _moved(self, text: str, old: str, new: str) -> str:
        source = self.catalogue.source(text, old)
        return text if source is None else self.catalogue.text(source, new)
