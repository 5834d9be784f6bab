"""The query catalogue pages: every queries/*.rq with its header, runnable with a form.

Form values are bound to the query's variables (``run_query`` → SEP-0007 substitutions), never pasted
into its text: ``?task`` in the query is the form field ``task``. A name or words given for an IRI
parameter are resolved to an IRI first (``KnowledgeGraph.run_catalogue``), and the page says which; the
result table shows each IRI by its name, linked to its page.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request

from ..rdf.iri import looks_like_iri
from ..sparql.catalogue import catalogue
from ..store.embedded import StoreError
from .context import WebContext, context
from .render import render_page

router = APIRouter(include_in_schema=False)


def _queries() -> dict[str, object]:
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
    values = {k: given.get(k, q.defaults.get(k, "")) for k in q.params} if not run else \
        {k: given.get(k, "") for k in q.params}
    columns, rows, boolean, error, truncated, resolved, names = [], [], None, None, False, [], {}
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
                truncated = len(result) > ctx.max_results
                rows = [[r.get(c) for c in columns] for r in result[: ctx.max_results]]
            else:  # CONSTRUCT / DESCRIBE: triples
                columns = ["subject", "predicate", "object"]
                rows = [[str(t.subject), str(t.predicate), str(t.object)] for t in result[: ctx.max_results]]
                truncated = len(result) > ctx.max_results
            names = ctx.kg.labels({v for row in rows for v in row if isinstance(v, str) and looks_like_iri(v)})
    status = 400 if error else 200
    return render_page("query.html", status, q=q, values=values, run=run, columns=columns, rows=rows,
                       boolean=boolean, error=error, truncated=truncated, max_results=ctx.max_results,
                       resolved=resolved, names=names)
