"""The figures of a real-messages run, computed from its row records (rows.jsonl), pure and testable.

Two views of each row. `conversation`: every turn was sent and the row escalated if any turn did (what
the customer finally got). `first_message`: only the first turn's route (what a single-message channel
gets). Intent, frustration and language are read on the first turn in both views, since the labels
describe the row's `text`, i.e. its first message.

Label intents map onto the project's intents as the dataset README says (LABEL_INTENTS); human_request
and not_support have no intent of their own and are judged by what the agent did.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from evals.model_use import summary as model_use_summary
from evals.uncertainty import intervals

VIEWS = ("conversation", "first_message")

LABEL_INTENTS: dict[str, frozenset[str]] = {
    "order_status": frozenset({"order_status"}),  # + lost_package for lost / not-received parcels (tier 2)
    "shipping_delay": frozenset({"shipping_delay", "lost_package"}),
    "shipping_info": frozenset({"shipping_info"}),
    "return_policy": frozenset({"return_policy"}),
    "return_request": frozenset({"return_request", "exchange"}),
    "refund_status": frozenset({"refund_status"}),
    "refund_request": frozenset({"refund_request"}),
    "cancel_order": frozenset({"cancel_order"}),
    "change_address": frozenset({"change_address"}),
    "product_sizing": frozenset({"sizing"}),
    "product_info": frozenset({"product_info"}),
    "discount_or_payment_method": frozenset({"promo_code", "payment_methods"}),
    "account": frozenset({"account_help"}),
    "damaged_or_wrong_item": frozenset({"damaged_item", "wrong_item"}),
    "payment_dispute": frozenset({"payment_dispute"}),
    "complaint_other": frozenset({"complaint"}),
}
HUMAN_REQUEST = "human_request"
NOT_SUPPORT = "not_support"
OUT_OF_SCOPE = "out_of_scope"  # graph/intents.py: the project's intent for not_support
HUMAN_SIGNAL_REASON = "human_requested"  # graph/policy.py
SAFETY_REASON = "safety"

# Each project intent's label, for the confusion matrix (lost_package reads as a delay unless the row's
# own label accepts it).
PROJECT_TO_LABEL: dict[str, str] = {
    **{intent: label for label, intents in LABEL_INTENTS.items() for intent in sorted(intents)},
    OUT_OF_SCOPE: NOT_SUPPORT,
}


def accepted_intents(label: str, tier: int) -> frozenset[str]:
    """The project intents that count as correct for a label. The README accepts lost_package for
    order_status 'when the parcel is lost or delivered-but-not-received': those rows are tier 2."""
    accepted = LABEL_INTENTS.get(label, frozenset())
    return accepted | {"lost_package"} if label == "order_status" and tier == 2 else accepted


# --- what happened in a row ------------------------------------------------------------------------


def turns_in(record: dict, view: str) -> list[dict]:
    turns = record.get("turns") or []
    return turns[:1] if view == "first_message" else turns


def route(record: dict, view: str) -> str | None:
    """'escalate' if any turn in the view escalated, else 'answer'; None for a row that errored."""
    turns = turns_in(record, view)
    if record.get("error") or not turns:
        return None
    return "escalate" if any(t["route"] == "escalate" for t in turns) else "answer"


def reasons(record: dict, view: str) -> list[str]:
    seen: list[str] = []
    for turn in turns_in(record, view):
        seen += [r for r in turn.get("reasons") or [] if r not in seen]
    return seen


def human_signal(record: dict, view: str) -> bool:
    return any(
        t.get("wants_human") or HUMAN_SIGNAL_REASON in (t.get("reasons") or [])
        for t in turns_in(record, view)
    )


def first_turn(record: dict) -> dict:
    turns = record.get("turns") or []
    return turns[0] if turns else {}


def predicted_intent(record: dict) -> str | None:
    return first_turn(record).get("intent")


def intent_correct(record: dict, view: str) -> bool:
    label = record["label"]
    if record.get("error") or not record.get("turns"):
        return False
    if label["intent"] == HUMAN_REQUEST:
        return human_signal(record, view) and route(record, view) == "escalate"
    if label["intent"] == NOT_SUPPORT:
        return predicted_intent(record) == OUT_OF_SCOPE or route(record, view) == "answer"
    return predicted_intent(record) in accepted_intents(label["intent"], label["tier"])


def predicted_label(record: dict, view: str) -> str:
    """The prediction in the labels' vocabulary, for the confusion matrix."""
    if record.get("error") or not record.get("turns"):
        return "(error)"
    if intent_correct(record, view):
        return record["label"]["intent"]
    if human_signal(record, view) and route(record, view) == "escalate":
        return HUMAN_REQUEST
    intent = predicted_intent(record)
    if intent is None:
        return "(none)"
    return PROJECT_TO_LABEL.get(intent, f"({intent})")


