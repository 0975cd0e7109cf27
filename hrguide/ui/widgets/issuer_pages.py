"""Each credential's issuer page, under the Education page's credential table: its address
as text (it wraps at its slashes), and at a kiosk, where no browser opens, as a QR code to
scan. Requirements change, so the page says to check there before planning."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.models import Credential
from ..html.text import wrappable
from ..look.retranslate import live
from .basics import heading
from .flow import FlowLayout
from .qr import qr_pixmap
from .wrap_label import WrapLabel


def _line(credentials: Callable[[], list[Credential]], i: int) -> str:
    c = credentials()[i]
    name = f"{c.abbreviation or c.name} ({c.issuer_abbreviation or c.issuer})"
    if not c.url:
        return QCoreApplication.translate(
            "IssuerPages", "{credential}: the guide has no web address for it; ask {issuer}"
        ).format(credential=name, issuer=c.issuer)
    return f"{name}: {wrappable(c.url)}"


class IssuerPages(QWidget):
    def __init__(
        self,
        credentials: Callable[[], list[Credential]],
        kiosk: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issuerPages")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(
            live(
                heading("", 3),
                lambda: QCoreApplication.translate("IssuerPages", "The issuers' own pages"),
            )
        )
        note = live(
            WrapLabel(),
            lambda: QCoreApplication.translate(
                "IssuerPages", "Requirements change; check the issuer's page before you plan."
            ),
        )
        note.setObjectName("issuerPagesNote")
        note.setProperty("role", "note")
        lay.addWidget(note)
        creds = credentials()
        for i, c in enumerate(creds):
            line = live(WrapLabel(), partial(_line, credentials, i))
            line.setObjectName(f"issuerPage-{c.credential_id}")
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(line)
        if kiosk:
            lay.addWidget(self._codes([c for c in creds if c.url]))

    @staticmethod
    def _codes(creds: list[Credential]) -> QWidget:
        """A scannable code of each address, captioned with the credential it is for."""
        box = QWidget()
        box.setObjectName("issuerCodes")
        flow = FlowLayout(box)
        for c in creds:
            tile = QWidget()
            col = QVBoxLayout(tile)
            code = QLabel()
            code.setPixmap(qr_pixmap(c.url, 3))
            code.setAccessibleName(
                QCoreApplication.translate("IssuerPages", "QR code of {url}").format(url=c.url)
            )
            col.addWidget(code)
            col.addWidget(QLabel(c.abbreviation or c.name))
            flow.addWidget(tile)
        return box
