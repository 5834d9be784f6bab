"""HTML pages -> their main text, by trafilatura (a maintained main-text extractor): menus, links
to other articles, share buttons, comments and footers are left out; lists and tables are kept
(list items as ``- ...`` lines, table rows as ``| a | b |`` lines).

>>> html_to_text("<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><h1>Kế hoạch"
...              " số 19/KH-UBND</h1><p>Giao Sở Nội vụ chủ trì.</p></article></body></html>")
('Kế hoạch số 19/KH-UBND\\nGiao Sở Nội vụ chủ trì.', 'Tin')
"""

from __future__ import annotations

import re

__all__ = ["html_to_text", "looks_like_html"]

_HTML_START = re.compile(r"\s*(<!doctype html|<html)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:200]))


def html_to_text(html: str) -> tuple[str, str]:
    """The main text of an HTML page and its ``<title>``."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return "", ""
    title = " ".join((tree.findtext(".//title") or "").split())
    # <nav> is the page's own word for navigation: pruned before extraction, also on pages so short
    # that trafilatura falls back to keeping everything
    text = trafilatura.extract(
        tree, include_comments=False, include_tables=True, prune_xpath=["//nav"], deduplicate=False
    )
    if not text:  # no main text found: every visible text of the body
        text = trafilatura.baseline(html)[1]
    return text.strip(), title
