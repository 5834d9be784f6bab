"""The SPARQL queries (queries/**/*.rq): loading, headers, and running with bound parameters.

queries/*.rq is the catalogue users see (``phancong query --list``, the web's /queries page), with
queries/checks/*.rq, the integrity checks. queries/web/ holds the queries of the web pages and
queries/internal/ those the package runs for itself (the text index, the build, the API): they are
read by :func:`named_query` and are not in the catalogue.

Each file opens with a grlc-style header of ``#+`` lines::

    #+ summary: Owner of a task / Cơ quan phụ trách nhiệm vụ
    #+ description: ...
    #+ params:
    #+   - task: IRI of the task (pc:Task)
    #+ defaults:
    #+   - task: https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/9
    #+ example: phancong query owner-of-task -p task=https://w3id.org/...

Parameters are bound values (SEP-0007 substitutions on Oxigraph), never text
pasted into the query: ``?task`` in the query is the parameter ``task``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph as ox

import yaml

from .._resources import resource_dir
from .groups import where_group_end, where_group_start, with_rows, with_values as _values_block
from .lexer import check_shape, query_form

__all__ = [
    "Query",
    "QUERIES_DIR",
    "load_query",
    "named_query",
    "catalogue",
    "run_query",
    "with_pattern",
    "snake_case",
    "snake_keys",
    "parse_header",
    "coerce_param",
    "with_values",
    "bound_text",
]


def _find_queries_dir() -> Path:
    """$PHANCONG_QUERIES_DIR; else the repository's queries/ (editable install); else the copy in the wheel."""
    return resource_dir("queries", "PHANCONG_QUERIES_DIR")


QUERIES_DIR = _find_queries_dir()


@dataclass
class Query:
    name: str
    path: Path | None
    text: str
    summary: str = ""
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    example: str = ""

    @property
    def sparql(self) -> str:
        """The text without its ``#+`` header lines."""
        lines = self.text.splitlines(keepends=True)
        start = next((i for i, line in enumerate(lines) if not line.startswith("#+")), len(lines))
        return "".join(lines[start:])

    @property
    def kind(self) -> str:
        """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE): the first form keyword among the query's
        tokens (the lexer's: words inside comments, strings and IRIs are not tokens)."""
        return query_form(self.text)


