"""Where the command line finds its settings and its database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths

if TYPE_CHECKING:
    from ..config import ConfigError, SiteConfig


def data_folder(config: SiteConfig) -> Path:
    from ..store.choose import default_data_folder  # deferred (bench/deferred_imports.py)

    return Path(config.data_folder) if config.data_folder else default_data_folder()


def database_in_use(config: SiteConfig) -> Path:
    """The newest valid guide database: the data folder's, else the bundled one."""
    from ..store.choose import choose_database  # deferred (bench/deferred_imports.py)

    return choose_database(data_folder(config), paths.bundled_db())


def _load_config(args: argparse.Namespace) -> SiteConfig | ConfigError:
    from ..config import ConfigError, load  # deferred (bench/deferred_imports.py)

    try:
        return load(args.config)
    except ConfigError as exc:
        print(f"hrguide: configuration error: {exc}", file=sys.stderr)
        return exc
