"""Who may talk to the server: the Host header, CORS and an optional bearer token (one ASGI middleware).

- **Host.** A page on another site can make a browser send requests to ``127.0.0.1`` through a name it
  controls (DNS rebinding); such a request carries that name in ``Host``. So every request's ``Host``
  must be one the server answers to, else 421: the loopback names (``localhost``, ``127.0.0.1``,
  ``::1``) when bound to loopback; the bound address, the loopback names and each ``--allowed-host``
  otherwise; any IP literal as well when bound to every address (``0.0.0.0`` or ``::``); ``*`` turns
  the check off (behind a proxy that checks it).
- **CORS.** Only ``/sparql`` GET and POST are open to other origins (``Access-Control-Allow-Origin: *``,
  never with credentials; a page's ``X-Total-Count`` and ``Link`` readable by the other origin's script);
  pages and the JSON API send no CORS header, so a browser keeps other sites
  from reading them.
- **Token.** With a token, every request needs ``Authorization: Bearer TOKEN`` (401 otherwise), except
  a CORS preflight of ``/sparql``, which a browser sends without it.
"""

from __future__ import annotations

import hmac
import ipaddress
import json

__all__ = ["Exposure", "LOOPBACK_HOSTS", "host_allowed"]

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::")
CORS_PATHS = ("/sparql",)
CORS_METHODS = "GET, POST"
CORS_HEADERS = "Accept, Content-Type, Authorization"
CORS_EXPOSED = "X-Total-Count, Link"  # a page of an answer: its total and the other pages


def _hostname(host: str) -> str:
    """``Host`` without its port, lower-cased, IPv6 without brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def host_allowed(host: str | None, allowed: tuple[str, ...]) -> bool:
    """Whether a request's ``Host`` header names this server (see the module's description).

    >>> host_allowed("localhost:8000", LOOPBACK_HOSTS), host_allowed("evil.example", LOOPBACK_HOSTS)
    (True, False)
    >>> host_allowed("[::1]:8000", LOOPBACK_HOSTS), host_allowed("192.0.2.1", ("0.0.0.0",))
    (True, True)
    """
    if "*" in allowed:
        return True
    if not host:
        return False
    name = _hostname(host)
    if name in allowed:
        return True
    return any(w in allowed for w in WILDCARDS) and _is_ip(name)


class Exposure:
    """ASGI middleware: the Host check, CORS on /sparql only, and the bearer token (if any)."""

    def __init__(self, app, *, allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS, token: str | None = None):
        self.app = app
        self.allowed = tuple(h.lower() for h in allowed_hosts)
        self.token = token.encode("utf-8") if token else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path, method = scope.get("path", ""), scope.get("method", "GET")
        if not host_allowed(headers.get("host"), self.allowed):
            shown = (headers.get("host") or "(none)")[:100]
            return await _plain(
                send,
                421,
                f"this server does not answer to the Host {shown!r} (it answers to "
                f"{', '.join(self.allowed)}; serve --allowed-host NAME adds a name)",
            )
        cors = path in CORS_PATHS and "origin" in headers
        if method == "OPTIONS" and cors and "access-control-request-method" in headers:
            wanted = headers["access-control-request-method"].upper()
            if wanted not in ("GET", "POST"):
                return await _plain(send, 405, f"{wanted} is not allowed on {path}: GET or POST")
            return await _plain(
                send,
                200,
                "",
                [
                    (b"access-control-allow-origin", b"*"),
                    (b"access-control-allow-methods", CORS_METHODS.encode()),
                    (b"access-control-allow-headers", CORS_HEADERS.encode()),
                    (b"access-control-max-age", b"600"),
                ],
            )
        if self.token is not None and not self._authorised(headers.get("authorization", "")):
            return await _plain(
                send,
                401,
                "this server needs the header Authorization: Bearer TOKEN",
                [(b"www-authenticate", b'Bearer realm="phancong"')],
                json_body=path.startswith("/api"),
            )
        if not (path in CORS_PATHS and method in ("GET", "POST")):
            return await self.app(scope, receive, send)

        async def send_cors(message):
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"access-control-allow-origin", b"*"),
                    (b"access-control-expose-headers", CORS_EXPOSED.encode()),
                ]
            await send(message)

        return await self.app(scope, receive, send_cors)

    def _authorised(self, header: str) -> bool:
        scheme, _, given = header.partition(" ")
        return (
            self.token is not None
            and scheme.lower() == "bearer"
            and hmac.compare_digest(given.strip().encode("utf-8"), self.token)
        )


async def _plain(send, status: int, text: str, headers=(), *, json_body: bool = False) -> None:
    if json_body:
        body, ctype = json.dumps({"detail": text}).encode("utf-8"), b"application/json"
    else:
        body, ctype = (text + "\n").encode("utf-8") if text else b"", b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", ctype),
                (b"content-length", str(len(body)).encode()),
                (b"x-content-type-options", b"nosniff"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
