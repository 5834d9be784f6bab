"""Extraction layer: one normalised source text -> an :class:`~phancong.extract.model.Extraction`.

Owns: the plain dataclasses handed to the RDF layer (``model``), and the recognisers of
documents, bodies, figures and targets, assignments; ``extractor`` runs its passes over a text
(``bodies_pass``, ``documents_pass``, ``layout_pass``, ``duties_pass``, ``prose_pass``; ``cues`` holds
the patterns they share).
May import: ``phancong.text`` and the vocabulary readers of ``phancong.rdf.ontology``.
"""

from .extractor import ExtractionTimeout, Extractor, extract

__all__ = ["extract", "Extractor", "ExtractionTimeout"]
