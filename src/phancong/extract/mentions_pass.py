"""The extractor's bare mentions named in full: a body named by its kind alone ("Sở", "Ban Thường vụ", "Đảng ủy
khối", "Huyện ủy", "Hội", "Đoàn") or its abbreviation ("UBND"), resolved from the bodies named before it or the
organisation and province the text is about. Methods of :class:`~phancong.extract.extractor.Extractor` (state set
up there); ``BodiesPass`` keys what they name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..text.numbers import find_dates
from .bodies import BodyMatch, find_bodies
from .body_names import CAP, YOUTH_UNION, committee_of
from .congresses import elected_committee
from .places import province_kind
from .recognisers import COMMISSIONS
from .state import ExtractorState

_BARE_COMMISSIONS = {"Ban " + name for name, _ in COMMISSIONS}  # named without their committee
_LEVEL_OF_COMMITTEE = {
    "Tỉnh ủy": "tỉnh",
    "Huyện ủy": "huyện",
    "Thị ủy": "thị xã",
    "Thành ủy": "thành phố",
    "Quận ủy": "quận",
}
_COMMITTEE_WORD = re.compile(r"\b(Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)\b")
# a delegation named by its kind alone, referring back to the one the text names in full
_BARE_DELEGATION = re.compile(r"Đoàn (?:công tác|giám sát|kiểm tra(?:, giám sát)?|khảo sát)")
# the organs of a district or commune, named without the place ("Huyện ủy chỉ đạo …" in a district's news), and
# the same organs named with it
_LOCAL_ORGANS = (
    r"(?:Huyện ủy|Thị ủy|(?:(?:Ban Thường vụ |Thường trực )?Đảng ủy|Đảng bộ) "
    r"(?:huyện|thị xã|xã|phường|thị trấn|đặc khu)"
    r"|(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam|Công an) "
    r"(?:huyện|thị xã|xã|phường|thị trấn|đặc khu)"
    # (the youth union, named in full with its place: "Đoàn TNCS Hồ Chí Minh phường Trạm Lộ … Đoàn phường đã …")
    r"|(?:" + YOUTH_UNION + r"|Đoàn) (?:xã|phường|thị trấn))"
)
_BARE_LOCAL = re.compile(_LOCAL_ORGANS)
_YOUTH_HEAD = re.compile(r"^" + YOUTH_UNION + r" ")
# the province's organs named by their abbreviation alone ("tham mưu giúp Tỉnh ủy, HĐND, UBND")
_BARE_ABBREVIATIONS = ("UBND", "HĐND", "MTTQ")
# a bloc committee named by its kind alone ("Đảng ủy khối")
_BARE_BLOC = re.compile(r"Đảng ủy [Kk]hối")
# the words before a body that make it the object of an act, not its subject: "gửi văn bản đến Sở Y", "với Sở Y"
_ADDRESSED = re.compile(r"\b(?:gửi|đến|tới|với|cho|của|cùng|và|nghị|giao|cầu|đạo|hợp|trình)\s+$")
_BARE_OF_NAMED = re.compile(r"(" + _LOCAL_ORGANS + r") " + CAP)


class MentionsPass(ExtractorState):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    def _named_province(self) -> str | None:
        """Without metadata, the province the text names with its bodies most often ("Tỉnh ủy Thanh Hóa")."""
        counts = self._province_counts()
        return max(counts, key=lambda p: (counts[p], p)) if counts else None

    def _province_counts(self) -> dict[str, int]:
        """How often the text names each province with its bodies (their mentions carry it, as the table names it)."""
        if not hasattr(self, "_named_counts"):
            self._named_counts: dict[str, int] = {}
            for b in find_bodies(self.text):
                if b.province:
                    self._named_counts[b.province] = self._named_counts.get(b.province, 0) + 1
        return self._named_counts

    def _default_year(self) -> int | None:
        pub = (self.src.meta or {}).get("published") or ""
        dated = re.match(r"\s*date (\d{4})-\d{2}", self.text)  # a page's own date line: " date 2026-01-30 …"
        if not pub and dated:
            return int(dated.group(1))
        iso = re.match(r"\s*(\d{4})-\d{2}", pub)  # metadata in ISO form ("2025-09-20"), as the catalogue keeps it
        if iso:
            return int(iso.group(1))
        ds = find_dates(pub) or find_dates(self.text[:400])
        return int(ds[0][2][:4]) if ds else None

    def _dominant(self, body_type: str, but: str = "") -> str | None:
        """The name of the most mentioned body of a type (the article's subject committee), other than ``but``."""
        if not hasattr(self, "_counts"):
            self._counts: dict[tuple[str, str], int] = {}
            for m in find_bodies(self.text):
                self._counts[(m.type, m.name)] = self._counts.get((m.type, m.name), 0) + 1
        best = sorted(
            ((n, name) for (t, name), n in self._counts.items() if t == body_type and name != but), reverse=True
        )
        return best[0][1] if best else None

    def _bloc_committee(self) -> str | None:
        """The article's bloc committee ("Đảng ủy Khối các cơ quan tỉnh"), or the committee of its dominant
        bloc organisation ("Đảng bộ Các cơ quan tỉnh" -> "Đảng ủy Các cơ quan tỉnh")."""
        org = self._dominant("bloc-party-committee")
        if org:
            return org
        org = self._dominant("party-organisation")
        if org and re.match(r"Đảng bộ (?:Khối|Các|các) ", org):
            return committee_of(org)
        return None

    def _committee_word(self) -> str | None:
        """The committee a text is about, by how often it is named ("Huyện ủy" in a district's news)."""
        if not hasattr(self, "_committee"):
            words = _COMMITTEE_WORD.findall(self.text)
            self._committee = Counter(words).most_common(1)[0][0] if words else None
        return self._committee

    def _dominant_named_school(self) -> str | None:
        if not hasattr(self, "_school"):  # once per text: asked at every bare "Trường Chính trị"
            names = [
                m.name
                for m in find_bodies(self.text)
                if m.type == "political-school" and m.text.strip() != "Trường Chính trị"
            ]
            self._school = Counter(names).most_common(1)[0][0] if names else None
        return self._school

    def _resolve(self, b: BodyMatch) -> BodyMatch | None:
        """Bare names ("Ban Thường vụ,", "Ủy ban Kiểm tra Đảng ủy", "Đại hội lần thứ X") named in full."""
        if b.text in _BARE_ABBREVIATIONS and b.name.endswith(" tỉnh") and self._a_city():
            # "… vừa trình UBND" in a text of Hồ Chí Minh City: the city's committee
            return replace(b, name=b.name[: -len("tỉnh")] + "thành phố")
        if "Khối" in b.name and b.name.endswith(" tỉnh") and not b.text.endswith("tỉnh") and self._a_city():
            # "Ban Thường vụ Đảng ủy Khối" in a text of Cần Thơ: the city's bloc
            return replace(b, name=b.name[: -len("tỉnh")] + "thành phố")

        if b.type == "party-congress":
            if "toàn quốc" in b.name:
                return replace(b, central=True, level="central")
            if b.name.startswith("Đại hội lần thứ"):
                org = self._bloc_committee()
                if org:
                    org = re.sub(r"^Đảng ủy ", "", org)
                    return replace(b, name=b.name.replace("Đại hội", f"Đại hội Đảng bộ {org}", 1))
                # "Đảng bộ phường X tổ chức Đại hội đại biểu lần thứ I": the congress of the organisation named
                organisation = self._dominant("party-organisation")
                if organisation and not re.search(r"(?i)toàn quốc|của Đảng", b.text):
                    delegates = "đại biểu " if re.search(r"(?i)đại biểu", b.text) else ""
                    return replace(b, name=b.name.replace("Đại hội ", f"Đại hội {delegates}{organisation} ", 1))
            return b
        if b.type == "political-school" and b.text.strip() == "Trường Chính trị":
            named = self._dominant_named_school()
            if named:  # "Trường Chính trị" after "Trường Chính trị Phạm Hùng": the school named
                return replace(b, name=named)
        if b.name == "Ban Thường vụ":
            nxt = find_bodies(self.text, b.end, min(len(self.text), b.end + 60))
            if nxt and nxt[0].start - b.end <= 3:
                n = nxt[0]
                if n.name.endswith(("Tỉnh ủy", "Thành ủy")):
                    return replace(
                        b, name="Ban Thường vụ " + ("Thành ủy" if n.name.endswith("Thành ủy") else "Tỉnh ủy")
                    )
                if n.type == "bloc-party-committee":
                    return replace(b, name="Ban Thường vụ " + n.name)
                if n.type == "party-organisation" and n.name.startswith("Đảng bộ "):
                    return replace(b, name="Ban Thường vụ " + committee_of(n.name))
            return self._elected(b)
        if b.name == "Ban Chấp hành":
            return self._elected(b)
        if b.name in _BARE_COMMISSIONS:
            committee = self._committee_word()
            return replace(b, name=f"{b.name} {committee}") if committee else None
        if b.name == "Đảng bộ" and b.type == "party-organisation":  # the organisation the text is about
            about = self._dominant("party-organisation", but="Đảng bộ")
            subject = next((m for m in find_bodies(self.text) if m.name == about), None) if about else None
            return replace(subject, start=b.start, end=b.end, text=b.text) if subject else None
        if b.name == "Mặt trận":  # the Front of the level the text is about
            level = _LEVEL_OF_COMMITTEE.get(self._committee_word() or "")
            return replace(b, name=f"Ủy ban Mặt trận Tổ quốc Việt Nam {level}") if level else None
        if b.name == "Ủy ban Kiểm tra Đảng ủy":
            org = self._bloc_committee()
            return replace(b, name="Ủy ban Kiểm tra " + org) if org else None
        if _BARE_LOCAL.fullmatch(b.name):
            return self._named_local(b)
        return self._named_again(b)

    def _named_again(self, b: BodyMatch) -> BodyMatch | None:
        """A delegation, a bloc committee, a department or a body of some head named again by its kind alone: the
        one of that kind named before it."""
        if b.type == "working-group" and _BARE_DELEGATION.fullmatch(b.name):
            # "Đoàn giám sát số 30 của Bộ Chính trị … Đoàn công tác cũng sẽ tiến hành …": the delegation named before
            delegations = [
                m
                for m in find_bodies(self.text, 0, b.start)
                if m.type == "working-group" and m.name.startswith("Đoàn") and not _BARE_DELEGATION.fullmatch(m.name)
            ]
            if len({m.name for m in delegations}) == 1:
                return replace(delegations[-1], start=b.start, end=b.end, text=b.text)
            return b
        if b.type == "bloc-party-committee" and _BARE_BLOC.fullmatch(b.text):
            # "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh … Đảng ủy khối tiếp tục …": the bloc named before it
            before = self._named_last_before(b, lambda m: "Đảng ủy Khối" in m.name and not _BARE_BLOC.fullmatch(m.text))
            bloc = before.name[before.name.index("Đảng ủy Khối") :] if before else None  # (its standing committee's)
            return self._named_as(bloc, b) if bloc else b
        if b.name == "Sở" and b.type == "department":  # "… Sở tập trung …": the department named last before it,
            # as a subject where one is ("Sở X … gửi văn bản đến Sở Y … Sở phối hợp …" goes on naming X)
            def named(m: BodyMatch) -> bool:
                return m.type == "department" and m.name != "Sở"

            acting = self._named_last_before(
                b, lambda m: named(m) and not _ADDRESSED.search(self.text, max(0, m.start - 24), m.start)
            )
            return acting or self._named_last_before(b, named)
        if b.type == "bare-head":  # "… Trường phối hợp …": the body of that head named last before it
            before = self._named_last_before(
                b, lambda m: m.name.startswith(b.name + " ") and not m.name.startswith(("Hội đồng", "Hội nghị"))
            )
            if before is None and b.name == "Đảng ủy":  # "Đảng bộ xã X … Đảng ủy tập trung …": its committee
                return self._committee_of_organisation(b)
            if before is not None and _BARE_LOCAL.fullmatch(before.name):  # "… Đoàn phường … Đoàn đã …": named in full
                return self._named_local(before)
            return before
        return b

    def _committee_of_organisation(self, b: BodyMatch) -> BodyMatch | None:
        """The committee (Đảng ủy) of the Party organisation a text is about, standing at a bare "Đảng ủy"."""
        organisation = self._dominant("party-organisation", but="Đảng bộ")
        if not organisation or not organisation.startswith("Đảng bộ "):
            return None
        return self._named_as(committee_of(organisation), b)

    @staticmethod
    def _named_as(name: str, b: BodyMatch) -> BodyMatch | None:
        """The body a full name names, standing at the mention b; none where the name is not one body's."""
        named = find_bodies(name)
        if len(named) != 1 or named[0].name != name:
            return None
        return replace(named[0], start=b.start, end=b.end, text=b.text)

    def _named_last_before(self, b: BodyMatch, antecedent: Callable[[BodyMatch], bool]) -> BodyMatch | None:
        """The last body named before a bare mention that ``antecedent`` accepts, standing at the mention; none
        without one."""
        before = [m for m in find_bodies(self.text, 0, b.start) if antecedent(m)]
        return replace(before[-1], start=b.start, end=b.end, text=b.text) if before else None

    def _elected(self, b: BodyMatch) -> BodyMatch | None:
        """ "Đại hội đã bầu Ban Chấp hành 55 người, Ban Thường vụ 15 người": the committees of the organisation whose
        congress the text reports (congresses.elected_committee); none where it reports no congress."""
        name = elected_committee(b.name, self._dominant("party-congress"))
        return replace(b, name=name) if name else None

    def _a_city(self) -> bool:
        """Whether the province a text is about is a city (thành phố trực thuộc trung ương): Hà Nội, Huế, …"""
        province = self.province or self._named_province()
        return province is not None and province_kind(province) == "thành phố"

    def _named_local(self, b: BodyMatch) -> BodyMatch:
        """A district's or commune's organ named without its place ("Huyện ủy", "UBND huyện", "Đảng bộ xã") in a
        text that names one such organ with its place ("Huyện ủy Trấn Yên"): that organ; else the name as written."""
        if not hasattr(self, "_named_locals"):  # once per text
            self._named_locals: dict[str, set[str]] = {}
            for m in find_bodies(self.text):
                bare = _BARE_OF_NAMED.match(m.name)
                if bare and m.name != bare.group(1):
                    key = _YOUTH_HEAD.sub("Đoàn ", bare.group(1))  # "Đoàn phường" for "Đoàn TNCS … phường X"
                    self._named_locals.setdefault(key, set()).add(m.name)
        named = self._named_locals.get(b.name, set())
        if len(named) != 1:
            return b
        return replace(b, name=next(iter(named)))
