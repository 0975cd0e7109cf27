"""Trim the ICU data library that Qt's bundle carries (libicudata, 32 MB) to what the guide
uses: the core tables (properties, normalization, break rules and dictionaries, collation
base), and the locale data of the guide's languages. What goes: the locale data of other
languages and the legacy code-page converters (the UTFs are in ICU's code). Qt falls back
to the root locale for any other language, as ICU does.

The data is read from the library's `icudt<NN>_dat` symbol, trimmed with ICU's `icupkg`,
and linked back into a library of the same name and soname (gcc), so Qt loads it as
before; it stays a separate, replaceable shared library."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEEP_LANGS = ("en", "es")  # the guide's languages
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")  # af.res, zh_Hant_TW.res, de_.res


def keep(item: str) -> bool:
    name = item.rsplit("/", 1)[-1]
    if item.endswith(".cnv"):
        return False
    if LOCALE.match(name):
        return name.split("_")[0].split(".")[0] in KEEP_LANGS
    return True


def _symbol(lib: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size."""
    syms = subprocess.run(["readelf", "--dyn-syms", "-W", str(lib)], capture_output=True, text=True)
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)",
        syms.stdout,
    )
    if not found:
        raise ValueError(f"{lib.name}: no icudt..._dat symbol")
    value, size, index, name = int(found[1], 16), int(found[2], 0), int(found[3]), found[4]
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True)
    for line in sections.stdout.splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and int(m[1]) == index:
            return name, value - int(m[2], 16) + int(m[3], 16), size
    raise ValueError(f"{lib.name}: section {index} not found")


def trim_icu(lib: Path) -> int:
    """Replace `lib` with its trimmed twin; the bytes saved (0 when the tools are missing)."""
    if not all(shutil.which(t) for t in ("icupkg", "gcc", "readelf")):
        return 0
    name, offset, size = _symbol(lib)
    before = lib.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = f"{name[:-4]}l"  # icudt73_dat -> icudt73l (little-endian data)
        full = work / f"{package}.dat"
        with lib.open("rb") as fh:
            fh.seek(offset)
            full.write_bytes(fh.read(size))
        listed = subprocess.run(
            ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
        )
        drop = [i for i in listed.stdout.split() if not keep(i)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        (work / "out").mkdir()
        trimmed = work / "out" / f"{package}.dat"
        subprocess.run(
            ["icupkg", "-r", str(work / "drop.txt"), str(full), str(trimmed)],
            check=True,
            capture_output=True,
        )
        asm = work / "data.S"
        asm.write_text(
            f"    .section .rodata\n    .globl {name}\n    .type {name}, @object\n"
            f'    .balign 16\n{name}:\n    .incbin "{trimmed}"\n'
            f'    .size {name}, .-{name}\n    .section .note.GNU-stack,"",@progbits\n'
        )
        out = work / lib.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-o", str(out), str(asm), f"-Wl,-soname,{lib.name}"],
            check=True,
        )
        shutil.copyfile(out, lib)
    return before - lib.stat().st_size
