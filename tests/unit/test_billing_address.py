"""A billing address is the card's and the account's, not where a parcel goes (graph/reasoning/billing_address.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.billing_address import names_billing_address, read_billing_address


@pytest.mark.parametrize(("text", "billing"), [
    ("i need to update my billing address", True), ("how do I change the address on my card?", True),
    ("can I change the address for my card?", True), ("what's your address?", False),
    ("my billing address is different from my shipping address", False),  # the delivery named too
    ("please change my delivery address", False),
])
def test_a_billing_address_and_no_delivery_address(text, billing):
    assert names_billing_address(text) is billing


def test_the_address_change_reading_moves_to_the_account():
    probs = {"change_address": 0.85, "account_help": 0.15}
    assert read_billing_address(probs, "i need to update my billing address") == pytest.approx({"change_address": 0.0,
                                                                                                  "account_help": 1.0})
    assert read_billing_address(probs, "change my shipping address") is probs
