"""Order actions said in the customer's language: every proposal a tool makes and every result the order system
returns, in each of the brand's other languages, with the same figures as the tool's English."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from data.store_policy import TAU_RETAIL
from graph.reasoning.action_wording import LANGUAGES, method_words, proposal_text, refusal_text, result_text
from graph.reasoning.language import detect_language
from tests.unit.test_action_policies import ADDRESS, POLICY, TEE, order
from tools.oms.actions import (
    Proposal,
    Refusal,
    cancel_order,
    change_address,
    exchange_item,
    item_not_in_order,
    nothing_left,
    refund,
    start_return,
)
from tools.oms.actions.base import ActionPolicy
from tools.oms.item_match import NamedItem
from tools.oms.models import ActionResult, ExchangeInfo, RefundLine, ReturnInfo

NEW_ADDRESS = {"address1": "9 Elm St", "city": "Denver", "state": "CO", "zip": "80202", "country": "US"}
TWO_TEES = [{"line_no": 1, "variant_id": "V-TEE-M-NAVY", "product_id": "TEE", "product_name": "Trail Tee",
             "options": {"size": "M", "color": "navy"}, "quantity": 2, "unit_price": "30.00", "status": "delivered"}]
# English sentences of the tools that must not survive in another language
ENGLISH = ("I can ", "You'll", "Once cancelled", "to your ", "usually shows", "Done —", "business days")


def _proposals() -> dict[str, Proposal]:
    delivered = order("delivered", total="60.00", delivered="2025-09-20")
    found = {
        "cancel": cancel_order.check(order("pending"), {"reason": "changed my mind"}, POLICY),
        "cancel_to_change": cancel_order.check(order("pending"), {"reason": "size M", "change_only": True}, POLICY),
        "change_address": change_address.check(order("pending"), {"address": NEW_ADDRESS}, POLICY),
        "exchange": exchange_item.check(delivered, {}, POLICY, {"TEE": TEE}, "can I swap my tee for a size L?"),
        "refund": refund.check(order("delivered", total="49.99", delivered="2025-09-20"), {"amount": "49.99"}, POLICY),
        "return": start_return.check(order("delivered", total="60.00", delivered="2025-09-20", lines=TWO_TEES),
                                     {"line_nos": [1]}, POLICY, None, "UK"),
    }
    assert all(isinstance(p, Proposal) and p.wording.get("key") == key.removesuffix("_to_change")
               for key, p in found.items())
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", ["cancel", "cancel_to_change", "change_address", "exchange", "refund", "return"])
def test_each_proposal_is_said_in_the_language_with_the_tools_figures(key, language):
    proposal = _proposals()[key]
    text = proposal_text(proposal.wording, language)
    assert text and detect_language(text) == language, text
    assert "NB100001" in text and not any(phrase in text for phrase in ENGLISH), text
    expected = {
        "cancel": ["Trail Tee", "$49.99", "4242"],
        "cancel_to_change": ["Trail Tee", "$49.99", "4242"],
        "change_address": ["1 Main St, Boston, MA 02110, US", "9 Elm St, Denver, CO 80202, US"],
        "exchange": ["1 × Trail Tee", " L, navy"],
        "refund": ["$49.99", "4242"],
        "return": ["2 × Trail Tee", "$30.00", "4242"],
    }[key]
    assert all(piece in text for piece in expected), text
    if key == "cancel_to_change":  # said why: the plain cancellation's words come after a sentence of their own
        plain = proposal_text(_proposals()["cancel"].wording, language)
        assert text.endswith(plain) and len(text) > len(plain) + 40, text
    # figures the English summary states are the ones said
    assert all(piece in proposal.summary for piece in expected if piece.startswith("$"))


def test_english_keeps_the_tools_own_sentences():
    for proposal in _proposals().values():
        assert proposal_text(proposal.wording, "en") is None
    assert proposal_text({}, "es") is None and proposal_text({"key": "unknown"}, "fr") is None


def test_a_return_names_the_label_fee_and_final_sale_items_only_when_there_are_some():
    fee = proposal_text(_proposals()["return"].wording, "es")
    assert "menos el coste de la etiqueta" in fee and "esos artículos" in fee  # 2 tees, UK paid returns
    free = start_return.check(order("delivered", total="60.00", delivered="2025-09-20"), {"line_nos": [1]}, POLICY)
    text = proposal_text(free.wording, "es")
    assert "etiqueta de devolución de tu región" not in text and "ese artículo" in text
    assert "20 de septiembre de 2025" in text


def _result(action: str, **extra) -> ActionResult:
    return ActionResult(action=action, order_id="NB100001", order_status="cancelled", idempotency_key="k1",
                        created_at=datetime(2025, 9, 30, tzinfo=UTC), **extra)


RESULTS = {
    "cancel": _result("cancel", refunds=[RefundLine(payment_id="P1", method="card:visa:4242", amount=Decimal("49.99"))]),
    "refund": _result("refund", refunds=[RefundLine(payment_id="P1", method="paypal", amount=Decimal("20.00"))]),
    "change_address": _result("change_address", address=ADDRESS),
    "return": _result("return", return_info=ReturnInfo(
        return_id="RT1", line_nos=[1], label_url="https://labels.example/RT1", instructions="Pack the items.",
        refund_method="card:visa:4242", refund_amount=Decimal("60.00"), return_by=date(2025, 10, 14))),
    "exchange": _result("exchange", exchange=ExchangeInfo(
        exchange_id="EX1", line_no=1, from_variant_id="V-TEE-M-NAVY", to_variant_id="V-TEE-L-NAVY",
        to_options={"size": "L", "color": "navy"}, instructions="Send the original back.")),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", sorted(RESULTS))
def test_each_result_is_said_in_the_language_with_the_order_systems_figures(action, language):
    text = result_text(RESULTS[action], language)
    assert text and not any(phrase in text for phrase in ENGLISH), text
    expected = {"cancel": ["NB100001", "$49.99", "4242"], "refund": ["$20.00", "PayPal"],
                "change_address": ["NB100001", "1 Main St, Boston"],
                "return": ["RT1", "https://labels.example/RT1", "$60.00", "Pack the items."],
                "exchange": ["EX1", " L, navy", "Send the original back."]}[action]
    assert all(piece in text for piece in expected), text
    if action != "change_address":  # an address alone carries no language
        assert detect_language(text) == language, text


def test_a_result_without_its_details_and_english_fall_back_to_the_order_systems_words():
    assert result_text(_result("return"), "de") is None and result_text(_result("exchange"), "it") is None
    assert result_text(RESULTS["cancel"], "en") is None


def test_payment_methods_are_named_in_the_language():
    assert method_words("card:visa:4242", "es") == "tarjeta Visa terminada en 4242"
    assert method_words("paypal", "fr") == "PayPal"
    assert method_words("gift_card", "de") == "Geschenkkarte oder Guthaben"
    assert method_words(None, "it") == "metodo di pagamento originale"


def _refusals() -> dict[str, Refusal]:
    delivered = dict(delivered="2025-09-20")
    shipped = order("in_transit")
    shipped["shipments"][0].update(carrier="USPS", tracking_number="9400111899223344556677",
                                   tracking_url="https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223344556677")
    two_lines = order("pending", lines=[
        {"line_no": 1, "variant_id": "V-TEE-M-NAVY", "product_id": "TEE", "product_name": "Trail Tee",
         "options": {"size": "M", "color": "navy"}, "quantity": 1, "unit_price": "20.00", "status": "ordered"},
        {"line_no": 2, "variant_id": "V-CAP", "product_id": "CAP", "product_name": "Trail Cap", "options": {},
         "quantity": 1, "unit_price": "29.99", "status": "ordered"}])
    returned = order("delivered", **delivered)
    returned["items"][0]["status"] = "return_requested"
    final = {"TEE": {**TEE, "attributes": {"final_sale": True}}}
    tau = ActionPolicy(refund_limit=Decimal("50.00"), today=POLICY.today, store=TAU_RETAIL)
    found = {
        "already_cancelled": cancel_order.check(order("cancelled"), {}, POLICY),
        "cancel_delivered": cancel_order.check(order("delivered", **delivered), {}, POLICY),
        "cancel_delivered_returned": cancel_order.check(returned, {}, POLICY),
        "cancel_shipped": cancel_order.check(shipped, {}, POLICY),
        "cancel_status": cancel_order.check(order("on_hold"), {}, POLICY),
        "change_too_late": cancel_order.check(shipped, {"change_only": True}, POLICY),
        "cancel_single_item": cancel_order.check(two_lines, {"named_line_nos": [2]}, POLICY),
        "cancel_part": cancel_order.check(two_lines, {"part_only": True}, POLICY),
        "exchange_which_item": exchange_item.check({**two_lines, "status": "delivered", "items": [
            {**line, "status": "delivered"} for line in two_lines["items"]],
            "shipments": order("delivered", **delivered)["shipments"]}, {}, POLICY, {"TEE": TEE}, "exchange please"),
        "address_too_late": change_address.check(shipped, {"address": NEW_ADDRESS}, POLICY),
        "address_needed": change_address.check(order("pending"), {}, POLICY),
        "exchange_not_delivered": exchange_item.check(shipped, {}, POLICY, {"TEE": TEE}, "size L"),
        "exchange_outside": exchange_item.check(order("delivered", delivered="2025-07-01"), {}, POLICY, {"TEE": TEE}, "L"),
        "already_returned": start_return.check(returned, {}, POLICY),
        "exchange_final_sale": exchange_item.check(order("delivered", **delivered), {}, POLICY, final, "size L"),
        "product_unavailable": exchange_item.check(order("delivered", **delivered), {}, POLICY, {}, "size L"),
        "variant_needed": exchange_item.check(order("delivered", **delivered), {}, POLICY, {"TEE": TEE}, "exchange it"),
        "out_of_stock": exchange_item.check(order("delivered", **delivered), {}, POLICY, {"TEE": TEE}, "XL please"),
        "refund_cancel_instead": refund.check(order("pending"), {}, POLICY),
        "refund_not_offered": refund.check(order("delivered", **delivered), {}, tau),
        "nothing_refundable": refund.check(order("delivered", refunds=("49.99",), **delivered), {}, POLICY),
        "refund_at_most": refund.check(order("delivered", **delivered), {"amount": "80.00"}, POLICY),
        "return_not_delivered": start_return.check(shipped, {}, POLICY),
        "return_outside": start_return.check(order("delivered", delivered="2025-08-01"), {}, POLICY),
        "return_final_sale": start_return.check(order("delivered", **delivered), {}, POLICY, final),
        "item_not_in_order": item_not_in_order("cancel_order", order("pending"),
                                               [NamedItem("desk lamp", frozenset({"desk", "lamp"}))]),
        "nothing_left": nothing_left("start_return", order("delivered", **delivered),
                                     [NamedItem("tee", frozenset({"tee"}))]),
    }
    for key, refusal in found.items():
        assert isinstance(refusal, Refusal) and refusal.wording.get("key") == key, (key, refusal)
    return found


REFUSAL_PIECES = {
    "cancel_shipped": ["USPS", "9400111899223344556677", "https://tools.usps.com/go/", " 30 "],
    "cancel_delivered": [" 30 "],
    "cancel_status": ["on_hold"],
    "cancel_single_item": ["1 × Trail Cap", "$29.99", "1 × Trail Tee"],
    "cancel_part": ["1 × Trail Cap", "1 × Trail Tee", " 30 "],
    "exchange_which_item": ["1 × Trail Cap", "1 × Trail Tee"],
    "address_too_late": ["USPS", "9400111899223344556677"],
    "change_too_late": ["USPS", "9400111899223344556677", " 30 "],
    "address_needed": ["742 Evergreen Terrace"],
    "exchange_outside": ["91", " 30 "],
    "return_outside": ["60", " 30 "],
    "exchange_final_sale": ["Trail Tee"],
    "return_final_sale": ["Trail Tee"],
    "product_unavailable": ["Trail Tee"],
    "variant_needed": ["Trail Tee", " L, navy", " M, black"],
    "out_of_stock": ["Trail Tee", " XL, navy", " L, navy"],
    "refund_at_most": ["$49.99"],
    "item_not_in_order": ["“desk lamp”", "1 × Trail Tee"],
    "nothing_left": ["1 × Trail Tee"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_refusal_is_said_in_the_language_with_the_tools_facts(language):
    for key, refusal in _refusals().items():
        text = refusal_text(refusal.wording, language)
        assert text and not any(phrase in text for phrase in ENGLISH + ("Order ", "can't", "already")), (key, text)
        assert all(piece in text for piece in REFUSAL_PIECES.get(key, [])), (key, text)
        if "order" in refusal.wording:
            assert "NB100001" in text, (key, text)
        if key not in ("exchange_final_sale", "product_unavailable", "return_final_sale"):  # a name and few words
            assert detect_language(text) == language, (key, text)
    assert refusal_text(_refusals()["cancel_delivered"].wording, "en") is None


def test_a_delivered_orders_address_is_too_late_without_advice_to_redirect_it():
    refusal = change_address.check(order("delivered", delivered="2025-09-03"), {"address": NEW_ADDRESS}, POLICY)
    assert "has already been delivered, so its shipping address can no longer be changed" in refusal.message
    assert "redirect" not in refusal.message
    spanish = refusal_text(refusal.wording, "es")
    assert "ya se entregó" in spanish and "redirigir" not in spanish


def test_a_delivered_order_whose_items_are_back_is_offered_no_return_instead_of_its_cancellation():
    """"Can I cancel my order?" of a delivered order with a return in progress was told "Just tell me you'd like to
    return it and I'll set that up", and the "yes please" that followed was refused: the items had a return already."""
    returned = order("delivered", delivered="2025-09-20")
    returned["items"][0]["status"] = "return_requested"
    refusal = cancel_order.check(returned, {}, POLICY)
    assert refusal.offer is None and "already have a return, exchange or refund in progress" in refusal.message
    refunded = order("delivered", refunds=("49.99",), delivered="2025-09-20")  # all it cost refunded
    assert cancel_order.check(refunded, {}, POLICY).offer is None
    open_order = cancel_order.check(order("delivered", delivered="2025-09-20"), {}, POLICY)
    assert open_order.offer == "return_request"
