"""Finding the source files in the files and folders given to a build.

Nothing in a folder is passed over in silence: a subfolder that cannot be listed, a link that leads
nowhere, a link back to a folder above it (a loop) or to a folder read already is a
:class:`Skipped` entry with its reason, and files of other types are counted.
"""

from __future__ import annotations

import errno
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .formats import REFUSED_SUFFIXES

__all__ = ["Found", "Skipped", "find_inputs", "SOURCE_SUFFIXES"]

SOURCE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf")


@dataclass
class Skipped:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)  # sources, and files of formats read_source refuses by name
    skipped: list[Skipped] = field(default_factory=list)  # parts of folders not read, each with its reason
    others: Counter = field(default_factory=Counter)  # files of other types in the folders, by suffix


def _is_input(name: str) -> bool:
    low = name.lower()
    return low.endswith(SOURCE_SUFFIXES) or (os.path.splitext(low)[1] in REFUSED_SUFFIXES)


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> Found:
    """Files given as they are; in folders given, the source files (sorted; ``*.meta.json`` sidecars
    belong to their source) and everything passed over, with the reason."""
    found = Found()
    for p in map(Path, paths):
        if p.is_dir():
            files: list[Path] = []
            _walk(p, files, found, seen={}, ancestors=())
            found.files.extend(sorted(files))
        else:
            found.files.append(p)
    return found


def _walk(folder: Path, files: list[Path], found: Found, seen: dict, ancestors: tuple) -> None:
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            found.skipped.append(Skipped(folder, "symlink loop (a link to a folder that holds it); not followed"))
            return
        if key in seen:
            found.skipped.append(Skipped(folder, f"the same folder as {seen[key]} (a link to it), read there once"))
            return
        seen[key] = folder
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found.skipped.append(Skipped(folder, f"folder cannot be read ({exc.strerror or exc})"))
        return
    for entry in entries:
        path = folder / entry.name
        if entry.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                reason = (
                    "symlink loop"
                    if exc.errno == errno.ELOOP
                    else "broken link"
                    if exc.errno == errno.ENOENT
                    else f"link cannot be followed ({exc.strerror})"
                )
                found.skipped.append(Skipped(path, f"{reason} (to {os.readlink(path)}); not read"))
                continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:
            found.skipped.append(Skipped(path, f"cannot be read ({exc.strerror or exc})"))
            continue
        if is_dir:
            _walk(path, files, found, seen, ancestors + (key,))
        elif not is_file:
            found.skipped.append(Skipped(path, "not a regular file (a pipe, socket or device); not read"))
        elif entry.name.lower().endswith(".meta.json"):
            continue
        elif _is_input(entry.name):
            files.append(path)
        else:
            found.others[os.path.splitext(entry.name)[1].lower() or "(no suffix)"] += 1
