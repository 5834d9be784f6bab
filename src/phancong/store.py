"""The embedded store: Oxigraph on disk (pyoxigraph) plus the text index.

Layout of a store directory::

    STORE/oxigraph/      the RDF dataset, one named graph per source
    STORE/index.sqlite   the text index (phancong.index)
    STORE/LOADING        only while a fresh build loads sources in bulk

A source is replaced atomically: its index rows change inside one SQLite
transaction that commits only after the single SPARQL Update
(``DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { ... } }``) that swaps the
graph has succeeded; a failure leaves both as they were.

The ontology and vocabularies live in their own named graph
(:data:`ONTOLOGY_GRAPH`), loaded from ontology/ at build time.

Queries run over the store's default graph, which the store keeps equal to
the RDF merge (set union) of all named graphs: every replace also inserts the
new triples there and deletes the old ones no other graph states. Oxigraph's
``use_default_graph_as_union`` is a multiset: a body named by 40 sources had
its label 40 times, and joins over such bodies multiplied (measured on 200
sources: chain 80 s, compare 35 s; over the merged default graph 0.01 s and
0.2 s). The named graphs stay the provenance: one per source.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from .index import ROWS_QUERY, TextIndex
from .queries import named_query

__all__ = ["EmbeddedStore", "StoreError", "ONTOLOGY_GRAPH", "to_python", "term_to_ox"]

ONTOLOGY_GRAPH = "https://w3id.org/phancong/graph/ontology"
LOADING_MARK = "LOADING"  # present while a fresh build loads sources in bulk (EmbeddedStore.add_new_graphs)


class StoreError(Exception):
    pass


def _retract(name: str) -> str:
    """SPARQL Update that removes graph ``name`` and, from the merged default graph, the triples that
    no other named graph states (``name`` is a NamedNode value: a checked IRI)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{name}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{name}>")


