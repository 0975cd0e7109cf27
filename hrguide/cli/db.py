"""`hrguide db build|check|install|rollback`: the guide database's commands."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .. import paths
from .where import _load_config, data_folder, database_in_use


def db_command(args: argparse.Namespace) -> int:
    if args.db_command == "build":
        return _db_build(args)
    if args.db_command in ("install", "rollback"):
        return _db_install(args)
    return _db_check(args)


def _db_build(args: argparse.Namespace) -> int:
    from ..build.builder import build  # deferred (bench/deferred_imports.py)

    root = paths.source_root()
    src = args.sources or root / "data" / "sources"
    content = args.content or root / "data" / "content"
    if not src.is_dir() or not content.is_dir():
        print(
            f"hrguide db build: source folders not found ({src}, {content}); run it from a "
            "checkout of the hrguide repository or pass --sources and --content",
            file=sys.stderr,
        )
        return 2
    out = args.out or root / "data" / "guide.db"
    metadata = out.parent / "metadata.json" if args.out is None else None
    started = time.perf_counter()
    counts = build(out, src, content, metadata_out=metadata)
    took = time.perf_counter() - started
    width = max(map(len, counts))
    for name, n in counts.items():
        print(f"  {name:<{width}}  {n:>7,}")
    print(f"wrote {out} in {took:.1f} s")
    _print_reviews_due(content)
    return 0


def _print_reviews_due(content: Path) -> None:
    """The issuer facts (credential requirements) no person has checked in the last year."""
    import datetime  # deferred (bench/deferred_imports.py)

    from ..build.content import credentials, review_due  # deferred (bench/deferred_imports.py)

    due = review_due(credentials(content)[1], datetime.date.today())
    if due:
        print(f"issuer facts to check against the issuer's page ({len(due)}):")
        for line in due:
            print(f"  {line}")


def _db_install(args: argparse.Namespace) -> int:
    from ..store import GuideDataError  # deferred (bench/deferred_imports.py)
    from ..store.install import install, rollback  # deferred (bench/deferred_imports.py)

    config = _load_config(args)
    if isinstance(config, Exception):
        return 2
    folder = data_folder(config)
    try:
        if args.db_command == "install":
            result = install(args.file, folder, bundled=paths.bundled_db(), force=args.force)
            print(
                f"installed data release {result.release} as {result.installed}"
                + (f" (previous: {result.previous_release})" if result.previous_release else "")
            )
        else:
            result = rollback(folder)
            print(f"rolled back to data release {result.release} ({result.installed})")
    except GuideDataError as exc:
        print(f"hrguide db {args.db_command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"hrguide db {args.db_command}: cannot write to {folder}: {exc.strerror}. "
            "Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    return 0


def _db_check(args: argparse.Namespace) -> int:
    from ..store import GuideDataError  # deferred (bench/deferred_imports.py)
    from ..store.check import check_database  # deferred (bench/deferred_imports.py)

    path = args.path
    if path is None:
        config = _load_config(args)
        if isinstance(config, Exception):
            return 2
        path = database_in_use(config)
    try:
        report = check_database(path)
    except GuideDataError as exc:
        print(f"hrguide db check: {exc}", file=sys.stderr)
        return 1
    print(f"database:        {report.path}")
    print(f"schema version:  {report.schema_version}")
    print(f"integrity check: {report.integrity}")
    print(f"data release:    {report.data_release}")
    print("source releases:")
    for key, value in sorted(report.releases.items()):
        if key.startswith("release."):
            print(f"  {key[len('release.') :]:<16} {value}")
    print("rows:")
    for name, n in report.counts.items():
        print(f"  {name:<16} {n:>7,}")
    print("occupation snapshots:")
    for what, n in report.coverage:
        print(f"  {what:<24} {n:>7,}")
    if report.uncovered:
        shown = ", ".join(report.uncovered[:12])
        more = f" and {len(report.uncovered) - 12} more" if len(report.uncovered) > 12 else ""
        print(f"  codes left without pay or outlook: {shown}{more}")
    return 0
