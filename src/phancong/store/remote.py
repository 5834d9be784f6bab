"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever ...).

:class:`RemoteStore` has the interface of :class:`phancong.store.embedded.EmbeddedStore`
(``query``, ``select``, ``replace_ntriples``, ``replace_graph``,
``remove_graph``, ``graphs``, ``graph_ntriples``, ``rebuild_index``, ``flush``,
``len()``, ``index``), so the API, the CLI and the checks run on either.

- Queries go through SPARQLWrapper: JSON results for SELECT and ASK, N-Triples
  for CONSTRUCT and DESCRIBE, converted by :func:`json_term` to the same terms
  (and, by ``select``, the same plain Python values) as the embedded store.
- Queries read a merged graph that the store maintains, :data:`MERGED_GRAPH`: the RDF merge (set
  union) of phancong's named graphs, as the embedded store keeps its default graph. ``query`` wraps
  the query's WHERE group in ``GRAPH <merged> { }`` (:func:`in_merged_graph`), so no engine's union
  default graph is needed, and none is relied on: Oxigraph server's is a multiset, in which a body
  named by N sources had its triples N times and joins multiplied. Every write updates the merged
  graph in the same SPARQL Update request that replaces the source's graph (the embedded store's
  retraction: a triple leaves the merged graph only when no other graph states it). The first query
  checks that the merged graph is there and, for a store written by an older phancong, builds it
  (or, read-only, says how).
- Bound parameters: SPARQLWrapper has no bindings, so each value is written as
  a SPARQL term by the one escaping function :func:`sparql_term` and the
  bindings become a ``VALUES (?a ?b) { (t1 t2) }`` block that opens the
  WHERE group (:func:`with_values`). The catalogue queries bind and project
  their parameter variables, so this gives the same answers as the embedded
  store's substitutions (and, unlike a trailing VALUES, as fast on Oxigraph).
- Writes: a source's named graph is replaced in one request, by a SPARQL 1.1
  Graph Store HTTP Protocol PUT (N-Triples body) when a GSP endpoint is given
  and works, else by one SPARQL 1.1 Update
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``.
- HTTP basic (``user``/``password``) or bearer (``token``) authentication.
- ``timeout`` bounds each operation, retries included: connection errors
  (refused, reset, timed out) and HTTP 502/503/504 are retried with
  exponential backoff while time is left; other HTTP errors are not. Once an
  operation has failed to reach the endpoint, the next ones try once (a dead
  server fails a long build fast) until one succeeds.
- Errors are one line naming the endpoint: it cannot be reached, it refused
  (HTTP status and the first line of its answer), or it answered with
  something that is not SPARQL results.

The text index for search by words stays a local SQLite file
(:class:`phancong.store.index.TextIndex`, by default
``~/.cache/phancong/index-<hash of the endpoint>.sqlite``). Ingest writes its
rows in the same transaction discipline as the embedded store (committed only
after the remote write succeeded). On first use the index is brought in line
with the set of graphs in the store (graphs added elsewhere are indexed,
graphs gone are dropped); ``rebuild_index()`` (``phancong index``) rebuilds it
from the remote graphs.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .embedded import ONTOLOGY_GRAPH, StoreError, to_python
from .index import ROWS_QUERY, TextIndex, rows_of_ntriples

