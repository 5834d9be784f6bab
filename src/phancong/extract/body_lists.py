"""Bodies named through a shared head: "các đảng đoàn: A, B, C" and "Đảng đoàn A" (one party delegation
each), "các Sở: Kế hoạch và Đầu tư, Y tế", "các Tiểu ban Văn kiện, Nhân sự" (one body per item), and one organ named for
two committees ("Ban Thường vụ Tỉnh ủy, Thành ủy").

>>> [b.name for b in head_lists("phối hợp với các Sở: Y tế, Nội vụ về việc")]
['Sở Y tế', 'Sở Nội vụ']
"""

from __future__ import annotations

import re

from ..text.prefilter import quick_start
from .body_names import (
    CAP,
    DEPARTMENT_ABBREVIATION_ALTERNATION,
    LIST_STOP,
    BodyMatch,
    abbreviated_department,
    department_alternation,
    department_name,
)

__all__ = ["bare_departments", "expand_head_list", "head_lists", "organs_of_committees_listed"]

# "các đảng đoàn: Mặt trận Tổ quốc tỉnh, Liên đoàn lao động tỉnh, ..." -> one party delegation each
_HEAD_LIST = re.compile(r"các đảng đoàn\s*:\s*", re.IGNORECASE)
_MASS_ORGS = [
    (r"(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?: tỉnh)?", "Đảng đoàn Mặt trận Tổ quốc tỉnh"),
    (r"Liên đoàn [Ll]ao động(?: tỉnh)?", "Đảng đoàn Liên đoàn Lao động tỉnh"),
    (r"Hội Nông dân(?: tỉnh)?", "Đảng đoàn Hội Nông dân tỉnh"),
    (r"Hội Liên hiệp [Pp]hụ nữ(?: tỉnh)?", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh"),
    (r"Hội Cựu chiến binh(?: tỉnh)?", "Đảng đoàn Hội Cựu chiến binh tỉnh"),
]
_SINGLE_DELEGATION = re.compile(r"Đảng đoàn (" + "|".join(p for p, _ in _MASS_ORGS) + r")")


def expand_head_list(text: str, start: int = 0, end: int | None = None) -> list[BodyMatch]:
    """Bodies named through a shared head: "các đảng đoàn: A, B, C" and "Đảng đoàn A"."""
    end = len(text) if end is None else end
    out: list[BodyMatch] = []
    for head in _HEAD_LIST.finditer(text, start, end):
        stop = text.find("\n", head.end(), end)
        stop = end if stop < 0 else stop
        colon = text.find(":", head.end(), stop)
        stop = colon if colon >= 0 else stop
        for pattern, name in _MASS_ORGS:
            for m in re.finditer(pattern, text[head.end() : stop]):
                s, e = head.end() + m.start(), head.end() + m.end()
                out.append(BodyMatch(s, e, text[s:e], name, "party-delegation", "province"))
    for m in _SINGLE_DELEGATION.finditer(text, start, end):
        name = next(n for p, n in _MASS_ORGS if re.fullmatch(p, m.group(1)))
        out.append(BodyMatch(m.start(), m.end(), m.group(0), name, "party-delegation", "province"))
    return out


# (or abbreviated: "các Sở: KH&ĐT, Tài chính, Nội vụ")
_DEPARTMENT_NAME = re.compile(
    r"(?:" + DEPARTMENT_ABBREVIATION_ALTERNATION + r")(?![\w&-])|(?i:" + department_alternation() + r")(?!\w)"
)
# a head noun and a list after a colon or in a row: "các Sở: Kế hoạch và Đầu tư, Y tế", "một số Đảng bộ: Huyện
# Đại Từ, Khối Doanh nghiệp tỉnh", "các Tiểu ban Văn kiện, Nhân sự và Phục vụ Đại hội": one body per item
# (and the committees of the districts or communes listed: "UBND các huyện: Đakrông, Hải Lăng" -> each one's, with or
# without the colon)
_HEAD_OF_LIST = re.compile(
    # (or after the heads' title, the departments listed after the colon: "Giám đốc Sở: Tài chính, Công Thương, …")
    # (the heads' title is part of the match, not a lookbehind: a pattern whose matches begin with known
    # characters is tried only where they stand, one with a lookbehind at every position of the text)
    r"(?:(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:[Cc]ác|[Mm]ột số|[Nn]hững)\s+|Giám đốc |Thủ trưởng )"
    # (the departments' head in lower case only before a colon: "các sở: NN&PTNT, Y tế", not "các sở, ban, ngành")
    r"(Sở|sở(?=\s*:)|Đảng bộ|Tiểu ban|Ban|huyện|thị xã|xã|phường)"
    r"\s*(:)?\s*"
)
_HEAD_OF_LIST = quick_start(_HEAD_OF_LIST)


# names listed, not a duty after the colon: "Đakrông, Hải Lăng" (not "Lập danh sách cử tri …")
_NAMES_LISTED = re.compile(CAP + r"[^\W\d_]*(?:\s+" + CAP + r"[^\W\d_]*){0,3}\s*(?:,|\svà\s)")
# a list wrapped across lines at a dash inside a name: "các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ"
# (the line break first: a pattern that begins with a character is searched for by it)
_WRAPPED_AT_DASH = re.compile(r"\n(?<=[^\W\d_]\n)(?=- [^\W\d_])")


# where a list ends: a stop (not the dot of a ward or a city abbreviated: "các Đảng bộ: xã A, P.B, TP.C"), a line
# break, or what the listed bodies are to do
_LIST_ENDS = re.compile(LIST_STOP + r"|\s+(?:về|để|tổ chức|thực hiện|phối hợp)\b")
_ABBREVIATED_LEVEL = re.compile(r"^(P|TP|TX)\.\s?(?=" + CAP + r")")
_LEVELS = {"P": "phường", "TP": "thành phố", "TX": "thị xã"}


_PLACES_OF_A_LEVEL = re.compile(
    r"các (xã|phường|thị trấn|huyện) (" + CAP + r"[^\W\d_]*(?:\s+" + CAP + r"[^\W\d_]*){0,2})"
)
_PLACE_ALONE = re.compile(
    r"(?!(?:Công an|Quân sự|Bộ|Ban|Sở|Cơ quan|Khối|Văn phòng|Trường|Ủy ban|UBND|Đảng|Huyện|Thị|Thành|Xã|Phường)\b)"
    + CAP
    + r"[^\W\d_]*(?:\s+"
    + CAP
    + r"[^\W\d_]*){0,2}"
)


def head_lists(text: str) -> list[BodyMatch]:
    if "\n- " in text:
        text = _WRAPPED_AT_DASH.sub(" ", text)  # one character for one: the offsets stay the text's
    out: list[BodyMatch] = []
    for h in _HEAD_OF_LIST.finditer(text):
        head, pos = ("Sở" if h.group(1) == "sở" else h.group(1)), h.end()
        # (the committees of places listed need no colon: "UBND các huyện Đại Lộc, Nam Giang và Phước Sơn …")
        if not h.group(2) and head not in ("Tiểu ban",) and not (head[0].islower() and _NAMES_LISTED.match(text, pos)):
            continue
        if head[0].islower():  # a level word: only the committees of the places listed ("UBND các huyện: A, B")
            if not re.match(r"UBND|Ủy ban nhân dân", h.group(0)) or not _NAMES_LISTED.match(text, pos):
                continue
            head = "Ủy ban nhân dân " + head
        stop = _LIST_ENDS.search(text, pos)
        seg_end = stop.start() if stop else len(text)
        if head == "Sở":  # department names hold "và" and ",": read them off the list of departments
            for m in _DEPARTMENT_NAME.finditer(text, pos, seg_end):
                if re.fullmatch(r"[\s,]*(?:và\s+)?", text[pos : m.start()]) or m.start() == pos:
                    out.append(
                        BodyMatch(
                            m.start(),
                            m.end(),
                            m.group(0),
                            "Sở " + department_name(abbreviated_department(m.group(0))),
                            "department",
                            "province",
                        )
                    )
                    pos = m.end()
            continue
        carried = None  # the level of "các xã A, B, C" carried over to B and C
        for part in re.finditer(r"[^,]+", text[pos:seg_end]):
            for piece in re.split(r"\s+và\s+", part.group(0)):
                item = piece.strip()
                if head.startswith("Ủy ban"):  # a place's name: its capitalised words, not what follows them
                    named = re.match(CAP + r"[^\W\d_]*(?:\s+" + CAP + r"[^\W\d_]*){0,3}", item)
                    item = named.group(0) if named else ""
                written = item
                item = _ABBREVIATED_LEVEL.sub(lambda m: _LEVELS[m.group(1)] + " ", item)  # "P.Bình Minh"
                if head == "Đảng bộ":  # "các Đảng bộ: …, các xã Khánh An, Hồng Dân": both communes'
                    levels = _PLACES_OF_A_LEVEL.fullmatch(item)
                    if levels:
                        carried, item = levels.group(1), f"{levels.group(1)} {levels.group(2)}"
                    elif carried and _PLACE_ALONE.fullmatch(item):
                        item = f"{carried} {item}"
                    else:
                        carried = None
                lower_level = re.match(r"(?:huyện|thị xã|thành phố|xã|phường) " + CAP, item)
                if not item or not (item[0].isupper() or lower_level) or len(item.split()) > 8:
                    continue
                s = pos + part.start() + part.group(0).find(written)
                if re.match(r"(?:Ban|Đảng đoàn|Đảng bộ|Sở|Tiểu ban|Ủy ban)\b", item):
                    continue  # a full name of its own: found by the recognisers
                level_word = item.split()[0] in ("Huyện", "Thị", "Thành", "Xã", "Phường")  # "Huyện X" -> "huyện X"
                name = f"{head} {item[0].lower() + item[1:] if level_word else item}"
                btype = {"Sở": "department", "Đảng bộ": "party-organisation", "Tiểu ban": "subcommittee"}.get(
                    head, "peoples-committee" if head.startswith("Ủy ban") else "other"
                )
                level = "province" if not head.startswith("Ủy ban") else ("district" if "huyện" in head else "commune")
                out.append(BodyMatch(s, s + len(written), written, name, btype, level))
    return out


# a department named by its field alone in a list of bodies: "lãnh đạo Văn phòng UBND tỉnh, Thanh tra tỉnh, Tư pháp,
# Xây dựng, Nội vụ": "Tư pháp" is Sở Tư pháp where it follows a body in the list, as the list's reader knows
_BARE_DEPARTMENT = re.compile(
    r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(" + department_alternation() + r")(?=\s*(?:[,;.:)]|\s+và\s|$))"
)


