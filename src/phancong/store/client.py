"""The remote store's HTTP side: one SPARQL protocol or Graph Store Protocol request at a time, with
authentication, retries within a time budget, and one-line errors naming the endpoint.

- HTTP basic (``user``/``password``) or bearer (``token``) authentication.
- ``timeout`` bounds each operation, retries included: connection errors (refused, reset, timed out)
  and HTTP 502/503/504 are retried with exponential backoff while time is left; other HTTP errors are
  not. Once an operation has failed to reach the endpoint, the next ones try once (a dead server fails
  a long build fast) until one succeeds.
- Errors are one line naming the endpoint: it cannot be reached, it refused (HTTP status and the first
  line of its answer), or it answered with something that is not SPARQL results.
"""

from __future__ import annotations

import ast
import base64
import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from .embedded import StoreError
from .results import Solution, Solutions, canonical_literal, json_term

__all__ = ["SparqlClient", "RemoteStoreError", "EndpointUnreachable"]

RETRY_STATUS = (502, 503, 504)
# an engine's answer that says "try again" without a retryable status: Virtuoso answers a transaction that lost
# a deadlock (parallel uploads touch the merged graph together) with HTTP 500 and SQL state 40001
TRANSIENT_BODY = re.compile(rb"\b40001\b|[Dd]eadlock")


class RemoteStoreError(StoreError):
    """The endpoint refused (``status`` is the HTTP status), answered something that is not SPARQL,
    or is misconfigured."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class EndpointUnreachable(RemoteStoreError):
    """The endpoint could not be reached (refused, reset, timed out, unknown host)."""


# ---------------------------------------------------------------------------- HTTP failures
class _Refused(Exception):
    """An HTTP error status from the server (not retried unless 502/503/504)."""

    def __init__(self, url: str, status: int | None, reason: str, body: bytes):
        self.url, self.status, self.reason, self.body = url, status, reason, body
        super().__init__(f"HTTP {status}")

    def message(self) -> str:
        line = _first_line(self.body)
        status = f"HTTP {self.status}" + (f" {self.reason}" if self.reason else "")
        return f"SPARQL endpoint {self.url} refused the request: {status}" + (f": {line}" if line else "")


def _first_line(body: bytes | str, limit: int = 200) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    for line in text.splitlines():
        line = re.sub(r"<[^>]+>", " ", line).strip()  # an HTML error page: its text
        line = re.sub(r"\s+", " ", line)
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def _from_sparqlwrapper(url: str, exc: Exception) -> _Refused:
    """SPARQLWrapper turns HTTP 400/401/404/414/500 into its own exceptions; recover status and body."""
    ctx = exc.__context__
    status = getattr(ctx, "code", None)
    reason = getattr(ctx, "reason", "") or ""
    body = b""
    text = str(exc)
    marker = "\n\nResponse:\n"
    if marker in text:
        try:
            parsed = ast.literal_eval(text.split(marker, 1)[1])
            body = parsed if isinstance(parsed, bytes) else str(parsed).encode("utf-8")
        except (ValueError, SyntaxError):
            body = text.split(marker, 1)[1].encode("utf-8")
    if status is None:
        status = {
            "QueryBadFormed": 400,
            "Unauthorized": 401,
            "EndPointNotFound": 404,
            "URITooLong": 414,
            "EndPointInternalError": 500,
        }.get(type(exc).__name__)
    return _Refused(url, status, str(reason), body or getattr(exc, "msg", "").encode("utf-8"))


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return False
    return isinstance(
        exc, (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout, http.client.HTTPException, OSError)
    )


def _why(exc: BaseException, timeout: float) -> str:
    """Why a connection failed, in a few words."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, str):
        return reason
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    if isinstance(reason, http.client.IncompleteRead):
        return "the answer was cut off"
    return str(reason) or type(reason).__name__


# ---------------------------------------------------------------------------- the merged graph


