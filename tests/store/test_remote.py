"""Running against a remote SPARQL 1.1 store: a real Oxigraph server (tests/remote_fixtures.py),
and small loopback HTTP servers for the ways an endpoint can misbehave (refuse, drop the
connection, answer with a web page)."""

from __future__ import annotations

import base64
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from phancong.api import KnowledgeGraph
from phancong.build import build
from phancong.store.remote import EndpointUnreachable, RemoteStore, RemoteStoreError

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
COPIES = 8  # 8 x the 5 seeds = 40 sources


def phancong(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command line as a user would (a hang guard, not a timing assertion: 120 s)."""
    return subprocess.run(
        [sys.executable, "-m", "phancong.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture(scope="module")
def many_sources(tmp_path_factory) -> Path:
    """40 sources: the seed articles copied 8 times under new names (c01-000_..., c02-000_...)."""
    out = tmp_path_factory.mktemp("many-sources")
    for k in range(1, COPIES + 1):
        for f in sorted(CORPUS.glob("*_*.*")):
            if f.name.endswith((".txt", ".meta.json")):
                shutil.copyfile(f, out / f"c{k:02d}-{f.name}")
    return out


# ------------------------------------------------------------------ the endpoint is down
def test_pointing_at_a_closed_port_gives_one_clear_line_naming_the_url_and_a_non_zero_exit(closed_port, tmp_path):
    url = f"http://127.0.0.1:{closed_port}/query"
    t0 = time.monotonic()
    done = phancong("owner", "x", "--endpoint", url, "--timeout", "2", env={"XDG_CACHE_HOME": str(tmp_path)})
    elapsed = time.monotonic() - t0
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [f"error: cannot reach SPARQL endpoint {url}: connection refused"], done.stderr
    assert done.stdout == ""
    print(f"closed port: answered in {elapsed:.2f} s with --timeout 2")  # measured, not asserted


def test_an_endpoint_never_reached_leaves_no_index_file_behind(closed_port, tmp_path):
    store = RemoteStore(f"http://127.0.0.1:{closed_port}/query", timeout=1, index_path=tmp_path / "index.sqlite")
    with pytest.raises(EndpointUnreachable, match="connection refused"):
        store.index.search("tong hop bao cao")
    assert not (tmp_path / "index.sqlite").exists()


@pytest.mark.slow
def test_a_server_killed_in_the_middle_of_a_build_fails_the_rest_by_name_and_a_rerun_completes(
    oxigraph_servers, many_sources, tmp_path
):
    data = tmp_path / "oxigraph"
    server = oxigraph_servers(data)
    store = RemoteStore(**server.endpoints(), timeout=2, index_path=tmp_path / "index.sqlite")

    def kill_after_three(i, n, res):
        if i == 3:
            server.kill()

    result = build([many_sources], store, progress=kill_after_three)
    assert len(result.sources) == 5 * COPIES
    assert all(s.ok for s in result.sources[:3])
    assert len(result.failed) == 5 * COPIES - 3
    for failed in result.failed:
        assert failed.path in failed.error
        assert f"cannot reach SPARQL endpoint {server.url}/" in failed.error, failed.error

    # the command line against the dead server: one line naming it, non-zero exit, no traceback
    done = phancong(
        "build",
        str(many_sources),
        *server.cli_args(),
        "--timeout",
        "1",
        "--quiet",
        "--index",
        str(tmp_path / "index.sqlite"),
    )
    assert done.returncode == 1
    assert f"cannot reach SPARQL endpoint {server.url}/" in done.stderr and "Traceback" not in done.stderr

    # restarted on the same data: the three sources written before the kill are there; a rerun completes
    again = oxigraph_servers(data)
    before = RemoteStore(**again.endpoints(), index_path=tmp_path / "other-index.sqlite").graphs()
    assert [g for g in before if "/source/" in g] == sorted(
        "https://w3id.org/phancong/id/source/" + s.source_id for s in result.sources[:3]
    )
    done = phancong("build", str(many_sources), *again.cli_args(), "--quiet", "--index", str(tmp_path / "index.sqlite"))
    assert done.returncode == 0, done.stderr
    assert f"built {5 * COPIES} of {5 * COPIES} sources into {again.query_url}" in done.stderr
    rebuilt = RemoteStore(**again.endpoints(), index_path=tmp_path / "index.sqlite")
    assert len([g for g in rebuilt.graphs() if "/source/" in g]) == 5 * COPIES
    tasks = {h.iri.split("/task/")[1].split("/")[0] for h in rebuilt.index.search("tong hop bao cao", ("task",), 50)}
    assert f"c{COPIES:02d}-001_71a5b6d91341e01c" in tasks  # the last copy is indexed too


# ------------------------------------------------------------------ parallel ingest
@pytest.mark.slow
def test_build_with_two_jobs_writes_byte_identical_graph_files_to_one_job(many_sources, oxigraph_servers, tmp_path):
    one = phancong(
        "build",
        str(many_sources),
        "--store",
        str(tmp_path / "store"),
        "--graph-dir",
        str(tmp_path / "g1"),
        "--jobs",
        "1",
        "--quiet",
    )
    assert one.returncode == 0, one.stderr
    server = oxigraph_servers()
    two = phancong(
        "build",
        str(many_sources),
        *server.cli_args(),
        "--index",
        str(tmp_path / "index.sqlite"),
        "--graph-dir",
        str(tmp_path / "g2"),
        "--jobs",
        "2",
        "--quiet",
    )
    assert two.returncode == 0, two.stderr
    files1 = sorted(p.name for p in (tmp_path / "g1").iterdir())
    assert len(files1) == 5 * COPIES
    assert files1 == sorted(p.name for p in (tmp_path / "g2").iterdir())
    for name in files1:
        assert (tmp_path / "g1" / name).read_bytes() == (tmp_path / "g2" / name).read_bytes(), name


# ------------------------------------------------------------------ choosing the store
def test_the_cli_answers_from_the_remote_store_as_from_the_embedded_one(
    oxigraph_server, remote_store, seed_store_path, tmp_path
):
    embedded = phancong("owner", "tong hop bao cao", "--store", str(seed_store_path), "--format", "json")
    remote = phancong(
        "owner",
        "tong hop bao cao",
        "--endpoint",
        oxigraph_server.query_url,
        "--index",
        str(tmp_path / "index.sqlite"),
        "--format",
        "json",
    )
    assert embedded.returncode == remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(embedded.stdout)
    assert json.loads(remote.stdout)[0]["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def test_the_endpoint_can_come_from_the_environment(oxigraph_server, remote_store, seed_store_path, tmp_path):
    env = {"PHANCONG_ENDPOINT": oxigraph_server.query_url, "PHANCONG_INDEX": str(tmp_path / "index.sqlite")}
    remote = phancong("compare", "party-members-rated-good", "--format", "json", env=env)
    embedded = phancong(
        "compare", "party-members-rated-good", "--format", "json", "--store", str(seed_store_path), env=env
    )  # an explicit --store wins over $PHANCONG_ENDPOINT
    assert remote.returncode == embedded.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(embedded.stdout)


def test_store_and_endpoint_together_is_an_error(oxigraph_server, tmp_path):
    done = phancong("owner", "x", "--store", str(tmp_path / "s"), "--endpoint", oxigraph_server.query_url)
    assert done.returncode == 1
    assert "either --store" in done.stderr


def test_export_and_check_run_on_the_remote_store(oxigraph_server, remote_store, kg, tmp_path):
    from phancong.check.integrity import run_checks

    out = tmp_path / "all.nq"
    done = phancong(
        "export",
        "--format",
        "nq",
        "-o",
        str(out),
        "--endpoint",
        oxigraph_server.query_url,
        "--index",
        str(tmp_path / "index.sqlite"),
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(remote_store)

    def findings(store):
        return sorted(
            (f.check, f.severity, f.message, f.resource or "")
            for f in run_checks(store, shacl=False, reasoner=False).findings
        )

    assert findings(remote_store) == findings(kg.store)


def test_a_second_machine_with_an_empty_index_finds_tasks_by_words(oxigraph_server, remote_store, tmp_path):
    kg = KnowledgeGraph.open(endpoint=oxigraph_server.query_url, index_path=tmp_path / "fresh.sqlite")
    assert kg.owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


A_LABEL = '<http://example.org/body> <http://www.w3.org/2000/01/rdf-schema#label> "Ban Tổ chức" .\n'
LABEL_QUERY = "SELECT ?l WHERE { <http://example.org/body> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
S1, S2 = "https://w3id.org/phancong/id/source/s1", "https://w3id.org/phancong/id/source/s2"


@pytest.mark.parametrize("union", [True, False], ids=["union-default-graph", "plain-default-graph"])
@pytest.mark.parametrize("writes", ["update", "gsp"])
def test_a_triple_two_sources_state_is_read_once_and_leaves_with_the_last_of_them(
    oxigraph_servers, tmp_path, union, writes
):
    """No union default graph is relied on: the queries read the merged graph, whatever the server's setting,
    and a write keeps it equal to the merge of the sources (SPARQL Update, or a graph store endpoint alone)."""
    server = oxigraph_servers(union=union)
    endpoints = (
        server.endpoints() if writes == "update" else {"endpoint": server.query_url, "gsp_endpoint": server.store_url}
    )
    store = RemoteStore(**endpoints, index_path=tmp_path / "index.sqlite")
    other = '<http://example.org/task> <http://www.w3.org/2000/01/rdf-schema#label> "nhiệm vụ" .\n'
    store.replace_ntriples(S1, A_LABEL + other)
    store.replace_ntriples(S2, A_LABEL)
    assert store.write_method == writes
    assert store.select(LABEL_QUERY) == [{"l": "Ban Tổ chức"}]  # once, not once per source
    assert len(store) == 3 and store.graphs() == [S1, S2]  # the merged graph is not one of phancong's graphs
    store.replace_ntriples(S1, A_LABEL)  # s1 no longer states the task's label
    assert store.select("SELECT ?l WHERE { <http://example.org/task> ?p ?l }") == []
    store.remove_graph(S1)
    assert store.select(LABEL_QUERY) == [{"l": "Ban Tổ chức"}]  # s2 still states it
    store.remove_graph(S2)
    assert store.select(LABEL_QUERY) == []


def test_a_store_written_without_the_merged_graph_gets_it_on_first_query_or_says_how(oxigraph_servers, tmp_path):
    server = oxigraph_servers()
    old = RemoteStore(server.query_url, gsp_endpoint=server.store_url, index_path=tmp_path / "i.sqlite")
    old._gsp("PUT", S1, A_LABEL.encode())  # as an older phancong wrote: the source graph alone
    old._gsp("PUT", S2, A_LABEL.encode())
    read_only = RemoteStore(server.query_url, index_path=tmp_path / "i2.sqlite")
    with pytest.raises(RemoteStoreError, match="without their merged graph.*--update-endpoint"):
        read_only.select(LABEL_QUERY)
    writable = RemoteStore(**server.endpoints(), index_path=tmp_path / "i3.sqlite")
    assert writable.select(LABEL_QUERY) == [{"l": "Ban Tổ chức"}]
    assert RemoteStore(server.query_url, index_path=tmp_path / "i4.sqlite").select(LABEL_QUERY) == [
        {"l": "Ban Tổ chức"}
    ]


# ------------------------------------------------------------------ writes
def test_without_a_working_graph_store_endpoint_writes_fall_back_to_sparql_update(oxigraph_servers, tmp_path):
    server = oxigraph_servers()
    store = RemoteStore(
        server.query_url, server.update_url, server.url + "/no-graph-store-here", index_path=tmp_path / "index.sqlite"
    )
    build([CORPUS], store)
    assert store.write_method == "update"
    assert KnowledgeGraph(store).owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def test_a_graph_store_endpoint_alone_can_write_replace_and_remove(oxigraph_servers, tmp_path):
    server = oxigraph_servers()
    store = RemoteStore(server.query_url, gsp_endpoint=server.store_url, index_path=tmp_path / "index.sqlite")
    g = "https://w3id.org/phancong/id/source/s1"
    store.replace_ntriples(g, '<http://example.org/a> <http://example.org/b> "first" .\n')
    store.replace_ntriples(g, '<http://example.org/a> <http://example.org/b> "second" .\n')
    assert store.write_method == "gsp"
    assert store.select("SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "second"}]
    store.remove_graph(g)
    assert store.select("SELECT ?o WHERE { ?s ?p ?o }") == []
    assert g not in store.graphs()
    store.remove_graph(g)  # already gone: nothing to do


def test_a_store_without_write_endpoints_says_how_to_write(oxigraph_server, tmp_path):
    store = RemoteStore(oxigraph_server.query_url, index_path=tmp_path / "index.sqlite")
    with pytest.raises(RemoteStoreError, match="read-only here: give an update endpoint"):
        store.replace_ntriples("https://w3id.org/phancong/id/source/x", "")


def test_a_failed_write_leaves_the_index_as_it_was(oxigraph_server, closed_port, tmp_path):
    index = tmp_path / "index.sqlite"
    good = RemoteStore(**oxigraph_server.endpoints(), index_path=index)
    rows_before = len(good.index)
    dead = RemoteStore(oxigraph_server.query_url, f"http://127.0.0.1:{closed_port}/update", timeout=1, index_path=index)
    task = (
        "<https://w3id.org/phancong/id/task/x/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/phancong/ontology#Task> .\n<https://w3id.org/phancong/id/task/x/1> "
        '<http://www.w3.org/2000/01/rdf-schema#label> "nhiệm vụ không được lưu" .\n'
    )
    with pytest.raises(EndpointUnreachable):
        dead.replace_ntriples("https://w3id.org/phancong/id/source/x", task)
    assert len(good._local()) == rows_before
    assert "https://w3id.org/phancong/id/task/x/1" not in {h.iri for h in good._local().search("khong duoc luu")}


# ------------------------------------------------------------------ endpoints that misbehave
class _Endpoint(http.server.BaseHTTPRequestHandler):
    """Answers every request with ``server.reply``; drops the first ``server.drop`` connections unanswered."""

    def do_GET(self):
        self._answer()

    def do_POST(self):
        self._answer()

    def do_PUT(self):
        self._answer()

    def _answer(self):
        srv = self.server
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        srv.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "authorization": self.headers.get("Authorization"),
                "accept": self.headers.get("Accept"),
            }
        )
        if srv.drop > 0:
            srv.drop -= 1
            self.close_connection = True
            return
        if srv.stall:
            time.sleep(srv.stall)
        status, ctype, body = srv.reply
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def http_endpoint(status: int, ctype: str, body: bytes, *, drop: int = 0, stall: float = 0.0):
    """A loopback HTTP server with a bounded request loop (at most 600 waits of 0.1 s)."""
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Endpoint)
    srv.timeout = 0.1
    srv.reply, srv.seen, srv.drop, srv.stall = (status, ctype, body), [], drop, stall
    stop = threading.Event()

    def loop():
        for _ in range(600):
            if stop.is_set():
                return
            srv.handle_request()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield srv, f"http://127.0.0.1:{srv.server_address[1]}/sparql"
    finally:
        stop.set()
        thread.join(5)
        srv.server_close()


ONE_ROW = json.dumps(
    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}
).encode()


def test_an_endpoint_that_refuses_is_named_with_its_status_and_first_line_and_not_retried(tmp_path):
    with http_endpoint(401, "text/plain", b"Unauthorized: bad token\nsecond line\n") as (srv, url):
        store = RemoteStore(url, token="s3cret", index_path=tmp_path / "i.sqlite", check_merged=False)
        with pytest.raises(RemoteStoreError) as err:
            store.select("SELECT ?x WHERE { ?x ?p ?o }")
    assert str(err.value) == (
        f"SPARQL endpoint {url} refused the request: HTTP 401 Unauthorized: Unauthorized: bad token"
    )
    assert len(srv.seen) == 1
    assert srv.seen[0]["authorization"] == "Bearer s3cret"


def test_basic_authentication_is_sent(tmp_path):
    with http_endpoint(200, "application/sparql-results+json", ONE_ROW) as (srv, url):
        store = RemoteStore(
            url, user="analyst", password="mật khẩu", index_path=tmp_path / "i.sqlite", check_merged=False
        )
        assert store.select("SELECT ?x WHERE { ?x ?p ?o }") == [{"x": "ok"}]
    expected = "Basic " + base64.b64encode("analyst:mật khẩu".encode()).decode("ascii")
    assert srv.seen[0]["authorization"] == expected
    assert srv.seen[0]["accept"] == "application/sparql-results+json"


def test_an_endpoint_answering_a_web_page_is_named(tmp_path):
    page = b"<!doctype html>\n<html><head><title>Welcome to nginx!</title></head><body>hi</body></html>\n"
    with http_endpoint(200, "text/html; charset=utf-8", page) as (srv, url):
        store = RemoteStore(url, index_path=tmp_path / "i.sqlite", check_merged=False)
        with pytest.raises(RemoteStoreError) as err:
            store.select("SELECT ?x WHERE { ?x ?p ?o }")
    assert str(err.value).startswith(
        f"SPARQL endpoint {url} answered with something that is not SPARQL results (text/html"
    )


def test_dropped_connections_are_retried_until_the_endpoint_answers(tmp_path):
    with http_endpoint(200, "application/sparql-results+json", ONE_ROW, drop=2) as (srv, url):
        store = RemoteStore(url, index_path=tmp_path / "i.sqlite", check_merged=False, timeout=10, backoff=0.05)
        assert store.select("SELECT ?x WHERE { ?x ?p ?o }") == [{"x": "ok"}]
    assert len(srv.seen) == 3


def test_a_connection_dropped_every_time_is_named_after_the_retries(tmp_path):
    with http_endpoint(200, "application/sparql-results+json", ONE_ROW, drop=100) as (srv, url):
        store = RemoteStore(
            url, index_path=tmp_path / "i.sqlite", check_merged=False, timeout=10, retries=2, backoff=0.05
        )
        with pytest.raises(EndpointUnreachable, match=f"cannot reach SPARQL endpoint {url}: the server closed"):
            store.select("SELECT ?x WHERE { ?x ?p ?o }")
    assert len(srv.seen) == 3


def test_an_endpoint_that_does_not_answer_in_time_is_named_with_the_timeout(tmp_path):
    with http_endpoint(200, "application/sparql-results+json", ONE_ROW, stall=1.5) as (srv, url):
        store = RemoteStore(url, index_path=tmp_path / "i.sqlite", check_merged=False, timeout=0.5)
        with pytest.raises(EndpointUnreachable, match=f"cannot reach SPARQL endpoint {url}: no answer within 0.5 s"):
            store.select("SELECT ?x WHERE { ?x ?p ?o }")


def test_bad_endpoint_urls_and_credentials_are_refused_up_front(tmp_path):
    with pytest.raises(RemoteStoreError, match="not an http"):
        RemoteStore("localhost:7878/query", index_path=tmp_path / "i.sqlite")
    with pytest.raises(RemoteStoreError, match="either a bearer token or a user"):
        RemoteStore("http://127.0.0.1:1/q", user="u", password="p", token="t", index_path=tmp_path / "i.sqlite")
    with pytest.raises(RemoteStoreError, match="needs both a user and a password"):
        RemoteStore("http://127.0.0.1:1/q", user="u", index_path=tmp_path / "i.sqlite")
