"""Recognising bodies (cơ quan, tổ chức) in Vietnamese text and naming them canonically.

A recogniser is a regular expression, a body type (slug of ontology/vocab-body-types.ttl),
a level and a function from the match to the canonical name (abbreviations expanded,
province left out: the province is a separate field).

>>> [(m.name, m.type) for m in find_bodies("Giao BTV Tỉnh ủy và UBKT Tỉnh ủy chủ trì")]
[('Ban Thường vụ Tỉnh ủy', 'standing-committee'), ('Ủy ban Kiểm tra Tỉnh ủy', 'inspection-commission')]
>>> [m.name for m in find_bodies("phối hợp với Sở Kế hoạch và Đầu tư, Ban Dân tộc tỉnh")]
['Sở Kế hoạch và Đầu tư', 'Ban Dân tộc tỉnh']

The recognisers are in ``recognisers`` (named bodies), ``collectives`` (plural groups) and ``body_lists``
(bodies named through a shared head); ``acting`` says whether a body named acts; this module scans a text
with all of them once and keeps the leftmost-longest mentions that name a body (not a person's title, a
byline, or a group only talked about).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.prefilter import PatternSet
from .acting import ACCOUNTABLE_TO, acts, acts_itself
from .body_lists import bare_departments, expand_head_list, head_lists, organs_of_committees_listed
from .body_names import CANONICAL, CAP, BodyMatch, W
from .collectives import BARE_ADDRESSEES_RE, COLLECTIVE_RE, HEADS, MEMBER_HEADS, OFFICE_HOLDERS, collective_name
from .congresses import CONGRESS_TYPES, held_congress
from .places import PROVINCE_AFTER, province_of
from .recognisers import RECOGNISERS
from .spelling import for_recognisers

__all__ = ["BodyMatch", "find_bodies", "RECOGNISERS", "expand_head_list"]

_SOME = re.compile(r"[Mm]ột số ")
_HEADS_OF = re.compile(r"\b" + MEMBER_HEADS + r"\s+$")


def find_bodies(text: str, start: int = 0, end: int | None = None, *, all_collectives: bool = False) -> list[BodyMatch]:
    """All body mentions in text[start:end], leftmost-longest, no overlaps, in text order.

    The mentions of the whole text are found once (the last few texts are cached) and a range is a slice of
    them: the extractor asks for many ranges of one text, and a pass of every recogniser per range made
    extraction quadratic in practice."""
    end = len(text) if end is None else end
    found = _all_bodies(text, all_collectives)
    lo, hi = bisect_left(found.starts, start), bisect_left(found.starts, end)
    return [b for b in found.items[lo:hi] if b.end <= end]


# the collectives and every recogniser in one scan of a text (each still gives what its own finditer gives)
_PATTERNS = PatternSet([COLLECTIVE_RE, BARE_ADDRESSEES_RE, *(rec.pattern for rec in RECOGNISERS)])


@dataclass(frozen=True)
class _Found:
    items: tuple[BodyMatch, ...]
    starts: tuple[int, ...]


# the provinces' departments and sectors as one set, named even where they do not act ("theo báo cáo của các sở,
# ban, ngành", "ý kiến của các sở, ban, ngành, địa phương"): the collective the issue names first, which the dev
# sets' annotators list wherever it stands (wider sets named idle, "các cơ quan, đơn vị", they do not)
_NAMED_EVEN_IDLE = re.compile(r"(?i)các sở, ban,? ngành(?:, địa phương)?$")
_INSIDE = re.compile(r"\b(?:trong|tại|ở)\s+$", re.I)
# a delegation or a working group named with the organs that send it, up to one of them ("Đoàn kiểm tra, giám sát số
# 26 của Bộ Chính trị, Ban Bí thư")
_SENT_BY = re.compile(r"(?:Đoàn|Tổ) [^.;:\n]{2,40}? của (?:[^.;:\n]{2,40}?,? )?$")


@lru_cache(maxsize=8)
def _all_bodies(text: str, all_collectives: bool) -> _Found:
    if not all_collectives:  # the same pass, without the collectives that do not act
        every = _all_bodies(text, True)
        kept = tuple(
            b
            for b in every.items
            if b.type != "collective"
            or acts(text, b.start, b.end)
            and (not _SOME.match(b.text) or acts_itself(text, b.start, b.end))  # "một số …" only acting itself
            or _NAMED_EVEN_IDLE.match(b.text) is not None
            and not _INSIDE.search(text, max(0, b.start - 8), b.start)  # "đảng viên trong các sở, ban, ngành": where
        )
        return _Found(kept, tuple(b.start for b in kept))
    start, end = 0, len(text)
    flat = for_recognisers(text)  # (one letter for one letter: the offsets stay the text's)
    found: list[BodyMatch] = list(expand_head_list(text, start, end)) + head_lists(flat)
    collectives, bare, *by_recogniser = _PATTERNS.finditer_each(flat, start, end)
    found.extend(_collectives(text, collectives))
    for m in bare:  # "yêu cầu sở ngành, địa phương …": the bodies asked, without "các"
        s, e = m.span("bare")
        found.append(BodyMatch(s, e, text[s:e], collective_name(text[s:e]), "collective", "province"))
    for rec, matches in zip(RECOGNISERS, by_recogniser, strict=True):
        for m in matches:
            found.append(
                BodyMatch(m.start(), m.end(), text[m.start() : m.end()], rec.name(m), rec.type, rec.level, rec.central)
            )
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    out: list[BodyMatch] = []
    blocked: list[int] = []
    for b in found:
        if out and b.start < out[-1].end and not _SENT_BY.match(text, out[-1].start, b.start):
            continue  # (but "Đoàn giám sát số 4 của Tỉnh ủy": the committee that sends it is a body too)
        if blocked and b.start < blocked[-1]:
            continue
        b = _with_province(text, b, end)  # "Chủ tịch UBND TP Cần Thơ yêu cầu": the place is not a person's name
        titled = _TITLE_BEFORE.search(text, max(0, b.start - 40), b.start)
        if titled:
            b = _without_persons_name(b)  # "Chủ tịch UBND thành phố Phan Thiên Định chủ trì": the holder's name
        if (
            titled
            and b.type != "collective"  # "Chủ tịch UBND các huyện": the heads of a set of bodies, the bodies
            and not _REPORTED_TO_HEAD.search(text, max(0, b.start - 52), b.start)
            and _A_PERSON(text, b)
        ):
            blocked.append(b.end)  # "Phó Chủ tịch UBND tỉnh Nguyễn A", "ông B - Trưởng Ban Tổ chức": a person's title
            continue
        if _BYLINE.search(text, max(0, b.start - 60), b.start):
            continue  # "Lê Thu Hà (Trung tâm Văn hóa tỉnh)": a byline names the writer's workplace
        held = held_congress(text, b.start) if b.type == "party-congress" else None
        if held:  # "Hội Nông dân xã A tổ chức Đại hội đại biểu lần thứ I": the union's congress, not the Party's
            b = replace(b, name=held, type="mass-congress")
        if b.level == "district" and re.search(r"\b(?:xã|phường|thị trấn|đặc khu)\b", b.name):
            b = replace(b, level="commune")
        short = b.text in ("UBND", "HĐND", "MTTQ")
        pillars = _FOUR_PILLARS.search(text, max(0, b.start - 20), b.start) if short else None
        if short and not acts(text, b.start, b.end) and not pillars:
            continue  # "trong các sở, ban, ngành, MTTQ, đoàn thể tỉnh": named, not acting
        if pillars and pillars.group(0).startswith("Thành"):
            b = replace(b, name=b.name.replace(" tỉnh", " thành phố"))
        if b.type == "peoples-committee" and b.name != "Ủy ban nhân dân tỉnh" and b.text in ("HĐND", "MTTQ"):
            b = replace(b, type="peoples-council" if b.text == "HĐND" else "fatherland-front")
        free_from = out[-1].end if out else 0  # words a body found before took are not this one's
        b = _standing_committee_of(text, _party_organisation_of(text, b, free_from), free_from)
        out.append(replace(b, canonical=CANONICAL[b.name]) if b.name in CANONICAL else b)
    out = organs_of_committees_listed(text, _organs_sharing_place(text, out))
    out = sorted(out + bare_departments(text, out) + _places_sharing_organ(text, out), key=lambda b: b.start)
    return _Found(tuple(out), tuple(b.start for b in out))


# the province's four pillars in a row ("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh … phát động"): as a list, they act
# (and "của Tỉnh ủy và HĐND", "Thành ủy, HĐND, UBND thành phố": the city's, where the committee is the city's)
_FOUR_PILLARS = re.compile(r"(?:Tỉnh|Thành) ủy(?:,| và) (?:HĐND,? (?:và )?)?$")
# a set that opens its sentence, then a modal and a verb: the subject ("Các ngành cũng cần chuẩn bị …")
_SUBJECT_OPENS = re.compile(r"(?:^|[.;:!?]\s+|\n)\W*[Cc]")
# (compiled once: asked for every collective)
_ONE_COMMON_NOUN = re.compile(r"(?i)(?:các|những) (?:sở|ban|ngành|huyện|xã|bộ|hội|thị|trường|cấp)")
_LIST_GOES_ON = re.compile(r"\s*(?:[,;]|và\s)")
# (or partnered: "Ban Dân tộc tỉnh phối hợp với các ngành làm tốt …")
_ASKED_BEFORE = re.compile(r"\b(?:[Đđ]ề nghị|[Yy]êu cầu|[Cc]hỉ đạo|[Gg]iao|phối hợp(?: chặt chẽ)? với)\s+$")
# a verb right after the set: a lower-case word, not one that goes on naming what is counted or where
_VERB_AFTER = re.compile(
    r"\s+(?!(?:trong|về|tại|theo|của|và|các|những|có|là|được|liên quan|thuộc|trên|ở|cùng|với|này|đó)\b)[a-zđ]"
    r"[^\W\d_]*\s"
)
_MODAL_AFTER = re.compile(r"\s+(?:cũng\s+)?(?:cần|phải|tiếp tục|khẩn trương|chủ động|tập trung)\s+[^\W\d_]")
_EXECUTES_AFTER = re.compile(r"\s+(?:chịu trách nhiệm|có trách nhiệm|căn cứ)\b")
# "Đảng bộ Công ty Điện lực X", "Đảng bộ Công an huyện Y": the Party organisation of a body named after it
_PARTY_OF = re.compile(r"(?<![\w])(Đảng bộ|Đảng ủy|Chi bộ) $")
_NOT_WRAPPED = ("collective", "party-organisation", *CONGRESS_TYPES, "subcommittee", "working-group")


def _party_organisation_of(text: str, b: BodyMatch, free_from: int) -> BodyMatch:
    """The Party organisation of b when "Đảng bộ" stands right before it, its committee when "Đảng ủy" does ("Đảng ủy
    Công an tỉnh", of the body's kind), where no body found before takes the words."""
    m = _PARTY_OF.search(text, max(free_from, b.start - len("Đảng bộ ")), b.start)
    if m is None or b.type in _NOT_WRAPPED or "party" in b.type:
        return b
    at = m.start()
    if m.group(1) == "Đảng ủy":
        return replace(b, start=at, text=text[at : b.end], name="Đảng ủy " + b.name, canonical=None)
    if m.group(1) == "Chi bộ":  # "Chi bộ Tòa án nhân dân huyện": the body's Party cell
        name = "Chi bộ " + b.name
        return replace(
            b, start=at, text=text[at : b.end], name=name, type="grassroots-party-organisation", canonical=None
        )
    return replace(
        b, start=at, text=text[at : b.end], name="Đảng bộ " + b.name, type="party-organisation", canonical=None
    )


# "Ban Thường vụ Đảng ủy UBND tỉnh", "BTV Đảng ủy Khối …": the standing committee of a Party committee named after it
_STANDING_OF = re.compile(r"(?<![\w])(?:Ban [Tt]hường vụ|BTV) $")


def _standing_committee_of(text: str, b: BodyMatch, free_from: int) -> BodyMatch:
    """The standing committee of b when "Ban Thường vụ" stands right before a Party committee b names."""
    m = _STANDING_OF.search(text, max(free_from, b.start - 14), b.start)
    if m is None or not b.name.startswith("Đảng ủy"):
        return b
    at = m.start()
    return replace(
        b, start=at, text=text[at : b.end], name="Ban Thường vụ " + b.name, type="standing-committee", canonical=None
    )


# a body of a named place, then more places of that kind sharing its organ: "UBND huyện A, huyện B và huyện C",
# "Đảng bộ xã A, xã B": each place's organ is a body of its own
_PLACE_KIND = r"(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu)"
_OF_PLACE = re.compile(r"(?P<organ>.+?) (?P<kind>" + _PLACE_KIND + r") " + CAP)
_OF_LEVEL = re.compile(r"(?P<organ>Ủy ban nhân dân) " + _PLACE_KIND + r"$")
_NAME_GOES_ON = re.compile(r"(?:[Pp]hòng|[Tt]rực|[Vv]ụ|[Tt]ra|[Bb]an|[Cc]ủa)\s+$")
_MORE_PLACES = re.compile(
    r"(?:\s*,\s*|\s+và\s+)(?P<kind>" + _PLACE_KIND + r")\s+"
    r"(?P<place>" + CAP + W + r"*(?:\s+" + CAP + W + r"*){0,3})(?![^\W\d_])"
)


# the organs of one place listed before the last, which names it: "Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Hòa Xá"
_SHARING_ORGANS = {
    "Đảng ủy": ("Đảng ủy", "commune-party-committee"),
    "HĐND": ("Hội đồng nhân dân", "peoples-council"),
    "Hội đồng nhân dân": ("Hội đồng nhân dân", "peoples-council"),
    "UBND": ("Ủy ban nhân dân", "peoples-committee"),
    "Ủy ban nhân dân": ("Ủy ban nhân dân", "peoples-committee"),
    "Ủy ban MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "fatherland-front"),
    "MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "fatherland-front"),
}
_ORGAN_LISTED = re.compile(
    r"(?P<organ>" + "|".join(sorted(map(re.escape, _SHARING_ORGANS), key=len, reverse=True)) + r")\s*(?:,|và|-|–)\s*$"
)


def _organs_sharing_place(text: str, found: list[BodyMatch]) -> list[BodyMatch]:
    """The organs listed before an organ named with its place share the place: "Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã
    Hòa Xá" names four organs of xã Hòa Xá (the bare abbreviations read alone are the province's)."""
    out = list(found)
    for b in found:
        place = _OF_PLACE.match(b.name)
        level_of_force = _FORCE_OF_A_LEVEL.search(b.name) if b.level != "commune" else None
        force = _FORCE_WORD.get(b.type) if level_of_force else None
        if force and level_of_force and (m := _FORCE_COMMITTEE_LISTED.search(text, max(0, b.start - 14), b.start)):
            # "Đảng ủy, Ban CHQS huyện A", "Đảng ủy, Ban Giám đốc Công an tỉnh": the force's own Party committee
            where = b.name[place.end("organ") :] if place else " " + level_of_force.group(0)
            s, e = m.span("committee")
            out.append(BodyMatch(s, e, text[s:e], f"Đảng ủy {force}{where}", "bloc-party-committee", b.level))
            continue
        if place is None:  # the level alone, the place the text is about: "Đảng ủy, HĐND, UBND xã"
            place = _OF_LEVEL.match(b.name)
        if place is None or b.type == "collective":
            continue
        where = b.name[place.end("organ") :]  # " xã Hòa Xá"
        pos = b.start
        while (m := _ORGAN_LISTED.search(text, max(0, pos - 40), pos)) and m.end() == pos:
            s, e = m.start("organ"), m.end("organ")
            if _NAME_GOES_ON.search(text, max(0, s - 12), s):  # the end of a name: "Văn phòng Đảng ủy, UBND xã"
                break
            name, type_ = _SHARING_ORGANS[m.group("organ")]
            out = [o for o in out if not (o.start < e and s < o.end)]
            level = "commune" if re.match(r" (?:xã|phường|thị trấn|đặc khu)\b", where) else b.level
            if type_ == "commune-party-committee" and level != "commune":
                type_ = "district-party-committee"
            out.append(BodyMatch(s, e, text[s:e], name + where, type_, level))
            pos = s
    return out


# a district's or a province's force and the Party committee listed before it: the force's committee ("Đảng ủy,
# Ban CHQS huyện A" is "Đảng ủy Quân sự huyện A"; a district's own Party committee is its Huyện ủy); a commune's
# "Đảng ủy, Ban CHQS xã" is the commune's committee and its command
_FORCE_WORD = {"military-command": "Quân sự", "police": "Công an", "border-guard": "Bộ đội Biên phòng"}
# (the committee named alone, not the end of an organ's name: "Văn phòng Đảng ủy, Công an, …", "Thường trực Đảng ủy")
_FORCE_COMMITTEE_LISTED = re.compile(
    r"(?<!phòng )(?<!vụ )(?<!trực )(?<!tra )(?<![Bb]an )(?P<committee>Đảng ủy)\s*(?:,|và)\s*$"
)
_FORCE_OF_A_LEVEL = re.compile(r"(?:tỉnh|thành phố|huyện|thị xã|quận)(?: " + CAP + r".*)?$")


def _places_sharing_organ(text: str, found: list[BodyMatch]) -> list[BodyMatch]:
    out: list[BodyMatch] = []
    starts = {b.start for b in found}
    for b in found:
        own = _OF_PLACE.match(b.name) if b.type != "collective" else None
        pos = b.end
        while own and (m := _MORE_PLACES.match(text, pos)) and m.start("kind") not in starts:
            name = f"{own.group('organ')} {m.group('kind')} {' '.join(m.group('place').split())}"
            out.append(replace(b, start=m.start("kind"), end=m.end(), text=text[m.start("kind") : m.end()], name=name))
            pos = m.end()
    return out


# places listed after a colon: capitalised names and a comma or "và" ("UBND các huyện: Đakrông, Hải Lăng"), not a duty
# ("Đảng ủy, UBND các xã, phường: Lập danh sách …")
_PLACES_LISTED_AFTER = re.compile(r"\s*:\s*" + CAP + r"[^\W\d_]*(?:\s+" + CAP + r"[^\W\d_]*){0,3}\s*(?:,|\svà\s)")


def _collectives(text: str, matches: Iterable[re.Match]) -> list[BodyMatch]:
    """The plural groups the collective pattern found (on the text with its one line breaks joined) that name
    actors, and the organs that share their members."""
    found: list[BodyMatch] = []
    for m in matches:
        # a set that ends its line ("UBND các xã, phường\nCăn cứ …"): the joined lines made the next line's first
        # word look like a place named; read on the text as it is, the set is whole
        whole = COLLECTIVE_RE.match(text, m.start()) if "\n" in text[m.end() : m.end() + 12] else None
        written = text[m.start() : max(m.end(), whole.end() if whole else 0)].rstrip(" ,")
        if len(written.split()) < 2 or (
            _ONE_COMMON_NOUN.fullmatch(written)
            and not (
                _HEADS_OF.search(text, max(0, m.start() - 14), m.start())
                and (
                    _LIST_GOES_ON.match(text[m.start() + len(written) : m.start() + len(written) + 4])
                    or _EXECUTES_AFTER.match(text, m.start() + len(written))  # "Giám đốc các Sở chịu trách nhiệm …"
                )
            )
        ):
            # "các ban", "các xã": a noun, not an actor named; "Giám đốc các sở": the heads of a set; but "Các ngành
            # cũng cần chuẩn bị …", the sentence's subject with its modal and verb, acts
            if not (
                _SUBJECT_OPENS.search(text, max(0, m.start() - 3), m.start() + 1)
                and _MODAL_AFTER.match(text, m.start() + len(written))
                # asked to act: "đề nghị các ngành khẩn trương triển khai …", "chỉ đạo các xã xây dựng kế hoạch …"
                or _ASKED_BEFORE.search(text, max(0, m.start() - 24), m.start())
                and _VERB_AFTER.match(text, m.start() + len(written))
            ):
                continue
        if _PLACES_LISTED_AFTER.match(text, m.start() + len(written)) and re.search(r"(?:huyện|xã|phường)$", written):
            continue  # "UBND các huyện: Đakrông, Hải Lăng": each place's committee is named (body_lists.head_lists)
        # (a list of sets opened by "các" and going on before it: "Các huyện ủy, thị ủy, ban cán sự đảng, đảng đoàn")
        if re.match(r"(?:đảng đoàn|ban cán sự)", written) and not re.search(
            r"\b[Cc]ác (?:[^\W\d_]+ ){0,3}[^\W\d_]+,(?:\s*(?:[^\W\d_]+ ){0,5}[^\W\d_]+,){0,6}\s*$",
            text[max(0, m.start() - 200) : m.start()],
        ):
            continue  # "các ban Đảng, đảng đoàn, …" lists organs; "ban cán sự đảng, đảng đoàn và lãnh đạo" does not
        found.append(
            BodyMatch(m.start(), m.start() + len(written), written, collective_name(written), "collective", "province")
        )
        found.extend(_sharing_organs(text, m.start(), written))
    return found


# organs that share a collective's members: "Đảng ủy, UBND các xã, phường" is the Party committees of the communes
# and their People's Committees, two collectives
_SHARED_ORGAN = re.compile(r"(Đảng ủy|Ủy ban MTTQ|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân)\s*(?:,|\svà)\s*$")
_OWN_ORGAN = re.compile(r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy)\s+(?=các\s)")


def _sharing_organs(text: str, start: int, written: str) -> list[BodyMatch]:
    own = _OWN_ORGAN.match(written)
    if not own:
        return []
    before = _SHARED_ORGAN.search(text, max(0, start - 30), start)
    if not before:
        return []
    name = collective_name(before.group(1) + " " + written[own.end() :])
    s, e = before.start(1), before.end(1)
    return [BodyMatch(s, e, text[s:e], name, "collective", "province")]


# a byline: a person's name (two to four capitalised words) opening a line, then the body in parentheses
_BYLINE = re.compile(r"(?:^|\n)\s*(?:" + CAP + r"[^\W\d_]*\s+){1,3}" + CAP + r"[^\W\d_]*\s*\(\s*$")


def _A_PERSON(text: str, b: BodyMatch) -> bool:
    """A title names a person where a name stands next to it ("ông Nguyễn Văn A - Trưởng Ban ...", "Chủ tịch UBND
    tỉnh Nguyễn Văn A"), or where the chair asks or signs ("Chủ tịch UBND tỉnh vừa chỉ đạo ..."); "Giám đốc Sở X
    chủ trì …" without a name is the office acting, the body."""
    before = text[max(0, b.start - 80) : b.start]
    after = text[b.end : b.end + 40]
    if _OFFICE_HEAD.search(before):
        if _HEADS_LISTED.match(after) or _HEADS_LISTED_BEFORE.search(before):
            return _person_in_clause(text, b)  # "Chánh Văn phòng UBND tỉnh, Giám đốc Sở X, …": the offices listed
        if _ARTICLE_OPENS.search(before):
            return False  # "Điều 3. Chánh Văn phòng UBND tỉnh, các sở, ban, ngành … chịu trách nhiệm thi hành"
    name = CAP + r"[^\W\d_]+(?:\s+" + CAP + r"[^\W\d_]+){1,3}"
    if _TITLES_ONLY.search(before):
        return False  # "Chủ tịch, Phó Chủ tịch, các Ủy viên UBND xã A …": the titles of its heads, no name: the body
    # "đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu": the person addressed before the title speaks, not the body
    if re.search(
        r"(?:ông|bà|đồng chí|đ/c)\s*(?:[^\W\d_]+\s+){0,4}$|" + name + r"\s*[,-]\s*(?:[^\W\d_]+\s+){0,4}$", before, re.I
    ):
        return True
    # "đồng chí Nguyễn Văn A – Bí thư Đảng ủy, Chủ tịch HĐND xã": the titles of a person named before them
    if re.search(r"(?:ông|bà|đồng chí|đ/c)\s+" + name + r"\s*[,–-]\s*[^;.()]{0,60}$", before):
        return True
    # "…; Dương Văn Tiệp - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": a full name, a dash, then the person's titles
    if _NAME_THEN_TITLES.search(before):
        return True
    if re.match(r"\s+(?:" + CAP + r"[^\W\d_]+\s+){1,3}" + CAP + r"[^\W\d_]+", after):
        return True
    if re.search(r"(?:\b(?:[Gg]iao|đề nghị|yêu cầu|chỉ đạo)|;)\s*(?:\S+\s+){0,3}$", before[-40:]) or re.match(
        r"\s*[;:]", after
    ):
        # "Giao Giám đốc Sở X chủ trì", "Chánh Văn phòng UBND tỉnh; Giám đốc Sở X; …": the offices; "a) Giám đốc Sở
        # Kế hoạch và Đầu tư:" heading the duties below it: the office's
        return False
    if _CHAIR_BEFORE.search(before) and _CHAIR_SPEAKS.match(after):
        # "Chủ tịch UBND tỉnh (vừa) yêu cầu / ký quyết định …": the chair, a person, speaks and signs; the committee
        # is not named as acting (the issue: persons and titles are not bodies)
        return True
    return not re.match(
        r"\s+(?:vừa|đã|sẽ|có|ký|chỉ đạo|yêu cầu|giao|ban hành|chủ trì|chịu trách nhiệm|phối hợp|tham mưu|"
        # ("Giám đốc Sở Công Thương được giao theo dõi 7 xã": the office given the task)
        r"được giao|phụ trách|theo dõi)\b"
        # ("Giám đốc Sở X và các đơn vị có liên quan chịu trách nhiệm …": the office, one addressee of several)
        r"|\s+và\s+(?:(?:Thủ trưởng|Giám đốc|Chủ tịch|Chánh)\s"
        r"|các\s+(?:đơn vị|cơ quan|sở|ban|ngành|tổ chức|địa phương)\b)",
        after,
    )


# a clause that opens with the titles of one body's heads and nothing else ("Chủ tịch, Phó Chủ tịch, các Ủy viên …")
_HEAD_TITLE = r"(?:(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban)|(?:các\s+)?Ủy viên)"
_TITLES_ONLY = re.compile(r"(?:^|[.;:\n]\s*|Điều\s+\d+\.\s*)" + _HEAD_TITLE + r"(?:\s*,\s*" + _HEAD_TITLE + r")+\s*$")
# the heads of several bodies listed, a decision's addressees ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở X, Thủ
# trưởng các sở …"): each title stands for its office, next to another title rather than a person's name
_HEAD_WORD = (
    # ("Trưởng Ban Chỉ huy …": the head of a board named with its capital, the board's name after it)
    r"(?:Phó\s+)?(?:Chánh|Trưởng ban|Trưởng(?=\s+Ban\b|\s*$)|Tổng Giám đốc|[Cc]hỉ huy trưởng|"
    r"(?:Chi )?[Cc]ục [Tt]rưởng|" + HEADS + r")\b"
)
_ARTICLE_OPENS = re.compile(r"Điều\s+\d+\s*[.:]\s*(?:[^\W\d_]+\s+){1,3}$")  # a decision's article, its addressees
_OFFICE_HEAD = re.compile(r"\b" + _HEAD_WORD + r"\s*$")
_HEADS_LISTED = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)" + _HEAD_WORD)
_HEADS_LISTED_BEFORE = re.compile(_HEAD_WORD + r"\s+[^,;.\n]{3,70}[,;]\s*(?:và\s+)?" + _HEAD_WORD + r"\s*$")
# a person's full name: a common family name, then two or three capitalised syllables ("Lê Hải Hòa"), not a place
# ("thành phố Hồ Chí Minh")
_FAMILY = (
    r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lò|Hà|Đinh|Trịnh|Đoàn|Lâm|Mai|Trương|Tạ|Cao|Lương|Lưu|Châu|Thái|Tô|Triệu|Nông|Giàng|Đào|"
    r"Phùng|Lại|Chu|Kiều|Quách|Vương|Thân|Đàm|Nghiêm|Khổng|Tống|Hứa)"
)
_FULL_NAME = re.compile(
    r"(?<!tỉnh )(?<!phố )(?<!huyện )(?<!TP )(?<!TP\.)(?<![\w])" + _FAMILY + r"(?:\s+" + CAP + r"[^\W\d_]*){2,3}(?![\w])"
)