def _read_quietly(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read() or b""
    except Exception:  # noqa: BLE001 - the body is only for the message
        return b""


class SparqlClient:
    """A SPARQL 1.1 endpoint (query, update) and, if given, its Graph Store Protocol endpoint."""

    def __init__(
        self,
        endpoint: str,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.2,
    ):
        for name, url in (
            ("endpoint", endpoint),
            ("update endpoint", update_endpoint),
            ("graph store endpoint", gsp_endpoint),
        ):
            if url is not None:
                parts = urllib.parse.urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    raise RemoteStoreError(f"{name} {url!r} is not an http(s) URL")
        if token and (user or password):
            raise RemoteStoreError("give either a bearer token or a user and password, not both")
        if (user is None) != (password is None):
            raise RemoteStoreError("HTTP basic authentication needs both a user and a password")
        if timeout <= 0:
            raise RemoteStoreError(f"timeout must be positive, not {timeout}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.gsp_endpoint = gsp_endpoint
        self.user, self.password, self.token = user, password, token
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self._unreachable = False

    # ------------------------------------------------------------ HTTP plumbing
    def _auth_header(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            raw = f"{self.user}:{self.password}".encode()
            return "Basic " + base64.b64encode(raw).decode("ascii")
        return None

    def _call(self, url: str, attempt: Callable[[float], Any]) -> Any:
        """Run ``attempt(seconds_left)``, retrying connection errors with exponential backoff,
        all within ``self.timeout``; raise one-line errors naming ``url``."""
        deadline = time.monotonic() + self.timeout
        tries = 1 if self._unreachable else 1 + self.retries
        delay = self.backoff
        last: BaseException | None = None
        for n in range(tries):
            left = deadline - time.monotonic()
            try:
                result = attempt(max(left, 0.05))
                self._unreachable = False
                return result
            except _Refused as exc:
                if exc.status not in RETRY_STATUS and not (exc.status == 500 and TRANSIENT_BODY.search(exc.body)):
                    self._unreachable = False
                    raise RemoteStoreError(exc.message(), exc.status) from None
                last = exc
            except RemoteStoreError:
                self._unreachable = False
                raise
            except Exception as exc:  # noqa: BLE001 - classified below
                if not _is_connection_error(exc):
                    raise RemoteStoreError(f"SPARQL endpoint {url}: {type(exc).__name__}: {exc}") from None
                last = exc
            left = deadline - time.monotonic()
            if n + 1 == tries or left <= delay:
                break
            time.sleep(delay)
            delay *= 2
        if isinstance(last, _Refused):
            raise RemoteStoreError(last.message(), last.status) from None
        assert last is not None  # tries >= 1, and every try that gets here failed
        self._unreachable = True
        raise EndpointUnreachable(f"cannot reach SPARQL endpoint {url}: {_why(last, self.timeout)}") from None

    def _sparql(
        self,
        text: str,
        *,
        update: bool,
        accept: str,
        default_graph: str | list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> tuple[bytes, str]:
        """One SPARQL protocol request through SPARQLWrapper: (body, content type)."""
        from SPARQLWrapper import POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        url = (self.update_endpoint or self.endpoint) if update else self.endpoint

        def attempt(seconds: float) -> tuple[bytes, str]:
            sw = SPARQLWrapper(self.endpoint, updateEndpoint=self.update_endpoint or self.endpoint)
            sw.setMethod(POST)
            sw.setOnlyConneg(True)
            sw.setQuery(text)
            for g in [default_graph] if isinstance(default_graph, str) else default_graph or []:
                sw.addDefaultGraph(g)
            for g in named_graphs or []:
                sw.addNamedGraph(g)
            if sw.isSparqlUpdateRequest() != update:
                raise RemoteStoreError(
                    f"SPARQL syntax error: expected a {'update' if update else 'query'}, got {sw.queryType}"
                )
            # setTimeout() truncates to whole seconds (0 = no timeout); SPARQLWrapper declares the attribute an int
            # but hands it to urllib's urlopen, which takes float seconds
            sw.timeout = seconds  # type: ignore[assignment]
            sw.addCustomHttpHeader("Accept", accept)
            auth = self._auth_header()
            if auth:
                sw.addCustomHttpHeader("Authorization", auth)
            try:
                result = sw.query()
                body = result.response.read()
                ctype = result.response.headers.get("Content-Type", "") or ""
            except SPARQLWrapperException as exc:
                raise _from_sparqlwrapper(url, exc) from None
            except urllib.error.HTTPError as exc:
                raise _Refused(url, exc.code, str(exc.reason or ""), _read_quietly(exc)) from None
            return body, ctype

        return self._call(url, attempt)

    def _gsp(self, method: str, graph: str, body: bytes | None = None, accept: str | None = None) -> bytes:
        """One SPARQL 1.1 Graph Store HTTP Protocol request on named graph ``graph``."""
        endpoint = self.gsp_endpoint
        if endpoint is None:
            raise RemoteStoreError(f"SPARQL endpoint {self.endpoint}: no graph store endpoint given")
        sep = "&" if "?" in endpoint else "?"
        url = endpoint + sep + urllib.parse.urlencode({"graph": graph})

        def attempt(seconds: float) -> bytes:
            req = urllib.request.Request(url, data=body, method=method)
            if body is not None:
                req.add_header("Content-Type", "application/n-triples; charset=utf-8")
            if accept:
                req.add_header("Accept", accept)
            auth = self._auth_header()
            if auth:
                req.add_header("Authorization", auth)
            try:
                with urllib.request.urlopen(req, timeout=seconds) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                raise _Refused(endpoint, exc.code, str(exc.reason or ""), _read_quietly(exc)) from None

        return self._call(endpoint, attempt)

    def _not_sparql(self, ctype: str, body: bytes, expected: str) -> RemoteStoreError:
        what = ctype.split(";")[0].strip() or "no content type"
        line = _first_line(body, 120)
        return RemoteStoreError(
            f"SPARQL endpoint {self.endpoint} answered with something that is not SPARQL "
            f"{expected} ({what}" + (f": {line}" if line else "") + ")"
        )

    def _results_json(
        self, text: str, *, default_graph: str | list[str] | None = None, named_graphs: list[str] | None = None
    ) -> dict:
        body, ctype = self._sparql(
            text,
            update=False,
            accept="application/sparql-results+json",
            default_graph=default_graph,
            named_graphs=named_graphs,
        )
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise self._not_sparql(ctype, body, "results") from None
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("head"), dict)
            or not (
                isinstance(data.get("boolean"), bool)
                or (isinstance(data.get("results"), dict) and isinstance(data["results"].get("bindings"), list))
            )
        ):
            raise self._not_sparql(ctype, body, "results")
        return data

    def _triples(
        self, text: str, *, default_graph: str | list[str] | None = None, named_graphs: list[str] | None = None
    ) -> list:
        body, ctype = self._sparql(
            text,
            update=False,
            default_graph=default_graph,
            named_graphs=named_graphs,
            accept="application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
        )
        fmt = ox.RdfFormat.from_media_type(ctype.split(";")[0].strip()) if ctype else None
        if fmt is None:
            raise self._not_sparql(ctype, body, "RDF")
        try:
            return [ox.Triple(q.subject, q.predicate, canonical_literal(q.object)) for q in ox.parse(body, format=fmt)]
        except (SyntaxError, ValueError) as exc:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.endpoint} answered with RDF that does not parse ({_first_line(str(exc), 120)})"
            ) from None

    def _solutions(self, data: dict) -> Solutions:
        names = [v for v in data["head"].get("vars", []) if isinstance(v, str)]
        try:
            rows = [Solution({n: json_term(b.get(n)) for n in names}) for b in data["results"]["bindings"]]
        except (ValueError, AttributeError, TypeError) as exc:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.endpoint} answered with malformed SPARQL results ({exc})"
            ) from None
        return Solutions(names, rows)
