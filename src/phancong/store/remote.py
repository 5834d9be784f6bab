"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever ...).

:class:`RemoteStore` has the interface of :class:`phancong.store.embedded.EmbeddedStore`
(``query``, ``select``, ``replace_ntriples``, ``replace_graph``,
``remove_graph``, ``graphs``, ``graph_ntriples``, ``rebuild_index``, ``flush``,
``len()``, ``index``), so the API, the CLI and the checks run on either.

- Queries go through SPARQLWrapper (:mod:`phancong.store.client`: authentication, retries, errors):
  JSON results for SELECT and ASK, N-Triples for CONSTRUCT and DESCRIBE, converted by
  :func:`~phancong.store.results.json_term` to the same terms (and, by ``select``, the same plain
  Python values) as the embedded store.
- Queries read a merged graph that the store maintains, :data:`MERGED_GRAPH`: the RDF merge (set
  union) of phancong's named graphs, as the embedded store keeps its default graph. ``query`` wraps
  the query's WHERE group in ``GRAPH <merged> { }`` (:func:`~phancong.sparql.groups.in_merged_graph`),
  so no engine's union default graph is needed, and none is relied on: Oxigraph server's is a multiset,
  in which a body named by N sources had its triples N times and joins multiplied. Every write updates
  the merged graph in the same SPARQL Update request that replaces the source's graph (the embedded
  store's retraction: a triple leaves the merged graph only when no other graph states it). The first
  query checks that the merged graph is there and, for a store written by an older phancong, builds it
  (or, read-only, says how).
- Bound parameters: SPARQLWrapper has no bindings, so each value is written as a SPARQL term by the
  one escaping function :func:`~phancong.sparql.terms.sparql_term` and the bindings become a
  ``VALUES (?a ?b) { (t1 t2) }`` block that opens the WHERE group
  (:func:`~phancong.sparql.groups.with_values`). The catalogue queries bind and project their
  parameter variables, so this gives the same answers as the embedded store's substitutions (and,
  unlike a trailing VALUES, as fast on Oxigraph).
- Writes: a source's named graph is replaced in one request, by a SPARQL 1.1 Graph Store HTTP
  Protocol PUT (N-Triples body) when a GSP endpoint is given and no update endpoint, else by one
  SPARQL 1.1 Update request (the updates of queries/internal/remote/).

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

import hashlib
import json
import os
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..sparql.catalogue import bound_text, named_query
from ..sparql.groups import in_merged_graph, query_form, where_group_end, where_group_start, with_data, with_values
from ..sparql.terms import sparql_term
from .client import EndpointUnreachable, RemoteStoreError, SparqlClient
from .embedded import ONTOLOGY_GRAPH, StoreError, to_python
from .index import ROWS_QUERY, TextIndex, rows_of_ntriples
from .results import json_term

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

OWN_GRAPHS = "https://w3id.org/phancong/"  # graphs(), len() and dump() see only phancong's graphs
MERGED_GRAPH = "https://w3id.org/phancong/graph/merged"  # the merge of phancong's named graphs; queries read it
UPLOAD_TRIPLES = 20_000  # replace_many: sources go to the engine in requests of about this many triples


