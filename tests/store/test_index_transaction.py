"""The text index is written in transactions: a write that fails half-way leaves the index as it was."""

from __future__ import annotations

import pytest

from phancong.store.index import TextIndex

ROWS = [("https://w3id.org/phancong/id/task/x/1", "task", "tổng hợp báo cáo kết quả thực hiện")]


def test_a_write_that_fails_half_way_leaves_the_index_as_it_was(tmp_path):
    index = TextIndex(tmp_path / "index.sqlite")
    with index.transaction():
        index.replace_graph("https://w3id.org/phancong/id/source/a", ROWS)
    with pytest.raises(RuntimeError, match="the store refused"), index.transaction():
        index.replace_graph("https://w3id.org/phancong/id/source/a", [])
        index.replace_graph("https://w3id.org/phancong/id/source/b", ROWS)
        raise RuntimeError("the store refused the write")
    assert index.graphs() == ["https://w3id.org/phancong/id/source/a"]


def test_a_write_that_ends_commits_for_the_next_reader(tmp_path):
    path = tmp_path / "index.sqlite"
    index = TextIndex(path)
    with index.transaction():
        index.replace_graph("https://w3id.org/phancong/id/source/a", ROWS)
    assert TextIndex(path).graphs() == ["https://w3id.org/phancong/id/source/a"]
