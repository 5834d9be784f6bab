"""Text as it is shown: bidi controls and zero-width characters taken out.

A document may carry characters that change how the text around them is drawn without being seen:
bidi overrides and embeddings (U+202A-U+202E), isolates (U+2066-U+2069), direction marks (U+200E,
U+200F, U+061C) and zero-width characters (U+200B-U+200D, U+2060-U+2064, U+FEFF, U+180E). In a page
they can reverse a body's name or hide a word ("Trojan Source"); Vietnamese text needs none of them.
Control characters that XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F) go too: one of
them makes a chart an SVG no browser opens.
Pages, graph views and the chart show every string through :func:`inert`; the graph, the JSON API,
CSV and SPARQL results keep the text as it was read.

>>> inert("Ban \\u202egnàd\\u202c\\u200b Tổ chức")
'Ban gnàd Tổ chức'
"""

from __future__ import annotations

import re

__all__ = ["inert", "INVISIBLE", "CONTROLS"]

INVISIBLE = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e"
)
# control characters XML 1.0 does not allow (an SVG holding one does not open) and HTML calls parse errors
CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
_INVISIBLE = re.compile("[" + INVISIBLE + CONTROLS + "]")


def inert(text: str) -> str:
    """``text`` without bidi controls, zero-width characters and the control characters XML forbids
    (tab, line feed and carriage return stay)."""
    return _INVISIBLE.sub("", text)
