"""What a large view (above ``graph.LARGE`` nodes) writes short, and how it is made quickly: the nodes of one
style share their look as a vis-network group, its edges carry one colour for every state and the arrow the
options give every edge, and the garbage collector waits while the view's many small objects are made (it
otherwise scanned them over and over: half the time of a 20,000-node view)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["ARROW", "GROUPED", "collector_paused", "compact_edge", "grouped"]


@contextmanager
def collector_paused(pause: bool) -> Iterator[None]:
    was = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause and was:
            gc.enable()


# what the nodes of one style share in a large view: written once as its vis-network group
GROUPED = ("shape", "color", "font", "borderWidth", "widthConstraint", "size", "shapeProperties")


def grouped(item: dict[str, Any], style: str, groups: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The node item without what its style's group gives it (a value of its own stays: the focus's font)."""
    shared = {k: item.pop(k) for k in GROUPED if k in item}
    group = groups.setdefault(style, shared)
    item.update({k: v for k, v in shared.items() if group.get(k) != v})
    item["group"] = style
    return item


ARROW = {"to": {"enabled": True, "scaleFactor": 0.6}}


def compact_edge(item: dict[str, Any]) -> dict[str, Any]:
    """An edge of a large view with what vis-network would read the same way written short: one colour for
    every state, no dashes, the arrow the options give every edge."""
    colour = item["color"]
    if colour["highlight"] == colour["hover"] == colour["color"]:
        item["color"] = colour["color"]
    if item.get("dashes") is False:
        del item["dashes"]
    if item.get("arrows") == ARROW:
        del item["arrows"]
    return item
