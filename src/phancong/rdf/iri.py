"""The one place that mints IRIs (patterns in docs/model.md).

>>> str(body_iri("Ban Tổ chức Tỉnh ủy", "Tuyên Quang"))
'https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy'
>>> str(document_iri("Scheme", "03-ĐA/TU", "2021-06-12", "Tuyên Quang"))
'https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021'
>>> str(document_iri("Resolution", "22-NQ/TW", "2008-02-02", None))
'https://w3id.org/phancong/id/doc/tw/22-nq-tw/2008'
>>> str(province_iri("Bắc Kạn", pre2025=True))
'https://w3id.org/phancong/id/province/pre2025/bac-kan'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from ..text.normalise import fold, slug
from ..vocab import PCID, PCV, document_classes


def document_type_slug(doc_type: str) -> str | None:
    """The slug of a document class's pcv:document-type concept ("ActionProgramme" -> "action-programme"), read
    from vocab-document-types.ttl on first use (not at import); None for a type that is no document class."""
    found = document_classes().get(doc_type)
    return found[0] if found else None


class InvalidIRI(ValueError):
    """A value given as an IRI that is not one; the message says which value and why."""


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LOOKS_LIKE_IRI = re.compile(r"(?i)(?:https?://|urn:)")


def looks_like_iri(text: str) -> bool:
    """Whether a value that may be words or an IRI (owner, chain, compare) is meant as an IRI: it begins
    with ``http://``, ``https://`` or ``urn:``. Other text ("http", "httpx ...") is words.

    >>> looks_like_iri("https://w3id.org/phancong/id/task/x/1"), looks_like_iri("http tong hop")
    (True, False)
    """
    return bool(_LOOKS_LIKE_IRI.match(text))


def checked_iri(text: str, what: str = "IRI") -> str:
    """``text`` if it is an absolute IRI (RFC 3987, as Oxigraph parses it); else :class:`InvalidIRI`
    naming the value and the reason.

    >>> checked_iri("http://a b")
    Traceback (most recent call last):
    ...
    phancong.rdf.iri.InvalidIRI: not a valid IRI: 'http://a b' (Invalid IRI code point ' ')
    """
    import pyoxigraph as ox

    if not isinstance(text, str) or not _SCHEME.match(text):
        raise InvalidIRI(f"not a valid {what}: {text!r} (an absolute IRI begins with a scheme such as https:)")
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise InvalidIRI(f"not a valid {what}: {text!r} ({exc})") from None
    return text


def _hash(*parts: str | None) -> str:
    key = "\x1f".join(fold(p or "") for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def scope_slug(province: str | None) -> str:
    return slug(province) if province else "tw"


_PLAIN_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*")


def source_key(source_id: str) -> str:
    """The source's part of its IRIs and the name of its graph file; never empty, never shared.

    A plain id (ASCII letters, digits, ``_ . -``, not starting with a dot) is its own key; any other
    id is its slug, ``~`` and a hash of the id (NFC), so ``plan a`` and ``plan-a`` stay two sources,
    and ``.hidden`` and ``🙂`` get keys of their own (no plain id holds a ``~``).

    >>> source_key("000-tuyen-quang"), source_key("plan a"), source_key("🙂")
    ('000-tuyen-quang', 'plan-a~40f7848fed', 'source~0402582bd3')
    """
    if _PLAIN_ID.fullmatch(source_id):
        return source_id
    nfc = unicodedata.normalize("NFC", source_id)
    digest = hashlib.sha1(nfc.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f"{slug(nfc) or 'source'}~{digest}"


def source_iri(source_id: str) -> URIRef:
    return PCID[f"source/{source_key(source_id)}"]


def document_iri(
    doc_type: str, number: str | None, issued: str | None, province: str | None, title: str | None = None
) -> URIRef:
    """Numbered documents: scope + number + year (the same number recurs in other years);
    unnumbered ones: scope + type + a hash of the title or mention."""
    scope = "tw" if number and slug(number).endswith("-tw") else scope_slug(province)
    if number:
        year = (issued or "")[:4]
        # a bare number ("Chỉ thị số 01", "Hướng dẫn số 01") names its type too: the code is not in it
        kind = f"{document_type_slug(doc_type) or slug(doc_type)}-" if number.isdigit() else ""
        return PCID[f"doc/{scope}/{kind}{slug(number)}" + (f"/{year}" if year else "")]
    return PCID[f"doc/{scope}/{document_type_slug(doc_type) or slug(doc_type)}-{_hash(doc_type, title)}"]


def body_iri(name: str, province: str | None, source_id: str | None = None) -> URIRef:
    """A body of a province (``body/tuyen-quang/…``), a central one (``body/tw/…``), or, given ``source_id``, a
    provincial body of a text whose province is unknown: that text's own (``body/in-{source}/…``), never merged
    with another text's body of the same name nor with a central one."""
    scope = scope_slug(province) if province or source_id is None else f"in-{source_key(source_id)}"
    return PCID[f"body/{scope}/{slug(name)}"]


def province_iri(name: str, pre2025: bool = True) -> URIRef:
    return PCID[f"province/pre2025/{slug(name)}"] if pre2025 else PCID[f"province/{slug(name)}"]


def term_iri(term: str) -> URIRef:
    return PCID[f"term/{slug(term)}"]


def item_iri(kind: str, source_id: str, n: int) -> URIRef:
    """kind: taskgroup, task, target, statistic, assignment, relation, reference."""
    return PCID[f"{kind}/{source_key(source_id)}/{n}"]


def evidence_iri(source_id: str, start: int, end: int) -> URIRef:
    return PCID[f"evidence/{source_key(source_id)}/{start}-{end}"]


def vocab_iri(scheme: str, value: str) -> URIRef:
    """scheme: body-type, document-type, role, indicator, comparator, unit, period, level."""
    return PCV[f"{scheme}/{value}"]
