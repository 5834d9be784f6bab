"""The HTML pages: home, search, task, body, document, source, compare, and /resource redirects.

Server-rendered; they work without JavaScript (only the embedded graph views need it).
"""

from __future__ import annotations

from collections import OrderedDict

from fastapi import APIRouter, Depends, HTTPException, Query
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse

from . import entities as E
from .context import WebContext, context
from .highlight import KINDS, render, source_spans
from .render import page_url, render_page, source_prefix

router = APIRouter(include_in_schema=False)

SEARCH_GROUPS = (("task", "Nhiệm vụ", "Tasks"), ("body", "Cơ quan", "Bodies"), ("document", "Văn bản", "Documents"),
                 ("indicator", "Chỉ tiêu so sánh", "Indicators"))


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
    return render_page("home.html", counts=E.counts(ctx.store), documents=E.documents(ctx.store)[:30],
                       indicators=E.indicators(ctx.store)[:12])


@router.get("/search")
async def search(q: str = "", ctx: WebContext = Depends(context)):
    q = q.strip()
    key = ("search page", q)
    body = ctx.answers.get(key)  # kept until the store changes
    if body is None:
        generation = ctx.answers.generation
        body = (await run_in_threadpool(_search_page, q, ctx)).body
        ctx.answers.put(key, body, len(body), generation)
    return HTMLResponse(body)


def _search_page(q: str, ctx: WebContext):
    groups = []
    if q:
        for kind, vi, en in SEARCH_GROUPS:
            hits = ctx.search(q, (kind,), 10)
            rows = []
            for h in hits:
                row = {"iri": h.iri, "label": h.label, "url": page_url(kind, h.iri), "extra": []}
                if kind != "task":
                    shown = E.display(ctx.store, h.iri)
                    row.update(label=shown["label"] or h.label, type=shown["type"], province=shown["province"],
                               matched=h.label if shown["label"] and h.label != shown["label"] else None)
                else:
                    owners = ctx.kg.owner(h.iri, limit=1)
                    if owners:
                        row["document"] = owners[0].document_label
                        row["province"] = owners[0].province
                        row["extra"] = [(o.role, o.body_label, o.body) for o in owners if o.body]
                rows.append(row)
            groups.append({"kind": kind, "vi": vi, "en": en, "rows": rows})
    total = sum(len(g["rows"]) for g in groups)
    return render_page("search.html", q=q, groups=groups, total=total)


@router.get("/resource")
def resource(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    kind, where = E.kind_of(ctx.store, iri)
    if kind is None:
        raise not_found("mục nào", "item", iri)
    if kind == "item":
        return RedirectResponse(page_url("source", where), status_code=303)
    return RedirectResponse(page_url(kind, iri), status_code=303)


@router.get("/task")
def task(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    t = E.task_detail(ctx.store, iri)
    if t is None:
        raise not_found("nhiệm vụ", "task", iri)
    owners = [o for o in ctx.kg.owner(iri) if o.body]  # without a body: "no body is named" (the page says so)
    by_role: OrderedDict[str, list] = OrderedDict()
    for o in sorted(owners, key=lambda o: (E.ROLE_ORDER.get(o.role, 9), o.body_label)):
        by_role.setdefault(o.role, []).append(o)
    try:
        chain = ctx.kg.chain(iri)
    except LookupError:
        chain = None
    return render_page("task.html", t=t, by_role=by_role, chain=chain,
                       chain_record=chain.to_record() if chain else None)


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


@router.get("/compare")
def compare(indicator: str = "", rollup: bool = Query(False), ctx: WebContext = Depends(context)):
    choices = E.indicators(ctx.store)
    indicator = indicator.strip()
    chosen, rows, error = None, [], None
    if indicator:
        try:
            ind_iri = E.resolve_indicator(ctx.store, ctx.kg, indicator)
        except LookupError:
            error = f"Không có chỉ tiêu nào khớp (no indicator matches) “{indicator}”."
        else:
            chosen = next((c for c in E.indicators(ctx.store, with_figures=False) if c["indicator"] == ind_iri),
                          {"indicator": ind_iri, "slug": E.local(ind_iri), "label": None, "labelEn": None})
            rows = ctx.kg.compare(ind_iri, rollup=False)
    # one summary row per scope and province: a province-wide target is never a peer of a sub-organisation's figure
    provinces: OrderedDict[tuple[str, str], dict] = OrderedDict()
    for r in sorted(rows, key=lambda r: (r.scope != "province", (r.province_2025 if rollup else r.province) or "~",
                                         r.kind)):
        name = (r.province_2025 if rollup else r.province) or "—"
        p = provinces.setdefault((r.scope, name), {"name": name, "scope": r.scope, "targets": [], "statistics": [],
                                                   "before": set()})
        (p["targets"] if r.kind == "target" else p["statistics"]).append(r)
        if rollup and r.province and r.province != name:
            p["before"].add(r.province)
    return render_page("compare.html", choices=choices, indicator=indicator, chosen=chosen, rows=rows, rollup=rollup,
                       provinces=list(provinces.values()), error=error,
                       rows_record=[r.to_record() for r in rows])


@router.get("/api")
def api_page():
    return render_page("api.html")
