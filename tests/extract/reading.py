"""What the extraction tests read from a made-up sentence: the extraction itself, and who does what and reports to
whom by the bodies' names. Shared by the test modules written for issue 13 (the sentences stay in the tests)."""

from __future__ import annotations

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def ex(text: str, province: str = "Hòa Bình"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def roles(e) -> set[tuple[str, str]]:
    """(body, role) of every assignment read, by the bodies' names."""
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.role) for a in e.assignments}


def statuses(e) -> set[tuple[str, str]]:
    """(body, status) of every assignment read, by the bodies' names: "assigned" or "reported"."""
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.status) for a in e.assignments}


def duties(e) -> set[tuple[str, str]]:
    """(body, the text of its duty) of every assignment read, by the bodies' names."""
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.text) for a in e.assignments}


def reporting_lines(e) -> set[tuple[str, str]]:
    """(who reports, to whom) of every reporting line read, by the bodies' names."""
    n = {b.key: b.name for b in e.bodies}
    return {(n[r.from_], n[r.to]) for r in e.relations}


def extraction(text: str, published: str | None = None, province: str = "Hòa Bình"):
    """The extraction of a made-up text of a province, with the date it was published when given."""
    meta = {"province": province} | ({"published": published} if published else {})
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta=meta))


def vud(text: str, published: str | None = None, province: str = "Hòa Bình") -> list[tuple]:
    """(value, unit as written, deadline year) of every target read (not the parts of one)."""
    e = extraction(text, published, province)
    return [(x.value, x.unit, x.deadline_year) for x in e.targets if x.parent is None]
