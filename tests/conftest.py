"""Shared fixtures: the seed corpus built once into a temporary store, and a
headless Chromium (Debian's) for the browser tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """A store holding the built seed corpus (read it; copy it before writing)."""
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore

    path = tmp_path_factory.mktemp("seed-store")
    store = EmbeddedStore(path)
    result = build([CORPUS], store)
    assert not result.failed, [s.error for s in result.failed]
    store.flush()
    del store
    return path


@pytest.fixture(scope="session")
def seed_store(seed_store_path):
    from phancong.store.embedded import EmbeddedStore

    # read-only: tests and CLI calls in the same process open it read-only too (one writer at most)
    return EmbeddedStore(seed_store_path, read_only=True)


@pytest.fixture(scope="session")
def kg(seed_store):
    from phancong.api import KnowledgeGraph

    return KnowledgeGraph(seed_store)


def chromium_executable() -> str | None:
    for name in (os.environ.get("PHANCONG_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a headless-capable Chromium, or a visible skip."""
    path = chromium_executable()
    if path is None:
        pytest.skip("no Chromium: the browser tests need Debian's chromium (scripts/test installs it when run as root)")
    return path


# Flags that keep Chromium off the network and quiet on this kind of machine.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


# The remote-store fixtures (a real Oxigraph server on a loopback port; `backend` runs a test on the
# embedded and on the remote store) live in tests/remote_fixtures.py; they are registered here.
def _load_remote_fixtures():
    import importlib.util
    import sys

    path = Path(__file__).with_name("remote_fixtures.py")
    spec = importlib.util.spec_from_file_location("phancong_remote_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_remote_fixtures = _load_remote_fixtures()
oxigraph_servers = _remote_fixtures.oxigraph_servers
oxigraph_servers_module = _remote_fixtures.oxigraph_servers_module
oxigraph_server = _remote_fixtures.oxigraph_server
remote_store = _remote_fixtures.remote_store
remote_kg = _remote_fixtures.remote_kg
backend = _remote_fixtures.backend
closed_port_fixture = _remote_fixtures.closed_port_fixture
engine_servers = _remote_fixtures.engine_servers
engine_kg = _remote_fixtures.engine_kg
