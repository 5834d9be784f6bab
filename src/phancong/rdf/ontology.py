"""The ontology, vocabularies and shapes under ontology/, loaded as rdflib graphs.

The Turtle files are the source of truth; this module only finds and reads them. The namespaces and the
vocabulary readers the extractor needs are in :mod:`phancong.vocab`, below the extractor.

>>> sorted(p.name for p in ontology_files())[0]
'phancong.ttl'
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from ..vocab import NAMESPACES, ONTOLOGY_DIR

__all__ = [
    "NAMESPACES",
    "ONTOLOGY_DIR",
    "ONTOLOGY_IRI",
    "SHAPES_FILE",
    "ontology_files",
    "load_ontology",
    "load_shapes",
]

ONTOLOGY_IRI = "https://w3id.org/phancong/ontology"
SHAPES_FILE = "shapes.ttl"


def ontology_files(directory: Path | None = None) -> list[Path]:
    """The ontology and vocabulary Turtle files (not the SHACL shapes), sorted by name."""
    d = Path(directory) if directory else ONTOLOGY_DIR
    files = sorted(p for p in d.glob("*.ttl") if p.name != SHAPES_FILE)
    if not files:
        raise FileNotFoundError(f"no ontology files in {d} (set PHANCONG_ONTOLOGY_DIR)")
    return files


def _bind(g: Graph) -> Graph:
    for prefix, iri in NAMESPACES.items():
        g.bind(prefix, iri, override=True)
    return g


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """Ontology + vocabularies + provinces in one graph (cached: do not modify it; copy first)."""
    g = _bind(Graph())
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def load_shapes() -> Graph:
    """The SHACL shapes for data graphs."""
    return _bind(Graph()).parse(ONTOLOGY_DIR / SHAPES_FILE, format="turtle")
