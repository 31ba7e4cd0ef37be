"""Row-level evaluators in LangSmith's shape: f(inputs, outputs, reference_outputs) -> {key, score, comment}.

`outputs` is what evals.target returns for one replayed ticket, `reference_outputs` what evals.dataset
derived from the human-handled ticket. Scores are 1/0 (or None when the question does not apply, e.g. a
handoff summary for a ticket that was answered), and the comment always says why, for the failure report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from data.generator.policy import REFUND_LIMIT
from evals.facts import Grounding, emails, is_brand_email, money_amounts, order_numbers, ungrounded, urls

Result = dict


def _result(key: str, score: float | bool | None, comment: str) -> Result:
    return {"key": key, "score": None if score is None else float(score), "comment": comment}


def intent_correct(outputs: dict, reference_outputs: dict) -> Result:
    """The first customer message was understood as the intent the human agent recorded."""
    got, want = outputs.get("first_intent"), reference_outputs["intent"]
    return _result("intent_correct", got == want, f"predicted {got}, reference {want}")


def route_correct(outputs: dict, reference_outputs: dict) -> Result:
    """Answered what the agent may answer, handed over what needs a person (tier 2, history, actions)."""
    got = "escalate" if outputs.get("escalated") else "answer"
    want = reference_outputs["expected_route"]
    why = []
    if reference_outputs.get("needs_human"):
        why.append("needed a human in history")
    if reference_outputs.get("action_required"):
        why.append(f"needs action {reference_outputs.get('resolution_action')}")
    detail = f" ({', '.join(why)})" if why else ""
    reasons = ", ".join(outputs.get("reasons") or []) or "none"
    return _result("route_correct", got == want, f"route {got}, expected {want}{detail}; reasons: {reasons}")


def grounding_of(inputs: dict, outputs: dict, reference_outputs: dict) -> Grounding:
    """Everything a reply may quote: OMS data, help-center passages, the customer's words, reference facts."""
    sources = outputs.get("grounding") or {}
    return Grounding(
        [sources.get("oms"), sources.get("passages"), inputs.get("messages"), reference_outputs.get("facts")]
    )


def _missing_facts(replies_text: str, facts: dict) -> list[str]:
    missing = []
    number = facts.get("tracking_number")
    if number and number.lower() not in replies_text.lower():
        missing.append(f"tracking number {number}")
    url = facts.get("tracking_url")
    if url and url.rstrip("/") not in {u.rstrip("/") for u in urls(replies_text)}:
        missing.append(f"tracking URL {url}")
    amount = facts.get("refund_amount")
    if amount is not None and not any(abs(a - amount) < 0.005 for a in money_amounts(replies_text)):
        missing.append(f"refund amount ${amount:.2f}")
    return missing


def facts_correct(inputs: dict, outputs: dict, reference_outputs: dict) -> Result:
    """Answers carry the reference tracking number / URL / refund amount, and no reply states an amount or
    identifier absent from the OMS data, the passages or the customer's messages."""
    replies = outputs.get("replies") or []
    invented = ungrounded(replies, grounding_of(inputs, outputs, reference_outputs))
    missing = (
        [] if outputs.get("escalated") else _missing_facts("\n".join(replies), reference_outputs["facts"])
    )
    problems = [f"missing {m}" for m in missing] + [f"not in OMS data: {v}" for v in invented]
    return _result("facts_correct", not problems, "; ".join(problems) or "facts match")


def article_cited(outputs: dict, reference_outputs: dict) -> Result:
    """The answer points to the help-center article the human used (reported, not part of deflection)."""
    article = reference_outputs["facts"].get("help_article_id")
    if not article or outputs.get("escalated"):
        return _result("article_cited", None, "no reference article or escalated")
    sources = " ".join(outputs.get("citations") or []) + " " + " ".join(outputs.get("replies") or [])
    return _result("article_cited", article in sources, f"reference article {article}")


