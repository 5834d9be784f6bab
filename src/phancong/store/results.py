"""SPARQL 1.1 JSON results as pyoxigraph terms and rows, the same terms (and, through
:func:`phancong.store.embedded.to_python`, the same plain values) as the embedded store gives."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

from ..sparql.terms import XSD

__all__ = ["json_term", "canonical_literal", "Solution", "Solutions"]


# ---------------------------------------------------------------------------- results
def json_term(b: dict[str, Any] | None):
    """One SPARQL 1.1 JSON results binding -> the pyoxigraph term (the one converter;
    ``phancong.store.embedded.to_python`` then gives the same plain values as the embedded store)."""
    if b is None:
        return None
    kind = b.get("type")
    value = b.get("value")
    if not isinstance(value, str):
        raise ValueError(f"binding without a string value: {b!r}")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        try:
            return ox.BlankNode(value)
        except ValueError:
            return ox.BlankNode(hashlib.sha1(value.encode("utf-8")).hexdigest())
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return ox.Literal(value, language=b["xml:lang"])
        if b.get("datatype"):
            return canonical_literal(ox.Literal(value, datatype=ox.NamedNode(b["datatype"])))
        return ox.Literal(value)
    raise ValueError(f"unknown binding type {kind!r}")


_XSD_BOOLEAN = ox.NamedNode(XSD + "boolean")
_BOOLEAN_FORMS = {"1": "true", "0": "false"}


def canonical_literal(term):
    """An engine's literal as the embedded store writes it: an xsd:boolean in its canonical form ``true`` /
    ``false`` (Virtuoso stores and answers ``"1"^^xsd:boolean``: the same value, another lexical form)."""
    if isinstance(term, ox.Literal) and term.datatype == _XSD_BOOLEAN and term.value in _BOOLEAN_FORMS:
        return ox.Literal(_BOOLEAN_FORMS[term.value], datatype=_XSD_BOOLEAN)
    return term


class Solution(dict):
    """One row of a SELECT: variable name -> pyoxigraph term (None when unbound)."""

    def __missing__(self, key):
        if isinstance(key, ox.Variable):
            return self.get(key.value)
        return None


class Solutions:
    """SELECT results: ``variables`` (pyoxigraph Variables) and rows, like pyoxigraph's QuerySolutions."""

    def __init__(self, names: list[str], rows: list[Solution]):
        self.names = names
        self.variables = [ox.Variable(n) for n in names]
        self.rows = rows

    def __iter__(self) -> Iterator[Solution]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
