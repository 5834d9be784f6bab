"""Extraction layer: one normalised source text -> an :class:`~phancong.extract.model.Extraction`.

Owns: the plain dataclasses handed to the RDF layer (``model``), and the recognisers of
documents, bodies, figures and targets, assignments; ``extractor`` walks a text with them.
May import: ``phancong.text`` and the vocabulary readers of ``phancong.ontology``.
"""

from .extractor import Extractor, extract

__all__ = ["extract", "Extractor"]
