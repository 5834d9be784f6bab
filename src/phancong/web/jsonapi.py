"""The JSON API for the three questions (described at /openapi.json).

- ``GET /api/owner?q=WORDS&province=...`` which body owns the task(s) best matching the words
- ``GET /api/chain?task=IRI_OR_WORDS`` the responsibility chain of a task
- ``GET /api/compare?indicator=SLUG_IRI_OR_WORDS&rollup=true`` one indicator across provinces (one row per province,
  scope and subject; ``all=true``: every figure; ``province``, ``year``, ``document_type`` narrow it)
- ``GET /api/search?q=WORDS&kind=task&province=...&year=...&offset=0`` the text index, paged
- ``GET /api/indicators`` indicators with figures
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from . import entities as E
from .context import WebContext, context

router = APIRouter(prefix="/api", tags=["questions"])


class OwnerOut(BaseModel):
    task: str = Field(description="IRI of the task")
    task_label: str
    body: str | None = Field(None, description="IRI of the body; none when no body is named for the task")
    body_label: str | None = None
    role: str | None = Field(
        None,
        description="lead (chủ trì) | coordinate (phối hợp) | implement (thực hiện) | "
        "monitor; none when no body is named for the task",
    )
    role_label: str | None = None
    partners: list[str] = Field(default_factory=list, description="bodies it works with (phối hợp với)")
    document: str | None = None
    document_label: str | None = None
    province: str | None = None
    evidence: str | None = Field(None, description="the sentence the assignment was read from")
    source: str | None = None
    rank: int = Field(1, description="the task's place among the tasks matching the words (1 = the best match)")
    match: Literal["phrase", "all words", "some words"] | None = Field(
        None,
        description="how the task matched: the words as typed, every word in any order, or some of them "
        "(never stop words such as 'Đảng' or 'tỉnh' alone); none for a task given by its IRI",
    )
    inherited: bool = Field(
        False,
        description="the task names no body: the lead the document gives its "
        "implementation as a whole (the evidence is that clause)",
    )
    status: str | None = Field(None, description="assigned (a duty) | reported (an action reported as done)")
    answer: Literal["named", "inherited", "none"] = Field(
        "named",
        description="named: a body is named for the task; inherited: from the document's clause; none: no "
        "body is named for the task (the document and its issuer are given)",
    )
    lead_recorded: bool = Field(True, description="false: no lead (chủ trì) is recorded for the task")
    issuer: str | None = Field(None, description="the document's issuer (with answer none)")
    issuer_label: str | None = None


class OwnerAnswer(BaseModel):
    q: str
    province: str | None = None
    rows: list[OwnerOut]


class EdgeOut(BaseModel):
    source: str
    source_label: str | None = None
    relation: str = Field(
        description="lead, coordinate, implement, monitor, partner, reportsTo, accountableTo, "
        "subOrganizationOf, taskGroup, document, issuer"
    )
    target: str
    target_label: str | None = None
    evidence: str | None = None


class ChainOut(BaseModel):
    task: str
    task_label: str | None = None
    edges: list[EdgeOut]


class CompareOut(BaseModel):
    kind: Literal["target", "statistic"]
    province: str | None = None
    province_2025: str | None = None
    document: str | None = None
    subject: str | None = None
    comparator: str | None = None
    value: float
    upper: float | None = None
    unit: str | None = None
    deadline: int | None = None
    period: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    as_of: str | None = None
    evidence: str | None = None
    figure: str
    source: str | None = None
    indicator: str | None = Field(None, description="the figure's indicator (a narrower one of the indicator asked)")
    scope: Literal["province", "sub-organisation"] = Field(
        "province",
        description="whose figure: the province as a whole, or a sub-organisation (a bloc committee, a "
        "sector); rows of the two are never peers",
    )
    population: str | None = Field(None, description="who or what is counted")
    source_title: str | None = None
    status: Literal["met", "on track", "behind", "no data"] | None = Field(
        None,
        description="a target against the statistics on the same indicator, subject, unit and period "
        "(none for a statistic)",
    )
    status_basis: str | None = Field(None, description="the figures the status was computed from")
    compared_with: list[str] = Field(default_factory=list, description="IRIs of those statistics")
    result_value: float | None = Field(
        None,
        description="(one row per group) the latest result: the latest statistic "
        "the target was read against, else the group's latest",
    )
    result_comparator: str | None = None
    result_unit: str | None = None
    result_as_of: str | None = None
    result_figure: str | None = Field(None, description="IRI of that statistic")
    figures: int | None = Field(
        None, description="(one row per group) how many figures the group holds (all=true lists them)"
    )


class CompareAnswer(BaseModel):
    indicator: str = Field(description="IRI of the indicator")
    rollup: bool = Field(description="provinces named by their unit since 1 July 2025")
    scope: Literal["all", "province"] = Field("all", description="all figures, or only those of a province as a whole")
    all: bool = Field(False, description="one row per figure; else one row per province, scope and subject")
    province: str | None = None
    year: int | None = None
    document_type: str | None = None
    rows: list[CompareOut]


class HitOut(BaseModel):
    iri: str
    kind: str
    label: str = Field(description="the label that matched (a body's or document's other names count too)")
    rank: int = Field(description="place among all the hits of the search, paging included (1 = the best match)")
    match: Literal["phrase", "all words", "some words"] = Field(
        description="the words as typed (adjacent, in order), every word in any order, or (only when no hit has "
        "them all) some of them, never stop words such as 'Đảng' or 'tỉnh' alone"
    )


class SearchAnswer(BaseModel):
    q: str
    province: str | None = None
    year: int | None = None
    offset: int
    limit: int
    hits: list[HitOut]
    more: bool = Field(description="there may be more hits: ask again with offset + limit")


class IndicatorOut(BaseModel):
    indicator: str
    slug: str
    label: str | None = None
    label_en: str | None = None
    targets: int
    statistics: int


class Problem(BaseModel):
    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "nothing matches"}}


@router.get(
    "/owner",
    response_model=OwnerAnswer,
    responses=NOT_FOUND,
    summary="Which body owns the task? / Cơ quan nào phụ trách nhiệm vụ?",
)
async def owner(
    q: str = Query(..., min_length=1, description="words of the task, with or without diacritics, or a task IRI"),
    province: str | None = Query(None, description="only tasks of this province (diacritics optional)"),
    limit: int = Query(5, ge=1, le=50, description="at most this many tasks"),
    ctx: WebContext = Depends(context),
):
    def answer():
        try:
            rows = ctx.kg.owner(q, province=province, limit=limit)
        except LookupError as exc:  # an unknown province: the message lists the names
            return str(exc)
        if not rows:
            return f"no task matches {q!r}"
        return OwnerAnswer(q=q, province=province, rows=[OwnerOut(**r.to_record()) for r in rows])

    key = ("owner", q, province, limit)  # the same words, the same answer, until the store changes
    out = ctx.answers.get(key)
    if out is None:
        generation = ctx.answers.generation
        out = await run_in_threadpool(answer)
        ctx.answers.put(key, out, 1024, generation)
    if isinstance(out, str):
        raise HTTPException(404, out)
    return out


@router.get(
    "/chain",
    response_model=ChainOut,
    responses=NOT_FOUND,
    summary="The responsibility chain of a task / Chuỗi trách nhiệm của nhiệm vụ",
)
def chain(
    task: str = Query(..., min_length=1, description="task IRI, or words for the best matching task"),
    ctx: WebContext = Depends(context),
):
    try:
        c = ctx.kg.chain(task)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    return ChainOut(task=c.task, task_label=c.task_label, edges=[EdgeOut(**e.to_record()) for e in c.edges])


@router.get(
    "/compare",
    response_model=CompareAnswer,
    responses=NOT_FOUND,
    summary="Compare one indicator across provinces / So sánh chỉ tiêu giữa các tỉnh",
)
def compare(
    indicator: str = Query(..., min_length=1, description="slug (party-members-rated-good), IRI or words"),
    rollup: bool = Query(False, description="name provinces by their unit since 1 July 2025"),
    scope: Literal["all", "province"] = Query(
        "all", description="all figures (each row says its scope), or only those of a province as a whole"
    ),
    all: bool = Query(
        False,
        description="one row per figure (every target and statistic); by default one "
        "row per province, scope and subject: the latest target (else "
        "statistic) with its status and the latest result",
    ),
    province: str | None = Query(
        None, description="only this province's figures: a name before or since 1 July 2025 (diacritics optional)"
    ),
    year: int | None = Query(
        None, ge=1900, le=2100, description="only targets of documents issued that year (statistics stay)"
    ),
    document_type: str | None = Query(
        None,
        pattern=r"^[a-z0-9-]+$",
        max_length=60,
        description="only targets of documents of this type (a slug: plan, resolution, scheme ...; statistics stay)",
    ),
    ctx: WebContext = Depends(context),
):
    try:
        iri = E.resolve_indicator(ctx.store, ctx.kg, indicator)
        rows = ctx.kg.compare(
            iri, rollup=rollup, scope=scope, all_figures=all, province=province, year=year, document_type=document_type
        )
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    return CompareAnswer(
        indicator=iri,
        rollup=rollup,
        scope=scope,
        all=all,
        province=province,
        year=year,
        document_type=document_type,
        rows=[CompareOut(**r.to_record()) for r in rows],
    )


@router.get("/search", response_model=SearchAnswer, responses=NOT_FOUND, summary="Search the text index / Tìm theo từ")
def search(
    q: str = Query(..., min_length=1, description="words, with or without diacritics"),
    kind: list[Literal["task", "body", "document", "indicator", "target", "statistic"]] | None = Query(None),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0, le=100_000, description="skip this many"),
    province: str | None = Query(
        None, description="only hits of this province: a name before or since 1 July 2025 (diacritics optional)"
    ),
    year: int | None = Query(None, ge=1900, le=2100, description="only hits whose document was issued that year"),
    ctx: WebContext = Depends(context),
):
    try:
        hits = ctx.search(q, tuple(kind) if kind else None, limit + 1, offset=offset, province=province, year=year)
    except LookupError as exc:  # an unknown province: the message lists the names
        raise HTTPException(404, str(exc)) from None
    return SearchAnswer(
        q=q,
        province=province,
        year=year,
        offset=offset,
        limit=limit,
        more=len(hits) > limit,
        hits=[
            HitOut(iri=h.iri, kind=h.kind, label=h.label, rank=offset + n, match=h.match)
            for n, h in enumerate(hits[:limit], 1)
        ],
    )


@router.get("/indicators", response_model=list[IndicatorOut], summary="Indicators with targets or statistics")
def indicators(ctx: WebContext = Depends(context)):
    return [
        IndicatorOut(
            indicator=r["indicator"],
            slug=r["slug"],
            label=r.get("label"),
            label_en=r.get("labelEn"),
            targets=r["targets"],
            statistics=r["statistics"],
        )
        for r in E.indicators(ctx.store)
    ]
