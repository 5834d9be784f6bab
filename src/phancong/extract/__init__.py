"""Extraction layer: one normalised source text -> an :class:`~phancong.extract.model.Extraction`.

Owns: the plain dataclasses handed to the RDF layer (``model``); the recognisers, each finding one kind of
thing in a range of text: bodies (``bodies`` scans a text with ``recognisers``, ``collectives`` and
``body_lists``, names from ``body_names``, ``acting`` says whether a body named acts, ``hierarchy`` which of
two stands above; ``places`` reads the province after a name), documents (``documents``), figures and targets
(``figures``, ``targets``), duties (``clauses`` reads a paragraph with the registry of ``clause_patterns`` and
reads each duty with ``duties``; ``assignments`` reads duty paragraphs). ``extractor`` runs the passes over a
text (``state`` is what they share; ``mentions_pass``, ``bodies_pass``, ``documents_pass``, ``layout_pass``,
``duties_pass``, ``targets_pass``, ``prose_pass``; ``cues`` holds the patterns they share).
May import: ``phancong.text``, ``phancong.vocab`` (the vocabularies' readers) and ``phancong._resources``.
"""

from .extractor import ExtractionTimeout, Extractor, extract

__all__ = ["extract", "Extractor", "ExtractionTimeout"]
