"""A real Oxigraph server (from the ``oxigraph`` PyPI package) for the remote-store tests.

The fixtures are registered by tests/conftest.py:

- ``oxigraph_servers``: a factory; ``oxigraph_servers(location=None, union=True)``
  starts a server on a free loopback port and returns an :class:`OxigraphServer`;
  every server it started is stopped when the test ends, passed or failed.
- ``oxigraph_servers_module``: the same factory for module-scoped fixtures.
- ``oxigraph_server``: one server for the whole session (seed corpus built into it
  by ``remote_store``).
- ``remote_store`` / ``remote_kg``: the seed corpus built into that server.
- ``backend``: parametrised over ``["embedded", "remote"]``: a KnowledgeGraph over
  the seed corpus, so every answer test written against it runs on both.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def oxigraph_executable() -> str:
    """The ``oxigraph`` command installed next to this Python (the test extra), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if found is None:
        pytest.fail("the Oxigraph server is not installed: `pip install -e '.[test]'` brings it (package oxigraph)")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def closed_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    return free_port()


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT [--union-default-graph]`` in its own process group."""

    def __init__(self, location: Path, *, union: bool = True):
        self.location = Path(location)
        self.union = union
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None
        self.log_path = self.location.parent / f"{self.location.name}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    def endpoints(self) -> dict[str, str]:
        """Keyword arguments for RemoteStore / KnowledgeGraph.open."""
        return {"endpoint": self.query_url, "update_endpoint": self.update_url, "gsp_endpoint": self.store_url}

    def cli_args(self) -> list[str]:
        return ["--endpoint", self.query_url, "--update-endpoint", self.update_url, "--gsp-endpoint", self.store_url]

    def start(self, attempts: int = 3) -> OxigraphServer:
        self.location.mkdir(parents=True, exist_ok=True)
        for _ in range(attempts):  # a free port can be taken between choosing it and binding it
            self.port = free_port()
            cmd = [oxigraph_executable(), "serve", "--location", str(self.location),
                   "--bind", f"127.0.0.1:{self.port}"] + (["--union-default-graph"] if self.union else [])
            with open(self.log_path, "ab") as log:
                self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                             start_new_session=True)
            if self._wait_ready():
                return self
            self.stop()
        raise RuntimeError(f"the Oxigraph server did not start; its log: {self.log_tail()}")

    def _wait_ready(self, seconds: float = 30.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.query_url + "?query=ASK%7B%7D", timeout=2) as r:
                    if r.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        return False

    def log_tail(self, n: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return "(no log)"

    def kill(self) -> None:
        """SIGKILL the server's process group (a crash, as far as clients can tell)."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
        except ProcessLookupError:
            pass


@pytest.fixture(name="closed_port")
def closed_port_fixture() -> int:
    """A loopback port nothing listens on."""
    return closed_port()


def _servers(base: Path):
    """Start Oxigraph servers in ``base``; all are stopped when the generator ends, also on failure."""
    started: list[OxigraphServer] = []

    def start(location: Path | None = None, *, union: bool = True) -> OxigraphServer:
        server = OxigraphServer(location or base / f"oxigraph-{len(started)}", union=union)
        started.append(server)
        return server.start()

    try:
        yield start
    finally:
        for server in started:
            server.stop()


@pytest.fixture
def oxigraph_servers(tmp_path):
    """Start Oxigraph servers in this test's temp dir; all are stopped at the end, also on failure."""
    yield from _servers(tmp_path)


@pytest.fixture(scope="module")
def oxigraph_servers_module(tmp_path_factory):
    """As ``oxigraph_servers``, for a module's fixtures: the servers stop when the module's tests end."""
    yield from _servers(tmp_path_factory.mktemp("oxigraph-module"))


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-seed") / "data")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def remote_store(oxigraph_server, tmp_path_factory):
    """The seed corpus built into the session's Oxigraph server (local index in a temp dir)."""
    from phancong.build import build
    from phancong.store.remote import RemoteStore

    store = RemoteStore(**oxigraph_server.endpoints(), timeout=30,
                        index_path=tmp_path_factory.mktemp("remote-index") / "index.sqlite")
    result = build([CORPUS], store)
    assert not result.failed, [s.error for s in result.failed]
    return store


@pytest.fixture(scope="session")
def remote_kg(remote_store):
    from phancong.api import KnowledgeGraph

    return KnowledgeGraph(remote_store)


@pytest.fixture(scope="session", params=["embedded", "remote"])
def backend(request):
    """A KnowledgeGraph over the seed corpus, on the embedded store and on an Oxigraph server."""
    return request.getfixturevalue("kg" if request.param == "embedded" else "remote_kg")
