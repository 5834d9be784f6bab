"""Where the package finds the repository's folders ontology/ and queries/.

In a source checkout (the editable install) they are the folders at the repository root. A wheel
carries copies as package data at phancong/_data/<folder> (setup.py puts them there), so a
non-editable install finds them without the repository. An environment variable, where a folder has
one, overrides both.

>>> resource_dir("ontology").joinpath("shapes.ttl").is_file()
True
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

__all__ = ["SOURCE_ROOT", "resource_dir"]

_HERE = Path(__file__).resolve().parent


def _source_root() -> Path | None:
    """The repository root when this is repo/src/phancong (not a wheel installed elsewhere)."""
    root = _HERE.parents[1]
    if _HERE.parent.name == "src" and (root / "pyproject.toml").is_file():
        return root
    return None


SOURCE_ROOT: Path | None = _source_root()


def resource_dir(name: str, env: str | None = None) -> Path:
    """The folder ``name`` (ontology or queries): ``$env`` when set, else the repository's
    folder in a source checkout, else the copy packaged in the installed wheel."""
    value = os.environ.get(env) if env else None
    if value:
        return Path(value)
    if SOURCE_ROOT is not None and (SOURCE_ROOT / name).is_dir():
        return SOURCE_ROOT / name
    return Path(str(resources.files("phancong").joinpath("_data").joinpath(name)))
