"""One vocabulary of the roles a duty's words give its bodies (lead, coordinate, monitor, else implement), read
by every path that states a duty: free prose (duties.py), numbered duty paragraphs and task lists (duties_pass.py
and layout_pass.py, through assignments.role_of).

>>> role_of_duty("chủ trì, phối hợp với Sở Nội vụ"), role_of_duty("theo dõi, đôn đốc việc thực hiện")
('lead', 'monitor')
"""

from __future__ import annotations

import re

__all__ = ["role_of_duty"]

_LEAD = re.compile(
    # "…. Đồng thời sẽ chủ trì, phối hợp với …": the subject carried over; "có trách nhiệm chủ trì …"
    r"^\W*(?:(?:sẽ|cần|phải|tiếp tục|có trách nhiệm|có nhiệm vụ)\s+)?"
    # (chairing a meeting, "chủ trì hội nghị / phiên họp / buổi làm việc", is an action, not the lead of a task)
    r"(?:chủ trì(?!\s+(?:các\s+|một\s+)?(?:buổi|hội nghị|phiên|cuộc họp|kỳ họp|lễ|tọa đàm|đối thoại|hội thảo)\b)"
    r"|là (?:cơ quan|đơn vị) (?:thường trực|chủ trì|đầu mối)|làm đầu mối|là đầu mối"
    # the head of a scheme or programme: "Sở Y tế làm chủ nhiệm đề án, phối hợp với …"
    r"|(?:làm|là) chủ nhiệm(?: (?:đề án|chương trình|dự án|đề tài)(?: này)?)?\b"
    r"|chịu trách nhiệm (?:chính|tổ chức thực hiện|chủ trì))",
    re.I,
)
_COORD = re.compile(
    r"^\W*(?:(?:hằng năm|hàng năm|thường xuyên|tích cực|chủ động)\s+)?phối hợp(?:\s+(?:với|cùng))?\b", re.I
)
_MONITOR = re.compile(
    r"^\W*(?:(?:có trách nhiệm|có nhiệm vụ|cần|phải|sẽ|tiếp tục)\s+)?(?:(?:thường xuyên|tăng cường)\s+)?"
    # ("tăng cường công tác kiểm tra, hướng dẫn, giám sát các địa phương": the checking as a field of work)
    r"(?:công tác\s+)?(?:theo dõi|kiểm tra|giám sát|đôn đốc|quan trắc|phụ trách(?: và theo dõi)?)\b"
    r"|^\W*(?:(?:sẽ|cần|phải|tiếp tục)\s+)?(?:(?:tập trung|tăng cường|thường xuyên)\s+)?"
    r"(?:thực hiện|tiến hành|tổ chức|triển khai)"
    r"(?:\s+(?:thực hiện|tiến hành))?"
    r"\s+(?:tốt\s+)?(?:(?:ít nhất|tối thiểu|từ)\s+)?(?:[\d.]+\s+)?(?:cuộc\s+|công tác\s+|việc\s+)?"
    # ("tổ chức theo dõi diễn biến mưa lũ"; "tiến hành 05 cuộc thanh tra": inspections counted, as checking is)
    r"(?:kiểm tra|giám sát|theo dõi|(?<=cuộc )thanh tra)"
    r"|^\W*thành lập (?:các\s+)?đoàn (?:kiểm tra|giám sát)"
    # checking among the duty's first verbs: "rà soát, kiểm tra các công trình …", "quản lý, kiểm tra, giám sát …"
    r"|^\W*(?:(?:tăng cường|thường xuyên)\s+)?(?:công tác\s+)?(?:rà soát|quản lý|hướng dẫn),\s+"
    r"(?:[^\W\d_]+ [^\W\d_]+,\s+)?(?:kiểm tra|giám sát|theo dõi)\b"
    # helping another body check: "giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra …"
    r"|^\W*giúp\s+(?:[^\W\d_]+\s+){1,5}?(?:theo dõi|kiểm tra|giám sát|đôn đốc)\b"
    # guiding, checking and urging on those who carry it out: "tổ chức hướng dẫn, kiểm tra và đôn đốc các đơn vị …"
    r"|^\W*(?:(?:tổ chức|tăng cường|thường xuyên)\s+)?(?:công tác\s+)?hướng dẫn,?\s+(?:theo dõi,?\s+)?"
    r"(?:kiểm tra|đôn đốc)\b",
    re.I,
)


# "phối hợp" then the action itself, no partner named ("Văn phòng A, Văn phòng B phối hợp theo dõi, đôn đốc",
# "các cơ quan phối hợp chỉnh sửa …"): the bodies do it together, in the action's role
_JOINTLY = re.compile(
    # ("phối hợp chặt chẽ chỉ đạo thực hiện": closely, together, directing it)
    r"^\W*(?:(?:hằng năm|hàng năm|thường xuyên|tích cực|chủ động|tiếp tục)\s+)?phối hợp,?\s+"
    r"(?:(?:chặt chẽ|đồng bộ|nhịp nhàng),?\s+)?"
    r"(?=(?:theo dõi|kiểm tra|giám sát|đôn đốc|thực hiện|triển khai|tổ chức|xây dựng|tuyên truyền|rà soát|hướng dẫn|"
    r"chỉnh sửa|tham mưu|nghiên cứu|hoàn thiện|tổng hợp|chỉ đạo|lãnh đạo)\b)",
    re.I,
)


def role_of_duty(duty: str) -> str:
    if _LEAD.search(duty):
        return "lead"
    jointly = _JOINTLY.search(duty)
    if jointly:
        return role_of_duty(duty[jointly.end() :])
    if _COORD.search(duty):
        return "coordinate"
    if _MONITOR.search(duty):
        return "monitor"
    return "implement"