def bare_departments(text: str, listed: list[BodyMatch]) -> list[BodyMatch]:
    """The departments named by their field alone right after a listed body, and after each other."""
    out: list[BodyMatch] = []
    taken = {b.start for b in listed}
    for b in listed:
        pos = b.end
        while m := _BARE_DEPARTMENT.match(text, pos):
            s, e = m.start(1), m.end(1)
            if s in taken:
                break
            out.append(BodyMatch(s, e, m.group(1), "Sở " + department_name(m.group(1)), "department", "province"))
            pos = e
    return out


# an organ of a provincial committee, named for both kinds of committee a central text addresses: "Ban Thường vụ Tỉnh
# ủy, Thành ủy chịu trách nhiệm …" is the standing committee of each
_ORGAN_OF_COMMITTEE = re.compile(
    r"(Ban Thường vụ|Thường trực|Ban Tổ chức|Ủy ban Kiểm tra|Văn phòng|Ban Tuyên giáo và Dân vận|Ban Tuyên giáo"
    r"|Ban Dân vận|Ban Nội chính) (?:Tỉnh ủy|Thành ủy)"
)
_COMMITTEES_JOINED = re.compile(r"\s*(?:,|/|\s(?:và|hoặc))\s*")


def organs_of_committees_listed(text: str, found: list[BodyMatch]) -> list[BodyMatch]:
    """The bodies found, the second committee of "Ban Thường vụ Tỉnh ủy, Thành ủy" named as the organ it shares."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        organ = _ORGAN_OF_COMMITTEE.fullmatch(a.name)
        if organ and b.name in ("Tỉnh ủy", "Thành ủy") and _COMMITTEES_JOINED.fullmatch(text, a.end, b.start):
            out[i + 1] = BodyMatch(b.start, b.end, b.text, f"{organ.group(1)} {b.name}", a.type, a.level)
    return out
