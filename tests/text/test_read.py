"""Reading sources: encodings, HTML, site chrome, bad input (issue 3)."""

from __future__ import annotations

import pytest

from phancong.text.normalise import fold, normalise, slug, tone_marks_new_style
from phancong.text.read import InputError, read_source

TEXT = "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ triển khai Kế hoạch số 19/KH-UBND.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_plan_text_reads_the_same_in_every_unicode_encoding(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode(encoding))
    assert read_source(f).text == TEXT


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes vowels with their circumflex/breve/horn precomposed and the tone as a combining mark."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_windows_1258_text_is_decoded_and_composed(tmp_path):
    f = tmp_path / "cp1258.txt"
    data = _cp1258(TEXT)
    assert data != TEXT.encode("utf-8")
    f.write_bytes(data)
    assert read_source(f).text == TEXT


def test_old_and_new_tone_mark_styles_become_one():
    assert normalise("Tỉnh uỷ Hoà Bình, Thanh Hoá, khoẻ, Thuỵ Khuê") == "Tỉnh ủy Hòa Bình, Thanh Hóa, khỏe, Thụy Khuê\n"
    assert tone_marks_new_style("hoàn thành, quý, khuỷu, thuở") == "hoàn thành, quý, khuỷu, thuở"


def test_normalising_twice_changes_nothing():
    once = normalise("Uỷ ban\u00a0nhân dân – Tỉnh uỷ\r\nPhản hồi\nCác tin khác")
    assert normalise(once) == once


def test_search_folding_maps_d_with_stroke():
    assert fold("Đảng đoàn Hội đồng") == "dang doan hoi dong"
    assert slug("Ban Tổ chức Tỉnh ủy") == "ban-to-chuc-tinh-uy"


def test_site_chrome_and_repeated_captions_are_removed(tmp_path):
    page = (
        "Tiêu đề bài viết\n\nLãnh đạo tỉnh ký kết chương trình phối hợp\n"
        "Lãnh đạo tỉnh ký kết chương trình phối hợp năm 2019.\n\nNội dung chính của bài viết, đủ dài để đọc.\n"
        "Chia sẻ :\nSkip to content\nViews Today : 55\n.\n.\nPhản hồi\nCác tin khác\nMột tin khác\n"
    )
    f = tmp_path / "p.txt"
    f.write_text(page, encoding="utf-8")
    text = read_source(f).text
    assert "Chia sẻ" not in text and "Views Today" not in text and "Skip to content" not in text
    assert "Các tin khác" not in text and "Một tin khác" not in text
    assert text.count("ký kết chương trình phối hợp") == 1 and "năm 2019" in text


def test_a_share_bar_under_the_headline_does_not_cut_the_article(tmp_path):
    """Pages whose share bar ("Chia sẻ Facebook / Bình luận / In bài viết") sits under the headline, after many short
    header lines: "Bình luận" ends the page only where less text comes after it than before it."""
    article = "Năm 2026, UBND tỉnh đề ra 120 nhiệm vụ, nhằm đạt mức tăng trưởng trên 9%. " * 8
    page = "Thứ hai 02/03/2026\nHotline\n\nTag\n\nTiêu đề bài báo\n\nTăng\naa\nGiảm\nChia sẻ Facebook\nBình luận\n"
    page += "In bài viết\n" + article + "\n\nBình luận\nCác tin khác\nMột tin khác\n"
    f = tmp_path / "p.txt"
    f.write_text(page, encoding="utf-8")
    text = read_source(f).text
    assert text.count("nhằm đạt mức tăng trưởng trên 9%") == 8
    assert "Bình luận" not in text and "Một tin khác" not in text


