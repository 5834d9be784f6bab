"""The vocabularies under ontology/ as the code reads them, and the namespaces, declared once.

The Turtle files (``vocab-*.ttl``) are the source of truth: the extractor matches indicators with their
``pc:matchPattern``s, the mapping names units and body types by their concepts. This module sits below the
extractor and reads the files with rdflib; it imports only ``phancong.text`` and ``phancong._resources``.

>>> NAMESPACES["pc"]
'https://w3id.org/phancong/ontology#'
>>> match_indicator("Số đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm đạt từ 90% trở lên")
'party-members-rated-good'
>>> body_type_labels()["organisation-commission"]
('Ban Tổ chức', 'Organisation Commission')
>>> [r.slug for r in roles()], role_names("monitor")
(['lead', 'coordinate', 'monitor', 'implement'], ('Kiểm tra, giám sát', 'monitor'))
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS, ClosedNamespace
from rdflib.term import Node

from ._resources import resource_dir
from .text.normalise import fold
from .text.prefilter import PatternSet

__all__ = [
    "NAMESPACES",
    "PC",
    "PCV",
    "PCID",
    "ONTOLOGY_DIR",
    "indicator_patterns",
    "match_indicator",
    "body_type_labels",
    "unit_concept",
    "unit_names",
    "fold_phrase",
    "Role",
    "roles",
    "role_slugs",
    "role_rank",
    "role_names",
    "document_classes",
]

NAMESPACES: dict[str, str] = {
    "pc": "https://w3id.org/phancong/ontology#",
    "pcid": "https://w3id.org/phancong/id/",
    "pcv": "https://w3id.org/phancong/vocab/",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "qb": "http://purl.org/linked-data/cube#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
}

# the terms of ontology/phancong.ttl: pc: is closed, so a misspelt term raises instead of minting an IRI that
# no class or property declares (tests/rdf/test_ontology.py checks the list against the file)
PC_TERMS: tuple[str, ...] = (
    "ActionProgramme",
    "Assignment",
    "Body",
    "BodyRelation",
    "BodyType",
    "Comparator",
    "Conclusion",
    "Decision",
    "Directive",
    "DocumentReference",
    "DocumentType",
    "Evidence",
    "Figure",
    "Indicator",
    "Level",
    "OtherDocument",
    "Period",
    "Plan",
    "PlanDocument",
    "Programme",
    "Province",
    "QualitativeTarget",
    "Regulation",
    "Resolution",
    "Role",
    "Scheme",
    "Source",
    "Statistic",
    "Target",
    "Task",
    "TaskGroup",
    "Term",
    "Unit",
    "accountableTo",
    "asOf",
    "basedOn",
    "body",
    "bodyType",
    "comparator",
    "componentOf",
    "congressTerm",
    "contentHash",
    "deadlineYear",
    "declaredCount",
    "declaredTargetCount",
    "document",
    "documentClass",
    "documentNumber",
    "documentType",
    "endYear",
    "evidence",
    "fileName",
    "foundCount",
    "fromBody",
    "fromDocument",
    "groupKind",
    "implements",
    "indicator",
    "inherited",
    "inheritsFrom",
    "issuer",
    "level",
    "mainDocument",
    "matchPattern",
    "matchPriority",
    "mergedInto",
    "ordinal",
    "outOf",
    "partner",
    "period",
    "periodEnd",
    "periodStart",
    "population",
    "province",
    "provinceKind",
    "publishedText",
    "rank",
    "relationKind",
    "reportsTo",
    "role",
    "source",
    "startYear",
    "status",
    "subject",
    "task",
    "taskGroup",
    "term",
    "text",
    "toBody",
    "toDocument",
    "typicalLevel",
    "unit",
    "unitText",
    "upperValue",
    "validFrom",
    "validUntil",
    "value",
)

PC = ClosedNamespace(NAMESPACES["pc"], list(PC_TERMS))
PCV = Namespace(NAMESPACES["pcv"])
PCID = Namespace(NAMESPACES["pcid"])


def _find_ontology_dir() -> Path:
    """$PHANCONG_ONTOLOGY_DIR; else the repository's ontology/ folder (the package installed editable
    from the repository); else the copy in the wheel (a non-editable install)."""
    return resource_dir("ontology", "PHANCONG_ONTOLOGY_DIR")


ONTOLOGY_DIR: Path = _find_ontology_dir()


def fold_phrase(text: str) -> str:
    """What indicator patterns are matched against: folded, single spaces, trimmed."""
    return _SPACES.sub(" ", fold(text)).strip()


_SPACES = re.compile(r"\s+")


def _slug(iri: Node, scheme: str) -> str:
    prefix = NAMESPACES["pcv"] + scheme + "/"
    s = str(iri)
    return s[len(prefix) :] if s.startswith(prefix) else s


@lru_cache(maxsize=1)
def _indicator_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    g = Graph().parse(ONTOLOGY_DIR / "vocab-indicators.ttl", format="turtle")
    rows = []
    for ind in set(g.subjects(PC.matchPattern, None)):
        prio = g.value(ind, PC.matchPriority)
        slug = _slug(ind, "indicator")
        for pat in g.objects(ind, PC.matchPattern):
            rows.append((int(str(prio)) if prio is not None else 1000, slug, str(pat)))
    rows.sort()
    return tuple((slug, re.compile(pat)) for _, slug, pat in rows)


def indicator_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(indicator slug, compiled pattern) in matching order: pc:matchPriority, then slug, then pattern."""
    return list(_indicator_patterns())


