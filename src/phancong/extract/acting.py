"""Whether a body named in a text acts: a plural group or a Party organisation is an actor where it acts or
receives a task, and elsewhere only what a sentence talks about.

>>> text = "Giao các sở, ban, ngành chủ trì; nâng cao chất lượng sinh hoạt của các chi bộ."
>>> acts(text, 5, 23), acts(text, 67, 77)
(True, False)
"""

from __future__ import annotations

import re

from .body_names import LIST_STOP

__all__ = ["ACCOUNTABLE_TO", "ACT_VERBS", "acts", "acts_itself"]

# accountability to the body named next: "chịu trách nhiệm trước UBND tỉnh", wholly so ("chịu trách nhiệm toàn
# diện / hoàn toàn trước …"), the same line
ACCOUNTABLE_TO = r"chịu trách nhiệm (?:toàn diện |hoàn toàn )?trước"

# verb that hands it a task (giao, đề nghị, phối hợp với ...) comes before it. Elsewhere ("đối với các chi bộ",
# "trong Đảng bộ tỉnh") it is what a sentence talks about, not a body.
ACT_VERBS = (
    r"(?:chủ trì|phối hợp|tham mưu|xây dựng|triển khai|tổ chức|thực hiện|quán triệt|chỉ đạo|lãnh đạo|"
    r"căn cứ|tiến hành|ban hành|rà soát|kiểm tra|giám sát|theo dõi|đôn đốc|hướng dẫn|báo cáo|tổng hợp|"
    r"đề xuất|nghiên cứu|chủ động|tập trung|tăng cường|đẩy mạnh|có trách nhiệm|chịu trách nhiệm|"
    r"phát huy|thành lập|hoàn thành|đề ra|đặt (?:ra )?mục tiêu|xác định|phấn đấu|cụ thể hóa|bám sát|nâng cao|đổi mới|"
    r"tuyên truyền|vận động|thường xuyên|kịp thời|khẩn trương|nghiêm túc|long trọng|trọng thể|tự kiểm tra|lập|"
    r"phát triển|kết nạp|bảo đảm|đảm bảo|duy trì|củng cố|kiện toàn|sắp xếp|bố trí|chuẩn bị|hoàn thiện|"
    r"phổ biến|phát động|vào cuộc|chỉnh sửa|bổ sung|hoàn chỉnh|thẩm định|tiếp nhận|quản lý|cập nhật|treo|"
    r"tổ chức thực hiện|dự thảo|lấy ý kiến|xin ý kiến|góp ý|triệu tập|quyết định triệu tập|thi hành|"
    r"kiểm điểm|tổng kết|sơ kết|hoạch định|thảo luận|phụ trách|"
    r"có buổi làm việc|có (?:cuộc|phiên) họp|làm việc|họp|tiếp|thăm|đẩy nhanh|bố trí|dành|hỗ trợ|tạo điều kiện|"
    r"phân công|giúp(?= (?:(?:Phó )?Chủ tịch |Giám đốc |Bí thư )?(?:UBND|HĐND|Ủy ban|Tỉnh ủy|Thành ủy|Ban|Sở|các) )|"
    # ("cần", not the places named with it: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "huyện Cần Giờ")
    r"là cơ quan|là đơn vị (?=chủ trì|thường trực|đầu mối)|"
    r"làm đầu mối|là đầu mối|làm chủ nhiệm|là chủ nhiệm|cần(?!\s+(?:thơ|giờ|giuộc|đước)\b)|phải|đã|sẽ|đang|"
    r"vừa|tiếp tục|cũng|đều|"
    # actions news reports name as often: "Ban Tuyên giáo Tỉnh ủy đưa nội dung …", "Tỉnh ủy chọn đại hội điểm …"
    # (not "tham gia": taking part is no responsibility; not "quan tâm" unless urged, clause_grammar.URGED)
    r"đưa|chọn|lựa chọn|hiệp đồng|kết hợp|phê duyệt|công bố|xem xét|cho ý kiến|định hướng|khảo sát|"
    r"thông báo|giới thiệu|phân bổ|giải ngân|mở|đăng ký|trao|tặng|khen thưởng|xử lý|"
    # what a ward's or a commune's bodies do on the ground: "Công an phường xoá, gỡ bảng quảng cáo …", "UBND phường
    # ra quân …", "phối hợp … chi trả tiền bồi thường"
    r"ra quân|xóa|xoá|gỡ|tháo gỡ|chi trả|giải quyết|khởi công|bàn giao|sửa chữa|nâng cấp|cải tạo|trồng)"
)
_ACTS_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:\(.{0,40}?\)[ \t]*)?(?:(?:theo|căn cứ) (?:chức năng,? nhiệm vụ(?: được giao)?|"
    r"phân cấp(?: quản lý)?)\s*,?\s*)?(?:" + ACT_VERBS + r"\b|chỉ tiêu\b|:)",
    re.I,
)
_RECEIVES_BEFORE = re.compile(
    r"(?:\b(?:giao|đề nghị|yêu cầu|chỉ đạo|phối hợp(?: với| cùng)?|với|cùng|cho|về|trình|đối với|giúp)"
    r"(?:\s+chỉ tiêu)?|[;:])\s*$",
    re.I,
)

# the heads of a set of bodies named as its addressees (a decision's last article); "của" before them is a source
# (a head in lower case is a person in a list of people: "cán bộ thôn (bí thư chi bộ, trưởng các chi hội, …)")
_ADDRESSED_HEADS = re.compile(r"(?<!của )\b(?:[Tt]hủ trưởng|[Cc]hủ tịch|[Gg]iám đốc|Trưởng)\s+$")
# (their title written with the set: "…; Giám đốc/Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch …")
_HEADS_WRITTEN = re.compile(r"(?:[Tt]hủ trưởng|[Cc]hủ tịch|[Gg]iám đốc)\s+(?=các\s)")
# the bodies a decision's last article names carry it out, however their heads are titled and the list is joined
# ("…; Chủ tịch UBND huyện, thị xã; … chịu trách nhiệm thi hành Quyết định này", "… căn cứ Quyết định thi hành")
_EXECUTE_IT = re.compile(r"chịu trách nhiệm thi hành|căn cứ (?:[Qq]uyết định|[Kk]ế hoạch)(?: này)? (?:để )?thi hành")


def _executes_it(text: str, end: int) -> bool:
    """Whether the sentence goes on to "chịu trách nhiệm thi hành" (within 400 characters, no stop before)."""
    m = _EXECUTE_IT.search(text, end, end + 440)
    at = m.start() if m else -1
    return at >= 0 and "." not in text[end:at] and "\n" not in text[end:at]


def acts_itself(text: str, start: int, end: int) -> bool:
    """Whether the body named at text[start:end] acts or is handed a task by a verb next to it, not merely as a
    further member of a list ("một số đảng bộ cấp huyện tiến hành …", not "…, MTTQ và một số đơn vị sự nghiệp")."""
    before = text[max(0, start - 30) : start]
    return bool(_ACTS_AFTER.match(text, end)) or bool(
        _RECEIVES_BEFORE.search(before) and not re.search(r"(?:đối với|về|;|:)\s*$", before, re.I)
    )


# (compiled once: asked for every body of every text)
_COUNTED_BEFORE = re.compile(r"\d\s*%?\s*(?:trở lên\s*)?$")
_HEAD_BEFORE_ITEMS = re.compile(
    r"\s*:\s*(?:Mặt trận|Liên đoàn|Hội|Đoàn|Văn phòng|Sở|Ban|Ủy ban|UBND|Công an|Bộ|Thanh tra)"
)
# (or places: "UBND các huyện: Đakrông, Hải Lăng", each place's committee is named, body_lists.head_lists)
_PLACES_LISTED = re.compile(r"(?:huyện|xã|phường)\s*:\s*[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*(?:,|\svà\s)")
_ISSUES_WHAT_IS_FOLLOWED = re.compile(r"(?<!đạo, )\b(?:hướng dẫn|chỉ đạo)\s+của\s*$")
_QUALIFIES = re.compile(r"\b(?:trực thuộc|thuộc|của|trong)\s*$")
_CAC = re.compile(r"\b[Cc]ác\b")
_REGARDING_END = re.compile(r"(?:đối với|về)\s*$", re.I)
_LISTED_END = re.compile(r"(?:,|\bvà)\s*$")
_LIST_STOP = re.compile(LIST_STOP)


def acts(text: str, start: int, end: int) -> bool:
    """Whether the body named at text[start:end] acts or receives (see ACT_VERBS)."""
    if _COUNTED_BEFORE.search(text[max(0, start - 12) : start]):
        return False  # "100% cấp ủy, tổ chức đảng xây dựng ...": whom a target counts
    if _HEAD_BEFORE_ITEMS.match(text[end : end + 20]) or _PLACES_LISTED.match(text, max(start, end - 6), end + 60):
        return False  # "các đảng đoàn: Mặt trận Tổ quốc tỉnh, …", "các cơ quan: Văn phòng UBND tỉnh, …": a head
    if _ISSUES_WHAT_IS_FOLLOWED.search(text[max(0, start - 32) : start]):
        return True  # "theo hướng dẫn của các bộ, ngành Trung ương": the collective issues what is followed
    if _QUALIFIES.search(text[max(0, start - 12) : start]):
        return False  # "các đảng bộ trực thuộc Đảng bộ tỉnh": the body qualifies another
    if _ACTS_AFTER.match(text, end) or _executes_it(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if (_ADDRESSED_HEADS.search(before) or _HEADS_WRITTEN.match(text, start, end)) and _CAC.search(text[start:end]):
        return True  # "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện …": the heads of a set, addressed
    if _RECEIVES_BEFORE.search(before):
        return not _REGARDING_END.search(before)
    if _LISTED_END.search(before):  # a further member of a list handed a task ("phối hợp với A, B")
        window = text[max(0, start - 200) : start]
        window = window[max((m.end() for m in _LIST_STOP.finditer(window)), default=0) :]
        if re.search(r"\b(?:các|một số|những)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:[^:]*$", window):
            return True  # "tại một số Đảng bộ: Huyện A, Huyện B, …": every member of a list under a head
        window = window[-90:]
        verbs = list(re.finditer(r"\b(?:phối hợp|giao|đề nghị|yêu cầu|chỉ đạo|với|cùng|giúp)\b", window, re.I))
        if verbs and not re.search(r"\bđối với\b|\bcủa\b", window[max(0, verbs[-1].start() - 4) :], re.I):
            return True
    return start == 0 or text[start - 1] == "\n"