# a person's full name ending a body's name after its level word ("… thành phố Vũ Đại Thắng")
_NAME_ENDING = re.compile(
    r"\b(?:tỉnh|phố|huyện|xã|phường|quận) (?P<name>" + _FAMILY + r"(?: " + CAP + r"[^\W\d_]*){2,3})$"
)
_NAME_THEN_TITLES = re.compile(_FULL_NAME.pattern + r"\s*[–-]\s*[^;.()\n]{0,90}$")


def _without_persons_name(b: BodyMatch) -> BodyMatch:
    """A body named after a title whose place is a person's full name ("Chủ tịch UBND thành phố Phan Thiên Định",
    "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nguyễn Chí Tài"): the body without it, the name being the holder's."""
    m = _NAME_ENDING.search(b.text)
    if m is None or not b.name.endswith(m.group("name")):
        return b
    cut = len(b.text) - len(m.group("name")) - 1
    return replace(b, end=b.start + cut, text=b.text[:cut], name=b.name[: -len(m.group("name")) - 1])


_OFFICE_HOLDERS = re.compile(OFFICE_HOLDERS)


def _person_in_clause(text: str, b: BodyMatch) -> bool:
    """Whether the clause around a listed title names a person ("Lê Hải Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
    tỉnh"; "…, Chủ tịch HĐND tỉnh Bùi Thị Vân"): then its titles are that person's, not offices listed."""
    start = max(text.rfind(c, 0, b.start) for c in ".;:\n") + 1
    ends = [i for i in (text.find(c, b.end) for c in ".;\n") if i >= 0]
    clause = _OFFICE_HOLDERS.sub(" ", text[start : min(ends) if ends else len(text)])
    return bool(_FULL_NAME.search(clause) or re.search(r"(?i:\b(?:ông|bà|đồng chí|đ/c)\s)", clause))


