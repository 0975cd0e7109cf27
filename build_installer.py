"""Build hrguide's installers: the frozen bundle, then the packages for this platform.

    python build_installer.py                 # bundle + self-test + packages for this OS
    python build_installer.py --skip-bundle   # packages from an existing dist/hrguide/
    python build_installer.py --check-deb FILE.deb
    python build_installer.py --inno-only     # write dist/hrguide.iss (any OS)

Everything goes to dist/. The version is read from pyproject.toml (the one place it is
written). Linux builds a one-folder PyInstaller bundle (one-file adds 0.5-0.9 s to every
start), a .tar.gz and a .deb. Windows (Inno Setup) and macOS (.app in a .dmg) are built on
their own systems; on the wrong OS this script says so and stops. See docs/deploy.md.
"""

from __future__ import annotations

import argparse
import os
import py_compile
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUNDLE = DIST / "hrguide"
NAME = "hrguide"
TITLE = "Health Records Career Guide"

# Python modules the app never imports (PyInstaller would otherwise follow optional imports).
EXCLUDE_MODULES = [
    "tkinter",
    "numpy",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
    "pytest",
    "hypothesis",
    "pypdf",
    "PyInstaller",
    # no network: no TLS (drops libssl); no East Asian codecs are ever decoded
    "ssl",
    "_ssl",
    "xmlrpc",
    "ftplib",
    "smtplib",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "pip",
    "setuptools",
    "pkg_resources",
]
# Qt plugins and libraries the app does not use; removed from the bundle after the build.
# The xcb platform (X11, and Xwayland under cage) and offscreen (--self-test) stay.
TRIM_GLOBS = [
    "**/plugins/platforms/libqwayland*",
    "**/plugins/platforms/libqeglfs*",
    "**/plugins/platforms/libqlinuxfb*",
    "**/plugins/platforms/libqminimal*",
    "**/plugins/platforms/libqvnc*",
    "**/plugins/platforms/libqvkkhrdisplay*",
    "**/plugins/wayland-*",
    "**/plugins/egldeviceintegrations",
    "**/plugins/platformthemes",
    "**/plugins/tls",
    "**/plugins/networkinformation",
    "**/plugins/qmltooling",
    "**/plugins/generic",
    "**/plugins/iconengines",
    "**/plugins/imageformats/libqsvg*",
    "**/plugins/imageformats/libqpdf*",
    "**/plugins/sqldrivers",
    "**/libQt6Wayland*",
    "**/libQt6Qml*",
    "**/libQt6Quick*",
    "**/libQt6Network*",
    "**/libQt6Svg*",
    "**/libQt6Pdf*",
    "**/libQt6Sql*",
    "**/libQt6OpenGL*",
    "**/libQt6EglFs*",
    "**/libQt6EglFS*",
    "**/libQt6Wl*",
    "**/libQt6VirtualKeyboard*",
    "**/libQt6Designer*",
    "**/libQt6Test*",
    "**/libQt6Help*",
    "**/libQt6Concurrent*",
    "**/translations/qtwebengine*",
    "**/Qt/qml",
    "**/Qt/translations/assistant*",
    "**/Qt/translations/designer*",
    "**/Qt/translations/linguist*",
]
DEB_DEPENDS = [
    "libc6",
    "libgl1",
    "libegl1",
    "fontconfig",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libxcb-sync1",
    "libxcb-shm0",
    "libxcb-xinerama0",
    "libxcb-render0",
]


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def say(msg: str) -> None:
    print(f"[build_installer] {msg}", flush=True)


def refuse(msg: str) -> None:
    print(f"build_installer.py: {msg}", file=sys.stderr)
    raise SystemExit(2)


# -- what the build needs ------------------------------------------------------------------
# (the module a bundle build imports, the package that brings it)
NEEDED_MODULES = (("PySide6", "PySide6-Essentials"), ("PyInstaller", "pyinstaller"))
ICU_TOOLS = ("icupkg", "gcc", "readelf")  # the ICU data trim (Debian: icu-devtools, gcc)


