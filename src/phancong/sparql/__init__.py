"""SPARQL as text: the query catalogue and the lexer that checks a query's shape.

- ``catalogue``: every query of the package is a ``queries/**/*.rq`` file with a ``#+`` header; this module
  reads them, binds parameters as RDF terms (never pasted into the text) and runs them on a store
  (anything with ``select`` / ``query``);
- ``lexer``: keywords, bracket depth and size, checked before any parser runs.

May import: ``phancong.rdf`` (IRIs), ``phancong.text``, ``phancong._resources``; not the stores, which import it.
"""
