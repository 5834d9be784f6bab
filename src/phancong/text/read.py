"""Reading sources: bytes -> decoded, normalised text plus metadata.

A source is a text or HTML file, optionally with a sidecar ``NAME.meta.json``
beside it (title, province, published, site, url, language).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .normalise import normalise

__all__ = ["InputError", "Source", "decode", "html_to_text", "read_source", "source_id_for", "MAX_BYTES"]

MAX_BYTES = 20 * 1024 * 1024
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".text")


class InputError(Exception):
    """A source that cannot be read. ``str()`` names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


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


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-interleaved ASCII) or cp1258."""
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"UTF-16 byte-order mark but invalid UTF-16 ({exc.reason})") from None
    head = data[:2000]
    if len(head) > 8 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return data.decode("utf-16-le", errors="strict")
    if len(head) > 8 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return data.decode("utf-16-be", errors="strict")
    if _looks_binary(data):
        raise InputError(path, "binary data, not text (expected UTF-8, UTF-16 or Windows-1258 text, or HTML)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8, UTF-16 or Windows-1258 text (byte {exc.start})") from None
    return text


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "noscript", "aside", "form", "button", "svg", "iframe"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "blockquote",
        "figcaption",
        "ul",
        "ol",
        "table",
        "dd",
        "dt",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page (scripts, styles and navigation dropped) and its <title>."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), parser.title.strip()


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
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
    data = path.read_bytes()
    raw = decode(data, path)
    meta: dict = {}
    side = path.with_name(path.stem + ".meta.json")
    if side.exists():
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(side, f"metadata sidecar is not valid JSON ({exc})") from None
        if not isinstance(meta, dict):
            raise InputError(side, "metadata sidecar must hold a JSON object")
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", raw[:200], re.I):
        raw, title = html_to_text(raw)
        meta.setdefault("title", title or None)
    text = normalise(raw)
    if not re.search(r"[^\W\d_]{2,}", text):
        raise InputError(path, "no text in it (no words found)")
    return Source(id=source_id_for(path), path=str(path), text=text, meta=meta)