def missing_modules() -> list[str]:
    """The packages whose modules this interpreter cannot import (none are imported here:
    a broken install is found by the frozen self-test later)."""
    import importlib.util

    return [pkg for mod, pkg in NEEDED_MODULES if importlib.util.find_spec(mod) is None]


def preflight() -> None:
    """Stop before anything is built when a bundle cannot be made: one line naming what is
    missing and the command that installs it. The ICU trim's tools are optional: without
    them the bundle keeps Qt's whole ICU data (about 30 MB more), and this says so."""
    missing = missing_modules()
    if missing:
        refuse(
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not installed "
            f"for {sys.executable}; install the build's needs with: "
            f'"{sys.executable}" -m pip install "{ROOT}[build]"'
        )
    if sys.platform.startswith("linux"):
        absent = [tool for tool in ICU_TOOLS if shutil.which(tool) is None]
        if absent:
            say(
                f"ICU trim skipped ({', '.join(absent)} not found; on Debian/Ubuntu: "
                "apt-get install icu-devtools gcc binutils): the bundle keeps all ICU data"
            )


# -- the bundle -------------------------------------------------------------------------
SUPPORT_PROBE = (
    "import shiboken6, PySide6.QtCore, pathlib; print(pathlib.Path(shiboken6.__file__).parent)"
)


