"""Compose a reply from templates per intent, filled with live OMS data and the best help-center passage.

Each question of the message gets its own section; a question the evidence cannot answer is reported
as unanswered (so the policy can hand it to a person) instead of being guessed.
"""

from __future__ import annotations

from core.settings import get_settings
from graph.intents import INTENTS, tier_of
from graph.reasoning.base import Draft, DraftRequest
from graph.reasoning.offline import order_facts as facts
from graph.reasoning.offline.passages import answer_from_passage, cite
from graph.state import PassageRef, Question
from tools.oms.actions import INTENT_ACTIONS, Proposal, Refusal, propose

CANCELLABLE = {"pending", "processing", "processed"}
SHIPPED = {"shipped", "in_transit", "delivered", "returned", "lost"}


class Section:
    def __init__(self, text: str | None, citations=(), actions=(), proposal: dict | None = None):
        self.text = text
        self.citations = list(citations)
        self.actions = list(actions)
        self.proposal = proposal


# --- order actions (branch `actions`, minimal: the lead merges this into the reworked drafting) ---------
CONFIRM_PROMPT = "Reply yes to confirm, or no to leave the order as it is."


def _action_section(
    question: Question, request: DraftRequest, order: dict, passages: list[PassageRef]
) -> Section | None:
    """An action intent on an identified order: the exact proposal to confirm, or why it can't be done.
    The help-center article on the subject is cited (a refusal also quotes it: the customer sees the rule)."""
    oms = request.oms or {}
    outcome = propose(question["intent"], order, request.text, get_settings(), products=oms.get("products"),
                      customer=request.customer)
    if outcome is None:
        return None
    policy = _policy_section(question, passages)
    if isinstance(outcome, Proposal) and not outcome.needs_person:
        source = f" {cite(passages[0])}" if passages else ""
        return Section(f"{outcome.summary}{source}\n\n{CONFIRM_PROMPT}", policy.citations, proposal=outcome.to_state())
    text = outcome.summary if isinstance(outcome, Proposal) else outcome.message
    if isinstance(outcome, Refusal) and policy.text:
        return Section(f"{text}\n\n{policy.text}", policy.citations, proposal=outcome.to_state())
    return Section(text, proposal=outcome.to_state())
# ---------------------------------------------------------------------------------------------------------


def _passages_for(request: DraftRequest, index: int) -> list[PassageRef]:
    """Passages retrieved for this question first, then those for the whole message."""
    own = [p for p in request.passages if (p.get("metadata") or {}).get("question") == index]
    rest = [p for p in request.passages if p not in own]
    return own + rest


def _policy_section(question: Question, passages: list[PassageRef], with_table: bool = False) -> Section:
    if not passages:
        return Section(None)
    best = passages[0]
    text = answer_from_passage(question["text"], best)
    if with_table:
        table = [line for line in best.get("text", "").splitlines() if line.strip().startswith("|")]
        if table:
            text = text.replace(cite(best), "").strip() + "\n\n" + "\n".join(table[:12]) + "\n\n" + cite(best)
    return Section(text, citations=[best.get("doc_id", "")])


def _order_intro(request: DraftRequest) -> tuple[Section | None, list[dict]]:
    """Identity/OMS problems and unknown order numbers, before any order-specific answer."""
    oms = request.oms or {}
    if oms.get("error") == "identity_required":
        return Section(
            "To look up an order I need to be sure it's yours: please sign in to your account and message us "
            "from there, or send me the email address you used for the order together with its order number."
        ), []
    if oms.get("error") == "oms_unavailable":
        return Section(None), []
    orders = oms.get("orders") or []
    notes = []
    for number in oms.get("order_not_found") or []:
        notes.append(f"I couldn't find an order {number} on your account.")
    if not orders:
        recent = oms.get("recent_orders") or []
        if recent:
            listed = ", ".join(f"{o['id']} ({o.get('status', '')})" for o in recent[:3])
            notes.append(f"Your most recent orders are {listed} — which one do you mean?")
        elif not notes:
            notes.append("I don't see any orders on your account yet. Could you send me the order number?")
        return Section(" ".join(notes)), []
    return (Section(" ".join(notes)) if notes else None), orders


def _tracking_text(order: dict) -> str:
    lines = [facts.order_sentence(order)]
    for shipment in order.get("shipments") or []:
        lines.append(facts.shipment_sentence(shipment))
    return " ".join(lines)


