"""Entities, frustration, requests for a person, and input checks on messages real customers write."""

from __future__ import annotations

import pytest

from graph.reasoning import signals


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("where is my order #NB104233??", ["NB104233"]),
        ("order 104233 hasnt arrived", ["104233"]),
        ("nb 104233 and also W2611340", ["NB104233", "W2611340"]),
        ("@brand my pedido NB-104233 no llega", ["NB104233"]),
        ("tracking 1Z999AA10123456784 says delivered", []),
        ("I paid $75.50 with my card", []),
    ],
)
def test_order_numbers(text, orders):
    assert signals.extract_entities(text)["order_numbers"] == orders


def test_emails_and_amounts():
    found = signals.extract_entities("email me at Jane.Doe+x@example.co.uk, I was charged $1,299.00 and 20 bucks")
    assert found["emails"] == ["Jane.Doe+x@example.co.uk"]
    assert found["amounts"] == [1299.0, 20.0]


@pytest.mark.parametrize(
    "text",
    [
        "This is RIDICULOUS, third time I'm asking",
        "WHERE IS MY PACKAGE I PAID FOR EXPRESS",
        "still waiting... unbelievable",
        "wtf is going on with my order",
        "esto es inaceptable",
        "honestly 😡",
        "hello?!?!",
    ],
)
def test_frustrated(text):
    assert signals.is_frustrated(text)


@pytest.mark.parametrize("text", ["hi, where is my order?", "Thanks so much!", "Can I exchange for a size M", "UPS says in transit"])
def test_calm(text):
    assert not signals.is_frustrated(text)


@pytest.mark.parametrize(
    "text",
    ["can I talk to a real person", "I want to speak with a manager", "human please", "agent", "get me a human",
     "quiero hablar con una persona", "je veux parler à un conseiller"],
)
def test_wants_human(text):
    assert signals.wants_human(text)


@pytest.mark.parametrize("text", ["your agent said it shipped", "the delivery person left it outside", "where is my order"])
def test_not_asking_for_a_human(text):
    assert not signals.wants_human(text)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [("", "empty"), ("   \n ", "empty"), (None, "empty"), ("x" * 100_000, "too_long"),
     ("\ufffd\ufffd\ufffd\ufffd\ufffd garbage", "unreadable"), ("%%%%$$$$####@@@@!!!!^^^^&&&&", "unreadable"),
     ("where is my order", None)],
)
def test_input_problems(raw, problem):
    assert signals.input_problem(raw) == problem


def test_split_questions_keeps_separate_asks():
    parts = signals.split_questions("Where is my order? Also, what's your return policy for sale items")
    assert len(parts) == 2


def test_language():
    assert signals.detect_language("hola, donde está mi pedido por favor") == "es"
    assert signals.detect_language("bonjour, où est ma commande") == "fr"
    assert signals.detect_language("where is my order") == "en"


@pytest.mark.parametrize(
    "text", ["thank you!!", "awesome thank u", "perfect, thanks", "ok thx", "gracias", "cheers!", "thanks, that helps 👍"]
)
def test_closing_messages(text):
    assert signals.is_closing(text)


@pytest.mark.parametrize("text", ["thanks, where is my order?", "ok but my order is late", "thanks for nothing, it's broken"])
def test_thanks_with_a_question_or_complaint_is_not_closing(text):
    assert not signals.is_closing(text)
