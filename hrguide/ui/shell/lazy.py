"""A tab whose page is built the first time it is shown, so start-up stays fast. A page
built in one language is kept (hidden) when the language changes and shown again when the
language comes back: building pages again on every switch grew a kiosk's memory without
bound (PySide keeps an enum member for every gesture type a new page's scroller grabs).

A page is made with the tab as its parent. With an application style sheet, moving a
widget under a new parent re-styles it and everything under it (Qt sends each a
StyleChange and re-measures its text): the Careers page spent ~13 ms there on this machine
class when it was built apart and then added (bench/RESULTS.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(
        self,
        page_id: str,
        factory: Callable[[QWidget], QWidget],
        on_built: Callable[[str, QWidget], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName(f"tab_{page_id}")
        self._factory = factory
        self._on_built = on_built
        self._page: QWidget | None = None
        self._kept: dict[str, QWidget] = {}  # pages built in other languages, hidden
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory(self)  # made in place: see the module's note
            self._layout.addWidget(self._page)
            self._page.show()  # a child added to a shown widget is otherwise shown only later
            self._on_built(self.page_id, self._page)
        return self._page

    def pages(self) -> list[QWidget]:
        """Every page this tab has built: the one shown and those kept for other languages."""
        return ([self._page] if self._page is not None else []) + list(self._kept.values())

    def swap(self, old: str, new: str) -> QWidget | None:
        """Keep the page under `old` and take out the one kept under `new`, if any (None:
        it is built when first shown)."""
        if self._page is not None:
            self._layout.removeWidget(self._page)
            self._page.hide()
            self._kept[old] = self._page
        self._page = self._kept.pop(new, None)
        if self._page is not None:
            self._layout.addWidget(self._page)
            self._page.show()
        return self._page
