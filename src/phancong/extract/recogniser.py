"""What a body recogniser is: a regular expression, a body type (slug of ontology/vocab-body-types.ttl), a level,
a function from the match to the canonical name, and whether the body is central."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Recogniser", "recogniser"]


def _fixed(name: str) -> Callable[[re.Match], str]:
    return lambda m: name


@dataclass(frozen=True)
class Recogniser:
    pattern: re.Pattern
    type: str
    level: str
    name: Callable[[re.Match], str]
    central: bool = False


def recogniser(
    pattern: str,
    type_: str,
    level: str,
    name: str | Callable[[re.Match], str],
    central: bool = False,
    flags: int = 0,
) -> Recogniser:
    """A recogniser; a name given as a string is the canonical name of every match."""
    return Recogniser(
        re.compile(pattern, flags), type_, level, _fixed(name) if isinstance(name, str) else name, central
    )
