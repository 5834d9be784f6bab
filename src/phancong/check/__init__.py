"""Checks of the graph and scores of the extraction.

- ``integrity``: ``run_checks``: SHACL shapes, the ``queries/checks/*-violation.rq`` queries, the reasoner;
- ``reasoner``: HermiT consistency through owlready2 (needs Java);
- ``evaluate``: the seeds' extraction scored against ``tests/gold/`` (``phancong eval``);
- ``devset``: a dev set's gold in the project's shape (``phancong eval --devset``);
- ``catalogue``: the catalogue queries' expected rows (``python -m phancong.check.catalogue``).

May import: the store, SPARQL, RDF, extract and text layers; not the API, the CLI or the web.
"""
