"""Playbook mining on hand-made learning tickets, against answers computed by hand."""

from __future__ import annotations

from graph.reasoning.offline.playbook import mask_reply, mine_playbook, rerank_articles, typical_reply
from graph.reasoning.offline.training_data import LearningTicket


def ticket(
    id: str,
    intent: str,
    action: str,
    *,
    first: bool = True,
    escalated: bool = False,
    refund: float | None = None,
    reply: str | None = "Hi Ann,\n\nDone.\n\nBest,\nTom",
    facts: dict | None = None,
) -> LearningTicket:
    return LearningTicket(
        id=id,
        first_message="msg",
        customer_messages=["msg"],
        agent_reply=reply,
        intent=intent,
        secondary_intents=[],
        tier=1,
        resolution_action=action,
        resolved_first_reply=first,
        escalated=escalated,
        refund_amount=refund,
        facts=facts or {},
        language="en",
    )


TICKETS = [
    ticket("T1", "order_status", "share_tracking", facts={"help_article_id": "track-your-order"}),
    ticket(
        "T2", "order_status", "share_tracking", first=False, facts={"help_article_id": "track-your-order"}
    ),
    ticket("T3", "order_status", "answer_from_help_center", facts={"help_article_id": "shipping-us"}),
    ticket("T4", "order_status", "share_tracking"),
    ticket("T5", "damaged_item", "replace_or_refund", first=False, escalated=True, refund=40.0),
    ticket("T6", "damaged_item", "replace_or_refund", first=False, escalated=True, refund=10.0),
    ticket("T7", "damaged_item", "replace_or_refund", first=False, escalated=False, refund=100.0),
    ticket("T8", "damaged_item", "reship_or_refund", first=True, escalated=True, refund=None),
]


def test_shares_actions_and_rates_are_counted_per_intent():
    book = mine_playbook(TICKETS)
    assert set(book) == {"order_status", "damaged_item"}
    status, damaged = book["order_status"], book["damaged_item"]
    assert status["tickets"] == 4 and status["share"] == 0.5
    assert status["resolution_action"] == "share_tracking" and status["resolution_action_share"] == 0.75
    assert status["first_reply_resolution_rate"] == 0.75
    assert status["escalation_rate"] == 0.0
    assert status["median_refund"] is None
    assert damaged["resolution_action"] == "replace_or_refund" and damaged["resolution_action_share"] == 0.75
    assert damaged["first_reply_resolution_rate"] == 0.25
    assert damaged["escalation_rate"] == 0.75
    assert damaged["median_refund"] == 40.0  # median of 10, 40, 100; the ticket without refund is ignored
    assert damaged["refunds"] == 3
    assert damaged["tier"] == 2


def test_article_prior_is_the_share_among_tickets_citing_one():
    assert mine_playbook(TICKETS)["order_status"]["articles"] == {
        "track-your-order": 0.6667,
        "shipping-us": 0.3333,
    }


def test_ties_in_action_are_broken_alphabetically_not_by_row_order():
    rows = [ticket("A", "exchange", "explain_exchange"), ticket("B", "exchange", "answer_from_help_center")]
    assert mine_playbook(rows)["exchange"]["resolution_action"] == "answer_from_help_center"
    assert mine_playbook(rows[::-1])["exchange"]["resolution_action"] == "answer_from_help_center"


def test_csat_is_averaged_when_tickets_carry_it():
    from dataclasses import replace

    base = ticket("X", "sizing", "share_size_chart")
    rows = [replace(base, id=f"S{i}", csat=c) for i, c in enumerate([5, 4, None, 3])]
    entry = mine_playbook(rows)["sizing"]
    assert entry["csat"] == 4.0 and entry["csat_responses"] == 3
    assert mine_playbook(TICKETS)["order_status"]["csat"] is None


