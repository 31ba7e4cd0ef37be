"""The support graph end to end, in process: real Postgres (checkpointer, store, handoff queue),
the real demo OMS over HTTP, the offline engine trained on the learning split."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from graph.memory import forget_conversations

pytestmark = pytest.mark.integration


def _one(conn: psycopg.Connection, sql: str, *params):
    row = conn.execute(sql, params).fetchone()
    assert row is not None, f"demo store has no row for: {sql}"
    return row


@pytest.fixture(scope="module")
def in_transit(demo_store, db_url):
    """(customer_id, order_id, carrier, tracking_number, tracking_url) of an order on its way."""
    with psycopg.connect(db_url) as conn:
        return _one(
            conn,
            """SELECT o.customer_id, o.id, s.carrier, s.tracking_number, s.tracking_url
               FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' AND o.status IN ('shipped', 'in_transit')
               AND (SELECT count(*) FROM shipments x WHERE x.order_id = o.id) = 1
               ORDER BY o.id LIMIT 1""",
        )


@pytest.fixture(scope="module")
def big_delivered(demo_store, db_url):
    """(customer_id, order_id, total) of a delivered order over $50 with no refund yet."""
    with psycopg.connect(db_url) as conn:
        return _one(
            conn,
            """SELECT o.customer_id, o.id, o.total FROM orders o
               WHERE o.status = 'delivered' AND o.total > 80
               AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.kind = 'refund')
               ORDER BY o.id LIMIT 1""",
        )


def _thread() -> str:
    return f"test-{uuid.uuid4()}"


async def test_where_is_my_order_answers_with_live_tracking(conversations, in_transit):
    customer_id, order_id, carrier, tracking_number, tracking_url = in_transit
    result = await conversations.send(_thread(), f"where is my order {order_id}", customer_id)
    assert result.route == "answer", result.reasons
    assert result.intent in {"order_status", "shipping_delay"}
    assert tracking_number in result.reply and tracking_url in result.reply and carrier in result.reply
    assert result.state["exchanges"] == 1


async def test_refund_over_limit_escalates_with_a_handoff(conversations, big_delivered, db_url):
    customer_id, order_id, total = big_delivered
    thread = _thread()
    result = await conversations.send(thread, f"I want a refund for order {order_id}", customer_id)
    assert result.route == "escalate"
    assert "refund_over_limit" in result.reasons
    assert result.state["turn"]["oms"]["refund_amount"] > 50
    with psycopg.connect(db_url) as conn:
        row = conn.execute(
            "SELECT customer_id, order_ids, intent, reasons, summary, tried, suggested_resolution, status "
            "FROM handoffs WHERE thread_id = %s", (thread,)
        ).fetchone()
    assert row is not None
    handoff_customer, order_ids, intent, reasons, summary, tried, suggestion, status = row
    assert handoff_customer == customer_id and order_ids == [order_id] and intent == "refund_request"
    assert "refund_over_limit" in reasons and status == "open"
    assert order_id in summary and order_id in suggestion and tried
    assert f"#{result.handoff_id}" in result.reply


async def test_a_parcel_reported_delivered_but_never_received_goes_to_a_person_with_a_claim_suggested(
        conversations, in_transit, db_url):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    result = await conversations.send(
        thread, f"Order {order_id} was already late and now the tracking says delivered but I never got it", customer_id)
    assert result.route == "escalate" and "tier2_intent" in result.reasons
    with psycopg.connect(db_url) as conn:
        summary, suggestion = conn.execute(
            "SELECT summary, suggested_resolution FROM handoffs WHERE thread_id = %s", (thread,)).fetchone()
    # Read as a lost parcel or as a delay, the summary says what was reported (the unit tests in
    # test_handoff_reported_problem.py hold each reading fixed).
    assert "intent lost_package" in summary or "Reported: delivered not received" in summary, summary
    assert "carrier claim" in suggestion and order_id in suggestion


async def test_angry_third_message_escalates_for_frustration(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    first = await conversations.send(thread, f"hi, where is order {order_id}?", customer_id)
    second = await conversations.send(thread, "ok and how long do I have to return something?", customer_id)
    assert first.route == second.route == "answer", (first.reasons, second.reasons)
    third = await conversations.send(thread, "this is ridiculous, it's STILL not here and nobody helps!!", customer_id)
    assert third.route == "escalate"
    assert "frustrated" in third.reasons
    assert third.state["frustration_count"] >= 1 and third.state["exchanges"] == 3


async def test_frustration_before_two_replies_does_not_trigger_the_rule(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    # Replies in this customer's other conversations count too (graph/memory.py): start from none.
    await forget_conversations(conversations.graph.store, customer_id)
    result = await conversations.send(_thread(), f"ugh, where is my order {order_id}?!! ridiculous", customer_id)
    assert "frustrated" not in result.reasons


async def test_escalated_thread_stays_with_the_humans(conversations, in_transit, db_url):
    customer_id, *_ = in_transit
    thread = _thread()
    first = await conversations.send(thread, "I want to talk to a real person please", customer_id)
    assert first.route == "escalate" and "human_requested" in first.reasons
    follow_up = await conversations.send(thread, "also what is your return policy?", customer_id)
    assert follow_up.route == "escalate"
    assert f"case #{first.handoff_id}" in follow_up.reply
    with psycopg.connect(db_url) as conn:
        texts = [r[0] for r in conn.execute(
            "SELECT text FROM handoff_messages WHERE handoff_id = %s", (first.handoff_id,)
        )]
    assert texts == ["also what is your return policy?"]


async def test_a_defect_in_drafting_hands_the_customer_to_a_person_and_keeps_the_thread(
        conversations, in_transit, db_url, monkeypatch):
    """An exception while writing the reply (a defect, not bad input) must not reach the customer as an error: the
    turn goes to a person with the conversation kept, and the thread goes on afterwards."""
    import graph.reasoning.offline.engine as offline_engine

    customer_id, order_id, *_ = in_transit
    thread = _thread()

    def broken(request):
        raise IndexError("a defect in drafting")

    monkeypatch.setattr(offline_engine, "compose", broken)
    result = await conversations.send(thread, f"where is my order {order_id}", customer_id)
    assert result.route == "escalate" and "low_confidence" in result.reasons, result.reasons
    assert result.handoff_id and f"case #{result.handoff_id}" in result.reply
    assert result.state["turn"]["fallback_reason"] == "draft_failed:IndexError"
    monkeypatch.undo()
    follow_up = await conversations.send(thread, "thanks", customer_id)
    assert f"case #{result.handoff_id}" in follow_up.reply and len(follow_up.state["messages"]) == 4
    with psycopg.connect(db_url) as conn:
        summary = conn.execute("SELECT summary FROM handoffs WHERE id = %s", (result.handoff_id,)).fetchone()[0]
    assert order_id in summary or "where is my order" in summary


@pytest.mark.parametrize(
    ("message", "expected"),
    [("", "empty"), ("   ", "empty"), ("x" * 100_000, "shorter message"), ("\ufffd" * 50 + "\x00\x01", "couldn't read")],
)
async def test_bad_input_gets_a_clear_reply_and_keeps_the_thread(conversations, in_transit, message, expected):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    await conversations.send(thread, f"where is my order {order_id}", customer_id)
    result = await conversations.send(thread, message, customer_id)
    assert expected in result.reply
    assert result.route == "answer"
    assert result.state["exchanges"] == 2 and len(result.state["messages"]) == 4


async def test_unknown_and_foreign_order_numbers_are_not_found(conversations, in_transit, big_delivered):
    customer_id, order_id, *_ = in_transit
    other_customer, other_order, _ = big_delivered
    assert other_customer != customer_id
    unknown = await conversations.send(_thread(), "where is my order NB999999?", customer_id)
    assert "couldn't find an order NB999999" in unknown.reply
    # not a dead end: the customer's own orders to pick from, and the question which one
    assert order_id in unknown.reply and "Which one is it?" in unknown.reply
    assert unknown.state["dialogue"]["awaiting"][0] == "order_number"
    foreign = await conversations.send(_thread(), f"where is my order {other_order}?", customer_id)
    assert f"couldn't find an order {other_order}" in foreign.reply
    assert other_order not in str(foreign.state["turn"]["oms"]["orders"])
    assert other_order not in str(foreign.state["turn"]["oms"]["candidates"])
    # another shop's number is named back as the customer wrote it
    elsewhere = await conversations.send(_thread(), "my order number @shop 405-1234567-7654321 hasn't come", customer_id)
    assert "couldn't find an order 405-1234567-7654321" in elsewhere.reply, elsewhere.reply


async def test_without_identity_order_questions_ask_to_sign_in(conversations, in_transit):
    _, order_id, _, tracking_number, _ = in_transit
    result = await conversations.send(_thread(), f"where is my order {order_id}", None)
    assert "sign in" in result.reply
    assert tracking_number not in result.reply


async def test_an_injected_caller_that_is_not_ours_is_refused_and_not_counted(conversations, in_transit):
    """A caller object the servers did not produce (inconsistent identity) gets no orders and no reply count."""
    customer_id, order_id, *_ = in_transit
    from langchain_core.messages import HumanMessage

    user = {"identity": "customer:SOMEONE-ELSE", "kind": "customer", "subject": customer_id}
    state = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content=f"where is my order {order_id}")]},
        config={"configurable": {"thread_id": _thread(), "langgraph_auth_user": user}},
    )
    assert state["turn"]["input_problem"] == "invalid_identity"
    assert state.get("customer_id") is None and not state["turn"].get("oms")
    assert state["exchanges"] == 0  # identity errors are not agent replies


async def test_thanks_after_an_answer_closes_without_escalating(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    await conversations.send(thread, f"where is my order {order_id}", customer_id)
    closing = await conversations.send(thread, "perfect, thanks!", customer_id)
    assert closing.route == "answer" and closing.reasons == []
    assert "welcome" in closing.reply and closing.state["exchanges"] == 2
    assert closing.intent is None  # a goodbye inside a conversation keeps no topic of its own


async def test_a_tweet_that_only_thanks_opens_and_closes_as_out_of_scope(conversations, in_transit):
    """"@NorthboundCo ty!!" was read as a bare opener ("What is it about?"): the @handle hid the thank-you."""
    customer_id, *_ = in_transit
    thanked = await conversations.send(_thread(), "@NorthboundCo ty!!", customer_id)
    assert thanked.route == "answer" and "welcome" in thanked.reply
    assert thanked.intent == "out_of_scope"  # as the history files a message that asks nothing of the store


@pytest.mark.parametrize("message, question", [
    ("Hi, I have a question", "What is it about?"), ("hola, necesito ayuda", "¿De qué se trata?"),
])
async def test_a_bare_opener_is_asked_what_it_is_about_once_then_read_as_usual(conversations, in_transit, message,
                                                                                question):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    opener = await conversations.send(thread, message, customer_id)
    assert opener.route == "answer" and opener.reasons == [] and question in opener.reply
    assert order_id not in opener.reply and opener.state["turn"]["small_talk"] == "opener"
    # the answer to the question is read as the request it is
    follow = await conversations.send(thread, f"where is my order {order_id}", customer_id)
    assert follow.intent in {"order_status", "shipping_delay"} and order_id in follow.reply
    # a second bare message in a row is not asked the same question again: it goes the usual way
    repeated = _thread()
    await conversations.send(repeated, message, customer_id)
    second = await conversations.send(repeated, message, customer_id)
    assert second.state["turn"].get("small_talk") != "opener" and second.reply


@pytest.mark.parametrize("message", ["can you tell me a joke?"])
async def test_out_of_scope_messages_are_told_so_plainly_with_an_offer_of_a_person(conversations, in_transit, message):
    customer_id, order_id, *_ = in_transit
    result = await conversations.send(_thread(), message, customer_id)
    assert result.intent == "out_of_scope" and result.route == "answer"
    assert "can't help with that" in result.reply and "person" in result.reply
    assert order_id not in result.reply  # never an order listing for a question that is not about one


async def test_goods_no_apparel_shop_sells_are_said_not_to_be_sold(conversations, in_transit):
    """"do you sell pizza?" asks whether the store sells them, which the catalogue answers (it was told "I can't help
    with that one"; "do you sell phones?" went to a person unsure)."""
    customer_id, order_id, *_ = in_transit
    result = await conversations.send(_thread(), "do you sell pizza?", customer_id)
    assert result.intent == "product_info" and result.route == "answer"
    assert "pizza" in result.reply and "isn't something we sell" in result.reply
    assert order_id not in result.reply


async def test_a_replayed_message_is_answered_once(conversations, in_transit):
    """A run replayed with the same message id (e.g. by a server after a crash) changes nothing."""
    from langchain_core.messages import HumanMessage

    customer_id, order_id, *_ = in_transit
    config = conversations.config(_thread(), customer_id)
    message = HumanMessage(content=f"where is my order {order_id}", id=str(uuid.uuid4()))
    first = await conversations.graph.ainvoke({"messages": [message]}, config=config)
    again = await conversations.graph.ainvoke({"messages": [message]}, config=config)
    assert first["exchanges"] == again["exchanges"] == 1
    assert len(again["messages"]) == 2 and again["turn"]["duplicate"] is True


async def test_yes_to_the_offer_of_a_person_hands_over_and_a_bare_yes_is_not_guessed(conversations, in_transit):
    customer_id, *_ = in_transit
    bare = await conversations.send(_thread(), "yes", customer_id)
    assert bare.route == "answer" and "nothing waiting for your confirmation" in bare.reply
    # ...but "cancel please" with nothing waiting asks for a cancellation: the order's, never "nothing waiting"
    cancel = await conversations.send(_thread(), "cancel please", customer_id)
    assert "nothing waiting" not in cancel.reply and "cancel" in cancel.reply.lower(), cancel.reply
    # a yes that thanks, with nothing waiting for it, is a goodbye
    thanked = await conversations.send(_thread(), "Yes, that sounds perfect. Thank you for your help!", customer_id)
    assert thanked.route == "answer" and "You're welcome" in thanked.reply
    thread = _thread()
    offer = await conversations.send(thread, "can you tell me a joke?", customer_id)
    assert offer.route == "answer" and "person" in offer.reply
    accepted = await conversations.send(thread, "yes please", customer_id)
    assert accepted.route == "escalate" and "human_requested" in accepted.reasons
    # "yes, that's right" confirms what was said: it takes up no offer
    thread = _thread()
    assert "person" in (await conversations.send(thread, "can you tell me a joke?", customer_id)).reply
    confirmed = await conversations.send(thread, "yes, that's right", customer_id)
    assert confirmed.route == "answer" and "nothing waiting for your confirmation" in confirmed.reply


async def test_a_handoff_names_the_customer_and_orders_even_when_the_turn_looked_none_up(conversations, in_transit,
                                                                                           db_url):
    from graph.nodes.handoff_context import orders_for_handoff, with_customer_context
    from graph.reasoning.base import Classification, DraftRequest
    from graph.reasoning.offline.handoff import brief

    customer_id, order_id, *_ = in_transit
    with psycopg.connect(db_url) as conn:
        latest = [number for (number,) in conn.execute(
            "SELECT id FROM orders WHERE customer_id = %s ORDER BY placed_at DESC, id DESC LIMIT 3", (customer_id,))]
        email = conn.execute("SELECT email FROM customers WHERE id = %s", (customer_id,)).fetchone()[0]
    reading = Classification(intent="product_info", confidence=0.4, questions=[], entities={}, frustrated=False,
                             wants_human=False, language="en")
    # a turn escalated for low confidence never asked the OMS: the person still gets who it is and their orders
    request = await with_customer_context(DraftRequest(text="hmm?", classification=reading, oms={}), customer_id)
    assert orders_for_handoff(request.oms, None) == latest
    summary = brief(request, ["low_confidence"]).summary
    assert f"<{email}>" in summary and "unverified" not in summary and latest[0] in summary, summary
    # the order the conversation was about comes first; a visitor stays unverified, with no orders
    assert orders_for_handoff(request.oms, {"order_id": order_id}) == [order_id]
    visitor = await with_customer_context(DraftRequest(text="hmm?", classification=reading, oms={}), None)
    assert orders_for_handoff(visitor.oms, None) == [] and "An unverified customer" in brief(visitor, []).summary


async def test_a_question_about_the_policy_for_faulty_goods_gets_the_article_and_a_report_gets_a_person(
        conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    asked = await conversations.send(_thread(), "do you replace faulty items?", customer_id)
    assert asked.route == "answer", asked.reasons
    assert "damaged-or-defective-items" in asked.reply and "teammate" in asked.reply
    assert order_id not in asked.reply  # a policy question is not about an order
    reported = await conversations.send(_thread(), "the lamp I bought won't turn on, I want my money back", customer_id)
    assert reported.route == "escalate" and "tier2_intent" in reported.reasons


async def test_a_message_doubting_a_text_that_claims_to_be_from_us_gets_the_phishing_article(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    result = await conversations.send(
        _thread(), "got a text saying it's from you asking me to pay a redelivery fee, is this legit?", customer_id)
    assert result.route == "answer" and result.intent == "account_help", result.reasons
    assert "suspicious-messages" in result.reply and "never asks" in result.reply
    assert order_id not in result.reply


async def test_praise_is_thanked_back_and_never_handed_over(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    result = await conversations.send(_thread(), "thanks for the quick delivery!! love the jacket 😍", customer_id)
    assert result.route == "answer" and result.state["turn"].get("small_talk") == "praise"
    assert "lovely to hear" in result.reply and order_id not in result.reply


async def test_feedback_is_answered_with_what_the_agent_can_do_and_a_yes_goes_to_a_person(conversations, in_transit):
    customer_id, order_id, *_ = in_transit
    thread = _thread()
    told = await conversations.send(thread, "not impressed with the quality lately tbh", customer_id)
    assert told.route == "answer" and told.state["turn"].get("small_talk") == "feedback", told.reasons
    assert "sorry to hear" in told.reply and order_id not in told.reply
    passed = await conversations.send(thread, "yes please", customer_id)
    assert passed.route == "escalate" and "human_requested" in passed.reasons
    suggested = await conversations.send(_thread(), "I wish you had more colours in the henley", customer_id)
    assert suggested.route == "answer" and "suggestion" in suggested.reply


async def test_how_long_it_takes_after_asking_if_we_ship_there_gets_that_region_s_times(conversations, in_transit):
    """"how long does it take?" after "do you ship to germany?" was told the help center does not say: alone it reads
    far from the EU's rates, read with the ask before it is near them."""
    customer_id, *_ = in_transit
    thread = _thread()
    await conversations.send(thread, "do you ship to germany?", customer_id)
    result = await conversations.send(thread, "how long does it take?", customer_id)
    assert result.route == "answer" and "6-10 business days" in result.reply, result.reply