@lru_cache(maxsize=1)
def _indicator_set() -> PatternSet:
    return PatternSet([pattern for _, pattern in _indicator_patterns()])


def match_indicator(phrase: str) -> str | None:
    """The slug of the first indicator whose pattern matches the folded phrase, or None."""
    text = fold_phrase(phrase)
    # one scan of the phrase tells which patterns may match (one of the strings their matches begin with is in it)
    patterns = _indicator_patterns()
    for i in sorted(_indicator_set().candidates(text)):  # in matching order
        slug, pattern = patterns[i]
        if pattern.search(text):
            return slug
    return None


@cache
def _vocabulary(file: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / file, format="turtle")


@lru_cache(maxsize=1)
def document_classes() -> dict[str, tuple[str, str]]:
    """Document class (the ontology's local name, as extraction writes a document's type) -> (the slug of its
    pcv:document-type concept, its English label), from vocab-document-types.ttl (``pc:documentClass``); the
    catch-all concept "other" is left out.

    >>> document_classes()["ActionProgramme"]
    ('action-programme', 'Action programme')
    """
    g = _vocabulary("vocab-document-types.ttl")
    out: dict[str, tuple[str, str]] = {}
    for concept, cls in sorted(g.subject_objects(PC.documentClass), key=str):
        name, slug = str(cls)[len(NAMESPACES["pc"]) :], _slug(URIRef(str(concept)), "document-type")
        if slug != "other":
            en = next(
                (str(x) for x in g.objects(concept, SKOS.prefLabel) if getattr(x, "language", None) == "en"), name
            )
            out[name] = (slug, en)
    return out


def _concept_names(file: str, cls: URIRef, scheme: str) -> dict[str, tuple[str, str]]:
    """slug -> (Vietnamese, English) prefLabel of each concept of class ``cls`` in ``file``, sorted by slug."""
    g = _vocabulary(file)
    out: dict[str, tuple[str, str]] = {}
    for concept in sorted(g.subjects(RDF.type, cls), key=str):
        labels = {lit.language: str(lit) for lit in g.objects(concept, SKOS.prefLabel) if isinstance(lit, Literal)}
        out[_slug(concept, scheme)] = (labels.get("vi", ""), labels.get("en", ""))
    return out


@lru_cache(maxsize=1)
def _body_type_labels() -> dict[str, tuple[str, str]]:
    return _concept_names("vocab-body-types.ttl", PC.BodyType, "body-type")


def body_type_labels() -> dict[str, tuple[str, str]]:
    """Body type slug -> (Vietnamese label, English label)."""
    return dict(_body_type_labels())


