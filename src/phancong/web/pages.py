"""The HTML pages: home, search, task, body, document, source, compare, and /resource redirects.

Server-rendered; they work without JavaScript (only the embedded graph views need it).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from fastapi import APIRouter, Depends, HTTPException, Query
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse

from ..views import numbers
from ..vocab import role_rank
from . import entities as E, provinces as P
from .context import WebContext, context
from .facets import Filters, facet_counts, facet_values, keep
from .highlight import KINDS, render, source_spans
from .render import page_url, render_page, source_prefix, url

router = APIRouter(include_in_schema=False)

SEARCH_GROUPS = (
    ("task", "Nhiệm vụ", "Tasks"),
    ("body", "Cơ quan", "Bodies"),
    ("document", "Văn bản", "Documents"),
    ("indicator", "Chỉ tiêu so sánh", "Indicators"),
)
PER_GROUP = 10  # hits per group on the search page; the group links to the next ones
PER_PAGE = 25  # hits a page when one kind is asked for
SEARCH_CAP = 500  # hits of each kind read, filtered and counted for the facets


def require_iri(iri: str | None, what: str = "iri") -> str:
    if not iri:
        raise HTTPException(400, f"thiếu tham số '{what}' (missing parameter '{what}': the IRI of the entity)")
    try:
        E.iri_term(iri)
    except ValueError as exc:
        raise HTTPException(400, f"IRI không hợp lệ ({exc})") from None
    return iri


def not_found(vi: str, en: str, iri: str) -> HTTPException:
    return HTTPException(404, f"Không tìm thấy {vi} (no {en} with this IRI in the graph): {iri}")


@router.get("/")
def home(ctx: WebContext = Depends(context)):
    return render_page(
        "home.html",
        counts=E.counts(ctx.store),
        documents=E.documents(ctx.store)[:30],
        indicators=E.indicators(ctx.store)[:12],
    )


@router.get("/search")
async def search(
    q: str = "",
    kind: str = "",
    province: str = "",
    year: str = "",
    doctype: str = "",
    bodytype: str = "",
    role: str = "",
    offset: int = Query(0, ge=0, le=100_000),
    ctx: WebContext = Depends(context),
):
    """Hits grouped by kind, each group the best ``PER_GROUP`` (``PER_PAGE`` when one ``kind`` is asked for) with
    links to the next and previous ones: the kind asked for (``kind``, or words such as "chỉ tiêu …",
    "cơ quan …") first, then the groups whose best hit has the words as typed, then every word, then some.
    Facets (province before or since 1 July 2025, year issued, document type, body type, role) filter the
    hits and count them (:mod:`phancong.web.facets`). A page is kept until the store changes."""
    q, province, kind = q.strip(), province.strip(), kind.strip()
    kinds = [k for k, _, _ in SEARCH_GROUPS]
    if kind and kind not in kinds:
        raise HTTPException(
            400, f"kind phải là một trong (must be one of) {', '.join(kinds)}, không phải (not) “{kind}”"
        )
    year_n = int(year) if year.strip().isdigit() and 1900 <= int(year) <= 2100 else None
    if year.strip() and year_n is None:
        raise HTTPException(400, f"year phải là một năm (must be a year such as 2021), không phải (not) “{year}”")
    filters = Filters(
        province=province, year=str(year_n or ""), doctype=doctype.strip(), bodytype=bodytype.strip(), role=role.strip()
    )
    key = ("search page", q, kind, filters, offset)
    kept = ctx.answers.get(key)  # (status, body), kept until the store changes
    if kept is None:
        generation = ctx.answers.generation
        page = await run_in_threadpool(_search_page, q, kind, filters, offset, ctx)
        kept = (page.status_code, page.body)
        ctx.answers.put(key, kept, len(page.body), generation)
    return HTMLResponse(kept[1], status_code=kept[0])


def _search_url(q: str, kind: str, filters: Filters, offset: int = 0) -> str:
    return url("/search", q=q, kind=kind or None, **filters.params(), offset=offset or None)


def _search_page(q: str, kind: str, filters: Filters, offset: int, ctx: WebContext):
    from ..store.index import kind_asked

    asked, words = kind_asked(q) if q else (None, q)
    asked = kind or asked
    groups: list[dict] = []
    facets: list = []
    capped = False
    filters, error = _with_provinces(filters, ctx)
    if q and error is None:
        found, capped = _found(q, words, kind, asked, ctx)
        labels: dict[str, str] = {}
        values = _facet_values_of_hits(found, labels, ctx)

        def values_of(h):
            return values.get(h.iri, {})

        everything = [h for hs in found.values() for h in hs]
        facets = facet_counts(everything, values_of, filters, lambda f: _search_url(q, kind, f), labels)
        for k, vi, en in SEARCH_GROUPS:
            if k in found:
                kept = keep(found[k], values_of, filters)
                groups.append(_search_group((k, vi, en), kept, q, kind, filters, offset, ctx))
        groups.sort(key=lambda g: (g["kind"] != asked, g["best"]))
    total = sum(g["total"] for g in groups)
    status = 404 if error else 200
    return render_page(
        "search.html",
        status,
        q=q,
        groups=groups,
        total=total,
        kind=kind,
        filters=filters,
        province=filters.province,
        year=filters.year,
        offset=offset if kind else 0,
        error=error,
        asked=asked,
        facets=facets,
        capped=capped,
        cap=SEARCH_CAP,
        first=_search_url(q, "", filters),
        clear=url("/search", q=q, kind=kind or None),
    )


def _with_provinces(filters: Filters, ctx: WebContext) -> tuple[Filters, str | None]:
    """The filters with the provinces the province filter names (before or since 1 July 2025), or the
    message that lists the names when it names none."""
    if not filters.province:
        return filters, None
    try:
        return dataclasses.replace(filters, provinces=frozenset(ctx.kg.provinces(filters.province))), None
    except LookupError as exc:
        return filters, str(exc)


def _found(q: str, words: str, kind: str, asked: str | None, ctx: WebContext) -> tuple[dict[str, list], bool]:
    """(the hits of each kind searched, at most SEARCH_CAP each; whether a kind had more)."""
    found: dict[str, list] = {}
    capped = False
    for k, _vi, _en in SEARCH_GROUPS:
        if kind and k != kind:
            continue
        # the words that asked for a kind ("chỉ tiêu") are not searched for in that kind's labels
        hits = ctx.search(words if k == asked else q, (k,), SEARCH_CAP + 1)
        capped = capped or len(hits) > SEARCH_CAP
        found[k] = hits[:SEARCH_CAP]
    return found, capped


def _facet_values_of_hits(found: dict[str, list], labels: dict[str, str], ctx: WebContext) -> dict[str, dict]:
    """The facet values of each hit (IRI -> facet -> values); an indicator is "in" the provinces it has
    figures in. ``labels`` is given the values' labels."""
    values = facet_values(ctx.store, [h.iri for k, hs in found.items() if k != "indicator" for h in hs], labels)
    if found.get("indicator"):
        for row in ctx.kg.indicators():
            if row.province and (row.targets or row.statistics):
                values.setdefault(row.indicator, {}).setdefault("province", set()).add(row.province)
    return values


