"""Collective actors: plural groups named as one actor ("các sở, ban, ngành", "các huyện ủy, thành ủy, đảng ủy
trực thuộc Tỉnh ủy", "Ủy ban nhân dân các huyện, thành phố", "đơn vị, địa phương có liên quan"), and the
name a collective is known by.

>>> bool(COLLECTIVE_RE.fullmatch("các sở, ban, ngành")), collective_name("UBND các  huyện, thành phố")
(True, 'Ủy ban nhân dân các huyện, thành phố')
"""

from __future__ import annotations

import re

from .body_names import CAP, PLACE_NAME

__all__ = [
    "BARE_ADDRESSEES_RE",
    "COLLECTIVE_RE",
    "HEADS",
    "MEMBER_HEADS",
    "collective_identity",
    "collective_name",
    "spell_out",
]

# Collective actors: plural groups named as one actor ("các sở, ban, ngành", "các huyện ủy, thành ủy,
# đảng ủy trực thuộc Tỉnh ủy", "Ủy ban nhân dân các huyện, thành phố", "đơn vị, địa phương có liên quan").
# The grammar: (organ of) + các/những + heads joined by ",", "và", "hoặc" + modifiers.
# the steering or command board whose members a set is, by its level ("… thành viên Ban Chỉ đạo tỉnh"), its topic
# left out
_MEMBERS_OF = r"(?:của )?Ban [Cc]hỉ (?:đạo|huy)(?: (?:tỉnh|các cấp|cấp (?:tỉnh|huyện|xã)))?"
_HEAD = (
    r"(?i:cơ quan chuyên môn|cơ quan chuyên trách|cơ quan thông tin đại chúng|cơ quan báo chí|cơ quan|"
    r"đơn vị\s+sự\s+nghiệp(?: công lập)?|đơn vị|địa phương|sở ngành|sở|ban ngành|ban cán sự(?: đảng)?|ban [Đđ]ảng|"
    r"ban xây dựng [Đđ]ảng|ban quản lý(?: dự án)?|ban(?!\s+hành\b)|phòng(?=,| ban| chuyên môn)"
    # ministries and sectors, levels and sectors joined without a comma: "các Bộ ngành Trung ương", "các cấp ngành"
    r"|bộ ngành|cấp ngành"
    r"|ngành chức năng|ngành|cấp ủy(?: đảng)?|"
    r"tổ chức cơ sở đảng|tổ chức đảng|tổ chức chính trị\s*[-–]?\s*xã hội|tổ chức đoàn thể|"
    r"tổ chức,\s*cá nhân|tổ chức|"  # "các tổ chức, cá nhân liên quan": a decision's addressees
    r"cá nhân(?=\s+(?:có\s+)?liên quan)|"  # (and "các đơn vị, cá nhân có liên quan", the persons concerned)
    r"đoàn thể(?: chính trị\s*[-–]?\s*xã hội)?|"
    # the levels and branches of a mass organisation: "các cấp Hội", "các cấp hội nông dân", "các chi hội", "các
    # cơ sở Hội", "các cấp bộ Đoàn"
    r"cấp (?:bộ )?(?:[Hh]ội(?: [Nn]ông dân| [Pp]hụ nữ| [Cc]ựu chiến binh)?|[Đđ]oàn)|chi hội|cơ sở [Hh]ội|"
    r"[Mm]ặt trận(?: Tổ quốc)?|chính quyền|truyền thông|báo chí|cấp|"
    r"chi bộ|chi đoàn|cơ sở đoàn|chi, đảng bộ|"
    r"đảng bộ(?: cơ sở| cấp cơ sở)?|đảng ủy|huyện ủy|quận ủy|thị ủy|thành ủy|ban [Đđ]ảng|"
    # the youth union's district units and branches: "các huyện đoàn, thành đoàn", "các đoàn cơ sở"
    r"huyện đoàn|quận đoàn|thị đoàn|thành đoàn|đoàn cơ sở|đoàn trực thuộc|"
    r"đảng đoàn|ban cán sự(?: đảng)?|huyện|quận|thị xã|thị trấn|thị|thành phố|TP|xã|phường|đặc khu|"
    r"cơ sở giáo dục(?: và đào tạo)?|doanh nghiệp(?: nhà nước)?|chủ đầu tư|trường|"
    # hospitals as a set, by their kind: "các bệnh viện chuyên khoa, đa khoa", "các bệnh viện tuyến tỉnh"
    r"bệnh viện(?: (?:chuyên khoa|đa khoa|tuyến (?:tỉnh|huyện|trung ương)))?|chuyên khoa|đa khoa|"
    r"hạt kiểm lâm|"  # "chỉ đạo các hạt kiểm lâm phối hợp với …": the rangers' units
    # the forces by their kind: "các lực lượng chức năng", "các lực lượng vũ trang", "các lực lượng Quân đội"
    r"lực lượng(?: chức năng| vũ trang|(?-i: Quân đội))?|"
    # "các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ": the associations the Party and the State task
    # ("hội đoàn thể": the associations and the mass organisations, one head: "các sở, ban, ngành, hội đoàn thể tỉnh")
    r"hội đoàn thể|hội(?: quần chúng)?(?: do Đảng(?:,| và) Nhà nước giao nhiệm vụ)?|bộ|ngành, địa phương|"
    # the members of a steering committee: "các thành viên Ban Chỉ đạo" (its member agencies: "các cơ quan thành
    # viên Ban Chỉ đạo tỉnh", a head and its modifier)
    # (not before a topic the committee is named by: "các thành viên Ban Chỉ đạo chuyển đổi số tỉnh" is that board)
    r"thành viên " + _MEMBERS_OF + r"(?![^\W\d_])"
    r"(?!(?: [^\W\d_]+){1,12}? (?:tỉnh|thành phố|huyện|các cấp)(?![^\W\d_])))"
)
_MOD = (
    r"(?:\s+(?:trực thuộc(?:\s+(?:Tỉnh ủy|Thành ủy|Đảng ủy [^\W\d_]+(?: [^\W\d_]+){0,5}?(?= |$)|"
    r"(?:Ủy ban nhân dân|UBND) (?:tỉnh|thành phố)|tỉnh))?|"
    r"có liên quan|liên quan|còn lại|của tỉnh|thuộc (?:Tỉnh ủy|Thành ủy)|thành viên|ngành dọc|"
    r"(?:chuyên môn )?thuộc (?:Ủy ban nhân dân|UBND) (?:tỉnh|thành phố|huyện|xã)|thuộc tỉnh|chuyên môn|"
    r"cấp (?:cơ sở|huyện|tỉnh|xã)|các cấp|trong tỉnh|trên địa bàn(?: tỉnh(?: " + PLACE_NAME + r")?)?|"
    r"(?:chuyên trách )?tham mưu(?:,? giúp việc)?(?: của)? (?:Tỉnh ủy|Thành ủy|cấp ủy tỉnh|cấp ủy)|chức năng|ở cơ sở|"
    r"Đảng|đảng"
    r"|Trung ương(?: và địa phương)?|trung ương|"
    r"đóng (?:chân )?trên địa bàn(?: tỉnh| thành phố)?(?: " + PLACE_NAME + r")?|"
    r"cơ sở|Tỉnh ủy|Thành ủy|(?:huyện|tỉnh|xã|thành phố)(?![^\W\d_])|"
    # the committee whose members they are, by its level ("… thành viên Ban Chỉ đạo tỉnh"), its topic left out
    r"(?<=thành viên )" + _MEMBERS_OF + r"(?![^\W\d_])|"
    # where a set stands in the rural programme: "những địa phương chưa đạt chuẩn", "các xã đã đạt chuẩn nông thôn mới"
    r"(?:chưa|đã) đạt chuẩn(?: nông thôn mới(?: nâng cao| kiểu mẫu)?)?))*"
)
_ORGAN = (
    r"(?:[Bb]an [Tt]hường vụ(?: cấp ủy)?|BTV|[Tt]hường trực|[Ủủ]y ban nhân dân|UBND|Hội đồng nhân dân|HĐND|"
    r"[Bb]an [Tt]uyên giáo|[Bb]an [Tt]ổ chức|[Ủủ]y ban [Kk]iểm tra|UBKT|[Cc]ấp ủy|[Tt]hủ trưởng|"
    r"[Tt]rung tâm bồi dưỡng chính trị|[Tt]rung tâm [Cc]hính trị|[Bb]an [Cc]hỉ đạo|"
    # the police and the military command of every commune: "Công an các xã, phường", "Ban CHQS các xã"
    # (and in lower case, the police of every locality: "Công an tỉnh và công an các địa phương thực hiện …")
    r"[Cc]ông an|[Bb]an [Cc]hỉ huy [Qq]uân sự|Ban CHQS|"
    # the Front of every commune and its standing board: "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường"
    r"(?:Ban Thường trực )?(?:Ủy ban |UB)?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?)"
)
# a head is a common noun: "Sở" before a name ("Sở Nội vụ") starts a body of its own, not a list item
# (on its line: "… UBND các xã, phường\nCăn cứ …" names no commune "phường Căn")
_NOT_NAMED = r"(?![^\W\d_])(?![^\S\n]+(?!Tỉnh ủy|Thành ủy|Đảng\b|Trung ương|Nhà nước)" + CAP + r")"
# the head of each member of a set, standing for the set: "các Giám đốc Sở", "Giám đốc các sở", "Trưởng các ban"
MEMBER_HEADS = r"(?:[Gg]iám đốc|[Tt]hủ trưởng|[Tt]rưởng)"
# the political system as one actor: "các cấp ủy, tổ chức đảng, chính quyền, MTTQ và các tổ chức chính trị - xã
# hội", "các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể": the closing "và các" is part of the formula
_POLITICAL_SYSTEM = (
    r"(?<![\w])[Cc]ác cấp ủy(?: đảng)?(?:,? tổ chức [Đđ]ảng)?, chính quyền, (?:Ủy ban )?(?:MTTQ|Mặt trận Tổ quốc)"
    r"(?: Việt Nam)?(?: các cấp)?(?:,| và) (?:các )?"
    r"(?:tổ chức chính trị\s*[-–]?\s*xã hội|đoàn thể(?: chính trị\s*[-–]?\s*xã hội)?)"
    # (and where they are, as any set's: "… các tổ chức chính trị - xã hội trong tỉnh tập trung …")
    r"(?: các cấp| (?:tỉnh|thành phố|huyện|xã)(?![^\W\d_]))?" + _MOD
)
# every level and sector as one actor: "các cấp ngành", "các cấp, các ngành (, các địa phương)", "các ngành, các
# địa phương"
_LEVELS_AND_SECTORS = (
    r"(?<![\w])(?:[Cc]ác (?:cấp ngành|cấp, các ngành(?:, (?:các )?địa phương)?|ngành, các cấp|ngành, các địa phương)"
    # "từng cấp, từng ngành, địa phương": each of them, the same actor
    r"|[Tt]ừng cấp, từng ngành(?:, (?:từng )?địa phương)?)(?![^\W\d_])"
    r"(?!,? (?:ngành|cơ quan|đơn vị|địa phương))" + _MOD
)
# the province's one city, named, closing a list of its districts: "UBND các huyện, thị xã, thành phố Bạc Liêu"
_CITY_LAST = r"(?:(?:(?<=huyện)|(?<=thị xã))(?:\s*,\s*|\s+và\s+)(?:thành phố|TP\.?) " + PLACE_NAME + r")?"
# the bodies a verb asks to act, named without "các": "yêu cầu sở ngành, địa phương bám sát …", "giao cho ngành
# chức năng nghiên cứu"; after any other word "địa phương" is a place ("sản phẩm của địa phương")
_BARE_HEAD = (
    r"(?:sở,? ngành|ban,? ngành|ngành chức năng|cơ quan chức năng|chính quyền địa phương|địa phương|doanh nghiệp"
    # the commune's or ward's own ("yêu cầu cấp ủy, chính quyền, MTTQ và các đoàn thể khắc phục …")
    r"|cấp ủy(?: đảng)?(?: cơ sở)?|đảng ủy cơ sở|chính quyền)"
)
# (its own pattern, the verb matched and the bodies in group "bare": a lookbehind would have the collectives'
# pattern tried wherever "ngành" or "địa phương" is written)
BARE_ADDRESSEES_RE = re.compile(
    r"(?:yêu cầu|đề nghị|chỉ đạo|giao cho|phối hợp với) (?P<bare>"
    + _BARE_HEAD
    + r"(?:(?:\s*,\s*|\s+và\s+)"
    + _BARE_HEAD
    + r")*)(?![^\W\d_])"
)
COLLECTIVE_RE = re.compile(
    _POLITICAL_SYSTEM + r"|" + _LEVELS_AND_SECTORS + r"|"
    r"(?<![\w])(?:(?:"
    + _ORGAN
    # (its abbreviation given in brackets: "ủy ban nhân dân (UBND) các huyện")
    + r"(?:\s*\((?:UBND|HĐND|MTTQ)\))?\s+)?(?:[Cc]ác|[Nn]hững|[Mm]ột số|[Tt]ừng(?!\s+cấp\s+(?!ủy))"
    # most of a set, as reports count it: "Hầu hết cấp ủy cơ sở ban hành …", "phần lớn các chi bộ …"
    + r"|(?<![\w])(?:[Hh]ầu hết|[Pp]hần lớn|[Đđ]a số)(?:\s+các)?(?=\s+(?:cấp ủy|chi bộ|đảng bộ|tổ chức)))\s+"
    # the heads of a set without "các": "Thủ trưởng sở, ban, ngành, Chủ tịch UBND …" (a decision's addressees)
    + r"|[Tt]hủ trưởng (?=(?:sở|ban|ngành|cơ quan|đơn vị)(?:\s+thuộc (?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố))?,)"
    # "Giám đốc Sở, Thủ trưởng các cơ quan …": a decision's addressees, the heads of every department
    + r"|[Gg]iám đốc (?=Sở\s*[,;])"
    # "các Giám đốc Sở, Thủ trưởng …", "các Trưởng ban, ngành": the heads of every member of a set
    + r"|[Cc]ác "
    + MEMBER_HEADS
    + r" (?=(?i:sở|ban|ngành|cơ quan|đơn vị)\s*,))"
    + _HEAD
    + _NOT_NAMED
    + _MOD
    # a comma joins heads of one group; ", các" opens the next group ("các đảng ủy trực thuộc, các cơ quan,
    # đơn vị": two collectives, each its own actor)
    # "đảng đoàn" and "ban cán sự đảng" after a comma are Party organs of their own kind: each its own collective
    # (or a slash: "các xã/phường", "UBND các huyện/thành phố")
    # ("các sở, ban, ngành, chủ đầu tư và UBND …": the investors are an addressee of their own)
    + r"(?:(?:\s*,\s*(?!(?:các|những)\s|đảng đoàn|ban cán sự|chủ đầu tư)|\s+và\s+(?!(?:các|những)\s|chủ đầu tư)"
    # (or a dash between levels: "UBND các huyện - thành phố")
    + r"|\s+hoặc\s+|\s*/\s*|\s+[-–]\s+(?=(?:huyện|thị xã|thành phố|xã|phường|thị trấn|quận)(?![^\W\d_])))"
    + r"(?![Cc]ấp ủy\s+(?:các|những)\s)"  # "… và cấp ủy các chi bộ": the organ of the next set, not a head
    + _HEAD
    + _NOT_NAMED
    + _MOD
    + r")*"
    + _CITY_LAST
    + r"(?![^\W\d_])"
    r"|(?<![\w])(?:[Ủủ]y ban nhân dân|UBND|Đảng ủy|Hội đồng nhân dân|HĐND) (?:xã|phường|thị trấn"
    r"|đặc khu|huyện|thị xã|quận)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu|huyện|thị xã|quận|thành phố))+"
    # (the city last, named: "UBND huyện, thành phố Cà Mau", one of the levels listed)
    + r"(?:(?<=thành phố) "
    + PLACE_NAME
    + r")?"
    + _CITY_LAST
    # every committee of a level: "UBND cấp xã", "Đảng ủy cấp xã" (the communes after 2025)
    + r"|(?<![\w])(?:[Ủủ]y ban nhân dân|UBND|Đảng ủy|Hội đồng nhân dân|HĐND) cấp (?:xã|huyện|cơ sở)(?![^\W\d_])"
    r"|(?<![\w])(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)? các cấp"
    r"|(?<![\w])[Đđ]ảng ủy cấp trên trực tiếp (?:của )?cơ sở(?: trực thuộc (?:Tỉnh ủy|Thành ủy))?"
    r"|(?<![\w])[Cc]ấp ủy, tổ chức đảng"
    # the political system as a whole: "cả hệ thống chính trị", "toàn hệ thống chính trị tỉnh"
    r"|(?<![\w])(?:[Cc]ả|[Tt]oàn bộ|[Tt]oàn) hệ thống chính trị(?: (?:các cấp|tỉnh|thành phố)(?![^\W\d_]))?"
    # the Party committee and the government of a level as one actor: "cấp ủy, chính quyền xã"
    r"|(?<![\w])(?<!các )[Cc]ấp ủy, chính quyền(?: (?:xã|phường|cơ sở|các cấp|địa phương)(?![^\W\d_]))?(?![^\W\d_]|,)"
    r"|(?<=, )(?:đảng đoàn|ban cán sự [Đđ]ảng)(?![^\W\d_])"
    # the investors named in a list of addressees: "các sở, ban, ngành, chủ đầu tư và UBND các huyện"
    r"|(?:(?<=, )|(?<= và ))chủ đầu tư(?![^\W\d_])(?! (?:dự án|công trình)\b)"
    r"|(?<![\w])(?:[Cc]ấp ủy|[Bb]an tuyên giáo|[Bb]an tổ chức|[Ủủ]y ban kiểm tra) các cấp(?: trong tỉnh)?"
    r"|(?<![\w])(?:[Đđ]ơn vị|[Cc]ơ quan|[Nn]gành|[Tt]ổ chức), (?:địa phương|đơn vị|tổ chức|cá nhân)"
    r"(?:,? (?:và )?(?:tổ chức|cá nhân))?(?: có liên quan| liên quan)"
    # a force by its kind, in lower case, as one actor: "lực lượng công an (các cấp)", "lực lượng kiểm lâm" ("lực
    # lượng Công an tỉnh" is the province's police: the body named)
    r"|(?<![\w])(?<!các )[Ll]ực lượng (?:công an|kiểm lâm|chức năng)(?: các cấp)?(?![^\W\d_])(?!\s+" + CAP + r")"
)
# the abbreviations of organs a name may hold, spelt out ("UBND" is "Ủy ban nhân dân"): spell_out
_ABBREVIATIONS = tuple(
    (re.compile(pattern), full)
    for pattern, full in (
        (r"\bUBND\b", "Ủy ban nhân dân"),
        (r"\bHĐND\b", "Hội đồng nhân dân"),
        (r"\bBTV\b", "Ban Thường vụ"),
        (r"\bUBKT\b", "Ủy ban Kiểm tra"),
    )
)
_EXPAND = (
    (r"^(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"(?<=, )TP\b\.?", "thành phố"),  # "UBND các huyện, TP": the cities among the districts
    # the province's city named after its districts is one of the levels listed: "UBND các huyện, thị xã, thành phố
    # Bạc Liêu" is the committees of the districts, towns and the city
    (r"(?:(?<=huyện, thành phố)|(?<=thị xã, thành phố)) " + PLACE_NAME + r"$", ""),
)


# A plural group or a Party organisation is an actor where it acts or receives: a duty verb follows it, or a


# the heads of a set of bodies, who stand for it as addressees ("Thủ trưởng các sở", "Chủ tịch UBND các huyện")
_HEAD = r"(?:[Tt]hủ trưởng|[Nn]gười đứng đầu|[Cc]hủ tịch|[Gg]iám đốc)"
HEADS = _HEAD + r"(?:\s*/\s*" + _HEAD + r")?"  # "Giám đốc/Thủ trưởng các sở, ban, ngành": either title
# the title of a body's heads before the body, who stand for it: "Thủ trưởng các sở, ngành; Chủ tịch UBND các
# huyện:", "giao giám đốc các sở, ngành; …", "Chánh Văn phòng UBND tỉnh"
HEADS_TITLE_RE = re.compile(r"(?:" + HEADS + r"|[Cc]hánh)\s+")
# a decision's addressees called by courtesy as whoever holds the offices listed after it ("Các Ông (Bà) Chánh Văn
# phòng UBND tỉnh, Giám đốc Sở X …", "Các ông/bà: …"): no person
OFFICE_HOLDERS = r"(?:[Cc]ác\s+)?[Ôô]ng\s*(?:\(\s*[Bb]à\s*\)|/\s*[Bb]à)\s*:?\s*"


def collective_name(written: str) -> str:
    """A collective actor's name: as written, abbreviations expanded, spaces and line breaks collapsed (a dash
    between words kept as it is spaced: "chính trị-xã hội" and "chính trị - xã hội" are each written so; the IRI,
    minted from a slug, is one)."""
    name = " ".join(written.split())
    name = re.sub(r" ?\((?:UBND|HĐND|MTTQ)\)", "", name)  # "ủy ban nhân dân (UBND) các huyện": spelt out already
    name = re.sub(r"\bủy ban nhân dân\b", "Ủy ban nhân dân", name)  # the organ's name, as a name is written
    name = _HEADS_OF_SET.sub("", name)  # the heads: the set
    name = _HEADS_OF_BARE_SET.sub("các ", name)  # "Thủ trưởng sở, ban, ngành": the set "các sở, ban, ngành"
    name = _MOST_OF.sub("", name)  # "Hầu hết cấp ủy cơ sở": the set, most of which acted
    name = _EACH.sub(lambda m: "Các" if m.group(0) == "Từng" else "các", name)  # "từng sở, ngành": each of the set
    name = spell_out(name)
    for pattern, full in _EXPANSIONS:
        name = pattern.sub(full, name)
    return name


def spell_out(name: str) -> str:
    """The abbreviations of organs in a name spelt out: "Đoàn công tác HĐND tỉnh" is "Đoàn công tác Hội đồng nhân
    dân tỉnh"."""
    for pattern, full in _ABBREVIATIONS:
        name = pattern.sub(full, name)
    return name


def collective_identity(name: str) -> str:
    """What makes two names of a collective one actor: case, and how a dash between words is written ("chính
    trị-xã hội", "chính trị – xã hội" and "chính trị - xã hội")."""
    return _DASH_BETWEEN_WORDS.sub(" - ", name.lower())


_EACH = re.compile(r"(?:^|(?<=, ))[Tt]ừng(?= )")
_DASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])\s*[-–—]\s*(?=[^\W\d_])")
_HEADS_OF_SET = re.compile(r"^(?:" + HEADS + r"|[Tt]rưởng)\s+(?=các\s)")
_HEADS_OF_BARE_SET = re.compile(
    r"^(?:[Cc]ác " + MEMBER_HEADS + r"|[Tt]hủ trưởng|[Gg]iám đốc(?= Sở\b))\s+(?=(?i:sở|ban|ngành|cơ quan|đơn vị)\b)"
)
_MOST_OF = re.compile(r"^(?:[Hh]ầu hết|[Pp]hần lớn|[Đđ]a số)\s+")
_EXPANSIONS = tuple((re.compile(pattern), full) for pattern, full in _EXPAND)
