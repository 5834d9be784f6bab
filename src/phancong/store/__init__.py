"""Where the graph lives: the embedded store, the remote SPARQL store, and the text index.

- ``embedded``: :class:`EmbeddedStore`, Oxigraph on disk, one named graph per source plus a merged graph;
- ``remote``: :class:`RemoteStore`, the same over the SPARQL 1.1 Protocol and the Graph Store Protocol;
- ``client``: the remote store's HTTP requests (authentication, retries within a time budget, one-line errors);
- ``results``: SPARQL JSON results as the pyoxigraph terms and rows the embedded store gives;
- ``index``: :class:`TextIndex`, SQLite FTS5 over labels and task texts, diacritic-insensitive.

The two stores offer the same methods (``docs/architecture.md``, "a new store backend").
May import: ``phancong.sparql``, ``phancong.rdf``, ``phancong.text``.
"""
