"""Recognisers of the groups a plan or a report sets to work and of the province's own centres: steering committees
("Ban Chỉ đạo 35 Tỉnh ủy"), working groups ("Tổ công tác", "Tổ Điều phối"), delegations that inspect or supervise
("Đoàn công tác", "Đoàn giám sát số 30"), the office's information centre and the portal, the development
institute, the hospitals a health plan tasks ("Bệnh viện Đa khoa Sài Gòn", "Bệnh viện Y học cổ truyền TP HCM").
Placed in ``RECOGNISERS`` (recognisers.py) by ``GROUPS``; a delegation named with the organ that sends it ("Đoàn
công tác HĐND tỉnh") is one body, the organ's delegation."""

from __future__ import annotations

import re

from .body_names import CAP, PLACE_NAME, W
from .collectives import spell_out
from .recogniser import Recogniser, recogniser as _r

__all__ = ["GROUPS"]


def _spaced(m: re.Match) -> str:
    return " ".join(m.group(0).split())


# the organs that send a delegation, as written right after it (abbreviations spelt out in the name)
_OWNERS = (
    r"(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân) (?:tỉnh|thành phố)"
    r"|(?:(?:Ban Thường vụ|BTV|Ủy ban Kiểm tra|UBKT|Thường trực) )?(?:Tỉnh|Thành) ủy|Bộ Chính trị|Ban Bí thư|Quốc hội"
    # the centre's boards and the Government's inspectorate ("Đoàn công tác của Ban Tuyên giáo Trung ương", "Tổ công
    # tác của Thanh tra Chính phủ")
    r"|Ban (?:Tuyên giáo(?: và Dân vận)?|Tổ chức|Dân vận|Nội chính|Kinh tế) Trung ương|Ủy ban Kiểm tra Trung ương"
    r"|Thanh tra Chính phủ"
)


# a hospital's field, named before its place or person ("Bệnh viện Y học cổ truyền TP HCM")
_HOSPITAL_FIELD = (
    r"Đa khoa|Y học cổ truyền|Sản - Nhi|Sản [Nn]hi|Lao và [Bb]ệnh phổi|Phục hồi chức năng|Tâm thần|Ung bướu|Nhân dân"
    r"|Quân y|Nhiệt đới|Răng [Hh]àm [Mm]ặt|Tai [Mm]ũi [Hh]ọng|Phổi|Nhi|Mắt|Da liễu|Nội tiết|Chấn thương chỉnh hình"
)


# the words a steering committee's topic does not take: a verb or a link after its name
# ("Ban chỉ đạo có nhiệm vụ tham mưu cho …": what it is charged with, no topic)
_NOT_A_TOPIC = (
    r"(?:phối|chủ|với|cùng|đã|sẽ|các|giao|yêu cầu|đề nghị|vừa|đang|cũng|tiếp tục|họp|thống nhất|có|là|gồm|"
    r"tham mưu|chịu|được)\b"
)


# a word of a steering committee's topic: a word, a document's number ("57-NQ/TW"), a disease ("COVID-19"), or a
# campaign's name in quotes ("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”")
_TOPIC_WORD = r"(?:[^\W\d_]+|\d{1,4}-[A-ZĐ]{2,4}/[A-ZĐ]{2,3}|[A-Za-z]{3,5}-\d{1,2}|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\")"
# what a sentence goes on with after a body it makes the subject: the verb of what it did or is to do
_GOES_ON = (
    r"(?:đã|sẽ|đang|vừa|tiếp tục|có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|giao|yêu cầu|đề nghị|họp|chủ trì|"
    r"phối hợp|tham mưu|thống nhất|ban hành|quán triệt|triển khai|là cơ quan|là đơn vị chủ trì)(?![^\W\d_])"
)


def _topic(other_separator: str | None, not_a_topic: str) -> str:
    """One word of a steering committee's topic and what stands before it: a space, or a comma before a word in lower
    case ("phòng, chống"), or another separator; a word that is no topic (``not_a_topic``) ends it."""
    separators = r", (?!" + CAP + r")" + (r"|" + other_separator if other_separator else "") + r"| "
    return r"(?:(?:" + separators + r")(?!" + not_a_topic + r")" + _TOPIC_WORD + r")"


