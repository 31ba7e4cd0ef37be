"""A visitor who is not signed in proves an order is theirs with its e-mail address and number, checked
by the real OMS over HTTP; nothing is revealed before, and three misses hand the thread to a person."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from langchain_core.messages import HumanMessage

from core.identity import Principal
from evals.action_scenarios import create_action_store
from graph.identity import configurable_for

pytestmark = pytest.mark.integration


@pytest.fixture()
def store(oms_server, db_url):
    with psycopg.connect(db_url) as conn:
        return create_action_store(conn)


def email_of(customer_id: str) -> str:
    return f"{customer_id.lower()}@example.test"


def thread() -> str:
    return f"test-identity-{uuid.uuid4()}"


async def test_without_identity_an_order_question_reveals_nothing(conversations, store):
    result = await conversations.send(thread(), f"where is my order {store.in_transit}?")
    assert "USPS" not in result.reply and "Harbor" not in result.reply
    assert "email address" in result.reply and result.state.get("customer_id") is None



async def test_a_visitor_asking_where_their_order_is_is_asked_who_they_are_with_no_article_in_front(conversations):
    result = await conversations.send(thread(), "hi where is my order")
    assert result.reply.split("\n\n")[1].startswith("To look up an order I need to be sure it's yours"), result.reply
    assert "help center" not in result.reply
    how = await conversations.send(thread(), "how do I track my order?")  # a general ask: the article answers it
    assert "help center" in how.reply and "To look up an order I need to be sure it's yours" in how.reply, how.reply


async def test_the_right_email_and_order_number_verify_the_visitor(conversations, store):
    t = thread()
    result = await conversations.send(t, f"where is my order {store.in_transit}? my email is {email_of(store.customer_id)}")
    assert result.state["customer_id"] == store.customer_id
    assert result.state["identity_source"] == "verified_in_conversation"
    assert "USPS" in result.reply, result.reply
    later = await conversations.send(t, f"and what about order {store.pending}?")  # kept in the thread
    assert later.state["customer_id"] == store.customer_id and store.pending in later.reply


async def test_the_email_and_the_order_number_may_come_in_two_messages(conversations, store):
    # the e-mail first: only the number is asked for (no help article about anything else), then the pair verifies
    t = thread()
    await conversations.send(t, "hi, where is my order?")
    half = await conversations.send(t, email_of(store.customer_id))
    assert half.state.get("customer_id") is None
    assert half.reply.startswith("Thanks. To find your order I also need its order number"), half.reply
    assert "help.northboundapparel.com" not in half.reply
    whole = await conversations.send(t, f"it's {store.in_transit}")
    assert whole.state["customer_id"] == store.customer_id and "USPS" in whole.reply, whole.reply
    # the number first, then the e-mail
    t = thread()
    await conversations.send(t, f"where is my order {store.in_transit}?")
    whole = await conversations.send(t, f"my email is {email_of(store.customer_id)}")
    assert whole.state["customer_id"] == store.customer_id and "USPS" in whole.reply, whole.reply
    # a failed pair is not tried again by a message that gives neither half
    t = thread()
    await conversations.send(t, f"order {store.others_order}, email {email_of(store.customer_id)}")
    again = await conversations.send(t, "hello?")
    assert again.state["verification_failures"] == 1
    # ...nor by the number named again on its own: after a miss both halves come again together, as asked
    named = await conversations.send(t, f"can you check order {store.others_order} please")
    assert named.state["verification_failures"] == 1 and named.state.get("customer_id") is None


async def test_the_email_given_in_the_first_message_or_a_name_and_zip_for_it_get_asked_for_what_proves_it(
        conversations, store):
    """"where's my order, email is ..." was asked for the e-mail again; "Colin Harris, 96870" got "I think I've told
    you all I can"."""
    first = await conversations.send(thread(), f"where's my order, email is {email_of(store.customer_id)}")
    assert "Thanks. To find your order I also need its order number" in first.reply, first.reply
    t = thread()
    await conversations.send(t, "hi, where is my order?")
    named = await conversations.send(t, "Colin Harris, 96870")
    assert named.state.get("customer_id") is None
    assert named.reply.startswith("Thanks. To be sure an order is yours I need the email address"), named.reply
    whole = await conversations.send(t, f"{email_of(store.customer_id)} and {store.in_transit}")
    assert whole.state["customer_id"] == store.customer_id and "USPS" in whole.reply, whole.reply


async def test_a_wrong_pair_is_refused_without_saying_which_half_was_wrong(conversations, store):
    t = thread()
    text = f"where is order {store.others_order}? I'm {email_of(store.customer_id)}"
    result = await conversations.send(t, text)
    assert result.state.get("customer_id") is None and result.state["verification_failures"] == 1
    assert "couldn't match" in result.reply and "2 attempts left" in result.reply
    assert "Blake" not in result.reply and "Harbor" not in result.reply


async def test_three_misses_lock_the_thread_and_hand_it_to_a_person(conversations, store, db_url):
    t = thread()
    wrong = f"order {store.others_order}, email {email_of(store.customer_id)}"
    for _ in range(2):
        assert (await conversations.send(t, wrong)).route == "answer"
    third = await conversations.send(t, wrong)
    assert third.route == "escalate" and "identity_locked" in third.reasons
    right = await conversations.send(t, f"order {store.in_transit}, email {email_of(store.customer_id)}")
    assert right.route == "escalate" and right.state.get("customer_id") is None  # locked: a person takes over
    assert "USPS" not in right.reply
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT reasons FROM handoffs WHERE thread_id = %s", (t,)).fetchone()[0] == ["identity_locked"]


async def test_an_anonymous_visitor_stays_verified_in_their_own_thread(conversations, store):
    """As the servers run it: the caller is an anonymous principal, the verified customer is the thread's."""
    t = thread()
    config = {"configurable": {"thread_id": t, **configurable_for(Principal("anonymous", f"visitor-{uuid.uuid4()}"))}}
    first = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content=f"order {store.in_transit}, email {email_of(store.customer_id)}")]},
        config=config)
    assert first["customer_id"] == store.customer_id and "USPS" in first["messages"][-1].content
    second = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content=f"and where is order {store.pending}?")]}, config=config)
    assert second["customer_id"] == store.customer_id and store.pending in second["messages"][-1].content
