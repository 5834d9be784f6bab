"""/sparql of `phancong serve --endpoint URL` (phancong.web.sparql_remote): the engine's answers serialised as the
embedded endpoint's query workers serialise theirs, so a client gets the same bytes from either."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from phancong.web.sparql_answer import QueryFailed, QueryRequest, execute
from phancong.web.sparql_remote import RemotePool

BODY = "https://w3id.org/phancong/ontology#Body"
ASKS = {True: f"ASK {{ ?b a <{BODY}> }}", False: "ASK { ?b a <https://w3id.org/phancong/ontology#NoSuchClass> }"}


@pytest.fixture(scope="module")
def embedded(seed_store_path):
    return ox.Store.read_only(str(seed_store_path / "oxigraph"))


@pytest.fixture(scope="module")
def pool(remote_store):
    return RemotePool(remote_store, timeout=30)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("answer", [True, False])
def test_an_ask_over_an_engine_answers_the_same_bytes_as_over_the_embedded_store(embedded, pool, fmt, answer):
    req = QueryRequest(text=ASKS[answer], results_format=fmt, graph_format=None, max_results=10)
    status, body, media_type, count, _seconds = pool.run(req)
    assert (status, body, media_type, count) == execute(embedded, req)
    assert (b"true" in body) is answer


def test_an_ask_over_an_engine_without_an_accepted_results_format_is_refused(pool):
    req = QueryRequest(text=ASKS[True], results_format=None, graph_format="turtle", max_results=10)
    with pytest.raises(QueryFailed) as refused:
        pool.run(req)
    assert refused.value.status == 406
    assert refused.value.message.startswith("an ASK query answers in SPARQL JSON")
