"""The owners summary: what owner reads, kept by the build beside the text index.

Owner by words searched the text index in a few milliseconds and then spent most of its time in the SPARQL
that fetches the owners of the ten best tasks (queries/owner-of-task.rq with a VALUES block, and
queries/internal/task-context.rq for a task no body is named for): 30-55 ms p95 at 5M triples. So each
source's write also stores, in the same SQLite transaction as its index rows and the figures summary (the same
protocol: a source is whole or absent here as in the store, also after a kill), the triples those queries read:

- of each assignment (a subject of pc:task): its task, body, role, inherited, status and partners, and its
  evidence as (quoted text, source) pairs (oa:exact and pc:source of its evidence nodes, in the assignment's
  own graph, as the mapping writes them), one row per task it names;
- of each task (typed pc:Task, or named by an assignment of the graph): whether it is typed pc:Task, its
  document, province and evidence pairs;
- of any subject: rdfs:label, skos:prefLabel (with their language tags) and pc:issuer, counted over the graphs
  that state them, as the merged default graph holds a triple while one graph states it.

:meth:`OwnerSummary.owner_rows` and :meth:`OwnerSummary.context_rows` answer the two queries from those rows,
with their joins, OPTIONALs and GROUP BY. tests/store/test_owner_summary.py checks the answers agree with the
SPARQL on the seed store and on a synthetic corpus, after sources are replaced and removed too.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .figures import add_counted_entities, drop_counted_entities
from .ntlines import GraphLines, literal, node, value

__all__ = ["OwnerSummary", "OwnerFacts", "owner_facts_of_lines", "OWNER_COLUMNS", "CONTEXT_COLUMNS"]

_PC = "https://w3id.org/phancong/ontology#"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_TASK_CLASS = f"<{_PC}Task>"
_TASK = f"<{_PC}task>"
_EVIDENCE = f"<{_PC}evidence>"
_EXACT = "<http://www.w3.org/ns/oa#exact>"
_SOURCE = f"<{_PC}source>"
# an assignment's own triples, and a task's: predicate -> the name kept
_OF_ASSIGNMENT = {f"<{_PC}{n}>": n for n in ("task", "body", "role", "inherited", "status", "partner", "evidence")}
_OF_TASK = {f"<{_PC}{n}>": n for n in ("document", "province", "evidence", "taskGroup")}
# a body relation's node (pc:fromBody, pc:toBody, its evidence): the evidence of an edge of a chain
_OF_RELATION = {f"<{_PC}fromBody>": "fromBody", f"<{_PC}toBody>": "toBody"}
# the edges between bodies a chain follows
_BODY_EDGES = {
    f"<{_PC}reportsTo>": "reportsTo",
    f"<{_PC}accountableTo>": "accountableTo",
    "<http://www.w3.org/ns/org#subOrganizationOf>": "subOrganizationOf",
}
# the triples of an assignment, a task or a relation's node the summary keeps (pc:task apart)
_OWN_OF_SUBJECT = {p: n for p, n in {**_OF_ASSIGNMENT, **_OF_TASK, **_OF_RELATION}.items() if p != _TASK}
# the triples of any subject the queries read
_OF_ANY = {
    "<http://www.w3.org/2000/01/rdf-schema#label>": "label",
    "<http://www.w3.org/2004/02/skos/core#prefLabel>": "prefLabel",
    f"<{_PC}issuer>": "issuer",
    **_BODY_EDGES,
}

# the columns of queries/owner-of-task.rq and queries/internal/task-context.rq, in their order
OWNER_COLUMNS = (
    "task taskLabel body bodyLabel role roleLabel inherited status partners document documentLabel province "
    "provinceLabel evidence source"
).split()
CONTEXT_COLUMNS = "task taskLabel document documentLabel issuer issuerLabel provinceLabel evidence source".split()


@dataclass
class OwnerFacts:
    """A graph's rows of the owners summary."""

    assignments: list[tuple[str, str, str]]  # (task, assignment, its own values as JSON)
    tasks: list[tuple[str, str]]  # (task, its own values as JSON)
    relations: list[tuple[str, str, Any]]  # (from body, to body, the quoted text of the relation's evidence)
    entities: list[tuple[str, str, Any, str]]  # (subject, name, value, language tag or "")


