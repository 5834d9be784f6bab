"""HermiT (through owlready2) finds the ontology and a realistic ABox consistent, and a bad ABox not."""

from __future__ import annotations

import pytest
from rdflib import Graph

from phancong.check.reasoner import ReasonerResult, ReasonerUnavailable, check_consistency, find_java, owl_safe
from phancong.rdf.ontology import load_ontology

pytestmark = pytest.mark.skipif(
    find_java() is None,
    reason="no Java runtime: HermiT needs one (scripts/test installs default-jre-headless when run as root)",
)

PREFIXES = """
@prefix pc: <https://w3id.org/phancong/ontology#> .
@prefix pcid: <https://w3id.org/phancong/id/> .
@prefix pcv: <https://w3id.org/phancong/vocab/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/phancong/id/> .
"""

# Two sources (Tuyên Quang's Đề án 03-ĐA/TU and Quảng Ninh's resolution), following docs/model.md:
# documents, bodies, a term, task groups, tasks, targets, statistics, assignments, a relation, evidence.
SAMPLE_ABOX = (
    PREFIXES
    + """
<source/001_71a5b6d91341e01c> a pc:Source ;
    dcterms:identifier "001_71a5b6d91341e01c" ;
    dcterms:title "Nội dung cơ bản, cốt lõi của Đề án về nâng cao năng lực lãnh đạo"@vi ;
    dcterms:publisher "Cổng thông tin điện tử Đảng bộ tỉnh Tuyên Quang" ;
    pc:publishedText "Thứ Tư, ngày 6 tháng 10 năm 2021 - 15:34" ;
    dcterms:date "2021-10-06T15:34:00"^^xsd:dateTime ;
    dcterms:language "vi" ;
    pc:fileName "001_71a5b6d91341e01c.txt" ;
    pc:province <province/pre2025/tuyen-quang> ;
    pc:text "Ngày 12/6/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Đề án số 03-ĐA/TU ..." .

<source/000_aa22e36afa494b0b> a pc:Source ;
    dcterms:identifier "000_aa22e36afa494b0b" ;
    dcterms:title "Quảng Ninh ban hành Nghị quyết về nâng cao năng lực lãnh đạo"@vi ;
    pc:province <province/pre2025/quang-ninh> .

<term/2020-2025> a pc:Term ; rdfs:label "2020-2025" ;
    pc:startYear "2020"^^xsd:gYear ; pc:endYear "2025"^^xsd:gYear .

<doc/tuyen-quang/03-da-tu/2021> a pc:Scheme ;
    pc:documentType <https://w3id.org/phancong/vocab/document-type/scheme> ;
    pc:documentNumber "03-ĐA/TU" ;
    dcterms:issued "2021-06-12"^^xsd:date ;
    dcterms:title "Đề án về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng"@vi ;
    rdfs:label "Đề án 03-ĐA/TU"@vi ;
    pc:issuer <body/tuyen-quang/tinh-uy> ;
    pc:province <province/pre2025/tuyen-quang> ;
    pc:term <term/2020-2025> ;
    pc:basedOn <doc/tw/22-nq-tw/2008> ;
    pc:evidence <evidence/001_71a5b6d91341e01c/15-120> .

<doc/tuyen-quang/02-da-tu/2021> a pc:Scheme ;
    pc:documentType <https://w3id.org/phancong/vocab/document-type/scheme> ;
    pc:documentNumber "02-ĐA/TU" ;
    dcterms:issued "2021-05-23"^^xsd:date ;
    pc:issuer <body/tuyen-quang/ban-thuong-vu-tinh-uy> .
<doc/tuyen-quang/03-da-tu/2021> eli:cites <doc/tuyen-quang/02-da-tu/2021> .

<doc/tw/22-nq-tw/2008> a pc:Resolution ;
    pc:documentType <https://w3id.org/phancong/vocab/document-type/resolution> ;
    pc:documentNumber "22-NQ/TW" ;
    dcterms:issued "2008-02-02"^^xsd:date ;
    pc:issuer <body/tw/ban-chap-hanh-trung-uong> .

<doc/quang-ninh/nq-1a2b3c4d> a pc:Resolution ;
    pc:documentType <https://w3id.org/phancong/vocab/document-type/resolution> ;
    dcterms:issued "2021"^^xsd:gYear ;
    pc:declaredTargetCount 26 ;
    pc:province <province/pre2025/quang-ninh> ;
    pc:inheritsFrom <doc/tw/22-nq-tw/2008> .

<body/tw/ban-chap-hanh-trung-uong> a pc:Body ;
    skos:prefLabel "Ban Chấp hành Trung ương Đảng"@vi ;
    pc:bodyType <https://w3id.org/phancong/vocab/body-type/central-committee> ; pc:level <https://w3id.org/phancong/vocab/level/central> .
<body/tuyen-quang/tinh-uy> a pc:Body ;
    skos:prefLabel "Tỉnh ủy Tuyên Quang"@vi ; rdfs:label "Tỉnh ủy Tuyên Quang"@vi , "Provincial Party Committee"@en ;
    pc:bodyType <https://w3id.org/phancong/vocab/body-type/provincial-party-committee> ;
    pc:province <province/pre2025/tuyen-quang> ; pc:level <https://w3id.org/phancong/vocab/level/province> .
<body/tuyen-quang/ban-thuong-vu-tinh-uy> a pc:Body ;
    skos:prefLabel "Ban Thường vụ Tỉnh ủy"@vi ; skos:altLabel "BTV Tỉnh ủy"@vi ;
    pc:bodyType <https://w3id.org/phancong/vocab/body-type/standing-committee> ;
    org:subOrganizationOf <body/tuyen-quang/tinh-uy> ;
    pc:province <province/pre2025/tuyen-quang> ; pc:level <https://w3id.org/phancong/vocab/level/province> .
<body/tuyen-quang/ban-to-chuc-tinh-uy> a pc:Body ;
    skos:prefLabel "Ban Tổ chức Tỉnh ủy"@vi ;
    pc:bodyType <https://w3id.org/phancong/vocab/body-type/organisation-commission> ;
    org:subOrganizationOf <body/tuyen-quang/tinh-uy> ;
    pc:province <province/pre2025/tuyen-quang> ; pc:level <https://w3id.org/phancong/vocab/level/province> ;
    pc:reportsTo <body/tuyen-quang/ban-thuong-vu-tinh-uy> .
<body/tuyen-quang/so-noi-vu> a pc:Body ;
    skos:prefLabel "Sở Nội vụ"@vi ; pc:bodyType <https://w3id.org/phancong/vocab/body-type/department> ;
    pc:province <province/pre2025/tuyen-quang> .
<body/tuyen-quang/cac-huyen-uy-thanh-uy> a pc:Body ;
    skos:prefLabel "Các huyện ủy, thành ủy"@vi ; pc:bodyType <https://w3id.org/phancong/vocab/body-type/collective> ;
    pc:accountableTo <body/tuyen-quang/ban-thuong-vu-tinh-uy> .
<body/quang-ninh/dang-bo-khoi-cac-co-quan-tinh> a pc:Body ;
    skos:prefLabel "Đảng bộ Khối các cơ quan tỉnh"@vi ; pc:bodyType <https://w3id.org/phancong/vocab/body-type/bloc-party-committee> ;
    pc:province <province/pre2025/quang-ninh> .

<taskgroup/001_71a5b6d91341e01c/1> a pc:TaskGroup ;
    pc:document <doc/tuyen-quang/03-da-tu/2021> ; pc:ordinal 1 ;
    rdfs:label "Nhóm nhiệm vụ, giải pháp về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng" ;
    pc:declaredCount 6 ; pc:foundCount 6 ; pc:groupKind "task" ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .
<taskgroup/000_aa22e36afa494b0b/2> a pc:TaskGroup ;
    pc:document <doc/quang-ninh/nq-1a2b3c4d> ; pc:ordinal 2 ;
    rdfs:label "Về đào tạo trình độ chuyên môn" ; pc:declaredCount 2 ; pc:foundCount 2 ;
    pc:groupKind "target" ; pc:deadlineYear "2025"^^xsd:gYear ;
    prov:wasDerivedFrom <source/000_aa22e36afa494b0b> .

<task/001_71a5b6d91341e01c/7> a pc:Task ;
    pc:document <doc/tuyen-quang/03-da-tu/2021> ; pc:taskGroup <taskgroup/001_71a5b6d91341e01c/1> ;
    pc:ordinal 7 ; pc:province <province/pre2025/tuyen-quang> ;
    rdfs:label "Chủ trì, theo dõi, tổng hợp báo cáo theo định kỳ hằng năm về tình hình, kết quả thực hiện Đề án" ;
    pc:evidence <evidence/001_71a5b6d91341e01c/5000-5120> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .
<task/001_71a5b6d91341e01c/8> a pc:Task ;
    pc:document <doc/tuyen-quang/03-da-tu/2021> ; pc:ordinal 8 ;
    rdfs:label "Xây dựng chương trình, kế hoạch để tổ chức thực hiện các nội dung của Đề án" ;
    pc:evidence <evidence/001_71a5b6d91341e01c/6000-6100> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .

<assignment/001_71a5b6d91341e01c/1> a pc:Assignment ;
    pc:body <body/tuyen-quang/ban-to-chuc-tinh-uy> ; pc:task <task/001_71a5b6d91341e01c/7> ;
    pc:role <https://w3id.org/phancong/vocab/role/lead> ; pc:partner <body/tuyen-quang/so-noi-vu> ;
    pc:evidence <evidence/001_71a5b6d91341e01c/5000-5120> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .
<assignment/001_71a5b6d91341e01c/2> a pc:Assignment ;
    pc:body <body/tuyen-quang/so-noi-vu> ; pc:task <task/001_71a5b6d91341e01c/7> ;
    pc:role <https://w3id.org/phancong/vocab/role/coordinate> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .
<assignment/001_71a5b6d91341e01c/3> a pc:Assignment ;
    pc:body <body/tuyen-quang/cac-huyen-uy-thanh-uy> ; pc:task <task/001_71a5b6d91341e01c/8> ;
    pc:role <https://w3id.org/phancong/vocab/role/implement> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .

<relation/001_71a5b6d91341e01c/1> a pc:BodyRelation ;
    pc:fromBody <body/tuyen-quang/cac-huyen-uy-thanh-uy> ; pc:toBody <body/tuyen-quang/ban-thuong-vu-tinh-uy> ;
    pc:relationKind "accountableTo" ;
    pc:evidence <evidence/001_71a5b6d91341e01c/6100-6200> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .

<target/000_aa22e36afa494b0b/5> a pc:Target ;
    rdfs:label "85% cấp ủy viên cấp cơ sở có trình độ đại học trở lên" ;
    pc:document <doc/quang-ninh/nq-1a2b3c4d> ; pc:taskGroup <taskgroup/000_aa22e36afa494b0b/2> ;
    pc:indicator <https://w3id.org/phancong/vocab/indicator/commune-committee-members-university> ;
    pc:value "85"^^xsd:decimal ; pc:comparator <https://w3id.org/phancong/vocab/comparator/exactly> ; pc:unit <https://w3id.org/phancong/vocab/unit/percent> ;
    pc:unitText "%" ; pc:population "cấp ủy viên cấp cơ sở có trình độ đại học trở lên" ;
    pc:deadlineYear "2025"^^xsd:gYear ; pc:province <province/pre2025/quang-ninh> ;
    pc:evidence <evidence/000_aa22e36afa494b0b/1500-1560> ;
    prov:wasDerivedFrom <source/000_aa22e36afa494b0b> .
<target/000_aa22e36afa494b0b/9> a pc:Target ;
    pc:document <doc/quang-ninh/nq-1a2b3c4d> ;
    pc:indicator <https://w3id.org/phancong/vocab/indicator/non-local-district-secretaries> ;
    pc:value "90"^^xsd:decimal ; pc:upperValue "100"^^xsd:decimal ;
    pc:comparator <https://w3id.org/phancong/vocab/comparator/range> ; pc:unit <https://w3id.org/phancong/vocab/unit/percent> ;
    pc:period <https://w3id.org/phancong/vocab/period/term> ; pc:periodStart "2020"^^xsd:gYear ; pc:periodEnd "2025"^^xsd:gYear ;
    pc:subject <body/quang-ninh/dang-bo-khoi-cac-co-quan-tinh> ;
    prov:wasDerivedFrom <source/000_aa22e36afa494b0b> .
<target/000_aa22e36afa494b0b/14> a pc:Target ;
    pc:document <doc/quang-ninh/nq-1a2b3c4d> ;
    pc:indicator <https://w3id.org/phancong/vocab/indicator/party-members-admitted> ;
    pc:value "1800"^^xsd:decimal ; pc:comparator <https://w3id.org/phancong/vocab/comparator/at-least> ; pc:unit <https://w3id.org/phancong/vocab/unit/party-member> ;
    pc:period <https://w3id.org/phancong/vocab/period/annual> ;
    prov:wasDerivedFrom <source/000_aa22e36afa494b0b> .

<statistic/001_71a5b6d91341e01c/1> a pc:Statistic ;
    pc:value "44.56"^^xsd:decimal ; pc:comparator <https://w3id.org/phancong/vocab/comparator/exactly> ; pc:unit <https://w3id.org/phancong/vocab/unit/percent> ;
    pc:population "đảng viên là người dân tộc thiểu số" ;
    pc:asOf "2020-12-31"^^xsd:date ; pc:subject <body/tuyen-quang/tinh-uy> ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .
<statistic/001_71a5b6d91341e01c/2> a pc:Statistic ;
    pc:value "56760"^^xsd:decimal ; pc:comparator <https://w3id.org/phancong/vocab/comparator/exactly> ; pc:unit <https://w3id.org/phancong/vocab/unit/party-member> ;
    pc:indicator <https://w3id.org/phancong/vocab/indicator/party-members-total> ; pc:asOf "2020"^^xsd:gYear ;
    prov:wasDerivedFrom <source/001_71a5b6d91341e01c> .

<evidence/001_71a5b6d91341e01c/15-120> a pc:Evidence ;
    pc:source <source/001_71a5b6d91341e01c> ; oa:start 15 ; oa:end 120 ; oa:exact "Ban Chấp hành Đảng bộ tỉnh ban hành" .
<evidence/001_71a5b6d91341e01c/5000-5120> a pc:Evidence ;
    pc:source <source/001_71a5b6d91341e01c> ; oa:start 5000 ; oa:end 5120 ; oa:exact "Chủ trì, theo dõi, tổng hợp báo cáo" .
<evidence/001_71a5b6d91341e01c/6000-6100> a pc:Evidence ;
    pc:source <source/001_71a5b6d91341e01c> ; oa:start 6000 ; oa:end 6100 ; oa:exact "xây dựng chương trình, kế hoạch" .
<evidence/001_71a5b6d91341e01c/6100-6200> a pc:Evidence ;
    pc:source <source/001_71a5b6d91341e01c> ; oa:start 6100 ; oa:end 6200 ; oa:exact "phải chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy" .
<evidence/000_aa22e36afa494b0b/1500-1560> a pc:Evidence ;
    pc:source <source/000_aa22e36afa494b0b> ; oa:start 1500 ; oa:end 1560 ; oa:exact "85% cấp ủy viên cấp cơ sở có trình độ đại học trở lên" .
"""  # noqa: E501 - Turtle data, a subject's statements as the build groups them
)


