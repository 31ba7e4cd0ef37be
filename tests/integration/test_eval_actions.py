"""The eval's order actions on the real stack: a historical cancel ticket replayed against its order as it
was on the ticket's date (seeded demo history, scratch schema, the eval's own OMS over HTTP, Postgres
checkpointer), the action audited against the OMS afterwards and counted in the report, the live store
untouched; and the audit itself flagging a tampered order and a duplicate action."""

from __future__ import annotations

import uuid
from datetime import timedelta

import psycopg
import pytest

from core.settings import get_settings
from evals.action_audit import audit
from evals.action_scenarios import create_action_store
from evals.dataset import example_of
from evals.report import write_report
from evals.runner import run_eval

pytestmark = pytest.mark.integration


def _delivered_order_pending_at_first(db_url: str) -> tuple[str, str, object]:
    """A demo order delivered today whose history says it was pending when it was placed."""
    with psycopg.connect(db_url) as conn:
        return conn.execute(
            """SELECT o.id, o.customer_id, o.placed_at FROM orders o
               JOIN order_history h ON h.order_id = o.id AND h.status = 'pending'
               WHERE o.status = 'delivered' AND o.customer_id ~ '^C[0-9]{6}$'
               ORDER BY o.id LIMIT 1"""
        ).fetchone()


def _live(db_url: str, order_id: str) -> tuple:
    with psycopg.connect(db_url) as conn:
        return (
            conn.execute("SELECT status, shipping_address FROM orders WHERE id = %s", (order_id,)).fetchone(),
            conn.execute("SELECT count(*) FROM payments WHERE order_id = %s", (order_id,)).fetchone()[0],
            conn.execute("SELECT count(*) FROM order_actions WHERE order_id = %s", (order_id,)).fetchone()[0],
            conn.execute("SELECT count(*) FROM order_history WHERE order_id = %s", (order_id,)).fetchone()[0],
        )


def _ticket(order_id: str, customer_id: str, intent: str, asked: str, answered: str, created_at) -> dict:
    """A historical tier-1 ticket about one order, resolved by the action its intent names."""
    resolution = {"cancel_order": "cancel_order", "return_request": "start_return"}[intent]
    return {
        "id": f"T-ASOF-{uuid.uuid4().hex[:8]}", "customer_id": customer_id, "order_id": order_id,
        "messages": [{"role": "customer", "text": asked}, {"role": "agent", "text": answered}],
        "intent": intent, "tier": 1, "resolution_action": resolution, "escalated": False,
        "facts": {"order_id": order_id}, "created_at": created_at,
    }


async def _replayed(ticket: dict, tmp_path) -> tuple:
    """One historical ticket through the eval (scratch orders, eval OMS, audit): (the run, its one record)."""
    run = await run_eval([example_of(ticket)], get_settings(), concurrency=1, out_root=tmp_path)
    (record,) = run.rows
    return run, record


async def test_a_cancel_ticket_is_replayed_as_of_its_date_and_the_live_store_is_unchanged(oms_server, db_url, tmp_path):
    order_id, customer_id, placed_at = _delivered_order_pending_at_first(db_url)
    ticket = _ticket(order_id, customer_id, "cancel_order", f"Please cancel order {order_id}",
                     f"Done: order {order_id} is cancelled.", placed_at + timedelta(minutes=20))
    before = _live(db_url, order_id)

    run, record = await _replayed(ticket, tmp_path)
    outputs, scores = record["outputs"], record["evaluations"]
    assert outputs["orders_replayed"][order_id] == "pending", outputs["orders_replayed"]
    assert outputs["simulated_turns"] == ["yes"], outputs["replies"]
    assert f"order {order_id} is cancelled" in outputs["replies"][-1]
    (verdict,) = outputs["action_audit"]
    assert (verdict["kind"], verdict["order_id"], verdict["verified"]) == ("cancel", order_id, True), verdict
    assert scores["action_outcome"]["score"] == 1.0 and scores["actions_verified"]["score"] == 1.0
    metrics = run.metrics
    assert metrics["actions_taken"] == metrics["actions_verified"] == metrics["actions_by_kind"]["cancel"] == 1
    assert metrics["actions_duplicate"] == metrics["actions_over_limit"] == metrics["actions_other_customer"] == 0
    assert metrics["as_of_tickets"] == 1
    report = (write_report(run.out_dir, real_root=tmp_path / "no-real-runs").with_suffix(".md")).read_text()
    assert "1 actions taken (cancel 1, address change 0" in report

    assert _live(db_url, order_id) == before  # the delivered order, its payments, actions and history as they were
    scratch = metrics["run"]["scratch_schema"]
    with psycopg.connect(db_url) as conn:
        left = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (scratch,)).fetchone()[0]
    assert scratch.startswith("eval_replay_") and left == 0  # the replay's copy is dropped
    assert get_settings().oms_url is None  # the agent points at the service's OMS again