def is_frustrated_first_only(record: dict) -> bool:
    """Escalate-labelled only because the first message is frustrated (the README's 21 rows)."""
    label = record["label"]
    return label["expected_route"] == "escalate" and label.get("escalate_reason") == "frustration"


def wants_human_label(record: dict) -> bool:
    label = record["label"]
    return label.get("escalate_reason") == HUMAN_REQUEST or label["intent"] == HUMAN_REQUEST


# --- figures ---------------------------------------------------------------------------------------


def share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def routing_right(record: dict, view: str) -> bool:
    return route(record, view) == record["label"]["expected_route"]


def headline_counts(records: list[dict], view: str) -> dict[str, tuple[int, int]]:
    """(hits, rows counted) of the four headline rates: routing, tier-2 answered, tier-1 escalated, intent."""
    tier1 = [r for r in records if r["label"]["tier"] == 1]
    tier2 = [r for r in records if r["label"]["tier"] == 2]
    return {
        "routing_accuracy": (sum(routing_right(r, view) for r in records), len(records)),
        "tier2_answered": (sum(route(r, view) == "answer" for r in tier2), len(tier2)),
        "tier1_escalated": (sum(route(r, view) == "escalate" for r in tier1), len(tier1)),
        "intent_accuracy": (sum(intent_correct(r, view) for r in records), len(records)),
    }


def figures(records: list[dict], view: str) -> dict:
    """The headline figures of one view over these rows (errored rows count as misses)."""
    if view not in VIEWS:
        raise ValueError(f"view must be one of {VIEWS}")
    tier1 = [r for r in records if r["label"]["tier"] == 1]
    tier2 = [r for r in records if r["label"]["tier"] == 2]
    humans = [r for r in records if wants_human_label(r)]
    safety = [r for r in records if r["label"].get("escalate_reason") == SAFETY_REASON]
    frustrated_label = [r for r in records if r["label"].get("frustrated")]
    frustrated_seen = [r for r in records if first_turn(r).get("frustrated")]
    scored_language = [r for r in records if r["label"].get("language") not in (None, "", "und")]
    non_en = [r for r in scored_language if r["label"]["language"] != "en"]

    def language_right(r: dict) -> bool:
        return first_turn(r).get("reply_language") == r["label"]["language"]

    outcomes = headline_counts(records, view)
    return {
        "rows": len(records),
        "tier1_rows": len(tier1),
        "tier2_rows": len(tier2),
        "errors": sum(bool(r.get("error")) for r in records),
        **{key: share(hits, total) for key, (hits, total) in outcomes.items()},
        # 95% Wilson intervals of the four headline rates: on a few hundred rows they are several points wide
        "intervals": intervals(outcomes),
        "frustration_recall": share(
            sum(bool(first_turn(r).get("frustrated")) for r in frustrated_label), len(frustrated_label)
        ),
        "frustration_precision": share(
            sum(bool(r["label"].get("frustrated")) for r in frustrated_seen), len(frustrated_seen)
        ),
        "human_request_rows": len(humans),
        "human_request_recall": share(
            sum(human_signal(r, view) and route(r, view) == "escalate" for r in humans), len(humans)
        ),
        "safety_rows": len(safety),
        "safety_recall": share(
            sum(route(r, view) == "escalate" and SAFETY_REASON in reasons(r, view) for r in safety),
            len(safety),
        ),
        "language_rows": len(scored_language),
        "language_accuracy": share(sum(language_right(r) for r in scored_language), len(scored_language)),
        "non_en_rows": len(non_en),
        "language_accuracy_non_en": share(sum(language_right(r) for r in non_en), len(non_en)),
    }


