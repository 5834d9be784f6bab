"""The look-ups the three questions share: search by words, names of IRIs, names or words resolved to
IRIs, provinces before and since 1 July 2025, indicators, and catalogue queries with their parameters
resolved. :class:`Lookups` is a base class of :class:`KnowledgeGraph`; its examples use it."""

from __future__ import annotations

import re
from typing import Any

from rdflib import URIRef

from ..rdf.iri import checked_iri, looks_like_iri
from ..sparql.catalogue import Query, load_query, run_query, snake_keys, with_values
from ..store.index import Hit
from .records import IndicatorRow, Resolved, local_name as _local
from .status import year_of as _year_of

__all__ = ["Lookups", "PARAM_KINDS", "VOCAB"]

VOCAB = "https://w3id.org/phancong/vocab/"

# which kind of entity a catalogue parameter names, by the parameter's name (else: any kind)
PARAM_KINDS = {"task": "task", "body": "body", "document": "document", "indicator": "indicator"}


def _province_key(folded: str) -> str:
    """A folded province name without "tinh", "thanh pho", "tp" before it and extra spaces."""
    return re.sub(r"^(?:tinh|thanh pho|tp\.?)\s+", "", " ".join(folded.split()))


class Lookups:
    """The look-ups over ``store`` (an embedded or remote store) that the questions share."""

    store: Any
    _catalogue: dict[str, Query]

    def _query(self, name: str) -> Query:
        """A query of queries/ (a catalogue name, or "internal/NAME"), read and parsed on first use only
        (reading it costs about as much as a lookup by IRI on Oxigraph)."""
        q = self._catalogue.get(name)
        if q is None:
            q = self._catalogue[name] = load_query(name)
        return q

    def _run(self, name: str, params: dict[str, Any]):
        return run_query(self.store, self._query(name), params)

    # ---------------------------------------------------------------- search
    def search(
        self,
        words: str,
        kinds: tuple[str, ...] | None = None,
        limit: int = 20,
        *,
        offset: int = 0,
        province: str | None = None,
        year: int | None = None,
    ) -> list[Hit]:
        """Tasks, bodies, documents, indicators ... matching ``words`` (any order, with or without diacritics):
        the words as typed first, then every word in any order, then (only when no hit has them all) some of
        the words, never stop words such as "Đảng" or "tỉnh" alone; each hit says how it matched
        (``match``). ``offset``: skip that many (paging). ``province``: only hits of this province, a name
        before or since 1 July 2025 (an indicator: when it has figures there; LookupError for an unknown name);
        ``year``: only hits whose document was issued that year.

        >>> KnowledgeGraph.open(EXAMPLE_STORE).search("ban to chuc", kinds=("body",))[0].label
        'Ban Tổ chức Tỉnh ủy'
        >>> [h.kind for h in KnowledgeGraph.open(EXAMPLE_STORE).search("ket nap dang vien", limit=1)]
        ['indicator']
        """
        if limit < 1 or offset < 0:
            raise ValueError(f"limit must be at least 1 and offset at least 0, not {limit} and {offset}")
        provinces = self.provinces(province) if province else None
        keep = None
        if provinces is not None or year is not None:

            def keep(hits: list[Hit]) -> list[Hit]:
                return self._filter_hits(hits, provinces, year)

        return self.store.index.search(words, kinds, limit, offset=offset, keep=keep)

    def _filter_hits(self, hits: list[Hit], provinces: set[str] | None, year: int | None) -> list[Hit]:
        """The hits of these provinces and of that year (see :meth:`search`), in their order."""
        if not hits:
            return hits
        places: dict[str, set[str]] = {}
        years: dict[str, set[int]] = {}
        iris = list(dict.fromkeys(h.iri for h in hits))
        for start in range(0, len(iris), 500):
            for r in run_query(
                self.store, with_values(self._query("internal/hit-context"), "iri", iris[start : start + 500]), {}
            ):
                if r.get("provinceLabel"):
                    places.setdefault(r["iri"], set()).add(r["provinceLabel"])
                y = _year_of(r.get("issued"))
                if y:
                    years.setdefault(r["iri"], set()).add(y)
        if provinces is not None:
            for row in self._indicator_rows():  # an indicator is "in" the provinces it has figures in
                if row.province and (row.targets or row.statistics):
                    places.setdefault(row.indicator, set()).add(row.province)
        return [
            h
            for h in hits
            if (provinces is None or places.get(h.iri, set()) & provinces)
            and (year is None or year in years.get(h.iri, set()))
        ]

    def sparql(self, query: str, **params) -> list[dict[str, Any]] | bool:
        """Run SPARQL text or a catalogue query name; ``params`` are bound values; the rows' keys are the
        variables' names in snake_case (``?taskLabel`` -> ``task_label``). A catalogue query's IRI
        parameter may be given as a name or words: it is resolved to an IRI (:meth:`run_catalogue` also says
        which IRI each was taken for).

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> [r["declared"] for r in kg.sparql("declared-vs-found") if r["mismatch"]]
        [11]
        >>> sorted(kg.sparql("tasks-of-body", body="Ban Tổ chức Tỉnh ủy")[0])[-3:]
        ['role_label', 'task', 'task_label']
        >>> kg.sparql("SELECT ?n WHERE { ?d <https://w3id.org/phancong/ontology#documentNumber> ?n } ORDER BY ?n")[0]
        {'n': '02-ĐA/TU'}
        >>> len(kg.sparql("tasks-of-body", body="Ban Tổ chức Tỉnh ủy")) > 0
        True
        """
        return self.run_catalogue(query, params)[0]

    def run_catalogue(self, query, params: dict[str, Any] | None = None):
        """(the result, the :class:`Resolved` names) of SPARQL text, a catalogue query name or a
        :class:`~phancong.sparql.catalogue.Query`: names or words given for a catalogue query's IRI parameters are
        resolved to IRIs first (LookupError when they match nothing); every value is bound, never pasted.

        >>> rows, resolved = KnowledgeGraph.open(EXAMPLE_STORE).run_catalogue("tasks-of-body",
        ...                                                                   {"body": "ban to chuc tinh uy"})
        >>> resolved[0].iri
        'https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy'
        """
        params = dict(params or {})
        if isinstance(query, str):
            q = (
                load_query(query)
                if "\n" not in query
                and not query.lstrip().upper().startswith(("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX"))
                else load_query("-", text=query)
            )
        else:
            q = query
        resolved: list[Resolved] = []
        if q.path is not None and q.params:  # a catalogue (or file) query: its parameters say what they name
            params, resolved = self.resolve_params(q, params)
        elif not q.params:
            q.params = {k: "" for k in params}
        return snake_keys(run_query(self.store, q, params)), resolved

    # ---------------------------------------------------------------- names
    def labels(self, iris) -> dict[str, str]:
        """The name to show for each IRI that has one (a label, else a preferred label, else a document's number).

        >>> KnowledgeGraph.open(EXAMPLE_STORE).labels(["https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021"])
        {'https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021': 'Đề án số 03-ĐA/TU'}
        """
        wanted = sorted({i for i in iris if isinstance(i, str) and looks_like_iri(i)})
        out: dict[str, str] = {}
        for start in range(0, len(wanted), 200):
            try:
                query = with_values(self._query("internal/labels"), "iri", wanted[start : start + 200])
            except ValueError:  # an IRI pyoxigraph refuses: named one by one
                continue
            for r in run_query(self.store, query, {}):
                name = r.get("label") or r.get("prefLabel") or r.get("documentNumber")
                if name:
                    out[r["iri"]] = name
        return out

    def resolve(self, kind: str, words: str, param: str | None = None) -> Resolved:
        """The IRI of a ``kind`` (task, body, document, indicator, or "any") named by ``words`` (a label, a
        document's number, words with or without diacritics); LookupError when nothing matches.

        >>> KnowledgeGraph.open(EXAMPLE_STORE).resolve("body", "Ban Tổ chức Tỉnh ủy").iri
        'https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy'
        """
        what = kind if kind != "any" else "entity"
        if kind == "indicator":
            iri = self.indicator(words)
            others: list[str] = []
        else:
            hits = self.search(words, kinds=(kind,) if kind != "any" else None, limit=4)
            if not hits:
                raise LookupError(f"no {what} matches {words!r}" + (f" (parameter {param})" if param else ""))
            iri = hits[0].iri
            rest = list(dict.fromkeys(h.iri for h in hits[1:] if h.iri != iri))
            names = self.labels([iri, *rest])
            others = [names.get(i, i) for i in rest[:3]]
        label = self.labels([iri]).get(iri)
        return Resolved(param=param or kind, given=words, iri=iri, label=label, kind=kind, others=others)

    def resolve_params(self, query, params: dict[str, Any]) -> tuple[dict[str, Any], list[Resolved]]:
        """A catalogue query's parameters with every name or words given for an IRI parameter resolved to an
        IRI (the parameter's name says the kind: task, body, document, indicator), and what each was taken for.
        Values that are IRIs, numbers or empty are kept as they are; LookupError when words match nothing."""
        if isinstance(query, str):
            query = self._query(query)
        bound: dict[str, Any] = {}
        resolved: list[Resolved] = []
        for name, value in params.items():
            help_text = query.params.get(name, "")
            names_iri = name in PARAM_KINDS or help_text.startswith("IRI")
            if (
                not isinstance(value, str)
                or not value.strip()
                or not names_iri
                or looks_like_iri(value)
                or re.fullmatch(r"-?\d+(?:\.\d+)?", value)
            ):
                bound[name] = value
                continue
            r = self.resolve(PARAM_KINDS.get(name, "any"), value.strip(), name)
            bound[name] = URIRef(r.iri)
            resolved.append(r)
        return bound, resolved

    # ---------------------------------------------------------------- provinces
    def _province_names(self) -> tuple[dict[str, set[str]], list[str], list[str]]:
        """(folded name -> the labels of the provinces before 1 July 2025 it stands for, the 63 labels
        before, the 34 since), read once from the store's province vocabulary."""
        cached = getattr(self, "_provinces_cache", None)
        if cached is not None:
            return cached
        from ..text.normalise import fold

        names: dict[str, set[str]] = {}
        before: set[str] = set()
        since: set[str] = set()
        self._province_iri_of: dict[str, set[str]] = {}  # a label names a province before 1 July 2025 and since
        for r in self._run("internal/provinces", {}):
            label = r["label"]
            self._province_iri_of.setdefault(label, set()).add(r["province"])
            (since if str(r.get("since2025")).lower() == "true" else before).add(label)
            for name in {r["name"], label}:
                names.setdefault(_province_key(fold(name)), set()).add(label)
            if r.get("mergedLabel"):  # a name since 2025 includes the provinces merged into it
                names.setdefault(_province_key(fold(r["mergedLabel"])), set()).add(label)
        # a name since 2025 stands for the provinces before it (their labels are what the data holds)
        for key, labels in names.items():
            names[key] = {x for x in labels if x in before} or labels
        self._provinces_cache = (names, sorted(before), sorted(since))
        return self._provinces_cache

    def _province_iris(self) -> dict[str, set[str]]:
        """The IRIs of the provinces of each label (as :meth:`provinces` gives them)."""
        self._province_names()
        return self._province_iri_of

    def provinces(self, name: str) -> set[str]:
        """The provinces (labels before 1 July 2025, as the data names them) that a name given by a user
        stands for: a name before the merger is itself; a name since includes the provinces merged into it.
        Diacritics and "tỉnh", "thành phố" optional. An unknown name raises LookupError listing the names.

        >>> sorted(KnowledgeGraph.open(EXAMPLE_STORE).provinces("thai nguyen"))
        ['Bắc Kạn', 'Thái Nguyên']
        """
        from ..text.normalise import fold

        names, before, since = self._province_names()
        found = names.get(_province_key(fold(name)))
        if not found:
            raise LookupError(
                f"unknown province {name!r}; before 1 July 2025: {', '.join(before)}; since: {', '.join(since)}"
            )
        return set(found)

    def indicators(self, *, province: str | None = None) -> list[IndicatorRow]:
        """Every indicator with its counts of targets and statistics per province (an umbrella indicator counts
        the figures of the narrower ones under it; an indicator without figures has one row without a province).
        ``province``: only figures of this province (a name before or since 1 July 2025).

        >>> rows = KnowledgeGraph.open(EXAMPLE_STORE).indicators(province="quang ninh")
        >>> [(r.province, r.targets, r.statistics) for r in rows if r.slug == "party-members-admitted"]
        [('Quảng Ninh', 2, 1)]
        """
        provinces = self.provinces(province) if province else None
        rows = self._indicator_rows()
        if provinces is not None:
            rows = [r for r in rows if r.province in provinces]
        return rows

    def _indicator_rows(self) -> list[IndicatorRow]:
        own: dict[tuple[str, str | None], IndicatorRow] = {}
        broader: dict[str, str] = {}
        for r in self._run("internal/indicator-counts", {}):
            ind = r["indicator"]
            if r.get("broader"):
                broader[ind] = r["broader"]
            key = (ind, r.get("provinceLabel"))
            if key not in own:
                own[key] = IndicatorRow(
                    indicator=ind,
                    slug=_local(ind) or ind,
                    label=r.get("label"),
                    label_en=r.get("labelEn"),
                    broader=_local(r.get("broader")),
                    province=r.get("provinceLabel"),
                    targets=int(r.get("targets") or 0),
                    statistics=int(r.get("statistics") or 0),
                )
        # an umbrella counts its narrower indicators' figures, province by province
        rolled: dict[tuple[str, str | None], IndicatorRow] = {}
        for (ind, prov), row in own.items():
            chain: str | None = ind
            seen: set[str] = set()
            while chain and chain not in seen:
                seen.add(chain)
                key = (chain, prov)
                if key not in rolled:
                    base = next((r for (i, _), r in own.items() if i == chain), row)
                    rolled[key] = IndicatorRow(
                        indicator=chain,
                        slug=base.slug,
                        label=base.label,
                        label_en=base.label_en,
                        broader=base.broader,
                        province=prov,
                        targets=0,
                        statistics=0,
                    )
                rolled[key].targets += row.targets
                rolled[key].statistics += row.statistics
                chain = broader.get(chain)
        out = [
            r
            for (ind, prov), r in rolled.items()
            if prov is not None or not any(i == ind and p is not None for (i, p) in rolled)
        ]
        out.sort(key=lambda r: (r.slug, r.province or ""))
        return out

    def indicator(self, indicator_or_words: str) -> str:
        """The IRI of an indicator given as an IRI, a slug or words; words resolve to the best match that has
        targets or statistics (itself or the narrower indicators under it), else to the best match
        (LookupError if none matches; :class:`InvalidIRI` for a value that begins like an IRI and is not one)."""
        if looks_like_iri(indicator_or_words):
            return checked_iri(indicator_or_words, "indicator IRI")
        if re.fullmatch(r"[\w.~-]+", indicator_or_words):  # a slug: characters an IRI may hold as they are
            candidate = VOCAB + "indicator/" + indicator_or_words
            if self._run("internal/resource-exists", {"iri": URIRef(candidate)}):
                return candidate
        hits = self.search(indicator_or_words, kinds=("indicator",), limit=10)
        if not hits:
            raise LookupError(f"no indicator matches {indicator_or_words!r}")
        with_data = {r.indicator for r in self._indicator_rows() if r.targets or r.statistics}
        return next((h.iri for h in hits if h.iri in with_data), hits[0].iri)
