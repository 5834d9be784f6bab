"""Result formats of the SPARQL endpoint and content negotiation.

SELECT and ASK answer in SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT and
DESCRIBE in Turtle (default), N-Triples, JSON-LD or RDF/XML.  The choice comes
from a ``format`` (or ``output`` / ``results``) parameter when it names a
format that fits the query, else from the Accept header (q-values honoured),
else the default.

>>> pick(Negotiation.from_request("text/csv;q=0.5, application/sparql-results+xml", None), "results")
'xml'
>>> pick(Negotiation.from_request("application/sparql-results+json", "turtle"), "graph")
'turtle'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RESULT_FORMATS", "GRAPH_FORMATS", "Negotiation", "pick", "media_type", "NotAcceptable"]

# name -> media type sent back
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_FORMATS = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
DEFAULT = {"results": "json", "graph": "turtle"}

# media types (and format-parameter names) -> (results format, graph format)
_MEDIA = {
    "application/sparql-results+json": ("json", None),
    "application/json": ("json", "jsonld"),
    "text/javascript": ("json", None),
    "application/javascript": ("json", None),
    "json": ("json", "jsonld"),
    "application/sparql-results+xml": ("xml", None),
    "application/xml": ("xml", "rdfxml"),
    "text/xml": ("xml", "rdfxml"),
    "xml": ("xml", "rdfxml"),
    "text/csv": ("csv", None),
    "csv": ("csv", None),
    "text/tab-separated-values": ("tsv", None),
    "tsv": ("tsv", None),
    "text/turtle": (None, "turtle"),
    "application/turtle": (None, "turtle"),
    "application/x-turtle": (None, "turtle"),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "text/n3": (None, "turtle"),  # Turtle is valid N3
    "text/rdf+n3": (None, "turtle"),
    "n3": (None, "turtle"),
    "application/n-triples": (None, "ntriples"),
    "text/plain": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "ntriples": (None, "ntriples"),
    "n-triples": (None, "ntriples"),
    "application/ld+json": (None, "jsonld"),
    "application/x-json+ld": (None, "jsonld"),
    "json-ld": (None, "jsonld"),
    "jsonld": (None, "jsonld"),
    "application/rdf+xml": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
    "rdfxml": (None, "rdfxml"),
}


class NotAcceptable(Exception):
    pass


@dataclass
class Negotiation:
    """What the client asked for: the format parameter, and the Accept entries as (media type, q)."""

    param: str | None
    accept: list[tuple[str, float]]

    @classmethod
    def from_request(cls, accept_header: str | None, format_param: str | None) -> Negotiation:
        entries: list[tuple[str, float]] = []
        for n, part in enumerate((accept_header or "").split(",")):
            fields = [f.strip() for f in part.split(";")]
            media = fields[0].lower()
            if not media:
                continue
            q = 1.0
            for f in fields[1:]:
                if f.lower().startswith("q="):
                    try:
                        q = float(f[2:])
                    except ValueError:
                        q = 0.0
            entries.append((media, q - n * 1e-6))  # stable: earlier entries win ties
        return cls(param=(format_param or "").strip().lower() or None, accept=entries)

    def wants_html(self) -> bool:
        """A browser: text/html ranked above every SPARQL or RDF type it accepts."""
        html = max((q for m, q in self.accept if m in ("text/html", "application/xhtml+xml")), default=0.0)
        other = max((q for m, q in self.accept if m in _MEDIA), default=0.0)
        return self.param is None and html > 0 and html > other


def pick(neg: Negotiation, kind: str) -> str:
    """The format name for a result ``kind`` ("results" for SELECT/ASK, "graph" for CONSTRUCT/DESCRIBE).
    Raises :class:`NotAcceptable` when the Accept header allows none."""
    slot = 0 if kind == "results" else 1
    if neg.param:
        fmt = _MEDIA.get(neg.param, (None, None))[slot]
        if fmt:
            return fmt
    if not neg.accept:
        return DEFAULT[kind]
    best, best_q = None, 0.0
    for media, q in neg.accept:
        if q <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            fmt = DEFAULT[kind]
            if media == "text/*":
                fmt = "csv" if kind == "results" else "turtle"
        else:
            fmt = _MEDIA.get(media, (None, None))[slot]
        if fmt and q > best_q:
            best, best_q = fmt, q
    if best is None:
        offered = ", ".join(m.split(";")[0] for m in (RESULT_FORMATS if kind == "results" else GRAPH_FORMATS).values())
        raise NotAcceptable(f"none of the accepted media types fits this query; it can answer with: {offered}")
    return best


def media_type(fmt: str) -> str:
    return RESULT_FORMATS.get(fmt) or GRAPH_FORMATS[fmt]
