"""The embedded store: Oxigraph on disk (pyoxigraph) plus the text index.

Layout of a store directory::

    STORE/oxigraph/      the RDF dataset, one named graph per source
    STORE/index.sqlite   the text index (phancong.store.index)
    STORE/LOADING        left by an older phancong whose bulk build was stopped: refused

A source is replaced atomically: one SPARQL Update request (queries/internal/retract-graph.rq,
clear-graph.rq and insert-triples.rq, the graph and the triples bound as VALUES) swaps the graph,
and its index rows follow it by one protocol (see "writing" below: the rows are
committed first with a mark, which a stopped build leaves for the next open to
settle from the graph), so the index never says other than the graph.

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
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from ..sparql.catalogue import bound_text, named_query
from .index import TextIndex, rows_of_ntriples

__all__ = ["EmbeddedStore", "StoreError", "ONTOLOGY_GRAPH", "to_python", "term_to_ox"]

ONTOLOGY_GRAPH = "https://w3id.org/phancong/graph/ontology"
LOADING_MARK = "LOADING"  # an older phancong's mark of a bulk load in progress (the marks of the index replace it)


class StoreError(Exception):
    pass


def _needs_settling(index_path: Path) -> bool:
    """Whether the text index at ``index_path`` holds marks of writes not settled, or the journal of a
    transaction a stopped process left (a "hot" journal, which only a writable connection rolls back: a
    read-only one cannot even read the file then). Read-only and quick."""
    if not index_path.exists():
        return False
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
        try:
            return db.execute("SELECT 1 FROM pending LIMIT 1").fetchone() is not None
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        return "no such table" not in str(exc)  # an older index has no marks; anything else: try to settle
    except sqlite3.Error:
        return True


def _quads(name: str, nt: bytes) -> bytes:
    """N-Quads of a graph's N-Triples: each triple in the default graph (the merge) and in the graph ``name`` (every
    N-Triples line ends with " .\\n": a literal's line breaks are escaped)."""
    return nt + nt.replace(b" .\n", f" <{ox.NamedNode(name).value}> .\n".encode())


