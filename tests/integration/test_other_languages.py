"""Questions in the brand's other languages read by their English gloss and answered in the customer's
language; a message in a language none of the brand's goes to a person with a note in English. Whole graph:
real Postgres, the demo OMS over HTTP, the offline engine trained on the demo history."""

from __future__ import annotations

import uuid

import psycopg
import pytest

pytestmark = pytest.mark.integration


def _thread() -> str:
    return f"test-{uuid.uuid4()}"


@pytest.mark.parametrize(
    ("message", "intent", "in_their_language"),
    [
        ("¿Cuál es su política de devoluciones?", "return_policy", "¿Hay algo más"),
        ("no puedo iniciar sesión en mi cuenta", "account_help", "¿Hay algo más"),
        ("Ich kann mich nicht anmelden", "account_help", "Kann ich Ihnen sonst noch helfen?"),
        ("Quanto custa o frete?", "shipping_info", "Posso ajudar em mais alguma coisa?"),
        ("posso pagare con paypal?", "payment_methods", "Posso aiutarti in qualcos'altro?"),
    ],
)
async def test_a_question_in_another_language_is_read_by_its_gloss_and_answered_in_it(
    conversations, customer_id, message, intent, in_their_language
):
    result = await conversations.send(_thread(), message, customer_id)
    assert result.route == "answer", (result.reasons, result.reply)
    assert result.intent == intent
    assert in_their_language in result.reply
    assert "https://help." in result.reply  # the article it answers from, linked


@pytest.mark.parametrize("message", ["waar is mijn bestelling? ik wacht al een week", "где мой заказ, я жду уже неделю"])
async def test_a_language_none_of_ours_goes_to_a_person_with_a_note(conversations, customer_id, db_url, message):
    result = await conversations.send(_thread(), message, customer_id)
    assert result.route == "escalate" and "low_confidence" in result.reasons
    assert "I can only read and write English, Spanish, French, German, Portuguese and Italian" in result.reply
    with psycopg.connect(db_url) as conn:
        (summary,) = conn.execute("SELECT summary FROM handoffs WHERE id = %s", (result.handoff_id,)).fetchone()
    assert "does not read" in summary


async def test_an_order_action_asked_in_spanish_is_proposed_and_done_in_spanish(conversations, action_store):
    """The tool's proposal and the order system's result are said in Spanish (graph/reasoning/action_wording.py),
    with the order system's figures; a bare "sí" confirms (the proposal remembers its language)."""
    thread = _thread()
    order = action_store.pending
    proposed = await conversations.send(thread, f"quiero cancelar mi pedido {order}", action_store.customer_id)
    assert proposed.route == "answer" and proposed.intent == "cancel_order", (proposed.reasons, proposed.reply)
    assert f"Puedo cancelar ahora el pedido {order}" in proposed.reply and "$49.99" in proposed.reply
    assert "Los detalles del pedido te los doy en inglés" not in proposed.reply and "I can cancel" not in proposed.reply
    assert "Responde «sí» para confirmar" in proposed.reply
    assert proposed.state["pending_action"]["language"] == "es"
    done = await conversations.send(thread, "sí", action_store.customer_id)
    assert done.route == "answer"
    assert f"Hecho: el pedido {order} está cancelado." in done.reply and "$49.99" in done.reply
    assert "Done —" not in done.reply


async def test_a_return_asked_in_french_is_proposed_in_french(conversations, action_store):
    order = action_store.delivered_recent
    proposed = await conversations.send(_thread(), f"je voudrais retourner ma commande {order}", action_store.customer_id)
    assert proposed.route == "answer", (proposed.reasons, proposed.reply)
    assert f"Je peux ouvrir un retour pour la commande {order}" in proposed.reply, proposed.reply
    assert "I can start a return" not in proposed.reply


async def test_a_reply_to_the_agents_question_is_not_taken_for_another_language(conversations):
    """A visitor asked for their order number answers in Polish: read with the conversation (the answer to what
    was asked), not set aside as a message in a language the assistant cannot read, as it would be alone."""
    answer = "nie pamiętam numeru zamówienia, to było w zeszłym tygodniu"
    alone = await conversations.send(_thread(), answer)
    assert alone.state["turn"].get("foreign_language") == "pl"
    thread = _thread()
    asked = await conversations.send(thread, "where is my order?")
    assert asked.state["dialogue"].get("awaiting"), asked.reply
    detail = await conversations.send(thread, answer)
    assert not detail.state["turn"].get("foreign_language")
    assert "I can only read and write" not in detail.reply


async def test_a_refusal_asked_in_german_is_said_in_german(conversations, action_store):
    order = action_store.in_transit
    result = await conversations.send(_thread(), f"Ich möchte meine Bestellung {order} stornieren",
                                      action_store.customer_id)
    assert result.route == "answer", (result.reasons, result.reply)
    assert f"Die Bestellung {order} ist bereits versandt und kann nicht mehr storniert werden." in result.reply, result.reply
    assert "has already shipped" not in result.reply


async def test_a_no_in_italian_leaves_the_order_as_it_is_and_says_so_in_italian(conversations, action_store):
    thread, order = _thread(), action_store.pending
    proposed = await conversations.send(thread, f"vorrei annullare il mio ordine {order}", action_store.customer_id)
    assert f"Posso annullare subito l'ordine {order}" in proposed.reply, (proposed.reasons, proposed.reply)
    declined = await conversations.send(thread, "no", action_store.customer_id)
    assert f"Nessun problema: non ho modificato nulla sull'ordine {order}." in declined.reply, declined.reply
    assert declined.state.get("pending_action") is None


async def test_a_short_answer_that_cannot_tell_its_language_is_answered_in_the_conversations(conversations,
                                                                                            action_store):
    thread, order = _thread(), action_store.delivered_recent
    asked = await conversations.send(thread, f"Bonjour, je voudrais retourner ma commande {order}",
                                     action_store.customer_id)
    assert f"Je peux ouvrir un retour pour la commande {order}" in asked.reply, asked.reply
    declined = await conversations.send(thread, "non", action_store.customer_id)
    assert declined.state.get("pending_action") is None, declined.reply
    nothing = await conversations.send(thread, "oui", action_store.customer_id)  # nothing waits for it now
    assert nothing.reply.startswith("Rien n'attend votre confirmation"), nothing.reply
    thanks = await conversations.send(thread, "ok", action_store.customer_id)
    assert "welcome" not in thanks.reply.lower(), thanks.reply
