"""What a status question asks beyond where the parcel is (graph/reasoning/offline/status_questions.py)."""

import pytest

from graph.reasoning.language import detect_language
from graph.reasoning.offline.status_questions import (
    asks_about_confirmation,
    asks_only_where_own_order_is,
    asks_what_it_means,
    asks_what_time,
    asks_what_was_ordered,
    asks_what_was_paid,
    quotes_a_status,
    reports_tracking_trouble,
    status_then_ask,
)


@pytest.mark.parametrize("text", ["How much did I pay for my last order?", "what was the total charged for NB100001",
                                  "what did the jacket cost me?", "can you tell me the total amount I paid",
                                  "what did I pay for the parka", "how much was my order?",
                                  "could you check how much we spent on the last order",
                                  "how many items were in my last order and the total cost?"])
def test_asks_what_was_paid(text):
    assert asks_what_was_paid(text)


@pytest.mark.parametrize("text", ["where is my order?", "I paid for express and it's late", "is shipping free?",
                                  "what does express shipping cost?", "how much is delivery to Canada",
                                  "what's the total cost of express shipping?",
                                  # a refund's total, or an order's after a change, is that request's
                                  "Could you confirm the total amount I should expect for the refund?",
                                  "change the address for order #W2702727 and confirm the total price of the order"])
def test_does_not_ask_what_was_paid(text):
    assert not asks_what_was_paid(text)


@pytest.mark.parametrize("text", ["what does 'held at depot' mean?", "What does delivery exception actually mean",
                                  "what is meant by exception on my tracking", "the meaning of this status?",
                                  "can you tell me what 'awaiting collection' actually means?"])
def test_asks_what_a_status_means(text):
    assert asks_what_it_means(text)


@pytest.mark.parametrize("text", ["where is my parcel", "I mean, it's been a week", "what's the status of my order?",
                                  "it was meant to arrive on Monday"])
def test_does_not_ask_what_a_status_means(text):
    assert not asks_what_it_means(text)


@pytest.mark.parametrize("text", ["¿cuánto pagué por mi último pedido?", "combien j'ai payé pour ma commande ?",
                                  "wie viel habe ich für meine Bestellung bezahlt?", "quanto paguei pela minha encomenda?",
                                  "quanto ho pagato per il mio ordine?", "how much have I paid for it in the end?"])
def test_asks_what_was_paid_in_the_brands_other_languages_through_their_gloss(text):
    assert asks_what_was_paid(text, detect_language(text))


@pytest.mark.parametrize("text", ["¿cuánto cuesta el envío exprés?", "combien coûte la livraison ?",
                                  "was kostet der Versand?"])
def test_a_price_question_in_another_language_is_not_what_was_paid(text):
    assert not asks_what_was_paid(text, detect_language(text))


@pytest.mark.parametrize("text", ["¿Qué significa 'retenido en el depósito' en mi seguimiento?",
                                  "mon suivi dit exception de livraison, ça veut dire quoi ?",
                                  "Was bedeutet 'Zustellausnahme' bei meiner Sendung?",
                                  "o que significa 'em trânsito' no meu rastreamento?",
                                  "che vuol dire 'in giacenza'?"])
def test_asks_what_a_status_means_in_the_brands_other_languages_through_their_gloss(text):
    assert asks_what_it_means(text, detect_language(text))


@pytest.mark.parametrize("text", ["¿dónde está mi pedido?", "où est ma commande ?", "wo ist meine Bestellung?",
                                  "onde está a minha encomenda?", "dov'è il mio ordine?",
                                  "mi pedido llegó tarde, lo que significa que no lo tendré el viernes",
                                  "ma commande est en retard, ce qui veut dire que je ne l'aurai pas samedi",
                                  "il pacco è in ritardo, il che significa che non arriverà in tempo"])
def test_a_plain_status_question_in_another_language_does_not_ask_a_meaning(text):
    assert not asks_what_it_means(text, detect_language(text))


@pytest.mark.parametrize("text", ["What did I order last time?", "Which jacket was in my last order?",
                                  "can you tell me what size I ordered?", "what colour were the boots I bought?",
                                  "which items are still in that order?", "could you list what's in each of my orders?",
                                  "which of my orders had the sneakers in it?", "remind me what I bought in October",
                                  "contents of my last order?", "details of NB100001 pls",
                                  "I placed an order but I can't remember what I ordered", "forgot what we bought lol",
                                  # after a list of orders, one said by its place; the apostrophe left out
                                  "what's in the newest one?", "whats in my order",
                                  "could you tell me how many items were in my last order?"])
def test_asks_what_was_ordered(text):
    assert asks_what_was_ordered(text)


@pytest.mark.parametrize("text", ["I didn't get what I ordered", "this isn't what I ordered", "where is my order?",
                                  "what I ordered was the wrong size", "I ordered a medium and got a small",
                                  "the item in my order was damaged", "how much did I pay?", "what's in stock?",
                                  "can I change the size on my order before it ships?", "what is the newest one?"])
