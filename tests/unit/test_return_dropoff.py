"""Where the customer drops a return off is the return policy's question (graph/reasoning/return_dropoff.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.return_dropoff import asks_where_to_drop_off, read_return_dropoff


@pytest.mark.parametrize("text", [
    "Can I drop it off at a UPS store?", "where do I drop off my return?", "can I take the parcel to the post office?",
    "can I drop my return at any UPS?", "where can I drop it off",
    "can I just drop it off",  # no place said (it read 0.92 as a cancellation)
])
def test_the_customer_taking_a_parcel_to_a_carrier_asks_how_returns_go(text):
    """"Can I drop it off at a UPS store?" during a return was read as shipping information and got the delivery
    instructions ("tell the driver where to leave your parcel")."""
    assert asks_where_to_drop_off(text)
    read = read_return_dropoff({"shipping_info": 0.9, "return_request": 0.1}, text)
    assert read["return_policy"] == pytest.approx(0.9) and read["return_request"] == pytest.approx(0.1)


@pytest.mark.parametrize("text", [
    "can the driver drop it off at my neighbour's?", "can you drop it at my work?",  # a delivery
    "I dropped it off at the post office yesterday",  # told, not asked
    "can i pick it up at a ups store",  # collecting a parcel, not handing one in
])
def test_a_delivery_or_a_parcel_collected_is_not(text):
    assert not asks_where_to_drop_off(text)


def test_a_carriers_store_is_no_store_of_the_brands():
    from graph.reasoning.offline.coverage import names_a_place_to_go

    assert not names_a_place_to_go("Can I drop it off at a UPS store?")
    assert names_a_place_to_go("can I return it to a store?")
