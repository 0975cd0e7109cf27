"""The one table of item roles and alignments every Qt model here uses.

Qt::ItemDataRole and Qt::AlignmentFlag values are fixed by Qt's ABI; they are plain ints
here because the first use of PySide6's `Qt` namespace builds ~115 Python enums (on the
path to the window's first paint; bench/RESULTS.md), and a view asks for ~9 roles per visible cell
on every repaint, where comparing ints is far cheaper than comparing enum members.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
FONT = 6  # FontRole
TOOLTIP = 3  # ToolTipRole
ALIGN = 7  # TextAlignmentRole
BACKGROUND = 8  # BackgroundRole
FOREGROUND = 9  # ForegroundRole
ACCESSIBLE = 11  # AccessibleTextRole
USER = 256  # UserRole
SORT_ROLE = USER + 1

RIGHT = 0x0002 | 0x0080  # AlignRight | AlignVCenter
LEFT = 0x0001 | 0x0080  # AlignLeft | AlignVCenter
CENTER = 0x0004 | 0x0080  # AlignHCenter | AlignVCenter

Index = QModelIndex | QPersistentModelIndex
