#!/usr/bin/env bash
# Refresh the Spanish catalogue after UI strings change:
# extract (lupdate) -> fill from tools/es_translations.py -> compile (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(git ls-files 'hrguide/*.py' 'hrguide/**/*.py') -no-obsolete \
  -ts resources/translations/hrguide_es.ts
python3 tools/es_translations.py resources/translations/hrguide_es.ts
pyside6-lrelease resources/translations/hrguide_es.ts -qm resources/translations/hrguide_es.qm
