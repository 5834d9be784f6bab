"""What a store is to the layers above it: the methods the build, the Python API, the web app and the checks
call, which the embedded Oxigraph store (:class:`~phancong.store.embedded.EmbeddedStore`) and the remote SPARQL
1.1 store (:class:`~phancong.store.remote.RemoteStore`) both have. A new backend implements this protocol
(docs/architecture.md, "a new store backend"); mypy checks the two against it where a store is opened
(``cli.common.open_store``, ``KnowledgeGraph``).

The bulk methods of a build's new sources (``has_sources``, ``add_new_graphs``, ``end_bulk``, ``undo_bulk``) and the
incremental ones (``has_graph``, ``add_graphs``) are optional: the build uses them when a store has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Graph

    from .index import TextIndex

__all__ = ["Store"]


@runtime_checkable
class Store(Protocol):
    """A store of one named graph per source, with a text index beside it."""

    kind: str  # "embedded" or "remote"

    @property
    def index(self) -> TextIndex: ...

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Any:
        """SELECT: rows of pyoxigraph terms; ASK: a boolean; CONSTRUCT, DESCRIBE: triples."""

    def select(self, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A SELECT's rows as dicts of plain Python values."""

    def graphs(self) -> list[str]: ...

    def graph_ntriples(self, name: str) -> str: ...

    def dump(self, fmt: ox.RdfFormat) -> bytes: ...

    def replace_ntriples(self, name: str, nt: str, *, index: bool = True) -> None:
        """Replace a named graph (one source) and its index rows, whole or not at all."""

    def replace_graph(self, graph: Graph, *, index: bool = True) -> int: ...

    def remove_graph(self, name: str) -> None: ...

    def rebuild_index(self) -> int: ...

    def flush(self) -> None: ...

    def __len__(self) -> int: ...