# a committee named by its level, then its topic after "về" ("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí,
# tiêu cực", "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai"): the topic's words, in lower case after its first,
# end at a stop, a capital after a comma, or a verb of what the committee does
_LEVEL_ABOUT = (
    r"(?<![\w])Ban [Cc]hỉ (?:đạo|huy) (?:Trung ương|[Qq]uốc gia|tỉnh|thành phố|Tỉnh ủy|Thành ủy|Huyện ủy|huyện) về "
    + W
    + r"+(?:,? (?!"
    + _NOT_A_TOPIC
    + r"|chỉ đạo|đồng thời|nhằm|để|tại|trong|theo|và)(?!"
    + CAP
    + r")"
    + W
    + r"+| và "
    + W
    + r"+){0,12}?(?=\s*[.;:()\n“”\"]|\s*$|,?\s+(?:"
    + CAP
    + r"|(?:"
    + _GOES_ON
    + r"|chỉ đạo|kiểm tra|giám sát|nhấn mạnh|đánh giá|làm việc|tổ chức|đồng thời|tỉnh|thành phố)(?![^\W\d_])))"
)


GROUPS: list[Recogniser] = [
    _r(_LEVEL_ABOUT, "steering-committee", "province", _spaced),
    # steering committees, named by a number ("Ban Chỉ đạo 35 Tỉnh ủy") or a topic of up to a dozen words
    # ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh")
    _r(
        # ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh": commas in the topic; "Ban chỉ đạo" in lower case)
        # (its topic ends before a verb: "Ban Chỉ đạo giao Đảng ủy UBND tỉnh …" hands a duty on)
        # (and command boards the same way: "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"; not the
        # military's, read apart: "Ban Chỉ huy Quân sự", "Ban Chỉ huy Bộ đội Biên phòng")
        # (its standing office too: "Thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh")
        r"(?:Thường trực )?Ban [Cc]hỉ (?:đạo|huy(?! (?:[Qq]uân sự|Bộ đội|BĐBP|[Bb]iên phòng|[Cc]ông an)))(?: \d+)?"
        # (a resolution by its number in the topic: "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của tỉnh"; a
        # disease by its name: "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh")
        # (a dash joining two boards' topics since 2025: "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm
        # kiếm cứu nạn tỉnh")
        + _topic(r"(?<![Cc]hỉ đạo)(?<![Cc]hỉ huy) [-–] (?!Ủy ban|Ban|Sở|Hội đồng|Tiểu ban|Văn phòng)", _NOT_A_TOPIC)
        + r"{0,14}? "
        r"(?:của )?(?:(?:thị xã|huyện|thành phố|xã|phường) "
        + PLACE_NAME
        # (the nation's: "Ban Chỉ đạo Phòng thủ dân sự quốc gia"; a province's programme keeps its ending: "… mục
        # tiêu quốc gia tỉnh")
        # ("Ban Chỉ đạo bảo hiểm y tế toàn dân các xã": the communes' own, each of them)
        + r"|tỉnh|Trung ương|thành phố|huyện|Tỉnh ủy|Thành ủy|Huyện ủy"
        r"|các (?:xã|phường|huyện)(?:, (?:phường|thị trấn|thị xã|thành phố))*"
        r"|[Qq]uốc gia(?![^.;:\n]{0,80}?\b(?:tỉnh|thành phố|huyện|xã)\b)"
        # (every level's, or one level's: "Ban Chỉ đạo chuyển đổi số các cấp", "… phổ cập giáo dục cấp tỉnh")
        r"|các cấp|cấp (?:tỉnh|huyện|xã|cơ sở))"
        r"(?!\w)|Ban [Cc]hỉ đạo(?= (?:tỉnh|Trung ương))"
        # named by its topic alone, the sentence going on with what it does ("Ban Chỉ đạo phòng, chống lãng phí đã
        # họp", "Ban Chỉ đạo phong trào “…” tiếp tục đẩy mạnh …"): the topic ends where that verb begins
        # (a topic, not a clause of purpose or place: "… tiêu cực nhằm …" ends it)
        r"|(?<![\w])Ban [Cc]hỉ đạo"
        + _topic(None, _NOT_A_TOPIC + r"|(?:nhằm|để|tại|trong|khi|theo|vì|do|nên|thì|mà|này|nay)(?![^\W\d_])")
        + r"{1,10}?(?= "
        + _GOES_ON
        + r")",
        "steering-committee",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    # written with a capital, a group of the text's own ("Tổ công tác có nhiệm vụ …"); lower case it is a common noun
    _r(
        # ("Tổ soạn thảo có nhiệm vụ giúp …", "Tổ Biên tập": a drafting group the text sets to work)
        r"(?<![\w])Tổ (?:[Cc]ông tác|Điều phối|Giúp việc|[Ss]oạn thảo|[Bb]iên tập)(?: liên ngành)?(?: số \d+)?"
        r"(?: của (?:" + _OWNERS + r"))?(?![^\W\d_])",
        "working-group",
        "province",
        _spaced,
    ),
    # an event's organising committee ("Ban Tổ chức các ngày lễ lớn của tỉnh", "Ban Tổ chức Lễ hội Đền Hùng năm
    # 2027"), not the Party's organisation commission
    _r(
        r"Ban Tổ chức (?:các ngày lễ lớn|[Ll]ễ hội|[Hh]ội thi|[Hh]ội diễn|[Gg]iải|[Tt]uần lễ)(?: "
        + CAP
        + W
        + r"*){0,4}"
        r"(?: của tỉnh| (?:tỉnh|thành phố)(?![^\W\d_]))?(?: năm 20\d\d)?",
        "working-group",
        "province",
        _spaced,
    ),
    # a delegation, its number kept ("Đoàn giám sát số 30"), and the organ it is sent by when named right after it
    # ("Đoàn công tác HĐND tỉnh" is the council's delegation, one body, and so is "Đoàn kiểm tra của Ban Thường vụ
    # Tỉnh ủy")
    _r(
        r"(?<![\w])Đoàn (?:công tác|giám sát|kiểm tra(?:,? giám sát)?|khảo sát)(?: chuyên đề| liên ngành)?"
        # ("Đoàn kiểm tra, giám sát (số 26) của Ban Thường vụ Tỉnh ủy": named with its number and the organ that
        # sends it; a number without "số" only before that organ: "Đoàn giám sát 1599 của …")
        r"(?: số \d+| \d+(?= của ))?(?: của (?:" + _OWNERS + r")(?:,? (?:" + _OWNERS + r"))?)?"
        r"(?: (?:Trung ương|" + _OWNERS + r"))?(?![^\W\d_])",
        "working-group",
        "province",
        lambda m: spell_out(_spaced(m)),
    ),
    _r(
        r"Trung tâm Thông tin\s*[-–]\s*Công báo(?: (?:tỉnh|thành phố)(?![^\W\d_]))?",
        "other",
        "province",
        lambda m: re.sub(r"\s*[-–]\s*", " - ", _spaced(m)),
    ),
    _r(
        r"Cổng (?:[Tt]hông tin điện tử|TTĐT) (?:tỉnh|thành phố)(?![^\W\d_])",
        "media",
        "province",
        lambda m: "Cổng thông tin điện tử " + m.group(0).split()[-1],
    ),
    # a hospital, by its field and its name ("Bệnh viện Đa khoa Vũng Tàu", "Bệnh viện Phổi Phạm Hữu Chí", "Bệnh viện
    # Từ Dũ", "Bệnh viện Y học cổ truyền TP HCM", "Bệnh viện Đa khoa tỉnh")
    _r(
        r"Bệnh viện (?:(?:"
        + _HOSPITAL_FIELD
        + r")(?: (?:tỉnh|thành phố|khu vực|Trung ương)(?![^\W\d_]))?(?= |$|[,;.)])"
        r"|(?=" + CAP + r"))(?: ?(?:" + CAP + W + r"*|TP|HCM|\d{1,3})(?![^\W\d_])){0,4}",
        "other",
        "province",
        lambda m: _spaced(m).rstrip(),
    ),
    _r(
        r"Viện [Nn]ghiên cứu [Pp]hát triển(?: (?P<lv>tỉnh|thành phố)(?![^\W\d_]))?",
        "other",
        "province",
        lambda m: "Viện Nghiên cứu phát triển" + (f" {m.group('lv')}" if m.group("lv") else ""),
    ),
]