def parse_header(text: str, where: str = "query") -> dict[str, Any]:
    """The ``#+`` lines at the top of a query, read as YAML (as grlc reads them): ``summary``,
    ``description``, ``example`` as strings, ``params`` and ``defaults`` as a list of one-key mappings
    (``- task: ...``), returned as dicts. A header that is not valid YAML, or of another shape, raises
    ``ValueError`` naming ``where``.

    >>> parse_header("#+ summary: 'Owner: who leads'\\n#+ params:\\n#+   - task: the task\\nSELECT * {}")
    {'params': {'task': 'the task'}, 'defaults': {}, 'summary': 'Owner: who leads'}
    """
    lines = []
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        lines.append(line[3:] if line.startswith("#+ ") else line[2:])
    try:
        header = yaml.safe_load("\n".join(lines)) if lines else {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{where}: its #+ header is not valid YAML ({exc}); quote a value holding ': '") from None
    if header is None:
        header = {}
    if not isinstance(header, dict):
        raise ValueError(f"{where}: its #+ header must be 'key: value' lines")
    out: dict[str, Any] = {"params": {}, "defaults": {}}
    for key, value in header.items():
        if key in ("params", "defaults"):
            out[key] = _named_items(value, f"{where}: #+ {key}")
        elif isinstance(value, list):
            out[key] = [str(v) for v in value]  # grlc's tags
        else:
            out[key] = "" if value is None else str(value).strip()
    return out


def _named_items(value: Any, where: str) -> dict[str, str]:
    """``- name: text`` items (or one mapping) as {name: text}."""
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else None
    if value is None:
        return {}
    if items is None or not all(isinstance(it, dict) for it in items):
        raise ValueError(f"{where} must list '- name: text' items")
    return {str(k): "" if v is None else str(v).strip() for it in items for k, v in it.items()}


def load_query(name_or_path: str | Path, text: str | None = None) -> Query:
    """A catalogue name ("owner-of-task"), a path to a .rq file, or literal text; a text longer than
    200,000 characters or nested more than 100 brackets deep is refused (:class:`~phancong.sparql.lexer.QueryRefused`,
    a ValueError) before any parser sees it."""
    path: Path | None = None
    if text is None:
        p = Path(name_or_path)
        candidates = [p, QUERIES_DIR / p, QUERIES_DIR / f"{p}.rq", QUERIES_DIR / "checks" / f"{p}.rq"]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            raise FileNotFoundError(f"{name_or_path}: no such query file or catalogue entry (see {QUERIES_DIR})")
        text = path.read_text(encoding="utf-8")
    check_shape(text)  # QueryRefused (a ValueError) when too long or nested too deep for a parser
    h = parse_header(text, str(path) if path else "query")
    name = path.stem if path else "stdin"
    return Query(
        name=name,
        path=path,
        text=text,
        summary=h.get("summary", ""),
        description=h.get("description", ""),
        params=h["params"],
        defaults=h["defaults"],
        example=h.get("example", ""),
    )


@cache
def named_query(name: str) -> Query:
    """queries/NAME.rq, read once and kept (do not modify it): NAME is a path below queries/ without
    ``.rq``, such as ``"web/task"`` or ``"internal/index-rows"``. A folder named by
    $PHANCONG_QUERIES_DIR need not hold the web and internal queries: those it lacks are the package's.

    >>> named_query("web/task").params
    {'task': 'IRI of the task (pc:Task)'}
    """
    tried = []
    for folder in dict.fromkeys((QUERIES_DIR, resource_dir("queries"))):
        path = folder / f"{name}.rq"
        if path.is_file():
            return load_query(path)
        tried.append(str(path))
    raise FileNotFoundError(f"{name}: no such query (none of {', '.join(tried)} exists)")


def catalogue(include_checks: bool = True) -> list[Query]:
    """The catalogue: queries/*.rq, then queries/checks/*.rq (not the web/ and internal/ queries)."""
    files = sorted(QUERIES_DIR.glob("*.rq"))
    if include_checks:
        files += sorted((QUERIES_DIR / "checks").glob("*.rq"))
    return [load_query(f) for f in files]


def coerce_param(value: Any) -> Any:
    """CLI strings -> terms: http(s) IRIs become IRIs (:class:`~phancong.rdf.iri.InvalidIRI` if not valid),
    integers and decimals typed literals, else strings."""
    from rdflib import URIRef

    from ..rdf.iri import checked_iri

    if not isinstance(value, str):
        return value
    if re.fullmatch(r"https?://\S+", value):
        return URIRef(checked_iri(value))
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    if value in ("true", "false"):
        return value == "true"
    return value


def with_values(query: Query, param: str, iris: Sequence[str | ox.Literal]) -> Query:
    """``query`` for several values of the IRI parameter ``param`` at once: its WHERE begins with
    ``VALUES ?param { <iri> ... }`` (one query instead of one per value). Each IRI is checked and written by
    pyoxigraph's NamedNode, which refuses anything that is not an IRI, so no given text reaches the query as it
    is."""
    import dataclasses

    import pyoxigraph as ox

    if param not in query.params:
        raise ValueError(f"{query.name}: no parameter {param!r}")
    m = re.search(r"\bWHERE\s*\{", query.text)
    if m is None:
        raise ValueError(f"{query.name}: no WHERE clause")
    # an IRI is given as text; a literal as a pyoxigraph Literal (written by pyoxigraph, escaped)
    terms = " ".join(str(v) if isinstance(v, ox.Literal) else str(ox.NamedNode(v)) for v in iris)
    text = f"{query.text[: m.end()]}\n  VALUES ?{param} {{ {terms} }}{query.text[m.end() :]}"
    return dataclasses.replace(query, text=text, params={k: v for k, v in query.params.items() if k != param})


def with_pattern(query: Query, pattern: Query) -> Query:
    """``query`` with the WHERE group of the query ``pattern`` (a file of queries/, such as
    ``internal/filters/figure-in-province``) at the start of its own WHERE group: a filter pushed into the
    query. The pattern's parameters become the query's; their values are given later, by :func:`with_values`
    or as bound parameters.

    >>> q = with_pattern(named_query("internal/figures"), named_query("internal/filters/figure-in-province"))
    >>> "?figure pc:province ?provinceWanted" in q.text, "provinceWanted" in q.params
    (True, True)
    """
    import dataclasses

    start = where_group_start(pattern.sparql)
    end = where_group_end(pattern.sparql, start) if start is not None else None
    at = where_group_start(query.text)
    if start is None or end is None or at is None:
        raise ValueError(f"{pattern.name} into {query.name}: no WHERE group")
    group = pattern.sparql[start:end].strip()
    text = f"{query.text[:at]}\n  {group}{query.text[at:]}"
    return dataclasses.replace(query, text=text, params={**query.params, **pattern.params})


def bound_text(query: Query, params: dict[str, Any], rows: tuple[list[str], Iterable[Sequence]] | None = None) -> str:
    """The text of ``query`` (without its header) with ``params`` bound by a ``VALUES`` block that opens its WHERE
    group (each value written by :func:`~phancong.sparql.terms.sparql_term`), and, if given, ``rows`` (variable
    names, rows of pyoxigraph terms) as a second block: how an update is bound (pyoxigraph's ``update`` and the
    SPARQL protocol take no bindings). Names that are not the query's parameters are refused (ValueError).

    >>> print(bound_text(named_query("internal/clear-graph"), {"graph": "https://example.org/g"}).splitlines()[-2])
      VALUES (?graph) { (<https://example.org/g>) }
    """
    unknown = set(params) - set(query.params)
    if unknown:
        raise ValueError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}")
    text = _values_block(query.sparql, {k: coerce_param(v) for k, v in params.items()})
    if rows is not None:
        text = with_rows(text, *rows)
    return text