def _retract(name: str) -> str:
    """SPARQL Update that empties graph ``name`` and removes from the merged default graph the triples that
    no other named graph states (``name`` is a NamedNode value: a checked IRI). The emptied graph stays
    named: :meth:`EmbeddedStore._drop` removes it."""
    graph = {"graph": ox.NamedNode(name)}
    return (
        f"{bound_text(named_query('internal/retract-graph'), graph)} ;\n"
        f"{bound_text(named_query('internal/clear-graph'), graph)}"
    )


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
            return term.value in ("true", "1")  # both lexical forms of true (Virtuoso answers "1")
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
        return ox.Literal(
            "true" if value else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
        )
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
        self._settled: list[str] = []  # graphs whose write committed: their marks can go (settle())
        if read_only:
            if not ox_dir.exists():
                raise StoreError(f"{self.path}: no store here (build one with `phancong build --store {self.path}`)")
            if _needs_settling(self.path / "index.sqlite"):  # a build stopped, or one is running
                try:  # settle the marks, unless a build holds the store (it settles its own)
                    EmbeddedStore(self.path).close()
                except (StoreError, OSError):
                    pass
            self.ox = ox.Store.read_only(str(ox_dir))
        else:
            ox_dir.mkdir(parents=True, exist_ok=True)
            try:
                self.ox = ox.Store(str(ox_dir))
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if (self.path / LOADING_MARK).exists():
            raise StoreError(
                f"{self.path}: a build stopped while loading sources in bulk, so this store may "
                f"hold part of a source; delete the folder and build again"
            )
        self.index = TextIndex(self.path / "index.sqlite", read_only=read_only)
        if next(self.ox.named_graphs(), None) is not None and not self.ox.query(
            named_query("internal/default-graph-has-triples").sparql
        ):
            # built before the default graph held the merge of the named graphs
            if read_only:
                raise StoreError(
                    f"{self.path}: built by an older phancong; open it once for writing "
                    f"(e.g. `phancong index --store {self.path}`) or rebuild it"
                )
            self.ox.update(named_query("internal/merge-named-graphs").sparql)
        if self.index.needs_rebuild:  # an index written by an older phancong (its schema was dropped)
            self.rebuild_index()
        elif not read_only:
            self.recover()  # the marks a stopped build left (the protocol of the writing methods)

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    # ----------------------------------------------------------------- writing
    # One protocol keeps each graph and its index rows together (issue 18, "one truth per source"): a
    # write first commits the graph's new index rows in SQLite together with a mark (TextIndex.mark),
    # then changes Oxigraph (one atomic update, or the bulk loader), and only then is the mark dropped.
    # A mark that outlives its write (the process was stopped: Ctrl-C, SIGTERM, kill -9, a full disk)
    # is settled by recover() at the next open: a "replace" mark by deriving the graph's rows again
    # from what Oxigraph holds (the old graph or the new one: the update is atomic), a "bulk" mark by
    # removing the graph (the bulk loader may have written part of it). Either way the index rows
    # again say what the graph says. Marks of writes that committed are dropped in the next write's
    # transaction (settle()), so the protocol costs no extra SQLite commit per source.

    def _begin_write(self, rows: dict[str, list[tuple[str, str, str]]], how: str) -> None:
        """Commit ``rows`` (graph -> its new index rows) with a mark for each graph."""
        with self.index.transaction():
            self.index.unmark(self._settled)
            for name, r in rows.items():
                self.index.replace_graph(name, r)
            self.index.mark(list(rows), how)
        self._settled = []

    def _change_graphs(self, names: list[str], change) -> None:
        """Run ``change`` (the Oxigraph side of a write whose marks are committed); if it fails or is
        interrupted, settle the marks at once (if that fails too, the next open settles them)."""
        try:
            change()
        except BaseException:
            try:
                self.recover(names)
            except BaseException:  # the marks stay on disk: the next open settles them
                pass
            raise
        self._settled.extend(names)

    def settle(self) -> None:
        """Drop the marks of writes that committed (also done by the next write)."""
        if self._settled:
            with self.index.transaction():
                self.index.unmark(self._settled)
            self._settled = []

    def recover(self, names: list[str] | None = None) -> list[str]:
        """Settle the marks of writes not known to have committed (all, or those of ``names``): see the
        protocol above. Returns the graphs settled."""
        marks = self.index.pending()
        if names is not None:
            marks = {g: how for g, how in marks.items() if g in set(names)}
        if not marks:
            return []
        bulk = [g for g, how in marks.items() if how == "bulk"]
        for g in bulk:  # whatever the bulk loader wrote of it goes
            self.ox.update(_retract(ox.NamedNode(g).value))
            self._drop(g)
        if bulk:  # default-graph triples it wrote whose named-graph twins were not written
            self.ox.update(named_query("internal/prune-default-graph").sparql)
        with self.index.transaction():
            for g, how in marks.items():
                self.index.replace_graph(g, [] if how == "bulk" else self._rows_in(g))
            self.index.unmark(list(marks))
        self._settled = [g for g in self._settled if g not in marks]
        return sorted(marks)

    def replace_graph(self, graph: Graph, *, index: bool = True) -> int:
        """Replace the named graph ``graph.identifier`` with ``graph`` (atomically, with its index rows)."""
        self.replace_ntriples(
            str(graph.identifier), graph.serialize(format="nt", encoding="utf-8").decode("utf-8"), index=index
        )
        return len(graph)

    def replace_ntriples(self, name: str, nt: str, *, index: bool = True) -> None:
        """Replace named graph ``name`` with the N-Triples document ``nt`` (with its index rows, unless
        ``index`` is false: then the index is left as it is)."""
        name = ox.NamedNode(name).value
        if "_:" in nt and re.search(r"(?m)^_:|^\S+ \S+ _:", nt):
            raise StoreError(f"{name}: blank nodes cannot be replaced atomically; skolemize the graph first")
        triples = ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        rows = (["s", "p", "o"], [(t.subject, t.predicate, t.object) for t in triples])
        update = _retract(name)
        if rows[1]:
            insert = bound_text(named_query("internal/insert-triples"), {"graph": ox.NamedNode(name)}, rows)
            update = f"{update} ;\n{insert}"

        def change() -> None:
            self.ox.update(update)
            if not rows[1]:  # replaced by nothing: the graph goes, as a source removed
                self._drop(name)

        if not index:
            change()
            return
        self._begin_write({name: self._rows_of(nt)}, "replace")
        self._change_graphs([name], change)

    def _drop(self, name: str) -> None:
        """Remove the name of graph ``name``, emptied by :func:`_retract` (pyoxigraph's own call: a SPARQL
        ``DROP`` names its graph in the text, which no bound value can do)."""
        self.ox.remove_graph(ox.NamedNode(name))

    def has_graph(self, name: str) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(name))

    def add_graphs(self, items: list[tuple[str, str]]) -> None:
        """Add graphs the store does not hold yet, given as (name, N-Triples), into a store that has sources (an
        incremental build): their index rows in one SQLite transaction, then each graph (and its triples in the
        merged default graph) by one Oxigraph transaction of its own (``Store.load``: atomic), so each source is
        stored whole or not at all. 2x the throughput of one SPARQL Update per source, whose cost is parsing the
        update: on 53 sources (105,000 triples) of the 1M corpus added to a store of 450, 0.23x of pyoxigraph's
        bulk load of the same quads by Update, 0.48-0.55x by ``load`` (a loaded machine); one ``load`` for the
        whole batch was slower (0.24-0.42x), so ``phancong build`` adds a new source at a time, as it replaces
        one. If one fails, the graphs not stored lose their index rows at once (the marks)."""
        if not items:
            return
        rows = {}
        for name, nt in items:
            name = ox.NamedNode(name).value
            if self.ox.contains_named_graph(ox.NamedNode(name)):
                raise StoreError(f"{name}: already in the store (use replace_ntriples)")
            if "_:" in nt and re.search(r"(?m)^_:|^\S+ \S+ _:", nt):
                raise StoreError(f"{name}: blank nodes cannot be loaded; skolemize the graph first")
            rows[name] = self._rows_of(nt)

        def load() -> None:
            for name, nt in items:
                self.ox.load(_quads(name, nt.encode("utf-8")), format=ox.RdfFormat.N_QUADS)

        self._begin_write(rows, "replace")
        self._change_graphs(list(rows), load)

    # -------------------------------------------------------- writing in bulk (new sources)
    def has_sources(self) -> bool:
        """Whether any named graph other than the ontology's is stored."""
        return any(g.value != ONTOLOGY_GRAPH for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def add_new_graphs(self, items: list[tuple[str, str]], rows: dict[str, Any] | None = None) -> None:
        """Add graphs the store does not hold yet, given as (name, N-Triples), by Oxigraph's bulk loader, into a
        new store or one with sources (a build stores its new sources so): 2-3x the throughput of one transaction
        per source (measured on 150 sources of the 1M synthetic corpus: 17k -> 40k triples/s; adding the last
        tenth of it to a store of the rest, Oxigraph alone: 1.3-1.8 s by the bulk loader, 2.5-2.9 s by one
        transaction per source or one per batch, plus 0.6 s to flush their log), but not atomic. So the graphs
        carry "bulk" marks
        while it runs (see the protocol above): a batch that fails, or whose process is stopped, is
        removed whole, at once or at the next open, and its sources are simply not stored. A batch that
        fails is then stored again by the caller one source at a time (:meth:`undo_bulk` first). ``rows``: the
        index rows of some of the graphs (name -> :func:`~phancong.store.index.rows_of_ntriples` of its N-Triples),
        computed by the worker processes of a build with ``--jobs``; the others' are computed here."""
        if not items:
            return
        for name, nt in items:
            if self.ox.contains_named_graph(ox.NamedNode(name)):
                raise StoreError(f"{name}: already in the store (use replace_ntriples)")
            if "_:" in nt and re.search(r"(?m)^_:|^\S+ \S+ _:", nt):
                raise StoreError(f"{name}: blank nodes cannot be loaded in bulk; skolemize the graph first")
        given = rows or {}
        rows = {
            ox.NamedNode(name).value: self._rows_of(nt) if given.get(name) is None else given[name]
            for name, nt in items
        }
        data = b"".join(_quads(name, nt.encode("utf-8")) for name, nt in items)  # each text encoded once
        self._begin_write(rows, "bulk")
        self._change_graphs(list(rows), lambda: self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS))
        self.settle()  # at once: a bulk mark left behind would remove a whole batch

    def undo_bulk(self, names: list[str]) -> None:
        """After a failed :meth:`add_new_graphs`: remove what it may have written of ``names``. The scan of the
        whole default graph for triples whose named-graph twins the bulk loader did not write (12 s at 1M triples)
        runs only if a batch's "bulk" marks are still there (:meth:`recover`, which the failed load ran already
        unless it failed too); a graph written whole goes with its default-graph triples as any removed graph."""
        marks = self.index.pending()
        if any(marks.get(ox.NamedNode(name).value) == "bulk" for name in names):
            self.recover(names)
        for name in names:
            if self.has_graph(name):
                self.remove_graph(name)

    def end_bulk(self, compact: bool = True) -> None:
        """After the last :meth:`add_new_graphs` of a build: drop the marks, compact the files the bulk loader
        wrote (one set per batch) if ``compact``, and flush. A new store pays for compacting: read-only, the
        catalogue's SPARQL on the 1M corpus loaded in 18 batches ran 1.3-2x slower without it (compare's 33-39 ->
        69-71 ms, chain's 2.2 -> 2.6-3.3 ms), for 2.6 s of compaction (an eighth of the load). A build that adds
        sources to a store does not: compaction rewrites the whole store (2.5-3.9 s at 1M, as long as adding its
        last tenth took), and read-only reads after the two batches of that tenth were within noise of the
        compacted store's (owner 0.91 vs 0.89 ms, chain 1.58 vs 1.33, compare 33 vs 28); RocksDB compacts the new
        files in the background at the store's next writable opens (docs/performance.md)."""
        self.settle()
        if compact:
            self.ox.optimize()
        self.flush()

    def _rows_of(self, nt: str) -> list[tuple[str, str, str]]:
        # read off the lines (ROWS_QUERY's rows without a memory store per source: 15% of a bulk build)
        return rows_of_ntriples(nt)

    def _rows_in(self, name: str) -> list[tuple[str, str, str]]:
        """The index rows of the graph ``name`` as stored (none if it is not), with its figures summary rows."""
        return rows_of_ntriples(self.graph_ntriples(name))

    def remove_graph(self, name: str) -> None:
        name = ox.NamedNode(name).value
        self._begin_write({name: []}, "replace")

        def change() -> None:
            self.ox.update(_retract(name))
            self._drop(name)

        self._change_graphs([name], change)

    def rebuild_index(self) -> int:
        """Rebuild the text index from the store's graphs."""
        self.recover()
        with self.index.transaction():
            self.index.clear()
            n = 0
            for g in self.graphs():
                rows = self._rows_in(g)
                self.index.replace_graph(g, rows)
                n += len(rows)
        return n

    def index_disagreements(self) -> list[str]:
        """Where the text index does not say what the graphs say: marks of writes not settled (a build
        is running, or one stopped and the store was not opened for writing since), graphs with index
        rows but no rows in the index, rows of graphs not stored. Empty for a sound store."""
        out = [
            f"{g}: written by a build that is running or was stopped; its index rows may not match "
            f"(open the store for writing, e.g. `phancong index`, to settle it)"
            for g in self.index.pending()
        ]
        indexed = set(self.index.graphs())
        stored = set(self.graphs())
        for g in sorted(stored - indexed):
            if self._rows_in(g):
                out.append(f"{g}: stored, but none of its entries is in the text index (`phancong index` rebuilds it)")
        for g in sorted(indexed - stored):
            out.append(f"{g}: in the text index but not stored (`phancong index` rebuilds it)")
        return out

    def close(self) -> None:
        """Close the text index and let Oxigraph go (its lock with it)."""
        self.index.db.close()
        del self.ox

    def flush(self) -> None:
        """After a build: every write in the store's files, and the write-ahead log emptied (issue 18,
        item 6). Oxigraph's flush writes the data to its tables but keeps the log file until the next
        writable open: three builds of 40 seed-sized sources left 149 MB of log beside 27 MB of tables
        (a store of 176 MB, 31 MB without the log). So the store is opened again here, which drops the
        log (0.1 s)."""
        self.settle()
        self.ox.flush()
        if sys.getrefcount(self.ox) <= 2:  # only this object holds the database (else its lock stays taken)
            del self.ox
            try:
                self.ox = ox.Store(str(self.path / "oxigraph"))
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot open the store again ({exc})") from None

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
        return ox.serialize(quads, format=fmt) or b""

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
