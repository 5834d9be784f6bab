"""Who owns a task the plan lists without naming a body?

Issue 13, "Document-level responsibility flows to tasks": when a plan hands its implementation as a
whole to a body ("Ban Tổ chức Tỉnh ủy: Chủ trì, ... triển khai thực hiện Đề án"), every task without a
body of its own gets that body as an inherited lead, with that clause as evidence. The plan below is
made up for the test."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def ex(text: str, province: str = "Quảng Trị"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


INTRO = {
    "Đề án": "Ngày 10/1/2026, Ban Thường vụ Tỉnh ủy ban hành Đề án số 07-ĐA/TU về nâng cao chất lượng sinh hoạt "
    "chi bộ giai đoạn 2026 - 2030.",
    "Kế hoạch": "Ngày 10/1/2026, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU về nâng cao chất lượng sinh hoạt "
    "chi bộ giai đoạn 2026 - 2030.",
}

TASKS = """II. NHIỆM VỤ, GIẢI PHÁP

* Nhóm nhiệm vụ thứ nhất về đổi mới nội dung sinh hoạt chi bộ có 02 nội dung:

1. Xây dựng chuyên đề sinh hoạt hằng quý phù hợp với từng loại hình chi bộ.

2. Kết nạp đảng viên trong đoàn viên thanh niên ưu tú ở thôn, tổ dân phố.

* Nhóm nhiệm vụ thứ hai về kiểm tra, giám sát có 02 nội dung:

1. Kiểm tra việc thực hiện chế độ sinh hoạt định kỳ của chi bộ.

