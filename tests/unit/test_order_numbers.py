"""Order-number normalisation: every spelling a customer types maps to the canonical candidates."""

from __future__ import annotations

import pytest

from oms.order_numbers import MalformedOrderNumber, candidate_ids, check_order_number


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("NB104233", "NB104233"),
        ("nb104233", "NB104233"),
        ("#NB104233", "NB104233"),
        ("#nb104233", "NB104233"),
        ("104233", "NB104233"),
        ("  NB104233 ", "NB104233"),
        ("#W2611340", "#W2611340"),
        ("W2611340", "#W2611340"),
        ("w2611340", "#W2611340"),
    ],
)
def test_each_spelling_reaches_the_canonical_id(typed: str, canonical: str) -> None:
    assert canonical in candidate_ids(typed)


def test_exact_spelling_is_tried_first() -> None:
    assert candidate_ids("#W2611340")[0] == "#W2611340"
    assert candidate_ids("nb104233")[:2] == ["nb104233", "NB104233"]


def test_candidates_have_no_duplicates() -> None:
    ids = candidate_ids("NB104233")
    assert len(ids) == len(set(ids))


def test_digits_only_uses_the_store_prefix() -> None:
    assert candidate_ids("104233", prefix="ab")[-2:] == ["AB104233", "#AB104233"]
    assert "NB104233" not in candidate_ids("104233", prefix="")


def test_prefix_is_not_added_to_numbers_that_have_letters() -> None:
    assert not any(c.startswith("NB") for c in candidate_ids("W2611340"))


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "#",
        "NB",
        "12",
        "NB-104233",
        "NB 104233",
        "104233NB",
        "../etc/passwd",
        "1; DROP TABLE orders",
        "##NB104233",
        "ABCDEFG123456",
        "9" * 40,
        "NB１０４２３３",
    ],
)
def test_malformed_numbers_are_rejected_with_a_clear_message(typed: str) -> None:
    with pytest.raises(MalformedOrderNumber, match="expected an optional '#'"):
        check_order_number(typed)
