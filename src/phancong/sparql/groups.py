"""Where a SPARQL query's WHERE group is, found by a small scanner that skips comments, strings and IRIs;
what the remote store does with it: bound values as a ``VALUES`` block that opens the group
(:func:`with_values`), the group read in one named graph (:func:`in_merged_graph`), and the query's
form (:func:`query_form`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox

from .lexer import keywords
from .terms import iri_term, sparql_term

__all__ = [
    "with_values",
    "with_rows",
    "with_data",
    "where_group_start",
    "where_group_end",
    "in_merged_graph",
    "query_form",
]

_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def with_values(sparql: str, bindings: dict[str, Any] | None) -> str:
    """``sparql`` with the bound values as a ``VALUES (?a ?b) { (t1 t2) }`` block, every term written
    by :func:`sparql_term` (``None`` values are left unbound, as in the embedded store).

    The block opens the query's WHERE group (found by :func:`where_group_start`) rather than trailing
    the query: both give the same answers when the parameters are bound by the WHERE clause's own
    patterns and projected (as in the catalogue), but Oxigraph does not push a trailing VALUES into
    the pattern, so a trailing block makes such a query orders of magnitude slower (docs/performance.md).
    A query without a WHERE group (``DESCRIBE <x>``) gets the trailing block.
    """
    items = [(k, v) for k, v in (bindings or {}).items() if v is not None]
    if not items:
        return sparql
    for name, _ in items:
        if not _VARNAME.match(name):
            raise ValueError(f"not a valid SPARQL variable name: {name!r}")
    names = " ".join(f"?{k}" for k, _ in items)
    terms = " ".join(sparql_term(v) for _, v in items)
    block = f"VALUES ({names}) {{ ({terms}) }}"
    at = where_group_start(sparql)
    if at is None:
        return f"{sparql}\n{block}\n"
    return f"{sparql[:at]}\n  {block}\n{sparql[at:]}"


def with_rows(sparql: str, names: list[str], rows: Iterable[Sequence[ox.NamedNode | ox.Literal]]) -> str:
    """``sparql`` with a ``VALUES (?a ?b ...) { (t1 t2 ...) ... }`` table of many rows opening its WHERE group
    (an update's data: the triples to insert, one row each). Each term is a pyoxigraph IRI or literal,
    written by pyoxigraph (its N-Triples form, which SPARQL reads as the same term); a blank node cannot be
    a value of a VALUES table (ValueError)."""
    for name in names:
        if not _VARNAME.match(name):
            raise ValueError(f"not a valid SPARQL variable name: {name!r}")
    lines = []
    for row in rows:
        for term in row:
            if not isinstance(term, (ox.NamedNode, ox.Literal)):
                raise ValueError(f"not an IRI or a literal: {term!r} (skolemize blank nodes first)")
        lines.append("(" + " ".join(map(str, row)) + ")")
    if not lines:
        return sparql
    block = "VALUES (" + " ".join(f"?{n}" for n in names) + ") {\n" + "\n".join(lines) + "\n}"
    at = where_group_start(sparql)
    if at is None:
        raise ValueError("no WHERE group to bind the rows in")
    return f"{sparql[:at]}\n  {block}\n{sparql[at:]}"


def with_data(sparql: str, graphs: dict[str, list[ox.Triple]]) -> str:
    """The update ``sparql`` (``INSERT DATA { }`` or ``DELETE DATA { }``) with its data block: each graph's
    triples inside ``GRAPH <iri> { }``, the IRI and the triples written by pyoxigraph (its N-Triples
    serialiser), between the operation's braces. A blank node has no place in a data block shared by two
    graphs (ValueError)."""
    blocks = []
    for name, triples in graphs.items():
        for t in triples:
            if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                raise ValueError(f"{name}: a blank node in the data (skolemize the graph first)")
        data = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        blocks.append(f"GRAPH {ox.NamedNode(name)} {{\n{data}}}")
    at = _first_group(sparql)
    if at is None:
        raise ValueError("no data block to fill")
    return f"{sparql[:at]}\n" + "\n".join(blocks) + f"\n{sparql[at:]}"


def _first_group(sparql: str) -> int | None:
    """The index just after the first ``{`` outside comments, strings and IRIs, or None."""
    i = 0
    while i < len(sparql):
        past = _past_token(sparql, i)
        if past is not None:
            i = past
            continue
        if sparql[i] == "{":
            return i + 1
        i += 1
    return None


_EOL = re.compile(r"[\n\r]")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


def _past_token(sparql: str, i: int) -> int | None:
    """Where a comment, a string (all four quote styles, with escapes) or an IRI that starts at ``i`` ends;
    None when none starts there. The one scanner of where_group_start and where_group_end."""
    c = sparql[i]
    if c == "#":  # a comment runs to the end of the line (LF or CR)
        m = _EOL.search(sparql, i)
        return m.end() if m else len(sparql)
    if c in "\"'":
        quote = sparql[i : i + 3] if sparql[i : i + 3] in ('"""', "'''") else c
        j = i + len(quote)
        while j < len(sparql) and not sparql.startswith(quote, j):
            j += 2 if sparql[j] == "\\" else 1
        return j + len(quote)
    if c == "<":
        m = _IRIREF.match(sparql, i)
        return m.end() if m else None
    return None


def where_group_start(sparql: str) -> int | None:
    """The index just after the ``{`` that opens the query's WHERE group, or None.

    Comments, strings (all four quote styles, with escapes) and IRIs are skipped. The WHERE group is
    the first top-level ``{`` (the keyword WHERE is optional in SELECT and ASK), except in CONSTRUCT and
    in an update (``INSERT``/``DELETE`` ... ``WHERE``; one operation), whose first ``{`` is the template:
    there it is the first top-level ``{`` after the word WHERE (None for the short form
    ``CONSTRUCT WHERE { ... }``, which takes triple patterns only).

    >>> q = 'PREFIX a: <http://x/#> SELECT * # {\\n WHERE { ?s ?p "{" }'
    >>> q[:where_group_start(q)]
    'PREFIX a: <http://x/#> SELECT * # {\\n WHERE {'
    """
    # CONSTRUCT and the updates (INSERT/DELETE ... WHERE) open with a template; SELECT, ASK, DESCRIBE do not
    construct = query_form(sparql) in ("CONSTRUCT", "INSERT", "DELETE", "WITH")
    template_seen = False
    n = len(sparql)
    i = depth = 0
    last_word = ""
    while i < n:
        c = sparql[i]
        past = _past_token(sparql, i)
        if past is not None:
            i, last_word = past, ""
            continue
        if c == "{":
            if depth == 0 and not construct:
                return i + 1
            if depth == 0 and last_word == "WHERE":
                # CONSTRUCT WHERE { triples }: the short form takes triple patterns only
                return i + 1 if template_seen else None
            template_seen = template_seen or depth == 0
            depth += 1
        elif c == "}":
            depth -= 1
        if c.isalpha() or c == "_":
            j = i
            while j < n and (sparql[j].isalnum() or sparql[j] == "_"):
                j += 1
            i, last_word = j, sparql[i:j].upper()
            continue
        if not c.isspace():
            last_word = ""
        i += 1
    return None


def where_group_end(sparql: str, start: int) -> int | None:
    """The index of the ``}`` that closes the group whose ``{`` is just before ``start``, or None
    (comments, strings and IRIs skipped, as :func:`where_group_start` does)."""
    n = len(sparql)
    i, depth = start, 1
    while i < n:
        c = sparql[i]
        past = _past_token(sparql, i)
        if past is not None:
            i = past
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def in_merged_graph(sparql: str, graph: str) -> str | None:
    """``sparql`` with its WHERE group's content inside ``GRAPH <graph> { }``, or None when the query has
    no WHERE group to wrap (``DESCRIBE <x>``, ``CONSTRUCT WHERE { }``).

    Patterns nested in the group (OPTIONAL, UNION, FILTER EXISTS, sub-queries, property paths, a VALUES
    block) then match the merged graph; a nested ``GRAPH ?g { }`` still ranges over the named graphs.

    >>> in_merged_graph("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "http://x/m")
    'SELECT * WHERE { GRAPH <http://x/m> { ?s ?p ?o } } LIMIT 1'
    """
    start = where_group_start(sparql)
    if start is None:
        return None
    end = where_group_end(sparql, start)
    if end is None:
        return None
    return f"{sparql[:start]} GRAPH {iri_term(graph)} {{{sparql[start:end]}}} {sparql[end:]}"


def query_form(sparql: str) -> str:
    """The operation a text opens with, after its prologue: SELECT, ASK, CONSTRUCT or DESCRIBE for a query,
    else an update's first keyword (INSERT, DELETE, WITH, DROP ...), "" for none; read off the lexer's
    tokens (comments, strings and IRIs are not tokens).

    >>> query_form("PREFIX a: <http://x/#> # SELECT\\nINSERT DATA { }"), query_form("ask {}")
    ('INSERT', 'ASK')
    """
    return next((word for word in keywords(sparql) if word not in ("PREFIX", "BASE")), "")
