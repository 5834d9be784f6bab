"""Positions for the graph views, computed once in Python (networkx), so the browser does no physics.

- :func:`layer_levels`: longest-path layers (every edge points to a higher layer).
- :func:`layered_layout`: a small layered (Sugiyama-style) drawing: long edges get
  virtual nodes so that other nodes keep out of their way, layers are ordered by
  barycentre sweeps, nodes are spaced by their estimated label size, and each long
  edge is given the vis-network curve (``curvedCW``/``curvedCCW`` and roundness)
  that passes closest to its virtual nodes.
- :func:`wrapped_layers`: large layered views, each layer wrapped into rows.
- :func:`force_positions`: networkx's spring layout for network views.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

__all__ = ["layer_levels", "layered_layout", "wrapped_layers", "force_positions", "node_size"]

CHAR_W, LINE_H = 7.9, 19.0  # label metrics of the 14 px sans-serif font


def layer_levels(nodes: list[str], edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Longest-path layers: every edge points to a higher layer; cycles are broken (last edge of each cycle).

    >>> layer_levels(["t", "b", "c", "d"], [("t", "b"), ("b", "c"), ("t", "d"), ("d", "c")])
    {'t': 0, 'b': 1, 'd': 1, 'c': 2}
    """
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in edges if a != b)
    while True:
        try:
            cycle = nx.find_cycle(g)
        except nx.NetworkXNoCycle:
            break
        g.remove_edge(*cycle[-1][:2])
    level: dict[str, int] = {}
    for n in nx.topological_sort(g):
        level[n] = max((level[p] + 1 for p in g.predecessors(n)), default=0)
    return level


def node_size(label: str, shape: str, max_width: float) -> tuple[float, float]:
    """Estimated (width, height) in pixels of a vis-network node with this label."""
    text_w = len(label) * CHAR_W
    inner = max_width - 20
    lines = max(1, math.ceil(text_w / (inner * 0.9)))
    w = min(text_w, inner) + 20
    h = lines * LINE_H
    if shape == "ellipse":
        return min(text_w, max_width) + h + 8, 2 * h
    if shape == "box":
        return w, h + 16
    return max(36.0, min(text_w, max_width)), 36 + h  # shapes with the label underneath


def layered_layout(
    nodes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], levels: dict[str, int], direction: str = "UD"
) -> tuple[dict[str, tuple[float, float]], dict[int, dict]]:
    """Positions for a small layered view and, for edges that skip layers, a vis-network ``smooth`` option.

    ``nodes``: id -> (width, height); ``edges``: (from, to) in view order; ``levels``: from :func:`layer_levels`.
    Returns (positions, {edge index: smooth})."""
    across_vertical = direction in ("UD", "DU")
    lay = _Layering.of(nodes, levels, across_vertical)
    chains = _add_virtual_nodes(lay, edges)
    _order_by_barycentre(lay)
    pos = _place_across(lay, gap=90.0 if across_vertical else 26.0)
    along = _place_along(lay, label_room=70.0 if across_vertical else 190.0)
    sign = -1.0 if direction in ("DU", "RL") else 1.0

    def xy(n: str) -> tuple[float, float]:
        a, c = sign * along[lay.rank[n]], pos[n]
        return (c, a) if across_vertical else (a, c)

    positions = {n: xy(n) for n in nodes}
    smooth = {}
    for i, virtual in chains.items():
        if virtual:
            a, b = edges[i]
            smooth[i] = _curve_through(positions[a], positions[b], [xy(v) for v in virtual])
    return positions, smooth


@dataclass
class _Layering:
    """The nodes of a layered drawing (virtual ones included) by layer, with their extent across the layer
    (``size``) and along the flow (``depth``), and their neighbours."""

    rank: dict[str, int]
    size: dict[str, float]
    depth: dict[str, float]
    layers: dict[int, list[str]]
    neighbours: dict[str, list[str]]

    @classmethod
    def of(cls, nodes: dict[str, tuple[float, float]], levels: dict[str, int], across_vertical: bool) -> _Layering:
        layers: dict[int, list[str]] = {}
        for n in nodes:
            layers.setdefault(levels[n], []).append(n)
        return cls(
            rank=dict(levels),
            size={n: (wh[0] if across_vertical else wh[1]) for n, wh in nodes.items()},
            depth={n: (wh[1] if across_vertical else wh[0]) for n, wh in nodes.items()},
            layers=layers,
            neighbours={n: [] for n in nodes},
        )