def test_html_pages_give_their_visible_text(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(
        "<html><head><title>Kế hoạch</title><script>var x = 'Ban Tổ chức';</script></head><body>"
        "<nav>Trang chủ | Tin tức</nav><article><h1>Kế hoạch số 19/KH-UBND</h1><p>Giao Sở Nội vụ"
        " chủ trì.</p></article><footer>Bản quyền</footer></body></html>",
        encoding="utf-8",
    )
    src = read_source(f)
    assert "Kế hoạch số 19/KH-UBND" in src.text and "Giao Sở Nội vụ chủ trì." in src.text
    assert "var x" not in src.text and "Trang chủ" not in src.text and "Bản quyền" not in src.text
    assert src.meta["title"] == "Kế hoạch"


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"   \n\t\n", "empty file"),
        (bytes(range(256)) * 40, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + bytes(300), "binary data"),
        (b"12345 67890 ---", "no text in it"),
    ],
)
def test_bad_input_gets_a_clear_message_naming_the_file(tmp_path, content, problem):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_source(f)
    assert str(err.value).startswith(str(f)) and problem in str(err.value)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "big.txt"
    with open(f, "wb") as out:
        out.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse: costs no disk)
    with pytest.raises(InputError, match="file too large"):
        read_source(f)


def test_a_broken_metadata_sidecar_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.meta\.json: metadata sidecar is not valid JSON"):
        read_source(tmp_path / "a.txt")


def test_text_without_plan_content_is_reported_not_failed(tmp_path):
    from phancong.extract import extract

    f = tmp_path / "weather.txt"
    f.write_text("Thời tiết hôm nay nắng đẹp, trời trong xanh và có gió nhẹ ở vùng ven biển.\n", encoding="utf-8")
    ex = extract(read_source(f))
    assert [p.kind for p in ex.problems] == ["no-plan-content"]


def test_a_sentence_ends_before_a_capital_with_a_tone_mark():
    from phancong.text.segment import sentences

    text = "Hội đồng nhân dân tỉnh ban hành nghị quyết. Ủy ban nhân dân tỉnh ban hành kế hoạch. Ở cơ sở, xã triển khai."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Hội đồng nhân dân tỉnh ban hành nghị quyết.",
        "Ủy ban nhân dân tỉnh ban hành kế hoạch.",
        "Ở cơ sở, xã triển khai.",
    ]


def test_folding_a_vietnamese_sentence_by_the_table_gives_what_folding_by_decomposition_gives():
    """fold reads text made of ASCII and Latin letters through a table of each letter's fold (issue 16: faster);
    any other text, and the two kinds mixed, by decomposition. Both ways must fold alike."""
    import random

    from phancong.text.normalise import _BY_TABLE, _fold

    sentence = "Ủy ban nhân dân tỉnh Đắk Lắk phấn đấu đạt 95% KẾT NẠP ĐẢNG VIÊN, Ðà Nẵng (ð)"
    assert _BY_TABLE.fullmatch(sentence)  # the table's way is the one taken here
    assert (
        fold(sentence)
        == _fold(sentence)
        == "uy ban nhan dan tinh dak lak phan dau dat 95% ket nap dang vien, da nang (d)"
    )
    pieces = [
        "Ủy",
        "ban",
        "ĐẢNG",
        "ð",
        "Ð",
        "ẞ",
        "İ",
        "Σ",
        "ſ",
        "ǅ",
        "e\u0301",
        "\u0323",
        "Ω",
        "ﬁ",
        "中",
        " ",
        "\n",
        "-",
        "9",
    ]
    random.seed(16)
    for _ in range(3000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        assert fold(text) == _fold(text), repr(text)


def test_words_a_pdf_copy_glued_together_are_parted_where_a_capital_with_a_mark_begins_one():
    assert normalise("Điều3. Chánh Văn phòng UBND tỉnh; Chủ tịchỦy ban nhân dân các huyện") == (
        "Điều 3. Chánh Văn phòng UBND tỉnh; Chủ tịch Ủy ban nhân dân các huyện\n"
    )
    assert normalise("tiết kiệm 5 triệu kWh, iPhone") == "tiết kiệm 5 triệu kWh, iPhone\n"
