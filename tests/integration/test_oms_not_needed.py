"""A turn that needs no order data never calls the OMS, so a hung OMS cannot slow it down.

The "OMS" here is a socket that accepts connections and never answers; whether the agent connected
to it at all is read from the socket itself after the turn.
"""

from __future__ import annotations

import contextlib
import select
import socket
import uuid

import psycopg
import pytest

from evals.replay_store import agent_oms_url
from graph.conversation import Conversations

pytestmark = pytest.mark.integration


@contextlib.contextmanager
def hung_oms():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    try:
        with agent_oms_url(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout_s=0.5):
            yield silent
    finally:
        silent.close()


def connection_attempted(silent: socket.socket) -> bool:
    readable, _, _ = select.select([silent], [], [], 0)
    return bool(readable)


async def test_policy_question_answers_without_touching_a_hung_oms(customer_id) -> None:
    with hung_oms() as silent:
        async with Conversations.open() as conversations:
            result = await conversations.send(f"test-{uuid.uuid4()}", "what is your return policy?", customer_id)
        assert not connection_attempted(silent)
    assert result.intent == "return_policy" and result.route == "answer", result.reasons
    assert result.state["turn"]["oms"].get("error") is None and "oms_unavailable" not in result.reasons


@pytest.mark.parametrize("question", ["what is your policy on exchanges?", "whats the policy for cancelling an order"])
async def test_a_named_policy_of_an_order_action_is_answered_from_the_help_center(customer_id, question) -> None:
    """"what is your policy on exchanges?" was answered with the customer's newest order against the exchange
    window, and the cancellation policy with "Order ... is already cancelled" (graph/reasoning/policy_named.py)."""
    with hung_oms() as silent:
        async with Conversations.open() as conversations:
            result = await conversations.send(f"test-{uuid.uuid4()}", question, customer_id)
        assert not connection_attempted(silent)
    assert result.route == "answer", result.reasons
    assert "help.northboundapparel.com/articles/" in result.reply and "Order NB" not in result.reply
    assert not result.state["turn"].get("proposal")


async def test_order_question_does_call_it_and_escalates_when_it_hangs(customer_id) -> None:
    with hung_oms() as silent:
        async with Conversations.open() as conversations:
            result = await conversations.send(f"test-{uuid.uuid4()}", "where is my order?", customer_id)
        assert connection_attempted(silent)
    assert result.state["turn"]["oms"]["error"] == "oms_unavailable"
    assert result.route == "escalate" and "oms_unavailable" in result.reasons


async def test_unnumbered_order_question_is_answered_from_one_overview_call(oms_server, db_url) -> None:
    """'where is my order?' with no number: the newest moving order, from the overview's full orders."""
    with psycopg.connect(db_url) as conn:
        customer, order, tracking = conn.execute(
            """SELECT o.customer_id, o.id, s.tracking_number FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE o.status IN ('shipped', 'in_transit') AND o.placed_at > now() - interval '30 days'
               AND (SELECT count(*) FROM orders x WHERE x.customer_id = o.customer_id) = 1
               ORDER BY o.id LIMIT 1"""
        ).fetchone()
    async with Conversations.open() as conversations:
        result = await conversations.send(f"test-{uuid.uuid4()}", "where is my order?", customer)
    oms = result.state["turn"]["oms"]
    assert [o["id"] for o in oms["orders"]] == [order] and oms["customer"]["id"] == customer
    assert [o["id"] for o in oms["recent_orders"]] == [order]
    assert tracking in result.reply
