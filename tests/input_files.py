"""Input files made for the tests: a text PDF, a scanned (image-only) PDF, a DOCX, cp1258 bytes.

The PDFs are written by hand (no PDF writer with a Vietnamese font is needed): the text PDF's font
maps two-byte codes to Unicode through a ToUnicode table, which is all a text extractor reads.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def cp1258(text: str) -> bytes:
    """Windows-1258 writes vowels with their circumflex/breve/horn precomposed and the tone as a combining mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object 1 is the catalogue), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF whose text layer holds ``lines``."""
    chars = sorted({c for line in lines for c in line})
    code = {c: i + 1 for i, c in enumerate(chars)}
    content = (
        b"BT /F1 11 Tf 40 800 Td 14 TL\n"
        + b"".join(b"<" + "".join(f"{code[c]:04X}" for c in line).encode("ascii") + b"> Tj T*\n" for line in lines)
        + b"ET"
    )
    pairs = [f"<{code[c]:04X}> <{ord(c):04X}>" for c in chars]
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i : i + 100]
        cmap += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /KeHoach /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KeHoach /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>",
        _stream("\n".join(cmap).encode("ascii")),
        b"<< /Type /FontDescriptor /FontName /KeHoach /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    path.write_bytes(_pdf(objects))
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of ``pages`` pages that each draw one grey image and hold no text (as a scanner writes)."""
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages)).encode("ascii")
    image = 3 + 2 * pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    for i in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 "
            b"%d 0 R >> >> /Contents %d 0 R >>" % (image, 4 + 2 * i)
        )
        objects.append(_stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"))
    objects.append(
        _stream(
            bytes([128, 200, 64, 255]),
            b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 ",
        )
    )
    path.write_bytes(_pdf(objects))
    return path


def docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A Word document: a heading, paragraphs, and a table after them."""
    import docx as python_docx

    doc = python_docx.Document()
    doc.core_properties.title = title
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    doc.save(str(path))
    return path
