"""The query catalogue pages: every queries/*.rq with its header, runnable with a form.

Results come in pages (``page``, ``per``: the total is counted, nothing is cut off), each downloadable as
CSV or JSON (``format=csv|json``: the rows of that page, with the names shown beside the IRIs), and the
page's address is its permalink. Form values are bound to the query's variables (``run_query`` →
SEP-0007 substitutions), never pasted into its text: ``?task`` in the query is the form field ``task``.
A name or words given for an IRI parameter are resolved to an IRI first (``KnowledgeGraph.run_catalogue``),
and the page says which; the result table shows each IRI by its name, linked to its page.
"""

from __future__ import annotations

import csv
import io
import json

from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.responses import Response

from ..rdf.iri import looks_like_iri
from ..sparql.catalogue import Query, catalogue
from ..store.embedded import StoreError
from .context import WebContext, context
from .paging import PER_PAGE, BadPage, page_params, pager
from .render import render_page

router = APIRouter(include_in_schema=False)


def _queries() -> dict[str, Query]:
    return {q.name: q for q in catalogue(include_checks=True)}


@router.get("/queries")
def queries_page():
    qs = list(_queries().values())
    return render_page("queries.html", queries=qs)


@router.get("/queries/{name}")
def query_page(name: str, request: Request, ctx: WebContext = Depends(context)):
    q = _queries().get(name)
    if q is None:
        raise HTTPException(404, f"Không có truy vấn “{name}” trong danh mục (no such query in the catalogue)")
    given = {k: v.strip() for k, v in request.query_params.items() if k in q.params}
    run = "run" in request.query_params
    values = (
        {k: given.get(k, q.defaults.get(k, "")) for k in q.params}
        if not run
        else {k: given.get(k, "") for k in q.params}
    )
    try:
        page, per = page_params(request.query_params.get("page"), request.query_params.get("per"), ctx.max_results)
    except BadPage as exc:
        raise HTTPException(400, str(exc)) from None
    page, per = page or 1, per or PER_PAGE
    fmt = request.query_params.get("format", "").strip().lower() or None
    if fmt not in (None, "csv", "json"):
        raise HTTPException(400, f"'format' is csv or json, not “{fmt[:20]}”")
    columns, rows, boolean, error, resolved, names, total = [], [], None, None, [], {}, 0
    if run:
        params = {k: v for k, v in values.items() if v}
        try:
            result, resolved = ctx.kg.run_catalogue(q, params)
        except (StoreError, ValueError, LookupError) as exc:
            error = str(exc)
        else:
            if isinstance(result, bool):
                boolean = result
            elif result and isinstance(result[0], dict):
                columns = list(result[0].keys())
                total = len(result)
                rows = [[r.get(c) for c in columns] for r in result[(page - 1) * per : page * per]]
            else:  # CONSTRUCT / DESCRIBE: triples
                columns = ["subject", "predicate", "object"]
                total = len(result)
                rows = [
                    [str(t.subject), str(t.predicate), str(t.object)] for t in result[(page - 1) * per : page * per]
                ]
            names = ctx.kg.labels({v for row in rows for v in row if isinstance(v, str) and looks_like_iri(v)})
    if fmt is not None and run and not error:
        return _download(q.name, fmt, columns, rows, boolean, names, values, page, per, total)
    status = 400 if error else 200
    paging = (
        pager(
            f"/queries/{q.name}",
            {**{k: v for k, v in values.items()}, "run": 1},
            page=page,
            per=per,
            total=total,
            downloads=(("CSV", "csv"), ("JSON", "json")),
        )
        if run and not error
        else None
    )
    return render_page(
        "query.html",
        status,
        q=q,
        values=values,
        run=run,
        columns=columns,
        rows=rows,
        boolean=boolean,
        error=error,
        resolved=resolved,
        names=names,
        paging=paging,
    )


def _download(name, fmt, columns, rows, boolean, names, values, page, per, total) -> Response:
    """The rows of one page as CSV or JSON: each value as the page links it (the IRI), and beside each
    column that holds IRIs, the names the page shows for them (``column_label``)."""
    filename = f"{name}-page-{page}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"', "X-Total-Count": str(total)}
    labelled = [
        c
        for i, c in enumerate(columns)
        if c + "_label" not in columns
        and any(isinstance(r[i], str) and looks_like_iri(r[i]) and r[i] in names for r in rows)
    ]
    if fmt == "json":
        body = {
            "query": name,
            "params": {k: v for k, v in values.items() if v},
            "page": page,
            "per": per,
            "total": total,
            "columns": columns,
        }
        if boolean is not None:
            body["boolean"] = boolean
        else:
            body["rows"] = [dict(zip(columns, r, strict=True)) for r in rows]
            body["labels"] = {v: names[v] for r in rows for v in r if isinstance(v, str) and v in names}
        return Response(
            json.dumps(body, ensure_ascii=False, default=str, indent=1), media_type="application/json", headers=headers
        )
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    if boolean is not None:
        w.writerow(["boolean"])
        w.writerow(["true" if boolean else "false"])
    else:
        w.writerow([h for c in columns for h in ([c, c + "_label"] if c in labelled else [c])])
        for r in rows:
            w.writerow(
                [
                    x
                    for c, v in zip(columns, r, strict=True)
                    for x in (
                        [_cell(v), names.get(v, "") if isinstance(v, str) else ""] if c in labelled else [_cell(v)]
                    )
                ]
            )
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _cell(v) -> str:
    return "" if v is None else str(v)
