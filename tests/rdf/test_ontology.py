"""The ontology, vocabularies, provinces, SHACL shapes and check queries under ontology/ and queries/checks/."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from phancong.rdf import ontology
from phancong.rdf.ontology import load_ontology, load_shapes, ontology_files
from phancong.text.normalise import fold, slug
from phancong.vocab import (
    NAMESPACES,
    ONTOLOGY_DIR,
    PC as CLOSED_PC,
    PC_TERMS,
    body_type_labels,
    indicator_patterns,
    match_indicator,
)

pytestmark = [  # rdflib's own TriG parser and Dataset use deprecated rdflib API internally
    pytest.mark.filterwarnings("ignore:.*default_context.*:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

ROOT = Path(__file__).resolve().parents[2]
PC = Namespace(NAMESPACES["pc"])
PCV = Namespace(NAMESPACES["pcv"])
PCID = Namespace(NAMESPACES["pcid"])
DCTERMS = Namespace(NAMESPACES["dcterms"])
XSD = Namespace(NAMESPACES["xsd"])
CHECKS = sorted((ROOT / "queries" / "checks").glob("*-violation.rq"))


def parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return parse("phancong.ttl")


@pytest.fixture(scope="module")
def everything() -> Graph:
    return load_ontology()


# ---------------------------------------------------------------- files and header


def test_ontology_dir_is_the_repository_folder():
    assert ONTOLOGY_DIR == ROOT / "ontology"
    names = [p.name for p in ontology_files()]
    assert names == sorted(names)
    assert "shapes.ttl" not in names
    assert {
        "phancong.ttl",
        "provinces.ttl",
        "vocab-body-types.ttl",
        "vocab-document-types.ttl",
        "vocab-roles.ttl",
        "vocab-indicators.ttl",
    } <= set(names)


@pytest.mark.parametrize("path", sorted((ROOT / "ontology").glob("*.ttl")), ids=lambda p: p.name)
def test_every_turtle_file_parses(path):
    raw = path.read_bytes()
    raw.decode("utf-8")  # UTF-8, no BOM trouble
    g = Graph().parse(path, format="turtle")
    assert len(g) > 10


def test_ontology_header(onto):
    o = URIRef(ontology.ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in onto
    assert onto.value(o, OWL.versionIRI) == URIRef("https://w3id.org/phancong/ontology/0.1.0")
    assert onto.value(o, OWL.versionInfo) is not None
    assert {t.language for t in onto.objects(o, DCTERMS.title)} == {"vi", "en"}
    assert onto.value(o, DCTERMS.description) is not None
    assert onto.value(o, DCTERMS.license) == URIRef("https://www.apache.org/licenses/LICENSE-2.0")
    assert str(onto.value(o, DCTERMS.creator)) == "phancong contributors"
    assert not list(onto.objects(o, OWL.imports)), "no owl:imports: the ontology must load offline"
    assert URIRef("http://www.w3.org/ns/org#") in set(onto.objects(o, RDFS.seeAlso))


# ---------------------------------------------------------------- own terms


def own_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        s
        for k in kinds
        for s in g.subjects(RDF.type, k)
        if isinstance(s, URIRef) and str(s).startswith(NAMESPACES["pc"])
    }


def test_every_own_term_has_labels_in_vi_and_en_and_a_comment(onto):
    terms = own_terms(onto)
    assert len(terms) > 60
    for term in sorted(terms):
        labels = {lit.language for lit in onto.objects(term, RDFS.label)}
        assert {"vi", "en"} <= labels, f"{term}: rdfs:label in vi and en"
        comments = list(onto.objects(term, RDFS.comment))
        assert any(c.language == "en" for c in comments), f"{term}: rdfs:comment@en"


def test_every_term_of_the_data_model_is_declared(onto):
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    section = text[text.index("## Ontology terms") :]
    section = section[: section.index("\n## ", 5)]
    used = set(re.findall(r"\bpc:([A-Za-z][A-Za-z0-9]*)", section))
    assert len(used) > 50
    declared = {str(t)[len(NAMESPACES["pc"]) :] for t in own_terms(onto)}
    assert used - declared == set()


def test_every_pc_term_used_in_any_ontology_file_is_declared(onto, everything):
    declared = own_terms(onto)
    shapes = load_shapes()
    used = {
        t
        for g in (everything, shapes)
        for triple in g
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(NAMESPACES["pc"])
    }
    assert used - declared == set()


def test_no_term_is_both_a_class_and_a_property_or_an_individual(everything):
    classes = set(everything.subjects(RDF.type, OWL.Class))
    props = {
        s
        for k in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in everything.subjects(RDF.type, k)
    }
    assert classes & props == set()
    individuals = {s for s, c in everything.subject_objects(RDF.type) if c in classes}
    assert {i for i in individuals if isinstance(i, URIRef)} & (classes | props) == set()


def test_every_pc_term_the_package_and_queries_use_is_declared(onto):
    """The code (src/phancong) and the query catalogue (queries/) use only declared pc: terms."""
    declared = {str(t)[len(NAMESPACES["pc"]) :] for t in own_terms(onto)}
    used: dict[str, set[str]] = {}
    for path in sorted((ROOT / "src" / "phancong").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r"\bPC(?:\.([A-Za-z][A-Za-z0-9]*)|\[\"([A-Za-z][A-Za-z0-9]*)\"\])", text):
            used.setdefault(name[0] or name[1], set()).add(path.name)
    for path in sorted((ROOT / "queries").rglob("*.rq")):
        for name in re.findall(r"\bpc:([A-Za-z][A-Za-z0-9]*)", path.read_text(encoding="utf-8")):
            used.setdefault(name, set()).add(path.name)
    assert used, "found no uses of pc: terms"
    undeclared = {name: sorted(files) for name, files in used.items() if name not in declared}
    assert undeclared == {}


def test_the_pc_namespace_is_closed_over_exactly_the_ontologys_terms(onto):
    """vocab.PC knows the terms phancong.ttl declares, no more and no fewer; a misspelt term raises."""
    declared = {str(t)[len(NAMESPACES["pc"]) :] for t in own_terms(onto)}
    assert set(PC_TERMS) == declared
    assert CLOSED_PC.Assignment == URIRef(NAMESPACES["pc"] + "Assignment")
    with pytest.raises(AttributeError, match="Asignment"):
        CLOSED_PC.Asignment  # noqa: B018 - the lookup is what is tested
    with pytest.raises(KeyError, match="reportTo"):
        CLOSED_PC["reportTo"]  # noqa: B018


def test_reused_terms_are_declared_and_subclassed(onto):
    for external in (
        "eli:LegalResource",
        "prov:Entity",
        "org:Organization",
        "skos:Concept",
        "qb:Observation",
        "time:ProperInterval",
        "oa:TextPositionSelector",
        "dcterms:Location",
    ):
        prefix, local = external.split(":")
        assert (URIRef(NAMESPACES[prefix] + local), RDF.type, OWL.Class) in onto, external
    sub = {(s, o) for s, o in onto.subject_objects(RDFS.subClassOf)}
    assert (PC.PlanDocument, URIRef(NAMESPACES["eli"] + "LegalResource")) in sub
    assert (PC.Source, URIRef(NAMESPACES["prov"] + "Entity")) in sub
    assert (PC.Body, URIRef(NAMESPACES["org"] + "Organization")) in sub
    assert (PC.Figure, URIRef(NAMESPACES["qb"] + "Observation")) in sub
    assert (PC.Target, PC.Figure) in sub and (PC.Statistic, PC.Figure) in sub
    assert (PC.Evidence, URIRef(NAMESPACES["oa"] + "TextPositionSelector")) in sub
    assert (PC.Term, URIRef(NAMESPACES["time"] + "ProperInterval")) in sub
    assert (PC.Province, DCTERMS.Location) in sub
    assert (PC.Indicator, SKOS.Concept) in sub and (PC.Role, SKOS.Concept) in sub
    for prop in ("oa:start", "oa:end", "oa:exact", "prov:wasDerivedFrom", "org:subOrganizationOf", "eli:cites"):
        prefix, local = prop.split(":")
        assert set(onto.objects(URIRef(NAMESPACES[prefix] + local), RDF.type)) & {
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
            OWL.AnnotationProperty,
        }, prop


def test_disjointness(onto):
    assert (PC.Target, OWL.disjointWith, PC.Statistic) in onto
    documents = {
        PC.Resolution,
        PC.Scheme,
        PC.ActionProgramme,
        PC.Programme,
        PC.Plan,
        PC.Directive,
        PC.Conclusion,
        PC.Decision,
        PC.Regulation,
        PC.OtherDocument,
    }
    groups = [set(onto.items(onto.value(n, OWL.members))) for n in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert documents in groups
    for d in documents:
        assert (d, RDFS.subClassOf, PC.PlanDocument) in onto


def test_ranges_suit_the_literals_the_data_carries(onto):
    assert onto.value(PC.value, RDFS.range) == XSD.decimal
    assert onto.value(PC.upperValue, RDFS.range) == XSD.decimal
    assert onto.value(PC.deadlineYear, RDFS.range) == XSD.gYear
    assert onto.value(PC.declaredCount, RDFS.range) == XSD.integer
    assert onto.value(DCTERMS.issued, RDFS.range) is None
    assert onto.value(PC.asOf, RDFS.range) is None


# ---------------------------------------------------------------- SKOS vocabularies


def test_every_concept_in_every_scheme_has_pref_labels_in_vi_and_en(everything):
    schemes = set(everything.subjects(RDF.type, SKOS.ConceptScheme))
    assert {
        PCV[s]
        for s in (
            "body-types",
            "document-types",
            "roles",
            "comparators",
            "units",
            "periods",
            "levels",
            "indicators",
            "provinces",
        )
    } <= schemes
    for scheme in schemes:
        assert {lab.language for lab in everything.objects(scheme, SKOS.prefLabel)} >= {"vi", "en"}, scheme
        concepts = set(everything.subjects(SKOS.inScheme, scheme))
        assert concepts, scheme
        for c in concepts:
            langs = [lab.language for lab in everything.objects(c, SKOS.prefLabel)]
            assert sorted(langs) == ["en", "vi"], f"{c}: one prefLabel in vi and one in en"
            assert (c, RDF.type, SKOS.Concept) in everything, c
    # every concept is in a scheme
    for c in everything.subjects(RDF.type, SKOS.Concept):
        assert everything.value(c, SKOS.inScheme) is not None, c


def test_skos_label_integrity(everything):
    """SKOS S13/S14: one prefLabel per language; a label is not both preferred and alternative."""
    for c in set(everything.subjects(SKOS.inScheme, None)):
        pref = list(everything.objects(c, SKOS.prefLabel))
        assert len({lab.language for lab in pref}) == len(pref), c
        assert set(pref) & set(everything.objects(c, SKOS.altLabel)) == set(), c


def test_namespaces():
    assert {
        "pc",
        "pcid",
        "pcv",
        "org",
        "eli",
        "skos",
        "prov",
        "dcterms",
        "time",
        "oa",
        "qb",
        "xsd",
        "rdf",
        "rdfs",
        "owl",
        "sh",
    } <= set(NAMESPACES)
    assert NAMESPACES["pcid"] == "https://w3id.org/phancong/id/"
    assert NAMESPACES["pcv"] == "https://w3id.org/phancong/vocab/"


def ascii_form(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


@pytest.mark.parametrize("name", ["vocab-body-types.ttl", "vocab-document-types.ttl", "provinces.ttl"])
def test_vietnamese_labels_have_ascii_alt_labels(name):
    g = parse(name)
    for c in set(g.subjects(SKOS.inScheme, None)):
        vi = [str(lab) for p in (SKOS.prefLabel, SKOS.altLabel) for lab in g.objects(c, p) if lab.language == "vi"]
        for label in vi:
            assert unicodedata.is_normalized("NFC", label), label
            assert ascii_form(label) in vi, f"{c}: ASCII form of {label!r}"


BODY_TYPES = """provincial-party-committee standing-committee standing-board organisation-commission
inspection-commission propaganda-commission mass-mobilisation-commission internal-affairs-commission
economic-commission party-office political-school political-training-centre peoples-committee
peoples-committee-party-board peoples-council peoples-council-party-delegation party-delegation party-board
department ethnic-affairs-committee fatherland-front labour-federation farmers-union womens-union
veterans-association youth-union bloc-party-committee district-party-committee commune-party-committee
grassroots-party-organisation central-committee politburo secretariat central-agency police military-command
border-guard party-congress collective other""".split()


def test_body_types():
    g = parse("vocab-body-types.ttl")
    slugs = {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, PCV["body-types"])}
    assert set(BODY_TYPES) <= slugs
    for c in g.subjects(SKOS.inScheme, PCV["body-types"]):
        assert (c, RDF.type, PC.BodyType) in g
        assert str(c).startswith(NAMESPACES["pcv"] + "body-type/")
    labels = body_type_labels()
    assert labels["organisation-commission"] == ("Ban Tổ chức", "Organisation Commission")
    assert labels["political-training-centre"][0] == "Trung tâm bồi dưỡng chính trị"
    assert set(BODY_TYPES) <= set(labels)
    alts = {str(lab) for lab in g.objects(PCV["body-type/political-school"], SKOS.altLabel)}
    assert "Trường Đào tạo cán bộ Nguyễn Văn Cừ" in alts and "Truong Dao tao can bo Nguyen Van Cu" in alts
    assert (PCV["body-type/political-training-centre"], PC.typicalLevel, PCV["level/district"]) in g


def test_document_types_point_at_their_classes(onto):
    g = parse("vocab-document-types.ttl")
    expected = {
        "resolution": ("Resolution", "Nghị quyết", {"NQ"}),
        "scheme": ("Scheme", "Đề án", {"ĐA", "DA"}),
        "action-programme": ("ActionProgramme", "Chương trình hành động", {"CTr", "CTHĐ", "CTHD"}),
        "programme": ("Programme", "Chương trình", set()),
        "plan": ("Plan", "Kế hoạch", {"KH"}),
        "directive": ("Directive", "Chỉ thị", {"CT"}),
        "conclusion": ("Conclusion", "Kết luận", {"KL"}),
        "decision": ("Decision", "Quyết định", {"QĐ", "QD"}),
        "regulation": ("Regulation", "Quy chế", {"QC", "QĐi", "QDi"}),
    }
    for slug_, (cls, vi, abbreviations) in expected.items():
        c = PCV[f"document-type/{slug_}"]
        assert g.value(c, PC.documentClass) == PC[cls]
        assert (PC[cls], RDFS.subClassOf, PC.PlanDocument) in onto
        assert Literal(vi, lang="vi") in set(g.objects(c, SKOS.prefLabel))
        assert abbreviations <= {str(lab) for lab in g.objects(c, SKOS.altLabel)}
    # pc:documentClass is an annotation: the classes are not punned as individuals
    assert (PC.documentClass, RDF.type, OWL.AnnotationProperty) in onto


def test_roles_and_small_schemes():
    g = parse("vocab-roles.ttl")
    roles = set(g.subjects(RDF.type, PC.Role))
    assert roles == {PCV[f"role/{r}"] for r in ("lead", "coordinate", "implement", "monitor")}
    assert Literal("chủ trì", lang="vi") in set(g.objects(PCV["role/lead"], SKOS.prefLabel))
    assert Literal("phối hợp", lang="vi") in set(g.objects(PCV["role/coordinate"], SKOS.prefLabel))
    for scheme, cls, slugs in (
        ("comparators", PC.Comparator, "at-least at-most exactly range more-than less-than approximately"),
        (
            "units",
            PC.Unit,
            "percent party-member party-organisation organisation class person course inspection time locality unit",
        ),
        ("periods", PC.Period, "annual term cumulative average"),
        ("levels", PC.Level, "central province district commune"),
    ):
        members = set(g.subjects(SKOS.inScheme, PCV[scheme]))
        base = scheme[:-1]
        assert {PCV[f"{base}/{s}"] for s in slugs.split()} <= members, scheme
        assert all((m, RDF.type, cls) in g for m in members)


# ---------------------------------------------------------------- provinces


def csv_rows() -> list[dict[str, str]]:
    with open(ROOT / "data" / "provinces-2025.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_data_copy_matches_the_shared_reference():
    rows = csv_rows()
    assert len(rows) == 63
    assert (ROOT / "data" / "README.md").is_file()
    shared = Path("/work/shared/data/provinces-2025.csv")
    if shared.is_file():
        assert shared.read_bytes() == (ROOT / "data" / "provinces-2025.csv").read_bytes()


def test_provinces_before_and_after_1_july_2025():
    g = parse("provinces.ttl")
    units = set(g.subjects(RDF.type, PC.Province))
    old = {u for u in units if "/province/pre2025/" in str(u)}
    new = units - old
    assert len(old) == 63 and len(new) == 34
    for u in units:
        assert (u, RDF.type, SKOS.Concept) in g and (u, SKOS.inScheme, PCV.provinces) in g
    for u in old:
        successors = list(g.objects(u, PC.mergedInto))
        assert len(successors) == 1 and successors[0] in new, u
        assert g.value(u, PC.validUntil) == Literal("2025-07-01", datatype=XSD.date)
    for u in new:
        assert g.value(u, PC.validFrom) == Literal("2025-07-01", datatype=XSD.date)
        assert list(g.subjects(PC.mergedInto, u)), f"{u} continues at least one old unit"


def test_provinces_match_the_csv_row_by_row():
    g = parse("provinces.ttl")
    for row in csv_rows():
        old = PCID[f"province/pre2025/{slug(row['old_name'])}"]
        new = PCID[f"province/{slug(row['new_name'])}"]
        assert Literal(row["old_name"], lang="vi") in set(g.objects(old, SKOS.prefLabel)), row
        assert str(g.value(old, PC.provinceKind)) == row["old_kind"], row
        assert g.value(old, PC.mergedInto) == new, row
        assert Literal(row["new_name"], lang="vi") in set(g.objects(new, SKOS.prefLabel)), row
        assert str(g.value(new, PC.provinceKind)) == row["new_kind"], row
    unchanged = [r for r in csv_rows() if r["change"] == "unchanged"]
    assert len(unchanged) == 11 and all(r["old_name"] == r["new_name"] for r in unchanged)


def test_known_mergers_and_spellings():
    g = parse("provinces.ttl")

    def successor(name):
        return g.value(PCID[f"province/pre2025/{slug(name)}"], PC.mergedInto)

    assert successor("Bắc Kạn") == PCID["province/thai-nguyen"]
    assert successor("Hà Giang") == PCID["province/tuyen-quang"]
    assert successor("Quảng Ninh") == PCID["province/quang-ninh"]
    bac_kan = {str(lab) for lab in g.objects(PCID["province/pre2025/bac-kan"], SKOS.altLabel)}
    assert {"Bac Kan", "Bắc Cạn"} <= bac_kan
    assert "Hoà Bình" in {str(lab) for lab in g.objects(PCID["province/pre2025/hoa-binh"], SKOS.altLabel)}
    assert "Khánh Hoà" in {str(lab) for lab in g.objects(PCID["province/khanh-hoa"], SKOS.altLabel)}
    assert "Thanh Hoá" in {str(lab) for lab in g.objects(PCID["province/thanh-hoa"], SKOS.altLabel)}
    assert "Đắc Lắc" in {str(lab) for lab in g.objects(PCID["province/dak-lak"], SKOS.altLabel)}
    assert "TP. Hồ Chí Minh" in {str(lab) for lab in g.objects(PCID["province/ho-chi-minh"], SKOS.altLabel)}
    assert "Thừa Thiên Huế" in {str(lab) for lab in g.objects(PCID["province/pre2025/hue"], SKOS.altLabel)}
    assert str(g.value(PCID["province/ho-chi-minh"], PC.provinceKind)) == "thành phố"
    assert str(g.value(PCID["province/pre2025/ba-ria-vung-tau"], PC.provinceKind)) == "tỉnh"


def test_gen_provinces_reproduces_the_committed_file(tmp_path):
    out = tmp_path / "provinces.ttl"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen-provinces"), "-o", str(out)], check=True, cwd=tmp_path, timeout=120
    )
    assert out.read_bytes() == (ROOT / "ontology" / "provinces.ttl").read_bytes()


# ---------------------------------------------------------------- indicators

INDICATORS_REQUIRED = """party-members-rated-good party-members-rated-excellent party-organisations-rated-good
party-organisations-rated-excellent party-organisations-clean-strong commune-committee-members-university
upper-committee-members-university commune-committee-members-political-theory
upper-committee-members-political-theory non-local-district-secretaries non-local-district-chairs
non-local-commune-leaders secretary-also-chair village-heads-party-members party-members-admitted
party-organisations-founded-private young-cadres-share female-cadres-share ethnic-minority-cadres-share
exemplary-cadres-share inspection-coverage party-members-political-theory party-members-university
party-members-total political-theory-classes advanced-worker-title cultural-standard-units
mass-organisations-rated-good""".split()
TOP_INDICATORS = ["party-organisation-quality", "cadre-structure", "training", "party-development", "inspection"]

# folded phrases from the seed articles -> the indicator the FIRST matching pattern must give
INDICATOR_CASES = [
    ("so dang vien hoan thanh tot nhiem vu tro len hang nam dat tu 90% tro len", "party-members-rated-good"),
    ("80% so chi, dang bo co so hoan thanh tot nhiem vu tro len", "party-organisations-rated-good"),
    ("ty le dang vien hoan thanh tot nhiem vu tro len dat tren 96%", "party-members-rated-good"),
    ("85% cap uy vien cap co so co trinh do dai hoc tro len", "commune-committee-members-university"),
    ("100% cap uy vien cap tren truc tiep co so co trinh do dai hoc tro len", "upper-committee-members-university"),
    (
        "95% cap uy vien cap co so co trinh do trung cap ly luan chinh tri tro len",
        "commune-committee-members-political-theory",
    ),
    (
        "100% cap uy vien cap tren truc tiep co so co trinh do cu nhan hoac cao cap",
        "upper-committee-members-political-theory",
    ),
    ("so tccsd hoan thanh tot nhiem vu tro len hang nam dat tu 90% tro len", "party-organisations-rated-good"),
    ("trong do 20% chi, dang bo co so hoan thanh xuat sac nhiem vu", "party-organisations-rated-excellent"),
    ("80% dang vien hoan thanh tot nhiem vu tro len", "party-members-rated-good"),
    ("15% dang vien hoan thanh xuat sac nhiem vu", "party-members-rated-excellent"),
    (
        "hang nam, dang bo co tren 50% to chuc co so dang dat danh hieu trong sach vung manh tro len",
        "party-organisations-clean-strong",
    ),
    (
        "phan dau 90-100% bi thu cap uy, tu 50% tro len chu tich ubnd cap huyen khong phai la nguoi dia phuong",
        "non-local-district-secretaries",
    ),
    ("tu 50% tro len chu tich ubnd cap huyen khong phai la nguoi dia phuong", "non-local-district-chairs"),
    ("tu 50% tro len bi thu hoac chu tich ubnd cap xa khong phai la nguoi dia phuong", "non-local-commune-leaders"),
    (
        "tu 65% tro len bi thu cap uy hoac chu tich ubnd cap xa khong phai la nguoi dia phuong",
        "non-local-commune-leaders",
    ),
    ("100% bi thu cap uy cap huyen khong la nguoi dia phuong", "non-local-district-secretaries"),
    ("75% tro len bi thu cap xa khong la nguoi dia phuong", "non-local-commune-leaders"),
    ("bi thu cap uy dong thoi la chu tich ubnd cap xa toi thieu 75% tro len", "secretary-also-chair"),
    ("100% truong thon, ban, to truong to dan pho la dang vien", "village-heads-party-members"),
    ("100% bi thu chi bo dong thoi la truong thon, ban, khu pho", "village-heads-party-members"),
    ("so dang vien ket nap hang nam tu 1.800 dang vien tro len", "party-members-admitted"),
    ("ket nap 400 dang vien moi", "party-members-admitted"),
    (
        "hang nam thanh lap tu 10 to chuc dang tro len trong cac doanh nghiep va don vi kinh te tu nhan",
        "party-organisations-founded-private",
    ),
    (
        "ty le can bo tre (duoi 40 tuoi) giu cac chuc danh thuoc dien btv tinh uy quan ly dat tu 10% tro len",
        "young-cadres-share",
    ),
    (
        "ty le can bo nu tham gia cap uy vien cap tinh va cap uy vien cap tren truc tiep co so dat tu 20% den 25%",
        "female-cadres-share",
    ),
    (
        "ty le can bo dan toc thieu so giu cac chuc danh thuoc dien btv tinh uy quan ly dat tu 20% tro len",
        "ethnic-minority-cadres-share",
    ),
    ("so can bo, dang vien thuc hien tot trach nhiem neu guong hang nam dat tu 50% tro len", "exemplary-cadres-share"),
    ("kiem tra, giam sat dinh ky doi voi 100% cac to chuc dang truc thuoc dang bo tinh", "inspection-coverage"),
    (
        "cap uy, uy ban kiem tra dang uy tien hanh kiem tra, giam sat it nhat 20% to chuc co so dang",
        "inspection-coverage",
    ),
    (
        "2.344 dang vien (dat 46,7%) co trinh do ly luan chinh tri tu trung cap tro len",
        "party-members-political-theory",
    ),
    ("dang vien co trinh do chuyen mon, nghiep vu tu dai hoc tro len", "party-members-university"),
    ("tong so 5.022 dang vien", "party-members-total"),
    (
        "mo 02 lop boi duong ly luan chinh tri cho doi tuong ket nap dang, 02 lop boi duong ly luan chinh tri "
        "cho dang vien moi",
        "political-theory-classes",
    ),
    ("95% tro len can bo, cong chuc, vien chuc dat danh hieu “lao dong tien tien”", "advanced-worker-title"),
    ("82% tro len co quan, don vi, doanh nghiep dat chuan van hoa", "cultural-standard-units"),
    (
        "it nhat 90% to chuc cong doan, doan thanh nien cong san ho chi minh, hoi cuu chien binh hoan thanh tot "
        "nhiem vu",
        "mass-organisations-rated-good",
    ),
]

# phrases that must match no indicator (or not the tempting one)
INDICATOR_NEGATIVE = [
    ("ty le truong thon chua la dang vien chiem 68,2%", None),
    ("dang vien la nguoi dan toc thieu so chiem 44,56%", None),
    ("ty le tin nhiem deu dat tren 95%", None),
    ("xac dinh muc tieu cu the den nam 2025 gom 26 chi tieu", None),
    (
        "100% dang bo truc thuoc dang bo tinh (cap tren truc tiep co so) hoan thanh chi tieu ket nap dang vien "
        "hang nam",
        None,
    ),
    ("hon 5.000 dang vien no luc phan dau hoan thanh tot nhiem vu duoc giao", None),
    ("tham gia cap uy vien cap tinh va cap tren truc tiep co so dat tu 25% tro len", None),
    (
        "100% cap uy, to chuc dang, co quan, don vi trong he thong chinh tri thuc hien hoan thanh nhiem vu chinh tri "
        "de ra hang nam",
        None,
    ),
    ("dang vien", None),
]


def first_match(text: str) -> str | None:
    for slug_, pattern in indicator_patterns():
        if pattern.search(text):
            return slug_
    return None


@pytest.mark.parametrize("text,expected", INDICATOR_CASES + INDICATOR_NEGATIVE)
def test_first_matching_indicator_pattern(text, expected):
    assert first_match(text) == expected


def test_party_organisations_rated_good_is_not_party_members_rated_good():
    for phrase in (
        "so to chuc co so dang hoan thanh tot nhiem vu tro len",
        "90% tccsd hoan thanh tot nhiem vu",
        "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
    ):
        assert match_indicator(phrase) == "party-organisations-rated-good"
        assert not any(s == "party-members-rated-good" and p.search(fold(phrase)) for s, p in indicator_patterns())


def test_match_indicator_folds_diacritics_and_spaces():
    assert match_indicator("Số đảng viên  hoàn thành tốt nhiệm vụ\ntrở lên") == "party-members-rated-good"
    assert (
        match_indicator("85% cấp ủy viên cấp cơ sở có trình độ đại học trở lên")
        == "commune-committee-members-university"
    )
    assert match_indicator("") is None


def test_indicator_scheme():
    g = parse("vocab-indicators.ttl")
    concepts = set(g.subjects(SKOS.inScheme, PCV.indicators))
    slugs = {str(c).rsplit("/", 1)[1] for c in concepts}
    assert set(INDICATORS_REQUIRED) | set(TOP_INDICATORS) <= slugs
    for c in concepts:
        assert (c, RDF.type, PC.Indicator) in g and (c, RDF.type, SKOS.Concept) in g
        assert g.value(c, SKOS.definition) is not None
        top = str(c).rsplit("/", 1)[1] in TOP_INDICATORS
        if top:
            assert (c, SKOS.topConceptOf, PCV.indicators) in g
        else:
            assert g.value(c, SKOS.broader) in {PCV[f"indicator/{t}"] for t in TOP_INDICATORS}, c
            assert list(g.objects(c, PC.matchPattern)), c
            assert isinstance(g.value(c, PC.matchPriority).toPython(), int), c
    pats = indicator_patterns()
    assert pats == indicator_patterns()  # deterministic
    assert len({s for s, _ in pats}) == len(slugs) - len(TOP_INDICATORS)


def test_indicator_examples_match_their_own_concept():
    g = parse("vocab-indicators.ttl")
    examples = list(g.subject_objects(SKOS.example))
    assert len(examples) >= 40
    for concept, example in examples:
        assert match_indicator(str(example)) == str(concept).rsplit("/", 1)[1], str(example)


# ---------------------------------------------------------------- SHACL and check queries


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


SOURCE_TEXT = (
    "Ban Tổ chức Tỉnh ủy chủ trì, theo dõi, tổng hợp báo cáo theo định kỳ hằng năm về tình hình, "
    "kết quả thực hiện Đề án với Ban Thường vụ Tỉnh ủy. "
    "80% đảng viên hoàn thành tốt nhiệm vụ trở lên. Đảng bộ tỉnh có 56.760 đảng viên."
)
TASK_TEXT = "tổng hợp báo cáo theo định kỳ hằng năm về tình hình, kết quả thực hiện Đề án"
TARGET_TEXT = "80% đảng viên hoàn thành tốt nhiệm vụ trở lên"
STAT_TEXT = "56.760 đảng viên"
REL_TEXT = "báo cáo theo định kỳ hằng năm về tình hình, kết quả thực hiện Đề án với Ban Thường vụ Tỉnh ủy"
SID = "001_71a5b6d91341e01c"


def valid_trig() -> str:
    t0, t1 = span(SOURCE_TEXT, TASK_TEXT)
    x0, x1 = span(SOURCE_TEXT, TARGET_TEXT)
    s0, s1 = span(SOURCE_TEXT, STAT_TEXT)
    r0, r1 = span(SOURCE_TEXT, REL_TEXT)
    b0, b1 = span(SOURCE_TEXT, "Ban Tổ chức Tỉnh ủy")
    return f'''
@prefix pc: <https://w3id.org/phancong/ontology#> .
@prefix pcid: <https://w3id.org/phancong/id/> .
@prefix pcv: <https://w3id.org/phancong/vocab/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/phancong/id/source/{SID}> {{
  <https://w3id.org/phancong/id/source/{SID}> a pc:Source ;
      dcterms:identifier "{SID}" ; dcterms:title "Nội dung cơ bản của Đề án 03-ĐA/TU" ;
      pc:province <https://w3id.org/phancong/id/province/pre2025/tuyen-quang> ;
      pc:text """{SOURCE_TEXT}""" .
  <https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021> a pc:Scheme ;
      pc:documentType <https://w3id.org/phancong/vocab/document-type/scheme> ;
      pc:documentNumber "03-ĐA/TU" ; dcterms:issued "2021-06-12"^^xsd:date ;
      pc:issuer <https://w3id.org/phancong/id/body/tuyen-quang/tinh-uy> ;
      pc:province <https://w3id.org/phancong/id/province/pre2025/tuyen-quang> .
  <https://w3id.org/phancong/id/body/tuyen-quang/tinh-uy> a pc:Body ;
      skos:prefLabel "Tỉnh ủy"@vi ;
      pc:bodyType <https://w3id.org/phancong/vocab/body-type/provincial-party-committee> ;
      pc:level <https://w3id.org/phancong/vocab/level/province> .
  <https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy> a pc:Body ;
      skos:prefLabel "Ban Tổ chức Tỉnh ủy"@vi ; rdfs:label "Ban Tổ chức Tỉnh ủy"@vi ;
      pc:bodyType <https://w3id.org/phancong/vocab/body-type/organisation-commission> ;
      pc:province <https://w3id.org/phancong/id/province/pre2025/tuyen-quang> ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{b0}-{b1}> .
  <https://w3id.org/phancong/id/body/tuyen-quang/ban-thuong-vu-tinh-uy> a pc:Body ;
      skos:prefLabel "Ban Thường vụ Tỉnh ủy"@vi ;
      pc:bodyType <https://w3id.org/phancong/vocab/body-type/standing-committee> .
  <https://w3id.org/phancong/id/task/{SID}/1> a pc:Task ;
      rdfs:label "{TASK_TEXT}" ; pc:ordinal 1 ;
      pc:document <https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021> ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{t0}-{t1}> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  <https://w3id.org/phancong/id/assignment/{SID}/1> a pc:Assignment ;
      pc:body <https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy> ;
      pc:task <https://w3id.org/phancong/id/task/{SID}/1> ;
      pc:role <https://w3id.org/phancong/vocab/role/lead> ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{t0}-{t1}> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  <https://w3id.org/phancong/id/relation/{SID}/1> a pc:BodyRelation ;
      pc:fromBody <https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy> ;
      pc:toBody <https://w3id.org/phancong/id/body/tuyen-quang/ban-thuong-vu-tinh-uy> ;
      pc:relationKind "reportsTo" ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{r0}-{r1}> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  <https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy>
      pc:reportsTo <https://w3id.org/phancong/id/body/tuyen-quang/ban-thuong-vu-tinh-uy> .
  <https://w3id.org/phancong/id/target/{SID}/1> a pc:Target ;
      rdfs:label "{TARGET_TEXT}" ;
      pc:document <https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021> ;
      pc:indicator <https://w3id.org/phancong/vocab/indicator/party-members-rated-good> ;
      pc:value "80.0"^^xsd:decimal ;
      pc:comparator <https://w3id.org/phancong/vocab/comparator/exactly> ;
      pc:unit <https://w3id.org/phancong/vocab/unit/percent> ;
      pc:period <https://w3id.org/phancong/vocab/period/annual> ;
      pc:deadlineYear "2025"^^xsd:gYear ;
      pc:population "đảng viên hoàn thành tốt nhiệm vụ trở lên" ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{x0}-{x1}> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  <https://w3id.org/phancong/id/statistic/{SID}/1> a pc:Statistic ;
      pc:value "56760"^^xsd:decimal ;
      pc:comparator <https://w3id.org/phancong/vocab/comparator/exactly> ;
      pc:unit <https://w3id.org/phancong/vocab/unit/party-member> ;
      pc:indicator <https://w3id.org/phancong/vocab/indicator/party-members-total> ;
      pc:asOf "2020-12-31"^^xsd:date ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/{s0}-{s1}> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  {evidence(b0, b1)}
  {evidence(t0, t1)}
  {evidence(r0, r1)}
  {evidence(x0, x1)}
  {evidence(s0, s1)}
}}
'''


def evidence(start: int, end: int, exact: str | None = None) -> str:
    exact = SOURCE_TEXT[start:end] if exact is None else exact
    return (
        f"<https://w3id.org/phancong/id/evidence/{SID}/{start}-{end}> a pc:Evidence ; "
        f"pc:source <https://w3id.org/phancong/id/source/{SID}> ; "
        f'oa:start {start} ; oa:end {end} ; oa:exact """{exact}""" .'
    )


BROKEN_EXTRA = f"""
@prefix pc: <https://w3id.org/phancong/ontology#> .
@prefix pcid: <https://w3id.org/phancong/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix src: <https://w3id.org/phancong/id/source/> .

