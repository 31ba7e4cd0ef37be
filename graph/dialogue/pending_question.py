"""A question about the order action put to the customer leaves it waiting for their yes.

"I can start a return for order NB109186 ... Reply yes to confirm" followed by "can the refund go to my original
payment method?" was answered, and the return dropped: the "yes" that came next had nothing to take, and the
customer had to ask for the return again. A question asks for no change (only a plain yes acts, graph/consent.py),
so when a message asks something about the action's own subject (its policy, its refund, its sizes) the action
stays pending: the question is answered as any message is, and the reply says the action still waits. A message
that asks something else, asks for a person, is angry, or is no question drops it as before.
"""

from __future__ import annotations

from graph.reasoning.chit_chat import asks_anything

# The readings of a question about each action's own subject.
_ABOUT = {
    "start_return": {"return_policy", "return_request", "refund_status", "refund_request", "exchange"},
    "exchange_item": {"return_policy", "return_request", "exchange", "sizing", "product_info"},
    "cancel_order": {"cancel_order", "refund_status", "refund_request"},
    "change_address": {"change_address", "shipping_info", "order_status", "shipping_delay"},
    "refund": {"refund_status", "refund_request", "return_policy"},
}


def asks_about_pending(turn: dict, pending: dict) -> bool:
    """The message asks a question about the pending action's subject, and nothing that needs a person."""
    if turn.get("wants_human") or turn.get("frustrated") or turn.get("safety") or turn.get("small_talk"):
        return False
    numbers = (turn.get("entities") or {}).get("order_numbers") or []
    if any(number != pending.get("order_id") for number in numbers):
        return False  # another order named: a new request
    about = _ABOUT.get(pending.get("action") or "", set())
    intents = {question.get("intent") for question in turn.get("questions") or []} | {turn.get("intent")}
    return asks_anything(turn.get("text") or "") and bool(intents - {None}) and intents - {None} <= about
