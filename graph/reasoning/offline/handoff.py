"""What a human needs when the offline engine hands a conversation over: a summary, what was tried,
and a suggested resolution built from the intent's usual resolution and the live order data."""

from __future__ import annotations

from graph.intents import INTENTS
from graph.policy import SAFETY, URGENT
from graph.reasoning import problem_reports
from graph.reasoning.base import DraftRequest, HandoffBrief
from graph.reasoning.named_order import named_by_customer
from graph.reasoning.offline import order_facts as facts

_SUGGESTIONS = {
    "share_tracking": "Share the tracking link and latest carrier scan for {order}.",
    "share_tracking_and_delay_info": "Check the carrier scan for {order}; if it is past the promised date, apologise and offer the delay policy (reship or refund if lost).",
    "explain_return_steps": "Send the return instructions and a prepaid label for {order}, if it is inside the return window.",
    "check_refund_status": "Confirm the refund status on {order} and the bank processing time.",
    "cancel_order": "Cancel {order} if it has not been fulfilled yet and confirm the refund of {refundable}.",
    "update_address": "Update the shipping address of {order} before it is fulfilled, after confirming the new address with the customer.",
    "issue_refund": "Review the refund request on {order}: refundable amount {refundable}; approve per the refund policy (above the agent's limit, needs a person).",
    "replace_or_refund": "Ask for a photo of the damage on {order}, then send a replacement or refund the item.",
    "reship_correct_item": "Check the packing record for {order}, send the correct/missing item with a return label for the wrong one.",
    "reship_or_refund": "Open a carrier claim for {order}; reship or refund ({refundable}) per the lost-parcel policy.",
    "billing_review": "Review the payments on {order} for duplicate or unauthorised charges and reverse any error.",
    "human_review": "Read the conversation and reply personally; no standard resolution applies.",
    "read_what_they_sent": "Open the DM, photo or attachment the customer points to (the agent cannot read it), then reply.",
    "review_what_was_said": "Check what the customer was told or promised before (earlier tickets, the product page) "
                            "and decide whether to honour it.",
    "answer_from_help_center": "Answer from the help center; the agent could not do so with enough confidence.",
    "explain_exchange": "Explain the exchange process and check stock of the requested size/colour.",
    "share_size_chart": "Share the size chart of the product line and a fit recommendation.",
}


# What a person does about a problem the message reports in so many words, whichever intent the model read.
_REPORTED_ACTIONS = {
    problem_reports.DELIVERED_NOT_RECEIVED: "reship_or_refund",
    problem_reports.ARRIVED_DAMAGED: "replace_or_refund",
    problem_reports.CHARGE_DISPUTED: "billing_review",
    problem_reports.WRONG_ITEM_RECEIVED: "reship_correct_item",
    problem_reports.GOODS_FAULTY: "replace_or_refund",
    problem_reports.GOODS_MISSING: "reship_correct_item",
    problem_reports.CONTENT_ELSEWHERE: "read_what_they_sent",
    problem_reports.CONTESTED: "review_what_was_said",
}


def brief(request: DraftRequest, reasons: list[str], draft_text: str = "", suggestion: str | None = None) -> HandoffBrief:
    c = request.classification
    customer = request.customer or {}
    orders = (request.oms or {}).get("orders") or []
    order = orders[0] if orders else None
    intent = INTENTS.get(c.intent)
    if customer.get("email"):
        who = f"{customer.get('first_name', '')} {customer.get('last_name', '')}".strip() + f" <{customer['email']}>"
    elif customer.get("id"):
        who = f"Signed-in customer {customer['id']}"  # verified, but the OMS could not be read for the profile
    else:
        who = "An unverified customer"
    about = intent.description.lower() if intent else c.intent
    recent = (request.oms or {}).get("recent_orders") or []
    order_text = ""
    if order:
        said = f"{order.get('status')}, total {facts.money(order.get('total', 0))}"
        if recent and not named_by_customer(request, order):
            # the agent's pick, not the customer's word: a person sees the other latest orders too
            others = [f"{o['id']} {o.get('status', '')}" for o in recent[:3] if o["id"] != order["id"]]
            said += "; our best guess, no order named" + ("; latest orders: " + ", ".join(others) if others else "")
        order_text = f" about order {order['id']} ({said})"
    if not order and recent:
        order_text = " (no order named; latest orders: " + ", ".join(
            f"{o['id']} {o.get('status', '')}" for o in recent[:3]
        ) + ")"
    customer_lines = [text for role, text in request.history if role == "customer"] + [request.text]
    summary = (
        f"{who} wrote{order_text}: {about} (intent {c.intent}, confidence {c.confidence:.2f}). "
        f"{len(customer_lines)} customer message(s); {'frustrated' if c.frustrated else 'calm'}"
        f"{', asked for a person' if c.wants_human else ''}. Latest message: “{request.text[:300]}”. "
        f"Escalated because: {', '.join(reasons) or 'n/a'}."
    )
    tried = []
    if orders:
        tried.append("Looked up " + ", ".join(o["id"] for o in orders) + " in the OMS.")
    if (request.oms or {}).get("order_not_found"):
        tried.append("Order number(s) not found on this customer: " + ", ".join(request.oms["order_not_found"]) + ".")
    if (request.oms or {}).get("error"):
        tried.append(f"OMS problem: {request.oms['error']}.")
    if request.passages:
        tried.append("Searched the help center: " + "; ".join(dict.fromkeys(p.get("title", "") for p in request.passages[:3])) + ".")
    if draft_text:
        tried.append("Draft reply (not sent): " + draft_text[:400])
    reported = problem_reports.reported_problems(request.text)
    action = intent.resolving_action if intent else "human_review"
    if reported and not (intent and intent.tier == 2):
        # the model read a tier-1 intent, the message reports a tier-2 problem: suggest what that problem needs
        action, suggestion = _REPORTED_ACTIONS[reported[0]], None
        summary += f" Reported: {', '.join(r.replace('_', ' ') for r in reported)}."
    template = suggestion or _SUGGESTIONS.get(action, _SUGGESTIONS["human_review"])
    suggested = template.format(
        order=order["id"] if order else "the customer's order",
        refundable=facts.money(facts.refundable_amount(order)) if order else "the order amount",
    )
    priority = (
        URGENT if SAFETY in reasons
        else "high" if (c.frustrated or "refund_over_limit" in reasons or c.intent == "payment_dispute")
        else "normal"
    )
    return HandoffBrief(summary=summary, tried=" ".join(tried) or "Nothing yet.", suggested_resolution=suggested, priority=priority)
