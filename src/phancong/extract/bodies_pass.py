"""The extractor's bodies: which organisation a mention names, one key per body, the province and the
subject an article is about."""

from __future__ import annotations

import re
from collections import Counter

from ..text.prefilter import Prefiltered
from .acting import acts
from .bodies import BodyMatch, find_bodies
from .body_names import CAP, YOUTH_UNION
from .collectives import collective_identity
from .congresses import (
    BARE_CONGRESS_ACTS,
    CONGRESS_TYPES,
    ORGANISATION_WITH_PLACE,
    PLACED_CONGRESS,
    UNPLACED_CONGRESS,
    congress_identity,
    congress_key,
    mass_congress_key,
)
from .cues import CONGRESS_CITED, CONGRESS_CITED_IN_LINE, province_at_end
from .mentions_pass import MentionsPass
from .model import (
    Body,
    Mention,
)
from .places import province_of

# tried only where "toàn Đảng bộ" stands (text/prefilter.py): read over every text
_WHOLE_ORGANISATION = Prefiltered(
    re.compile(r"\btoàn (Đảng bộ(?: tỉnh| thành phố)?)(?! (?:tỉnh|thành phố|huyện|xã|phường) )(?![^\W\d_])")
)
_ENDS_WITH_LEVEL = re.compile(r"(?:\btỉnh|\bthành phố|Tỉnh ủy|Thành ủy)$")
# a resolution named in a line that cites resolutions: its congress is part of a cited title
_RESOLUTIONS_CITED = re.compile(
    r"(?i)\b(?:căn cứ|thực hiện|triển khai|quán triệt|cụ thể hóa)\b[^.;\n]*\bnghị quyết\b[^.;\n]*[,;]?\s*"
    r"(?:và\s+)?nghị quyết\s+$"
)
# the youth union's full names before its place, all one union with "Đoàn" before it
_YOUTH_UNION_NAMED = re.compile(r"^(?:" + YOUTH_UNION + r")(?= (?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\b)")
# "làm việc tại Đảng ủy xã X", "Trụ sở Tỉnh ủy", "điểm cầu Tỉnh ủy": the place (compiled once: asked for every body)
# (a hall by its letter or number first: "tại Hội trường A, Tỉnh ủy Tây Ninh")
_A_PLACE_BEFORE = re.compile(
    r"(?:(?<!thông qua )\b[Tt]ại|\b[Tt]rụ sở|\b[Đđ]iểm cầu|\b[Hh]ội trường(?: (?:[A-Z]|\d{1,3}))?,?)\s+$"
)