def _search_group(
    group: tuple[str, str, str], kept: list, q: str, kind: str, filters: Filters, offset: int, ctx: WebContext
) -> dict:
    """One kind's group of the search page: its page of hits, the links to the next and previous ones."""
    from ..store.index import MATCHES

    k, vi, en = group
    per = PER_PAGE if kind else PER_GROUP
    start = offset if kind else 0
    hits = kept[start : start + per]
    nxt = _search_url(q, k, filters, start + per) if len(kept) > start + per else None
    return {
        "kind": k,
        "vi": vi,
        "en": en,
        "rows": [_search_row(k, h, ctx) for h in hits],
        "more": nxt,
        "prev": _search_url(q, k, filters, max(0, start - per)) if kind and start else None,
        "best": MATCHES.index(hits[0].match) if hits else len(MATCHES),
        "total": len(kept),
        "start": start,
        "all": _search_url(q, k, filters) if not kind and nxt else None,
    }


def _search_row(k: str, h, ctx: WebContext) -> dict:
    """A hit as the search page shows it: a task with its document, province and bodies; anything else with its
    label, type and province (and the label that matched, when it is another)."""
    row = {"iri": h.iri, "label": h.label, "url": page_url(k, h.iri), "extra": [], "match": h.match}
    if k != "task":
        shown = E.display(ctx.store, h.iri)
        row.update(
            label=shown["label"] or h.label,
            type=shown["type"],
            province=shown["province"],
            matched=h.label if shown["label"] and h.label != shown["label"] else None,
        )
        return row
    owners = ctx.kg.owner(h.iri, limit=1)
    if owners:
        row["document"] = owners[0].document_label
        row["province"] = owners[0].province
        row["extra"] = [(o.role, o.body_label, o.body) for o in owners if o.body]
    return row


