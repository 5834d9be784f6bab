"""``phancong check``: is the graph well formed and what looks incomplete.

Errors (exit status 1): SHACL violations (ontology/shapes.ttl), rows of the
integrity queries queries/checks/*-violation.rq, an inconsistent ontology +
data according to the HermiT reasoner, a text index that does not say what the
graphs say (an embedded store: EmbeddedStore.index_disagreements). Warnings (exit status 0): groups whose
declared count differs from what was read, tasks without an answer to "who
owns it" (no body named or inherited, and no issuer of their document), a
reasoner that cannot run here. Information: tasks that name no lead body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Finding", "CheckReport", "run_checks"]


@dataclass
class Finding:
    check: str
    severity: str  # error | warning | info
    message: str
    resource: str | None = None


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def text(self) -> str:
        lines = []
        for f in sorted(self.findings, key=lambda f: ({"error": 0, "warning": 1, "info": 2}[f.severity], f.check)):
            where = f" [{f.resource}]" if f.resource else ""
            lines.append(f"{f.severity}: {f.check}: {f.message}{where}")
        lines.append(f"checks run: {', '.join(self.ran)}")
        lines.append(f"{len(self.errors)} error(s), {len(self.warnings)} warning(s)")
        return "\n".join(lines)


def _data_graph(store):
    """The union of the source graphs (without the ontology graph) as one rdflib Graph."""
    from rdflib import Graph

    from ..store.embedded import ONTOLOGY_GRAPH

    g = Graph()
    for name in store.graphs():
        if name != ONTOLOGY_GRAPH:
            g.parse(data=store.graph_ntriples(name), format="nt")
    return g


def run_checks(store, *, shacl: bool = True, reasoner: bool = True) -> CheckReport:
    """Every check of the store: its text index against its graphs, the SHACL shapes, the violation queries
    (queries/checks/), the counts declared against those found, the tasks without an owner or a lead, and the
    HermiT reasoner's consistency; each step says it ran (``report.ran``) and adds its findings."""
    report = CheckReport()
    if hasattr(store, "index_disagreements"):  # the text index says what the graphs say (issue 18)
        for problem in store.index_disagreements():
            report.findings.append(Finding("text-index", "error", problem))
        report.ran.append("text-index")
    data = _data_graph(store)
    if shacl:
        _check_shapes(data, report)
    _check_violations(store, report)
    _check_counts_and_owners(store, report)
    if reasoner:
        _check_consistency(data, report)
    return report


def _check_shapes(data, report: CheckReport) -> None:
    """The SHACL shapes of ontology/ on the source graphs."""
    import pyshacl
    from rdflib.namespace import SH

    from ..rdf.ontology import load_ontology, load_shapes

    conforms, results, _ = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    report.ran.append("SHACL shapes")
    for r in results.subjects(SH.resultSeverity, None):
        sev = results.value(r, SH.resultSeverity)
        msg = results.value(r, SH.resultMessage)
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        severity = "error" if sev == SH.Violation else "warning"
        text = str(msg) if msg else "shape not satisfied"
        if path is not None:
            text += f" (path {path.n3(data.namespace_manager)})"
        report.findings.append(Finding("shacl", severity, text, str(focus) if focus is not None else None))


def _check_violations(store, report: CheckReport) -> None:
    """The violation queries of queries/checks/: each row is an error."""
    from ..sparql.catalogue import QUERIES_DIR, load_query, run_query

    for path in sorted((QUERIES_DIR / "checks").glob("*-violation.rq")):
        q = load_query(path)
        report.ran.append(path.stem)
        for row in run_query(store, q):
            problem = row.get("problem") or q.summary or path.stem
            report.findings.append(
                Finding(path.stem.removesuffix("-violation"), "error", str(problem), row.get("resource"))
            )


def _check_counts_and_owners(store, report: CheckReport) -> None:
    """The counts a document declares against those found (warnings), the tasks with no answer to who owns
    them (warnings), and how many tasks name no lead (one note)."""
    from ..sparql.catalogue import named_query, run_query

    for row in run_query(store, "declared-vs-found"):
        if row.get("mismatch"):
            report.findings.append(
                Finding(
                    "declared-vs-found",
                    "warning",
                    f"{row['groupLabel'][:70]!r} declares {row['declared']} {row['kind']}s, {row['found']} found",
                    row["group"],
                )
            )
    report.ran.append("declared-vs-found")
    for row in run_query(store, named_query("internal/task-answers")):
        if str(row.get("answered")).lower() == "true":
            continue
        report.findings.append(
            Finding(
                "tasks-without-owner",
                "warning",
                f"{(row.get('taskLabel') or '')[:70]!r} has no answer to who owns it: no body is named for it, none "
                f"is inherited from its document, and no issuer of its document is recorded",
                row["task"],
            )
        )
    report.ran.append("tasks-without-owner")
    no_lead = run_query(store, "tasks-without-lead")
    assigned = [r for r in no_lead if int(r.get("assignments") or 0) > 0]
    if no_lead:
        report.findings.append(
            Finding(
                "tasks-without-lead",
                "info",
                f"{len(no_lead)} tasks name no lead body ({len(assigned)} of them name "
                f"bodies with other roles; `phancong owner` says so and lists them); see "
                f"`phancong query tasks-without-lead`",
            )
        )
    report.ran.append("tasks-without-lead")


def _check_consistency(data, report: CheckReport) -> None:
    """The ontology and the source graphs consistent for HermiT (a warning when it cannot run)."""
    from .reasoner import ReasonerUnavailable, check_consistency

    try:
        res = check_consistency(data)
        report.ran.append("HermiT consistency")
        if not res.consistent:
            report.findings.append(Finding("reasoner", "error", f"ontology + data inconsistent: {res.message}"))
    except ReasonerUnavailable as exc:
        report.findings.append(Finding("reasoner", "warning", f"not run: {exc}"))
