"""Linking extracted figures to indicator concepts, using the patterns that
ontology/vocab-indicators.ttl carries (pc:matchPattern, over folded text)."""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold


@lru_cache(maxsize=1)
def _patterns():
    from .ontology import indicator_patterns

    return indicator_patterns()


def indicator_for(text: str) -> str | None:
    """The slug of the first indicator whose pattern matches ``text`` (folded)."""
    folded = fold(text)
    for slug, pattern in _patterns():
        if pattern.search(folded):
            return slug
    return None