def shiboken_support(work: Path) -> Path:
    """PySide's signature support files, unpacked and compiled at build time: shiboken6
    otherwise unpacks them from inside its library and compiles them at every start.
    PySide's own switch does it: with SBK_EMBED=0, shiboken6 writes them into a "files.dir"
    beside its package, which it then imports as ordinary modules; the bundle carries that
    folder, compiled to .pyc files that need no source date check. Nothing is changed at
    run time. (The build environment's own files.dir is removed again unless it was there
    before.)"""
    out = subprocess.run(
        [sys.executable, "-c", SUPPORT_PROBE], capture_output=True, text=True, check=True
    )
    package = Path(out.stdout.strip().splitlines()[-1])
    files = package / "files.dir"
    had = files.exists()
    env = dict(os.environ, SBK_EMBED="0")
    subprocess.run([sys.executable, "-c", SUPPORT_PROBE], env=env, check=True, capture_output=True)
    if not files.is_dir():
        refuse(f"shiboken6 did not unpack its support files into {files} (SBK_EMBED=0)")
    copy = work / "files.dir"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(files, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if not had:
        shutil.rmtree(files, ignore_errors=True)
    import compileall

    if not compileall.compile_dir(
        copy,
        quiet=1,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    ):
        refuse(f"the support files in {copy} did not compile")
    return copy


def build_bundle() -> float:
    import PyInstaller.__main__ as pyinstaller

    started = time.perf_counter()
    sep = os.pathsep
    args = [
        str(ROOT / "packaging" / "entry.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        "--specpath",
        str(ROOT / "build"),
        # the app is taken from this checkout, whether or not it is installed
        "--paths",
        str(ROOT),
        "--windowed",
        "--add-data",
        f"{ROOT / 'data' / 'guide.db'}{sep}data",
        "--add-data",
        f"{ROOT / 'data' / 'metadata.json'}{sep}data",
        "--add-data",
        f"{ROOT / 'resources'}{sep}resources",
        "--add-data",
        f"{ROOT / 'THIRD_PARTY_NOTICES.md'}{sep}.",
        "--add-data",
        f"{ROOT / 'LICENSE'}{sep}.",
        "--add-data",
        f"{shiboken_support(ROOT / 'build' / 'shiboken')}{sep}shiboken6/files.dir",
        # the pages' modules are imported when their tab is first shown (their loaders are
        # in shell/registry.py): take every ui module
        "--collect-submodules",
        "hrguide.ui",
        "--hidden-import",
        "sqlite_utils.migrations",
        "--copy-metadata",
        "hrguide",
        # modules as plain .pyc files rather than one compressed archive: no decompression
        # at start-up (the archive made the frozen start ~13% slower than source here)
        "--debug",
        "noarchive",
        "--icon",
        str(ROOT / "resources" / "icons" / "hrguide.png"),
    ]
    for mod in EXCLUDE_MODULES:
        args += ["--exclude-module", mod]
    say("PyInstaller: one-folder bundle")
    pyinstaller.run(args)
    internal = BUNDLE / "_internal"  # (Linux and Windows; a macOS .app lays out its own)
    support = internal / "shiboken6" / "files.dir" / "shibokensupport" / "__pycache__"
    if internal.is_dir() and not support.is_dir():
        refuse(f"the bundle lacks PySide's compiled support files ({support})")
    trim(BUNDLE)
    for doc in ("THIRD_PARTY_NOTICES.md", "LICENSE"):
        shutil.copy(ROOT / doc, BUNDLE / doc)  # beside the executable, where people look
    return time.perf_counter() - started


def trim(bundle: Path) -> None:
    removed = 0
    for pattern in TRIM_GLOBS:
        for path in list(bundle.glob(pattern)):
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
            removed += 1
    # Qt's own translations: only the languages the app offers (English needs none).
    for qm in bundle.glob("**/Qt/translations/*.qm"):
        if qm.name not in ("qtbase_es.qm",):
            qm.unlink()
            removed += 1
    removed += prune_unreferenced(bundle)
    say(f"trimmed {removed} unused files")
    saved = strip_symbols(bundle)
    if saved:
        say(f"stripped symbol tables: {saved / 2**20:.1f} MB less")
    for lib in bundle.rglob("libicudata.so*"):
        if lib.is_file() and not lib.is_symlink():
            saved = _icu_trim().trim_icu(lib)
            if saved:  # 0 when the tools are missing (preflight said so)
                say(
                    "ICU data: the guide's languages and the core tables kept, "
                    f"{saved / 2**20:.1f} MB less"
                )


def _icu_trim():
    """tools/icu_trim.py (loaded from its path: `packaging` is pip's package name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "tools" / "icu_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def strip_symbols(bundle: Path) -> int:
    """Drop the symbol tables that the shared libraries carry for debuggers (libpython
    alone carries 17 MB of them). They stay separate, replaceable shared libraries (the
    LGPL asks for that); only what a debugger reads is gone. Returns the bytes saved."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return 0
    before = folder_size(bundle)
    for path in bundle.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=False)
    return before - folder_size(bundle)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _needed(lib: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True)
    return {
        line.split("[", 1)[1].rstrip("]") for line in out.stdout.splitlines() if "(NEEDED)" in line
    }


def prune_unreferenced(bundle: Path) -> int:
    """Remove shared libraries that nothing left in the bundle loads. PyInstaller collected
    them for plugins removed above (the GTK theme pulled in GTK, cairo, pango...)."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return 0
    internal = bundle / "_internal"
    libs = {p.name: p for p in internal.glob("*.so*") if p.is_file() or p.is_symlink()}
    roots = [bundle / NAME] + [
        p for p in internal.rglob("*.so*") if p.parent != internal and p.is_file()
    ]
    roots.append(internal / next(n for n in libs if n.startswith("libpython")))
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name in libs and name not in seen:
                seen.add(name)
                todo.append(libs[name].resolve())
    removed = 0
    for name, path in libs.items():
        if name not in seen and not name.startswith("libpython"):
            path.unlink()
            removed += 1
    return removed


def self_test(executable: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    out = subprocess.run(
        [str(executable), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=DIST,
    )
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        refuse(f"the frozen app failed its self-test (exit {out.returncode}); not packaging it")
    say("frozen self-test passed")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- Linux packages -----------------------------------------------------------------------
def make_tarball(ver: str) -> Path:
    target = DIST / f"{NAME}-{ver}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{NAME}-{ver}")
    return target


DESKTOP = f"""[Desktop Entry]
Type=Application
Name={TITLE}
Comment=Careers in health records management: work, pay, education and schools
Exec=/usr/bin/{NAME}
Icon={NAME}
Terminal=false
Categories=Education;
"""

LAUNCHER = f"""#!/bin/sh
exec /opt/{NAME}/{NAME} "$@"
"""


def deb_control(ver: str, installed_kb: int) -> str:
    return "\n".join(
        [
            f"Package: {NAME}",
            f"Version: {ver}",
            "Section: education",
            "Priority: optional",
            "Architecture: amd64",
            f"Installed-Size: {installed_kb}",
            f"Depends: {', '.join(DEB_DEPENDS)}",
            "Maintainer: hrguide developers <hrguide@localhost>",
            f"Description: {TITLE}",
            " An offline desktop guide to careers in health records management for school",
            " counselors, students and campus kiosks: careers, pay, outlook, credentials and",
            " schools, every figure with its source. Opens no network connection.",
            "",
        ]
    )


def make_deb(ver: str) -> Path:
    stage = ROOT / "build" / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(BUNDLE, stage / "opt" / NAME, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    launcher = stage / "usr" / "bin" / NAME
    launcher.write_text(LAUNCHER)
    launcher.chmod(0o755)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{NAME}.desktop").write_text(DESKTOP)
    for size, src in ((256, "hrguide.png"), (64, "hrguide-64.png")):
        icons = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / src, icons / f"{NAME}.png")
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "THIRD_PARTY_NOTICES.md", doc / "THIRD_PARTY_NOTICES.md")
    shutil.copy(ROOT / "LICENSE", doc / "copyright")
    shutil.copy(ROOT / "packaging" / "site.toml.example", doc / "site.toml.example")
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kb = folder_size(stage) // 1024
    (debian / "control").write_text(deb_control(ver, installed_kb))
    target = DIST / f"{NAME}_{ver}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def check_deb(deb: Path) -> None:
    """The .deb has the bundle in /opt, the launcher, desktop file, icons, notices and the
    declared dependencies."""
    files = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    names = {line.split()[-1].lstrip(".") for line in files.splitlines() if line.strip()}
    needed = [
        f"/opt/{NAME}/{NAME}",
        f"/usr/bin/{NAME}",
        f"/usr/share/applications/{NAME}.desktop",
        f"/usr/share/icons/hicolor/256x256/apps/{NAME}.png",
        f"/usr/share/doc/{NAME}/THIRD_PARTY_NOTICES.md",
        f"/usr/share/doc/{NAME}/copyright",
        f"/opt/{NAME}/THIRD_PARTY_NOTICES.md",
    ]
    missing = [n for n in needed if n not in names]
    if not any(n.endswith("/data/guide.db") for n in names):
        missing.append("the guide database (data/guide.db)")
    info = {}
    for field in ("Package", "Version", "Architecture", "Depends", "Installed-Size"):
        info[field] = subprocess.run(
            ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
        ).stdout.strip()
    problems = missing[:]
    if info["Package"] != NAME or info["Version"] != version():
        problems.append(f"control fields say {info['Package']} {info['Version']}")
    for dep in ("libgl1", "libegl1", "fontconfig", "libxcb-cursor0"):
        if dep not in info["Depends"]:
            problems.append(f"Depends lacks {dep}")
    if problems:
        refuse(f"{deb.name}: " + "; ".join(problems))
    say(
        f"{deb.name}: {len(names)} entries; {info['Package']} {info['Version']} "
        f"{info['Architecture']}; Depends: {info['Depends'][:60]}…"
    )


# -- Windows and macOS --------------------------------------------------------------------
def inno_script(ver: str) -> str:
    """Inno Setup script for a per-machine install; built on Windows with ISCC.exe."""
    return f"""; Generated by build_installer.py from pyproject.toml (version {ver}). Do not edit.
[Setup]
AppId={{{{6D1E2B7A-3C47-4E0B-9C1D-5A8F2B6E4C31}}
AppName={TITLE}
AppVersion={ver}
AppPublisher=hrguide developers
DefaultDirName={{autopf}}\\{NAME}
DefaultGroupName={TITLE}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=.
OutputBaseFilename={NAME}-{ver}-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={{app}}\\{NAME}.exe
LicenseFile=..\\LICENSE
CloseApplications=yes
SetupLogging=yes

[Files]
Source: "{NAME}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\\packaging\\site.toml.example"; DestDir: "{{commonappdata}}\\{NAME}"; Flags: ignoreversion
; A site config passed with /SITECONFIG=path is placed in ProgramData (kept on upgrade).
Source: "{{param:SITECONFIG}}"; DestDir: "{{commonappdata}}\\{NAME}"; DestName: "site.toml"; \\
  Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{{group}}\\{TITLE}"; Filename: "{{app}}\\{NAME}.exe"
Name: "{{commondesktop}}\\{TITLE}"; Filename: "{{app}}\\{NAME}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{{app}}\\{NAME}.exe"; Parameters: "--self-test"; Flags: runhidden; \\
  StatusMsg: "Checking the installation..."
"""


def macos_recipe() -> None:
    """Build the .app and a .dmg (run on macOS)."""
    ver = version()
    app = DIST / f"{NAME}.app"
    if not app.exists():
        refuse(f"{app} is missing: the PyInstaller build did not make an app bundle")
    dmg = DIST / f"{NAME}-{ver}-macos.dmg"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            TITLE,
            "-srcfolder",
            str(app),
            "-ov",
            "-format",
            "UDZO",
            str(dmg),
        ],
        check=True,
    )
    say(f"wrote {dmg}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--target",
        choices=["linux", "windows", "macos"],
        default={"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux"),
    )
    ap.add_argument("--skip-bundle", action="store_true")
    ap.add_argument("--check-deb", type=Path)
    ap.add_argument("--inno-only", action="store_true")
    ap.add_argument("--dist", type=Path, help="where the outputs go (default dist/)")
    args = ap.parse_args()
    global DIST, BUNDLE
    if args.dist:
        DIST = args.dist.resolve()
        BUNDLE = DIST / NAME
    ver = version()
    DIST.mkdir(parents=True, exist_ok=True)
    if args.check_deb:
        check_deb(args.check_deb)
        return 0
    if args.inno_only:
        (DIST / f"{NAME}.iss").write_text(inno_script(ver))
        say(f"wrote {DIST / (NAME + '.iss')}")
        return 0
    here = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    if args.target != here:
        refuse(
            f"a {args.target} installer must be built on {args.target} (this is {here}). "
            "Use the CI workflow .github/workflows/installers.yml, or see docs/deploy.md."
        )
    took = 0.0
    if not args.skip_bundle:
        preflight()
        took = build_bundle()
    exe = BUNDLE / (f"{NAME}.exe" if here == "windows" else NAME)
    if here == "macos":
        exe = DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    self_test(exe)
    say(
        f"bundle: {folder_size(BUNDLE) / 2**20:.1f} MB"
        + (f", built in {took:.0f} s" if took else "")
    )
    if here == "linux":
        tgz = make_tarball(ver)
        deb = make_deb(ver)
        check_deb(deb)
        say(
            f"{tgz.name}: {tgz.stat().st_size / 2**20:.1f} MB; "
            f"{deb.name}: {deb.stat().st_size / 2**20:.1f} MB"
        )
    elif here == "windows":
        iss = DIST / f"{NAME}.iss"
        iss.write_text(inno_script(ver))
        iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
        if iscc is None:
            refuse(f"wrote {iss}, but Inno Setup's ISCC.exe is not on PATH to compile it")
        subprocess.run([iscc, str(iss)], check=True, cwd=DIST)
    else:
        macos_recipe()
    return 0


if __name__ == "__main__":
    sys.exit(main())
