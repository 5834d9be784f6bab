"""Reading sources: a file -> decoded, normalised text plus metadata.

A source is a text file (UTF-8, UTF-16 or a legacy encoding: ``decode``), an HTML page (its main
text: ``html``), a DOCX or a PDF with a text layer (``formats``), optionally with a sidecar
``NAME.meta.json`` beside it (title, province, published, site, url, language). Other formats
and scanned PDFs are refused by name with the reason (:class:`InputError`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .decode import decode
from .errors import InputError
from .formats import read_document, sniff
from .html import html_to_text, looks_like_html
from .inputs import SOURCE_SUFFIXES
from .normalise import normalise

__all__ = [
    "InputError",
    "Source",
    "decode",
    "html_to_text",
    "read_source",
    "source_id_for",
    "MAX_BYTES",
    "SOURCE_SUFFIXES",
]

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Source:
    id: str
    path: str
    text: str
    meta: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        if self.meta.get("title"):
            return self.meta["title"]
        first = next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")
        return first[:200]


def source_id_for(path: Path) -> str:
    """The file name without its last suffix (``plan.v2.txt`` -> ``plan.v2``), in NFC; never empty.
    IRIs and graph file names use ``iri.source_key`` of it: ``plan a`` and ``plan-a`` stay apart."""
    return unicodedata.normalize("NFC", path.stem or path.name)


def read_source(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Source:
    """Read one source file; raises :class:`InputError` with a clear message."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    meta = _sidecar(path)
    kind = sniff(data, path)
    if kind is not None:
        raw = read_document(kind, data, path)
    else:
        raw = decode(data, path)
        if path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(raw):
            raw, title = html_to_text(raw)
            meta.setdefault("title", title or None)
    text = normalise(raw)
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError(path, "no text in it (no words found)")
    return Source(id=source_id_for(path), path=str(path), text=text, meta=meta)


def _sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(side, f"metadata sidecar is not valid JSON ({exc})") from None
    except OSError as exc:
        raise InputError(side, f"metadata sidecar cannot be read ({exc.strerror or exc})") from None
    if not isinstance(meta, dict):
        raise InputError(side, "metadata sidecar must hold a JSON object")
    return meta