def _add_virtual_nodes(lay: _Layering, edges: list[tuple[str, str]]) -> dict[int, list[str]]:
    """A virtual node on each layer an edge skips, so that other nodes keep out of its way; returns each edge's
    virtual nodes (edge index -> nodes, in order from its start to its end)."""
    rank = lay.rank
    chains: dict[int, list[str]] = {}
    for i, (a, b) in enumerate(edges):
        if a == b:
            continue
        lo, hi = sorted((rank[a], rank[b]))
        path = [a if rank[a] == lo else b]
        for r in range(lo + 1, hi):
            v = f"\x00v{i}:{r}"
            rank[v], lay.size[v], lay.depth[v] = r, 28.0, 0.0
            lay.layers[r].append(v)
            lay.neighbours[v] = []
            path.append(v)
        path.append(b if rank[a] == lo else a)
        chains[i] = path[1:-1] if rank[a] == lo else path[-2:0:-1]  # from a to b
        for u, w in pairwise(path):
            lay.neighbours[u].append(w)
            lay.neighbours[w].append(u)
    return chains


def _order_by_barycentre(lay: _Layering) -> None:
    """Each layer ordered by the mean position of its nodes' neighbours in the layer before, sweeping down
    and up."""
    layers, rank, neighbours = lay.layers, lay.rank, lay.neighbours
    order = {n: i for r in layers for i, n in enumerate(layers[r])}
    ranks = sorted(layers)
    for sweep in range(6):
        for r in ranks[1:] if sweep % 2 == 0 else ranks[-2::-1]:
            near = r - 1 if sweep % 2 == 0 else r + 1

            def key(n, near=near):
                ps = [order[m] for m in neighbours[n] if rank[m] == near]
                return (sum(ps) / len(ps) if ps else order[n], order[n])

            layers[r].sort(key=key)
            for i, n in enumerate(layers[r]):
                order[n] = i


def _place_across(lay: _Layering, gap: float) -> dict[str, float]:
    """Each node's position across its layer: packed and centred on 0, then pulled towards its neighbours,
    ``gap`` apart at least."""
    layers, size, neighbours = lay.layers, lay.size, lay.neighbours
    ranks = sorted(layers)
    pos: dict[str, float] = {}
    for r in ranks:  # initial packing, centred on 0
        x = 0.0
        for n in layers[r]:
            pos[n] = x + size[n] / 2
            x += size[n] + gap
        shift = (x - gap) / 2
        for n in layers[r]:
            pos[n] -= shift
    for sweep in range(12):  # pull each node towards its neighbours, keep the spacing
        for r in ranks if sweep % 2 == 0 else ranks[::-1]:
            want = {
                n: (sum(pos[m] for m in neighbours[n]) / len(neighbours[n]) if neighbours[n] else pos[n])
                for n in layers[r]
            }
            row = layers[r]
            need = [(size[u] + size[v]) / 2 + gap for u, v in pairwise(row)]
            left = [want[n] for n in row]  # as far left as wanted, pushed right where too close
            for i in range(1, len(row)):
                left[i] = max(left[i], left[i - 1] + need[i - 1])
            right = [want[n] for n in row]  # as far right as wanted, pushed left where too close
            for i in range(len(row) - 2, -1, -1):
                right[i] = min(right[i], right[i + 1] - need[i])
            # both keep the spacing, so their mean does
            placed = [(x + y) / 2 for x, y in zip(left, right, strict=True)]
            for n, x in zip(layers[r], placed, strict=True):
                pos[n] = x
    return pos


def _place_along(lay: _Layering, label_room: float) -> dict[int, float]:
    """Each layer's position along the flow: the deepest nodes of two layers ``label_room`` apart."""
    layers, depth = lay.layers, lay.depth
    ranks = sorted(layers)
    along: dict[int, float] = {}
    at = 0.0
    for i, r in enumerate(ranks):
        if i:
            prev = ranks[i - 1]
            at += (max(depth[n] for n in layers[prev]) + max(depth[n] for n in layers[r])) / 2 + label_room
        along[r] = at
    return along


def _via(p0, p1, kind: str, k: float) -> tuple[float, float]:
    """vis-network's control point of a curvedCW / curvedCCW edge (Edge._getViaCoordinates)."""
    dx, dy = p1[0] - p0[0], p0[1] - p1[1]
    radius = math.hypot(dx, dy)
    turn = (k * 0.5 + 0.5) if kind == "curvedCW" else (-k * 0.5 + 0.5)
    angle = (math.atan2(dy, dx) + turn * math.pi) % (2 * math.pi)
    return p0[0] + (k * 0.5 + 0.5) * radius * math.sin(angle), p0[1] + (k * 0.5 + 0.5) * radius * math.cos(angle)


