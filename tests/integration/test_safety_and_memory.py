"""Safety escalation and the frustration rule with memory, end to end in process: real Postgres
(checkpointer, store, handoff queue), the real demo OMS over HTTP, the offline engine."""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from graph.conversation import Conversations
from graph.memory import (
    MAX_CONVERSATIONS,
    forget_conversations,
    load_profile,
    record_case_status,
    record_reply,
    replies_elsewhere,
    update_profile,
)
from graph.persistence import store as open_store

pytestmark = pytest.mark.integration

LEAK = re.compile(r"https?://|www\.|tracking|case #|\b[A-Z]{1,3}\d{5,10}\b", re.IGNORECASE)


def _thread() -> str:
    return f"test-{uuid.uuid4()}"


@pytest.fixture(scope="module")
def customers(demo_store, db_url) -> list[tuple[str, str]]:
    """(customer_id, order_id) of four customers who each have an order on its way."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            """SELECT DISTINCT ON (o.customer_id) o.customer_id, o.id FROM orders o
               JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' AND o.status IN ('shipped', 'in_transit')
               ORDER BY o.customer_id, o.id LIMIT 4"""
        ).fetchall()
    assert len(rows) == 4, "demo store needs four customers with an order in transit"
    return [(r[0], r[1]) for r in rows]


async def _fresh(conversations: Conversations, customer_id: str) -> None:
    """Start from no memory: the prepared test database is kept between local runs."""
    await forget_conversations(conversations.graph.store, customer_id)


def _handoff(db_url: str, handoff_id: int) -> tuple:
    with psycopg.connect(db_url) as conn:
        row = conn.execute(
            "SELECT priority, reasons, summary, order_ids, suggested_resolution FROM handoffs WHERE id = %s",
            (handoff_id,),
        ).fetchone()
    assert row is not None
    return row


# -- memory ----------------------------------------------------------------------------------------


async def test_memory_counts_other_recent_conversations_only(db_url):
    customer = f"CMEM{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    async with open_store() as memory:
        await record_reply(memory, customer, "thread-a", at=now - timedelta(days=1))
        await record_reply(memory, customer, "thread-a", at=now - timedelta(hours=2), frustrated=True)
        await record_reply(memory, customer, "thread-b", at=now - timedelta(days=20))  # outside the window
        await record_reply(memory, customer, "thread-c", at=now)
        assert await replies_elsewhere(memory, customer, "thread-c", days=14) == 2
        assert await replies_elsewhere(memory, customer, "thread-x", days=14) == 3
        assert await replies_elsewhere(memory, customer, "thread-x", days=30) == 4
        assert await replies_elsewhere(memory, customer, "thread-x", days=0) == 0
        assert await replies_elsewhere(memory, None, "thread-x", days=14) == 0  # anonymous: thread only
        item = await memory.aget(("customers", customer, "conversations"), "thread-a")
        assert len(item.value["replies"]) == 2 and len(item.value["frustrated"]) == 1
        await update_profile(memory, customer, language="fr", escalation={"handoff_id": 9, "thread_id": "thread-a"})
        assert await record_case_status(memory, customer, 9, "resolved", "refunded")
        assert (await load_profile(memory, customer))["escalations"][0]["outcome"] == "refunded"
        assert await forget_conversations(memory, customer) == 3
        assert await replies_elsewhere(memory, customer, "thread-x", days=30) == 0
        profile = await load_profile(memory, customer)
        assert "escalations" not in profile and profile["language"] == "fr"  # earlier cases forgotten too


async def test_memory_counts_recent_replies_among_many_old_conversations(db_url):
    """The count reads only conversations answered inside the window, and still finds every recent reply."""
    customer = f"CMEM{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    async with open_store() as memory:
        await asyncio.gather(*(
            record_reply(memory, customer, f"old-{n}", at=now - timedelta(days=30, minutes=n)) for n in range(150)
        ))
        await record_reply(memory, customer, "recent-a", at=now - timedelta(days=2))
        await record_reply(memory, customer, "recent-b", at=now - timedelta(hours=1), frustrated=True)
        await record_reply(memory, customer, "current", at=now)
        assert await replies_elsewhere(memory, customer, "current", days=14, now=now) == 2
        # A window holding them all reads at most MAX_CONVERSATIONS items (the current one among them).
        assert await replies_elsewhere(memory, customer, "current", days=31, now=now) == MAX_CONVERSATIONS - 1
        # An old conversation answered again today is counted again, its earlier replies outside the window not.
        await record_reply(memory, customer, "old-7", at=now - timedelta(minutes=5))
        assert await replies_elsewhere(memory, customer, "current", days=14, now=now) == 3
        assert await forget_conversations(memory, customer) == 153


async def test_memory_counts_conversations_written_before_last_reply(db_url):
    """Items without `last_reply` (written before it existed) are counted once migration 0010 backfills them."""
    customer = f"CMEM{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    conversations = ("customers", customer, "conversations")
    legacy = {
        "recent": {"replies": [(now - timedelta(days=3)).isoformat(), (now - timedelta(hours=5)).isoformat()],
                   "frustrated": []},
        "old": {"replies": [(now - timedelta(days=40)).isoformat()], "frustrated": []},
        "damaged": {"replies": ["yesterday", None], "frustrated": []},
        "empty": {"replies": [], "frustrated": []},
    }
    async with open_store() as memory:
        for key, value in legacy.items():
            await memory.aput(conversations, key, value, index=False)
        assert await replies_elsewhere(memory, customer, "current", days=14, now=now) == 0  # not yet backfilled
        backfill = Path(__file__).parents[2] / "db" / "migrations" / "0010_memory_last_reply.sql"
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute(backfill.read_text())
            conn.execute(backfill.read_text())  # a second run changes nothing
        assert await replies_elsewhere(memory, customer, "current", days=14, now=now) == 2
        assert await replies_elsewhere(memory, customer, "current", days=60, now=now) == 3
        assert await replies_elsewhere(memory, customer, "recent", days=60, now=now) == 1
        item = await memory.aget(conversations, "recent")
        assert item.value["last_reply"] == (now - timedelta(hours=5)).isoformat(timespec="microseconds")
        assert "last_reply" not in (await memory.aget(conversations, "damaged")).value  # skipped, no crash
        await record_reply(memory, customer, "recent", at=now - timedelta(hours=1))  # a legacy item goes on
        assert await replies_elsewhere(memory, customer, "current", days=14, now=now) == 3
        await forget_conversations(memory, customer)


# -- safety ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "category", "expected"),
    [
        ("my order {order} is late again and I just want to kill myself", "self_harm", "emergency services"),
        ("mi pedido {order} no llega y ya no quiero vivir, quiero acabar con todo", "self_harm", "emergencia"),
        ("le livreur s'est exhibé devant moi en livrant la commande {order}", "harassment", "équipe"),
        ("meine Tochter hatte eine allergische Reaktion auf die Creme aus Bestellung {order}", "medical", "Notruf"),
        ("o entregador me ameaçou quando entregou o pedido {order}", "harassment", "equipe"),
        ("il corriere mi ha molestata quando ha consegnato l'ordine {order}", "harassment", "team"),
    ],
)
async def test_safety_message_escalates_at_once_without_order_data(
    conversations, customers, db_url, message, category, expected
):
    customer_id, order_id = customers[0]
    text = message.format(order=order_id)
    result = await conversations.send(_thread(), text, customer_id)
    assert result.route == "escalate"
    assert result.reasons[0] == "safety"
    assert expected in result.reply
    assert order_id not in result.reply and not LEAK.search(result.reply), result.reply
    assert not (result.state["turn"].get("oms") or {}), "no OMS lookup on a safety turn"
    assert not result.state["turn"].get("passages"), "no retrieval on a safety turn"
    priority, reasons, summary, order_ids, suggestion = _handoff(db_url, result.handoff_id)
    assert priority == "urgent" and reasons[0] == "safety" and order_ids == []
    assert summary.startswith("SAFETY: " + category.replace("_", " "))
    assert "right away" in suggestion


async def test_safety_in_a_thread_already_with_a_person_makes_the_case_urgent(conversations, customers, db_url):
    customer_id, _ = customers[0]
    thread = _thread()
    first = await conversations.send(thread, "I want to talk to a real person please", customer_id)
    assert first.route == "escalate" and _handoff(db_url, first.handoff_id)[0] != "urgent"
    second = await conversations.send(thread, "the driver threatened me when he dropped it off", customer_id)
    assert second.route == "escalate" and second.reasons[0] == "safety"
    assert "case #" not in second.reply and "right away" in second.reply
    priority, reasons, *_ = _handoff(db_url, first.handoff_id)
    assert priority == "urgent" and "safety" in reasons


async def test_a_safety_statement_is_not_lost_to_the_length_limit(conversations, customers):
    customer_id, _ = customers[0]
    rant = "the parcel is late and nobody tells me anything. " * 120 + "honestly I want to end my life."
    result = await conversations.send(_thread(), rant, customer_id)
    assert result.route == "escalate" and result.reasons[0] == "safety"
    assert "emergency services" in result.reply


async def test_anonymous_visitor_in_danger_reaches_a_person_too(conversations, db_url):
    result = await conversations.send(_thread(), "my boyfriend hit me and I need to hide, please don't ship to my old address", None)
    assert result.route == "escalate" and result.reasons[0] == "safety"
    assert "emergency services" in result.reply
    priority, _, summary, order_ids, _ = _handoff(db_url, result.handoff_id)
    assert priority == "urgent" and order_ids == [] and "SAFETY" in summary


async def test_shopping_idioms_are_answered_as_usual(conversations, customers):
    customer_id, order_id = customers[0]
    result = await conversations.send(_thread(), f"I'm dying to get my order {order_id}, where is it?", customer_id)
    assert "safety" not in result.reasons


# -- frustration with memory -----------------------------------------------------------------------


async def _two_answered_replies(conversations: Conversations, customer_id: str, order_id: str) -> None:
    thread = _thread()
    first = await conversations.send(thread, f"hi, where is order {order_id}?", customer_id)
    second = await conversations.send(thread, "ok and how long do I have to return something?", customer_id)
    assert first.route == second.route == "answer", (first.reasons, second.reasons)


async def test_frustrated_in_a_new_conversation_after_two_replies_in_an_earlier_one(conversations, customers):
    customer_id, order_id = customers[1]
    await _fresh(conversations, customer_id)
    await _two_answered_replies(conversations, customer_id, order_id)
    angry = await conversations.send(_thread(), f"this is ridiculous, order {order_id} is STILL not here", customer_id)
    assert angry.route == "escalate" and "frustrated" in angry.reasons
    assert angry.state["turn"]["earlier_replies"] == 2 and angry.state.get("exchanges") == 1


async def test_calm_customer_with_history_is_not_escalated_for_frustration(conversations, customers):
    customer_id, order_id = customers[2]
    await _fresh(conversations, customer_id)
    await _two_answered_replies(conversations, customer_id, order_id)
    calm = await conversations.send(_thread(), f"hi again, any news on order {order_id}?", customer_id)
    assert "frustrated" not in calm.reasons


async def test_first_message_reporting_earlier_failed_contacts_escalates_at_once(conversations, customers):
    customer_id, order_id = customers[3]
    await _fresh(conversations, customer_id)
    result = await conversations.send(
        _thread(), f"third time I ask: where is order {order_id}? nobody answers my emails", customer_id
    )
    assert result.route == "escalate" and "frustrated" in result.reasons
    assert result.state["turn"]["repeated_contact"] is True


async def test_first_message_without_frustration_or_history_is_not_escalated_for_it(conversations, customers):
    customer_id, order_id = customers[3]
    await _fresh(conversations, customer_id)
    calm = await conversations.send(_thread(), f"hi, I emailed yesterday, where is order {order_id}?", customer_id)
    assert "frustrated" not in calm.reasons
    angry = await conversations.send(_thread(), f"ugh, where is my order {order_id}?!! ridiculous", customer_id)
    assert "frustrated" not in angry.reasons  # one earlier reply is not two


async def test_anonymous_visitors_count_their_thread_only(conversations):
    result = await conversations.send(_thread(), "this is ridiculous, where is my parcel", None)
    assert "frustrated" not in result.reasons
    assert result.state["turn"].get("earlier_replies", 0) == 0