# "báo cáo Chủ tịch UBND tỉnh": a report goes to the office, the body
_REPORTED_TO_HEAD = re.compile(
    r"\b(?:báo cáo|trình|gửi|" + ACCOUNTABLE_TO + r")\s+(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng ban|Bí thư)\s*$"
)
# the chair of a people's committee or council, and what a chair does in person: asks, directs, hands on, signs
_CHAIR_BEFORE = re.compile(r"\b(?:Phó\s+)?[Cc]hủ tịch(?:\s+[Tt]hường trực)?\s*$")
_CHAIR_SPEAKS = re.compile(
    r"\s*,?\s+(?:(?:vừa|đã|cũng)\s+(?:có\s+)?)?(?:yêu cầu|chỉ đạo|đề nghị|giao|ký|ban hành|nhấn mạnh|lưu ý|cho biết|"
    r"phát biểu|kết luận|khẳng định|ghi nhận|biểu dương|chỉ thị|quyết định|văn bản|công văn|ý kiến)\b"
)
# a person's title right before a body's name ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")
_TITLE_BEFORE = re.compile(
    # (a deputy's title in lower case after "Phó" too: "Phó bí thư Thường trực Tỉnh ủy", "Phó chủ tịch UBND xã")
    # (and the whole title in lower case or with a stray capital: "Các phó bí thư Tỉnh ủy", "Phó BÍ thư Tỉnh ủy")
    # ("Bí thư" in any case, with "Phó" or "Tổng" before it or alone)
    r"(?:\b(?:[Pp]hó\s+(?i:chủ tịch)|(?i:bí thư)|(?:Phó\s+)?(?:Chủ tịch|Trưởng|Giám đốc|Chánh|"
    r"Thủ trưởng|Ủy viên|Chủ nhiệm|Tư lệnh|Chính ủy))"
    r"(?:\s+(?:Thường trực|thường trực))?|\bỦy viên Ban Thường vụ|\bTỉnh ủy viên"
    # (a member abbreviated: "UV BTV Tỉnh ủy", "UVBTV Tỉnh ủy")
    r"|\bUV)\s*$"
)


_PROVINCIAL_END = re.compile(r"(?:[Tt]ỉnh|[Tt]ỉnh [ủỦ]y|Thành [ủỦ]y|thành phố|TP\.?)$")


def _with_province(text: str, b: BodyMatch, end: int) -> BodyMatch:
    """A provincial body followed by its province's name takes the name into its mention and its province."""
    if b.central or b.type == "collective" or not (_PROVINCIAL_END.search(b.text) or b.level == "province"):
        return b  # "Ban Quản lý Khu kinh tế Quảng Ninh": a provincial body named with its province, "tỉnh" left out
    m = PROVINCE_AFTER.match(text, b.end, end)
    if not m:
        return b
    return replace(b, end=m.end(), text=text[b.start : m.end()], province=province_of(m.group("province")))
