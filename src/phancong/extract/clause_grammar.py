"""What the clause patterns share (extract/clause_patterns.py lists them): a list of bodies ("A, B và C"),
the words that may stand between a subject and its verb, the openings read past, what starts a duty, and the
base class ``Pattern``."""

from __future__ import annotations

import re

from .acting import ACCOUNTABLE_TO, ACT_VERBS
from .bodies import BodyMatch
from .body_names import CAP, PLACE_NAME
from .collectives import HEADS, OFFICE_HOLDERS

__all__ = [
    "Reading",
    "Pattern",
    "ASPECT",
    "BETWEEN",
    "ANY_VERB",
    "CONNECTIVE",
    "DUTY_START",
    "HANDS_ON",
    "MEMBERS",
    "URGED",
    "body_list",
    "past",
]

# what a pattern reads: the subjects of a clause, and where their duty begins
Reading = tuple[list[BodyMatch], int]

# words between a subject and its verb that do not change who acts
ASPECT = (
    r"(?:(?:đã|sẽ|đang|vừa|cần|phải|tiếp tục|cũng|đều|có trách nhiệm|"
    # "chịu trách nhiệm chính / chủ trì" is the lead's duty itself, not a word before it
    # ("chịu trách nhiệm trước X" is X's accountability line, read as the duty)
    r"(?!" + ACCOUNTABLE_TO + r"\b)chịu trách nhiệm(?! (?:chính|chủ trì|tổ chức thực hiện)\b)|có nhiệm vụ|"
    r"thường xuyên|"
    r"chủ động|"
    r"kịp thời|khẩn trương|nghiêm túc|tích cực|tập trung|sớm|"
    # (a ceremony's manner: "Đảng bộ xã X long trọng tổ chức Đại hội …")
    r"long trọng|trọng thể|"
    # handed the duty, in the passive: "X được chỉ đạo xây dựng …", "X được giao chủ trì …"
    r"được (?:chỉ đạo|giao|yêu cầu|đề nghị|phân công)(?: nhiệm vụ)?)\s+"
    # a recurring duty: "X định kỳ hằng năm tổng hợp ...", "X hằng quý báo cáo ..."
    # (or when asked: "X định kỳ 6 tháng hoặc đột xuất báo cáo …")
    r"|(?:(?:định kỳ|hằng|hàng)(?: (?:hằng|hàng))? (?:năm|quý|tháng|tuần)|định kỳ \d+ tháng(?: một lần)?)"
    r"(?:,? (?:hoặc|và) (?:đột xuất|khi có yêu cầu))?\s*,?\s+"
    r"|định kỳ(?:,? (?:hoặc|và) (?:đột xuất|khi có yêu cầu))?\s+"  # "X định kỳ báo cáo …"
    r"|có (?:các |những )?nhiệm vụ\s*:\s*)*"  # "Đại hội … có nhiệm vụ: kiểm điểm …; hoạch định …"
)
# ... unless the words after it are not an action: a passive, a state, a result, a negation, a goal set, praise
ANY_VERB = re.compile(
    r"(?!(?:được|bị|có|là|đạt|không|chưa|trở thành|nhận|góp phần|giảm|tăng|chiếm|còn|vượt|về|ở|tại|"
    r"hoàn thành|đề ra|xác định|phấn đấu|nêu bật|khắc phục|quan tâm|chú trọng|coi trọng|nỗ lực|luôn)\b)"
    r"[^\W\d_]{2,}",
    re.I,
)
# what may stand between a subject and its verb: a parenthesis, its term ("khóa XI"), "theo chức năng, nhiệm vụ"
BETWEEN = re.compile(
    # the province in apposition, as news writes it: "UBND xã Tân Phú, tỉnh Đồng Nai đã …", "…, TPHCM tổ chức …"
    r"(?:\s*,\s*(?:(?:tỉnh|thành phố|TP\.?)\s?" + PLACE_NAME + r"|TP\.?\s?HCM|TPHCM)(?=\s*,|\s+[a-zđ]))?"
    # (a council's term and session: "Hội đồng nhân dân tỉnh X Khóa III, Kỳ họp thứ 9 thông qua …")
    r"\s*,?\s*(?:\([^)]{0,120}\)\s*)?(?:về việc\s+)?"
    # (its term by number or as the new one: "Ban Chấp hành Đảng bộ tỉnh khóa 16 …", "Đảng ủy … khóa mới sẽ …")
    r"(?:[Kk]hóa (?:[IVXL]+|\d{1,2}(?![\d/])|mới)\s*,?\s*|nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\s*,?\s*"
    r"|[Kk]ỳ họp thứ [^\W_]+\s*,?\s*){0,3}"
    # what it says it did: "Ban Thường vụ Tỉnh ủy cho biết đã tổ chức quán triệt …"
    r"(?:cho biết\s*,?\s*(?=(?:đã|vừa|sẽ|đang)\s))?"
    # the heads singled out among them: "Các sở, ngành, nhất là người đứng đầu, nghiêm túc …"
    r"(?:(?:nhất là|đặc biệt là|trước hết là) (?:người đứng đầu|thủ trưởng|lãnh đạo)\s*,?\s*)?"
    # the people named with them, who are no body: "chỉ đạo các cấp, các ngành và nhân dân địa phương tăng cường …"
    r"(?:(?:và|cùng|cùng với)\s+(?:toàn thể\s+)?(?:[Nn]hân dân|người dân)(?:\s+(?:địa phương|trên địa bàn|trong tỉnh))?"
    r"\s*,?\s*)?"
    # ("căn cứ chức năng, nhiệm vụ và địa bàn được giao phụ trách, quản lý thực hiện …": what is in their charge)
    r"(?:(?:theo|căn cứ)(?: vào)? (?:chức năng,? nhiệm vụ(?:,? (?:và )?(?:quyền hạn|địa bàn|lĩnh vực))?"
    r"(?: được giao(?: phụ trách,? quản lý| phụ trách| quản lý)?(?= (?:thực hiện|triển khai|tổ chức|chủ động)\b))?"
    r"(?: được giao)?|phân cấp quản lý|thẩm quyền)\s*,?\s*)?"
    # "căn cứ chỉ tiêu, nhiệm vụ được giao tại Quyết định này có trách nhiệm …": what the text gives them, ending on
    # the text itself
    r"(?:căn cứ (?:vào )?[^;.]{3,100}?(?i:kế hoạch|quyết định|chỉ thị|nghị quyết|đề án|chương trình|hướng dẫn)"
    r" này,?\s+(?!để\b)(?=[^\W\d_]))?"
    # (a basis with commas and a text's date: "căn cứ vào mục tiêu, chỉ tiêu … tại Nghị quyết số 04-NQ/TU, ngày
    # 18-8-2016, tổng hợp, rà soát …": it ends where a duty's verb follows a comma; else at the first comma)
    r"(?:(?:căn cứ (?:vào )?|trên cơ sở )(?:[^;.]{3,200}?,\s*(?=(?:tổng hợp|rà soát|xây dựng|triển khai|tổ chức|"
    r"thực hiện|chủ động|tham mưu|đề xuất|báo cáo|kiểm tra|hướng dẫn|đánh giá|đăng ký|lập|ban hành|chỉ đạo|"
    r"chủ trì|phối hợp)\b)|[^,;.]{3,80},\s*))?"
    # "căn cứ nội dung Kế hoạch kèm theo Quyết định này để xây dựng …": what they act on, then the action
    r"(?:căn cứ (?:vào )?[^,;.]{3,100}?\s+để\s+(?=[^\W\d_]))?"
    # "căn cứ Kế hoạch này triển khai …": the text it acts on, without a comma
    r"(?:(?:căn cứ|theo)(?: vào)? (?i:kế hoạch|quyết định|chỉ thị|nghị quyết|đề án|chương trình|hướng dẫn|văn bản)"
    r"(?: này,?\s+|\s+(?=thi hành|thực hiện|triển khai)))?"
    # each member of the bodies addressed: "…, căn cứ chức năng, nhiệm vụ, từng thành viên tổ chức …"
    r"(?:(?:từng|mỗi) (?:thành viên|đơn vị|cơ quan|địa phương|ngành)\s+)?" + ASPECT
)
CONNECTIVE = re.compile(
    r"\s*(?:date \d{4}-\d{2}(?:-\d{2})?\s+)?(?:Điều\s+\d{1,2}\s*[.:]\s*)?[“\"]?"  # a quote opening a speech
    # (a timeline's date and colon: "- Ngày 29/4/2025: Sở Nội vụ hoàn thiện hồ sơ …")
    r"(?:[-+•]\s*)?(?:[Nn]gày\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\s*:\s*)?"
    # a news dateline: "(Chinhphu.vn) - ", "(Ngày Nay) - ", "ĐTO - "
    # ("Kinhtedothi - Chiều 30/9, …", "Dantri.vn - …": the site's name)
    # (not a body's abbreviation before a dash: "HĐND - UBND phường A tổ chức …")
    # ("(BDO) Sáng 12-2, …": the site's capitals in brackets, without a dash)
    r"(?:\([^()\n]{2,30}\)\.?\s*[-–]\s*|\((?:[A-ZĐ]{2,10}|[A-Za-zđĐ]{3,20}\.(?:vn|VN|com))\)\s+(?=[A-ZĐ])|(?!(?:HĐND|UBND|MTTQ|BTV|BCH|UBKT|ĐBQH)\b)[A-ZĐ]{2,8}(?:\.(?:VN|COM))?\s*[-–]\s+|[A-ZĐ][a-zđ]{3,20}(?:\.(?:vn|com))?\s*[-–]\s+)?"
    r"(?:[-+•*]\s*|\(?\d{1,2}[.)]\s*"
    # (lower case after ";": "…; đồng thời tăng cường kiểm tra …")
    r"|[a-zđ]\)\s*)?(?:(?:[Tt]heo đó|[Đđ]ồng thời|Trong đó|Cụ thể|[Bb]ên cạnh đó|[Nn]goài ra|"
    r"[Mm]ặt khác|[Tt]iếp đó|[Ss]au đó|Trước mắt|[Tt]rên cơ sở đó|[Qq]ua đó|[Tt]ừ đó|[Dd]o đó|[Vv]ì vậy|[Dd]o vậy"
    r"|Riêng(?=\s+(?:các\s+)?" + CAP + r"|\s+các\s)"  # ("Riêng UBND huyện A khẩn trương …": that one in particular)
    # the items of a list counted in words: "Thứ nhất, Sở X rà soát …", "Hai là, nâng cao chất lượng …"
    r"|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là"
    r"|[Hh]iện(?: nay| tại)?(?=\s*,))"  # ("Hiện, Ban Thường vụ Tỉnh ủy đã xem xét …")
    r"\s*[,:]?\s*)?(?:(?:[Dd]ưới sự (?:chỉ đạo"
    r"|lãnh đạo)|[Đđ]ược sự (?:nhất trí|đồng ý|chấp thuận|cho phép|thống nhất)) của [^,]{2,40},\s*)?"
    # (lower case after ";": "…; định kỳ báo cáo Ban Thường vụ Tỉnh ủy")
    r"(?:(?:[Đđ]ịnh kỳ|[Hh][ằà]ng năm|[Hh][ằà]ng quý|[Hh][ằà]ng tháng)"
    # ("Định kỳ 6 tháng, một năm, các đảng ủy …", "Định kỳ hằng quý, hằng năm, …")
    r"(?: (?:hằng|hàng) (?:năm|quý|tháng)| \d+ tháng)?(?:,? (?:và )?(?:một|01|1|hằng|hàng|cuối) năm)?"
    r"(?:,? (?:hoặc|và) (?:đột xuất|khi có yêu cầu))?\s*,?\s*)?"  # ("định kỳ 6 tháng hoặc đột xuất báo cáo …")
    # a condition first: "Trường hợp có khó khăn, vướng mắc, (Sở Y tế) phải kịp thời báo cáo …"
    # ("nếu có những vấn đề nổi cộm, đột xuất thuộc ngành, lĩnh vực, địa bàn quản lý, kịp thời báo cáo …")
    r"(?:(?:[Tt]rường hợp|[Nn]ếu) (?:có )?[^;.:]{0,100}?,\s*(?=phải\b|cần\b|kịp thời\b|báo cáo\b|đề xuất\b|"
    + CAP
    + r"))?"
    # a deadline first: "Chậm nhất đến ngày 15/9, Sở Tài chính …", "Trước ngày 30/6/2026, các xã …"
    # (or without the comma, in lower case after an opening word, before what must be done: "Trong đó, trong tháng 2
    # phải hoàn thành chương trình công tác …")
    r"(?:(?:Chậm nhất|Trước|Trong)(?: đến)? (?:ngày|tháng|quý) [\dIVX]{1,2}(?:[/-]\d{1,2})?"
    r"(?:[/-]\d{4}| năm \d{4})?\s*,\s*"
    r"|(?:chậm nhất|trước|trong)(?: đến)? (?:ngày|tháng|quý) [\dIVX]{1,2}(?:[/-]\d{1,2})?"
    r"(?:[/-]\d{4}| năm \d{4})?\s*,?\s*(?=(?:phải|cần)\s))?"
    r"(?:[Ll]ãnh đạo\s+(?=" + CAP + r"|các\s))?"
    # the members named after a head and "gồm:": "Các đơn vị gồm: Sở A, Báo B phối hợp với …"
    r"(?:(?:[Cc]ác|[Nn]hững) (?:đơn vị|cơ quan|địa phương)(?: [^\W\d_]+){0,3} gồm\s*:\s*(?=" + CAP + r"))?"
    # the representatives of the bodies, for the bodies: "Đại diện các sở, ngành đã trực tiếp trao đổi …"
    r"(?:[Đđ]ại diện(?: lãnh đạo)?\s+(?=các\s|" + CAP + r"))?"
    # the head of a body named for the body, as a decision's addressees are ("Chánh Văn phòng UBND tỉnh; Giám đốc
    # Sở X; Thủ trưởng các sở, ngành; Chủ tịch UBND các xã … chịu trách nhiệm thi hành Quyết định này")
    # (or all its heads by their titles: "Chủ tịch, Phó Chủ tịch, các Ủy viên UBND xã A chịu trách nhiệm thi hành …")
    r"(?:(?:Phó\s+)?Chủ tịch(?:\s*,\s*(?:Phó\s+Chủ tịch|(?:các\s+)?(?:Ủy viên|thành viên)))+\s+(?=" + CAP + r")"
    r"|(?:"
    + OFFICE_HOLDERS
    + r")?(?:Chánh\s+(?=văn phòng)|(?:Chánh|Trưởng(?=\s+Ban\b)|"
    + HEADS
    + r")\s+(?="
    + CAP
    + r")(?!Sở\s*[,;]))"  # ("Giám đốc Sở, …": every department's head)
    # "Giám đốc các Sở: Nội vụ, Tài chính; …", "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương, …"
    r"|(?:Giám đốc|Thủ trưởng)\s+các\s+(?:[Ss]ở|cơ quan(?:,\s*đơn vị)?|đơn vị)\s*:\s*)?"
)
# a goal ("phấn đấu 95% ...", "đề ra mục tiêu") is not a duty: targets are read elsewhere
DUTY_START = re.compile(
    # "X phân công Y chủ trì …" hands Y the duty (GiveClause), it is no duty of X's
    # ("hoàn thành" with a date is a duty: "các đảng bộ trực thuộc hoàn thành đại hội trước ngày 30/6/2025")
    # ("xác định tiếp tục tăng cường …": the tasks a committee sets itself, its duty)
    r"\W*(?!phấn đấu|đề ra|đặt (?:ra )?mục tiêu|xác định(?!,? (?:tiếp tục|tập trung|tăng cường|đẩy mạnh)\b)|"
    # (and finishing an action: "hoàn thành rà soát, báo cáo UBND tỉnh")
    r"hoàn thành(?! việc| (?:rà soát|xây dựng|tổng hợp|lập|thủ tục|hồ sơ)\b)"
    r"(?![^.;]{0,80}?\b(?:trước ngày|chậm nhất|trong (?:tháng|quý) \S+))|căn cứ"
    r"|phân công (?:cho )?(?:các |(?-i:" + CAP + r")))"
    r"(?:" + ACT_VERBS + r"|gửi|trình(?= " + CAP + r")"
    # "X có văn bản thông báo …" writes to someone; "X có văn bản chỉ đạo Y …" hands Y the duty
    r"|có văn bản(?! (?:số \S+ )?(?:chỉ đạo|yêu cầu|đề nghị|giao|gửi)))\b",
    re.I,
)
# "X khẩn trương hoàn thành …": finishing, urged, is a duty (bare "hoàn thành 100%" is a result or a goal)
# and a body urged to care for something ("X, Y cần quan tâm đẩy mạnh …"; "X quan tâm lãnh đạo, đạt nhiều kết quả"
# reports)
URGED = re.compile(
    r"\s*(?:(?:cần|phải|sẽ)\s+)?(?:khẩn trương|sớm|kịp thời|phải|cần)\s+(?:hoàn thành|hoàn chỉnh)\b"
    r"|\s*(?:(?:cần|phải)\s+(?:(?:tiếp tục|hết sức)\s+)?|tiếp tục\s+)quan tâm\b"
    # set to name their own tasks: "Các ngành, các cấp khẩn trương xác định rõ nhiệm vụ …", "X cần xác định …"
    r"|\s*(?:cần|phải|khẩn trương)\s+(?:(?:khẩn trương|sớm)\s+)?xác định\b"
)

