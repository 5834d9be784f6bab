"""What the Python API (:mod:`phancong.api`) answers with, and the look-ups under its three questions.

- :mod:`.records`: the answers as plain dataclasses (``to_record()``, :func:`~.records.to_records`).
- :mod:`.status`: a target against the statistics reported on it (met, on track, behind, no data), the
  scope of a figure, and compare's one row per group.
- :mod:`.lookup`: the graph's look-ups shared by the questions (search, names, provinces, indicators,
  catalogue queries with their parameters resolved), a base class of
  :class:`phancong.api.KnowledgeGraph`.

Layer: below the application (``api``), above ``check | views``; imports the store, the query catalogue,
the RDF IRIs, the views' number formatting and the vocabularies.
"""
