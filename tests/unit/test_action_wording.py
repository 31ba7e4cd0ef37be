"""Order actions said in the customer's language: every proposal a tool makes and every result the order system
returns, in each of the brand's other languages, with the same figures as the tool's English."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from graph.reasoning.action_wording import LANGUAGES, method_words, proposal_text, result_text
from graph.reasoning.language import detect_language
from tests.unit.test_action_policies import ADDRESS, POLICY, TEE, order
from tools.oms.actions import Proposal, cancel_order, change_address, exchange_item, refund, start_return
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
        "change_address": change_address.check(order("pending"), {"address": NEW_ADDRESS}, POLICY),
        "exchange": exchange_item.check(delivered, {}, POLICY, {"TEE": TEE}, "can I swap my tee for a size L?"),
        "refund": refund.check(order("delivered", total="49.99", delivered="2025-09-20"), {"amount": "49.99"}, POLICY),
        "return": start_return.check(order("delivered", total="60.00", delivered="2025-09-20", lines=TWO_TEES),
                                     {"line_nos": [1]}, POLICY, None, "UK"),
    }
    assert all(isinstance(p, Proposal) and p.wording.get("key") == key for key, p in found.items())
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", ["cancel", "change_address", "exchange", "refund", "return"])
def test_each_proposal_is_said_in_the_language_with_the_tools_figures(key, language):
    proposal = _proposals()[key]
    text = proposal_text(proposal.wording, language)
    assert text and detect_language(text) == language, text
    assert "NB100001" in text and not any(phrase in text for phrase in ENGLISH), text
    expected = {
        "cancel": ["Trail Tee", "$49.99", "4242"],
        "change_address": ["1 Main St, Boston, MA 02110, US", "9 Elm St, Denver, CO 80202, US"],
        "exchange": ["1 × Trail Tee", " L, navy"],
        "refund": ["$49.99", "4242"],
        "return": ["2 × Trail Tee", "$30.00", "4242"],
    }[key]
    assert all(piece in text for piece in expected), text
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