def owner_facts_of_lines(lines: GraphLines) -> OwnerFacts:
    """The summary's rows of one graph, read off its lines (:class:`~phancong.store.ntlines.GraphLines`): of
    assignments and tasks, their evidence nodes', and the labels and issuers of any subject."""
    typed = {s for s, o in lines.of(_RDF_TYPE) if o[:-2].rstrip() == _TASK_CLASS}
    named = lines.of(_TASK)
    # assignments and tasks (typed, or named by an assignment), and the nodes of body relations, as written
    subjects = typed | {s for s, _o in named} | {o[:-2].rstrip() for _s, o in named}
    subjects.update(s for p in _OF_RELATION for s, _o in lines.of(p))
    own: dict[str, dict[str, list]] = {}  # subject -> name -> values
    tasks: set[str] = set()
    for s in typed:
        tasks.add(node(s))
        own.setdefault(node(s), {})["isTask"] = [True]
    entities: set[tuple[str, str, Any, str]] = set()
    for p, name in _OF_ANY.items():
        for s, o in lines.of(p):
            entities.add((node(s), name, *literal(o)[:2]))
    assignments: set[str] = set()
    for s, o in named:
        assignments.add(node(s))
        tasks.add(value(o))
        own.setdefault(node(s), {}).setdefault("task", []).append(value(o))
    for p, name in _OWN_OF_SUBJECT.items():
        for s, o in lines.of(p):
            if s in subjects:
                own.setdefault(node(s), {}).setdefault(name, []).append(value(o))
    evidence = {o[:-2].rstrip() for s, o in lines.of(_EVIDENCE) if s in subjects}
    for p, name in ((_EXACT, "exact"), (_SOURCE, "source")):
        for s, o in lines.of(p):
            if s in evidence:
                own.setdefault(node(s), {}).setdefault(name, []).append(value(o))

    def values(subject: str, names: Iterable[str]) -> str:
        v = own.get(subject, {})
        out = {n: sorted(set(v[n]), key=str) for n in names if v.get(n)}
        pairs = {
            (x, src)
            for ev in v.get("evidence", ())
            for x in own.get(ev, {}).get("exact", ())
            for src in own.get(ev, {}).get("source") or (None,)
        }
        if pairs:
            out["evidence"] = sorted(pairs, key=str)
        return json.dumps(out, ensure_ascii=False, sort_keys=True)

    a_rows = [
        (task, a, values(a, ("body", "role", "inherited", "status", "partner")))
        for a in assignments
        for task in set(own[a].get("task", ()))
    ]
    t_rows = [(task, values(task, ("isTask", "document", "province", "taskGroup"))) for task in tasks]
    relations = {
        (f, t, x)
        for q in own.values()
        for f in q.get("fromBody", ())
        for t in q.get("toBody", ())
        for ev in q.get("evidence", ())
        for x in own.get(ev, {}).get("exact", ())
    }
    return OwnerFacts(
        assignments=sorted(a_rows),
        tasks=sorted(t_rows),
        entities=sorted(entities, key=str),
        relations=sorted(relations, key=str),
    )


def _merge(into: dict[str, list], values: dict[str, list]) -> None:
    """The union of a subject's values stated by several graphs, as in the merged default graph."""
    for k, v in values.items():
        old = into.get(k)
        into[k] = v if old is None else sorted({*map(_hashable, old), *map(_hashable, v)}, key=str)


