"""The school finder's filters by name, as a person reads them (for "clear this filter")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FILTER_LABELS = {
    "text": QT_TRANSLATE_NOOP("SchoolsPage", "Search text"),
    "state": QT_TRANSLATE_NOOP("SchoolsPage", "State"),
    "level_group": QT_TRANSLATE_NOOP("SchoolsPage", "Credential level"),
    "cip_codes": QT_TRANSLATE_NOOP("SchoolsPage", "Career or program"),
    "online_only": QT_TRANSLATE_NOOP("SchoolsPage", "Online only"),
    "control": QT_TRANSLATE_NOOP("SchoolsPage", "School type"),
    "max_tuition": QT_TRANSLATE_NOOP("SchoolsPage", "Maximum tuition"),
    "hide_no_tuition": QT_TRANSLATE_NOOP("SchoolsPage", "Hide schools with no reported tuition"),
    "had_graduates": QT_TRANSLATE_NOOP("SchoolsPage", "Had graduates last year"),
    "within_miles": QT_TRANSLATE_NOOP("SchoolsPage", "Distance"),
    "has_earnings": QT_TRANSLATE_NOOP("SchoolsPage", "Has graduates' earnings data"),
    "min_earnings": QT_TRANSLATE_NOOP("SchoolsPage", "Minimum graduates' earnings"),
    "max_debt": QT_TRANSLATE_NOOP("SchoolsPage", "Maximum graduates' debt"),
    "min_rate": QT_TRANSLATE_NOOP("SchoolsPage", "Minimum graduation or award rate"),
}


def filter_label(name: str) -> str:
    return QCoreApplication.translate("SchoolsPage", str(FILTER_LABELS[name]))
