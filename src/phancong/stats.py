"""Graph analytics of the responsibility graph (networkx): ``phancong stats``.

- tasks per body by role (lead = chủ trì, coordinate = phối hợp, implement, monitor);
- the bodies carrying the most lead roles;
- betweenness of bodies on responsibility chains: the graph task → body (by role),
  body → partner, body → the body it reports to, is accountable to or is an organ of;
  a body with high betweenness sits on many task-to-committee paths;
- orphan tasks: tasks no body is assigned to;
- the document citation / implementation graph: its edges and in-degree.

Inputs come from the catalogue (queries/responsibility-edges.rq, tasks-without-lead.rq,
documents-citing.rq with no document bound = every reference).

>>> s = compute_stats(kg)                                                  # doctest: +SKIP
>>> s.top_leads[0]["body_label"]                                           # doctest: +SKIP
'Ban Tổ chức Tỉnh ủy Tuyên Quang'
"""

from __future__ import annotations

import textwrap
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from .views.tables import TABLE_WIDTH, table_lines
from .vocab import role_slugs

__all__ = ["Stats", "compute_stats", "format_stats", "responsibility_graph"]

EXACT_BETWEENNESS_UP_TO = 5000  # nodes; above, betweenness is estimated from a seeded sample of sources


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Stats:
    tasks_per_body: list[dict[str, Any]] = field(default_factory=list)
    top_leads: list[dict[str, Any]] = field(default_factory=list)
    betweenness: list[dict[str, Any]] = field(default_factory=list)
    orphan_tasks: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    cited: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def responsibility_graph(rows: list[dict[str, Any]]) -> nx.DiGraph:
    """Rows of responsibility-edges.rq -> DiGraph; nodes carry ``label`` and ``kind`` (task | body),
    edges ``relations`` (set of relation names)."""
    g = nx.DiGraph()
    for r in rows:
        rel = _local(r["relation"])
        a, b = r["from"], r["to"]
        if a == b:
            continue
        g.add_node(a, label=r.get("fromLabel") or a, kind="task" if rel in role_slugs() else "body")
        g.add_node(b, label=r.get("toLabel") or b, kind="body")
        if g.has_edge(a, b):
            g[a][b]["relations"].add(rel)
        else:
            g.add_edge(a, b, relations={rel})
    return g


def compute_stats(kg, *, top: int = 10) -> Stats:
    """The analytics over a :class:`~phancong.api.KnowledgeGraph` (or anything with ``.store``)."""
    from .sparql.catalogue import run_query

    store = kg.store
    rows = run_query(store, "responsibility-edges")
    g = responsibility_graph(rows)
    tasks_per_body, assignments = _tasks_per_body(rows)
    top_leads = sorted((r for r in tasks_per_body if r["lead"]), key=lambda r: (-r["lead"], r["body_label"]))[:top]
    orphans = [
        {"task": r["task"], "task_label": r["taskLabel"], "document": r.get("documentLabel")}
        for r in run_query(store, "tasks-without-lead")
        if not r.get("assignments")
    ]
    cg, citations = _citation_graph(run_query(store, "documents-citing"))
    cited = sorted(
        ({"document": n, "document_label": cg.nodes[n]["label"], "in_degree": d} for n, d in cg.in_degree() if d),
        key=lambda r: (-r["in_degree"], r["document_label"]),
    )[:top]
    totals = {
        "tasks_assigned": sum(1 for n, k in g.nodes(data="kind") if k == "task"),
        "bodies": sum(1 for n, k in g.nodes(data="kind") if k == "body"),
        "assignments": assignments,
        "orphan_tasks": len(orphans),
        "documents_in_citation_graph": cg.number_of_nodes(),
        "citations": cg.number_of_edges(),
    }
    return Stats(
        tasks_per_body=tasks_per_body,
        top_leads=top_leads,
        betweenness=_betweenness(g, top),
        orphan_tasks=orphans,
        citations=citations,
        cited=cited,
        totals=totals,
    )