2. Biểu dương, khen thưởng chi bộ tiêu biểu hằng năm.
"""


def plan(word: str = "Đề án", duty: str | None = None) -> str:
    duty = duty or (
        f"1. Ban Tổ chức Tỉnh ủy: Chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn, theo dõi, đôn đốc "
        f"triển khai thực hiện {word}; định kỳ báo cáo Ban Thường vụ Tỉnh ủy."
    )
    return (
        f"{INTRO[word]}\n\n{TASKS}\nIII. TỔ CHỨC THỰC HIỆN\n\n{duty}\n\n"
        f"2. Ủy ban Kiểm tra Tỉnh ủy: Kiểm tra, giám sát việc thực hiện {word}.\n"
    )


def group_tasks(e):
    return [t for t in e.tasks if t.group is not None]


def leads_of(e, task):
    return [a for a in e.assignments if a.task == task.key and a.role == "lead"]


@pytest.mark.parametrize("word", [pytest.param("Đề án", id="de-an"), pytest.param("Kế hoạch", id="ke-hoach")])
def test_every_listed_task_has_ban_to_chuc_as_its_inherited_lead(word):
    e = ex(plan(word))
    names = {b.key: b.name for b in e.bodies}
    tasks = group_tasks(e)
    assert len(tasks) == 4
    for t in tasks:
        assert [(names[a.body], a.inherited) for a in leads_of(e, t)] == [("Ban Tổ chức Tỉnh ủy", True)], t.label


def test_the_inherited_lead_quotes_the_clause_that_hands_out_the_plan():
    e = ex(plan())
    own = next(a for a in e.assignments if a.role == "lead" and not a.inherited)
    inherited = [a for a in e.assignments if a.inherited]
    assert inherited and all((a.text, a.span) == (own.text, own.span) for a in inherited)
    assert "triển khai thực hiện Đề án" in own.text


def test_ket_nap_dang_vien_is_owned_by_ban_to_chuc_and_the_answer_says_it_is_inherited():
    e = ex(plan())
    names = {b.key: b.name for b in e.bodies}
    task = next(t for t in group_tasks(e) if "Kết nạp đảng viên" in t.label)
    (a,) = leads_of(e, task)
    assert (names[a.body], a.inherited) == ("Ban Tổ chức Tỉnh ủy", True)


def test_the_bodys_own_duties_are_not_marked_inherited():
    e = ex(plan())
    names = {b.key: b.name for b in e.bodies}
    own = {(names[a.body], a.role) for a in e.assignments if not a.inherited}
    assert {("Ban Tổ chức Tỉnh ủy", "lead"), ("Ủy ban Kiểm tra Tỉnh ủy", "monitor")} <= own


@pytest.mark.parametrize(
    "duty, body",
    [
        pytest.param(
            "1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, tham mưu Ban Thường vụ Tỉnh ủy theo dõi thực hiện "
            "Đề án; hằng năm sơ kết, rút kinh nghiệm.",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            id="chu-tri-tham-muu",
        ),
        pytest.param(
            "Ban Tổ chức Tỉnh ủy:\n\n- Chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn triển khai thực hiện "
            "Đề án.\n\n- Định kỳ báo cáo Ban Thường vụ Tỉnh ủy.",
            "Ban Tổ chức Tỉnh ủy",
            id="heading-and-bullets",
        ),
        pytest.param(
            "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, hướng dẫn triển khai "
            "thực hiện Đề án này.",
            "Ban Tổ chức Tỉnh ủy",
            id="giao-in-prose",
        ),
    ],
)
def test_the_plan_handed_out_in_any_duty_form_gives_its_tasks_an_inherited_lead(duty, body):
    e = ex(plan(duty=duty))
    names = {b.key: b.name for b in e.bodies}
    assert {(names[a.body], a.inherited) for t in group_tasks(e) for a in leads_of(e, t)} == {(body, True)}


def test_without_a_clause_handing_out_the_plan_no_task_inherits_a_lead():
    e = ex(plan(duty="1. Ban Tổ chức Tỉnh ủy: Chủ trì hướng dẫn quy trình kết nạp đảng viên."))
    assert not any(a.inherited for a in e.assignments)


def test_a_listed_task_that_names_its_own_body_keeps_it_and_inherits_nothing():
    text = plan().replace(
        "1. Kiểm tra việc thực hiện chế độ sinh hoạt định kỳ của chi bộ.",
        "1. Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện chế độ sinh hoạt định kỳ của chi bộ.",
    )
    e = ex(text)
    names = {b.key: b.name for b in e.bodies}
    task = next(t for t in group_tasks(e) if "chế độ sinh hoạt định kỳ" in t.label)
    got = {(names[a.body], a.role, a.inherited) for a in e.assignments if a.task == task.key}
    assert got == {("Ủy ban Kiểm tra Tỉnh ủy", "monitor", False)}


def test_plain_numbered_tasks_without_a_declared_count_also_inherit_the_lead():
    text = (
        INTRO["Đề án"] + "\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "1. Đổi mới nội dung sinh hoạt chi bộ theo chuyên đề hằng quý.\n\n"
        "2. Nâng cao chất lượng kết nạp đảng viên trong đoàn viên thanh niên.\n\n"
        "3. Tăng cường kiểm tra việc thực hiện chế độ sinh hoạt chi bộ.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Tổ chức Tỉnh ủy: Chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn, "
        "theo dõi, đôn đốc triển khai thực hiện Đề án.\n"
    )
    e = ex(text)
    names = {b.key: b.name for b in e.bodies}
    inherited = [(t.label, names[a.body]) for t in e.tasks for a in e.assignments if a.task == t.key and a.inherited]
    assert [body for _, body in inherited] == ["Ban Tổ chức Tỉnh ủy"] * 3
    assert inherited[1][0].startswith("Nâng cao chất lượng kết nạp đảng viên")


def test_an_unnumbered_plan_that_names_itself_hands_its_tasks_to_the_body_implementing_it():
    """A plan without a number ("KẾ HOẠCH" then its tasks) that gives "thực hiện Kế hoạch này" to a department:
    every task it lists without a body is that department's, inherited from the clause."""
    e = ex(
        "KẾ HOẠCH\nThực hiện Nghị quyết số 05-NQ/TU về phát triển du lịch\nI. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Đẩy mạnh tuyên truyền, quảng bá du lịch.\n2. Phát triển sản phẩm du lịch đặc trưng.\n"
        "II. TỔ CHỨC THỰC HIỆN\nGiao Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, hướng dẫn thực hiện Kế "
        "hoạch này; định kỳ báo cáo UBND tỉnh.\n"
    )
    n = {b.key: b.name for b in e.bodies}
    tasks = {t.key: t.text for t in e.tasks}
    inherited = {(tasks[a.task], n[a.body]) for a in e.assignments if a.inherited}
    assert inherited == {
        ("Đẩy mạnh tuyên truyền, quảng bá du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Phát triển sản phẩm du lịch đặc trưng", "Sở Văn hóa, Thể thao và Du lịch"),
    }
