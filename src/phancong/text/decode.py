"""Bytes -> text: which encoding a text file is in.

In this order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one (every other byte
NUL); binary data refused; valid UTF-8; the encoding an HTML or XML declaration names; UTF-8 with a
few invalid bytes, refused at the first one's real offset (the rest of the file says it is UTF-8:
guessing another encoding would garble it silently); else what charset-normalizer finds (Windows-1258
for the legacy Vietnamese files).

>>> decode("Tỉnh ủy".encode("utf-16"))
'Tỉnh ủy'
>>> try:
...     decode("Ủy ban nhân dân tỉnh".encode("utf-8")[:-1] + b"\\xff", "a.txt")
... except InputError as exc:
...     print(exc)
a.txt: invalid UTF-8 at byte 25 (0xFF); the rest of the file is UTF-8: mend or remove that byte
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import InputError

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|"""
    rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def _strict(data: bytes, encoding: str, path: str | Path, skip: int = 0, why: str = "") -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = exc.start + skip
        name = codecs.lookup(encoding).name.upper().replace("-SIG", "")
        raise InputError(path, f"invalid {name} at byte {at} (0x{data[at]:02X}){why}") from None


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf8_with_stray_bytes(data: bytes, first_bad: int, path: str | Path) -> None:
    """Raise if ``data`` is UTF-8 but for a few bytes (more valid multi-byte characters than bad bytes)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    wide = sum(1 for c in text if c > "\x7f") - bad
    if wide > bad:
        more = f", {bad} invalid bytes in all" if bad > 1 else ""
        raise InputError(
            path,
            f"invalid UTF-8 at byte {first_bad} (0x{data[first_bad]:02X}){more}; "
            f"the rest of the file is UTF-8: mend or remove that byte",
        )


def decode(data: bytes, path: str | Path = "<bytes>") -> str:
    """The text of ``data``; :class:`InputError` naming ``path`` when it is empty, binary or invalid."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path, why=f" after a {encoding.upper()} byte-order mark")
    head = data[:2000]
    if len(head) > 8 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return _strict(data, "utf-16-le", path)
    if len(head) > 8 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return _strict(data, "utf-16-be", path)
    if _looks_binary(data):
        raise InputError(
            path, "binary data, not text (expected text in UTF-8, UTF-16 or Windows-1258, HTML, DOCX or PDF)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start  # not the exception: kept, its traceback would hold this frame (a cycle)
    declared = _declared(data)
    if declared:
        return _strict(data, declared, path, why=", the encoding the file declares")
    _utf8_with_stray_bytes(data, first_bad, path)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            path, f"not text in any encoding found (not UTF-8 from byte {first_bad}, and no other encoding fits)"
        )
    return data.decode(best.encoding, errors="strict")
