"""Whether the customer named the order a reply or a handoff is about, or the agent picked it.

An order picked by the agent (no number given, no goods or date that point at it) may not be the one meant: a status
reply then says what it sees and asks which order, and a handoff says it is a guess and lists the latest orders, so a
person does not take the agent's pick for the customer's word.
"""

from __future__ import annotations

from graph.reasoning.base import DraftRequest
from tools.oms.item_match import holds_goods_named
from tools.oms.order_choice import names_latest_order, placed_on_day_said


def named_by_customer(request: DraftRequest, order: dict) -> bool:
    """The customer named this order: by its number, as the latest, by goods it holds ("what about the one with the
    jeans?"), by the day it was placed ("the one from october 19"), or it is the one the conversation is about
    ("could you tell me the tracking number?" after its contents)."""
    return (bool((request.classification.entities or {}).get("order_numbers")) or names_latest_order(request.text)
            or holds_goods_named(order, request.text) or (request.oms or {}).get("in_focus") == order.get("id")
            or bool(placed_on_day_said([order], request.text)))
