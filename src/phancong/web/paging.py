"""Pages of a table of results: the ``page`` and ``per`` parameters, and what a page shows about them
(the total count, links to the first, previous, next and last pages, the page sizes, downloads of exactly
the rows shown, and a permalink). Used by the SPARQL results page and the catalogue's query pages.

>>> p = pager("/queries/x", {"run": 1}, page=2, per=25, total=60, downloads=(("CSV", "csv"),))
>>> p["first_row"], p["last_row"], p["last"], p["next"]
(26, 50, 3, '/queries/x?run=1&page=3&per=25')
>>> p["downloads"]
[('CSV', '/queries/x?run=1&page=2&per=25&format=csv')]
"""

from __future__ import annotations

from .render import url

__all__ = ["PER_PAGE", "PAGE_SIZES", "BadPage", "page_params", "pager"]

PER_PAGE = 100
PAGE_SIZES = (25, 100, 500, 1000)


class BadPage(ValueError):
    """A ``page`` or ``per`` value that is not a whole number in range; the message says which."""


def _whole(value: str | None, name: str) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        n = int(value.strip())
    except ValueError:
        raise BadPage(f"'{name}' must be a whole number, not “{value.strip()[:40]}”") from None
    if n < 1:
        raise BadPage(f"'{name}' must be 1 or more")
    return n


def page_params(page: str | None, per: str | None, max_per: int) -> tuple[int | None, int | None]:
    """(page, per) read from the request (None where not given); raises :class:`BadPage`."""
    page_n, per_n = _whole(page, "page"), _whole(per, "per")
    if page_n is not None and page_n > 10**9:
        raise BadPage("'page' is too large")
    if per_n is not None and per_n > max_per:
        raise BadPage(f"'per' is at most {max_per} rows a page (--max-results)")
    return page_n, per_n


def pager(path: str, params: dict, *, page: int, per: int, total: int, downloads=(), everything=()) -> dict:
    """What a results page shows about its paging: ``params`` are the request's other parameters (kept in
    every link); ``downloads`` (label, format) give this page's rows in that format, ``everything``
    (label, format) the whole answer."""
    last = max(1, -(-total // per))
    shown = max(0, min(per, total - (page - 1) * per))
    first_row = (page - 1) * per + 1 if shown else 0

    def at(n, **extra):
        return url(path, **params, page=n, per=per if per != PER_PAGE else None, **extra)

    return {
        "page": page,
        "per": per,
        "total": total,
        "last": last,
        "shown": shown,
        "first_row": first_row,
        "last_row": first_row + shown - 1 if shown else 0,
        "first": at(1) if page > 1 else None,
        "prev": at(min(page - 1, last)) if page > 1 else None,
        "next": at(page + 1) if page < last else None,
        "last_url": at(last) if page < last else None,
        "permalink": at(page),
        "sizes": [(n, url(path, **params, page=1, per=n if n != PER_PAGE else None)) for n in PAGE_SIZES],
        "downloads": [(label, at(page, format=fmt)) for label, fmt in downloads],
        "everything": [(label, url(path, **params, format=fmt)) for label, fmt in everything],
    }