class Role(NamedTuple):
    """A role of a body in an assignment, as vocab-roles.ttl names it."""

    slug: str  # "lead"
    vi: str  # "chủ trì"
    en: str  # "lead"


@lru_cache(maxsize=1)
def _roles() -> tuple[Role, ...]:
    g = _vocabulary("vocab-roles.ttl")
    names = _concept_names("vocab-roles.ttl", PC.Role, "role")
    rank = {slug: int(str(g.value(PCV["role/" + slug], PC.rank) or 1000)) for slug in names}
    return tuple(
        Role(slug, vi or slug, en or slug)
        for slug, (vi, en) in sorted(names.items(), key=lambda kv: (rank[kv[0]], kv[0]))
    )


def roles() -> list[Role]:
    """The roles in the order answers list them (``pc:rank``): lead, coordinate, monitor, implement."""
    return list(_roles())


@lru_cache(maxsize=1)
def role_slugs() -> tuple[str, ...]:
    """The roles' slugs in their order: ('lead', 'coordinate', 'monitor', 'implement')."""
    return tuple(r.slug for r in _roles())


def role_rank(role: str | None) -> int:
    """Where a role (its slug) stands among the roles; an unknown role or none comes last."""
    return next((i for i, r in enumerate(_roles()) if r.slug == role), len(_roles()))


def role_names(role: str | None) -> tuple[str, str]:
    """(Vietnamese, English) label of a role's slug, the Vietnamese capitalised ("Chủ trì", "lead"); an unknown
    slug as it is."""
    r = next((r for r in _roles() if r.slug == role), None)
    return (r.vi[:1].upper() + r.vi[1:], r.en) if r else (role or "", role or "")


@lru_cache(maxsize=1)
def _unit_names() -> dict[str, tuple[str, str]]:
    return _concept_names("vocab-roles.ttl", PC.Unit, "unit")


def unit_names() -> dict[str, tuple[str, str]]:
    """Unit slug -> (Vietnamese label, English label): "party-member" -> ("đảng viên", "party member")."""
    return dict(_unit_names())


@lru_cache(maxsize=1)
def _unit_labels() -> tuple[frozenset[str], dict[str, str]]:
    g = _vocabulary("vocab-roles.ttl")
    slugs: set[str] = set()
    by_label: dict[str, str] = {}
    for concept in sorted(g.subjects(RDF.type, PC.Unit), key=str):
        slug = _slug(concept, "unit")
        slugs.add(slug)
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for lit in g.objects(concept, p):
                by_label.setdefault(fold_phrase(str(lit)), slug)
    return frozenset(slugs), by_label


# a magnitude word's other spellings, as news writes them: "ngàn" for "nghìn", "tỉ" for "tỷ"
_SPELLINGS_OF = {"ngàn": "nghìn", "tỉ": "tỷ"}
_SPELLINGS = re.compile(r"(?<!\w)(?:ngàn|tỉ)(?!\w)")


def unit_concept(unit: str) -> str:
    """The pcv:unit/* concept of a unit as extraction writes it: a concept's slug ("percent") stays; a unit
    as written ("tỷ đồng", "triệu đồng/năm", "nghìn tấn") is looked up by its labels without the magnitude
    word and the "/năm" rate; "unit" (other) when no label matches."""
    slugs, by_label = _unit_labels()
    if unit in slugs:
        return unit
    base = _SPELLINGS.sub(lambda m: _SPELLINGS_OF[m.group(0)], re.sub(r"/\s*\w+$", "", unit).strip())
    # "lượt lao động": turns, of what
    # ("xã, phường, thị trấn", "huyện/thành phố": localities counted together, the first kind named)
    first_kind = re.split(r"\s*[/,]\s*", base)[0]
    for candidate in (
        base,
        re.sub(r"^(?:nghìn|vạn|triệu|tỷ)\s+", "", base),
        re.sub(r"^(lượt)\s.*", r"\1", base),
        first_kind,
    ):
        slug = by_label.get(fold_phrase(candidate))
        if slug:
            return slug
    return "unit"
