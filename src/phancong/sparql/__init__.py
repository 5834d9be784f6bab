"""SPARQL as text: the query catalogue, the lexer that checks a query's shape, and the binding of values.

- ``catalogue``: every query of the package is a ``queries/**/*.rq`` file with a ``#+`` header; this module
  reads them, binds parameters as RDF terms (never pasted into the text) and runs them on a store
  (anything with ``select`` / ``query``);
- ``groups``: a query's WHERE group found in its text; bound values as a ``VALUES`` block that opens it (how
  the remote store binds, and how every update is bound), an update's data block, the group read in one graph;
- ``terms``: a Python or RDF value written as a SPARQL term (the one escaping function);
- ``lexer``: keywords, bracket depth and size, checked before any parser runs.

May import: ``phancong.rdf`` (IRIs), ``phancong.text``, ``phancong._resources``; not the stores, which import it.
"""