def _curve_through(p0, p1, waypoints) -> dict:
    """The curved edge option whose quadratic curve passes closest to the waypoints."""
    best = (float("inf"), {"enabled": True, "type": "curvedCW", "roundness": 0.2})
    n = len(waypoints) + 1
    for kind in ("curvedCW", "curvedCCW"):
        for step in range(0, 21):
            k = step / 20
            c = _via(p0, p1, kind, k)
            err = 0.0
            for j, w in enumerate(waypoints, start=1):
                t = j / n
                bx = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t * t * p1[0]
                by = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t * t * p1[1]
                err = max(err, math.hypot(bx - w[0], by - w[1]))
            if err < best[0] - 1e-9:
                best = (err, {"enabled": True, "type": kind, "roundness": k})
    return best[1]


def wrapped_layers(
    nodes: list[str],
    edges: list[tuple[str, str]],
    levels: dict[str, int],
    labels: dict[str, str],
    direction: str = "UD",
    per_row: int = 40,
) -> dict[str, tuple[float, float]]:
    """Positions for a large layered view: each layer in rows of at most ``per_row`` nodes, ordered by
    the mean position of their predecessors (one barycentre pass)."""
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    dx, dy = 260.0, 90.0
    order: dict[str, float] = {}
    pos: dict[str, tuple[float, float]] = {}
    offset = 0.0
    for lv in sorted(set(levels.values())):
        members = [n for n in nodes if levels.get(n) == lv]
        members.sort(
            key=lambda n: (sum(order.get(p, 0) for p in g.predecessors(n)) / max(1, g.in_degree(n)), labels.get(n, ""))
        )
        rows = math.ceil(len(members) / per_row)
        for i, n in enumerate(members):
            r, c = divmod(i, per_row)
            width = min(per_row, len(members) - r * per_row)
            order[n] = c
            across, along = (c - (width - 1) / 2) * dx, offset + r * dy
            pos[n] = (along, across) if direction in ("LR", "RL") else (across, along)
        offset += rows * dy + 160.0
    if direction == "DU":
        pos = {n: (x, -y) for n, (x, y) in pos.items()}
    elif direction == "RL":
        pos = {n: (-x, y) for n, (x, y) in pos.items()}
    return pos


SPRING_UP_TO = 150  # nodes per connected component laid out with networkx's spring layout


def force_positions(nodes: list[str], edges: list[tuple[str, str, float]]) -> dict[str, tuple[float, float]]:
    """Positions for a large network view, in time linear in its size except for small components.

    Each connected component of at most :data:`SPRING_UP_TO` nodes gets networkx's (seeded) spring
    layout; a larger one gets a radial layout around its best-connected node (rings = networkx BFS
    layers, each node placed near the angle of the neighbour that reached it): networkx's spring layout
    took 20-30 s for 2,000 nodes on this machine. Components are then packed in rows, largest first."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for a, b, w in edges:
        if a != b:
            g.add_edge(a, b, weight=g[a][b]["weight"] + w if g.has_edge(a, b) else w)
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for comp in parts:
        sub = g.subgraph(comp)
        if len(comp) == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= SPRING_UP_TO:
            raw = nx.spring_layout(sub, seed=7, iterations=80, weight="weight", scale=70.0 * math.sqrt(len(comp)))
            pos = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        else:
            pos = _radial(g, comp)  # the whole graph: a component is closed, and its views are slow to walk
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        radius = max(80.0, max(max(xs) - min(xs), max(ys) - min(ys)) / 2 + 120.0)
        placed.append(({n: (x - cx, y - cy) for n, (x, y) in pos.items()}, radius))
    out: dict[str, tuple[float, float]] = {}
    row_width = max(2 * placed[0][1], 2400.0) if placed else 0.0
    x = y = row_h = 0.0
    for pos, r in placed:
        if x and x + 2 * r > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + r + px, y + r + py)
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out


def _radial(g: nx.Graph, comp: list[str]) -> dict[str, tuple[float, float]]:
    """A radial layout of the connected component ``comp`` of ``g`` around its best-connected node."""
    degree = dict(g.degree(comp, weight="weight"))
    hub = max(comp, key=lambda n: (degree[n], n))
    angle = {hub: 0.0}
    pos = {hub: (0.0, 0.0)}
    for depth, layer in enumerate(nx.bfs_layers(g, [hub])):
        if depth == 0:
            continue

        def parent_angle(n):
            return min((angle[m] for m in g.neighbors(n) if m in angle), default=0.0)

        layer = sorted(layer, key=lambda n: (parent_angle(n), n))
        radius = max(depth * 260.0, len(layer) * 46.0 / (2 * math.pi))
        for i, n in enumerate(layer):
            a = 2 * math.pi * i / len(layer)
            angle[n] = a
            pos[n] = (radius * math.cos(a), radius * math.sin(a))
    return pos