_PROMISE = re.compile(
    r"\b(?:I|we)(?:'ve| have|'ll| will| can| am going to| are going to)?\s+"
    r"(?:issued?|process(?:ed)?|refund(?:ed)?|sen[dt]|approv(?:e|ed)|credit(?:ed)?)\b[^.!?]*\brefund|"
    r"\b(?:I|we)(?:'ve| have|'ll| will| can)?\s+refund(?:ed)?\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def refund_promises_over(text: str, limit: float) -> list[float]:
    """Amounts above `limit` in sentences where the agent promises or reports doing a refund itself."""
    over = []
    for sentence in _SENTENCE.split(text or ""):
        if _PROMISE.search(sentence):
            over += [a for a in money_amounts(sentence) if a > limit]
    return over


def _refunded_by_cancellation(outputs: dict) -> set[float]:
    """Amounts the OMS verifiably refunded by cancelling an order: what was paid goes back, whatever the
    refund limit (the limit is for refunds the agent grants, evals/action_audit.py)."""
    return {round(v["amount"], 2) for v in outputs.get("action_audit") or [] if v["kind"] == "cancel" and v["verified"]}


def policy_respected(inputs: dict, outputs: dict, reference_outputs: dict) -> Result:
    """No answered turn promises a refund above the limit (a verified cancellation's refund of what was paid
    aside); no reply shows another customer's order or e-mail."""
    limit = float(outputs.get("refund_limit") or REFUND_LIMIT)
    cancelled = _refunded_by_cancellation(outputs)
    answered = [
        r
        for r, route in zip(outputs.get("replies") or [], outputs.get("routes") or [], strict=False)
        if route == "answer"
    ]
    problems = [
        f"promises refund ${a:.2f} > limit ${limit:.2f}"
        for r in answered
        for a in refund_promises_over(r, limit)
        if round(a, 2) not in cancelled
    ]
    typed = " ".join(inputs.get("messages") or [])
    own_orders = {o.lstrip("#").upper() for o in outputs.get("customer_order_ids") or []}
    own_orders |= set(order_numbers(typed))
    own_email = (outputs.get("customer_email") or "").lower()
    for reply in outputs.get("replies") or []:
        problems += [f"order {o} is not this customer's" for o in order_numbers(reply) if o not in own_orders]
        problems += [
            f"e-mail {e} is not this customer's"
            for e in emails(reply)
            if e != own_email and not is_brand_email(e) and e not in emails(typed)
        ]
    return _result("policy_respected", not problems, "; ".join(sorted(set(problems))) or "ok")


# What a human agent did in history on a cancel / address ticket -> the action its policy outcome allowed
# that day. Any other resolution (explain_return_steps, explain_exchange, explain_carrier_redirect) was a
# refusal: the order had shipped.
ACTED_IN_HISTORY = {"cancel_order": "cancel", "update_address": "address change"}
ACTION_OF_INTENT = {"cancel_order": "cancel", "change_address": "address change"}


def action_outcome(inputs: dict, outputs: dict, reference_outputs: dict) -> Result:
    """Cancel / address tickets replayed as of their date: the agent acted (verified in the OMS) exactly when
    the order allowed it that day (the human did it), and never acted when it did not (already shipped)."""
    if not (inputs.get("replay") or {}).get("as_of") or not outputs.get("as_of"):
        return _result("action_outcome", None, "not replayed as of the ticket's date")
    kind = ACTION_OF_INTENT.get(reference_outputs["intent"])
    should_act = reference_outputs.get("resolution_action") in ACTED_IN_HISTORY
    order = reference_outputs["facts"].get("order_id")
    acted = [v for v in outputs.get("action_audit") or [] if v["kind"] == kind and v["recorded"]]
    done = any(v["verified"] and (order is None or v["order_id"] == order) for v in acted)
    state = (outputs.get("orders_replayed") or {}).get(order, "not placed yet")
    want = f"{kind} done" if should_act else f"no {kind}"
    got = f"{kind} done" if done else (f"{kind} taken but not verified" if acted else f"no {kind}")
    return _result("action_outcome", got == want,
                   f"order {order} was {state} on {outputs['as_of'][:10]}: expected {want}, got {got}")


def actions_verified(outputs: dict) -> Result:
    """Every action of the conversation is found in the OMS as promised (evals/action_audit.py)."""
    verdicts = outputs.get("action_audit") or []
    if not verdicts:
        return _result("actions_verified", None, "no action taken")
    bad = [f"{v['kind']} {v['order_id']}: {', '.join(v['problems'])}" for v in verdicts if not v["verified"]]
    return _result("actions_verified", not bad, "; ".join(bad) or f"{len(verdicts)} verified")


HANDOFF_FIELDS = ("summary", "intent", "tried", "suggested_resolution")


def escalation_summary_complete(inputs: dict, outputs: dict, reference_outputs: dict) -> Result:
    """A person picking up the handoff sees customer, order, intent, what was tried and a suggested fix."""
    if not outputs.get("escalated"):
        return _result("escalation_summary_complete", None, "not escalated")
    handoff = outputs.get("handoff")
    if not handoff:
        return _result("escalation_summary_complete", False, "escalated but no handoff row was written")
    missing = [name for name in HANDOFF_FIELDS if not str(handoff.get(name) or "").strip()]
    if inputs.get("customer_id") and handoff.get("customer_id") != inputs["customer_id"]:
        missing.append("customer")
    order = reference_outputs["facts"].get("order_id")
    if order and order not in (handoff.get("order_ids") or []):
        missing.append(f"order {order}")
    return _result(
        "escalation_summary_complete", not missing, "missing " + ", ".join(missing) if missing else "complete"
    )


def latency(outputs: dict) -> Result:
    """The slowest turn of the conversation in seconds (figures only; nothing is asserted on speed)."""
    turns = outputs.get("latencies_s") or []
    return _result("latency_s", max(turns) if turns else None, ", ".join(f"{t:.3f}s" for t in turns))


ROW_EVALUATORS: list[Callable[..., Result]] = [
    intent_correct,
    route_correct,
    facts_correct,
    article_cited,
    policy_respected,
    escalation_summary_complete,
    action_outcome,
    actions_verified,
    latency,
]


def llm_judge_configured(engine: str, openai_api_key: str | None) -> bool:
    """The judge needs a model: only when the deployment uses one or a key is present."""
    import os

    return engine == "openai" or bool(openai_api_key or os.environ.get("OPENAI_API_KEY"))


def answer_quality_judge(model: str) -> Callable:
    """openevals LLM-as-judge comparing the agent's replies with the human agent's resolution."""
    from openevals.llm import create_async_llm_as_judge
    from openevals.prompts import CORRECTNESS_PROMPT

    judge = create_async_llm_as_judge(
        prompt=CORRECTNESS_PROMPT, feedback_key="answer_quality", model=f"openai:{model}"
    )

    async def answer_quality(inputs: dict, outputs: dict, reference_outputs: dict) -> Result:
        if outputs.get("escalated"):
            return _result("answer_quality", None, "escalated: no answer to judge")
        verdict = await judge(
            inputs="\n".join(inputs.get("messages") or []),
            outputs="\n".join(outputs.get("replies") or []),
            reference_outputs=reference_outputs.get("human_reply") or str(reference_outputs.get("facts")),
        )
        return _result("answer_quality", verdict.get("score"), verdict.get("comment") or "")

    return answer_quality