def run_query(store, query: Query | str, params: dict[str, Any] | None = None):
    """SELECT -> list of dicts (plain values), ASK -> bool, CONSTRUCT/DESCRIBE -> list of triples."""
    if isinstance(query, str):
        query = load_query(query)
    params = dict(params or {})
    unknown = set(params) - set(query.params) if query.params else set()
    if unknown:
        raise ValueError(
            f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
            f"it takes {', '.join(query.params) or 'none'}"
        )
    bindings = {k: coerce_param(v) for k, v in params.items()}
    kind = query.kind
    # without the header: SPARQLWrapper (the remote store) leaves every other comment line in when it looks
    # for the query's form, so a word such as "loaded" in a header would make a query an update
    text = query.sparql
    if kind == "SELECT":
        return store.select(text, bindings)
    res = store.query(text, bindings)
    if kind == "ASK":
        return bool(res)
    return list(res)


def snake_case(name: str) -> str:
    """A SPARQL variable's name as a key of the output: ``taskLabel`` -> ``task_label``, ``province2025Label``
    -> ``province_2025_label`` (the query files keep their names; what the CLI, the API and the web give is
    snake_case, as every other answer is)."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])", "_", name)
    return name.lower()


def snake_keys(result):
    """A SELECT result (list of dicts) with snake_case keys; any other result (a bool, triples) as it is."""
    if isinstance(result, list) and result and isinstance(result[0], dict):
        return [{snake_case(k): v for k, v in r.items()} for r in result]
    return result