def _order_section(question: Question, request: DraftRequest, passages: list[PassageRef]) -> Section:
    intro, orders = _order_intro(request)
    if not orders:
        if intro and intro.text and (request.oms or {}).get("error") == "identity_required":
            # Not signed in: the policy still answers the general part ("how long do refunds take?").
            policy = _policy_section(question, passages)
            if policy.text:
                return Section(f"{policy.text}\n\n{intro.text}", policy.citations)
        return intro or Section(None)
    order = orders[0]
    intent = question["intent"]
    if intent in INTENT_ACTIONS:  # order actions (branch `actions`)
        action = _action_section(question, request, order, passages)
        if action is not None:
            if intro and intro.text:
                action.text = f"{intro.text} {action.text}"
            return action
    texts = [intro.text] if intro and intro.text else []
    citations: list[str] = []
    actions: list[str] = []
    policy = _policy_section(question, passages)

    if intent in {"order_status", "shipping_delay"} and len(orders) > 1:
        listed = "\n".join(f"- {_tracking_text(o)}" for o in orders)
        texts.append(f"I can see {len(orders)} recent orders on your account:\n{listed}\n")
        if intent == "shipping_delay" and policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent == "order_status":
        texts.append(_tracking_text(order))
        if not order.get("shipments") and order.get("status") in CANCELLABLE and policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent == "shipping_delay":
        texts.append(_tracking_text(order))
        late = any(facts.is_late(s) for s in order.get("shipments") or [])
        if late:
            texts.append("I'm sorry it's taking longer than promised.")
        if policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent == "refund_status":
        texts.append(facts.order_sentence(order))
        texts.append(facts.refund_sentence(order) or "I don't see a refund on this order yet.")
        if policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent == "return_request":
        texts.append(facts.order_sentence(order))
        if policy.text:
            texts.append(policy.text)
            citations += policy.citations
    elif intent in {"cancel_order", "change_address"}:
        if order.get("status") == "cancelled":
            texts.append(f"Order {order['id']} is already cancelled.")
            texts.append(facts.refund_sentence(order) or "")
        elif order.get("status") in CANCELLABLE:
            action = INTENTS[intent].resolving_action
            actions.append(action)
            verb = "cancel" if intent == "cancel_order" else "change the address of"
            texts.append(f"Order {order['id']} hasn't shipped yet, so we can still {verb} it.")
        else:
            texts.append(_tracking_text(order))
            what = "cancelled" if intent == "cancel_order" else "changed"
            texts.append(f"Because it has already left our warehouse, it can no longer be {what}.")
            if policy.text:
                texts.append(policy.text)
                citations += policy.citations
    elif intent == "refund_request":
        actions.append("issue_refund")
        texts.append(facts.order_sentence(order))
        texts.append(f"The refundable amount on this order is {facts.money(facts.refundable_amount(order))}.")
    else:  # tier-2 order problems: acknowledged here, decided by a person
        texts.append(facts.order_sentence(order))
    return Section(" ".join(t for t in texts if t), citations, actions)


def _answer(question: Question, request: DraftRequest, index: int) -> Section:
    intent = question["intent"]
    passages = [p for p in _passages_for(request, index) if p.get("source", "help_center") == "help_center"]
    if tier_of(intent) == 2 and not INTENTS.get(intent, INTENTS["complaint"]).needs_order:
        return Section(None)
    if intent in INTENTS and INTENTS[intent].needs_order:
        return _order_section(question, request, passages)
    orders = (request.oms or {}).get("orders") or []
    if intent in INTENT_ACTIONS and orders:  # an exchange on the customer's order (branch `actions`)
        action = _action_section(question, request, orders[0], passages)
        if action is not None:
            return action
    return _policy_section(question, passages, with_table=intent == "sizing")


def _unique_questions(questions: list[Question]) -> list[tuple[int, Question]]:
    seen: set[str] = set()
    unique = []
    for index, question in enumerate(questions):
        if question["intent"] in seen:
            continue
        seen.add(question["intent"])
        unique.append((index, question))
    return unique


def compose(request: DraftRequest) -> Draft:
    sections: list[str] = []
    citations: list[str] = []
    actions: list[str] = []
    unanswered: list[str] = []
    proposal: dict | None = None
    for index, question in _unique_questions(request.classification.questions):
        section = _answer(question, request, index)
        if section.text:
            if section.proposal is not None:  # order actions: one proposal per turn (branch `actions`)
                if proposal is not None:
                    what = INTENTS[question["intent"]].description.lower()
                    sections.append(f"Once that's settled, tell me and I'll help with your other request ({what}).")
                    continue
                proposal = section.proposal
            sections.append(section.text)
            citations += [c for c in section.citations if c and c not in citations]
            actions += [a for a in section.actions if a not in actions]
        else:
            unanswered.append(question["intent"])
    name = (request.customer or {}).get("first_name")
    greeting = f"Hi {name}," if name else "Hi there,"
    if not sections:
        return Draft(text="", citations=[], actions_needed=actions, unanswered=unanswered, proposal=proposal)
    body = "\n\n".join(sections)
    awaiting_yes = bool(proposal and proposal.get("kind") == "proposal" and not proposal.get("needs_person"))
    closing = "" if awaiting_yes else "\n\nIs there anything else I can help you with?"
    return Draft(
        text=f"{greeting}\n\n{body}{closing}",
        citations=citations,
        actions_needed=actions,
        unanswered=unanswered,
        proposal=proposal,
    )