STRIVING = re.compile(r"phấn đấu\s+")
# what a goal names after "phấn đấu" (a measure, a figure, a time) rather than an action: "X phấn đấu tốc độ tăng …"
STRIVEN_GOAL = re.compile(
    r"(?<=phấn đấu )(?:tốc độ|t[ỷỉ] lệ|tổng|giá trị|thu nhập|mức|số|đạt|đến|trong|năm|giai đoạn|có|trên|dưới|từ|"
    r"bình quân|GRDP|\d|h[ằà]ng năm|các|trở thành|đưa|là|"
    # ("phấn đấu thực hiện đạt một số chỉ tiêu", "phấn đấu hoàn thành, vượt kế hoạch": the goals, no action)
    r"(?:(?:thực hiện|hoàn thành)(?:,? (?:thắng lợi|tốt|đạt|và vượt|vượt))*,? (?:các |những |một số )?)?"
    r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|kế hoạch))",
    re.I,
)


def striven_action(text: str, pos: int, end: int) -> int | None:
    """Where the action striven for begins after "phấn đấu" at pos ("phấn đấu giải ngân …", "phấn đấu thực hiện
    đồng bộ các nhiệm vụ …"); None where a goal's measure follows ("phấn đấu tốc độ tăng …") or no "phấn đấu"."""
    m = STRIVING.match(text, pos, end)
    if m is None or STRIVEN_GOAL.match(text, m.end(), end):
        return None
    return m.end() if DUTY_START.match(text, m.end()) or ANY_VERB.match(text, m.end(), end) else None


