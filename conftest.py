"""Root conftest: the doctests of the Python API (phancong.api, phancong.answers) get EXAMPLE_STORE, the seed
corpus built once, and KnowledgeGraph."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def _example_store(tmp_path_factory) -> str:
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore

    path = tmp_path_factory.mktemp("doctest-store")
    store = EmbeddedStore(path)
    assert not build([ROOT / "corpus"], store).failed
    store.flush()
    del store
    return str(path)


@pytest.fixture(autouse=True)
def _doctest_store(request, doctest_namespace):
    if isinstance(request.node, pytest.DoctestItem) and request.node.name.startswith(
        ("phancong.api", "phancong.answers")
    ):
        from phancong.api import KnowledgeGraph

        doctest_namespace["EXAMPLE_STORE"] = request.getfixturevalue("_example_store")
        doctest_namespace["KnowledgeGraph"] = KnowledgeGraph
