"""The queries every backend is asked (tests/sparql/test_backends.py, tests/store/test_engines.py): the
catalogue, and the queries of the web pages and of the package itself (queries/web, queries/internal); the package's
updates run on the embedded store only."""

from __future__ import annotations

from pyparsing import ParseException
from rdflib.plugins.sparql import prepareQuery

from phancong.sparql.catalogue import QUERIES_DIR, catalogue, load_query


def _is_query(q) -> bool:
    """Not an update (rdflib's parser decides)."""
    try:
        prepareQuery(q.text)
    except ParseException:
        return False
    return True


EVERY_QUERY = catalogue() + [
    q
    for q in (load_query(p) for p in sorted(QUERIES_DIR.glob("*/*.rq")) if p.parent.name in ("web", "internal"))
    if _is_query(q)
]


def query_id(q) -> str:
    """A query's test id: its path under queries/ without the suffix ("web/describe")."""
    return q.path.relative_to(QUERIES_DIR).with_suffix("").as_posix()