def to_python(term: Any) -> Any:
    """pyoxigraph term -> plain Python value (IRIs and strings as str, numbers as int/float)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith("#integer") or dt.endswith("#int") or dt.endswith("#long"):
            return int(term.value)
        if dt.endswith("#decimal") or dt.endswith("#double") or dt.endswith("#float"):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return str(term)


def term_to_ox(value: Any) -> Any:
    """A bound parameter: str/int/float/bool -> typed literal; rdflib terms and ox terms converted."""
    from rdflib import Literal as RLiteral, URIRef

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, RLiteral):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    return ox.Literal(str(value))


class EmbeddedStore:
    """An on-disk Oxigraph dataset and its text index."""

    kind = "embedded"

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        ox_dir = self.path / "oxigraph"
        if read_only:
            if not ox_dir.exists():
                raise StoreError(f"{self.path}: no store here (build one with `phancong build --store {self.path}`)")
            self.ox = ox.Store.read_only(str(ox_dir))
        else:
            ox_dir.mkdir(parents=True, exist_ok=True)
            try:
                self.ox = ox.Store(str(ox_dir))
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if (self.path / LOADING_MARK).exists():
            raise StoreError(f"{self.path}: a build stopped while loading sources in bulk, so this store may "
                             f"hold part of a source; delete the folder and build again")
        self.index = TextIndex(self.path / "index.sqlite", read_only=read_only)
        if (next(self.ox.named_graphs(), None) is not None
                and not self.ox.query(named_query("internal/default-graph-has-triples").sparql)):
            # built before the default graph held the merge of the named graphs
            if read_only:
                raise StoreError(f"{self.path}: built by an older phancong; open it once for writing "
                                 f"(e.g. `phancong index --store {self.path}`) or rebuild it")
            self.ox.update(named_query("internal/merge-named-graphs").sparql)
        if self.index.needs_rebuild:  # an index written by an older phancong (its schema was dropped)
            self.rebuild_index()

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    # ----------------------------------------------------------------- writing
    def replace_graph(self, graph: Graph, *, index: bool = True) -> int:
        """Replace the named graph ``graph.identifier`` with ``graph`` (atomically, with its index rows)."""
        self.replace_ntriples(str(graph.identifier), graph.serialize(format="nt", encoding="utf-8").decode("utf-8"),
                              index=index)
        return len(graph)

    def replace_ntriples(self, name: str, nt: str, *, index: bool = True) -> None:
        """Replace named graph ``name`` with the N-Triples document ``nt``."""
        name = ox.NamedNode(name).value
        rows = self._rows_of(nt) if index else []
        if "_:" in nt and re.search(r"(?m)^_:|^\S+ \S+ _:", nt):
            raise StoreError(f"{name}: blank nodes cannot be replaced atomically; skolemize the graph first")
        update = f"{_retract(name)} ;\nINSERT DATA {{ GRAPH <{name}> {{\n{nt}\n}} }} ;\nINSERT DATA {{\n{nt}\n}}"
        if index:
            self.index.begin()
        try:
            if index:
                self.index.replace_graph(name, rows)
            self.ox.update(update)
        except BaseException:
            if index:
                self.index.rollback()
            raise
        if index:
            self.index.commit()

    # -------------------------------------------------------- writing in bulk (a fresh build)
    def has_sources(self) -> bool:
        """Whether any named graph other than the ontology's is stored."""
        return any(g.value != ONTOLOGY_GRAPH for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def add_new_graphs(self, items: list[tuple[str, str]]) -> None:
        """Add graphs the store does not hold yet, given as (name, N-Triples), by Oxigraph's bulk
        loader: 2-3x the throughput of one transaction per source (measured on 150 sources of the
        1M synthetic corpus: 17k -> 40k triples/s), but not atomic. So :mod:`phancong.build` uses it
        only into a store without sources, and the store carries the mark :data:`LOADING_MARK` until
        :meth:`end_bulk`: a store whose build was killed half-way says so when opened instead of
        answering from half its data. A batch that fails is rolled back by the caller
        (:meth:`undo_bulk`) and stored again one source at a time."""
        if not items:
            return
        for name, nt in items:
            if self.ox.contains_named_graph(ox.NamedNode(name)):
                raise StoreError(f"{name}: already in the store (use replace_ntriples)")
            if "_:" in nt and re.search(r"(?m)^_:|^\S+ \S+ _:", nt):
                raise StoreError(f"{name}: blank nodes cannot be loaded in bulk; skolemize the graph first")
        rows = {name: self._rows_of(nt) for name, nt in items}
        # every N-Triples line ends with " .\n" (a literal's line breaks are escaped): the quad adds the graph
        data = "".join(nt + nt.replace(" .\n", f" <{ox.NamedNode(name).value}> .\n") for name, nt in items)
        (self.path / LOADING_MARK).touch()
        self.index.begin()
        try:
            for name, r in rows.items():
                self.index.replace_graph(name, r)
            self.ox.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except BaseException:
            self.index.rollback()
            raise
        self.index.commit()

    def undo_bulk(self, names: list[str]) -> None:
        """After a failed :meth:`add_new_graphs`: remove what it may have written of ``names``."""
        for name in names:
            self.remove_graph(name)
        # default-graph triples of a batch whose named-graph twins were not written
        self.ox.update(named_query("internal/prune-default-graph").sparql)

    def end_bulk(self) -> None:
        """After the last :meth:`add_new_graphs`: compact the files the bulk loader wrote, one set per
        batch. Without it reads stay slow (5M triples, 100 batches: compare 1.6 s instead of 0.33 s,
        chain 16 ms instead of 6 ms); compacting took 25 s there, an eighth of the load."""
        self.ox.optimize()
        self.ox.flush()
        (self.path / LOADING_MARK).unlink(missing_ok=True)

    def _rows_of(self, nt: str) -> list[tuple[str, str, str]]:
        mem = ox.Store()
        mem.load(io.BytesIO(nt.encode("utf-8")), ox.RdfFormat.N_TRIPLES)
        # the ontology's labels are needed for indicator rows only, which come from the ontology graph itself
        return [(to_python(s["s"]), to_python(s["kind"]), to_python(s["label"])) for s in mem.query(ROWS_QUERY)]

    def remove_graph(self, name: str) -> None:
        self.index.begin()
        try:
            self.index.replace_graph(name, [])
            self.ox.update(_retract(ox.NamedNode(name).value))
        except BaseException:
            self.index.rollback()
            raise
        self.index.commit()

    def rebuild_index(self) -> int:
        """Rebuild the text index from the store's graphs."""
        self.index.begin()
        try:
            self.index.clear()
            n = 0
            for g in self.graphs():
                rows = [(to_python(s["s"]), to_python(s["kind"]), to_python(s["label"]))
                        for s in self.ox.query(ROWS_QUERY, default_graph=ox.NamedNode(g))]
                self.index.replace_graph(g, rows)
                n += len(rows)
        except BaseException:
            self.index.rollback()
            raise
        self.index.commit()
        return n

    def flush(self) -> None:
        self.ox.flush()

    # ----------------------------------------------------------------- reading
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_ntriples(self, name: str) -> str:
        out = io.BytesIO()
        self.ox.dump(out, ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        return out.getvalue().decode("utf-8")

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The named graphs (the merged default graph is derived from them and left out)."""
        quads = (q for q in self.ox if not isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(quads, format=fmt)

    def __len__(self) -> int:
        """Quads in the named graphs (as a remote store counts them; the merged default graph is derived)."""
        return len(self.ox) - sum(1 for _ in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def query(self, sparql: str, bindings: dict[str, Any] | None = None):
        """Run a SPARQL query over the union of all graphs; ``bindings`` are bound values
        (SEP-0007 substitutions), never pasted into the text."""
        subs = {ox.Variable(k): term_to_ox(v) for k, v in (bindings or {}).items() if v is not None}
        try:
            return self.ox.query(sparql, substitutions=subs or None)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:  # e.g. a bound parameter that the query does not project
            raise StoreError(f"query failed: {exc}") from None

    def select(self, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        res = self.query(sparql, bindings)
        names = list(enumerate(v.value for v in res.variables))
        return [{n: to_python(sol[i]) for i, n in names} for sol in res]  # by position: cheaper than by name
