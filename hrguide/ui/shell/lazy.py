"""A tab whose page is built the first time it is shown, so start-up stays fast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(
        self,
        page_id: str,
        factory: Callable[[], QWidget],
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
            self._page = self._factory()
            self._layout.addWidget(self._page)
            self._page.show()  # a child added to a shown widget is otherwise shown only later
            self._on_built(self.page_id, self._page)
        return self._page

    def discard(self) -> None:
        """Drop the page (e.g. after a language change); it is built again when shown."""
        if self._page is not None:
            self._layout.removeWidget(self._page)
            self._page.hide()
            self._page.deleteLater()
            self._page = None