class BodiesPass(MentionsPass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    # ---------------------------------------------------------------- helpers
    def _bare_organisation(self, start: int, end: int) -> str | None:
        """ "Đảng bộ xác định ..." without a name: the Party organisation the article is about."""
        if not re.search(r"\bĐảng bộ\b(?!\s+" + CAP + r")", self.text[start:end]):
            return None
        if not hasattr(self, "_organisation"):  # once per text: asked at every bare "Đảng bộ"
            name = self._dominant("party-organisation")
            self._organisation = next((m for m in find_bodies(self.text) if m.name == name), None) if name else None
        return self.body_key(self._organisation) if self._organisation else None

    def _default_subject(self) -> str | None:
        """Whose figures an article reports when a sentence does not say: its bloc committee, else its
        provincial committee (the most mentioned one)."""
        if not hasattr(self, "_subject_match"):
            self._subject_match = None
            for t in ("bloc-party-committee", "provincial-party-committee"):
                name = self._dominant(t)
                if name:
                    self._subject_match = next(m for m in find_bodies(self.text) if m.type == t and m.name == name)
                    break
        return self.body_key(self._subject_match) if self._subject_match else None

    def body_key(self, mention: BodyMatch, known_only: bool = False) -> str | None:
        """The key of the body a mention names (registered at its first mention), None for a bare name that
        cannot be resolved; with ``known_only``, None for a body not registered before."""
        b = self._resolve(mention)
        if b is None:
            return None
        # (an organ of the level of whoever is named before it, "HĐND cùng cấp", is in no province: the text's own)
        province = None if b.central or not b.level else (b.province or self.province)
        key_name = b.name
        named = province_at_end().search(b.name)
        if named and not b.central and b.type in ("party-organisation", "provincial-party-committee", "party-congress"):
            province = province or province_of(named.group(1))
            key_name = b.name[: named.start()]  # "Đảng bộ tỉnh Quảng Ninh" and "Đảng bộ tỉnh": one body
        if b.type == "steering-committee":  # "Ban Chỉ đạo Phòng chống …" and "Ban Chỉ đạo phòng chống … của tỉnh": one
            key_name = re.sub(r"\s+(?:của )?(?:tỉnh|thành phố)$", "", key_name).casefold()
        if b.type == "youth-union":  # "Đoàn TNCS Hồ Chí Minh phường A" and "Đoàn phường A": one union
            key_name = _YOUTH_UNION_NAMED.sub("Đoàn", key_name)
        if b.type == "collective":
            key_name = collective_identity(key_name)  # "Các cấp ủy" opening a sentence and "các cấp ủy": one actor
        if (
            b.type == "party-congress"
        ):  # "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI" = "Đại hội Đảng bộ tỉnh lần thứ XI"
            key_name = re.sub(r"(?i)\bđại biểu\s+", "", key_name)
            key_name = re.sub(
                r"(Đảng bộ tỉnh) (?:" + province_at_end().pattern[2:-2] + r")(?= lần thứ)", r"\1", key_name
            )
        mass = mass_congress_key(b.name) if b.type == "mass-congress" else None
        if mass:  # one congress named with and without its place and "đại biểu" (its organisation, level, number)
            key_name = " ".join((mass[0], mass[1], mass[3]))
        k = (key_name, province)
        if k not in self._bodies and known_only:
            return None
        if k not in self._bodies:
            key = f"b{len(self._bodies) + 1}"
            self._bodies[k] = Body(
                key=key,
                name=self._placed(b, province),
                type=b.type,
                province=province,
                level=b.level,
                span=(b.start, b.end),
                text=b.text,
                mentions=[],
                canonical=b.canonical,
            )
        body = self._bodies[k]
        if named and not province_at_end().search(body.name) and len(b.name) > len(body.name):
            body.name = b.name  # "Đại hội … Đảng bộ tỉnh lần thứ XX" named again with its province: the fuller name
        if b.type == "mass-congress" and _fullness(b.name) > _fullness(body.name):
            body.name = b.name
        if (body.key, b.start, b.end) not in self._mentioned:
            self._mentioned.add((body.key, b.start, b.end))
            body.mentions.append(Mention(span=(b.start, b.end), text=b.text))
        return body.key

    def _placed(self, b: BodyMatch, province: str | None) -> str:
        """An organ of another province than the one the text is about keeps that province in its name when the
        text's own organ has the same name ("UBND tỉnh Phú Yên" beside "UBND tỉnh Đắk Lắk" in a text of Đắk
        Lắk: "Ủy ban nhân dân tỉnh Phú Yên"); otherwise bodies are named without their province."""
        if not (b.province and province and _ENDS_WITH_LEVEL.search(b.name)):
            return b.name
        home, home_names = self._home_province()
        return f"{b.name} {province}" if home and province_of(province) != home and b.name in home_names else b.name

    def _home_province(self) -> tuple[str | None, set[str]]:
        """The province a text naming several is about (the metadata's if the text names it, else the one it
        names most; None when it names fewer than two), and the names of the bodies it names of that province."""
        if not hasattr(self, "_home"):
            counts = self._province_counts()
            meta = province_of(self.province) if self.province else None
            home = None if len(counts) < 2 else meta if meta in counts else self._named_province()
            own = [m for m in find_bodies(self.text) if m.province in (None, home)]
            # the text's own committee named otherwise ("Ban Chấp hành Đảng bộ tỉnh Yên Bái" is its "Tỉnh ủy")
            self._home = (home, {m.name for m in own} | {m.canonical for m in own if m.canonical})
        return self._home

    def partner_keys(self, ps: tuple[int, int] | None) -> list[str]:
        """Bodies named in a partner span; runs of generic plurals become collectives, each "các" after a comma
        opening the next ("các cấp ủy, các đảng đoàn, ban cán sự đảng": two), a body inside such a run ("các Ban
        đảng Tỉnh ủy") belongs to it."""
        if not ps:
            return []
        text = self.text
        s, e = ps
        keys: list[str | None] = []
        pos = s
        run_start = None
        for b in find_bodies(text, s, e) + [None]:
            stop = b.start if b else e
            gap = text[pos:stop]
            joiner = re.match(r"[\s,;]*(?:và\s+|với\s+)?", gap)
            lead = joiner.end() if joiner else 0
            if run_start is None and re.match(r"(?:các|những)\s", gap[lead:]):
                run_start = pos + lead
            if run_start is not None:
                if b is not None and not re.search(r"(?:,|\svà)\s*$", gap):
                    # "các Ban đảng " + "Tỉnh ủy": one collective phrase
                    pos = b.end
                    continue
                sep = re.search(r"(?:,|\s+và)\s*$", gap)
                ce = pos + (sep.start() if sep else len(gap))
                name = text[run_start:ce].strip(" ,;")
                if name:
                    keys.append(self.collective_key(name, run_start, run_start + len(name)))
                run_start = None
            if b is not None:
                keys.append(self.body_key(b))
                pos = b.end
        return [k for k in dict.fromkeys(keys) if k]

    def collective_key(self, name: str, s: int, e: int) -> str:
        same = collective_identity(name)
        existing = next((k for k in self._bodies if collective_identity(k[0]) == same and k[1] == self.province), None)
        if existing:
            body = self._bodies[existing]
            if (body.key, s, e) not in self._mentioned:
                self._mentioned.add((body.key, s, e))
                body.mentions.append(Mention(span=(s, e), text=self.text[s:e]))
            return body.key
        k = (name, self.province)
        if k not in self._bodies:
            self._bodies[k] = Body(
                key=f"b{len(self._bodies) + 1}",
                name=name,
                type="collective",
                province=self.province,
                level="province",
                span=(s, e),
                text=self.text[s:e],
                mentions=[Mention(span=(s, e), text=self.text[s:e])],
            )
            self._mentioned.add((self._bodies[k].key, s, e))
        return self._bodies[k].key

    # ---------------------------------------------------------------- bodies
    def find_all_bodies(self) -> None:
        text = self.text
        kept_congress_end = -1
        for b in find_bodies(text):
            if b.type in CONGRESS_TYPES and re.fullmatch(
                r"\s+và\s+", text[kept_congress_end : b.start] if kept_congress_end >= 0 else "x"
            ):
                kept_congress_end = b.end  # "thông qua tại Đại hội A và Đại hội B": both act
            elif b.type in CONGRESS_TYPES:
                # a congress is a body where it issues a resolution or acts, not where it is a topic
                before, after = text[max(0, b.start - 60) : b.start], text[b.end : b.end + 70]
                cited = (
                    CONGRESS_CITED.search(before)
                    or CONGRESS_CITED_IN_LINE.search(before)
                    # the second of the resolutions a line cites: "thực hiện Nghị quyết Đại hội … toàn quốc lần thứ
                    # XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"
                    or _RESOLUTIONS_CITED.search(text, max(0, b.start - 250), b.start)
                )
                national = "toàn quốc" in b.name
                issues = re.search(r"(?:[Nn]ghị quyết|thông qua tại|trình)\s+$", before) and not cited
                if national and not re.search(r"[Nn]ghị quyết\s+$", before):
                    issues = None  # the national congress receives drafts from every province: not an actor here
                if cited or not (
                    issues
                    or re.match(
                        r",?\s*(?:\(?nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\)?\s*,?\s*)?(?:đã\s+|sẽ\s+|đã\s+chính thức\s+)?"
                        r"(?:biểu quyết|thông qua|đề ra|xác định|bầu|diễn ra|khai mạc|bế mạc|thành công|"
                        r"được tổ chức|tổ chức|quyết nghị|nhất trí|hoàn thành|quyết định|kết thúc|"
                        r"làm việc|tiến hành|họp|có (?:các |những )?nhiệm vụ)",
                        after,
                    )
                    or (
                        not national
                        and ("Đảng bộ" in b.name or b.type == "mass-congress")
                        and BARE_CONGRESS_ACTS.search(text, b.end)
                    )
                ):
                    continue  # a congress named in a cited title ("thực hiện Nghị quyết Đại hội ...") is not a body
                kept_congress_end = b.end
            if _A_PLACE_BEFORE.search(text[max(0, b.start - 40) : b.start]):
                continue  # "làm việc tại Đảng ủy xã X", "Trụ sở Tỉnh ủy", "điểm cầu Tỉnh ủy": the place, not an actor
            if (b.type == "party-organisation" or b.name == "Quốc hội") and not acts(text, b.start, b.end):
                continue  # "trong Đảng bộ tỉnh", "Nghị quyết của Quốc hội": what is talked about, not acting
            # (the Government is a body wherever a text names it: its resolutions and direction are cited as its)
            if b.name in ("Tỉnh ủy", "Thành ủy") and re.search(
                r"(?:giúp việc|trực thuộc)\s+$", text[max(0, b.start - 12) : b.start]
            ):
                continue  # "cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy": a description, not the committee acting
            self.body_key(b)
        self._whole_organisation()
        self._congress_names()

    def _congress_names(self) -> None:
        """A congress takes the fullest name the text gives it: with its province ("… Đảng bộ tỉnh Thái Bình lần
        thứ XX" for "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX có nhiệm vụ …") and with "đại biểu" where a mention
        has it; named nowhere with its province, it takes the province the text is about."""
        congresses = [b for b in self._bodies.values() if b.type == "party-congress" and "toàn quốc" not in b.name]
        if not congresses:
            return
        named: dict[str, list[str]] = {}
        for m in find_bodies(self.text):
            if m.type == "party-congress":
                named.setdefault(congress_key(m.name), []).append(m.name)
        for body in congresses:
            names = named.get(congress_key(body.name), []) + [body.name]
            body.name = max(names, key=lambda n: (bool(PLACED_CONGRESS.search(n)), "đại biểu" in n.lower()))
            if self.province and not PLACED_CONGRESS.search(body.name):
                body.name = UNPLACED_CONGRESS.sub(lambda m: f"{m.group(0)} {self.province}", body.name, count=1)
            # one identity however it is named (its province is the body's own field): "Đại hội Đảng bộ tỉnh lần
            # thứ XX" for "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX"
            body.canonical = body.canonical or congress_identity(body.name)

    def _whole_organisation(self) -> None:
        """ "… kêu gọi toàn Đảng bộ và nhân dân …", "… đảng viên trong toàn Đảng bộ tỉnh": the whole Party
        organisation the text is about (the one its congress or its lines name with a province) is a body."""
        whole = _WHOLE_ORGANISATION.finditer(self.text)
        if not whole:
            return
        named = [
            m.group(0)
            for b in find_bodies(self.text)
            if b.type in ("party-congress", "party-organisation")
            for m in [ORGANISATION_WITH_PLACE.search(b.name)]
            if m
        ]
        if not named:
            return
        name = Counter(named).most_common(1)[0][0]
        for w in whole:
            s = w.start(1)
            self.body_key(BodyMatch(s, w.end(), self.text[s : w.end()], name, "party-organisation", "province"))


def _fullness(congress: str) -> tuple[bool, bool]:
    """A congress's name with its place and with "đại biểu" is fuller than one without."""
    key = mass_congress_key(congress)
    return bool(key and key[2]), "đại biểu" in congress.lower()
