"""Jinja2 templates (autoescape on) and the URL helpers the pages use.

Entity pages are addressed by IRI in a query parameter: ``/task?iri=IRI``,
``/body?iri=IRI``, ``/document?iri=IRI``, ``/source?iri=IRI``;
``/resource?iri=IRI`` redirects any IRI of the graph to the page that shows it.

>>> page_url("task", "https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28")
'/task?iri=https%3A%2F%2Fw3id.org%2Fphancong%2Fid%2Ftask%2F001_71a5b6d91341e01c%2F28'
>>> source_prefix("https://w3id.org/phancong/id/source/001_71a5b6d91341e01c")
's-001_71a5b6d91341e01c'
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.responses import HTMLResponse

from ..text.display import inert
from ..views import numbers
from . import fmt
from .entities import local
from .highlight import KINDS, mark_id

__all__ = ["templates", "render_page", "WIDGET_CSP", "url", "page_url", "evidence_url", "source_prefix"]

HERE = Path(__file__).resolve().parent


def url(path: str, **params) -> str:
    """``path`` with the non-empty ``params`` as a query string."""
    q = {k: v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(q) if q else "")


_PAGES = {"task": "/task", "body": "/body", "document": "/document", "source": "/source"}


def page_url(kind: str, iri: str | None) -> str | None:
    """The page that shows ``iri`` as a ``kind`` ("task", "body", "indicator" ...; /resource for any other); None
    without an IRI."""
    if not iri:
        return None
    if kind == "indicator":
        return url("/compare", indicator=local(iri))
    return url(_PAGES.get(kind, "/resource"), iri=iri)


def source_prefix(source: str) -> str:
    return "s-" + re.sub(r"[^A-Za-z0-9_-]", "-", local(source) or "source")


def evidence_url(source: str | None, start, end) -> str | None:
    """Where an evidence span is shown highlighted: the source page, scrolled to it."""
    if not source:
        return None
    page = url(_PAGES["source"], iri=source)
    if start is None or end is None:
        return page
    return page + "#" + mark_id(source_prefix(source), int(start), int(end))


def _shown(value):
    """Every value a template prints: text without bidi controls and zero-width characters
    (:func:`phancong.text.display.inert`), markup kept as markup; then autoescape."""
    if isinstance(value, Markup):
        return Markup(inert(str(value)))
    if isinstance(value, str):
        return inert(value)
    return value


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown,
    )
    env.filters.update(number=numbers.number, role=fmt.role_text, relation=fmt.relation_text, local=local)
    env.globals.update(
        url=url,
        page_url=page_url,
        evidence_url=evidence_url,
        value_text=numbers.value_text,
        period_text=numbers.period_text,
        unit_text=numbers.unit_text,
        KIND_NAMES=fmt.KIND_NAMES,
        HL_KINDS=KINDS,
        role_text=fmt.role_text,
    )
    return env


templates = _env()


# The pages' policy (phancong.web.app.PAGE_CSP), with inline styles allowed: the two pages that run a vendored
# library (the SPARQL editor, Swagger UI) whose widgets set style attributes. Scripts stay 'self' only.
WIDGET_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
)


def render_page(name: str, status_code: int = 200, *, csp: str | None = None, **context) -> HTMLResponse:
    """The template ``name`` rendered; ``csp`` replaces the pages' Content-Security-Policy."""
    html = templates.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers={"Content-Security-Policy": csp} if csp else None)
