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
- ``engine_kg``: parametrised over the three engines of tools/engine.py (Oxigraph server, Apache Jena
  Fuseki, Virtuoso): the seed corpus built into each, one engine per session, started on first use and
  stopped at the end; a visible skip naming the reason where an engine cannot be installed here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _load_engines():
    """tools/engine.py (what scripts/engine runs): the one starter of Oxigraph server, Fuseki and Virtuoso."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tools" / "engine.py"
    spec = importlib.util.spec_from_file_location("phancong_tools_engine", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


engines = _load_engines()
ENGINE_NAMES = engines.NAMES  # ("oxigraph", "fuseki", "virtuoso")
free_port = engines.free_port


def closed_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    return free_port()


class OxigraphServer(engines.Oxigraph):
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT [--union-default-graph]`` in its own process group
    (tools/engine.py), its database in ``location`` (kept: a test may restart a server on it)."""

    def __init__(self, location: Path, *, union: bool = True):
        super().__init__(location, union=union)

    def start(self, attempts: int = 3, seconds: float = 30.0) -> OxigraphServer:
        try:
            super().start(attempts, seconds)
        except engines.EngineUnavailable as exc:
            pytest.fail(str(exc))
        return self


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

    store = RemoteStore(
        **oxigraph_server.endpoints(), timeout=30, index_path=tmp_path_factory.mktemp("remote-index") / "index.sqlite"
    )
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


# ------------------------------------------------------------------ the three engines
_ENGINE_SKIPS: dict[str, str] = {}


@pytest.fixture(scope="session")
def engine_servers(tmp_path_factory):
    """Started engines by name, one each per session (started on first use, all stopped at the end)."""
    started: dict = {}

    def get(name: str):
        if name in _ENGINE_SKIPS:
            pytest.skip(_ENGINE_SKIPS[name])
        if name not in started:
            why = engines.unavailable(name)
            if why is not None:
                _ENGINE_SKIPS[name] = f"{name} cannot run here: {why}"
                pytest.skip(_ENGINE_SKIPS[name])
            server = engines.engine(name, tmp_path_factory.mktemp(f"engine-{name}") / "db")
            started[name] = server.start()
        return started[name]

    try:
        yield get
    finally:
        for server in started.values():
            server.stop()


_ENGINE_KGS: dict = {}


@pytest.fixture(scope="session", params=ENGINE_NAMES)
def engine_kg(request, engine_servers, tmp_path_factory):
    """A KnowledgeGraph over the seed corpus built into one engine (through its graph store endpoint where it
    has one that works, else SPARQL Update); ``engine_kg.engine`` is the running engine."""
    from phancong.api import KnowledgeGraph
    from phancong.build import build
    from phancong.store.remote import RemoteStore

    name = request.param
    if name not in _ENGINE_KGS:
        server = engine_servers(name)
        store = RemoteStore(
            **server.endpoints(),
            timeout=120,
            index_path=tmp_path_factory.mktemp(f"engine-{name}-index") / "index.sqlite",
        )
        result = build([CORPUS], store)
        assert not result.failed, [s.error for s in result.failed]
        kg = KnowledgeGraph(store)
        kg.engine = server
        _ENGINE_KGS[name] = kg
    return _ENGINE_KGS[name]
