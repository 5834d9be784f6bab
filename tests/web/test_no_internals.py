"""Nothing internal on any page (issue 15): every route of the app, found by walking ``app.routes`` (so a
route added later is tested without being named here), is requested with ordinary values and with hostile
ones for each of its parameters; no answer may carry a Python repr, a path of the server's file system,
a traceback or an exception's class name, and none may be a 500."""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from phancong.sparql.catalogue import catalogue
from phancong.web.app import create_app

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PCID = "https://w3id.org/phancong/id/"
TASK = PCID + "task/001_71a5b6d91341e01c/28"
BODY = PCID + "body/tuyen-quang/ban-to-chuc-tinh-uy"
DOC = PCID + "doc/tuyen-quang/03-da-tu/2021"
SOURCE = PCID + "source/001_71a5b6d91341e01c"

# what a user would give for a parameter of that name
ORDINARY = {
    "iri": [TASK, BODY, DOC, SOURCE],
    "task": [TASK, "tong hop bao cao"],
    "q": ["tong hop bao cao", "Tuyên Quang"],
    "indicator": ["party-members-rated-good"],
    "query": [
        "SELECT ?s WHERE { ?s a ?c } LIMIT 3",
        "ASK { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2",
    ],
    "kind": ["task", "body"],
    "province": ["Tuyên Quang"],
    "year": ["2021"],
    "offset": ["0", "10"],
    "rollup": ["true"],
    "body": [BODY],
    "page": ["1", "2"],
    "per": ["25"],
    "format": ["csv", "json"],
}
# what an attacker, or a careless link, would give instead
HOSTILE = [
    "",
    " ",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "{{7*7}}{% raw %}",
    "../../../../etc/hosts",
    "..%2f..%2fpyproject.toml",
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "true",
    "\u202e\u200b",
    "\ud7ff\x7f",
    "x" * 3000,
    f"{PCID}task/../../../x",
    "http://a b",
    "urn:x",
    "} ; DROP ALL ; SELECT * {",
    "SELECT * WHERE {",
    "__class__.__init__.__globals__",
    "%00",
    "?q=1&iri=2",
    "Tuyên Quang\nHost: evil",
]

