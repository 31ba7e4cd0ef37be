"""The intent taxonomy shared by the ticket generator, the engines, the policy and the evals.

Tier 1 is what the agent may resolve on its own with live data and the help center; tier 2 always
goes to a person. `resolving_action` is what a human agent did to close such a ticket; the learned
playbook (from ticket history) may refine it, this is only the vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    tier: int
    description: str
    resolving_action: str
    needs_order: bool = False


OUT_OF_SCOPE = "out_of_scope"  # not a support request for this store (answered, never escalated)

INTENTS: dict[str, Intent] = {
    i.name: i
    for i in [
        # --- tier 1: answerable with live order data and the help center -----------------------
        Intent("order_status", 1, "Where is my order / tracking", "share_tracking", needs_order=True),
        Intent("shipping_delay", 1, "Order is late or stuck in transit", "share_tracking_and_delay_info", needs_order=True),
        Intent("shipping_info", 1, "Shipping costs, times, regions, international", "answer_from_help_center"),
        Intent("return_policy", 1, "Return window and conditions", "answer_from_help_center"),
        Intent("return_request", 1, "How to return an item of my order", "explain_return_steps", needs_order=True),
        Intent("refund_status", 1, "Where is my refund", "check_refund_status", needs_order=True),
        Intent("exchange", 1, "Exchange for another size or colour", "explain_exchange"),
        Intent("sizing", 1, "Size and fit advice, size charts", "share_size_chart"),
        Intent("product_info", 1, "Materials, care, stock, product details", "answer_from_help_center"),
        Intent("promo_code", 1, "Discount codes that do not work, promotions", "answer_from_help_center"),
        Intent("payment_methods", 1, "Accepted payment methods, gift cards, instalments", "answer_from_help_center"),
        Intent("account_help", 1, "Login, password, account details, newsletter", "answer_from_help_center"),
        Intent("cancel_order", 1, "Cancel an order", "cancel_order", needs_order=True),
        Intent("change_address", 1, "Change the shipping address of an order", "update_address", needs_order=True),
        # Refunds: small ones are tier 1 in history; over the refund limit the ticket is tier 2
        # (see graph/policy.py). The ticket's own `tier` column records which one it was.
        Intent("refund_request", 1, "Asks for money back", "issue_refund", needs_order=True),
        # Not a support request for this store: another company's service, chit-chat, praise, gibberish.
        # Answered (politely, saying what the agent can help with and offering a person), never escalated.
        Intent("out_of_scope", 1, "Not about this store's orders, products or policies", "explain_scope"),
        # --- tier 2: a person decides ------------------------------------------------------------
        Intent("damaged_item", 2, "Item arrived damaged or defective", "replace_or_refund", needs_order=True),
        Intent("wrong_item", 2, "Received the wrong item or missing item", "reship_correct_item", needs_order=True),
        Intent("lost_package", 2, "Marked delivered but not received, or lost", "reship_or_refund", needs_order=True),
        Intent("payment_dispute", 2, "Double charge, chargeback, unauthorised payment", "billing_review"),
        Intent("complaint", 2, "General complaint, legal threat, anything else for a person", "human_review"),
    ]
}

TIER1 = frozenset(name for name, intent in INTENTS.items() if intent.tier == 1)
TIER2 = frozenset(name for name, intent in INTENTS.items() if intent.tier == 2)

# Resolutions the agent never carries out itself: a ticket whose answer needs one is handed to a person
# with the reason `action_required`. Cancelling, changing an address, returns, exchanges and refunds up to
# the refund limit are tools the agent runs itself after the customer's yes (tools/oms/actions/); a refund
# over the limit is escalated by its own rule (refund_over_limit).
ACTIONS_REQUIRING_HUMAN = frozenset({"replace_or_refund", "reship_correct_item", "reship_or_refund", "billing_review"})


# Intents whose questions the same reply answers: a reply with the parcel's status and tracking answers
# "where is it?" and "it's late" alike, so hesitating between two members is not doubt about the reply.
ANSWER_FAMILIES = (
    frozenset({"order_status", "shipping_delay"}),
    frozenset({"return_policy", "return_request", "exchange"}),
    frozenset({"promo_code", "payment_methods"}),
)


def family_of(intent: str) -> frozenset[str]:
    """The intents one reply answers together with `intent` (itself alone when it has no family)."""
    return next((f for f in ANSWER_FAMILIES if intent in f), frozenset({intent}))


def tier_of(intent: str) -> int:
    """Unknown intents are treated as tier 2: when in doubt, a person looks."""
    found = INTENTS.get(intent)
    return found.tier if found else 2
