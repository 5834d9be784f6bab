"""Text layer: bytes -> one normalised text (NFC, one tone-mark style), numbers, dates, segments.

Owns: reading sources (``read``), normalisation and folding (``normalise``), Vietnamese numbers
and dates (``numbers``), lines, sentences and clauses (``segment``).
May import: the standard library only (no other phancong layer).
"""
