"""Facets of the search and compare pages: province (a name before or since 1 July 2025), year issued,
document type, body type and role, each value with the number of results it would leave.

The filters are query parameters (``province``, ``year``, ``doctype``, ``bodytype``, ``role``), so a filtered
page is a link. A facet's counts are taken over the results that the *other* filters leave (choosing a
second province is one click, not a dead end). The values of each result are read with one query
(queries/web/facets.rq) over all results, the IRIs bound in a VALUES block, never pasted.

>>> f = Filters(year="2021", role="lead")
>>> f.active(), f.params()
(True, {'year': '2021', 'role': 'lead'})
>>> f.without("role").params()
{'year': '2021'}
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..sparql.catalogue import named_query, run_query, with_values
from ..vocab import role_names, roles
from .entities import local
from .provinces import successor

__all__ = ["FACETS", "Filters", "facet_values", "keep", "facet_counts"]

# name -> (Vietnamese, English)
FACETS = {
    "province": ("Tỉnh", "province"),
    "year": ("Năm ban hành", "year issued"),
    "doctype": ("Loại văn bản", "document type"),
    "bodytype": ("Loại cơ quan", "body type"),
    "role": ("Vai trò", "role"),
}


def _role_facet_names() -> dict[str, tuple[str, str]]:
    """The role facet's values: the roles of the vocabulary, then 'named as partner'."""
    return {**{r.slug: role_names(r.slug) for r in roles()}, "partner": ("Được nêu phối hợp", "named as partner")}


@dataclass(frozen=True)
class Filters:
    """The facet values asked for (empty: no filter). ``province`` is a name as typed; ``provinces`` the
    labels before 1 July 2025 it stands for (set by the page once resolved)."""

    province: str = ""
    year: str = ""
    doctype: str = ""
    bodytype: str = ""
    role: str = ""
    provinces: frozenset[str] | None = None

    def params(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in FACETS if getattr(self, k)}

    def active(self) -> bool:
        return bool(self.params())

    def without(self, name: str) -> Filters:
        changes: dict[str, Any] = {name: ""}
        if name == "province":
            changes["provinces"] = None
        return dataclasses.replace(self, **changes)

    def matches(self, values: dict[str, set[str]], skip: str | None = None) -> bool:
        """Whether a result with these facet values passes every filter (but ``skip``)."""
        for name in FACETS:
            wanted = getattr(self, name)
            if not wanted or name == skip:
                continue
            have = values.get(name, set())
            if name == "province":
                if not (have & (self.provinces or {wanted})):
                    return False
            elif wanted not in have:
                return False
        return True


def facet_values(store, iris: list[str], labels: dict[str, str] | None = None) -> dict[str, dict[str, set[str]]]:
    """IRI -> facet -> its values (province labels, years, type and role slugs); ``labels`` is filled with
    slug -> name for the types."""
    out: dict[str, dict[str, set[str]]] = {iri: {} for iri in iris}
    query = named_query("web/facets")
    unique = list(dict.fromkeys(iris))
    for start in range(0, len(unique), 400):
        for r in run_query(store, with_values(query, "iri", unique[start : start + 400]), {}):
            facet, value = r["facet"], r.get("value")
            if value is None:
                continue
            if facet == "year":
                value = str(value)[:4]
                if not value.isdigit():
                    continue
            elif facet != "province":
                slug = local(str(value)) or str(value)
                if labels is not None and r.get("label"):
                    labels.setdefault(slug, r["label"])
                value = slug
            out.setdefault(r["iri"], {}).setdefault(facet, set()).add(value)
    return out


def keep(items: list, values_of, filters: Filters, skip: str | None = None) -> list:
    """The items (in their order) whose values (``values_of(item)``) pass the filters but ``skip``."""
    return [x for x in items if filters.matches(values_of(x), skip)]


def facet_counts(
    items: list, values_of, filters: Filters, url_for, labels: dict[str, str], names: tuple[str, ...] = tuple(FACETS)
) -> list[dict]:
    """For each facet in ``names`` with values: its values, each with the number of items the other
    filters leave that have it, its display name and ``url_for(filters)``: the link that sets it (or, when
    set, that removes it)."""
    out = []
    for name in names:
        counts: Counter[str] = Counter()
        for x in keep(items, values_of, filters, skip=name):
            counts.update(values_of(x).get(name, set()))
        chosen = getattr(filters, name)
        if not counts and not chosen:
            continue
        order = sorted(counts, reverse=(name == "year"))
        if name != "year":
            order = sorted(counts, key=lambda v: (-counts[v], _name(name, v, labels)))
        values = []
        for v in order:
            on = bool(chosen) and (v == chosen if name != "province" else v in (filters.provinces or {chosen}))
            if on:
                link = filters.without(name)
            elif name == "province":
                link = dataclasses.replace(filters, province=v, provinces=None)
            else:
                changes: dict[str, Any] = {name: v}
                link = dataclasses.replace(filters, **changes)
            note = None
            if name == "province" and successor(v) and successor(v) != v:
                note = successor(v)
            values.append(
                {
                    "value": v,
                    "name": _name(name, v, labels),
                    "count": counts[v],
                    "on": on,
                    "url": url_for(link),
                    "since": note,
                    "since_url": url_for(dataclasses.replace(filters, province=note, provinces=None)) if note else None,
                }
            )
        if chosen and not any(v["on"] for v in values):  # asked for, nothing left: still shown, to remove
            values.insert(
                0,
                {
                    "value": chosen,
                    "name": _name(name, chosen, labels),
                    "count": 0,
                    "on": True,
                    "url": url_for(filters.without(name)),
                    "since": None,
                    "since_url": None,
                },
            )
        vi, en = FACETS[name]
        out.append(
            {
                "name": name,
                "vi": vi,
                "en": en,
                "values": values,
                "chosen": chosen,
                "clear": url_for(filters.without(name)) if chosen else None,
            }
        )
    return out


def _name(facet: str, value: str, labels: dict[str, str]) -> str:
    if facet == "role":
        vi, en = _role_facet_names().get(value, (value, value))
        return f"{vi} ({en})"
    return labels.get(value, value)