# Python reprs, paths of this machine, tracebacks and exception class names: none may reach a client
LEAKS = [
    (re.compile(r"\b[A-Z]\w*\((?:name|path|text|iri|store|kind|value|args)="), "a Python object's repr"),
    (re.compile(r"\b(?:Posix|Windows|Pure\w*)Path\("), "a pathlib repr"),
    (re.compile(r" object at 0x[0-9a-f]+"), "a Python object's address"),
    (re.compile(r"<(?:class|function|module|bound method) '?\w"), "a Python type's repr"),
    (re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+"), "a traceback"),
    (
        re.compile(
            r"\b(?:Attribute|Key|Type|Index|Name|Import|Lookup|Unicode\w*|Runtime|Recursion|ZeroDivision|"
            r"Assertion|NotImplemented|OS|IO|File\w*|Permission|Memory|Store|Query)Error\b|"
            r"\bStopIteration\b|\bNoneType\b"
        ),
        "an exception's class name",
    ),
    (re.compile(r"site-packages|dist-packages|\.venv/|/usr/lib/python|\.py\", line|\.pyc?\b(?!\w)"), "a Python file"),
]


CODE = re.compile(r"<script(?![^>]*application/(?:ld\+)?json)[^>]*>.*?</script>", re.S | re.I)


def leaks(text: str, paths: list[str]) -> list[str]:
    """What in ``text`` tells of the server's insides; the code of a page's scripts (a graph view inlines its
    library, whose own words are ``TypeError``...) is left out, not the data a page hands its scripts (JSON)."""
    text = CODE.sub("<script></script>", text)
    found = [f"{what}: {m.group(0)!r}" for rx, what in LEAKS for m in [rx.search(text)] if m]
    found += [f"a path of this machine: {p!r}" for p in paths if p in text]
    return found


def routes(app) -> list[tuple[str, set[str], list[str]]]:
    """(path, methods, query parameter names) of every route, inside included routers too; mounts as (path, {}, [])."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount, Route

    out = []

    def walk(items, prefix=""):
        for r in items:
            inner = getattr(r, "original_router", None)
            if inner is not None:  # FastAPI >= 0.16x keeps an included router as one route
                ctx = getattr(r, "include_context", None)
                walk(inner.routes, prefix + (getattr(ctx, "prefix", "") or ""))
            elif isinstance(r, APIRoute):
                out.append((prefix + r.path, set(r.methods), [p.alias for p in r.dependant.query_params]))
            elif isinstance(r, Mount):
                out.append((prefix + r.path, set(), []))
            elif isinstance(r, Route):
                out.append((prefix + r.path, set(r.methods or ()), []))

    walk(app.routes)
    return out


@pytest.fixture(scope="module")
def app_and_client(seed_store):
    app = create_app(seed_store, query_timeout=20, max_results=1000)
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as c:
        yield app, c


def requests_for(path: str, params: list[str]):
    """(url, POST form or None) pairs: each parameter ordinary, then each in turn hostile."""
    if "{name}" in path:  # the catalogue: its form fields are the query's own variables
        for q in catalogue(include_checks=True):
            base = path.replace("{name}", quote(q.name, safe=""))
            ordinary = {p: q.defaults.get(p, "x") for p in q.params}
            yield base + "?" + "&".join(f"{k}={quote(v)}&run=1" for k, v in ordinary.items()), None
            for p in q.params:
                for h in HOSTILE[:12]:
                    yield (
                        base
                        + "?"
                        + "&".join(f"{k}={quote(h if k == p else v)}" for k, v in ordinary.items())
                        + "&run=1&page="
                        + quote(h),
                        None,
                    )
        for h in HOSTILE:
            yield path.replace("{name}", quote(h, safe="") or "%20"), None
        return
    assert "{" not in path, f"a path parameter this test does not know yet: {path} (give it values here)"
    ordinary = {p: ORDINARY.get(p, ["1"])[0] for p in params}
    yield path, None
    for p in params:
        for v in ORDINARY.get(p, ["1"]):
            yield path + "?" + "&".join(f"{k}={quote(v if k == p else o)}" for k, o in ordinary.items()), None
        for h in HOSTILE:
            yield path + "?" + "&".join(f"{k}={quote(h if k == p else o)}" for k, o in ordinary.items()), None
    if params:
        for h in HOSTILE:
            yield path + "?" + "&".join(f"{k}={quote(h)}" for k in params), None


def test_no_route_shows_a_python_repr_a_path_a_traceback_or_fails_with_500(app_and_client, seed_store_path):
    app, client = app_and_client
    paths = sorted(
        {
            str(ROOT),
            str(Path.home()),
            str(seed_store_path),
            str(Path(seed_store_path).parent),
            sys.prefix,
            str(Path(sys.executable).parent),
        }
        - {"/", ""},
        key=len,
        reverse=True,
    )
    table = routes(app)
    assert {"/", "/queries/{name}", "/sparql", "/api/owner", "/static"} <= {p for p, _, _ in table}
    problems, seen = [], 0
    for path, methods, params in table:
        if path == "/openapi.json" or path.startswith("/static"):
            urls = (
                [("/openapi.json", None)]
                if path == "/openapi.json"
                else [
                    ("/static/style.css", None),
                    ("/static/../pyproject.toml", None),
                    ("/static/%2e%2e/app.py", None),
                    ("/static/" + quote(HOSTILE[2]), None),
                ]
            )
        elif methods and not methods & {"GET", "POST"}:
            continue
        else:
            urls = list(requests_for(path, params))
        for url, _ in urls:
            for accept in ("text/html,*/*;q=0.8", "application/json"):
                r = client.get(url, headers={"accept": accept})
                seen += 1
                body = (
                    r.text
                    if "text" in r.headers.get("content-type", "")
                    or "json" in r.headers.get("content-type", "")
                    or "svg" in r.headers.get("content-type", "")
                    else ""
                )
                if path.startswith("/static") and r.status_code == 200:
                    continue  # the files served as they are (the vendored libraries' code)
                found = leaks(body + " " + " ".join(f"{k}: {v}" for k, v in r.headers.items()), paths)
                if r.status_code >= 500 and r.status_code != 503:
                    found.append(f"status {r.status_code}")
                if found:
                    problems.append((url[:160], accept.split(",")[0], r.status_code, found[:3]))
            if path == "/sparql" and url.startswith("/sparql?"):
                r = client.post(
                    "/sparql",
                    content=url.split("?", 1)[1],
                    headers={"content-type": "application/x-www-form-urlencoded"},
                )
                found = leaks(r.text, paths)
                if found or r.status_code == 500:
                    problems.append(("POST " + url[:160], "", r.status_code, found[:3]))
    assert seen > 500
    assert problems == [], "\n".join(map(str, problems[:20]))


def test_the_catalogue_page_of_tasks_of_body_puts_no_query_object_in_the_search_box(app_and_client):
    _, client = app_and_client
    for url in ("/queries/tasks-of-body", f"/queries/tasks-of-body?run=1&body={quote(BODY)}"):
        html = client.get(url).text
        box = re.search(r'<input type="search" name="q" value="([^"]*)"', html)
        assert box is not None and box.group(1) == "", (url, box and box.group(1)[:100])
        assert "Query(" not in html and "PosixPath" not in html and str(ROOT) not in html


def test_a_query_pool_that_cannot_open_its_store_says_so_without_the_stores_path(tmp_path, caplog):
    from phancong.web.sparql_worker import QueryFailed, QueryPool, QueryRequest

    missing = tmp_path / "not-a-store" / "oxigraph"
    pool = QueryPool(str(missing), timeout=20, size=1)
    try:
        with pytest.raises(QueryFailed) as err, caplog.at_level("ERROR", logger="phancong.web"):
            pool.run(QueryRequest(text="ASK {}", results_format="json", graph_format=None, max_results=10), "me")
    finally:
        pool.close()
    assert err.value.status == 500 and "cannot open the store" in err.value.message
    assert str(tmp_path) not in err.value.message and leaks(err.value.message, [str(tmp_path)]) == []
    assert str(missing) in caplog.text  # the server's log keeps what the client is not told
