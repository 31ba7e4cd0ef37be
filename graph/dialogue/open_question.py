"""What the agent's reply left open for the customer to answer: an order number, an address, a choice of
size or colour, a yes, their identity. Kept in state (`Dialogue.awaiting`) so the next message is read as
the answer it probably is ("it's 4021733", "the blue one", "yes") instead of as a new request.

Read from what the turn did (the action tool's refusal code, the OMS facts, the actions offered), and for
a reply from any engine, from a question the reply itself asks; never from the customer's text.
"""

from __future__ import annotations

from graph.consent import awaits_yes
from graph.reasoning import phrases

# What an action tool's refusal asks the customer for (tools/oms/actions/*: Refusal.code).
_REFUSAL_ASKS = {"address_needed": "address", "variant_needed": "choice", "item_needed": "choice",
                 "item_not_in_order": "order_number", "nothing_left": "order_number", "items_needed": "choice"}
_CLOSINGS = {text for text in phrases.PHRASES["anything_else"].values()}


def asks_which_order(reply: str) -> bool:
    """The reply asks the customer which order they mean (any language the phrases have)."""
    for key in ("ask_which_order", "which_order", "ask_order_or_person", "pick_an_order", "pick_the_only_order",
                "still_need_order"):
        for template in phrases.PHRASES[key].values():
            if template.split("{", 1)[0][:40] in reply:
                return True
    return False


def _asks_something(reply: str) -> bool:
    """A question left in the reply once the closing "anything else?" is set aside."""
    body = reply
    for closing in _CLOSINGS:
        body = body.replace(closing, "")
    return "?" in body or "¿" in body


def open_question(turn: dict) -> list[str]:
    """What the customer is now expected to supply, most specific first; empty when nothing was asked."""
    reply = turn.get("draft") or ""
    oms = turn.get("oms") or {}
    proposal = turn.get("proposal") or {}
    asks: list[str] = []
    if proposal.get("kind") == "refusal" and proposal.get("code") in _REFUSAL_ASKS:
        asks.append(_REFUSAL_ASKS[proposal["code"]])
    if awaits_yes(proposal):
        asks.append("confirmation")
    if oms.get("order_not_found") or asks_which_order(reply):
        asks.append("order_number")
    if oms.get("error") == "identity_required":
        asks.append("identity")
    if "offer_person" in (turn.get("actions_needed") or []):
        asks.append("confirmation")
    if not asks and _asks_something(reply):
        asks.append("answer")
    return list(dict.fromkeys(asks))
