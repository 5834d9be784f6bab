"""The web pages, JSON API and read-only SPARQL endpoint of ``phancong serve``.

Routes (the README's "Web pages" section says the same for users):

- ``/`` home, ``/search?q=WORDS`` (diacritic-insensitive, the CLI's text index), results grouped by
  tasks, bodies, documents and indicators, paged, with facets (``province``, ``year``, ``doctype``,
  ``bodytype``, ``role``: :mod:`phancong.web.facets`);
- entity pages addressed by IRI in a query parameter: ``/task?iri=IRI``, ``/body?iri=IRI``,
  ``/document?iri=IRI``, ``/source?iri=IRI``; ``/resource?iri=IRI`` redirects any IRI to its page, or
  describes it (provinces, vocabularies, ontology terms);
- ``/compare?indicator=SLUG&rollup=true&map=2025|pre2025`` (facets, a province tile map:
  :mod:`phancong.web.provinces`), ``/queries`` and ``/queries/NAME`` (the catalogue, runnable);
- ``/view/chain?task=IRI``, ``/view/body?iri=IRI``, ``/view/document?iri=IRI`` (graph views, for iframes),
  ``/view/compare.svg?indicator=SLUG``;
- ``/api/owner``, ``/api/chain``, ``/api/compare``, ``/api/search``, ``/api/indicators`` (OpenAPI: ``/openapi.json``,
  Swagger UI at ``/docs``, served from ``static/vendor/swagger-ui/``);
- ``/sparql`` SPARQL 1.1 Protocol, read-only, time-, memory- and size-limited (or paged: ``page``, ``per``),
  fair between clients; in a browser the YASGUI editor (``static/vendor/yasgui/``, ``static/sparql-editor.js``);
  without a query, the service description with VoID statistics (:mod:`phancong.web.describe`; also
  ``/.well-known/void``); depth-limited before parsing, open to
  other origins (CORS, GET and POST, without credentials); pages and the API send no CORS header.

Every request's ``Host`` is checked and, with a token, its bearer token (:mod:`phancong.web.exposure`).

Importing this package does not import FastAPI; :func:`phancong.web.app.create_app` does.
"""

DEFAULT_QUERY_TIMEOUT = 10.0
DEFAULT_MAX_RESULTS = 10_000
DEFAULT_QUERY_MEMORY_MB = 1024  # per /sparql worker process (RLIMIT_DATA)