def _hashable(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


_NONE: tuple = (None,)


class OwnerSummary:
    """The summary's tables in the text index's database (written inside the index's transactions)."""

    TABLES = ("owner_assignments", "owner_tasks", "owner_entities", "owner_graphs", "owner_relations")

    def __init__(self, db: sqlite3.Connection, *, writable: bool):
        self.db = db
        if writable:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS owner_assignments(graph TEXT NOT NULL, task TEXT NOT NULL,
                    assignment TEXT NOT NULL, own TEXT NOT NULL, PRIMARY KEY (task, assignment, graph)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS owner_assignments_graph ON owner_assignments(graph);
                CREATE TABLE IF NOT EXISTS owner_tasks(graph TEXT NOT NULL, task TEXT NOT NULL, own TEXT NOT NULL,
                    PRIMARY KEY (task, graph)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS owner_tasks_graph ON owner_tasks(graph);
                CREATE TABLE IF NOT EXISTS owner_entities(s TEXT NOT NULL, p TEXT NOT NULL, o NOT NULL,
                    lang TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (s, p, o, lang)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS owner_graphs(graph TEXT PRIMARY KEY, entities TEXT NOT NULL)
                    WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS owner_relations(graph TEXT NOT NULL, from_body TEXT NOT NULL,
                    to_body TEXT NOT NULL, exact NOT NULL, PRIMARY KEY (from_body, to_body, exact, graph))
                    WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS owner_relations_graph ON owner_relations(graph);
                """
            )

    # -- writing (inside the index's begin()/commit(); completeness is the figures summary's flag)
    def replace(self, graph: str, facts: OwnerFacts | None) -> None:
        """Drop the graph's rows and add ``facts`` (``None``: not known; the index marks the summaries
        incomplete)."""
        drop_counted_entities(self.db, "owner", graph)
        self.db.execute("DELETE FROM owner_assignments WHERE graph = ?", (graph,))
        self.db.execute("DELETE FROM owner_tasks WHERE graph = ?", (graph,))
        self.db.execute("DELETE FROM owner_relations WHERE graph = ?", (graph,))
        if facts is None:
            return
        self.db.executemany(
            "INSERT INTO owner_relations(graph, from_body, to_body, exact) VALUES (?, ?, ?, ?)",
            [(graph, *r) for r in facts.relations],
        )
        self.db.executemany(
            "INSERT INTO owner_assignments(graph, task, assignment, own) VALUES (?, ?, ?, ?)",
            [(graph, *a) for a in facts.assignments],
        )
        self.db.executemany(
            "INSERT INTO owner_tasks(graph, task, own) VALUES (?, ?, ?)", [(graph, *t) for t in facts.tasks]
        )
        add_counted_entities(self.db, "owner", graph, facts.entities)

    def clear(self) -> None:
        for table in self.TABLES:  # not executescript: it commits
            self.db.execute(f"DELETE FROM {table}")

    def present(self) -> bool:
        """Whether the tables exist (an index written before the summary has none)."""
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'owner_assignments'").fetchone() is not None

    # -- reading
    def _own(self, table: str, key: str, tasks: list[str]) -> dict[str, dict[str, list]]:
        marks = ",".join("?" * len(tasks))
        out: dict[str, dict[str, list]] = {}
        for k, data in self.db.execute(f"SELECT {key}, own FROM {table} WHERE task IN ({marks})", tasks):
            _merge(out.setdefault(k, {}), json.loads(data))
        return out

    def _entities(self, subjects: set[str]) -> _Entities:
        """The labels, preferred labels and issuers of ``subjects``, and the labels of those issuers."""
        wanted = sorted(subjects)
        marks = ",".join("?" * len(wanted))
        found: dict[str, dict[str, list]] = {}
        sql = (
            f"SELECT s, p, o, lang FROM owner_entities WHERE s IN ({marks}) UNION ALL "
            f"SELECT e.s, e.p, e.o, e.lang FROM owner_entities AS i JOIN owner_entities AS e ON e.s = i.o "
            f"WHERE i.p = 'issuer' AND i.s IN ({marks})"
        )
        for s, p, o, lang in self.db.execute(sql, wanted + wanted):
            found.setdefault(s, {}).setdefault(p, []).append((o, lang))
        return _Entities(found)

    def owner_rows(self, tasks: list[str]) -> list[dict[str, Any]]:
        """The rows queries/owner-of-task.rq gives for these tasks (a VALUES block), as the catalogue's runner
        gives them (an unbound column as None; ``partners`` joined by "; " in no particular order)."""
        if not tasks:
            return []
        by_assignment: dict[tuple[str, str], dict[str, list]] = {}
        marks = ",".join("?" * len(tasks))
        for task, a, data in self.db.execute(
            f"SELECT task, assignment, own FROM owner_assignments WHERE task IN ({marks})", tasks
        ):
            _merge(by_assignment.setdefault((task, a), {}), json.loads(data))
        own_of_task = self._own("owner_tasks", "task", tasks)
        linked = {v for a in by_assignment.values() for n in ("body", "role", "partner") for v in a.get(n, ())}
        linked |= {v for t in own_of_task.values() for n in ("document", "province") for v in t.get(n, ())}
        ent = self._entities(linked | set(tasks))
        groups: dict[tuple, set[tuple[Any, str]]] = {}
        for (task, _), a in by_assignment.items():
            t = own_of_task.get(task, {})
            head = [
                (task, tl, body, bl, role, rl)
                for tl in ent.values(task, "label")
                for body in a.get("body", ())
                for bl in ent.values(body, "label")
                for role in a.get("role", ())
                for rl in ent.values(role, "prefLabel", "vi") or _NONE
            ]
            if not head:
                continue
            # GROUP_CONCAT(DISTINCT COALESCE(?partnerLabel, "")): distinct terms (a text in two languages twice)
            partners = {x for p in a.get("partner", ()) for x in ent.values(p, "prefLabel")} or {("", "")}
            tail = list(
                itertools.product(
                    a.get("inherited") or _NONE,
                    a.get("status") or _NONE,
                    ent.pairs(t.get("document", ()), "label"),
                    ent.pairs(t.get("province", ()), "prefLabel", "vi"),
                    [tuple(e) for e in a.get("evidence", ())] or [(None, None)],
                )
            )
            for h in head:
                for inherited, status, doc, prov, ev in tail:
                    groups.setdefault((*h, inherited, status, *doc, *prov, *ev), set()).update(partners)
        rows = []
        for key, labels in groups.items():
            values = (*key[:8], "; ".join(v for v, _ in sorted(labels)), *key[8:])
            rows.append(dict(zip(OWNER_COLUMNS, (ent.plain(v) for v in values), strict=True)))
        return rows

    def context_rows(self, tasks: list[str]) -> list[dict[str, Any]]:
        """The rows queries/internal/task-context.rq gives for these tasks (a VALUES block)."""
        if not tasks:
            return []
        own_of_task = self._own("owner_tasks", "task", tasks)
        linked = {v for t in own_of_task.values() for n in ("document", "province") for v in t.get(n, ())}
        ent = self._entities(linked | set(tasks))
        rows = []
        for task in tasks:
            t = own_of_task.get(task, {})
            if not t.get("isTask"):
                continue
            docs = [
                (d, dl, i, il)
                for d, dl in ent.pairs(t.get("document", ()), "label")
                if d is not None
                for i, il in ent.pairs([x for x, _ in ent.get(d, "issuer")], "label")
            ] or [(None,) * 4]
            provinces = [pl for p in t.get("province", ()) for pl in ent.values(p, "prefLabel", "vi") or _NONE] or [
                None
            ]
            evidence = [tuple(e) for e in t.get("evidence", ())] or [(None, None)]
            for tl, doc, pl, ev in itertools.product(ent.values(task, "label"), docs, provinces, evidence):
                values = (task, tl, *doc, pl, *ev)
                rows.append(dict(zip(CONTEXT_COLUMNS, (_plain(v) for v in values), strict=True)))
        return rows

    def chain_rows(self, task: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """(the rows queries/internal/chain-edges.rq gives for ``task``, with the relation as an IRI; the label
        of each end and of the task, the least of its rdfs:labels, as internal/label-of.rq gives them)."""
        a_own = list(self._own("owner_assignments", "assignment", [task]).values())
        t = self._own("owner_tasks", "task", [task]).get(task, {})
        docs = t.get("document", [])
        marks = ",".join("?" * len(docs))
        issued = list(self.db.execute(f"SELECT s, o FROM owner_entities WHERE p = 'issuer' AND s IN ({marks})", docs))
        starts = sorted({b for a in a_own for b in a.get("body", ())} | {i for _, i in issued})
        out: dict[str, list[tuple[str, str]]] = {}  # body -> its edges (relation, to), the bodies it reaches
        sql = (
            "WITH RECURSIVE up(b) AS (SELECT value FROM json_each(?) UNION SELECT e.o FROM owner_entities AS e "
            "JOIN up ON e.s = up.b WHERE e.p IN ('reportsTo', 'accountableTo', 'subOrganizationOf')) "
            "SELECT e.s, e.p, e.o FROM owner_entities AS e JOIN up ON e.s = up.b "
            "WHERE e.p IN ('reportsTo', 'accountableTo', 'subOrganizationOf')"
        )
        for s, p, o in self.db.execute(sql, (json.dumps(starts),)):
            out.setdefault(s, []).append((p, o))
        rows: set[tuple[str, str, str, Any]] = set()
        for a in a_own:
            exacts = sorted({e[0] for e in a.get("evidence", ())}) or [None]
            rows |= {(task, r, b, x) for b in a.get("body", ()) for r in a.get("role", ()) for x in exacts}
            rows |= {(b, _PC + "partner", p, None) for b in a.get("body", ()) for p in a.get("partner", ())}
        bodies = {b for a in a_own for b in a.get("body", ())}
        reached = _reach(bodies, out, None) | bodies
        evidence: dict[tuple[str, str], list[Any]] = {}
        marks = ",".join("?" * len(reached))
        sql = f"SELECT from_body, to_body, exact FROM owner_relations WHERE from_body IN ({marks})"
        for f, to, x in self.db.execute(sql, sorted(reached)):
            evidence.setdefault((f, to), []).append(x)
        for f in reached:
            for p, to in out.get(f, ()):
                found = evidence.get((f, to)) if p != "subOrganizationOf" else None
                rows |= {(f, _IRI_OF[p], to, x) for x in sorted(set(found or [None]), key=str)}
        rows |= {(task, _PC + "taskGroup", g, None) for g in t.get("taskGroup", ())}
        rows |= {(task, _PC + "document", d, None) for d in docs}
        rows |= {(d, _PC + "issuer", i, None) for d, i in issued}
        for _, i in issued:
            rows |= {(i, _IRI_OF["subOrganizationOf"], to, None) for to in _reach({i}, out, "subOrganizationOf")}
        ends = {task} | {r[0] for r in rows} | {r[2] for r in rows}
        ent = self._entities(ends)
        labels = {e: min(v for v, _ in ent.get(e, "label")) for e in ends if ent.get(e, "label")}
        keys = ("task", "from", "relation", "to", "evidence")
        return [dict(zip(keys, (task, *r), strict=True)) for r in sorted(rows, key=str)], labels


_IRI_OF = {
    "reportsTo": _PC + "reportsTo",
    "accountableTo": _PC + "accountableTo",
    "subOrganizationOf": "http://www.w3.org/ns/org#subOrganizationOf",
}


def _reach(starts: set[str], edges: dict[str, list[tuple[str, str]]], only: str | None) -> set[str]:
    """The bodies reached from ``starts`` by one or more edges (of the relation ``only``, or of any)."""
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        for p, to in edges.get(todo.pop(), ()):
            if (only is None or p == only) and to not in seen:
                seen.add(to)
                todo.append(to)
    return seen


def _plain(v: Any) -> Any:
    """A value as the runner gives it (a label's language tag dropped)."""
    return v[0] if isinstance(v, tuple) else v


class _Entities:
    """subject -> name -> [(value, language)]"""

    def __init__(self, found: dict[str, dict[str, list]]):
        self.found = found

    def get(self, s: str, name: str) -> list[tuple[Any, str]]:
        return self.found.get(s, {}).get(name, [])

    def values(self, s: str, name: str, lang: str | None = None) -> list[tuple[Any, str]]:
        """The (value, language) of ``s``'s ``name``: kept as pairs, so that two labels of one text in two
        languages stay two terms, as in SPARQL's GROUP BY."""
        return [(v, tag) for v, tag in self.get(s, name) if lang is None or tag == lang]

    def pairs(self, subjects: Iterable[str], name: str, lang: str | None = None) -> list[tuple[Any, Any]]:
        """OPTIONAL { ?x :p ?s . OPTIONAL { ?s name ?label } }: (subject, label or None) for each; one
        (None, None) when there is no subject."""
        out: list[tuple[Any, Any]] = [(s, label) for s in subjects for label in self.values(s, name, lang) or _NONE]
        return out or [(None, None)]

    plain = staticmethod(_plain)