def test_does_not_ask_what_was_ordered(text):
    assert not asks_what_was_ordered(text)


@pytest.mark.parametrize("text", ["¿qué artículos hay en mi pedido?", "¿qué talla pedí de la chaqueta?",
                                  "qu'est-ce que j'ai commandé dans ma commande ?", "quelle taille j'ai commandée ?",
                                  "welche Artikel sind in meiner Bestellung?", "was habe ich in der Bestellung bestellt?",
                                  "o que eu pedi na minha encomenda?", "cosa ho ordinato nel mio ordine?"])
def test_asks_what_was_ordered_in_the_brands_other_languages_through_their_gloss(text):
    assert asks_what_was_ordered(text, detect_language(text))


@pytest.mark.parametrize("text", ["¿dónde está mi pedido?", "el artículo que pedí no llegó", "où est ma commande ?"])
def test_a_status_question_in_another_language_is_not_what_was_ordered(text):
    assert not asks_what_was_ordered(text, detect_language(text))


@pytest.mark.parametrize("text", ["What time will my parcel arrive today?", "can I get a time window for my delivery?",
                                  "will it be morning or afternoon?", "how late do your couriers deliver?",
                                  "is there a time slot I can see?", "what's the latest the driver delivers?"])
def test_asks_what_time(text):
    assert asks_what_time(text)


@pytest.mark.parametrize("text", ["where is my order?", "when will it arrive?", "it's the third time I ask",
                                  "it was late last time", "how long does delivery take?"])
def test_does_not_ask_what_time(text):
    assert not asks_what_time(text)


@pytest.mark.parametrize("text", ["¿A qué hora llegará mi pedido?", "À quelle heure ma commande sera-t-elle livrée ?",
                                  "Um wie viel Uhr kommt meine Bestellung?", "A que horas chega a minha encomenda?",
                                  "A che ora arriva il mio ordine?"])
def test_asks_what_time_in_the_brands_other_languages_through_their_gloss(text):
    assert asks_what_time(text, detect_language(text))


@pytest.mark.parametrize(("text", "only_where"), [
    ("hi where is my order", True), ("wheres my package??", True), ("has my parcel shipped yet?", True),
    ("any update on my order", True),
    ("where is my order? what does in transit mean?", False), ("How do I track my order?", False),
    ("do you ship to Canada?", False), ("¿dónde está mi pedido?", True),
])
def test_a_question_only_about_where_the_customers_own_order_is(text, only_where):
    assert asks_only_where_own_order_is(text, detect_language(text)) is only_where


@pytest.mark.parametrize("text, quoted", [
    ("tracking says delivery attempted but I was home", True), ("they attempted to deliver while I was in", True),
    ("my parcel has been held at depot for 3 days", True), ("it says returned to sender?? why", True),
    ("where is my order?", False), ("I attempted to track it but the link is broken", False),
])
def test_a_carriers_status_quoted_is_told_from_a_plain_status_question(text, quoted):
    assert quotes_a_status(text) is quoted


@pytest.mark.parametrize("text, asked", [
    ("I never got a confirmation email, did my order go through?", True),
    ("no receipt in my inbox", True), ("where is my order?", False),
    ("still waiting for confirmation of my refund", False),
])
def test_a_missing_confirmation_is_told_from_a_plain_status_question(text, asked):
    assert asks_about_confirmation(text) is asked


@pytest.mark.parametrize("text", ["the tracking number you sent doesn't work on the usps site", "tracking link says not found",
                                  "my tracking isn't showing anything yet", "invalid tracking number??",
                                  "the tracking code is not recognised by DHL"])
def test_reports_tracking_trouble(text):
    assert reports_tracking_trouble(text)


@pytest.mark.parametrize("text", ["where is my order?", "tracking says delivered but it's not here",
                                  "the tracking hasn't moved in a week", "can I get the tracking number?"])
def test_does_not_report_tracking_trouble(text):
    assert not reports_tracking_trouble(text)


@pytest.mark.parametrize("text", ["Where do I find my order number?", "how do I get my tracking number",
                                  "where can I see the order no on the website?"])
def test_asks_where_the_number_is(text):
    from graph.reasoning.offline.status_questions import asks_where_the_number_is

    assert asks_where_the_number_is(text)


@pytest.mark.parametrize("text", ["how can I track my parcel?", "where is my order?", "my order number is NB100001"])
def test_does_not_ask_where_the_number_is(text):
    from graph.reasoning.offline.status_questions import asks_where_the_number_is

    assert not asks_where_the_number_is(text)


def test_an_ask_that_does_not_quote_the_status_is_read_after_the_sentence_that_does():
    text = "delivery attempted?? i was home all day, nobody knocked. when will they try again"
    assert status_then_ask(text, "when will they try again") == "delivery attempted?? when will they try again"
    assert status_then_ask("it says delivery attempted, what now?", "it says delivery attempted, what now?") is None
    assert status_then_ask("where is my parcel? it's late", "where is my parcel?") is None
    assert status_then_ask(text, "") is None
