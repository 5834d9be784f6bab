"""Errors as sentences (issue 18, item 10): a malformed value never gives HTTP 500 or a traceback.

An invalid IRI is a 400 that says why, on the JSON API, the pages and the views; every CLI command
given a bad value prints one line naming the problem and exits non-zero. The values are made up."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's TestClient announces a move from httpx to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from phancong.cli import main
from phancong.web.app import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# each is refused by an IRI parser, for a reason the answer should give
BAD_IRIS = [
    "http://a b",
    "https://x/{}",
    'http://a"b',
    "http://[::",
    "http://x/\x00",
    "http://x/%zz",
    "https://example.org/a<b>",
    "http://x/\x7f",
    "http:// x",
]
# (path, parameter): every place a value that starts like an IRI is read as one
IRI_PARAMS = [
    ("/api/owner", "q"),
    ("/api/chain", "task"),
    ("/api/compare", "indicator"),
    ("/compare", "indicator"),
    ("/view/compare.svg", "indicator"),
    ("/view/chain", "task"),
    ("/view/body", "iri"),
    ("/view/document", "iri"),
    ("/task", "iri"),
    ("/body", "iri"),
    ("/document", "iri"),
    ("/source", "iri"),
    ("/resource", "iri"),
]


@pytest.fixture(scope="module")
def client(seed_store):
    app = create_app(seed_store, query_timeout=20, max_results=1000)
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path,param", IRI_PARAMS)
def test_an_invalid_iri_is_a_400_that_gives_the_reason(client, path, param):
    for bad in BAD_IRIS:
        r = client.get(path, params={param: bad})
        assert r.status_code == 400, (path, bad, r.status_code, r.text[:200])
        text = r.text if not path.startswith(("/api/", "/view/")) else r.json()["detail"]
        assert "IRI" in text, (path, bad, text[:200])
        assert "Traceback" not in r.text and "Internal Server Error" not in r.text


@pytest.mark.parametrize(
    "path,param",
    [("/api/owner", "q"), ("/api/chain", "task"), ("/view/compare.svg", "indicator"), ("/api/compare", "indicator")],
)
def test_words_that_begin_with_http_are_words_not_a_broken_iri(client, path, param):
    for words in ("http", "httpx", "https", "HTTP tong hop"):
        r = client.get(path, params={param: words})
        assert r.status_code in (200, 404), (path, words, r.status_code, r.text[:200])


# ------------------------------------------------------------------ the command line
def _cli_cases(store: str, tmp) -> list[list[str]]:
    plain = tmp / "plain.txt"
    plain.write_text("a file, not a folder\n", encoding="utf-8")
    under_file = str(plain / "x")  # a path below a file: no one, root included, can create it
    s = ["--store", store]
    return [
        ["owner", "tong hop", "--limit", "0", *s],
        ["owner", "tong hop", "--limit", "-3", *s],
        ["owner", "http://a b", *s],
        ["owner", "https://x/{}", *s],
        ["chain", "http://a b", *s],
        ["chain", "http://x/%zz", *s],
        ["compare", "http://a b", *s],
        ["compare", "party-members-rated-good", "--chart", str(tmp / "chart.png"), *s],
        ["compare", "party-members-rated-good", "--chart", str(tmp / "chart.xyz"), *s],
        ["compare", "party-members-rated-good", "--chart", under_file + ".svg", *s],
        ["chain", "tong hop bao cao", "--html", under_file + ".html", *s],
        ["view", "body", "http://a b", "--html", str(tmp / "v.html"), *s],
        ["query", "tasks-of-body", "-p", "body", *s],
        ["query", "tasks-of-body", "-p", "body=https://x/{}", *s],
        ["stats", "--top", "0", *s],
        ["stats", "--top", "-1", *s],
        ["export", "-o", under_file + ".ttl", *s],
        ["build", "corpus", "--store", under_file, "--quiet"],
        ["build", "corpus", "--graph-dir", under_file, "--store", str(tmp / "b1"), "--quiet"],
        ["build", "corpus", "--jobs", "0", "--store", str(tmp / "b2"), "--quiet"],
        ["index", "--store", under_file],
        ["serve", "--port", "-1", *s],
        ["serve", "--port", "70000", *s],
        ["owner", "x", "--store", str(tmp / "no-store-here")],
        ["compare", "x", "--format", "xml", *s],
    ]


def test_every_cli_error_is_one_line_naming_the_problem_and_a_non_zero_exit(seed_store_path, tmp_path, capsys):
    failures = []
    for argv in _cli_cases(str(seed_store_path), tmp_path):
        try:
            rc = main(argv)
        except SystemExit as exc:  # argparse: usage and one "error:" line, exit 2
            rc = exc.code
        except Exception as exc:  # noqa: BLE001 - the defect under test
            failures.append((argv, f"{type(exc).__name__}: {exc}"))
            continue
        err = capsys.readouterr().err.strip().splitlines()
        errors = [line for line in err if "error" in line]
        if not rc or len(errors) != 1 or "Traceback" in "\n".join(err):
            failures.append((argv, rc, err[-3:]))
    assert failures == []


@pytest.mark.parametrize("argv", [["owner", "-:"], ["compare", "--no-such-option", "x"], ["owner"], ["nonsense"]])
def test_a_misread_command_line_is_one_line_with_where_to_look_and_exit_2(seed_store_path, capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--store", str(seed_store_path)] if argv[0] != "nonsense" else argv)
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert exc.value.code == 2
    assert len(err) == 1 and "error:" in err[0] and "--help" in err[0], err


# ------------------------------------------------------------------ the depth bomb
def _bomb(depth: int = 20_000) -> str:
    return "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth


def test_a_query_nested_20000_deep_is_refused_by_the_cli_before_parsing(seed_store_path):
    import subprocess
    import sys

    for text in (_bomb(), "SELECT * WHERE { FILTER(" + "(" * 20_000 + "1" + ")" * 20_000 + ") }"):
        r = subprocess.run(
            [sys.executable, "-m", "phancong.cli", "query", "-", "--store", str(seed_store_path)],
            input=text,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 1, (r.returncode, r.stderr[-300:])
        assert r.stderr.count("\n") == 1 and "nested" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_a_query_nested_20000_deep_is_a_400_at_the_endpoint(client):
    for method in ("get", "post"):
        if method == "get":
            r = client.get("/sparql", params={"query": _bomb(5_000)})
        else:
            r = client.post("/sparql", content=_bomb().encode(), headers={"content-type": "application/sparql-query"})
        assert r.status_code == 400 and "nested" in r.text, (method, r.status_code, r.text[:200])
    # the endpoint still answers
    r = client.get(
        "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"accept": "application/sparql-results+json"}
    )
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_nesting_inside_strings_comments_and_iris_does_not_count_and_ordinary_depth_passes():
    from phancong.sparql.lexer import MAX_DEPTH, check_shape, nesting_depth

    assert nesting_depth('SELECT * { ?s ?p "{{{{((((" } # ((((((\n') == 1
    assert nesting_depth("SELECT * { { ?s ?p ?o } UNION { ?s ?p ?o FILTER((1 + 2) > 0) } }") == 4
    deep = "SELECT * WHERE " + "{" * MAX_DEPTH + " ?s ?p ?o " + "}" * MAX_DEPTH
    check_shape(deep)  # the limit itself passes
    with pytest.raises(ValueError, match="nested"):
        check_shape("SELECT * WHERE " + "{" * (MAX_DEPTH + 1) + " ?s ?p ?o " + "}" * (MAX_DEPTH + 1))