def _one_line_order_delivered_long_ago(db_url: str) -> tuple[str, str, object]:
    """A demo order of one line, delivered more than 45 days ago (outside the 30-day window today),
    whose customer has no other order."""
    with psycopg.connect(db_url) as conn:
        return conn.execute(
            """SELECT o.id, o.customer_id, s.delivered_at FROM orders o
               JOIN shipments s ON s.order_id = o.id
               WHERE o.status = 'delivered' AND o.customer_id ~ '^C[0-9]{6}$'
                 AND s.delivered_at < now() - interval '45 days'
                 AND (SELECT count(*) FROM order_items i WHERE i.order_id = o.id) = 1
                 AND (SELECT count(*) FROM orders x WHERE x.customer_id = o.customer_id) = 1
                 AND EXISTS (SELECT 1 FROM order_history h WHERE h.order_id = o.id)
               ORDER BY o.id LIMIT 1"""
        ).fetchone()


async def test_a_return_ticket_is_judged_on_its_own_day_by_the_agent_and_the_eval_oms(oms_server, db_url, tmp_path):
    """Asked three days after delivery, answered then: the return is inside the window, though the same
    question today would be 45+ days late. The agent's clock and the eval OMS's window both read the
    ticket's date (core/clock.py); the live store keeps its order as it was."""
    order_id, customer_id, delivered_at = _one_line_order_delivered_long_ago(db_url)
    ticket = _ticket(order_id, customer_id, "return_request", f"Hi, I'd like to return order {order_id}, it doesn't fit.",
                     f"Your return for {order_id} is started.", delivered_at + timedelta(days=3))
    before = _live(db_url, order_id)

    _, record = await _replayed(ticket, tmp_path)
    outputs = record["outputs"]
    assert outputs["as_of"] and outputs["orders_replayed"] == {order_id: "delivered"}, outputs["orders_replayed"]
    assert "outside our" not in outputs["replies"][0] and order_id in outputs["replies"][0], outputs["replies"]
    assert outputs["simulated_turns"] == ["yes"], outputs["replies"]
    (verdict,) = outputs["action_audit"]
    assert (verdict["kind"], verdict["order_id"], verdict["verified"]) == ("return", order_id, True), verdict
    assert _live(db_url, order_id) == before


async def test_the_audit_finds_the_agents_action_and_flags_a_tampered_order_and_a_duplicate(
        conversations, oms_server, db_url):
    with psycopg.connect(db_url) as conn:
        store = create_action_store(conn)
    thread = f"test-audit-{uuid.uuid4()}"
    await conversations.send(thread, f"Please cancel order {store.pending}", store.customer_id)
    done = await conversations.send(thread, "yes", store.customer_id)
    reported = [done.state["turn"]["action_result"]]

    (verdict,) = await audit(oms_server, store.customer_id, reported, 50.0)
    assert verdict["verified"] and verdict["kind"] == "cancel" and verdict["amount"] == 49.99, verdict
    (elsewhere,) = await audit(oms_server, store.other_customer_id, reported, 50.0)
    assert "other_customer" in elsewhere["problems"] and "not_in_oms" in elsewhere["problems"]

    with psycopg.connect(db_url) as conn:  # someone puts the order back to pending behind the OMS's back
        conn.execute("UPDATE orders SET status = 'pending' WHERE id = %s", (store.pending,))
    (tampered,) = await audit(oms_server, store.customer_id, reported, 50.0)
    assert tampered["problems"] == ["not_as_promised"]

    with psycopg.connect(db_url) as conn:  # and a second cancel under another key
        conn.execute(
            """INSERT INTO order_actions (idempotency_key, customer_id, order_id, action, request_hash, response)
               SELECT 'dup-' || idempotency_key, customer_id, order_id, action, request_hash, response
               FROM order_actions WHERE order_id = %s""",
            (store.pending,),
        )
    verdicts = {v["key"]: v["problems"] for v in await audit(oms_server, store.customer_id, reported, 50.0)}
    key = reported[0]["idempotency_key"]
    assert "duplicate" in verdicts[key] and {"duplicate", "unreported"} <= set(verdicts[f"dup-{key}"])