# what may stand between two members of a list: ",", "và", ", và", "cùng", a head "các Sở:" before its items
# between two listed bodies: a comma, "và", a head word before a colon ("các Sở: …"), or the title of the heads
# of the next ("…, Chủ tịch UBND các huyện": conventions map a position-phrased addressee to its body)
# (the heads of a set before its shared head: "…, Giám đốc các Sở: Tài chính, Nội vụ, Chỉ huy trưởng Bộ CHQS tỉnh")
# and two titles for one set's heads: "…, Giám đốc, Thủ trưởng các sở, ngành, …"
_LIST_HEAD = (
    r"(?:"
    + HEADS
    + r",\s+(?="
    + HEADS
    + r"|[Cc]hánh))?(?:"
    + HEADS
    + r"|[Cc]hánh|[Tt]rưởng|[Cc]hỉ huy trưởng|(?:[Cc]hi )?[Cc]ục [Tt]rưởng)\s+"
)
_LIST_GAP = re.compile(
    # (a second verb of asking for the last of them: "yêu cầu các sở, ngành, UBND các huyện và đề nghị MTTQ tỉnh …")
    # ("Sở Giáo dục và Đào tạo cùng với các địa phương đã triển khai …": both act)
    # (an aside after a member first: "Ban Chấp hành Đoàn phường A (TPHCM), Chi đoàn …")
    # (a dash between the pillars of one place: "HĐND - UBND phường Diên Hồng tổ chức …")
    # (the body that serves as the one before it, in brackets: "Thường trực Ban Chỉ huy … tỉnh (Sở Nông nghiệp và
    # Phát triển nông thôn) chủ trì …")
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[,;]\s*|\s-\s|\s*\(\s*)?"
    r"(?:và\s+(?:đề nghị\s+|yêu cầu\s+)?|hoặc\s+|cùng(?:\s+với)?\s+)?(?:(?:"
    + _LIST_HEAD
    + r"|(?:UBND|Ủy ban nhân dân)\s+)?(?:các|những)\s+[^\W\d_]+\s*:\s*)?"
    # (a title then a comma: the next body's name opens with the second title, "Thủ trưởng các sở")
    # (or a slash: "…; Giám đốc/Thủ trưởng các sở, ban, ngành")
    r"(?:" + _LIST_HEAD + r"|" + HEADS + r"(?:,\s+|\s*/\s*))?"
    # (the departments listed after their heads' title: "…, Giám đốc Sở: Tài chính, Công Thương, …")
    r"(?:(?:Giám đốc|Thủ trưởng)\s+(?:các\s+)?[Ss]ở\s*:\s*)?"
)


