"""A slip in the address the customer typed is a change of address (graph/reasoning/address_slip.py). Every message
here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.address_slip import read_address_slip, tells_of_an_address_slip

READ_AS_STATUS = {"order_status": 0.5, "change_address": 0.2, "wrong_item": 0.13, "cancel_order": 0.07,
                  "return_policy": 0.1}
SLIPS = ("I typed the wrong zip code, order hasn't shipped yet", "I put in the wrong house number on my order",
         "forgot to add my apartment number!!", "the postcode I gave is wrong",
         "there's a typo in my address, can you fix it before it ships",
         # the wrong part said where it is: on the label, in the order
         "wrong flat number on the shipping label, will it still get to me?",
         "I think there's an incorrect zip code in my order")
NOT_SLIPS = ("you sent it to the wrong address",  # the store's slip: no part the customer typed
             "the fleece quarter-zip is missing from my order",  # goods, not an address
             "my zip code is 90210, where is my order?", "wrong item sent")


@pytest.mark.parametrize(("text", "slip"), [(text, True) for text in SLIPS] + [(text, False) for text in NOT_SLIPS])
def test_only_a_part_of_the_address_typed_wrong_or_left_out_moves_the_order_readings_to_a_change_of_address(text, slip):
    read = read_address_slip(READ_AS_STATUS, text)
    assert tells_of_an_address_slip(text) is slip
    if not slip:
        assert read is READ_AS_STATUS
        return
    assert read["change_address"] == pytest.approx(0.9) and read["return_policy"] == pytest.approx(0.1)
    assert not read["order_status"] and not read["wrong_item"]
