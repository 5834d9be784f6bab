"""Answers a user can trust (issue 14), asked as the user asks them.

Every task has an answer to "who owns it"; comparisons set like against like; a target is read
against the results reported on it; indicators are listed; provinces are named as users name them."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from phancong.cli import main

# A plan that lists its tasks and names no body for them nor for the plan as a whole (made up).
PLAN_WITHOUT_LEAD = """Kế hoạch thực hiện Nghị quyết về sinh hoạt chi bộ

Ngày 10/1/2026, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU về nâng cao chất lượng sinh hoạt chi bộ \
giai đoạn 2026 - 2030.

II. NHIỆM VỤ, GIẢI PHÁP

* Nhóm nhiệm vụ thứ nhất về đổi mới nội dung sinh hoạt chi bộ có 02 nội dung:

1. Xây dựng chuyên đề sinh hoạt hằng quý phù hợp với từng loại hình chi bộ.

2. Kết nạp đảng viên trong đoàn viên thanh niên ưu tú ở thôn, tổ dân phố.

III. TỔ CHỨC THỰC HIỆN

Ủy ban Kiểm tra Tỉnh ủy: Kiểm tra, giám sát việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def plan_store(tmp_path_factory) -> Path:
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore

    d = tmp_path_factory.mktemp("plan-without-lead")
    (d / "src").mkdir()
    (d / "src" / "plan.txt").write_text(PLAN_WITHOUT_LEAD, encoding="utf-8")
    (d / "src" / "plan.meta.json").write_text(json.dumps({"province": "Quảng Trị"}), encoding="utf-8")
    store = EmbeddedStore(d / "store")
    assert not build([d / "src"], store).failed
    store.flush()
    del store
    return d / "store"


# ------------------------------------------------------------------ 1. owner: every task has an answer
def test_who_owns_ket_nap_dang_vien_in_de_an_03_ban_to_chuc_inherited_from_the_implementation_clause(kg):
    rows = kg.owner("ket nap dang vien")
    top = rows[0]
    assert top.document_label.endswith("03-ĐA/TU")
    assert (top.body_label, top.role, top.answer, top.inherited) == (
        "Ban Tổ chức Tỉnh ủy Tuyên Quang",
        "lead",
        "inherited",
        True,
    )
    assert "triển khai thực hiện Đề án" in top.evidence
    assert top.status == "assigned"


def test_who_leads_doi_moi_noi_dung_giang_day_says_no_lead_is_recorded_and_lists_the_coordinators(kg):
    rows = [
        r
        for r in kg.owner("ai chủ trì đổi mới nội dung giảng dạy")
        if r.body_label == "Trường Chính trị tỉnh Tuyên Quang"
    ]
    assert rows and all(r.role == "coordinate" and r.lead_recorded is False and r.answer == "named" for r in rows)


