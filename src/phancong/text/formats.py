"""Document formats: DOCX (python-docx) and PDF with a text layer (pypdf) read into plain text;
scanned PDFs, other office formats, images and archives refused, each by name with the reason.

What is read here goes on to :func:`phancong.text.normalise.normalise` like any text file, so
offsets of extracted items refer to one normalised text whatever the format.

>>> sniff(b"%PDF-1.7 ...", "a.txt"), sniff("Kế hoạch".encode("utf-8"), "a.txt")
('pdf', None)
>>> sniff(b"\\x89PNG\\r\\n\\x1a\\n", "a.txt")
Traceback (most recent call last):
...
phancong.text.errors.InputError: a.txt: binary data, a PNG image (a scan needs OCR first); not read
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from .errors import InputError

__all__ = ["read_document", "sniff", "REFUSED_SUFFIXES"]

_SAVE_AS = "save it as DOCX, PDF (with text) or text"
# suffixes refused whatever the bytes: (what it is, what to do)
REFUSED_SUFFIXES = {
    ".doc": "Word 97-2003 document (.doc)",
    ".xls": "Excel 97-2003 workbook (.xls)",
    ".ppt": "PowerPoint 97-2003 presentation (.ppt)",
    ".xlsx": "Excel workbook (.xlsx)",
    ".pptx": "PowerPoint presentation (.pptx)",
    ".odt": "OpenDocument text (.odt)",
    ".ods": "OpenDocument spreadsheet (.ods)",
    ".odp": "OpenDocument presentation (.odp)",
    ".rtf": "RTF document (.rtf)",
    ".epub": "EPUB book (.epub)",
    ".wps": "Works document (.wps)",
}
_SIGNATURES = (  # leading bytes -> what it is, refused
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"Office 97-2003 file (Word 97-2003 .doc, .xls or .ppt): not read; {_SAVE_AS}",
    ),
    (b"{\\rtf", f"RTF document: not read; {_SAVE_AS}"),
    (b"\x89PNG\r\n\x1a\n", "binary data, a PNG image (a scan needs OCR first); not read"),
    (b"\xff\xd8\xff", "binary data, a JPEG image (a scan needs OCR first); not read"),
    (b"GIF8", "binary data, a GIF image; not read"),
    (b"II*\x00", "binary data, a TIFF image (a scan needs OCR first); not read"),
    (b"MM\x00*", "binary data, a TIFF image (a scan needs OCR first); not read"),
    (b"\x1f\x8b", "binary data, a gzip archive: unpack it and build the files in it"),
    (b"7z\xbc\xaf\x27\x1c", "binary data, a 7-Zip archive: unpack it and build the files in it"),
    (b"Rar!\x1a\x07", "binary data, a RAR archive: unpack it and build the files in it"),
)


def sniff(data: bytes, path: str | Path) -> str | None:
    """'pdf' or 'docx' for those formats, None for text (or HTML) to decode; InputError for the rest."""
    suffix = Path(path).suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise InputError(path, f"{REFUSED_SUFFIXES[suffix]}: not read; {_SAVE_AS}")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, path)
    for magic, problem in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(path, problem)
    if suffix == ".pdf":
        raise InputError(path, "not a readable PDF (no PDF header)")
    if suffix == ".docx":
        raise InputError(path, "not a readable DOCX (not a ZIP package)")
    return None


def _zip_kind(data: bytes, path: str | Path) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        what = "not a readable DOCX" if Path(path).suffix.lower() == ".docx" else "broken ZIP data"
        raise InputError(path, f"{what} (a broken ZIP package: {exc})") from None
    if "word/document.xml" in names:
        return "docx"
    kind = (
        "Excel workbook"
        if any(n.startswith("xl/") for n in names)
        else "PowerPoint presentation"
        if any(n.startswith("ppt/") for n in names)
        else "OpenDocument file"
        if "mimetype" in names
        else "ZIP archive"
    )
    raise InputError(
        path,
        f"{kind}: not read; {_SAVE_AS}"
        if kind != "ZIP archive"
        else "ZIP archive: unpack it and build the files in it",
    )


def read_document(kind: str, data: bytes, path: str | Path) -> str:
    """The text of a PDF or DOCX (their title properties are left alone: often a template's or
    "Microsoft Word - x.doc"; the title is the first line, as for a text file)."""
    return _read_pdf(data, path) if kind == "pdf" else _read_docx(data, path)


def _read_pdf(data: bytes, path: str | Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "encrypted PDF (a password is needed to read it): not read")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds (PdfReadError, ValueError, KeyError ...) on broken files
        raise InputError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise InputError(path, "PDF without pages")
    if not any(re.search(r"[^\W\d_]{2,}", p) for p in pages):
        raise InputError(
            path,
            f"scanned PDF: no text layer on any of its {len(pages)} page(s) (images only); "
            f"not read: run OCR on it first",
        )
    return "\n\n".join(p.strip("\n") for p in pages) + "\n"


def _read_docx(data: bytes, path: str | Path) -> str:
    import docx
    from docx.table import Table

    try:
        doc = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in doc.iter_inner_content():  # paragraphs and tables, in the order of the document
            if isinstance(block, Table):
                for row in block.rows:
                    cells, seen = [], set()
                    for cell in row.cells:  # a merged cell comes once per column it spans
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            cells.append(cell.text.strip())
                    lines.append("\t".join(cells))
            else:
                lines.append(block.text)
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors ... on broken packages
        raise InputError(path, f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    return "\n".join(lines) + "\n"