# the members or the heads of the body named next: "các thành viên Tổ biên tập", "Thủ trưởng các sở"
# and a head word before its items ("giao các Sở: Y tế, Tài chính …", "Giám đốc các Sở: Nội vụ, …")
MEMBERS = re.compile(
    # (its forces and people, for the body: "Lực lượng Công an tỉnh đã …", "Cán bộ, chiến sĩ Bộ CHQS tỉnh …")
    # (further down a list: "Chánh Văn phòng UBND tỉnh, các sở, ban, ngành, các thành viên Ban Chỉ huy …")
    r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)?(?:(?:các|toàn thể) thành viên|[Tt]hủ trưởng|[Nn]gười đứng đầu|[Gg]iám đốc"
    r"|[Ll]ực lượng|[Cc]án bộ,? chiến sĩ)\s+"
    r"|\s*(?:(?:[Tt]hủ trưởng|[Gg]iám đốc|UBND|Ủy ban nhân dân)\s+)?(?:[Cc]ác|[Nn]hững)\s+[^\W\d_]+\s*:\s*"
    # the committees of the places listed after their level: "UBND các huyện Đại Lộc, Nam Giang …"
    r"|\s*(?:UBND|Ủy ban nhân dân)\s+(?:các|những)\s+(?:huyện|thị xã|xã|phường)\s+"
    # the first of two titles, the set's name opening with the second: "Giám đốc/Thủ trưởng các sở, ban, ngành"
    r"|\s*(?:[Tt]hủ trưởng|[Gg]iám đốc)\s*/\s*"
)


