"""Both stores are what the layers above call a store (store/protocol.py); mypy checks the signatures where a
store is opened, this checks that nothing the protocol names is missing at run time."""

from __future__ import annotations

from phancong.store.embedded import EmbeddedStore
from phancong.store.protocol import Store
from phancong.store.remote import RemoteStore


def test_the_embedded_store_is_a_store(seed_store):
    assert isinstance(seed_store, EmbeddedStore) and isinstance(seed_store, Store)


def _members() -> set[str]:
    own = {n for n, v in vars(Store).items() if callable(v) or isinstance(v, property)}
    return (own | set(Store.__annotations__)) - {"__init__", "__subclasshook__", "_is_protocol"}


def test_the_remote_store_has_every_member_of_a_store():
    # on the class: an instance would reach for its endpoint to sync the index when asked for it
    members = _members()
    assert {"index", "query", "select", "replace_ntriples", "__len__", "kind"} <= members
    assert [m for m in sorted(members) if not hasattr(RemoteStore, m)] == []


def test_something_without_a_text_index_is_no_store():
    class OnlyQueries:
        kind = "other"

        def query(self, sparql, bindings=None):
            return []

    assert not isinstance(OnlyQueries(), Store)