def turtle(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def check(graph: Graph | None = None) -> ReasonerResult:
    result = check_consistency(graph)
    assert result.seconds > 0
    print(f"{result.message} in {result.seconds:.2f} s")  # shown with -s
    return result


@pytest.fixture(scope="module")
def ontology_alone() -> ReasonerResult:
    return check()


def test_the_ontology_alone_is_consistent_with_no_unsatisfiable_class(ontology_alone):
    result = ontology_alone
    assert result.consistent, result.message
    assert result.unsatisfiable == ()
    assert result.individuals > 150  # vocabulary concepts and provinces


def test_phancong_ttl_alone_is_accepted_by_hermit():
    from phancong.rdf.ontology import ONTOLOGY_DIR

    tbox = Graph().parse(ONTOLOGY_DIR / "phancong.ttl", format="turtle")
    result = check_consistency(ontology=tbox)
    assert result.consistent and result.unsatisfiable == (), result.message


def test_ontology_with_a_realistic_sample_abox_is_consistent(ontology_alone):
    data = turtle(SAMPLE_ABOX)
    assert len(data) > 200
    result = check(data)
    assert result.consistent, result.message
    assert result.unsatisfiable == ()
    assert result.dropped == 0
    assert result.individuals >= ontology_alone.individuals + 30


def test_a_resource_typed_target_and_statistic_is_inconsistent():
    data = turtle(
        SAMPLE_ABOX
        + """
<statistic/001_71a5b6d91341e01c/1> a pc:Target .
"""
    )
    result = check(data)
    assert not result.consistent
    assert "statistic/001_71a5b6d91341e01c/1" in result.message and "pc:Target" in result.message


def test_an_assignment_whose_body_is_a_task_is_inconsistent():
    # pc:body has range pc:Body, and pc:Body and pc:Task are disjoint
    data = turtle(
        PREFIXES
        + """
<task/x/1> a pc:Task .
<assignment/x/1> a pc:Assignment ; pc:body <task/x/1> ; pc:role <https://w3id.org/phancong/vocab/role/lead> .
"""
    )
    result = check(data)
    assert not result.consistent
    assert (
        "task/x/1 is both pc:Task and pc:Body" in result.message
        or "task/x/1 is both pc:Body and pc:Task" in result.message
    ), result.message


def test_data_owl_dl_dislikes_does_not_crash_the_reasoner():
    dirty = (
        PREFIXES
        + """
<target/x/1> a pc:Target ;
    pc:value "2025"^^xsd:gYear ;          # a year on a decimal property
    pc:upperValue "9x0"^^xsd:decimal ;    # ill-typed literal
    pc:province "Tuyên Quang" ;           # literal on an object property
    pc:unitText <https://w3id.org/phancong/vocab/unit/percent> ;        # IRI on a datatype property
    pc:deadlineYear "2025"^^xsd:gYear ;
    dcterms:issued "2021-06"^^xsd:gYearMonth .
"""
    )
    data = turtle(SAMPLE_ABOX + dirty)
    kept, dropped = owl_safe(data, load_ontology())
    assert dropped == 3 and len(kept) == len(data) - 3
    result = check(data)
    assert isinstance(result, ReasonerResult)
    assert result.dropped == 3 and "left out" in result.message


def test_owl_safe_reads_every_graph_of_a_dataset():
    from rdflib import Dataset

    ds = Dataset()
    ds.graph("https://w3id.org/phancong/id/source/a").parse(data=PREFIXES + "<task/a/1> a pc:Task .", format="turtle")
    ds.graph("https://w3id.org/phancong/id/source/b").parse(data=PREFIXES + "<task/b/1> a pc:Task .", format="turtle")
    kept, dropped = owl_safe(ds, load_ontology())
    assert len(kept) == 2 and dropped == 0


def test_no_java_raises_reasoner_unavailable(monkeypatch):
    monkeypatch.setattr("phancong.check.reasoner.find_java", lambda: None)
    with pytest.raises(ReasonerUnavailable, match="Java"):
        check_consistency()