# the leaders of the first body listed, for the body, as the conventions map a position ("yêu cầu lãnh đạo các sở,
# ban, ngành …"); between two bodies it is the verb ("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh …")
_LEADERS = re.compile(r"\s*[Ll]ãnh đạo\s+")
# (handed the leading of a body, it is the verb: "Đảng ủy UBND thành phố được giao lãnh đạo UBND thành phố …")
_HANDED_THE_LEAD = re.compile(r"\bgiao\s*$")


def past(pattern: re.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where the words ``pattern`` allows at pos end (pos where there are none): the patterns given here match
    the empty string too."""
    m = pattern.match(text, pos, end)
    return m.end() if m else pos


def body_list(text: str, pos: int, end: int, bodies: list[BodyMatch]) -> tuple[list[BodyMatch], int]:
    """Bodies listed from pos ("A, B và C"), and where the list ends."""
    out: list[BodyMatch] = []
    while True:
        b = next(
            (
                b
                for b in bodies
                if b.start >= pos
                and (
                    not text[pos : b.start].strip(" ,")
                    or MEMBERS.fullmatch(text, pos, b.start)
                    or (
                        not out
                        and _LEADERS.fullmatch(text, pos, b.start) is not None
                        and not _HANDED_THE_LEAD.search(text, max(0, pos - 8), pos)
                    )
                )
                or (out and b.start >= pos and _LIST_GAP.fullmatch(text, pos, b.start))
            ),
            None,
        )
        if b is None or b.start >= end:
            return out, pos
        out.append(b)
        pos = b.end


# "chỉ đạo / giao … Y", and "lãnh đạo Y" (a Party organ leading the state body it sits in)
HANDS_ON = re.compile(
    # (a duty proposed to be handed: "Sở Y tế đề xuất giao Bệnh viện A triển khai …")
    # (with a text: "… và có văn bản đề nghị các huyện …", "ban hành Văn bản số 73 ngày 2/12/2024 giao các cơ quan …")
    r"\W*(?:(?:có|ban hành|gửi)\s+(?:[Cc]ông văn|[Vv]ăn bản)(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?\s+"
    r"(?=(?:chỉ đạo|giao|đề nghị|yêu cầu|đôn đốc)\b))?"
    r"(?:(?:lãnh đạo,?\s+|(?:đề xuất|kiến nghị)\s+(?=giao\b))?(?:chỉ đạo|giao|đề nghị|yêu cầu|đôn đốc)\b"
    r"|(?-i:lãnh đạo\s+(?=" + CAP + r")))",
    re.I,
)
# a meeting held to hand out the year's plan: "UBND tỉnh (tổ chức hội nghị|họp) giao chỉ tiêu … cho …": the
# subject holds the meeting (its own act, as the conventions count it), the bodies handed the plan carry it
MEETING_HANDS_ON = re.compile(
    r"\W*(?:đã\s+|vừa\s+)?(?:tổ chức\s+)?(?:hội nghị|(?:cuộc\s+)?họp)\s+(?:[^.;:\n]{0,40}?\s)?"
    r"giao\s+(?:chỉ tiêu|kế hoạch|dự toán)\b",
    re.I,
)


class Pattern:
    """A clause pattern: ``read`` returns (subjects, where the duty begins) or None."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        raise NotImplementedError
