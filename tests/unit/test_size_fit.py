"""The size a body measurement falls in, read off a size chart (tools/oms/size_fit)."""

from __future__ import annotations

import pytest

from tools.oms.size_fit import Measurement, fit_in, measurement_in

JEANS = {"unit": "in", "columns": ["waist", "hip", "inseam"],
         "rows": {size: {"waist": int(size), "hip": int(size) + 9, "inseam": 32} for size in ("26", "28", "30", "32", "34")}}
LEGGINGS = {"unit": "in", "columns": ["chest", "waist", "hip"],
            "rows": {"S": {"waist": "26-28"}, "M": {"waist": "29-31"}, "L": {"waist": "32-34"}}}
SHOES = {"unit": "in", "columns": ["foot_length", "eu", "uk"],
         "rows": {"9": {"foot_length": 10.25, "eu": 42}, "10": {"foot_length": 10.5, "eu": 43},
                  "11": {"foot_length": 10.875, "eu": 44}}}


@pytest.mark.parametrize(("text", "expected"), [
    ("what size shorts for 32 waist", Measurement("waist", 32, None)),
    ("I have a 34-inch waist", Measurement("waist", 34, "in")),
    ("my feet are 27cm, which shoe size is that", Measurement("foot", 27, "cm")),
    ('which jacket for a 44" chest?', Measurement("chest", 44, "in")),
    ("inseam of 30 inches", Measurement("inseam", 30, "in")),
    ("hips around 41", Measurement("hip", 41, None)),
    ("i have 100 cm of chest", Measurement("chest", 100, "cm")),  # the gloss of "tengo 100 cm de pecho"
])
def test_a_measurement_is_read_with_its_part_and_unit(text, expected) -> None:
    assert measurement_in(text) == expected


@pytest.mark.parametrize("text", ["I ordered 2 waist bags", "what size should I get?", "size 32 please"])
def test_no_measurement_is_read_where_none_is_given(text) -> None:
    assert measurement_in(text) is None


def test_a_measurement_on_a_row_fits_that_size_and_between_rows_names_both() -> None:
    assert fit_in(JEANS, Measurement("waist", 32, None)).sizes == ("32",)
    assert fit_in(JEANS, Measurement("waist", 31, "in")).sizes == ("30", "32")
    assert fit_in(LEGGINGS, Measurement("waist", 30, None)).sizes == ("M",)


def test_centimetres_are_converted_and_a_bare_number_is_read_in_the_unit_it_fits() -> None:
    # 27 cm is 10.63 in: longer than size 10's foot, so size 11 is the other choice
    assert fit_in(SHOES, Measurement("foot", 27, "cm")).sizes == ("10", "11")
    assert fit_in(LEGGINGS, Measurement("waist", 80, None)).sizes == ("M", "L")  # an 80 waist is centimetres


def test_a_measurement_beyond_the_chart_or_of_a_part_it_does_not_measure() -> None:
    off = fit_in(JEANS, Measurement("waist", 44, "in"))
    assert off.sizes == () and (off.low, off.high) == (26, 34)
    assert fit_in(SHOES, Measurement("waist", 32, None)) is None
