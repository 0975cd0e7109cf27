"""Command line: `hrguide` starts the app; `hrguide db build|check` manage the database."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..logs import LEVELS
from .where import _load_config, database_in_use

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any


class _VersionAction(argparse.Action):
    """--version, reading the installed version only when asked (it costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from .. import __version__  # deferred (bench/deferred_imports.py)

        print(f"hrguide {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hrguide",
        description="An offline guide to careers in health records management.",
    )
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("--db", type=Path, help="use this guide database instead of the bundled one")
    p.add_argument("--kiosk", action="store_true", help="full-screen kiosk mode")
    p.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="a site config file that overrides the machine and user files",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="build every page offscreen, check the data, exit 0 if all is well",
    )
    p.add_argument(
        "--log-level",
        choices=LEVELS,
        default="info",
        help="what the log (standard error) records; nothing about who used the guide",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    db = sub.add_parser("db", help="build or check the guide database")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    build = dbsub.add_parser("build", help="rebuild the database from data/sources")
    build.add_argument("--out", type=Path, help="where to write (default data/guide.db)")
    build.add_argument("--sources", type=Path, help="source folder (default data/sources)")
    build.add_argument("--content", type=Path, help="content folder (default data/content)")
    check = dbsub.add_parser("check", help="check a guide database")
    check.add_argument(
        "path", nargs="?", type=Path, help="default: the database the app would open"
    )
    inst = dbsub.add_parser(
        "install", help="install a newer guide database into the data folder (no reinstall needed)"
    )
    inst.add_argument("file", type=Path)
    inst.add_argument(
        "--force",
        action="store_true",
        help="install even if its data release is older than the installed one",
    )
    dbsub.add_parser("rollback", help="go back to the previously installed guide database")
    cfg = sub.add_parser("config", help="show or check the site configuration")
    cfgsub = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cfgsub.add_parser(
        "show", help="print the effective configuration and where each value came from"
    )
    cfg_check = cfgsub.add_parser("check", help="validate a config file before rolling it out")
    cfg_check.add_argument("file", type=Path)
    kiosk = sub.add_parser("kiosk", help="kiosk administration")
    kiosksub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    hp = kiosksub.add_parser(
        "hash-pin",
        help="print a salted hash of an admin PIN for the site config (asks for the PIN)",
    )
    hp.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input instead of prompting",
    )
    return p


def _config(args: argparse.Namespace) -> int:
    from ..config import (  # deferred (bench/deferred_imports.py)
        ConfigError,
        build,
        describe,
        read_file,
    )
    from ..site_checks import bundled_data_problems  # deferred (bench/deferred_imports.py)

    if args.config_command == "check":
        try:
            values = read_file(args.file)
        except ConfigError as exc:
            print(f"hrguide config check: {exc}", file=sys.stderr)
            return 2
        problems = bundled_data_problems(build([(str(args.file), values)]))
        for problem in problems:
            print(f"hrguide config check: {problem}", file=sys.stderr)
        if problems:
            return 2
        print(f"{args.file}: OK ({len(values)} settings)")
        return 0
    cfg = _load_config(args)
    if isinstance(cfg, Exception):
        return 2
    width = max(len(k) for k, _, _ in describe(cfg))
    for key, value, origin in describe(cfg):
        print(f"{key:<{width}}  {value!r:<24}  {origin}")
    return 0


def _kiosk(args: argparse.Namespace) -> int:
    import getpass  # deferred (bench/deferred_imports.py)

    from ..domain.pin import hash_pin  # deferred (bench/deferred_imports.py)

    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("Admin PIN (4-12 digits): ")
        if getpass.getpass("Again: ") != pin:
            print("hrguide kiosk hash-pin: the two PINs differ", file=sys.stderr)
            return 2
    try:
        print(hash_pin(pin))
    except ValueError as exc:
        print(f"hrguide kiosk hash-pin: {exc}", file=sys.stderr)
        return 2
    return 0


def no_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True on Linux (and other X11/Wayland systems) when Qt would find no display: no
    DISPLAY, no WAYLAND_DISPLAY and no platform chosen with QT_QPA_PLATFORM. Qt would then
    abort with a misleading "xcb-cursor0 is needed" message (exit 134)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")):
        return False
    return not any(environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _plain_start() -> argparse.Namespace:
    """What the parser makes of no arguments (a test holds the two equal): the way a desktop
    launcher starts the guide, without building the parser and its sub-commands (their
    cost: bench/RESULTS.md)."""
    return argparse.Namespace(
        version=None,
        db=None,
        kiosk=False,
        config=None,
        self_test=False,
        log_level="info",
        command=None,
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(argv) if argv else _plain_start()
    if args.command is not None or args.self_test:
        gc.enable()  # paused for a window's first page alone (hrguide/__main__.py)
    if args.command == "db":
        from .db import db_command  # deferred (bench/deferred_imports.py)

        return db_command(args)
    if args.command == "config":
        return _config(args)
    if args.command == "kiosk":
        return _kiosk(args)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif no_display():
        print(
            "hrguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). For a "
            "headless check use `hrguide --self-test`, or set QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2
    from ..fontwarm import start as warm_fonts  # deferred (bench/deferred_imports.py)

    warm_fonts()  # on another core while the config, Qt and the window load
    config = _load_config(args)
    if isinstance(config, Exception):
        if not args.self_test:
            from ..app import show_config_error  # deferred (bench/deferred_imports.py)

            show_config_error(str(config))
        return 2
    from ..app import main as gui_main  # deferred (bench/deferred_imports.py)

    db_path = args.db or database_in_use(config)
    return gui_main(
        db_path=db_path,
        kiosk=args.kiosk,
        self_test=args.self_test,
        config=config,
        log_level=args.log_level,
    )