<https://w3id.org/phancong/id/source/{SID}> {{
  # a target without a value, unit or comparator
  <https://w3id.org/phancong/id/target/{SID}/2> a pc:Target ;
      pc:document <https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  # an assignment without a body, and one without a task and with an unknown role
  <https://w3id.org/phancong/id/assignment/{SID}/2> a pc:Assignment ;
      pc:task <https://w3id.org/phancong/id/task/{SID}/1> ;
      pc:role <https://w3id.org/phancong/vocab/role/lead> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  <https://w3id.org/phancong/id/assignment/{SID}/3> a pc:Assignment ;
      pc:body <https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy> ;
      pc:role <https://w3id.org/phancong/vocab/role/chair> ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  # a task without a label (and without a document: a warning only), and without provenance
  <https://w3id.org/phancong/id/task/{SID}/2> a pc:Task ;
      pc:evidence <https://w3id.org/phancong/id/evidence/{SID}/30-10> .
  # evidence whose end is before its start, and evidence whose text differs from the source
  <https://w3id.org/phancong/id/evidence/{SID}/30-10> a pc:Evidence ;
      pc:source <https://w3id.org/phancong/id/source/{SID}> ; oa:start 30 ; oa:end 10 ; oa:exact "x" .
  <https://w3id.org/phancong/id/evidence/{SID}/0-3> a pc:Evidence ;
      pc:source <https://w3id.org/phancong/id/source/{SID}> ; oa:start 0 ; oa:end 3 ; oa:exact "Sở" .
  # a body without a type
  <https://w3id.org/phancong/id/body/tuyen-quang/so-noi-vu> a pc:Body ; skos:prefLabel "Sở Nội vụ"@vi .
  # a document without a type
  <https://w3id.org/phancong/id/doc/tuyen-quang/02-da-tu/2021> a pc:Scheme ; pc:documentNumber "02-ĐA/TU" .
  # a document reference without its target document and of an unknown kind
  <https://w3id.org/phancong/id/reference/{SID}/1> a pc:DocumentReference ;
      pc:fromDocument <https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021> ;
      pc:relationKind "mentions" ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  # a qualitative target that has a value
  <https://w3id.org/phancong/id/target/{SID}/3> a pc:QualitativeTarget ;
      pc:value "100.0"^^xsd:decimal ;
      prov:wasDerivedFrom <https://w3id.org/phancong/id/source/{SID}> .
  # a figure typed both as a target and as a statistic
  <https://w3id.org/phancong/id/statistic/{SID}/1> a pc:Target ;
      pc:unit <https://w3id.org/phancong/vocab/unit/party-member> .
}}
"""

EXPECTED_MESSAGES = [
    "target without a value",
    "target without a unit",
    "target without a comparator",
    "assignment without a body",
    "assignment without a task",
    "assignment role is not lead, coordinate, implement or monitor",
    "task without a document",
    "extracted resource without prov:wasDerivedFrom",
    "evidence start is not before its end",
    "body without a body type",
    "document without a document type",
    "resource typed both pc:Target and pc:Statistic",
    "document reference without exactly one pc:toDocument",
    "document reference kind is not implements, basedOn, inheritsFrom or cites",
    "qualitative target with a value (should be a pc:Target)",
]


def dataset(*trig: str) -> Dataset:
    ds = Dataset(default_union=True)
    for t in trig:
        ds.parse(data=t, format="trig")
    return ds


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def shacl(data: Graph):
    import pyshacl

    return pyshacl.validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none", advanced=True)


def test_valid_data_conforms_to_the_shapes():
    data = union_graph(dataset(valid_trig()))
    conforms, _, text = shacl(data)
    assert conforms, text


def test_broken_data_does_not_conform_and_names_each_problem():
    data = union_graph(dataset(valid_trig(), BROKEN_EXTRA))
    conforms, results, text = shacl(data)
    assert not conforms
    for message in EXPECTED_MESSAGES:
        assert message in text, message


def test_shapes_have_names_and_messages():
    shapes = load_shapes()
    SH = Namespace(NAMESPACES["sh"])
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 9
    for shape in node_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.message) is not None, shapes.value(prop, SH.path)
            assert shapes.value(prop, SH.name) is not None


REQUIRED_CHECKS = {
    "target-without-value",
    "assignment-without-body",
    "assignment-without-task",
    "evidence-out-of-range",
    "body-without-type",
    "task-without-label-or-evidence",
    "statistic-as-target",
}


def test_check_queries_exist_with_grlc_headers():
    names = {p.name[: -len("-violation.rq")] for p in CHECKS}
    assert REQUIRED_CHECKS <= names
    from rdflib.plugins.sparql import prepareQuery

    for path in CHECKS:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[0].startswith("#+ summary: ") and " / " in lines[0], path.name
        header = [ln for ln in lines if ln.startswith("#+ ")]
        assert any(ln.startswith("#+ description: ") for ln in header), path.name
        for ln in header:  # YAML-safe plain scalars
            key, _, value = ln[3:].partition(":")
            assert ": " not in value.strip() and " #" not in value, (path.name, ln)
        body = "\n".join(ln for ln in lines if not ln.lstrip().startswith("#"))
        assert not re.search(r"\bGRAPH\b", body, re.IGNORECASE), f"{path.name}: plain triple patterns only"
        q = prepareQuery(text)
        assert [str(v) for v in q.algebra["PV"]] == ["resource", "problem"], path.name


def oxigraph_rows(query: str, *trig: str) -> set[tuple[str, str]]:
    """The same query on Oxigraph (the store phancong ships), default graph = union of named graphs:
    it evaluates strictly bottom-up, where rdflib is lenient."""
    import pyoxigraph

    store = pyoxigraph.Store()
    for t in trig:
        store.load(t.encode("utf-8"), format=pyoxigraph.RdfFormat.TRIG)
    return {
        (row["resource"].value, row["problem"].value) for row in store.query(query, use_default_graph_as_union=True)
    }


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_check_query_finds_nothing_in_valid_data_and_something_in_broken_data(path):
    query = path.read_text(encoding="utf-8")
    valid = list(dataset(valid_trig()).query(query))
    assert valid == [], [tuple(map(str, r)) for r in valid]
    rows = list(dataset(valid_trig(), BROKEN_EXTRA).query(query))
    assert rows, path.name
    for row in rows:
        assert isinstance(row.resource, URIRef) and str(row.problem)
    assert oxigraph_rows(query, valid_trig()) == set()
    assert oxigraph_rows(query, valid_trig(), BROKEN_EXTRA) == {(str(r.resource), str(r.problem)) for r in rows}


def test_check_queries_name_the_broken_resources():
    ds = dataset(valid_trig(), BROKEN_EXTRA)

    def found(name: str) -> set[str]:
        text = (ROOT / "queries" / "checks" / f"{name}-violation.rq").read_text(encoding="utf-8")
        return {str(r.resource).rsplit("id/", 1)[1] for r in ds.query(text)}

    assert found("target-without-value") == {f"target/{SID}/2"}
    assert found("assignment-without-body") == {f"assignment/{SID}/2"}
    assert found("assignment-without-task") == {f"assignment/{SID}/3"}
    assert found("evidence-out-of-range") == {f"evidence/{SID}/30-10"}
    assert found("evidence-text-mismatch") == {f"evidence/{SID}/0-3"}
    assert found("body-without-type") == {"body/tuyen-quang/so-noi-vu"}
    assert found("task-without-label-or-evidence") == {f"task/{SID}/2"}
    assert found("statistic-as-target") == {f"statistic/{SID}/1"}
    assert found("document-without-type") == {"doc/tuyen-quang/02-da-tu/2021"}
    assert found("missing-provenance") == {f"task/{SID}/2"}
