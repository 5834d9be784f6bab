"""The graph views and the chart, served for the pages' <iframe> and <img> elements.

They come from :mod:`phancong.views.kinds` (standalone offline HTML with vis-network inlined, and an SVG chart);
a view is served with a Content-Security-Policy that sandboxes it and forbids any fetch.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from starlette.responses import HTMLResponse, Response

from ..sparql.catalogue import named_query, run_query
from .context import WebContext, context
from .entities import iri_term, resolve_indicator
from .facets import Filters, facet_values, keep
from .pages import require_iri
from .render import page_url

router = APIRouter(prefix="/view", include_in_schema=False)


def _viz():
    try:
        from ..views import kinds as viz
    except ImportError as exc:  # the viz module is missing or broken: say so, the rest of the site works
        raise HTTPException(503, f"graph views are not available: {exc}") from None
    return viz


def _source_href(iri: str) -> str | None:
    return page_url("source", iri)


@router.get("/chain")
def chain_view(task: str | None = None, ctx: WebContext = Depends(context)):
    task = require_iri(task, "task")
    try:
        chain = ctx.kg.chain(task)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    return HTMLResponse(_viz().render_chain_html(chain, source_href=_source_href))


@router.get("/body")
def body_view(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    try:
        return HTMLResponse(_viz().render_body_html(ctx.kg, iri, source_href=_source_href))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/document")
def document_view(iri: str | None = None, ctx: WebContext = Depends(context)):
    iri = require_iri(iri)
    try:
        return HTMLResponse(_viz().render_document_html(ctx.kg, iri, source_href=_source_href))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/compare.svg")
def compare_svg(
    indicator: str = Query(..., min_length=1),
    rollup: bool = False,
    province: str = "",
    year: str = "",
    doctype: str = "",
    bodytype: str = "",
    ctx: WebContext = Depends(context),
):
    """The chart of /compare, with the same facets (the figures the page's table shows)."""
    viz = _viz()
    filters = Filters(province=province.strip(), year=year.strip(), doctype=doctype.strip(), bodytype=bodytype.strip())
    try:
        iri = resolve_indicator(ctx.store, ctx.kg, indicator)
        rows = ctx.kg.compare(iri, rollup=rollup, all_figures=True)  # the chart plots every figure
        if filters.province:
            filters = dataclasses.replace(filters, provinces=frozenset(ctx.kg.provinces(filters.province)))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    if filters.active() and rows:
        values = facet_values(ctx.store, [r.figure for r in rows])
        rows = keep(rows, lambda r: values.get(r.figure, {}), filters)
    title = (
        next(
            (
                r["label"]
                for r in run_query(ctx.store, named_query("web/indicator-label"), {"indicator": iri_term(iri)})
            ),
            None,
        )
        or iri
    )
    with tempfile.TemporaryDirectory(prefix="phancong-chart-") as d:
        path = viz.compare_chart(rows, Path(d) / "chart.svg", title=title)
        svg = Path(path).read_bytes()
    return Response(svg, media_type="image/svg+xml")
