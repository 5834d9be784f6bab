"""What a reader sees as a body's label in the graph (rdfs:label): its name and its province, once."""

from __future__ import annotations

from rdflib import RDFS, Literal

from phancong.extract import extract
from phancong.rdf.mapping import to_graph
from phancong.text.normalise import normalise
from phancong.text.read import Source


def labels(text: str, province: str) -> set[str]:
    ex = extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))
    return {str(o) for o in to_graph(ex).objects(None, RDFS.label) if isinstance(o, Literal) and o.language == "vi"}


def test_a_body_named_with_its_province_does_not_repeat_it():
    got = labels("Đảng bộ tỉnh Điện Biên lãnh đạo thực hiện tốt công tác phát triển đảng viên.", "Điện Biên")
    assert "Đảng bộ tỉnh Điện Biên" in got
    assert "Đảng bộ tỉnh Điện Biên Điện Biên" not in got


def test_a_body_named_without_its_province_gets_it_in_the_label():
    got = labels("Ban Tổ chức Tỉnh ủy chủ trì rà soát quy hoạch cán bộ.", "Điện Biên")
    assert "Ban Tổ chức Tỉnh ủy Điện Biên" in got


def test_provincial_bodies_of_two_texts_whose_province_is_unknown_stay_two_bodies():
    """Neither text says its province: "Đảng bộ Công an tỉnh" of one is not the other's, nor a central body."""
    from phancong.vocab import PCID

    def bodies(text: str, sid: str) -> set[str]:
        ex = extract(Source(id=sid, path=f"{sid}.txt", text=normalise(text), meta={}))
        return {str(s) for s in to_graph(ex).subjects(RDFS.label, None) if "/body/" in str(s)}

    a = bodies("Đảng bộ Công an tỉnh kết nạp được 21 đảng viên mới trong năm 2025.", "a")
    b = bodies("Đảng bộ Công an tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng.", "b")
    assert a and b and not a & b
    assert not any(x.startswith(str(PCID["body/tw/"])) for x in a | b)
