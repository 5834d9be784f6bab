"""``/docs``: Swagger UI for the JSON API, served from the package (swagger-ui-dist, vendored under
``static/vendor/swagger-ui/``), reading ``/openapi.json``; nothing is loaded from another host and the
page runs no inline script (its start is ``static/swagger-init.js``)."""

from __future__ import annotations

from fastapi import APIRouter

from .render import WIDGET_CSP, render_page

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs_page():
    return render_page("docs.html", csp=WIDGET_CSP)