def confusion(records: list[dict], view: str = "conversation") -> dict[str, dict[str, int]]:
    """label intent -> predicted label -> rows."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        counts[record["label"]["intent"]][predicted_label(record, view)] += 1
    return {label: dict(sorted(row.items())) for label, row in sorted(counts.items())}


def reason_histogram(records: list[dict], view: str) -> dict[str, int]:
    """How many rows each escalation reason fired on (a reason counts once per row)."""
    counts = Counter(reason for r in records for reason in reasons(r, view))
    return dict(counts.most_common())


def latency(records: list[dict]) -> dict:
    values = [t["latency_s"] for r in records for t in r.get("turns") or [] if t.get("latency_s") is not None]
    return {
        "turns": len(values),
        "p50_s": _percentile(values, 50),
        "p95_s": _percentile(values, 95),
        "mean_s": statistics.fmean(values) if values else None,
    }


def failures(records: list[dict], limit: int = 30) -> list[dict]:
    """Worst first: tier-2 rows answered (most confident first), then tier-1 rows escalated, then intent
    misses; errored rows lead. Each entry names its kind."""
    view = "conversation"

    def confidence(r: dict) -> float:
        return first_turn(r).get("confidence") or 0.0

    errored = [r for r in records if r.get("error")]
    ok = [r for r in records if not r.get("error")]
    tier2_answered = sorted(
        (r for r in ok if r["label"]["tier"] == 2 and route(r, view) == "answer"),
        key=confidence,
        reverse=True,
    )
    tier1_escalated = sorted(
        (r for r in ok if r["label"]["tier"] == 1 and route(r, view) == "escalate"), key=confidence
    )
    routed_wrong = {r["id"] for r in tier2_answered + tier1_escalated}
    intent_misses = [r for r in ok if r["id"] not in routed_wrong and not intent_correct(r, view)]
    ranked = (
        [("error", r) for r in errored]
        + [("tier2_answered", r) for r in tier2_answered]
        + [("tier1_escalated", r) for r in tier1_escalated]
        + [("intent_miss", r) for r in intent_misses]
    )
    return [{"kind": kind, "record": r} for kind, r in ranked[:limit]]


def calibration(records: list[dict], bins: int = 5, key: str = "confidence") -> dict:
    """Does the first turn's confidence mean on real text what it means on the history? Reliability of
    a confidence against intent correctness (ECE over equal-width bins), rows with a predicted intent only
    (not_support/human_request rows have no intent to be right about).

    `confidence` is what the policy compared with 0.7: the intent model's figure after the draft's caps
    (nothing drafted for a tier-2 intent is 0). `intent_confidence` is the intent model's own probability,
    the figure whose calibration the model is trained for."""
    scored = [
        (float(first_turn(r)[key]), intent_correct(r, "first_message"))
        for r in records
        if first_turn(r).get(key) is not None and r["label"]["intent"] in LABEL_INTENTS
    ]
    table, ece = [], 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [(c, ok) for c, ok in scored if low <= c < high or (b == bins - 1 and c == 1.0)]
        if not members:
            continue
        mean_conf = statistics.fmean(c for c, _ in members)
        accuracy = statistics.fmean(ok for _, ok in members)
        ece += len(members) / len(scored) * abs(mean_conf - accuracy)
        table.append({"bin": f"{low:.1f}-{high:.1f}", "rows": len(members), "mean_confidence": round(mean_conf, 3),
                      "accuracy": round(accuracy, 3)})
    above = [ok for c, ok in scored if c >= 0.7]
    return {"rows": len(scored), "ece": round(ece, 4) if scored else None, "bins": table,
            "accuracy_at_or_above_0_7": share(sum(above), len(above)), "rows_at_or_above_0_7": len(above)}


def summarise(records: list[dict]) -> dict:
    """Everything metrics.json holds except the run's metadata."""
    kept = [r for r in records if not is_frustrated_first_only(r)]
    by_source: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_source[record["source"]].append(record)
    return {
        **{view: figures(records, view) for view in VIEWS},
        "without_frustrated_first": {
            "excluded_rows": len(records) - len(kept),
            **{view: figures(kept, view) for view in VIEWS},
        },
        "per_source": {source: figures(rows, "conversation") for source, rows in sorted(by_source.items())},
        "multi_turn_rows": sum(len(r.get("turns") or []) > 1 for r in records),
        "confusion": confusion(records, "conversation"),
        "escalation_reasons": {view: reason_histogram(records, view) for view in VIEWS},
        "latency": latency(records),
        "calibration": calibration(records),
        "intent_calibration": calibration(records, key="intent_confidence"),
        "model_use": model_use_summary([t for r in records for t in r.get("turns") or []]),
    }
