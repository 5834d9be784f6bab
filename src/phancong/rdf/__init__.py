"""RDF: an Extraction as triples, the IRIs, and the ontology files.

- ``iri``: the one place that mints IRIs (and checks IRIs given by users);
- ``mapping``: ``to_graph``, an :class:`~phancong.extract.model.Extraction` as an rdflib graph, one named
  graph per source, with PROV-O provenance and Web Annotation evidence;
- ``ontology``: the ontology, vocabularies and SHACL shapes under ``ontology/``, loaded as graphs.

May import: ``phancong.extract`` (its model), ``phancong.vocab``, ``phancong.text``, ``phancong._resources``.
"""
