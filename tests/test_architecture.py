"""The package's shape, as docs/architecture.md states it: small modules, short functions, SPARQL only in
the query files, and tests that mirror the package (one folder per layer)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "phancong"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

# the start of a query or update as a SPARQL text writes it: a query form and its brace, or an update operation
SPARQL = re.compile(
    r"\b(?:SELECT\b[^\n]*?(?:\?\w|\*)[\s\S]*?\bWHERE\s*\{|ASK\s*(?:WHERE\s*)?\{|CONSTRUCT\s*(?:WHERE\s*)?\{"
    r"|DESCRIBE\s+[?<]|INSERT\s+DATA\b|DELETE\s+(?:DATA|WHERE)\b|(?:CLEAR|DROP)\s+(?:SILENT\s+)?(?:GRAPH|ALL|DEFAULT)\b"
    r"|PREFIX\s+\w*:\s*<)"
    # a graph pattern written in Python to be put into a query: "?figure pc:province ?provinceWanted ."
    r"|\?\w+\s+(?:a|[a-z]+:\w+(?:/[a-z]+:\w+)*)\s+(?:\?\w+|<|[a-z]+:\w+|\")"
)


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_every_module_of_the_package_has_at_most_500_lines():
    long = {_name(p): n for p in MODULES if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long, f"modules over {MAX_MODULE_LINES} lines (split them by what they do): {long}"


def test_every_function_of_the_package_has_at_most_80_lines():
    long = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{_name(path)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (break them into named steps): {long}"


def _strings(tree: ast.AST):
    """Every string constant of a module with its line, but docstrings: they may show a query as an example
    (a doctest runs it), which is documentation, not a query the code sends."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def sparql_in_python(source: str) -> list[int]:
    """The lines of string constants that hold SPARQL text."""
    return [line for line, text in _strings(ast.parse(source)) if SPARQL.search(text)]


def test_the_sparql_finder_sees_queries_and_updates_but_not_prose():
    assert sparql_in_python('Q = """SELECT ?task WHERE { ?task a pc:Task }"""') == [1]
    assert sparql_in_python('Q = "PREFIX pc: <https://w3id.org/phancong/vocab/>"') == [1]
    assert sparql_in_python('U = "INSERT DATA { GRAPH <g> { <s> <p> <o> } }"') == [1]
    assert sparql_in_python('U = "CLEAR SILENT GRAPH <g>"') == [1]
    assert sparql_in_python('Q = "ASK { ?s ?p ?o }"') == [1]
    assert sparql_in_python('P = "?figure pc:province ?provinceWanted ."') == [1]
    assert sparql_in_python('P = "{ ?figure a pc:Statistic } UNION { ?figure pc:document/pc:documentType ?t }"') == [1]
    doc = 'def f():\n    """>>> f("SELECT ?s WHERE { ?s ?p ?o }")"""\n'
    assert sparql_in_python(doc) == []
    prose = '"""Run a SELECT from the catalogue and return its rows; DELETE the store\'s lock when done."""'
    assert sparql_in_python(prose) == []


def test_no_sparql_text_lives_in_a_python_module_of_the_package():
    found = [f"{_name(p)}:{line}" for p in MODULES for line in sparql_in_python(p.read_text(encoding="utf-8"))]
    assert not found, f"SPARQL text in .py files (move it to a .rq under queries/): {found}"


# tests that are about the whole project, not one layer
PROJECT_WIDE = {"test_architecture.py", "test_readme.py", "test_wheel.py"}


def test_each_test_lives_in_the_folder_of_the_layer_it_tests():
    layers = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    layers |= {p.stem for p in PACKAGE.glob("*.py")} | {"bench"}  # bench: benchmarks/, outside the package
    misplaced = [_name(p) for p in (ROOT / "tests").glob("test_*.py") if p.name not in PROJECT_WIDE]
    unknown = [
        _name(d) for d in (ROOT / "tests").iterdir() if d.is_dir() and any(d.glob("test_*.py")) and d.name not in layers
    ]
    assert not misplaced, f"tests at the top of tests/ (move each to tests/<layer>/): {misplaced}"
    assert not unknown, f"test folders named after no layer of the package: {unknown}"


@pytest.mark.parametrize("layer", ["text", "extract", "rdf", "sparql", "store", "check", "views", "web", "cli"])
def test_each_layer_of_the_package_has_its_test_folder(layer):
    assert (PACKAGE / layer).is_dir(), f"src/phancong/{layer} is a layer of docs/architecture.md"
    assert any((ROOT / "tests" / layer).glob("test_*.py")), f"tests/{layer}/ has no tests"


def test_scripts_test_runs_each_check_before_pytest_and_stops_at_the_first_that_fails():
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    gates = [".venv/bin/ruff check", ".venv/bin/ruff format --check", ".venv/bin/lint-imports", ".venv/bin/mypy"]
    where = [script.find(g) for g in gates] + [script.find(".venv/bin/python -m pytest")]
    assert all(w >= 0 for w in where), dict(zip([*gates, "pytest"], where, strict=True))
    assert where == sorted(where), "the checks run in this order, all before pytest"
    for gate, start in zip(gates, where[:-1], strict=True):
        # the line after each check stops the run when it failed: `[ $rc -eq 0 ] || failed "<name>" $rc ...`
        after = script[start:].splitlines()[1:3]
        assert any(re.match(r'\[ \$rc -eq 0 \] \|\| failed "', line) for line in after), (gate, after)