def test_cli_owner_says_when_no_lead_is_recorded(seed_store_path, capsys):
    assert main(["owner", "đổi mới nội dung giảng dạy", "--limit", "1", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "no lead (chủ trì) is named for this task" in out
    assert out.index("no lead") < out.index("coordinate (phối hợp)")


def test_cli_owner_shows_the_status_of_each_assignment(seed_store_path, capsys):
    assert main(["owner", "ket nap dang vien", "--limit", "1", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "inherited" in out and "assigned" in out


def test_who_owns_a_task_no_body_is_named_for_says_so_with_the_document_and_its_issuer(plan_store):
    from phancong.api import KnowledgeGraph

    rows = KnowledgeGraph.open(plan_store).owner("ket nap dang vien")
    top = rows[0]
    assert top.task_label.startswith("Kết nạp đảng viên")
    assert (top.answer, top.body, top.role) == ("none", None, None)
    assert top.document_label == "Kế hoạch số 31-KH/TU"
    assert top.issuer_label == "Ban Thường vụ Tỉnh ủy Quảng Trị"


def test_cli_owner_of_a_task_without_body_answers_no_body_is_named(plan_store, capsys):
    assert main(["owner", "ket nap dang vien", "--store", str(plan_store)]) == 0
    out = " ".join(capsys.readouterr().out.split())  # lines over 120 columns are wrapped
    assert "no body is named for this task" in out
    assert "Kế hoạch số 31-KH/TU" in out and "Ban Thường vụ Tỉnh ủy Quảng Trị" in out


def test_check_on_the_seeds_reports_no_task_without_an_answer_to_who_owns_it(seed_store):
    from phancong.check.integrity import run_checks

    report = run_checks(seed_store, shacl=False, reasoner=False)
    assert "tasks-without-owner" in report.ran
    assert not [f for f in report.findings if f.check == "tasks-without-owner"]


# ------------------------------------------------------------------ 2. compare like with like
def test_compare_party_members_admitted_puts_the_province_target_and_the_sub_committee_figure_in_separate_scopes(kg):
    rows = kg.compare("party-members-admitted", all_figures=True)
    target = next(r for r in rows if r.province == "Quảng Ninh" and r.kind == "target" and r.value == 1800)
    figure = next(r for r in rows if r.province == "Quảng Ninh" and r.kind == "statistic" and r.value == 1270)
    assert target.scope == "province"
    # ("Từ năm 2015 đến nay, Đảng bộ đã kết nạp được 1.270 đảng viên mới": the organisation named again by its kind,
    # Đảng bộ Khối, not its committee)
    assert (figure.scope, figure.subject) == ("sub-organisation", "Đảng bộ Khối các cơ quan tỉnh")
    # the sub-committee's total is not the province's result: the province-wide target has no data
    assert target.status == "no data" and target.compared_with == []


def test_compare_answers_one_row_per_province_and_scope_with_the_latest_target_and_result(kg):
    every = kg.compare("party-members-admitted", all_figures=True)
    rows = kg.compare("party-members-admitted")
    groups = {(r.scope, r.province, r.subject) for r in every}
    assert len(rows) == len(groups) < len(every)
    assert sum(r.figures for r in rows) == len(every)
    # Quảng Ninh's province-wide targets, both by 2025: 1,800 party members a year, then 180 of them from
    # enterprises. Where several targets share the latest date the row gives the first stated, the headline
    # (a document states the whole before its parts), not the part
    qn = next(r for r in rows if (r.scope, r.province) == ("province", "Quảng Ninh"))
    assert (qn.kind, qn.value, qn.deadline, qn.figures) == ("target", 1800.0, 2025, 2)
    # a group of statistics only gives its latest statistic, which is its own result
    stat = next(r for r in rows if r.kind == "statistic")
    assert (stat.result_value, stat.result_figure) == (stat.value, stat.figure)


def test_compare_gives_a_target_the_latest_of_the_results_it_was_read_against(kg):
    rows = kg.compare("secretaries-elected-at-congress")
    (row,) = [r for r in rows if r.kind == "target"]
    assert row.status == "met" and row.figures == 3
    assert row.result_figure in row.compared_with
    assert (row.result_value, row.result_as_of) == (100.0, "2020-05-31")


def test_compare_of_one_province_asks_the_store_for_its_figures_only(kg):
    rows = kg.compare("party-members-admitted", province="quang ninh", all_figures=True)
    assert rows and {r.province for r in rows} == {"Quảng Ninh"}
    assert len(rows) == len(
        [r for r in kg.compare("party-members-admitted", all_figures=True) if r.province == "Quảng Ninh"]
    )
    with pytest.raises(LookupError):
        kg.compare("party-members-admitted", province="Atlantis")


def test_compare_by_document_type_keeps_the_targets_of_that_type_and_every_statistic(kg):
    every = kg.compare("party-members-admitted", all_figures=True)
    resolutions = kg.compare("party-members-admitted", document_type="resolution", all_figures=True)
    schemes = kg.compare("party-members-admitted", document_type="scheme", all_figures=True)
    assert [r.figure for r in resolutions] == [r.figure for r in every]  # its three targets are resolutions'
    assert {r.kind for r in schemes} == {"statistic"}
    with pytest.raises(ValueError):
        kg.compare("party-members-admitted", document_type="plan } ; DROP ALL")


def test_cli_compare_all_lists_every_figure_and_the_default_one_row_per_group(seed_store_path, capsys):
    assert (
        main(["compare", "party-members-admitted", "--all", "--format", "json", "--store", str(seed_store_path)]) == 0
    )
    every = json.loads(capsys.readouterr().out)
    assert main(["compare", "party-members-admitted", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) < len(every) and sum(r["figures"] for r in rows) == len(every)
    assert (
        main(
            [
                "compare",
                "party-members-admitted",
                "--province",
                "Bắc Kạn",
                "--format",
                "json",
                "--store",
                str(seed_store_path),
            ]
        )
        == 0
    )
    assert {r["province"] for r in json.loads(capsys.readouterr().out)} == {"Bắc Kạn"}


def test_compare_scope_province_leaves_out_the_sub_organisations(kg):
    rows = kg.compare("party-members-admitted", scope="province")
    assert rows and {r.scope for r in rows} == {"province"}
    assert 1270 not in {r.value for r in rows}


def test_cli_compare_prints_each_scope_as_its_own_group(seed_store_path, capsys):
    assert main(["compare", "party-members-admitted", "--all", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    province, sub = out.index("province-wide"), out.index("sub-organisations")
    line_1800 = next(i for i, ln in enumerate(out.splitlines()) if " 1800 " in ln or "1.800" in ln)
    line_1270 = next(i for i, ln in enumerate(out.splitlines()) if " 1270 " in ln or "1.270" in ln)
    lines = out.splitlines()
    head_p = next(i for i, ln in enumerate(lines) if "province-wide" in ln)
    head_s = next(i for i, ln in enumerate(lines) if "sub-organisations" in ln)
    assert province < sub and head_p < line_1800 < head_s < line_1270


def test_cli_compare_scope_province(seed_store_path, capsys):
    assert (
        main(
            [
                "compare",
                "party-members-admitted",
                "--scope",
                "province",
                "--format",
                "json",
                "--store",
                str(seed_store_path),
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["scope"] for r in rows} == {"province"}


# ------------------------------------------------------------------ 3. target against result
def test_a_target_reached_by_the_figures_reported_on_it_is_met_with_those_figures(kg):
    rows = kg.compare("secretaries-elected-at-congress")
    target = next(r for r in rows if r.kind == "target")
    assert target.status == "met"
    assert len(target.compared_with) == 2 and "100" in target.status_basis


def _row(kind, value, comparator="at-least", unit="percent", **kw):
    from phancong.api import CompareRow

    base = dict(
        kind=kind,
        province="Quảng Ninh",
        province_2025="Quảng Ninh",
        document=None,
        subject=None,
        comparator=comparator,
        value=value,
        upper=None,
        unit=unit,
        deadline=None,
        period=None,
        period_start=None,
        period_end=None,
        as_of=None,
        evidence=None,
        figure=f"urn:x:{kind}:{value}",
        source=None,
    )
    base.update(kw)
    return CompareRow(**base)


def test_status_met_behind_on_track_and_no_data():
    from phancong.api import target_status

    assert target_status(_row("target", 90), [_row("statistic", 96, "more-than")])[0] == "met"
    assert target_status(_row("target", 90), [_row("statistic", 80, "exactly")])[0] == "behind"
    assert target_status(_row("target", 90), [])[0] == "no data"
    # 400 over 2020-2025, by 2022 (3 of 6 years: 200 due): 150 is behind, 250 on track
    plan = _row(
        "target", 400, "exactly", "party-member", period="term", period_start=2020, period_end=2025, deadline=2025
    )
    assert target_status(plan, [_row("statistic", 150, "exactly", "party-member", as_of="2022")])[0] == "behind"
    status, basis, _ = target_status(plan, [_row("statistic", 250, "exactly", "party-member", as_of="2022")])
    assert status == "on track" and "250" in basis and "due by 2022: 200" in basis
    # a figure in another unit, or after the deadline, is not a result of the target
    assert target_status(plan, [_row("statistic", 500, "exactly", "percent", as_of="2022")])[0] == "no data"
    assert target_status(plan, [_row("statistic", 500, "exactly", "party-member", as_of="2027")])[0] == "no data"
    # an annual target is not read against a total over several years
    year = _row("target", 1800, unit="party-member", period="annual", deadline=2025)
    total = _row("statistic", 9000, "exactly", "party-member", period_start=2015, period_end=2020)
    assert target_status(year, [total])[0] == "no data"


def test_progress_of_seed_003_lists_its_targets_with_their_status(kg):
    rows = kg.progress(document="5 đột phá trong tổ chức đại hội")
    by = {r.indicator.rsplit("/", 1)[-1]: r for r in rows if r.indicator}
    assert by["secretaries-elected-at-congress"].status == "met"
    for slug in ("secretary-also-chair", "non-local-district-secretaries", "non-local-commune-leaders"):
        assert by[slug].status == "no data"
    assert {r.status for r in rows} <= {"met", "behind", "on track", "no data"}
    assert all(r.kind == "target" for r in rows)


def test_progress_of_seed_003_village_heads_target_is_met(kg):
    """Quảng Ninh set '100% bí thư chi bộ đồng thời là trưởng thôn' for the province, and the text reports the goal
    reached ('Tỉnh đã hoàn thành mục tiêu 100% …'): met. The Đảng bộ Công an tỉnh the sentence before includes
    among the congresses is not whose target it is."""
    rows = kg.progress(document="5 đột phá trong tổ chức đại hội")
    assert next(r for r in rows if r.indicator.endswith("/village-heads-party-members")).status == "met"


def test_cli_progress_lists_targets_with_status(seed_store_path, capsys):
    assert main(["progress", "--province", "Quảng Ninh", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "met" in out and "no data" in out


def test_cli_progress_of_an_unknown_document_is_a_one_line_error(seed_store_path, capsys):
    assert main(["progress", "--document", "khong co van ban nay", "--store", str(seed_store_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_api_and_web_compare_give_each_target_its_status(seed_store):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from phancong.web.app import create_app

    with TestClient(create_app(seed_store, query_timeout=20, max_results=1000), base_url="http://localhost") as client:
        rows = client.get("/api/compare", params={"indicator": "secretaries-elected-at-congress"}).json()["rows"]
        page = client.get("/compare", params={"indicator": "secretaries-elected-at-congress"}).text
    target = next(r for r in rows if r["kind"] == "target")
    assert target["status"] == "met" and target["scope"] == "province" and target["compared_with"]
    assert "status-met" in page and "đã đạt" in page


# ------------------------------------------------------------------ 4. indicators
def test_compare_kiem_tra_giam_sat_includes_the_narrower_indicators_of_the_umbrella(seed_store_path, capsys):
    assert main(["compare", "kiem tra giam sat", "--all", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    coverage = [r for r in rows if r["indicator"].endswith("/inspection-coverage") and r["kind"] == "target"]
    assert len(coverage) == 3
    # by default the narrower indicator's figures stay apart from the umbrella's: one row per indicator too
    assert main(["compare", "kiem tra giam sat", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["indicator"].rsplit("/", 1)[-1] for r in rows} >= {"inspection-coverage"}


def test_words_resolve_to_an_indicator_that_has_figures_first(kg):
    # "trình độ đại học" matches party-members-university first, which has no figure on the seeds
    assert kg.indicator("trinh do dai hoc").endswith("/commune-committee-members-university")


def test_which_indicators_are_there_and_how_many_figures_per_province(seed_store_path, capsys):
    assert main(["indicators", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by = {(r["slug"], r["province"]): (r["targets"], r["statistics"]) for r in rows}
    assert by[("party-members-admitted", "Quảng Ninh")] == (2, 1)
    assert by[("party-members-admitted", "Bắc Kạn")] == (1, 0)
    assert by[("inspection", "Quảng Ninh")][0] >= 2  # the umbrella counts inspection-coverage's targets
    assert all(t or s for t, s in by.values())


# ------------------------------------------------------------------ 5. province names
def test_thai_nguyen_since_2025_includes_bac_kan(kg):
    assert kg.provinces("Thái Nguyên") == {"Thái Nguyên", "Bắc Kạn"}
    assert kg.provinces("tinh bac kan") == {"Bắc Kạn"}
    rows = kg.indicators(province="Thai Nguyen")
    assert rows and {r.province for r in rows} == {"Bắc Kạn"}


def test_progress_of_thai_nguyen_lists_bac_kan_targets(seed_store_path, capsys):
    assert main(["progress", "--province", "Thái Nguyên", "--format", "json", "--store", str(seed_store_path)]) == 0
    assert {r["province"] for r in json.loads(capsys.readouterr().out)} == {"Bắc Kạn"}


@pytest.mark.parametrize("command", [["owner", "ket nap"], ["progress"], ["indicators"]])
def test_an_unknown_province_is_a_one_line_error_listing_the_names(seed_store_path, capsys, command):
    rc = main([*command, "--province", "Xứ Đoài", "--store", str(seed_store_path)])
    err = capsys.readouterr().err
    assert rc in (1, 2) and err.startswith("error: unknown province 'Xứ Đoài'") and err.count("\n") == 1
    assert "Tuyên Quang" in err and "since:" in err


def test_view_network_of_thai_nguyen_since_2025_shows_bac_kan(seed_store_path, tmp_path, capsys):
    out = tmp_path / "net.html"
    assert (
        main(["view", "network", "--province", "Thái Nguyên", "--html", str(out), "--store", str(seed_store_path)]) == 0
    )
    assert "Network of bodies: Thái Nguyên (Bắc Kạn)" in out.read_text(encoding="utf-8")


def test_view_network_of_an_unknown_province_lists_the_names(seed_store_path, tmp_path, capsys):
    rc = main(
        [
            "view",
            "network",
            "--province",
            "Xứ Đoài",
            "--html",
            str(tmp_path / "n.html"),
            "--store",
            str(seed_store_path),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("error: unknown province 'Xứ Đoài'") and err.count("\n") == 1


# ------------------------------------------------------------------ 6. names everywhere: catalogue parameters
BAN_TO_CHUC = "https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy"


def test_query_tasks_of_body_ban_to_chuc_tinh_uy_by_name_says_which_body_it_took(seed_store_path, capsys):
    assert (
        main(
            [
                "query",
                "tasks-of-body",
                "-p",
                "body=Ban Tổ chức Tỉnh ủy",
                "--format",
                "json",
                "--store",
                str(seed_store_path),
            ]
        )
        == 0
    )
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert rows and {r["body"] for r in rows} == {BAN_TO_CHUC}
    assert f"taken for Ban Tổ chức Tỉnh ủy Tuyên Quang <{BAN_TO_CHUC}>" in captured.err


def test_query_by_words_without_diacritics_and_by_document_number(seed_store_path, capsys):
    assert (
        main(
            [
                "query",
                "document-structure",
                "-p",
                "document=03-ĐA/TU",
                "--format",
                "csv",
                "--store",
                str(seed_store_path),
            ]
        )
        == 0
    )
    captured = capsys.readouterr()
    assert "https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021" in captured.err
    assert captured.out.count("\n") > 10


def test_query_with_words_that_name_nothing_is_a_one_line_error(seed_store_path, capsys):
    rc = main(["query", "tasks-of-body", "-p", "body=zzzz qqqq", "--store", str(seed_store_path)])
    err = capsys.readouterr().err
    assert rc == 1 and err == "error: no body matches 'zzzz qqqq' (parameter body)\n"


def test_query_table_shows_names_not_iri_tails_and_fits_120_columns(seed_store_path, capsys):
    assert main(["query", "document-structure", "-p", "document=03-ĐA/TU", "--store", str(seed_store_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 120
    cells = {c.strip() for line in lines[2:] for c in line.split("  ") if c.strip()}
    assert "Đề án số 03-ĐA/TU" in cells
    assert not cells & {"2021", "tinh-uy", "ban-to-chuc-tinh-uy"}


def test_the_python_api_resolves_a_name_and_says_which(kg):
    rows, resolved = kg.run_catalogue("tasks-of-body", {"body": "ban to chuc tinh uy"})
    assert rows and resolved[0].iri == BAN_TO_CHUC and resolved[0].label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert kg.sparql("tasks-of-body", body="Ban Tổ chức Tỉnh ủy") == kg.sparql("tasks-of-body", body=BAN_TO_CHUC)


def test_the_web_catalogue_form_takes_a_name_and_shows_names_linked_to_their_iri(seed_store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from phancong.web.app import create_app

    with TestClient(create_app(seed_store, query_timeout=20, max_results=1000), base_url="http://localhost") as client:
        page = client.get("/queries/tasks-of-body", params={"body": "Ban Tổ chức Tỉnh ủy", "run": "1"})
        assert page.status_code == 200
        assert "taken for " + BAN_TO_CHUC in page.text
        assert f'title="{BAN_TO_CHUC}">Ban Tổ chức Tỉnh ủy Tuyên Quang</a>' in page.text
        assert ">ban-to-chuc-tinh-uy<" not in page.text
        structure = client.get("/queries/document-structure", params={"document": "03-ĐA/TU", "run": "1"}).text
        assert 'title="https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021">Đề án số 03-ĐA/TU</a>' in structure
        assert ">2021<" not in structure
        missing = client.get("/queries/tasks-of-body", params={"body": "zzzz qqqq", "run": "1"})
        assert missing.status_code == 400 and "no body matches" in missing.text


# ------------------------------------------------------------------ 7. search that ranks what was asked
@pytest.fixture(scope="module")
def web(seed_store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from phancong.web.app import create_app

    with TestClient(create_app(seed_store, query_timeout=20, max_results=1000), base_url="http://localhost") as client:
        yield client


def test_searching_ket_nap_dang_vien_lists_no_body_matched_on_dang_alone(kg, web):
    assert kg.search("ket nap dang vien", kinds=("body",)) == []
    page = web.get("/search", params={"q": "ket nap dang vien"}).text
    assert 'id="results-body"' not in page and 'id="results-indicator"' in page
    assert kg.search("Đảng tỉnh qqqqzz") == []  # "Đảng" and "tỉnh" alone never decide a hit


def test_search_gives_the_words_as_typed_before_scattered_words(kg):
    hits = kg.search("ket nap dang vien", limit=50)
    order = [h.match for h in hits]
    assert order[0] == "phrase" and order == sorted(order, key=["phrase", "all words", "some words"].index)
    assert (hits[0].kind, hits[0].label) == ("indicator", "Kết nạp đảng viên")


def test_chi_tieu_ket_nap_dang_vien_shows_the_indicator_first(web):
    page = web.get("/search", params={"q": "chỉ tiêu kết nạp đảng viên"}).text
    groups = [g for g in ("task", "body", "document", "indicator") if f'id="results-{g}"' in page]
    assert groups and page.index('id="results-indicator"') == min(page.index(f'id="results-{g}"') for g in groups)


def test_search_pages_past_the_first_ten(kg, web):
    first, second = kg.search("dang vien", limit=5), kg.search("dang vien", limit=5, offset=5)
    assert [h.iri for h in first + second] == [h.iri for h in kg.search("dang vien", limit=10)]
    page = web.get("/search", params={"q": "dang vien"}).text
    assert "/search?q=dang+vien&amp;kind=task&amp;offset=10" in page
    more = web.get("/search", params={"q": "dang vien", "kind": "task", "offset": 10}).text
    assert 'start="11"' in more and 'id="results-body"' not in more
    a = web.get("/api/search", params={"q": "dang vien", "limit": 3}).json()
    b = web.get("/api/search", params={"q": "dang vien", "limit": 3, "offset": 3}).json()
    assert a["more"] and [h["rank"] for h in a["hits"] + b["hits"]] == [1, 2, 3, 4, 5, 6]
    assert not {h["iri"] for h in a["hits"]} & {h["iri"] for h in b["hits"]}


def test_search_in_thai_nguyen_since_2025_finds_bac_kan_only(kg, web):
    hits = kg.search("ket nap dang vien", province="Thái Nguyên", limit=50)
    assert hits and {h.kind for h in hits} <= {"indicator", "target", "task", "statistic"}
    every = kg.search("ket nap dang vien", limit=50)
    assert len(hits) < len(every)
    answer = web.get("/api/search", params={"q": "ket nap dang vien", "province": "Thái Nguyên"}).json()
    assert [h["iri"] for h in answer["hits"]] == [h.iri for h in hits[:20]]
    assert web.get("/api/search", params={"q": "x", "province": "Xứ Đoài"}).status_code == 404
    page = web.get("/search", params={"q": "ket nap dang vien", "province": "Thái Nguyên"}).text
    # no hit of Quảng Ninh; the province facet still offers it (with its count), to switch to
    facets, results = page.split("<main", 1)[-1].split('<div class="facet-results">', 1)
    assert "Quảng Ninh" not in results and "Quảng Ninh" in facets


def test_search_by_year_keeps_the_hits_of_documents_issued_that_year(kg):
    hits = kg.search("dang vien", kinds=("task",), year=2021, limit=50)
    assert hits and len(hits) < len(kg.search("dang vien", kinds=("task",), limit=50))
    assert not kg.search("dang vien", kinds=("task",), year=1999)


def test_the_rank_and_the_match_are_said_not_a_raw_score(seed_store_path, capsys, web):
    hits = web.get("/api/search", params={"q": "tong hop bao cao"}).json()["hits"]
    assert hits and all("score" not in h and h["rank"] >= 1 and h["match"] for h in hits)
    assert main(["owner", "ket nap dang vien", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all("score" not in r for r in rows) and rows[0]["rank"] == 1 and rows[0]["match"] == "phrase"
    owner = web.get("/api/owner", params={"q": "ket nap dang vien"}).json()["rows"]
    assert owner[0]["rank"] == 1 and "score" not in owner[0]


# ------------------------------------------------------------------ 8. one output convention
def test_owner_json_gives_partners_as_a_list_as_the_api_does(seed_store_path, capsys, web):
    assert main(["owner", "tong hop bao cao", "--format", "json", "--store", str(seed_store_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(isinstance(r["partners"], list) for r in rows)
    api = web.get("/api/owner", params={"q": "tong hop bao cao"}).json()["rows"]
    assert [r["partners"] for r in rows] == [r["partners"] for r in api]