def test_masking_removes_order_specific_facts_and_names():
    reply = (
        "Hi Aisha,\n\nYour order #W2611340 shipped with UPS, tracking 1Z999AA10123456784, refund of $42.50 "
        "on 2024-05-01. Contact aisha@example.com. See https://help.example.com/articles/track-your-order\n\nBest,\nTomás"
    )
    masked = mask_reply(reply, {"carrier": "UPS", "help_article_id": "track-your-order"})
    assert "Aisha" not in masked and "Tomás" not in masked
    assert "W2611340" not in masked and "1Z999AA10123456784" not in masked and "42.50" not in masked
    assert "aisha@example.com" not in masked and "2024-05-01" not in masked
    assert "{carrier}" in masked and "{first_name}" in masked and "{agent_name}" in masked
    assert "track-your-order" in masked  # the help-center link is the useful part


def test_typical_reply_is_the_most_central_one():
    replies = [
        "your parcel shipped, here is the tracking link",
        "your parcel shipped, here is the tracking link and the carrier",
        "we are sorry, the item is out of stock",
    ]
    assert typical_reply(replies) == replies[1]
    assert typical_reply([]) is None


def test_suggested_resolution_formats_with_only_the_handoff_slots():
    rows = [ticket("R1", "refund_request", "issue_refund", first=False, escalated=True, refund=80.0)]
    suggestion = mine_playbook(rows)["refund_request"]["suggested_resolution"]
    text = suggestion.format(order="NB100001", refundable="$80.00")  # what handoff.brief does
    assert "NB100001" in text and "$80.00" in text and "median refund $80.00" in text
    odd = [ticket("Q1", "complaint", "weird_{action}")]
    assert "weird" in mine_playbook(odd)["complaint"]["suggested_resolution"].format(
        order="o", refundable="r"
    )


def test_rerank_brings_the_articles_the_intent_usually_needs():
    book = mine_playbook(TICKETS)
    retrieved = [
        "care-denim",
        "care-tops",
        "care-denim",
        "size-guide",
        "promo",
        "returns",
        "track-your-order",
    ]
    top = rerank_articles(retrieved, book, {"order_status": 0.9, "damaged_item": 0.1}, k=4)
    # Retrieval's evidence times the smoothed prior: track-your-order 1/7 * (0.9 * 2/3 + 0.01) = 0.087;
    # shipping-us, not retrieved, 1/9 * (0.9 * 1/3 + 0.01) = 0.034; care-denim, first retrieved but never
    # cited for these intents, 1/1 * 0.01; care-tops 1/2 * 0.01.
    assert top == ["track-your-order", "shipping-us", "care-denim", "care-tops"]
    assert rerank_articles(retrieved, {}, {}, k=2) == [
        "care-denim",
        "care-tops",
    ]  # no prior: retrieval order, deduplicated


def test_the_top_retrieved_article_does_not_win_against_what_the_intent_needs():
    """'Do you deliver to Ireland?' retrieves the delivered-but-not-received article first (its words);
    a shipping question in history cites the shipping articles, so one of those comes first."""
    book = {"shipping_info": {"articles": {"shipping-eu": 0.5, "shipping-us": 0.5}}}
    retrieved = ["delivered-not-received", "order-processing-times", "shipping-uk", "shipping-eu"]
    assert rerank_articles(retrieved, book, {"shipping_info": 1.0}, k=1) == ["shipping-eu"]
    assert rerank_articles(retrieved, book, {"shipping_info": 1.0}, k=3) == ["shipping-eu", "shipping-us",
                                                                              "delivered-not-received"]
    # with an unsure intent, retrieval still decides among articles the intents never needed
    assert rerank_articles(retrieved[:2], book, {"shipping_info": 0.0}, k=1) == ["delivered-not-received"]


def test_an_article_history_never_saw_keeps_a_place_when_retrieval_finds_it_first():
    """A help article added after the tickets were written has no prior: retrieval's first choice still
    reaches the passages the reply (or the model) reads."""
    book = {"product_info": {"articles": {"care-tops": 0.6, "materials": 0.4}}}
    retrieved = ["gift-wrapping", "care-tops"]
    # by score alone: care-tops 1/2 * 0.61, materials (not retrieved) 1/4 * 0.41, gift-wrapping 1/1 * 0.01
    assert rerank_articles(retrieved, book, {"product_info": 1.0}, k=2) == ["care-tops", "gift-wrapping"]


def test_mining_is_deterministic():
    assert mine_playbook(TICKETS) == mine_playbook(list(TICKETS))
