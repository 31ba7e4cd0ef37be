"""Sentences about an order are built from OMS fields only, and read naturally."""

from __future__ import annotations

from graph.reasoning.offline import order_facts

IN_TRANSIT = {
    "carrier": "UPS", "status": "in_transit", "tracking_number": "1Z999", "tracking_url": "https://ups.example/1Z999",
    "promised_date": "2026-12-01", "delivered_at": None,
    "events": [{"at": "2026-11-25T10:00:00+00:00", "status": "in_transit", "location": "Louisville, KY",
                "description": "Departed facility"}],
}


def test_in_transit_parcel_gives_scan_promise_and_link():
    text = order_facts.shipment_sentence(IN_TRANSIT)
    assert "Departed facility, Louisville, KY" in text
    assert "promised delivery date is December 1, 2026" in text
    assert text.endswith("https://ups.example/1Z999")


def test_delivered_parcel_says_when():
    delivered = {**IN_TRANSIT, "status": "delivered", "delivered_at": "2026-11-27T15:00:00+00:00"}
    text = order_facts.shipment_sentence(delivered)
    assert text.startswith("UPS delivered it on November 27, 2026.")
    assert "promised" not in text and "1Z999" in text


def test_refundable_amount_prefers_the_oms_figure():
    assert order_facts.refundable_amount({"total": "100.00", "refundable_amount": "60.00"}) == 60.0
    assert order_facts.refundable_amount({"total": "100.00", "payments": [{"kind": "refund", "amount": "30.00"}]}) == 70.0