def default_index_path(endpoint: str) -> Path:
    """~/.cache/phancong/index-<hash of the endpoint>.sqlite (XDG_CACHE_HOME respected)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(endpoint.encode("utf-8")).hexdigest()[:16]
    return cache / "phancong" / f"index-{digest}.sqlite"


def _bound(name: str, params: dict[str, Any] | None = None) -> str:
    """The query or update queries/internal/NAME.rq with ``params`` bound (a VALUES block; the merged graph and
    the beginning of phancong's graphs' IRIs bound where the query takes them)."""
    query = named_query(f"internal/{name}")
    given = {"merged": ox.NamedNode(MERGED_GRAPH), "own": OWN_GRAPHS, **(params or {})}
    return bound_text(query, {k: v for k, v in given.items() if k in query.params})


def _retract(name: str) -> str:
    """SPARQL Update that empties graph ``name`` and removes from the merged graph the triples that no other
    of phancong's graphs states (the embedded store's retraction, with the merged graph named)."""
    graph = {"graph": ox.NamedNode(name)}
    return f"{_bound('remote/retract-graph', graph)} ;\n{_bound('clear-graph', graph)}"


def _replace_update(name: str, nt: str) -> str:
    """SPARQL Update that replaces graph ``name`` with the N-Triples ``nt`` and keeps the merged graph in line."""
    try:  # pyoxigraph writes the data block, so it reads the triples first: N-Triples that do not parse never leave
        triples = list(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as exc:
        raise RemoteStoreError(f"graph {name}: the N-Triples do not parse ({exc})") from None
    if not triples:
        return _retract(name)
    insert = with_data(named_query("internal/remote/insert-data").sparql, {name: triples, MERGED_GRAPH: triples})
    return f"{_retract(name)} ;\n{insert}"


# ---------------------------------------------------------------------------- the store
class RemoteStore(SparqlClient):
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
        super().__init__(
            endpoint,
            update_endpoint,
            gsp_endpoint,
            user=user,
            password=password,
            token=token,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
        )
        self.index_path = Path(index_path) if index_path else default_index_path(endpoint)
        self._text_index: TextIndex | None = None  # opened on first use (no file for an endpoint never reached)
        self._index_synced = False
        self._merged_checked = not check_merged
        self.write_method: str | None = None  # "gsp" or "update", once a graph has been written

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # ------------------------------------------------------------ the merged graph
    def _check_merged_graph(self) -> None:
        """Once: the merged graph must be there when phancong's named graphs are. A store written by an
        older phancong (no merged graph) gets it built here when writable; read-only, the error says how."""
        if self._merged_checked:
            return
        merged = {"graph": ox.NamedNode(MERGED_GRAPH)}
        if not self._results_json(_bound("remote/graph-has-triples", merged)).get("boolean"):
            own = self._results_json(_bound("remote/own-graphs-have-triples"))
            if own.get("boolean"):
                if self.update_endpoint is None:
                    raise RemoteStoreError(
                        f"SPARQL endpoint {self.endpoint} holds phancong's graphs without their merged graph "
                        f"<{MERGED_GRAPH}> (written by an older phancong): run `phancong index` once with "
                        f"--update-endpoint to build it"
                    )
                self._sparql(_bound("remote/fill-merged-graph"), update=True, accept="*/*")
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
            wrapped = in_merged_graph(text, MERGED_GRAPH)
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

        found = own(self._results_json(_bound("remote/named-graphs")))
        if not found:  # Virtuoso matches no graph with an empty pattern: ask by the graphs' triples (slower)
            found = own(self._results_json(_bound("remote/named-graphs-by-triples")))
        return found

    def graph_ntriples(self, name: str) -> str:
        """The N-Triples of one named graph (by CONSTRUCT on the query endpoint)."""
        triples = self._triples(_bound("remote/graph-triples", {"graph": ox.NamedNode(name)}))
        return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")

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
        data = self._results_json(_bound("remote/own-triple-count"))
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
            self._results_json(_bound("remote/graph-has-triples", {"graph": ox.NamedNode(name)})).get("boolean")
        )
        self._gsp("PUT", name, nt.encode("utf-8"))
        self.write_method = "gsp"
        if existed:
            self._remerge()
        elif nt.strip():
            self._gsp("POST", MERGED_GRAPH, nt.encode("utf-8"))

    def _remerge(self) -> None:
        """Graph store endpoint alone: the merged graph computed anew from phancong's graphs, PUT whole."""
        triples = self._triples(_bound("remote/own-triples"))
        nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
        self._gsp("PUT", MERGED_GRAPH, nt)

    def replace_ntriples(self, name: str, nt: str, *, index: bool = True) -> None:
        """Replace named graph ``name`` with the N-Triples ``nt``; its index rows commit only if the write succeeded."""
        name = ox.NamedNode(name).value
        rows = rows_of_ntriples(nt) if index else []
        with self._local().transaction() if index else nullcontext():
            if index:
                self._local().replace_graph(name, rows)
            self._put_graph(name, nt)

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
            with self._local().transaction():
                for name, nt in stored:
                    self._local().replace_graph(name, rows_of_ntriples(nt))
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
        with self._local().transaction():
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

    def flush(self) -> None:
        """Nothing to do: each write is durable once the endpoint has answered."""

    # ------------------------------------------------------------ the text index
    def _remote_rows(self, graph: str) -> list[tuple[str, str, str]]:
        """The index rows of one remote graph: ROWS_QUERY's WHERE group inside ``GRAPH <graph> { }``.
        (Not ``FROM <graph>``: a union default graph set by the protocol overrides FROM on Oxigraph server.)"""
        text = in_merged_graph(ROWS_QUERY, ox.NamedNode(graph).value)
        if text is None:
            raise RuntimeError("phancong.store.index.ROWS_QUERY has no WHERE group for the remote index")
        data = self._results_json(text)
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
        with self._local().transaction():
            self._local().clear()
            for g, r in rows.items():
                self._local().replace_graph(g, r)
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
            with self._local().transaction():
                for g, r in added.items():
                    self._local().replace_graph(g, r)
                for g in dropped:
                    self._local().replace_graph(g, [])
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


assert ONTOLOGY_GRAPH.startswith(OWN_GRAPHS)