__all__ = [
    "RemoteStore",
    "RemoteStoreError",
    "EndpointUnreachable",
    "sparql_term",
    "with_values",
    "where_group_start",
    "where_group_end",
    "in_merged_graph",
    "json_term",
    "default_index_path",
    "query_form",
    "MERGED_GRAPH",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
OWN_GRAPHS = "https://w3id.org/phancong/"  # graphs(), len() and dump() see only phancong's graphs
MERGED_GRAPH = "https://w3id.org/phancong/graph/merged"  # the merge of phancong's named graphs; queries read it

RETRY_STATUS = (502, 503, 504)
# an engine's answer that says "try again" without a retryable status: Virtuoso answers a transaction that lost
# a deadlock (parallel uploads touch the merged graph together) with HTTP 500 and SQL state 40001
TRANSIENT_BODY = re.compile(rb"\b40001\b|[Dd]eadlock")
UPLOAD_TRIPLES = 20_000  # replace_many: sources go to the engine in requests of about this many triples
GSP_UNSUPPORTED = (404, 405, 415, 501)


class RemoteStoreError(StoreError):
    """The endpoint refused (``status`` is the HTTP status), answered something that is not SPARQL,
    or is misconfigured."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class EndpointUnreachable(RemoteStoreError):
    """The endpoint could not be reached (refused, reset, timed out, unknown host)."""


# ---------------------------------------------------------------------------- SPARQL terms
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_LANGTAG = re.compile(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*\Z")
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\')
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _iri(value: str) -> str:
    for ch in value:
        if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 or 0xD800 <= ord(ch) <= 0xDFFF:
            raise ValueError(f"not a valid IRI (character {ch!r} is not allowed): {value!r}")
    if not _SCHEME.match(value):
        raise ValueError(f"not an absolute IRI (no scheme): {value!r}")
    ox.NamedNode(value)  # full IRI syntax check; raises ValueError
    return f"<{value}>"


def _string(value: str) -> str:
    """A double-quoted SPARQL string whose value is exactly ``value``.

    ``"`` and ``\\`` and line breaks are escaped (ECHAR); other control
    characters become ``\\uXXXX`` (legal raw too, but safer over HTTP); a ``u``
    or ``U`` right after a backslash of the value is written ``\\u0075`` /
    ``\\u0055`` so that no ``\\u`` sequence appears in the text: engines that
    unescape ``\\uXXXX`` before parsing (as SPARQL 1.1 section 19.2 describes)
    and engines that unescape inside strings read the same value.
    """
    out = ['"']
    prev_backslash = False
    for ch in value:
        o = ord(ch)
        if 0xD800 <= o <= 0xDFFF:
            raise ValueError(f"not valid Unicode (lone surrogate U+{o:04X}): {value!r}")
        if ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\u{o:04X}")
        elif prev_backslash and ch in "uU":
            out.append("\\u0075" if ch == "u" else "\\u0055")
        else:
            out.append(ch)
        prev_backslash = ch == "\\"
    out.append('"')
    return "".join(out)


def _literal(lexical: str, language: str | None = None, datatype: str | None = None) -> str:
    if language:
        if not _LANGTAG.match(language):
            raise ValueError(f"not a valid language tag: {language!r}")
        ox.Literal("", language=language)  # BCP 47 well-formedness, as the stores check it; raises ValueError
        return f"{_string(lexical)}@{language}"
    if datatype and datatype not in (XSD + "string", RDF_LANGSTRING):
        return f"{_string(lexical)}^^{_iri(datatype)}"
    if datatype == RDF_LANGSTRING:
        raise ValueError("an rdf:langString literal needs a language tag")
    return _string(lexical)


def _decimal(value: float | Decimal) -> str:
    d = Decimal(repr(value)) if isinstance(value, float) else value
    if not d.is_finite():
        raise ValueError(f"cannot bind {value!r}: not a finite number")
    text = format(d, "f")
    return text if "." in text else text + ".0"


def sparql_term(value: Any) -> str:
    """A Python or RDF value as a safe SPARQL term (the one escaping function).

    - IRIs (``rdflib.URIRef``, ``pyoxigraph.NamedNode``): must be absolute and
      free of the characters the SPARQL IRIREF rule forbids (``<>"{}|^`\\``,
      spaces and controls), else ValueError; written ``<...>``.
    - Literals (``rdflib.Literal``, ``pyoxigraph.Literal``, ``str``): every
      special character escaped; language tags and datatype IRIs validated.
    - ``bool`` -> xsd:boolean, ``int`` -> xsd:integer, ``float``/``Decimal`` ->
      xsd:decimal (as the embedded store binds them).
    - Blank nodes cannot be bound: ValueError.

    >>> sparql_term('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    >>> sparql_term(3)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    from rdflib import BNode, Literal as RLiteral, URIRef

    if isinstance(value, ox.NamedNode):
        return _iri(value.value)
    if isinstance(value, URIRef):
        return _iri(str(value))
    if isinstance(value, (ox.BlankNode, BNode)):
        raise ValueError("a blank node cannot be bound as a parameter")
    if isinstance(value, ox.Literal):
        return _literal(value.value, value.language, value.datatype.value if value.datatype else None)
    if isinstance(value, RLiteral):
        return _literal(str(value), value.language, str(value.datatype) if value.datatype else None)
    if isinstance(value, bool):
        return _literal("true" if value else "false", datatype=XSD + "boolean")
    if isinstance(value, int):
        return _literal(str(value), datatype=XSD + "integer")
    if isinstance(value, (float, Decimal)):
        return _literal(_decimal(value), datatype=XSD + "decimal")
    if isinstance(value, str):
        return _string(value)
    raise ValueError(f"cannot bind a {type(value).__name__} as a SPARQL term")


def with_values(sparql: str, bindings: dict[str, Any] | None) -> str:
    """``sparql`` with the bound values as a ``VALUES (?a ?b) { (t1 t2) }`` block, every term written
    by :func:`sparql_term` (``None`` values are left unbound, as in the embedded store).

    The block opens the query's WHERE group (found by :func:`where_group_start`) rather than trailing
    the query: both give the same answers when the parameters are bound by the WHERE clause's own
    patterns and projected (as in the catalogue), but Oxigraph does not push a trailing VALUES into
    the pattern: owner-of-task took 1.3 s with it against 11 ms with the block in front, on 50 sources.
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
    the first top-level ``{`` (the keyword WHERE is optional in SELECT and ASK), except in CONSTRUCT,
    whose first ``{`` is the template: there it is the first top-level ``{`` after the word WHERE
    (None for the short form ``CONSTRUCT WHERE { ... }``, which takes triple patterns only).

    >>> q = 'PREFIX a: <http://x/#> SELECT * # {\\n WHERE { ?s ?p "{" }'
    >>> q[:where_group_start(q)]
    'PREFIX a: <http://x/#> SELECT * # {\\n WHERE {'
    """
    construct = query_form(sparql) == "CONSTRUCT"
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


def in_merged_graph(sparql: str, graph: str = MERGED_GRAPH) -> str | None:
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
    return f"{sparql[:start]} GRAPH {_iri(graph)} {{{sparql[start:end]}}} {sparql[end:]}"


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (comments and prologue skipped); anything else is an update."""
    body = re.sub(r"(?m)^\s*#.*$", "", sparql)
    body = re.sub(r"(?is)\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", "", body).lstrip()
    m = re.match(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body)
    if m:
        return m.group(1).upper()
    word = re.match(r"\w+", body)
    return word.group(0).upper() if word else ""


# ---------------------------------------------------------------------------- results
def json_term(b: dict[str, Any] | None):
    """One SPARQL 1.1 JSON results binding -> the pyoxigraph term (the one converter;
    ``phancong.store.embedded.to_python`` then gives the same plain values as the embedded store)."""
    if b is None:
        return None
    kind = b.get("type")
    value = b.get("value")
    if not isinstance(value, str):
        raise ValueError(f"binding without a string value: {b!r}")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        try:
            return ox.BlankNode(value)
        except ValueError:
            return ox.BlankNode(hashlib.sha1(value.encode("utf-8")).hexdigest())
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return ox.Literal(value, language=b["xml:lang"])
        if b.get("datatype"):
            return _canonical_literal(ox.Literal(value, datatype=ox.NamedNode(b["datatype"])))
        return ox.Literal(value)
    raise ValueError(f"unknown binding type {kind!r}")


_XSD_BOOLEAN = ox.NamedNode(XSD + "boolean")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}


def _canonical_literal(term):
    """An engine's literal as the embedded store writes it: an xsd:boolean in its canonical form ``true`` /
    ``false`` (Virtuoso stores and answers ``"1"^^xsd:boolean``: the same value, another lexical form)."""
    if isinstance(term, ox.Literal) and term.datatype == _XSD_BOOLEAN and term.value in _BOOLEAN_FORMS:
        return ox.Literal(_BOOLEAN_FORMS[term.value], datatype=_XSD_BOOLEAN)
    return term


class Solution(dict):
    """One row of a SELECT: variable name -> pyoxigraph term (None when unbound)."""

    def __missing__(self, key):
        if isinstance(key, ox.Variable):
            return self.get(key.value)
        return None


class Solutions:
    """SELECT results: ``variables`` (pyoxigraph Variables) and rows, like pyoxigraph's QuerySolutions."""

    def __init__(self, names: list[str], rows: list[Solution]):
        self.names = names
        self.variables = [ox.Variable(n) for n in names]
        self.rows = rows

    def __iter__(self) -> Iterator[Solution]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def index_rows_of(nt: str) -> list[tuple[str, str, str]]:
    """Text index rows (iri, kind, label) of one graph's N-Triples: ROWS_QUERY's rows (as the embedded store)."""
    return rows_of_ntriples(nt)


def default_index_path(endpoint: str) -> Path:
    """~/.cache/phancong/index-<hash of the endpoint>.sqlite (XDG_CACHE_HOME respected)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(endpoint.encode("utf-8")).hexdigest()[:16]
    return cache / "phancong" / f"index-{digest}.sqlite"


# ---------------------------------------------------------------------------- HTTP failures
class _Refused(Exception):
    """An HTTP error status from the server (not retried unless 502/503/504)."""

    def __init__(self, url: str, status: int | None, reason: str, body: bytes):
        self.url, self.status, self.reason, self.body = url, status, reason, body
        super().__init__(f"HTTP {status}")

    def message(self) -> str:
        line = _first_line(self.body)
        status = f"HTTP {self.status}" + (f" {self.reason}" if self.reason else "")
        return f"SPARQL endpoint {self.url} refused the request: {status}" + (f": {line}" if line else "")


def _first_line(body: bytes | str, limit: int = 200) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    for line in text.splitlines():
        line = re.sub(r"<[^>]+>", " ", line).strip()  # an HTML error page: its text
        line = re.sub(r"\s+", " ", line)
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def _from_sparqlwrapper(url: str, exc: Exception) -> _Refused:
    """SPARQLWrapper turns HTTP 400/401/404/414/500 into its own exceptions; recover status and body."""
    ctx = exc.__context__
    status = getattr(ctx, "code", None)
    reason = getattr(ctx, "reason", "") or ""
    body = b""
    text = str(exc)
    marker = "\n\nResponse:\n"
    if marker in text:
        try:
            parsed = ast.literal_eval(text.split(marker, 1)[1])
            body = parsed if isinstance(parsed, bytes) else str(parsed).encode("utf-8")
        except (ValueError, SyntaxError):
            body = text.split(marker, 1)[1].encode("utf-8")
    if status is None:
        status = {
            "QueryBadFormed": 400,
            "Unauthorized": 401,
            "EndPointNotFound": 404,
            "URITooLong": 414,
            "EndPointInternalError": 500,
        }.get(type(exc).__name__)
    return _Refused(url, status, str(reason), body or getattr(exc, "msg", "").encode("utf-8"))


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return False
    return isinstance(
        exc, (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout, http.client.HTTPException, OSError)
    )


def _why(exc: BaseException, timeout: float) -> str:
    """Why a connection failed, in a few words."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, str):
        return reason
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    if isinstance(reason, http.client.IncompleteRead):
        return "the answer was cut off"
    return str(reason) or type(reason).__name__


# ---------------------------------------------------------------------------- the merged graph
# the triples of phancong's named graphs, the merged graph left out (?g bound to each graph in turn)
_OWN_GRAPH_TRIPLES = (
    f"GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {_string(OWN_GRAPHS)}) && ?g != <{MERGED_GRAPH}>)"
)


def _retract(name: str) -> str:
    """SPARQL Update that drops graph ``name`` and removes from the merged graph the triples that no other
    of phancong's graphs states (the embedded store's ``_retract``, with the merged graph named)."""
    g = sparql_term(ox.NamedNode(name))
    m = sparql_term(ox.NamedNode(MERGED_GRAPH))
    return (
        f"DELETE {{ GRAPH {m} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g} && ?other != {m} "
        f"&& STRSTARTS(STR(?other), {_string(OWN_GRAPHS)})) }} }} ;\n"
        f"DROP SILENT GRAPH {g}"
    )


def _replace_update(name: str, nt: str) -> str:
    """SPARQL Update that replaces graph ``name`` with the N-Triples ``nt`` and keeps the merged graph in line
    (the data is phancong's own serialised N-Triples, valid SPARQL triples, not user parameters)."""
    g = sparql_term(ox.NamedNode(name))
    m = sparql_term(ox.NamedNode(MERGED_GRAPH))
    return f"{_retract(name)} ;\nINSERT DATA {{ GRAPH {g} {{\n{nt}\n}} }} ;\nINSERT DATA {{ GRAPH {m} {{\n{nt}\n}} }}"


def _merge_all() -> str:
    """SPARQL Update that fills the merged graph from phancong's named graphs."""
    return f"INSERT {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ {_OWN_GRAPH_TRIPLES} }}"


# ---------------------------------------------------------------------------- the store
class RemoteStore:
    """A SPARQL 1.1 endpoint (query, update, graph store) and a local text index."""

    kind = "remote"

    def __init__(
        self,
        endpoint: str,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        timeout: float = 10.0,
        retries: int = 3,
        index_path: str | Path | None = None,
        backoff: float = 0.2,
        check_merged: bool = True,
    ):
        for name, url in (
            ("endpoint", endpoint),
            ("update endpoint", update_endpoint),
            ("graph store endpoint", gsp_endpoint),
        ):
            if url is not None:
                parts = urllib.parse.urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    raise RemoteStoreError(f"{name} {url!r} is not an http(s) URL")
        if token and (user or password):
            raise RemoteStoreError("give either a bearer token or a user and password, not both")
        if (user is None) != (password is None):
            raise RemoteStoreError("HTTP basic authentication needs both a user and a password")
        if timeout <= 0:
            raise RemoteStoreError(f"timeout must be positive, not {timeout}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.gsp_endpoint = gsp_endpoint
        self.user, self.password, self.token = user, password, token
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.index_path = Path(index_path) if index_path else default_index_path(endpoint)
        self._text_index: TextIndex | None = None  # opened on first use (no file for an endpoint never reached)
        self._index_synced = False
        self._merged_checked = not check_merged
        self._gsp_works: bool | None = None if gsp_endpoint else False
        self._unreachable = False
        self.write_method: str | None = None  # "gsp" or "update", once a graph has been written

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # ------------------------------------------------------------ HTTP plumbing
    def _auth_header(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            raw = f"{self.user}:{self.password}".encode()
            return "Basic " + base64.b64encode(raw).decode("ascii")
        return None

    def _call(self, url: str, attempt: Callable[[float], Any]) -> Any:
        """Run ``attempt(seconds_left)``, retrying connection errors with exponential backoff,
        all within ``self.timeout``; raise one-line errors naming ``url``."""
        deadline = time.monotonic() + self.timeout
        tries = 1 if self._unreachable else 1 + self.retries
        delay = self.backoff
        last: BaseException | None = None
        for n in range(tries):
            left = deadline - time.monotonic()
            try:
                result = attempt(max(left, 0.05))
                self._unreachable = False
                return result
            except _Refused as exc:
                if exc.status not in RETRY_STATUS and not (exc.status == 500 and TRANSIENT_BODY.search(exc.body)):
                    self._unreachable = False
                    raise RemoteStoreError(exc.message(), exc.status) from None
                last = exc
            except RemoteStoreError:
                self._unreachable = False
                raise
            except Exception as exc:  # noqa: BLE001 - classified below
                if not _is_connection_error(exc):
                    raise RemoteStoreError(f"SPARQL endpoint {url}: {type(exc).__name__}: {exc}") from None
                last = exc
            left = deadline - time.monotonic()
            if n + 1 == tries or left <= delay:
                break
            time.sleep(delay)
            delay *= 2
        if isinstance(last, _Refused):
            raise RemoteStoreError(last.message(), last.status) from None
        self._unreachable = True
        raise EndpointUnreachable(f"cannot reach SPARQL endpoint {url}: {_why(last, self.timeout)}") from None

    def _sparql(
        self,
        text: str,
        *,
        update: bool,
        accept: str,
        default_graph: str | list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> tuple[bytes, str]:
        """One SPARQL protocol request through SPARQLWrapper: (body, content type)."""
        from SPARQLWrapper import POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        url = self.update_endpoint if update else self.endpoint

        def attempt(seconds: float) -> tuple[bytes, str]:
            sw = SPARQLWrapper(self.endpoint, updateEndpoint=self.update_endpoint or self.endpoint)
            sw.setMethod(POST)
            sw.setOnlyConneg(True)
            sw.setQuery(text)
            for g in [default_graph] if isinstance(default_graph, str) else default_graph or []:
                sw.addDefaultGraph(g)
            for g in named_graphs or []:
                sw.addNamedGraph(g)
            if sw.isSparqlUpdateRequest() != update:
                raise RemoteStoreError(
                    f"SPARQL syntax error: expected a {'update' if update else 'query'}, got {sw.queryType}"
                )
            sw.timeout = seconds  # setTimeout() truncates to whole seconds (0 = no timeout)
            sw.addCustomHttpHeader("Accept", accept)
            auth = self._auth_header()
            if auth:
                sw.addCustomHttpHeader("Authorization", auth)
            try:
                result = sw.query()
                body = result.response.read()
                ctype = result.response.headers.get("Content-Type", "") or ""
            except SPARQLWrapperException as exc:
                raise _from_sparqlwrapper(url, exc) from None
            except urllib.error.HTTPError as exc:
                raise _Refused(url, exc.code, str(exc.reason or ""), _read_quietly(exc)) from None
            return body, ctype

        return self._call(url, attempt)

    def _gsp(self, method: str, graph: str, body: bytes | None = None, accept: str | None = None) -> bytes:
        """One SPARQL 1.1 Graph Store HTTP Protocol request on named graph ``graph``."""
        sep = "&" if "?" in self.gsp_endpoint else "?"
        url = self.gsp_endpoint + sep + urllib.parse.urlencode({"graph": graph})

        def attempt(seconds: float) -> bytes:
            req = urllib.request.Request(url, data=body, method=method)
            if body is not None:
                req.add_header("Content-Type", "application/n-triples; charset=utf-8")
            if accept:
                req.add_header("Accept", accept)
            auth = self._auth_header()
            if auth:
                req.add_header("Authorization", auth)
            try:
                with urllib.request.urlopen(req, timeout=seconds) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                raise _Refused(self.gsp_endpoint, exc.code, str(exc.reason or ""), _read_quietly(exc)) from None

        return self._call(self.gsp_endpoint, attempt)

    def _not_sparql(self, ctype: str, body: bytes, expected: str) -> RemoteStoreError:
        what = ctype.split(";")[0].strip() or "no content type"
        line = _first_line(body, 120)
        return RemoteStoreError(
            f"SPARQL endpoint {self.endpoint} answered with something that is not SPARQL "
            f"{expected} ({what}" + (f": {line}" if line else "") + ")"
        )

    def _results_json(
        self, text: str, *, default_graph: str | list[str] | None = None, named_graphs: list[str] | None = None
    ) -> dict:
        body, ctype = self._sparql(
            text,
            update=False,
            accept="application/sparql-results+json",
            default_graph=default_graph,
            named_graphs=named_graphs,
        )
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise self._not_sparql(ctype, body, "results") from None
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("head"), dict)
            or not (
                isinstance(data.get("boolean"), bool)
                or (isinstance(data.get("results"), dict) and isinstance(data["results"].get("bindings"), list))
            )
        ):
            raise self._not_sparql(ctype, body, "results")
        return data

    def _triples(
        self, text: str, *, default_graph: str | list[str] | None = None, named_graphs: list[str] | None = None
    ) -> list:
        body, ctype = self._sparql(
            text,
            update=False,
            default_graph=default_graph,
            named_graphs=named_graphs,
            accept="application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
        )
        fmt = ox.RdfFormat.from_media_type(ctype.split(";")[0].strip()) if ctype else None
        if fmt is None:
            raise self._not_sparql(ctype, body, "RDF")
        try:
            return [ox.Triple(q.subject, q.predicate, _canonical_literal(q.object)) for q in ox.parse(body, format=fmt)]
        except (SyntaxError, ValueError) as exc:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.endpoint} answered with RDF that does not parse ({_first_line(str(exc), 120)})"
            ) from None

    def _solutions(self, data: dict) -> Solutions:
        names = [v for v in data["head"].get("vars", []) if isinstance(v, str)]
        try:
            rows = [Solution({n: json_term(b.get(n)) for n in names}) for b in data["results"]["bindings"]]
        except (ValueError, AttributeError, TypeError) as exc:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.endpoint} answered with malformed SPARQL results ({exc})"
            ) from None
        return Solutions(names, rows)

    # ------------------------------------------------------------ the merged graph
    def _check_merged_graph(self) -> None:
        """Once: the merged graph must be there when phancong's named graphs are. A store written by an
        older phancong (no merged graph) gets it built here when writable; read-only, the error says how."""
        if self._merged_checked:
            return
        merged = sparql_term(ox.NamedNode(MERGED_GRAPH))
        if not self._results_json(f"ASK {{ GRAPH {merged} {{ ?s ?p ?o }} }}").get("boolean"):
            own = self._results_json(
                f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {sparql_term(OWN_GRAPHS)}) "
                f"&& ?g != {merged}) }}"
            )
            if own.get("boolean"):
                if self.update_endpoint is None:
                    raise RemoteStoreError(
                        f"SPARQL endpoint {self.endpoint} holds phancong's graphs without their merged graph "
                        f"<{MERGED_GRAPH}> (written by an older phancong): run `phancong index` once with "
                        f"--update-endpoint to build it"
                    )
                self._sparql(_merge_all(), update=True, accept="*/*")
        self._merged_checked = True

    # ------------------------------------------------------------ reading
    def query(
        self,
        sparql: str,
        bindings: dict[str, Any] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ):
        """SELECT -> Solutions (rows of pyoxigraph terms), ASK -> bool, CONSTRUCT/DESCRIBE -> list of Triples.
        ``bindings`` become a VALUES block written by :func:`sparql_term`. Without ``default_graphs`` and
        ``named_graphs`` the query reads the merged graph (the embedded store's default graph); with them, the
        protocol's dataset is theirs (``default-graph-uri``, ``named-graph-uri``: /sparql of ``serve``)."""
        form = query_form(sparql)
        if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            raise StoreError(f"SPARQL syntax error: not a query ({form or 'empty'})")
        try:
            text = with_values(sparql, bindings)
        except ValueError as exc:
            raise StoreError(f"query failed: {exc}") from None
        self._check_merged_graph()
        default_graph: str | list[str] | None = None
        if default_graphs or named_graphs:  # the dataset the caller named
            default_graph = list(default_graphs or [])
        else:
            wrapped = in_merged_graph(text)
            if wrapped is None:  # no WHERE group to wrap: the protocol's dataset names the merged graph
                default_graph = MERGED_GRAPH
            else:
                text = wrapped
        if form in ("CONSTRUCT", "DESCRIBE"):
            return self._triples(text, default_graph=default_graph, named_graphs=named_graphs)
        data = self._results_json(text, default_graph=default_graph, named_graphs=named_graphs)
        if form == "ASK":
            if not isinstance(data.get("boolean"), bool):
                raise self._not_sparql("application/sparql-results+json", json.dumps(data).encode(), "ASK results")
            return data["boolean"]
        if "results" not in data:
            raise self._not_sparql("application/sparql-results+json", json.dumps(data).encode(), "SELECT results")
        return self._solutions(data)

    def select(self, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        res = self.query(sparql, bindings)
        return [{n: to_python(sol[n]) for n in res.names} for sol in res]

    def graphs(self) -> list[str]:
        """phancong's named graphs (the ontology graph and one per source), sorted."""

        def own(data: dict) -> list[str]:
            names = {to_python(json_term(b.get("g"))) for b in data["results"]["bindings"] if b.get("g")}
            return sorted(g for g in names if isinstance(g, str) and g.startswith(OWN_GRAPHS) and g != MERGED_GRAPH)

        found = own(self._results_json("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"))
        if not found:  # Virtuoso matches no graph with an empty pattern: ask by the graphs' triples (slower)
            found = own(self._results_json("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return found

    def graph_ntriples(self, name: str) -> str:
        """The N-Triples of one named graph (by CONSTRUCT on the query endpoint)."""
        term = sparql_term(ox.NamedNode(name))
        triples = self._triples(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {term} {{ ?s ?p ?o }} }}")
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """phancong's graphs as one dataset (N-Quads, TriG) or the union as one graph (other formats)."""
        quads = []
        for g in self.graphs():
            graph = ox.NamedNode(g)
            for q in ox.parse(self.graph_ntriples(g).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
                quads.append(ox.Quad(q.subject, q.predicate, q.object, graph))
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            return ox.serialize(quads, format=fmt) or b""
        return ox.serialize({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, format=fmt) or b""

    def __len__(self) -> int:
        data = self._results_json(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_OWN_GRAPH_TRIPLES} }}")
        rows = self._solutions(data).rows
        return int(to_python(rows[0]["n"]) or 0) if rows else 0

    # ------------------------------------------------------------ writing
    def _require_writable(self) -> None:
        if self.update_endpoint is None and self.gsp_endpoint is None:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.endpoint} is read-only here: give an update endpoint "
                f"(--update-endpoint, SPARQL 1.1 Update) or a graph store endpoint "
                f"(--gsp-endpoint, Graph Store Protocol) to write"
            )

    def _put_graph(self, name: str, nt: str) -> None:
        """Replace named graph ``name`` and keep the merged graph in line.

        With an update endpoint: one SPARQL Update request (atomic on the engine): retract the graph's
        triples from the merged graph where no other graph states them, drop the graph, insert the new
        triples into it and into the merged graph. With a graph store endpoint alone: a PUT of the graph,
        then a POST of its triples to the merged graph, or, when the graph replaced one that was there,
        a PUT of the merged graph computed anew (a GSP cannot delete single triples)."""
        self._require_writable()
        if self.update_endpoint is not None:
            self._sparql(_replace_update(name, nt), update=True, accept="*/*")
            self.write_method = "update"
            return
        existed = bool(
            self._results_json(f"ASK {{ GRAPH {sparql_term(ox.NamedNode(name))} {{ ?s ?p ?o }} }}").get("boolean")
        )
        self._gsp("PUT", name, nt.encode("utf-8"))
        self.write_method = "gsp"
        if existed:
            self._remerge()
        elif nt.strip():
            self._gsp("POST", MERGED_GRAPH, nt.encode("utf-8"))

    def _remerge(self) -> None:
        """Graph store endpoint alone: the merged graph computed anew from phancong's graphs, PUT whole."""
        triples = self._triples(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {_OWN_GRAPH_TRIPLES} }}")
        nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
        self._gsp("PUT", MERGED_GRAPH, nt)

    def replace_ntriples(self, name: str, nt: str, *, index: bool = True) -> None:
        """Replace named graph ``name`` with the N-Triples ``nt``; its index rows commit only if the write succeeded."""
        name = ox.NamedNode(name).value
        rows = index_rows_of(nt) if index else []
        if index:
            self._local().begin()
        try:
            if index:
                self._local().replace_graph(name, rows)
            self._put_graph(name, nt)
        except BaseException:
            if index:
                self._local().rollback()
            raise
        if index:
            self._local().commit()

    def replace_many(
        self, items: list[tuple[str, str]], *, jobs: int = 1, batch_triples: int | None = None
    ) -> dict[str, Exception]:
        """Replace many named graphs, given as (name, N-Triples): uploaded in batches of about ``batch_triples``
        triples, ``jobs`` requests at a time. Returns the sources that could not be stored, name -> error.

        With an update endpoint each batch is one SPARQL Update request, one transaction on the engine, so a
        source is whole or absent whatever happens to this process or the connection (a request cut off is
        not a request the engine runs). Transient failures (connection errors, HTTP 502/503/504, a lost
        deadlock) are retried within ``timeout``; a batch refused for good is sent again one source per
        request, so the error names the source it belongs to. The text index gets the rows of the sources
        stored, in one transaction at the end (a process stopped before it: the next use indexes the graphs
        the index lacks). With a graph store endpoint alone, sources go one at a time (a PUT and a POST each,
        not atomic together)."""
        from concurrent.futures import ThreadPoolExecutor

        self._require_writable()
        items = [(ox.NamedNode(name).value, nt) for name, nt in items]
        batch_triples = batch_triples or UPLOAD_TRIPLES
        failed: dict[str, Exception] = {}
        if self.update_endpoint is None:
            for name, nt in items:
                try:
                    self.replace_ntriples(name, nt)
                except (RemoteStoreError, ValueError) as exc:
                    failed[name] = exc
            return failed
        batches: list[list[tuple[str, str]]] = [[]]
        size = 0
        for name, nt in items:
            n = nt.count("\n")
            if batches[-1] and size + n > batch_triples:
                batches.append([])
                size = 0
            batches[-1].append((name, nt))
            size += n

        def upload(batch: list[tuple[str, str]]) -> dict[str, Exception]:
            try:
                self._sparql(" ;\n".join(_replace_update(name, nt) for name, nt in batch), update=True, accept="*/*")
                return {}
            except RemoteStoreError as exc:
                if len(batch) == 1 or isinstance(exc, EndpointUnreachable):
                    return {name: exc for name, _ in batch}
            out: dict[str, Exception] = {}
            for name, nt in batch:  # refused: one source per request, the error naming its source
                try:
                    self._sparql(_replace_update(name, nt), update=True, accept="*/*")
                except RemoteStoreError as exc:
                    out[name] = exc
            return out

        batches = [b for b in batches if b]
        with ThreadPoolExecutor(max_workers=max(1, int(jobs))) as pool:
            for result in pool.map(upload, batches):
                failed.update(result)
        self.write_method = "update"
        stored = [(name, nt) for name, nt in items if name not in failed]
        if stored:
            self._local().begin()
            try:
                for name, nt in stored:
                    self._local().replace_graph(name, index_rows_of(nt))
            except BaseException:
                self._local().rollback()
                raise
            self._local().commit()
        return failed

    def replace_graph(self, graph, *, index: bool = True) -> int:
        """Replace the named graph ``graph.identifier`` with the rdflib Graph ``graph``."""
        self.replace_ntriples(
            str(graph.identifier), graph.serialize(format="nt", encoding="utf-8").decode("utf-8"), index=index
        )
        return len(graph)

    def remove_graph(self, name: str) -> None:
        name = ox.NamedNode(name).value
        self._require_writable()
        self._local().begin()
        try:
            self._local().replace_graph(name, [])
            if self.update_endpoint is not None:
                self._sparql(_retract(name), update=True, accept="*/*")
            else:
                try:
                    self._gsp("DELETE", name)
                except RemoteStoreError as exc:
                    if exc.status != 404:  # 404: already absent
                        raise
                self._remerge()
        except BaseException:
            self._local().rollback()
            raise
        self._local().commit()

    def flush(self) -> None:
        """Nothing to do: each write is durable once the endpoint has answered."""

    # ------------------------------------------------------------ the text index
    def _remote_rows(self, graph: str) -> list[tuple[str, str, str]]:
        """The index rows of one remote graph: ROWS_QUERY's pattern inside ``GRAPH <graph> { }``.
        (Not ``FROM <graph>``: a union default graph set by the protocol overrides FROM on Oxigraph server.)"""
        if ROWS_QUERY.count("WHERE") != 1:
            raise RuntimeError("phancong.store.index.ROWS_QUERY must have exactly one WHERE for the remote index")
        head, pattern = ROWS_QUERY.split("WHERE", 1)
        data = self._results_json(f"{head}WHERE {{ GRAPH {sparql_term(ox.NamedNode(graph))} {pattern} }}")
        return [
            (
                to_python(json_term(b.get("s"))),
                to_python(json_term(b.get("kind"))),
                to_python(json_term(b.get("label"))),
            )
            for b in data["results"]["bindings"]
        ]

    def rebuild_index(self) -> int:
        """Rebuild the local text index from the remote store's graphs (fetched first, then one transaction)."""
        rows = {g: self._remote_rows(g) for g in self.graphs()}
        self._local().begin()
        try:
            self._local().clear()
            for g, r in rows.items():
                self._local().replace_graph(g, r)
        except BaseException:
            self._local().rollback()
            raise
        self._local().commit()
        self._index_synced = True
        return sum(len(r) for r in rows.values())

    def sync_index(self) -> tuple[int, int]:
        """Index graphs the store has and the index lacks; drop graphs the store no longer has.
        Returns (added, dropped). Graphs replaced elsewhere keep their old rows: run rebuild_index()."""
        remote = set(self.graphs())
        local = set(self._local().graphs())
        added = {g: self._remote_rows(g) for g in sorted(remote - local)}
        dropped = sorted(local - remote)
        if added or dropped:
            self._local().begin()
            try:
                for g, r in added.items():
                    self._local().replace_graph(g, r)
                for g in dropped:
                    self._local().replace_graph(g, [])
            except BaseException:
                self._local().rollback()
                raise
            self._local().commit()
        self._index_synced = True
        return len(added), len(dropped)

    def _local(self) -> TextIndex:
        if self._text_index is None:
            self._text_index = TextIndex(self.index_path)
        return self._text_index

    @property
    def index(self) -> TextIndex:
        """The local text index, brought in line with the store's graphs on first use."""
        if not self._index_synced:
            self.sync_index()
        return self._local()


def _read_quietly(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read() or b""
    except Exception:  # noqa: BLE001 - the body is only for the message
        return b""


assert ONTOLOGY_GRAPH.startswith(OWN_GRAPHS)
