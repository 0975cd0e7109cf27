"""A tab whose page is built the first time it is shown, so start-up stays fast. A change
of language puts the page into the new language where it is (shell/router.py): it is
built once.

A page is made with the tab as its parent. With an application style sheet, moving a
widget under a new parent re-styles it and everything under it (Qt sends each a
StyleChange and re-measures its text): the Careers page spent a measurable part of the
start there when it was built apart and then added (bench/RESULTS.md)."""

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
        """The page, once built."""
        return [self._page] if self._page is not None else []
