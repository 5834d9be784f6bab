"""Who may talk to the server (issue 18, item 3): the Host header is checked against the bound address
(a page elsewhere cannot reach a loopback server through a name it controls: DNS rebinding); CORS is open
on /sparql GET and POST only, never with credentials; ``serve --auth-token`` asks every request for a
Bearer token."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's TestClient announces a move from httpx to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from phancong.web.app import create_app
from phancong.web.serve import allowed_hosts_for

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ASK = "ASK { ?s ?p ?o }"
JSON = {"accept": "application/sparql-results+json"}
PATHS = [
    "/",
    "/search?q=tong+hop",
    "/api/owner?q=tong+hop+bao+cao",
    "/api/indicators",
    "/queries",
    "/compare",
    "/openapi.json",
    "/static/style.css",
    "/sparql?query=" + ASK,
]


@pytest.fixture(scope="module")
def app(seed_store):
    return create_app(seed_store, query_timeout=20, max_results=1000)


def _get(app, host: str, path: str = "/api/indicators", **headers):
    with TestClient(app, base_url=f"http://{host}") as c:
        return c.get(path, headers=headers)


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:8123", "[::1]", "[::1]:80", "LOCALHOST:8000"]
)
def test_a_loopback_server_answers_to_loopback_names(app, host):
    assert _get(app, host).status_code == 200


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:8000", "localhost.evil.example", "10.0.0.1:8000", "127.0.0.1.nip.io", "testserver"],
)
def test_a_loopback_server_refuses_any_other_host_by_name(app, host):
    for path in PATHS:
        r = _get(app, host, path)
        assert r.status_code == 421 and "Host" in r.text, (host, path, r.status_code, r.text[:200])


def test_the_hosts_a_server_answers_to_follow_the_bound_address_and_allowed_hosts():
    assert allowed_hosts_for("127.0.0.1", []) == ("localhost", "127.0.0.1", "::1")
    assert allowed_hosts_for("192.0.2.7", []) == ("192.0.2.7", "localhost", "127.0.0.1", "::1")
    assert allowed_hosts_for("0.0.0.0", ["kg.example.org"]) == (
        "0.0.0.0",
        "kg.example.org",
        "localhost",
        "127.0.0.1",
        "::1",
    )


def test_a_server_bound_to_every_address_answers_to_ip_literals_and_the_allowed_names(seed_store):
    app = create_app(
        seed_store, query_timeout=20, max_results=1000, allowed_hosts=allowed_hosts_for("0.0.0.0", ["kg.example.org"])
    )
    for host in ("192.0.2.7:8000", "[2001:db8::1]", "kg.example.org", "KG.example.org:443", "localhost"):
        assert _get(app, host).status_code == 200, host
    assert _get(app, "evil.example").status_code == 421


def test_allowed_host_star_turns_the_check_off(seed_store):
    app = create_app(seed_store, query_timeout=20, max_results=1000, allowed_hosts=("*",))
    assert _get(app, "anything.example").status_code == 200


# ------------------------------------------------------------------ CORS
def test_cors_is_open_on_sparql_get_and_post_without_credentials(app):
    with TestClient(app, base_url="http://localhost") as c:
        origin = {"origin": "https://yasgui.example"}
        r = c.options(
            "/sparql",
            headers={
                **origin,
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
        )
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
        assert set(r.headers["access-control-allow-methods"].replace(" ", "").split(",")) == {"GET", "POST"}
        assert "access-control-allow-credentials" not in r.headers
        for r in (
            c.get("/sparql", params={"query": ASK}, headers={**origin, **JSON}),
            c.post("/sparql", data={"query": ASK}, headers={**origin, **JSON}),
        ):
            assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
            assert "access-control-allow-credentials" not in r.headers
        r = c.options("/sparql", headers={**origin, "access-control-request-method": "PUT"})
        assert "access-control-allow-origin" not in r.headers


def test_pages_and_the_api_send_no_cors_header(app):
    with TestClient(app, base_url="http://localhost") as c:
        origin = {"origin": "https://evil.example"}
        for path in PATHS[:-1]:
            r = c.get(path, headers=origin)
            assert "access-control-allow-origin" not in r.headers, path
            r = c.options(path, headers={**origin, "access-control-request-method": "GET"})
            assert "access-control-allow-origin" not in r.headers, path


# ------------------------------------------------------------------ token
def test_with_a_token_every_request_needs_it_as_a_bearer_header(seed_store):
    app = create_app(seed_store, query_timeout=20, max_results=1000, token="made-up-token-123")
    with TestClient(app, base_url="http://localhost") as c:
        for path in PATHS:
            r = c.get(path)
            assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer"), path
            assert c.get(path, headers={"authorization": "Bearer wrong"}).status_code == 401
            assert c.get(path, headers={"authorization": "Basic bWFkZS11cDp4"}).status_code == 401
            ok = c.get(path, headers={"authorization": "Bearer made-up-token-123", **JSON})
            assert ok.status_code == 200, (path, ok.status_code, ok.text[:200])
        # a CORS preflight carries no Authorization: it is answered, the request itself still needs the token
        r = c.options(
            "/sparql",
            headers={
                "origin": "https://yasgui.example",
                "access-control-request-method": "GET",
                "access-control-request-headers": "authorization",
            },
        )
        assert r.status_code == 200 and "authorization" in r.headers["access-control-allow-headers"].lower()


def test_serve_refuses_an_empty_token_and_reads_it_from_the_environment(monkeypatch, seed_store_path, capsys):
    from phancong.cli import main

    assert main(["serve", "--store", str(seed_store_path), "--auth-token", ""]) == 2
    assert "--auth-token" in capsys.readouterr().err
    monkeypatch.setenv("PHANCONG_AUTH_TOKEN", " ")
    assert main(["serve", "--store", str(seed_store_path)]) == 2
