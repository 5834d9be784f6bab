"""The embedded store: Oxigraph on disk (pyoxigraph) plus the text index.

Layout of a store directory::

    STORE/oxigraph/      the RDF dataset, one named graph per source
    STORE/index.sqlite   the text index (phancong.index)

A source is replaced atomically: its index rows change inside one SQLite
transaction that commits only after the single SPARQL Update
(``DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { ... } }``) that swaps the
graph has succeeded; a failure leaves both as they were.

The ontology and vocabularies live in their own named graph
(:data:`ONTOLOGY_GRAPH`), loaded from ontology/ at build time.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from .index import ROWS_QUERY, TextIndex

__all__ = ["EmbeddedStore", "StoreError", "ONTOLOGY_GRAPH", "to_python", "term_to_ox"]

ONTOLOGY_GRAPH = "https://w3id.org/phancong/graph/ontology"


class StoreError(Exception):
    pass


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
        self.index = TextIndex(self.path / "index.sqlite")

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
        update = f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{nt}\n}} }}"
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

    def _rows_of(self, nt: str) -> list[tuple[str, str, str]]:
        mem = ox.Store()
        mem.load(io.BytesIO(nt.encode("utf-8")), ox.RdfFormat.N_TRIPLES)
        # the ontology's labels are needed for indicator rows only, which come from the ontology graph itself
        return [(to_python(s["s"]), to_python(s["kind"]), to_python(s["label"])) for s in mem.query(ROWS_QUERY)]

    def remove_graph(self, name: str) -> None:
        self.index.begin()
        try:
            self.index.replace_graph(name, [])
            self.ox.update(f"DROP SILENT GRAPH <{ox.NamedNode(name).value}>")
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
        out = io.BytesIO()
        self.ox.dump(out, fmt)
        return out.getvalue()

    def __len__(self) -> int:
        return len(self.ox)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None):
        """Run a SPARQL query over the union of all graphs; ``bindings`` are bound values
        (SEP-0007 substitutions), never pasted into the text."""
        subs = {ox.Variable(k): term_to_ox(v) for k, v in (bindings or {}).items() if v is not None}
        try:
            return self.ox.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:  # e.g. a bound parameter that the query does not project
            raise StoreError(f"query failed: {exc}") from None

    def select(self, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        res = self.query(sparql, bindings)
        names = [v.value for v in res.variables]
        return [{n: to_python(sol[n]) for n in names} for sol in res]

    def select_terms(self, sparql: str, bindings: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        res = self.query(sparql, bindings)
        names = [v.value for v in res.variables]
        return names, [[sol[n] for n in names] for sol in res]
