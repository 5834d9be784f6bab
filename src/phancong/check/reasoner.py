"""OWL consistency check: the ontology (plus an optional data graph) through HermiT.

owlready2 reads N-Triples but not Turtle, so the rdflib graph is written to a
temporary N-Triples file (in :func:`_load_into_world`, the one place) and loaded
into a fresh owlready2 World. HermiT runs in Java; Pellet is not used (the jar
bundled with owlready2 0.50/0.51 does not run on Java 17).

Reason over the ontology plus a small or sampled ABox, not over millions of
triples. Before loading, data that OWL 2 DL cannot take is left out and
counted in the result: ill-typed literals ("9x0"^^xsd:decimal), literals on
object properties and IRIs on datatype properties. Literals whose datatype is
outside the OWL 2 datatype map (xsd:gYear, xsd:date, xsd:gYearMonth) are kept;
HermiT is told to ignore unsupported datatypes, so they are not checked.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from ..rdf.ontology import NAMESPACES, load_ontology

__all__ = ["ReasonerResult", "ReasonerUnavailable", "find_java", "check_consistency", "owl_safe"]


class ReasonerUnavailable(RuntimeError):
    """No Java runtime (or no owlready2): HermiT cannot run."""


@dataclass(frozen=True)
class ReasonerResult:
    consistent: bool
    message: str
    seconds: float
    individuals: int
    unsatisfiable: tuple[str, ...] = field(default=())  # classes equivalent to owl:Nothing
    dropped: int = 0  # data triples left out as not OWL 2 DL


def find_java() -> str | None:
    """Path of a java executable: $PHANCONG_JAVA, $JAVA_HOME/bin/java, then PATH."""
    candidates = [os.environ.get("PHANCONG_JAVA")]
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return c
    return shutil.which("java")


def owl_safe(graph: Graph, schema: Graph) -> tuple[Graph, int]:
    """A copy of ``graph`` without the triples OWL 2 DL (or owlready2's parser) cannot take,
    and how many were left out. ``schema`` says which properties are object/datatype properties."""
    object_props = set(schema.subjects(RDF.type, OWL.ObjectProperty))
    data_props = set(schema.subjects(RDF.type, OWL.DatatypeProperty))
    out = Graph()
    dropped = 0
    # a Dataset / ConjunctiveGraph: take the triples of every graph in it
    triples = (
        ((s, p, o) for s, p, o, _ in graph.quads((None, None, None)))
        if isinstance(graph, ConjunctiveGraph)
        else iter(graph)
    )
    for s, p, o in triples:
        if isinstance(o, Literal):
            if o.ill_typed or p in object_props or p == RDF.type:
                dropped += 1
                continue
        elif p in data_props:
            dropped += 1
            continue
        out.add((s, p, o))
    return out, dropped


def _disjoint_pairs(schema: Graph) -> list[tuple[Node, Node]]:
    pairs = [(a, b) for a, b in schema.subject_objects(OWL.disjointWith)]
    for node in schema.subjects(RDF.type, OWL.AllDisjointClasses):
        head = schema.value(node, OWL.members)
        if head is None:
            continue
        members = list(schema.items(head))
        pairs += [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    unique = {frozenset(p): p for p in pairs if p[0] != p[1]}  # stated twice -> reported once
    return sorted(unique.values())


def _clashes(data: Graph, schema: Graph, limit: int = 5) -> list[str]:
    """Individuals typed with two disjoint classes, directly, through rdfs:subClassOf or through
    the rdfs:domain / rdfs:range of the properties they use: the usual reason for an
    inconsistency, named so that the message can say which."""
    types: dict = defaultdict(set)
    for ind, cls in data.subject_objects(RDF.type):
        types[ind].add(cls)
    for prop, cls in schema.subject_objects(RDFS.domain):
        if isinstance(cls, URIRef):
            for ind in data.subjects(prop, None):
                types[ind].add(cls)
    for prop, cls in schema.subject_objects(RDFS.range):
        if isinstance(cls, URIRef) and (prop, RDF.type, OWL.ObjectProperty) in schema:
            for ind in data.objects(None, prop):
                types[ind].add(cls)
    pairs = _disjoint_pairs(schema)
    found = []
    for ind in sorted((i for i in types if isinstance(i, URIRef)), key=str):
        closed = set()
        for t in types[ind]:
            closed |= set(schema.transitive_objects(t, RDFS.subClassOf))
        for a, b in pairs:
            if a in closed and b in closed:
                found.append(f"{ind} is both {schema.qname(str(a))} and {schema.qname(str(b))} (disjoint)")
        if len(found) >= limit:
            break
    return found


_BUILTIN = (NAMESPACES["owl"], NAMESPACES["rdf"], NAMESPACES["rdfs"])


def _count_individuals(graph: Graph) -> int:
    """Named resources typed with a class that is not an OWL/RDF(S) built-in."""
    return len(
        {s for s, c in graph.subject_objects(RDF.type) if isinstance(s, URIRef) and not str(c).startswith(_BUILTIN)}
    )


def _load_into_world(world, graph: Graph):
    """Write ``graph`` as N-Triples to a temporary file and load it into ``world``."""
    with tempfile.TemporaryDirectory(prefix="phancong-owl-") as tmp:
        path = Path(tmp) / "graph.nt"
        graph.serialize(destination=str(path), format="nt", encoding="utf-8")
        return world.get_ontology(path.as_uri()).load()


def check_consistency(
    graph: Graph | None = None, *, ontology: Graph | None = None, java_memory_mb: int | None = None
) -> ReasonerResult:
    """Run HermiT over the ontology (default: every ontology/*.ttl but the shapes) plus ``graph``.

    Returns consistent=False with a message when HermiT finds the whole inconsistent;
    raises ReasonerUnavailable when there is no Java runtime or owlready2."""
    java = find_java()
    if java is None:
        raise ReasonerUnavailable(
            "no Java runtime on PATH: HermiT needs one (install default-jre-headless or set JAVA_HOME / PHANCONG_JAVA)"
        )
    try:
        import owlready2
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ReasonerUnavailable(f"owlready2 is not installed: {exc}") from exc

    schema = ontology if ontology is not None else load_ontology()
    merged = Graph()
    for prefix, iri in NAMESPACES.items():
        merged.bind(prefix, iri)
    for t in schema:
        merged.add(t)
    dropped = 0
    if graph is not None:
        data, dropped = owl_safe(graph, schema)
        for t in data:
            merged.add(t)

    owlready2.JAVA_EXE = java
    if java_memory_mb:
        owlready2.JAVA_MEMORY = java_memory_mb
    world = owlready2.World()
    t0 = time.perf_counter()
    try:
        _load_into_world(world, merged)
        individuals = _count_individuals(merged)
        try:
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
        except owlready2.OwlReadyInconsistentOntologyError:
            seconds = time.perf_counter() - t0
            why = _clashes(merged, schema)
            msg = "HermiT: the ontology and data are inconsistent"
            msg += (": " + "; ".join(why)) if why else " (no disjoint-class clash found; check ranges and domains)"
            return ReasonerResult(False, msg, seconds, individuals, (), dropped)
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonerUnavailable(f"HermiT failed to run: {exc}") from exc
        seconds = time.perf_counter() - t0
        unsat = tuple(sorted(c.iri for c in world.inconsistent_classes()))
        msg = f"HermiT: consistent ({individuals} individuals"
        msg += f", {dropped} data triples left out as not OWL 2 DL)" if dropped else ")"
        if unsat:
            msg += "; unsatisfiable classes: " + ", ".join(unsat)
        return ReasonerResult(True, msg, seconds, individuals, unsat, dropped)
    finally:
        world.close()
