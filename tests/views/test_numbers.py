"""How a figure's value reads on a page: the one formatter the views share (views/numbers.py)."""

from __future__ import annotations

from phancong.views.numbers import value_text

UNIT = "https://w3id.org/phancong/vocab/unit/"


def test_an_index_value_reads_without_a_unit():
    assert value_text("at-least", 0.78, unit=UNIT + "index") == "≥ 0,78"


def test_a_percentage_reads_with_its_sign_and_a_count_with_its_noun():
    assert value_text("at-least", 90, unit=UNIT + "percent") == "≥ 90%"
    assert value_text("at-least", 1800, unit=UNIT + "party-member").startswith("≥ 1.800 ")