@router.get("/resource")
def resource(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    kind, where = E.kind_of(ctx.store, iri)
    if kind is None:  # a province, a vocabulary concept, an ontology term ...: what the graph says about it
        r = E.describe(ctx.store, iri)
        if r is None:
            raise not_found("mục nào", "item", iri)
        province = None
        if any(t == E.PC + "Province" for t, _ in r["types"]):
            name = next((v["value"] for g in r["out"] if g["p"] == E.SKOS_PREF for v in g["values"]), r["label"])
            province = {"name": name, "successor": P.successor(name), "parts": sorted(P.merged_from(name))}
        return render_page("resource.html", r=r, province=province)
    target = page_url("source", where) if kind == "item" else page_url(kind, iri)
    if target is None:  # (kind_of names an item's source)
        raise not_found("mục nào", "item", iri)
    return RedirectResponse(target, status_code=303)


@router.get("/task")
def task(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    t = E.task_detail(ctx.store, iri)
    if t is None:
        raise not_found("nhiệm vụ", "task", iri)
    owners = [o for o in ctx.kg.owner(iri) if o.body]  # without a body: "no body is named" (the page says so)
    by_role: OrderedDict[str | None, list] = OrderedDict()
    for o in sorted(owners, key=lambda o: (role_rank(o.role), o.body_label)):
        by_role.setdefault(o.role, []).append(o)
    try:
        chain = ctx.kg.chain(iri)
    except LookupError:
        chain = None
    return render_page(
        "task.html", t=t, by_role=by_role, chain=chain, chain_record=chain.to_record() if chain else None
    )


@router.get("/body")
def body(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    b = E.body_detail(ctx.store, iri)
    if b is None:
        raise not_found("cơ quan", "body", iri)
    return render_page("body.html", b=b)


def _highlighted(ctx: WebContext, source: str) -> dict | None:
    s = E.source_detail(ctx.store, source)
    if s is None:
        return None
    spans, per_kind = source_spans(ctx.store, source)
    n = len(s["text"])
    s["spans"] = len(spans)
    s["unplaced"] = [sp for sp in spans if not (0 <= sp.start < sp.end <= n)]
    s["per_kind"] = [(k, KINDS[k], per_kind[k]) for k in KINDS if per_kind.get(k)]
    s["html"] = render(s["text"], spans, prefix=source_prefix(source))
    return s


@router.get("/document")
def document(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    d = E.document_detail(ctx.store, iri)
    if d is None:
        raise not_found("văn bản", "document", iri)
    sources = [s for s in (_highlighted(ctx, src) for src in d["sources"]) if s]
    return render_page("document.html", d=d, sources=sources)


@router.get("/source")
def source(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    s = _highlighted(ctx, iri)
    if s is None:
        raise not_found("nguồn", "source", iri)
    return render_page("source.html", s=s)


COMPARE_FACETS = ("province", "year", "doctype", "bodytype")  # a figure has no role


@router.get("/compare")
def compare(
    indicator: str = "",
    rollup: bool = Query(False),
    province: str = "",
    year: str = "",
    doctype: str = "",
    bodytype: str = "",
    map: str = Query("2025", pattern="^(2025|pre2025)$"),
    ctx: WebContext = Depends(context),
):
    """One indicator across provinces: a summary by province and scope, the province map (the 34 provinces
    since 1 July 2025, or the 63 before, ``map``), the chart and every row. Facets (province before or
    since 1 July 2025, year issued, document type, body type of whom the figure is about) filter the rows;
    the map shows every province the other filters leave."""
    choices = E.indicators(ctx.store)
    indicator = indicator.strip()
    filters = Filters(province=province.strip(), year=year.strip(), doctype=doctype.strip(), bodytype=bodytype.strip())
    chosen, all_rows, error = _chosen_indicator(indicator, ctx)
    status = 200
    filters, province_error = _with_provinces(filters, ctx)
    if province_error:  # an unknown province: the message lists the names
        error, status = province_error, 404
        filters = filters.without("province")
    labels: dict[str, str] = {}
    values = facet_values(ctx.store, [r.figure for r in all_rows], labels) if all_rows else {}

    def values_of(r):
        return values.get(r.figure, {})

    def compare_url(f: Filters, which: str = map) -> str:
        return url(
            "/compare",
            indicator=chosen["slug"] if chosen else indicator,
            rollup=rollup,
            **f.params(),
            map=None if which == "2025" else which,
        )

    facets = facet_counts(all_rows, values_of, filters, compare_url, labels, COMPARE_FACETS) if all_rows else []
    rows = keep(all_rows, values_of, filters)
    province_map = None
    if chosen and all_rows:
        map_rows = keep(all_rows, values_of, filters, skip="province")
        province_map = _province_map(map_rows, map, filters, compare_url)
    return render_page(
        "compare.html",
        status,
        choices=choices,
        indicator=indicator,
        chosen=chosen,
        rows=rows,
        rollup=rollup,
        provinces=_by_province(rows, rollup),
        error=error,
        facets=facets,
        filters=filters,
        all_count=len(all_rows),
        province_map=province_map,
        clear=url("/compare", indicator=chosen["slug"] if chosen else None, rollup=rollup),
        chart=url("/view/compare.svg", indicator=chosen["slug"], rollup=rollup, **filters.params()) if chosen else None,
        rows_record=[r.to_record() for r in rows],
    )


def _chosen_indicator(indicator: str, ctx: WebContext) -> tuple[dict | None, list, str | None]:
    """(the indicator the words, slug or IRI name, with its labels; every figure of it; the message when
    none matches)."""
    if not indicator:
        return None, [], None
    try:
        ind_iri = E.resolve_indicator(ctx.store, ctx.kg, indicator)
    except LookupError:
        return None, [], f"Không có chỉ tiêu nào khớp (no indicator matches) “{indicator}”."
    chosen = next(
        (c for c in E.indicators(ctx.store, with_figures=False) if c["indicator"] == ind_iri),
        {"indicator": ind_iri, "slug": E.local(ind_iri), "label": None, "labelEn": None},
    )
    return chosen, ctx.kg.compare(ind_iri, rollup=False, all_figures=True), None  # the facets, table: every figure


def _by_province(rows: list, rollup: bool) -> list[dict]:
    """One summary row per scope and province (since 1 July 2025 with ``rollup``, with the provinces before it):
    a province-wide target is never a peer of a sub-organisation's figure."""
    provinces: OrderedDict[tuple[str, str], dict] = OrderedDict()
    for r in sorted(
        rows, key=lambda r: (r.scope != "province", (r.province_2025 if rollup else r.province) or "~", r.kind)
    ):
        name = (r.province_2025 if rollup else r.province) or "—"
        p = provinces.setdefault(
            (r.scope, name), {"name": name, "scope": r.scope, "targets": [], "statistics": [], "before": set()}
        )
        (p["targets"] if r.kind == "target" else p["statistics"]).append(r)
        if rollup and r.province and r.province != name:
            p["before"].add(r.province)
    return list(provinces.values())


def _province_map(map_rows: list, which: str, filters: Filters, compare_url) -> dict:
    """The province map of ``which`` (P.MAPS) with a tile per province linking to the page filtered to it, and
    the links to the other maps."""

    def tile_url(name: str) -> str:
        return compare_url(dataclasses.replace(filters, province=name)) + "#summary"

    province_map = P.province_map(map_rows, which, numbers.value_text, tile_url)
    province_map["switch"] = [(k, names, compare_url(filters, k)) for k, names in P.MAPS.items()]
    province_map["chosen"] = filters.provinces or set()
    return province_map


@router.get("/api")
def api_page():
    return render_page("api.html")
