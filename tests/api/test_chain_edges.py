"""chain asks for the edges of a task and the labels of their ends apart (queries/internal/chain-edges.rq and
internal/label-of.rq): what it answers is what the catalogue's responsibility-chain.rq says, for every task."""

from __future__ import annotations

from rdflib import URIRef

from phancong.api import KnowledgeGraph, _local
from phancong.sparql.catalogue import named_query, run_query


def test_the_chain_of_every_task_is_the_catalogue_querys_edges_with_their_labels(kg: KnowledgeGraph):
    tasks = sorted({iri for (iri,) in kg.store.index.db.execute("SELECT iri FROM entries WHERE kind = 'task'")})
    assert len(tasks) > 20
    query = named_query("responsibility-chain")
    edges = 0
    for task in tasks:
        rows = run_query(kg.store, query, {"task": URIRef(task)})
        want = {(r["from"], r.get("fromLabel"), _local(r["relation"]), r["to"], r.get("toLabel")) for r in rows}
        chain = kg.chain(task)
        got = {(e.source, e.source_label, e.relation, e.target, e.target_label) for e in chain.edges}
        assert got == want, task
        assert chain.task_label == next(r["fromLabel"] for r in rows if r["from"] == task)
        edges += len(got)
    assert edges > len(tasks)
