"""What the endpoint says about itself: a SPARQL 1.1 Service Description with VoID statistics.

``GET /sparql`` without a query (and ``GET /.well-known/void``) answers with an RDF graph, in Turtle or
JSON-LD by content negotiation (RDF/XML and N-Triples too):

- the service (``sd:Service``): its endpoint, SPARQL 1.1 Query, the result formats it sends, the union
  default graph, and the dataset (``sd:defaultDataset``) with its named graphs (one per source text) and
  their sizes;
- the dataset (``void:Dataset``), counted from the store: triples, entities (IRIs of phancong's id
  space ``https://w3id.org/phancong/id/``), classes, properties, distinct subjects and objects, one class
  partition per class (its instances) and one property partition per property (its triples), the
  vocabularies, the SPARQL endpoint and an example resource.

The counts are computed once per state of the store (kept in ``ctx.answers`` until a build changes it).
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from .. import __version__
from ..rdf.mapping import PREFIXES
from ..sparql.catalogue import named_query, run_query

__all__ = ["void_statistics", "service_description", "SD", "VOID"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
ID_SPACE = "https://w3id.org/phancong/id/"

# the formats the endpoint answers in (phancong.web.formats), as W3C format IRIs
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def void_statistics(store) -> dict:
    """The VoID figures of the store: ``{"triples", "entities", "classes", "properties", "subjects",
    "objects", "class_partitions": [(class, n)], "property_partitions": [(property, n)],
    "graphs": [(graph, n)]}``."""
    counts = run_query(store, named_query("web/void-counts"))[0]
    return {
        "triples": int(counts["triples"]),
        "entities": int(counts["entities"]),
        "classes": int(counts["classes"]),
        "properties": int(counts["properties"]),
        "subjects": int(counts["subjects"]),
        "objects": int(counts["objects"]),
        "class_partitions": [
            (r["class"], int(r["entities"])) for r in run_query(store, named_query("web/void-classes"))
        ],
        "property_partitions": [
            (r["property"], int(r["triples"])) for r in run_query(store, named_query("web/void-properties"))
        ],
        "graphs": [(r["graph"], int(r["triples"])) for r in run_query(store, named_query("web/void-graphs"))],
    }


def service_description(endpoint: str, stats: dict, *, example: str | None = None) -> Graph:
    """The RDF graph describing the endpoint at ``endpoint`` (an absolute URL) and its dataset."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    service, dataset = URIRef(endpoint), URIRef(endpoint + "#dataset")
    default = BNode("defaultGraph")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for f in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[f]))
    g.add((service, DCTERMS.title, Literal("phancong: who is responsible for what in Vietnamese plans", lang="en")))
    g.add(
        (
            service,
            DCTERMS.description,
            Literal(
                f"Read-only SPARQL 1.1 endpoint of phancong {__version__}: SPARQL Update and SERVICE are refused; "
                "every query is limited in time, memory and size (ask for pages with page= and per=).",
                lang="en",
            ),
        )
    )
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, VOID.triples, Literal(stats["triples"], datatype=XSD.integer)))
    for graph, n in stats["graphs"]:
        named = BNode()
        description = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(graph)))
        g.add((named, SD.graph, description))
        g.add((description, RDF.type, SD.Graph))
        g.add((description, VOID.triples, Literal(n, datatype=XSD.integer)))
    g.add((dataset, VOID.sparqlEndpoint, service))
    g.add((dataset, VOID.uriSpace, Literal(ID_SPACE)))
    for key in ("triples", "entities", "classes", "properties"):
        g.add((dataset, VOID[key], Literal(stats[key], datatype=XSD.integer)))
    g.add((dataset, VOID.distinctSubjects, Literal(stats["subjects"], datatype=XSD.integer)))
    g.add((dataset, VOID.distinctObjects, Literal(stats["objects"], datatype=XSD.integer)))
    for ns in (
        PREFIXES["pc"],
        PREFIXES["org"],
        PREFIXES["skos"],
        PREFIXES["prov"],
        PREFIXES["oa"],
        PREFIXES["eli"],
        PREFIXES["dcterms"],
    ):
        g.add((dataset, VOID.vocabulary, URIRef(ns)))
    for cls, n in stats["class_partitions"]:
        part = BNode()
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in stats["property_partitions"]:
        part = BNode()
        g.add((dataset, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    if example:
        g.add((dataset, VOID.exampleResource, URIRef(example)))
    return g