def _tasks_per_body(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """(one record per body: its tasks by role and in all, most tasks first; the number of assignments)."""
    per_body: dict[str, dict[str, Any]] = {}
    seen: set[tuple[str, str, str]] = set()
    for r in rows:
        rel = _local(r["relation"])
        if rel not in role_slugs() or (r["task"], rel, r["to"]) in seen:
            continue
        seen.add((r["task"], rel, r["to"]))
        rec = per_body.setdefault(
            r["to"],
            {
                "body": r["to"],
                "body_label": r.get("toLabel") or r["to"],
                **{role: 0 for role in role_slugs()},
                "tasks": set(),
            },
        )
        rec[rel] += 1
        rec["tasks"].add(r["task"])
    tasks_per_body = []
    for rec in per_body.values():
        rec = dict(rec, total=len(rec["tasks"]))
        del rec["tasks"]
        tasks_per_body.append(rec)
    tasks_per_body.sort(key=lambda r: (-r["total"], -r["lead"], r["body_label"]))
    return tasks_per_body, len(seen)


def _betweenness(g: nx.DiGraph, top: int) -> list[dict[str, Any]]:
    """The ``top`` bodies by betweenness on the responsibility graph (estimated from a seeded sample above
    :data:`EXACT_BETWEENNESS_UP_TO` nodes)."""
    if len(g) > EXACT_BETWEENNESS_UP_TO:
        between = nx.betweenness_centrality(g, k=min(len(g), 1000), seed=7, normalized=True)
    else:
        between = nx.betweenness_centrality(g, normalized=True)
    return sorted(
        (
            {
                "body": n,
                "body_label": g.nodes[n]["label"],
                "betweenness": round(v, 6),
                "chains_through": _paths_through(g, n),
            }
            for n, v in between.items()
            if g.nodes[n]["kind"] == "body" and v > 0
        ),
        key=lambda r: (-r["betweenness"], r["body_label"]),
    )[:top]


def _citation_graph(refs: list[dict[str, Any]]) -> tuple[nx.DiGraph, list[dict[str, Any]]]:
    """(the citation graph of documents-citing's rows, one record per citation)."""
    cg = nx.DiGraph()
    citations = []
    listed: set[tuple[str, str, str]] = set()
    for r in refs:  # one row per (citing, relation, cited): a document may carry several labels or references
        rel = _local(r["relation"])
        if (r["citing"], rel, r["document"]) in listed:
            continue
        listed.add((r["citing"], rel, r["document"]))
        for n, lbl in ((r["citing"], r.get("citingLabel")), (r["document"], r.get("documentLabel"))):
            if n not in cg or (lbl and lbl < cg.nodes[n]["label"]):  # the same label whatever the row order
                cg.add_node(n, label=lbl or n)
        cg.add_edge(r["citing"], r["document"])
        citations.append(
            {
                "citing": r["citing"],
                "citing_label": cg.nodes[r["citing"]]["label"],
                "relation": rel,
                "document": r["document"],
                "document_label": cg.nodes[r["document"]]["label"],
            }
        )
    return cg, citations


def _paths_through(g: nx.DiGraph, body: str) -> int:
    """How many tasks have a responsibility chain (a path task → ... → committee) passing through ``body``
    as an intermediate: tasks that reach it and from which it reaches further."""
    if not any(True for _ in g.successors(body)):
        return 0
    return sum(1 for n in nx.ancestors(g, body) if g.nodes[n].get("kind") == "task")


def format_stats(stats: Stats) -> str:
    """The analytics as plain-text tables."""
    out: list[str] = []

    def table(title: str, rows: list[dict], cols: list[str]) -> None:
        out.append(f"\n{title}")
        if not rows:
            out.append("  (none)")
            return
        out.extend(table_lines(rows, cols, indent="  "))

    totals = "Totals: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.totals.items())
    out.extend(textwrap.wrap(totals, TABLE_WIDTH, subsequent_indent="  "))
    table(
        "Tasks per body by role / Nhiệm vụ theo cơ quan và vai trò",
        stats.tasks_per_body,
        ["body_label", *role_slugs(), "total"],
    )
    table("Most lead roles / Cơ quan chủ trì nhiều nhất", stats.top_leads, ["body_label", "lead", "total"])
    table(
        "Bodies on most responsibility chains (betweenness) / Cơ quan nằm trên nhiều chuỗi trách nhiệm",
        stats.betweenness,
        ["body_label", "betweenness", "chains_through"],
    )
    table("Orphan tasks (no body) / Nhiệm vụ chưa có cơ quan phụ trách", stats.orphan_tasks, ["task_label", "document"])
    table(
        "Document references / Quan hệ giữa các văn bản",
        stats.citations,
        ["citing_label", "relation", "document_label"],
    )
    table(
        "Most referenced documents (in-degree) / Văn bản được dẫn nhiều nhất",
        stats.cited,
        ["document_label", "in_degree"],
    )
    return "\n".join(out).lstrip("\n")
